"""Write the official Word templates templates_docx/{co-ban,ke-hoach,huong-dan}.docx (mẫu văn bản).

Run `python tools/make_templates.py [OUT_DIR]` (default: templates_docx/ of the repository). The
output is byte-identical on every run: fixed core properties and a zip repacked with fixed
timestamps and sorted entries.

Every format decision lives in a named paragraph style (spec §3 rows, §14 profile) so a user can
restyle the templates in Word; the document body holds only docxtpl tags and literal labels. The
renderer looks styles up by NAME (docs/architecture.md), so renaming a style breaks rendering.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Mm, Pt
from docx.table import _Cell
from lxml import etree

TEMPLATES = {"co-ban": "Mẫu cơ bản", "ke-hoach": "Mẫu kế hoạch", "huong-dan": "Mẫu hướng dẫn"}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "templates_docx"
FONT = "Times New Roman"
LANG = "vi-VN"
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# Page (spec §1, §14): A4 portrait, margins 20/20/30/15 mm, header distance 10 mm → 165 mm text width.
PAGE_W, PAGE_H = Mm(210), Mm(297)
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
HEADER_DISTANCE = Mm(10)
TEXT_WIDTH = Mm(165)
# Borderless tables (spec §2): header 6.5 + 10.0 cm; signature block 45 % / 55 % of the text width.
CELL_MARGIN = Cm(0.05)
HEADER_COLS = (Cm(6.5), Cm(10.0))
SIGNATURE_COLS = (Cm(7.4), Cm(9.1))

LEFT, CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
BODY_LINE = 1.15  # spec §14 body.line_spacing (allowed 1.0–1.5, §1)
FIRST_LINE = Cm(1.27)  # spec §1 first-line indent

# Successors of w:pBdr inside w:pPr and of w:pgNumType inside w:sectPr (ECMA-376 element order).
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_PGNUM = (
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
)


@dataclass(frozen=True)
class Rule:
    """A solid rule drawn as the bottom border of an empty paragraph, centred in a box `box` wide."""

    length: Length
    box: Length


@dataclass(frozen=True)
class StyleSpec:
    """One named paragraph style; `line` is a multiple (float) or an exact height (Length)."""

    name: str
    size: float
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = CENTER
    first_line: Length | None = None
    before: float = 0
    after: float = 0
    line: float | Length = 1.0
    keep_next: bool = False
    rule: Rule | None = None
    underline: bool = False


def _body(name: str, bold: bool = False, italic: bool = False, keep_next: bool = False) -> StyleSpec:
    """Body-text family (spec §1, §3 row 6 'Body text', §6.2): 14 pt, justified, 1.27 cm, 6 pt before."""
    return StyleSpec(name, 14, bold, italic, JUSTIFY, FIRST_LINE, 6, 0, BODY_LINE, keep_next)


def _rule(name: str, length: Length, box: Length, after: float = 0) -> StyleSpec:
    """A rule style: 1 pt empty line carrying a bottom border (spec §2 'Horizontal rules', §14)."""
    return StyleSpec(name, 1, line=Pt(3), after=after, rule=Rule(length, box))


def _cell_text(width: Length) -> Length:
    return Length(width - 2 * CELL_MARGIN)


HEADER_LEFT, HEADER_RIGHT = (_cell_text(w) for w in HEADER_COLS)

STYLES: tuple[StyleSpec, ...] = (
    # Body (spec §6.2 table; CONTRACT.md `kieu`): headings share the body's indent and spacing.
    _body("VB Doan"),
    _body("VB Muc 1", bold=True, keep_next=True),  # I. MỤC ĐÍCH, YÊU CẦU — bold, text arrives UPPER
    _body("VB Muc 2", bold=True, keep_next=True),  # 1. Mục đích — bold
    _body("VB Muc 3", bold=True, italic=True, keep_next=True),  # 1.1. — bold italic
    _body("VB Muc 4", italic=True, keep_next=True),  # a) as a heading — italic
    _body("VB Muc 5", italic=True, keep_next=True),
    _body("VB Muc 6", italic=True, keep_next=True),
    _body("VB Y 1"),  # "- " bullet, upright plain
    _body("VB Y 2"),  # "+ " sub-bullet, upright plain
    StyleSpec("VB Tieu de giua", 14, bold=True, before=6, line=BODY_LINE, keep_next=True),  # §6.1 Phần/Chương
    # Tables in the body (issue 13): the caption above, then cell text at the body's font and size.
    StyleSpec("VB Bang tieu de", 14, bold=True, before=6, after=6, line=BODY_LINE, keep_next=True),
    StyleSpec("VB Bang trai", 14, align=LEFT, before=2, after=2),
    StyleSpec("VB Bang giua", 14, align=CENTER, before=2, after=2),
    StyleSpec("VB Bang phai", 14, align=RIGHT, before=2, after=2),
    StyleSpec("VB Bang deu", 14, align=JUSTIFY, before=2, after=2),
    # Header, ô 1–4 (spec §3 rows 1–4).
    StyleSpec("VB Co quan chu quan", 12),
    StyleSpec("VB Co quan ban hanh", 12, bold=True),
    _rule("VB Gach co quan", Cm(2.0), HEADER_LEFT),  # 1/3–1/2 of a 4.0–6.0 cm issuer line
    StyleSpec("VB Quoc hieu", 12, bold=True),
    StyleSpec("VB Tieu ngu", 13, bold=True),
    _rule("VB Gach tieu ngu", Cm(5.6), HEADER_RIGHT),  # full length of the 13 pt bold Tiêu ngữ
    # Party and Đoàn headers (che_do: dang / doan) in place of ô 1: the title over the date, underlined over its
    # whole length (HD 36-HD/VPTW 1.1: 15 pt bold, a solid line as long as the title); the star(s) under the issuer.
    StyleSpec("VB Tieu de Dang Doan", 15, bold=True, underline=True),
    StyleSpec("VB Dau sao", 12),
    StyleSpec("VB So ky hieu", 13, before=6),
    StyleSpec("VB Dia danh ngay", 13, italic=True, before=6),
    # A Party document's own sizes (HD 36-HD/VPTW Phụ lục 3 rows 2–5): issuer lines, Số and date at 14 pt.
    StyleSpec("VB Co quan chu quan Dang", 14),
    StyleSpec("VB Co quan ban hanh Dang", 14, bold=True),
    StyleSpec("VB So ky hieu Dang", 14, before=6),
    StyleSpec("VB Dia danh ngay Dang", 14, italic=True, before=6),
    # Ô 5a (spec §3 rows 5a): one blank line after the header table.
    StyleSpec("VB Ten loai", 14, bold=True, before=18, keep_next=True),
    StyleSpec("VB Ten loai Dang", 15, bold=True, before=18, keep_next=True),  # HD 36 Phụ lục 3 row 5: 15–16 pt
    StyleSpec("VB Trich yeu", 14, bold=True, keep_next=True),
    _rule("VB Gach trich yeu", Cm(5.0), TEXT_WIDTH, after=6),  # 1/3–1/2 of a 10–15 cm line
    StyleSpec("VB Gach trich yeu Dang", 14, after=6),  # HD 36-HD/VPTW 1.5.2: five hyphens «-----» under it
    StyleSpec("VB Khoang trong", 14, line=Pt(12), keep_next=True),  # the blank line before the signature table
    # Ô 9b Nơi nhận (spec §3, §8) and ô 7 signature block (spec §3 rows 7a–7c, §7).
    StyleSpec("VB Noi nhan nhan", 12, bold=True, italic=True, align=LEFT),
    StyleSpec("VB Noi nhan", 11, align=LEFT),
    # A Party document's closing (HD 36-HD/VPTW Phụ lục 3 rows 7 and 9): «Nơi nhận:» 14 pt underlined, the
    # recipients 12 pt; the quyền hạn line bold (VB Tham quyen), the chức vụ line not.
    StyleSpec("VB Noi nhan nhan Dang", 14, align=LEFT, underline=True),
    StyleSpec("VB Noi nhan Dang", 12, align=LEFT),
    StyleSpec("VB Chuc vu Dang", 14),
    StyleSpec("VB Tham quyen", 14, bold=True),
    StyleSpec("VB Dong ky", 14, italic=True, before=30, after=30),  # ≈ 2.7 cm signature space
    StyleSpec("VB Ho ten", 14, bold=True),
    # Page number (spec §9) and appendices (spec §10).
    StyleSpec("VB So trang", 14),
    StyleSpec("VB Phu luc nhan", 14, bold=True),
    StyleSpec("VB Phu luc tieu de", 14, bold=True, line=BODY_LINE),
    StyleSpec("VB Phu luc kem theo", 14, italic=True, line=BODY_LINE),
    _rule("VB Gach phu luc", Cm(5.0), TEXT_WIDTH, after=6),
    StyleSpec("VB Ngat phan", 1, line=Pt(1)),  # the (nearly invisible) paragraph carrying a section break
)


# --- package-wide settings ------------------------------------------------------------------------


def _set_fonts(rpr: etree._Element) -> None:
    """Times New Roman in all four channels (spec §1 Font): python-docx never writes eastAsia/cs."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for channel in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{channel}"), FONT)


def _keep_only_base_styles(document: DocxDocument) -> None:
    """Drop python-docx's ~160 stock styles (theme fonts, Calibri) except the four Word needs."""
    keep = {"Normal", "Default Paragraph Font", "Normal Table", "No List"}
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        if style.find(qn("w:name")).get(qn("w:val")) not in keep:
            root.remove(style)


def _set_defaults(document: DocxDocument) -> None:
    """docDefaults: TNR 14 pt, vi-VN, no hyphenation (spec §1 'Practical notes')."""
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for child in list(rpr):
        rpr.remove(child)
    _set_fonts(rpr)
    for tag, value in (("w:color", "000000"), ("w:sz", "28"), ("w:szCs", "28")):
        rpr.append(_element(tag, val=value))
    rpr.append(_element("w:lang", val=LANG, eastAsia=LANG, bidi="ar-SA"))
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(_element("w:suppressAutoHyphens"))
    ppr.append(_element("w:spacing", after="0", line="240", lineRule="auto"))
    for style in root.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            _set_fonts(style.get_or_add_rPr())


def _set_settings(document: DocxDocument) -> None:
    settings = document.settings.element
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), LANG)
    hyphenation = _element("w:autoHyphenation", val="false")
    settings.find(qn("w:defaultTabStop")).addnext(hyphenation)
    rsids = settings.find(qn("w:rsids"))
    settings.remove(rsids)


def _set_theme_fonts(document: DocxDocument) -> None:
    """Theme major/minor Latin fonts → TNR, so a style the user adds in Word starts in TNR too."""
    theme = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/theme"))
    root = etree.fromstring(theme.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    for latin in root.iterfind(".//a:majorFont/a:latin", ns):
        latin.set("typeface", FONT)
    for latin in root.iterfind(".//a:minorFont/a:latin", ns):
        latin.set("typeface", FONT)
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_unused_parts(document: DocxDocument) -> None:
    """Stock parts the templates do not use (stylesWithEffects with Calibri, numbering, customXml, thumbnail)."""
    unused = ("/stylesWithEffects", "/numbering", "/customXml", "/webSettings")
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith(unused):
            del document.part.rels[rid]
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rid]


def _set_core(document: DocxDocument, title: str) -> None:
    core = document.core_properties
    core.title, core.author, core.last_modified_by = title, "vanban", "vanban"
    core.comments, core.revision, core.language = "tools/make_templates.py", 1, LANG
    core.created = core.modified = FIXED_TIME.replace(tzinfo=None)


# --- styles -------------------------------------------------------------------------------------


def _add_style(document: DocxDocument, spec: StyleSpec) -> None:
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(spec.size), spec.bold, spec.italic
    if spec.underline:
        font.underline = True
    rpr = style.element.get_or_add_rPr()
    _set_fonts(rpr)
    rpr.append(_element("w:szCs", val=str(round(spec.size * 2))))
    fmt = style.paragraph_format
    fmt.alignment = spec.align
    fmt.space_before, fmt.space_after = Pt(spec.before), Pt(spec.after)
    fmt.line_spacing = spec.line
    fmt.keep_with_next = spec.keep_next
    fmt.widow_control = True
    fmt.first_line_indent = spec.first_line if spec.first_line is not None else Cm(0)
    if spec.rule is not None:
        _add_rule_border(style, spec.rule)


def _add_rule_border(style, rule: Rule) -> None:
    indent = Length((rule.box - rule.length) // 2)
    style.paragraph_format.left_indent = style.paragraph_format.right_indent = indent
    border = OxmlElement("w:pBdr")
    border.append(_element("w:bottom", val="single", sz="6", space="2", color="000000"))
    style.element.get_or_add_pPr().insert_element_before(border, *_AFTER_PBDR)


def _set_normal(document: DocxDocument) -> None:
    """Normal holds only the docxtpl control paragraphs; keep it plain TNR 14 pt, single spaced."""
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    _set_fonts(normal.element.get_or_add_rPr())


# --- page, header, tables --------------------------------------------------------------------------


def _setup_page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_W, PAGE_H
    section.top_margin, section.bottom_margin = MARGINS["top"], MARGINS["bottom"]
    section.left_margin, section.right_margin = MARGINS["left"], MARGINS["right"]
    section.header_distance = section.footer_distance = HEADER_DISTANCE
    section.gutter = Mm(0)
    section.different_first_page_header_footer = True  # spec §9: no number on page 1
    section.first_page_header.is_linked_to_previous = False
    section.first_page_header.paragraphs[0].style = document.styles["VB So trang"]
    number = section.header.paragraphs[0]
    number.style = document.styles["VB So trang"]
    field = _element("w:fldSimple", instr=" PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    number._p.append(field)
    sect_pr = section._sectPr
    sect_pr.insert_element_before(_element("w:pgNumType", start="1"), *_AFTER_PGNUM)


def _borderless_table(document: DocxDocument, widths: tuple[Length, Length], rows: int):
    """A fixed-layout table without borders whose cells are exactly `widths` (spec §2, §14 notes)."""
    table = document.add_table(rows=rows, cols=len(widths))
    tbl_pr = table._tbl.tblPr
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    tbl_pr.append(_element("w:tblW", w=str(sum(w.twips for w in widths)), type="dxa"))
    tbl_pr.append(_element("w:tblInd", w="0", type="dxa"))
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{edge}", val="nil"))
    tbl_pr.append(borders)
    tbl_pr.append(_element("w:tblLayout", type="fixed"))
    margins = OxmlElement("w:tblCellMar")
    for edge, size in (("top", 0), ("left", CELL_MARGIN.twips), ("bottom", 0), ("right", CELL_MARGIN.twips)):
        margins.append(_element(f"w:{edge}", w=str(size), type="dxa"))
    tbl_pr.append(margins)
    tbl_pr.append(
        _element(
            "w:tblLook",
            val="0000",
            firstRow="0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
    )
    for row in table.rows:  # a row never splits across pages (keeps the signature block whole)
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
        for cell in column.cells:
            cell.width = width
    return table


def _fill(cell: _Cell, lines: list[tuple[str, str]]) -> None:
    """Put (text, style name) paragraphs into a cell, replacing its initial empty paragraph."""
    initial = cell.paragraphs[0]
    for text, style in lines:
        cell.add_paragraph(text, style)
    initial._p.getparent().remove(initial._p)


def _loop(variable: str, items: str, style: str) -> list[tuple[str, str]]:
    """docxtpl paragraph loop: one `{{ variable }}` paragraph in `style` per list item."""
    return [
        (f"{{%p for {variable} in {items} %}}", "Normal"),
        (f"{{{{ {variable} }}}}", style),
        ("{%p endfor %}", "Normal"),
    ]


def _if(variable: str, then: list[tuple[str, str]], other: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """docxtpl paragraph condition: the `then` paragraphs when the context's `variable` is set, else `other`."""
    return [(f"{{%p if {variable} %}}", "Normal"), *then, ("{%p else %}", "Normal"), *other, ("{%p endif %}", "Normal")]


def _if_motto(nd30: list[tuple[str, str]], other: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`nd30` when the context has a Tiêu ngữ, else `other` (the Party or Đoàn header: `tieu_ngu` is "")."""
    return _if("tieu_ngu", nd30, other)


def _if_party(party: list[tuple[str, str]], other: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`party` in a Party document (the context has `dang`: HD 36-HD/VPTW's sizes and closing), else `other`."""
    return _if("dang", party, other)


def _in_style(style: str, other: str, variable: str) -> list[tuple[str, str]]:
    """One `{{ variable }}` paragraph: in the Party `style` in a Party document, else in `other`."""
    return _if_party([(f"{{{{ {variable} }}}}", style)], [(f"{{{{ {variable} }}}}", other)])


def _if_joint(then: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`then` only in a văn bản liên tịch (the context has `lien_tich`: the other body's name and signature)."""
    return [("{%p if lien_tich %}", "Normal"), *then, ("{%p endif %}", "Normal")]


def _issuer_lines(suffix: str) -> list[tuple[str, str]]:
    """Chủ quản and issuer lines in the `… {suffix}` styles; in a văn bản liên tịch the other body's name follows
    the lead issuer's, in the same bold style, over the one rule [Practice: the spec is silent on liên tịch]."""
    return (
        _loop("x", "co_quan_chu_quan", f"VB Co quan chu quan{suffix}")
        + _loop("x", "co_quan_ban_hanh", f"VB Co quan ban hanh{suffix}")
        + _if_joint(_loop("x", "lien_tich.co_quan", f"VB Co quan ban hanh{suffix}"))
    )


def _add_header_table(document: DocxDocument) -> None:
    """Ô 1–4 (spec §2): row 1 issuer | Quốc hiệu; row 2 Số | date on ONE row (ND30 II.4.c). A Party or Đoàn
    document has its title instead of Quốc hiệu and Tiêu ngữ, and a star line instead of the issuer's rule."""
    table = _borderless_table(document, HEADER_COLS, rows=2)
    _fill(
        table.cell(0, 0),
        _if_party(_issuer_lines(" Dang"), _issuer_lines(""))
        + _if_motto([("", "VB Gach co quan")], [("{{ dau_sao }}", "VB Dau sao")]),
    )
    _fill(
        table.cell(0, 1),
        _if_motto(
            [("{{ quoc_hieu }}", "VB Quoc hieu"), ("{{ tieu_ngu }}", "VB Tieu ngu"), ("", "VB Gach tieu ngu")],
            [("{{ tieu_de }}", "VB Tieu de Dang Doan")],
        ),
    )
    _fill(table.cell(1, 0), _in_style("VB So ky hieu Dang", "VB So ky hieu", "so_ky_hieu"))
    _fill(table.cell(1, 1), _in_style("VB Dia danh ngay Dang", "VB Dia danh ngay", "dia_danh_ngay"))


def _signature_lines(block: str) -> list[tuple[str, str]]:
    """One signature block (spec §7): authority lines (a Party document: quyền hạn bold over chức vụ), the
    signature space, the name; `block` is where its context lives (`` for the issuer's, `lien_tich.`)."""
    return [
        *_if_party(
            _loop("x", f"{block}dang.quyen_han", "VB Tham quyen")
            + _loop("x", f"{block}dang.chuc_vu", "VB Chuc vu Dang"),
            _loop("x", f"{block}chu_ky.tham_quyen", "VB Tham quyen"),
        ),
        (f"{{{{ {block}chu_ky.dong_ky }}}}", "VB Dong ky"),
        (f"{{{{ {block}chu_ky.ho_ten }}}}", "VB Ho ten"),
    ]


def _add_signature_table(document: DocxDocument) -> None:
    """Ô 9b | ô 7 (spec §2, §7, §8): "Nơi nhận:" level with the first authority line. A văn bản liên tịch puts
    the other body's signature block over the Nơi nhận in the left cell, the lead issuer's staying on the
    right (the spec is silent on liên tịch: composing.joint_context says which practice this follows)."""
    table = _borderless_table(document, SIGNATURE_COLS, rows=1)
    _fill(
        table.cell(0, 0),
        _if_joint([*_signature_lines("lien_tich."), ("", "VB Khoang trong")])
        + _if_party(
            [("Nơi nhận:", "VB Noi nhan nhan Dang"), *_loop("x", "noi_nhan", "VB Noi nhan Dang")],
            [("Nơi nhận:", "VB Noi nhan nhan"), *_loop("x", "noi_nhan", "VB Noi nhan")],
        ),
    )
    _fill(table.cell(0, 1), _signature_lines(""))


def _add_appendix_loop(document: DocxDocument) -> None:
    """Spec §10: each phụ lục opens a new section (§9: its pages restart at 1, first page unnumbered)."""
    document.add_paragraph("{%p for pl in phu_luc %}", "Normal")
    section_break = document.add_paragraph("", "VB Ngat phan")
    sect_pr = copy.deepcopy(document.sections[0]._sectPr)
    sect_pr.start_type = WD_SECTION.NEW_PAGE
    section_break._p.get_or_add_pPr().append(sect_pr)
    for text, style in (
        ("{{ pl.nhan }}", "VB Phu luc nhan"),
        ("{{ pl.tieu_de }}", "VB Phu luc tieu de"),
        ("{{ pl.kem_theo }}", "VB Phu luc kem theo"),
        ("", "VB Gach phu luc"),
        ("{{p pl.than }}", "VB Doan"),
        ("{%p endfor %}", "Normal"),
    ):
        document.add_paragraph(text, style)
    document.add_paragraph("", "VB Ngat phan")  # the document must end with a paragraph


def _add_body(document: DocxDocument) -> None:
    _add_header_table(document)
    for text, style in (
        *_in_style("VB Ten loai Dang", "VB Ten loai", "ten_loai"),
        ("{{ trich_yeu }}", "VB Trich yeu"),
        *_if_party([("-----", "VB Gach trich yeu Dang")], [("", "VB Gach trich yeu")]),
        ("{{p than }}", "VB Doan"),
        ("", "VB Khoang trong"),
    ):
        document.add_paragraph(text, style)
    _add_signature_table(document)
    _add_appendix_loop(document)


# --- assembly -------------------------------------------------------------------------------------


def build(title: str) -> bytes:
    """The template as deterministic .docx bytes."""
    document = docx.Document()
    _drop_unused_parts(document)
    _keep_only_base_styles(document)
    _set_normal(document)
    for spec in STYLES:
        _add_style(document, spec)
    _set_defaults(document)
    _set_settings(document)
    _set_theme_fonts(document)
    _set_core(document, title)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _setup_page(document)
    _add_body(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _repack(buffer.getvalue())


def _repack(data: bytes) -> bytes:
    """Re-zip with fixed timestamps and sorted names ([Content_Types].xml first)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    names = sorted(parts, key=lambda name: (name != "[Content_Types].xml", name))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, parts[name])
    return out.getvalue()


def _element(tag: str, **attrs: str) -> etree._Element:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else DEFAULT_OUT
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, title in TEMPLATES.items():
        (out_dir / f"{name}.docx").write_bytes(build(title))
        print(f"{out_dir / name}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
