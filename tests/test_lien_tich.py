"""Văn bản liên tịch (issue 16, item 3): two bodies sign one document (`lien_tich` in a content file).

The spec (format.md §2, §7) is silent on liên tịch documents; vanban follows the common practice
(composing.joint_context): the lead issuer's số and ký hiệu, both names in the header's left column (the other
body's under the lead's, over the one rule), «KẾ HOẠCH LIÊN TỊCH», and two signature blocks on one row, the
lead issuer's on the RIGHT (ô 7) and the other body's on the LEFT over the Nơi nhận (ô 9b). Documents without
`lien_tich` print and record exactly what they did (their golden files are unchanged).
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from conftest import GOOD, REPO
from test_cli_build import run
from test_examples import GOLDEN, compare_golden, normalised_document_xml

from generator.checking.engine import check_file
from generator.cli import main
from generator.composing import JointContext, SignatureBlock, joint_context, signature
from generator.document import JointIssuer, Signer
from generator.errors import ContentError
from generator.formatting import type_name
from generator.pipeline import Project, plan

EXAMPLE = "ke-hoach-lien-tich-thang-an-toan-lao-dong"
EXAMPLE_FILE = REPO / "content" / "ldld-tinh" / f"{EXAMPLE}.yaml"
JOINT = """\
lien_tich:
  ten: [SỞ NỘI VỤ, TỈNH GIA LAI]
  nguoi_ky: {tham_quyen: KT. GIÁM ĐỐC, chuc_vu: PHÓ GIÁM ĐỐC, ho_ten: Trần Thị B}
"""
LEAD_BLOCK = ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "Nguyễn Văn A"]  # conftest PROFILE's signer
JOINT_BLOCK = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Thị B"]


# --- composing: table tests ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "joint", "expected"),
    [
        ("Kế hoạch", False, "KẾ HOẠCH"),
        ("Kế hoạch", True, "KẾ HOẠCH LIÊN TỊCH"),
        ("Hướng dẫn", True, "HƯỚNG DẪN LIÊN TỊCH"),
        ("Thông báo", False, "THÔNG BÁO"),
    ],
)
def test_type_name_of_a_joint_document(name: str, joint: bool, expected: str) -> None:  # spec §3 row 5a
    assert type_name(name, joint) == expected


STATE_KT = Signer("PHÓ GIÁM ĐỐC", "Trần Thị B", authority="KT. GIÁM ĐỐC")
UNION_TM = Signer("PHÓ CHỦ TỊCH", "Trần Thị B", authority="TM. BAN THƯỜNG VỤ")
HEAD = Signer("GIÁM ĐỐC", "Trần Thị B", signed_mark=True)


@pytest.mark.parametrize(
    ("signer", "regime", "block", "party"),
    [
        (STATE_KT, None, SignatureBlock(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "", "Trần Thị B"), None),
        (UNION_TM, "cong-doan", SignatureBlock(["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH"], "", "Trần Thị B"), None),
        (HEAD, None, SignatureBlock(["GIÁM ĐỐC"], "(Đã ký)", "Trần Thị B"), None),  # spec §7.3
        (
            UNION_TM,
            "dang",  # HD 36-HD/VPTW 1.7.1: T/M, the chức vụ apart
            SignatureBlock(["T/M BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH"], "", "Trần Thị B"),
            (["T/M BAN THƯỜNG VỤ"], ["PHÓ CHỦ TỊCH"]),
        ),
    ],
)
def test_signature_of_one_block(signer: Signer, regime: str | None, block: SignatureBlock, party) -> None:
    made, party_block = signature(signer, regime)
    assert made == block
    assert (party_block and (party_block.quyen_han, party_block.chuc_vu)) == party


def _document(project: Path, extra: str = JOINT):
    path = project / "content" / "ke-hoach.yaml"
    path.write_text(GOOD.replace("muc:\n", f"{extra}muc:\n", 1), encoding="utf-8")
    jobs, _ = plan(Project(project), [path])
    return jobs[0]


def test_joint_context_of_a_joint_document_and_of_one_without(project: Path) -> None:
    job = _document(project)
    assert job.document.joint == JointIssuer(("SỞ NỘI VỤ", "TỈNH GIA LAI"), STATE_KT)
    assert joint_context(job.document) == JointContext(
        ["SỞ NỘI VỤ", "TỈNH GIA LAI"], SignatureBlock(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "", "Trần Thị B"), None
    )
    values = job.context.values()
    assert values["ten_loai"] == "KẾ HOẠCH LIÊN TỊCH"
    assert values["so_ky_hieu"] == "Số: 03/KH-CĐCS"  # the lead issuer's số and ký hiệu
    assert values["chu_ky"]["ho_ten"] == "Nguyễn Văn A"
    assert values["lien_tich"]["chu_ky"]["ho_ten"] == "Trần Thị B"
    plain = _document(project, "")
    assert joint_context(plain.document) is None
    assert "lien_tich" not in plain.context.values()  # golden contexts and issued fingerprints unchanged
    assert plain.context.values()["ten_loai"] == "KẾ HOẠCH"


# --- validation: Vietnamese problems with file, line, field and fix -------------------------------

BAD_JOINT = [
    # (what, the lien_tich block, expected line, expected field, expected words)
    ("no name", "lien_tich:\n  nguoi_ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Trần Thị B}\n", 6, "lien_tich.ten", "Thiếu"),
    ("no signer", "lien_tich:\n  ten: SỞ NỘI VỤ\n", 6, "lien_tich.nguoi_ky", "Thiếu trường bắt buộc"),
    (
        "unknown key",
        "lien_tich:\n  ten: SỞ NỘI VỤ\n  ky_hieu: SNV\n  nguoi_ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Trần Thị B}\n",
        8,
        "lien_tich.ky_hieu",
        "không dùng ở chỗ này",
    ),
    (
        "bad authority",
        "lien_tich:\n  ten: SỞ NỘI VỤ\n  nguoi_ky: {tham_quyen: TM. GIÁM ĐỐC, chuc_vu: GIÁM ĐỐC, ho_ten: Trần Thị B}\n",
        8,
        "lien_tich.nguoi_ky",
        "`TM.` đứng trước tên tập thể",
    ),
]


@pytest.mark.parametrize(("what", "block", "line", "field", "words"), BAD_JOINT, ids=[c[0] for c in BAD_JOINT])
def test_a_bad_lien_tich_block_is_reported_in_vietnamese(project, what, block, line, field, words) -> None:
    path = project / "content" / "ke-hoach.yaml"
    path.write_text(GOOD.replace("muc:\n", f"{block}muc:\n", 1), encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"Lỗi: {path}:{line}: [{field}]"), first
    assert words in first and "Cách sửa:" in first
    assert not (project / "output").exists()


def test_check_signer_names_the_lien_tich_field(project: Path) -> None:
    bad = JOINT.replace("KT. GIÁM ĐỐC", "KT. BAN GIÁM ĐỐC")
    with pytest.raises(ContentError) as error:
        _document(project, bad)
    assert "[lien_tich.nguoi_ky]" in str(error.value) and "`KT.`" in str(error.value)


# --- build: the printed header and signature row ---------------------------------------------------


def _cell(path: Path, table: int, row: int, column: int) -> list[str]:
    return [p.text for p in docx.Document(str(path)).tables[table].cell(row, column).paragraphs]


def test_cli_build_prints_both_bodies_and_check_finds_nothing(project: Path) -> None:
    path = project / "content" / "ke-hoach.yaml"
    path.write_text(GOOD.replace("muc:\n", f"{JOINT}muc:\n", 1), encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    built = project / "output" / "ke-hoach.docx"
    header = _cell(built, 0, 0, 0)
    assert header[:5] == ["LĐLĐ TỈNH GIA LAI", "CÔNG ĐOÀN CƠ SỞ", "CÔNG TY THỬ NGHIỆM", "SỞ NỘI VỤ", "TỈNH GIA LAI"]
    assert _cell(built, 0, 1, 0) == ["Số: 03/KH-CĐCS"]
    left, right = _cell(built, 1, 0, 0), _cell(built, 1, 0, 1)
    assert left[:4] == JOINT_BLOCK and left[5] == "Nơi nhận:"  # the other body on the LEFT, over the Nơi nhận
    assert right == LEAD_BLOCK  # the lead issuer on the RIGHT (ô 7)
    assert "KẾ HOẠCH LIÊN TỊCH" in [p.text for p in docx.Document(str(built)).paragraphs]
    report = CliRunner().invoke(main, ["check", "--json", str(built)], catch_exceptions=False)
    assert report.exit_code == 0, report.output


def test_a_document_without_lien_tich_prints_what_it_printed(project: Path) -> None:
    built = project / "output" / "ke-hoach.docx"
    assert run(project, "build").exit_code == 0
    assert _cell(built, 1, 0, 0)[0] == "Nơi nhận:"
    assert "LIÊN TỊCH" not in built.read_bytes().decode("latin-1")


def _shipped(tmp_path: Path) -> Path:
    (tmp_path / "content" / "co-quan").mkdir(parents=True)
    shutil.copy(REPO / "content" / "co-quan" / "ldld-gia-lai.yaml", tmp_path / "content" / "co-quan")
    shutil.copy(EXAMPLE_FILE, tmp_path / "content" / EXAMPLE_FILE.name)
    (tmp_path / "templates_docx").symlink_to(REPO / "templates_docx")
    return tmp_path / "content" / EXAMPLE_FILE.name


def test_golden_joint_document(tmp_path: Path, update_golden: bool) -> None:
    source = _shipped(tmp_path)
    jobs, _ = plan(Project(tmp_path), [source])
    context = json.dumps(jobs[0].context.values(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    compare_golden(GOLDEN / f"{EXAMPLE}.context.json", context, update_golden)
    result = CliRunner().invoke(main, ["build", str(source), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    xml = normalised_document_xml(tmp_path / "output" / f"{EXAMPLE}.docx")
    compare_golden(GOLDEN / f"{EXAMPLE}.document.xml", xml, update_golden)


# --- check: both blocks are judged ------------------------------------------------------------------


def _edited(path: Path, old: str, new: str) -> Path:
    """A copy of the .docx at `path` with `old` replaced by `new` in word/document.xml."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["word/document.xml"].decode()
    assert old in xml
    parts["word/document.xml"] = xml.replace(old, new).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    out = path.with_name("sua.docx")
    out.write_bytes(buffer.getvalue())
    return out


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (">KT. GIÁM ĐỐC<", ">KT GIÁM ĐỐC<", "«KT» sai"),  # the left block's prefix without its dot (spec §7.1)
        (">KT. GIÁM ĐỐC<", ">KT. BAN GIÁM ĐỐC<", "không đứng trước tập thể"),
        (">Trần Thị B<", ">TS. Trần Thị B<", "học hàm"),  # ND30 II.7.c
        (">TM. BAN THƯỜNG VỤ<", ">TM. CHỦ TỊCH<", "«TM.» phải đứng trước tên tập thể"),  # the right block too
    ],
)
def test_the_checker_judges_each_signature_block(tmp_path: Path, old: str, new: str, words: str) -> None:
    source = _shipped(tmp_path)
    assert CliRunner().invoke(main, ["build", str(source), "--thu-muc", str(tmp_path)]).exit_code == 0
    built = tmp_path / "output" / f"{EXAMPLE}.docx"
    assert check_file(built).findings == []
    findings = check_file(_edited(built, old, new)).findings
    assert [f.rule for f in findings] == ["chu-ky"], findings
    assert words in findings[0].message


# --- import: the two-signer closing goes to `lien_tich` --------------------------------------------

TWO_COLUMNS = """\
LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ TỈNH GIA LAI                   Độc lập - Tự do - Hạnh phúc
Số: 12/KH-LĐLĐ                           Gia Lai, ngày 15 tháng 4 năm 2026

KẾ HOẠCH LIÊN TỊCH
Phối hợp tổ chức Tháng hành động về an toàn, vệ sinh lao động năm 2026

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao ý thức phòng ngừa tai nạn lao động.
II. TỔ CHỨC THỰC HIỆN
Hai cơ quan phối hợp triển khai kế hoạch này./.

KT. GIÁM ĐỐC                             TM. BAN THƯỜNG VỤ
PHÓ GIÁM ĐỐC                             CHỦ TỊCH

Trần Thị B                               Nguyễn Văn A

Nơi nhận:
- Tổng LĐLĐ Việt Nam (để b/c);
- Lưu: VT.
"""
LEAD_SIGNER = {"tham_quyen": "TM. BAN THƯỜNG VỤ", "chuc_vu": "CHỦ TỊCH", "ho_ten": "Nguyễn Văn A"}
JOINT_SIGNER = {"tham_quyen": "KT. GIÁM ĐỐC", "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Trần Thị B"}


def _import(root: Path, source: Path) -> dict:
    target = root / "content" / "nhap" / "lt.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "--ra", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return yaml.safe_load(target.read_text(encoding="utf-8"))


def test_import_of_a_tab_laid_two_signer_text(tmp_path: Path) -> None:
    """Two signature columns read row by row (a web or PDF copy): the left block is the other body's."""
    (tmp_path / "content" / "co-quan").mkdir(parents=True)
    source = tmp_path / "lt.txt"
    source.write_text(TWO_COLUMNS, encoding="utf-8")
    data = _import(tmp_path, source)
    assert data["nguoi_ky"] == LEAD_SIGNER
    assert data["lien_tich"] == {"ten": ["SỞ NỘI VỤ TỈNH GIA LAI"], "nguoi_ky": JOINT_SIGNER}
    assert data["noi_nhan"] == ["Tổng LĐLĐ Việt Nam (để b/c)"]
    profile = (tmp_path / "content" / "co-quan" / f"{data['co_quan']}.yaml").read_text(encoding="utf-8")
    assert "SỞ NỘI VỤ" not in profile  # the lead issuer's profile: only its own name


def test_import_round_trip_of_a_built_joint_document(tmp_path: Path) -> None:
    """import → build → both signers in the output XML, each in its column; the .docx comes from the build."""
    source = _shipped(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(source), "--thu-muc", str(tmp_path)]).exit_code == 0
    built = tmp_path / "output" / f"{EXAMPLE}.docx"
    data = _import(tmp_path, built)
    assert data["co_quan"] == "lien-doan-lao-dong-tinh-gia-lai"  # a profile named from the lead issuer's name alone
    assert data["nguoi_ky"] == {"tham_quyen": "TM. BAN THƯỜNG VỤ", "chuc_vu": "CHỦ TỊCH", "ho_ten": "Nguyễn Văn A"}
    assert data["lien_tich"] == {"ten": ["SỞ NỘI VỤ TỈNH GIA LAI"], "nguoi_ky": JOINT_SIGNER}
    imported = tmp_path / "content" / "nhap" / "lt.yaml"
    result = runner.invoke(main, ["build", str(imported), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rebuilt = tmp_path / "output" / "nhap" / "lt.docx"
    assert _cell(rebuilt, 1, 0, 0)[:4] == JOINT_BLOCK
    assert _cell(rebuilt, 1, 0, 1) == ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Nguyễn Văn A"]
    xml = normalised_document_xml(rebuilt)
    assert "Trần Thị B" in xml and "Nguyễn Văn A" in xml and "SỞ NỘI VỤ TỈNH GIA LAI" in xml


def test_import_of_a_synthetic_two_signer_table(tmp_path: Path) -> None:
    """A .docx whose closing is one table row: the left cell the other body's block over the Nơi nhận, the right
    cell the lead issuer's (python-docx, made in the test)."""
    (tmp_path / "content" / "co-quan").mkdir(parents=True)
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI\nSỞ NỘI VỤ TỈNH GIA LAI"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 12/KH-LĐLĐ"
    header.cell(1, 1).text = "Gia Lai, ngày 15 tháng 4 năm 2026"
    for text in ("KẾ HOẠCH LIÊN TỊCH", "Phối hợp tổ chức Tháng hành động năm 2026", "I. MỤC ĐÍCH, YÊU CẦU"):
        document.add_paragraph(text)
    document.add_paragraph("- Nâng cao ý thức phòng ngừa tai nạn lao động./.")
    closing = document.add_table(rows=1, cols=2)
    left, right = closing.cell(0, 0), closing.cell(0, 1)
    left.text = "KT. GIÁM ĐỐC"
    for text in ("PHÓ GIÁM ĐỐC", "", "Trần Thị B", "Nơi nhận:", "- Tổng LĐLĐ Việt Nam (để b/c);", "- Lưu: VT."):
        left.add_paragraph(text)
    right.text = "TM. BAN THƯỜNG VỤ"
    for text in ("CHỦ TỊCH", "", "Nguyễn Văn A"):
        right.add_paragraph(text)
    source = tmp_path / "lt.docx"
    document.save(str(source))
    data = _import(tmp_path, source)
    assert data["nguoi_ky"] == LEAD_SIGNER
    assert data["lien_tich"] == {"ten": ["SỞ NỘI VỤ TỈNH GIA LAI"], "nguoi_ky": JOINT_SIGNER}
    assert data["luu"] == ["VT"]
