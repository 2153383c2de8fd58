"""`vanban xem`: page N of a .docx or .pdf as a PNG."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from ..errors import Problem, UnreadableDocumentError
from ..exporting.pages import docx_pdf
from ..exporting.preview import DEFAULT_DPI, page_png
from .common import command, relative, reports_errors


@command("xem", help="Tạo ảnh PNG của một trang văn bản (.docx hoặc .pdf) để xem nhanh; .docx được in qua LibreOffice.")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, exists=True), metavar="TỆP")
@click.option("--trang", "page", type=int, default=1, show_default=True, help="Trang cần xem (từ 1).")
@click.option("--dpi", type=int, default=DEFAULT_DPI, show_default=True, help="Độ phân giải ảnh.")
@click.option(
    "-o", "--ra", "output", type=click.Path(path_type=Path, dir_okay=False), help="Tệp PNG (mặc định TỆP-trang-N.png)."
)
@reports_errors
def xem(source: Path, page: int, dpi: int, output: Path | None) -> None:
    output = output or source.with_name(f"{source.stem}-trang-{page}.png")
    if source.suffix.lower() == ".pdf":
        size = page_png(source, output, page, dpi)
    elif source.suffix.lower() == ".docx":
        with tempfile.TemporaryDirectory(prefix="vanban-xem-") as temp:
            size = page_png(docx_pdf(source.read_bytes(), source.name, Path(temp)), output, page, dpi)
    else:
        raise UnreadableDocumentError(Problem("Chỉ xem được tệp .docx hoặc .pdf.", file=source))
    click.echo(f"Đã tạo {relative(output)} ({size[0]} × {size[1]} điểm ảnh, trang {page}).")
