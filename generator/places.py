"""Địa danh ở dòng ngày tháng: is the place name right for the document's date? (spec §4.2, §4.3)

The table is generator/data/dia-danh.yaml, written by tools/make_issuers.py from the
`vietnam-provinces` package: the 34 province-level units since 1/7/2025 and the names abolished by
the 2025 reorganisation (Thừa Thiên Huế on 1/1/2025, 29 provinces on 1/7/2025). A document dated
before the change keeps the old name (the 2017 Sóc Trăng guidance still builds). Names that are no
province (communes, wards, old districts) are not checked: the package has no district data.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import cache

from .yamlfile import packaged_data

COMMON_NOUNS = ("Tỉnh ", "Thành phố ", "TP. ", "TP.", "TP ")
ABBREVIATIONS = {"HCM": "Hồ Chí Minh"}


@dataclass(frozen=True)
class Province:
    """Một đơn vị hành chính cấp tỉnh hiện hành: địa danh (Hà Nội), tên đầy đủ (Thành phố Hà Nội)."""

    place: str
    name: str
    since: dt.date | None = None


@dataclass(frozen=True)
class AbolishedProvince:
    """Một tên tỉnh đã bỏ từ ngày `until`, nay thuộc `successor`; `homonyms`: xã, phường hiện hành trùng tên."""

    place: str
    until: dt.date
    successor: str
    basis: str
    homonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceTable:
    current: tuple[Province, ...]
    abolished: tuple[AbolishedProvince, ...]

    def successor_place(self, old: AbolishedProvince) -> str:
        return next(p.place for p in self.current if p.name == old.successor)


@cache
def place_table() -> PlaceTable:
    """generator/data/dia-danh.yaml as typed rows."""
    data = packaged_data("dia-danh.yaml")
    return PlaceTable(
        current=tuple(Province(r["dia_danh"], r["ten"], r.get("tu_ngay")) for r in data["tinh_thanh"]),
        abolished=tuple(
            AbolishedProvince(r["dia_danh"], r["den_ngay"], r["nay_thuoc"], r["can_cu"], tuple(r["trung_ten"]))
            for r in data["da_bo"]
        ),
    )


def province_names(on: dt.date) -> frozenset[str]:
    """The place names of the province-level units that existed on `on` (63 before 1/7/2025, 34 after)."""
    table = place_table()
    current = {p.place for p in table.current if p.since is None or p.since <= on}
    return frozenset(current | {a.place for a in table.abolished if on < a.until})


def place_problem(place: str, on: dt.date) -> str | None:
    """A Vietnamese message when `place` is wrong on the date line of a document dated `on`, else None.

    >>> place_problem("Sóc Trăng", dt.date(2017, 11, 7)) is None
    True
    >>> "Cần Thơ" in place_problem("Sóc Trăng", dt.date(2025, 7, 1))
    True
    """
    written = unicodedata.normalize("NFC", place).strip()
    canonical = _canonical(written)
    if canonical is None:
        return None
    abolished = _abolished(written, canonical, on)
    if abolished is not None:
        return abolished
    if canonical != written:
        return _form_problem(written, canonical)
    return None


def canonical_place(place: str) -> str | None:
    """The form the date line takes for a province-level name written with or without its common noun or abbreviated
    (`TP. Hồ Chí Minh` → `Thành phố Hồ Chí Minh`, `Tỉnh Lạng Sơn` → `Lạng Sơn`, ND30 II.4.a); None if not one."""
    return _canonical(unicodedata.normalize("NFC", place).strip())


def province_problem(place: str, on: dt.date) -> str | None:
    """For a province-level body (Tổng LĐLĐ, LĐLĐ tỉnh, CĐ ngành): `place_problem`, and the place must be
    a province-level unit on `on` (issue 3, point 5). `Huế` before 1/1/2025 was a city inside Thừa Thiên Huế.
    """
    problem = place_problem(place, on)
    written = unicodedata.normalize("NFC", place).strip()
    if problem is not None or written in province_names(on):
        return problem
    table = place_table()
    then = [a.place for a in table.abolished if on < a.until and table.successor_place(a) == written]
    hint = f"; ngày đó cơ quan cấp tỉnh ghi “{then[0]}”" if then else ""
    return (
        f"Địa danh “{written}” không phải tên một tỉnh, thành phố trực thuộc trung ương vào ngày {_short(on)}{hint} "
        "(cơ quan cấp tỉnh ghi tên tỉnh nơi đóng trụ sở, quy tắc §4.2)."
    )


def successor_on(place: str, on: dt.date) -> str | None:
    """The province-level place that took over `place` when `place` is a province name abolished by `on`
    (`Hà Giang` on 1/3/2026 → `Tuyên Quang`, spec §12); None otherwise.

    >>> successor_on("Hà Giang", dt.date(2026, 3, 1)), successor_on("Hà Giang", dt.date(2024, 3, 1))
    ('Tuyên Quang', None)
    """
    table = place_table()
    canonical = _canonical(unicodedata.normalize("NFC", place).strip())
    old = next((a for a in table.abolished if a.place == canonical and on >= a.until), None)
    return table.successor_place(old) if old is not None else None


def _canonical(written: str) -> str | None:
    """The right form of a province-level place name written with or without its common noun; None if not one."""
    bare = written
    for noun in COMMON_NOUNS:
        if written.startswith(noun):
            bare = written.removeprefix(noun).strip()
            break
    return _forms().get(ABBREVIATIONS.get(bare, bare))


@cache
def _forms() -> dict[str, str]:
    """Every province-level name without its common noun → the form the date line takes."""
    table = place_table()
    forms = {p.name.removeprefix("Thành phố "): p.place for p in table.current}
    return forms | {a.place: a.place for a in table.abolished}


def _abolished(written: str, place: str, on: dt.date) -> str | None:
    table = place_table()
    old = next((a for a in table.abolished if a.place == place), None)
    if old is None or on < old.until:
        return None
    message = (
        f"Địa danh “{written}” không còn là tên tỉnh từ ngày {_short(old.until)} ({old.basis}: nay thuộc {old.successor}); "
        f"văn bản ngày {_short(on)} của cơ quan cấp tỉnh ghi “{table.successor_place(old)}”, "
        "cơ quan cấp dưới ghi tên đơn vị hành chính nơi đóng trụ sở (quy tắc §4.2, §4.3)."
    )
    if old.homonyms:
        message += f" Nếu cơ quan đóng tại {', '.join(old.homonyms)}, ghi đầy đủ cả chữ “Phường”/“Xã” để khỏi nhầm với tên tỉnh cũ."
    return message


def _form_problem(written: str, canonical: str) -> str:
    if canonical.startswith("Thành phố "):
        return f"Địa danh “{written}” phải ghi đầy đủ “{canonical}”, không viết tắt hay bỏ chữ “Thành phố” (ND30 II.4.a, quy tắc §4.2)."
    return f"Địa danh “{written}” ghi “{canonical}”: bỏ danh từ chung “tỉnh”, “thành phố” trước tên (ND30 II.4.a, quy tắc §4.2)."


def _short(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month}/{date.year}"
