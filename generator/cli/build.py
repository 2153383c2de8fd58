"""`vanban build`, `vanban new`, `vanban schema`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..checking.pdf import check_pdf
from ..checking.report import Severity
from ..errors import ContentError, Problem, VanbanError
from ..exporting.pdf import convert, pdf_path
from ..loading import ISSUER_FOLDER
from ..output import write_new_text
from ..pipeline import Job, Options, Project
from ..pipeline import build as run_build
from ..schema import json_schema
from ..settings import load_settings
from ..starter import starter_text
from ..versions import IssuedChange
from .check import echo_findings
from .common import command, project_option, register_option, relative, reports_errors, shown

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


@command(
    "build",
    help="Tạo các tệp .docx từ content/ vào output/ (chỉ tạo lại văn bản có đầu vào thay đổi). Có thể chỉ định tệp hoặc thư mục.",
)
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path), metavar="[TỆP|THƯ MỤC]...")
@click.option(
    "--co-quan",
    "issuers",
    default="",
    help="Tạo văn bản cho các cơ quan này (mã hồ sơ hoặc tên nhóm, cách nhau dấu phẩy), ví dụ: ldld-tinh.",
)
@click.option("--force", is_flag=True, help="Tạo lại tất cả, kể cả văn bản không thay đổi.")
@click.option("--khong-kiem-tra", "no_check", is_flag=True, help="Không kiểm tra thể thức văn bản sau khi tạo.")
@click.option(
    "--ban-hanh",
    "issue",
    is_flag=True,
    help="Ban hành: cấp số từ sổ văn bản đi cho các tệp đã chỉ định (văn bản đã có số giữ nguyên số).",
)
@click.option(
    "--ngay",
    "issue_date",
    default=None,
    metavar="NĂM-THÁNG-NGÀY",
    callback=lambda ctx, param, value: _parse_date(value),
    help="Với --ban-hanh: ngày ban hành (mặc định hôm nay), ví dụ 2026-03-09.",
)
@click.option(
    "--cho-phep-lui-ngay",
    "allow_backdate",
    is_flag=True,
    help="Với --ban-hanh: cho phép ngày sớm hơn số đã cấp gần nhất của dãy số (sổ ghi chú việc này).",
)
@click.option(
    "--cho-phep-ngay-sau",
    "allow_future",
    is_flag=True,
    help="Với --ban-hanh: cho phép ngày ban hành sau hôm nay (sổ ghi chú việc này).",
)
@click.option("--strict", is_flag=True, help="Coi cảnh báo thể thức như lỗi: văn bản có cảnh báo không được tạo.")
@click.option(
    "--dry-run",
    "dry_run",
    is_flag=True,
    help="Chỉ liệt kê các văn bản sẽ được tạo lại và các văn bản đã ban hành có nội dung thay đổi; không ghi gì, "
    "không cấp số.",
)
@register_option
@project_option
@click.option(
    "--pdf",
    is_flag=True,
    help="Tạo thêm tệp PDF bên cạnh mỗi .docx (qua LibreOffice); hoặc `pdf: true` trong vanban.yaml.",
)
@click.option("--pdf-a", "pdf_a", is_flag=True, help="Tạo PDF/A-2b (để ký số, lưu trữ); hoặc `pdf_a: true`.")
@click.option(
    "--pdf-timeout",
    type=float,
    default=None,
    help="Số giây tối đa cho một lượt LibreOffice (mặc định 120, hoặc `pdf_gioi_han_giay`); quá thì dừng và "
    "báo tệp chưa tạo được.",
)
@reports_errors
def build(
    targets: tuple[Path, ...],
    issuers: str,
    force: bool,
    no_check: bool,
    issue: bool,
    issue_date: dt.date | None,
    allow_backdate: bool,
    allow_future: bool,
    strict: bool,
    dry_run: bool,
    register: Path | None,
    root: Path,
    pdf: bool,
    pdf_a: bool,
    pdf_timeout: float | None,
) -> None:
    project = Project(root)
    settings = load_settings(root)
    pdf, pdf_a = pdf or settings.pdf, pdf_a or settings.pdf_a
    pdf_timeout = pdf_timeout if pdf_timeout is not None else settings.pdf_timeout
    chosen = tuple(i.strip() for i in issuers.split(",") if i.strip())
    if (issue_date or allow_backdate or allow_future) and not issue:
        raise ContentError(
            Problem("--ngay, --cho-phep-lui-ngay và --cho-phep-ngay-sau chỉ dùng cùng --ban-hanh.", field="--ngay")
        )
    options = Options(
        issuers=chosen,
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
            click.echo(f"Sẽ tạo {relative(job.output)} ({job.reason})")
        click.echo(f"Chạy thử: {len(report.planned)} văn bản sẽ được tạo, chưa ghi gì.")
        return
    for job in report.written:
        number = (
            f", số {job.context.so_ky_hieu.removeprefix('Số: ')}, ngày {job.document.date:%d/%m/%Y}" if issue else ""
        )
        click.echo(f"Đã tạo {relative(job.output)} ({job.reason}{number})")
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
    skipped = f", {len(report.skipped)} tệp nội dung không đổi (bỏ qua)" if report.skipped else ""
    click.echo(f"Xong: {len(report.written)} văn bản đã tạo, {len(report.failed)} lỗi{skipped}.")
    pdf_failed = _pdfs(project, report.written, pdf_a, pdf_timeout) if pdf or pdf_a else False
    if report.failed or pdf_failed:
        raise SystemExit(1)


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


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"“{value}” không phải ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-03-09.") from None


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


@command("new", help="Tạo tệp nội dung mẫu để điền: vanban new ke-hoach|huong-dan TỆP.yaml (không ghi đè tệp đã có).")
@click.argument("kind", type=click.Choice(["ke-hoach", "huong-dan"]), metavar="ke-hoach|huong-dan")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False), metavar="TỆP.yaml")
@click.option(
    "--co-quan",
    "issuer_id",
    default=None,
    help="Mã cơ quan ban hành (mặc định: hồ sơ đầu tiên trong content/co-quan/).",
)
@reports_errors
def new(kind: str, path: Path, issuer_id: str | None) -> None:
    if issuer_id is None:
        profiles = sorted((Project(Path(".")).content / ISSUER_FOLDER).glob("*.yaml"))
        issuer_id = profiles[0].stem if profiles else "ma-co-quan"
    if not write_new_text(path, starter_text(kind, issuer_id, str(path), dt.date.today())):
        raise ContentError(
            Problem("Tệp đã có, không ghi đè.", file=path, hint="Chọn tên tệp khác hoặc tự xóa tệp cũ trước.")
        )
    click.echo(f"Đã tạo {path}, cơ quan ban hành `{issuer_id}` (đổi ở dòng co_quan, hoặc dùng --co-quan).")
    click.echo(f"Điền nội dung rồi chạy: vanban build {path}")


@command(
    "schema",
    help="In JSON Schema của tệp nội dung (văn bản gốc hoặc văn bản kế thừa), hoặc của hồ sơ cơ quan với --ho-so.",
)
@click.option("--ho-so", "profile", is_flag=True, help="In JSON Schema của hồ sơ cơ quan (content/co-quan/*.yaml).")
@reports_errors
def schema(profile: bool) -> None:
    click.echo(json.dumps(json_schema(profile), ensure_ascii=False, indent=2))
