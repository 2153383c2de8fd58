"""`build()`: content files → .docx files, in two phases.

Phase A (`plan`) loads, validates and numbers every document and reports every problem of every
file at once; nothing is written when one is wrong. Phase B (`build`) renders and writes each output
and keeps going when one fails, reporting all failures at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .composing import render_context
from .document import Document, Issuer
from .errors import ContentError, Problem, VanbanError
from .loading import ISSUER_FOLDER, load_document, load_issuers
from .numbering import number_sections, scheme
from .output import write_atomic
from .rendering import CompiledTemplate, load_template, render

CONTENT_FOLDER = "content"
TEMPLATE_FOLDER = "templates_docx"
OUTPUT_FOLDER = "output"
BASE_TEMPLATE = "co-ban"


@dataclass(frozen=True)
class Project:
    """Thư mục dự án: content/, templates_docx/, output/."""

    root: Path

    @property
    def content(self) -> Path:
        return self.root / CONTENT_FOLDER

    @property
    def templates(self) -> Path:
        return self.root / TEMPLATE_FOLDER

    @property
    def output(self) -> Path:
        return self.root / OUTPUT_FOLDER


@dataclass(frozen=True)
class Job:
    """Một văn bản cần tạo: nội dung, cơ quan ban hành, ngữ cảnh đã định dạng, tệp đích."""

    document: Document
    issuer: Issuer
    context: dict[str, Any]
    output: Path


@dataclass
class BuildReport:
    """Kết quả một lần build."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, VanbanError]] = field(default_factory=list)


def content_files(project: Project, targets: Iterable[Path] = ()) -> list[Path]:
    """Every content file under content/ (or under the given files and folders), profiles excluded."""
    targets = list(targets) or [project.content]
    found: set[Path] = set()
    problems = []
    for target in targets:
        if target.is_dir():
            found.update(p for p in target.rglob("*.yaml") if not _is_profile(project, p))
        elif target.is_file():
            found.add(target)
        else:
            problems.append(Problem("Không có tệp hoặc thư mục này.", file=target, hint="Kiểm tra đường dẫn."))
    if problems:
        raise ContentError(problems)
    return sorted(found)


def _is_profile(project: Project, path: Path) -> bool:
    return (project.content / ISSUER_FOLDER) in path.resolve().parents


def output_path(project: Project, source: Path) -> Path:
    """output/ mirrors content/: content/a/b.yaml → output/a/b.docx."""
    try:
        relative = source.resolve().relative_to(project.content.resolve())
    except ValueError:
        relative = Path(source.name)
    return project.output / relative.with_suffix(".docx")


def prepare(document: Document, issuer: Issuer, output: Path) -> Job:
    """Number the sections and compose the render context of one document."""
    kinds = scheme(document.numbering, document.kind.numbering)
    numbered = number_sections(document.sections, kinds, document.source)
    return Job(document, issuer, render_context(document, issuer, numbered), output)


def plan(project: Project, targets: Iterable[Path] = ()) -> list[Job]:
    """Phase A: every document loaded, validated and numbered; all problems raised together."""
    issuers = load_issuers(project.content)
    ids = frozenset(issuers)
    jobs: list[Job] = []
    problems: list[Problem] = []
    for path in content_files(project, targets):
        try:
            document = load_document(path, ids)
            jobs.append(prepare(document, issuers[document.issuer_id], output_path(project, path)))
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ContentError(problems)
    return jobs


class TemplateCache:
    """Templates compiled once per build: templates_docx/<loai>.docx, else co-ban.docx."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._compiled: dict[Path, CompiledTemplate] = {}

    def for_document(self, document: Document) -> CompiledTemplate:
        path = self.folder / f"{document.kind.key}.docx"
        if not path.exists():
            path = self.folder / f"{BASE_TEMPLATE}.docx"
        if path not in self._compiled:
            self._compiled[path] = load_template(path)
        return self._compiled[path]


def build(
    project: Project,
    targets: Iterable[Path] = (),
    on_written: Callable[[Job], None] = lambda job: None,
) -> BuildReport:
    """Phase A for all, then render and write each document; a failure does not stop the others."""
    jobs = plan(project, targets)
    templates = TemplateCache(project.templates)
    report = BuildReport()
    for job in jobs:
        try:
            write_atomic(job.output, render(templates.for_document(job.document), job.context))
        except VanbanError as exc:
            report.failed.append((job.output, exc))
            continue
        report.written.append(job.output)
        on_written(job)
    return report
