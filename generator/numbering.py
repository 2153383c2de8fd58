"""Section numbers, computed per level from a per-document scheme (spec §6.1, §6.2).

Content files never carry numbers. A scheme is one level kind per depth (`la-ma` → I., `so` → 1.,
`so-ghep` → 1.1., `chu-ngoac` → a) …); inserting or removing a section renumbers everything after
it. A level counts within its parent, except Điều: articles run 1, 2, 3 … through the whole
document, across Phần, Chương and Mục (spec §6.1). Letters follow the Vietnamese alphabet
(a b c d đ e g h i k l m n o p q r s t u v x y).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .document import Section
from .errors import ContentError, Problem

VIETNAMESE_LETTERS = (
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
)
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def roman(n: int) -> str:
    """1 → I, 4 → IV, 14 → XIV."""
    if n < 1:
        raise ValueError(n)
    out = ""
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        out += symbol * count
    return out


def letter(n: int) -> str:
    """1 → a, 5 → đ, 6 → e (Vietnamese order, no f j w z); past y there is no letter."""
    if not 1 <= n <= len(VIETNAMESE_LETTERS):
        raise ValueError(n)
    return VIETNAMESE_LETTERS[n - 1]


def number_words(n: int) -> str:
    """1 → một, 15 → mười lăm, 21 → hai mươi mốt, 24 → hai mươi tư (1–99)."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _DIGIT_WORDS[unit]
    head = "mười" if tens == 1 else f"{_DIGIT_WORDS[tens]} mươi"
    if unit == 0:
        return head
    if unit == 5:
        return f"{head} lăm"
    if unit == 1 and tens > 1:
        return f"{head} mốt"
    if unit == 4 and tens > 1:
        return f"{head} tư"
    return f"{head} {_DIGIT_WORDS[unit]}"


def ordinal(n: int) -> str:
    """1 → Một, 2 → Hai (the `Một là, Hai là` style of seed 003)."""
    return number_words(n).capitalize()


@dataclass(frozen=True)
class LevelKind:
    """Một kiểu đánh số cho một cấp mục."""

    key: str
    marker: Callable[[int, str], str]  # (position, parent marker) → marker
    standalone: bool = False  # Phần / Chương / Mục: the marker stands on its own centred line
    upper_title: bool = False  # I. MỤC TIÊU: the title is printed in capitals
    continuous: bool = False  # Điều: numbered through the whole document, not within its parent (§6.1)


def _compound(n: int, parent: str) -> str:
    return f"{parent.rstrip('.')}.{n}." if parent else f"{n}."


LEVEL_KINDS: dict[str, LevelKind] = {
    kind.key: kind
    for kind in (
        LevelKind("la-ma", lambda n, _: f"{roman(n)}.", upper_title=True),
        LevelKind("la-ma-gach", lambda n, _: f"{roman(n)}-", upper_title=True),
        LevelKind("chu-hoa", lambda n, _: f"{letter(n).upper()}.", upper_title=True),
        LevelKind("chu-hoa-gach", lambda n, _: f"{letter(n).upper()}-", upper_title=True),
        LevelKind("so", lambda n, _: f"{n}."),
        LevelKind("so-gach", lambda n, _: f"{n}-"),
        LevelKind("so-ghep", _compound),
        LevelKind("chu-ngoac", lambda n, _: f"{letter(n)})"),
        LevelKind("chu-cham", lambda n, _: f"{letter(n)}."),
        LevelKind("thu-tu", lambda n, _: f"{ordinal(n)} là,"),
        LevelKind("thu-tu-hai-cham", lambda n, _: f"{ordinal(n)} là:"),
        LevelKind("phan", lambda n, _: f"Phần {roman(n)}", standalone=True, upper_title=True),
        LevelKind("chuong", lambda n, _: f"Chương {roman(n)}", standalone=True, upper_title=True),
        LevelKind("muc-so", lambda n, _: f"Mục {n}", standalone=True, upper_title=True),
        LevelKind("dieu", lambda n, _: f"Điều {n}.", continuous=True),
    )
}

REPEATABLE_KINDS = frozenset({"so-ghep"})  # 1.1. then 1.1.1.: the same kind at two levels still prints apart


def distinct_neighbours(levels: list[str] | tuple[str, ...], at: int, kind: str) -> bool:
    """Whether `kind` at level `at` differs from the levels above and below it (or may repeat, REPEATABLE_KINDS)."""
    around = [levels[i] for i in (at - 1, at + 1) if 0 <= i < len(levels)]
    return kind in REPEATABLE_KINDS or kind not in around


PRESETS: dict[str, tuple[str, ...]] = {
    "chu-cai": ("la-ma", "so", "chu-cham"),
    "thu-tu": ("thu-tu",),
    "dieu-khoan": ("chuong", "dieu", "so", "chu-ngoac"),
}
DEFAULT_PRESET = "mac-dinh"


def scheme(levels: tuple[str, ...], default: tuple[str, ...]) -> tuple[LevelKind, ...]:
    """Resolve `danh_so` (a preset name or one kind per level) to level kinds; KeyError names an unknown one."""
    if len(levels) == 1 and (levels[0] in PRESETS or levels[0] == DEFAULT_PRESET):
        levels = default if levels[0] == DEFAULT_PRESET else PRESETS[levels[0]]
    return tuple(LEVEL_KINDS[key] for key in levels)


@dataclass(frozen=True)
class NumberedSection:
    """Một mục đã được gán số thứ tự."""

    section: Section
    marker: str
    depth: int
    kind: LevelKind
    children: tuple[NumberedSection, ...]


def position(kind: LevelKind, depth: int, index: int, through: dict[int, int]) -> int:
    """A section's number at its level: its place among its siblings (`index`, from 1), or for a kind
    numbered through the whole document (Điều) one past the last section of its depth so far;
    `through` carries those counts along the document, read in order."""
    if not kind.continuous:
        return index
    through[depth] = through.get(depth, 0) + 1
    return through[depth]


def number_sections(
    sections: tuple[Section, ...], kinds: tuple[LevelKind, ...], source: Path
) -> tuple[NumberedSection, ...]:
    """Give every section its marker; a section deeper than the scheme, or past the letters, is a Problem."""
    problems: list[Problem] = []
    numbered = _number(sections, kinds, 1, "", source, problems, {})
    if problems:
        raise ContentError(problems)
    return numbered


def _number(
    sections: tuple[Section, ...],
    kinds: tuple[LevelKind, ...],
    depth: int,
    parent: str,
    source: Path,
    problems: list[Problem],
    through: dict[int, int],
) -> tuple[NumberedSection, ...]:
    if sections and depth > len(kinds):
        problems.append(
            Problem(
                f"Mục lồng tới cấp {depth} nhưng kiểu đánh số chỉ có {len(kinds)} cấp "
                f"({', '.join(k.key for k in kinds)}).",
                file=source,
                line=sections[0].line,
                field="muc",
                hint="Đưa mục này lên cấp trên, chuyển thành ý gạch đầu dòng (`y`), hoặc thêm một cấp vào `danh_so`.",
            )
        )
        return ()
    out: list[NumberedSection] = []
    for index, section in enumerate(sections, start=1):
        kind = kinds[depth - 1]
        try:
            marker = kind.marker(position(kind, depth, index, through), parent)
        except ValueError:
            problems.append(
                Problem(
                    f"Cấp mục này có {len(sections)} mục, quá số chữ cái tiếng Việt ({len(VIETNAMESE_LETTERS)}) hoặc số thứ tự đọc được.",
                    file=source,
                    line=section.line,
                    field="muc",
                    hint="Chia mục cha thành nhiều mục, hoặc dùng kiểu đánh số bằng số (so).",
                )
            )
            return tuple(out)
        if kind.standalone and section.title is None:
            problems.append(
                Problem(
                    f"{marker} phải có tiêu đề (ND30 II.6.d).",
                    file=source,
                    line=section.line,
                    field="tieu_de",
                    hint="Thêm `tieu_de` cho mục này.",
                )
            )
        children = _number(section.sections, kinds, depth + 1, marker, source, problems, through)
        out.append(NumberedSection(section, marker, depth, kind, children))
    return tuple(out)
