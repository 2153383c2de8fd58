"""Open a foreign PDF safely: size and page limits, and one clear error for whatever the reader raises.

Used by `check` (checking/pdf.py: the printed page) and `import` (importing/sources.py: the text by
position). pdfminer raises exceptions of many unrelated types on a damaged file — its own
PDFSyntaxError, pdfplumber's PdfminerException wrapping it, and also ValueError, KeyError, TypeError,
AssertionError from inside its parser — and reads pages lazily, so the whole read is guarded, not only
the opening; each ends as an UnreadableDocumentError naming the file (exit 2), never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Problem, UnreadableDocumentError

MAX_PDF_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 500


@dataclass(frozen=True)
class PdfPage:
    """Một trang PDF: khổ (point) và các chữ pdfplumber đọc được (text, x0, x1, top, bottom, …)."""

    width: float
    height: float
    words: tuple[dict[str, Any], ...]


def read_pdf(path: Path, extra_attrs: tuple[str, ...] = (), chars: bool = False) -> list[PdfPage]:
    """Every page of the PDF at `path` with its words (`extra_attrs`: more of pdfplumber's per-character
    attributes to keep, e.g. `fontname`; a word then ends where one changes; `chars`: each word keeps its
    characters under `chars`, with their font name and size, and words do not end at a change of font)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, f"Không mở được tệp ({exc.strerror}).", "Kiểm tra đường dẫn tệp.") from exc
    if size > MAX_PDF_BYTES:
        raise _unreadable(
            path, f"Tệp PDF quá lớn (tối đa {MAX_PDF_BYTES // 1024 // 1024} MB).", "Tách riêng văn bản cần xử lý."
        )
    # pdfplumber and pdfminer cost ~70 ms to import: paid only when a PDF is read (issue 15, item 2),
    # not by every `vanban build` that imports the checker for its --pdf option.
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise _unreadable(path, f"Tệp PDF có hơn {MAX_PDF_PAGES} trang.", "Tách riêng văn bản cần xử lý.")
            return [
                PdfPage(
                    float(page.width),
                    float(page.height),
                    tuple(page.extract_words(extra_attrs=list(extra_attrs), return_chars=chars)),
                )
                for page in pdf.pages
            ]
    except UnreadableDocumentError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on a broken file (module docstring)
        raise _unreadable(
            path, f"Không đọc được tệp PDF ({type(exc).__name__}).", "Mở tệp và lưu lại dạng PDF hoặc .docx."
        ) from exc


def _unreadable(path: Path, message: str, hint: str) -> UnreadableDocumentError:
    return UnreadableDocumentError(Problem(message, file=path, hint=hint))
