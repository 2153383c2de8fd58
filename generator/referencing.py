"""Cross references by section id: `{{ dieu("trach-nhiem") }}` → `Điều 5`, `{{ muc("kinh-phi") }}` → `khoản 2 Mục III`.

Content never stores numbers, so a text that cites another part of its document names that part by
its `id`; the citation is computed from the numbering of the resolved document (after inheritance),
before its texts are localised. A child file that inserts a Điều renumbers the articles after it,
and every reference to them follows. Citations are worded the way amendments word them
(amending/citing.py): "điểm a khoản 2 Mục III", "Chương II", "khoản 2 Điều 5" — an article, numbered
through the whole document, is cited without its Chương.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from jinja2 import Undefined

from .amending.citing import path, unit
from .numbering import NumberedSection

LISTED = 10  # ids named in the hint of an unknown id


@dataclass(frozen=True)
class Reference:
    """Cách dẫn chiếu một mục trong câu văn (“khoản 2 Điều 5”) và kiểu đánh số của cấp mục đó."""

    kind: str  # numbering.LEVEL_KINDS key: dieu, so, la-ma …
    text: str


class ReferenceProblem(Exception):
    """A reference that cannot be printed, said in Vietnamese: what is wrong and how to fix it."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def references(numbered: tuple[NumberedSection, ...]) -> dict[str, Reference]:
    """Every section of the body that has an id → how a text cites it."""
    found: dict[str, Reference] = {}

    def walk(sections: tuple[NumberedSection, ...], units: tuple[str, ...], parent_kind: str | None) -> None:
        for numbered_section in sections:
            kind = numbered_section.kind.key
            own = (*units, unit(kind, numbered_section.marker, parent_kind))
            if numbered_section.section.id:
                found[numbered_section.section.id] = Reference(kind, path(list(own)))
            walk(numbered_section.children, own, kind)

    walk(numbered, (), None)
    return found


def citing_functions(found: Mapping[str, Reference]) -> dict[str, Callable[[str], str]]:
    """The functions a content text calls: `muc(mã)` cites any section, `dieu(mã)` an article only."""

    def muc(target: str) -> str:
        return _look_up(found, str(target)).text

    def dieu(target: str) -> str:
        reference = _look_up(found, str(target))
        if reference.kind != "dieu":
            raise ReferenceProblem(
                f"Mục mã `{target}` không phải là một Điều (mục này in là «{reference.text}»).",
                f'Dẫn chiếu mục này bằng {{{{ muc("{target}") }}}}.',
            )
        return reference.text

    return {"muc": muc, "dieu": dieu}


def _look_up(found: Mapping[str, Reference], target: str) -> Reference:
    if target in found:
        return found[target]
    known = sorted(found)
    close = difflib.get_close_matches(target, known, n=3)
    guess = f"Có phải là {', '.join(f'`{c}`' for c in close)}? " if close else ""
    more = f" (và {len(known) - LISTED} mã khác)" if len(known) > LISTED else ""
    listed = f"Các mục có mã: {', '.join(known[:LISTED])}{more}." if known else "Chưa mục nào có mã (`id`)."
    raise ReferenceProblem(
        f"Không có mục mã `{target}` để dẫn chiếu.",
        guess + listed + ' Mã là trường `id` của mục được dẫn chiếu, viết trong ngoặc kép: {{ dieu("ma-dieu") }}.',
    )


def uncalled(value: object) -> object:
    """Jinja's `finalize`: what `{{ … }}` prints, refused when it is a function left uncalled (`{{ muc }}`)."""
    if callable(value) and not isinstance(value, Undefined):  # an undefined name raises when printed
        raise ReferenceProblem(
            "Biểu thức này là một hàm chưa được gọi: thiếu mã mục trong ngoặc.",
            'Viết mã trong ngoặc: {{ dieu("ma-dieu") }} hoặc {{ muc("ma-muc") }}.',
        )
    return value
