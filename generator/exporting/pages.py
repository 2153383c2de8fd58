"""Page images of a .docx: printed through LibreOffice to PDF (pdf.py), each page drawn as a PNG
(preview.py). `vanban xem` shows one page; the web page's Xem trước shows them all."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import UnreadableDocumentError
from .pdf import convert
from .preview import DEFAULT_DPI, page_count, page_png


def docx_pdf(data: bytes, name: str, folder: Path) -> Path:
    """The PDF of a .docx given as bytes, printed into `folder` (raises the converter's problems)."""
    copy = folder / name
    copy.write_bytes(data)
    report = convert([copy])
    if report.failed:
        raise UnreadableDocumentError(report.failed)
    return report.written[0]


def docx_pages(data: bytes, folder: Path, dpi: int = DEFAULT_DPI) -> list[Path]:
    """Every page of a .docx as `folder`/trang-N.png, in order."""
    with tempfile.TemporaryDirectory(prefix="vanban-trang-") as temp:
        pdf = docx_pdf(data, "van-ban.docx", Path(temp))
        pages = []
        for page in range(1, page_count(pdf) + 1):
            pages.append(folder / f"trang-{page}.png")
            page_png(pdf, pages[-1], page, dpi)
    return pages
