"""Locate the closing block: Nơi nhận (ô 9b) and the signature (ô 7a–7c), in a table or tab-laid.

In a table the signature is the other cell of the row that holds «Nơi nhận:», one line per line break
(a cell may hold «K/T …», the title and the name in one paragraph). In tab-laid
paragraphs the recipients are the left column and the signature the right column (text after a
tab or a wide gap, or a line that starts with one), including right-column lines just above the
label. Without a label, the signature starts at the first TM./KT./Q./TL./TUQ. line after the body, or at a
biên bản's «THƯ KÝ … CHỦ TỌA» line, or at a table row with «THƯ KÝ» in one cell and the chair's title in another
(the chair's block leads, the secretary's is the second one).

A văn bản liên tịch (two bodies sign) has a second block: the lines above «Nơi nhận:» in the label's own
cell, as `vanban build` lays it out (the lead issuer's block on the right, the other body's over the Nơi nhận
on the left; composing.joint_context). Both blocks are judged by the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .reading import Cell, Paragraph
from .spans import COLUMN_GAP, Span, first_column, is_upper, lines, whole

AUTHORITY = re.compile(r"^(TM|T/M|KT|K/T|Q|TL|T/L|TUQ)[.\s]")
# A biên bản is signed by its secretary and its chair side by side, with no TM. (ND30 Phụ lục III, Mẫu 1.9).
MINUTES_SIGNERS = re.compile(r"^THƯ\s+KÝ\b.*\bCHỦ\s+(TỌA|TOẠ|TRÌ)\b")
# The same pair laid in the two cells of a table row: «THƯ KÝ» on the left, the chair's title on the right, the
# sample's «CHỦ TỌA» written as the chair's office («CHỦ TỊCH HỘI ĐỒNG KHOA HỌC», «TỔ TRƯỞNG»; held-out 7 p01, p02).
SECRETARY = re.compile(r"^THƯ\s+KÝ$")
LABEL = re.compile(r"^nơi\s+nhận\s*:", re.I)
BLOCK_PARAGRAPHS = 15
BODY_CHARS = 100


@dataclass(frozen=True)
class Signature:
    """Một khối chữ ký: các dòng thẩm quyền, chức vụ (in hoa) và họ tên."""

    authority: list[Span]
    signer: Span | None

    @property
    def found(self) -> bool:
        """True when any line of the block was found (its authority or its signer)."""
        return bool(self.authority) or self.signer is not None


@dataclass(frozen=True)
class Closing:
    """Nơi nhận (nhãn và từng dòng) và khối chữ ký (các dòng thẩm quyền, chức vụ; họ tên); `joint`: khối chữ
    ký thứ hai của văn bản liên tịch (cơ quan cùng ban hành, bên trái, trên Nơi nhận)."""

    label: Span | None
    recipients: list[Span]
    authority: list[Span]
    signer: Span | None
    joint: Signature | None = None

    @property
    def signatures(self) -> list[Signature]:
        """Every signature block found: the (lead) issuer's, then the other body's of a văn bản liên tịch."""
        blocks = [Signature(self.authority, self.signer), *([self.joint] if self.joint else [])]
        return [block for block in blocks if block.found]

    @property
    def spans(self) -> list[Span]:
        """Every located line of the closing: label, recipients, each block's authority lines and signer."""
        found = [self.label, *self.recipients]
        for block in self.signatures:
            found += [*block.authority, block.signer]
        return [span for span in found if span is not None]

    @property
    def start(self) -> int | None:
        """Order of the first paragraph of the closing block (where the body ends)."""
        authority = [span for block in self.signatures for span in block.authority]
        orders = [s.paragraph.order for s in [self.label, *authority] if s]
        return min(orders) if orders else None


def locate_closing(paragraphs: list[Paragraph], body_start: int) -> Closing:
    """The Nơi nhận and signature blocks after `body_start`. Of several «Nơi nhận:» labels (one inside a table of the
    body, as in a sample of ND30 Phụ lục I quoted there), the first whose row or column holds a signature block."""
    labels = [
        s for p in paragraphs[body_start:] for s in _left_lines(p) if LABEL.match(s.text) and _recipients(paragraphs, s)
    ]
    if labels:
        found = (_labelled(paragraphs, label) for label in labels)  # lazily: most files have one label
        nearest = next(found)
        return nearest if nearest.authority else next((closing for closing in found if closing.authority), nearest)
    if (secretary := _secretary_cell(paragraphs, body_start)) is not None:
        row = [p for p in paragraphs if p.cell and (p.cell.table, p.cell.row) == (secretary.table, secretary.row)]
        chair = _signature([line for p in row if p.cell != secretary for line in lines(p)])
        clerk = _signature([line for p in row if p.cell == secretary for line in lines(p)])
        return Closing(None, [], chair.authority, chair.signer, clerk if clerk.authority else None)
    first = next(
        (
            p
            for p in paragraphs[body_start:]
            if AUTHORITY.match(p.text.strip()) or MINUTES_SIGNERS.match(p.text.strip())
        ),
        None,
    )
    block = (
        [
            whole(p)
            for p in paragraphs[first.order : first.order + BLOCK_PARAGRAPHS]
            if p.text.strip() and p.cell == first.cell
        ]
        if first
        else []
    )
    lead = _signature(block)
    return Closing(None, [], lead.authority, lead.signer, None)


def _labelled(paragraphs: list[Paragraph], label: Span) -> Closing:
    """The closing around the «Nơi nhận:» `label`: the signature in the other cells of its table row (a liên tịch
    document's second block above it), or in the right column beside it."""
    cell = label.paragraph.cell
    if cell is not None:
        block = [
            line
            for p in paragraphs
            if p.cell and (p.cell.table, p.cell.row) == (cell.table, cell.row) and p.cell.column != cell.column
            for line in lines(p)
        ]
    else:
        block = _right_column(paragraphs, label.paragraph)
    lead = _signature(block)
    joint = _signature(_above_label(paragraphs, label)) if cell is not None else None
    recipients = _recipients(paragraphs, label)
    return Closing(label, recipients, lead.authority, lead.signer, joint if joint and joint.authority else None)


def _secretary_cell(paragraphs: list[Paragraph], body_start: int) -> Cell | None:
    """The cell of a biên bản's «THƯ KÝ» when a table row after the body lays it beside an upper-case title (the
    chair's) in another cell, as ND30 Phụ lục III Mẫu 1.9 signs; else None."""
    for paragraph in paragraphs[body_start:]:
        cell = paragraph.cell
        if cell is None or not SECRETARY.match(paragraph.text.strip()):
            continue
        others = [
            p
            for p in paragraphs
            if p.cell and (p.cell.table, p.cell.row) == (cell.table, cell.row) and p.cell.column != cell.column
        ]
        first = next((p.text.strip() for p in others if p.text.strip()), "")
        if first and is_upper(first):
            return cell
    return None


def _signature(block: list[Span]) -> Signature:
    """The upper-case lines at the top of `block` (authority, title), and the name: its last lower-case line."""
    authority: list[Span] = []
    for span in block:
        if not is_upper(span.text):
            break
        authority.append(span)
    names = [
        s
        for s in block[len(authority) :]
        if re.search(r"\w", s.text)
        and not s.text.startswith("(")
        and not s.text.lstrip().startswith(
            ("-", "–", "+", "Nơi nhận")
        )  # the Nơi nhận set in by spaces (held-out 9 r14)
        and not is_upper(s.text)
    ]
    return Signature(authority, names[-1] if names else None)


def _above_label(paragraphs: list[Paragraph], label: Span) -> list[Span]:
    """The non-empty lines above «Nơi nhận:» in its own cell: a văn bản liên tịch's other signature block."""
    cell = label.paragraph.cell
    return [
        line
        for p in paragraphs[: label.paragraph.order]
        if p.cell == cell and p.text.strip()
        for line in lines(p)
        if line.text
    ]


def _left_lines(paragraph: Paragraph) -> list[Span]:
    """The lines of a paragraph, cut to their first column when the paragraph is tab-laid (outside tables)."""
    return lines(paragraph) if paragraph.cell is not None else [first_column(line) for line in lines(paragraph)]


def _recipients(paragraphs: list[Paragraph], label: Span) -> list[Span]:
    """The lines after «Nơi nhận:» in its cell and the cell under it (or its column), up to and including the
    «- Lưu» line."""
    after_label = [s for s in _left_lines(label.paragraph) if s.start > label.start]
    cell = label.paragraph.cell
    following: list[Span] = []
    for paragraph in paragraphs[label.paragraph.order + 1 : label.paragraph.order + 40]:
        here = paragraph.cell
        if here == cell or _cell_under(here, cell):
            following += [s for s in _left_lines(paragraph) if s.text]  # its cell, or the cell below (held-out e15)
        elif here is None or cell is None or here.table != cell.table or here.row > cell.row + 1:
            break
    items = after_label + following
    last = next((i for i, s in enumerate(items) if s.text.lstrip("-– ").startswith("Lưu")), len(items) - 1)
    return items[: last + 1]


def _cell_under(here: Cell | None, cell: Cell | None) -> bool:
    return (
        here is not None
        and cell is not None
        and (here.table, here.row, here.column)
        == (
            cell.table,
            cell.row + 1,
            cell.column,
        )
    )


def _right_column(paragraphs: list[Paragraph], label: Paragraph) -> list[Span]:
    """Right-column lines from just above the label down to the end of the closing block."""
    start = label.order
    while start > 0 and paragraphs[start - 1].cell is None and _starts_with_gap(paragraphs[start - 1]):
        start -= 1
    block: list[Span] = []
    for paragraph in paragraphs[start : label.order + BLOCK_PARAGRAPHS]:
        if paragraph.cell is not None or len(paragraph.text.strip()) >= BODY_CHARS:
            break
        for line in lines(paragraph):
            right = _right_of(line)
            if right is not None:
                block.append(right)
    return block


def _starts_with_gap(paragraph: Paragraph) -> bool:
    return bool(paragraph.text.strip()) and bool(COLUMN_GAP.match(paragraph.text))


def _right_of(line: Span) -> Span | None:
    """The right-column text of a line: all of it when it starts with a gap, else what follows the first gap."""
    text = line.paragraph.text
    if COLUMN_GAP.match(text, line.start):
        return Span(line.paragraph, line.start, line.end) if line.text else None
    left = first_column(line)
    rest = Span(line.paragraph, left.end, line.end)
    return rest if rest.text else None
