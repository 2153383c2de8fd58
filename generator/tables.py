"""Bảng (tables): a content file's `bang:` → a typed Table with its grid checked → what the template prints.

Two pure steps. `table_from` reads one `bang:` entry: every row must fill the columns exactly,
counting the cells that a row-merged cell above still covers; a grid error names the row's line.
`laid_out` turns a localised Table into the render context's table: column widths in twips that
fill the text width, the header row (repeated on every page), each cell with its spans and the
`vMerge` placeholders Word needs under a row-merged cell, amounts printed the Vietnamese way and
a totals row under the summed columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .document import Cell, Column, Table
from .errors import ContentError, Problem
from .formatting import vietnamese_number
from .schema import CellIn, RowIn, RowValue, TableIn
from .yamlfile import Location, YamlFile

TEXT_WIDTH_TWIPS = round(165 / 25.4 * 1440)  # spec §1: A4 210 mm − left 30 mm − right 15 mm
TWIPS_PER_CM = 1440 / 2.54
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")  # 1.234.567 or 1.234,5
_PLAIN = re.compile(r"^-?\d+(,\d+)?$")  # 1234567 or 2,5


def _cell(value: str | int | float | CellIn | None) -> Cell:
    if isinstance(value, CellIn):
        return Cell(_text(value.text), value.colspan, value.rowspan)
    return Cell(_text(value))


def _text(value: str | int | float | None) -> str:
    """A cell as text; a YAML number keeps its value (2.5 → `2,5`: the comma is the Vietnamese decimal mark)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return vietnamese_number(value)
    return str(value).strip()


def rows_from(values: list[RowValue]) -> tuple[tuple[tuple[Cell, ...], ...], tuple[str | None, ...]]:
    """The rows of a `dong:` list, and their ids (() when no row is written as {id: …, o: […]})."""
    rows = tuple(tuple(_cell(c) for c in (v.cells if isinstance(v, RowIn) else v)) for v in values)
    ids = tuple(v.id if isinstance(v, RowIn) else None for v in values)
    return rows, ids if any(ids) else ()


def table_from(value: TableIn, source: YamlFile, location: Location) -> Table:
    """The Table of one `bang:` entry; rows that do not fill the columns are a ContentError."""
    rows, row_ids = rows_from(value.rows)
    columns = tuple(Column(c.title, c.width, c.align, c.summed) for c in value.columns)
    line = source.line_of(location) or None
    table = Table(columns, rows, value.title, value.total_label, value.id, source.path, line, row_ids)
    problems = [
        Problem(
            message, file=source.path, line=source.line_of((*location, "dong", index)), field="bang.dong", hint=hint
        )
        for index, message, hint in table_problems(table)
    ]
    if problems:
        raise ContentError(problems)
    return table


@dataclass(frozen=True)
class Placed:
    """A cell at its place in the grid (row and first column, counted from 0)."""

    row: int
    column: int
    cell: Cell


def placements(rows: tuple[tuple[Cell, ...], ...]) -> tuple[list[Placed], set[tuple[int, int]]]:
    """Each cell at its grid column — skipping the places a row-merged cell above still covers — and
    every (row, column) place covered."""
    covered: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    for r, row in enumerate(rows):
        column = 0
        for cell in row:
            while (r, column) in covered:
                column += 1
            placed.append(Placed(r, column, cell))
            covered.update((r + dr, column + dc) for dr in range(cell.rowspan) for dc in range(cell.colspan))
            column += cell.colspan
    return placed, covered


def grid_problems(width: int, rows: tuple[tuple[Cell, ...], ...]) -> list[tuple[int, str, str]]:
    """(row index, message, hint) for each row whose cells, with those merged from above, do not fill `width`."""
    _, covered = placements(rows)
    out: list[tuple[int, str, str]] = []
    for r in range(len(rows)):
        filled = {c for row, c in covered if row == r}
        if filled != set(range(width)):
            over = max(filled, default=-1) >= width
            spread = max(filled) + 1 if over else len(filled)
            out.append(
                (
                    r,
                    f"Dòng {r + 1} của bảng {'thừa' if over else 'thiếu'} ô: các ô phủ {spread} cột, bảng có {width} cột.",
                    "Mỗi dòng ghi một ô cho mỗi cột (ô gộp tính theo `gop_cot`; ô bị ô `gop_dong` phía trên che thì "
                    "không ghi). Trong dòng viết dạng [a, b, c], dấu phẩy ngăn các ô: ô có dấu phẩy đặt trong "
                    'ngoặc kép, ví dụ "Treo băng rôn, khẩu hiệu".',
                )
            )
    if any(row >= len(rows) for row, _ in covered):
        out.append(
            (
                len(rows) - 1,
                "Ô gộp dòng (`gop_dong`) kéo xuống quá dòng cuối của bảng.",
                "Giảm `gop_dong` hoặc thêm dòng.",
            )
        )
    return out


def table_problems(table: Table) -> list[tuple[int, str, str]]:
    """`grid_problems` of the table, and each row id used twice."""
    out = grid_problems(len(table.columns), table.rows)
    seen: set[str] = set()
    for index, row_id in enumerate(table.row_ids):
        if row_id in seen:
            hint = "Mỗi dòng một mã riêng, để văn bản cấp dưới sửa đúng dòng."
            out.append((index, f"Mã dòng `{row_id}` được dùng hai lần trong bảng.", hint))
        if row_id is not None:
            seen.add(row_id)
    return out


def cell_entry(text: str, colspan: int = 1, rowspan: int = 1) -> str | dict[str, Any]:
    """A cell as a content file writes it: its text, or `{noi_dung, gop_cot, gop_dong}` when merged."""
    if colspan == 1 and rowspan == 1:
        return text
    return {
        "noi_dung": text,
        **({"gop_cot": colspan} if colspan > 1 else {}),
        **({"gop_dong": rowspan} if rowspan > 1 else {}),
    }


def amount(text: str) -> Decimal | None:
    """`1.234.567` → 1234567, `2,5` → 2.5, `1234567` → 1234567; anything else (blank too) → None."""
    compact = text.replace(" ", "").replace("\u00a0", "")
    if not (_GROUPED.match(compact) or _PLAIN.match(compact)):
        return None
    try:
        return Decimal(compact.replace(".", "").replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the patterns admit only numbers
        return None


def column_widths(widths: list[float | None], total: int = TEXT_WIDTH_TWIPS) -> list[int]:
    """Twips per column filling `total`: given widths (cm) kept, the rest shared equally; scaled down if too wide."""
    given = [w * TWIPS_PER_CM if w is not None else None for w in widths]
    fixed = sum(w for w in given if w is not None)
    free = [w for w in given if w is None]
    rest = (total - fixed) / len(free) if free else 0.0
    if free and rest < TWIPS_PER_CM:  # no room left for the free columns: give them 1 cm each, then scale
        rest = TWIPS_PER_CM
    raw = [w if w is not None else rest for w in given]
    scale = total / sum(raw) if sum(raw) > total or not free else 1.0
    out = [round(w * scale) for w in raw]
    out[-1] += total - sum(out)
    return out


def laid_out(table: Table) -> dict[str, Any]:
    """The table as the template prints it (render context `than` element of kind `bang`)."""
    widths = column_widths([c.width_cm for c in table.columns])
    header = {
        "tieu_de": True,
        "o": [_placed(c.title, widths[i : i + 1], "giua", "", True) for i, c in enumerate(table.columns)],
    }
    body = _body_rows(table, widths)
    rows = [header, *body]
    if table.summed:
        rows.append(_totals(table, widths))
    return {"kieu": "bang", "tieu_de": table.title or "", "cot": widths, "hang": rows}


def printed_rows(table: Table) -> list[list[str]]:
    """The texts of each printed row, header and totals included, the places under merged cells left out."""
    return [[c["van_ban"] for c in row["o"] if c["gop_dong"] != "continue"] for row in laid_out(table)["hang"]]


def _placed(text: str, widths: list[int], align: str, merge: str, bold: bool) -> dict[str, Any]:
    return {"van_ban": text, "rong": sum(widths), "gop_cot": len(widths), "gop_dong": merge, "can": align, "dam": bold}


def _body_rows(table: Table, widths: list[int]) -> list[dict[str, Any]]:
    """Each row's cells at their grid columns, with `continue` placeholders under row-merged cells."""
    placed, _ = placements(table.rows)
    starts = {(p.row, p.column): p.cell for p in placed}
    below = {(p.row + dr, p.column): p.cell.colspan for p in placed for dr in range(1, p.cell.rowspan)}
    out = []
    for r in range(len(table.rows)):
        cells: list[dict[str, Any]] = []
        column = 0
        while column < len(widths):
            if (r, column) in below:
                span = below[(r, column)]
                cells.append(_placed("", widths[column : column + span], "trai", "continue", False))
            else:
                cell = starts[(r, column)]
                span, spec = cell.colspan, table.columns[column]
                text = _amount_text(table, cell, column, r) if spec.summed and span == 1 else cell.text
                merge = "restart" if cell.rowspan > 1 else ""
                cells.append(_placed(text, widths[column : column + span], spec.align, merge, False))
            column += span
        out.append({"tieu_de": False, "o": cells})
    return out


def _amount_text(table: Table, cell: Cell, column: int, row: int) -> str:
    if not cell.text:
        return ""
    value = amount(cell.text)
    if value is None:
        raise _not_a_number(table, cell.text, column, row)
    return vietnamese_number(value)  # type: ignore[arg-type]  # babel formats Decimal exactly


def _totals(table: Table, widths: list[int]) -> dict[str, Any]:
    """`Tổng cộng` across the columns before the first summed one, then each column's sum (blank if not summed)."""
    placed, _ = placements(table.rows)
    first = next(i for i, c in enumerate(table.columns) if c.summed)
    cells = [_placed(table.total_label, widths[:first], "giua", "", True)] if first else []
    for index in range(first, len(table.columns)):
        column = table.columns[index]
        amounts = [amount(p.cell.text) for p in placed if p.column == index and p.cell.colspan == 1]
        total = sum((a for a in amounts if a is not None), Decimal(0))
        text = vietnamese_number(total) if column.summed else ""  # type: ignore[arg-type]
        cells.append(_placed(text, widths[index : index + 1], column.align, "", True))
    return {"tieu_de": False, "o": cells}


def _not_a_number(table: Table, text: str, column: int, row: int) -> ContentError:
    name = table.columns[column].title
    return ContentError(
        Problem(
            f"Ô «{text}» ở dòng {row + 1}, cột «{name}» không phải là số, mà cột này được cộng tổng (`cong: true`).",
            file=table.source,
            line=table.line,
            field="bang.dong",
            hint="Ghi số dạng 1500000 hoặc 1.500.000 (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân), hoặc để trống ô.",
        )
    )
