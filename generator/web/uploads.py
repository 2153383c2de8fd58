"""Nhập: an uploaded file, kept in the server's temporary folder under a random name until it is saved.

Its type is read from its first bytes, not from its name: a .docx (a zip), a .pdf, an old Word .doc
(OLE2) or plain UTF-8 text; anything else is refused before the importer sees it.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from ..errors import ContentError, Problem

UPLOAD_LIMIT = 20 * 2**20  # bytes; a larger request is refused (HTTP 413) before it is read
_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,64}")


def kind_of(data: bytes) -> str | None:
    """The file type by magic bytes: .docx, .pdf, .doc or .txt (UTF-8 without NUL), else None."""
    if data.startswith(b"PK\x03\x04"):
        return ".docx"
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        return ".doc"
    if b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return ".txt"
    return None


def stored_upload(folder: Path, data: bytes, filename: str) -> tuple[str, Path]:
    """Keep `data` in `folder` under a random token; the token and the path (named by its real type)."""
    if len(data) > UPLOAD_LIMIT:
        raise ContentError(Problem(f"Tệp «{filename}» lớn hơn {UPLOAD_LIMIT // 2**20} MB.", hint="Chọn tệp nhỏ hơn."))
    suffix = kind_of(data)
    if suffix is None or not data:
        raise ContentError(
            Problem(
                f"Tệp «{filename}» không phải văn bản .docx, .doc, .pdf hay .txt (UTF-8).",
                hint="Mở tệp bằng Word và lưu lại dạng .docx, rồi tải lên lại.",
            )
        )
    token = secrets.token_urlsafe(24)
    path = folder / f"{token}{suffix}"
    path.write_bytes(data)
    return token, path


def upload_path(folder: Path, token: str) -> Path:
    """The file kept under `token`; refused when the token is not one this server gave."""
    found = list(folder.glob(f"{token}.*")) if _TOKEN.fullmatch(token) else []
    if len(found) != 1:
        raise ContentError(Problem("Tệp tải lên không còn (máy chủ đã khởi động lại?).", hint="Tải tệp lên lại."))
    return found[0]
