"""`vanban import`: an existing document (.docx / .doc / .pdf / .txt) → a content file (issue 6)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import ContentError, Problem
from ..importing import read_document, save
from .common import command, relative, reports_errors

SUFFIXES = (".docx", ".doc", ".pdf", ".txt")


@command("import", help="Nhập một văn bản có sẵn (.docx, .doc, .pdf hoặc .txt) thành tệp nội dung YAML.")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False), metavar="TỆP")
@click.option(
    "-o",
    "--ra",
    "output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Tệp nội dung sẽ ghi (mặc định content/<tên tệp>.yaml).",
)
@click.option("--co-quan", "issuer", help="Mã hồ sơ cơ quan có sẵn trong content/co-quan/ (không tạo hồ sơ mới).")
@click.option("--ghi-de", "overwrite", is_flag=True, help="Ghi đè tệp nội dung đã có.")
@click.option("--json", "as_json", is_flag=True, help="In những gì nhận ra dạng JSON; chỉ ghi tệp khi có -o.")
@reports_errors
def import_command(source: Path, output: Path | None, issuer: str | None, overwrite: bool, as_json: bool) -> None:
    if source.suffix.lower() not in SUFFIXES:
        raise ContentError(
            Problem(
                "Chỉ nhập được tệp .docx, .doc, .pdf hoặc .txt.",
                file=source,
                hint="Lưu văn bản dạng .docx (Word), .pdf có lớp chữ hoặc .txt (UTF-8) rồi chạy lại.",
            )
        )
    imported = read_document(source)
    written: list[Path] = []
    if output is not None or not as_json:
        written = save(imported, output or Path("content") / f"{source.stem}.yaml", issuer, overwrite)
    if as_json:
        click.echo(json.dumps(imported.summary(), ensure_ascii=False, indent=2))
    for path in written:
        click.echo(f"Đã ghi {relative(path)}", err=True)
    if len(imported.notes):
        click.echo(f"Những điểm chưa chắc chắn khi nhập {source.name} ({len(imported.notes)}):", err=True)
        for note in imported.notes.items:
            click.echo(f"  - {note}", err=True)
