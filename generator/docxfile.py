"""Open a foreign .docx safely: size limits, no DTD or entities, a clear error for anything else.

Used by `check` and `import` on files written by others. The package is read once into memory
after its zip directory has been checked (entry count, declared and real uncompressed sizes,
compression ratio), so a zip bomb is refused before it is inflated; every XML part is refused if
it declares a DOCTYPE (entity expansion, external entities) and parsed with entity resolution and
network access off.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import Problem, UnreadableDocumentError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class DocxPackage:
    """Các phần của một tệp .docx đã kiểm tra an toàn."""

    path: Path
    parts: dict[str, bytes]

    def xml(self, name: str) -> etree._Element | None:
        """The parsed XML of part `name` (e.g. `word/document.xml`), or None when absent."""
        data = self.parts.get(name)
        if data is None:
            return None
        return etree.fromstring(data, _XML_PARSER)


def _refuse(path: Path, message: str, hint: str | None = None) -> UnreadableDocumentError:
    return UnreadableDocumentError(Problem(message, file=path, hint=hint))


def read_docx(path: Path) -> DocxPackage:
    """Read and check `path`; raise UnreadableDocumentError with a Vietnamese reason when unsafe or not a .docx."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(path, f"Không mở được tệp ({exc.strerror}).") from exc
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"Tệp quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_FILE_BYTES // (1024 * 1024)} MB).")
    return package_from_bytes(path.read_bytes(), path)


def package_from_bytes(raw: bytes, path: Path) -> DocxPackage:
    """Check .docx bytes already in memory (e.g. a document just rendered); `path` names it in messages."""
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        hint = (
            "Mở tệp bằng Word và lưu lại dạng .docx (Word Document)."
            if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            else None
        )
        raise _refuse(path, "Tệp không phải .docx (không phải gói Office Open XML).", hint)
    try:
        parts = _read_parts(path, zipfile.ZipFile(io.BytesIO(raw)))
    except zipfile.BadZipFile as exc:
        raise _refuse(path, "Tệp .docx bị hỏng (gói zip không đọc được).") from exc
    if "word/document.xml" not in parts:
        raise _refuse(path, "Tệp không có phần nội dung word/document.xml: không phải văn bản Word.")
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")) and b"<!DOCTYPE" in data[:4096].upper():
            raise _refuse(path, f"Phần {name} khai báo DOCTYPE/ENTITY: tệp có thể chứa nội dung độc hại, không đọc.")
    try:
        etree.fromstring(parts["word/document.xml"], _XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise _refuse(path, f"Nội dung word/document.xml hỏng ({exc.msg}).") from exc
    return DocxPackage(path, parts)


def _read_parts(path: Path, archive: zipfile.ZipFile) -> dict[str, bytes]:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _refuse(path, f"Gói .docx có quá nhiều phần ({len(entries)}).")
    declared = sum(e.file_size for e in entries)
    if declared > MAX_UNCOMPRESSED_BYTES:
        raise _refuse(path, "Gói .docx giải nén ra quá lớn (nghi là zip bomb).")
    parts: dict[str, bytes] = {}
    total = 0
    for entry in entries:
        if entry.is_dir():
            continue
        if entry.compress_size and entry.file_size / entry.compress_size > MAX_RATIO and entry.file_size > 1_000_000:
            raise _refuse(path, f"Phần {entry.filename} nén bất thường (nghi là zip bomb).")
        with archive.open(entry) as stream:
            data = stream.read(MAX_UNCOMPRESSED_BYTES - total + 1)
        total += len(data)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _refuse(path, "Gói .docx giải nén ra quá lớn (nghi là zip bomb).")
        parts[entry.filename] = data
    return parts
