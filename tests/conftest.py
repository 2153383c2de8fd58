"""Shared fixtures: a throwaway project with one issuer profile, and the repository paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"  # real documents; INDEX.md says where each came from

PROFILE = """\
co_quan_chu_quan: [LĐLĐ TỈNH GIA LAI]
ten: [CÔNG ĐOÀN CƠ SỞ, CÔNG TY THỬ NGHIỆM]
ten_goi: Công đoàn cơ sở Công ty Thử nghiệm
tap_the: Ban Chấp hành
ky_hieu: CĐCS
dia_danh: Gia Lai
nguoi_ky: {tham_quyen: TM. BAN CHẤP HÀNH, chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A}
noi_nhan: [LĐLĐ tỉnh (để b/c)]
luu: [VT]
thu_nghiem: true
"""

GOOD = """\
loai: ke-hoach
co_quan: cdcs-thu
so: 3
ngay: 2026-03-09
trich_yeu: Tổ chức Tháng Công nhân năm 2026
muc:
  - id: muc-dich
    tieu_de: Mục đích, yêu cầu
    y: [Nâng cao nhận thức.]
  - id: to-chuc
    tieu_de: Tổ chức thực hiện
    muc:
      - tieu_de: Ban Chấp hành
        y: [Triển khai kế hoạch.]
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with content/co-quan/cdcs-thu.yaml, the shipped templates and one good content file."""
    (tmp_path / "content" / "co-quan").mkdir(parents=True)
    (tmp_path / "content" / "co-quan" / "cdcs-thu.yaml").write_text(PROFILE, encoding="utf-8")
    (tmp_path / "content" / "ke-hoach.yaml").write_text(GOOD, encoding="utf-8")
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    return tmp_path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/* from the current output (review the diff like code).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def copy_project(destination: Path) -> Path:
    """A copy of the shipped content/ and templates_docx/ (the examples), to build without touching the repo."""
    for folder in ("content", "templates_docx"):
        shutil.copytree(REPO / folder, destination / folder)
    return destination


def import_then_build(source: Path, folder: Path) -> tuple[int, int, str]:
    """`vanban import SOURCE` into FOLDER/content, then `vanban build` of it (the templates copied in): the two exit
    codes and the output; the build is not run (code -1) when the import fails."""
    from click.testing import CliRunner

    from generator.cli import main

    shutil.copytree(REPO / "templates_docx", folder / "templates_docx", dirs_exist_ok=True)
    content = folder / "content" / f"{source.stem}.yaml"
    runner = CliRunner()
    imported = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    if imported.exit_code != 0:
        return imported.exit_code, -1, imported.output
    built = runner.invoke(main, ["build", str(content), "--thu-muc", str(folder)], catch_exceptions=False)
    return imported.exit_code, built.exit_code, built.output


def check_fields(
    found: dict[str, object], key: str, expected: dict[str, object], misses: dict[tuple[str, str], str]
) -> None:
    """Each field as read by eye; a field listed in `misses` (with its reason) must still be wrong, so the list stays true."""
    for field, value in expected.items():
        if (key, field) in misses:
            assert found[field] != value, f"{key} {field} now passes: drop it from the misses"
        else:
            assert found[field] == value, f"{key} {field}"
