"""Issued versions are frozen (issue 12, item 1): `--ban-hanh` stores the .docx and what it was made
of; a later build never overwrites an issued document whose inputs changed, and says so."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from conftest import GOOD, REPO, copy_project

from generator.cli import main
from generator.register import Register
from generator.register import versions as stored_versions
from generator.register.store import SCHEMA_VERSION, connect

DRAFT = GOOD.replace("so: 3\n", "")


def cli(project: Path, *args: str):
    return CliRunner().invoke(main, ["build", *args, "--thu-muc", str(project)], catch_exceptions=False)


def issued(project: Path) -> Path:
    path = project / "content" / "ke-hoach.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    result = cli(project, "--ban-hanh", "--ngay", "2026-03-09", str(path))
    assert result.exit_code == 0, result.output
    return path


def history(project: Path, issuer: str = "cdcs-thu", document: str = "ke-hoach") -> list[stored_versions.Version]:
    with Register.open(project / "so-van-ban-di.sqlite3") as register:
        return stored_versions.history(register.connection, issuer, document)


def test_issuing_freezes_the_docx_its_hash_inputs_and_plan(project):
    issued(project)
    output = project / "output" / "ke-hoach.docx"
    [version] = history(project)
    assert version.version == 1 and version.number == 1 and version.ky_hieu == "Số: 01/KH-CĐCS"
    assert version.docx == output.read_bytes()
    assert version.sha256 == hashlib.sha256(output.read_bytes()).hexdigest()
    inputs = json.loads(version.inputs)
    assert set(inputs) == {"content/ke-hoach.yaml", "content/co-quan/cdcs-thu.yaml", "templates_docx/ke-hoach.docx"}
    plan = json.loads(version.plan)
    assert plan["so"] == 1 and plan["muc"][0]["id"] == "muc-dich"


def test_a_build_after_an_edit_keeps_the_issued_file_and_says_what_changed(project):
    path = issued(project)
    output = project / "output" / "ke-hoach.docx"
    before = output.read_bytes()
    path.write_text(DRAFT.replace("Nâng cao nhận thức.", "Nâng cao nhận thức của đoàn viên."), encoding="utf-8")
    for _ in range(2):  # and again on the next build: nothing is forgotten
        result = cli(project)
        assert result.exit_code == 0
        assert "ke-hoach.docx (phiên bản 1, số 01/KH-CĐCS" in result.stderr
        assert "thay đổi ở: content/ke-hoach.yaml" in result.stderr
        assert output.read_bytes() == before
    assert len(history(project)) == 1


def test_a_changed_template_or_profile_also_counts(project):
    issued(project)
    profile = project / "content" / "co-quan" / "cdcs-thu.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("Nguyễn Văn A", "Nguyễn Văn B"), encoding="utf-8")
    result = cli(project)
    assert "thay đổi ở: content/co-quan/cdcs-thu.yaml" in result.stderr


def test_an_edit_that_prints_the_same_text_changes_nothing(project):
    path = issued(project)
    output = project / "output" / "ke-hoach.docx"
    before = output.read_bytes()
    path.write_text("# một dòng ghi chú\n" + DRAFT, encoding="utf-8")
    result = cli(project)
    assert result.exit_code == 0 and "nội dung đã thay đổi" not in result.stderr
    assert output.read_bytes() == before


def test_a_lost_issued_file_comes_back_byte_for_byte(project):
    issued(project)
    output = project / "output" / "ke-hoach.docx"
    before = output.read_bytes()
    output.unlink()
    assert cli(project).exit_code == 0
    assert output.read_bytes() == before


def test_issuing_again_after_an_edit_is_refused_and_changes_nothing(project):
    path = issued(project)
    register = project / "so-van-ban-di.sqlite3"
    before = register.read_bytes()
    path.write_text(DRAFT.replace("Nâng cao nhận thức.", "Nâng cao nhận thức của đoàn viên."), encoding="utf-8")
    result = cli(project, "--ban-hanh", "--ngay", "2026-03-09", str(path))
    assert result.exit_code != 0
    assert "đã ban hành (phiên bản 1, số 01/KH-CĐCS, ngày 09/03/2026) và nội dung đã thay đổi" in result.stderr
    assert register.read_bytes() == before


def test_dry_run_lists_and_writes_nothing(project):
    path = issued(project)
    path.write_text(DRAFT.replace("Nâng cao nhận thức.", "Nâng cao nhận thức của đoàn viên."), encoding="utf-8")
    (project / "content" / "moi.yaml").write_text(DRAFT.replace("Tháng Công nhân", "Tháng hành động"), "utf-8")
    files = sorted(p.relative_to(project) for p in project.rglob("*"))
    manifest = (project / "output" / ".vanban-manifest.json").read_bytes()
    result = cli(project, "--dry-run")
    assert result.exit_code == 0
    assert "moi.docx (chưa tạo lần nào)" in result.output
    assert "Chạy thử: 1 văn bản sẽ được tạo" in result.output
    assert "Đã ban hành, nội dung đã thay đổi:" in result.stderr
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == files
    assert (project / "output" / ".vanban-manifest.json").read_bytes() == manifest


def test_a_parent_edit_holds_back_every_issued_child(tmp_path):
    project = copy_project(tmp_path)
    parent = project / "content" / "tong-ldld" / "huong-dan-cuoc-van-dong.yaml"
    child = project / "content" / "ldld-tinh" / "huong-dan-cuoc-van-dong.yaml"
    assert cli(project, "--ban-hanh", "--ngay", "2024-11-25", "--cho-phep-lui-ngay", str(parent)).exit_code == 0
    assert cli(project, "--ban-hanh", "--ngay", "2025-09-15", str(child)).exit_code == 0
    hanoi = project / "output" / "ldld-ha-noi" / "ldld-tinh" / "huong-dan-cuoc-van-dong.docx"
    before = hanoi.read_bytes()
    text = parent.read_text(encoding="utf-8")
    parent.write_text(text.replace("biểu dương và nhân rộng", "khen thưởng và nhân rộng"), encoding="utf-8")
    result = cli(project)
    held_back = [line for line in result.stderr.splitlines() if line.startswith("Đã ban hành, nội dung đã thay đổi")]
    assert len(held_back) == 35  # the national guidance and its 34 provincial copies
    assert all("content/tong-ldld/huong-dan-cuoc-van-dong.yaml" in line for line in held_back)
    assert hanoi.read_bytes() == before


def test_a_register_of_schema_1_gains_the_versions_table(tmp_path):
    path = tmp_path / "so.sqlite3"
    shutil.copy(REPO / "tests" / "fixtures" / "so-luoc-do-1.sqlite3", path)
    connection = connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert connection.execute("SELECT count(*) FROM versions").fetchone()[0] == 0
    assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    connection.close()


def test_a_cancelled_number_frees_the_text_and_the_next_issue_is_version_2(project):
    path = issued(project)
    register = project / "so-van-ban-di.sqlite3"
    cancel = ["so", "huy", "--so-dang-ky", str(register), "--co-quan", "cdcs-thu", "--nam", "2026", "--so", "1"]
    assert CliRunner().invoke(main, cancel).exit_code == 0
    path.write_text(DRAFT.replace("Nâng cao nhận thức.", "Nâng cao nhận thức của đoàn viên."), encoding="utf-8")
    result = cli(project)
    assert result.exit_code == 0 and "nội dung đã thay đổi" not in result.stderr
    assert cli(project, "--ban-hanh", "--ngay", "2026-03-09", str(path)).exit_code == 0
    assert [(v.version, v.number) for v in history(project)] == [(1, 1), (2, 2)]
