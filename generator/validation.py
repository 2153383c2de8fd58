"""Validation of what users edit: pydantic errors → Vietnamese problems with file, line, field and fix.

Every error of a file is reported at once. Union fields (`text or mapping`) report only the branch
matching what was written, and a misspelt key is reported once, with a "did you mean", instead of
also as a missing field.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ContentError, Problem
from .schema import (
    AppendixIn,
    CellIn,
    ChildFile,
    ColumnIn,
    ContentFile,
    EditIn,
    IssuerFile,
    ItemIn,
    JointIssuerIn,
    ParentRef,
    RowIn,
    SectionIn,
    SignerIn,
    TableIn,
)
from .yamlfile import Location, YamlFile, dotted

Model = TypeVar("Model", bound=BaseModel)

_MESSAGES: dict[str, tuple[str, str | None]] = {
    "missing": ("Thiếu trường bắt buộc.", "Thêm trường này vào tệp."),
    "int_parsing": ("Phải là một số nguyên.", "Ví dụ: so: 9"),
    "int_type": ("Phải là một số nguyên.", "Ví dụ: so: 9"),
    "int_from_float": ("Phải là một số nguyên.", "Ví dụ: so: 9"),
    "greater_than_equal": ("Số phải từ 1 trở lên.", "Bỏ trường `so` nếu văn bản còn là dự thảo."),
    "string_type": (
        "Phải là một đoạn văn bản.",
        "Viết nội dung ngay sau dấu hai chấm của khóa, hoặc sau “- ” trong danh sách.",
    ),
    "string_too_short": ("Không được để trống.", "Điền nội dung hoặc xóa dòng này."),
    "string_pattern_mismatch": (
        "Mã không hợp lệ.",
        "Mã mục, bảng, dòng, phụ lục, văn bản: chữ thường không dấu, chữ số, dấu gạch nối (ví dụ muc-dich); dãy số: chữ viết tắt không dấu cách (ví dụ HĐTĐKT).",
    ),
    "list_type": ("Phải là một danh sách.", "Mỗi phần tử một dòng, bắt đầu bằng “- ”."),
    "nested_list": (
        "Dòng bắt đầu bằng “- - ”: một danh sách nằm trong danh sách.",
        "Bỏ dấu “-” thừa (vanban tự thêm gạch đầu dòng); ý con viết bằng `noi_dung` và `y`.",
    ),
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
_FIELD_MESSAGES = {  # (error kind, key): what the general message of that kind does not say for this key
    ("string_pattern_mismatch", "ky_hieu"): (
        "Ký hiệu cơ quan không hợp lệ: chỉ gồm chữ cái không dấu (trừ Đ), chữ số và dấu gạch nối (spec §5.1).",
        "Viết chữ viết tắt tên cơ quan không dấu cách, không dấu thanh, ví dụ: LĐLĐ, CĐVC, UBND.",
    ),
}
_RULES = {
    "title_or_lead": (
        "Mục cần có `tieu_de` (tiêu đề) hoặc `noi_dung` (câu sau số thứ tự).",
        "Thêm một trong hai trường.",
    ),
    "title_and_lead": ("Mục chỉ có một trong hai: `tieu_de` hoặc `noi_dung`.", "Chuyển câu văn sang `doan`."),
    "issuer_or_group": (
        "Cần đúng một trong hai trường: `co_quan` hoặc `co_quan_nhom`.",
        "Ghi mã cơ quan ở `co_quan`, hoặc tên nhóm ở `co_quan_nhom`.",
    ),
    "one_operation": (
        "Mỗi thao tác sửa ghi đúng một trong: thay, chen_truoc, chen_sau, xoa, them_vao (mục); thay_bang, "
        "xoa_bang, them_dong, thay_dong, xoa_dong (bảng); thay_phu_luc, xoa_phu_luc, them_phu_luc (phụ lục).",
        "Tách thành nhiều thao tác, mỗi thao tác một dòng “- ”.",
    ),
    "unused_key": (
        "Khóa `{0}` không dùng với thao tác `{1}`.",
        "Khóa đi cùng `{1}`: {2}. Bỏ khóa `{0}`, hoặc tách thành một thao tác riêng (mỗi thao tác một dòng “- ”).",
    ),
    "needs_sections": ("Thao tác thay / chèn cần các mục mới ở `muc`.", "Thêm `muc:` với các mục mới."),
    "replace_one": ("Thao tác `thay` thay một mục bằng đúng một mục.", "Dùng `chen_sau` để thêm các mục tiếp theo."),
    "needs_content": ("Thao tác `them_vao` cần `doan`, `y`, `muc` hoặc `bang`.", "Thêm nội dung cần bổ sung."),
    "replace_one_table": (
        "Thao tác `thay_bang` thay một bảng bằng đúng một bảng ở `bang`.",
        "Chép bảng của tệp cấp trên vào `bang:` rồi sửa; thêm bảng khác vào mục bằng `them_vao` với `bang`.",
    ),
    "needs_rows": (
        "Thao tác `them_dong` / `thay_dong` cần các dòng mới ở `dong`.",
        "Thêm `dong:`, mỗi dòng một ô cho mỗi cột, ví dụ: - [4, Hội thao, 17/5/2026].",
    ),
    "needs_row_numbers": (
        "Thao tác `thay_dong` / `xoa_dong` cần `dong_so`: các dòng được thay hoặc bỏ.",
        "Ghi số thứ tự dòng (đếm từ 1, không tính dòng tiêu đề) hoặc mã dòng, ví dụ: dong_so: [2, 5].",
    ),
    "rows_count": (
        "Thao tác `thay_dong` thay lần lượt mỗi dòng ở `dong_so` bằng một dòng ở `dong`: hai danh sách phải "
        "dài bằng nhau.",
        "Thêm dòng bằng `them_dong`, bỏ dòng bằng `xoa_dong`.",
    ),
    "replace_one_annex": (
        "Thao tác `thay_phu_luc` thay một phụ lục bằng đúng một phụ lục ở `phu_luc`.",
        "Thêm phụ lục khác bằng `them_phu_luc`.",
    ),
}


@cache
def _all_keys() -> tuple[str, ...]:
    models = (
        ContentFile,
        ChildFile,
        EditIn,
        ParentRef,
        IssuerFile,
        SectionIn,
        SignerIn,
        JointIssuerIn,
        ItemIn,
        AppendixIn,
        TableIn,
        RowIn,
        ColumnIn,
        CellIn,
    )
    return tuple(sorted({f.alias or name for m in models for name, f in m.model_fields.items()}))


def validate(source: YamlFile, model: type[Model]) -> Model:
    """Validate a YAML file against a model; every error becomes a Vietnamese Problem with its line."""
    if not isinstance(source.data, dict):
        raise ContentError(Problem("Tệp phải là một nhóm các khóa (khóa: giá trị).", file=source.path, line=1))
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        problems = _problems(source, exc, profile=model is IssuerFile)
        if not problems:  # never an empty error: that would skip a file silently
            first = exc.errors()[0]
            problems = [
                Problem(
                    f"Giá trị không hợp lệ ({first['msg']}).",
                    file=source.path,
                    line=source.line_of(_plain(first["loc"])),
                    field=dotted(_plain(first["loc"])),
                )
            ]
        raise ContentError(problems) from exc


def _problems(source: YamlFile, exc: ValidationError, profile: bool) -> list[Problem]:
    problems: list[Problem] = []
    sentences = list(_colon_sentences(source.data, ()))
    problems += [_colon_problem(source, location, key) for location, key in sentences]
    errors = [
        e
        for e in _pick_union_branches(source.data, [dict(error) for error in exc.errors()])
        if not any(_plain(e["loc"])[: len(at)] == at for at, _ in sentences)
    ]
    seen: set[tuple[Location, str]] = _misspelt_required_keys(errors)
    for error in errors:
        location = _plain(error["loc"])
        kind = error["type"]
        key = (location, kind)
        if key in seen:
            continue
        seen.add(key)
        message, hint = _FIELD_MESSAGES.get((kind, str(location[-1]) if location else "")) or _MESSAGES.get(
            kind, (f"Giá trị không hợp lệ ({error['msg']}).", None)
        )
        if kind == "extra_forbidden":
            message, hint = _unknown_key(str(location[-1]), profile)
        elif kind == "value_error":
            message, hint = _rule(str(error.get("ctx", {}).get("error", "")))
        problems.append(
            Problem(message, file=source.path, line=source.line_of(location), field=dotted(location) or None, hint=hint)
        )
    return sorted(problems, key=lambda p: p.line or 0)


def _unknown_key(name: str, profile: bool) -> tuple[str, str]:
    """A key the model has not here: a misspelling ("did you mean"), or a key of another place."""
    schema = "Chạy `vanban schema" + (" --ho-so" if profile else "") + "` để xem các khóa hợp lệ."
    if name in _all_keys():
        ids = "Mã của mục, bảng, dòng, phụ lục ghi bằng `id`; `ma` là mã của văn bản. " if name == "ma" else ""
        return f"Khóa `{name}` không dùng ở chỗ này.", ids + schema
    close = difflib.get_close_matches(name, _all_keys(), n=1, cutoff=0.6)
    return f"Khóa `{name}` không có trong định dạng tệp.", (f"Có phải là `{close[0]}`? " if close else "") + schema


def _rule(text: str) -> tuple[str, str | None]:
    """The message of a model rule: `name`, or `name:arg:arg…` whose args fill the {0}, {1}… of its text."""
    name, *args = text.split(":")
    if name not in _RULES:
        return f"Giá trị không hợp lệ ({text}).", None
    message, hint = _RULES[name]
    if not args:
        return message, hint
    return message.format(*args), hint.format(*args) if hint else None


def _colon_sentences(data: Any, location: Location) -> Iterator[tuple[Location, str]]:
    """Where a sentence with `: ` in it became a one-key mapping (`- Thời gian: từ ngày …`)."""
    if isinstance(data, dict):
        if location and len(data) == 1:
            key = str(next(iter(data)))
            if key not in _all_keys() and not re.fullmatch(r"[a-z_]+", key):  # `xoaa` is a misspelt key, not a sentence
                yield location, key
                return
        for key, value in data.items():
            yield from _colon_sentences(value, (*location, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _colon_sentences(value, (*location, index))


def _colon_problem(source: YamlFile, location: Location, key: str) -> Problem:
    return Problem(
        f"Câu “{key}: …” có dấu hai chấm nên YAML hiểu nhầm phần trước dấu hai chấm là tên khóa.",
        file=source.path,
        line=source.line_of(location),
        field=dotted(location) or None,
        hint=f'Đặt cả câu trong ngoặc kép: - "{key}: …"',
    )


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


_SCALAR_TAGS = ("int", "float", "bool", "none")


def _is_branch_tag(part: str | int) -> bool:
    """pydantic names the branch of a union in the error location: `str`, `constrained-str`, `int`, `ItemIn`,
    `list[…]`."""
    return isinstance(part, str) and (part.endswith("str") or part in _SCALAR_TAGS or part[:1].isupper() or "[" in part)


def _plain(loc: tuple[Any, ...]) -> Location:
    """Drop pydantic's union branch tags from an error location."""
    return tuple(p for p in loc if not _is_branch_tag(p))


def _pick_union_branches(data: Any, errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For `text or mapping` fields, keep only the errors of the branches that match what was written;
    where no branch matches (a list where text was expected), keep the text branch's plain explanation."""

    def fits(error: dict[str, Any]) -> bool:
        loc = error["loc"]
        return all(
            _branch_fits(loc[i], _value_at(data, _plain(loc[:i]))) for i, p in enumerate(loc) if _is_branch_tag(p)
        )

    kept = [error for error in errors if fits(error)]
    covered = {_plain(error["loc"]) for error in kept}
    for error in sorted(errors, key=lambda e: -len(_plain(e["loc"]))):  # the deepest mistake first
        loc = error["loc"]
        at = _plain(loc[:-1])
        if _is_branch_tag(loc[-1]) and loc[-1].endswith("str") and not any(c[: len(at)] == at for c in covered):
            kept.append({**error, "type": "nested_list"} if isinstance(_value_at(data, at), list) else error)
            covered.add(at)
    return kept


def _branch_fits(tag: str, value: Any) -> bool:
    if tag.startswith("list"):
        return isinstance(value, list)
    if tag in ("int", "float"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tag in ("bool", "none"):
        return isinstance(value, bool) if tag == "bool" else value is None
    if tag.endswith("str"):
        return isinstance(value, str) or not isinstance(value, (list, dict))
    return isinstance(value, dict)


def _value_at(data: Any, location: Location) -> Any:
    for part in location:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


# --- document types --------------------------------------------------------------------------
