"""Inputs that are not .docx or text: a .pdf (its text with positions); a .doc is converted by exporting.pdf.

A PDF has no columns, only words at positions: the words of one line (same top) are joined, and
a wide horizontal gap between two words starts a new cell, so the two header columns (issuer |
Quốc hiệu, Số | date) come out as cells, as from a .docx table (issue 16).

Nor has it paragraphs: the page wraps each at the right margin. Each printed line says, by position,
whether its paragraph runs on into the next text line (`PdfText.runs_on`, `_runs_on`); the body reader
joins those lines (lines.joined_wraps).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from ..errors import Problem, UnreadableDocumentError
from ..pdffile import read_pdf

LINE_TOLERANCE = 3.0  # points: words whose tops differ less are on one line
COLUMN_GAP = 24.0  # points: a wider gap between two words is a column break
EDGE_TOLERANCE = 2.0  # points: a line starting this near the text's left edge has no first-line indent
PITCH_SLACK = 2.0  # points: a line this much lower than the text's line pitch is a new paragraph's (spacing)
SIZE_TOLERANCE = 0.5  # points: font sizes closer than this are one size
SPACE_EM = 0.25  # a space's width in font sizes (Times New Roman)
PAGE_NUMBER = re.compile(r"^\d{1,3}$")  # a lone page number (lines.py drops it)
_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)  # `TimesNewRomanPS-BoldMT`, `Arial,Bold`
Word = dict[str, object]


@dataclass(frozen=True)
class PdfText:
    """Một dòng in của tệp PDF (các ô cách nhau bằng tab), việc đoạn văn của nó còn chạy sang dòng chữ sau, và dòng
    chú thích cuối trang."""

    text: str
    runs_on: bool = False
    foot: bool = False  # a footnote at the foot of its page


@dataclass(frozen=True)
class _Printed:
    """A printed line where the page puts it: its page, left and right ends, top, the width of its first word,
    its font size and whether all of it is bold."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    head: float
    size: float
    bold: bool

    @property
    def single(self) -> bool:
        return "\t" not in self.text


@dataclass(frozen=True)
class _Layout:
    """The text block of the body: its left edge (continuation lines start there), right edge, line pitch."""

    left: float
    right: float
    pitch: float


def pdf_texts(path: Path) -> list[PdfText]:
    """One per printed line, cells separated by a tab, a blank one after each page."""
    pages = [
        [_printed(row, number) for row in _rows(list(page.words))]
        for number, page in enumerate(read_pdf(path, chars=True))
    ]
    if not any(pages):
        raise UnreadableDocumentError(
            Problem(
                "Tệp PDF không có lớp chữ (bản quét).",
                file=path,
                hint="Nhận dạng chữ (OCR) hoặc dùng bản .docx của văn bản.",
            )
        )
    printed = [[line for line in page if not PAGE_NUMBER.match(line.text)] for page in pages]
    sizes = Counter(line.size for page in printed for line in page)
    feet = [_foot(page, sizes.most_common(1)[0][0] if sizes else 0.0) for page in printed]
    foot = {line for lines in feet for line in lines}
    flow = [line for page in printed for line in page if line not in foot]
    layout = _layout(flow)
    pairs = [*pairwise(flow), *(pair for lines in feet for pair in pairwise(lines))]  # footnotes wrap too
    runs_on = {line for line, after in pairs if layout is not None and _runs_on(line, after, layout)}
    texts: list[PdfText] = []
    for page in pages:
        texts += [PdfText(line.text, line in runs_on, line in foot) for line in page]
        texts.append(PdfText(""))
    return texts


def _foot(page: list[_Printed], size: float) -> list[_Printed]:
    """The footnotes at the foot of a page: the lines under its last line in the body's size (the commonest),
    all smaller; a paragraph the page break cuts goes on over them."""
    last = max((i for i, line in enumerate(page) if line.size > size - SIZE_TOLERANCE), default=len(page))
    return page[last + 1 :]


def _runs_on(line: _Printed, after: _Printed, layout: _Layout) -> bool:
    """Whether `after` goes on with the paragraph of `line`, wrapped at the right margin: `line` reaches the
    margin (the first word of `after` would not have fitted on it), `after` starts at the left edge (no
    first-line indent, ND30 Phụ lục I II.6.b), in the same size, one line pitch lower (no paragraph spacing,
    II.6.b: at least 6 pt) or at the top of the next page; a line all in bold (a heading) runs on only into bold
    (a line in ordinary weight may run on into one all bold: a deadline `trước ngày 30/5/2026.` stressed); neither
    holds columns (a header, a signature block)."""
    return (
        line.single
        and after.single
        and any(ch.isalnum() for ch in after.text)
        and abs(after.x0 - layout.left) <= EDGE_TOLERANCE
        and line.x1 + SPACE_EM * line.size + after.head > layout.right
        and abs(line.size - after.size) < SIZE_TOLERANCE
        and (after.bold or not line.bold)
        and (after.page != line.page or after.top - line.top <= layout.pitch + PITCH_SLACK)
    )


def _layout(flow: list[_Printed]) -> _Layout | None:
    """The left edge most lines start at, the right end of the longest line starting there, the commonest
    distance between two lines of one page in one size; None when the text shows no such lines."""
    singles = [line for line in flow if line.single]
    if not singles:
        return None
    left = Counter(round(line.x0) for line in singles).most_common(1)[0][0]
    right = max(line.x1 for line in singles if abs(line.x0 - left) <= EDGE_TOLERANCE)
    steps = Counter(
        round(2 * (after.top - line.top)) / 2
        for line, after in pairwise(flow)
        if line.single
        and after.single
        and after.page == line.page
        and after.top > line.top
        and abs(line.size - after.size) < SIZE_TOLERANCE
    )
    return _Layout(left, right, steps.most_common(1)[0][0]) if steps else None


def _number(word: Word, key: str) -> float:
    return float(str(word[key]))


def _rows(words: list[Word]) -> list[list[Word]]:
    """The words of each printed line (same top), left to right, lines top to bottom."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (_number(w, "top"), _number(w, "x0"))):
        if lines and abs(_number(lines[-1][0], "top") - _number(word, "top")) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: _number(w, "x0")) for line in lines]


def _printed(words: list[Word], page: int) -> _Printed:
    chars = [char for word in words for char in _chars(word) if str(char["text"]).strip()]
    letters = [char for char in chars if str(char["text"]).isalnum()]
    sizes = Counter(round(2 * _number(char, "size")) / 2 for char in chars)
    return _Printed(
        text=_joined(words),
        page=page,
        x0=_number(words[0], "x0"),
        x1=_number(words[-1], "x1"),
        top=min(_number(word, "top") for word in words),
        head=_number(words[0], "x1") - _number(words[0], "x0"),
        size=sizes.most_common(1)[0][0] if sizes else 0.0,
        bold=bool(letters) and all(_BOLD_FONT.search(str(char["fontname"])) for char in letters),
    )


def _chars(word: Word) -> list[Word]:
    chars = word.get("chars")
    return chars if isinstance(chars, list) else []


def _joined(words: list[Word]) -> str:
    parts = [str(words[0]["text"])]
    for before, word in pairwise(words):
        gap = _number(word, "x0") - _number(before, "x1")
        parts.append(("\t" if gap > COLUMN_GAP else " ") + str(word["text"]))
    return "".join(parts)
