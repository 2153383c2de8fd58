"""Page rules: paper size and orientation, margins (spec §1), page numbers (spec §9)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree

from .formatting import switched_on, w
from .reading import Paragraph, read_paragraphs
from .registry import Breach, Context, NotEvaluated, dominant, rule
from .report import Severity
from .roles import Layout, file_parts
from .tables import data_tables

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
A4 = (11906, 16838)
SIZE_TOLERANCE = 57  # twips, 1 mm
TWIPS_PER_MM = 56.7
MARGINS_MM = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
MARGIN_NAMES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
PAGE_FIELD = re.compile(r"^\s*PAGE\b")
LONG_DOCUMENT_CHARS = 4000


def _where(index: int) -> str:
    return f"section {index} (bố cục trang)"


def _twips(element: etree._Element | None, attribute: str) -> int | None:
    value = element.get(w(attribute)) if element is not None else None
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


@rule("kho-giay", "§1")
def paper_size(context: Context) -> Iterator[Breach]:
    """A4 in every section; the first (main) section portrait unless it holds a data table (ND30 Phụ lục I I.2:
    «trường hợp nội dung văn bản có các bảng, biểu nhưng không được làm thành các phụ lục riêng»), later ones
    may be landscape (appendix tables)."""
    if not context.sections:
        raise NotEvaluated("văn bản không khai báo khổ giấy (không có sectPr)")
    for index, section in enumerate(context.sections, start=1):
        size = section.find(w("pgSz"))
        width, height = _twips(size, "w"), _twips(size, "h")
        if width is None or height is None:
            continue
        short, long = sorted((width, height))
        if abs(short - A4[0]) > SIZE_TOLERANCE or abs(long - A4[1]) > SIZE_TOLERANCE:
            yield Breach(
                f"Khổ giấy {short / TWIPS_PER_MM:.0f} × {long / TWIPS_PER_MM:.0f} mm, không phải A4 (210 × 297 mm).",
                _where(index),
                "Chọn Layout → Size → A4 cho mọi section.",
            )
        # a phụ lục may be landscape (§10), and so may a text whose content is tables (ND30 Phụ lục I I.2)
        if index == 1 and width > height and not context.layout.annex_file and not _tables_in_first(context.layout):
            yield Breach(
                "Trang chính đặt khổ ngang; chỉ phụ lục có bảng rộng mới được đặt ngang.",
                _where(index),
                "Đặt Orientation → Portrait cho phần chính của văn bản.",
            )


def _tables_in_first(layout: Layout) -> bool:
    """True when a data table stands in the first section, before the first section break (held-out 7 p13, a
    danh sách trích ngang printed landscape)."""
    first: set[int] = set()
    for paragraph in layout.paragraphs:
        if paragraph.cell is not None:
            first.add(paragraph.cell.table)
        elif paragraph.element.find(f"{w('pPr')}/{w('sectPr')}") is not None:
            break
    return bool(first & set(data_tables(layout)))


@rule("le-trang", "§1")
def margins(context: Context) -> Iterator[Breach]:
    """Margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (landscape sections: warning only)."""
    if not context.sections:
        raise NotEvaluated("văn bản không khai báo lề (không có sectPr)")
    for index, section in enumerate(context.sections, start=1):
        margin, size = section.find(w("pgMar")), section.find(w("pgSz"))
        landscape = (_twips(size, "w") or 0) > (_twips(size, "h") or 1)
        for side, (low, high) in MARGINS_MM.items():
            value = _twips(margin, side)
            if value is None:
                continue
            mm = abs(value) / TWIPS_PER_MM
            if not low - 0.3 <= mm <= high + 0.3:
                yield Breach(
                    f"Lề {MARGIN_NAMES[side]} {mm:.1f} mm, phải từ {low} đến {high} mm.",
                    _where(index),
                    f"Đặt lề {MARGIN_NAMES[side]} trong khoảng {low}–{high} mm (Layout → Margins).",
                    Severity.WARNING if landscape else Severity.ERROR,
                )


def _part_name(context: Context, rel_id: str) -> str | None:
    rels = context.package.xml("word/_rels/document.xml.rels")
    if rels is None:
        return None
    for relation in rels.iter(f"{{{PKG_REL}}}Relationship"):
        if relation.get("Id") == rel_id:
            target = relation.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"word/{target}"
    return None


def _page_paragraphs(context: Context, part: str | None) -> list[Paragraph]:
    root = context.package.xml(part) if part else None
    if root is None:
        return []
    return [p for p in read_paragraphs(root, context.sheet) if _has_page_field(p.element)]


def _has_page_field(paragraph: etree._Element) -> bool:
    simple = any(PAGE_FIELD.match(f.get(w("instr"), "")) for f in paragraph.iter(w("fldSimple")))
    return simple or any(PAGE_FIELD.match(t.text or "") for t in paragraph.iter(w("instrText")))


def _references(context: Context, section: etree._Element, kind: str) -> dict[str, str | None]:
    return {
        ref.get(w("type"), "default"): _part_name(context, ref.get(f"{{{R}}}id", ""))
        for ref in section.findall(w(f"{kind}Reference"))
    }


def _even(context: Context) -> set[str]:
    """{"even"} when even pages print their own header and footer: only under w:evenAndOddHeaders of
    word/settings.xml (ECMA-376 part 1, 17.15.1.35); without it Word prints the default ones on every page and the even
    ones never (held-out g14). Likewise a first-page header prints only under the section's w:titlePg."""
    settings = context.package.xml("word/settings.xml")
    return {"even"} if settings is not None and switched_on(settings.find(w("evenAndOddHeaders"))) else set()


@rule("so-trang", "§9")
def page_numbers(context: Context) -> Iterable[Breach]:
    """Page number in the header, centred, 13–14 pt, not on page 1 (different first page)."""
    if not context.sections:
        raise NotEvaluated("văn bản không có sectPr")
    found = False
    for index, section in enumerate(context.sections, start=1):
        first_page_differs = switched_on(section.find(w("titlePg")))
        printed = {"default"} | ({"first"} if first_page_differs else set()) | _even(context)
        headers, footers = (
            {kind: part for kind, part in _references(context, section, side).items() if kind in printed}
            for side in ("header", "footer")
        )
        for part in footers.values():
            if _page_paragraphs(context, part):
                found = True
                yield Breach(
                    "Số trang đặt ở chân trang (footer).",
                    _where(index),
                    "Chuyển số trang lên đầu trang (header), căn giữa.",
                )
        for kind, part in headers.items():
            for paragraph in _page_paragraphs(context, part):
                found = True
                yield from _page_number_format(paragraph, index)
                if index == 1 and (kind == "first" or (kind == "default" and not first_page_differs)):
                    yield Breach(
                        "Số trang hiện ở trang 1.",
                        _where(index),
                        "Bật 'Different First Page' và để trống header trang đầu.",
                    )
    if not found and any(_longer_than_a_page(part) for part in file_parts(context.layout)):
        yield Breach(
            "Không thấy số trang (trường PAGE) ở đầu trang trong khi văn bản dài hơn một trang.",
            _where(1),
            "Chèn số trang ở giữa đầu trang, bỏ ở trang 1.",
            Severity.WARNING,
        )


def _longer_than_a_page(part: list[Paragraph]) -> bool:
    """Whether one document of the file runs over a page: by its length, or by a page break Word rendered in it
    after its first line (a danh sách table going on to a second page, held-out 8 q17). Every document of the file
    counts its own pages (ND30 Phụ lục I I.7): a one-page công văn with one-page forms needs no number (q10)."""
    if sum(len(p.text) for p in part) > LONG_DOCUMENT_CHARS:
        return True
    return any(next(p.element.iter(w("lastRenderedPageBreak")), None) is not None for p in part[1:])


def _page_number_format(paragraph: Paragraph, index: int) -> Iterator[Breach]:
    centred = paragraph.format.align == "center" or any(
        t.get(w("alignment")) == "center" for t in paragraph.element.iter(w("ptab"))
    )
    if not centred:
        yield Breach("Số trang không căn giữa.", f"đầu trang section {index}", "Căn giữa đoạn chứa số trang.")
    size = dominant(paragraph, "size")
    if isinstance(size, float) and not 13 <= size <= 14:
        yield Breach(
            f"Số trang cỡ {size:g} pt, phải 13–14 pt.",
            f"đầu trang section {index}",
            "Đặt cỡ chữ số trang 13 hoặc 14 pt.",
            Severity.WARNING,
        )
