"""Phụ lục (spec §10): the "(Kèm theo … số … ngày …)" line cites the document's own number and date.

A phụ lục is part of the document it is attached to, so its reference line must repeat that
document's Số/ký hiệu and date exactly. A copied annex that still cites the previous year's plan
is a real, common mistake. Blank fields (a draft, or an electronic document that leaves them for
the clerk) are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .registry import Breach, Context, require, rule

ATTACHED = re.compile(r"^\(?\s*Kèm theo\b.*?\bsố\s+(?P<number>\d+/\S+?)\s+ngày\s+(?P<date>.+?)\s+của\b")
NUMBER = re.compile(r"Số\s*:?\s*(?P<number>\d+/\S+)")
DATE = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
NUMERIC_DATE = re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$")


def day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "ngày 05 tháng 01 năm 2026" or "05/01/2026"; None when blank or other."""
    match = DATE.search(text if text.startswith("ngày") else f"ngày {text}") or NUMERIC_DATE.match(text)
    return (int(match["y"]), int(match["m"]), int(match["d"])) if match else None


@rule("kem-theo", "§10")
def attached_reference(context: Context) -> Iterator[Breach]:
    """Each "(Kèm theo …)" line cites the Số and the date printed in the document's header."""
    layout = context.layout
    lines = [(p, m) for p in layout.paragraphs if (m := ATTACHED.match(p.text.strip()))]
    if not lines:
        return
    own = NUMBER.search(require(layout.number, "số, ký hiệu").text)
    own_date = day(require(layout.date, "địa danh, ngày tháng").text.split(",", 1)[-1].strip())
    for paragraph, match in lines:
        if own and match["number"].rstrip(",;") != own["number"]:
            yield Breach(
                f"Dòng «Kèm theo» dẫn số {match['number']}, khác số của văn bản ({own['number']}).",
                paragraph,
                f"Phụ lục là một phần của văn bản: ghi đúng số {own['number']} (§10).",
            )
        cited = day(match["date"])
        if own_date and cited and cited != own_date:
            yield Breach(
                f"Dòng «Kèm theo» dẫn ngày {match['date']}, khác ngày của văn bản "
                f"({own_date[2]:02d}/{own_date[1]:02d}/{own_date[0]}).",
                paragraph,
                "Phụ lục là một phần của văn bản: ghi đúng ngày ban hành của văn bản (§10).",
            )
