"""The paragraphs of a document in reading order, each with its place, text and run formatting.

Body paragraphs are numbered 1, 2, 3 … in document order (tables do not count); a paragraph in a
table is placed by table number, row and cell (all 1-based, nested tables flattened into their
cell). Text joins every run of the paragraph (hyperlinks, insertions, content controls, simple
fields), with tabs as "\t" and line breaks as "\n", so text split over many runs reads whole.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .formatting import ParagraphFormat, RunFormat, StyleSheet, w

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIPPED_CONTAINERS = {w("txbxContent"), f"{{{MC}}}Fallback", w("del"), w("moveFrom")}
_CHARS = {w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-"}


@dataclass(frozen=True)
class Cell:
    """Vị trí ô bảng: bảng thứ mấy, hàng, ô (đều đếm từ 1)."""

    table: int
    row: int
    column: int


@dataclass(frozen=True)
class Paragraph:
    """Một đoạn văn: thứ tự trong văn bản, vị trí, nội dung và định dạng."""

    order: int
    number: int | None
    cell: Cell | None
    text: str
    runs: tuple[tuple[int, int, RunFormat], ...]
    format: ParagraphFormat
    has_shape: bool
    element: etree._Element

    @property
    def where(self) -> str:
        """Vietnamese location, e.g. 'đoạn 12' or 'bảng 1, hàng 2, ô 1'."""
        if self.cell is None:
            return f"đoạn {self.number}"
        return f"bảng {self.cell.table}, hàng {self.cell.row}, ô {self.cell.column}"

    def formats(self, start: int = 0, end: int | None = None) -> list[tuple[RunFormat, int]]:
        """(format, number of visible characters) of the runs overlapping text[start:end]."""
        end = len(self.text) if end is None else end
        result = []
        for run_start, run_end, fmt in self.runs:
            low, high = max(start, run_start), min(end, run_end)
            visible = high - low - sum(map(str.isspace, self.text[low:high])) if high > low else 0
            if visible:
                result.append((fmt, visible))
        return result


def read_paragraphs(body: etree._Element, sheet: StyleSheet) -> list[Paragraph]:
    """Every paragraph of `body` (a w:body, w:hdr or w:ftr element) in reading order."""
    paragraphs: list[Paragraph] = []
    counters = {"body": 0, "table": 0}
    for element, cell in _walk(body, None, counters):
        if cell is None:
            counters["body"] += 1
        paragraphs.append(_paragraph(element, len(paragraphs), counters["body"] if cell is None else None, cell, sheet))
    return paragraphs


def _walk(
    container: etree._Element, cell: Cell | None, counters: dict[str, int]
) -> Iterator[tuple[etree._Element, Cell | None]]:
    for child in container:
        if child.tag == w("p"):
            yield child, cell
        elif child.tag == w("tbl"):
            counters["table"] += 1
            table = counters["table"]
            for row_index, row in enumerate(child.findall(w("tr")), start=1):
                for column, tc in enumerate(row.findall(w("tc")), start=1):
                    yield from _walk(tc, cell or Cell(table, row_index, column), counters)
        elif child.tag in {w("sdt"), w("sdtContent"), w("customXml")}:
            yield from _walk(child.find(w("sdtContent")) if child.tag == w("sdt") else child, cell, counters)


def _paragraph(
    element: etree._Element, order: int, number: int | None, cell: Cell | None, sheet: StyleSheet
) -> Paragraph:
    fmt = sheet.paragraph_format(element)
    pieces: list[str] = []
    runs: list[tuple[int, int, RunFormat]] = []
    length = 0
    for run in _runs(element):
        text = unicodedata.normalize("NFC", _run_text(run))
        if text:
            runs.append((length, length + len(text), sheet.run_format(run, fmt.style)))
            pieces.append(text)
            length += len(text)
    has_shape = any(True for _ in element.iter(w("drawing"), w("pict")))
    return Paragraph(order, number, cell, "".join(pieces), tuple(runs), fmt, has_shape, element)


def _runs(paragraph: etree._Element) -> Iterator[etree._Element]:
    for run in paragraph.iter(w("r")):
        parent = run.getparent()
        skipped = False
        while parent is not None and parent is not paragraph:
            if parent.tag in _SKIPPED_CONTAINERS:
                skipped = True
                break
            parent = parent.getparent()
        if not skipped:
            yield run


def _run_text(run: etree._Element) -> str:
    parts = []
    for child in run:
        if child.tag == w("t"):
            parts.append(child.text or "")
        elif child.tag == w("br") and child.get(w("type")) == "page":
            continue
        elif child.tag in _CHARS:
            parts.append(_CHARS[child.tag])
    return "".join(parts)
