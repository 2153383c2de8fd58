"""One file → everything recognised in it (`Imported`), with the notes of what was uncertain.

A file may hold several documents one after another (a tờ trình and the quyết định it proposes, a
công văn and its biên bản …): a new header after the signature or Nơi nhận of the document before
starts the next one (`_document_starts`), and each part is read on its own.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Problem, UnreadableDocumentError
from ..loading import document_types
from .body import (
    AppendixDraft,
    BodyDraft,
    add_table,
    add_text,
    end_with_stop,
    ensure_section,
    parse_body,
    split_appendices,
)
from .casing import as_in_body, is_all_caps
from .header import HEADER_MAX_LINES, Header, is_header_cell, national_lines, parse_header, split_joint_names
from .kinds import kind_of, split_type
from .lines import Line, joined_wraps, read_lines
from .notes import Notes
from .tail import Tail, parse_tail, split_closing, tail_start

DEFAULT_KIND = "ke-hoach"
_NUMBER_START = r"Số\s*[:\d/]"
_NUMBER_LINE = re.compile(rf"^{_NUMBER_START}")
# The lines printed above a Quốc hiệu that belong to its header: issuer names (upper case), the Số
# line, the `V/v` trích yếu of a công văn and its wrapped end (lower case), as in a flattened header table.
_ABOVE_NATIONAL = re.compile(rf"^(?:{_NUMBER_START}|V/[vV]\b)")
HEADER_ABOVE_MAX = 8
PAGE_TEXT_MAX_LINES = 15  # a web page's own lines above the document (site name, the page's table of data)
HEADER_BELOW_NUMBER = 3  # a Số line printed under the Quốc hiệu (two columns read row by row)
CUT_PLACEHOLDER = "Nội dung văn bản chưa có trong bản chép."
NATIONAL_LINES = {"doan": "ĐOÀN TNCS HỒ CHÍ MINH", "dang": "ĐẢNG CỘNG SẢN VIỆT NAM"}


@dataclass
class Imported:
    """Kết quả nhận dạng một văn bản: phần đầu, thân, phần cuối, phụ lục và các điều chưa chắc chắn."""

    source: Path
    header: Header
    body: BodyDraft
    closing: str | None
    tail: Tail
    appendices: list[AppendixDraft]
    kind: str
    notes: Notes
    start: str = ""  # where the document begins in the file (`đoạn 33`, `dòng 1`)
    joint_names: list[str] = dataclasses.field(default_factory=list)  # a văn bản liên tịch: the other body's name

    def summary(self) -> dict[str, Any]:
        """The `--json` object (issue 6 point 4): exactly these keys, null when absent."""
        header = self.header
        return {
            "che_do": header.regime,
            "so": header.number,
            "ky_hieu": header.code,
            "dia_danh": header.place,
            "ngay": header.date.isoformat() if header.date and not header.partial_date else None,
            "loai": header.type_name,
            "co_quan": " ".join(header.issuer_lines) or None,
            "co_quan_chu_quan": " ".join(header.parent_lines) or None,
            "trich_yeu": header.summary,
            "muc": [] if self.body.synthetic else [section.title or section.lead for section in self.body.sections],
            "nguoi_ky": self.tail.name,
            "noi_nhan": self.tail.recipients,
        }


def read_documents(path: Path) -> list[Imported]:
    """Every document of `path` (.docx, .doc, .pdf or .txt), in file order; most files hold one."""
    file_notes = Notes()
    lines = read_lines(path, file_notes)
    if path.suffix.lower() == ".txt":
        lines = _without_page_text(lines, file_notes)
    starts = _document_starts(lines)
    parts = [lines[start:end] for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)]
    documents: list[Imported] = []
    skipped: list[tuple[int, list[Line], UnreadableDocumentError]] = []
    for number, part in enumerate(parts, start=1):
        notes = _part_notes(file_notes, parts, number - 1)
        try:
            documents.append(_read_part(path, part, notes))
        except UnreadableDocumentError as unread:
            if len(parts) == 1:
                raise
            skipped.append((number, part, unread))
    if not documents:
        first, part, refused = skipped[0]
        raise UnreadableDocumentError(
            [
                dataclasses.replace(p, message=f"Văn bản thứ {first}/{len(parts)} (từ {part[0].where}): {p.message}")
                for p in refused.problems
            ]
        ) from refused
    for number, part, refused in skipped:  # a form or a list after the document (a mẫu đăng ký): left out, said so
        documents[0].notes.add(
            f"Phần thứ {number}/{len(parts)} của tệp (từ {part[0].where}) không nhập: {refused.problems[0].message} "
            "Nếu cần, chép phần đó vào một tệp riêng hoặc vào `phu_luc`.",
            part[0].where,
        )
    return documents


def read_document(path: Path) -> Imported:
    """The first document of `path`; when the file holds more, a note says so (`vanban import` writes them all)."""
    first, *others = read_documents(path)
    if others:
        first.notes.add(
            f"Tệp còn {len(others)} văn bản nữa sau văn bản này (từ {others[0].start}): chỉ văn bản đầu được nhập ở đây; "
            "`vanban import` ghi mỗi văn bản một tệp nội dung."
        )
    return first


def _read_part(path: Path, lines: list[Line], notes: Notes) -> Imported:
    """Recognise the parts of one document (its lines only)."""
    header, start = parse_header(lines, notes)
    _recase_from_body(header, lines[start:], notes)
    main, appendices = split_appendices(lines[start:], notes)
    end = tail_start(main)
    body_lines, closing = split_closing(joined_wraps(main[:end], notes), notes)
    tail = parse_tail(main[end:], notes)
    joint_names = split_joint_names(header) if tail.joint else []
    body = parse_body(header.leftovers + body_lines, notes)
    if header.leftovers:
        notes.add(
            "Các dòng ở phần đầu không nhận ra được ghi vào đoạn mở đầu: "
            + "; ".join(line.text for line in header.leftovers)
        )
    _refuse_non_document(path, header, body, tail)
    _refuse_several_documents(path, lines[:start] if header.type_name else lines)
    if header.national in NATIONAL_LINES:
        notes.add(
            f"Văn bản in dòng `{NATIONAL_LINES[header.national]}` thay cho Quốc hiệu: tệp nội dung ghi "
            f"`che_do: {header.national}`; `vanban build` in phần đầu theo hệ thống văn bản này (không có Quốc hiệu, Tiêu ngữ)."
        )
    _place_leftovers(body, tail.leftovers, notes)
    _mark_cut(header, body, tail, notes, lines[-1].where if lines else None)
    ensure_section(body, notes)
    if closing is None:
        end_with_stop(body)
    if not body.sections:
        raise UnreadableDocumentError(
            Problem("Văn bản không có nội dung (không có đoạn văn nào sau phần đầu).", file=path)
        )
    return Imported(
        source=path,
        header=header,
        body=body,
        closing=closing,
        tail=tail,
        appendices=[_appendix(title, part, notes) for title, part in appendices],
        kind=_kind(header, notes),
        notes=notes,
        start=lines[0].where if lines else "",
        joint_names=joint_names,
    )


def _recase_from_body(header: Header, body: list[Line], notes: Notes) -> None:
    """An all-caps trích yếu, put in sentence case, takes the capitals the body gives the same phrases."""
    if not header.recased or not header.summary:
        return
    header.summary, changed = as_in_body(header.summary, [line.text for line in body if line.cells])
    if changed:
        notes.add(
            "Chữ hoa trong trích yếu theo cách thân văn bản viết cùng cụm từ: "
            + "; ".join(f"`{phrase}`" for phrase in changed)
            + "."
        )


def _mark_cut(header: Header, body: BodyDraft, tail: Tail, notes: Notes, where: str | None) -> None:
    """An excerpt that stops before the signature (a web copy cut short) still makes a file that builds: the
    note says what is missing; a header with no text after it gets one stand-in paragraph to replace."""
    if tail.authority or tail.name or tail.recipients or not header.found_anything:
        return
    if body.sections or body.opening:
        notes.add(
            "Văn bản dừng ở đây, không có chữ ký, nơi nhận: có thể là bản chép chưa hết; bổ sung phần còn thiếu "
            "(nội dung, `nguoi_ky`, `noi_nhan`) trong tệp nội dung.",
            where,
        )
        return
    body.opening.append(CUT_PLACEHOLDER)
    notes.add(
        f"Văn bản dừng sau phần đầu, không có nội dung, chữ ký, nơi nhận: tệp nội dung ghi tạm đoạn «{CUT_PLACEHOLDER}» "
        "để tạo được văn bản; thay bằng nội dung thật.",
        where,
    )


def _appendix(title: str, lines: list[Line], notes: Notes) -> AppendixDraft:
    body = parse_body(joined_wraps(lines, notes), notes)
    end_with_stop(body)
    return AppendixDraft(title, body)


def _refuse_non_document(path: Path, header: Header, body: BodyDraft, tail: Tail) -> None:
    """A news article or a web page has no type name, no Số, no date line, no numbered sections."""
    if header.found_anything or body.sections or tail.authority or tail.recipients:
        return
    raise UnreadableDocumentError(
        Problem(
            "Không nhận ra văn bản hành chính: không có tên loại, số và ký hiệu, ngày tháng, mục đánh số hay nơi nhận "
            "(có thể là bài báo hoặc trang web).",
            file=path,
            hint="Chỉ nhập kế hoạch, hướng dẫn … có phần đầu và các mục; chép nội dung bài báo vào tệp nội dung bằng tay.",
        )
    )


def _refuse_several_documents(path: Path, head: list[Line]) -> None:
    """Several headers before the first type name that `_document_starts` could not tell apart (no signature
    or Nơi nhận between them)."""
    count = national_lines(head)
    if count > 1:
        raise UnreadableDocumentError(
            Problem(
                f"Tệp có {count} dòng Quốc hiệu trước tên loại văn bản đầu tiên, không có chữ ký hay nơi nhận ở giữa: "
                "có thể là nhiều văn bản gộp lại.",
                file=path,
                hint="Tách từng văn bản ra một tệp riêng (mỗi tệp một phần đầu, một tên loại) rồi nhập từng tệp.",
            )
        )


def _without_page_text(lines: list[Line], notes: Notes) -> list[Line]:
    """A text copied from a web page may start with the page's own lines (site name, `Đang tải…`, the page's
    title and data table: `Số hiệu: … Loại văn bản: …`) above the document's header: those lines hold no Quốc
    hiệu, Số or date cell and end where the issuer, Số and V/v lines above the first Quốc hiệu begin (blank
    lines and rules crossed: the two header cells copied one after the other)."""
    first = next((i for i, line in enumerate(lines[:HEADER_MAX_LINES]) if national_lines([line])), None)
    if first is None:
        return lines
    top = first
    for index in range(first - 1, -1, -1):
        line = lines[index]
        if not any(ch.isalnum() for ch in line.text):
            continue
        if not _above_national(line) or split_type(line.text) is not None:
            break  # the page's title (`KẾ HOẠCH HOẠT ĐỘNG …`): an issuer's name never starts with a type name
        top = index
    page = [line for line in lines[:top] if not line.blank]
    if not page or len(page) > PAGE_TEXT_MAX_LINES or any(is_header_cell(cell) for line in page for cell in line.cells):
        return lines
    notes.add(
        f"Bỏ {len(page)} dòng trước phần đầu văn bản (chữ của trang web: tên trang, tiêu đề, bảng thông tin): "
        + "; ".join(line.text[:60] for line in page),
        page[0].where,
    )
    return lines[top:]


def _document_starts(lines: list[Line]) -> list[int]:
    """Index of the first line of each document.

    A Quốc hiệu (or Party/Đoàn) line, with the header lines above it, starts a new document when
    - the part before it has a body and no appendix (a `MẪU 1` form or a `PHỤ LỤC` quoting a header
      stays in its document, split_appendices);
    - the part before ends with a signature or Nơi nhận (tail_start), or the new header has its Số line
      (a biên bản signed `Thư ký … Chủ trì` has no tail the tail parser knows).
    A header quoted in a body (`Ví dụ:` then the Party line) has no tail and no Số line before it."""
    starts = [0]
    for index, line in enumerate(lines):
        if not national_lines([line]):
            continue
        top = _header_top(lines, index, starts[-1])
        before = lines[starts[-1] : top]
        end = tail_start(before)
        if (
            not any(not earlier.blank for earlier in before[:end])
            or split_appendices(lines[starts[-1] : index], Notes())[1]
        ):
            continue
        if end < len(before) or _number_near(lines, top, index):
            starts.append(top)
    return starts


def _number_near(lines: list[Line], top: int, index: int) -> bool:
    """A Số line in the header block of the Quốc hiệu at `index` (above it, or just under it)."""
    return any(_is_number_line(line) for line in lines[top : index + HEADER_BELOW_NUMBER])


def _header_top(lines: list[Line], index: int, floor: int) -> int:
    """The first line of the header whose Quốc hiệu is `lines[index]`: the issuer, Số, V/v lines just above it.

    Blank lines are crossed only next to the Số line (a web copy spaces its header out); elsewhere a blank
    line ends the header, so the signature titles of the document before (`CHỦ TỊCH`) stay with it."""
    top = cursor = index
    while cursor > floor + 1 and index - cursor < HEADER_ABOVE_MAX:
        above = lines[cursor - 1]
        if above.blank:
            gap = cursor - 1
            while gap > floor and lines[gap].blank:
                gap -= 1
            if not (_is_number_line(lines[cursor]) or _is_number_line(lines[gap])):
                break
            cursor = gap + 1
        elif _above_national(above):
            top = cursor = cursor - 1
        else:
            break
    return top


def _is_number_line(line: Line) -> bool:
    return bool(_NUMBER_LINE.match(line.text))


def _above_national(line: Line) -> bool:
    if not line.cells:
        return False
    first = line.cells[0]
    return bool(_ABOVE_NATIONAL.match(first)) or first[:1].islower() or is_all_caps(first)


def _part_notes(file_notes: Notes, parts: list[list[Line]], index: int) -> Notes:
    """The reading notes of one document: those at its lines (a dropped page number goes with the lines
    before it, by `đoạn`/`bảng`/`dòng` number), and the notes on the whole file."""
    firsts = [_first_positions(part) for part in parts]
    notes = Notes()
    for note in file_notes.items:
        position = _position(note.where)
        if position is None:
            notes.items.append(note)
            continue
        kind, number = position
        owner = max((i for i, first in enumerate(firsts) if first.get(kind, number + 1) <= number), default=0)
        if owner == index:
            notes.items.append(note)
    return notes


def _first_positions(part: list[Line]) -> dict[str, int]:
    firsts: dict[str, int] = {}
    for line in part:
        position = _position(line.where)
        if position is not None:
            firsts.setdefault(*position)
    return firsts


def _position(where: str | None) -> tuple[str, int] | None:
    """`đoạn 12` → (`đoạn`, 12): paragraphs, tables and text lines are each counted in file order (lines.py)."""
    kind, _, number = (where or "").rpartition(" ")
    return (kind, int(number)) if kind and number.isdigit() else None


def _place_leftovers(body: BodyDraft, leftovers: list[Line], notes: Notes) -> None:
    """Tail lines that are neither signature nor recipients stay in the text, as paragraphs at the end."""
    if not leftovers:
        return
    target = body.sections[-1] if body.sections else None
    while target is not None and target.sections:
        target = target.sections[-1]
    for line in leftovers:
        if line.table is not None:
            add_table(target or body, line.table)
            notes.add("Bảng đứng trong phần chữ ký, nơi nhận: ghi vào mục cuối của thân văn bản.", line.where)
            continue
        if target is None:
            body.opening.append(line.marked)
        else:
            add_text(target, line.marked, notes, line.where)
        notes.add(
            f"Không xếp được `{line.text}` vào chữ ký hay nơi nhận: ghi thành đoạn văn cuối thân văn bản.", line.where
        )


def _kind(header: Header, notes: Notes) -> str:
    if header.type_name is None:
        notes.add(f"Không có tên loại văn bản: đã ghi tạm `loai: {DEFAULT_KIND}`, sửa lại cho đúng.")
        return DEFAULT_KIND
    kind, nearest = kind_of(header.type_name)
    if nearest:
        notes.add(f"Thể loại `{header.type_name}` không có trong bảng thể loại: dùng thể loại gần nhất `{kind}`.")
    abbreviation = document_types()[kind].abbreviation
    if header.code and abbreviation and not header.code.startswith(f"{abbreviation}-"):
        notes.add(
            f"Ký hiệu in trong văn bản là `{header.code}`; khi tạo lại, ký hiệu theo ND30 là `{abbreviation}-<ký hiệu cơ quan>`."
        )
    return kind
