"""The table of document types, ND30 Phụ lục III Mục I (spec §5.2): generator/data/loai-van-ban.yaml.

One table for every stage: the builder takes the types it writes (those with a `danh_so`, see
`loading.document_types`), the checker and the sổ every type and its abbreviation. Reading it needs
neither pydantic nor the data model, so `vanban check` does not import them for it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .yamlfile import packaged_data


@cache
def type_rows() -> dict[str, dict[str, Any]]:
    """`loai` key → {ten, viet_tat, danh_so?} for every type of the table, in its order."""
    rows: dict[str, dict[str, Any]] = packaged_data("loai-van-ban.yaml")
    return rows


@cache
def type_codes() -> dict[str, str]:
    """UPPER type name → abbreviation, for every type that has one (`KẾ HOẠCH` → `KH`, `GIẤY MỜI` → `GM`)."""
    return {row["ten"].upper(): row["viet_tat"] for row in type_rows().values() if row["viet_tat"]}


def leading_code(ky_hieu: str | None) -> str:
    """The type abbreviation a ký hiệu opens with (`KH` of `KH-LĐLĐ`, of a Party `KH/CB`, `CT` of `CT/TW`);
    "" when its first part is no type (a công văn's `LĐLĐ-VP`)."""
    first = re.split(r"[-/]", ky_hieu or "", maxsplit=1)[0].strip()
    return first if first in set(type_codes().values()) else ""
