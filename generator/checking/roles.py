"""Locate the components of a document (thành phần thể thức, spec §2) in its paragraphs.

Works on headers laid out as a table (one component per cell paragraph) and on headers laid out
with tabs or runs of spaces in plain paragraphs: each component is a `Span` of a paragraph's text,
so its formatting is judged over exactly the runs that carry it. Also decides the regime: Party
documents carry "ĐẢNG CỘNG SẢN VIỆT NAM", Đoàn documents "ĐOÀN TNCS HỒ CHÍ MINH", state and union
documents the Quốc hiệu (spec §11; peers.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .closing import Closing, locate_closing
from .reading import Paragraph
from .spans import COLUMN_GAP, RULE_CHARS, Span, bool_consensus, first_column, fold, is_rule, is_upper, lines

STATE, PARTY, YOUTH = "nhà nước/công đoàn", "Đảng", "Đoàn TNCS"
HEADER_LIMIT = 40
NATIONAL = re.compile(r"cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam", re.I)
MOTTO = re.compile(r"độc\s+lập\s*[-–—−]+\s*tự\s+do\s*[-–—−]+\s*hạnh\s+phúc", re.I)
PARTY_MARK = re.compile(r"đảng\s+cộng\s+sản\s+việt\s+nam", re.I)
YOUTH_MARK = re.compile(r"đoàn\s+(tncs|thanh\s+niên\s+cộng\s+sản)\s+hồ\s+chí\s+minh", re.I)
NUMBER = re.compile(r"(?<!\w)Số\s*:?[\s\d.…_]*[/-]")
DATE = re.compile(r",\s*ngày\b", re.I)
DRAFT_BLANK = re.compile(r"tháng|năm|/")


@dataclass(frozen=True)
class Layout:
    """Các thành phần đã tìm thấy (None hoặc rỗng khi không có)."""

    regime: str
    paragraphs: list[Paragraph]
    header: list[Paragraph]
    national: Span | None
    motto: Span | None
    issuer: list[Span]
    superior: list[Span]
    number: Span | None
    date: Span | None
    subject_line: Span | None
    type_name: Paragraph | None
    summary: list[Paragraph]
    body: list[Paragraph]
    closing: Closing

    @property
    def has_header(self) -> bool:
        """True when any header component (Quốc hiệu or Party/Đoàn mark, issuer, Số, date) was found."""
        return bool(self.national or self.regime != STATE or self.issuer or self.number or self.date)


def locate(paragraphs: list[Paragraph]) -> Layout:
    """Find every component of the first document in `paragraphs`."""
    header = _header_zone(paragraphs)
    national = _search(header, NATIONAL, fold)
    motto = _search(header, MOTTO)
    party, youth = _search(header, PARTY_MARK), _search(header, YOUTH_MARK)
    regime = PARTY if party else YOUTH if youth else STATE
    number = _number(header)
    date = _date(header)
    subject = next((s for p in header for s in lines(p) if s.text.startswith("V/v")), None)
    marks = [s for s in (national, motto, party, youth, date) if s]
    issuer, superior = _issuer(header, number, national or party or youth, marks)
    found = [s.paragraph for s in [*marks, number, subject, *issuer] if s]
    type_name, summary = _title(paragraphs, max((p.order for p in found), default=-1))
    body_start = (summary or [type_name])[-1].order + 1 if type_name else _after_header(paragraphs, found)
    closing = locate_closing(paragraphs, body_start)
    end = closing.start if closing.start is not None else len(paragraphs)
    body = [p for p in paragraphs[body_start:end] if p.cell is None and _is_body(p)]
    return Layout(
        regime,
        paragraphs,
        header,
        national,
        motto,
        issuer,
        superior,
        number,
        date,
        subject,
        type_name,
        summary,
        body,
        closing,
    )


def _header_zone(paragraphs: list[Paragraph]) -> list[Paragraph]:
    for paragraph in paragraphs[:HEADER_LIMIT]:
        if paragraph.cell is None and len(paragraph.text.strip()) >= 100:
            return paragraphs[: paragraph.order]
    return paragraphs[:HEADER_LIMIT]


def _search(
    paragraphs: list[Paragraph], pattern: re.Pattern[str], prepare: Callable[[str], str] = lambda t: t
) -> Span | None:
    for paragraph in paragraphs:
        match = pattern.search(prepare(paragraph.text))
        if match:
            return Span(paragraph, match.start(), match.end())
    return None


def _column_end(paragraph: Paragraph, start: int, after: int) -> int:
    """End of the column that starts at `start`: the line end or, in a tab-laid paragraph outside tables,
    the first tab or wide gap after `after` that is not a blank left for the clerk (before tháng, năm, /)."""
    text = paragraph.text
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if paragraph.cell is not None:
        return line_end
    gaps = (g for g in COLUMN_GAP.finditer(text, after, line_end) if not DRAFT_BLANK.match(text, g.end()))
    gap = next(gaps, None)
    return gap.start() if gap else line_end


def _number(header: list[Paragraph]) -> Span | None:
    for paragraph in header:
        match = NUMBER.search(paragraph.text)
        if match:
            return Span(paragraph, match.start(), _column_end(paragraph, match.start(), match.end()))
    return None


def _date(header: list[Paragraph]) -> Span | None:
    for paragraph in header:
        text = paragraph.text
        match = DATE.search(text)
        if match:
            line_start = text.rfind("\n", 0, match.start()) + 1
            gaps = [g.end() for g in COLUMN_GAP.finditer(text, line_start, match.start())]
            start = gaps[-1] if gaps else line_start
            return Span(paragraph, start, _column_end(paragraph, start, match.end()))
    return None


def _issuer(
    header: list[Paragraph], number: Span | None, mark: Span | None, marks: list[Span]
) -> tuple[list[Span], list[Span]]:
    """(issuer lines, superior body lines): upper-case lines of the left column above the Số line."""
    anchor = number or mark
    if anchor is None:
        return [], []
    cell, last = anchor.paragraph.cell, anchor.paragraph.order
    if cell is None:
        candidates = [p for p in header if p.cell is None and p.order <= last]
    else:
        columns = sorted({p.cell.column for p in header if p.cell and p.cell.table == cell.table} - {cell.column})
        column = cell.column if number or not columns else columns[0]
        candidates = [
            p
            for p in header
            if p.cell and (p.cell.table, p.cell.column) == (cell.table, column) and (number is None or p.order <= last)
        ]
    spans = []
    for paragraph in candidates:
        for line in lines(paragraph):
            first = first_column(line)
            if number and first.paragraph is number.paragraph and first.start >= number.start:
                continue
            if (
                is_upper(first.text)
                and not any(_overlaps(first, m) for m in marks)
                and not RULE_CHARS.match(first.text)
            ):
                spans.append(first)
    bold = [bool_consensus(s, "bold") for s in spans]
    split = len(spans)
    while split > 0 and bold[split - 1]:
        split -= 1
    if split == len(spans):
        split = max(len(spans) - 1, 0)
    return spans[split:], spans[:split]


def _overlaps(a: Span, b: Span) -> bool:
    return a.paragraph is b.paragraph and a.start < b.end and b.start < a.end


def _after_header(paragraphs: list[Paragraph], found: list[Paragraph]) -> int:
    last = max(found, key=lambda p: p.order, default=None)
    if last is None:
        return 0
    if last.cell is None:
        return last.order + 1
    return max(p.order for p in paragraphs if p.cell and p.cell.table == last.cell.table) + 1


def _title(paragraphs: list[Paragraph], last_header: int) -> tuple[Paragraph | None, list[Paragraph]]:
    """(tên loại, trích yếu paragraphs): the first upper-case body paragraph after the header."""
    if last_header < 0:
        return None, []
    start = _after_header(paragraphs, [paragraphs[last_header]])
    following = [p for p in paragraphs[start : start + 8] if p.cell is None]
    non_empty = [p for p in following if p.text.strip()]
    if not non_empty or not is_upper(non_empty[0].text) or len(non_empty[0].text.split()) > 10:
        return None, []
    type_name = non_empty[0]
    summary: list[Paragraph] = []
    for paragraph in paragraphs[type_name.order + 1 : type_name.order + 5]:
        if paragraph.cell is not None or is_rule(paragraph) or not _is_body(paragraph):
            break
        if paragraph.format.align != "center":
            break
        summary.append(paragraph)
    return type_name, summary


def _is_body(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return bool(text) and not is_rule(paragraph) and not text.startswith("Kính gửi")
