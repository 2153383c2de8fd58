"""Locate the components of a document (thành phần thể thức, spec §2) in its paragraphs.

Works on headers laid out as a table (one component per cell paragraph) and on headers laid out
with tabs or runs of spaces in plain paragraphs: each component is a `Span` of a paragraph's text,
so its formatting is judged over exactly the runs that carry it. Also decides the regime: Party
documents carry "ĐẢNG CỘNG SẢN VIỆT NAM", Đoàn documents "ĐOÀN TNCS HỒ CHÍ MINH", state and union
documents the Quốc hiệu (spec §11; peers.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..doctypes import type_codes
from .closing import Closing, locate_closing
from .papers import kind_of
from .reading import Paragraph
from .spans import COLUMN_GAP, RULE_CHARS, Span, bool_consensus, first_column, fold, is_rule, is_upper, lines, whole

STATE, PARTY, YOUTH = "nhà nước/công đoàn", "Đảng", "Đoàn TNCS"
HEADER_LIMIT = 40
TITLE_WORDS = 10  # a tên loại line is short; a longer upper-case line is body text
NATIONAL = re.compile(r"cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam", re.I)
MOTTO = re.compile(r"độc\s+lập\s*[-–—−]+\s*tự\s+do\s*[-–—−]+\s*hạnh\s+phúc", re.I)
PARTY_MARK = re.compile(r"đảng\s+cộng\s+sản\s+việt\s+nam", re.I)
YOUTH_MARK = re.compile(r"đoàn\s+(tncs|thanh\s+niên\s+cộng\s+sản)\s+(?:hồ\s+chí\s+minh|hcm\b)", re.I)  # HCM: r07
# In a .docx the marks stand as a header line or column of their own (HD 36-HD/VPTW ô 1; HD Đoàn), after a line start,
# a tab or a wide gap: not the words inside a sentence (a trích yếu `… Ngày thành lập Đoàn TNCS Hồ Chí Minh`)
_OWN_COLUMN = r"(?<![^\n\t \u00a0])(?<!\S[ \u00a0])"
_PARTY_LINE = re.compile(_OWN_COLUMN + PARTY_MARK.pattern, re.I)
_YOUTH_LINE = re.compile(_OWN_COLUMN + YOUTH_MARK.pattern, re.I)
NUMBER = re.compile(r"(?<!\w)Số\s*:?[\s\d.…_]*[/-]")
DATE = re.compile(r",\s*ngày\b", re.I)
NOT_A_PLACE = re.compile(r"[:\d]")  # the địa danh before «, ngày» holds no colon and no figure, but for …
NUMBERED_UNIT = re.compile(r"\b(?:Quận|Phường|Huyện|Xã|Thị trấn)\s+\d+\b", re.I)  # … «Quận 6» (ND30 Phụ lục I, II.4.a)
DRAFT_BLANK = re.compile(r"tháng|năm|/")
TYPE_CODES = type_codes()  # UPPER tên loại → chữ viết tắt, ND30 Phụ lục III Mục I (spec §5.2)
# The trích yếu of a công văn: «V/v …» (ND30 Phụ lục I II.5.b), or the words written out, «Về việc …», under the Số
# line (held-out 8 q10, Trường Đại học Cần Thơ)
SUBJECT = re.compile(r"^(?:V/v|Về việc)\b")
LEFT_COLUMN_INDENT = 2835  # twips, 5 cm: a right indent that keeps a line in the header's left column
ATTACHED_TO = "(Kèm theo"
ANNEX = re.compile(r"^phụ\s+lục\b", re.I)
ANNEX_LINES = 6  # «Phụ lục I», a title of up to three lines, then «(Kèm theo …)» and its second line
ADDRESSEE = re.compile(r"^[-–+].*[;.]$")  # «- Sở Nội vụ;» under «Kính gửi:»
ADDRESSEE_INDENT = 1134  # twips, 2 cm: addressees stand under the text after «Kính gửi:»


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
    summary: list[Span]  # its lines: whole paragraphs, or lines under the tên loại in the same paragraph
    body: list[Paragraph]
    closing: Closing
    attached_to: Paragraph | None = None  # «(Kèm theo Quyết định số …)» under the trích yếu of an attached document
    annex_file: bool = False  # a phụ lục printed as a file of its own (spec §10)

    @property
    def has_header(self) -> bool:
        """True when any header component (Quốc hiệu or Party/Đoàn mark, issuer, Số, date) was found."""
        return bool(self.national or self.regime != STATE or self.issuer or self.number or self.date)


def locate(paragraphs: list[Paragraph]) -> Layout:
    """Find every component of the first document in `paragraphs`."""
    header = _header_zone(paragraphs)
    national = _search(header, NATIONAL, fold)
    motto = _search(header, MOTTO)
    party, youth = _search(header, _PARTY_LINE), _search(header, _YOUTH_LINE)
    regime = PARTY if party else YOUTH if youth else STATE
    number = _number(header)
    date = _date(header)
    if date is not None and _below_a_title(paragraphs, [s for s in (national, motto, party, youth, number) if s], date):
        date = None
    title_at = next((p.order for p in header if _type_like(p)), len(paragraphs))
    subject = _subject(header, title_at, number)
    if subject is None and regime == PARTY:
        subject = _party_subject(header, number)
    marks = [s for s in (national, motto, party, youth, date) if s]
    issuer, superior = _issuer(header, number, national or party or youth, marks)
    found = [s.paragraph for s in [*marks, number, subject, *issuer] if s]
    found += _subject_rest(paragraphs, subject) if subject is not None else []
    after = max((p.order for p in found), default=-1)
    type_name, summary = _title(paragraphs, after) if subject is None else (None, [])  # a công văn has no tên loại
    attached_to: Paragraph | None = None
    annex_opening = _annex_opening(paragraphs) if not found and regime == STATE else None
    if annex_opening is not None:
        body_start = annex_opening.order + 1
    elif type_name is None:
        body_start = _after_header(paragraphs, found)
    else:
        title_end = summary[-1].paragraph if summary else type_name
        attached_to = _attached_to(paragraphs, title_end)
        body_start = (attached_to or title_end).order + 1
    closing = locate_closing(paragraphs, body_start)
    end = closing.start if closing.start is not None else len(paragraphs)
    end = next((p.order for p in paragraphs[body_start:end] if _attached_header(p)), end)
    body = [p for p in _without_addressees(paragraphs[body_start:end]) if p.cell is None and _is_body(p)]
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
        attached_to,
        annex_opening is not None,
    )


def _subject(header: list[Paragraph], title_at: int, number: Span | None) -> Span | None:
    """A công văn's trích yếu: a «V/v …» line above any tên loại; «Về việc …» written out only below the Số line and
    in the left column, a table's first cell or a paragraph held there by its right indent (a named document's
    «Về việc …» stands centred under its tên loại, held-out 8 q11)."""
    for paragraph in header:
        if paragraph.order >= title_at:
            return None
        for span in lines(paragraph):
            text = span.text.strip()
            if text.startswith("V/v") or (
                SUBJECT.match(text)
                and number is not None
                and paragraph.order > number.paragraph.order
                and _left_column(paragraph)
            ):
                return span
    return None


def _left_column(paragraph: Paragraph) -> bool:
    if paragraph.cell is not None:
        return paragraph.cell.column == 1  # cells count from 1
    return paragraph.format.indent_right >= LEFT_COLUMN_INDENT


def _subject_rest(paragraphs: list[Paragraph], subject: Span) -> list[Paragraph]:
    """The paragraphs that go on with a trích yếu written as paragraphs of its own outside a table: the non-empty
    ones right under it in the same alignment and right indent (held-out 8 q10: «Về việc …» / «Tiểu ban chấm …»)."""
    first = subject.paragraph
    if first.cell is not None:
        return []
    rest: list[Paragraph] = []
    for paragraph in paragraphs[first.order + 1 : first.order + 3]:
        text = paragraph.text.strip()
        same = (paragraph.format.align, paragraph.format.indent_right) == (
            first.format.align,
            first.format.indent_right,
        )
        if not text or not same or paragraph.cell is not None or text.startswith("Kính gửi"):
            break
        rest.append(paragraph)
    return rest


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
            if NOT_A_PLACE.search(NUMBERED_UNIT.sub("", text[start : match.start()])):
                continue  # «Thời gian: 14h00, ngày 22/01/2026»: a line of the body, not the date line (held-out d12)
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


def _below_a_title(paragraphs: list[Paragraph], anchors: list[Span], date: Span) -> bool:
    """Whether a title line stands between the header's components and `date`: the date line of ND30 stands in the
    header, above the tên loại (Phụ lục I, ô 4), so one by the signatures below the title (a form's, held-out k06)
    is not it."""
    if not anchors:
        return False
    start = _after_header(paragraphs, [max((s.paragraph for s in anchors), key=lambda p: p.order)])
    return any(_title_line(p) for p in paragraphs[start : date.paragraph.order])


def _title_line(paragraph: Paragraph) -> bool:
    """A centred upper-case line of at most 10 words outside tables, as a tên loại is printed."""
    first = paragraph.text.strip().split("\n")[0]
    return (
        paragraph.cell is None
        and paragraph.format.align == "center"
        and bool(first)
        and is_upper(first)
        and len(first.split()) <= TITLE_WORDS
    )


def _after_header(paragraphs: list[Paragraph], found: list[Paragraph]) -> int:
    last = max(found, key=lambda p: p.order, default=None)
    if last is None:
        return 0
    if last.cell is None:
        return last.order + 1
    return max(p.order for p in paragraphs if p.cell and p.cell.table == last.cell.table) + 1


def _title(paragraphs: list[Paragraph], last_header: int) -> tuple[Paragraph | None, list[Span]]:
    """(tên loại, trích yếu lines): the first upper-case body paragraph after the header."""
    if last_header < 0:
        return None, []
    start = _after_header(paragraphs, [paragraphs[last_header]])
    following = [p for p in paragraphs[start : start + 8] if p.cell is None]
    non_empty = [p for p in following if p.text.strip()]
    first_line = non_empty[0].text.strip().split("\n")[0] if non_empty else ""
    if not first_line or not is_upper(first_line) or len(first_line.split()) > TITLE_WORDS:
        return None, []
    type_name = non_empty[0]
    below = lines(type_name)[1:]
    if below:  # «ĐIỀU LỆ …» / its trích yếu / «(Kèm theo …)» as lines of one paragraph (held-out f10)
        end = next((i for i, s in enumerate(below) if s.text.strip().startswith(ATTACHED_TO)), len(below))
        return type_name, below[:end]
    summary: list[Paragraph] = []
    for paragraph in paragraphs[type_name.order + 1 : type_name.order + 6]:
        if not summary and not paragraph.text.strip() and paragraph.cell is None:
            continue  # an empty line between the tên loại and the trích yếu (held-out e13)
        if paragraph.cell is not None or is_rule(paragraph) or not _is_body(paragraph) or _opens_reference(paragraph):
            break
        if paragraph.format.align != "center" or paragraph.text.strip().endswith(":"):
            break  # `THỦ TƯỚNG CHÍNH PHỦ điện:` under a công điện's trích yếu: its lead-in (held-out 9 r01)
        if is_upper(paragraph.text) and any(not is_upper(p.text) for p in summary):
            break  # a quyết định's «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH» line under its trích yếu (Mẫu 1.2, held-out d10)
        summary.append(paragraph)
    return type_name, [whole(p) for p in summary]


def _annex_opening(paragraphs: list[Paragraph]) -> Paragraph | None:
    """The last line of the «Phụ lục …» / title / «(Kèm theo …)» opening of a phụ lục or list printed as a file of
    its own (spec §10; corpus 08, held-out d04, e11), or None when the file does not open so."""
    opening = [p for p in paragraphs if p.text.strip()][:ANNEX_LINES]
    if not opening or not (ANNEX.match(opening[0].text.strip()) or is_upper(opening[0].text)):
        return None  # «Phụ lục I», or a title such as «DANH SÁCH TRÍCH NGANG» (held-out e11)
    reference = next((i for i, p in enumerate(opening) if _opens_reference(p)), None)
    return _reference_end(opening[reference:]) if reference is not None else None


def _opens_reference(paragraph: Paragraph) -> bool:
    return paragraph.text.strip().startswith(ATTACHED_TO)


def _attached_to(paragraphs: list[Paragraph], title_end: Paragraph) -> Paragraph | None:
    """The last line of the «(Kèm theo Quyết định số … của …)» reference right under the trích yếu: the document is
    one issued with a quyết định (a quy chế, an điều lệ), laid out as the ND30 Phụ lục III sample after Mẫu 1.3 —
    no Số, no date line, no signature or Nơi nhận of its own (held-out c13)."""
    if any(line.strip().startswith(ATTACHED_TO) for line in title_end.text.split("\n")[1:]):
        return title_end  # the reference is a line of the title paragraph itself (held-out f10)
    following = [p for p in paragraphs[title_end.order + 1 : title_end.order + 4] if p.text.strip()]
    return _reference_end(following) if following and _opens_reference(following[0]) else None


def _reference_end(reference: list[Paragraph]) -> Paragraph:
    """The paragraph that closes a «(Kèm theo …)» reference starting at `reference[0]` (it may take two lines)."""
    return next((p for p in reference if p.text.rstrip().endswith(")")), reference[0])


def _without_addressees(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs without the «Kính gửi:» block (ô 9a, spec §8): the «Kính gửi» line and the addressee lines
    under it, which stand indented (2 cm or more) or as «- …;» items, until the first body paragraph. A last
    sentence «Kính gửi Sở Nội vụ tổng hợp./.» is the body's own (held-out g06 imported and built)."""
    kept: list[Paragraph] = []
    addressees = False
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if _opens_addressees(text):
            addressees = True
            continue
        if addressees and text and not (paragraph.format.indent_left >= ADDRESSEE_INDENT or ADDRESSEE.match(text)):
            addressees = False
        if not addressees:
            kept.append(paragraph)
    return kept


def _opens_addressees(text: str) -> bool:
    """«Kính gửi:» (ô 9a), not a body's last sentence «Kính gửi Sở Nội vụ tổng hợp./.»."""
    return text.startswith("Kính gửi") and not text.endswith("./.")


def file_parts(layout: Layout) -> list[list[Paragraph]]:
    """The documents printed in one file: split before every Quốc hiệu line after the header (the forms sent with
    a công văn, held-out 8 q10; the next document of a pack, sources 01). Each is numbered on its own pages."""
    after = max((p.order for p in layout.header), default=-1)
    cuts = [p.order for p in layout.paragraphs if p.order > after and _attached_header(p)]
    bounds = [0, *cuts, len(layout.paragraphs)]
    return [layout.paragraphs[start:end] for start, end in pairwise(bounds) if start < end]


def _attached_header(paragraph: Paragraph) -> bool:
    """A Quốc hiệu line after the body has begun: the header of an attached form (mẫu gửi kèm, spec §10) or of the
    next document in the file, where the first document's body ends (sources 01)."""
    return is_upper(paragraph.text) and NATIONAL.search(fold(paragraph.text)) is not None


PARTY_LETTER = re.compile(r"\d\s*-\s*CV/")  # HD 36-HD/VPTW 1.3.1 ví dụ 3: «Số 357-CV/BTCTU», a Party công văn


def _party_subject(header: list[Paragraph], number: Span | None) -> Span | None:
    """A Party công văn's trích yếu (its Số carries CV): the first line under the Số line in the same column
    (HD 36-HD/VPTW 1.5.2: «trích yếu nội dung văn bản của tên loại công văn trình bày dưới số và ký hiệu», ô 5b)."""
    if number is None or not PARTY_LETTER.search(number.text):
        return None
    own = number.paragraph
    rest = [s for s in lines(own) if s.start >= number.end]
    if own.cell is not None:
        rest += [
            s
            for p in header
            if p.order > own.order
            and p.cell is not None
            and (p.cell.table, p.cell.column) == (own.cell.table, own.cell.column)
            for s in lines(p)
        ]
    return next((s for s in rest if not is_upper(s.text)), None)


def _type_like(paragraph: Paragraph) -> bool:
    """A centred tên loại line outside the header table (spec §5.2): a «V/v …» under it is that document's trích yếu
    (a tờ trình's, sources 02), not a công văn's."""
    return (
        paragraph.cell is None and paragraph.format.align == "center" and named_kind(paragraph, TYPE_CODES) is not None
    )


def named_kind(paragraph: Paragraph | None, kinds: Iterable[str]) -> str | None:
    """The kind among `kinds` that the paragraph's text is, or begins with as a whole word (`ĐƠN GIA NHẬP …`)."""
    return kind_of(paragraph.text, kinds) if paragraph is not None else None


def _is_body(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return bool(text) and not is_rule(paragraph) and not _opens_addressees(text)
