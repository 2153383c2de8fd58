"""`vanban xem`: one page of a PDF as a PNG image, for a quick look without Word."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2

from ..errors import Problem, UnreadableDocumentError
from ..output import write_atomic

DEFAULT_DPI = 100


def page_count(pdf: Path) -> int:
    """How many pages `pdf` has."""
    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise UnreadableDocumentError(Problem("Không đọc được tệp PDF.", file=pdf)) from exc
    try:
        return len(document)
    finally:
        document.close()


def page_png(pdf: Path, output: Path, page: int = 1, dpi: int = DEFAULT_DPI) -> tuple[int, int]:
    """Render page `page` (from 1) of `pdf` into `output` (atomically); the image's (width, height)."""
    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise UnreadableDocumentError(Problem("Không đọc được tệp PDF.", file=pdf)) from exc
    try:
        if not 1 <= page <= len(document):
            raise UnreadableDocumentError(
                Problem(f"Tệp có {len(document)} trang, không có trang {page}.", file=pdf, field="--trang")
            )
        image = document[page - 1].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    write_atomic(output, buffer.getvalue())
    width, height = image.size
    return int(width), int(height)
