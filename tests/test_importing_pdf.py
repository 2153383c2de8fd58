"""`vanban import` of PDFs: the V/v of a công văn wrapped in the narrow left column.

The PDFs are made here: a công văn written with python-docx in several paragraph layouts (ND30 Phụ lục I II.6.b:
justified with a first-line indent; ragged right; no indent but 6 pt between paragraphs; 1.5 lines), printed by
LibreOffice; the wording is the tests' own. m19 is the real PDF of tests/fixtures/corpus/more.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from pdf_layout import NO_SOFFICE, SOFFICE_TIMEOUT_S

from generator.exporting.pdf import convert
from generator.importing import read_document

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
