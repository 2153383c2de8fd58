"""Inputs that are not .docx or text: a .pdf (its text with positions); a .doc is converted by exporting.pdf.

A PDF has no columns, only words at positions: the words of one line (same top) are joined, and
a wide horizontal gap between two words starts a new cell, so the two header columns (issuer |
Quốc hiệu, Số | date) come out as cells, as from a .docx table (issue 16).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from ..errors import Problem, UnreadableDocumentError
from ..pdffile import read_pdf

LINE_TOLERANCE = 3.0  # points: words whose tops differ less are on one line
COLUMN_GAP = 24.0  # points: a wider gap between two words is a column break
Word = dict[str, object]


def pdf_texts(path: Path) -> list[str]:
    """One string per printed line, cells separated by a tab, a blank string after each page."""
    texts: list[str] = []
    for page in read_pdf(path):
        texts += _page_lines(list(page.words))
        texts.append("")
    if not any(texts):
        raise UnreadableDocumentError(
            Problem(
                "Tệp PDF không có lớp chữ (bản quét).",
                file=path,
                hint="Nhận dạng chữ (OCR) hoặc dùng bản .docx của văn bản.",
            )
        )
    return texts


def _number(word: Word, key: str) -> float:
    return float(str(word[key]))


def _page_lines(words: list[Word]) -> list[str]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (_number(w, "top"), _number(w, "x0"))):
        if lines and abs(_number(lines[-1][0], "top") - _number(word, "top")) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [_joined(sorted(line, key=lambda w: _number(w, "x0"))) for line in lines]


def _joined(words: list[Word]) -> str:
    parts = [str(words[0]["text"])]
    for before, word in pairwise(words):
        gap = _number(word, "x0") - _number(before, "x1")
        parts.append(("\t" if gap > COLUMN_GAP else " ") + str(word["text"]))
    return "".join(parts)
