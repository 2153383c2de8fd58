"""Causes of the false findings of the eighth held-out set (tests/fixtures/corpus/check-held-out-8/INDEX.md), each as
a table of the good document edited (test_checking.py) or of printed pages: the case that was reported falsely and
the case that must still be reported. The line cases are in test_checking_lines.py, the «Lưu» line's count in
test_checking_party.py, the chỉ thị's year in test_checking.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.text.paragraph import CT_P
from docx.shared import Pt
from docx.table import _Cell
from test_checking import BODY, _add, _body, _find, _printed, _retext, good_document, report_of

from generator.checking.papers import LEGACY_REASON, LEGACY_RULES
from generator.checking.pdf import ATTACHED_FILE, check_pages

VIEC = "tổ chức các hoạt động Tháng Công nhân năm 2026"


def _as_cong_van(document: DocxDocument, subject: str) -> None:
    """The good document as a công văn: no tên loại, the trích yếu under the Số line in the header's left cell."""
    for start in ("KẾ HOẠCH", "Tổ chức các hoạt động"):
        paragraph = _find(document, start)._p
        paragraph.getparent().remove(paragraph)
    _retext("Số:", "Số: 09/CĐCS-VP")(document)
    _add(document.tables[0].cell(1, 0), subject, 12)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [(f"V/v {VIEC}", []), (f"Về việc {VIEC}", ["Trích yếu công văn phải viết sau chữ «V/v», không viết «Về việc»."])],
    ids=["V/v", "Về việc written out (held-out 8 q10)"],
)
def test_a_cong_van_subject_written_out_is_its_trich_yeu(tmp_path: Path, subject: str, expected: list[str]) -> None:
    """§3 trich-yeu, ten-loai; ND30 Phụ lục I II.5.b («sau chữ “V/v”»): «Về việc …» under the Số line is the trích
    yếu of a công văn, which has no tên loại; it is not body text."""
    document = good_document()
    _as_cong_van(document, subject)
    report = report_of(document, tmp_path)
    assert [f.message for f in report.findings if f.rule in {"ten-loai", "trich-yeu", "co-chu-than"}] == expected
    assert "ten-loai" not in report.evaluated


def test_ve_viec_under_a_type_name_stays_its_trich_yeu(tmp_path: Path) -> None:
    """§3 trich-yeu: a centred «Về việc …» under KẾ HOẠCH is the plan's trích yếu, not a công văn's (held-out 8 q11)."""
    document = good_document()
    _retext("Tổ chức các hoạt động", f"Về việc {VIEC}")(document)
    report = report_of(document, tmp_path)
    assert "ten-loai" in report.evaluated
    assert [str(f) for f in report.findings if f.rule in {"ten-loai", "trich-yeu"}] == []


def _list_item(container: DocxDocument | _Cell, text: str) -> CT_P:
    paragraph = container.add_paragraph(text, style="List Number")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph._p


@pytest.mark.parametrize("rows", [0, 2], ids=["no table between", "two table rows of the same list between"])
def test_word_list_numbers_count_the_items_in_table_cells(tmp_path: Path, rows: int) -> None:
    """§6.2 danh-so (held-out 8 q07): Word's counter of a list runs through the table cells that use it, so the body
    item after two numbered rows prints «4.», which does not follow «1.»."""
    document = good_document()
    anchor = _find(document, "Thực hiện theo kế hoạch")
    added = [_list_item(document, BODY)]
    if rows:
        table = document.add_table(rows=rows, cols=2)
        for row in table.rows:
            _list_item(row.cells[0], "")
            row.cells[1].paragraphs[0].add_run("Nguyễn Văn An")
        added.append(table._tbl)
    added.append(_list_item(document, BODY))
    for element in added:
        anchor._p.addprevious(element)
    report = report_of(document, tmp_path)
    numbering = [f.message for f in report.findings if f.rule == "danh-so" and "«4»" in f.message]
    assert len(numbering) == (1 if rows else 0)


@pytest.mark.parametrize(
    ("reference", "evaluated"),
    [("(Đính kèm Quyết định số 29/QĐ-ĐHCNTT ngày 24/12/2012)", False), ("", True)],
    ids=["a list attached to a quyết định (held-out 8 q09)", "no reference line"],
)
def test_a_pdf_list_attached_to_a_decision_needs_no_quoc_hieu(reference: str, evaluated: bool) -> None:
    """§10, pdf-quoc-hieu: a phụ lục or danh sách printed as a file of its own names its document under its title
    instead of a header, as the .docx checker's phụ lục file (e11)."""
    lines = ("TRƯỜNG ĐẠI HỌC AN PHÚ", "DANH SÁCH SINH VIÊN NHẬN HỌC BỔNG", reference, "STT Họ và tên Mức tiền")
    report = check_pages(Path("danh-sach.pdf"), _printed(*[line for line in lines if line]))
    assert ("pdf-quoc-hieu" in report.evaluated) == evaluated
    assert any(f.rule == "pdf-quoc-hieu" for f in report.findings) == evaluated
    assert any(s.reason == ATTACHED_FILE for s in report.skipped) != evaluated


def _without_page_number(document: DocxDocument) -> None:
    header = document.sections[0].header.paragraphs[0]._p
    for child in list(header):
        if child.tag.endswith("fldSimple"):
            header.remove(child)


def _attached_form(document: DocxDocument, paragraphs: int) -> None:
    """A form with its own Quốc hiệu after the signature (a mẫu gửi kèm, spec §10), of `paragraphs` body lines."""
    _add(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)
    _add(document, "ĐƠN ĐĂNG KÝ", bold=True)
    for _ in range(paragraphs):
        _body(document, BODY)


@pytest.mark.parametrize(
    ("form", "rendered_break", "warned"),
    [(18, False, False), (30, False, True), (10, True, True)],
    ids=["a one-page plan and a one-page form (held-out 8 q10)", "a form of two pages", "a break Word rendered (q17)"],
)
def test_page_numbers_are_asked_of_a_document_longer_than_a_page(
    tmp_path: Path, form: int, rendered_break: bool, warned: bool
) -> None:
    """§9 so-trang (ND30 Phụ lục I I.7): each document of a file counts its own pages; the number is asked when one
    of them runs over a page, by its length or by a page break Word rendered inside it."""
    document = good_document()
    _without_page_number(document)
    _attached_form(document, form)
    if rendered_break:
        document.paragraphs[-2].runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    report = report_of(document, tmp_path)
    assert any(f.rule == "so-trang" and "dài hơn một trang" in f.message for f in report.findings) == warned


@pytest.mark.parametrize(
    ("spaces", "reported"),
    [(0, False), (57, False), (10, True), (90, True)],
    ids=["centred", "57 spaces to the middle (held-out 8 q11)", "10 spaces", "90 spaces, past the middle"],
)
def test_a_type_name_spaced_to_the_middle_is_centred(tmp_path: Path, spaces: int, reported: bool) -> None:
    """§3 ten-loai (ND30 Phụ lục I II.5.a, «canh giữa»): KẾ HOẠCH in 14 pt bold is about 70 pt wide, the text width
    468 pt; 57 spaces of 3.5 pt set it 199 pt in, its middle at the page's."""
    document = good_document()
    title = _find(document, "KẾ HOẠCH")
    if spaces:
        title.alignment = WD_ALIGN_PARAGRAPH.LEFT
        title.runs[0].text = " " * spaces + "KẾ HOẠCH"
    report = report_of(document, tmp_path)
    assert any(f.message == "Tên loại phải căn giữa." for f in report.findings) == reported


def test_a_file_in_tcvn3_fonts_is_judged_by_what_needs_no_reading(tmp_path: Path) -> None:
    """§1 phong-chu (held-out 8 q05): text typed in .VnTime cannot be read, so no component is looked for (no
    «Không tìm thấy phần đầu văn bản», no title judged as body); the font, paper, margins, page numbers are judged."""
    document = good_document()
    for paragraph in [*document.paragraphs, *(p for t in document.tables for c in t._cells for p in c.paragraphs)]:
        for run in paragraph.runs:
            run.font.name = ".VnTime"
    report = report_of(document, tmp_path)
    assert {f.rule for f in report.findings} == {"phong-chu"}
    assert set(report.evaluated) <= LEGACY_RULES
    assert {s.rule for s in report.skipped if s.reason == LEGACY_REASON} >= {"quoc-hieu", "co-chu-than", "ten-loai"}


@pytest.mark.parametrize(
    ("issuer", "reported"),
    [
        ("TRƯỜNG ĐẠI HỌC AN PHÚ", False),
        ("BỆNH VIỆN ĐA KHOA TỈNH", False),
        ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH", True),
        ("CÔNG ĐOÀN CƠ SỞ CÔNG TY AN PHÚ", True),
    ],
    ids=["a university (held-out 8 q17)", "a hospital", "a procuracy", "a union"],
)
def test_an_academic_title_is_left_to_education_health_and_science_bodies(
    tmp_path: Path, issuer: str, reported: bool
) -> None:
    """§7.1 chu-ky (ND30 Phụ lục I II.7.c): no học hàm, học vị before the signer's name, but for the tổ chức sự
    nghiệp giáo dục, y tế, khoa học the head of the sector decides, so «TS.» is no fault the checker can assert."""
    document = good_document()
    _retext("CÔNG ĐOÀN CƠ SỞ", issuer)(document)
    _retext("Nguyễn Văn An", "TS. Nguyễn Văn An")(document)
    for run in _find(document, "TS. Nguyễn").runs:
        run.bold, run.font.size = True, Pt(14)
    report = report_of(document, tmp_path)
    assert any(f.rule == "chu-ky" and "học hàm" in f.message for f in report.findings) == reported
