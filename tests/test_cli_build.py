"""`vanban build` / `new` / `schema` through click's CliRunner: exit codes and the Vietnamese messages."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from conftest import GOOD, copy_project

from generator.cli import main
from generator.pipeline import PARALLEL_FROM, Options, Project, build


def run(project: Path, *args: str):
    return CliRunner().invoke(
        main, [*args, "--thu-muc", str(project)] if args[0] == "build" else list(args), catch_exceptions=False
    )


BAD_CASES = [
    # (what, replace this, with this, expected line, expected field, expected words)
    ("unknown key", "trich_yeu:", "trich_yu:", 5, "trich_yu", "Có phải là `trich_yeu`?"),
    ("wrong type", "so: 3", "so: ba", 3, "so", "Phải là một số nguyên"),
    ("missing field", "trich_yeu: Tổ chức Tháng Công nhân năm 2026\n", "", None, "trich_yeu", "Thiếu trường bắt buộc"),
    ("impossible date", "ngay: 2026-03-09", "ngay: 2026-02-30", 4, "ngay", "không có thật"),
    ("unknown issuer", "co_quan: cdcs-thu", "co_quan: cdcs-thuu", 2, "co_quan", "Có phải là `cdcs-thu`?"),
    ("yaml syntax", "    y: [Nâng cao nhận thức.]", "    y: [Nâng cao nhận thức.", None, None, "Lỗi cú pháp YAML"),
    (
        "nested too deep",
        "        y: [Triển khai kế hoạch.]",
        "        muc:\n          - tieu_de: a\n            muc:\n              - tieu_de: b\n                muc:\n                  - tieu_de: c",
        19,
        "muc",
        "cấp 5",
    ),
    ("unknown numbering", "muc:\n", "danh_so: [la-ma, so-la]\nmuc:\n", 6, "danh_so[1]", "`so-la`"),
    ("two levels of one kind", "muc:\n", "danh_so: [la-ma, so, so]\nmuc:\n", 6, "danh_so[2]", "cùng kiểu `so`"),
    (
        "section without title",
        "      - tieu_de: Ban Chấp hành\n",
        "      - doan: [x]\n",
        13,
        "muc[1].muc[0]",
        "`tieu_de`",
    ),
    (
        "trích yếu in capitals",
        "trich_yeu: Tổ chức Tháng Công nhân năm 2026",
        "trich_yeu: TỔ CHỨC THÁNG CÔNG NHÂN NĂM 2026",
        5,
        "trich_yeu",
        "in hoa toàn bộ",
    ),
    (
        "typed number",
        "      - tieu_de: Ban Chấp hành",
        "      - tieu_de: 1. Ban Chấp hành",
        13,
        "tieu_de",
        "Không gõ số thứ tự hay gạch đầu dòng `1.`",
    ),
    ("type vanban does not write", "loai: ke-hoach", "loai: giay-moi", 1, "loai", "(Giấy mời) không soạn được"),
    ("type not in ND30", "loai: ke-hoach", "loai: nghi-dinh", 1, "loai", "không có trong bảng thể loại"),
    ("typed bullet", "    y: [Nâng cao nhận thức.]", '    y: ["- Nâng cao nhận thức."]', 9, "y", "`-`"),
    (
        "double dash",
        "    y: [Nâng cao nhận thức.]",
        "    y:\n      - - Nâng cao nhận thức.",
        10,
        "muc[0].y[0]",
        "“- - ”",
    ),
    (
        "bad signer",
        "muc:\n",
        "nguoi_ky: {tham_quyen: KT. BAN CHẤP HÀNH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Nguyễn Văn B}\nmuc:\n",
        6,
        "nguoi_ky",
        "`KT.`",
    ),
]


@pytest.mark.parametrize(("what", "old", "new", "line", "field", "words"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_input_is_reported_with_file_line_field_and_nothing_is_written(project, what, old, new, line, field, words):
    path = project / "content" / "ke-hoach.yaml"
    assert old in GOOD
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    assert len(result.stderr.splitlines()) == 1, result.stderr
    location = f"{path}:{line}: " if line else f"{path}"
    assert first.startswith(f"Lỗi: {location}"), first
    if field:
        assert f"[{field}]" in first
    assert words in first
    assert "Cách sửa:" in first
    assert "Traceback" not in result.output
    assert not (project / "output").exists()


def test_every_problem_of_every_file_at_once(project):
    (project / "content" / "ke-hoach.yaml").write_text(
        GOOD.replace("so: 3", "so: ba").replace("ngay: 2026-03-09", "ngay: 2026-13-01"), encoding="utf-8"
    )
    (project / "content" / "khac.yaml").write_text(
        GOOD.replace("co_quan: cdcs-thu", "co_quan: khong-co"), encoding="utf-8"
    )
    result = run(project, "build")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert "[so]" in lines[0] and "[ngay]" in lines[1] and "[co_quan]" in lines[2]


def test_build_writes_the_mirror_of_content(project):
    (project / "content" / "nhom").mkdir()
    (project / "content" / "nhom" / "b.yaml").write_text(GOOD, encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert (project / "output" / "ke-hoach.docx").is_file()
    assert (project / "output" / "nhom" / "b.docx").is_file()
    assert "Xong: 2 văn bản đã tạo, 0 lỗi." in result.output


def test_build_narrowed_to_one_file(project):
    (project / "content" / "khac.yaml").write_text(GOOD, encoding="utf-8")
    result = run(project, "build", str(project / "content" / "khac.yaml"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "output").glob("*.docx")) == ["khac.docx"]


def test_build_of_a_missing_path(project):
    result = run(project, "build", str(project / "content" / "khong-co.yaml"))
    assert result.exit_code == 2
    assert "Không có tệp hoặc thư mục này" in result.stderr


def test_same_inputs_give_byte_identical_files(project):
    assert run(project, "build").exit_code == 0
    first = (project / "output" / "ke-hoach.docx").read_bytes()
    assert run(project, "build").exit_code == 0
    assert (project / "output" / "ke-hoach.docx").read_bytes() == first


def test_new_writes_a_starter_that_builds_and_refuses_to_overwrite(project, monkeypatch):
    monkeypatch.chdir(project)
    runner = CliRunner()
    result = runner.invoke(main, ["new", "huong-dan", "content/moi.yaml"])
    assert result.exit_code == 0, result.output
    assert "cơ quan ban hành `cdcs-thu`" in result.output
    text = (project / "content" / "moi.yaml").read_text(encoding="utf-8")
    assert "co_quan: cdcs-thu" in text and "loai: huong-dan" in text
    for title in ("Mục đích, yêu cầu", "Nội dung", "Giải pháp", "Tổ chức thực hiện"):
        assert f"tieu_de: {title}" in text
    assert runner.invoke(main, ["build", "content/moi.yaml"]).exit_code == 0
    again = runner.invoke(main, ["new", "ke-hoach", "content/moi.yaml"])
    assert again.exit_code == 2
    assert "Tệp đã có, không ghi đè" in again.stderr
    assert (project / "content" / "moi.yaml").read_text(encoding="utf-8") == text


def test_schema_lists_the_vietnamese_keys_of_both_kinds_of_content_file():
    schema = json.loads(CliRunner().invoke(main, ["schema"]).output)
    complete, child = (schema["$defs"][ref["$ref"].split("/")[-1]] for ref in schema["anyOf"])
    assert {
        "loai",
        "co_quan",
        "so",
        "ngay",
        "trich_yeu",
        "mo_dau",
        "muc",
        "ket_thuc",
        "nguoi_ky",
        "noi_nhan",
        "phu_luc",
    } <= set(complete["properties"])
    assert {"ke_thua", "sua_muc", "co_quan_nhom"} <= set(child["properties"]) and child["required"] == ["ke_thua"]
    assert complete["additionalProperties"] is False and child["additionalProperties"] is False


def test_profile_schema_and_the_hint_that_points_to_it(project):
    schema = json.loads(CliRunner().invoke(main, ["schema", "--ho-so"]).output)
    assert {"ten", "ky_hieu", "dia_danh", "nguoi_ky", "noi_nhan", "luu", "nhom"} <= set(schema["properties"])
    profile = project / "content" / "co-quan" / "cdcs-thu.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("dia_danh:", "dia_dan:"), encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 2 and "`vanban schema --ho-so`" in result.stderr


@pytest.mark.parametrize(
    ("code", "accepted"),
    [("CĐCS", True), ("UBTVQH14", True), ("CĐ-NN", True), ("ỦBND", False), ("26/PT-NC", False), ("LĐ LĐ", False)],
)
def test_a_profile_ky_hieu_is_held_to_spec_5_1_before_anything_is_rendered(project, code, accepted):
    profile = project / "content" / "co-quan" / "cdcs-thu.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("ky_hieu: CĐCS", f"ky_hieu: {code}"), encoding="utf-8")
    result = run(project, "build", "--khong-kiem-tra")
    if accepted:
        assert result.exit_code == 0, result.output
    else:
        line = text.splitlines().index("ky_hieu: CĐCS") + 1
        assert (
            result.exit_code == 2 and f"cdcs-thu.yaml:{line}: [ky_hieu] Ký hiệu cơ quan không hợp lệ" in result.stderr
        )
        assert not (project / "output").exists() or not any((project / "output").glob("*.docx"))


def test_a_document_that_fails_the_conformance_check_is_not_written(project, monkeypatch):
    # issue 5 point 4: the build runs the checker on each document and fails it on an error
    import generator.pipeline as pipeline

    real = pipeline.render_parts

    def long_date_line(template, context):
        return real(template, replace(context, dia_danh_ngay=context.dia_danh_ngay.replace("ngày 09", "ngày 9")))

    monkeypatch.setattr(pipeline, "render_parts", long_date_line)
    result = run(project, "build")
    assert result.exit_code == 1
    assert "không đạt thể thức" in result.stderr and not (project / "output" / "ke-hoach.docx").exists()
    unchecked = run(project, "build", "--khong-kiem-tra")
    assert unchecked.exit_code == 0 and (project / "output" / "ke-hoach.docx").exists()


APPENDICES = (
    GOOD
    + """\
phu_luc:
  - tieu_de: Danh sách đơn vị
    y: [Tổ công đoàn 1, Tổ công đoàn 2]
  - tieu_de: Lịch hoạt động
    muc:
      - tieu_de: Tuần thứ nhất
        doan: [Phát động.]
"""
)


def test_appendices_get_their_labels_reference_line_and_own_sections(project):
    (project / "content" / "ke-hoach.yaml").write_text(APPENDICES, encoding="utf-8")
    assert run(project, "build").exit_code == 0
    document = docx.Document(str(project / "output" / "ke-hoach.docx"))
    texts = [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]
    reference = "(Kèm theo Kế hoạch số 03/KH-CĐCS ngày 09 tháng 3 năm 2026 của Ban Chấp hành Công đoàn cơ sở Công ty Thử nghiệm)"
    # spec §10: Roman numerals when there are two or more, UPPER title, the italic reference line, own numbering, ./.
    assert texts[-10:] == [
        ("VB Phu luc nhan", "Phụ lục I"),
        ("VB Phu luc tieu de", "DANH SÁCH ĐƠN VỊ"),
        ("VB Phu luc kem theo", reference),
        ("VB Y 1", "- Tổ công đoàn 1"),
        ("VB Y 1", "- Tổ công đoàn 2./."),
        ("VB Phu luc nhan", "Phụ lục II"),
        ("VB Phu luc tieu de", "LỊCH HOẠT ĐỘNG"),
        ("VB Phu luc kem theo", reference),
        ("VB Muc 1", "I. TUẦN THỨ NHẤT"),
        ("VB Doan", "Phát động./."),
    ]
    assert len(document.sections) == 3  # spec §9, §10: each appendix its own section, pages from 1


def test_written_files_follow_the_umask_like_any_saved_file(project):
    import os
    import stat

    assert run(project, "build").exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((project / "output" / "ke-hoach.docx").stat().st_mode) == 0o666 & ~mask


def test_an_unfilled_starter_builds_with_a_warning(project, monkeypatch):
    monkeypatch.chdir(project)
    runner = CliRunner()
    assert runner.invoke(main, ["new", "ke-hoach", "content/moi.yaml"]).exit_code == 0
    result = runner.invoke(main, ["build", "content/moi.yaml"])
    assert result.exit_code == 0
    assert "Cảnh báo: content/moi.yaml: Còn" in result.stderr and "chỗ “…” chưa điền" in result.stderr


def test_run_outside_a_project_says_where_to_run(tmp_path):
    result = CliRunner().invoke(main, ["build", "--thu-muc", str(tmp_path)])
    assert result.exit_code == 2
    assert "Không có thư mục content/ ở đây" in result.stderr and "--thu-muc" in result.stderr


def test_missing_templates_are_a_clear_error_before_anything_is_written(project):
    import shutil

    shutil.rmtree(project / "templates_docx")
    result = run(project, "build")
    assert result.exit_code == 2
    assert "Không có mẫu Word này" in result.stderr and "templates_docx/co-ban.docx" in result.stderr
    assert not (project / "output" / "ke-hoach.docx").exists()


def test_parallel_and_serial_builds_give_the_same_bytes(tmp_path):
    """Issue 15, item 5: the shipped batch (34 provinces, rendered in worker processes from 8 documents
    up) gives byte-identical .docx files when rendered in this process, one after another."""
    outputs = {}
    for workers in (1, 2):
        root = copy_project(tmp_path / f"w{workers}")
        report = build(Project(root), options=Options(workers=workers, force=True))
        assert not report.failed and len(report.written) > PARALLEL_FROM
        outputs[workers] = {p.relative_to(root): p.read_bytes() for p in sorted((root / "output").rglob("*.docx"))}
    assert outputs[1].keys() == outputs[2].keys()
    assert [name for name in outputs[1] if outputs[1][name] != outputs[2][name]] == []


def test_a_short_trich_yeu_gets_a_line_1_3_to_1_2_of_it_and_no_warning_of_its_own_check(project):
    """The template's 5 cm line is longer than «Tổ chức hội thao» (3.9 cm): the build shortens it for this document
    (spec §3 row 5a) so its own conformance check has nothing to warn about; other documents print as before."""
    content = project / "content" / "ke-hoach.yaml"
    content.write_text(
        content.read_text(encoding="utf-8").replace("Tổ chức Tháng Công nhân năm 2026", "Tổ chức hội thao")
    )
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert "Đường kẻ dưới trích yếu" not in result.output + result.stderr
    xml = zipfile.ZipFile(project / "output" / "ke-hoach.docx").read("word/document.xml").decode("utf-8")
    assert re.search(r'<w:pStyle w:val="VBGachtrichyeu"/><w:ind w:left="\d+" w:right="\d+"/></w:pPr>', xml)
