"""Soạn thảo: a content file as a form, and the form's edits written back into the YAML file.

The YAML file stays the source of truth. It is read with ruamel.yaml's round-trip loader, so a save
keeps the user's comments, key order, quotes and indentation; only the values the form changed are
replaced. A save is refused when the file changed since the form was opened (another tab, a text
editor): the form carries the SHA-256 of the bytes it was made from. The new text is planned like
`vanban build` plans it before the file is replaced (atomically), so an invalid form never reaches
the file; its problems are shown on the fields they name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from ..errors import ContentError, Problem, VanbanError
from ..output import write_atomic

HEADER_FIELDS = ("loai", "co_quan", "ngay", "trich_yeu", "mo_dau", "ket_thuc", "noi_nhan")  # in this order
LIST_FIELDS = frozenset({"mo_dau", "noi_nhan"})  # one line of the text area = one element
INDENT = "  "  # a sub-item (ý con) in the items' text area

_saving = threading.Lock()  # one save at a time in this process: the conflict check and the write go together


class ConflictError(VanbanError):
    """The file changed on disk after the form was opened: the save is refused, nothing is written."""

    exit_code = 1


@dataclass(frozen=True)
class TableForm:
    """Một bảng trong biểu mẫu: tên cột và các ô (chỉ bảng đơn giản, không gộp ô, sửa được)."""

    ref: str | None  # "2" = the third table of its section in the file; None = new
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    editable: bool = True


@dataclass(frozen=True)
class SectionForm:
    """Một mục trong biểu mẫu: tiêu đề, đoạn văn, các ý, bảng và mục con."""

    ref: str | None  # "0.2" = the third sub-section of the first section in the file; None = new
    id: str
    title: str
    paragraphs: str  # one paragraph per line
    items: str  # one item per line; INDENT before a sub-item
    tables: tuple[TableForm, ...] = ()
    sections: tuple[SectionForm, ...] = ()


@dataclass(frozen=True)
class Form:
    """Biểu mẫu của một tệp nội dung: các trường đầu văn bản, cây mục, dấu vân tay của tệp đã mở."""

    fields: dict[str, str]
    sections: tuple[SectionForm, ...]
    digest: str
    inherits: bool  # a child file (ke_thua): its sections come from its parent and are not edited here
    number: str  # `so` as the file has it (read only: the register gives it)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _yaml(text: str) -> YAML:
    """A round-trip YAML that writes the file the way it was written (its sequence indentation)."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long sentence onto two lines
    found = re.search(r"^(\S[^\n]*:)[ \t]*\n( *)- ", text, re.M)
    offset = len(found.group(2)) if found else 0
    yaml.indent(mapping=2, sequence=2 + offset, offset=offset)
    return yaml


def _load(path: Path) -> tuple[bytes, YAML, CommentedMap]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    yaml = _yaml(text)
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentError(
            Problem(
                "Tệp YAML có lỗi cú pháp, không mở được bằng biểu mẫu.",
                file=path,
                line=mark.line + 1 if mark is not None else None,
                hint="Sửa tệp trong trình soạn thảo văn bản (chạy vanban build để xem lỗi), rồi tải lại trang.",
            )
        ) from exc
    if not isinstance(data, CommentedMap):
        raise ContentError(Problem("Tệp không phải tệp nội dung (cần các khóa loai, trich_yeu, muc …).", file=path))
    return raw, yaml, data


def open_form(path: Path) -> Form:
    """The form of the content file at `path`, as it is on disk now."""
    raw, _, data = _load(path)
    fields = {name: _field_text(data.get(name)) for name in HEADER_FIELDS}
    sections = tuple(_section_form(s, str(i)) for i, s in enumerate(data.get("muc") or []) if isinstance(s, dict))
    number = data.get("so")
    return Form(fields, sections, digest(raw), "ke_thua" in data, "" if number is None else str(number))


def _field_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _section_form(section: dict[str, Any], ref: str) -> SectionForm:
    tables = tuple(_table_form(t, str(i)) for i, t in enumerate(section.get("bang") or []) if isinstance(t, dict))
    children = section.get("muc") or []
    return SectionForm(
        ref=ref,
        id=str(section.get("id") or ""),
        title=str(section.get("tieu_de") or section.get("noi_dung") or ""),
        paragraphs="\n".join(str(p) for p in section.get("doan") or []),
        items="\n".join(_item_lines(section.get("y") or [], 0)),
        tables=tables,
        sections=tuple(_section_form(c, f"{ref}.{i}") for i, c in enumerate(children) if isinstance(c, dict)),
    )


def _item_lines(items: list[Any], depth: int) -> Iterator[str]:
    for item in items:
        if isinstance(item, dict):
            yield INDENT * depth + str(item.get("noi_dung") or "")
            yield from _item_lines(item.get("y") or [], depth + 1)
        else:
            yield INDENT * depth + str(item)


def _table_form(table: dict[str, Any], ref: str) -> TableForm:
    columns = [c.get("ten", "") if isinstance(c, dict) else c for c in table.get("cot") or []]
    rows = [row.get("o") if isinstance(row, dict) else row for row in table.get("dong") or []]
    simple = all(isinstance(r, list) and all(isinstance(c, str | int | float) for c in r) for r in rows)
    simple = simple and not any(isinstance(row, dict) and set(row) - {"id", "o"} for row in table.get("dong") or [])
    return TableForm(
        ref=ref,
        title=str(table.get("tieu_de") or ""),
        columns=tuple(str(c) for c in columns),
        rows=tuple(tuple(str(c) for c in r or []) for r in rows) if simple else (),
        editable=simple and all(isinstance(c, dict) for c in table.get("cot") or []),
    )


# --- the form as the browser sends it -------------------------------------------------------------


def sections_from_json(value: Any) -> tuple[SectionForm, ...]:
    """The section tree the page posts (JSON); anything not of the expected shape is refused."""
    if not isinstance(value, list):
        raise _bad("muc")
    return tuple(_section_from_json(v) for v in value)


def _bad(where: str) -> ContentError:
    return ContentError(Problem(f"Dữ liệu biểu mẫu không đúng dạng ({where}).", hint="Tải lại trang rồi sửa lại."))


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _bad(where)
    return value


def _ref(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d+(\.\d+)*", value):
        raise _bad(where)
    return value


def _section_from_json(value: Any) -> SectionForm:
    if not isinstance(value, dict):
        raise _bad("muc")
    tables = value.get("tables", [])
    children = value.get("sections", [])
    if not isinstance(tables, list) or not isinstance(children, list):
        raise _bad("muc")
    return SectionForm(
        ref=_ref(value.get("ref"), "muc"),
        id=_text(value.get("id", ""), "id").strip(),
        title=_text(value.get("title", ""), "tieu_de").strip(),
        paragraphs=_text(value.get("paragraphs", ""), "doan"),
        items=_text(value.get("items", ""), "y"),
        tables=tuple(_table_from_json(t) for t in tables),
        sections=tuple(_section_from_json(c) for c in children),
    )


def _table_from_json(value: Any) -> TableForm:
    if not isinstance(value, dict):
        raise _bad("bang")
    columns = value.get("columns", [])
    rows = value.get("rows", [])
    if not isinstance(columns, list) or not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise _bad("bang")
    return TableForm(
        ref=_ref(value.get("ref"), "bang"),
        title=_text(value.get("title", ""), "bang.tieu_de").strip(),
        columns=tuple(_text(c, "bang.cot").strip() for c in columns),
        rows=tuple(tuple(_text(c, "bang.dong").strip() for c in r) for r in rows),
        editable=bool(value.get("editable", True)),
    )


# --- writing the form back ------------------------------------------------------------------------


def updated_text(path: Path, form: Form) -> str:
    """The file's text with the form's values in place of its own (comments and order kept)."""
    raw, yaml, data = _load(path)
    if digest(raw) != form.digest:
        raise ConflictError(
            Problem(
                "Tệp đã được sửa ở nơi khác (một thẻ trình duyệt khác hoặc trình soạn thảo) sau khi anh/chị mở "
                "biểu mẫu: không lưu, để không ghi đè phần sửa đó.",
                file=path,
                hint="Sao lại phần vừa nhập nếu cần, tải lại trang để mở bản mới nhất, rồi sửa và lưu lại.",
            )
        )
    for name in HEADER_FIELDS:
        _set(data, name, _field_value(name, form.fields.get(name, "")))
    if not form.inherits:
        original = list(data.get("muc") or [])
        _set(data, "muc", _sections(form.sections, original))
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def save(path: Path, form: Form, check: Callable[[str], None]) -> str:
    """Write the form into `path` atomically unless `check(text)` (the planner) raises; the new digest."""
    with _saving:
        text = updated_text(path, form)
        check(text)
        data = text.encode("utf-8")
        write_atomic(path, data)
        return digest(data)


def _field_value(name: str, text: str) -> Any:
    text = text.strip()
    if name in LIST_FIELDS:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines or None
    if name == "ngay" and text:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text  # the schema names the field and the format
    return text or None


def _set(data: CommentedMap, key: str, value: Any) -> None:
    """Set `key` where it is (its comments kept), or append it; drop it when the value is empty;
    leave it untouched when the value is the same (a list keeps its own comments)."""
    if value is None or value == []:
        if key in data:
            del data[key]
        return
    current = data.get(key)
    if _same(current, value):
        return
    data[key] = CommentedSeq(value) if isinstance(value, list) and not isinstance(value, CommentedSeq) else value


def _same(current: Any, value: Any) -> bool:
    """Whether the file's value already says what the form says (then it is not touched)."""
    if isinstance(current, list) and isinstance(value, list):
        return len(current) == len(value) and all(_same(a, b) for a, b in zip(current, value, strict=True))
    if isinstance(current, dict) and isinstance(value, dict):
        return current.keys() == value.keys() and all(_same(current[k], value[k]) for k in current)
    if isinstance(current, str) and isinstance(value, str):
        return str(current) == str(value)
    return type(current) is type(value) and bool(current == value)


def _sections(forms: tuple[SectionForm, ...], original: list[Any]) -> list[Any]:
    """The `muc` list: the mapping of each section the file had (found by its ref), updated; new ones added."""
    by_ref = dict(_refs(original, ""))
    return [_section(form, by_ref) for form in forms]


def _refs(sections: list[Any], prefix: str) -> Iterator[tuple[str, CommentedMap]]:
    for index, section in enumerate(sections):
        if isinstance(section, CommentedMap):
            ref = f"{prefix}{index}"
            yield ref, section
            yield from _refs(list(section.get("muc") or []), f"{ref}.")


def _section(form: SectionForm, by_ref: dict[str, CommentedMap]) -> CommentedMap:
    section = by_ref.get(form.ref or "", CommentedMap())
    _set(section, "id", form.id or None)
    title_key = "noi_dung" if "noi_dung" in section and "tieu_de" not in section else "tieu_de"
    _set(section, title_key, form.title or None)
    _set(section, "doan", [line.strip() for line in form.paragraphs.splitlines() if line.strip()])
    _set(section, "y", _items(form.items))
    _set(section, "bang", _tables(form.tables, list(section.get("bang") or [])))
    _set(section, "muc", [_section(child, by_ref) for child in form.sections])
    return section


def _items(text: str) -> list[Any]:
    """Lines → items: a line indented by INDENT under the one before is its sub-item (`noi_dung` + `y`)."""
    root: list[tuple[str, list[Any]]] = []
    levels = [root]
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = min((len(line) - len(line.lstrip(" "))) // len(INDENT), len(levels) - 1)
        del levels[depth + 1 :]
        children: list[tuple[str, list[Any]]] = []
        levels[depth].append((line.strip(), children))
        levels.append(children)
    return [_item(text, children) for text, children in root]


def _item(text: str, children: list[tuple[str, list[Any]]]) -> Any:
    if not children:
        return text
    return CommentedMap([("noi_dung", text), ("y", CommentedSeq(_item(t, c) for t, c in children))])


def _tables(forms: tuple[TableForm, ...], original: list[Any]) -> list[Any]:
    """The `bang` list: each table the file had (by its ref) with the form's titles and cells; a
    table the form cannot edit (merged cells, cells with options) is kept as it is."""
    out: list[Any] = []
    for form in forms:
        index = int(form.ref) if form.ref is not None else None
        table = original[index] if index is not None and index < len(original) else None
        if not form.editable and table is not None:
            out.append(table)
            continue
        table = table if isinstance(table, CommentedMap) else CommentedMap()
        _set(table, "tieu_de", form.title or None)
        columns = list(table.get("cot") or [])
        _set(
            table,
            "cot",
            [_column(columns[i] if i < len(columns) else None, name) for i, name in enumerate(form.columns)],
        )
        rows = list(table.get("dong") or [])
        numeric = _numeric_columns(table)
        kept = [r for r in form.rows if any(r)]
        _set(table, "dong", [_row(rows[i] if i < len(rows) else None, cells, numeric) for i, cells in enumerate(kept)])
        out.append(table)
    return out


def _column(column: Any, name: str) -> CommentedMap:
    kept: CommentedMap = column if isinstance(column, CommentedMap) else CommentedMap()
    _set(kept, "ten", name)
    return kept


def _numeric_columns(table: CommentedMap) -> set[int]:
    """The columns whose cells are numbers: a summed column (`cong`), or one holding a number already."""
    numeric = {i for i, c in enumerate(table.get("cot") or []) if isinstance(c, dict) and c.get("cong")}
    for row in table.get("dong") or []:
        cells = row.get("o") if isinstance(row, dict) else row
        numeric |= {i for i, c in enumerate(cells or []) if isinstance(c, int | float) and not isinstance(c, bool)}
    return numeric


def _row(row: Any, cells: tuple[str, ...], numeric: set[int]) -> Any:
    """A row of cells (a new row in flow style, `[a, b]`); a number column's text that reads as a number stays one."""
    values = CommentedSeq(_cell(text) if i in numeric else text for i, text in enumerate(cells))
    if isinstance(row, CommentedMap):
        _set(row, "o", values)
        return row
    if isinstance(row, CommentedSeq) and _same(row, values):
        return row
    values.fa.set_flow_style()
    return values


def _cell(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def field_problems(problems: list[Problem], path: Path) -> tuple[dict[str, list[str]], list[str]]:
    """The problems of a save by header field (shown under the field), and the others (shown on top)."""
    by_field: dict[str, list[str]] = {}
    others: list[str] = []
    for problem in problems:
        plain = dataclasses.replace(problem, file=None, line=None, field=None)
        top = (problem.field or "").split(".")[0]
        if top in HEADER_FIELDS and problem.file in (None, path):
            by_field.setdefault(top, []).append(str(plain))
        else:
            where = f"dòng {problem.line}: " if problem.line and problem.file in (None, path) else ""
            others.append(f"{where}{problem}" if problem.file not in (None, path) else f"{where}{plain}")
    return by_field, others
