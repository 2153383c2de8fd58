"""Inline bold and italic through `vanban import`, and numbered clauses that stay clauses (issue 16, item 3).

The body-text syntax is bodyxml's (guide §2.4): `**đậm**`, `*nghiêng*`, `***đậm nghiêng***`, `\\*` for a
literal star. The importer writes it for a bold or italic stretch inside a body line of a .docx; a line
bold or italic throughout is in its paragraph's style and is not marked. A short numbered line ending
with a full stop is a clause of the section above unless it is bold in the .docx (a heading) or, in a
text without formatting, has something under it. Real lines from tests/fixtures/corpus.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import FIXTURES

from generator.bodyxml import BOLD, ITALIC, escaped, marked, runs, unmarked
from generator.importing import read_document
from generator.importing.body import BodyDraft, SectionDraft, parse_body
from generator.importing.lines import Line, read_lines
from generator.importing.notes import Notes
from generator.importing.tail import split_closing

DOCX = FIXTURES / "corpus" / "docx"
MORE = FIXTURES / "corpus" / "more"
TEXTS = FIXTURES / "corpus" / "texts"

BODY_TEXT_CASES = [
    # (what, body text, plain text, emphasis per character)
    ("bold", "có hiệu lực **3 năm**", "có hiệu lực 3 năm", (0,) * 12 + (BOLD,) * 5),
    ("italic", "(*và đại diện*)", "(và đại diện)", (0,) + (ITALIC,) * 11 + (0,)),
    ("bold italic", "***Lưu ý*** chung", "Lưu ý chung", (BOLD | ITALIC,) * 5 + (0,) * 6),
    ("escaped star prints a star", "dấu sao (\\*) ngăn cách", "dấu sao (*) ngăn cách", (0,) * 21),
    ("escaped stars inside bold", "**a\\*b**", "a*b", (BOLD,) * 3),
    ("escaped star then bold", "\\***b**", "*b", (0, BOLD)),
    ("bold then italic, no space", "**ab***cd*", "abcd", (BOLD, BOLD, ITALIC, ITALIC)),
    ("lone star stays as written (unchanged syntax)", "a * b", "a * b", (0,) * 5),
    ("unclosed bold: a star and italic (unchanged syntax)", "**a*", "*a", (0, ITALIC)),
    (
        "two unescaped (*) still make italic: the importer escapes them",
        "(*) x (*)",
        "() x ()",
        (0,) + (ITALIC,) * 5 + (0,),
    ),
]


@pytest.mark.parametrize(("what", "text", "plain", "styles"), BODY_TEXT_CASES, ids=[c[0] for c in BODY_TEXT_CASES])
def test_body_text_is_read_back(what, text, plain, styles):
    assert unmarked(text) == (plain, styles)


@pytest.mark.parametrize(("what", "text", "plain", "styles"), BODY_TEXT_CASES, ids=[c[0] for c in BODY_TEXT_CASES])
def test_marked_writes_what_unmarked_reads(what, text, plain, styles):
    assert unmarked(marked(plain, styles)) == (plain, styles)


def test_escaped_text_prints_every_star():
    plain = "* Ghi chú (*): mục (*) và \\* giữ nguyên"
    assert unmarked(escaped(plain)) == (plain, (0,) * len(plain))


def test_bold_italic_is_one_run_with_both():
    xml = runs("***Lưu ý***").xml
    assert "<w:b/>" in xml and "<w:i/>" in xml and "*" not in xml


@cache
def _lines(path: Path) -> tuple[Line, ...]:
    return tuple(read_lines(path, Notes()))


def _line(path: Path, start: str) -> Line:
    return next(line for line in _lines(path) if line.text.startswith(start))


EMPHASIS_CASES = [
    # (document, the line's start, the line as body text)
    (
        DOCX / "02_mau-thoa-uoc-lao-dong-tap-the.docx",
        "1. Thỏa ước này có hiệu lực 3 năm kể",  # the bold run ends in a no-break space
        "1. Thỏa ước này có hiệu lực **3 năm kể từ ngày ký**.",
    ),
    (
        DOCX / "02_mau-thoa-uoc-lao-dong-tap-the.docx",
        "1. Thỏa ước này có hiệu lực 3 năm,",
        "1. Thỏa ước này có hiệu lực **3 năm**, kể từ ngày ký. Các quy định khác của doanh nghiệp trái với nội dung "
        "Thỏa ước này đều bị bãi bỏ.",
    ),
    (  # a bold stretch that ends with dots to fill in: the dots and the space before them stay plain
        DOCX / "01_cdcs-bo-ho-so-thuong-luong-ky-ket-tuldtt-2026.docx",
        "Kính gửi: Giám đốc",
        "Kính gửi: **Giám đốc Công ty TNHH** ……………………….",
    ),
    (  # only the number is bold: the marker is cut off, the sentence is plain
        DOCX / "05_kl-chi-bo-hoc-thom-1-thang-5.docx",
        "4. Thường xuyên",
        "**4.** Thường xuyên nắm bắt tình hình tư tưởng của cán bộ, đảng viên trong Chi bộ; tích cực xây dựng chi bộ, "
        "đơn vị trong sạch vững mạnh.",
    ),
    (  # bold throughout but the bullet star: the paragraph's style, not marked; the star escaped
        DOCX / "02_mau-thoa-uoc-lao-dong-tap-the.docx",
        "* Bản Thỏa ước",
        "\\* Bản Thỏa ước lao động được lập thành 04 bản bằng tiếng Việt và gửi đến.",
    ),
    (  # a heading, bold throughout
        DOCX / "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx",
        "1. Mục đích",
        "1. Mục đích",
    ),
    (  # the dấu sao of HD 36 is a real character
        MORE / "m02_vptw-hd-36-the-thuc-van-ban-dang.docx",
        "Tên cơ quan ban hành văn bản trình bày góc trái",
        "Tên cơ quan ban hành văn bản trình bày góc trái, dòng đầu, ngang với tiêu đề, phía dưới có dấu sao (\\*) "
        "ngăn cách với số và ký hiệu văn bản (ô số 2, Phụ lục 1).",
    ),
]


@pytest.mark.parametrize(("path", "start", "expected"), EMPHASIS_CASES, ids=[c[1][:24] for c in EMPHASIS_CASES])
def test_real_line_as_body_text(path, start, expected):
    assert _line(path, start).marked == expected


@pytest.mark.parametrize(
    "path",
    [*sorted(DOCX.glob("0*.docx")), *sorted(MORE.glob("m*.docx"))],
    ids=lambda p: p.name[:3],
)
def test_body_text_of_every_line_reads_back_as_its_text(path):
    for line in _lines(path):
        assert unmarked(line.marked)[0] == line.text, line.where


def test_text_file_keeps_footnote_stars(tmp_path):
    """Markdown `*nghiêng*` of a web copy is stripped (seed 004); two `(*)` marks on a line are not emphasis."""
    source = tmp_path / "a.txt"
    source.write_text("Ghi chú (*): số liệu ước tính (*) đến hết quý.\nviên chức “*Trung thành*”\n", encoding="utf-8")
    assert [line.text for line in read_lines(source, Notes())] == [
        "Ghi chú (*): số liệu ước tính (*) đến hết quý.",
        "viên chức “Trung thành”",
    ]


def _all_sections(sections: list[SectionDraft]) -> list[SectionDraft]:
    return [s for section in sections for s in (section, *_all_sections(section.sections))]


def test_imported_body_keeps_bold_and_italic_and_titles_stay_plain():
    imported = read_document(MORE / "m09_ubnd-lam-dong-tb-ket-luan-so-khcn.docx")
    sections = _all_sections(imported.body.sections)
    assert any("(*và đại diện lãnh đạo các phòng chuyên môn, đơn vị trực thuộc*)" in t for t in imported.body.opening)
    assert any(s.lead and s.lead.endswith("đề xuất lại danh mục **trước ngày 10/5/2026**.") for s in sections)
    assert all("*" not in (s.title or "") for s in sections)


def _body(lines: list[Line]) -> BodyDraft:
    return parse_body(lines, Notes())


def _text_lines(texts: list[str]) -> list[Line]:
    return [Line((text,), f"dòng {n}") for n, text in enumerate(texts, start=1)]


def _shape(sections: list[SectionDraft]) -> list[tuple[str, str]]:
    return [("tieu_de", s.title) if s.title else ("noi_dung", s.lead or "") for s in _all_sections(sections)]


CLAUSE_CASES = [
    # (what, lines of a text without formatting, (kind, text) of each section in order)
    (
        "points of an Điều ending with a full stop (texts 10, Điều 8)",
        [
            "Điều 8. Thể thức văn bản",
            "2. Thể thức văn bản hành chính bao gồm các thành phần chính",
            "a) Quốc hiệu và Tiêu ngữ.",
            "b) Tên cơ quan, tổ chức ban hành văn bản.",
            "i) Nơi nhận.",
        ],
        [
            ("tieu_de", "Thể thức văn bản"),
            ("tieu_de", "Thể thức văn bản hành chính bao gồm các thành phần chính"),
            ("noi_dung", "Quốc hiệu và Tiêu ngữ."),
            ("noi_dung", "Tên cơ quan, tổ chức ban hành văn bản."),
            ("noi_dung", "Nơi nhận."),
        ],
    ),
    (
        "a heading typed with a full stop over its steps stays a heading (texts 01)",
        [
            "1. Quy trình thương lượng TƯLĐTT.",
            "+ Bước 1: Công đoàn cơ sở đề nghị NSDLĐ (Người sử dụng lao động) cung cấp thông tin.",
            "2. Nguyên tắc thương lượng tập thể.",
        ],
        [("tieu_de", "Quy trình thương lượng TƯLĐTT."), ("noi_dung", "Nguyên tắc thương lượng tập thể.")],
    ),
    (
        "a short line among numbered sentences is one more of them (texts 01, MẪU 2)",
        [
            "III. Kết luận",
            "1. Số cán bộ, công nhân viên lao động của doanh nghiệp được lấy ý kiến: ….người.",
            "2. Số người tán thành nội dung dự thảo thỏa ước lao động tập thể: …. người, tỷ lệ: 100%",
            "3. Số người không tán thành nội dung dự thảo thỏa ước lao động tập thể: 0 người, tỷ lệ: 0%",
            "4. Những điều khoản không tán thành: không có",
            "Cuộc họp kết thúc vào lúc … giờ …. phút, cùng ngày.",
        ],
        [
            ("tieu_de", "KẾT LUẬN"),
            ("noi_dung", "Số cán bộ, công nhân viên lao động của doanh nghiệp được lấy ý kiến: ….người."),
            ("noi_dung", "Số người tán thành nội dung dự thảo thỏa ước lao động tập thể: …. người, tỷ lệ: 100%"),
            ("noi_dung", "Số người không tán thành nội dung dự thảo thỏa ước lao động tập thể: 0 người, tỷ lệ: 0%"),
            ("tieu_de", "Những điều khoản không tán thành: không có"),
        ],
    ),
    (
        "a heading ending with a colon over its items (texts 07)",
        [
            "5. Đối với các Thôn, Xóm, Tổ dân phố:",
            "- Tuyên truyền, phổ biến giáo dục pháp luật dưới nhiều hình thức.",
        ],
        [("tieu_de", "Đối với các Thôn, Xóm, Tổ dân phố:")],
    ),
    (
        "a heading without full stop over its paragraph (texts 06)",
        [
            "I. MỤC ĐÍCH – YÊU CẦU",
            "1. Mục đích",
            "Xây dựng sân chơi văn hoá văn nghệ lành mạnh cho đoàn viên thanh niên.",
        ],
        [("tieu_de", "MỤC ĐÍCH – YÊU CẦU"), ("tieu_de", "Mục đích")],
    ),
]


@pytest.mark.parametrize(("what", "texts", "expected"), CLAUSE_CASES, ids=[c[0] for c in CLAUSE_CASES])
def test_numbered_clause_or_heading(what, texts, expected):
    assert _shape(_body(_text_lines(texts)).sections) == expected


def _docx_window(path: Path, first: str, count: int) -> list[Line]:
    lines = list(_lines(path))
    start = next(i for i, line in enumerate(lines) if line.text.startswith(first))
    return lines[start : start + count]


def test_bold_numbered_line_with_full_stop_is_a_heading():
    """docx 01 (CV 01/2026): `1. Tình hình sản xuất kinh doanh của doanh nghiệp.` is bold, its items follow."""
    lines = _docx_window(DOCX / "01_cdcs-bo-ho-so-thuong-luong-ky-ket-tuldtt-2026.docx", "1. Tình hình sản xuất", 4)
    assert lines[0].bold() is True
    assert _shape(_body(lines).sections) == [
        ("tieu_de", "Tình hình sản xuất kinh doanh của doanh nghiệp."),
        ("tieu_de", "Tình hình quản lý và sử dụng lao động."),
    ]


def test_plain_points_of_an_article_in_a_docx_are_clauses():
    """docx 07 (NĐ 30, Điều 8): the points a) … i) are not bold and end with a full stop; khoản 2 above them,
    without full stop, stays the heading they stand under."""
    lines = _docx_window(DOCX / "07_nd-30-2020-nd-cp-cong-tac-van-thu.docx", "2. Thể thức văn bản hành chính", 10)
    assert [line.bold() for line in lines[1:]] == [False] * 9
    assert _shape(_body(lines).sections) == [
        ("tieu_de", "Thể thức văn bản hành chính bao gồm các thành phần chính"),
        *(("noi_dung", line.text[3:]) for line in lines[1:]),
    ]


def test_the_closing_sentence_keeps_its_bold_and_stars():
    text = "Đề nghị các đơn vị báo cáo trước ngày 10/5 (*)./."
    styles = (0,) * text.index("trước") + (BOLD,) * len("trước ngày 10/5") + (0,) * len(" (*)./.")
    body, closing = split_closing([Line((text,), "đoạn 9", styles=styles)], Notes())
    assert body == []
    assert closing == "Đề nghị các đơn vị báo cáo **trước ngày 10/5** (\\*)"
    assert unmarked(closing)[0] == "Đề nghị các đơn vị báo cáo trước ngày 10/5 (*)"
