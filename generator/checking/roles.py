"""Locate the components of a document (thành phần thể thức, spec §2) in its paragraphs.

Works on headers laid out as a table (one component per cell paragraph) and on headers laid out
with tabs or runs of spaces in plain paragraphs: each component is a `Span` of a paragraph's text,
so its formatting is judged over exactly the runs that carry it. Also decides the regime: Party
documents carry "ĐẢNG CỘNG SẢN VIỆT NAM", Đoàn documents "ĐOÀN TNCS HỒ CHÍ MINH", state and union
documents the Quốc hiệu (spec §11; peers.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .reading import Paragraph

STATE, PARTY, YOUTH = "nhà nước/công đoàn", "Đảng", "Đoàn TNCS"
HEADER_LIMIT = 40
NATIONAL = re.compile(r"cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam", re.I)
MOTTO = re.compile(r"độc\s+lập\s*[-–—−]+\s*tự\s+do\s*[-–—−]+\s*hạnh\s+phúc", re.I)
PARTY_MARK = re.compile(r"đảng\s+cộng\s+sản\s+việt\s+nam", re.I)
YOUTH_MARK = re.compile(r"đoàn\s+(tncs|thanh\s+niên\s+cộng\s+sản)\s+hồ\s+chí\s+minh", re.I)
NUMBER = re.compile(r"(?<!\w)Số\s*:?[\s\d.…_]*[/-]")
DATE = re.compile(r",\s*ngày\b", re.I)
COLUMN_GAP = re.compile(r"\t|[ \u00a0]{3,}")
DRAFT_BLANK = re.compile(r"tháng|năm|/")
AUTHORITY = re.compile(r"^(TM|T/M|KT|K/T|Q|TL|T/L|TUQ)[.\s]")
RULE_CHARS = re.compile(r"^[\s_\-–—*]+$")
LABEL = re.compile(r"^nơi\s+nhận\s*:", re.I)


def fold(text: str) -> str:
    """Text with the old accent placement "HOÀ/hoà" written "HÒA/hòa" (same length), for matching."""
    return text.replace("OÀ", "ÒA").replace("oà", "òa").replace("Oà", "Òa")


@dataclass(frozen=True)
class Span:
    """Một thành phần: đoạn chứa nó và vị trí [start, end) trong văn bản của đoạn."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end].strip()

    @property
    def where(self) -> str:
        return self.paragraph.where


def whole(paragraph: Paragraph) -> Span:
    return Span(paragraph, 0, len(paragraph.text))


def lines(paragraph: Paragraph) -> list[Span]:
    """The non-blank lines (split at line breaks) of a paragraph."""
    return [Span(paragraph, m.start(), m.end()) for m in re.finditer(r"[^\n]+", paragraph.text) if m.group().strip()]


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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
    recipients_label: Span | None
    recipients: list[Span]
    authority: list[Paragraph]
    signer: Paragraph | None

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
    label = next((s for p in paragraphs[body_start:] for s in lines(p) if LABEL.match(s.text) and _recipients(paragraphs, s)), None)
    authority, signer = _signature(paragraphs, body_start, label)
    end = min([p.order for p in [label.paragraph if label else None, *authority] if p] + [len(paragraphs)])
    body = [p for p in paragraphs[body_start:end] if p.cell is None and _is_body(p)]
    return Layout(regime, paragraphs, header, national, motto, issuer, superior, number, date, subject, type_name,
                  summary, body, label, _recipients(paragraphs, label), authority, signer)


def _header_zone(paragraphs: list[Paragraph]) -> list[Paragraph]:
    for paragraph in paragraphs[:HEADER_LIMIT]:
        if paragraph.cell is None and len(paragraph.text.strip()) >= 100:
            return paragraphs[: paragraph.order]
    return paragraphs[:HEADER_LIMIT]


def _search(paragraphs: list[Paragraph], pattern: re.Pattern[str], prepare=lambda t: t) -> Span | None:
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


def _issuer(header: list[Paragraph], number: Span | None, mark: Span | None, marks: list[Span]) -> tuple[list[Span], list[Span]]:
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
        candidates = [p for p in header if p.cell and (p.cell.table, p.cell.column) == (cell.table, column)
                      and (number is None or p.order <= last)]
    spans = []
    for paragraph in candidates:
        for line in lines(paragraph):
            first = _first_column(line)
            if number and first.paragraph is number.paragraph and first.start >= number.start:
                continue
            if is_upper(first.text) and not any(_overlaps(first, m) for m in marks) and not RULE_CHARS.match(first.text):
                spans.append(first)
    bold = [bool_consensus(s, "bold") for s in spans]
    split = len(spans)
    while split > 0 and bold[split - 1]:
        split -= 1
    if split == len(spans):
        split = max(len(spans) - 1, 0)
    return spans[split:], spans[:split]


def _first_column(line: Span) -> Span:
    text = line.paragraph.text
    start = line.start + len(text[line.start : line.end]) - len(text[line.start : line.end].lstrip())
    gap = COLUMN_GAP.search(text, start, line.end)
    return Span(line.paragraph, start, gap.start() if gap else line.end)


def _overlaps(a: Span, b: Span) -> bool:
    return a.paragraph is b.paragraph and a.start < b.end and b.start < a.end


def bool_consensus(span: Span, attribute: str) -> bool:
    """True when most visible characters of `span` have the run property `attribute`."""
    formats = span.paragraph.formats(span.start, span.end)
    yes = sum(n for fmt, n in formats if getattr(fmt, attribute))
    return yes * 2 > sum(n for _, n in formats)


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


def is_rule(paragraph: Paragraph) -> bool:
    """An empty paragraph drawn as a line: a bottom border, a shape, or typed _ - * characters."""
    text = paragraph.text.strip()
    if not text:
        return paragraph.format.bottom_border or paragraph.has_shape
    return bool(RULE_CHARS.match(text)) and len(text) >= 3


def _is_body(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return bool(text) and not is_rule(paragraph) and not text.startswith("Kính gửi")


def _recipients(paragraphs: list[Paragraph], label: Span | None) -> list[Span]:
    if label is None:
        return []
    after_label = [s for s in lines(label.paragraph) if s.start > label.start]
    following = []
    for paragraph in paragraphs[label.paragraph.order + 1 : label.paragraph.order + 40]:
        if paragraph.cell != label.paragraph.cell:
            break
        following += lines(paragraph)
    items = after_label + following
    last = next((i for i, s in enumerate(items) if s.text.lstrip("-– ").startswith("Lưu")), len(items) - 1)
    return items[: last + 1]


def _signature(paragraphs: list[Paragraph], body_start: int, label: Span | None) -> tuple[list[Paragraph], Paragraph | None]:
    """(authority and title paragraphs, signer's name paragraph)."""
    if label is not None and label.paragraph.cell is not None:
        cell = label.paragraph.cell
        block = [p for p in paragraphs if p.cell and (p.cell.table, p.cell.row) == (cell.table, cell.row)
                 and p.cell.column != cell.column and p.text.strip()]
    else:
        first = next((p for p in paragraphs[body_start:] if AUTHORITY.match(p.text.strip())), None)
        block = [p for p in paragraphs[first.order : first.order + 12] if p.text.strip() and p.cell == first.cell] if first else []
    authority = []
    for paragraph in block:
        if not is_upper(paragraph.text):
            break
        authority.append(paragraph)
    names = [p for p in block[len(authority):] if re.search(r"\w", p.text) and not p.text.strip().startswith("(")
             and not is_upper(p.text)]
    return authority, (names[-1] if names else None)


def rule_below(paragraphs: list[Paragraph], span: Span) -> str | None:
    """How the line under `span` is drawn: 'border', 'underline', 'shape', the typed characters, or None."""
    paragraph = span.paragraph
    if paragraph.format.bottom_border:
        return "border"
    if bool_consensus(span, "underline"):
        return "underline"
    rest = [s for s in lines(paragraph) if s.start >= span.end]
    if rest:
        return rest[0].text if RULE_CHARS.match(rest[0].text) else None
    for following in paragraphs[paragraph.order + 1 : paragraph.order + 3]:
        if following.cell != paragraph.cell:
            return None
        if is_rule(following):
            return following.text.strip() or ("border" if following.format.bottom_border else "shape")
        if following.text.strip():
            return None
    return None
