"""`build()`: content files → .docx files, in stages that read top to bottom.

1. plan (`plan`) — pure: load, resolve inheritance, number, localise and compose every stale
   document, stamped with the số and date the register already holds (issuing.Numbering); every
   problem of every file is reported at once and nothing is written while one remains;
2. validate (`issuing_checks.issue_problems`, with `--ban-hanh`) — placeholders, dates, hand-typed
   numbers, for all the documents of the command;
3. assign (`NumberRegister.assign`, with `--ban-hanh`) — one transaction for the whole command;
   the documents are planned again with their new numbers (a child cites its parent's new số);
   `--dry-run` rehearses it in a transaction that is rolled back, to show the numbers it would give;
4. render and check — in memory, in worker processes for a batch; with `--ban-hanh` inside the
   transaction, so a document that fails spends no number;
5. write — atomically, after the commit; the manifest records what each output was built from.

A document with an issued version (versions.py) is never rendered again: its output gets the issued
bytes back, or — when its inputs now print something else — it is held back and reported
("đã ban hành, nội dung đã thay đổi"); `--ban-hanh` freezes each new version inside the transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .checking import check_package
from .checking.report import Finding
from .composing import RenderContext, element_texts, issuer_in_text, ky_hieu, render_context
from .document import Document, Issuer
from .docxfile import DocxPackage
from .errors import ContentError, Problem, RenderError, TemplateError, VanbanError
from .inheritance import Resolver, cites_old_parent
from .issuing import (
    UNWRITTEN_MARK,
    IssueSettings,
    Numbering,
    NumberRegister,
    SqliteNumbers,
    issue_request,
    register_path,
)
from .issuing_checks import hand_number_problems, issue_problems
from .loading import load_issuers
from .localising import localise
from .manifest import Manifest
from .numbering import number_sections, scheme
from .output import write_all_atomic
from .places import place_problem, province_problem
from .project import TEMPLATE_FOLDER, Project, content_files
from .referencing import references
from .register.allocation import IssueRequest
from .register.versions import Version
from .rendering import CompiledTemplate, load_template, packaged, render_parts
from .versions import IssuedChange, fingerprint, frozen_version, guard, key, live_versions

BASE_TEMPLATE = "co-ban"
PARALLEL_FROM = 8  # jobs; fewer are rendered in this process
PROVINCE_LEVEL_GROUPS = frozenset({"ldld-tinh", "trung-uong", "cd-nganh"})  # their địa danh is a province (spec §4.2)


@dataclass(frozen=True)
class Options:
    """Tùy chọn của một lần build."""

    issuers: tuple[str, ...] = ()  # --co-quan: re-issue each target for these ids or groups
    force: bool = False  # --force: rebuild even what is up to date
    check: bool = True  # --khong-kiem-tra turns the conformance check off
    workers: int | None = None  # None: all cores
    issue: bool = False  # --ban-hanh: give the target files' documents their số from the register
    register: Path | None = None  # --so-dang-ky: the register file
    issue_date: dt.date | None = None  # --ngay: the date of issue (default today)
    allow_backdate: bool = False  # --cho-phep-lui-ngay: issue with a date before the sổ's last one
    allow_future: bool = False  # --cho-phep-ngay-sau: issue with a date after today
    strict: bool = False  # --strict: a check warning fails the document like an error
    dry_run: bool = False  # --dry-run: plan and report what would be written; write nothing


@dataclass(frozen=True)
class Job:
    """Một văn bản cần tạo: nội dung, cơ quan ban hành, ngữ cảnh đã định dạng, tệp đích."""

    document: Document
    issuer: Issuer
    context: RenderContext
    output: Path
    template: Path
    reason: str


@dataclass(frozen=True)
class Rendered:
    """Một văn bản đã tạo trong bộ nhớ và kết quả kiểm tra thể thức của nó."""

    data: bytes
    findings: tuple[Finding, ...] = ()


@dataclass
class BuildReport:
    """Kết quả một lần build."""

    written: list[Job] = field(default_factory=list)
    failed: list[tuple[Path, VanbanError]] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    findings: dict[Path, tuple[Finding, ...]] = field(default_factory=dict)  # check findings of what was written
    issued_changed: list[IssuedChange] = field(default_factory=list)  # issued, inputs changed: not written
    planned: list[Job] = field(default_factory=list)  # --dry-run: what would be written


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
    """Number the sections, localise (references to sections printed from those numbers), check the
    place name by date and compose one document's context."""
    issuer = issuers[document.issuer_id]
    upper = issuers.get(document.parent.issuer_id) if document.parent else None
    kinds = scheme(document.numbering, document.kind.numbering)
    cited = references(number_sections(document.sections, kinds, document.source))  # numbers come from structure
    document = localise(document, issuer, issuer_in_text(upper) if upper else None, cited)
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
    numbered = number_sections(document.sections, kinds, document.source)  # the same numbers, localised texts
    context = render_context(document, issuer, numbered)
    return Job(document, issuer, context, output_path(project, document), template_path(project, document), reason)


def issue_settings(files: list[Path], options: Options) -> IssueSettings | None:
    """With `--ban-hanh`: the files issued, the date of issue and what the user allowed."""
    if not options.issue:
        return None
    return IssueSettings(
        frozenset(p.resolve() for p in files),
        options.issue_date or dt.date.today(),
        options.allow_backdate,
        options.allow_future,
    )


def plan(
    project: Project,
    targets: Iterable[Path] = (),
    options: Options = Options(),
    manifest: Manifest | None = None,
    numbering: Numbering | None = None,
) -> tuple[list[Job], list[Path]]:
    """Stage 1 (pure): the jobs of every stale content file, all problems raised together; and the files skipped."""
    targets = list(targets)
    if options.issue and not targets:
        raise ContentError(
            Problem(
                "`--ban-hanh` cần chỉ rõ tệp nội dung được ban hành.",
                hint="Ví dụ: vanban build --ban-hanh content/ke-hoach-thang-cong-nhan.yaml",
            )
        )
    files = content_files(project, targets)
    if numbering is None:
        held = SqliteNumbers(register_path(project.root, options.register)).held()
        numbering = Numbering(held, issue_settings(files, options))
    stale: list[tuple[Path, str]] = []
    skipped: list[Path] = []
    for path in files:
        if options.issue or options.issuers or options.force or manifest is None:
            reason: str | None = "--ban-hanh" if options.issue else "--co-quan" if options.issuers else "--force"
        else:
            reason = manifest.stale_reason(path, numbering.numbers)
        if reason is None:
            skipped.append(path)
        else:
            stale.append((path, reason))
    if not stale:
        return [], skipped
    issuers = load_issuers(project.content)
    resolver = Resolver(project.content, issuers, numbering.stamp)
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


def render_document(template: Path, context: RenderContext, output: Path, check: bool, strict: bool) -> Rendered:
    """Render and check one document in memory (runs in a worker process for batches). The checker
    reads the rendered parts themselves: our own output needs no unzipping nor a foreign file's limits."""
    compiled = _compiled(template)
    parts = render_parts(compiled, context)
    data = packaged(compiled, parts)
    if not check:
        return Rendered(data)
    report = check_package(DocxPackage(output, parts))
    fatal = report.findings if strict else report.errors
    if fatal:
        raise RenderError(
            [
                Problem(
                    f"Văn bản tạo ra không đạt thể thức ({f.spec} {f.rule}), {f.where}"
                    + (f" «{f.excerpt}»" if f.excerpt else "")
                    + f": {f.message}",
                    file=output,
                    hint=f.fix,
                )
                for f in fatal
            ]
        )
    return Rendered(data, tuple(report.findings))


def _outcome(args: tuple[Path, RenderContext, Path, bool, bool]) -> Rendered | VanbanError:
    try:
        return render_document(*args)
    except VanbanError as exc:
        return exc


def build(
    project: Project,
    targets: Iterable[Path] = (),
    options: Options = Options(),
    on_done: Callable[[Job, VanbanError | None, int], None] = lambda job, error, total: None,
) -> BuildReport:
    """The stages in order: plan, validate, (assign,) render and check, write; a failed document
    does not stop the others — except with `--ban-hanh`, where the command issues all or nothing."""
    manifest = None if options.issuers else Manifest.load(project.output, project.root)
    files = content_files(project, targets) if targets else []
    settings = issue_settings(files, options)
    register: NumberRegister = SqliteNumbers(register_path(project.root, options.register), settings)
    numbering = Numbering(register.held(), settings)
    jobs, skipped = plan(project, targets, options, manifest, numbering)  # 1. plan (pure)
    report = BuildReport(skipped=skipped)
    report.warnings += plan_warnings(jobs)
    every = register.versions()
    issued = live_versions(every, numbering.held)
    inputs = job_inputs(project, jobs)
    to_render, restored, report.issued_changed = guard(jobs, issued, inputs, project.root)
    fresh = _fresh_outputs(manifest, jobs, inputs, numbering) if manifest is not None and not options.force else set()
    to_render = [job for job in to_render if job.output not in fresh]  # in a stale file, what changed for it
    if settings is None:
        raise_problems(hand_number_problems(jobs, register))
    else:
        raise_problems(issue_problems(jobs, settings, register) + changed_problems(report.issued_changed))  # 2.
    if options.dry_run:
        if settings is not None:  # the numbers --ban-hanh would give, from a rolled-back assignment
            rehearsed = register.rehearse(issue_requests(jobs))
            jobs, _ = plan(project, targets, options, None, Numbering(rehearsed.held, settings, rehearsed.numbers))
        held_back = {c.output for c in report.issued_changed} | fresh
        report.planned = [job for job in jobs if job.output not in held_back]
        return report
    if settings is None:
        rendered = _render_all(to_render, options, report, on_done)  # 4. render and check
    else:
        with register.assign(issue_requests(jobs)) as assignment:  # 3. assign, one transaction
            numbering = Numbering(assignment.held, settings, assignment.numbers)
            jobs, _ = plan(project, targets, options, None, numbering)
            to_render, restored, _ = guard(jobs, issued, job_inputs(project, jobs), project.root)
            rendered = _render_all(to_render, options, report, on_done)
            if report.failed:
                raise RenderError([p for _, error in report.failed for p in error.problems])  # rollback
            amended = amended_jobs(project, jobs, numbering, every)
            rendered |= _render_all(amended, options, report, on_done)
            if report.failed:
                raise RenderError([p for _, error in report.failed for p in error.problems])  # rollback
            to_render += amended
            jobs += amended
            inputs = job_inputs(project, to_render)
            assignment.freeze(
                [
                    frozen_version(j, rendered[j.output].data, inputs[j.output], project.root, every.get(key(j)))
                    for j in to_render
                ]
            )
    rendered |= {output: Rendered(data) for output, data in restored.items()}
    _write_all(jobs, rendered, report, register)  # 5. write
    if manifest is not None:
        _update_manifest(manifest, project, jobs, report, numbering.numbers())
    return report


def issue_requests(jobs: list[Job]) -> list[IssueRequest]:
    """What stage 3 asks the register for: a number for each document issued."""
    return [
        issue_request(job.document, job.issuer, ky_hieu(job.document, job.issuer, job.document.regime)) for job in jobs
    ]


def _fresh_outputs(
    manifest: Manifest, jobs: list[Job], inputs: dict[Path, set[Path]], numbering: Numbering
) -> set[Path]:
    """The outputs of stale content files that were built from exactly their current inputs: one edited
    profile of a batch rebuilds the documents that use it, not the whole batch."""
    return {
        job.output
        for job in jobs
        if manifest.output_fresh(job.document.source, job.output, inputs[job.output], numbering.numbers)
    }


def amended_jobs(
    project: Project, jobs: list[Job], numbering: Numbering, versions: dict[tuple[str, str], Version]
) -> list[Job]:
    """The documents that the issued amendments (`sua_doi`) amend, for the same issuer, as they read
    now: their text becomes a new version, with their own số and date (the register's)."""
    amended: list[Job] = []
    for job in jobs:
        target = job.document.amends
        if target is None:
            continue
        if not target.is_file():
            raise ContentError(
                Problem(
                    "Không có tệp nội dung của văn bản được sửa đổi.",
                    file=job.document.source,
                    field="sua_doi",
                    hint="Ghi đường dẫn tới tệp nội dung của văn bản đã ban hành, tính từ thư mục của tệp này.",
                )
            )
        found, _ = plan(project, [target], Options(force=True), None, Numbering(numbering.held))
        amended += [
            dataclasses.replace(j, reason=f"được sửa đổi bởi {job.document.source.name}: phiên bản mới")
            for j in found
            if j.issuer.id == job.issuer.id and versions.get(key(j)) and fingerprint(j) != versions[key(j)].fingerprint
        ]
    return amended


def changed_problems(changed: list[IssuedChange]) -> list[Problem]:
    """`--ban-hanh` again on an issued document whose inputs now print something else: refused."""
    return [
        Problem(
            f"Văn bản này đã ban hành (phiên bản {c.version.version}, số {c.version.ky_hieu.removeprefix('Số: ')}, "
            f"ngày {c.version.issue_date:%d/%m/%Y}) và nội dung đã thay đổi ({', '.join(c.changed)}): "
            "ban hành lại sẽ thay văn bản đã gửi đi bằng một văn bản khác cùng số.",
            file=c.source,
            hint="Hoàn lại nội dung đã ban hành; nếu cần sửa, lập văn bản sửa đổi, bổ sung thành một tệp nội dung "
            "riêng (có `ma` riêng) và ban hành tệp đó.",
        )
        for c in changed
    ]


def job_inputs(project: Project, jobs: list[Job]) -> dict[Path, set[Path]]:
    """Every file each output is built from: the content chain, the profiles, the template."""
    inputs: dict[Path, set[Path]] = {}
    for job in jobs:
        files = set(job.document.inputs) | {job.template}
        if job.issuer.source:
            files.add(job.issuer.source)
        inputs[job.output] = files
    return inputs


def _render_all(
    jobs: list[Job], options: Options, report: BuildReport, on_done: Callable[[Job, VanbanError | None, int], None]
) -> dict[Path, Rendered]:
    """Render and check every job (in worker processes for a batch); failures go to the report."""
    tasks = [(job.template, job.context, job.output, options.check, options.strict) for job in jobs]
    workers = min(options.workers or os.cpu_count() or 1, len(jobs))
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        for template in {job.template for job in jobs}:
            with contextlib.suppress(TemplateError):  # each job reports its own broken template
                _compiled(template)  # once, before the fork: the workers inherit it (issue 15, item 4)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            outcomes = list(pool.map(_outcome, tasks, chunksize=max(1, len(tasks) // (workers * 4))))
    else:
        outcomes = [_outcome(task) for task in tasks]
    rendered: dict[Path, Rendered] = {}
    for job, outcome in zip(jobs, outcomes, strict=True):
        if isinstance(outcome, VanbanError):
            report.failed.append((job.output, outcome))
        else:
            rendered[job.output] = outcome
        on_done(job, outcome if isinstance(outcome, VanbanError) else None, len(jobs))
    return rendered


def _write_all(jobs: list[Job], rendered: dict[Path, Rendered], report: BuildReport, register: NumberRegister) -> None:
    """Write what was rendered; a number given to a file that could not be written is marked in the sổ."""
    unwritten: list[tuple[str, str]] = []
    marked = [(job.issuer.id, job.document.id or "") for job in jobs if job.output in rendered]
    to_write = [job for job in jobs if job.output in rendered]
    errors = write_all_atomic([(job.output, rendered[job.output].data) for job in to_write])
    for job, error in zip(to_write, errors, strict=True):
        if error is not None:
            report.failed.append((job.output, error))
            if not job.document.is_draft:
                unwritten.append((job.issuer.id, job.document.id or ""))
            continue
        report.written.append(job)
        report.findings[job.output] = rendered[job.output].findings
    if unwritten:
        register.mark_unwritten(unwritten, "chạy lại vanban build sau khi sửa lỗi ghi tệp")
    written = [key for key in marked if key not in unwritten]
    if written and any(UNWRITTEN_MARK in held.note for key, held in register.held().items() if key in written):
        register.clear_marks(written)


def plan_warnings(jobs: list[Job]) -> list[Problem]:
    """What the user should know before the documents are written: an old citation, unfilled placeholders."""
    warnings: list[Problem] = []
    for job in jobs:
        if job.document.parent is not None and (note := cites_old_parent(job.document, job.document.parent)):
            warnings.append(Problem(note, file=job.document.source))
        if placeholders := unfilled(job.context):
            warnings.append(
                Problem(f"Còn {placeholders} chỗ “…” chưa điền (tệp mẫu của `vanban new`).", file=job.document.source)
            )
    return warnings


def raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise ContentError(problems)


def unfilled(context: RenderContext) -> int:
    """How many texts of a document are still the starter's bare `…` placeholder."""
    texts = [context.trich_yeu, *(text for element in context.than for text in element_texts(element))]
    return sum(1 for text in texts if text.strip(" -+.;:/").endswith("…") and len(text.strip(" -+.;:/")) <= 12)


def _update_manifest(
    manifest: Manifest, project: Project, jobs: list[Job], report: BuildReport, live: dict[tuple[str, str], int]
) -> None:
    failed = {output for output, _ in report.failed} | {change.output for change in report.issued_changed}
    by_source: dict[Path, list[Job]] = {}
    for job in jobs:
        by_source.setdefault(job.document.source.resolve(), []).append(job)
    for source, source_jobs in by_source.items():
        if any(job.output in failed for job in source_jobs):
            manifest.forget(source)
            continue
        keys = [(job.issuer.id, job.document.id or "") for job in source_jobs]
        keys += [
            (job.document.parent.issuer_id, job.document.parent.document_id)
            for job in source_jobs
            if job.document.parent
        ]  # cited số
        grouped = any(job.document.group for job in source_jobs)
        manifest.record(
            source,
            job_inputs(project, source_jobs),
            {path for job in source_jobs for path in job.document.group_inputs},
            {key: live.get(key) for key in keys},
            project.profiles if grouped else None,
        )
    manifest.save()
