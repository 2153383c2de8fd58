"""Table tests for generator/numbering.py (spec §6.1, §6.2)."""

from pathlib import Path

import pytest

from generator.document import Section
from generator.errors import ContentError
from generator.numbering import LEVEL_KINDS, PRESETS, letter, number_sections, number_words, ordinal, roman, scheme


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (1999, "MCMXCIX")],
)
def test_roman(n, expected):
    assert roman(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "a"), (4, "d"), (5, "đ"), (6, "e"), (7, "g"), (10, "k"), (22, "x"), (23, "y")]
)
def test_letters_follow_the_vietnamese_alphabet(n, expected):
    # spec §6.1 điểm: a, b, c, d, đ, e, g, h, i, k … — no f, j, w, z
    assert letter(n) == expected


@pytest.mark.parametrize("n", [0, 24])
def test_no_letter_outside_the_alphabet(n):
    with pytest.raises(ValueError):
        letter(n)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (99, "chín mươi chín"),
    ],
)
def test_number_words(n, expected):
    assert number_words(n) == expected


@pytest.mark.parametrize(
    ("kind", "position", "parent", "expected"),
    [
        ("la-ma", 2, "", "II."),
        ("la-ma-gach", 3, "", "III-"),
        ("chu-hoa", 2, "", "B."),
        ("chu-hoa-gach", 3, "", "C-"),
        ("so", 10, "II.", "10."),
        ("so-gach", 2, "", "2-"),
        ("so-ghep", 3, "1.", "1.3."),
        ("so-ghep", 2, "1.3.", "1.3.2."),
        ("chu-ngoac", 5, "1.", "đ)"),
        ("chu-cham", 6, "2.", "e."),
        ("thu-tu", 2, "", "Hai là,"),
        ("thu-tu-hai-cham", 5, "", "Năm là:"),
        ("phan", 2, "", "Phần II"),
        ("chuong", 4, "", "Chương IV"),
        ("muc-so", 3, "Chương I", "Mục 3"),
        ("dieu", 12, "Chương II", "Điều 12."),
    ],
)
def test_markers(kind, position, parent, expected):
    assert LEVEL_KINDS[kind].marker(position, parent) == expected


def test_ordinal_capitalised():
    assert ordinal(3) == "Ba"


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        (("mac-dinh",), ("la-ma", "so", "so-ghep", "chu-ngoac")),
        (("chu-cai",), ("la-ma", "so", "chu-cham")),
        (("thu-tu",), ("thu-tu",)),
        (("dieu-khoan",), PRESETS["dieu-khoan"]),
        (("la-ma", "so"), ("la-ma", "so")),
    ],
)
def test_scheme_presets(levels, expected):
    assert tuple(k.key for k in scheme(levels, ("la-ma", "so", "so-ghep", "chu-ngoac"))) == expected


def _tree() -> tuple[Section, ...]:
    return (
        Section(
            title="Mục đích, yêu cầu",
            sections=(
                Section(title="Mục đích"),
                Section(title="Yêu cầu", sections=(Section(lead="x"), Section(lead="y"))),
            ),
        ),
        Section(title="Tổ chức thực hiện"),
    )


def test_number_sections_default_scheme():
    numbered = number_sections(_tree(), scheme(("mac-dinh",), ("la-ma", "so", "so-ghep", "chu-ngoac")), Path("x.yaml"))
    markers = [numbered[0].marker, numbered[0].children[0].marker, numbered[0].children[1].marker]
    markers += [c.marker for c in numbered[0].children[1].children] + [numbered[1].marker]
    assert markers == ["I.", "1.", "2.", "2.1.", "2.2.", "II."]


def test_inserting_a_section_renumbers_the_rest():
    first, last = _tree()
    numbered = number_sections(
        (first, Section(title="Nội dung"), last), scheme(("mac-dinh",), ("la-ma", "so", "so-ghep")), Path("x.yaml")
    )
    assert [n.marker for n in numbered] == ["I.", "II.", "III."]
    assert numbered[2].section.title == "Tổ chức thực hiện"


def test_section_deeper_than_the_scheme_is_an_error_with_its_line():
    deep = (Section(title="A", sections=(Section(title="B", line=7),), line=5),)
    with pytest.raises(ContentError) as caught:
        number_sections(deep, scheme(("la-ma",), ()), Path("x.yaml"))
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == (Path("x.yaml"), 7)
    assert "cấp 2" in problem.message


def test_more_sections_than_letters_is_an_error():
    many = tuple(Section(lead=str(i), line=i) for i in range(24))
    with pytest.raises(ContentError):
        number_sections((Section(title="A", sections=many),), scheme(("la-ma", "chu-ngoac"), ()), Path("x.yaml"))


def test_chapter_needs_a_title():
    with pytest.raises(ContentError) as caught:
        number_sections((Section(lead="không có tiêu đề", line=3),), scheme(("chuong",), ()), Path("x.yaml"))
    assert "II.6.d" in caught.value.problems[0].message
