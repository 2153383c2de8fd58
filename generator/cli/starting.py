"""`vanban new` (a starter content file to fill in) and `vanban schema` (the JSON Schema of content files)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from ..errors import ContentError, Problem
from ..output import write_new_text
from ..project import Project
from ..schema import json_schema
from ..starter import starter_text
from .common import command, reports_errors


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
        profiles = sorted(Project(Path(".")).profiles.glob("*.yaml"))
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
