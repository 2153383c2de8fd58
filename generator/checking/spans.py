"""Spans of paragraph text (one component each), lines, columns of tab-laid paragraphs, drawn rules.

A `Span` is a slice of one paragraph's text, so a component's formatting is judged over exactly the
runs that carry it, whether the component fills a table cell or shares a tab-laid line with another.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .reading import Paragraph

COLUMN_GAP = re.compile(r"\t|[ \u00a0]{3,}")
RULE_CHARS = re.compile(r"^[\s_\-–—*]+$")
NOT_A_LETTER = re.compile(r"[\W\d_]+")


def fold(text: str) -> str:
    """Text with the old accent placement "HOÀ/hoà" written "HÒA/hòa" (same length), for matching."""
    return text.replace("OÀ", "ÒA").replace("oà", "òa").replace("Oà", "Òa")


@dataclass(frozen=True)
class Span:
    """Một thành phần: đoạn chứa nó và vị trí [start, end) trong văn bản của đoạn."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end].strip()

    @property
    def where(self) -> str:
        return self.paragraph.where


def whole(paragraph: Paragraph) -> Span:
    return Span(paragraph, 0, len(paragraph.text))


def lines(paragraph: Paragraph) -> list[Span]:
    """The non-blank lines (split at line breaks) of a paragraph."""
    return [Span(paragraph, m.start(), m.end()) for m in re.finditer(r"[^\n]+", paragraph.text) if m.group().strip()]


@functools.lru_cache(maxsize=4096)  # asked ~100 times per document, of the same few dozen lines
def is_upper(text: str) -> bool:
    """At least two letters, and every cased letter a capital (no per-character Python loop: issue 15)."""
    letters = NOT_A_LETTER.sub("", text)
    if not letters.isalpha():  # rare: a word character that is no letter nor decimal digit (², ½)
        letters = "".join(c for c in letters if c.isalpha())
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def first_column(line: Span) -> Span:
    text = line.paragraph.text
    start = line.start + len(text[line.start : line.end]) - len(text[line.start : line.end].lstrip())
    gap = COLUMN_GAP.search(text, start, line.end)
    return Span(line.paragraph, start, gap.start() if gap else line.end)


def bool_consensus(span: Span, attribute: str) -> bool:
    """True when most visible characters of `span` have the run property `attribute`."""
    formats = span.paragraph.formats(span.start, span.end)
    yes = sum(n for fmt, n in formats if getattr(fmt, attribute))
    return yes * 2 > sum(n for _, n in formats)


def is_rule(paragraph: Paragraph) -> bool:
    """An empty paragraph drawn as a line: a bottom border, a shape, or typed _ - * characters."""
    text = paragraph.text.strip()
    if not text:
        return paragraph.format.bottom_border or paragraph.has_shape
    return bool(RULE_CHARS.match(text)) and len(text) >= 3
