"""Place names by document date (spec §4.2, §4.3; generator/places.py)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from conftest import FIXTURES

from generator.places import place_problem, place_table, province_names, province_problem

CORPUS = FIXTURES / "corpus" / "texts"
DATE_LINE = re.compile(
    r"(?:^|\s\s)(?P<place>[^\s,]+(?: [^\s,]+)*), ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>\d{4})", re.M
)

# spec §4.3, copied from the spec as the expected data.
CURRENT = [
    "Hà Nội",
    "Hải Phòng",
    "Huế",
    "Đà Nẵng",
    "Cần Thơ",
    "Thành phố Hồ Chí Minh",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Đồng Nai",
    "Tây Ninh",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
]
ABOLISHED_2025_07 = [
    "Hà Giang",
    "Yên Bái",
    "Bắc Kạn",
    "Vĩnh Phúc",
    "Hòa Bình",
    "Bắc Giang",
    "Hải Dương",
    "Thái Bình",
    "Hà Nam",
    "Nam Định",
    "Quảng Bình",
    "Quảng Nam",
    "Kon Tum",
    "Bình Định",
    "Ninh Thuận",
    "Bình Thuận",
    "Đắk Nông",
    "Phú Yên",
    "Bình Phước",
    "Bình Dương",
    "Bà Rịa - Vũng Tàu",
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Sóc Trăng",
    "Hậu Giang",
    "Bạc Liêu",
    "Kiên Giang",
]
D = dt.date


def _assert_message(problem: str | None, expected: list[str] | None) -> None:
    """None expected: no problem. Otherwise the message contains every expected part."""
    if expected is None:
        assert problem is None
        return
    assert problem is not None
    for part in expected:
        assert part in problem


@pytest.mark.parametrize(
    ("place", "on", "expected"),
    [
        ("Sóc Trăng", D(2017, 11, 7), None),  # seed 004: Hướng dẫn 09/HD-CĐVC must still build
        ("Sóc Trăng", D(2025, 6, 30), None),
        (
            "Sóc Trăng",
            D(2025, 7, 1),
            [
                "“Sóc Trăng” không còn là tên tỉnh từ ngày 01/7/2025",
                "ghi “Cần Thơ”",
                "Phường Sóc Trăng (Thành phố Cần Thơ)",
            ],
        ),
        ("Bình Định", D(2026, 1, 5), ["nay thuộc Gia Lai", "ghi “Gia Lai”", "Phường Bình Định (Gia Lai)"]),
        ("Hậu Giang", D(2026, 1, 5), ["ghi “Cần Thơ”"]),
        ("Bà Rịa - Vũng Tàu", D(2025, 7, 1), ["ghi “Thành phố Hồ Chí Minh”"]),
        ("Kiên Giang", D(2025, 6, 30), None),
        ("Thừa Thiên Huế", D(2024, 12, 31), None),
        ("Thừa Thiên Huế", D(2025, 1, 1), ["từ ngày 01/1/2025", "Nghị quyết 175/2024/QH15", "ghi “Huế”"]),
        ("Huế", D(2024, 6, 1), None),  # a provincial city before it became province-level
        ("Huế", D(2025, 8, 1), None),
        ("Gia Lai", D(2026, 1, 5), None),
        ("Hà Nội", D(2026, 1, 5), None),
        ("Thành phố Hồ Chí Minh", D(2026, 1, 5), None),
        ("Hồ Chí Minh", D(2026, 1, 5), ["phải ghi đầy đủ “Thành phố Hồ Chí Minh”"]),
        ("TP. HCM", D(2026, 6, 29), ["phải ghi đầy đủ “Thành phố Hồ Chí Minh”"]),
        ("TP.HCM", D(2020, 1, 1), ["phải ghi đầy đủ “Thành phố Hồ Chí Minh”"]),
        ("Thành phố Hà Nội", D(2026, 1, 5), ["ghi “Hà Nội”", "bỏ danh từ chung"]),
        ("Tỉnh Đồng Nai", D(2026, 1, 5), ["ghi “Đồng Nai”"]),
        ("Tỉnh Sóc Trăng", D(2017, 11, 7), ["ghi “Sóc Trăng”", "bỏ danh từ chung"]),
        ("Tỉnh Sóc Trăng", D(2026, 1, 5), ["“Tỉnh Sóc Trăng” không còn là tên tỉnh", "ghi “Cần Thơ”"]),
        ("Phường Sóc Trăng", D(2026, 1, 5), None),  # a real post-2025 ward, written in full
        ("Quy Nhơn", D(2026, 1, 5), None),  # commune-level names are not checked
        ("  Sóc Trăng ", D(2026, 1, 5), ["ghi “Cần Thơ”"]),
        (unicodedata.normalize("NFD", "Sóc Trăng"), D(2026, 1, 5), ["ghi “Cần Thơ”"]),
    ],
)
def test_place_problem(place: str, on: dt.date, expected: list[str] | None) -> None:
    _assert_message(place_problem(place, on), expected)


@pytest.mark.parametrize(
    ("place", "on", "expected"),
    [
        (
            "Huế",
            D(2024, 6, 1),
            [
                "“Huế” không phải tên một tỉnh, thành phố trực thuộc trung ương vào ngày 01/6/2024",
                "ghi “Thừa Thiên Huế”",
            ],
        ),
        ("Huế", D(2025, 1, 1), None),
        ("Thừa Thiên Huế", D(2024, 6, 1), None),
        ("Quy Nhơn", D(2026, 1, 5), ["“Quy Nhơn” không phải tên một tỉnh"]),
        ("Gia Lai", D(2026, 1, 5), None),
        ("Thành phố Hồ Chí Minh", D(2017, 1, 5), None),
        ("Sóc Trăng", D(2017, 11, 7), None),
        ("Sóc Trăng", D(2026, 1, 5), ["ghi “Cần Thơ”"]),
        ("Thành phố Hà Nội", D(2026, 1, 5), ["ghi “Hà Nội”"]),
    ],
)
def test_province_problem(place: str, on: dt.date, expected: list[str] | None) -> None:
    """A province-level body must write a province that existed on the document date (issue 3, point 5)."""
    _assert_message(province_problem(place, on), expected)


@pytest.mark.parametrize(
    ("on", "count", "present", "absent"),
    [
        (D(2017, 11, 7), 63, {"Sóc Trăng", "Thừa Thiên Huế", "Hà Nội"}, {"Huế"}),
        (D(2024, 12, 31), 63, {"Thừa Thiên Huế"}, {"Huế"}),
        (D(2025, 1, 1), 63, {"Huế", "Bình Định"}, {"Thừa Thiên Huế"}),
        (D(2025, 6, 30), 63, {"Kiên Giang", "Huế"}, {"Thừa Thiên Huế"}),
        (D(2025, 7, 1), 34, {"Thành phố Hồ Chí Minh", "Huế", "Gia Lai"}, {"Bình Định", "Sóc Trăng", "Hồ Chí Minh"}),
    ],
)
def test_province_names(on: dt.date, count: int, present: set[str], absent: set[str]) -> None:
    names = province_names(on)
    assert len(names) == count
    assert present <= names
    assert not absent & names


def test_table_matches_spec_lists() -> None:
    assert province_names(D(2025, 7, 1)) == frozenset(CURRENT)
    table = place_table()
    abolished_in_july = {a.place for a in table.abolished if a.until == D(2025, 7, 1)}
    assert abolished_in_july == set(ABOLISHED_2025_07)
    assert {a.place for a in table.abolished} - abolished_in_july == {"Thừa Thiên Huế"}


def _corpus_date_lines() -> list[tuple[str, str, dt.date]]:
    """(file, place, date) of every date line in the first lines of the real documents in the corpus."""
    found = []
    for path in sorted(CORPUS.glob("*.txt")):
        head = path.read_text(encoding="utf-8")[:1000]
        for match in DATE_LINE.finditer(head):
            found.append((path.name, match["place"], D(int(match["y"]), int(match["m"]), int(match["d"]))))
    return found


# Real date lines that break ND30 II.4.a as printed (the importer writes the full name, `canonical_place`)
ABBREVIATED = {"61_qd-cd-cong-nghe-thu-duc-34-quy-che-tuyen-sinh.txt": "TP. Hồ Chí Minh"}


@pytest.mark.parametrize(("name", "place", "on"), _corpus_date_lines())
def test_real_documents_pass(name: str, place: str, on: dt.date) -> None:
    """Real date lines (communes, wards, a town before 2025) raise no problem; an abbreviated city name does."""
    if ABBREVIATED.get(name) == place:
        assert "phải ghi đầy đủ" in (place_problem(place, on) or "")
    else:
        assert place_problem(place, on) is None


def test_the_corpus_has_date_lines_to_test() -> None:
    """The real documents are in tests/fixtures: the parametrized test above never runs empty."""
    # 7 complete documents, 8 web excerpts of 11–20, 9 of 21–32, 7 of 33–40 (38 prints `tháng11`), 7 of 41–52 and 2
    # of 53–62 (53 prints dots for the day, 55 `ngày 28 tháng 01` in full but past the first 1,000 characters)
    assert len({name for name, _, _ in _corpus_date_lines()}) == 40
