"""Section markers (I., 1., 1.1., a), Một là:, Chương I, Điều 1. …) and bullets (-, +, *, •).

The level kinds are those of generator/numbering.py (docs/architecture.md); spec §6.1 and §6.2
list the markers of Phần/Chương/Mục/Điều documents and of kế hoạch/hướng dẫn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbering import LEVEL_KINDS

_ROMAN = r"[IVXLC]+"
_ORDINALS = r"Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười"

# (kind, pattern); the first match wins, so the longer forms come first.
_SECTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phan", re.compile(rf"^(?:Phần|PHẦN)\s+(?P<n>(?:thứ|THỨ)\s+\S+|{_ROMAN}|\d+)[.:]?(?:\s+(?P<rest>\S.*))?$")),
    ("chuong", re.compile(rf"^(?:Chương|CHƯƠNG)\s+(?P<n>{_ROMAN}|\d+)[.:]?(?:\s+(?P<rest>\S.*))?$")),
    ("muc-so", re.compile(r"^(?:Mục|MỤC)\s+(?P<n>\d+)[.:]?(?:\s+(?P<rest>\S.*))?$")),
    ("dieu", re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<n>\d+)\.\s*(?P<rest>.*)$")),
    ("thu-tu", re.compile(rf"^(?P<n>{_ORDINALS})\s+là\s*(?P<punct>[:,])\s*(?P<rest>.*)$")),
    ("la-ma", re.compile(rf"^(?P<n>{_ROMAN})\.\s+(?P<rest>\S.*)$")),
    ("la-ma-gach", re.compile(rf"^(?P<n>{_ROMAN})\s*[-–]\s*(?P<rest>\S.*)$")),
    ("chu-hoa", re.compile(r"^(?P<n>[A-ZĐ])\.\s+(?P<rest>\S.*)$")),
    ("chu-hoa-gach", re.compile(r"^(?P<n>[A-ZĐ])\s*[-–]\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$")),  # `A- NGUYÊN TẮC …`
    ("so-ghep", re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})+)(?:\.\s*|[-–]\s+(?=\D)|\s+(?=[A-ZĐÀ-Ỹ]))(?P<rest>\S.*)$")),
    ("so", re.compile(r"^(?P<n>\d{1,2})\.(?!\d)\s*(?P<rest>\S.*)$")),
    ("so-gach", re.compile(r"^(?P<n>\d{1,2})\s*-\s+(?P<rest>\S.*)$")),
    ("chu-ngoac", re.compile(r"^(?P<n>[a-zđ])\)\s*(?P<rest>\S.*)$")),
    ("chu-cham", re.compile(r"^(?P<n>[a-zđ])\.\s+(?P<rest>\S.*)$")),
)
# The Quốc hiệu (spec §3 row 2; ND30 Phụ lục I ô 1), `HOÀ` or `HÒA`, as real documents misspell it.
# `XàHỘI`: a PDF text layer with a damaged letter and no space
# The «(Kèm theo …)» line under a phụ lục's title (spec §10) or a quy chế issued with a quyết định (ND30 Phụ lục III)
# «(Kèm theo Quyết định …)» / «(Ban hành kèm theo …)»: the reference under a title to the document it goes with
ATTACHED_TO = re.compile(r"^\((?:Ban hành )?[Kk]èm theo ")
ATTACHED_TYPES = ("QUY CHẾ", "QUY ĐỊNH", "ĐIỀU LỆ")  # issued with a quyết định (ND30 Phụ lục III, after Mẫu 1.3)
QUOC_HIEU = re.compile(r"^CỘNG HO?[ÒÀ]A? X(?:Ã |\S\s?)HỘI CHỦ NGHĨA VIỆT NAM$", re.IGNORECASE)
_BULLET = re.compile(r"^(?P<mark>[-–—+*•·▪●○◦])\s*(?P<rest>\S.*)$")
_LIST_DASHES = "-–•"
_LISTED_HEADINGS = frozenset({"la-ma", "la-ma-gach", "chu-hoa", "chu-hoa-gach"})
# Levels whose text after the marker is always a heading (spec §6.1, §6.2: I. MỤC ĐÍCH, Điều 1. Phạm vi …).
TITLE_KINDS = frozenset({"phan", "chuong", "muc-so", "dieu", "la-ma", "la-ma-gach", "chu-hoa", "chu-hoa-gach"})
# Levels printed as a label line with the title on the next line (CONTRACT: phan, chuong, muc-so).
LABEL_KINDS = frozenset(key for key, kind in LEVEL_KINDS.items() if kind.standalone)


@dataclass(frozen=True)
class SectionMarker:
    """Số thứ tự đầu một mục: kiểu cấp (`la-ma`, `so` …), số như đã in và phần chữ còn lại."""

    kind: str
    number: str
    rest: str

    @property
    def level_key(self) -> str:
        """Kinds that share a name but nest (1.1. under 1.1.1.) get distinct keys."""
        return f"{self.kind}:{self.number.count('.')}" if self.kind == "so-ghep" else self.kind


def section_marker(text: str) -> SectionMarker | None:
    """The section marker that starts `text`, if any; a web page's list dash or list number before a heading in
    capitals (`- A. KẾT QUẢ THỰC HIỆN …`, `- II. NHIỆM VỤ`, `1. A. NHIỆM VỤ TRỌNG TÂM`: an HTML list numbers every
    item `1.`) is the page's, not the document's."""
    listed = _BULLET.match(text)
    outer = _marker(text)
    if listed and listed["mark"] in _LIST_DASHES:
        inner = _marker(listed["rest"])
    else:
        inner = _marker(outer.rest) if outer and outer.kind == "so" and outer.rest else None
    if inner and inner.kind in _LISTED_HEADINGS and inner.rest and inner.rest == inner.rest.upper():
        return inner  # `- A. KẾT QUẢ …`, `1. A. NHIỆM VỤ TRỌNG TÂM` (a page's numbered list): the inner heading
    return outer


def _marker(text: str) -> SectionMarker | None:
    for kind, pattern in _SECTION_PATTERNS:
        match = pattern.match(text)
        if match:
            if kind == "thu-tu" and match["punct"] == ":":
                kind = "thu-tu-hai-cham"
            return SectionMarker(kind, match["n"], (match["rest"] or "").strip())
    return None


def bullet(text: str) -> tuple[int, str] | None:
    """(1, text) for `-`, `*`, `•` items, (2, text) for `+` sub-items; None for other lines."""
    match = _BULLET.match(text)
    if match is None:
        return None
    return (2 if match["mark"] == "+" else 1), match["rest"].strip()


def starts_block(text: str) -> bool:
    """True when the line opens a section or an item (so a wrapped line never joins onto it)."""
    return section_marker(text) is not None or bullet(text) is not None
