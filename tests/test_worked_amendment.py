"""The worked amendment example (issue 12, "done when"): tools/vi_du_sua_doi.py run end to end —
national guidance issued, amended (one point changed, one khoản added, one point removed), the
amendment and the redline for the national body and two provinces."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO
from test_redline import needs_libreoffice, run_libreoffice

from generator.issuing import register_path
from generator.register import Register
from generator.register import versions as stored

SCRIPT = REPO / "tools" / "vi_du_sua_doi.py"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("vi-du") / "sua-doi"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(folder)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return folder, done.stdout


def test_the_example_issues_the_amendments_and_lists_what_to_open(example):
    _, printed = example
    assert "Đã tạo output/tong-ldld/huong-dan-cuoc-van-dong.sua-doi-1.docx (--ban-hanh, số 01/HD-TLĐ" in printed
    assert "ldld-hue.docx (--ban-hanh, số 02/HD-LĐLĐ" in printed
    assert "ldld-ha-noi.docx (--ban-hanh, số 02/HD-LĐLĐ" in printed
    listed = [line.strip() for line in printed.split("Mở bằng Word", 1)[1].splitlines()[1:] if line.strip()]
    assert listed == [
        "output/ldld-ha-noi/ldld-tinh/huong-dan-cuoc-van-dong.so-sanh-phien-ban-1.docx",
        "output/ldld-hue/ldld-tinh/huong-dan-cuoc-van-dong.so-sanh-phien-ban-1.docx",
        "output/ldld-tinh/huong-dan-cuoc-van-dong.sua-doi-1.ldld-ha-noi.docx",
        "output/ldld-tinh/huong-dan-cuoc-van-dong.sua-doi-1.ldld-hue.docx",
        "output/tong-ldld/huong-dan-cuoc-van-dong.so-sanh-phien-ban-1.docx",
        "output/tong-ldld/huong-dan-cuoc-van-dong.sua-doi-1.docx",
    ]


def test_the_amendment_cites_each_change_in_the_issued_numbering(example):
    folder, _ = example
    text = (folder / "content" / "tong-ldld" / "huong-dan-cuoc-van-dong.sua-doi-1.yaml").read_text(encoding="utf-8")
    for lead in (
        "Sửa đổi gạch đầu dòng thứ ba khoản 1 Mục I như sau:",
        "Bổ sung khoản 3 Mục III vào sau khoản 2 Mục III như sau:",
        "Bãi bỏ gạch đầu dòng thứ hai khoản 4 Mục III.",
        "Đánh số lại: khoản 3 Mục III thành khoản 4 Mục III;",
    ):
        assert lead in text


def _issued(folder: Path, issuer: str, document: str) -> bytes:
    with Register.open(register_path(folder)) as opened:
        return stored.history(opened.connection, issuer, document)[0].docx


@needs_libreoffice
def test_each_redline_accepts_to_the_amended_text_and_rejects_to_the_issued(example, tmp_path):
    folder, _ = example
    jobs = []
    for issuer, document, sub in (
        ("tong-ldld", "tong-ldld/huong-dan-cuoc-van-dong", "tong-ldld"),
        ("ldld-hue", "ldld-tinh/huong-dan-cuoc-van-dong", "ldld-hue/ldld-tinh"),
    ):
        output = folder / "output" / sub
        (tmp_path / f"{issuer}.issued.docx").write_bytes(_issued(folder, issuer, document))
        redline = output / "huong-dan-cuoc-van-dong.so-sanh-phien-ban-1.docx"
        assert b"w:ins " in zipfile.ZipFile(redline).read("word/document.xml")
        jobs += [
            ("keep", tmp_path / f"{issuer}.issued.docx", tmp_path / f"{issuer}.issued.txt"),
            ("keep", output / "huong-dan-cuoc-van-dong.docx", tmp_path / f"{issuer}.amended.txt"),
            ("accept", redline, tmp_path / f"{issuer}.accepted.txt"),
            ("reject", redline, tmp_path / f"{issuer}.rejected.txt"),
        ]
    run_libreoffice(jobs)
    for issuer in ("tong-ldld", "ldld-hue"):
        read = {
            kind: (tmp_path / f"{issuer}.{kind}.txt").read_text(encoding="utf-8")
            for kind in ("issued", "amended", "accepted", "rejected")
        }
        assert read["accepted"] == read["amended"] and read["rejected"] == read["issued"], issuer
        assert read["issued"] != read["amended"]
