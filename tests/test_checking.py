"""Rules of generator/checking: one conformant document built with python-docx, then one edit per failing case.

Each rule has a passing case (the good document, and variants that must stay clean) and failing
cases (the good document edited with python-docx). Spec section ids are in the rule ids' specs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURES
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from generator.checking import CheckReport, check_file
from generator.checking.pdf import RULES as PDF_RULES
from generator.checking.pdf import Page, Word, check_pages

BODY = (
    "Ban Chấp hành Công đoàn cơ sở xây dựng kế hoạch tổ chức các hoạt động trong năm với mục tiêu chăm lo, "
    "bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động."
)


def _add(
    container: DocxDocument | _Cell,
    text: str,
    size: float = 14,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.CENTER,
    first: bool = False,
) -> Paragraph:
    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    paragraph.alignment = align
    if text:
        run = paragraph.add_run(text)
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return paragraph


def _border(paragraph: Paragraph, indent_cm: float) -> Paragraph:
    """Draw a line as the bottom border of `paragraph`, shortened by `indent_cm` on each side."""
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Cm(indent_cm)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in {"w:val": "single", "w:sz": "6", "w:space": "1", "w:color": "000000"}.items():
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def _body(document: DocxDocument, text: str) -> Paragraph:
    paragraph = _add(document, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    paragraph.paragraph_format.first_line_indent = Cm(1.27)
    paragraph.paragraph_format.line_spacing = 1.15
    return paragraph


def _page_number(document: DocxDocument) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    size = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    size.append(sz)
    text = OxmlElement("w:t")
    text.text = "2"
    run.extend([size, text])
    field.append(run)
    paragraph._p.append(field)


def good_document() -> DocxDocument:
    """A Kế hoạch laid out as spec §2–§9 recommend."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (
        Mm(20),
        Mm(20),
        Mm(30),
        Mm(15),
    )
    _page_number(document)
    header = document.add_table(rows=2, cols=2)
    left, right = header.cell(0, 0), header.cell(0, 1)
    _add(left, "LĐLĐ TỈNH ĐỒNG NAI", 12, first=True)
    _add(left, "CÔNG ĐOÀN CƠ SỞ CÔNG TY AN PHÚ", 12, bold=True)
    _border(_add(left, "", 2), 2.6)  # 3 cm under a 6.9 cm issuer name
    _add(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True, first=True)
    _add(right, "Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    _border(_add(right, "", 2), 1.3)  # 5.6 cm: as long as the Tiêu ngữ
    _add(header.cell(1, 0), "Số: 09/KH-CĐCS", 13, first=True)
    _add(header.cell(1, 1), "Đồng Nai, ngày 05 tháng 01 năm 2026", 13, italic=True, first=True)
    _add(document, "KẾ HOẠCH", bold=True)
    _add(document, "Tổ chức các hoạt động Tháng Công nhân năm 2026", bold=True)
    _border(_add(document, "", 2), 6)  # 4.5 cm under a 10.5 cm trích yếu
    for text in (
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        BODY,
        "2. Yêu cầu",
        "a) " + BODY,
        "b) " + BODY,
        "II. NỘI DUNG",
        "1. Tuyên truyền",
        "1.1. Hình thức",
        BODY,
        "1.2. Thời gian",
        BODY,
        "2. Thi đua",
        "Thực hiện theo kế hoạch./.",
    ):
        _body(document, text)
    closing = document.add_table(rows=1, cols=2)
    recipients, signature = closing.cell(0, 0), closing.cell(0, 1)
    _add(recipients, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, first=True)
    for item in ("- LĐLĐ tỉnh (để b/c);", "- Lưu: VT, CĐCS."):
        _add(recipients, item, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _add(signature, "TM. BAN CHẤP HÀNH", bold=True, first=True)
    _add(signature, "CHỦ TỊCH", bold=True)
    _add(signature, "")
    _add(signature, "Nguyễn Văn An", bold=True)
    return document


def report_of(document: DocxDocument, tmp_path: Path) -> CheckReport:
    path = tmp_path / "van-ban.docx"
    document.save(str(path))
    return check_file(path)


def _find(document: DocxDocument, text: str) -> Paragraph:
    """The paragraph (body or table) whose text starts with `text`."""
    for paragraph in document.paragraphs:
        if paragraph.text.startswith(text):
            return paragraph
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    if paragraph.text.startswith(text):
                        return paragraph
    raise AssertionError(f"no paragraph starts with {text!r}")


def _retext(start: str, new: str) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        paragraph = _find(document, start)
        paragraph.runs[0].text = new
        for run in paragraph.runs[1:]:
            run.text = ""

    return edit


def _runs(start: str, **changes: object) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        for run in _find(document, start).runs:
            for key, value in changes.items():
                target = run.font if key in {"size", "name"} else run
                setattr(target, key, value)

    return edit


def _paragraph(start: str, **changes: object) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        paragraph = _find(document, start)
        for key, value in changes.items():
            target = paragraph if key == "alignment" else paragraph.paragraph_format
            setattr(target, key, value)

    return edit


def _paragraph_after(start: str, **changes: object) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        following = Paragraph(_find(document, start)._p.getnext(), None)
        for key, value in changes.items():
            setattr(following.paragraph_format, key, value)

    return edit


def _remove_border_after(start: str) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        following = _find(document, start)._p.getnext()
        borders = following.find(qn("w:pPr")).find(qn("w:pBdr"))
        borders.getparent().remove(borders)

    return edit


def _typed_rule_after(start: str, characters: str) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        _remove_border_after(start)(document)
        following = Paragraph(_find(document, start)._p.getnext(), None)
        following.add_run(characters)

    return edit


def _section(**changes: object) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        for key, value in changes.items():
            setattr(document.sections[0], key, value)

    return edit


def _page_number_in_footer(document: DocxDocument) -> None:
    section = document.sections[0]
    field = section.header.paragraphs[0]._p.find(qn("w:fldSimple"))
    section.footer.paragraphs[0]._p.append(field)


def _even_footer(printed: bool) -> Callable[[DocxDocument], None]:
    """A copy of the page number in the even-page footer; Word prints it only under w:evenAndOddHeaders."""

    def edit(document: DocxDocument) -> None:
        section = document.sections[0]
        field = section.header.paragraphs[0]._p.find(qn("w:fldSimple"))
        section.even_page_footer.paragraphs[0]._p.append(copy.deepcopy(field))
        document.settings.odd_and_even_pages_header_footer = printed

    return edit


def _date_to_first_row(document: DocxDocument) -> None:
    date = _find(document, "Đồng Nai, ngày")
    motto_cell = document.tables[0].cell(0, 1)
    motto_cell._tc.append(date._p)


def _normal_font(name: str) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        document.styles["Normal"].font.name = name

    return edit


def _body_size(size: float) -> Callable[[DocxDocument], None]:
    def edit(document: DocxDocument) -> None:
        for paragraph in document.paragraphs:
            if paragraph.text.startswith(BODY[:20]):
                for run in paragraph.runs:
                    run.font.size = Pt(size)

    return edit


def _annex(attached: str) -> Callable[[DocxDocument], None]:
    """A phụ lục after the closing table, its reference line as given (spec §10)."""

    def edit(document: DocxDocument) -> None:
        _add(document, "Phụ lục I", bold=True)
        _add(document, "DANH SÁCH ĐƠN VỊ THỰC HIỆN", bold=True)
        _add(document, attached, italic=True)
        _body(document, BODY)

    return edit


SCHEDULE = (
    ("STT", "Nội dung", "Thời gian", "Đơn vị thực hiện"),
    ("1", "Tuyên truyền Tháng Công nhân", "Tháng 5/2026", "Ban Chấp hành"),
    ("2", "Thăm hỏi đoàn viên khó khăn", "Tháng 5/2026", "Tổ công đoàn"),
)


def _schedule(style: str | None) -> Callable[[DocxDocument], None]:
    """A data table «STT | Nội dung | Thời gian | Đơn vị thực hiện» in the body, before «2. Thi đua»;
    python-docx's default table has no line, «Table Grid» rules every cell (spec §2)."""

    def edit(document: DocxDocument) -> None:
        table = document.add_table(rows=len(SCHEDULE), cols=len(SCHEDULE[0]), style=style)
        for row, texts in zip(table.rows, SCHEDULE, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        _find(document, "2. Thi đua")._p.addprevious(table._tbl)

    return edit


def _quoted_closing_sample(document: DocxDocument) -> None:
    """A ruled table in the body that quotes the parts of a closing block, «Nơi nhận:» and an item among them (a
    guide's table of components, as ND30 Phụ lục I has): not the document's own Nơi nhận."""
    table = document.add_table(rows=2, cols=3, style="Table Grid")
    for row, texts in zip(table.rows, [("Ô", "Thành phần", "Ví dụ"), ("9a", "Nơi nhận", "12")], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    sample = table.rows[1].cells[1]
    sample.paragraphs[0].text = "Nơi nhận:"
    for item in ("- Như trên;", "- Lưu: VT."):
        sample.add_paragraph(item)
    _find(document, "2. Thi đua")._p.addprevious(table._tbl)


FAILING: list[tuple[str, str, Callable[[DocxDocument], None], str]] = [
    ("kho-giay", "US Letter", _section(page_width=Mm(216), page_height=Mm(279)), "không phải A4"),
    (
        "kho-giay",
        "main section landscape",
        _section(orientation=WD_ORIENT.LANDSCAPE, page_width=Mm(297), page_height=Mm(210)),
        "khổ ngang",
    ),
    ("le-trang", "left margin 20 mm", _section(left_margin=Mm(20)), "Lề trái 20.0 mm"),
    ("le-trang", "top margin 30 mm", _section(top_margin=Mm(30)), "Lề trên 30.0 mm"),
    ("so-trang", "number on page 1", _section(different_first_page_header_footer=False), "trang 1"),
    ("so-trang", "number in the footer", _page_number_in_footer, "chân trang"),
    ("so-trang", "number in the even footer, even pages on", _even_footer(True), "chân trang"),
    ("phong-chu", "Arial on one run", _runs("1. Mục đích", name="Arial"), "«Arial»"),
    ("phong-chu", "Arial through the Normal style", _normal_font("Arial"), "«Arial»"),
    ("phong-chu", "legacy TCVN3 font", _runs("2. Yêu cầu", name=".VnTime"), "phông cũ"),
    ("co-chu-than", "body 12 pt", _body_size(12), "12 pt"),
    ("quoc-hieu", "lower case", _retext("CỘNG HÒA", "Cộng hòa xã hội chủ nghĩa Việt Nam"), "in hoa"),
    ("quoc-hieu", "not bold", _runs("CỘNG HÒA", bold=False), "in đậm"),
    ("quoc-hieu", "14 pt", _runs("CỘNG HÒA", size=Pt(14)), "cỡ chữ 14 pt"),
    ("quoc-hieu", "missing", _retext("CỘNG HÒA", "CÔNG TY"), "Thiếu Quốc hiệu"),
    ("tieu-ngu", "en dashes", _retext("Độc lập", "Độc lập – Tự do – Hạnh phúc"), "gạch dài"),
    ("tieu-ngu", "no spaces", _retext("Độc lập", "Độc lập-Tự do-Hạnh phúc"), "dấu gạch nối"),
    ("tieu-ngu", "not bold", _runs("Độc lập", bold=False), "in đậm"),
    ("tieu-ngu", "no line under it", _remove_border_after("Độc lập"), "Thiếu đường kẻ dưới Tiêu ngữ"),
    (
        "tieu-ngu",
        "line half as long",
        _paragraph_after("Độc lập", left_indent=Cm(2.7), right_indent=Cm(2.7)),
        "dài khoảng 2.8 cm",
    ),
    ("tieu-ngu", "typed dashes as the line", _typed_rule_after("Độc lập", "----------"), "gõ bằng ký tự"),
    ("co-quan-ban-hanh", "issuer not bold", _runs("CÔNG ĐOÀN CƠ SỞ", bold=False), "in đậm"),
    ("co-quan-ban-hanh", "issuer 14 pt", _runs("CÔNG ĐOÀN CƠ SỞ", size=Pt(14)), "cỡ chữ 14 pt"),
    (
        "co-quan-ban-hanh",
        "line across the cell",
        _paragraph_after("CÔNG ĐOÀN CƠ SỞ", left_indent=Cm(0), right_indent=Cm(0)),
        "dài khoảng 8.2 cm",
    ),
    ("co-quan-ban-hanh", "no short line", _remove_border_after("CÔNG ĐOÀN CƠ SỞ"), "Thiếu đường kẻ dưới tên cơ quan"),
    ("so-ky-hieu", "no leading zero", _retext("Số:", "Số: 9/KH-CĐCS"), "01…09"),
    ("so-ky-hieu", "no colon", _retext("Số:", "Số 09/KH-CĐCS"), "«Số:»"),
    ("so-ky-hieu", "spaces in the ký hiệu", _retext("Số:", "Số: 09 / KH - CĐCS"), "dấu cách"),
    ("so-ky-hieu", "type code of another type", _retext("Số:", "Số: 09/HD-CĐCS"), "không khớp"),
    ("so-ky-hieu", "year in the number", _retext("Số:", "Số: 09/2026/KH-CĐCS"), "không ghi năm"),
    ("so-ky-hieu", "missing", _retext("Số:", ""), "Thiếu dòng «Số"),
    ("ngay-thang", "day without zero", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 5 tháng 01 năm 2026"), "Ngày «5»"),
    ("ngay-thang", "month 1 without zero", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 05 tháng 1 năm 2026"), "01, 02"),
    ("ngay-thang", "month 03", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 05 tháng 03 năm 2026"), "không có số 0"),
    (
        "ngay-thang",
        "place not capitalised",
        _retext("Đồng Nai, ngày", "Đồng nai, ngày 05 tháng 01 năm 2026"),
        "viết hoa",
    ),
    ("ngay-thang", "full stop", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 05 tháng 01 năm 2026."), "dấu chấm"),
    ("ngay-thang", "numeric date", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 05/01/2026"), "không đúng mẫu"),
    ("ngay-thang", "not italic", _runs("Đồng Nai, ngày", italic=False), "in nghiêng"),
    ("ngay-thang", "not on the row of Số", _date_to_first_row, "cùng hàng"),
    (
        "dia-danh-2025",
        "abolished province",
        _retext("Đồng Nai, ngày", "Sóc Trăng, ngày 05 tháng 01 năm 2026"),
        "Sóc Trăng",
    ),
    (
        "dia-danh-2025",
        "draft dated 2026",
        _retext("Đồng Nai, ngày", "Sóc Trăng, ngày      tháng      năm 2026"),
        "Sóc Trăng",
    ),
    (
        "dia-danh-2025",
        "Thừa Thiên Huế",
        _retext("Đồng Nai, ngày", "Thừa Thiên Huế, ngày 05 tháng 01 năm 2026"),
        "Thừa Thiên Huế",
    ),
    (
        "dia-danh-2025",
        "abolished name in the issuer",
        _retext("CÔNG ĐOÀN CƠ SỞ", "CÔNG ĐOÀN CƠ SỞ TỈNH BẾN TRE"),
        "Bến Tre",
    ),
    ("ten-loai", "not bold", _runs("KẾ HOẠCH", bold=False), "in đậm"),
    ("ten-loai", "16 pt", _runs("KẾ HOẠCH", size=Pt(16)), "16 pt"),
    ("ten-loai", "left aligned", _paragraph("KẾ HOẠCH", alignment=WD_ALIGN_PARAGRAPH.LEFT), "căn giữa"),
    ("trich-yeu", "all caps", _retext("Tổ chức các", "TỔ CHỨC CÁC HOẠT ĐỘNG THÁNG CÔNG NHÂN"), "in hoa toàn bộ"),
    ("trich-yeu", "not bold", _runs("Tổ chức các", bold=False), "in đậm"),
    (
        "trich-yeu",
        "line across the page",
        _paragraph_after("Tổ chức các", left_indent=Cm(1), right_indent=Cm(1)),
        "dài khoảng 14.5 cm",
    ),
    ("trich-yeu", "no line under it", _remove_border_after("Tổ chức các"), "Thiếu đường kẻ"),
    ("than-van-ban", "left aligned", _paragraph(BODY[:20], alignment=WD_ALIGN_PARAGRAPH.LEFT), "căn đều"),
    ("than-van-ban", "no first-line indent", _paragraph(BODY[:20], first_line_indent=Cm(0)), "thụt đầu dòng"),
    (
        "than-van-ban",
        "a hanging indent back to the margin",
        _paragraph(BODY[:20], left_indent=Cm(1.27), first_line_indent=Cm(-1.27)),
        "thụt đầu dòng",
    ),
    ("than-van-ban", "double spacing", _paragraph(BODY[:20], line_spacing=2.0), "Giãn dòng"),
    ("ket-thuc", "no ./. at the end", _retext("Thực hiện theo kế hoạch", "Thực hiện theo kế hoạch."), "«./.»"),
    ("danh-so", "roman gap", _retext("II. NỘI DUNG", "III. NỘI DUNG"), "không liền sau"),
    ("danh-so", "repeated number", _retext("2. Yêu cầu", "1. Yêu cầu"), "bị lặp"),
    ("danh-so", "a «0.» after «1.» (a KeyError before)", _retext("2. Yêu cầu", "0. Yêu cầu"), "không liền sau"),
    ("danh-so", "letter f", _retext("b) ", "f) " + BODY), "bảng chữ cái"),
    (
        "danh-so",
        "letters typed «a, », a gap",
        lambda d: (_retext("a) ", "a, " + BODY)(d), _retext("b) ", "c, " + BODY)(d)),
        "không liền sau",
    ),
    ("danh-so", "sub-item gap", _retext("1.2. Thời gian", "1.3. Thời gian"), "«1.3»"),
    (
        "danh-so",
        "a point b under a labelled item that has no a",
        _retext("a) ", "Câu 1 (1 điểm) Người đã lấy thân mình làm giá súng là ai?"),
        "bắt đầu bằng «b»",
    ),
    ("danh-so", "a Roman V that does not follow I", _retext("II. NỘI DUNG", "V. NỘI DUNG"), "không liền sau"),
    ("chu-ky", "KT. before a collective", _retext("TM. BAN", "KT. BAN CHẤP HÀNH"), "«KT.»"),
    ("chu-ky", "TM. before a title", _retext("TM. BAN", "TM. CHỦ TỊCH"), "«TM.»"),
    ("chu-ky", "slash form", _retext("TM. BAN", "T/M BAN CHẤP HÀNH"), "«T/M»"),
    ("chu-ky", "academic title", _retext("Nguyễn Văn An", "TS. Nguyễn Văn An"), "học hàm"),
    ("chu-ky", "name not bold", _runs("Nguyễn Văn An", bold=False), "in đậm"),
    ("noi-nhan", "label not italic", _runs("Nơi nhận:", italic=False), "in nghiêng"),
    ("noi-nhan", "label 14 pt", _runs("Nơi nhận:", size=Pt(14)), "phải 12 pt"),
    ("noi-nhan", "item without semicolon", _retext("- LĐLĐ tỉnh", "- LĐLĐ tỉnh (để b/c),"), "«;»"),
    ("noi-nhan", "words one space after the «;»", _retext("- LĐLĐ tỉnh", "- LĐLĐ tỉnh; để báo cáo"), "«;»"),
    ("noi-nhan", "Lưu without colon", _retext("- Lưu", "- Lưu VT, CĐCS."), "«- Lưu: VT"),
    ("noi-nhan", "items 12 pt", _runs("- LĐLĐ tỉnh", size=Pt(12)), "11 pt"),
    (
        "kem-theo",
        "annex citing last year's plan",
        _annex("(Kèm theo Kế hoạch số 15/KH-CĐCS ngày 06/01/2025 của Công đoàn cơ sở Công ty An Phú)"),
        "khác số của văn bản",
    ),
    ("vien-bang", "borderless data table in the body", _schedule(None), "Bảng 2 (STT | Nội dung | Thời gian"),
]


def test_good_document_has_no_finding(tmp_path: Path) -> None:
    report = report_of(good_document(), tmp_path)
    assert report.findings == []
    assert report.skipped == [], report.coverage()
    assert report.regime == "nhà nước/công đoàn"


@pytest.mark.parametrize(("rule", "case", "edit", "expected"), FAILING, ids=[f"{r}-{c}" for r, c, _, _ in FAILING])
def test_edit_breaks_rule(
    tmp_path: Path, rule: str, case: str, edit: Callable[[DocxDocument], None], expected: str
) -> None:
    document = good_document()
    edit(document)
    findings = [f for f in report_of(document, tmp_path).findings if f.rule == rule]
    assert any(expected in f.message for f in findings), [str(f) for f in findings]


def test_every_rule_has_a_failing_case() -> None:
    from generator.checking.registry import RULES

    assert {r.id for r in RULES} == {rule for rule, *_ in FAILING}


def _split_runs(document: DocxDocument) -> None:
    paragraph = _find(document, "CỘNG HÒA")
    paragraph.runs[0].text = "CỘNG HÒA XÃ "
    run = paragraph.add_run("HỘI CHỦ NGHĨA ")
    run.bold, run.font.size = True, Pt(12)
    run = paragraph.add_run("VIỆT NAM")
    run.bold, run.font.size = True, Pt(12)


def _caps_property(document: DocxDocument) -> None:
    _retext("CỘNG HÒA", "Cộng hòa xã hội chủ nghĩa Việt Nam")(document)
    _find(document, "Cộng hòa").runs[0].font.all_caps = True


def _landscape_appendix(document: DocxDocument) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    document.add_paragraph("Phụ lục I")


def _body_before(anchor: Paragraph) -> Paragraph:
    paragraph = anchor.insert_paragraph_before(BODY)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = Cm(1.27)
    return paragraph


def _word_list_letters(count: int, style: str = "lowerLetter") -> Callable[[DocxDocument], None]:
    """Turn the a) b) points into a Word list of `count` items in `style` (lowerLetter, upperLetter) format."""

    def edit(document: DocxDocument) -> None:
        numbering = document.part.numbering_part.element
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), "90")
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), "0")
        for tag, value in (("w:start", "1"), ("w:numFmt", style), ("w:lvlText", "%1)")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            level.append(element)
        abstract.append(level)
        numbering.insert(0, abstract)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), "90")
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), "90")
        num.append(ref)
        numbering.append(num)
        anchor = _find(document, "b) ")
        for index in range(count):
            paragraph = _body_before(anchor) if index else anchor
            paragraph.runs[0].text = BODY
            for run in paragraph.runs[1:]:
                run.text = ""
            properties = paragraph._p.get_or_add_pPr()
            num_pr = OxmlElement("w:numPr")
            for tag, value in (("w:ilvl", "0"), ("w:numId", "90")):
                element = OxmlElement(tag)
                element.set(qn("w:val"), value)
                num_pr.append(element)
            properties.append(num_pr)
        _find(document, "a) ").runs[0].text = "Mở đầu: " + BODY

    return edit


def _answer_letters(document: DocxDocument) -> None:
    """The a) b) points typed as the answers of a test, A. to D. (held-out k09)."""
    anchor = _find(document, "b) ")
    for letter in "DC":
        answer = copy.deepcopy(anchor._p)
        anchor._p.addnext(answer)
        Paragraph(answer, None).runs[0].text = f"{letter}. {BODY}"
    _retext("a) ", "A. " + BODY)(document)
    _retext("b) ", "B. " + BODY)(document)


def _labelled_points(document: DocxDocument) -> None:
    """«Câu 1 (1 điểm) a. …» then «b) …»: the first point written in the labelled item's own line (held-out k08)."""
    _retext("a) ", "Câu 1 (1 điểm) a. Người đã lấy thân mình làm giá súng là ai?")(document)


def _tab_indent(document: DocxDocument) -> None:
    paragraph = _find(document, BODY[:20])
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.runs[0].text = "\t" + paragraph.runs[0].text


def _space_tab_indent(document: DocxDocument) -> None:
    paragraph = _find(document, BODY[:20])
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.runs[0].text = " \t" + paragraph.runs[0].text


def _quotation(document: DocxDocument) -> None:
    """A quoted passage numbered on from its opening quote, as held-out d13: «“1. …» then «2. …”»."""
    anchor = _find(document, "I. MỤC ĐÍCH")
    for text in ("“1. Theo quy định tại khoản 6 Điều 21 của nghị định, hội được sáp nhập.", "2. Hội mới kế thừa.”"):
        anchor.insert_paragraph_before(text)


def _quoted_passage(document: DocxDocument) -> None:
    """A quotation over paragraphs with its own numbers, as held-out g09: «“Điều 10. …» «1. …» «…» «4. …”»."""
    anchor = _find(document, "2. Yêu cầu")
    for text in ("Luật quy định tại Điều 10:", "“Điều 10. Miễn phí", "1. Trẻ em được miễn.", "…", "4. Bộ quy định.”"):
        anchor.insert_paragraph_before(text)


def _quotation_across_a_heading(document: DocxDocument) -> None:
    """A quotation whose text runs across the document's own «b)» (as an imported m19 built): «c)» still follows."""
    item = _find(document, "b) ")
    item.insert_paragraph_before("“a) Trước khi hết nhiệm kỳ, hội báo cáo lý do;")
    item._p.addnext(_body(document, "c) " + BODY)._p)
    item._p.addnext(document.add_paragraph("trừ trường hợp bất khả kháng”.")._p)


def _cited_list(document: DocxDocument) -> None:
    """A list cited without quotes restarts at 1; the document's own next number follows, as held-out g09."""
    anchor = _find(document, "Thực hiện theo kế hoạch")
    for text in ("Quy chế quy định tại Điều 7:", "1. Để lại 85%.", "2. Trích 15%.", "3. Nộp 0%.", "4. Dự phòng."):
        anchor.insert_paragraph_before(text)
    anchor.insert_paragraph_before("3. Kinh phí")


def _note_after_end(document: DocxDocument) -> None:
    _find(document, "Thực hiện theo kế hoạch")._p.addnext(_body(document, "(Ban Chấp hành gửi kèm danh sách.)")._p)


def _blank_after_type(document: DocxDocument) -> None:
    _find(document, "KẾ HOẠCH")._p.addnext(_add(document, "")._p)


def _recipients_below(document: DocxDocument) -> None:
    """The closing table's first row holds «Nơi nhận:» and the authority, its second row the items and the name."""
    table = document.tables[-1]
    row = table.add_row()
    for item in ("- LĐLĐ tỉnh (để b/c);", "- Lưu: VT, CĐCS."):
        paragraph = _find(document, item)
        row.cells[0]._tc.append(paragraph._p)
    row.cells[1]._tc.append(_find(document, "Nguyễn Văn An")._p)
    for cell in row.cells:
        first = cell.paragraphs[0]
        if not first.text:
            first._p.getparent().remove(first._p)


def _addressees(document: DocxDocument) -> None:
    """A «Kính gửi:» line and a long addressee under it, indented 5.75 cm, neither justified nor indented first."""
    anchor = _find(document, "I. MỤC ĐÍCH")
    anchor.insert_paragraph_before("Kính gửi:")
    addressee = anchor.insert_paragraph_before(
        "- Các hội: Hội Cựu giáo chức, Hội Bảo vệ thiên nhiên và môi trường, Hội Người mù, Hội Nạn nhân chất độc da cam;"
    )
    addressee.paragraph_format.left_indent = Cm(5.75)


PASSING: list[tuple[str, Callable[[DocxDocument], None]]] = [
    # a sentence that opens by citing an article is no article heading («Điều 32.» and its title; spec §6.1)
    (
        "a paragraph opening with «Điều 32 Nghị định số …»",
        _retext(BODY[:30], "Điều 32 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định hồ sơ."),
    ),
    ("a paragraph opening with «Điều 21, điểm b …»", _retext(BODY[:30], "Điều 21, điểm b khoản 5 Điều 32 quy định.")),
    ("a paragraph opening with «Điều 5 quy định»", _retext(BODY[:30], "Điều 5 quy định việc tổ chức hội nghị.")),
    ("a paragraph opening with a number «1.000 đoàn viên»", _retext(BODY[:30], "1.000 đoàn viên dự hội thao năm nay.")),
    ("CỘNG HOÀ spelling", _retext("CỘNG HÒA", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
    ("Quốc hiệu split over runs", _split_runs),
    ("Quốc hiệu upper case through the caps property", _caps_property),
    (
        "Quốc hiệu and Tiêu ngữ 13/14 pt",
        lambda d: (_runs("CỘNG HÒA", size=Pt(13))(d), _runs("Độc lập", size=Pt(14))(d)),
    ),
    ("draft number", _retext("Số:", "Số:      /KH-CĐCS")),
    ("CĐ inside the ORG code", _retext("Số:", "Số: 09/KH-CĐVC")),
    ("number above 99", _retext("Số:", "Số: 125/KH-CĐCS")),
    ("draft date", _retext("Đồng Nai, ngày", "Đồng Nai, ngày      tháng      năm 2026")),
    ("February with zero", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 28 tháng 02 năm 2026")),
    ("full city name", _retext("Đồng Nai, ngày", "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2026")),
    (
        "a unit named by its number (ND30 Phụ lục I II.4.a)",
        _retext("Đồng Nai, ngày", "Quận 6, ngày 16 tháng 10 năm 2019"),
    ),
    ("a ward named by its number", _retext("Đồng Nai, ngày", "Phường 12, ngày 05 tháng 01 năm 2026")),
    ("landscape appendix section", _landscape_appendix),
    ("TL. before a collective", _retext("TM. BAN", "TL. BAN CHẤP HÀNH")),
    ("KT. before a title", _retext("TM. BAN", "KT. CHỦ TỊCH")),
    ("Word list a) b) c) d) đ) is not possible, four items are", _word_list_letters(4)),
    (
        "Word list A. B. C. D. in upperLetter: capital letters, no Roman C (held-out k08)",
        _word_list_letters(4, "upperLetter"),
    ),
    ("answers A. B. C. D. typed: «C.» is no Roman 100 (held-out k09)", _answer_letters),
    ("a point a. in its labelled item's line, then b) (held-out k08, k09)", _labelled_points),
    ("a point typed «a, », the next «b) » (held-out 7 p04)", _retext("a) ", "a, " + BODY)),
    ("indent 1 cm", _paragraph(BODY[:20], first_line_indent=Cm(1))),
    ("line spacing 1.5", _paragraph(BODY[:20], line_spacing=1.5)),
    ("ruled data table in the body", _schedule("Table Grid")),
    ("bold face named as a font of its own (a converted .doc)", _runs("I. MỤC ĐÍCH", name="Times New Roman Bold")),
    ("tick box in Wingdings 2 (sources 01)", _runs("2. Yêu cầu", name="Wingdings 2")),
    (
        "a font named with its fallbacks (held-out d07)",
        _runs("I. MỤC ĐÍCH", name="Times New Roman Bold;Times New Roman"),
    ),
    ("a quoted passage numbered on its own (held-out d13)", _quotation),
    ("a quotation over paragraphs with its own numbers (held-out g09)", _quoted_passage),
    ("a cited list restarted at 1, then the document's next number (held-out g09)", _cited_list),
    ("a quotation across the document's own next item (an imported m19 built)", _quotation_across_a_heading),
    ("a body line «Thời gian: 14h00, ngày …» (held-out d12)", _retext(BODY[:20], "Thời gian: 14h00, ngày 22/01/2026.")),
    ("first line indented by a tab (m11, m14, m20)", _tab_indent),
    ("first line indented by a space and a tab (held-out g13)", _space_tab_indent),
    (
        "a block indent of 1.27 cm, no first-line indent (held-out 7 p05)",
        _paragraph(BODY[:20], left_indent=Cm(1.27), first_line_indent=Cm(0)),
    ),
    ("a number in the even footer, never printed without evenAndOddHeaders (held-out g14)", _even_footer(False)),
    ("an empty line between the tên loại and the trích yếu (held-out e13)", _blank_after_type),
    ("a note in brackets after the last sentence (held-out f04, f11)", _note_after_end),
    ("Nơi nhận items in the row under the label (held-out e15)", _recipients_below),
    (
        "a body table quoting «Nơi nhận:» before the real one (ND30 Phụ lục I imported, then built)",
        _quoted_closing_sample,
    ),
    ("indented addressees under Kính gửi (m12)", _addressees),
    (
        "a last sentence «Kính gửi … tổng hợp./.» (held-out 5 g06 imported and built)",
        _retext("Thực hiện theo kế hoạch", "Kính gửi Liên đoàn Lao động tỉnh tổng hợp./."),
    ),
    (
        "a note set beside a Nơi nhận item, after its «;» (held-out g08)",
        _retext("- LĐLĐ tỉnh", "- LĐLĐ tỉnh (để b/c);       Để báo cáo"),
    ),
]


def _chapters(*articles: str) -> Callable[[DocxDocument], None]:
    """The two Mục made Chương I and II, their four khoản made Điều with these numbers."""
    headings = ("1. Mục đích", "2. Yêu cầu", "1. Tuyên truyền", "2. Thi đua")

    def edit(document: DocxDocument) -> None:
        _retext("I. MỤC ĐÍCH", "Chương I")(document)
        _retext("II. NỘI DUNG", "Chương II")(document)
        for heading, number in zip(headings, articles, strict=True):
            _retext(heading, f"Điều {number}. {heading.split(' ', 1)[1]}")(document)

    return edit


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        (("1", "2", "3", "4"), []),
        (("1", "2", "1", "2"), ["Điều được đánh số lại từ «Điều 1» sau «Chương II» (trước đó đã đến Điều 2)."]),
        (("1", "2", "4", "5"), ["Số thứ tự «4» không liền sau mục trước (bị nhảy hoặc đảo thứ tự)."]),
    ],
    ids=["continuous through the chapters", "restarts in Chương II", "skips Điều 3"],
)
def test_articles_are_numbered_through_the_whole_document(tmp_path: Path, articles, expected) -> None:
    document = good_document()
    _chapters(*articles)(document)
    assert [f.message for f in report_of(document, tmp_path).findings if f.rule == "danh-so"] == expected


@pytest.mark.parametrize(("case", "edit"), PASSING, ids=[c for c, _ in PASSING])
def test_legitimate_variant_stays_clean(tmp_path: Path, case: str, edit: Callable[[DocxDocument], None]) -> None:
    document = good_document()
    edit(document)
    assert [str(f) for f in report_of(document, tmp_path).findings] == []


def test_word_list_letters_skip_d_stroke_and_print_f(tmp_path: Path) -> None:
    document = good_document()
    _word_list_letters(6)(document)
    messages = [f.message for f in report_of(document, tmp_path).findings if f.rule == "danh-so"]
    assert any("«e» không liền sau" in m for m in messages), messages
    assert any("«f» không có trong bảng chữ cái" in m for m in messages), messages


def party_header(document: DocxDocument) -> None:
    """The Party title in the Quốc hiệu's place, no Tiêu ngữ, HD 36's Số line and its 15 pt tên loại."""
    _retext("CỘNG HÒA", "ĐẢNG CỘNG SẢN VIỆT NAM")(document)
    _retext("Độc lập", "")(document)
    _retext("Số:", "Số 09-KH/CB")(document)
    _runs("KẾ HOẠCH", size=Pt(15))(document)


Cells = list[list[tuple[str, float, bool, bool]]]


def _tab_laid(document: DocxDocument, table: int, rows: Cells, gap: str) -> None:
    """Replace table number `table` by paragraphs whose cells (text, size, bold, italic) are separated by `gap`."""
    element = document.tables[table]._tbl
    for row in rows:
        paragraph = Paragraph(OxmlElement("w:p"), document._body)
        element.addprevious(paragraph._p)
        for index, (text, size, bold, italic) in enumerate(row):
            run = paragraph.add_run((gap if index else "") + text)
            run.font.size, run.bold, run.italic = Pt(size), bold, italic
    element.getparent().remove(element)


def test_tab_laid_header_is_located(tmp_path: Path) -> None:
    document = good_document()
    _tab_laid(
        document,
        0,
        [
            [("LĐLĐ TỈNH ĐỒNG NAI", 12, False, False), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False)],
            [("CÔNG ĐOÀN CƠ SỞ CÔNG TY AN PHÚ", 12, True, False), ("Độc lập - Tự do - Hạnh phúc", 13, True, False)],
            [("Số: 09/KH-CĐCS", 13, False, False), ("Đồng Nai, ngày 05 tháng 01 năm 2026", 13, False, True)],
        ],
        "\t",
    )
    report = report_of(document, tmp_path)
    header_rules = {"quoc-hieu", "ngay-thang", "so-ky-hieu"}
    assert [str(f) for f in report.findings if f.rule in header_rules] == []
    assert {f.rule for f in report.findings} <= {"tieu-ngu", "co-quan-ban-hanh"}  # lines under them are not drawn here


def test_coverage_names_what_was_not_evaluated(tmp_path: Path) -> None:
    document = good_document()
    _retext("Đồng Nai, ngày", "Đồng Nai, ngày      tháng      năm      ")(document)
    report = report_of(document, tmp_path)
    assert "dia-danh-2025 (không xác định được ngày ban hành)" in report.coverage()
    assert report.to_json()["not_evaluated"][0]["rule"] == "dia-danh-2025"


def _tab_laid_closing(document: DocxDocument, authority: str) -> None:
    """Replace the closing table with tab-laid paragraphs: nơi nhận on the left, signature after tabs."""
    _tab_laid(
        document,
        1,
        [
            [("Nơi nhận:", 12, True, True), (authority, 14, True, False)],
            [("- LĐLĐ tỉnh (để b/c);", 11, False, False), ("CHỦ TỊCH", 14, True, False)],
            [("- Lưu: VT, CĐCS.", 11, False, False)],
            [],
            [("", 11, False, False), ("Nguyễn Văn An", 14, True, False)],
        ],
        "\t\t\t",
    )


@pytest.mark.parametrize(
    ("authority", "expected"),
    [
        ("TM. BAN CHẤP HÀNH", []),
        ("KT. BAN CHẤP HÀNH", ["«KT.» phải đứng trước chức vụ"]),
    ],
)
def test_tab_laid_closing(tmp_path: Path, authority: str, expected: list[str]) -> None:
    document = good_document()
    _tab_laid_closing(document, authority)
    report = report_of(document, tmp_path)
    assert [f.message.split(" của người")[0] for f in report.findings] == expected
    assert {"chu-ky", "noi-nhan"} <= set(report.evaluated)


@pytest.mark.parametrize(
    ("attached", "expected"),
    [
        ("(Kèm theo Kế hoạch số 09/KH-CĐCS ngày 05/01/2026 của Công đoàn cơ sở Công ty An Phú)", []),
        ("(Kèm theo Kế hoạch số 09/KH-CĐCS ngày 05 tháng 01 năm 2026 của Công đoàn cơ sở)", []),
        (
            "(Kèm theo Kế hoạch số 12/KH-CĐCS ngày 05/01/2026 của Công đoàn cơ sở Công ty An Phú)",
            ["Dòng «Kèm theo» dẫn số 12/KH-CĐCS, khác số của văn bản (09/KH-CĐCS)."],
        ),
        (
            "(Kèm theo Kế hoạch số 09/KH-CĐCS ngày 20/12/2025 của Công đoàn cơ sở Công ty An Phú)",
            ["Dòng «Kèm theo» dẫn ngày 20/12/2025, khác ngày của văn bản (05/01/2026)."],
        ),
        ("(Kèm theo Kế hoạch số      /KH-CĐCS ngày      /01/2026 của Công đoàn cơ sở)", []),
    ],
    ids=["same number and date", "date in words", "another number", "another date", "left blank for the clerk"],
)
def test_annex_cites_the_documents_own_number_and_date(tmp_path: Path, attached: str, expected: list[str]) -> None:
    document = good_document()
    _annex(attached)(document)
    assert [f.message for f in report_of(document, tmp_path).findings if f.rule == "kem-theo"] == expected


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("PHIẾU TRÌNH", "mẫu nội bộ"),
        ("PHIẾU  TRÌNH", "mẫu nội bộ"),
        ("PHIẾU CHUYỂN", "mẫu nội bộ"),
        ("ĐƠN GIA NHẬP CÔNG ĐOÀN", "đơn của cá nhân"),
        ("ĐƠN", "đơn của cá nhân"),
        ("THỎA ƯỚC LAO ĐỘNG TẬP THỂ", "thỏa thuận giữa hai bên"),
        ("GIẤY ĐỀ NGHỊ", "giấy đề nghị của cá nhân"),  # a chứng từ (held-out k06, k07)
        ("GIẤY ĐỀ NGHỊ THANH TOÁN", "giấy đề nghị của cá nhân"),
        ("GIẤY XÁC NHẬN", "không thuộc bốn loại giấy của ND30"),  # none of ND30 Điều 7's four (held-out 7)
    ],
)
def test_an_internal_form_is_judged_only_for_its_font_paper_and_tables(tmp_path: Path, name: str, reason: str) -> None:
    """A phiếu trình, a đơn, a thỏa ước, a giấy other than ND30's four (Điều 7: ủy quyền, mời, giới thiệu, nghỉ
    phép) are no ND30 type (spec §5.2): their margins and sizes follow other rules (held-out 7 p14)."""
    document = good_document()
    _retext("KẾ HOẠCH", name)(document)
    section = document.sections[0]
    section.top_margin = Mm(5)  # as the real phiếu trình of tests/fixtures/corpus/more/m10 has
    section.page_width = Mm(216)
    report = report_of(document, tmp_path)
    assert report.evaluated == ["phong-chu", "kho-giay", "vien-bang"]
    assert [f.rule for f in report.findings] == ["kho-giay"]
    assert all(reason in s.reason for s in report.skipped)


@pytest.mark.parametrize("name", ["BẢN THỎA THUẬN", "THỎA THUẬN", "PHIẾU GỬI", "GIẤY MỜI", "GIẤY GIỚI THIỆU"])
def test_words_that_only_begin_like_a_form_are_nd30_types(tmp_path: Path, name: str) -> None:
    document = good_document()
    _retext("KẾ HOẠCH", name)(document)
    assert "quoc-hieu" in report_of(document, tmp_path).evaluated


def _without_issuer(number: bool) -> Callable[[DocxDocument], None]:
    """Empty the issuer's cell (and the Số line unless `number`): a paper under the Quốc hiệu of no body."""

    def edit(document: DocxDocument) -> None:
        for start in ("LĐLĐ TỈNH", "CÔNG ĐOÀN CƠ SỞ", *(() if number else ("Số:",))):
            _retext(start, "")(document)

    return edit


@pytest.mark.parametrize(
    ("number", "judged"),
    [(False, ["phong-chu", "kho-giay", "vien-bang"]), (True, None)],
    ids=["no issuer, no Số: a paper of persons (held-out k12, k15)", "no issuer but a Số: a body's, judged"],
)
def test_a_paper_of_persons_is_judged_as_a_form(tmp_path: Path, number: bool, judged: list[str] | None) -> None:
    """ND30 governs the documents of bodies (Điều 1, 2), each naming its issuer and carrying a Số (Điều 8)."""
    document = good_document()
    _without_issuer(number)(document)
    _retext("KẾ HOẠCH", "VĂN BẢN THOẢ THUẬN VỀ VIỆC CHIA TÀI SẢN CHUNG CỦA VỢ CHỒNG")(document)
    report = report_of(document, tmp_path)
    if judged is None:
        assert "co-quan-ban-hanh" in report.evaluated and any(f.rule == "co-quan-ban-hanh" for f in report.findings)
    else:
        assert report.evaluated == judged
        assert all("giấy tờ của cá nhân" in s.reason for s in report.skipped)


def test_a_date_line_below_the_title_is_not_the_headers(tmp_path: Path) -> None:
    """ND30 prints the date line in the header, above the tên loại (Phụ lục I, ô 4): one by the signatures below the
    title (a form's, held-out k06) is not it, and the title is still found."""
    document = good_document()
    _retext("Đồng Nai, ngày", "")(document)
    below = _find(document, "Tổ chức các hoạt động")._p.getnext()
    date = copy.deepcopy(_find(document, "Tổ chức các hoạt động")._p)
    below.addnext(date)
    Paragraph(date, None).runs[0].text = "Đồng Nai, ngày 05 tháng 01 năm 2026"
    messages = {f.rule: f.message for f in report_of(document, tmp_path).findings}
    assert "ten-loai" not in messages
    assert messages["ngay-thang"].startswith("Thiếu dòng địa danh")


def test_a_real_phieu_trinh_gets_no_nd30_findings() -> None:
    report = check_file(FIXTURES / "corpus" / "more" / "m10_vp-ubnd-lam-dong-phieu-trinh-4409.docx")
    assert (report.findings, report.evaluated) == ([], ["phong-chu", "kho-giay", "vien-bang"])


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("(Kèm theo Kế hoạch số 09/KH-CĐCS ngày 05/01/2026 của Công đoàn cơ sở Công ty An Phú)", []),
        ("Ban hành cùng kế hoạch năm 2026", ["Không tìm thấy phần đầu văn bản"]),
    ],
    ids=["annex with its reference line", "no reference line"],
)
def test_an_annex_printed_as_a_file_of_its_own_has_no_header_to_judge(
    tmp_path: Path, reference: str, expected: list[str]
) -> None:
    """Spec §10: a phụ lục in a separate file opens with «Phụ lục», its title and «(Kèm theo …)» (corpus 08)."""
    document = Document()
    for text in ("Phụ lục I", "DANH SÁCH ĐOÀN VIÊN ĐƯỢC KHEN THƯỞNG", reference, BODY):
        document.add_paragraph(text)
    report = report_of(document, tmp_path)
    assert [f.message.split(" (")[0] for f in report.findings if f.rule == "quoc-hieu"] == expected
    assert ("quoc-hieu" in {s.rule for s in report.skipped}) == (not expected)


def _minutes(document: DocxDocument) -> None:
    """A biên bản as ND30 Phụ lục III Mẫu 1.9 lays it out: Số, no date line, THƯ KÝ and CHỦ TỌA side by side."""
    _retext("KẾ HOẠCH", "BIÊN BẢN")(document)
    _retext("Số:", "Số: 09/BB-CĐCS")(document)
    _retext("Đồng Nai, ngày", "")(document)
    _retext("TM. BAN", "THƯ KÝ\t\t\t\tCHỦ TỌA")(document)
    _retext("CHỦ TỊCH", "")(document)


def test_a_biên_bản_has_no_date_line(tmp_path: Path) -> None:
    document = good_document()
    _minutes(document)
    report = report_of(document, tmp_path)
    assert [f.message for f in report.findings if f.rule == "ngay-thang"] == []
    assert any("Mẫu 1.9" in s.reason for s in report.skipped if s.rule == "ngay-thang")


def test_another_type_without_a_date_line_is_reported(tmp_path: Path) -> None:
    document = good_document()
    _retext("Đồng Nai, ngày", "")(document)
    assert any(f.rule == "ngay-thang" and "Thiếu dòng" in f.message for f in report_of(document, tmp_path).findings)


def test_the_secretary_and_chair_line_is_the_closing_not_the_body(tmp_path: Path) -> None:
    """Sources 04: «THƯ KÝ … CHỦ TRÌ HỘI NGHỊ» without TM. was read as the last body sentence (ket-thuc)."""
    document = good_document()
    closing = document.tables[-1]._tbl
    closing.getparent().remove(closing)
    document.add_paragraph("THƯ KÝ\t\t\t\tCHỦ TRÌ HỘI NGHỊ").runs[0].bold = True
    report = report_of(document, tmp_path)
    assert [f.message for f in report.findings if f.rule == "ket-thuc"] == []


@pytest.mark.parametrize(
    ("chair", "expected"),
    [
        ("CHỦ TỊCH HỘI ĐỒNG KHOA HỌC", []),
        ("TỔ TRƯỞNG", []),
        ("Nguyễn Văn An", ["than-van-ban", "than-van-ban", "ket-thuc"]),  # no title beside THƯ KÝ: not the pair
    ],
    ids=["chair of a council", "head of a team", "a name only"],
)
def test_a_row_of_secretary_and_chair_is_the_closing(tmp_path: Path, chair: str, expected: list[str]) -> None:
    """Held-out 7 p01, p02: a biên bản signed «THƯ KÝ» and the chair's title in the two cells of a table row (ND30
    Phụ lục III Mẫu 1.9, «CHỦ TỌA» written as the office) with a phụ lục after it: the phụ lục's title is neither
    the body's last sentence nor prose."""
    document = good_document()
    closing = document.tables[-1]._tbl
    closing.getparent().remove(closing)
    signers = document.add_table(rows=1, cols=2)
    _add(signers.cell(0, 0), "THƯ KÝ", bold=True, first=True)
    _add(signers.cell(0, 0), "Trần Văn Bình", bold=True)
    _add(signers.cell(0, 1), chair, bold=True, first=True)
    _add(signers.cell(0, 1), "Nguyễn Văn An", bold=True)
    _add(document, "PHỤ LỤC", bold=True)
    _add(document, "Danh mục, số lượng, chủng loại và tiêu chí kỹ thuật cơ bản của vật tư y tế cần mua sắm năm 2026")
    report = report_of(document, tmp_path)
    assert [f.rule for f in report.findings if f.rule in {"ket-thuc", "than-van-ban"}] == expected


def test_v_v_under_a_type_name_is_that_documents_trich_yeu(tmp_path: Path) -> None:
    """Sources 02: a tờ trình's «V/v …» under TỜ TRÌNH is its trích yếu (bold, 13–14 pt), not a công văn's."""
    document = good_document()
    _retext("KẾ HOẠCH", "TỜ TRÌNH")(document)
    _retext("Số:", "Số: 09/TTr-CĐCS")(document)
    _retext("Tổ chức các hoạt động", "V/v tổ chức các hoạt động Tháng Công nhân năm 2026")(document)
    report = report_of(document, tmp_path)
    assert "ten-loai" in report.evaluated
    assert [str(f) for f in report.findings if f.rule in {"ten-loai", "trich-yeu"}] == []


def test_a_document_issued_with_a_quyet_dinh_has_no_number_date_or_signature(tmp_path: Path) -> None:
    """ND30 Phụ lục III, the sample after Mẫu 1.3 (held-out c13): «(Kèm theo Quyết định số …)» under the trích yếu
    instead of a Số, a date, a signature; the short line goes under the reference line."""
    document = good_document()
    _retext("KẾ HOẠCH", "QUY CHẾ")(document)
    _retext("Số:", "")(document)
    _retext("Đồng Nai, ngày", "")(document)
    reference = _add(
        document, "(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 05/01/2026 của Ban Chấp hành Công đoàn cơ sở)", italic=True
    )
    _find(document, "Tổ chức các hoạt động")._p.addnext(reference._p)
    closing = document.tables[-1]._tbl
    closing.getparent().remove(closing)
    report = report_of(document, tmp_path)
    touched = {"so-ky-hieu", "ngay-thang", "chu-ky", "noi-nhan", "trich-yeu"}
    assert [str(f) for f in report.findings if f.rule in touched] == []
    assert {s.rule for s in report.skipped if "kèm theo quyết định" in s.reason} == {
        "so-ky-hieu",
        "ngay-thang",
        "chu-ky",
        "noi-nhan",
    }


def test_an_attached_forms_header_ends_the_body(tmp_path: Path) -> None:
    """Sources 01: a mẫu's miniature header («CÔNG TY … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM», 12 pt) and the form
    under it are not body text."""
    document = good_document()
    anchor = _find(document, "Thực hiện theo kế hoạch")
    form = _add(document, "CÔNG TY ………………… CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12)
    anchor._p.addnext(form._p)  # the form's header after the last body sentence
    report = report_of(document, tmp_path)
    assert [str(f) for f in report.findings if f.rule in {"co-chu-than", "ket-thuc"}] == []


def test_a_quyet_dinh_authority_line_is_neither_trich_yeu_nor_prose(tmp_path: Path) -> None:
    """ND30 Mẫu 1.2 (held-out d10): «TRƯỞNG BAN …» in capitals under the trích yếu's line is the issuing authority."""
    document = good_document()
    _retext("KẾ HOẠCH", "QUYẾT ĐỊNH")(document)
    _retext("Số:", "Số: 09/QĐ-CĐCS")(document)
    authority = _add(
        document,
        "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY AN PHÚ, NHIỆM KỲ 2023 - 2028, CĂN CỨ ĐIỀU LỆ CÔNG ĐOÀN VIỆT NAM",
        bold=True,
    )
    _find(document, "Tổ chức các hoạt động")._p.getnext().addnext(authority._p)  # under the trích yếu's line
    report = report_of(document, tmp_path)
    assert [str(f) for f in report.findings if f.rule in {"trich-yeu", "than-van-ban"}] == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("Số: 07/2025/QĐ-UBND", []),
        ("Số: 12/2025/NQ-HĐND", []),
        ("Số: 07/2025/QĐ-CĐCS", ["Ký hiệu văn bản hành chính không ghi năm"]),
        ("Số: 07/2025/KH-UBND", ["Ký hiệu văn bản hành chính không ghi năm"]),
        ("Số: 09/2009/CT-UBND", []),  # Luật Ban hành văn bản QPPL của HĐND, UBND 2004, Điều 1 (held-out 8 q02)
        ("Số: 09/2016/CT-UBND", ["Ký hiệu văn bản hành chính không ghi năm"]),  # the 2015 law, from 01/7/2016
    ],
    ids=[
        "quyết định of a UBND",
        "nghị quyết of a HĐND",
        "quyết định of a union",
        "kế hoạch of a UBND",
        "chỉ thị of a UBND before 2016",
        "chỉ thị of a UBND from 2016",
    ],
)
def test_a_normative_decision_carries_its_year(tmp_path: Path, number: str, expected: list[str]) -> None:
    """Luật Ban hành văn bản QPPL 2025, Điều 4: a quyết định of a UBND, a nghị quyết of a HĐND … is quy phạm and its
    number carries the year (held-out 7 p15, «Số: 07/2025/QĐ-UBND»), as a UBND's chỉ thị did before 2016; an
    administrative paper's does not (§5.1 so-ky-hieu)."""
    document = good_document()
    _retext("Số:", number)(document)
    findings = report_of(document, tmp_path).findings
    assert [f.message.split(" (")[0] for f in findings if f.rule == "so-ky-hieu" and "năm" in f.message] == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [(True, []), (False, ["Trang chính đặt khổ ngang; chỉ phụ lục có bảng rộng mới được đặt ngang."])],
    ids=["a data table in the body", "prose only"],
)
def test_a_text_whose_content_is_a_table_may_be_landscape(tmp_path: Path, table: bool, expected: list[str]) -> None:
    """ND30 Phụ lục I I.2 (spec §1): «trường hợp nội dung văn bản có các bảng, biểu nhưng không được làm thành các
    phụ lục riêng thì văn bản có thể được trình bày theo chiều rộng» (held-out p13, a danh sách trích ngang)."""
    document = good_document()
    _section(orientation=WD_ORIENT.LANDSCAPE, page_width=Mm(297), page_height=Mm(210))(document)
    if table:
        _schedule("Table Grid")(document)
    assert [f.message for f in report_of(document, tmp_path).findings if f.rule == "kho-giay"] == expected


def test_an_annex_file_may_be_landscape(tmp_path: Path) -> None:
    """Spec §10: a phụ lục with a wide table is laid landscape, also when it is printed as a file of its own (d04)."""
    document = Document()
    section = document.sections[0]
    section.orientation, section.page_width, section.page_height = WD_ORIENT.LANDSCAPE, Mm(297), Mm(210)
    for text in (
        "PHỤ LỤC",
        "BIỂU THỐNG KÊ SỐ LIỆU",
        "(Kèm theo Báo cáo số 12/BC-CĐCS ngày 05/01/2026 của Công đoàn cơ sở)",
        BODY,
    ):
        document.add_paragraph(text)
    report = report_of(document, tmp_path)
    assert [f.message for f in report.findings if f.rule == "kho-giay"] == []
    assert [f.message for f in report.findings if f.rule == "than-van-ban" and "Kèm theo" in f.excerpt] == []


def test_a_list_issued_with_a_quyet_dinh_is_an_attached_file(tmp_path: Path) -> None:
    """Held-out e11: «DANH SÁCH …» over «(Kèm theo Quyết định số …)», landscape, its title 16 pt: no header to
    judge, the page may be landscape, the title is not body text."""
    document = Document()
    section = document.sections[0]
    section.orientation, section.page_width, section.page_height = WD_ORIENT.LANDSCAPE, Mm(297), Mm(210)
    for text in ("DANH SÁCH BAN VẬN ĐỘNG", "(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 05/01/2026 của Ban Chấp hành)"):
        document.add_paragraph(text).runs[0].font.size = Pt(16)
    report = report_of(document, tmp_path)
    assert [str(f) for f in report.findings if f.rule in {"quoc-hieu", "kho-giay", "co-chu-than"}] == []


def test_a_title_laid_as_lines_of_one_paragraph(tmp_path: Path) -> None:
    """Held-out f10: «QUY CHẾ» / its trích yếu / «(Kèm theo Quyết định …)» as line breaks of one paragraph."""
    document = good_document()
    _retext("Số:", "")(document)
    _retext("Đồng Nai, ngày", "")(document)
    title = _find(document, "KẾ HOẠCH")
    title.runs[
        0
    ].text = "QUY CHẾ\nHoạt động của Ban Chấp hành Công đoàn cơ sở nhiệm kỳ 2023 - 2028\n(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 05/01/2026)"
    summary = _find(document, "Tổ chức các hoạt động")
    summary._p.getparent().remove(summary._p)
    report = report_of(document, tmp_path)
    assert [str(f) for f in report.findings if f.rule in {"ten-loai", "trich-yeu", "so-ky-hieu", "ngay-thang"}] == []


def _printed(*lines: str) -> list[Page]:
    """One A4 page whose lines are printed 8 mm apart from 20 mm down, 20 mm from the left edge."""
    words = [
        Word(text, 20.0 + 10 * index, 28.0 + 10 * index, 16.0 + 8 * row, 20.0 + 8 * row, "TimesNewRomanPSMT")
        for row, line in enumerate(lines)
        for index, text in enumerate(line.split())
    ]
    return [Page(1, 210.0, 297.0, tuple(words))]


@pytest.mark.parametrize(
    ("lines", "evaluated"),
    [
        (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐƠN ĐỀ NGHỊ"), ["pdf-kho-giay"]),
        (
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH"),
            [r for r, _, _ in PDF_RULES],
        ),
    ],
    ids=["a đơn (held-out k13): its paper only", "a kế hoạch: every rule"],
)
def test_a_pdf_form_is_judged_as_the_docx_checker_judges_it(lines: tuple[str, ...], evaluated: list[str]) -> None:
    report = check_pages(Path("giay.pdf"), _printed(*lines))
    assert report.evaluated == evaluated
    assert [f.rule for f in report.findings if f.rule not in evaluated] == []


@pytest.mark.parametrize(
    ("line", "prefix"),
    [
        ("KT. CHỦ TỊCH", ("KT", ".")),
        ("KT.TRƯỞNG PHÒNG", ("KT", ".")),
        ("KT CHỦ TỊCH", ("KT", None)),  # no dot: reported (ND30 II.7.a)
        ("T/M BAN THƯỜNG VỤ", ("T/M", None)),
        ("QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", None),  # a form's placeholder is no «Q» (an imported ND30 sample)
        ("TMĐT", None),
    ],
)
def test_the_authority_prefix_stands_alone(line: str, prefix: tuple[str, str | None] | None) -> None:
    from generator.checking.rules_closing import PREFIX

    match = PREFIX.match(line)
    assert (match["p"], match["dot"]) == prefix if prefix else match is None
