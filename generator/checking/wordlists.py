"""Word's own list numbering (numPr, numbering.xml): the label Word prints before a list paragraph, as the
checker (rules_numbering) and the importer (importing/docxblocks) both need to read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .formatting import w


@dataclass
class ListCounters:
    """Bộ đếm của các danh sách Word (numId → mức → giá trị)."""

    formats: dict[tuple[str, int], tuple[str, str, int]]
    counts: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, level: int) -> str | None:
        fmt = self.formats.get((num_id, level))
        if fmt is None or fmt[0] in {"bullet", "none"}:
            return None
        levels = self.counts.setdefault(num_id, {})
        levels[level] = levels.get(level, fmt[2] - 1) + 1
        for deeper in [k for k in levels if k > level]:
            del levels[deeper]
        if fmt[0] == "upperLetter":
            return None  # capital letters are no level of §6.2 (a, b, c are lower case); «C.» is no Roman 100
        text = fmt[1]
        for k in range(level + 1):
            kind = self.formats.get((num_id, k), ("decimal", "", 1))[0]
            text = text.replace(f"%{k + 1}", _formatted(levels.get(k, 1), kind))
        return text


def _formatted(value: int, kind: str) -> str:
    if kind in {"upperRoman", "lowerRoman"}:
        numerals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out = ""
        for amount, numeral in numerals:
            while value >= amount:
                out, value = out + numeral, value - amount
        return out if kind == "upperRoman" else out.lower()
    if kind in {"lowerLetter", "upperLetter"}:
        letter = chr(ord("a") + (value - 1) % 26)
        return letter if kind == "lowerLetter" else letter.upper()
    return str(value)


def list_formats(numbering: etree._Element | None) -> dict[tuple[str, int], tuple[str, str, int]]:
    """(numId, level) → (numFmt, lvlText, start) from numbering.xml."""
    if numbering is None:
        return {}
    abstract = {a.get(w("abstractNumId")): a for a in numbering.iter(w("abstractNum"))}
    formats = {}
    for num in numbering.iter(w("num")):
        ref = num.find(w("abstractNumId"))
        definition = abstract.get(ref.get(w("val")) if ref is not None else None)
        if definition is None:
            continue
        for lvl in definition.iter(w("lvl")):
            fmt, text, start = lvl.find(w("numFmt")), lvl.find(w("lvlText")), lvl.find(w("start"))
            formats[(num.get(w("numId"), ""), int(lvl.get(w("ilvl"), "0")))] = (
                fmt.get(w("val"), "decimal") if fmt is not None else "decimal",
                text.get(w("val"), "") if text is not None else "",
                int(start.get(w("val"), "1")) if start is not None else 1,
            )
    return formats
