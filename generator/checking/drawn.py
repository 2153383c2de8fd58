"""The short lines drawn under the Tiêu ngữ, the issuer and the trích yếu: how they are drawn and how long.

A line is a bottom border (of the component's paragraph or of an empty paragraph after it), an
underline of the component, a drawn shape, or typed characters (`___` accepted; `---`, `***` are
not solid lines). Its length is measured where the file states it (cell or text width minus the
paragraph's indents, a shape's extent, the typed characters) and compared with the width of the
component's text, estimated from Times New Roman advance widths (Liberation Serif has the same).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .formatting import w
from .reading import Paragraph
from .registry import Breach, Context
from .report import Severity
from .spans import RULE_CHARS, Span, bool_consensus, is_rule, lines

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
EMU_PER_PT = 12700
TWIPS_PER_PT = 20
# Advance widths per 1000 units of Liberation Serif (= Times New Roman) Regular / Bold, for the base letter of
# each character (checked with Pillow against Liberation Serif 2, which has the Vietnamese glyphs).
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzĐđ"
_REGULAR = (
    722,
    667,
    667,
    722,
    611,
    556,
    722,
    722,
    333,
    389,
    722,
    611,
    889,
    722,
    722,
    556,
    722,
    667,
    556,
    611,
    722,
    722,
    944,
    722,
    722,
    611,
    444,
    500,
    444,
    500,
    444,
    333,
    500,
    500,
    278,
    278,
    500,
    278,
    778,
    500,
    500,
    500,
    500,
    333,
    389,
    278,
    500,
    500,
    722,
    500,
    500,
    444,
    722,
    500,
)
_BOLD = (
    722,
    667,
    722,
    722,
    667,
    611,
    778,
    778,
    389,
    500,
    778,
    667,
    944,
    722,
    778,
    611,
    778,
    722,
    556,
    667,
    722,
    722,
    1000,
    722,
    722,
    667,
    500,
    556,
    444,
    556,
    444,
    333,
    500,
    556,
    278,
    333,
    556,
    278,
    833,
    556,
    500,
    556,
    556,
    444,
    389,
    333,
    556,
    500,
    722,
    500,
    500,
    444,
    722,
    556,
)
WIDTHS = {False: dict(zip(_LETTERS, _REGULAR, strict=False)), True: dict(zip(_LETTERS, _BOLD, strict=False))}
OTHER_WIDTHS = {" ": 250, "-": 333, ",": 250, ".": 250, "_": 500}
DEFAULT_WIDTH = 500
HORN, HORN_EXTRA = "\u031b", 50  # ư ơ Ư Ơ are about 50 units wider than u o U O
SOLID = {"border", "underline", "shape"}


@dataclass(frozen=True)
class DrawnLine:
    """Đường kẻ dưới một thành phần: cách kẻ và đoạn chứa nó."""

    kind: str
    paragraph: Paragraph
    typed: Span | None = None


def line_below(paragraphs: list[Paragraph], span: Span) -> DrawnLine | None:
    """The line under `span`, or None."""
    paragraph = span.paragraph
    if paragraph.format.bottom_border:
        return DrawnLine("border", paragraph)
    if bool_consensus(span, "underline"):
        return DrawnLine("underline", paragraph)
    rest = [s for s in lines(paragraph) if s.start >= span.end]
    if rest:
        return DrawnLine(rest[0].text, paragraph, rest[0]) if RULE_CHARS.match(rest[0].text) else None
    for following in paragraphs[paragraph.order + 1 : paragraph.order + 3]:
        if following.cell != paragraph.cell:
            return None
        if is_rule(following):
            if following.text.strip():
                return DrawnLine(following.text.strip(), following, Span(following, 0, len(following.text)))
            return DrawnLine("border" if following.format.bottom_border else "shape", following)
        if following.text.strip():
            return None
    return None


def text_width(span: Span) -> float:
    """Estimated printed width of `span` in points."""
    width = 0.0
    for start, end, fmt in span.paragraph.runs:
        for char in span.paragraph.text[max(start, span.start) : min(end, span.end)].strip():
            decomposed = unicodedata.normalize("NFD", char)
            units = WIDTHS[fmt.bold].get(decomposed[0]) or OTHER_WIDTHS.get(char, DEFAULT_WIDTH)
            units += HORN_EXTRA if HORN in decomposed else 0
            width += units * fmt.size / 1000
    return width


def line_length(context: Context, span: Span, line: DrawnLine) -> float | None:
    """Length of the drawn line in points, when the file states enough to measure it."""
    if line.kind == "underline":
        return text_width(span)
    if line.kind == "shape":
        extent = next(line.paragraph.element.iter(f"{{{WP}}}extent"), None)
        return int(extent.get("cx", "0")) / EMU_PER_PT if extent is not None else None
    if line.typed is not None:
        return text_width(line.typed)
    return _inner_width(context, line.paragraph)


def _inner_width(context: Context, paragraph: Paragraph) -> float | None:
    """Points between the paragraph's indents inside its cell or text area."""
    available = _available_width(context, paragraph.element)
    if available is None:
        return None
    return (available - paragraph.format.indent_left - paragraph.format.indent_right) / TWIPS_PER_PT


def _available_width(context: Context, element: etree._Element) -> int | None:
    """Twips between the margins of the paragraph's cell, or of the first section's text area."""
    cell = element.getparent()
    if cell is not None and cell.tag == w("tc"):
        width = cell.find(f"{w('tcPr')}/{w('tcW')}")
        if width is None or width.get(w("type"), "dxa") != "dxa":
            return None
        return int(width.get(w("w"), "0"))
    if not context.sections:
        return None
    size, margin = context.sections[0].find(w("pgSz")), context.sections[0].find(w("pgMar"))
    if size is None or margin is None:
        return None
    return int(size.get(w("w"), "0")) - int(margin.get(w("left"), "0")) - int(margin.get(w("right"), "0"))


def line_breaches(
    context: Context, text_lines: list[Span], name: str, ratio: tuple[float, float], wanted: str
) -> Iterator[Breach]:
    """The line under component `name` (printed as `text_lines`): present, solid, `ratio` (min, max) of its widest line."""
    span = text_lines[-1]
    line = line_below(context.layout.paragraphs, span)
    if line is None:
        yield Breach(f"Thiếu đường kẻ dưới {name}.", span, f"Thêm {wanted} (đoạn trống có viền dưới).")
        return
    if line.kind not in SOLID and not set(line.kind) <= {"_"}:
        yield Breach(
            f"Đường kẻ dưới {name} gõ bằng ký tự «{line.kind[:12]}», không phải đường kẻ liền.",
            span,
            f"Thay bằng {wanted} (viền dưới của đoạn hoặc đường kẻ).",
            Severity.WARNING,
        )
        return
    length = line_length(context, span, line)
    text = max(min(text_width(s), _inner_width(context, s.paragraph) or text_width(s)) for s in text_lines)
    if length is None or not text or ratio[0] <= length / text <= ratio[1]:
        return
    yield Breach(
        f"Đường kẻ dưới {name} dài khoảng {length / 28.35:.1f} cm, bằng {length / text:.0%} độ dài dòng chữ "
        f"({text / 28.35:.1f} cm).",
        span,
        f"Kẻ {wanted}.",
        Severity.WARNING,
    )
