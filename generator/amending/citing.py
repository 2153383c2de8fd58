"""How Vietnamese drafting names a part of a document: "điểm a khoản 2 Mục II", "gạch đầu dòng thứ hai".

The unit's name follows the level kind of the issued document's numbering (numbering.LEVEL_KINDS):
I. → Mục, 1. → khoản, 1.1. → điểm, a) → điểm (tiết under an 1.1. điểm), Điều 3., Chương II, Phần I.
"""

from __future__ import annotations

from ..numbering import number_words

_NAMES = {
    "la-ma": "Mục",
    "la-ma-gach": "Mục",
    "chu-hoa": "Mục",
    "chu-hoa-gach": "Mục",
    "so": "khoản",
    "so-gach": "khoản",
    "so-ghep": "điểm",
    "chu-ngoac": "điểm",
    "chu-cham": "điểm",
    "thu-tu": "ý",
    "thu-tu-hai-cham": "ý",
}
_STANDALONE = frozenset({"phan", "chuong", "muc-so", "dieu"})  # the marker is already the name: Chương II
_ARTICLE = "Điều "  # how unit() names a `dieu` level: Điều 5


def unit(kind: str, marker: str, parent_kind: str | None = None) -> str:
    """`la-ma`, `II.` → `Mục II`; `chu-ngoac`, `a)` → `điểm a` (`tiết a` under a `so-ghep` điểm)."""
    bare = marker.rstrip(".-):, ").removesuffix(" là")
    if kind in _STANDALONE:
        return bare
    name = "tiết" if kind in ("chu-ngoac", "chu-cham") and parent_kind == "so-ghep" else _NAMES[kind]
    return f"{name} “{bare}”" if kind.startswith("thu-tu") else f"{name} {bare}"


def path(units: list[str]) -> str:
    """Innermost first: [`Mục II`, `khoản 2`, `điểm a`] → `điểm a khoản 2 Mục II`. An article is numbered
    through the whole document, so a path ends at it: [`Chương II`, `Điều 5`, `khoản 2`] → `khoản 2 Điều 5`."""
    inner = units[::-1]
    end = next((i for i, name in enumerate(inner) if name.startswith(_ARTICLE)), len(inner))
    return " ".join(inner[: end + 1])


def ordinal(n: int) -> str:
    """1 → thứ nhất, 2 → thứ hai, 4 → thứ tư (the ordinals of drafting: "gạch đầu dòng thứ hai")."""
    return "thứ nhất" if n == 1 else "thứ tư" if n == 4 else f"thứ {number_words(n)}"
