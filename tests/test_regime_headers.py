"""The header a content file's `che_do` prints (issue 16, item 1, build side).

cong-doan, nha-nuoc and no `che_do` print the ND30 header (Quốc hiệu, Tiêu ngữ and its rule; the issuer's
short rule), byte for byte what they printed before. dang prints «ĐẢNG CỘNG SẢN VIỆT NAM» bold and underlined
over the date and a «*» under the issuer (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW 1.1–1.2); doan prints
«ĐOÀN TNCS HỒ CHÍ MINH» the same way and «***» (as the real Đoàn documents in tests/fixtures/corpus do).
No Quốc hiệu, no Tiêu ngữ in either.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest import REPO
from test_examples import GOLDEN, compare_golden, normalised_document_xml

from generator.cli import main
from generator.pipeline import Project, build, plan

NATIONAL = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, None)
MOTTO = ("Độc lập - Tự do - Hạnh phúc", True, None)
PARTY = ("ĐẢNG CỘNG SẢN VIỆT NAM", True, True)
YOUTH = ("ĐOÀN TNCS HỒ CHÍ MINH", True, True)
ISSUER = [("LĐLĐ TỈNH GIA LAI", False, None), ("CÔNG ĐOÀN CƠ SỞ", True, None), ("CÔNG TY THỬ NGHIỆM", True, None)]
ISSUER_RULE, MOTTO_RULE = "VB Gach co quan", "VB Gach tieu ngu"

# che_do → (left column of row 1, right column of row 1, rule paragraphs in the header); each line (text, bold, underline)
HEADERS = {
    None: (ISSUER, [NATIONAL, MOTTO], [ISSUER_RULE, MOTTO_RULE]),
    "cong-doan": (ISSUER, [NATIONAL, MOTTO], [ISSUER_RULE, MOTTO_RULE]),
    "nha-nuoc": (ISSUER, [NATIONAL, MOTTO], [ISSUER_RULE, MOTTO_RULE]),
    "dang": ([*ISSUER, ("*", False, None)], [PARTY], []),
    "doan": ([*ISSUER, ("***", False, None)], [YOUTH], []),
}

PARTY_PROFILE = """\
co_quan_chu_quan: [ĐẢNG BỘ XÃ HÒA KHÁNH]
ten: [CHI BỘ ẤP HÓC THƠM 1]
ten_goi: Chi bộ ấp Hóc Thơm 1
tap_the: Chi bộ
ky_hieu: CB
dia_danh: Hòa Khánh
nguoi_ky: {tham_quyen: TM. CHI BỘ, chuc_vu: BÍ THƯ, ho_ten: Nguyễn Văn Thử}
noi_nhan: [Đảng ủy xã (để b/c), Đảng viên trong Chi bộ (để t/h)]
luu: [Chi bộ]
thu_nghiem: true
"""
PARTY_PLAN = """\
loai: ke-hoach
co_quan: chi-bo-thu
che_do: dang
so: 5
ngay: 2026-05-06
trich_yeu: Tổ chức học tập, quán triệt Nghị quyết năm 2026
muc:
  - id: muc-dich
    tieu_de: Mục đích, yêu cầu
    y: [Đảng viên nắm vững nội dung Nghị quyết., Gắn học tập với thực hiện nhiệm vụ của Chi bộ.]
  - id: to-chuc
    tieu_de: Tổ chức thực hiện
    doan: [Chi ủy phân công đảng viên theo dõi, báo cáo kết quả về Đảng ủy xã.]
"""
GOLDEN_NAME = "ke-hoach-chi-bo-dang"


def header_lines(path: Path) -> tuple[list[tuple[str, bool | None, bool | None]], ...]:
    """(left, right) text lines of the header's first row as (text, bold, underline), from the paragraph styles."""
    cells = docx.Document(str(path)).tables[0].rows[0].cells
    return tuple(
        [(p.text, p.style.font.bold, p.style.font.underline) for p in cell.paragraphs if p.text] for cell in cells
    )


def header_styles(path: Path) -> list[str]:
    table = docx.Document(str(path)).tables[0]
    return [p.style.name for cell in table._cells for p in cell.paragraphs]


def with_regime(project: Path, regime: str | None) -> Path:
    content = project / "content" / "ke-hoach.yaml"
    if regime is not None:
        text = content.read_text(encoding="utf-8").replace(
            "co_quan: cdcs-thu\n", f"co_quan: cdcs-thu\nche_do: {regime}\n"
        )
        content.write_text(text, encoding="utf-8")
    return content


def built(project: Path, target: Path) -> Path:
    report = build(Project(project), [target])
    assert not report.failed, report.failed
    return project / "output" / target.relative_to(project / "content").with_suffix(".docx")


@pytest.mark.parametrize("regime", list(HEADERS), ids=[str(r) for r in HEADERS])
def test_the_header_of_each_regime(project: Path, regime: str | None) -> None:
    path = built(project, with_regime(project, regime))
    left, right, rules = HEADERS[regime]
    assert header_lines(path) == (left, right)
    assert [name for name in header_styles(path) if name.startswith("VB Gach")] == rules
    second_row = [cell.text for cell in docx.Document(str(path)).tables[0].rows[1].cells]
    number = "Số 03-KH/CĐCS" if regime == "dang" else "Số: 03/KH-CĐCS"  # HD 36 Phụ lục 3 row 3: «Số 127-QĐ/TW»
    assert second_row == [number, "Gia Lai, ngày 09 tháng 3 năm 2026"]  # ô 3 | ô 4


def document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


@pytest.mark.parametrize("regime", ["cong-doan", "nha-nuoc"])
def test_union_and_state_print_exactly_what_no_che_do_prints(project: Path, regime: str) -> None:
    source = project / "content" / "ke-hoach.yaml"
    plain = document_xml(built(project, source))
    with_regime(project, regime)
    marked = document_xml(built(project, source))
    assert marked == plain
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in marked.decode()


def test_the_render_context_of_nd30_documents_has_no_party_keys(project: Path) -> None:
    jobs, _ = plan(Project(project), [project / "content" / "ke-hoach.yaml"])
    values = jobs[0].context.values()
    assert "tieu_de" not in values and "dau_sao" not in values  # golden contexts and issued fingerprints unchanged
    with_regime(project, "dang")
    jobs, _ = plan(Project(project), [project / "content" / "ke-hoach.yaml"])
    values = jobs[0].context.values()
    assert (values["quoc_hieu"], values["tieu_ngu"], values["tieu_de"], values["dau_sao"]) == (
        "",
        "",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
    )


def party_project(root: Path) -> Path:
    (root / "content" / "co-quan").mkdir(parents=True)
    (root / "content" / "co-quan" / "chi-bo-thu.yaml").write_text(PARTY_PROFILE, encoding="utf-8")
    (root / "content" / f"{GOLDEN_NAME}.yaml").write_text(PARTY_PLAN, encoding="utf-8")
    (root / "templates_docx").symlink_to(REPO / "templates_docx")
    return root / "content" / f"{GOLDEN_NAME}.yaml"


def test_golden_party_document(tmp_path: Path, update_golden: bool) -> None:
    source = party_project(tmp_path)
    jobs, _ = plan(Project(tmp_path), [source])
    context = json.dumps(jobs[0].context.values(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    compare_golden(GOLDEN / f"{GOLDEN_NAME}.context.json", context, update_golden)
    xml = normalised_document_xml(built(tmp_path, source))
    compare_golden(GOLDEN / f"{GOLDEN_NAME}.document.xml", xml, update_golden)


def test_cli_build_of_a_party_file_prints_the_party_header_and_check_passes(tmp_path: Path) -> None:
    source = party_project(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(source), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    path = tmp_path / "output" / f"{GOLDEN_NAME}.docx"
    left, right = header_lines(path)
    assert right == [PARTY]
    assert left == [("ĐẢNG BỘ XÃ HÒA KHÁNH", False, None), ("CHI BỘ ẤP HÓC THƠM 1", True, None), ("*", False, None)]
    text = docx.Document(str(path)).tables[0]._tbl.xml
    assert "CỘNG HÒA" not in text and "Độc lập" not in text
    result = runner.invoke(main, ["check", "--json", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.output)
    assert (report["regime"], report["errors"], report["warnings"]) == ("Đảng", 0, 0)
    assert {s["rule"] for s in report["not_evaluated"]} == {"quoc-hieu", "tieu-ngu", "so-ky-hieu"}


def test_youth_document_passes_the_check(tmp_path: Path) -> None:
    source = party_project(tmp_path)
    source.write_text(PARTY_PLAN.replace("che_do: dang", "che_do: doan"), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(source), "--thu-muc", str(tmp_path)]).exit_code == 0
    result = runner.invoke(main, ["check", "--json", str(tmp_path / "output" / f"{GOLDEN_NAME}.docx")])
    (report,) = json.loads(result.output)
    assert (result.exit_code, report["regime"], report["errors"]) == (0, "Đoàn TNCS", 0)


# --- inheritance: a child takes its parent's che_do unless it writes its own ------------------------------------


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        ("dang", None, "ĐẢNG CỘNG SẢN VIỆT NAM"),  # a chi bộ re-issuing its đảng ủy's plan stays a Party document
        ("dang", "cong-doan", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),  # the child's own system wins
        (None, "doan", "ĐOÀN TNCS HỒ CHÍ MINH"),
        ("doan", "dang", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ],
)
def test_a_child_inherits_che_do_and_may_set_its_own(
    project: Path, parent: str | None, child: str | None, expected: str
) -> None:
    with_regime(project, parent)
    lines = ["ke_thua: ke-hoach.yaml", "so: 4"] + ([f"che_do: {child}"] if child else [])
    (project / "content" / "con.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    jobs, _ = plan(Project(project), [project / "content" / "con.yaml"])
    context = jobs[0].context
    assert (context.quoc_hieu or context.tieu_de) == expected
    assert jobs[0].document.regime == (child or parent)
    path = built(project, project / "content" / "con.yaml")
    assert header_lines(path)[1][0][0] == expected


# --- the Party numbered code everywhere it is written (HD 36-HD/VPTW 1.3.1: «Số 15-HD/TU») ---------------------

PARTY_ANNEX = "phu_luc:\n- tieu_de: Danh sách đảng viên được phân công\n  doan: [Theo danh sách của Chi ủy.]\n"


def test_a_party_document_is_cited_and_registered_as_hd_36_writes_it(tmp_path: Path) -> None:
    source = party_project(tmp_path)
    source.write_text(PARTY_PLAN.replace("so: 5\n", "ma: kh-nghi-quyet\n") + PARTY_ANNEX, encoding="utf-8")
    runner = CliRunner()
    folder = ["--thu-muc", str(tmp_path)]
    result = runner.invoke(main, ["build", "--ban-hanh", str(source), "--ngay", "2026-05-06", *folder])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "output" / f"{GOLDEN_NAME}.docx")).paragraphs)
    assert "(Kèm theo Kế hoạch số 01-KH/CB ngày 06 tháng 5 năm 2026 của Chi bộ ấp Hóc Thơm 1)" in text
    listed = runner.invoke(main, ["so", "list", "--json", "--so-dang-ky", str(tmp_path / "so-van-ban-di.sqlite3")])
    assert [(row["so"], row["ky_hieu"]) for row in json.loads(listed.output)] == [(1, "KH/CB")]
    child = tmp_path / "content" / "con.yaml"
    child.write_text("ke_thua: ke-hoach-chi-bo-dang.yaml\nco_quan: chi-bo-thu-2\nngay: 2026-05-10\n", encoding="utf-8")
    other = PARTY_PROFILE.replace("CHI BỘ ẤP HÓC THƠM 1", "CHI BỘ ẤP HÓC THƠM 2").replace("Thơm 1", "Thơm 2")
    (tmp_path / "content" / "co-quan" / "chi-bo-thu-2.yaml").write_text(other, encoding="utf-8")
    jobs, _ = plan(Project(tmp_path), [child])
    assert "Kế hoạch số 01-KH/CB ngày 06 tháng 5 năm 2026 của Chi bộ ấp Hóc Thơm 1" in " ".join(
        text for element in jobs[0].context.than for text in [element.get("van_ban", "")]
    )
