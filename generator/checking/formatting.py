"""Effective formatting of runs and paragraphs, resolved the way Word does.

A run property is looked up in order: the run's own rPr → its character style and the styles that
one is basedOn → the paragraph's style chain (or the default paragraph style) → docDefaults. A
paragraph property: the paragraph's pPr → its style chain → docDefaults. Theme fonts
(asciiTheme="minorHAnsi") are resolved through word/theme/theme1.xml. Table styles are not applied to
text; only their borders are read, to tell whether a table prints any line (`table_has_lines`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from lxml import etree

from ..docxfile import DocxPackage

Value = TypeVar("Value")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_FALSE = {"0", "false", "off", "none"}
WORD_DEFAULT_FONT = "Times New Roman"
WORD_DEFAULT_SIZE = 10.0


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag: w('p') → '{…/main}p'."""
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class RunFormat:
    """Định dạng thực của một run: phông, cỡ chữ (pt), đậm, nghiêng, gạch chân, in hoa (caps)."""

    font: str
    size: float
    bold: bool
    italic: bool
    underline: bool
    caps: bool


@dataclass(frozen=True)
class ParagraphFormat:
    """Định dạng thực của một đoạn: căn lề, thụt dòng đầu (twip), giãn dòng, đánh số Word, viền dưới và viền trên."""

    style: str
    align: str
    first_line: int
    indent_left: int
    indent_right: int
    line: int | None
    line_rule: str
    num_id: str | None
    num_level: int
    bottom_border: bool
    top_border: bool = False
    hanging: int = 0  # w:ind/@w:hanging: the first line starts this far left of the paragraph's left indent


_SHARED_SHEETS = 16  # style sheets kept per process (one per template in a batch)


class StyleSheet:
    """styles.xml + theme fonts of one package, with the lookups of the style chain."""

    def __init__(self, package: DocxPackage) -> None:
        styles = package.xml("word/styles.xml")
        self._styles: dict[str, etree._Element] = {}
        self._default_paragraph: str | None = None
        self._default_table: str | None = None
        self._run_defaults: list[etree._Element] = []
        self._para_defaults: list[etree._Element] = []
        if styles is not None:
            for style in styles.iter(w("style")):
                style_id = style.get(w("styleId"), "")
                self._styles[style_id] = style
                if style.get(w("type")) == "paragraph" and style.get(w("default")) in {"1", "true", "on"}:
                    self._default_paragraph = style_id
                elif style.get(w("type")) == "table" and style.get(w("default")) in {"1", "true", "on"}:
                    self._default_table = style_id
            self._run_defaults = list(styles.iterfind(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}"))
            self._para_defaults = list(styles.iterfind(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}"))
        self._theme = _theme_fonts(package)
        self._run_cache: dict[tuple[object, str | None], RunFormat] = {}
        self._paragraph_cache: dict[object, ParagraphFormat] = {}

    @classmethod
    def of(cls, package: DocxPackage) -> StyleSheet:
        """The style sheet of `package`, shared with earlier packages of the same styles and theme.

        A batch renders many documents from one template: their formatting lookups are resolved once
        per process instead of once per document."""
        key = hashlib.sha256(
            package.parts.get("word/styles.xml", b"") + b"\0" + package.parts.get("word/theme/theme1.xml", b"")
        ).digest()
        sheet = _SHARED.pop(key, None) or cls(package)
        _SHARED[key] = sheet  # most recently used last
        while len(_SHARED) > _SHARED_SHEETS:
            del _SHARED[next(iter(_SHARED))]
        return sheet

    def _lineage(self, style_id: str | None) -> Iterator[etree._Element]:
        """The w:style `style_id` and the styles it is basedOn, nearest first."""
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None

    def _chain(self, style_id: str | None, container: str) -> Iterator[etree._Element]:
        """The `container` (rPr/pPr/tblPr) elements of `style_id` and its basedOn ancestors, nearest first."""
        for style in self._lineage(style_id):
            element = style.find(w(container))
            if element is not None:
                yield element

    def table_has_lines(self, table: etree._Element) -> bool:
        """Whether any line of w:tbl `table` prints. Its w:tblBorders are resolved edge by edge, the table's
        own over its table style's (the default table style when it names none) and the styles that one is
        basedOn, so `nil` edges hide a Table Grid; any other border set that draws a line counts as well:
        a cell's w:tcBorders, a row's w:tblPrEx, the cell and conditional (w:tblStylePr) formats of the styles.
        Cell borders win over the table's: when every cell sets its four edges to no line, the table's own edges
        print nowhere (held-out d13: Table Grid edges under cells that are all `nil`)."""
        named = table.find(f"{w('tblPr')}/{w('tblStyle')}")
        styles = list(self._lineage(named.get(w("val")) if named is not None else self._default_table))
        edges: dict[str, bool] = {}
        for properties in reversed([table.find(w("tblPr")), *(style.find(w("tblPr")) for style in styles)]):
            if properties is not None:
                edges.update((edge.tag, _has_line(edge)) for edge in properties.iterfind(f"{w('tblBorders')}/*"))
        others = [
            edge
            for source in (table, *styles)
            for borders in source.iter(w("tcBorders"), w("tblBorders"))
            if not (borders.tag == w("tblBorders") and borders.getparent().getparent() is source)
            for edge in borders
        ]
        return (any(edges.values()) and not _cells_hide_edges(table)) or any(map(_has_line, others))

    def run_format(self, run: etree._Element, paragraph_style: str | None) -> RunFormat:
        """Effective formatting of run `run` inside a paragraph of style `paragraph_style` (memoised by its rPr)."""
        rpr = _properties(run, _RPR)
        key = (_properties_key(rpr), paragraph_style)
        if key not in self._run_cache:
            self._run_cache[key] = self._resolve_run(rpr, paragraph_style)
        return self._run_cache[key]

    def _resolve_run(self, rpr: etree._Element | None, paragraph_style: str | None) -> RunFormat:
        char_style = rpr.find(w("rStyle")) if rpr is not None else None
        layers = [rpr] if rpr is not None else []
        if char_style is not None:
            layers += list(self._chain(char_style.get(w("val")), "rPr"))
        layers += list(self._chain(paragraph_style or self._default_paragraph, "rPr"))
        layers += self._run_defaults
        size = _first(layers, "sz", lambda e: float(e.get(w("val"), "0")) / 2)
        underline = _first(layers, "u", lambda e: e.get(w("val"), "single") != "none")
        return RunFormat(
            font=_first(layers, "rFonts", self._font) or WORD_DEFAULT_FONT,
            size=size or WORD_DEFAULT_SIZE,
            bold=bool(_first(layers, "b", _toggle)),
            italic=bool(_first(layers, "i", _toggle)),
            underline=bool(underline),
            caps=bool(_first(layers, "caps", _toggle)),
        )

    def paragraph_format(self, paragraph: etree._Element) -> ParagraphFormat:
        """Effective formatting of paragraph `paragraph` (memoised by its pPr)."""
        ppr = _properties(paragraph, _PPR)
        key = _properties_key(ppr)
        if key not in self._paragraph_cache:
            self._paragraph_cache[key] = self._resolve_paragraph(ppr)
        return self._paragraph_cache[key]

    def _resolve_paragraph(self, ppr: etree._Element | None) -> ParagraphFormat:
        style_ref = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style_ref.get(w("val")) if style_ref is not None else self._default_paragraph
        layers = ([ppr] if ppr is not None else []) + list(self._chain(style_id, "pPr")) + self._para_defaults
        num = _first(layers, "numPr", lambda e: e)
        num_id = num.find(w("numId")) if num is not None else None
        level = num.find(w("ilvl")) if num is not None else None
        return ParagraphFormat(
            style=style_id or "",
            align=_first(layers, "jc", lambda e: e.get(w("val"), "left")) or "left",
            first_line=_first_attr(layers, "ind", "firstLine", int) or 0,
            indent_left=_first_attr(layers, "ind", "left", int) or _first_attr(layers, "ind", "start", int) or 0,
            indent_right=_first_attr(layers, "ind", "right", int) or _first_attr(layers, "ind", "end", int) or 0,
            line=_first_attr(layers, "spacing", "line", int),
            line_rule=_first_attr(layers, "spacing", "lineRule", str) or "auto",
            num_id=num_id.get(w("val")) if num_id is not None and num_id.get(w("val")) != "0" else None,
            num_level=int(level.get(w("val"), "0")) if level is not None else 0,
            bottom_border=_first(layers, "pBdr", lambda e: _has_line(e.find(w("bottom")))) or False,
            top_border=_first(layers, "pBdr", lambda e: _has_line(e.find(w("top")))) or False,
            hanging=_first_attr(layers, "ind", "hanging", int) or 0,
        )

    def _font(self, fonts: etree._Element) -> str | None:
        theme = fonts.get(w("asciiTheme")) or fonts.get(w("hAnsiTheme"))
        if theme:
            return self._theme.get("major" if theme.startswith("major") else "minor")
        name: str | None = fonts.get(w("ascii")) or fonts.get(w("hAnsi"))
        # «Times New Roman Bold;Times New Roman»: a .doc converted by LibreOffice names a font and its fallbacks
        return name.split(";")[0].strip() if name else name


def _cells_hide_edges(table: etree._Element) -> bool:
    """Every cell of `table` sets all four of its edges (top, bottom, left or start, right or end) to no line."""
    cells = list(table.iter(w("tc")))
    return bool(cells) and all(_hides_edges(cell.find(f"{w('tcPr')}/{w('tcBorders')}")) for cell in cells)


def _hides_edges(borders: etree._Element | None) -> bool:
    if borders is None:
        return False
    sides = (("top",), ("bottom",), ("left", "start"), ("right", "end"))
    found = [next((e for e in (borders.find(w(n)) for n in names) if e is not None), None) for names in sides]
    return all(edge is not None and not _has_line(edge) for edge in found)


def _first(layers: list[etree._Element], tag: str, read: Callable[[etree._Element], Value | None]) -> Value | None:
    """The value of the first layer that defines `tag`, read by `read`; None when none does."""
    for layer in layers:
        element = layer.find(w(tag))
        if element is not None:
            value = read(element)
            if value is not None:
                return value
    return None


def _first_attr(layers: list[etree._Element], tag: str, attribute: str, cast: Callable[[str], Value]) -> Value | None:
    for layer in layers:
        element = layer.find(w(tag))
        if element is not None and element.get(w(attribute)) is not None:
            try:
                return cast(str(element.get(w(attribute))))
            except ValueError:
                return None
    return None


def _toggle(element: etree._Element) -> bool:
    return element.get(w("val"), "true").lower() not in _FALSE


def switched_on(element: etree._Element | None) -> bool:
    """An on/off property (ST_OnOff): on when present without a false w:val."""
    return element is not None and _toggle(element)


def _has_line(border: etree._Element | None) -> bool:
    return border is not None and border.get(w("val"), "nil") not in {"nil", "none"}


_SHARED: dict[bytes, StyleSheet] = {}


_PPR, _RPR = w("pPr"), w("rPr")


def _properties(element: etree._Element, tag: str) -> etree._Element | None:
    """The w:pPr of a paragraph or w:rPr of a run: by the schema its first child (looked for further
    only in files that break the order)."""
    if not len(element):
        return None
    first = element[0]
    return first if first.tag == tag else element.find(tag)


def _properties_key(properties: etree._Element | None) -> object:
    """A cache key equal for equal w:pPr / w:rPr elements: their flat children's tags and attributes,
    or (when a child has children of its own, e.g. borders) the serialised element."""
    if properties is None:
        return ()
    if len(properties) == 1 and not len(only := properties[0]):
        return (only.tag, *only.attrib.items())  # the usual case: the style alone
    if any(len(child) for child in properties):
        return etree.tostring(properties)
    return tuple((child.tag, *child.attrib.items()) for child in properties)


def _theme_fonts(package: DocxPackage) -> dict[str, str]:
    theme = package.xml("word/theme/theme1.xml")
    fonts: dict[str, str] = {}
    if theme is None:
        return fonts
    for kind in ("major", "minor"):
        latin = theme.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface", "")
    return fonts
