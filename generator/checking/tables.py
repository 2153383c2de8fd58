"""Which tables of a document are data tables: a first row of column names over rows of data, holding none of the
located header and closing components (roles.py). rules_tables.py judges their lines (spec §2); rules_page.py lets
a text whose content is such tables be printed landscape (ND30 Phụ lục I I.2)."""

from __future__ import annotations

import re

from .reading import Paragraph
from .roles import Layout

ROW_NUMBER = re.compile(r"^(s[ốo]\s*)?(s?tt|thứ\s+tự)\.?$")
COLUMN_NAME = re.compile(
    r"\b(s?tt|nội dung|thời (gian|hạn)|tiến độ|đơn vị|ghi chú|họ (và )?tên|chức vụ|năm sinh|số lượng|"
    r"kinh phí|số tiền|thành tiền|dự toán|địa điểm|kết quả|chỉ tiêu|t[ỷỉ] lệ|nhiệm vụ)\b"
)
NOT_A_LABEL = re.compile(r"^[-–+•*]|:")
LABEL_CHARS, LABEL_LINES = 60, 2


def data_tables(layout: Layout) -> dict[int, list[Paragraph]]:
    """The data tables, by number: a first row of column names over rows of data, holding none of the located
    header and closing components (also what ND30 Phụ lục I I.2 calls «bảng, biểu» of the content)."""
    layout_tables = _layout_tables(layout)
    return {
        number: paragraphs
        for number, paragraphs in _tables(layout.paragraphs).items()
        if number not in layout_tables and column_names(paragraphs) and _rows_below(paragraphs)
    }


def _layout_tables(layout: Layout) -> set[int]:
    """Numbers of the tables holding the header or the closing block (Nơi nhận, signature)."""
    closing = layout.closing
    spans = [layout.national, layout.motto, *layout.issuer, *layout.superior, layout.number, layout.date]
    spans += [layout.subject_line, *closing.spans]
    return {s.paragraph.cell.table for s in spans if s is not None and s.paragraph.cell is not None}


def _tables(paragraphs: list[Paragraph]) -> dict[int, list[Paragraph]]:
    """The paragraphs of each table, by table number, in reading order."""
    tables: dict[int, list[Paragraph]] = {}
    for paragraph in paragraphs:
        if paragraph.cell is not None:
            tables.setdefault(paragraph.cell.table, []).append(paragraph)
    return tables


def column_names(paragraphs: list[Paragraph]) -> list[str]:
    """The texts of the first row's cells when they read as column names, else []."""
    cells: dict[int, list[str]] = {}
    for paragraph in paragraphs:
        if paragraph.cell is not None and paragraph.cell.row == 1:
            lines = [line for line in paragraph.text.split("\n") if line.strip()]
            cells.setdefault(paragraph.cell.column, []).extend(lines)
    labels = [_label(lines) for lines in cells.values() if lines]
    names = [name for name in labels if name is not None]
    if len(names) < 2 or len(names) < len(labels):
        return []
    named = sum(bool(COLUMN_NAME.search(name.casefold())) for name in names)
    return names if ROW_NUMBER.match(names[0].casefold()) or named >= 2 else []


def _label(lines: list[str]) -> str | None:
    """The text of a cell that reads as a column name: one or two short lines, not a list item or a «label: value»."""
    text = " ".join(" ".join(lines).split())
    return text if len(lines) <= LABEL_LINES and len(text) <= LABEL_CHARS and not NOT_A_LABEL.search(text) else None


def _rows_below(paragraphs: list[Paragraph]) -> bool:
    return any(p.cell is not None and p.cell.row > 1 for p in paragraphs)
