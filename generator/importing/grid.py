"""A data table read from a real .docx → one `bang:` entry of the content file (issue 13, item 6).

Pure: `lines.py` reads the Word XML into a `WordTable` (cell texts, spans, alignment, grid widths);
this module decides what a content file can say of it. The header is the rows Word repeats on
each page (`w:tblHeader`), else the first row and, when that row merges cells, the rows its merges
reach: the names of a column under a merged heading are joined ("Kinh phí – Công đoàn"). A last
row "Tổng cộng" whose amounts are the sums of the rows above becomes `cong: true` on those columns
(the build prints the totals again), otherwise it stays a row and the note says why.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..document import Cell
from ..tables import TWIPS_PER_CM, Placed, amount, cell_entry, placements
from .notes import Notes

HEADER_MAX_CHARS = 80
HEADER_MAX_LINES = 3
_TOTAL = re.compile(r"^(tổng cộng|tổng số|tổng|cộng)\b", re.IGNORECASE)
_DEFAULT_TOTAL = "Tổng cộng"


@dataclass(frozen=True)
class GridCell(Cell):
    """Một ô của bảng Word: chữ (các dòng nối bằng xuống dòng), số cột, số dòng chiếm, và căn lề."""

    align: str = "trai"


@dataclass(frozen=True)
class WordTable:
    """Một bảng số liệu đọc từ .docx: các dòng (ô bị ô gộp dòng che thì không có), độ rộng cột (twip)."""

    rows: tuple[tuple[GridCell, ...], ...]
    widths: tuple[int, ...]
    repeated_rows: int
    where: str
    title: str | None = None

    @property
    def width(self) -> int:
        """Number of grid columns: the widest row."""
        return max((sum(cell.colspan for cell in row) for row in self.rows), default=0)


def table_entry(table: WordTable, notes: Notes) -> dict[str, Any]:
    """The `bang:` entry of `table`: columns (name, width, alignment, cong), rows, the totals label."""
    table = collapsed(table)
    depth = header_depth(table)
    rows = _padded([list(row) for row in table.rows[depth:]], table.width)
    total_label, summed = _totals(rows, notes, table.where)
    if total_label is not None:
        rows = rows[:-1]
    aligns = _alignments(rows, table.width)
    columns = [
        _column(name, table.widths[i] if i < len(table.widths) else None, aligns[i], i in summed)
        for i, name in enumerate(column_names(table, depth, notes))
    ]
    rows_out = [[cell_entry(cell.text, cell.colspan, cell.rowspan) for cell in row] for row in rows]
    entry: dict[str, Any] = {"cot": columns, "dong": rows_out}
    if table.title:
        entry = {"tieu_de": table.title, **entry}
    if total_label not in (None, _DEFAULT_TOTAL):
        entry["dong_tong"] = total_label
    return entry


def collapsed(table: WordTable) -> WordTable:
    """The table on the columns its cells use: Word's grid often has sliver columns that every row
    merges over (a cell edge nudged by a few twips); each becomes part of the column beside it."""
    places = _placed(table.rows)
    edges = sorted({0, table.width} | {p.column for p in places} | {p.column + p.cell.colspan for p in places})
    if len(edges) == table.width + 1:
        return table
    new_index = {edge: i for i, edge in enumerate(edges)}
    rows: list[list[GridCell]] = [[] for _ in table.rows]
    for place in places:
        cell = place.cell
        span = new_index[place.column + cell.colspan] - new_index[place.column]
        align = cell.align if isinstance(cell, GridCell) else "trai"
        rows[place.row].append(GridCell(cell.text, span, cell.rowspan, align))
    widths = tuple(sum(table.widths[start:end]) for start, end in itertools.pairwise(edges))
    return dataclasses.replace(
        table, rows=tuple(map(tuple, rows)), widths=widths if len(table.widths) >= table.width else ()
    )


def header_depth(table: WordTable) -> int:
    """Rows of the header: those Word repeats; else the first row and the rows its merged cells reach."""
    if table.repeated_rows:
        depth = table.repeated_rows
    else:
        first = table.rows[0]
        depth = 2 if any(cell.colspan > 1 for cell in first) and len(table.rows) > 2 else 1  # sub-column names
    # a header cell merged down takes the rows it covers into the header
    while (reach := max([depth, *(p.row + p.cell.rowspan for p in _placed(table.rows[:depth]))])) != depth:
        depth = reach
    return min(depth, len(table.rows) - 1) or 1


def has_header(table: WordTable) -> bool:
    """Whether the top rows read as column names (short one-line labels) above at least one row: a form
    laid out in a table (a phiếu trình, a signature grid) does not, and is imported as text."""
    depth = header_depth(table)
    cells = [cell for row in table.rows[:depth] for cell in row]
    return (
        len(table.rows) > depth
        and any(cell.text for cell in cells)
        and all(len(cell.text) <= HEADER_MAX_CHARS and cell.text.count("\n") < HEADER_MAX_LINES for cell in cells)
    )


def column_names(table: WordTable, depth: int, notes: Notes) -> list[str]:
    """One name per grid column, from the header cells above it (top to bottom, repeats dropped)."""
    names: list[list[str]] = [[] for _ in range(table.width)]
    for place in _placed(table.rows[:depth]):
        text = " ".join(place.cell.text.split())
        for covered in range(place.column, min(place.column + place.cell.colspan, table.width)):
            if text and (not names[covered] or names[covered][-1] != text):
                names[covered].append(text)
    out = []
    for index, parts in enumerate(names, start=1):
        if not parts:
            notes.add(f"Cột {index} của bảng không có tên ở dòng tiêu đề: đã ghi tạm `Cột {index}`.", table.where)
        out.append(" – ".join(parts) or f"Cột {index}")
    return out


def _padded(rows: list[list[GridCell]], width: int) -> list[list[GridCell]]:
    """Each row filled out to `width` with empty cells at its end: a Word row may stop short of the grid
    (`w:gridAfter`, a cell deleted), where a `bang:` row must cover every column (tables.grid_problems)."""
    _, covered = placements(tuple(tuple(row) for row in rows))
    for r, row in enumerate(rows):
        end = max((column for row_at, column in covered if row_at == r), default=-1) + 1
        row.extend(GridCell("") for _ in range(width - end))
    return rows


def _placed(rows: tuple[tuple[GridCell, ...], ...] | list[list[GridCell]]) -> list[Placed]:
    return placements(tuple(tuple(row) for row in rows))[0]


def _totals(rows: list[list[GridCell]], notes: Notes, where: str) -> tuple[str | None, set[int]]:
    """(label, summed columns) when the last row is a totals row that adds up; (None, ∅) otherwise."""
    if len(rows) < 2 or not rows[-1] or not _TOTAL.match(rows[-1][0].text.strip()):
        return None, set()
    label = " ".join(rows[-1][0].text.split())
    printed = {place.column: place.cell for place in _placed(rows)[-len(rows[-1]) :]}
    body = [(place.column, place.cell) for place in _placed(rows[:-1])]
    summed: set[int] = set()
    for column, total_cell in printed.items():
        expected = amount(total_cell.text.strip())
        if expected is None or column == 0 or total_cell.colspan > 1:
            continue
        values = [amount(cell.text.strip()) for c, cell in body if c == column and cell.text.strip()]
        numbers = [value for value in values if value is not None]
        if not numbers or len(numbers) < len(values) or sum(numbers, Decimal(0)) != expected:
            notes.add(
                f"Dòng «{label}» của bảng không bằng tổng các dòng ở cột {column + 1}: giữ nguyên là một dòng.", where
            )
            return None, set()
        summed.add(column)
    if not summed:
        return None, set()
    notes.add(
        f"Dòng «{label}» của bảng được ghi thành `cong: true` ở các cột {', '.join(str(c + 1) for c in sorted(summed))}: "
        "khi tạo văn bản dòng tổng được tính lại.",
        where,
    )
    return label, summed


def _alignments(rows: list[list[GridCell]], width: int) -> list[str]:
    """For each column, the alignment most of its one-column cells have (left when none is more common)."""
    counts: list[dict[str, int]] = [{} for _ in range(width)]
    for place in _placed(rows):
        cell = place.cell
        if cell.colspan == 1 and cell.text.strip() and isinstance(cell, GridCell):
            counts[place.column][cell.align] = counts[place.column].get(cell.align, 0) + 1
    return [max(sorted(c), key=c.__getitem__) if c else "trai" for c in counts]


def _column(name: str, twips: int | None, align: str, summed: bool) -> dict[str, Any]:
    column: dict[str, Any] = {"ten": name}
    if twips and (cm := round(twips / TWIPS_PER_CM, 1)) > 0:  # a sliver Word gives no width: the build shares it out
        column["rong"] = cm
    if align != "trai":
        column["can"] = align
    if summed:
        column["cong"] = True
    return column
