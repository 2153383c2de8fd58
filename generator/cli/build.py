"""`vanban build`: the no-op answered at once (uptodate.py), anything else by the full build (building.py).

A start-up that imports the pipeline, the Word libraries and the checker costs most of a no-op
build; this module imports none of them, so `vanban build` with nothing to do returns in a fraction
of that (issue 15, item 2).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..errors import ContentError, Problem
from ..project import Project
from ..uptodate import unchanged_files
from .common import command, project_option, register_option, reports_errors


def done_line(written: int, failed: int, skipped: int) -> str:
    """The last line of every build: «Xong: 2 văn bản đã tạo, 0 lỗi, 3 tệp nội dung không đổi (bỏ qua).»"""
    unchanged = f", {skipped} tệp nội dung không đổi (bỏ qua)" if skipped else ""
    return f"Xong: {written} văn bản đã tạo, {failed} lỗi{unchanged}."


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
    chosen = tuple(i.strip() for i in issuers.split(",") if i.strip())
    if (issue_date or allow_backdate or allow_future) and not issue:
        raise ContentError(
            Problem("--ngay, --cho-phep-lui-ngay và --cho-phep-ngay-sau chỉ dùng cùng --ban-hanh.", field="--ngay")
        )
    plain = not (chosen or force or issue or dry_run or pdf or pdf_a)
    unchanged = unchanged_files(Project(root), targets, register) if plain else None
    if unchanged is not None:
        click.echo(done_line(0, 0, len(unchanged)))
        return
    from .building import run  # the pipeline and the checker: imported only when there is work

    run(
        targets,
        root=root,
        issuers=chosen,
        force=force,
        no_check=no_check,
        issue=issue,
        issue_date=issue_date,
        allow_backdate=allow_backdate,
        allow_future=allow_future,
        strict=strict,
        dry_run=dry_run,
        register=register,
        pdf=pdf,
        pdf_a=pdf_a,
        pdf_timeout=pdf_timeout,
    )


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"“{value}” không phải ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-03-09.") from None
