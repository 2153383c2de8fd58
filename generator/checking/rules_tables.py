"""Data tables print their grid (spec §2): only the header and signature tables are borderless.

Spec §2 lays out the header (ô 1–4) and the signature area (ô 7, 9b) as borderless two-column
tables: layout, whose lines must not print. It has no sentence on other tables, so this rule rests
on ND30 practice: a data table in the body or a phụ lục (a header row «STT | Nội dung | Thời gian |
Đơn vị thực hiện», then rows) is printed ruled, as in the ND30 and 933 sample appendices and the
tables vanban renders; without lines the printed page shows floating columns and no way to tell
which cell belongs to which row. Hence the citation of §2, the section that describes tables.

A table is judged when it holds none of the located header and closing components (roles.py), has
two rows or more, and its first row reads as column names: two non-empty cells at least, each a
short label (one or two lines, at most 60 characters, no list mark «- », no «label: value» colon),
and either the first one a row-number column (STT, TT, Số TT) or two of them usual column names
(Nội dung, Thời gian, Đơn vị …, Ghi chú, Họ và tên …). Bold and w:tblHeader are not taken as signs: layout grids bold their titles too («Thư
ký | CHỦ TỊCH | GIÁM ĐỐC»), and converters write w:tblHeader on every row of a member list. A
borderless list of members («- Ông: … | - Bí thư ĐTN | - Trưởng ban», corpus 06) has no such row.

It is reported only when no line at all prints (StyleSheet.table_has_lines: the table's borders
over its style chain, cell borders): an outer box alone, or ruled cells, are the author's choice.
Nested tables are read into their outer cell (reading.py) and not judged on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from .formatting import w
from .reading import Paragraph
from .registry import Breach, Context, rule
from .roles import Layout

ROW_NUMBER = re.compile(r"^(s[ốo]\s*)?(s?tt|thứ\s+tự)\.?$")
COLUMN_NAME = re.compile(
    r"\b(s?tt|nội dung|thời (gian|hạn)|tiến độ|đơn vị|ghi chú|họ (và )?tên|chức vụ|năm sinh|số lượng|"
    r"kinh phí|số tiền|thành tiền|dự toán|địa điểm|kết quả|chỉ tiêu|t[ỷỉ] lệ|nhiệm vụ)\b"
)
NOT_A_LABEL = re.compile(r"^[-–+•*]|:")
LABEL_CHARS, LABEL_LINES = 60, 2
NAMES_SHOWN = 4


@rule("vien-bang", "§2")
def table_borders(context: Context) -> Iterator[Breach]:
    """Every data table outside the header and signature tables prints some line."""
    layout_tables = _layout_tables(context.layout)
    for number, paragraphs in _tables(context.layout.paragraphs).items():
        names = _column_names(paragraphs)
        if number in layout_tables or not names or not _rows_below(paragraphs):
            continue
        if not context.sheet.table_has_lines(_element(paragraphs[0])):
            shown = " | ".join(names[:NAMES_SHOWN]) + (" | …" if len(names) > NAMES_SHOWN else "")
            yield Breach(
                f"Bảng {number} ({shown}) không có đường kẻ: bảng số liệu in ra không có khung.",
                paragraphs[0],
                "Kẻ khung cho bảng (kiểu Table Grid, hoặc Borders → All Borders); chỉ bảng phần đầu và "
                "bảng chữ ký mới để không viền (§2).",
            )


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


def _column_names(paragraphs: list[Paragraph]) -> list[str]:
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


def _element(paragraph: Paragraph) -> etree._Element:
    """The w:tbl that reading.py numbered for a paragraph of it: its outermost table."""
    *_, outermost = paragraph.element.iterancestors(w("tbl"))
    return outermost
