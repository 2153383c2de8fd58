"""`vanban sua-doi` (issue 12, items 2, 5, 6): changes cited in the issued numbering, children listed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOOD, copy_project

from generator.amending.changes import changes
from generator.amending.citing import ordinal, path, unit
from generator.cli import main

KINDS = ["la-ma", "so", "so-ghep", "chu-ngoac"]


@pytest.mark.parametrize(
    ("kind", "marker", "parent", "expected"),
    [
        ("la-ma", "II.", None, "Mục II"),
        ("so", "2.", "la-ma", "khoản 2"),
        ("so-ghep", "2.1.", "so", "điểm 2.1"),
        ("chu-ngoac", "a)", "so", "điểm a"),
        ("chu-ngoac", "b)", "so-ghep", "tiết b"),
        ("chu-cham", "c.", "so", "điểm c"),
        ("dieu", "Điều 3.", "chuong", "Điều 3"),
        ("chuong", "Chương II", None, "Chương II"),
        ("thu-tu", "Hai là,", None, "ý “Hai”"),
    ],
)
def test_unit_names_follow_the_level_kind(kind, marker, parent, expected):
    assert unit(kind, marker, parent) == expected


def test_a_path_is_cited_innermost_first_and_ordinals_read_as_drafting_does():
    assert path(["Mục II", "khoản 2", "điểm a"]) == "điểm a khoản 2 Mục II"
    assert [ordinal(n) for n in (1, 2, 4, 5, 11)] == ["thứ nhất", "thứ hai", "thứ tư", "thứ năm", "thứ mười một"]


def section(title: str, *children: dict, id: str | None = None, items: tuple[str, ...] = ()) -> dict:
    return {
        "title": title,
        "lead": None,
        "paragraphs": [],
        "items": [{"text": t, "items": []} for t in items],
        "id": id,
        "sections": list(children),
    }


def plan(*sections: dict) -> dict:
    return {"mo_dau": [], "danh_so": KINDS, "muc": list(sections)}


ISSUED = plan(
    section("Mục đích", section("Nhận thức", id="nhan-thuc", items=("Một.", "Hai.", "Ba.")), id="muc-dich"),
    section(
        "Nội dung",
        section("Tuyên truyền", id="tuyen-truyen"),
        section("Thi đua", id="thi-dua"),
        section("Khen thưởng", id="khen-thuong"),
        id="noi-dung",
    ),
)


def leads(current: dict) -> list[str]:
    return [c.lead for c in changes(ISSUED, current)]


def test_identical_versions_have_no_change():
    assert changes(ISSUED, json.loads(json.dumps(ISSUED))) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda p: p["muc"][0]["sections"][0]["items"].__setitem__(1, {"text": "Hai, sửa.", "items": []}),
            ["Sửa đổi gạch đầu dòng thứ hai khoản 1 Mục I như sau:"],
        ),
        (
            lambda p: p["muc"][0]["sections"][0]["items"].append({"text": "Bốn.", "items": []}),
            ["Bổ sung gạch đầu dòng vào sau gạch đầu dòng thứ ba khoản 1 Mục I như sau:"],
        ),
        (lambda p: p["muc"][0]["sections"][0]["items"].pop(2), ["Bãi bỏ gạch đầu dòng thứ ba khoản 1 Mục I."]),
        (
            lambda p: p["muc"][1]["sections"].pop(0),
            [
                "Bãi bỏ khoản 1 Mục II.",
                "Đánh số lại: khoản 2 Mục II thành khoản 1 Mục II; khoản 3 Mục II thành khoản 2 Mục II.",
            ],
        ),
        (
            lambda p: p["muc"][1]["sections"].insert(3, section("Báo cáo", id="bao-cao")),
            ["Bổ sung khoản 4 Mục II vào sau khoản 3 Mục II như sau:"],
        ),
        (
            lambda p: p["muc"][1]["sections"][1].__setitem__("title", "Thi đua yêu nước"),
            ["Sửa đổi khoản 2 Mục II như sau:"],
        ),
        (
            lambda p: p["muc"][1]["sections"][1].__setitem__("title", "Kiểm tra, giám sát việc chấp hành"),
            ["Thay thế khoản 2 Mục II như sau:"],
        ),
    ],
    ids=["bullet changed", "bullet added", "bullet removed", "section removed", "section added", "title", "replaced"],
)
def test_each_kind_of_change_is_cited_in_the_issued_numbering(edit, expected):
    current = json.loads(json.dumps(ISSUED))
    edit(current)
    assert leads(current) == expected


def test_sections_without_ids_are_matched_by_similarity():
    issued = plan(section("Tuyên truyền sâu rộng"), section("Thi đua yêu nước"))
    current = plan(section("Thi đua yêu nước"))
    assert [c.lead for c in changes(issued, current)] == [
        "Bãi bỏ Mục I.",
        "Đánh số lại: Mục II thành Mục I.",
    ]


def test_the_new_text_is_quoted_with_its_new_numbers():
    current = json.loads(json.dumps(ISSUED))
    current["muc"][1]["sections"].insert(1, section("Chuyển đổi số", id="so", items=("Ứng dụng.",)))
    [added, renumbered] = changes(ISSUED, current)
    assert added.lead == "Bổ sung khoản 2 Mục II vào sau khoản 1 Mục II như sau:"
    assert added.text == ("2. Chuyển đổi số", "- Ứng dụng.")
    assert renumbered.kind == "đánh số lại"


def cli(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--thu-muc", str(project)], catch_exceptions=False)


def test_sua_doi_without_an_issued_version_says_how_to_issue(project):
    result = cli(project, "sua-doi", str(project / "content" / "ke-hoach.yaml"))
    assert result.exit_code != 0
    assert "chưa ban hành" in result.stderr and "vanban build --ban-hanh" in result.stderr


def test_sua_doi_of_an_unchanged_document_says_so_and_writes_nothing(project):
    path = project / "content" / "ke-hoach.yaml"
    path.write_text(GOOD.replace("so: 3\n", ""), encoding="utf-8")
    assert cli(project, "build", "--ban-hanh", "--ngay", "2026-03-09", str(path)).exit_code == 0
    files = sorted(project.rglob("*"))
    result = cli(project, "sua-doi", str(path))
    assert result.exit_code == 0 and "không có thay đổi" in result.output
    assert sorted(project.rglob("*")) == files


def test_sua_doi_of_the_national_guidance_lists_changes_and_the_provinces(tmp_path):
    project = copy_project(tmp_path)
    parent = project / "content" / "tong-ldld" / "huong-dan-cuoc-van-dong.yaml"
    child = project / "content" / "ldld-tinh" / "huong-dan-cuoc-van-dong.yaml"
    assert (
        cli(project, "build", "--ban-hanh", "--ngay", "2024-11-25", "--cho-phep-lui-ngay", str(parent)).exit_code == 0
    )
    assert cli(project, "build", "--ban-hanh", "--ngay", "2025-09-15", str(child)).exit_code == 0
    text = parent.read_text(encoding="utf-8").replace("biểu dương và nhân rộng", "khen thưởng và nhân rộng")
    parent.write_text(text, encoding="utf-8")
    result = cli(project, "sua-doi", "--json", str(parent))
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["co_quan"] == "tong-ldld" and report["phien_ban"] == 1
    assert report["thay_doi"] == [
        {
            "loai": "sửa đổi",
            "vi_tri": "gạch đầu dòng thứ ba khoản 1 Mục I",
            "cau_dan": "Sửa đổi gạch đầu dòng thứ ba khoản 1 Mục I như sau:",
            "noi_dung": ["- Phát hiện, bồi dưỡng, khen thưởng và nhân rộng các tập thể, cá nhân tiêu biểu."],
        }
    ]
    redline = Path(report["redline"])
    assert redline == project / "output" / "tong-ldld" / "huong-dan-cuoc-van-dong.so-sanh-phien-ban-1.docx"
    marked = zipfile.ZipFile(redline).read("word/document.xml").decode("utf-8")
    assert '<w:delText xml:space="preserve">biểu dương</w:delText>' in marked
    assert '<w:t xml:space="preserve">khen thưởng</w:t></w:r></w:ins>' in marked
    provinces = {c["co_quan"] for c in report["van_ban_cap_duoi"]}
    assert len(provinces) == 34 and "ldld-ha-noi" in provinces
    assert {c["redline"] for c in report["van_ban_cap_duoi"]} == {None}  # written by their own sua-doi
    assert cli(project, "sua-doi", "--tu-phien-ban", "7", str(parent)).exit_code != 0


def test_the_amendment_is_a_content_file_and_issuing_it_makes_version_2(project):
    path = project / "content" / "ke-hoach.yaml"
    path.write_text(GOOD.replace("so: 3\n", ""), encoding="utf-8")
    assert cli(project, "build", "--ban-hanh", "--ngay", "2026-03-09", str(path)).exit_code == 0
    path.write_text(
        GOOD.replace("so: 3\n", "").replace("Nâng cao nhận thức.", "Nâng cao nhận thức của đoàn viên."), "utf-8"
    )
    result = cli(project, "sua-doi", "--viet", str(path))
    assert result.exit_code == 0, result.output
    amendment = project / "content" / "ke-hoach.sua-doi-1.yaml"
    text = amendment.read_text(encoding="utf-8")
    assert "trich_yeu: Sửa đổi, bổ sung một số nội dung của Kế hoạch số 01/KH-CĐCS ngày 09/03/2026 của" in text
    assert "- Căn cứ Kế hoạch số 01/KH-CĐCS ngày 09 tháng 3 năm 2026 của" in text
    assert "Sửa đổi gạch đầu dòng thứ nhất Mục I như sau:" in text
    assert "“- Nâng cao nhận thức của đoàn viên.”" in text
    assert "sua_doi: ke-hoach.yaml" in text
    again = cli(project, "sua-doi", "--viet", str(path))  # never overwrites the user's file
    assert "giữ nguyên" in again.stderr and amendment.read_text(encoding="utf-8") == text
    issued = cli(project, "build", "--ban-hanh", "--ngay", "2026-03-10", str(amendment))
    assert issued.exit_code == 0, issued.output
    assert "ke-hoach.sua-doi-1.docx (--ban-hanh, số 02/KH-CĐCS" in issued.output
    assert "ke-hoach.docx (được sửa đổi bởi ke-hoach.sua-doi-1.yaml: phiên bản mới" in issued.output
    after = cli(project, "sua-doi", str(path))
    assert "phiên bản 2, số 01/KH-CĐCS, ngày 09/03/2026: không có thay đổi" in after.output
    assert "nội dung đã thay đổi" not in cli(project, "build").stderr


def _table(title: str | None, *rows: tuple[str, ...], id: str | None = None) -> dict:
    return {
        "columns": [{"title": t, "width_cm": None, "align": "trai", "summed": False} for t in ("TT", "Việc", "Ai")],
        "rows": [[{"text": text, "colspan": 1, "rowspan": 1} for text in row] for row in rows],
        "title": title,
        "total_label": "Tổng cộng",
        "id": id,
    }


def _annex(title: str, *paragraphs: str) -> dict:
    return {"title": title, "paragraphs": list(paragraphs), "items": [], "tables": [], "sections": []}


def _with_tables() -> dict:
    issued = json.loads(json.dumps(ISSUED))
    issued["muc"][1]["sections"][0]["tables"] = [
        _table("Tiến độ", ("1", "Treo băng rôn", "Ban Chấp hành"), ("2", "Hội thao", "Tổ 1"), id="tien-do")
    ]
    issued["phu_luc"] = [_annex("Dự toán", "Kinh phí từ quỹ công đoàn."), _annex("Danh sách", "Tổ 1, Tổ 2.")]
    return issued


def _rows(p: dict) -> list:
    return p["muc"][1]["sections"][0]["tables"][0]["rows"]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda p: _rows(p)[1][2].__setitem__("text", "Tổ 2"),
            ["Sửa đổi dòng thứ hai của Bảng «Tiến độ» tại khoản 1 Mục II như sau:"],
        ),
        (
            lambda p: _rows(p).append([{"text": t, "colspan": 1, "rowspan": 1} for t in ("3", "Tổng kết", "Ban")]),
            ["Bổ sung dòng vào sau dòng thứ hai của Bảng «Tiến độ» tại khoản 1 Mục II như sau:"],
        ),
        (lambda p: _rows(p).pop(0), ["Bãi bỏ dòng thứ nhất của Bảng «Tiến độ» tại khoản 1 Mục II."]),
        (
            lambda p: _rows(p)[0][0].__setitem__("rowspan", 2) or _rows(p)[1].pop(0),
            ["Sửa đổi Bảng «Tiến độ» tại khoản 1 Mục II như sau:"],
        ),
        (
            lambda p: p["muc"][1]["sections"][0]["tables"][0]["columns"][2].__setitem__("title", "Đơn vị"),
            ["Sửa đổi Bảng «Tiến độ» tại khoản 1 Mục II như sau:"],
        ),
        (
            lambda p: p["muc"][1]["sections"][2].setdefault("tables", []).append(_table(None, ("1", "a", "b"))),
            ["Bổ sung bảng thứ nhất tại khoản 3 Mục II như sau:"],
        ),
        (lambda p: p["muc"][1]["sections"][0]["tables"].pop(), ["Bãi bỏ Bảng «Tiến độ» tại khoản 1 Mục II."]),
        (lambda p: p["phu_luc"][1]["paragraphs"].append("Tổ 3."), ["Sửa đổi Phụ lục II như sau:"]),
        (lambda p: p["phu_luc"].append(_annex("Mẫu báo cáo")), ["Bổ sung Phụ lục III như sau:"]),
        (lambda p: p["phu_luc"].pop(), ["Bãi bỏ Phụ lục II."]),
    ],
    ids=[
        "cell changed",
        "row added",
        "row removed",
        "cells merged",
        "column renamed",
        "table added",
        "table removed",
        "annex changed",
        "annex added",
        "annex removed",
    ],
)
def test_tables_and_annexes_are_cited_too(edit, expected):
    issued = _with_tables()
    current = json.loads(json.dumps(issued))
    edit(current)
    assert [c.lead for c in changes(issued, current)] == expected


def test_a_changed_annex_is_quoted_whole():
    issued = _with_tables()
    current = json.loads(json.dumps(issued))
    current["phu_luc"][0]["paragraphs"] = ["Kinh phí từ quỹ công đoàn cơ sở."]
    current["phu_luc"][0]["tables"] = [_table("Chi tiết", ("1", "Quà", "Tổ 1"))]
    [change] = changes(issued, current)
    assert change.lead == "Sửa đổi Phụ lục I như sau:"
    assert change.text == (
        "DỰ TOÁN",
        "Kinh phí từ quỹ công đoàn cơ sở.",
        "Chi tiết",
        "TT | Việc | Ai",
        "1 | Quà | Tổ 1",
    )


def test_only_a_table_changed_in_an_annex_is_cited_by_row():
    issued = _with_tables()
    issued["phu_luc"][0]["tables"] = [_table(None, ("1", "Quà", "Tổ 1"))]
    current = json.loads(json.dumps(issued))
    current["phu_luc"][0]["tables"][0]["rows"][0][1]["text"] = "Quà Tết"
    [change] = changes(issued, current)
    assert change.lead == "Sửa đổi dòng thứ nhất của bảng thứ nhất tại Phụ lục I như sau:"
    assert change.text == ("1 | Quà Tết | Tổ 1",)


def test_versions_recorded_before_annexes_were_are_not_compared_on_them():
    issued = json.loads(json.dumps(ISSUED))  # no "phu_luc" key: a version issued by an earlier vanban
    current = json.loads(json.dumps(ISSUED)) | {"phu_luc": [_annex("Dự toán")]}
    assert changes(issued, current) == []
