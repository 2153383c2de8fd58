"""The register printed as a .docx in the layout of the Sổ đăng ký văn bản đi (ND30 Phụ lục IV, I).

Page 1 is the cover (bìa và trang đầu): cơ quan chủ quản, cơ quan, SỔ ĐĂNG KÝ VĂN BẢN ĐI, năm,
từ ngày … đến ngày …, từ số … đến số …, quyển số. Then one table per sequence with the ten columns
of Phụ lục IV I.2 (the last three left for the văn thư to fill by hand when empty). A4 landscape
(spec §1: landscape is allowed for tables), Times New Roman on all four font channels, the
heading rows repeated on every page. A cancelled or reserved number keeps its row, marked in
the Ghi chú column, so the printed book shows no gap.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table

from ..doctypes import type_rows
from ..errors import Problem
from ..formatting import number_text
from ..loading import load_issuer
from .allocation import Register
from .entries import SHARED_SEQUENCE, Entry, Filter, Status
from .store import RegisterError

FONT = "Times New Roman"
# (column heading, width in mm); the widths fill 297 − 25 − 15 = 257 mm.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("Số, ký hiệu văn bản", 30),
    ("Ngày tháng văn bản", 24),
    ("Tên loại và trích yếu nội dung văn bản", 57),
    ("Người ký", 26),
    ("Nơi nhận văn bản", 28),
    ("Đơn vị, người nhận bản lưu", 22),
    ("Số lượng bản", 16),
    ("Ngày chuyển", 17),
    ("Ký nhận", 14),
    ("Ghi chú", 23),
)
TABLE_FONT_SIZE = Pt(11)


@dataclass(frozen=True)
class SheetHeading:
    """Phần bìa của sổ: tên cơ quan (các dòng), năm, quyển số."""

    name_lines: tuple[str, ...]
    year: int
    parent_lines: tuple[str, ...] = ()
    volume: int = 1


def render_sheet(entries: Sequence[Entry], heading: SheetHeading) -> bytes:
    """The .docx bytes of the register pages for `entries` (one issuer, one year)."""
    document = docx.Document()
    _page_setup(document)
    _fonts(document)
    _cover(document, entries, heading)
    by_sequence = [(name, list(group)) for name, group in groupby(entries, key=lambda e: e.sequence)]
    for index, (sequence, group) in enumerate(by_sequence):
        if len(by_sequence) > 1 or sequence != SHARED_SEQUENCE:
            _paragraph(
                document,
                f"Dãy số: {sequence}",
                bold=True,
                align=WD_ALIGN_PARAGRAPH.LEFT,
                space_before=0 if index == 0 else 12,
            )
        _table(document, group)
    document.core_properties.title = f"Sổ đăng ký văn bản đi năm {heading.year}"
    document.core_properties.author = "vanban"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_setup(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(25), Mm(15)


def _fonts(document: DocxDocument) -> None:
    """Times New Roman 12 pt in Normal, on ascii, hAnsi, eastAsia and cs (python-docx skips eastAsia)."""
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for channel in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(channel), FONT)
    style.paragraph_format.space_after = Pt(0)


def _paragraph(
    document: DocxDocument,
    text: str,
    bold: bool = False,
    size: float | None = None,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    space_before: float = 0,
) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_before = Pt(space_before)
    run = paragraph.add_run(text)
    run.bold = bold
    if size is not None:
        run.font.size = Pt(size)


def _cover(document: DocxDocument, entries: Sequence[Entry], heading: SheetHeading) -> None:
    """Bìa và trang đầu (ND30 Phụ lục IV, I.1)."""
    for line in heading.parent_lines:
        _paragraph(document, line.upper(), size=13)
    for line in heading.name_lines:
        _paragraph(document, line.upper(), bold=True, size=13)
    _paragraph(document, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", bold=True, size=20, space_before=72)
    _paragraph(document, f"Năm: {heading.year}", bold=True, size=14, space_before=12)
    dates = sorted(e.issue_date for e in entries if e.issue_date is not None)
    first, last = (f"{dates[0]:%d/%m/%Y}", f"{dates[-1]:%d/%m/%Y}") if dates else ("…………", "…………")
    numbers = [e.number for e in entries]
    low, high = (number_text(min(numbers)), number_text(max(numbers))) if numbers else ("……", "……")
    _paragraph(document, f"Từ ngày {first} đến ngày {last}", size=14, space_before=36)
    _paragraph(document, f"Từ số {low} đến số {high}", size=14, space_before=6)
    _paragraph(document, f"Quyển số: {number_text(heading.volume)}", size=14, space_before=6)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _table(document: DocxDocument, entries: Sequence[Entry]) -> None:
    """Nội dung đăng ký văn bản đi (ND30 Phụ lục IV, I.2): ten columns and the (1)…(10) row."""
    table = document.add_table(rows=2, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, (title, _width) in enumerate(COLUMNS):
        _cell_text(table, 0, index, [title], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _cell_text(table, 1, index, [f"({index + 1})"], align=WD_ALIGN_PARAGRAPH.CENTER)
    for row_index in (0, 1):
        _repeat_as_header(table, row_index)
    for entry in entries:
        table.add_row()
        for index, lines in enumerate(_cells(entry)):
            align = WD_ALIGN_PARAGRAPH.LEFT if index in (2, 3, 4, 5, 9) else WD_ALIGN_PARAGRAPH.CENTER
            _cell_text(table, len(table.rows) - 1, index, lines, align=align)
    for index, (_title, width) in enumerate(COLUMNS):
        table.columns[index].width = Mm(width)  # w:gridCol, which LibreOffice reads
        for cell in table.columns[index].cells:
            cell.width = Mm(width)  # w:tcW, which Word reads


def _cells(entry: Entry) -> list[list[str]]:
    """The ten cells of one line; a cell may hold several paragraphs."""
    type_names = {row["viet_tat"]: row["ten"] for row in type_rows().values() if row["viet_tat"]}
    kind = type_names.get(entry.doc_type, "Công văn" if entry.ky_hieu else "")
    remarks = [entry.status.label] if entry.status is not Status.ISSUED else []
    remarks += [entry.note] if entry.note else []
    return [
        [entry.label],
        [f"{entry.issue_date:%d/%m/%Y}"] if entry.issue_date else [""],
        [line for line in (kind, entry.summary) if line] or [""],
        [entry.signer],
        entry.recipients.splitlines() or [""],
        [entry.archive],
        [str(entry.copies) if entry.copies is not None else ""],
        [""],
        [""],
        remarks or [""],
    ]


def _cell_text(
    table: Table,
    row: int,
    column: int,
    lines: list[str],
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT,
) -> None:
    cell = table.cell(row, column)
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = TABLE_FONT_SIZE


def _repeat_as_header(table: Table, row: int) -> None:
    """Mark a row as a heading row, repeated at the top of every page (w:tblHeader)."""
    properties = table.rows[row]._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def book_entries(register: Register, issuer: str | None, year: int | None) -> list[Entry]:
    """The lines of one issuer and one year: the printed book covers exactly that."""
    everything = register.entries(Filter(issuer=issuer, year=year))
    issuers = sorted({e.issuer for e in everything})
    if not issuers:
        raise RegisterError(
            Problem(
                "Sổ không có số nào khớp điều kiện để xuất.", field="--co-quan", hint="Xem sổ bằng `vanban so list`."
            )
        )
    if len(issuers) > 1:
        raise RegisterError(
            Problem(
                "Sổ có nhiều cơ quan; mỗi tệp Word là sổ của một cơ quan.",
                field="--co-quan",
                hint="Chọn một: " + ", ".join(issuers) + ".",
            )
        )
    latest = year if year is not None else max(e.year for e in everything)
    return [e for e in everything if e.year == latest]


def sheet_heading(profiles: Path, issuer: str, year: int, volume: int) -> SheetHeading:
    """The book's cover: tên cơ quan from `profiles`/<issuer>.yaml when the profile exists, else the issuer id."""
    profile = profiles / f"{issuer}.yaml"
    if not profile.is_file():
        return SheetHeading(name_lines=(issuer,), year=year, volume=volume)
    found = load_issuer(profile)
    return SheetHeading(name_lines=found.name_lines, year=year, parent_lines=found.parent_lines, volume=volume)
