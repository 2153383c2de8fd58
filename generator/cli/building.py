"""The full `vanban build` (cli/build.py runs it when the build is not a no-op): the pipeline, the
conformance check, the PDF export, and what the command prints of them."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..checking.pdf import check_pdf
from ..checking.report import Severity
from ..errors import VanbanError
from ..exporting.pdf import convert, pdf_path
from ..pipeline import Job, Options
from ..pipeline import build as run_build
from ..project import Project
from ..settings import load_settings
from ..versions import IssuedChange
from .build import done_line
from .check import echo_findings
from .common import relative, shown

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


def run(
    targets: tuple[Path, ...],
    *,
    root: Path,
    issuers: tuple[str, ...],
    force: bool,
    no_check: bool,
    issue: bool,
    issue_date: dt.date | None,
    allow_backdate: bool,
    allow_future: bool,
    strict: bool,
    dry_run: bool,
    register: Path | None,
    pdf: bool,
    pdf_a: bool,
    pdf_timeout: float | None,
) -> None:
    """Build, print what was written, checked and held back; exit 1 when a document failed."""
    project = Project(root)
    settings = load_settings(root)
    pdf, pdf_a = pdf or settings.pdf, pdf_a or settings.pdf_a
    pdf_timeout = pdf_timeout if pdf_timeout is not None else settings.pdf_timeout
    options = Options(
        issuers=issuers,
        force=force,
        check=not no_check,
        issue=issue,
        register=register,
        issue_date=issue_date,
        allow_backdate=allow_backdate,
        allow_future=allow_future,
        strict=strict,
        dry_run=dry_run,
    )
    progress = _Progress()
    report = run_build(project, targets, options, on_done=progress.update)
    progress.close()
    _echo_issued_changed(report.issued_changed)
    if dry_run:
        for job in report.planned:
            click.echo(f"Sẽ tạo {relative(job.output)} ({job.reason}{_number(job) if issue else ''})")
        click.echo(f"Chạy thử: {len(report.planned)} văn bản sẽ được tạo, chưa ghi gì.")
        return
    for job in report.written:
        click.echo(f"Đã tạo {relative(job.output)} ({job.reason}{_number(job) if issue else ''})")
    for warning in report.warnings:
        click.echo(f"Cảnh báo: {shown(warning)}", err=True)
    for output, findings in report.findings.items():
        if findings:
            click.echo(f"== {relative(output)}: kiểm tra thể thức")
            echo_findings(findings)
    found = [f for findings in report.findings.values() for f in findings]
    if found:
        errors = sum(1 for f in found if f.severity is Severity.ERROR)
        click.echo(f"Kiểm tra thể thức: {errors} lỗi, {len(found) - errors} cảnh báo (như `vanban check`).")
    for output, error in report.failed:
        for problem in error.problems:
            click.echo(f"Lỗi: {shown(problem)}" if problem.file else f"Lỗi ({relative(output)}): {problem}", err=True)
    click.echo(done_line(len(report.written), len(report.failed), len(report.skipped)))
    pdf_failed = _pdfs(project, report.written, pdf_a, pdf_timeout) if pdf or pdf_a else False
    if report.failed or pdf_failed:
        raise SystemExit(1)


def _number(job: Job) -> str:
    return f", số {job.context.so_ky_hieu.removeprefix('Số: ')}, ngày {job.document.date:%d/%m/%Y}"


def _echo_issued_changed(changed: list[IssuedChange]) -> None:
    """Issued documents whose inputs now print something else: kept as issued, and the choices."""
    for change in changed:
        version = change.version
        click.echo(
            f"Đã ban hành, nội dung đã thay đổi: {relative(change.output)} (phiên bản {version.version}, "
            f"số {version.ky_hieu.removeprefix('Số: ')}, ngày {version.issue_date:%d/%m/%Y}); "
            f"thay đổi ở: {', '.join(change.changed)}. Tệp đã ban hành được giữ nguyên.",
            err=True,
        )
    if changed:
        click.echo(
            "Cách xử lý: hoàn lại nội dung đã ban hành, hoặc lập văn bản sửa đổi, bổ sung thành một tệp nội dung "
            "riêng (có `ma` riêng) rồi ban hành tệp đó. Xem docs/huong-dan-su-dung.md, mục 5.4.",
            err=True,
        )


def _pdfs(project: Project, written: list[Job], pdf_a: bool, timeout: float) -> bool:
    """PDF beside each .docx written now, and beside any older one whose PDF is missing or stale;
    True when some could not be made (the .docx files are written whatever happens here)."""
    fresh = {job.output for job in written}
    stale = [p for p in sorted(project.output.rglob("*.docx")) if p in fresh or _pdf_stale(p)]
    try:
        result = convert(stale, pdf_a=pdf_a, timeout=timeout)
    except VanbanError as exc:
        for problem in exc.problems:
            click.echo(f"Lỗi: {shown(problem)}", err=True)
        return True
    for warning in result.warnings:
        click.echo(f"Cảnh báo: {shown(warning)}", err=True)
    wrong = 0
    for path in result.written:
        click.echo(f"Đã tạo {relative(path)}" + (" (PDF/A-2b)" if pdf_a else ""))
        printed = check_pdf(path)  # the printed page, as `vanban check FILE.pdf` checks it
        if printed.findings:
            click.echo(f"== {relative(path)}: kiểm tra trang in")
            echo_findings(printed.findings)
        wrong += bool(printed.errors)
    for problem in result.failed:
        click.echo(f"Lỗi: {shown(problem)}", err=True)
    click.echo(f"PDF: {len(result.written)} tệp đã tạo, {len(result.failed)} lỗi, {wrong} tệp sai thể thức trang in.")
    return bool(result.failed or wrong)


def _pdf_stale(docx: Path) -> bool:
    pdf = pdf_path(docx)
    return not pdf.exists() or pdf.stat().st_mtime < docx.stat().st_mtime


class _Progress:
    """A progress bar on stderr when it is a terminal and the batch is large enough to wait for."""

    def __init__(self) -> None:
        self._bar: ProgressBar[int] | None = None

    def update(self, job: Job, error: object, total: int) -> None:
        if self._bar is None and total >= 8 and sys.stderr.isatty():
            self._bar = click.progressbar(length=total, label="Đang tạo văn bản", file=sys.stderr)
            self._bar.__enter__()
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
