"""`vanban build`, `vanban new`, `vanban schema`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from ..errors import ContentError, Problem
from ..loading import ISSUER_FOLDER
from ..pipeline import Job, Project, build as run_build
from ..schema import ContentFile
from ..starter import starter_text
from ..output import write_new_text
from .common import command, reports_errors


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@command("build", help="Tạo các tệp .docx từ content/ vào output/. Có thể chỉ định tệp hoặc thư mục cụ thể.")
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path))
@click.option("--thu-muc", "root", type=click.Path(path_type=Path, file_okay=False), default=Path("."), show_default=True, help="Thư mục dự án (chứa content/, templates_docx/).")
@reports_errors
def build(targets: tuple[Path, ...], root: Path) -> None:
    project = Project(root)

    def written(job: Job) -> None:
        click.echo(f"Đã tạo {_shown(job.output)}")

    report = run_build(project, targets, on_written=written)
    for output, error in report.failed:
        for problem in error.problems:
            click.echo(f"Lỗi ({_shown(output)}): {problem}", err=True)
    click.echo(f"Xong: {len(report.written)} văn bản đã tạo, {len(report.failed)} lỗi.")
    if report.failed:
        raise SystemExit(1)


@command("new", help="Tạo tệp nội dung mẫu để điền: vanban new ke-hoach|huong-dan TỆP.yaml (không ghi đè tệp đã có).")
@click.argument("kind", type=click.Choice(["ke-hoach", "huong-dan"]))
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--co-quan", "issuer_id", default=None, help="Mã cơ quan ban hành (mặc định: hồ sơ đầu tiên trong content/co-quan/).")
@reports_errors
def new(kind: str, path: Path, issuer_id: str | None) -> None:
    if issuer_id is None:
        profiles = sorted((Project(Path(".")).content / ISSUER_FOLDER).glob("*.yaml"))
        issuer_id = profiles[0].stem if profiles else "ma-co-quan"
    if not write_new_text(path, starter_text(kind, issuer_id, str(path), dt.date.today())):
        raise ContentError(Problem("Tệp đã có, không ghi đè.", file=path, hint="Chọn tên tệp khác hoặc tự xóa tệp cũ trước."))
    click.echo(f"Đã tạo {path}. Điền nội dung rồi chạy: vanban build {path}")


@command("schema", help="In JSON Schema của tệp nội dung (để trình soạn thảo gợi ý và kiểm tra khóa).")
@reports_errors
def schema() -> None:
    click.echo(json.dumps(ContentFile.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
