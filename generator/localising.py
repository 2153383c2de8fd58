"""Localisation variables in content text: `{{ co_quan.ten_goi }}`, `{{ dia_danh }}`, `{{ cap_tren }}` …

A national text is written once and each body's copy fills in its own names. The text comes from
files other bodies wrote, so it is rendered in Jinja's immutable sandbox with undefined variables as
errors: no attribute tricks, no file access, never a silent blank.

Variables: co_quan (ten, ten_goi, ky_hieu, dia_danh, tap_the), dia_danh, cap_tren (the body whose
document is inherited, or the chủ quản line), ngay (the issue date), nam, can_cu (the first citation
of the inherited document); muc("mã") and dieu("mã") cite a section of the document by its id
(referencing.py: `khoản 2 Điều 5`). Filters: ngay_viet (date → `ngày 07 tháng 11 năm 2017`), cong_ngay(n)
(date plus n days), so (Vietnamese number, 4.609), thu (weekday, Thứ Ba).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import re
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .document import Appendix, Document, Issuer, Item, Section, Table
from .errors import ContentError, Problem
from .formatting import cited, date_phrase, vietnamese_number, weekday
from .referencing import Reference, ReferenceProblem, citing_functions, uncalled
from .yamlfile import find_text

_MARKERS = ("{{", "{%", "{#")


def _environment() -> ImmutableSandboxedEnvironment:
    environment = ImmutableSandboxedEnvironment(
        undefined=jinja2.StrictUndefined, autoescape=False, loader=jinja2.DictLoader({}), finalize=uncalled
    )  # include/import find nothing; `{{ muc }}` without its id is an error, not a printed function
    environment.filters.update(
        ngay_viet=date_phrase,
        cong_ngay=lambda date, days: date + dt.timedelta(days=int(days)),
        so=vietnamese_number,
        thu=weekday,
    )
    return environment


_ENVIRONMENT = _environment()


@functools.lru_cache(maxsize=4096)
def _compiled(text: str) -> jinja2.Template:
    """Each distinct text is compiled once per build, however many bodies re-issue it."""
    return _ENVIRONMENT.from_string(text)


def variables(document: Document, issuer: Issuer, upper_name: str | None) -> dict[str, Any]:
    """The names a content text may use for `document` issued by `issuer`."""
    parent = document.parent
    values: dict[str, Any] = {
        "co_quan": {
            "ten": " ".join(issuer.name_lines),
            "ten_goi": issuer.name_in_text or " ".join(issuer.name_lines),
            "ky_hieu": issuer.code,
            "dia_danh": issuer.place,
            "tap_the": issuer.collective or "",
        },
        "dia_danh": issuer.place,
        "cap_tren": upper_name or " ".join(issuer.parent_lines),
        "ngay": document.date,
        "nam": document.date.year,
    }
    if parent is not None:
        values["can_cu"] = cited(parent)
    return values


def localise(
    document: Document,
    issuer: Issuer,
    upper_name: str | None = None,
    references: Mapping[str, Reference] | None = None,
) -> Document:
    """Every text of `document` with its variables filled in for `issuer` and its references to other
    sections (`references`, from the document's numbering) printed; errors name the text."""
    values = {**variables(document, issuer, upper_name), **citing_functions(references or {})}
    problems: list[Problem] = []

    def text(value: str, field: str) -> str:
        if not any(marker in value for marker in _MARKERS):
            return value
        try:
            return _compiled(value).render(values)
        except SecurityError:
            message, hint = (
                "Biểu thức bị chặn vì lý do an toàn.",
                "Chỉ dùng các biến và bộ lọc trong hướng dẫn: " + _names(values) + ".",
            )
        except ReferenceProblem as exc:
            message, hint = exc.message, exc.hint
        except jinja2.TemplateNotFound:
            message, hint = (
                "Nội dung không được chèn tệp khác ({% include %}, {% import %}).",
                "Viết thẳng nội dung vào tệp này.",
            )
        except jinja2.TemplateError as exc:
            message, hint = explain(str(exc.message), values)
        excerpt = value if len(value) <= 60 else value[:57] + "…"
        file, line = find_text(value, document.inputs) or (document.source, None)
        problems.append(
            Problem(
                f"{message} Trong đoạn: “{excerpt}” (văn bản của {document.issuer_id}).",
                file=file,
                line=line,
                field=field,
                hint=hint,
            )
        )
        return value

    def item(value: Item) -> Item:
        return Item(text(value.text, "y"), tuple(item(i) for i in value.items))

    def table(value: Table) -> Table:
        return dataclasses.replace(
            value,
            title=text(value.title, "bang.tieu_de") if value.title else None,
            columns=tuple(dataclasses.replace(c, title=text(c.title, "bang.cot")) for c in value.columns),
            rows=tuple(
                tuple(dataclasses.replace(c, text=text(c.text, "bang.dong")) for c in row) for row in value.rows
            ),
            total_label=text(value.total_label, "bang.dong_tong"),
        )

    def section(value: Section) -> Section:
        return dataclasses.replace(
            value,
            title=text(value.title, "tieu_de") if value.title else None,
            lead=text(value.lead, "noi_dung") if value.lead else None,
            paragraphs=tuple(text(p, "doan") for p in value.paragraphs),
            items=tuple(item(i) for i in value.items),
            sections=tuple(section(s) for s in value.sections),
            tables=tuple(table(t) for t in value.tables),
        )

    def appendix(value: Appendix) -> Appendix:
        return dataclasses.replace(
            value,
            title=text(value.title, "phu_luc"),
            paragraphs=tuple(text(p, "phu_luc") for p in value.paragraphs),
            items=tuple(item(i) for i in value.items),
            sections=tuple(section(s) for s in value.sections),
            tables=tuple(table(t) for t in value.tables),
        )

    localised = dataclasses.replace(
        document,
        summary=text(document.summary, "trich_yeu"),
        opening=tuple(text(p, "mo_dau") for p in document.opening),
        sections=tuple(section(s) for s in document.sections),
        closing=text(document.closing, "ket_thuc") if document.closing else None,
        appendices=tuple(appendix(a) for a in document.appendices),
    )
    if problems:
        raise ContentError(problems)
    return localised


def _names(values: dict[str, Any]) -> str:
    """`can_cu, cap_tren, co_quan.ten, …; bộ lọc: cong_ngay, …`: what a content text may use."""
    names = [f'{k}("mã")' if callable(v) else k for k, v in values.items() if not isinstance(v, dict)]
    names += [f"co_quan.{k}" for k in values["co_quan"]]
    return ", ".join(sorted(names)) + "; bộ lọc: " + ", ".join(sorted(_FILTERS))


_FILTERS = frozenset({"ngay_viet", "cong_ngay", "so", "thu"})


def explain(reason: str, values: dict[str, Any]) -> tuple[str, str]:
    """A Jinja error about a content text, in Vietnamese, with a "did you mean" from the real names."""
    if match := re.search(r"'(\w+)' is undefined", reason):
        name, known = match[1], [k for k in values if k != "co_quan"] + ["co_quan"]
    elif match := re.search(r"has no attribute '(\w+)'", reason):
        name, known = match[1], list(values["co_quan"])
    elif match := re.search(r"No filter named '(\w+)'", reason):
        close = difflib.get_close_matches(match[1], sorted(_FILTERS), n=1)
        guess = f"Có phải là `{close[0]}`? " if close else ""
        return f"Không có bộ lọc `{match[1]}`.", guess + "Các bộ lọc: " + ", ".join(sorted(_FILTERS)) + "."
    else:
        return (
            "Biểu thức {{ … }} viết sai.",
            "Viết biến dạng {{ co_quan.ten_goi }}, bộ lọc dạng {{ ngay | ngay_viet }}.",
        )
    close = difflib.get_close_matches(name, known, n=1)
    guess = f"Có phải là `{close[0]}`? " if close else ""
    return f"Không có biến hay thuộc tính `{name}`.", guess + "Dùng: " + _names(values) + "."
