"""The .docx zip writer (generator/zipping.py): members compressed once and copied raw (issue 15, item 4)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from generator.pipeline import Project, plan
from generator.rendering import DOCUMENT_PART, load_template, packaged, render_parts
from generator.zipping import DOCUMENT_LEVEL, STATIC_LEVEL, archive, compressed, package

PARTS = [
    ("[Content_Types].xml", b"<Types/>" * 50),
    ("word/document.xml", "<w:t>Kế hoạch</w:t>".encode() * 400),
    ("word/media/ảnh.png", bytes(range(256)) * 8),
    ("word/empty.xml", b""),
]


def read_back(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def test_python_zipfile_reads_every_member_back_in_order():
    archive_ = read_back(package(PARTS))
    assert archive_.testzip() is None  # every CRC matches
    assert [(i.filename, archive_.read(i)) for i in archive_.infolist()] == PARTS


@pytest.mark.parametrize("name", [name for name, _ in PARTS])
def test_every_entry_has_the_fixed_timestamp_deflate_and_rw_r__r__(name):
    info = read_back(package(PARTS)).getinfo(name)
    assert info.date_time == (1980, 1, 1, 0, 0, 0)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    assert info.external_attr >> 16 == 0o644
    assert info.create_system == 3  # Unix, so the permissions above are read as such


@pytest.mark.parametrize(("name", "utf8_flag"), [("word/document.xml", 0), ("word/media/ảnh.png", 0x800)])
def test_a_non_ascii_name_is_flagged_utf8(name, utf8_flag):
    assert read_back(package(PARTS)).getinfo(name).flag_bits & 0x800 == utf8_flag


def test_same_parts_same_bytes_and_a_changed_part_changes_them():
    assert package(PARTS) == package(list(PARTS))
    changed = [(n, d + b" " if n == DOCUMENT_PART else d) for n, d in PARTS]
    assert package(changed) != package(PARTS)


@pytest.mark.parametrize("level", [DOCUMENT_LEVEL, STATIC_LEVEL])
def test_a_member_holds_raw_deflate_of_its_data(level):
    member = compressed("x.xml", PARTS[1][1], level)
    assert zlib.decompress(member.deflated, -zlib.MAX_WBITS) == PARTS[1][1]
    assert (member.crc, member.size) == (zlib.crc32(PARTS[1][1]), len(PARTS[1][1]))


def test_a_member_compressed_once_is_copied_byte_for_byte_into_each_archive():
    member = compressed(*PARTS[0])
    first, second = archive([member]), archive([member, compressed(*PARTS[1])])
    assert member.deflated in first and member.deflated in second


def test_the_rendered_document_keeps_the_template_order_and_its_static_parts():
    repo = Project(Path(__file__).parent.parent)
    job = plan(repo, [repo.content / "vi-du"])[0][0]
    template = load_template(job.template)
    parts = render_parts(template, job.context)
    data = read_back(packaged(template, parts))
    assert [i.filename for i in data.infolist()] == [name for name, _ in template.parts]
    assert all(data.read(name) == content for name, content in template.parts if name != DOCUMENT_PART)
    assert data.read(DOCUMENT_PART) == parts[DOCUMENT_PART]
