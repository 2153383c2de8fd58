"""`vanban import` through click's CliRunner: files written, never overwritten, --json, --co-quan, bad input."""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from generator.cli import main

PLAN = FIXTURES / "corpus" / "texts" / "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt"
JSON_KEYS = {
    "che_do",
    "so",
    "ky_hieu",
    "dia_danh",
    "ngay",
    "loai",
    "co_quan",
    "co_quan_chu_quan",
    "trich_yeu",
    "muc",
    "nguoi_ky",
    "noi_nhan",
}


def run(folder: Path, *args: str):
    """`vanban import …` run from a fresh working folder inside `folder`; the .yaml files it wrote there."""
    work = Path(tempfile.mkdtemp(dir=folder))
    previous = Path.cwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(main, ["import", *args], catch_exceptions=False)
        files = sorted(str(p.relative_to(work)) for p in work.rglob("*.yaml"))
    finally:
        os.chdir(previous)
    return result, files


def test_writes_content_file_and_profile_and_reports_what_was_uncertain(tmp_path):
    output = tmp_path / "content" / "ke-hoach.yaml"
    result, _ = run(tmp_path, str(PLAN), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert output.exists() and (tmp_path / "content" / "co-quan" / "bch-doan-xa-phuc-thinh.yaml").exists()
    assert f"Đã ghi {output}" in result.stderr
    assert "Những điểm chưa chắc chắn" in result.stderr and "Bỏ dòng số trang `2`" in result.stderr
    assert "co_quan: bch-doan-xa-phuc-thinh" in output.read_text(encoding="utf-8")


def test_default_output_is_content_folder_of_the_working_directory(tmp_path):
    result, files = run(tmp_path, str(PLAN))
    assert result.exit_code == 0, result.output
    assert files == [
        "content/05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.yaml",
        "content/co-quan/bch-doan-xa-phuc-thinh.yaml",
    ]


def test_never_overwrites_without_ghi_de(tmp_path):
    output = tmp_path / "content" / "ke-hoach.yaml"
    output.parent.mkdir(parents=True)
    output.write_text("# của tôi\n", encoding="utf-8")
    result, _ = run(tmp_path, str(PLAN), "-o", str(output))
    assert result.exit_code == 2
    assert "Tệp đã có, không ghi đè" in result.stderr and "--ghi-de" in result.stderr
    assert output.read_text(encoding="utf-8") == "# của tôi\n"
    result, _ = run(tmp_path, str(PLAN), "-o", str(output), "--ghi-de")
    assert result.exit_code == 0, result.output
    assert output.read_text(encoding="utf-8").startswith("# Tệp nội dung nhập từ")
    assert not list(output.parent.glob(".*.tmp"))


def test_json_has_exactly_the_keys_and_writes_nothing_without_o(tmp_path):
    result, files = run(tmp_path, str(PLAN), "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert set(found) == JSON_KEYS
    assert found["che_do"] == "doan"
    assert found["ky_hieu"] == "KH/ĐTN" and found["so"] is None and found["ngay"] == "2025-01-05"
    assert found["muc"] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, HÌNH THỨC TRIỂN KHAI", "TỔ CHỨC THỰC HIỆN"]
    assert found["noi_nhan"][0] == "Thành đoàn Hà Nội (để b/cáo)" and found["noi_nhan"][-1] == "Lưu"
    assert files == []


def test_co_quan_names_an_existing_profile_and_no_profile_is_created(tmp_path):
    profiles = tmp_path / "content" / "co-quan"
    profiles.mkdir(parents=True)
    (profiles / "doan-xa.yaml").write_text(
        "ten: X\nky_hieu: ĐTN\ndia_danh: Y\nnguoi_ky: {chuc_vu: BÍ THƯ, ho_ten: A B}\n", encoding="utf-8"
    )
    output = tmp_path / "content" / "kh.yaml"
    result, _ = run(tmp_path, str(PLAN), "-o", str(output), "--co-quan", "doan-xa")
    assert result.exit_code == 0, result.output
    assert "co_quan: doan-xa" in output.read_text(encoding="utf-8")
    assert [p.name for p in profiles.iterdir()] == ["doan-xa.yaml"]
    result, _ = run(tmp_path, str(PLAN), "-o", str(tmp_path / "content" / "kh2.yaml"), "--co-quan", "khong-co")
    assert result.exit_code == 2 and "Không có hồ sơ cơ quan `khong-co`" in result.stderr


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


ENTITY_BOMB = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><d>&b;</d>'
BAD_INPUTS = [
    # (what, file name, bytes, words in the message)
    ("not a zip", "x.docx", b"hello", "không phải .docx"),
    ("old Word .doc renamed", "x.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "lưu lại dạng .docx"),
    ("zip without document.xml", "x.docx", _zip({"a.txt": b"x"}), "không có phần nội dung"),
    ("entity expansion", "x.docx", _zip({"word/document.xml": ENTITY_BOMB}), "DOCTYPE"),
    ("zip bomb", "x.docx", _zip({"word/document.xml": b"<a>" + b" " * 5_000_000 + b"</a>"}), "zip bomb"),
    ("text not UTF-8", "x.txt", b"K\xd5 HO\xb9CH (TCVN3)", "không phải mã UTF-8"),
    ("news article", "x.txt", (FIXTURES / "seeds" / "000_70312b0776716e44.txt").read_bytes(), "bài báo"),
    ("unsupported type", "x.odt", b"PK", "Chỉ nhập được tệp .docx, .doc, .pdf hoặc .txt"),
    ("broken pdf", "x.pdf", b"%PDF-1.4", "Không đọc được tệp PDF"),
    ("empty pdf", "x.pdf", b"", "Không đọc được tệp PDF"),
    ("pdf with no /Root object", "x.pdf", b"%PDF-1.7\n1 0 obj << >> endobj\n", "Không đọc được tệp PDF"),
    ("doc that is no document", "x.doc", b"not a word file", "Không nhận ra văn bản hành chính"),
    ("text too large", "x.txt", b"a" * 5_000_001, "quá lớn"),
]


@pytest.mark.parametrize(("what", "name", "data", "words"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_exits_2_with_a_vietnamese_message_and_writes_nothing(tmp_path, what, name, data, words):
    source = tmp_path / name
    source.write_bytes(data)
    result, files = run(tmp_path, str(source))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Lỗi: {source}") and words in result.stderr, result.stderr
    assert "Traceback" not in result.output and files == []


def test_missing_file_is_reported(tmp_path):
    result, _ = run(tmp_path, str(tmp_path / "khong-co.txt"))
    assert result.exit_code == 2 and "Không mở được tệp" in result.stderr


def test_bom_and_crlf_text_is_read(tmp_path):
    source = tmp_path / "bom.txt"
    source.write_bytes(b"\xef\xbb\xbf" + PLAN.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    result, _ = run(tmp_path, str(source), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["co_quan"] == "BCH ĐOÀN XÃ PHÚC THỊNH"
