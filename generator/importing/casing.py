"""An all-caps trích yếu in sentence case, proper names and abbreviations kept (spec §3 row 5a, §13.3).

`KẾ HOẠCH TỔ CHỨC THÁNG CÔNG NHÂN NĂM 2025 CỦA LĐLĐ TỈNH THANH HÓA` is refused by `vanban build`;
the importer writes `Tổ chức Tháng Công nhân năm 2025 của LĐLĐ tỉnh Thanh Hóa` instead. The names
kept are generator/data/ten-rieng.yaml and the province names of generator/data/dia-danh.yaml.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..loading import document_types
from ..places import place_table
from ..yamlfile import packaged_data
from .kinds import printed_names

_ROMAN = re.compile(r"^[IVXLC]+$")
_WORD = re.compile(r"\S+")
_SEGMENT = re.compile(r"[^\W\d_]+")
_VOWELS = re.compile("[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")
# Type names used only as nouns (never verbs like `báo cáo`, `hướng dẫn`): the name of the body or congress
# that adopted them may follow directly (ND30 Phụ lục II, V.6).
_OF_A_BODY = frozenset({"ĐIỀU LỆ", "NGHỊ QUYẾT", "CHỈ THỊ"})
_ISSUES = ["BAN", "HÀNH"]
_NATIONAL = "QUỐC GIA"
_PLURAL = frozenset({"CÁC", "NHỮNG"})
_OPENING_QUOTES = '“"«'


def is_all_caps(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == text.upper()


@cache
def _names() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(upper words, printed words) of every kept name, longest first."""
    data = packaged_data("ten-rieng.yaml")
    table = place_table()
    bodies = [f"{kind} {field}" for kind in data["co_quan_linh_vuc"] for field in data["linh_vuc"]]
    names = [*data["ten_rieng"], *bodies, *(p.place for p in table.current), *(a.place for a in table.abolished)]
    pairs = {tuple(name.upper().split()): tuple(name.split()) for name in names}
    pairs.update({(short,): (short,) for short in data["viet_tat"]})
    return tuple(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


def sentence_case(text: str) -> str:
    """Lower case but for the first letter, the kept names, abbreviations, Roman numerals, words with digits, and
    the type name of a document cited by number (ND30 Phụ lục II: `Chỉ thị số 19/CT-TTg`, `Điều lệ Công đoàn …`)."""
    words = _WORD.findall(text)
    keys = [word.strip(",.;:()\"'“”").upper() for word in words]
    out = [word.lower() for word in words]
    index = 0
    while index < len(words):
        length = _kept_at(keys, index, out)
        if length == 0 and _kept_word(words[index], keys[index]):
            out[index] = _SEGMENT.sub(_code_case, words[index])
        index += max(length, 1)
    _cited_types(keys, out)
    result = " ".join(out)
    return result[:1].upper() + result[1:]


@cache
def _mixed_codes() -> dict[str, str]:
    """UPPER → printed of the ký hiệu parts with small letters (spec §5.1, keep their case): the type
    abbreviations of ND30 Phụ lục III (`QyĐ`, `CTr`, `TTr`) and generator/data/ten-rieng.yaml `ky_hieu`
    (`TTg`)."""
    codes = [row.abbreviation for row in document_types().values()] + packaged_data("ten-rieng.yaml")["ky_hieu"]
    return {code.upper(): code for code in codes if code != code.upper()}


def _code_case(match: re.Match[str]) -> str:
    """`19/CT-TTG` → `19/CT-TTg`: a part of a ký hiệu printed in capitals gets its small letters back."""
    return _mixed_codes().get(match.group(0), match.group(0))


def _kept_word(word: str, key: str) -> bool:
    """A Roman numeral, a word with digits, an abbreviation: no Vietnamese vowel (`TTHC`, `HĐND`) or given in
    brackets (`(OCOP)`)."""
    if _ROMAN.match(key) or any(ch.isdigit() for ch in key):
        return True
    letters = [ch for ch in key if ch.isalpha()]
    return len(letters) >= 2 and (
        (key.isalpha() and not _VOWELS.search(key)) or (word.startswith("(") and word.rstrip(",.;:").endswith(")"))
    )


def _cited_types(keys: list[str], out: list[str]) -> None:
    """The type name of a specific document gets its capital (ND30 Phụ lục II, V.6): one cited by number
    (`Chỉ thị số 19`), the one this document issues (`Ban hành Quy định …`), one named by its years
    (`Kế hoạch 5 năm`), a national one (`Chương trình hành động quốc gia`), one named by its title in quotes
    (`Đề án “Dạy và học …”`, the title from a capital), and the resolution or charter of a
    named body or congress, kept names (`Điều lệ Công đoàn Việt Nam`, `Nghị quyết Đại hội …`). Not
    after `các`/`những`: several documents are no specific one (`các chương trình mục tiêu quốc gia`)."""
    for name in printed_names():
        size = len(name.split())
        for start in range(len(keys) - size):
            if " ".join(keys[start : start + size]) == name and _specific(keys, out, start, name):
                out[start] = _capital(out[start])
                after = start + size
                if out[after][:1] in _OPENING_QUOTES:  # its title as the document prints it, from a capital
                    out[after] = out[after][:1] + _capital(out[after][1:])


def _specific(keys: list[str], out: list[str], start: int, name: str) -> bool:
    after = start + len(name.split())
    if start and keys[start - 1] in _PLURAL:
        return False
    return (
        keys[after] == "SỐ"
        or keys[max(start - 2, 0) : start] == _ISSUES
        or any(ch.isdigit() for ch in keys[after])
        or _NATIONAL in " ".join(keys[after : after + 4])
        or (name in _OF_A_BODY and out[after][:1].isupper())
        or out[after][:1] in _OPENING_QUOTES  # named by its title in quotes (`Đề án “Dạy và học …”`)
    )


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _kept_at(keys: list[str], index: int, out: list[str]) -> int:
    """Write the kept name starting at `index` into `out`; its length in words, 0 when none starts there."""
    for upper, printed in _names():
        if tuple(keys[index : index + len(upper)]) == upper:
            for offset, word in enumerate(printed):
                at = index + offset
                out[at] = out[at].replace(word.lower(), word, 1) if word.lower() in out[at] else word
            return len(upper)
    return 0


_UNIT_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "thôn", "ấp"})
BODY_PHRASE_MIN = 3
BODY_PHRASE_MAX = 6
_SENTENCE_END = re.compile(r"[.!?:;]$")
_EDGE = ",.;:()\"'“”‘’"


def continued_line(text: str) -> str:
    """A line that continues a sentence (`Năm học 2020 – 2021` under `Hoạt động công tác công đoàn`): its first
    letter in lower case, unless its first word begins a kept name or is an abbreviation."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first[:1].isupper() or first[1:] != first[1:].lower():
        return text
    probe = sentence_case(f"X {text.upper()}").split()[1]
    return text if probe[:1].isupper() else text[:1].lower() + text[1:]


def as_in_body(summary: str, body_lines: list[str]) -> tuple[str, list[str]]:
    """A trích yếu put in sentence case, with the capitals the document's own body gives the same phrase (3 to 6
    words, inside a sentence): `trường THPT phú lâm` → `Trường THPT Phú Lâm` (ND30 Phụ lục II: the names as the
    issuer writes them). Capitals are only added: a word the body prints both ways inside its sentences (the
    phrase's first word) or after the same word (the others) is left as it is, and so is a kept name the body
    prints in small letters (`của Giám đốc sở Giáo dục …`). The phrases changed are returned for the report."""
    phrases = _body_phrases(body_lines)
    steady = _steady_words(body_lines)
    words = summary.split()
    keys = [word.strip(_EDGE).lower() for word in words]
    changed: list[str] = []
    ruled = _ruled_words(keys)
    for start in range(1, len(words)):
        for size in range(min(BODY_PHRASE_MAX, len(words) - start), BODY_PHRASE_MIN - 1, -1):
            printed = phrases.get(tuple(keys[start : start + size]))
            if printed:
                before = " ".join(words[start : start + size])
                for offset, word in enumerate(printed):
                    # the phrase's first word must be printed alike everywhere, the others after the same word
                    context = (printed[offset - 1].lower(), word.lower()) if offset else (None, word.lower())
                    if context in steady and start + offset not in ruled:
                        words[start + offset] = _first_letter_as(words[start + offset], word)
                after = " ".join(words[start : start + size])
                if after != before:
                    changed.append(after)
                break
    return " ".join(words), changed


def _ruled_words(keys: list[str]) -> set[int]:
    """Positions whose case ND30 Phụ lục II rules, whatever the body prints: the first word of a type name (V.6,
    `_cited_types`) and an administrative unit before its name (I.3: `tỉnh Bình Định`)."""
    ruled = {at for at, key in enumerate(keys) if key in _UNIT_WORDS}
    for name in printed_names():
        words = name.lower().split()
        ruled |= {at for at in range(len(keys)) if keys[at : at + len(words)] == words}
    return ruled


def _steady_words(body_lines: list[str]) -> frozenset[tuple[str | None, str]]:
    """(None, word) for the words (lower case) the body prints with one case of their first letter wherever they
    stand inside a sentence, (previous word, word) for those it prints alike after that word (`tổ chức Công đoàn`
    though `công tác`)."""
    seen: dict[tuple[str | None, str], set[bool]] = {}
    for line in body_lines:
        words = line.split()
        for before, word in itertools.pairwise(words):
            core = word.strip(_EDGE)
            if core and not _SENTENCE_END.search(before):
                for key in ((None, core.lower()), (before.strip(_EDGE).lower(), core.lower())):
                    seen.setdefault(key, set()).add(core[0].isupper())
    return frozenset(key for key, cases in seen.items() if len(cases) == 1)


def _body_phrases(body_lines: list[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """lower-case phrase → the body's printing of it, for phrases inside a sentence (not a line's or sentence's first
    word) that the body always prints alike."""
    found: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    for line in body_lines:
        words = line.split()
        for start in range(1, len(words)):
            if _SENTENCE_END.search(words[start - 1]):
                continue
            for size in range(BODY_PHRASE_MIN, BODY_PHRASE_MAX + 1):
                chunk = words[start : start + size]
                if len(chunk) < size or any(_SENTENCE_END.search(word) for word in chunk[:-1]):
                    break
                printed = tuple(word.strip(_EDGE) for word in chunk)
                key = tuple(word.lower() for word in printed)
                found[key] = printed if found.get(key, printed) == printed else None
    return {key: printed for key, printed in found.items() if printed}


def _first_letter_as(word: str, printed: str) -> str:
    """`word` with a capital first letter when the body's `printed` has one; other words kept."""
    core = word.strip(_EDGE)
    if not core or not printed[:1].isupper() or not core[0].islower():
        return word
    at = word.index(core[0])
    return word[:at] + core[0].upper() + word[at + 1 :]
