"""What the printed page of a rendered template shows (spec §1, §2, §9, §10), via LibreOffice → PDF.

The templates are rendered with plain docxtpl (no vanban code) and an invented 3-page plan, so
these tests check the templates alone. They skip, printing the reason, where `soffice` is missing.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docxtpl import DocxTemplate, RichTextParagraph
from pdf_layout import Line, Page, read_pages, require_pdf

TEMPLATES = Path(__file__).resolve().parent.parent / "templates_docx"
NAMES = ("co-ban", "ke-hoach", "huong-dan")
MARGIN_LEFT_MM, MARGIN_TOP_MM, PAGE_W_MM = 30.0, 20.0, 210.0
TEXT_CENTER_MM = MARGIN_LEFT_MM + 165.0 / 2
HEADER_LEFT_MM = 65.0  # left column of the header table (spec §2: ≈ 6.5 cm)
LEFT_COLUMN_CENTER_MM = MARGIN_LEFT_MM + HEADER_LEFT_MM / 2
RIGHT_COLUMN_CENTER_MM = MARGIN_LEFT_MM + HEADER_LEFT_MM + 100.0 / 2
ISSUER = ["CÔNG ĐOÀN NGÀNH", "GIÁO DỤC THỬ NGHIỆM"]
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TRICH_YEU = "Tổ chức các hoạt động Tháng Công nhân năm 2026"

SENTENCE = (
    "Các công đoàn cơ sở chủ động phối hợp với thủ trưởng cơ quan, đơn vị xây dựng chương trình "
    "hành động cụ thể, bảo đảm thiết thực, tiết kiệm, phù hợp với điều kiện thực tế của đơn vị."
)
SAMPLE_BODY = [
    (
        "doan",
        "Căn cứ chương trình công tác năm 2026, Ban Thường vụ Công đoàn Ngành Thử nghiệm xây dựng "
        "Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2026 như sau:",
    ),
    ("muc-1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("muc-2", "1. Mục đích"),
    ("y-1", "- " + SENTENCE),
    ("y-1", "- Biểu dương kịp thời những tập thể, cá nhân tiêu biểu trong phong trào thi đua."),
    ("muc-2", "2. Yêu cầu"),
    ("doan", SENTENCE * 2),
    ("muc-1", "II. NỘI DUNG"),
    ("muc-2", "1. Công tác tuyên truyền"),
    ("muc-3", "1.1. Hình thức tuyên truyền"),
    ("muc-4", "a) Trên các phương tiện thông tin"),
    ("doan", SENTENCE * 3),
    ("y-1", "- " + SENTENCE),
    ("y-2", "+ Tổ chức hội nghị, tọa đàm theo từng cụm đơn vị."),
    ("muc-4", "b) Tại cơ sở"),
    ("doan", SENTENCE * 3),
    ("muc-1", "III. TỔ CHỨC THỰC HIỆN"),
    ("doan", SENTENCE * 4),
    ("doan", SENTENCE * 3),
    (
        "doan",
        "Trên đây là Kế hoạch tổ chức các hoạt động Tháng Công nhân năm 2026 của Ban Thường vụ "
        "Công đoàn Ngành Thử nghiệm./.",
    ),
]
STYLE_NAMES = {
    "doan": "VB Doan",
    "y-1": "VB Y 1",
    "y-2": "VB Y 2",
    "tieu-de-giua": "VB Tieu de giua",
    **{f"muc-{n}": f"VB Muc {n}" for n in range(1, 7)},
}


def paragraphs(template: DocxTemplate, body: list[tuple[str, str]]) -> RichTextParagraph:
    """The `{{p than }}` value: one paragraph per (kieu, text), styled by the style NAME's id."""
    ids = {style.name: style.style_id for style in template.get_docx().styles}
    result = RichTextParagraph()
    for kind, text in body:
        result.add(text, parastyle=ids[STYLE_NAMES[kind]])
    return result


def sample_context(template: DocxTemplate, appendices: int = 0) -> dict:
    return {
        "co_quan_chu_quan": ["LĐLĐ TỈNH THỬ NGHIỆM"],
        "co_quan_ban_hanh": ISSUER,
        "quoc_hieu": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "tieu_ngu": TIEU_NGU,
        "so_ky_hieu": "Số: 07/KH-CĐN",
        "dia_danh_ngay": "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2026",
        "ten_loai": "KẾ HOẠCH",
        "trich_yeu": TRICH_YEU,
        "than": paragraphs(template, SAMPLE_BODY),
        "noi_nhan": ["- LĐLĐ tỉnh (để b/c);", "- Các công đoàn cơ sở trực thuộc (để t/h);", "- Lưu: VT, CĐN."],
        "chu_ky": {"tham_quyen": ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], "dong_ky": "", "ho_ten": "Trần Thị Thử"},
        "phu_luc": [
            {
                "nhan": f"Phụ lục {roman}",
                "tieu_de": "DANH SÁCH ĐƠN VỊ THAM GIA",
                "kem_theo": "(Kèm theo Kế hoạch số 07/KH-CĐN ngày 29 tháng 12 năm 2026 của Ban Thường vụ "
                "Công đoàn Ngành Thử nghiệm)",
                "than": paragraphs(template, [("doan", SENTENCE * 6)] * 6 + [("doan", "Hết phụ lục./.")]),
            }
            for roman in ("I", "II")[:appendices]
        ],
    }


def render(name: str, out_dir: Path, appendices: int = 0, **changes: object) -> Path:
    """Plain docxtpl load-render-save, then reopen with python-docx to prove the file is valid."""
    template = DocxTemplate(TEMPLATES / f"{name}.docx")
    template.render({**sample_context(template, appendices), **changes}, autoescape=True)
    path = out_dir / f"{name}-{appendices}.docx"
    template.save(path)
    docx.Document(path)
    return path


def rendered_styles(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(path).paragraphs]


@pytest.mark.parametrize("name", NAMES)
def test_body_paragraphs_carry_their_named_styles(tmp_path: Path, name: str) -> None:  # CONTRACT.md `kieu`
    paragraphs = rendered_styles(render(name, tmp_path))
    start = next(i for i, (_, text) in enumerate(paragraphs) if text == TRICH_YEU) + 2
    body = paragraphs[start : start + len(SAMPLE_BODY)]
    assert body == [(STYLE_NAMES[kind], text) for kind, text in SAMPLE_BODY]


@pytest.mark.parametrize("name", NAMES)
def test_no_template_tag_survives_rendering(tmp_path: Path, name: str) -> None:
    document = docx.Document(render(name, tmp_path, appendices=2))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    assert not [text for text in texts if "{{" in text or "{%" in text]


def test_without_chu_quan_the_issuer_opens_the_header(tmp_path: Path) -> None:  # spec §11: the TLĐ has none
    cell = docx.Document(render("co-ban", tmp_path, co_quan_chu_quan=[])).tables[0].cell(0, 0)
    assert [(p.style.name, p.text) for p in cell.paragraphs] == [
        ("VB Co quan ban hanh", ISSUER[0]),
        ("VB Co quan ban hanh", ISSUER[1]),
        ("VB Gach co quan", ""),
    ]


def test_text_is_escaped(tmp_path: Path) -> None:
    document = docx.Document(render("co-ban", tmp_path, trich_yeu="Quy chế <mẫu> & hướng dẫn"))
    assert "Quy chế <mẫu> & hướng dẫn" in [p.text for p in document.paragraphs]


@pytest.mark.parametrize(("appendices", "sections"), [(0, 1), (1, 2), (2, 3)])
def test_one_section_per_appendix(tmp_path: Path, appendices: int, sections: int) -> None:  # spec §9, §10
    document = docx.Document(render("co-ban", tmp_path, appendices))
    assert len(document.sections) == sections
    assert all(s.different_first_page_header_footer for s in document.sections)


@pytest.fixture(scope="module")
def plan_pages(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    out = tmp_path_factory.mktemp("layout")
    return read_pages(require_pdf(render("co-ban", out), out))


@pytest.fixture(scope="module")
def appendix_pages(tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    out = tmp_path_factory.mktemp("appendix")
    return read_pages(require_pdf(render("ke-hoach", out, appendices=2), out))


def header_numbers(page: Page) -> list[str]:
    """Digits printed inside the top margin (spec §9: page numbers live in the header)."""
    return [w.text for w in page.words if w.bottom < MARGIN_TOP_MM and w.text.isdigit()]


def phrase(page: Page, text: str) -> Line:
    line = page.phrase(text)
    assert line is not None, f"{text!r} is not printed on page {page.number}"
    return line


def test_sample_spans_several_pages(plan_pages: list[Page]) -> None:
    assert len(plan_pages) >= 2


def test_page_is_a4(plan_pages: list[Page]) -> None:  # spec §1 Paper
    assert (plan_pages[0].width, plan_pages[0].height) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))


def test_no_page_number_on_page_one(plan_pages: list[Page]) -> None:  # spec §9, §13 row 7
    assert header_numbers(plan_pages[0]) == []


def test_page_two_number_centred_in_top_margin(plan_pages: list[Page]) -> None:  # spec §9
    numbers = [w for w in plan_pages[1].words if w.text == "2" and w.bottom < MARGIN_TOP_MM]
    assert len(numbers) == 1
    assert numbers[0].center_x == pytest.approx(TEXT_CENTER_MM, abs=1.0)
    assert numbers[0].size == pytest.approx(14, abs=0.2)


def test_date_line_on_the_row_of_so(plan_pages: list[Page]) -> None:  # spec §2 ô 3/ô 4, ND30 II.4.c
    so = phrase(plan_pages[0], "Số: 07/KH-CĐN")
    date = phrase(plan_pages[0], "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2026")  # the longest place name
    assert date.bottom == pytest.approx(so.bottom, abs=0.3)
    assert so.center_x == pytest.approx(LEFT_COLUMN_CENTER_MM, abs=1.0)
    assert date.center_x == pytest.approx(RIGHT_COLUMN_CENTER_MM, abs=1.0)


@pytest.mark.parametrize(
    ("text", "column_center_mm"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RIGHT_COLUMN_CENTER_MM),  # ô 1
        (TIEU_NGU, RIGHT_COLUMN_CENTER_MM),  # ô 1
        ("LĐLĐ TỈNH THỬ NGHIỆM", LEFT_COLUMN_CENTER_MM),  # ô 2
        (ISSUER[0], LEFT_COLUMN_CENTER_MM),  # ô 2
        ("KẾ HOẠCH", TEXT_CENTER_MM),  # ô 5a
        (TRICH_YEU, TEXT_CENTER_MM),  # ô 5a
    ],
    ids=["quoc-hieu", "tieu-ngu", "chu-quan", "ban-hanh", "ten-loai", "trich-yeu"],
)
def test_header_lines_centred(plan_pages: list[Page], text: str, column_center_mm: float) -> None:  # spec §2, §3
    assert phrase(plan_pages[0], text).center_x == pytest.approx(column_center_mm, abs=1.0)


def test_tieu_ngu_rule_as_long_as_the_text(plan_pages: list[Page]) -> None:  # spec §3 row 1 Tiêu ngữ
    text = phrase(plan_pages[0], TIEU_NGU)
    rule = plan_pages[0].rule_below(text)
    assert rule is not None
    assert rule.width == pytest.approx(text.width, abs=1.5)
    assert rule.center_x == pytest.approx(text.center_x, abs=1.0)


@pytest.mark.parametrize(
    ("lines", "spec_row"),
    [(ISSUER, "§3 row 2 issuer"), ([TRICH_YEU], "§3 row 5a trích yếu")],
    ids=["issuer", "trich-yeu"],
)
def test_short_rule_a_third_to_half_of_the_text(plan_pages: list[Page], lines: list[str], spec_row: str) -> None:
    printed = [phrase(plan_pages[0], line) for line in lines]
    longest = max(line.width for line in printed)
    rule = plan_pages[0].rule_below(printed[-1])
    assert rule is not None, spec_row
    assert longest / 3 <= rule.width <= longest / 2, spec_row
    assert rule.center_x == pytest.approx(printed[-1].center_x, abs=1.0), spec_row


def test_body_font_is_times_metric(plan_pages: list[Page]) -> None:  # spec §1 Font
    fonts = {w.font.split("+")[-1] for page in plan_pages for w in page.words}
    assert fonts <= {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
        "TimesNewRomanPSMT",
        "TimesNewRomanPS-BoldMT",
        "TimesNewRomanPS-ItalicMT",
        "TimesNewRomanPS-BoldItalicMT",
    }


def test_body_size_is_14(plan_pages: list[Page]) -> None:  # spec §3 row 6 Body text
    first = phrase(plan_pages[0], "I. MỤC ĐÍCH, YÊU CẦU")
    body = [w for w in plan_pages[0].words if w.top > first.top]
    assert {w.size for w in body} == {14.0}


def test_left_margin_is_30mm(plan_pages: list[Page]) -> None:  # spec §1 Margins
    leftmost = min(line.x0 for line in plan_pages[1].lines if line.top > MARGIN_TOP_MM)
    assert leftmost == pytest.approx(MARGIN_LEFT_MM, abs=0.5)


def test_first_line_indent_127(plan_pages: list[Page]) -> None:  # spec §1 First-line indent
    heading = phrase(plan_pages[0], "I. MỤC ĐÍCH, YÊU CẦU")
    assert heading.x0 - MARGIN_LEFT_MM == pytest.approx(12.7, abs=0.5)


def test_text_stays_inside_the_right_margin(plan_pages: list[Page]) -> None:  # spec §1 Margins
    assert max(w.x1 for page in plan_pages for w in page.words) <= PAGE_W_MM - 15 + 0.3


def test_noi_nhan_level_with_the_authority_line(plan_pages: list[Page]) -> None:  # spec §8, ND30 II.9.d
    page = next(p for p in plan_pages if p.phrase("Nơi nhận:"))
    label, authority = phrase(page, "Nơi nhận:"), phrase(page, "TM. BAN THƯỜNG VỤ")
    assert label.top == pytest.approx(authority.top, abs=1.5)
    assert label.x0 == pytest.approx(MARGIN_LEFT_MM, abs=0.5)


def test_signature_space(plan_pages: list[Page]) -> None:  # spec §3 "about 2.5–3 cm", §7.3
    page = next(p for p in plan_pages if p.phrase("Trần Thị Thử"))
    gap = phrase(page, "Trần Thị Thử").top - phrase(page, "CHỦ TỊCH").bottom
    assert 25 <= gap <= 30


@pytest.mark.parametrize("label", ["Phụ lục I", "Phụ lục II"], ids=["I", "II"])
def test_appendix_starts_a_page_without_number(appendix_pages: list[Page], label: str) -> None:  # spec §9, §10
    page = next(p for p in appendix_pages if p.lines[0].text == label)
    assert header_numbers(page) == []
    assert page.lines[0].center_x == pytest.approx(TEXT_CENTER_MM, abs=1.0)


@pytest.mark.parametrize("label", ["Phụ lục I", "Phụ lục II"], ids=["I", "II"])
def test_appendix_pages_restart_at_one(appendix_pages: list[Page], label: str) -> None:  # spec §9 "numbered separately"
    first = next(i for i, p in enumerate(appendix_pages) if p.lines[0].text == label)
    assert header_numbers(appendix_pages[first + 1]) == ["2"]
