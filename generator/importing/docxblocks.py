"""The blocks of a .docx body in reading order: each paragraph's text, and each data table as a WordTable.

Only Word XML is read here (through read_docx, entity resolution off); `lines.py` cleans the text.
A paragraph's line carries the emphasis of each character (bold, italic, through the run's own
formatting, its character style and the paragraph style), so its body text keeps inline emphasis.
A data table is a ruled grid with column names (`grid.has_header`); any other table — the header
and signature tables, a borderless member list, a form laid out in a table — gives its cells one
after another, as LibreOffice flattens it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..bodyxml import BOLD, ITALIC
from ..checking.formatting import StyleSheet
from ..checking.legacyfonts import decode_legacy_fonts
from ..checking.wordlists import ListCounters, list_formats
from ..docxfile import read_docx
from .grid import GridCell, WordTable, collapsed, has_header
from .markers import ATTACHED_TO, starts_block
from .notes import Notes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Quốc hiệu, tiêu ngữ, Nơi nhận: the header and signature tables are layout, whatever their lines.
_LAYOUT_TABLE = re.compile(r"CỘNG H[ÒO]A XÃ HỘI|Độc lập - Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|Nơi nhận|Kính gửi")
_ALIGN = {"center": "giua", "right": "phai", "end": "phai", "both": "deu", "distribute": "deu"}
_OFF = {"0", "false", "off"}
LAYOUT_MAX_ROWS, LAYOUT_MAX_COLUMNS = 3, 3
CAPTION_MAX_CHARS = 120


@dataclass(frozen=True)
class TextLine:
    """Một dòng chữ của đoạn văn: chữ và kiểu nhấn của từng ký tự (bodyxml.BOLD, ITALIC)."""

    text: str
    styles: tuple[int, ...]


def docx_blocks(path: Path, notes: Notes) -> list[TextLine | WordTable]:
    """Paragraph lines in reading order; a data table with column names as a WordTable (the centred
    line just above it as its title), any other table (header, signature, a form) as its cells one
    after another, as LibreOffice flattens it."""
    package = read_docx(path)
    root = package.xml("word/document.xml")
    body = root.find(f"{_W}body") if root is not None else None
    sheet = StyleSheet.of(package)
    decoded = decode_legacy_fonts(package, root, sheet) if root is not None else frozenset()
    if decoded:
        notes.add(
            f"Văn bản gõ bằng phông {' và '.join(sorted(e.upper() for e in decoded))} (không phải Unicode): chữ đã "
            "được chuyển sang Unicode; đọc lại tên riêng và dấu trong tệp nội dung (spec §1: Unicode TCVN 6909:2001)."
        )
    lists = ListCounters(list_formats(package.xml("word/numbering.xml")))
    blocks: list[TextLine | WordTable] = []
    previous: etree._Element | None = None
    for block in body if body is not None else []:
        if block.tag == f"{_W}p":
            blocks.extend(_labelled(_paragraph_lines(block, sheet), _word_label(block, sheet, lists)))
        elif block.tag == f"{_W}tbl":
            table = _word_table(block, sheet) if _data_table(block, sheet) else None
            if table is not None and has_header(collapsed(table)):
                title = _caption(previous, blocks, sheet)
                del blocks[len(blocks) - (title is not None) :]
                blocks.append(dataclasses.replace(table, title=title))
            else:
                blocks.extend(TextLine(text, ()) for text in _table_texts(block))
        previous = block
    return blocks


def _caption(paragraph: etree._Element | None, blocks: list[TextLine | WordTable], sheet: StyleSheet) -> str | None:
    """The title of a table: the paragraph right above it when it is one short centred line, not the «(Kèm theo …)»
    reference under an appendix's title (made again by the build, spec §10)."""
    if paragraph is None or paragraph.tag != f"{_W}p" or not blocks or not isinstance(blocks[-1], TextLine):
        return None
    text = " ".join(blocks[-1].text.split())
    centred = sheet.paragraph_format(paragraph).align == "center"
    short = text and len(text) <= CAPTION_MAX_CHARS
    return text if centred and short and not starts_block(text) and not ATTACHED_TO.match(text) else None


def _data_table(table: etree._Element, sheet: StyleSheet) -> bool:
    """A ruled grid of two rows and two columns at least that is not a header or signature table
    (a small table holding the Quốc hiệu or Nơi nhận, whatever its lines)."""
    rows = table.findall(f"{_W}tr")
    columns = max((len(row.findall(f"{_W}tc")) for row in rows), default=0)
    if len(rows) < 2 or columns < 2 or not sheet.table_has_lines(table):
        return False
    small = len(rows) <= LAYOUT_MAX_ROWS and columns <= LAYOUT_MAX_COLUMNS
    return not (small and _LAYOUT_TABLE.search(" ".join(_paragraph_text(p) for p in table.iter(f"{_W}p"))))


def _word_table(table: etree._Element, sheet: StyleSheet) -> WordTable:
    """The cells of a data table with their spans: `w:gridSpan` is the colspan, a `w:vMerge` restart
    counts the continuing cells below it as its rowspan (they are left out), `w:gridBefore` and short
    rows are filled with empty cells so every row covers the grid."""
    grid = [int(col.get(f"{_W}w") or 0) for col in table.iterfind(f"{_W}tblGrid/{_W}gridCol")]
    placed = [_row_cells(row) for row in table.findall(f"{_W}tr")]
    width = max([len(grid), *(sum(span for _, span, _ in row) for row in placed)])
    rows: list[tuple[GridCell, ...]] = []
    for r, row in enumerate(placed):
        cells: list[GridCell] = []
        column = 0
        for tc, span, merge in row:
            if merge != "continue":
                cells.append(_grid_cell(tc, span, _rowspan(placed, r, column), sheet))
            column += span
        if column < width:
            cells.append(GridCell("", width - column))
        rows.append(tuple(cells))
    repeated = 0
    while repeated < len(rows) and _repeated(table.findall(f"{_W}tr")[repeated]):
        repeated += 1
    return WordTable(tuple(rows), tuple(grid), repeated, "")


_Placed = tuple[etree._Element | None, int, str]


def _row_cells(row: etree._Element) -> list[_Placed]:
    """(cell, colspan, vMerge state) of each place in a row; `w:gridBefore` as an empty place."""
    before = row.find(f"{_W}trPr/{_W}gridBefore")
    out: list[_Placed] = [(None, int(before.get(f"{_W}val") or 0), "")] if before is not None else []
    for tc in row.findall(f"{_W}tc"):
        span = tc.find(f"{_W}tcPr/{_W}gridSpan")
        merge = tc.find(f"{_W}tcPr/{_W}vMerge")
        state = "" if merge is None else ("restart" if merge.get(f"{_W}val") == "restart" else "continue")
        out.append((tc, int(span.get(f"{_W}val") or 1) if span is not None else 1, state))
    return [place for place in out if place[1] > 0]


def _rowspan(placed: list[list[_Placed]], r: int, column: int) -> int:
    """1 + the rows below whose cell at `column` continues a vertical merge."""
    span = 1
    while r + span < len(placed) and _state_at(placed[r + span], column) == "continue":
        span += 1
    return span


def _state_at(row: list[_Placed], column: int) -> str:
    at = 0
    for _, span, state in row:
        if at == column:
            return state
        at += span
    return ""


def _grid_cell(tc: etree._Element | None, colspan: int, rowspan: int, sheet: StyleSheet) -> GridCell:
    if tc is None:
        return GridCell("", colspan, rowspan)
    first = tc.find(f"{_W}p")
    align = _ALIGN.get(sheet.paragraph_format(first).align, "trai") if first is not None else "trai"
    return GridCell("\n".join(_cell_lines(tc)), colspan, rowspan, align)


def _repeated(row: etree._Element) -> bool:
    marker = row.find(f"{_W}trPr/{_W}tblHeader")
    return marker is not None and marker.get(f"{_W}val") not in _OFF


def _table_texts(table: etree._Element) -> list[str]:
    """A grid of one-line cells (a member list) gives one line per row, cells tab-separated; a layout
    table (header, signature) gives its cells one after another, as LibreOffice flattens it."""
    rows = [[_cell_lines(cell) for cell in row.findall(f"{_W}tc")] for row in table.findall(f"{_W}tr")]
    if all(len(row) > 1 and all(len(cell) <= 1 for cell in row) for row in rows):
        return ["\t".join(cell[0] if cell else "" for cell in row) for row in rows]
    return [line for row in rows for cell in row for line in cell or [""]]


def _cell_lines(cell: etree._Element) -> list[str]:
    lines = [line for p in cell.iter(f"{_W}p") for line in _paragraph_text(p).split("\n")]
    return [line for line in lines if line.strip()]


def _paragraph_text(paragraph: etree._Element) -> str:
    return "".join(text for _, text in _pieces(paragraph))


def _paragraph_lines(paragraph: etree._Element, sheet: StyleSheet) -> list[TextLine]:
    """The lines of a paragraph (split at its breaks), each character with the emphasis of its run."""
    style = sheet.paragraph_format(paragraph).style or None
    pieces = _pieces(paragraph)
    styles: list[int] = []
    for node, piece in pieces:
        run = node.getparent()
        styles += [_emphasis(sheet, run, style) if run is not None and run.tag == f"{_W}r" else 0] * len(piece)
    lines, start = [], 0
    for line in "".join(piece for _, piece in pieces).split("\n"):
        lines.append(TextLine(line, tuple(styles[start : start + len(line)])))
        start += len(line) + 1
    return lines


def _word_label(paragraph: etree._Element, sheet: StyleSheet, lists: ListCounters) -> str | None:
    """The number Word prints before a list paragraph («1.», «a)», «Điều 3.»), which is in no text node; bullets
    and capital letters give none (checking.wordlists). The counters run over the body's paragraphs only."""
    found = sheet.paragraph_format(paragraph)
    return lists.label(found.num_id, found.num_level) if found.num_id else None


def _labelled(lines: list[TextLine], label: str | None) -> list[TextLine]:
    """The paragraph's first line with Word's list number in front, as it is printed."""
    if not label or not lines or not lines[0].text.strip():
        return lines
    first = lines[0]
    return [
        TextLine(
            f"{label} {first.text.lstrip()}",
            (0,) * (len(label) + 1) + first.styles[len(first.text) - len(first.text.lstrip()) :],
        ),
        *lines[1:],
    ]


def _emphasis(sheet: StyleSheet, run: etree._Element, paragraph_style: str | None) -> int:
    found = sheet.run_format(run, paragraph_style)
    return (BOLD if found.bold else 0) | (ITALIC if found.italic else 0)


def _pieces(paragraph: etree._Element) -> list[tuple[etree._Element, str]]:
    """Each text, tab and break node of a paragraph with the text it stands for."""
    return [
        (node, (node.text or "") if node.tag == f"{_W}t" else "\t" if node.tag == f"{_W}tab" else "\n")
        for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr")
    ]
