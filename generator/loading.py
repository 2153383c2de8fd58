"""Content files and issuer profiles → typed `Document` and `Issuer`, every problem reported at once."""

from __future__ import annotations

import datetime as dt
import difflib
from functools import cache
from pathlib import Path
from typing import Any

from .doctypes import type_rows
from .document import Appendix, Document, DocumentType, Issuer, Item, JointIssuer, Section, Signer, Table
from .errors import ContentError, Problem
from .formatting import typed_marker
from .numbering import DEFAULT_PRESET, LEVEL_KINDS, PRESETS, distinct_neighbours
from .project import ISSUER_FOLDER
from .schema import (
    AppendixIn,
    ContentFile,
    DocumentFields,
    IssuerFile,
    ItemIn,
    JointIssuerIn,
    SectionIn,
    SignerIn,
    TableIn,
)
from .tables import table_from
from .validation import validate
from .yamlfile import Location, YamlFile, dotted, find_text, read_yaml


@cache
def document_types() -> dict[str, DocumentType]:
    """The document types vanban writes (those of the ND30 table with a `danh_so`, doctypes.type_rows)."""
    return {
        key: DocumentType(key=key, name=row["ten"], abbreviation=row["viet_tat"], numbering=tuple(row["danh_so"]))
        for key, row in type_rows().items()
        if row.get("danh_so")
    }


# --- conversion to the inner model -------------------------------------------------------------


def _item(value: str | ItemIn) -> Item:
    if isinstance(value, str):
        return Item(value)
    return Item(value.text, tuple(_item(v) for v in value.items))


def _section(value: SectionIn, source: YamlFile, location: Location) -> Section:
    return Section(
        title=value.title,
        lead=value.lead,
        paragraphs=tuple(value.paragraphs),
        items=tuple(_item(v) for v in value.items),
        sections=tuple(_section(s, source, (*location, "muc", i)) for i, s in enumerate(value.sections)),
        id=value.id,
        line=source.line_of(location),
        tables=tables(value.tables, source, (*location, "bang")),
    )


def tables(values: list[TableIn], source: YamlFile, location: Location) -> tuple[Table, ...]:
    """The tables of a `bang:` list at `location`."""
    return tuple(table_from(t, source, (*location, i)) for i, t in enumerate(values))


def signer(value: SignerIn, source: YamlFile, location: Location = ("nguoi_ky",)) -> Signer:
    """The inner Signer of a validated `nguoi_ky` block (at `location` in its file)."""
    return Signer(
        title=value.title,
        name=value.name,
        authority=value.authority,
        signs_for=value.signs_for,
        signed_mark=value.signed_mark,
        source=source.path,
        line=source.line_of(location),
    )


def joint_issuer(value: JointIssuerIn, source: YamlFile) -> JointIssuer:
    """The other body of a văn bản liên tịch, from a validated `lien_tich` block."""
    names = [value.name_lines] if isinstance(value.name_lines, str) else value.name_lines
    return JointIssuer(tuple(names), signer(value.signer, source, ("lien_tich", "nguoi_ky")))


def issuer_ids(
    source: YamlFile, issuer: str | list[str] | None, group: str | None, issuers: dict[str, Issuer]
) -> list[str]:
    """The issuers a file is built for: `co_quan` (one id or a list) or every profile of `co_quan_nhom`."""
    if group is not None:
        members = [i.id for i in issuers.values() if group in i.groups]
        if not members:
            known = sorted({g for i in issuers.values() for g in i.groups})
            raise ContentError(
                Problem(
                    f"Không có hồ sơ cơ quan nào thuộc nhóm `{group}`.",
                    file=source.path,
                    line=source.line_of(("co_quan_nhom",)),
                    field="co_quan_nhom",
                    hint="Các nhóm có: " + (", ".join(known) or "(chưa có)") + ". Nhóm ghi ở trường `nhom` của hồ sơ.",
                )
            )
        return sorted(members)
    wanted = [issuer] if isinstance(issuer, str) else list(issuer or [])
    problems = []
    for position, name in enumerate(wanted):
        if name not in issuers:
            close = difflib.get_close_matches(name, sorted(issuers), n=1)
            problems.append(
                Problem(
                    f"Không có hồ sơ cơ quan `{name}` trong content/{ISSUER_FOLDER}/.",
                    file=source.path,
                    line=source.line_of(("co_quan", position) if isinstance(issuer, list) else ("co_quan",)),
                    field="co_quan",
                    hint=(f"Có phải là `{close[0]}`? " if close else "")
                    + f"Tạo tệp content/{ISSUER_FOLDER}/{name}.yaml hoặc sửa mã cơ quan.",
                )
            )
    if problems:
        raise ContentError(problems)
    return wanted


def reference_problems(
    source: YamlFile, kind: str | None, numbering: str | list[str] | None, summary: str | None = None
) -> list[Problem]:
    """Names that must exist elsewhere (the type, the numbering kinds), and a trích yếu in sentence case."""
    problems = []
    if summary is not None and summary.upper() == summary and any(c.isalpha() for c in summary):
        problems.append(
            Problem(
                "Trích yếu viết in hoa toàn bộ (spec §3 ô 5a, §13.3).",
                file=source.path,
                line=source.line_of(("trich_yeu",)),
                field="trich_yeu",
                hint="Viết theo kiểu câu: chỉ hoa chữ cái đầu và tên riêng; vanban tự in đậm, căn giữa.",
            )
        )
    kinds = document_types()
    if kind is not None and kind not in kinds:
        problems.append(
            Problem(
                f"Thể loại `{kind}` ({type_rows()[kind]['ten']}) không soạn được bằng vanban."
                if kind in type_rows()
                else f"Thể loại `{kind}` không có trong bảng thể loại văn bản.",
                file=source.path,
                line=source.line_of(("loai",)),
                field="loai",
                hint="Dùng một trong: " + ", ".join(kinds) + ".",
            )
        )
    return problems + numbering_problems(source, numbering, ("danh_so",))


def numbering_problems(source: YamlFile, numbering: str | list[str] | None, location: Location) -> list[Problem]:
    """A `danh_so` at `location` (the document's, or an appendix's own) names kinds that exist."""
    problems = []
    levels = numbering_levels(numbering, None)
    for position, level in enumerate(levels):
        if level not in LEVEL_KINDS and not (len(levels) == 1 and (level in PRESETS or level == DEFAULT_PRESET)):
            at = (*location, position) if isinstance(numbering, list) else location
            problems.append(
                Problem(
                    f"Kiểu đánh số `{level}` không có.",
                    file=source.path,
                    line=source.line_of(at),
                    field=dotted(at),
                    hint="Dùng một bộ ("
                    + ", ".join((DEFAULT_PRESET, *PRESETS))
                    + ") hoặc các kiểu: "
                    + ", ".join(LEVEL_KINDS)
                    + ".",
                )
            )
    problems += [
        Problem(
            f"Cấp {i} và cấp {i + 1} của `danh_so` cùng kiểu `{levels[i]}`: hai cấp in ra giống nhau, "
            "người đọc và vanban check không phân biệt được (quy tắc §6.2).",
            file=source.path,
            line=source.line_of((*location, i) if isinstance(numbering, list) else location),
            field=dotted((*location, i) if isinstance(numbering, list) else location),
            hint="Đổi kiểu một trong hai cấp, ví dụ `chu-cham` (a.) dưới `chu-ngoac` (a)), hoặc ghi cấp dưới thành ý "
            "gạch đầu dòng (`y`).",
        )
        for i in range(1, len(levels))
        if levels[i] == levels[i - 1]
        and levels[i] in LEVEL_KINDS
        and not distinct_neighbours(levels[: i + 1], i, levels[i])
    ]
    return problems


def sections(values: list[SectionIn], source: YamlFile, location: Location) -> tuple[Section, ...]:
    """Validated sections → inner Sections carrying their line numbers; typed numbers are an error."""
    converted = tuple(_section(s, source, (*location, i)) for i, s in enumerate(values))
    problems = _typed_marker_problems(converted, source.path)
    if problems:
        raise ContentError(problems)
    return converted


def _typed_marker_problems(values: tuple[Section, ...], path: Path) -> list[Problem]:
    """`tieu_de: I. Mục đích` would print `I. I. MỤC ĐÍCH`: numbers and bullets are vanban's to add (spec §6)."""
    problems = []
    for section in values:
        for field, text in (
            ("tieu_de", section.title),
            ("noi_dung", section.lead),
            *(("y", i.text) for i in section.items),
        ):
            marker = typed_marker(text) if text else None
            if text and marker:
                found = find_text(text, [path]) if field == "y" else None
                problems.append(
                    Problem(
                        f"Không gõ số thứ tự hay gạch đầu dòng `{marker}` ở đầu “{text[:40]}”: vanban tự đánh số.",
                        file=path,
                        line=found[1] if found else section.line,
                        field=field,
                        hint=f"Xóa `{marker}` ở đầu dòng; đổi kiểu số bằng `danh_so` nếu cần.",
                    )
                )
        problems += _typed_marker_problems(section.sections, path)
    return problems


def items(values: list[str | ItemIn]) -> tuple[Item, ...]:
    return tuple(_item(v) for v in values)


def appendices(values: list[AppendixIn], source: YamlFile, location: Location = ("phu_luc",)) -> tuple[Appendix, ...]:
    """The annexes of a `phu_luc:` list at `location` (a child's edit adds them from `sua_muc`)."""
    return tuple(_appendix(a, source, (*location, i)) for i, a in enumerate(values))


def _appendix(value: AppendixIn, source: YamlFile, location: Location) -> Appendix:
    if problems := numbering_problems(source, value.numbering, (*location, "danh_so")):
        raise ContentError(problems)
    return Appendix(
        title=value.title,
        paragraphs=tuple(value.paragraphs),
        items=items(value.items),
        sections=sections(value.sections, source, (*location, "muc")),
        tables=tables(value.tables, source, (*location, "bang")),
        numbering=numbering_levels(value.numbering, None),
        id=value.id,
        source=source.path,
        line=source.line_of(location),
    )


def written_fields(fields: DocumentFields, source: YamlFile) -> dict[str, Any]:
    """The Document fields a content file (complete or child) writes itself, converted — the one
    converter from a content file to a Document; what the file leaves out, the caller defaults or
    inherits. Sections are left to the caller (a child edits its parent's)."""
    written: dict[str, Any] = {
        "number": fields.number,
        "summary": fields.summary,
        "sequence": fields.sequence,
        "regime": fields.regime,
        "id": fields.id,
        "closing": fields.closing,
        "opening": tuple(fields.opening) if fields.opening is not None else None,
        "signer": signer(fields.signer, source) if fields.signer else None,
        "joint": joint_issuer(fields.joint, source) if fields.joint else None,
        "recipients": tuple(fields.recipients) if fields.recipients is not None else None,
        "archive": tuple(fields.archive) if fields.archive is not None else None,
        "appendices": appendices(fields.appendices, source) if fields.appendices is not None else None,
    }
    if fields.date is not None:
        written |= {"date": fields.date, "date_written": True}
    return {key: value for key, value in written.items() if value is not None}


def document_from(source: YamlFile, content: ContentFile, issuer_id: str, batch: bool, default_id: str) -> Document:
    """The inner Document of a complete content file, for one issuer (`default_id` when it has no `ma`)."""
    kind = document_types()[content.kind]
    defaults: dict[str, Any] = {"date": dt.date.today(), "date_written": False, "id": default_id}
    return Document(
        source=source.path,
        kind=kind,
        issuer_id=issuer_id,
        sections=sections(content.sections, source, ("muc",)),
        numbering=numbering_levels(content.numbering, kind),
        inputs=(source.path,),
        batch=batch,
        amends=(source.path.parent / content.amends).resolve() if content.amends else None,
        **(defaults | written_fields(content, source)),
    )


def numbering_levels(value: str | list[str] | None, kind: DocumentType | None) -> tuple[str, ...]:
    """`danh_so` as a tuple of level kinds or one preset name; the type's default when absent."""
    if value is None:
        return kind.numbering if kind else ()
    return (value,) if isinstance(value, str) else tuple(value)


def load_issuer(path: Path) -> Issuer:
    """Read, validate and convert one issuer profile (content/co-quan/<ma>.yaml)."""
    source = read_yaml(path)
    value = validate(source, IssuerFile)
    names = [value.name_lines] if isinstance(value.name_lines, str) else value.name_lines
    return Issuer(
        id=path.stem,
        name_lines=tuple(names),
        code=value.code,
        place=value.place,
        signer=signer(value.signer, source),
        parent_lines=tuple(value.parent_lines),
        name_in_text=value.name_in_text,
        collective=value.collective,
        recipients=tuple(value.recipients),
        archive=tuple(value.archive),
        groups=tuple(value.groups),
        source=path,
        trial=value.trial,
    )


def load_issuers(content_root: Path) -> dict[str, Issuer]:
    """Every profile under content/co-quan/, keyed by id; all problems of all profiles at once."""
    issuers: dict[str, Issuer] = {}
    problems: list[Problem] = []
    for path in sorted((content_root / ISSUER_FOLDER).rglob("*.yaml")):
        try:
            issuers[path.stem] = load_issuer(path)
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ContentError(problems)
    return issuers
