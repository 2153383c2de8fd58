"""`build()`: content files → .docx files, in two phases.

Phase A (`plan`) loads, resolves inheritance, localises, numbers and composes every stale document
and reports every problem of every file at once; nothing is written when one is wrong. Phase B
renders, checks and writes each output — in worker processes for a batch — and keeps going when
one fails, reporting all failures at the end.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checking import check_package
from .composing import issuer_in_text, render_context
from .document import Document, Issuer
from .docxfile import package_from_bytes
from .errors import ContentError, Problem, RenderError, TemplateError, VanbanError
from .inheritance import Resolver, cites_old_parent
from .issuing import NumberSource, register_path
from .loading import ISSUER_FOLDER, load_issuers
from .localising import localise
from .manifest import Manifest
from .numbering import number_sections, scheme
from .output import write_atomic
from .places import place_problem, province_problem
from .rendering import CompiledTemplate, load_template, render

CONTENT_FOLDER = "content"
TEMPLATE_FOLDER = "templates_docx"
OUTPUT_FOLDER = "output"
BASE_TEMPLATE = "co-ban"
PARALLEL_FROM = 8  # jobs; fewer are rendered in this process
PROVINCE_LEVEL_GROUPS = frozenset({"ldld-tinh", "trung-uong", "cd-nganh"})  # their địa danh is a province (spec §4.2)


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
class Options:
    """Tùy chọn của một lần build."""

    issuers: tuple[str, ...] = ()  # --co-quan: re-issue each target for these ids or groups
    force: bool = False  # --force: rebuild even what is up to date
    check: bool = True  # --khong-kiem-tra turns the conformance check off
    workers: int | None = None  # None: all cores
    issue: bool = False  # --ban-hanh: give the target files' documents their số from the register
    register: Path | None = None  # --so-dang-ky: the register file


@dataclass(frozen=True)
class Job:
    """Một văn bản cần tạo: nội dung, cơ quan ban hành, ngữ cảnh đã định dạng, tệp đích."""

    document: Document
    issuer: Issuer
    context: dict[str, Any]
    output: Path
    template: Path
    reason: str


@dataclass
class BuildReport:
    """Kết quả một lần build."""

    written: list[Job] = field(default_factory=list)
    failed: list[tuple[Path, VanbanError]] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def content_files(project: Project, targets: Iterable[Path] = ()) -> list[Path]:
    """Every content file under content/ (or under the given files and folders), profiles excluded."""
    targets = list(targets) or [project.content]
    found: set[Path] = set()
    problems = []
    for target in targets:
        if target.is_dir():
            found.update(p.resolve() for p in target.rglob("*.yaml") if not _is_profile(project, p))
        elif target.is_file():
            found.add(target.resolve())
        elif target == project.content:
            problems.append(
                Problem(
                    "Không có thư mục content/ ở đây.",
                    file=target,
                    hint="Chạy lệnh trong thư mục dự án (thư mục chứa content/ và templates_docx/), hoặc chỉ nó bằng --thu-muc ĐƯỜNG_DẪN.",
                )
            )
        else:
            problems.append(Problem("Không có tệp hoặc thư mục này.", file=target, hint="Kiểm tra đường dẫn."))
    if problems:
        raise ContentError(problems)
    return sorted(found)


def _is_profile(project: Project, path: Path) -> bool:
    return (project.content / ISSUER_FOLDER).resolve() in path.resolve().parents


def output_path(project: Project, document: Document) -> Path:
    """output/ mirrors content/; a batch puts each issuer's copy in output/<issuer>/…"""
    try:
        relative = document.source.resolve().relative_to(project.content.resolve())
    except ValueError:
        relative = Path(document.source.name)
    relative = relative.with_suffix(".docx")
    return project.output / document.issuer_id / relative if document.batch else project.output / relative


def template_path(project: Project, document: Document) -> Path:
    """templates_docx/<loai>.docx, else the shared base co-ban.docx."""
    own = project.templates / f"{document.kind.key}.docx"
    return own if own.exists() else project.templates / f"{BASE_TEMPLATE}.docx"


def expand_issuers(names: tuple[str, ...], issuers: dict[str, Issuer]) -> list[str]:
    """`--co-quan` values: profile ids or group names (every profile of the group)."""
    out: list[str] = []
    problems = []
    for name in names:
        members = [i.id for i in issuers.values() if name in i.groups]
        if name in issuers:
            out.append(name)
        elif members:
            out.extend(sorted(members))
        else:
            problems.append(
                Problem(
                    f"`--co-quan {name}`: không có hồ sơ hay nhóm cơ quan này.",
                    hint="Xem các tệp trong content/co-quan/ và trường `nhom` của chúng.",
                )
            )
    if problems:
        raise ContentError(problems)
    return list(dict.fromkeys(out))


def prepare(project: Project, document: Document, issuers: dict[str, Issuer], reason: str) -> Job:
    """Localise, check the place name by date, number the sections and compose one document's context."""
    issuer = issuers[document.issuer_id]
    upper = issuers.get(document.parent.issuer_id) if document.parent else None
    document = localise(document, issuer, issuer_in_text(upper) if upper else None)
    province_level = PROVINCE_LEVEL_GROUPS.intersection(issuer.groups)
    problem = (province_problem if province_level else place_problem)(issuer.place, document.date)
    if problem:
        raise ContentError(
            Problem(
                f"{problem} (cơ quan `{issuer.id}`, văn bản ngày {document.date:%d/%m/%Y}).",
                file=issuer.source,
                field="dia_danh",
                hint="Sửa địa danh trong hồ sơ cơ quan, hoặc dùng hồ sơ của cơ quan sau sắp xếp (spec §4.3).",
            )
        )
    kinds = scheme(document.numbering, document.kind.numbering)
    numbered = number_sections(document.sections, kinds, document.source)
    context = render_context(document, issuer, numbered)
    return Job(document, issuer, context, output_path(project, document), template_path(project, document), reason)


def number_source(project: Project, files: list[Path], options: Options) -> NumberSource:
    """The register the build reads numbers from; with `--ban-hanh`, `files` are issued."""
    return NumberSource(
        register_path(project.root, options.register), frozenset(files) if options.issue else frozenset()
    )


def plan(
    project: Project,
    targets: Iterable[Path] = (),
    options: Options = Options(),
    manifest: Manifest | None = None,
    numbers: NumberSource | None = None,
) -> tuple[list[Job], list[Path]]:
    """Phase A: the jobs of every stale content file, all problems raised together; and the files skipped."""
    targets = list(targets)
    if options.issue and not targets:
        raise ContentError(
            Problem(
                "`--ban-hanh` cần chỉ rõ tệp nội dung được ban hành.",
                hint="Ví dụ: vanban build --ban-hanh content/ke-hoach-thang-cong-nhan.yaml",
            )
        )
    files = content_files(project, targets)
    numbers = numbers or number_source(project, files, options)
    stale: list[tuple[Path, str]] = []
    skipped: list[Path] = []
    for path in files:
        if options.issue or options.issuers or options.force or manifest is None:
            reason: str | None = "--ban-hanh" if options.issue else "--co-quan" if options.issuers else "--force"
        else:
            reason = manifest.stale_reason(path, numbers.live_numbers)
        if reason is None:
            skipped.append(path)
        else:
            stale.append((path, reason))
    if not stale:
        return [], skipped
    issuers = load_issuers(project.content)
    resolver = Resolver(project.content, issuers, numbers.number)
    reissue_to = expand_issuers(options.issuers, issuers) if options.issuers else []
    jobs: list[Job] = []
    problems: list[Problem] = []
    for path, reason in stale:
        try:
            documents = resolver.documents(path)
            if reissue_to:
                documents = tuple(resolver.reissue(d, issuer_id) for d in documents for issuer_id in reissue_to)
            jobs.extend(prepare(project, d, issuers, reason) for d in documents)
        except ContentError as exc:
            problems.extend(exc.problems or [Problem("Tệp không đọc được.", file=path)])
    if problems:
        raise ContentError(list(dict.fromkeys(problems)))  # a broken parent is reported once, not once per child
    missing = sorted({job.template for job in jobs if not job.template.is_file()})
    if missing:
        raise TemplateError(
            [
                Problem(
                    "Không có mẫu Word này.",
                    file=path,
                    hint=f"Thư mục dự án cần {TEMPLATE_FOLDER}/{BASE_TEMPLATE}.docx: chạy lệnh trong thư mục dự án, hoặc dùng --thu-muc.",
                )
                for path in missing
            ]
        )
    return jobs, skipped


# --- phase B ---------------------------------------------------------------------------------

_templates: dict[tuple[Path, int, int], CompiledTemplate] = {}


def _compiled(path: Path) -> CompiledTemplate:
    """A template compiled once per process (and again only if the file changed)."""
    try:
        stat = path.stat()
    except OSError:
        return load_template(path)  # raises the TemplateError that names the missing file
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    if key not in _templates:
        _templates[key] = load_template(path)
    return _templates[key]


def write_document(template: Path, context: dict[str, Any], output: Path, check: bool) -> None:
    """Render, check and write one document (runs in a worker process for batches)."""
    data = render(_compiled(template), context)
    if check:
        report = check_package(package_from_bytes(data, output))
        if report.errors:
            raise RenderError(
                [
                    Problem(
                        f"Văn bản tạo ra không đạt thể thức ({f.spec} {f.rule}), {f.where}"
                        + (f" «{f.excerpt}»" if f.excerpt else "")
                        + f": {f.message}",
                        file=output,
                        hint=f.fix,
                    )
                    for f in report.errors
                ]
            )
    write_atomic(output, data)


def _outcome(args: tuple[Path, dict[str, Any], Path, bool]) -> VanbanError | None:
    try:
        write_document(*args)
    except VanbanError as exc:
        return exc
    return None


def build(
    project: Project,
    targets: Iterable[Path] = (),
    options: Options = Options(),
    on_done: Callable[[Job, VanbanError | None, int], None] = lambda job, error, total: None,
) -> BuildReport:
    """Phase A for every stale document, then render, check and write each; a failure does not stop the others."""
    manifest = None if options.issuers else Manifest.load(project.output, project.root)
    numbers = number_source(project, content_files(project, targets) if options.issue and targets else [], options)
    jobs, skipped = plan(project, targets, options, manifest, numbers)
    report = BuildReport(skipped=skipped)
    for job in jobs:
        if job.document.parent is not None and (note := cites_old_parent(job.document, job.document.parent)):
            report.warnings.append(Problem(note, file=job.document.source))
        if placeholders := unfilled(job.context):
            report.warnings.append(
                Problem(f"Còn {placeholders} chỗ “…” chưa điền (tệp mẫu của `vanban new`).", file=job.document.source)
            )
    tasks = [(job.template, job.context, job.output, options.check) for job in jobs]
    workers = min(options.workers or os.cpu_count() or 1, len(jobs))
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            outcomes = pool.map(_outcome, tasks, chunksize=max(1, len(tasks) // (workers * 4)))
            _collect(jobs, outcomes, report, on_done)
    else:
        _collect(jobs, map(_outcome, tasks), report, on_done)
    if manifest is not None:
        _update_manifest(manifest, project, jobs, report, numbers.live_numbers())
    return report


def unfilled(context: dict[str, Any]) -> int:
    """How many texts of a document are still the starter's bare `…` placeholder."""
    texts = [context["trich_yeu"], *(p["van_ban"] for p in context["than"])]
    return sum(1 for text in texts if text.strip(" -+.;:/").endswith("…") and len(text.strip(" -+.;:/")) <= 12)


def _collect(
    jobs: list[Job],
    outcomes: Iterable[VanbanError | None],
    report: BuildReport,
    on_done: Callable[[Job, VanbanError | None, int], None],
) -> None:
    for job, error in zip(jobs, outcomes, strict=False):
        if error is None:
            report.written.append(job)
        else:
            report.failed.append((job.output, error))
        on_done(job, error, len(jobs))


def _update_manifest(
    manifest: Manifest, project: Project, jobs: list[Job], report: BuildReport, live: dict[tuple[str, str], int]
) -> None:
    failed = {output for output, _ in report.failed}
    by_source: dict[Path, list[Job]] = {}
    for job in jobs:
        by_source.setdefault(job.document.source.resolve(), []).append(job)
    for source, source_jobs in by_source.items():
        if any(job.output in failed for job in source_jobs):
            manifest.forget(source)
            continue
        inputs = {p for job in source_jobs for p in job.document.inputs} | {job.template for job in source_jobs}
        inputs |= {job.issuer.source for job in source_jobs if job.issuer.source} | {
            project.content / ISSUER_FOLDER / f"{job.document.parent.issuer_id}.yaml"
            for job in source_jobs
            if job.document.parent
        }
        keys = [(job.issuer.id, job.document.id or "") for job in source_jobs]
        keys += [
            (job.document.parent.issuer_id, job.document.parent.document_id)
            for job in source_jobs
            if job.document.parent
        ]  # cited số
        grouped = any(job.document.group for job in source_jobs)
        manifest.record(
            source,
            inputs,
            [job.output for job in source_jobs],
            {key: live.get(key) for key in keys},
            project.content / ISSUER_FOLDER if grouped else None,
        )
    manifest.save()
