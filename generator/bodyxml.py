"""The body as WordprocessingML: paragraphs in the template's styles, and tables (spec §1, §3).

Text goes through docxtpl's RichText, which escapes it for XML; `*nghiêng*`, `**đậm**` and
`***đậm nghiêng***` become italic, bold and bold italic runs, and `\\*` prints a literal `*`
(`marked` writes this markup, `unmarked` reads it back). A table is a real Word table: single black
borders (the checker's `bang-vien` rule), fixed column widths that fill the text width, the header
row repeated on every page (`w:tblHeader`), no row split across pages (`w:cantSplit`), cells in the
`VB Bang …` styles — the body's font and size, aligned per column.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from docxtpl import RichText, RichTextParagraph

BOLD, ITALIC = 1, 2
_MARKS = {0: "", ITALIC: "*", BOLD: "**", BOLD | ITALIC: "***"}
_STYLE_OF_MARK = {mark: style for style, mark in _MARKS.items()}
# One to three stars, text without an unescaped star, the same stars; a `\*` is never an opening star.
_EMPHASIS = re.compile(r"(?<!\\)(\*{1,3})((?:[^*\\]|\\\*|\\(?!\*))+)\1")
_ESCAPE = re.compile(r"\\\*")

STYLE_OF_KIND = {
    "doan": "VB Doan",
    **{f"muc-{depth}": f"VB Muc {depth}" for depth in range(1, 7)},
    "y-1": "VB Y 1",
    "y-2": "VB Y 2",
    "tieu-de-giua": "VB Tieu de giua",
    "bang-tieu-de": "VB Bang tieu de",
    **{f"bang-{align}": f"VB Bang {align}" for align in ("trai", "giua", "phai", "deu")},
}
_BORDERS = "".join(
    f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
)
_CELL_MARGINS = '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'


def runs(text: str, bold: bool = False) -> RichText:
    """Text with `*nghiêng*`, `**đậm**`, `***đậm nghiêng***` emphasis as runs (everything else plain, or bold throughout)."""
    out = RichText()
    for piece, style in _pieces(text):
        out.add(piece, bold=bold or bool(style & BOLD), italic=bool(style & ITALIC))
    return out


def _pieces(text: str) -> list[tuple[str, int]]:
    """The stretches of `text` and their emphasis (BOLD, ITALIC bits), markup and escapes removed."""
    out: list[tuple[str, int]] = []
    end = 0
    for match in _EMPHASIS.finditer(text):
        out += [
            (_ESCAPE.sub("*", text[end : match.start()]), 0),
            (_ESCAPE.sub("*", match[2]), _STYLE_OF_MARK[match[1]]),
        ]
        end = match.end()
    out.append((_ESCAPE.sub("*", text[end:]), 0))
    return [(piece, style) for piece, style in out if piece]


def escaped(text: str) -> str:
    """Plain text as body text: every `*` written `\\*`, so none of them starts emphasis."""
    return text.replace("*", "\\*")


def marked(text: str, styles: Sequence[int]) -> str:
    """Plain `text` with the emphasis of each character (`styles`, BOLD/ITALIC bits; missing ones plain) as markup."""
    pairs = zip(text, itertools.chain(styles, itertools.repeat(0)), strict=False)
    return "".join(
        f"{_MARKS[style]}{escaped(''.join(ch for ch, _ in group))}{_MARKS[style]}"
        for style, group in itertools.groupby(pairs, key=lambda pair: pair[1])
    )


def unmarked(text: str) -> tuple[str, tuple[int, ...]]:
    """Body text → its plain text and the emphasis of each character (the inverse of `marked`)."""
    pieces = _pieces(text)
    return "".join(piece for piece, _ in pieces), tuple(style for piece, style in pieces for _ in piece)


def body_xml(elements: list[dict[str, Any]], style_ids: dict[str, str]) -> RichTextParagraph:
    """Body elements (`{kieu, van_ban}` paragraphs and `kieu: bang` tables) → WordprocessingML."""
    out = RichTextParagraph()
    previous = ""
    for element in elements:
        if element["kieu"] != "bang":
            out.add(runs(element["van_ban"]), parastyle=style_ids[STYLE_OF_KIND[element["kieu"]]])
        else:
            if element["tieu_de"]:
                out.add(runs(element["tieu_de"]), parastyle=style_ids[STYLE_OF_KIND["bang-tieu-de"]])
            elif previous == "bang":  # two tables in a row would join into one: keep a line between
                out.add(RichText(), parastyle=style_ids[STYLE_OF_KIND["doan"]])
            out.xml += table_xml(element, style_ids)
        previous = element["kieu"]
    return out


def table_xml(table: dict[str, Any], style_ids: dict[str, str]) -> str:
    """A `w:tbl` of the laid-out table (tables.laid_out)."""
    width = sum(table["cot"])
    properties = (
        f'<w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{_BORDERS}'
        f'</w:tblBorders><w:tblLayout w:type="fixed"/>{_CELL_MARGINS}</w:tblPr>'
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in table["cot"])
    rows = "".join(_row(row, style_ids) for row in table["hang"])
    return f"<w:tbl>{properties}<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"


def _row(row: dict[str, Any], style_ids: dict[str, str]) -> str:
    header = "<w:tblHeader/>" if row["tieu_de"] else ""
    return f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>{''.join(_cell(c, style_ids) for c in row['o'])}</w:tr>"


def _cell(cell: dict[str, Any], style_ids: dict[str, str]) -> str:
    span = f'<w:gridSpan w:val="{cell["gop_cot"]}"/>' if cell["gop_cot"] > 1 else ""
    merge = {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>", "": ""}[cell["gop_dong"]]
    properties = f'<w:tcPr><w:tcW w:w="{cell["rong"]}" w:type="dxa"/>{span}{merge}<w:vAlign w:val="center"/></w:tcPr>'
    paragraph = RichTextParagraph(
        runs(cell["van_ban"], bold=cell["dam"]), parastyle=style_ids[STYLE_OF_KIND[f"bang-{cell['can']}"]]
    )
    return f"<w:tc>{properties}{paragraph.xml}</w:tc>"
