"""Type names as printed (KẾ HOẠCH, TỜ TRÌNH …) → `loai` keys of generator/data/loai-van-ban.yaml."""

from __future__ import annotations

import unicodedata
from functools import cache

from ..doctypes import leading_code
from ..loading import document_types

# Types a union, Đoàn or Party body also issues that the table (ND30 Phụ lục III, spec §5.2) lacks:
# the nearest type in the table, whose numbering and layout come closest.
NEAREST_KIND = {
    "KẾT LUẬN": "thong-bao",
    "NGHỊ ĐỊNH": "nghi-quyet",
    "THÔNG TƯ": "quy-dinh",
    "ĐIỀU LỆ": "quy-che",
    "THỎA ƯỚC LAO ĐỘNG TẬP THỂ": "hop-dong",
    "THỎA ƯỚC": "hop-dong",
    "CÔNG VĂN": "thong-bao",
    "PHIẾU TRÌNH": "to-trinh",
    "GIẤY MỜI": "thong-bao",  # an invitation: its time, place and who is asked, as a thông báo gives them
}


@cache
def printed_names() -> dict[str, str]:
    """UPPER type name → `loai` key, the table's own names first, longest names first."""
    names = {row.name.upper(): key for key, row in document_types().items()}
    names.update({name: key for name, key in NEAREST_KIND.items() if name not in names})
    return dict(sorted(names.items(), key=lambda pair: -len(pair[0])))


def known_names() -> dict[str, str]:
    """UPPER type name → `loai` key, the table's own names only (ND30 Phụ lục III, spec §5.2)."""
    return {row.name.upper(): key for key, row in document_types().items()}


def kind_of(printed: str) -> tuple[str, bool]:
    """(`loai` key, True when the type is not in the table and the nearest one was taken)."""
    name = printed.upper()
    known = known_names()
    if name in known:
        return known[name], False
    return printed_names()[name], True


def split_type(text: str) -> tuple[str, str] | None:
    """`Kế hoạch Phát động …` → (`Kế hoạch`, `Phát động …`) when a line starts with a type name; a line in
    capitals that is a type name but for its marks and spaces, damaged by a PDF's text layer (`K ÉT LUẬN`),
    → (`KẾT LUẬN`, ``)."""
    upper = text.upper()
    for name in printed_names():
        if upper == name:
            return text, ""
        if upper.startswith(name + " "):
            return text[: len(name)], text[len(name) :].strip()
    if text != upper:
        return None
    return next(((name, "") for name in printed_names() if _letters(name) == _letters(upper)), None)


def _letters(text: str) -> str:
    """The base letters only: `K ÉT LUẬN` and `KẾT LUẬN` → `KETLUAN`."""
    bare = unicodedata.normalize("NFD", text.replace("Đ", "D"))
    return "".join(ch for ch in bare if ch.isalpha() and not unicodedata.combining(ch))


def type_of_code(code: str | None) -> str | None:
    """The type name a ký hiệu begins with (`CT/TW` → Chỉ thị, `KH-UBND` → Kế hoạch; ND30 Phụ lục III, HD 36)."""
    first = leading_code(code)
    return next((row.name for row in document_types().values() if first and row.abbreviation == first), None)
