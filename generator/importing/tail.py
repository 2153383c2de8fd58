"""The end of a document: closing sentence, signature block and Nơi nhận with its Lưu line
(spec §3 row 6, §7, §8).

In the sources the Nơi nhận column and the signature column arrive interleaved (one line with
both cells), one after the other, or with the recipients' notes `(để b/cáo)` in a cell of their own.

A văn bản liên tịch has two signature blocks on one row: the lead issuer's on the right, the other body's on
the left (composing.joint_context). Read left to right, a second authority line after a complete block (one
with a name) opens the second block; two authority cells on one line (two signature columns read row by row)
are read column by column first. The left block becomes `lien_tich.nguoi_ky`, the right one `nguoi_ky`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import Line
from .markers import section_marker, starts_block
from .notes import Notes

_RECIPIENTS = re.compile(r"^\*?\s*Nơi nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(?P<prefix>TM|T/M|KT|TL|TUQ|Q)\s*[./]?\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$")
_SIGNED = re.compile(r"\(\s*đã ký[^)]*\)", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*)(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]*){1,5}$")
_ARCHIVE = re.compile(r"^Lưu\b\s*:?\s*(?P<rest>.*)$")
_CLOSING_END = re.compile(r"\.?/\.?$")
SHORT_TITLE = 40
# Collectives written in full after TM. (spec §7.1: `TM. BAN CHẤP HÀNH`, not `TM. BCH`).
_COLLECTIVES = {"BCH": "BAN CHẤP HÀNH", "BTV": "BAN THƯỜNG VỤ", "UBND": "ỦY BAN NHÂN DÂN"}


@dataclass
class Signing:
    """Một khối chữ ký đã nhận ra: dòng thẩm quyền, chức vụ, họ tên, dòng (Đã ký)."""

    authority: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    name: str | None = None
    signed_mark: bool = False


@dataclass
class Tail(Signing):
    """Phần cuối văn bản đã nhận ra; the inherited fields are the (lead) issuer's block, `joint` the other
    body's block of a văn bản liên tịch (the left one)."""

    raw_recipients: list[str] = field(default_factory=list)
    leftovers: list[Line] = field(default_factory=list)
    joint: Signing | None = None

    def open_second_block(self, notes: Notes, where: str) -> None:
        """A new authority line after a complete block: what was read so far is the left (other) body's block."""
        if self.joint is not None:
            notes.add(
                f"Có hơn hai khối chữ ký: khối của `{self.joint.name}` không được giữ (chỉ giữ hai khối cuối).", where
            )
        self.joint = Signing(self.authority, self.titles, self.name, self.signed_mark)
        self.authority, self.titles, self.name, self.signed_mark = [], [], None, False

    @property
    def recipients(self) -> list[str]:
        """The Nơi nhận items without the dash and the final `;` `,` `.`, the Lưu item included; none left empty (a
        dash a PDF's columns parted from its text, check set 8 q16)."""
        return [text for item in self.raw_recipients if (text := item.strip().rstrip(";,.").strip())]

    @property
    def archive(self) -> list[str] | None:
        """`Lưu: VT, KT.` → [VT, KT]; None when there is no Lưu item or it names nobody."""
        for item in self.recipients:
            match = _ARCHIVE.match(item)
            if match:
                return [part.strip() for part in match["rest"].split(",") if part.strip()] or None
        return None

    @property
    def recipients_only(self) -> list[str]:
        return [item for item in self.recipients if not _ARCHIVE.match(item)]


def tail_start(lines: list[Line]) -> int:
    """Index of the first line of the Nơi nhận / signature block (len(lines) when there is none)."""
    for index, line in enumerate(lines):
        if any(_RECIPIENTS.match(cell) or _AUTHORITY.match(cell) for cell in line.cells):
            return index
    end = len(lines)
    while end > 0 and lines[end - 1].table is None and (lines[end - 1].blank or _signature_only(lines[end - 1])):
        end -= 1
    return end if any(not line.blank for line in lines[end:]) else len(lines)


def _signature_only(line: Line) -> bool:
    """A last line made only of UPPER titles in columns (THƯ KÝ … CHỦ TRÌ HỘI NGHỊ) or a name."""
    return (all(cell == cell.upper() for cell in line.cells) and not section_marker(line.text)) or bool(
        _NAME.match(line.text)
    )


def split_closing(body: list[Line], notes: Notes) -> tuple[list[Line], str | None]:
    """The closing sentence: the last paragraph when it is plain text (no number, no dash), without `./.`.

    The build prints `ket_thuc` after the sections with `./.`, exactly where a last plain paragraph
    stood, so taking that paragraph as the closing keeps both the text and its place.
    """
    index = len(body) - 1
    while index >= 0 and body[index].blank:
        index -= 1
    if index < 0 or body[index].table is not None or starts_block(body[index].text):
        return body, None
    text = body[index].text
    if not (text.startswith("Trên đây") or _CLOSING_END.search(text)):
        notes.add("Đoạn cuối thân văn bản được ghi thành câu kết thúc (`ket_thuc`).", body[index].where)
    if text.endswith("/") and not text.endswith("./"):
        notes.add("Câu kết thúc viết `/` thay cho `./.`: dấu ./. sẽ được thêm khi tạo văn bản.", body[index].where)
    return body[:index], _CLOSING_END.sub("", body[index].marked).rstrip().rstrip(".").rstrip()


def parse_tail(lines: list[Line], notes: Notes) -> Tail:
    """Sort every cell of the tail into recipients, signature lines and leftovers."""
    tail = Tail()
    in_recipients = False
    for line in _by_column(lines):
        if line.table is not None:
            tail.leftovers.append(line)
        for cell in line.cells:
            recipients = _RECIPIENTS.match(cell)
            if recipients:
                in_recipients = True
                if recipients["rest"]:
                    tail.raw_recipients.append(recipients["rest"])
            elif in_recipients and _recipient_cell(cell, tail):
                continue
            elif not _signature_cell(cell, tail, notes, line.where):
                in_recipients = False
                tail.leftovers.append(Line((cell,), line.where))
    return tail


def _by_column(lines: list[Line]) -> list[Line]:
    """Two signature columns read row by row (a line with two authority cells, the lines after it with as many
    cells, blank lines between them) read column by column instead: the left block, then the right one."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        width = len(line.cells)
        if line.table is not None or width < 2 or sum(bool(_AUTHORITY.match(c)) for c in line.cells) < 2:
            out.append(line)
            index += 1
            continue
        end = index
        while end < len(lines) and len(lines[end].cells) in (0, width) and not _RECIPIENTS.match(lines[end].text):
            end += 1
        rows = [row for row in lines[index:end] if row.cells]
        out += [Line((row.cells[column],), row.where) for column in range(width) for row in rows]
        index = end
    return out


def _recipient_cell(cell: str, tail: Tail) -> bool:
    """A `- …` item, a `(để b/cáo)` note for the last item, or a wrapped continuation."""
    items = tail.raw_recipients
    if cell.startswith(("-", "–", "+")):
        items.append(cell.lstrip("-–+ "))
    elif items and cell[:1].islower():
        items[-1] = f"{items[-1]} {cell}"
    elif items and cell.startswith("(") and not _SIGNED.search(cell):
        items[-1] = f"{items[-1].rstrip(' ;,')} {cell}"
    else:
        return False
    return True


def _signature_cell(cell: str, tail: Tail, notes: Notes, where: str) -> bool:
    if _SIGNED.search(cell):
        tail.signed_mark = True
        return True
    authority = _AUTHORITY.match(cell)
    if authority:
        if tail.name is not None:  # a complete block stands before: a văn bản liên tịch's second block
            tail.open_second_block(notes, where)
        prefix = authority["prefix"].replace("T/M", "TM")
        rest = " ".join(_COLLECTIVES.get(word, word) for word in authority["rest"].split())
        written = f"{prefix}. {rest}"
        if written != cell:
            notes.add(f"Dòng thẩm quyền `{cell}` được viết lại theo ND30: `{written}`.", where)
        tail.authority.append(written)
        return True
    if tail.name is None and _NAME.match(cell) and (tail.titles or tail.authority or tail.raw_recipients):
        tail.name = cell
        return True
    looks_like_title = cell == cell.upper() or (len(cell) <= SHORT_TITLE and not tail.titles)
    if (
        tail.name is None
        and looks_like_title
        and any(ch.isalpha() for ch in cell)
        and not cell.endswith((".", ";", ","))
    ):
        tail.titles.append(cell)
        return True
    return False
