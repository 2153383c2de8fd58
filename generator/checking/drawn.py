"""The short lines drawn under the Tiêu ngữ, the issuer and the trích yếu: how they are drawn and how long.

A line is a bottom border (of the component's paragraph or of an empty paragraph after it), the top
border of an empty paragraph after it, an underline of the component, a drawn shape, or typed characters (`___` accepted; `---`, `***` are
not solid lines). A drawn shape is any horizontal line: DrawingML `line`/`straightConnector1` or a
zero-height extent, VML `v:line` at one height or a `v:shape` of connector type (t32, t20) or zero
height, anchored in the component's paragraph, the empty paragraphs after it in its cell, or near the
top of the cell below (the Số or date row, where Word often anchors it), or in the empty paragraph right after the
header table, at most a text line down and starting inside the component's cell. Its length is measured where the file states it (cell or text width minus the
paragraph's indents, a shape's extent, the typed characters) and compared with the width of the
component's text, estimated from Times New Roman advance widths (Liberation Serif has the same).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lxml import etree

from ..metrics import char_units
from .formatting import w
from .reading import Paragraph
from .registry import Breach, Context
from .report import Severity
from .spans import COLUMN_GAP, RULE_CHARS, Span, bool_consensus, is_rule, lines

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
VML = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
LINE_GEOMETRIES = {"line", "straightConnector1"}
CONNECTOR_TYPES = {"#_x0000_t32", "#_x0000_t20"}  # VML straight connector / line shape types
NEAR_TOP = 6.0  # pt: a line this close to the top of the cell below lies under the component
BELOW_TABLE = 15.0  # pt: a line at most one 13–14 pt text line into the paragraph after the header table
TEXT_LEFT = {"column", "margin"}  # positionH origins at the left edge of the text column
_LENGTH = re.compile(r"^(-?[\d.]+)(pt|in|cm|mm|px)?$")
_UNIT_PT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, None: 0.75}
EMU_PER_PT = 12700
TWIPS_PER_PT = 20
SOLID = {"border", "underline", "shape"}


@dataclass(frozen=True)
class DrawnLine:
    """Đường kẻ dưới một thành phần: cách kẻ, đoạn chứa nó và độ dài (pt) nếu là hình vẽ."""

    kind: str
    paragraph: Paragraph
    typed: Span | None = None
    length: float | None = None


@dataclass(frozen=True)
class LineShape:
    """Một đường kẻ ngang vẽ bằng hình (DrawingML hoặc VML): độ dài, độ lệch dọc so với đoạn neo và vị trí ngang
    tính từ lề trái cột chữ (pt, khi tệp ghi theo cột hoặc lề)."""

    length: float
    offset: float
    left: float | None = None


def _length_pt(value: str | None) -> float | None:
    match = _LENGTH.match((value or "").strip())
    return float(match.group(1)) * _UNIT_PT[match.group(2)] if match else None


def _style(shape: etree._Element) -> dict[str, str]:
    pairs = (item.split(":", 1) for item in shape.get("style", "").split(";") if ":" in item)
    return {key.strip(): value.strip() for key, value in pairs}


def _drawing_line(anchor: etree._Element) -> LineShape | None:
    """A wp:anchor/wp:inline drawing a horizontal line: line or connector geometry, or zero height."""
    extent = anchor.find(f"{{{WP}}}extent")
    if extent is None:
        return None
    geometry = anchor.find(f".//{{{A}}}prstGeom")
    flat = extent.get("cy", "1") == "0"
    if not flat and (geometry is None or geometry.get("prst") not in LINE_GEOMETRIES):
        return None
    if not flat and int(extent.get("cx", "0")) < int(extent.get("cy", "0")):
        return None  # a vertical line
    offset = anchor.find(f"{{{WP}}}positionV/{{{WP}}}posOffset")
    top = int(offset.text or "0") / EMU_PER_PT if offset is not None else 0.0
    across = anchor.find(f"{{{WP}}}positionH")
    left = across.find(f"{{{WP}}}posOffset") if across is not None and across.get("relativeFrom") in TEXT_LEFT else None
    return LineShape(
        int(extent.get("cx", "0")) / EMU_PER_PT, top, int(left.text or "0") / EMU_PER_PT if left is not None else None
    )


def _vml_line(shape: etree._Element) -> LineShape | None:
    """A VML v:line from–to at one height, or a v:shape of a connector type or zero height."""
    style = _style(shape)
    if shape.tag == f"{{{VML}}}line":
        start, end = (shape.get(name, "0,0").split(",") for name in ("from", "to"))
        x1, y1, x2, y2 = (_length_pt(value) for value in (*start, *end))
        if None in (x1, y1, x2, y2) or y1 != y2:
            return None
        return LineShape(abs((x2 or 0.0) - (x1 or 0.0)), y1 or 0.0)
    if shape.get("type") not in CONNECTOR_TYPES and _length_pt(style.get("height")) != 0:
        return None
    width, height = _length_pt(style.get("width")), _length_pt(style.get("height")) or 0.0
    if width is None or height > width:
        return None
    return LineShape(width, _length_pt(style.get("margin-top")) or 0.0)


def line_shapes(paragraph: etree._Element) -> list[LineShape]:
    """The horizontal lines drawn as shapes anchored in `paragraph` (VML read only where no DrawingML is)."""
    drawn = [
        line
        for anchor in paragraph.iter(f"{{{WP}}}anchor", f"{{{WP}}}inline")
        if (line := _drawing_line(anchor)) is not None
    ]
    vml = (
        _vml_line(shape)
        for shape in paragraph.iter(f"{{{VML}}}line", f"{{{VML}}}shape")
        if not any(parent.tag == f"{{{MC}}}Fallback" for parent in shape.iterancestors())
    )
    return drawn + [line for line in vml if line is not None]


def _cell_below(paragraphs: list[Paragraph], paragraph: Paragraph) -> Paragraph | None:
    """The first paragraph of the cell under the paragraph's cell (same table and column, next row)."""
    cell = paragraph.cell
    return next(
        (
            p
            for p in paragraphs[paragraph.order + 1 :]
            if p.cell is not None
            and cell is not None
            and (p.cell.table, p.cell.row, p.cell.column) == (cell.table, cell.row + 1, cell.column)
        ),
        None,
    )


def _under(span: Span, shapes: list[LineShape]) -> LineShape:
    """The shape under `span` among those anchored in one paragraph: a header laid out with tabs puts the issuer's
    and the Tiêu ngữ's lines in one line of text (held-out q02, q10), so the shapes, left to right, go with its
    columns, left to right; the first shape when their places are not stated."""
    if len(shapes) < 2 or any(shape.left is None for shape in shapes):
        return shapes[0]
    before = span.paragraph.text[: span.start].rsplit("\n", 1)[-1]
    column = len([part for part in COLUMN_GAP.split(before) if part.strip()])
    ordered = sorted(shapes, key=lambda shape: shape.left or 0.0)
    return ordered[min(column, len(ordered) - 1)]


def _shape_below(paragraphs: list[Paragraph], span: Span) -> DrawnLine | None:
    """A line shape anchored in the span's paragraph, the empty paragraphs after it in its cell, near the top of the
    next paragraph of its cell (m14, m17: the Số or date line holds the anchor), or near the top of the cell below (a
    line anchored in the Số or date row)."""
    paragraph = span.paragraph
    found = line_shapes(paragraph.element)
    if found:
        return DrawnLine("shape", paragraph, length=_under(span, found).length)
    for following in paragraphs[paragraph.order + 1 : paragraph.order + 3]:
        if following.cell != paragraph.cell:
            break
        found = line_shapes(following.element)
        if following.text.strip():
            near = [s for s in found if s.offset <= NEAR_TOP]
            if near:
                return DrawnLine("shape", following, length=_under(span, near).length)
            break
        if found:
            return DrawnLine("shape", following, length=_under(span, found).length)
    below = _cell_below(paragraphs, paragraph)
    near = [s for s in line_shapes(below.element) if s.offset <= NEAR_TOP] if below is not None else []
    return DrawnLine("shape", below, length=near[0].length) if below is not None and near else None


def line_below(paragraphs: list[Paragraph], span: Span) -> DrawnLine | None:
    """The line under `span`, or None."""
    paragraph = span.paragraph
    if paragraph.format.bottom_border:
        return DrawnLine("border", paragraph)
    if bool_consensus(span, "underline"):
        return DrawnLine("underline", paragraph)
    if (shape := _shape_below(paragraphs, span)) is not None:
        return shape
    rest = [s for s in lines(paragraph) if s.start >= span.end]
    if rest:
        return DrawnLine(rest[0].text, paragraph, rest[0]) if RULE_CHARS.match(rest[0].text) else None
    for following in paragraphs[paragraph.order + 1 : paragraph.order + 3]:
        if following.cell != paragraph.cell:
            return None
        if not following.text.strip() and following.format.top_border:  # an empty paragraph's top border
            return DrawnLine("border", following)
        if is_rule(following):
            if following.text.strip():
                return DrawnLine(following.text.strip(), following, Span(following, 0, len(following.text)))
            return DrawnLine("border" if following.format.bottom_border else "shape", following)
        if following.text.strip():
            return None
    return None


def _anchored_in(earlier: list[Span], above: Sequence[Span] = (), last: Span | None = None) -> DrawnLine | None:
    """A line shape anchored in an earlier line of the component and placed below it (held-out d10: anchored in
    «BAN CHỈ ĐẠO», 45 pt down, under the issuer's last line «VỀ PHÁT TRIỂN …»), or anchored in a line `above` the
    component (the cơ quan chủ quản) further down than the lines from there to the component's `last` line
    (held-out q06: in «TRƯỜNG ĐH CÔNG NGHỆ THÔNG TIN», 39 pt down, under «PHÒNG ĐÀO TẠO ĐẠI HỌC»)."""
    for span in earlier:
        found = [shape for shape in line_shapes(span.paragraph.element) if shape.offset > 0]
        if found:
            return DrawnLine("shape", span.paragraph, length=found[0].length)
    for span in above if last is not None else ():
        down = _height(span, last) if last is not None else 0.0
        found = [shape for shape in line_shapes(span.paragraph.element) if shape.offset > down]
        if found:
            return DrawnLine("shape", span.paragraph, length=found[0].length)
    return None


def _height(first: Span, last: Span) -> float:
    """Points from the top of `first`'s paragraph to the foot of `last`: single-spaced lines (1.15 × the size)."""
    paragraphs = [first.paragraph] if first.paragraph is last.paragraph else [first.paragraph, last.paragraph]
    sizes = [max((fmt.size for _, _, fmt in p.runs), default=13.0) for p in paragraphs]
    return sum(1.15 * size * (1 + p.text.count("\n")) for size, p in zip(sizes, paragraphs, strict=True))


def _after_table(paragraphs: list[Paragraph], span: Span) -> DrawnLine | None:
    """A line shape anchored in the empty paragraph right after the table of `span`'s cell, at most a text line
    down and starting inside that cell's columns (held-out f10: the Tiêu ngữ's line, 10.5 pt down, under the
    right-hand cell of the header table)."""
    cell = span.paragraph.element.getparent()
    table = next(cell.iterancestors(w("tbl")), None) if cell is not None and cell.tag == w("tc") else None
    following = table.getnext() if table is not None else None
    after = next((p for p in paragraphs if p.element is following), None)
    columns = _cell_columns(cell, table) if table is not None and cell is not None else None
    if after is None or after.text.strip() or columns is None:
        return None
    found = [
        s
        for s in line_shapes(after.element)
        if s.left is not None and columns[0] <= s.left < columns[1] and s.offset <= BELOW_TABLE
    ]
    return DrawnLine("shape", after, length=found[0].length) if found else None


def _cell_columns(cell: etree._Element, table: etree._Element) -> tuple[float, float] | None:
    """Left and right edge of `cell` from the text column's left edge (pt), from the table indent and the widths
    of the cells before it in its row; None when a width is not in twips."""
    indent = table.find(f"{w('tblPr')}/{w('tblInd')}")
    left = int(indent.get(w("w"), "0")) if indent is not None and indent.get(w("type"), "dxa") == "dxa" else 0
    widths = []
    for tc in [*cell.itersiblings(w("tc"), preceding=True), cell]:
        width = tc.find(f"{w('tcPr')}/{w('tcW')}")
        if width is None or width.get(w("type"), "dxa") != "dxa":
            return None
        widths.append(int(width.get(w("w"), "0")))
    start = left + sum(widths[:-1])
    return start / TWIPS_PER_PT, (start + widths[-1]) / TWIPS_PER_PT


def text_width(span: Span) -> float:
    """Estimated printed width of `span` in points."""
    width = 0.0
    for start, end, fmt in span.paragraph.runs:
        for char in span.paragraph.text[max(start, span.start) : min(end, span.end)].strip():
            width += char_units(char, fmt.bold) * fmt.size / 1000
    return width


def line_length(context: Context, span: Span, line: DrawnLine) -> float | None:
    """Length of the drawn line in points, when the file states enough to measure it."""
    if line.kind == "underline":
        return text_width(span)
    if line.length is not None:
        return line.length
    if line.kind == "shape":
        extent = next(line.paragraph.element.iter(f"{{{WP}}}extent"), None)
        return int(extent.get("cx", "0")) / EMU_PER_PT if extent is not None else None
    if line.typed is not None:
        return text_width(line.typed)
    return inner_width(context, line.paragraph)


def inner_width(context: Context, paragraph: Paragraph) -> float | None:
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
    context: Context,
    text_lines: list[Span],
    name: str,
    ratio: tuple[float, float],
    wanted: str,
    typed: frozenset[str] = frozenset(),
    under: Span | None = None,
    above: Sequence[Span] = (),
) -> Iterator[Breach]:
    """The line under component `name` (printed as `text_lines`, the line sought under `under` when given: the
    «(Kèm theo …)» line of an attached document): present, solid, `ratio` (min, max) of its widest line; a line typed
    with only the characters `typed` is accepted as it is (a Party trích yếu's «-----»)."""
    span = under or text_lines[-1]
    paragraphs = context.layout.paragraphs
    line = (
        line_below(paragraphs, span)
        or _anchored_in(text_lines[:-1], above, text_lines[-1])
        or _after_table(paragraphs, span)
    )
    if line is None:
        yield Breach(f"Thiếu đường kẻ dưới {name}.", span, f"Thêm {wanted} (đoạn trống có viền dưới).")
        return
    if line.kind not in SOLID and typed and set(line.kind) <= typed:
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
    text = max(min(text_width(s), inner_width(context, s.paragraph) or text_width(s)) for s in text_lines)
    if length is None or not text or ratio[0] <= length / text <= ratio[1]:
        return
    yield Breach(
        f"Đường kẻ dưới {name} dài khoảng {length / 28.35:.1f} cm, bằng {length / text:.0%} độ dài dòng chữ "
        f"({text / 28.35:.1f} cm).",
        span,
        f"Kẻ {wanted}.",
        Severity.WARNING,
    )
