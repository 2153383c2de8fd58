"""Write a .docx (a zip archive) deterministically, compressing each member only once (issue 15, item 4).

A template's members that are the same in every document it renders (styles, numbering, header,
footer, settings…) are compressed once when the template is loaded and copied raw into every
document; only the rendered `word/document.xml` is compressed per document, at a fast level. Every
entry carries the same fixed timestamp and keeps the template's order, so the same inputs give
byte-identical files. The archive is the plain zip of APPNOTE 6.3 §4.3 (no ZIP64: a .docx member is
far below 4 GiB), which Word, LibreOffice and Python's `zipfile` read.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

STATIC_LEVEL = 9  # once per template per process: the smallest files for the parts copied raw
DOCUMENT_LEVEL = 1  # per document: the fastest level (see bench/render.py for the figures)
_DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1  # the fixed timestamp 1980-01-01 00:00:00 (DOS time 0)
_VERSION = 20  # 2.0: deflate
_MADE_BY_UNIX = (3 << 8) | _VERSION  # so that the external attributes below are Unix permissions
_PERMISSIONS = 0o644 << 16
_DEFLATED = 8
_LOCAL_ENTRY, _CENTRAL_ENTRY, _END_OF_DIRECTORY = 0x04034B50, 0x02014B50, 0x06054B50  # APPNOTE signatures


@dataclass(frozen=True)
class Member:
    """Một phần của gói .docx đã nén sẵn: tên, CRC-32, cỡ gốc và dữ liệu đã nén (deflate thô)."""

    name: str
    crc: int
    size: int
    deflated: bytes


def compressed(name: str, data: bytes, level: int = STATIC_LEVEL) -> Member:
    """`data` deflated at `level`, with the CRC and size a zip entry records."""
    deflate = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return Member(name, zlib.crc32(data), len(data), deflate.compress(data) + deflate.flush())


def archive(members: Iterable[Member]) -> bytes:
    """The zip archive of `members` in this order: local entries, central directory, end record."""
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for member in members:
        name = member.name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800  # bit 11: the name is UTF-8
        fields = (_VERSION, flags, _DEFLATED, 0, _DOS_DATE_1980_01_01, member.crc, len(member.deflated), member.size)
        header = struct.pack("<I5H3I2H", _LOCAL_ENTRY, *fields, len(name), 0) + name
        local += (header, member.deflated)
        central.append(
            struct.pack(
                "<I6H3I5H2I", _CENTRAL_ENTRY, _MADE_BY_UNIX, *fields, len(name), 0, 0, 0, 0, _PERMISSIONS, offset
            )
            + name
        )
        offset += len(header) + len(member.deflated)
    directory = b"".join(central)
    end = struct.pack("<I4H2IH", _END_OF_DIRECTORY, 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(local) + directory + end


def package(parts: Iterable[tuple[str, bytes]], level: int = DOCUMENT_LEVEL) -> bytes:
    """A .docx of these parts in this order, every one compressed now (for a package built once)."""
    return archive(compressed(name, data, level) for name, data in parts)
