"""Văn bản: every document of the project with its status, read from the content files and the sổ.

Each content file is planned on its own (like `vanban build --force` would plan it, nothing
written), so one broken file is one row with its error, not a page that fails. The status compares
the document as it reads now with the version issued (versions.py): no version → dự thảo; the same
fingerprint → đã ban hành; another → đã ban hành nhưng nội dung đã đổi.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..errors import ContentError, Problem, VanbanError
from ..issuing import Numbering, SqliteNumbers, register_path
from ..pipeline import Job, Options, plan
from ..project import Project, content_files
from ..versions import fingerprint, key, live_versions


class Status(StrEnum):
    """Trạng thái của một văn bản."""

    DRAFT = "dự thảo"
    NUMBERED = "có số ghi tay, chưa ban hành bằng vanban"
    ISSUED = "đã ban hành"
    CHANGED = "đã ban hành nhưng nội dung đã đổi"
    BROKEN = "có lỗi"


@dataclass(frozen=True)
class Row:
    """Một dòng của danh sách văn bản."""

    file: str  # the content file, relative to content/ (what the pages name a document by)
    document_id: str
    issuer_id: str
    kind: str
    issuer: str
    summary: str
    number: str  # "Số: 12/KH-LĐLĐ", or "dự thảo"
    date: str
    status: Status
    parent: str | None  # the content file of the document it inherits from
    version: int | None
    problems: tuple[str, ...] = ()


def relative_name(project: Project, path: Path) -> str:
    return path.resolve().relative_to(project.content.resolve()).as_posix()


def content_file(project: Project, name: str) -> Path:
    """The content file a page names (relative to content/): refused unless it is one, inside content/."""
    if not name or "\\" in name or name.startswith("/") or ".." in Path(name).parts:
        raise _not_found(name)
    path = (project.content / name).resolve()
    if path not in content_files(project) or not path.is_file():
        raise _not_found(name)
    return path


class NotFoundError(VanbanError):
    exit_code = 1


def _not_found(name: str) -> NotFoundError:
    return NotFoundError(Problem(f"Không có tệp nội dung «{name}» trong content/.", hint="Chọn văn bản từ danh sách."))


def plan_file(project: Project, path: Path) -> list[Job]:
    """The documents of one content file as they read now, stamped with the numbers the sổ holds."""
    held = SqliteNumbers(register_path(project.root)).held()
    jobs, _ = plan(project, [path], Options(force=True), None, Numbering(held))
    return jobs


def rows(project: Project) -> list[Row]:
    """Every document of the project, in file order; a file that cannot be planned is one row with its problems."""
    numbers = SqliteNumbers(register_path(project.root))
    held = numbers.held()
    issued = live_versions(numbers.versions(), held)
    out: list[Row] = []
    for path in content_files(project):
        name = relative_name(project, path)
        try:
            jobs, _ = plan(project, [path], Options(force=True), None, Numbering(held))
        except VanbanError as exc:
            problems = tuple(str(p) for p in exc.problems)
            out.append(Row(name, "", "", "", "", "", "", "", Status.BROKEN, None, None, problems))
            continue
        for job in jobs:
            version = issued.get(key(job))
            status = (
                (Status.DRAFT if job.document.is_draft else Status.NUMBERED)
                if version is None
                else Status.ISSUED
                if fingerprint(job) == version.fingerprint
                else Status.CHANGED
            )
            out.append(
                Row(
                    file=name,
                    document_id=job.document.id or "",
                    issuer_id=job.issuer.id,
                    kind=job.document.kind.name,
                    issuer=" ".join(job.issuer.name_lines),
                    summary=job.document.summary,
                    number="dự thảo" if job.document.is_draft else job.context.so_ky_hieu.removeprefix("Số: "),
                    date=f"{job.document.date:%d/%m/%Y}",
                    status=status,
                    parent=job.document.parent.document_id if job.document.parent else None,
                    version=version.version if version else None,
                )
            )
    return out


def check_text(project: Project, path: Path, text: str) -> None:
    """Raise the problems `vanban build` would find in `path` if it held `text` (the file is not touched):
    the text is planned from a hidden copy beside it, so that relative paths (ke_thua, sua_doi) resolve."""
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".kiem-tra", dir=path.parent)
    copy = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        try:
            plan_file(project, copy)
        except VanbanError as exc:
            raise ContentError([_renamed(p, copy, path) for p in exc.problems]) from exc
    finally:
        copy.unlink(missing_ok=True)


def _renamed(problem: Problem, copy: Path, path: Path) -> Problem:
    if problem.file is not None and problem.file.resolve() == copy.resolve():
        return Problem(problem.message, path, problem.line, problem.field, problem.hint)
    return problem
