"""The body: opening paragraphs, then the section tree built from the markers (spec §6.1, §6.2).

A marker kind seen for the first time opens a level below the current one; a kind already open
closes the levels below it (as Word's outline does). The kinds found, in depth order, are the
document's `danh_so`. A content file orders a section as title, paragraphs, items, subsections;
a paragraph that follows items is kept in place as a sub-item of the last item (noted).

Paragraphs, items and leads are body text as a content file writes it (bodyxml): the line's inline
emphasis kept, every other `*` escaped; markers and bullets are found on the plain text. Titles are
plain text (escaped), printed in the heading's own style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..bodyxml import escaped, marked, unmarked
from ..checking.rules_numbering import OwnSequence, quoted_passages
from ..numbering import LEVEL_KINDS, REPEATABLE_KINDS, LevelKind, distinct_neighbours
from .casing import is_all_caps
from .grid import WordTable
from .lines import Line
from .markers import ATTACHED_TO, ATTACHED_TYPES, LABEL_KINDS, TITLE_KINDS, SectionMarker, bullet, section_marker
from .notes import Notes

_OPENING = re.compile(r"^(Căn cứ|Thực hiện|Kính gửi|Theo đề nghị|Xét đề nghị|Nhằm)\b")
_APPENDIX = re.compile(r"^(PHỤ LỤC|Phụ lục|MẪU|Mẫu)\s*(\d+|[IVXLC]+)?\s*:?$")
_ATTACHED = re.compile(rf"{ATTACHED_TO.pattern}.*\)$")
ATTACHED_TITLE_LINES = 3
_END_MARK = re.compile(r"\s*\.?/\.?$")
TITLE_MAX_CHARS = 100
OUTER_KINDS = ("phan", "chuong")
SENTENCE_MIN_CHARS = 60


@dataclass
class ItemDraft:
    """Một ý gạch đầu dòng và các ý con (+)."""

    text: str
    items: list[str] = field(default_factory=list)


@dataclass
class SectionDraft:
    """Một mục đang dựng: tiêu đề hoặc câu sau số thứ tự, đoạn, ý, mục con."""

    title: str | None = None
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    tables: list[WordTable] = field(default_factory=list)
    sections: list[SectionDraft] = field(default_factory=list)
    text_after_table: bool = False
    clause: str | None = None  # a short numbered line taken as a title: its body text, should it be a clause

    @property
    def empty(self) -> bool:
        return not (self.paragraphs or self.items or self.tables or self.sections)


@dataclass
class BodyDraft:
    """Thân văn bản (hoặc một phụ lục): đoạn mở đầu, bảng ngoài các mục, cây mục, kiểu đánh số từng cấp."""

    opening: list[str] = field(default_factory=list)
    tables: list[WordTable] = field(default_factory=list)
    sections: list[SectionDraft] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    other_kinds: dict[int, list[str]] = field(default_factory=dict)  # depth → kinds also met there, in order
    synthetic: bool = False


@dataclass
class AppendixDraft:
    """Một phụ lục hoặc mẫu kèm theo."""

    title: str
    body: BodyDraft


def _without_attached_reference(lines: list[Line], notes: Notes) -> list[Line]:
    """`lines` without the «(Kèm theo Quyết định số … / của …)» reference that opens the body of a document
    issued with a quyết định (a quy chế, an điều lệ; ND30 Phụ lục III, the sample after Mẫu 1.3): it is part
    of that layout's title block, which vanban does not write — kept as body text, the build would print it
    under the trích yếu's rule and refuse its own output (spec §3 ô 5a)."""
    start = next((i for i, line in enumerate(lines) if not line.blank), None)
    if start is None or lines[start].table is not None or not ATTACHED_TO.match(lines[start].text):
        return lines
    end = next((i for i in range(start, min(start + 3, len(lines))) if lines[i].text.rstrip().endswith(")")), None)
    if end is None:
        return lines
    reference = " ".join(line.text.strip() for line in lines[start : end + 1])
    notes.add(
        f"Bỏ dòng `{reference}`: văn bản ban hành kèm theo một quyết định; vanban chưa tạo được dạng này "
        "(ND30 Phụ lục III), thêm lại dòng này dưới trích yếu sau khi tạo văn bản.",
        lines[start].where,
    )
    return lines[:start] + lines[end + 1 :]


def split_appendices(lines: list[Line], notes: Notes) -> tuple[list[Line], list[tuple[str, list[Line]]]]:
    """Body lines before the first `PHỤ LỤC` / `MẪU 1` line, then each appendix's title and lines.

    As the build prints them (spec §10), a `Phụ lục I` label is followed by the title line and the
    `(Kèm theo …)` line; the label and the `Kèm theo` line are made again by the build. A document issued
    with a quyết định after its signature (`QUY ĐỊNH` / its title / `(Kèm theo Quyết định …)`) is one too.
    """
    attached = {i: end for i in range(1, len(lines)) if (end := _attached_document(lines, i)) is not None}
    starts = [
        i for i, line in enumerate(lines) if i in attached or (len(line.cells) == 1 and _APPENDIX.match(line.text))
    ]
    appendices: list[tuple[str, list[Line]]] = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        if start in attached:
            reference = attached[start]
            title = " ".join(line.text.strip() for line in lines[start:reference] if not line.blank)
            notes.add(
                f"Văn bản «{title}» ban hành kèm theo quyết định được nhập thành phụ lục: vanban chưa tạo được dạng "
                "văn bản kèm theo (ND30 Phụ lục III); dòng «(Kèm theo …)» được tạo lại khi tạo văn bản.",
                lines[start].where,
            )
            appendices.append((title, [line for line in lines[reference + 1 : end] if not line.blank]))
            continue
        part = [line for line in lines[start + 1 : end] if not line.blank]
        title = lines[start].text.rstrip(":")
        if (
            title.upper().startswith("PHỤ LỤC")
            and part
            and part[0].table is None
            and part[0].text == part[0].text.upper()
        ):
            title, part = part[0].text, part[1:]
        if part and _ATTACHED.match(part[0].text):
            notes.add(f"Bỏ dòng `{part[0].text}`: khi tạo văn bản dòng này được tạo lại.", part[0].where)
            part = part[1:]
        if appendices and not appendices[-1][1] and appendices[-1][0].upper().startswith("PHỤ LỤC"):
            appendices[-1] = (title, part)  # `Phụ lục I` directly followed by `MẪU 1`: one appendix
        else:
            appendices.append((title, part))
    return (lines[: starts[0]] if starts else lines), appendices


def _attached_document(lines: list[Line], index: int) -> int | None:
    """The index of the «(Kèm theo …)» line when `lines[index]` is the tên loại of a document issued with a
    quyết định (`QUY ĐỊNH`, `QUY CHẾ`, `ĐIỀU LỆ`, alone in capitals) and that line follows its title lines."""
    line = lines[index]
    if len(line.cells) != 1 or line.text.strip().upper() not in ATTACHED_TYPES or line.text != line.text.upper():
        return None
    following = [i for i in range(index + 1, len(lines)) if not lines[i].blank][: ATTACHED_TITLE_LINES + 1]
    return next((i for i in following if lines[i].table is None and _ATTACHED.match(lines[i].text.strip())), None)


def parse_body(lines: list[Line], notes: Notes) -> BodyDraft:
    """Opening paragraphs and the section tree of `lines`."""
    lines = _without_attached_reference(lines, notes)
    body = BodyDraft()
    stack: list[tuple[str, SectionDraft]] = []
    index = _first_part_or_chapter(lines)
    body.opening = [line.marked for line in lines[:index] if line.cells]
    body.tables = [line.table for line in lines[:index] if line.table is not None]
    # a law quoted over several paragraphs («“b) …» / «c) …» / «… kháng”.»): its numbers are another text's, its
    # lines the paragraphs of the section quoting it, but for a line inside it that goes on with the document's own
    # numbers, as vanban check reads them (spec §6.2; rules_numbering)
    quoted = quoted_passages([line.text for line in lines])
    own = OwnSequence()
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.table is not None:
            add_table(stack[-1][1] if stack else body, line.table)
            continue
        if line.blank:
            continue
        inside = quoted.get(index - 1)
        marker = None if inside is False or (inside and not own.goes_on(line.text)) else section_marker(line.text)
        if marker is not None:
            own.read(line.text)
        if marker is not None:
            _close_levels(stack, marker)
            section = SectionDraft()
            open_levels = {key for key, _ in stack} | {marker.level_key}
            index = _fill_heading(section, marker, line, lines, index, open_levels)
            _place(section, marker, stack, body, notes, line.where)
        elif stack:
            add_text(stack[-1][1], line.marked, notes, line.where)
        else:
            body.opening.append(line.marked)
    _clauses_among_sentences(body.sections)
    _upper_titles(body.sections, body.levels, 0)  # by the kinds as printed, before _distinct_levels changes one
    _distinct_levels(body, notes)
    _countable_levels(body, notes)
    return body


def _countable_levels(body: BodyDraft, notes: Notes) -> None:
    """A level of letters with more items under one parent than the alphabet has (23, spec §6.2) cannot be
    printed (numbering.number_sections refuses it): numbered 1, 2, 3 instead, with a note."""
    widest: dict[int, int] = {}

    def count(sections: list[SectionDraft], depth: int) -> None:
        widest[depth] = max(widest.get(depth, 0), len(sections))
        for section in sections:
            count(section.sections, depth + 1)

    count(body.sections, 0)
    for depth, items in widest.items():
        kind = LEVEL_KINDS.get(body.levels[depth]) if depth < len(body.levels) else None
        if kind is None or _numbers_up_to(kind, items):
            continue
        new = next(k for k in ("so", "so-gach", "so-ghep") if distinct_neighbours(body.levels, depth, k))
        notes.add(
            f"Cấp {depth + 1} có {items} mục dưới một mục, quá số chữ cái tiếng Việt: in kiểu `{new}` (1, 2, 3) "
            f"thay kiểu `{kind.key}`."
        )
        body.levels[depth] = new


def _numbers_up_to(kind: LevelKind, items: int) -> bool:
    try:
        kind.marker(items, "")
    except ValueError:
        return False
    return True


_LOOK_ALIKE = {
    "chu-ngoac": ("chu-cham",),
    "chu-cham": ("chu-ngoac",),
    "so": ("so-gach",),
    "so-gach": ("so",),
    "la-ma": ("la-ma-gach",),
    "la-ma-gach": ("la-ma",),
    "chu-hoa": ("chu-hoa-gach",),
    "chu-hoa-gach": ("chu-hoa",),
}  # the same count, other punctuation


def _distinct_levels(body: BodyDraft, notes: Notes) -> None:
    """Two levels in a row of one kind (`a)` under `a)`) print alike and the build refuses them (spec §6.2,
    loading.numbering_problems): where a source mixes kinds at a level (`10.2.1.` beside `a)`), the other kind met
    there is taken when it tells the two levels apart."""
    levels = body.levels
    for depth in range(1, len(levels)):
        if levels[depth] != levels[depth - 1] or levels[depth] in REPEATABLE_KINDS:
            continue
        clash = f"Cấp {depth} và cấp {depth + 1} cùng kiểu `{levels[depth]}`, in ra không phân biệt được: "
        for at in (depth - 1, depth):
            fits = [k for k in body.other_kinds.get(at, []) if distinct_neighbours(levels, at, k)]
            if fits:
                notes.add(clash + f"cấp {at + 1} dùng kiểu `{fits[0]}` (cũng có ở cấp đó trong văn bản gốc).")
                levels[at] = fits[0]
                break
        else:
            kind = next(
                k
                for k in (*_LOOK_ALIKE.get(levels[depth], ()), "chu-cham", "so-gach")
                if distinct_neighbours(levels, depth, k)
            )
            notes.add(clash + f"cấp {depth + 1} in kiểu `{kind}`, sửa `danh_so` nếu cần.")
            levels[depth] = kind


def _clauses_among_sentences(sections: list[SectionDraft]) -> None:
    """A title with nothing under it among siblings half of which at least are numbered sentences is one more clause of
    the list: `3. Số người không tán thành …: 0 người, tỷ lệ: 0%` after `1. Số cán bộ … được lấy ý kiến: ….người.`"""
    sentences = sum(section.lead is not None for section in sections)
    for section in sections:
        if section.clause is not None and section.empty and 2 * sentences >= len(sections):
            section.title, section.lead = None, section.clause
        _clauses_among_sentences(section.sections)


def _upper_titles(sections: list[SectionDraft], levels: list[str], depth: int) -> None:
    """Titles of the levels printed in capitals (I. MỤC TIÊU, Chương I …) are stored as printed."""
    kind = LEVEL_KINDS.get(levels[depth]) if depth < len(levels) else None
    for section in sections:
        if kind is not None and kind.upper_title and section.title:
            section.title = section.title.upper()
        _upper_titles(section.sections, levels, depth + 1)


def _first_part_or_chapter(lines: list[Line]) -> int:
    """In a Phần/Chương document everything before the first Phần (or Chương) is the preamble, numbered
    lines included (the parties of a thỏa ước): they must not become sections above the chapters."""
    for kind in OUTER_KINDS:
        for index, line in enumerate(lines):
            marker = section_marker(line.text)
            if marker is not None and marker.kind == kind:
                return index
    return 0


def _fill_heading(
    section: SectionDraft, marker: SectionMarker, line: Line, lines: list[Line], index: int, open_levels: set[str]
) -> int:
    """Title or lead from the marker's line; Chương I / Phần I / Mục 1 take the title from the next line."""
    text, source = marker.rest, line
    if not text:
        while index < len(lines) and lines[index].blank:
            index += 1
        if index < len(lines) and lines[index].cells and section_marker(lines[index].text) is None:
            text, source = lines[index].text, lines[index]
            index += 1
            while is_all_caps(text) and index < len(lines) and _title_goes_on(lines[index]):  # wrapped in capitals
                text, source = f"{text} {lines[index].text}", Line((f"{text} {lines[index].text}",), source.where)
                index += 1
    start, bold = len(source.text) - len(text), source.bold(len(source.text) - len(text))
    if marker.kind in LABEL_KINDS or (marker.kind in TITLE_KINDS and (_is_title(text) or not _is_sentence(text))):
        section.title = escaped(_heading(text)) or marker.number
    elif _is_title(text) and not _is_clause(text, bold, _has_content(lines, index, open_levels)):
        section.title = escaped(_heading(text))
        section.clause = None if bold else _after(source.marked, start)
    else:
        section.lead = _after(source.marked, start)
    return index


def _title_goes_on(line: Line) -> bool:
    """A line in capitals under a Phần/Chương title in capitals (the title wrapped, ND30 Phụ lục III), not a marker."""
    return len(line.cells) == 1 and is_all_caps(line.text) and section_marker(line.text) is None


def _heading(text: str) -> str:
    """A heading in capitals typed with a final colon or full stop (`1. MỤC ĐÍCH YÊU CẦU:`, `I - NHIỆM VỤ TRỌNG
    TÂM.`): a title line, never a lead-in or a sentence, so the title without it (the build adds nothing). A
    heading in small letters keeps it (`1. Đối với các Thôn, Xóm, Tổ dân phố:` over its items)."""
    if not is_all_caps(text) or text.endswith(".."):
        return text
    return text.removesuffix(":").removesuffix(".").rstrip()


def _after(text: str, start: int) -> str:
    """Body text `text` from its plain character `start` on (a marker or bullet cut off), emphasis kept."""
    plain, styles = unmarked(text)
    return marked(plain[start:], styles[start:])


def _is_sentence(text: str) -> bool:
    """`I. Nay BCH … kính trình ….` (a numbered sentence under a Roman numeral, as the build prints a lead)."""
    return ". " in text or (text.endswith(".") and len(text) > SENTENCE_MIN_CHARS)


def _is_title(text: str) -> bool:
    """`1. Mục đích` is a heading; `1. Hợp tác xã … theo hợp đồng lao động.` is a numbered sentence."""
    return len(text) <= TITLE_MAX_CHARS and not text.endswith((";", ",")) and ". " not in text


def _is_clause(text: str, bold: bool | None, has_content: bool) -> bool:
    """`a) Tổ chức hội nghị sơ kết.`, `c) Nơi nhận.` (a point of an Điều) are clauses of the section above, not
    headings: they end with a full stop and, in a .docx, are not bold (a heading is: `**1. Mục đích**`); from
    a text that shows no formatting, nothing stands under them (`1. Quy trình thương lượng.` over its steps
    is a heading typed with a full stop)."""
    return text.endswith(".") and (not bold if bold is not None else not has_content)


def _has_content(lines: list[Line], index: int, open_levels: set[str]) -> bool:
    """Whether the lines from `index` put something under the heading just read: a paragraph, an item, a
    table, or a marker of a level not open yet (with the heading's own level open)."""
    following = next((line for line in lines[index:] if not line.blank), None)
    if following is None:
        return False
    marker = section_marker(following.text) if following.table is None else None
    return marker is None or marker.level_key not in open_levels


def _place(
    section: SectionDraft,
    marker: SectionMarker,
    stack: list[tuple[str, SectionDraft]],
    body: BodyDraft,
    notes: Notes,
    where: str,
) -> None:
    depth = len(stack)
    if depth < len(body.levels) and body.levels[depth] != marker.kind:
        notes.add(
            f"Cấp {depth + 1} dùng cả kiểu `{body.levels[depth]}` và `{marker.kind}`: giữ kiểu `{body.levels[depth]}`.",
            where,
        )
        if marker.kind not in (seen := body.other_kinds.setdefault(depth, [])):
            seen.append(marker.kind)
    elif depth == len(body.levels):
        body.levels.append(marker.kind)
    (stack[-1][1].sections if stack else body.sections).append(section)
    stack.append((marker.level_key, section))


_ROMAN_KINDS = frozenset({"la-ma", "la-ma-gach"})
_ABOVE_ROMAN = frozenset({"phan", "chuong", "muc-so", "dieu", "la-ma", "la-ma-gach"})


def _close_levels(stack: list[tuple[str, SectionDraft]], marker: SectionMarker) -> None:
    """A marker of a level already open closes that level and the ones below it; a Roman numeral (the first
    level of a kế hoạch, spec §6.1; only Phần/Chương/Mục/Điều stand above it) closes every level of the Arabic or
    letter kinds open (an excerpt that lost its `I.` heading: `1. Mục đích` … `II. ĐỐI TƯỢNG` stays top level), but
    for capital letters opening the document (`A. NHIỆM VỤ TRỌNG TÂM` … `B. …` / `I. …`, a Bộ's or Phòng's công văn
    parted in A, B): under those, a Roman numeral opens the next level."""
    keys = [key for key, _ in stack]
    if marker.level_key in keys:
        del stack[keys.index(marker.level_key) :]
    elif marker.kind in _ROMAN_KINDS and not any(key in _ABOVE_ROMAN for key in keys) and keys[:1] != ["chu-hoa"]:
        del stack[:]


def add_table(target: SectionDraft | BodyDraft, table: WordTable) -> None:
    target.tables.append(table)


def add_text(section: SectionDraft, text: str, notes: Notes, where: str) -> None:
    """Body text `text` (bodyxml) as the section's next paragraph, item or sub-item."""
    if section.tables and not section.text_after_table:
        section.text_after_table = True
        notes.add(
            "Đoạn văn đứng sau bảng trong cùng một mục: tệp nội dung in bảng sau các đoạn và ý của mục, "
            "nên đoạn này và các đoạn sau nó sẽ in lên trước bảng.",
            where,
        )
    plain = unmarked(text)[0]
    found = bullet(plain)
    if found is not None:
        level, content = found[0], _after(text, len(plain) - len(found[1]))
        if level == 2 and section.items:
            section.items[-1].items.append(content)
        else:
            section.items.append(ItemDraft(content))
    elif section.items:
        section.items[-1].items.append(text)
        notes.add("Đoạn văn đứng sau ý gạch đầu dòng được ghi thành ý con (+) của ý trước nó để giữ thứ tự.", where)
    else:
        section.paragraphs.append(text)


def ensure_section(body: BodyDraft, notes: Notes) -> None:
    """A content file needs one section: a document without numbered sections gets its main paragraph as one.

    Sections hold the tables of a content file's body: a table before the first section goes into it."""
    _undash_grounds(body, notes)
    if body.sections or not body.opening:
        if body.sections and body.tables:
            body.sections[0].tables[:0] = body.tables
            notes.add(
                f"{len(body.tables)} bảng đứng trước mục đầu tiên được ghi vào mục đầu tiên.", body.tables[0].where
            )
            body.tables = []
        return
    plain = [unmarked(text)[0] for text in body.opening]
    start = next(
        (i for i, text in enumerate(plain) if not _OPENING.match(text) and bullet(text) is None),
        len(body.opening) - 1,
    )
    lead = body.opening[start]
    section = SectionDraft(lead=lead)
    for text in body.opening[start + 1 :]:
        add_text(section, text, notes, "")
    body.opening = body.opening[:start]
    section.tables, body.tables = body.tables, []
    body.sections.append(section)
    body.levels = ["la-ma"]
    body.synthetic = True
    notes.add(
        f"Văn bản không có mục đánh số; tệp nội dung cần ít nhất một mục nên đoạn `{plain[start][:60]}…` "
        "được ghi thành mục I (khi tạo lại sẽ có số I.)."
    )


def _undash_grounds(body: BodyDraft, notes: Notes) -> None:
    """`- Căn cứ …` (the căn cứ of a Party or Đoàn document, HD 36) → `Căn cứ …`: a content file types no dash."""
    dashed = 0
    for index, text in enumerate(body.opening):
        found = bullet(unmarked(text)[0])
        if found is not None and text.lstrip()[:1] in "-–" and _OPENING.match(found[1]):
            body.opening[index] = text.lstrip()[1:].lstrip()
            dashed += 1
    if dashed:
        notes.add(f"Bỏ gạch đầu dòng `-` trước {dashed} dòng căn cứ (vanban build tự trình bày đoạn căn cứ).")


def end_with_stop(body: BodyDraft) -> None:
    """The last text of a body without closing sentence: `./.` removed, a full stop kept (the build prints `./.`).

    The build turns both `X` and `X.` into `X./.`; storing `X.` makes a second import give the same text.
    """
    section = body.sections[-1] if body.sections else None
    while section is not None and section.sections:
        section = section.sections[-1]
    if section is None:
        if body.opening:
            body.opening[-1] = _with_stop(body.opening[-1])
    elif section.items:
        last = section.items[-1]
        if last.items:
            last.items[-1] = _with_stop(last.items[-1])
        else:
            last.text = _with_stop(last.text)
    elif section.paragraphs:
        section.paragraphs[-1] = _with_stop(section.paragraphs[-1])
    elif section.lead:
        section.lead = _with_stop(section.lead)


def _with_stop(text: str) -> str:
    text = _END_MARK.sub("", text).rstrip()
    return text if text.endswith((".", ";", ":", "!", "?", "…")) else f"{text}."
