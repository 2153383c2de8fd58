"""`sua_muc`: a child file's edits of the document it inherits, applied in order.

Sections are named by `id` (thay, chen_truoc, chen_sau, xoa, them_vao); tables by their `id`, unique
in the document (thay_bang, xoa_bang, and their rows: them_dong, thay_dong, xoa_dong); annexes by
`id` (thay_phu_luc, xoa_phu_luc, them_phu_luc). Rows and annexes may also be named by number (the
first data row is 1, Phụ lục I is 1), counted in the document as it stands when the edit runs: a
number names a place, so a row the parent later inserts above it shifts what it names, while an id
follows its row. Edited tables are checked again (every row fills the columns, row ids once); the
totals row is summed when a table is laid out, so it follows the edits. An edit naming what the
document does not have is a ContentError with the file, the line and the ids that exist.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import Appendix, Cell, Item, Section, Table
from .errors import ContentError, Problem
from .loading import appendices, items, sections, tables
from .schema import ChildFile, EditIn
from .tables import rows_from, table_from, table_problems
from .yamlfile import Location, YamlFile

_Row = tuple[tuple[Cell, ...], str | None]  # a row's cells and its id
_TableChange = Callable[[Table], tuple[Table, ...]]
_SectionChange = Callable[[Section], tuple[Section, ...]]

_TABLE_EDITS = ("thay_bang", "xoa_bang", "them_dong", "thay_dong", "xoa_dong")
_ANNEX_EDITS = ("thay_phu_luc", "xoa_phu_luc", "them_phu_luc")
_ROWS = (
    "Dòng đếm từ 1, không tính dòng tiêu đề và dòng tổng cộng, theo bảng lúc làm thao tác này (sau các thao tác "
    "phía trên).",
    "Mã dòng ghi ở tệp cấp trên, dòng viết dạng {id: mã-dòng, o: [các ô]}; cũng chỉ được dòng bằng số thứ tự.",
)
_ANNEXES = (
    "Phụ lục đếm từ 1 (1 = Phụ lục I), theo văn bản lúc làm thao tác này (sau các thao tác phía trên).",
    "Mã phụ lục ghi ở trường `id` của phụ lục trong tệp cấp trên; cũng chỉ được phụ lục bằng số thứ tự (1 = Phụ lục I).",
)


@dataclass(frozen=True)
class Body:
    """What `sua_muc` edits: the sections and the annexes of a document."""

    sections: tuple[Section, ...]
    appendices: tuple[Appendix, ...]


class _Refused(Exception):
    """An edit that cannot be applied: the message and hint of its Problem (apply_edits adds where)."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def apply_edits(body: Body, child: ChildFile, source: YamlFile) -> Body:
    """Apply `sua_muc` in order; every edit that cannot be applied is reported with its line."""
    problems = []
    for position, edit in enumerate(child.edits):
        location = ("sua_muc", position)
        try:
            body = _apply(body, edit, source, location)
        except _Refused as refused:
            line = source.line_of(location)
            field = f"sua_muc[{position}]"
            problems.append(Problem(refused.message, file=source.path, line=line, field=field, hint=refused.hint))
    if problems:
        raise ContentError(problems)
    if not body.sections:
        raise ContentError(
            Problem(
                "Sau khi sửa, văn bản không còn mục nào.",
                file=source.path,
                field="sua_muc",
                hint="Giữ lại ít nhất một mục.",
            )
        )
    return body


def _apply(body: Body, edit: EditIn, source: YamlFile, location: Location) -> Body:
    if edit.operation in _ANNEX_EDITS:
        return dataclasses.replace(body, appendices=_edit_appendices(body.appendices, edit, source, location))
    if edit.operation in _TABLE_EDITS:
        return _edit_table(body, edit, source, location)
    return dataclasses.replace(body, sections=_edit_sections(body.sections, edit, source, location))


def _did_you_mean(target: str, known: list[str]) -> str:
    close = difflib.get_close_matches(target, known, n=1)
    return f"Có phải là `{close[0]}`? " if close else ""


# --- sections ----------------------------------------------------------------------------------


def _edit_sections(
    sections_: tuple[Section, ...], edit: EditIn, source: YamlFile, location: Location
) -> tuple[Section, ...]:
    new = sections(edit.sections, source, (*location, "muc"))
    verb, target, change = _section_operation(
        edit, new, items(edit.items), tables(edit.tables, source, (*location, "bang"))
    )
    edited, found = _rewrite(sections_, target, change)
    if not found:
        hint = _did_you_mean(target, _all_ids(sections_)) + "Mã mục xem ở trường `id` của tệp cấp trên."
        raise _Refused(f"Không có mục mã `{target}` để {verb}.", hint)
    return edited


def _section_operation(
    edit: EditIn, new: tuple[Section, ...], new_items: tuple[Item, ...], new_tables: tuple[Table, ...]
) -> tuple[str, str, _SectionChange]:
    if edit.replace:
        return "thay", edit.replace, lambda s: new
    if edit.insert_before:
        return "chèn trước", edit.insert_before, lambda s: (*new, s)
    if edit.insert_after:
        return "chèn sau", edit.insert_after, lambda s: (s, *new)
    if edit.remove:
        return "xóa", edit.remove, lambda s: ()
    assert edit.add_to is not None  # EditIn's validator: exactly one operation is set
    return (
        "thêm vào",
        edit.add_to,
        lambda s: (
            dataclasses.replace(
                s,
                paragraphs=s.paragraphs + tuple(edit.paragraphs),
                items=s.items + new_items,
                tables=s.tables + new_tables,
                sections=s.sections + new,
            ),
        ),
    )


def _rewrite(sections_: tuple[Section, ...], target: str, change: _SectionChange) -> tuple[tuple[Section, ...], bool]:
    """Replace the section with id `target` (at any depth) by `change(section)`; report whether it was found."""
    out: list[Section] = []
    found = False
    for section in sections_:
        if section.id == target:
            out.extend(change(section))
            found = True
            continue
        children, inner = _rewrite(section.sections, target, change)
        found = found or inner
        out.append(dataclasses.replace(section, sections=children) if inner else section)
    return tuple(out), found


def _walk(sections_: tuple[Section, ...]) -> Iterator[Section]:
    for section in sections_:
        yield section
        yield from _walk(section.sections)


def _all_ids(sections_: tuple[Section, ...]) -> list[str]:
    return [section.id for section in _walk(sections_) if section.id]


# --- tables and their rows ---------------------------------------------------------------------


def _edit_table(body: Body, edit: EditIn, source: YamlFile, location: Location) -> Body:
    verb, target, change = _table_operation(edit, source, location)
    known = [table.id for table in _all_tables(body) if table.id]
    if target not in known:
        listed = f"Các bảng có mã: {', '.join(known)}." if known else "Văn bản chưa có bảng nào có mã (`id`)."
        hint = _did_you_mean(target, known) + listed + " Mã bảng xem ở trường `id` của bảng trong tệp cấp trên."
        raise _Refused(f"Không có bảng mã `{target}` để {verb}.", hint)
    return _map_tables(body, lambda table: change(table) if table.id == target else (table,))


def _table_operation(edit: EditIn, source: YamlFile, location: Location) -> tuple[str, str, _TableChange]:
    if edit.replace_table:
        new = table_from(edit.tables[0], source, (*location, "bang", 0))
        return "thay", edit.replace_table, lambda old: (dataclasses.replace(new, id=new.id or old.id),)
    if edit.remove_table:
        return "xóa", edit.remove_table, lambda old: ()
    change = _rows_change(edit, source, location)
    if edit.add_rows:
        return "thêm dòng", edit.add_rows, change
    if edit.replace_rows:
        return "thay dòng", edit.replace_rows, change
    assert edit.remove_rows is not None  # EditIn's validator: exactly one operation is set
    return "xóa dòng", edit.remove_rows, change


def _rows_change(edit: EditIn, source: YamlFile, location: Location) -> _TableChange:
    """them_dong, thay_dong or xoa_dong on one table; the edited table is checked and points at the edit."""
    new = _rows(*rows_from(edit.rows))
    line = source.line_of(location)

    def change(table: Table) -> tuple[Table, ...]:
        rows = _rows(table.rows, table.row_ids)
        places = _Places(tuple(row_id for _, row_id in rows), "dòng", f"Bảng `{table.id}`", *_ROWS)
        if edit.add_rows:
            after = len(rows) if edit.after_row is None else places.index(edit.after_row, before_first=True) + 1
            rows[after:after] = new
        elif edit.replace_rows:
            for index, (cells, row_id) in zip(_distinct(places, edit.row_refs), new, strict=True):
                rows[index] = (cells, row_id or rows[index][1])  # a new row without id keeps the old one's
        else:
            dropped = set(_distinct(places, edit.row_refs))
            rows = [row for index, row in enumerate(rows) if index not in dropped]
        return (_with_rows(table, rows, source.path, line),)

    return change


def _rows(cells: tuple[tuple[Cell, ...], ...], ids: tuple[str | None, ...]) -> list[_Row]:
    return list(zip(cells, ids or (None,) * len(cells), strict=True))


def _distinct(places: _Places, refs: list[int | str]) -> list[int]:
    """The rows `dong_so` names, each once."""
    at = [places.index(ref) for ref in refs]
    twice = next((index for index in at if at.count(index) > 1), None)
    if twice is not None:
        raise _Refused(
            f"`dong_so` chỉ dòng thứ {twice + 1} hai lần.", "Mỗi dòng ghi một lần, theo số thứ tự hoặc theo mã."
        )
    return at


def _with_rows(table: Table, rows: list[_Row], path: Path, line: int | None) -> Table:
    ids = tuple(row_id for _, row_id in rows)
    edited = dataclasses.replace(
        table, rows=tuple(cells for cells, _ in rows), row_ids=ids if any(ids) else (), source=path, line=line
    )
    problems = table_problems(edited)
    if problems:
        _, message, hint = problems[0]
        if any(cell.rowspan > 1 for cells in edited.rows for cell in cells):
            hint += " Thêm, bỏ dòng nằm dưới một ô `gop_dong` thì thay cả dòng có ô gộp đó (`thay_dong`)."
        raise _Refused(f"Bảng `{table.id}` sau khi sửa: {message}", hint)
    return edited


def _all_tables(body: Body) -> Iterator[Table]:
    """Every table of the document: in sections at any depth, in annexes and their sections."""
    for section in _walk(body.sections):
        yield from section.tables
    for annex in body.appendices:
        yield from annex.tables
        for section in _walk(annex.sections):
            yield from section.tables


def _map_tables(body: Body, change: _TableChange) -> Body:
    """The document with every table replaced by `change(table)` (no table, one, or several)."""

    def each(tables_: tuple[Table, ...]) -> tuple[Table, ...]:
        return tuple(new for table in tables_ for new in change(table))

    def section(value: Section) -> Section:
        return dataclasses.replace(value, tables=each(value.tables), sections=tuple(map(section, value.sections)))

    annexes = tuple(
        dataclasses.replace(a, tables=each(a.tables), sections=tuple(map(section, a.sections))) for a in body.appendices
    )
    return Body(tuple(map(section, body.sections)), annexes)


# --- annexes -----------------------------------------------------------------------------------


def _edit_appendices(
    annexes: tuple[Appendix, ...], edit: EditIn, source: YamlFile, location: Location
) -> tuple[Appendix, ...]:
    places = _Places(tuple(a.id for a in annexes), "phụ lục", "Văn bản", *_ANNEXES)
    out = list(annexes)
    if edit.add_appendices is not None:
        after = len(out) if edit.after_appendix is None else places.index(edit.after_appendix, before_first=True) + 1
        out[after:after] = appendices(edit.add_appendices, source, (*location, "them_phu_luc"))
    elif edit.replace_appendix is not None:
        index = places.index(edit.replace_appendix)
        (new,) = appendices(edit.appendices, source, (*location, "phu_luc"))
        out[index] = dataclasses.replace(new, id=new.id or out[index].id)  # without `id` it keeps the old one's
    else:
        assert edit.remove_appendix is not None  # EditIn's validator: exactly one operation is set
        del out[places.index(edit.remove_appendix)]
    return tuple(out)


@dataclass(frozen=True)
class _Places:
    """The rows of a table, or the annexes: what an edit names by number (from 1) or by id."""

    ids: tuple[str | None, ...]
    noun: str  # dòng, phụ lục
    owner: str  # Bảng `tien-do`, Văn bản
    counting: str  # how numbers count: the hint of a number out of range
    naming: str  # where ids are written: the hint of an unknown id

    def index(self, ref: int | str, before_first: bool = False) -> int:
        """The place (from 0) `ref` names; with `before_first`, 0 names the place before the first (-1)."""
        if isinstance(ref, int):
            if (0 if before_first else 1) <= ref <= len(self.ids):
                return ref - 1
            message = f"{self.owner} có {len(self.ids)} {self.noun}: không có {self.noun} thứ {ref}."
            raise _Refused(message, self.counting)
        if ref in self.ids:
            return self.ids.index(ref)
        known = [i for i in self.ids if i]
        listed = f"Các {self.noun} có mã: {', '.join(known)}. " if known else f"Chưa {self.noun} nào có mã (`id`). "
        raise _Refused(
            f"{self.owner} không có {self.noun} mã `{ref}`.", _did_you_mean(ref, known) + listed + self.naming
        )


# --- ids used once -----------------------------------------------------------------------------


def check_unique_ids(body: Body, path: Path, with_sections: bool = True) -> None:
    """Each id of a section, a table, an annex is used once in a document, so that an edit names one
    thing. A child checks its tables and annexes only: its sections do not record their file."""
    named = [("mục", s.id, path, s.line) for s in _walk(body.sections) if s.id and with_sections]
    named += [("bảng", t.id, t.source or path, t.line) for t in _all_tables(body) if t.id]
    named += [("phụ lục", a.id, a.source or path, a.line) for a in body.appendices if a.id]
    places: dict[tuple[str, str], list[tuple[Path, int | None]]] = {}
    for noun, id_, file, line in named:
        places.setdefault((noun, id_), []).append((file, line))
    problems = [_used_twice(noun, id_, where, path) for (noun, id_), where in places.items() if len(where) > 1]
    if problems:
        raise ContentError(problems)


def _used_twice(noun: str, id_: str, where: list[tuple[Path, int | None]], path: Path) -> Problem:
    """The problem at a use written in `path` (the file being read), a later one first; else at the second use."""
    file, line = next((place for place in (*where[1:], where[0]) if place[0] == path), where[1])
    times = "hai lần" if len(where) == 2 else f"{len(where)} lần"
    return Problem(
        f"Mã {noun} `{id_}` được dùng {times}.",
        file=file,
        line=line,
        field="id",
        hint=f"Mỗi {noun} một mã riêng, để văn bản cấp dưới sửa đúng {noun}.",
    )
