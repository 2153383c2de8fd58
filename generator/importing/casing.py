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

from ..places import place_table
from .kinds import printed_names

_ROMAN = re.compile(r"^[IVXLC]+$")
_WORD = re.compile(r"\S+")
_VOWELS = re.compile("[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")
_CHARTER = "ĐIỀU LỆ"


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
            out[index] = words[index]
        index += max(length, 1)
    _cited_types(keys, out)
    result = " ".join(out)
    return result[:1].upper() + result[1:]


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
    """`CHỈ THỊ SỐ 19` → `Chỉ thị số 19`; `ĐIỀU LỆ` before a kept name (`Điều lệ Công đoàn Việt Nam`)."""
    for name in printed_names():
        size = len(name.split())
        for start in range(len(keys) - size):
            if " ".join(keys[start : start + size]) != name:
                continue
            after = keys[start + size]
            if after == "SỐ" or (name == _CHARTER and out[start + size][:1].isupper()):
                out[start] = out[start][:1].upper() + out[start][1:]


def _kept_at(keys: list[str], index: int, out: list[str]) -> int:
    """Write the kept name starting at `index` into `out`; its length in words, 0 when none starts there."""
    for upper, printed in _names():
        if tuple(keys[index : index + len(upper)]) == upper:
            for offset, word in enumerate(printed):
                at = index + offset
                out[at] = out[at].replace(word.lower(), word, 1) if word.lower() in out[at] else word
            return len(upper)
    return 0
