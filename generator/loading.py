"""Content files and issuer profiles → typed `Document` and `Issuer`, every problem reported at once."""

from __future__ import annotations

import difflib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .document import Appendix, Document, DocumentType, Issuer, Item, Section, Signer
from .errors import ContentError, Problem
from .numbering import DEFAULT_PRESET, LEVEL_KINDS, PRESETS
from .schema import AppendixIn, ChildFile, ContentFile, EditIn, IssuerFile, ItemIn, ParentRef, SectionIn, SignerIn
from .yamlfile import Location, YamlFile, dotted, read_yaml

Model = TypeVar("Model", bound=BaseModel)

ISSUER_FOLDER = "co-quan"

_MESSAGES: dict[str, tuple[str, str | None]] = {
    "missing": ("Thiếu trường bắt buộc.", "Thêm trường này vào tệp."),
    "int_parsing": ("Phải là một số nguyên.", "Ví dụ: so: 9"),
    "int_type": ("Phải là một số nguyên.", "Ví dụ: so: 9"),
    "int_from_float": ("Phải là một số nguyên.", "Ví dụ: so: 9"),
    "greater_than_equal": ("Số phải từ 1 trở lên.", "Bỏ trường `so` nếu văn bản còn là dự thảo."),
    "string_type": ("Phải là một đoạn văn bản.", "Viết nội dung sau dấu hai chấm, ví dụ: tieu_de: Mục đích."),
    "string_too_short": ("Không được để trống.", "Điền nội dung hoặc xóa dòng này."),
    "string_pattern_mismatch": (
        "Mã không hợp lệ.",
        "Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ: muc-dich.",
    ),
    "list_type": ("Phải là một danh sách.", "Mỗi phần tử một dòng, bắt đầu bằng “- ”."),
    "too_short": ("Danh sách không được rỗng.", "Thêm ít nhất một phần tử."),
    "model_type": ("Phải là một nhóm các khóa.", "Viết các khóa con thụt vào hai dấu cách ở các dòng dưới."),
    "dict_type": ("Phải là một nhóm các khóa.", "Viết các khóa con thụt vào hai dấu cách ở các dòng dưới."),
    "bool_type": ("Phải là true hoặc false.", None),
    "bool_parsing": ("Phải là true hoặc false.", None),
    "date_type": ("Ngày không hợp lệ.", "Ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ: 2017-11-07."),
    "date_parsing": ("Ngày không hợp lệ.", "Ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ: 2017-11-07."),
    "date_from_datetime_parsing": (
        "Ngày không hợp lệ hoặc không có thật.",
        "Ghi theo dạng NĂM-THÁNG-NGÀY và kiểm tra ngày có trong tháng, ví dụ: 2017-11-07.",
    ),
    "date_from_datetime_inexact": ("Chỉ ghi ngày, không ghi giờ.", "Ví dụ: 2017-11-07."),
}
_RULES = {
    "title_or_lead": ("Mục cần có `tieu_de` (tiêu đề) hoặc `noi_dung` (câu sau số thứ tự).", "Thêm một trong hai trường."),
    "title_and_lead": ("Mục chỉ có một trong hai: `tieu_de` hoặc `noi_dung`.", "Chuyển câu văn sang `doan`."),
    "issuer_or_group": ("Cần đúng một trong hai trường: `co_quan` hoặc `co_quan_nhom`.", "Ghi mã cơ quan ở `co_quan`, hoặc tên nhóm ở `co_quan_nhom`."),
    "one_operation": ("Mỗi thao tác sửa mục ghi đúng một trong: thay, chen_truoc, chen_sau, xoa, them_vao.", "Tách thành nhiều thao tác, mỗi thao tác một dòng “- ”."),
    "needs_sections": ("Thao tác thay / chèn cần các mục mới ở `muc`.", "Thêm `muc:` với các mục mới."),
    "replace_one": ("Thao tác `thay` thay một mục bằng đúng một mục.", "Dùng `chen_sau` để thêm các mục tiếp theo."),
    "needs_content": ("Thao tác `them_vao` cần `doan`, `y` hoặc `muc`.", "Thêm nội dung cần bổ sung."),
}


@cache
def _all_keys() -> tuple[str, ...]:
    models = (ContentFile, ChildFile, EditIn, ParentRef, IssuerFile, SectionIn, SignerIn, ItemIn, AppendixIn)
    return tuple(sorted({f.alias or name for m in models for name, f in m.model_fields.items()}))


def validate(source: YamlFile, model: type[Model]) -> Model:
    """Validate a YAML file against a model; every error becomes a Vietnamese Problem with its line."""
    if not isinstance(source.data, dict):
        raise ContentError(Problem("Tệp phải là một nhóm các khóa (khoa: giá trị).", file=source.path, line=1))
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        raise ContentError(_problems(source, exc)) from exc


def _problems(source: YamlFile, exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    errors = _pick_union_branches(source.data, exc.errors())
    seen: set[tuple[Location, str]] = _misspelt_required_keys(errors)
    for error in errors:
        location = _plain(error["loc"])
        kind = error["type"]
        key = (location, kind)
        if key in seen:
            continue
        seen.add(key)
        message, hint = _MESSAGES.get(kind, (f"Giá trị không hợp lệ ({error['msg']}).", None))
        if kind == "extra_forbidden":
            name = str(location[-1])
            close = difflib.get_close_matches(name, _all_keys(), n=1, cutoff=0.6)
            message = f"Khóa `{name}` không có trong định dạng tệp."
            hint = f"Có phải là `{close[0]}`? " if close else ""
            hint += "Chạy `vanban schema` để xem các khóa hợp lệ."
        elif kind == "value_error":
            rule = str(error.get("ctx", {}).get("error", ""))
            message, hint = _RULES.get(rule, (f"Giá trị không hợp lệ ({rule}).", None))
        problems.append(
            Problem(message, file=source.path, line=source.line_of(location), field=dotted(location) or None, hint=hint)
        )
    return sorted(problems, key=lambda p: p.line or 0)


def _misspelt_required_keys(errors: list[dict[str, Any]]) -> set[tuple[Location, str]]:
    """A missing key that an unknown key beside it is a misspelling of: report only the misspelling."""
    unknown = [_plain(e["loc"]) for e in errors if e["type"] == "extra_forbidden"]
    covered = set()
    for error in errors:
        location = _plain(error["loc"])
        if error["type"] == "missing":
            siblings = [str(u[-1]) for u in unknown if u[:-1] == location[:-1]]
            if difflib.get_close_matches(str(location[-1]), siblings, n=1, cutoff=0.6):
                covered.add((location, "missing"))
    return covered


def _is_branch_tag(part: str | int) -> bool:
    """pydantic names the branch of a union in the error location: `str`, `constrained-str`, `ItemIn`, `list[…]`."""
    return isinstance(part, str) and (part.endswith("str") or part[:1].isupper() or "[" in part)


def _plain(loc: tuple[Any, ...]) -> Location:
    """Drop pydantic's union branch tags from an error location."""
    return tuple(p for p in loc if not _is_branch_tag(p))


def _pick_union_branches(data: Any, errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For `text or mapping` fields, keep only the errors of the branch that matches the value given."""
    kept = []
    for error in errors:
        loc = error["loc"]
        tags = [i for i, p in enumerate(loc) if _is_branch_tag(p)]
        if not tags:
            kept.append(error)
            continue
        value = _value_at(data, _plain(loc[: tags[-1]]))
        tag = loc[tags[-1]]
        wants_list = tag.startswith("list")
        wants_text = tag.endswith("str") and not wants_list
        if (isinstance(value, str) and wants_text) or (isinstance(value, list) and wants_list) or (
            isinstance(value, dict) and not wants_text and not wants_list
        ) or not isinstance(value, (str, list, dict)) and wants_text:
            kept.append(error)
    return kept


def _value_at(data: Any, location: Location) -> Any:
    for part in location:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


# --- document types --------------------------------------------------------------------------


@cache
def document_types() -> dict[str, DocumentType]:
    """The table of document types (ND30 Phụ lục III), read from generator/data/loai-van-ban.yaml."""
    text = resources.files("generator").joinpath("data/loai-van-ban.yaml").read_text(encoding="utf-8")
    table = yaml.safe_load(text)
    return {
        key: DocumentType(key=key, name=row["ten"], abbreviation=row["viet_tat"], numbering=tuple(row["danh_so"]))
        for key, row in table.items()
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
        sections=tuple(_section(s, source, location + ("muc", i)) for i, s in enumerate(value.sections)),
        id=value.id,
        line=source.line_of(location),
    )


def signer(value: SignerIn, source: YamlFile) -> Signer:
    """The inner Signer of a validated `nguoi_ky` block."""
    return Signer(
        title=value.title,
        name=value.name,
        authority=value.authority,
        signs_for=value.signs_for,
        signed_mark=value.signed_mark,
        source=source.path,
        line=source.line_of(("nguoi_ky",)),
    )


def issuer_ids(source: YamlFile, issuer: str | list[str] | None, group: str | None, issuers: dict[str, Issuer]) -> list[str]:
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
                    hint=(f"Có phải là `{close[0]}`? " if close else "") + f"Tạo tệp content/{ISSUER_FOLDER}/{name}.yaml hoặc sửa mã cơ quan.",
                )
            )
    if problems:
        raise ContentError(problems)
    return wanted


def reference_problems(source: YamlFile, kind: str | None, numbering: str | list[str] | None, summary: str | None = None) -> list[Problem]:
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
                f"Thể loại `{kind}` không có trong bảng thể loại văn bản.",
                file=source.path,
                line=source.line_of(("loai",)),
                field="loai",
                hint="Dùng một trong: " + ", ".join(kinds) + ".",
            )
        )
    levels = numbering_levels(numbering, None)
    for position, level in enumerate(levels):
        if level not in LEVEL_KINDS and not (len(levels) == 1 and (level in PRESETS or level == DEFAULT_PRESET)):
            problems.append(
                Problem(
                    f"Kiểu đánh số `{level}` không có.",
                    file=source.path,
                    line=source.line_of(("danh_so", position) if isinstance(numbering, list) else ("danh_so",)),
                    field="danh_so",
                    hint="Dùng một bộ (" + ", ".join((DEFAULT_PRESET, *PRESETS)) + ") hoặc các kiểu: " + ", ".join(LEVEL_KINDS) + ".",
                )
            )
    return problems


def sections(values: list[SectionIn], source: YamlFile, location: Location) -> tuple[Section, ...]:
    """Validated sections → inner Sections carrying their line numbers."""
    return tuple(_section(s, source, location + (i,)) for i, s in enumerate(values))


def items(values: list[str | ItemIn]) -> tuple[Item, ...]:
    return tuple(_item(v) for v in values)


def appendices(values: list[AppendixIn], source: YamlFile) -> tuple[Appendix, ...]:
    return tuple(
        Appendix(
            title=a.title,
            paragraphs=tuple(a.paragraphs),
            items=items(a.items),
            sections=sections(a.sections, source, ("phu_luc", i, "muc")),
        )
        for i, a in enumerate(values)
    )


def document_from(source: YamlFile, content: ContentFile, issuer_id: str, batch: bool) -> Document:
    """The inner Document of a complete content file, for one issuer."""
    kind = document_types()[content.kind]
    return Document(
        source=source.path,
        kind=kind,
        issuer_id=issuer_id,
        date=content.date,
        summary=content.summary,
        sections=sections(content.sections, source, ("muc",)),
        number=content.number,
        opening=tuple(content.opening or ()),
        numbering=numbering_levels(content.numbering, kind),
        closing=content.closing,
        signer=signer(content.signer, source) if content.signer else None,
        recipients=tuple(content.recipients) if content.recipients is not None else None,
        archive=tuple(content.archive) if content.archive is not None else None,
        appendices=appendices(content.appendices or [], source),
        id=content.id or source.path.stem,
        inputs=(source.path,),
        batch=batch,
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
