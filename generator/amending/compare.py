"""`vanban sua-doi`: the issued version of each document of a content file against its current content.

Planning is the build's own (pipeline.plan, pure); the issued side comes from the register's frozen
versions (register/versions.py). A parent's comparison also lists its issued children whose
inherited text changed, so each body can amend its own copy with one command.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, Problem
from ..issuing import Numbering, SqliteNumbers, register_path
from ..output import write_atomic
from ..pipeline import Job, Options, plan, render_document
from ..project import Project, content_files
from ..register import Register
from ..register import versions as stored
from ..register.versions import Version
from ..versions import key, plan_record
from .changes import Change, changes
from .redline import redline

REDLINE_AUTHOR = "vanban"


@dataclass(frozen=True)
class Comparison:
    """Một văn bản: phiên bản đã ban hành được so, và các thay đổi tới nội dung hiện tại."""

    job: Job
    version: Version
    changes: tuple[Change, ...]


def compare(project: Project, file: Path, from_version: int | None, register: Path | None) -> list[Comparison]:
    """The comparison of every issued document `file` describes; an error when none was issued."""
    jobs, histories = _planned(project, [file], register)
    found = [_comparison(job, histories[key(job)], from_version, file) for job in jobs if histories.get(key(job))]
    if not found:
        raise ContentError(
            Problem(
                "Văn bản này chưa ban hành: không có phiên bản nào trong sổ văn bản đi để so sánh.",
                file=file,
                hint=f"Ban hành trước: vanban build --ban-hanh {file}; dự thảo thì chỉ cần sửa rồi chạy vanban build.",
            )
        )
    return found


def children(project: Project, parent: Path, register: Path | None) -> tuple[list[Comparison], list[Problem]]:
    """Issued documents that inherit from `parent` (any depth) and whose current text differs; and
    the problems of the children that cannot be planned now (an edit naming a removed id…)."""
    parent = parent.resolve()
    found: list[Comparison] = []
    problems: list[Problem] = []
    for file in content_files(project):
        if file == parent:
            continue
        try:
            jobs, histories = _planned(project, [file], register)
        except ContentError as exc:
            problems += exc.problems
            continue
        for job in jobs:
            inherits = parent in {p.resolve() for p in job.document.inputs}
            if inherits and histories.get(key(job)):
                comparison = _comparison(job, histories[key(job)], None, job.document.source)
                found += [comparison] if comparison.changes else []
    return found, problems


def _planned(
    project: Project, files: list[Path], register: Path | None
) -> tuple[list[Job], dict[tuple[str, str], list[Version]]]:
    numbers = SqliteNumbers(register_path(project.root, register))
    jobs, _ = plan(project, files, Options(force=True), None, Numbering(numbers.held()))
    path = numbers.path
    if not path.exists():
        return jobs, {}
    with Register.open(path) as opened:
        return jobs, {key(job): stored.history(opened.connection, *key(job)) for job in jobs}


def _comparison(job: Job, history: list[Version], from_version: int | None, file: Path) -> Comparison:
    chosen = history[-1] if from_version is None else next((v for v in history if v.version == from_version), None)
    if chosen is None:
        raise ContentError(
            Problem(
                f"Không có phiên bản {from_version} của văn bản này (có: "
                f"{', '.join(str(v.version) for v in history)}).",
                file=file,
                field="--tu-phien-ban",
                hint="Chọn một phiên bản có trong danh sách, hoặc bỏ --tu-phien-ban để so với bản ban hành gần nhất.",
            )
        )
    current = json.loads(json.dumps(plan_record(job.document), ensure_ascii=False))  # tuples as lists, as stored
    return Comparison(job, chosen, tuple(changes(json.loads(chosen.plan), current)))


def redline_path(comparison: Comparison) -> Path:
    """The redline beside the document: `x.docx` → `x.so-sanh-phien-ban-1.docx` (against version 1)."""
    output = comparison.job.output
    return output.with_name(f"{output.stem}.so-sanh-phien-ban-{comparison.version.version}.docx")


def write_redline(comparison: Comparison, when: dt.datetime) -> Path:
    """Render the current text and write it with tracked changes against the issued version's .docx."""
    job = comparison.job
    current = render_document(job.template, job.context, job.output, False, False).data
    path = redline_path(comparison)
    write_atomic(path, redline(comparison.version.docx, current, REDLINE_AUTHOR, when, path))
    return path
