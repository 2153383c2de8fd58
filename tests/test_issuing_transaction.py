"""Issuing as one checked transaction (issue 18): a refused command spends no number; dates, hand-typed
numbers, check findings and a file that cannot be written."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest import GOOD, PROFILE
from docx.shared import Cm

from generator.cli import main
from generator.issuing import BACKDATED_MARK, FUTURE_MARK, UNWRITTEN_MARK

DRAFT = GOOD.replace("so: 3\n", "")
UNDATED = DRAFT.replace("ngay: 2026-03-09\n", "")
DAY = "2026-03-09"


def vanban(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--thu-muc", str(project)], catch_exceptions=False)


def register_lines(project: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(
        main, ["so", "list", "--json", "--so-dang-ky", str(project / "so-van-ban-di.sqlite3")], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output) if result.output.strip() else []


def write(project: Path, name: str, text: str) -> Path:
    path = project / "content" / name
    path.write_text(text, encoding="utf-8")
    return path


def header_row(path: Path) -> tuple[str, str]:
    table = docx.Document(str(path)).tables[0]
    return table.cell(1, 0).text, table.cell(1, 1).text


def issue(project: Path, *args: str):
    return vanban(project, "build", "--ban-hanh", *args)


@pytest.fixture
def issued_once(project: Path) -> Path:
    """A project whose register already holds 01/KH-CĐCS of 09/3/2026 (so refusals can be compared)."""
    first = write(project, "ke-hoach.yaml", DRAFT)
    assert issue(project, str(first), "--ngay", DAY).exit_code == 0
    return project


@pytest.mark.parametrize(
    ("case", "files", "message"),
    [
        (
            "unknown issuer in the second file",
            {"a.yaml": DRAFT, "b.yaml": DRAFT.replace("co_quan: cdcs-thu", "co_quan: khong-co")},
            "b.yaml",
        ),
        (
            "undefined variable in one file",
            {"a.yaml": DRAFT, "b.yaml": DRAFT.replace("Nâng cao nhận thức.", '"Nâng cao {{ khong_co }}."')},
            "khong_co",
        ),
        ("placeholder in a sentence", {"a.yaml": DRAFT.replace("Nâng cao nhận thức.", "Nâng cao …")}, "chưa điền"),
        ("a starter's [...]", {"a.yaml": DRAFT.replace("Triển khai kế hoạch.", '"[...]"')}, "chưa điền"),
        ("written date is not the date of issue", {"a.yaml": DRAFT.replace(DAY, "2026-03-20")}, "ngay"),
        ("earlier than the sổ's last number", {"a.yaml": DRAFT.replace(DAY, "2026-03-01")}, "sớm hơn"),
    ],
)
def test_a_refused_command_spends_no_number(issued_once: Path, case: str, files: dict[str, str], message: str) -> None:
    project = issued_once
    before = register_lines(project)
    paths = [str(write(project, name, text)) for name, text in files.items()]
    date = files[next(iter(files))].split("ngay: ", 1)[1][:10] if "earlier" in case else DAY
    result = issue(project, *paths, "--ngay", date)
    assert result.exit_code != 0, case
    assert message in result.output
    assert register_lines(project) == before  # nothing spent
    assert not (project / "output" / "a.yaml").with_suffix(".docx").exists()


def test_errors_name_the_file_and_line_the_user_edits(issued_once: Path) -> None:
    path = write(issued_once, "a.yaml", DRAFT.replace("Triển khai kế hoạch.", "Triển khai …"))
    result = issue(issued_once, str(path), "--ngay", DAY)
    assert "content/a.yaml:13: [y] Còn chỗ chưa điền" in result.output.replace(str(issued_once) + "/", "")


def test_a_draft_with_placeholders_still_builds(project: Path) -> None:
    write(project, "ke-hoach.yaml", DRAFT.replace("Nâng cao nhận thức.", "Nâng cao …"))
    result = vanban(project, "build")
    assert result.exit_code == 0, result.output
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số:      /KH-CĐCS"


def test_a_placeholder_signer_of_a_real_issuer_is_refused_at_the_profile(project: Path) -> None:
    profile = project / "content" / "co-quan" / "cdcs-thu.yaml"
    profile.write_text(PROFILE.replace("thu_nghiem: true\n", ""), encoding="utf-8")
    path = write(project, "ke-hoach.yaml", DRAFT)
    result = issue(project, str(path), "--ngay", DAY)
    assert result.exit_code == 2
    assert "co-quan/cdcs-thu.yaml:7: [nguoi_ky.ho_ten] Người ký “Nguyễn Văn A” là tên giả định" in result.output
    assert register_lines(project) == []


def test_a_draft_needs_no_date_and_issuing_gives_today(project: Path) -> None:
    path = write(project, "ke-hoach.yaml", UNDATED)
    assert vanban(project, "build").exit_code == 0
    year = dt.date.today().year
    assert header_row(project / "output" / "ke-hoach.docx")[1] == f"Gia Lai, ngày      tháng      năm {year}"
    result = issue(project, str(path))
    assert result.exit_code == 0, result.output
    today = dt.date.today()
    assert header_row(project / "output" / "ke-hoach.docx")[1].endswith(f"năm {today.year}")
    assert "ngày      " not in header_row(project / "output" / "ke-hoach.docx")[1]
    assert register_lines(project)[0]["ngay"] == today.isoformat()
    # later builds print the date of issue from the register, not the day they run
    (project / "output" / "ke-hoach.docx").unlink()
    assert vanban(project, "build").exit_code == 0
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"


def test_ngay_sets_the_date_of_issue(project: Path) -> None:
    path = write(project, "ke-hoach.yaml", UNDATED)
    assert issue(project, str(path), "--ngay", "2026-04-02").exit_code == 0
    assert header_row(project / "output" / "ke-hoach.docx") == ("Số: 01/KH-CĐCS", "Gia Lai, ngày 02 tháng 4 năm 2026")
    assert vanban(project, "build", "--ngay", "2026-04-02").exit_code == 2  # --ngay belongs to --ban-hanh


def test_backdating_is_refused_unless_allowed_and_then_recorded(issued_once: Path) -> None:
    path = write(issued_once, "b.yaml", UNDATED.replace("Tháng Công nhân", "Tháng hành động"))
    refused = issue(issued_once, str(path), "--ngay", "2026-03-01")
    assert refused.exit_code == 2 and "--cho-phep-lui-ngay" in refused.output
    assert "content/b.yaml: [ngay] Ngày ban hành 01/03/2026 sớm hơn" in refused.output  # the file issued
    allowed = issue(issued_once, str(path), "--ngay", "2026-03-01", "--cho-phep-lui-ngay")
    assert allowed.exit_code == 0, allowed.output
    line = next(e for e in register_lines(issued_once) if e["so"] == 2)
    assert BACKDATED_MARK in str(line["ghi_chu"])


def test_a_future_date_is_refused_unless_allowed(project: Path) -> None:
    path = write(project, "ke-hoach.yaml", UNDATED)
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    refused = issue(project, str(path), "--ngay", later)
    assert refused.exit_code == 2 and "--cho-phep-ngay-sau" in refused.output
    assert register_lines(project) == []
    assert issue(project, str(path), "--ngay", later, "--cho-phep-ngay-sau").exit_code == 0
    assert FUTURE_MARK in str(register_lines(project)[0]["ghi_chu"])


def test_a_free_hand_typed_number_is_recorded_as_typed(project: Path) -> None:
    path = write(project, "ke-hoach.yaml", GOOD)  # so: 3
    result = issue(project, str(path), "--ngay", DAY)
    assert result.exit_code == 0, result.output
    [line] = register_lines(project)
    assert line["so"] == 3 and "số ghi tay" in str(line["ghi_chu"])


def test_a_hand_typed_number_taken_by_another_document_is_refused(issued_once: Path) -> None:
    before = register_lines(issued_once)
    path = write(issued_once, "khac.yaml", GOOD.replace("so: 3", "so: 1").replace("Tháng Công nhân", "Việc khác"))
    for args in (["build", "--ban-hanh", str(path), "--ngay", DAY], ["build", str(path)]):
        result = vanban(issued_once, *args)
        assert result.exit_code == 2
        assert "khac.yaml:3: [so] Số 01 năm 2026 của `cdcs-thu` đã cấp cho văn bản khác: `ke-hoach`" in (
            result.output.replace(str(issued_once) + "/content/", "")
        )
    assert register_lines(issued_once) == before


def test_a_child_issued_with_its_parent_cites_the_new_number(project: Path) -> None:
    (project / "content" / "co-quan" / "cdcs-con.yaml").write_text(
        PROFILE.replace("CÔNG TY THỬ NGHIỆM", "CÔNG TY CON").replace("Thử nghiệm", "Con"), encoding="utf-8"
    )
    parent = write(project, "ke-hoach.yaml", UNDATED)
    child = write(project, "con.yaml", "ke_thua: ke-hoach.yaml\nco_quan: cdcs-con\n")
    result = issue(project, str(parent), str(child), "--ngay", DAY)
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(project / "output" / "con.docx")).paragraphs)
    assert "Thực hiện Kế hoạch số 01/KH-CĐCS ngày 09 tháng 3 năm 2026" in text


def _warn_on_indent(project: Path) -> None:
    """The template's body style indented 2 cm: `vanban check` warns (§1 first-line indent)."""
    template = project / "templates_docx" / "ke-hoach.docx"
    document = docx.Document(str(template))
    document.styles["VB Doan"].paragraph_format.first_line_indent = Cm(2)
    document.save(str(template))


def test_build_prints_the_check_findings_and_strict_makes_warnings_fatal(project: Path) -> None:
    _warn_on_indent(project)
    write(
        project, "ke-hoach.yaml", DRAFT.replace("    y: [Nâng cao nhận thức.]", "    doan: [" + "Nâng cao. " * 20 + "]")
    )
    result = vanban(project, "build")
    assert result.exit_code == 0, result.output
    assert "CẢNH BÁO [§1, §13.8 than-van-ban]" in result.output
    assert "Kiểm tra thể thức: 0 lỗi, 1 cảnh báo" in result.output
    strict = vanban(project, "build", "--force", "--strict")
    assert strict.exit_code == 1
    assert "Thụt dòng đầu 2.00 cm" in strict.output


def test_a_file_that_cannot_be_written_is_marked_in_the_register_then_cleared(project: Path) -> None:
    path = write(project, "ke-hoach.yaml", DRAFT)
    (project / "output" / "ke-hoach.docx").mkdir(parents=True)  # a folder where the file should go
    result = issue(project, str(path), "--ngay", DAY)
    assert result.exit_code == 1
    [line] = register_lines(project)
    assert line["so"] == 1 and UNWRITTEN_MARK in str(line["ghi_chu"])
    (project / "output" / "ke-hoach.docx").rmdir()
    assert vanban(project, "build").exit_code == 0
    [line] = register_lines(project)
    assert UNWRITTEN_MARK not in str(line["ghi_chu"])
    assert header_row(project / "output" / "ke-hoach.docx")[0] == "Số: 01/KH-CĐCS"


def test_eight_processes_issuing_at_once_get_distinct_contiguous_numbers(project: Path) -> None:
    files = [write(project, f"v{i}.yaml", UNDATED.replace("Tháng Công nhân", f"Việc {i}")) for i in range(8)]
    (project / "content" / "ke-hoach.yaml").unlink()
    command = [sys.executable, "-m", "generator.cli", "build", "--ban-hanh", "--ngay", DAY, "--thu-muc", str(project)]
    processes = [
        subprocess.Popen([*command, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for path in files
    ]
    for process in processes:
        assert process.wait(timeout=180) == 0, process.stderr.read().decode()  # type: ignore[union-attr]
    numbers = sorted(int(header_row(project / "output" / f"v{i}.docx")[0][4:6]) for i in range(8))
    assert numbers == list(range(1, 9))
    assert sorted(e["so"] for e in register_lines(project)) == list(range(1, 9))


def test_a_dry_run_of_ban_hanh_shows_the_number_and_creates_no_register(project: Path) -> None:
    path = write(project, "ke-hoach.yaml", DRAFT)
    result = issue(project, str(path), "--ngay", DAY, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "số 01/KH-CĐCS, ngày 09/03/2026" in result.output
    assert not (project / "so-van-ban-di.sqlite3").exists()
    assert not (project / "output" / "ke-hoach.docx").exists()


def test_a_dry_run_of_ban_hanh_gives_the_next_number_and_keeps_the_register_as_it_was(issued_once: Path) -> None:
    second = write(issued_once, "ke-hoach-2.yaml", DRAFT)
    before = register_lines(issued_once)
    result = issue(issued_once, str(second), "--ngay", DAY, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "số 02/KH-CĐCS" in result.output
    assert register_lines(issued_once) == before
    assert issue(issued_once, str(second), "--ngay", DAY).exit_code == 0  # the real run gives the same number
    assert [line["so"] for line in register_lines(issued_once)] == [1, 2]
