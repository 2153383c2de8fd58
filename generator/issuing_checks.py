"""Stage 2 of `vanban build --ban-hanh`: is every planned document fit to be issued?

All problems of all the command's documents are returned together, each naming the file the user
edits (the content file or the issuer profile), its line and field, and the fix. Nothing here
writes: the register is only read (`NumberRegister.owner`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .document import Document, Item, Section
from .errors import Problem
from .issuing import PLACEHOLDER_SIGNER, IssueSettings, NumberRegister
from .yamlfile import find_text, read_yaml

if TYPE_CHECKING:
    from .pipeline import Job

PLACEHOLDER = re.compile(r"…|\.\.\.|\[\s*(?:\.\.\.|…)?\s*\]")  # "…", "...", "[...]", "[]" of a starter file


def issue_problems(jobs: list[Job], settings: IssueSettings, register: NumberRegister) -> list[Problem]:
    """Every reason the planned `jobs` cannot be issued on `settings.date` (empty: they can)."""
    problems: list[Problem] = []
    if settings.date > dt.date.today() and not settings.allow_future:
        problems.append(
            Problem(
                f"Ngày ban hành {settings.date:%d/%m/%Y} ở sau hôm nay.",
                field="--ngay",
                hint="Bỏ --ngay (ngày hôm nay) hoặc ghi ngày đúng; nếu đúng là ban hành trước ngày ghi trên văn bản, "
                "thêm --cho-phep-ngay-sau (sổ sẽ ghi chú việc này).",
            )
        )
    for job in jobs:
        problems += _placeholders(job.document)
        problems += _signer(job)
        problems += _written_date(job.document, settings.date)
        problems += _hand_number(job, register, settings.date.year)
    return list(dict.fromkeys(problems))


def hand_number_problems(jobs: list[Job], register: NumberRegister) -> list[Problem]:
    """A `so:` typed in a content file that the register already gives another document (any build)."""
    return [p for job in jobs if not job.document.is_draft for p in _hand_number(job, register, job.document.date.year)]


def _texts(document: Document) -> Iterator[tuple[str, str]]:
    """(field, text) of everything the document prints from its content files."""
    yield "trich_yeu", document.summary
    for text in document.opening:
        yield "mo_dau", text
    yield from _section_texts(document.sections)
    if document.closing:
        yield "ket_thuc", document.closing
    for text in document.recipients or ():
        yield "noi_nhan", text


def _section_texts(sections: tuple[Section, ...]) -> Iterator[tuple[str, str]]:
    for section in sections:
        if section.title:
            yield "tieu_de", section.title
        if section.lead:
            yield "noi_dung", section.lead
        for text in section.paragraphs:
            yield "doan", text
        yield from _item_texts(section.items)
        yield from _section_texts(section.sections)


def _item_texts(items: tuple[Item, ...]) -> Iterator[tuple[str, str]]:
    for item in items:
        yield "y", item.text
        yield from _item_texts(item.items)


def _placeholders(document: Document) -> list[Problem]:
    problems = []
    for field, text in _texts(document):
        if PLACEHOLDER.search(text):
            found = find_text(text, document.inputs)
            problems.append(
                Problem(
                    f"Còn chỗ chưa điền (“…”, “...” hoặc “[...]”) trong “{text[:60]}”: không ban hành được.",
                    file=found[0] if found else document.source,
                    line=found[1] if found else None,
                    field=field,
                    hint="Điền nội dung thật thay cho dấu “…”, rồi chạy lại `vanban build --ban-hanh`. "
                    "Bản dự thảo (không có --ban-hanh) vẫn tạo được.",
                )
            )
    return problems


def _signer(job: Job) -> list[Problem]:
    signer = job.document.signer or job.issuer.signer
    if not PLACEHOLDER_SIGNER.match(signer.name) or job.issuer.trial:
        return []
    in_content = job.document.signer is not None
    path = job.document.source if in_content else job.issuer.source
    line = None
    if path is not None:
        source = read_yaml(path)
        line = source.line_of(("nguoi_ky", "ho_ten"))
    return [
        Problem(
            f"Người ký “{signer.name}” là tên giả định: không ban hành được.",
            file=path,
            line=line,
            field="nguoi_ky.ho_ten",
            hint="Ghi họ tên thật của người ký"
            + (" trong tệp nội dung." if in_content else f" trong hồ sơ cơ quan `{job.issuer.id}`.")
            + " Hồ sơ dùng để tập dượt thì ghi `thu_nghiem: true`.",
        )
    ]


def _written_date(document: Document, issue_date: dt.date) -> list[Problem]:
    """A `ngay:` written in the issued file must be the date of issue."""
    source = read_yaml(document.source)
    written = _written(source.data.get("ngay") if isinstance(source.data, dict) else None)
    if written is None or written == issue_date:
        return []
    return [
        Problem(
            f"Tệp ghi ngày {written:%d/%m/%Y} nhưng ngày ban hành là {issue_date:%d/%m/%Y}.",
            file=document.source,
            line=source.line_of(("ngay",)),
            field="ngay",
            hint=f"Bỏ dòng `ngay:` (ngày ban hành do --ban-hanh ghi), hoặc chạy với --ngay {written.isoformat()}.",
        )
    ]


def _written(value: object) -> dt.date | None:
    """The date a content file writes (validated already: a bad one never gets here)."""
    try:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _hand_number(job: Job, register: NumberRegister, year: int) -> list[Problem]:
    """A hand-typed `so:` must be free in the register, or already this document's."""
    document = job.document
    source = read_yaml(document.source)
    typed = source.data.get("so") if isinstance(source.data, dict) else None
    if not isinstance(typed, int):
        return []
    doc_type = document.kind.abbreviation or ""
    owner = register.owner(job.issuer.id, doc_type, document.sequence, year, typed)
    if owner is None or owner == document.id:
        return []
    return [
        Problem(
            f"Số {typed:02d} năm {year} của `{job.issuer.id}` đã cấp cho văn bản khác: `{owner}`.",
            file=Path(document.source),
            line=source.line_of(("so",)),
            field="so",
            hint="Bỏ dòng `so:` để sổ cấp số tiếp theo, hoặc ghi số chưa dùng "
            f"(xem `vanban so list --co-quan {job.issuer.id} --nam {year}`).",
        )
    ]
