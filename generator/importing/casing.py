"""An all-caps trích yếu in sentence case, proper names and abbreviations kept (spec §3 row 5a, §13.3).

`KẾ HOẠCH TỔ CHỨC THÁNG CÔNG NHÂN NĂM 2025 CỦA LĐLĐ TỈNH THANH HÓA` is refused by `vanban build`;
the importer writes `Tổ chức Tháng Công nhân năm 2025 của LĐLĐ tỉnh Thanh Hóa` instead. The names
kept are generator/data/ten-rieng.yaml and the province names of generator/data/dia-danh.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from ..loading import document_types
from ..places import place_table
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


def is_all_caps(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == text.upper()


@cache
def _names() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(upper words, printed words) of every kept name, longest first."""
    text = resources.files("generator").joinpath("data/ten-rieng.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
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
    text = resources.files("generator").joinpath("data/ten-rieng.yaml").read_text(encoding="utf-8")
    codes = [row.abbreviation for row in document_types().values()] + yaml.safe_load(text)["ky_hieu"]
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
    (`Kế hoạch 5 năm`), a national one (`Chương trình hành động quốc gia`), and the resolution or charter of a
    named body or congress, kept names (`Điều lệ Công đoàn Việt Nam`, `Nghị quyết Đại hội …`). Not
    after `các`/`những`: several documents are no specific one (`các chương trình mục tiêu quốc gia`)."""
    for name in printed_names():
        size = len(name.split())
        for start in range(len(keys) - size):
            if " ".join(keys[start : start + size]) == name and _specific(keys, out, start, name):
                out[start] = _capital(out[start])


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
