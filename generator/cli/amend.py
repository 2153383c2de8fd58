"""`vanban sua-doi`: what changed since a document was issued, cited the way an amendment cites it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from ..amending.amendment import amendment_path, write_amendments
from ..amending.compare import Comparison, children, compare, write_redline
from ..project import Project
from .common import command, project_option, register_option, relative, reports_errors, shown


@command("sua-doi")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True), metavar="TỆP")
@click.option(
    "--tu-phien-ban",
    "from_version",
    type=int,
    default=None,
    help="So từ phiên bản này (mặc định: bản ban hành gần nhất).",
)
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
@click.option(
    "--viet",
    "write",
    is_flag=True,
    help="Lập tệp nội dung của văn bản sửa đổi, bổ sung bên cạnh tệp được sửa (không ghi đè tệp đã có).",
)
@register_option
@project_option
@reports_errors
def amend(file: Path, from_version: int | None, as_json: bool, write: bool, register: Path | None, root: Path) -> None:
    project = Project(root)
    found = compare(project, file, from_version, register)
    now = dt.datetime.now(dt.UTC)
    redlines = {c.job.output: write_redline(c, now) for c in found if c.changes}
    written = write_amendments(found, lambda path: str(relative(path))) if write else {}
    below, broken = children(project, file, register)
    for problem in broken:
        click.echo(f"Cảnh báo (văn bản cấp dưới): {shown(problem)}", err=True)
    if as_json:
        records = [_record(c, redlines.get(c.job.output)) for c in found]
        click.echo(
            json.dumps(
                {**records[0], "van_ban_cap_duoi": [_record(c, None) for c in below]} if len(records) == 1 else records,
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for comparison in found:
        _echo(comparison)
    for path in redlines.values():
        click.echo(
            f"Đã tạo bản so sánh {relative(path)} (bản hiện tại, đánh dấu từng chỗ sửa so với bản đã ban hành: mở bằng Word, thẻ Review → Accept/Reject)."
        )
    for path, done in written.items():
        if done:
            click.echo(f"Đã lập {relative(path)}: đọc lại, rồi ban hành bằng vanban build --ban-hanh {relative(path)}")
        else:
            click.echo(f"Đã có {relative(path)}: giữ nguyên (xóa hoặc đổi tên tệp đó để lập lại).", err=True)
    if below:
        click.echo(f"Văn bản cấp dưới đã ban hành có phần kế thừa thay đổi ({len(below)}):")
        for comparison in below:
            version = comparison.version
            click.echo(
                f"  {relative(comparison.job.output)} (số {version.ky_hieu.removeprefix('Số: ')}): "
                f"{len(comparison.changes)} thay đổi — vanban sua-doi {relative(comparison.job.document.source)}"
            )


def _echo(comparison: Comparison) -> None:
    version = comparison.version
    title = f"{relative(comparison.job.output)} — phiên bản {version.version}, số {version.ky_hieu.removeprefix('Số: ')}, ngày {version.issue_date:%d/%m/%Y}"
    if not comparison.changes:
        click.echo(f"{title}: không có thay đổi.")
        return
    click.echo(f"{title}: {len(comparison.changes)} thay đổi")
    for position, change in enumerate(comparison.changes, start=1):
        click.echo(f"{position}. {change.lead}")
        for index, line in enumerate(change.text):
            opening = "“" if index == 0 else ""
            ending = "”" if index == len(change.text) - 1 else ""
            click.echo(f"   {opening}{line}{ending}")


def _record(comparison: Comparison, redline: Path | None) -> dict[str, object]:
    return {
        "van_ban": str(relative(comparison.job.output)),
        "co_quan": comparison.job.issuer.id,
        "phien_ban": comparison.version.version,
        "van_ban_sua_doi": str(relative(amendment_path(comparison))) if comparison.changes else None,
        "redline": str(relative(redline)) if redline else None,
        "thay_doi": [change.record() for change in comparison.changes],
    }
