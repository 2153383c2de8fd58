"""One file → everything recognised in it (`Imported`), with the notes of what was uncertain."""

from __future__ import annotations

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
from .header import Header, national_lines, parse_header
from .kinds import kind_of
from .lines import Line, read_lines
from .notes import Notes
from .tail import Tail, parse_tail, split_closing, tail_start

DEFAULT_KIND = "ke-hoach"
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


def read_document(path: Path) -> Imported:
    """Recognise the parts of the document in `path` (.docx or .txt)."""
    notes = Notes()
    lines = read_lines(path, notes)
    header, start = parse_header(lines, notes)
    main, appendices = split_appendices(lines[start:], notes)
    end = tail_start(main)
    body_lines, closing = split_closing(main[:end], notes)
    tail = parse_tail(main[end:], notes)
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
    )


def _appendix(title: str, lines: list[Line], notes: Notes) -> AppendixDraft:
    body = parse_body(lines, notes)
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
    """A working pack (công văn, quyết định … one after another) shows several headers before its first type name."""
    count = national_lines(head)
    if count > 1:
        raise UnreadableDocumentError(
            Problem(
                f"Tệp có {count} dòng Quốc hiệu trước tên loại văn bản đầu tiên: có thể là nhiều văn bản gộp lại.",
                file=path,
                hint="Tách từng văn bản ra một tệp riêng (mỗi tệp một phần đầu, một tên loại) rồi nhập từng tệp.",
            )
        )


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
            body.opening.append(line.text)
        else:
            add_text(target, line.text, notes, line.where)
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
