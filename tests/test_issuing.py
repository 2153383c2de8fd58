"""`vanban build --ban-hanh`: numbers from the sổ văn bản đi, kept on rebuild, one per issuer register (issue 4)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest import GOOD

from generator.cli import main
from generator.pipeline import Options, Project, build
from generator.register import Register

ISSUED_ON = "2026-03-09"  # the `ngay` of conftest.GOOD: issuing gives the files that date


def cli(project: Path, *args: str):
    dated = ["--ngay", ISSUED_ON] if "--ban-hanh" in args and "--ngay" not in args else []
    return CliRunner().invoke(main, ["build", *args, *dated, "--thu-muc", str(project)], catch_exceptions=False)


def header_row(path: Path) -> tuple[str, str]:
    table = docx.Document(str(path)).tables[0]
    return table.cell(1, 0).text, table.cell(1, 1).text


def write(project: Path, name: str, text: str) -> Path:
    path = project / "content" / name
    path.write_text(text, encoding="utf-8")
    return path


DRAFT = GOOD.replace("so: 3\n", "")


def test_a_draft_prints_the_blank_forms(project):
    write(project, "ke-hoach.yaml", DRAFT)
    assert cli(project).exit_code == 0
    # spec §4.1: the văn thư fills in number and date after signing
    assert header_row(project / "output" / "ke-hoach.docx") == (
        "Số:      /KH-CĐCS",
        "Gia Lai, ngày      tháng      năm 2026",
    )


def test_issue_then_rebuild_keeps_the_number(project):
    path = write(project, "ke-hoach.yaml", DRAFT)
    first = cli(project, "--ban-hanh", str(path))
    assert first.exit_code == 0, first.output
    assert "số 01/KH-CĐCS" in first.output
    assert header_row(project / "output" / "ke-hoach.docx") == ("Số: 01/KH-CĐCS", "Gia Lai, ngày 09 tháng 3 năm 2026")
    assert cli(project, "--force").exit_code == 0  # a plain rebuild
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"
    assert cli(project, "--ban-hanh", str(path)).exit_code == 0  # issuing again finds the same number
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"


def test_consecutive_numbers_and_a_new_year_restarts_at_01(project):
    write(project, "ke-hoach.yaml", DRAFT)
    second = write(project, "b.yaml", DRAFT.replace("Tháng Công nhân", "Tháng hành động"))
    next_year = write(project, "c.yaml", DRAFT.replace("ngay: 2026-03-09", "ngay: 2027-01-05"))
    assert cli(project, "--ban-hanh", str(project / "content" / "ke-hoach.yaml")).exit_code == 0
    assert cli(project, "--ban-hanh", str(second)).exit_code == 0
    assert cli(project, "--ban-hanh", str(next_year), "--ngay", "2027-01-05", "--cho-phep-ngay-sau").exit_code == 0
    assert header_row(project / "output" / "b.docx")[0] == "Số: 02/KH-CĐCS"
    assert header_row(project / "output" / "c.docx") == ("Số: 01/KH-CĐCS", "Gia Lai, ngày 05 tháng 01 năm 2027")


def test_a_batch_takes_one_number_from_each_issuers_register(project):
    (project / "content" / "co-quan" / "khac.yaml").write_text(
        (project / "content" / "co-quan" / "cdcs-thu.yaml")
        .read_text(encoding="utf-8")
        .replace("CÔNG TY THỬ NGHIỆM", "CÔNG TY KHÁC"),
        encoding="utf-8",
    )
    write(project, "truoc.yaml", DRAFT.replace("co_quan: cdcs-thu", "co_quan: khac"))
    assert cli(project, "--ban-hanh", str(project / "content" / "truoc.yaml")).exit_code == 0
    batch = write(project, "ke-hoach.yaml", DRAFT.replace("co_quan: cdcs-thu", "co_quan: [cdcs-thu, khac]"))
    assert cli(project, "--ban-hanh", str(batch)).exit_code == 0
    assert header_row(project / "output" / "cdcs-thu" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"
    assert header_row(project / "output" / "khac" / "ke-hoach.docx")[0] == "Số: 02/KH-CĐCS"


def test_issuing_needs_named_files(project):
    result = cli(project, "--ban-hanh")
    assert result.exit_code == 2 and "cần chỉ rõ tệp nội dung" in result.stderr


def test_cancelled_number_is_never_reused(project):
    path = write(project, "ke-hoach.yaml", DRAFT)
    register = project / "so-van-ban-di.sqlite3"
    assert cli(project, "--ban-hanh", str(path)).exit_code == 0
    cancel = CliRunner().invoke(
        main, ["so", "huy", "--so-dang-ky", str(register), "--co-quan", "cdcs-thu", "--nam", "2026", "--so", "1"]
    )
    assert cancel.exit_code == 0, cancel.output
    rebuilt = cli(project)
    assert "sổ văn bản đi đổi số" in rebuilt.output
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số:      /KH-CĐCS"
    assert cli(project, "--ban-hanh", str(path)).exit_code == 0
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 02/KH-CĐCS"


def test_a_failed_render_spends_no_number(project, monkeypatch):
    import generator.pipeline as pipeline

    path = write(project, "ke-hoach.yaml", DRAFT)
    monkeypatch.setattr(
        pipeline, "render_parts", lambda template, context: (_ for _ in ()).throw(pipeline.RenderError("hỏng"))
    )
    with pytest.raises(pipeline.RenderError, match="hỏng"):
        build(Project(project), [path], Options(issue=True, workers=1, issue_date=dt.date(2026, 3, 9)))
    assert not (project / "output" / "ke-hoach.docx").exists()
    with Register.open(project / "so-van-ban-di.sqlite3") as register:
        assert register.entries() == []  # rolled back: the number was never given
    monkeypatch.undo()
    assert cli(project, "--ban-hanh", str(path)).exit_code == 0
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"


def test_two_files_with_the_same_name_are_two_documents(project):
    # the register key is the file's path inside content/, not its name
    (project / "content" / "a").mkdir()
    (project / "content" / "b").mkdir()
    first = write(project, "a/ke-hoach.yaml", DRAFT)
    write(project, "b/ke-hoach.yaml", DRAFT)
    assert cli(project, "--ban-hanh", str(first)).exit_code == 0
    assert cli(project).exit_code == 0
    assert header_row(project / "output" / "a" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"
    assert header_row(project / "output" / "b" / "ke-hoach.docx")[0] == "Số:      /KH-CĐCS"


def test_a_number_is_printed_only_in_its_year(project):
    path = write(project, "ke-hoach.yaml", DRAFT)
    assert cli(project, "--ban-hanh", str(path)).exit_code == 0
    with Register.open(project / "so-van-ban-di.sqlite3") as register, register.transaction():
        register.connection.execute("DELETE FROM versions")  # numbered by a vanban without frozen versions
    path.write_text(DRAFT.replace("ngay: 2026-03-09", "ngay: 2027-03-09"), encoding="utf-8")
    assert cli(project).exit_code == 0
    assert header_row(project / "output" / "ke-hoach.docx") == (
        "Số:      /KH-CĐCS",
        "Gia Lai, ngày      tháng      năm 2027",
    )


def test_issuing_a_parent_rebuilds_the_child_that_cites_it(project):
    (project / "content" / "co-quan" / "khac.yaml").write_text(
        (project / "content" / "co-quan" / "cdcs-thu.yaml")
        .read_text(encoding="utf-8")
        .replace("CÔNG TY THỬ NGHIỆM", "CÔNG TY KHÁC"),
        encoding="utf-8",
    )
    parent = write(project, "ke-hoach.yaml", DRAFT)
    write(project, "con.yaml", "ke_thua: ke-hoach.yaml\nco_quan: khac\nngay: 2026-03-20\n")
    assert cli(project).exit_code == 0
    assert cli(project, "--ban-hanh", str(parent)).exit_code == 0
    rebuilt = cli(project)
    assert "con.docx (sổ văn bản đi đổi số của cdcs-thu/ke-hoach)" in rebuilt.output
    opening = next(
        p.text for p in docx.Document(str(project / "output" / "con.docx")).paragraphs if p.text.startswith("Thực hiện")
    )
    assert opening.startswith("Thực hiện Kế hoạch số 01/KH-CĐCS ngày 09 tháng 3 năm 2026 của Ban Chấp hành")


def test_a_council_numbers_in_its_own_sequence(project):
    # spec §5.1: a council or board that issues under the body's seal keeps its own sequence
    write(project, "ke-hoach.yaml", DRAFT)
    council = write(project, "hoi-dong.yaml", DRAFT.replace("Tháng Công nhân", "Hội đồng thi đua") + "day_so: HĐTĐKT\n")
    assert cli(project, "--ban-hanh", str(project / "content" / "ke-hoach.yaml"), str(council)).exit_code == 0
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"
    assert (
        header_row(project / "output" / "hoi-dong.docx")[0] == "Số: 01/KH-HĐTĐKT"
    )  # number and ký hiệu unique in the year
    listing = CliRunner().invoke(main, ["so", "list", "--json", "--so-dang-ky", str(project / "so-van-ban-di.sqlite3")])
    assert sorted((row["day_so"], row["ky_hieu"]) for row in json.loads(listing.output)) == [
        ("HĐTĐKT", "KH-HĐTĐKT"),
        ("chung", "KH-CĐCS"),
    ]
