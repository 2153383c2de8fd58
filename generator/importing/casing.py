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

_ROMAN = re.compile(r"^[IVXLC]+$")
_WORD = re.compile(r"\S+")


def is_all_caps(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == text.upper()


@cache
def _names() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(upper words, printed words) of every kept name, longest first."""
    text = resources.files("generator").joinpath("data/ten-rieng.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    table = place_table()
    names = [*data["ten_rieng"], *(p.place for p in table.current), *(a.place for a in table.abolished)]
    pairs = {tuple(name.upper().split()): tuple(name.split()) for name in names}
    pairs.update({(short,): (short,) for short in data["viet_tat"]})
    return tuple(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


def sentence_case(text: str) -> str:
    """Lower case but for the first letter, the kept names, Roman numerals and words with digits."""
    words = _WORD.findall(text)
    keys = [word.strip(",.;:()\"'“”").upper() for word in words]
    out = [word.lower() for word in words]
    index = 0
    while index < len(words):
        length = _kept_at(keys, index, out)
        if length == 0 and (_ROMAN.match(keys[index]) or any(ch.isdigit() for ch in keys[index])):
            out[index] = words[index]
        index += max(length, 1)
    result = " ".join(out)
    return result[:1].upper() + result[1:]


def _kept_at(keys: list[str], index: int, out: list[str]) -> int:
    """Write the kept name starting at `index` into `out`; its length in words, 0 when none starts there."""
    for upper, printed in _names():
        if tuple(keys[index : index + len(upper)]) == upper:
            for offset, word in enumerate(printed):
                at = index + offset
                out[at] = out[at].replace(word.lower(), word, 1) if word.lower() in out[at] else word
            return len(upper)
    return 0
