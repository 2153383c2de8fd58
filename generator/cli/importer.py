"""`vanban import`: an existing document (.docx / .doc / .pdf / .txt) → a content file (issue 6)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import ContentError, Problem
from ..importing import Imported, read_documents, save_all
from .common import command, relative, reports_errors

SUFFIXES = (".docx", ".doc", ".pdf", ".txt")


@command(
    "import",
    help="Nhập một văn bản có sẵn (.docx, .doc, .pdf hoặc .txt) thành tệp nội dung YAML. Tệp gồm nhiều văn bản "
    "nối tiếp nhau được tách: văn bản đầu ghi vào tệp -o, văn bản thứ hai trở đi ghi bên cạnh "
    "(<tên>-2-<tên loại>.yaml …).",
)
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
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="In những gì nhận ra dạng JSON (một danh sách khi tệp có nhiều văn bản); chỉ ghi tệp khi có -o.",
)
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
    documents = read_documents(source)
    saved: list[tuple[Imported, Path | None, list[Path]]] = [(document, None, []) for document in documents]
    if output is not None or not as_json:
        saved = list(save_all(documents, output or Path("content") / f"{source.stem}.yaml", issuer, overwrite))
    if as_json:
        summaries = [document.summary() for document in documents]
        click.echo(json.dumps(summaries[0] if len(summaries) == 1 else summaries, ensure_ascii=False, indent=2))
    if len(saved) > 1:
        click.echo(f"Tệp {source.name} gồm {len(saved)} văn bản:", err=True)
        for number, (document, path, _) in enumerate(saved, start=1):
            target = f" → {relative(path)}" if path is not None else ""
            click.echo(f"  {number}. {_described(document)} (từ {document.start}){target}", err=True)
    for _, _, written in saved:
        for path in written:
            click.echo(f"Đã ghi {relative(path)}", err=True)
    for number, (document, path, _) in enumerate(saved, start=1):
        about = source.name
        if len(saved) > 1:
            about = f"văn bản {number}/{len(saved)} của {source.name}" + (f" ({relative(path)})" if path else "")
        _echo_notes(document, about)


def _described(document: Imported) -> str:
    """`CÔNG VĂN số 1/CV-CĐCS: Đề nghị cung cấp …` as the report lists a document."""
    header = document.header
    code = f"/{header.code}" if header.code else ""
    number = f"số {header.number or '…'}{code}" if header.number or code else "không có số"
    summary = header.summary or "(chưa có trích yếu)"
    return f"{header.type_name or '(không rõ tên loại)'} {number}: {summary}"


def _echo_notes(document: Imported, about: str) -> None:
    notes = document.notes
    if not len(notes):
        return
    click.echo(f"Những điểm chưa chắc chắn khi nhập {about} ({len(notes)}):", err=True)
    for note in notes.items:
        click.echo(f"  - {note}", err=True)
