"""`vanban import` of PDFs: the V/v of a công văn wrapped in the narrow left column, and body paragraphs wrapped at
the right margin joined again by position (generator/importing/sources.py `_runs_on`, lines.py `joined_wraps`).

The PDFs are made here: a công văn written with python-docx in several paragraph layouts (ND30 Phụ lục I II.6.b:
justified with a first-line indent; ragged right; no indent but 6 pt between paragraphs; 1.5 lines), printed by
LibreOffice; the wording is the tests' own. m19 is the real PDF of tests/fixtures/corpus/more.
"""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, import_then_build
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from pdf_layout import NO_SOFFICE, SOFFICE_TIMEOUT_S

from generator.exporting.pdf import convert
from generator.importing import read_document
from generator.importing.lines import Line, joined_wraps
from generator.importing.notes import Notes
from generator.importing.sources import _foot, _Layout, _Printed, _runs_on, pdf_texts

SUBJECT = (
    "V/v góp ý dự thảo báo cáo sơ kết năm năm thực hiện chương trình cải cách hành chính giai đoạn 2021 - 2030, "
    "nhiệm vụ, giải pháp trọng tâm giai đoạn 2026 - 2030 của các sở, ban, ngành"
)
SUMMARY = "G" + SUBJECT.removeprefix("V/v g")  # the trích yếu: the V/v's words from a capital
OPENING = (
    "Thực hiện chương trình công tác năm của tỉnh, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành nghiên cứu dự "
    "thảo báo cáo gửi kèm, góp ý về kết quả đã đạt được, những tồn tại, hạn chế và nguyên nhân, cùng các nhiệm vụ, "
    "giải pháp cho giai đoạn tới, như sau:"
)
FIRST = "Mục đích, yêu cầu"
FIRST_TEXT = (
    "Góp ý đúng thời hạn, đúng trọng tâm, nêu rõ số liệu của ngành mình phụ trách; những nội dung chưa thống nhất "
    "ghi rõ lý do và đề xuất cách sửa cụ thể để cơ quan soạn thảo tổng hợp."
)
ITEMS = [
    "Các sở rà soát số liệu về thủ tục hành chính, dịch vụ công trực tuyến và mức độ hài lòng của người dân trong "
    "năm năm qua, đối chiếu với báo cáo hằng năm đã gửi.",
    "Các huyện gửi kèm danh mục nhiệm vụ còn dở dang.",
]
SECOND = "Tổ chức thực hiện"
SENTENCES = [
    f"Văn bản góp ý thứ {n} của đơn vị gửi về Sở Nội vụ trước ngày 30 tháng 9, đồng thời gửi bản điện tử qua hệ "
    "thống quản lý văn bản và điều hành để tổng hợp chung."
    for n in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai")
]
SECOND_TEXTS = [  # the long one, longer than what is left of the first page, runs across the page break
    "Sở Nội vụ tổng hợp ý kiến của các đơn vị, hoàn chỉnh dự thảo và báo cáo Ủy ban nhân dân tỉnh.",
    " ".join(SENTENCES),
    "Đơn vị nào không gửi được coi là thống nhất với dự thảo và chịu trách nhiệm về nội dung thuộc lĩnh vực quản lý "
    "của mình.",
]
CLOSING = "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."

# paragraph layouts: alignment, first-line indent (cm), space after (pt), line spacing
LAYOUTS: dict[str, tuple[Any, float, int, float]] = {
    "justified-indent": (WD_ALIGN_PARAGRAPH.JUSTIFY, 1.27, 6, 1.0),
    "ragged-indent": (WD_ALIGN_PARAGRAPH.LEFT, 1.0, 0, 1.0),
    "no-indent-spaced": (WD_ALIGN_PARAGRAPH.JUSTIFY, 0.0, 6, 1.15),
    "one-and-a-half": (WD_ALIGN_PARAGRAPH.JUSTIFY, 1.27, 6, 1.5),
}


def _paragraph(cell_or_doc: Any, text: str, bold: bool = False, italic: bool = False, center: bool = False) -> Any:
    paragraph = cell_or_doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _letter(path: Path, layout: tuple[Any, float, int, float]) -> Path:
    """A công văn: the header table (issuer, Số and V/v | Quốc hiệu, date), Kính gửi, a body in `layout`, the
    signature table."""
    alignment, indent, after, spacing = layout
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)
    style.paragraph_format.space_after = Pt(0)
    header = document.add_table(rows=2, cols=2)
    left, right = header.rows[0].cells
    left.paragraphs[0].add_run("ỦY BAN NHÂN DÂN")
    _paragraph(left, "TỈNH MẪU SƠN", bold=True, center=True)
    quoc_hieu = right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    quoc_hieu.bold, quoc_hieu.font.size = True, Pt(12)  # ND30 Phụ lục I ô 1: 12 to 13 pt
    _paragraph(right, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    left, right = header.rows[1].cells
    left.paragraphs[0].add_run("Số: 12/UBND-VX")
    _paragraph(left, SUBJECT, center=True).runs[0].font.size = Pt(12)
    right.paragraphs[0].add_run("Mẫu Sơn, ngày 3 tháng 9 năm 2025").italic = True
    header.autofit = False
    header.columns[0].width, header.columns[1].width = Cm(6), Cm(10)
    for row in header.rows:
        row.cells[0].width, row.cells[1].width = Cm(6), Cm(10)
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(document, "Kính gửi: Các sở, ban, ngành tỉnh", center=True).paragraph_format.space_before = Pt(12)

    def body(text: str, bold: bool = False) -> None:
        paragraph = _paragraph(document, text, bold=bold)
        paragraph.alignment = alignment
        fmt = paragraph.paragraph_format
        fmt.first_line_indent, fmt.space_after, fmt.line_spacing = Cm(indent), Pt(after), spacing

    body(OPENING)
    body(f"1. {FIRST}", bold=True)
    body(FIRST_TEXT)
    for item in ITEMS:
        body(f"- {item}")
    body(f"2. {SECOND}", bold=True)
    for text in SECOND_TEXTS:
        body(text)
    body(CLOSING)
    tail = document.add_table(rows=1, cols=2)
    recipients, signer = tail.rows[0].cells
    recipients.paragraphs[0].add_run("Nơi nhận:").bold = True
    _paragraph(recipients, "- Như trên;")
    _paragraph(recipients, "- Lưu: VT.")
    signer.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN").bold = True
    _paragraph(signer, "CHỦ TỊCH", bold=True, center=True)
    _paragraph(signer, "Trần Văn Mẫu", bold=True, center=True)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each layout's công văn printed to PDF by LibreOffice (one soffice run for all)."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print(NO_SOFFICE)
        pytest.skip(NO_SOFFICE)
    folder = tmp_path_factory.mktemp("pdf-letters")
    sources = [_letter(folder / f"{name}.docx", layout) for name, layout in LAYOUTS.items()]
    report = convert(sources, timeout=SOFFICE_TIMEOUT_S, workers=1)
    assert not report.failed, report.failed
    return {path.stem: path.with_suffix(".pdf") for path in sources}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_pdf_v_v_wrapped_over_six_lines_is_read_whole(letters: dict[str, Path], layout: str) -> None:
    """The V/v in the header's narrow left column runs over more lines than a spaced web copy's (first held-out set
    h06 lost its end at four)."""
    imported = read_document(letters[layout])
    assert (imported.header.summary, imported.header.code, imported.header.type_name) == (
        SUMMARY,
        "UBND-VX",
        "CÔNG VĂN",
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_pdf_body_paragraphs_come_out_whole(letters: dict[str, Path], layout: str) -> None:
    """Each paragraph printed over several lines (and the one across the page break) is one paragraph again; the
    headings, the items, the «Kính gửi» line and the closing stay apart."""
    pdf = letters[layout]
    texts = pdf_texts(pdf)
    assert any(text.runs_on and after.text == "" for text, after in pairwise(texts)), "no paragraph crosses a page"
    imported = read_document(pdf)
    body = imported.body
    assert body.opening == ["Kính gửi: Các sở, ban, ngành tỉnh", OPENING]
    first, second = body.sections
    assert (first.title, first.paragraphs, [item.text for item in first.items]) == (FIRST, [FIRST_TEXT], ITEMS)
    assert (second.title, second.paragraphs) == (SECOND, SECOND_TEXTS)
    assert imported.closing == CLOSING.removesuffix("./.")


def test_a_pdf_letter_with_joined_paragraphs_builds(letters: dict[str, Path], tmp_path: Path) -> None:
    pdf = tmp_path / "cong-van.pdf"
    shutil.copyfile(letters["justified-indent"], pdf)
    imported, built, output = import_then_build(pdf, tmp_path)
    assert (imported, built) == (0, 0), output


# The real PDF: a tờ trình whose body quotes a decree over several paragraphs («“b) …» … «… kháng”.»).
M19 = FIXTURES / "corpus" / "more" / "m19_so-noi-vu-binh-thuan-ttr-3367.pdf"


def test_m19_paragraphs_are_joined_and_its_quotations_stay_text() -> None:
    imported = read_document(M19)
    body = imported.body
    assert (
        imported.header.summary.startswith("Báo cáo, đề xuất phương án") and "Kính gửi" not in imported.header.summary
    )
    assert body.opening[0] == "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh"
    assert body.opening[1].startswith("Ngày 24/7/2024, Chủ tịch") and body.opening[1].endswith("xem xét, có ý kiến.")
    assert "Công văn số 2769/UBND-NCKSTTHC về việc" in body.opening[1]
    top = [section.title for section in body.sections]
    assert top[:2] == ["Căn cứ pháp lý liên quan", "Kết quả rà soát và đề xuất"]
    quoting = body.sections[0].sections[1]
    assert quoting.title == "Điểm b, c khoản 4 Điều 19 Nghị định số 126/2024/NĐ-CP quy định:"
    assert [text[:3] for text in quoting.paragraphs] == ["“b)", "c) "]  # the decree's c), not the tờ trình's
    assert quoting.paragraphs[1].endswith("trừ trường hợp bất khả kháng”.")
    # a paragraph the page break cuts goes on over the footnote at the page's foot, which follows it
    texts = [item.text for item in body.sections[1].sections[1].items]
    cut = next(n for n, text in enumerate(texts) if "nhiệm vụ nhà nước giao năm 2025 và Công văn số 3191" in text)
    assert body.sections[1].sections[1].items[cut].items[0].startswith("1 Công văn số 5956/STNMT-CCBVMT")


def _line(x0: float, x1: float, top: float, page: int = 0, size: float = 14.0, bold: bool = False) -> _Printed:
    return _Printed("một dòng chữ", page, x0, x1, top, head=30.0, size=size, bold=bold)


LAYOUT = _Layout(left=85.0, right=539.0, pitch=19.5)


@pytest.mark.parametrize(
    ("line", "after", "runs_on"),
    [
        (_line(121, 539, 100), _line(85, 539, 119.5), True),  # a first line and its continuation
        (_line(85, 525, 100), _line(85, 539, 119.5), True),  # ragged right: the next line's first word would not fit
        (_line(85, 480, 100), _line(85, 539, 119.5), False),  # ends short: the paragraph ends there
        (_line(85, 539, 100), _line(121, 539, 119.5), False),  # the next line has a first-line indent
        (_line(85, 539, 100), _line(85, 539, 125.5), False),  # 6 pt of paragraph spacing above the next line
        (_line(85, 539, 760), _line(85, 539, 58, page=1), True),  # at the top of the next page
        (_line(85, 539, 100), _line(85, 539, 119.5, size=12), False),  # another font size
        (_line(85, 539, 100, bold=True), _line(85, 539, 119.5), False),  # a bold heading, then body text
        (_line(85, 539, 100), _line(85, 200, 119.5, bold=True), True),  # its last words stressed in bold
        (_line(150, 530, 100), _line(120, 500, 119.5), False),  # a centred trích yếu's lines
    ],
    ids=["indented-first", "ragged", "short", "indent", "spacing", "next-page", "size", "bold", "stressed", "centred"],
)
def test_a_printed_line_runs_on_by_its_position(line: _Printed, after: _Printed, runs_on: bool) -> None:
    assert _runs_on(line, after, LAYOUT) is runs_on


def test_the_smaller_lines_under_a_pages_last_body_line_are_its_footnotes() -> None:
    page = [_line(85, 539, 700), _line(85, 539, 719.5), _line(85, 400, 760, size=10), _line(85, 300, 772, size=10)]
    assert _foot(page, 14.0) == page[2:]
    assert _foot(page[:2], 14.0) == []


def test_a_line_holding_two_columns_never_runs_on() -> None:
    columns = _Printed("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", 0, 85, 539, 100, 60, 14, False)
    assert not _runs_on(columns, _line(85, 539, 119.5), LAYOUT)


def _wrapped(*texts: str) -> list[Line]:
    """Lines as a PDF gives them: `+` at the end of a text marks a printed line that runs on, `^` at its start a
    footnote at the page's foot; `` is a page break."""
    return [
        Line((t.strip("^+"),) if t else (), f"dòng {n}", runs_on=t.endswith("+"), foot=t.startswith("^"))
        for n, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (_wrapped("Một đoạn văn chạy+", "tới dòng sau."), ["Một đoạn văn chạy tới dòng sau."]),
        (_wrapped("Qua trang+", "", "mới."), ["Qua trang mới."]),  # the page break's blank line dropped
        (_wrapped("Đoạn trước có:+", "1. Mục mới"), ["Đoạn trước có:", "1. Mục mới"]),
        (_wrapped("Đoạn trước có:+", "a) Điểm mới"), ["Đoạn trước có:", "a) Điểm mới"]),
        (_wrapped("Đoạn trước có:+", "- Ý mới"), ["Đoạn trước có:", "- Ý mới"]),
        (_wrapped("Kính gửi: Sở A+", "Ngày 3/4, đoàn"), ["Kính gửi: Sở A", "Ngày 3/4, đoàn"]),
        (_wrapped("Đoạn có+", "Kính gửi: Sở A"), ["Đoạn có", "Kính gửi: Sở A"]),
        (_wrapped("Công văn số 12/UBND-+", "VX ngày 3/4"), ["Công văn số 12/UBND-VX ngày 3/4"]),
        (_wrapped("giai đoạn 2026 -+", "2030"), ["giai đoạn 2026 - 2030"]),
        (_wrapped("Ba dòng+", "một đoạn+", "văn."), ["Ba dòng một đoạn văn."]),
        (_wrapped("Dòng cuối.", "Đoạn mới."), ["Dòng cuối.", "Đoạn mới."]),
        (
            _wrapped("giao năm+", "^1 Chú thích+", "^dòng hai.", "", "2025 và tiếp.", "Đoạn sau."),
            ["giao năm 2025 và tiếp.", "1 Chú thích dòng hai.", "Đoạn sau."],
        ),
        (_wrapped("Hết đoạn.", "^1 Chú thích.", "", "Đoạn mới."), ["Hết đoạn.", "1 Chú thích.", "Đoạn mới."]),
        (_wrapped("Đoạn có:+", "^1 Chú thích.", "", "1. Mục"), ["Đoạn có:", "1 Chú thích.", "1. Mục"]),
    ],
    ids=[
        *("wrap", "page", "number", "letter", "dash", "address", "address-next", "hyphen", "spaced-dash", "three"),
        *("no", "over-footnote", "footnote-after-end", "footnote-then-marker"),
    ],
)
def test_wrapped_lines_join_unless_the_next_opens_a_block(lines: list[Line], joined: list[str]) -> None:
    assert [line.text for line in joined_wraps(lines, Notes()) if not line.blank] == joined


# The V/v of a công văn, ND30 Phụ lục I ô 5b, as text: spaced out by a web copy, or wrapped over six lines in the
# narrow left column of a PDF (a blank line ends it only after four lines; consecutive lines go on).
V_V_HEAD = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH MẪU SƠN\tĐộc lập - Tự do - Hạnh phúc
Số: 12/UBND-VX\tMẫu Sơn, ngày 3 tháng 9 năm 2025
"""
V_V_BODY = """Kính gửi: Các sở, ban, ngành tỉnh
Ủy ban nhân dân tỉnh đề nghị các sở góp ý dự thảo.
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Như trên;\tCHỦ TỊCH
- Lưu: VT.\tTrần Văn Mẫu
"""
SIX_LINES = "V/v góp ý dự thảo báo cáo sơ kết\nnăm năm thực hiện chương trình\ncải cách hành chính giai đoạn\n"
SIX_LINES += "2021 - 2030, nhiệm vụ, giải pháp\ntrọng tâm giai đoạn 2026 - 2030\ncủa các sở, ban, ngành\n"


@pytest.mark.parametrize(
    ("subject", "summary"),
    [
        ("V/v góp ý dự thảo báo cáo\n\nsơ kết năm năm\n\n", "Góp ý dự thảo báo cáo sơ kết năm năm"),
        (SIX_LINES, SUMMARY),
        ("V/v góp ý dự thảo\n", "Góp ý dự thảo"),
    ],
    ids=["spaced", "six-lines", "one-line"],
)
def test_a_v_v_goes_on_over_its_lines(tmp_path: Path, subject: str, summary: str) -> None:
    path = tmp_path / "cong-van.txt"
    path.write_text(V_V_HEAD + subject + V_V_BODY, encoding="utf-8")
    assert read_document(path).header.summary == summary
