"""`vanban import` of a file holding several documents: one content file each (issue 16, item 3).

The real file is corpus/docx/01 (a CĐCS working pack: công văn, quyết định, biên bản … one after another,
see corpus/docx/INDEX.md); the others are fixture texts put one after another here, as a .txt holding
several web copies is.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, REPO

from generator.cli import main
from generator.importing import read_document, read_documents
from generator.importing import saving as saving_module
from generator.importing import writer as writer_module

TEXTS = FIXTURES / "corpus" / "texts"
DECISION_WITH_RULES = FIXTURES / "corpus" / "more" / "m15_tgv-cchc-lam-dong-qd-du-thao.doc"
PACK = FIXTURES / "corpus" / "docx" / "01_cdcs-bo-ho-so-thuong-luong-ky-ket-tuldtt-2026.docx"
TTR_LONG_AN = TEXTS / "02_ttr-cdcs-may-xk-long-an-bau-bo-sung.txt"
TTR_OUTDOOR = TEXTS / "03_ttr-cdcs-outdoor-park-xin-chu-truong.txt"
PLAN = TEXTS / "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt"
GUIDE_WITH_FORMS = TEXTS / "01_hd-quy-trinh-ky-ket-tuldtt.txt"  # MẪU 1, MẪU 2: forms printing a Quốc hiệu

# corpus/docx/01, read by eye: (first paragraph of each document, tên loại, số, ký hiệu).
PACK_DOCUMENTS = [
    ("đoạn 1", "CÔNG VĂN", 1, "CV-CĐCS"),
    ("đoạn 33", "QUYẾT ĐỊNH", 1, "QĐ-CĐCS"),
    ("đoạn 65", "CÔNG VĂN", 2, "CV-CĐCS"),
    ("đoạn 140", "BIÊN BẢN", None, None),  # no Số line; after the Nơi nhận of CV 02
    ("đoạn 176", "BIÊN BẢN", 1, "BB-CĐCS"),
    ("đoạn 212", "CÔNG VĂN", 3, "CV-CĐCS"),  # after a biên bản signed `Thư ký … Chủ trì`: split on its Số line
    ("đoạn 242", "BIÊN BẢN", None, None),  # a Quốc hiệu only, after the Nơi nhận of CV 03
    ("đoạn 291", "CÔNG VĂN", 4, "CV-………….."),  # the blanks of the pack, kept as printed
]


def _joined(tmp_path: Path, *sources: Path, name: str = "goi.txt") -> Path:
    """The fixture texts one after another in one .txt file, as a file of several web copies."""
    target = tmp_path / name
    target.write_text("".join(source.read_text(encoding="utf-8") for source in sources), encoding="utf-8")
    return target


def _import(work: Path, *args: str):
    previous = Path.cwd()
    os.chdir(work)
    try:
        return CliRunner().invoke(main, ["import", *args], catch_exceptions=False)
    finally:
        os.chdir(previous)


def _yaml_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.yaml"))


def test_the_real_working_pack_is_read_as_its_eight_documents():
    documents = read_documents(PACK)
    found = [(d.start, d.header.type_name, d.header.number, d.header.code) for d in documents]
    assert found == PACK_DOCUMENTS


def test_each_document_keeps_only_its_own_lines():
    """The quyết định has its Điều 1–3 and its Nơi nhận; nothing of the công văn before it or after it."""
    decision = read_documents(PACK)[1]
    body = repr(decision.body)
    assert decision.header.summary is not None and decision.header.summary.startswith("Về việc thành lập Tổ")
    assert "Nay thành lập Tổ thương lượng" in body and "Quyết định này có hiệu lực kể từ ngày ký" in body
    assert "Doanh thu của doanh nghiệp" not in body and "Lấy ý kiến người lao động" not in body
    assert decision.tail.recipients == ["Thành viên Tổ thương lượng", "Giám đốc Công ty", "Lưu: CĐCS"]


def test_two_documents_give_two_content_files_that_each_build(tmp_path):
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = _joined(tmp_path, TTR_LONG_AN, PLAN)
    result = _import(tmp_path, str(source), "-o", "content/goi.yaml")
    assert result.exit_code == 0, result.output
    assert _yaml_files(tmp_path / "content") == [
        "co-quan/bch-doan-xa-phuc-thinh.yaml",
        "co-quan/cdcs-cong-ty-cp-may-xk-la.yaml",
        "goi-2-ke-hoach.yaml",
        "goi.yaml",
    ]
    report = result.stderr
    assert "Tệp goi.txt gồm 2 văn bản:" in report
    assert "  1. TỜ TRÌNH số 7/TTr-CĐCS: V/v công nhận bổ sung Uỷ viên" in report
    assert "(từ dòng 1) → content/goi.yaml" in report
    assert "  2. KẾ HOẠCH số …/KH/ĐTN: Tổ chức chương trình “Xuân tình nguyện" in report
    assert "→ content/goi-2-ke-hoach.yaml" in report
    assert "Những điểm chưa chắc chắn khi nhập văn bản 1/2 của goi.txt (content/goi.yaml)" in report
    assert "Những điểm chưa chắc chắn khi nhập văn bản 2/2 của goi.txt (content/goi-2-ke-hoach.yaml)" in report
    for content in ("content/goi.yaml", "content/goi-2-ke-hoach.yaml"):
        built = CliRunner().invoke(main, ["build", str(tmp_path / content), "--thu-muc", str(tmp_path)])
        assert built.exit_code == 0, f"{content}: {built.output}"


def test_notes_go_with_the_document_they_are_about(tmp_path):
    """The plan's page number `2` (dòng 44 of its own text) is dropped in the second document only."""
    first, second = read_documents(_joined(tmp_path, TTR_LONG_AN, PLAN))
    assert not any("Bỏ dòng số trang" in note.message for note in first.notes.items)
    assert any("Bỏ dòng số trang `2`" in note.message for note in second.notes.items)


def test_same_issuer_twice_makes_one_profile_and_no_note_about_an_old_one(tmp_path):
    source = _joined(tmp_path, PLAN, PLAN)
    result = _import(tmp_path, str(source), "-o", "content/x.yaml")
    assert result.exit_code == 0, result.output
    assert _yaml_files(tmp_path / "content") == ["co-quan/bch-doan-xa-phuc-thinh.yaml", "x-2-ke-hoach.yaml", "x.yaml"]
    assert "Đã có hồ sơ cơ quan" not in result.stderr


def test_one_target_existing_refuses_and_writes_nothing(tmp_path):
    source = _joined(tmp_path, TTR_LONG_AN, TTR_OUTDOOR)
    taken = tmp_path / "content" / "goi-2-to-trinh.yaml"
    taken.parent.mkdir()
    taken.write_text("# của tôi\n", encoding="utf-8")
    result = _import(tmp_path, str(source), "-o", "content/goi.yaml")
    assert result.exit_code == 2
    assert "content/goi-2-to-trinh.yaml" in result.stderr
    assert "Tệp đã có, không ghi đè (tệp nội dung của văn bản thứ 2/2); chưa ghi tệp nào." in result.stderr
    assert _yaml_files(tmp_path / "content") == ["goi-2-to-trinh.yaml"]
    assert taken.read_text(encoding="utf-8") == "# của tôi\n"


def test_a_failure_on_a_later_document_removes_what_this_run_wrote(tmp_path, monkeypatch):
    source = _joined(tmp_path, TTR_LONG_AN, PLAN)
    real_save = saving_module.save
    calls: list[Path] = []

    def failing_second(document, path, issuer, overwrite):
        calls.append(path)
        if len(calls) == 2:
            raise OSError("đĩa đầy")
        return real_save(document, path, issuer, overwrite)

    monkeypatch.setattr(saving_module, "save", failing_second)
    result = _import(tmp_path, str(source), "-o", "content/goi.yaml")
    assert result.exit_code == 2 and "không đọc hoặc ghi được tệp (đĩa đầy)" in result.stderr, result.output
    assert len(calls) == 2
    assert _yaml_files(tmp_path / "content") == []


def test_a_later_content_file_failing_removes_the_profile_written_for_it(tmp_path, monkeypatch):
    """The plan's new issuer profile is written before its content file: it goes when that file fails."""
    source = _joined(tmp_path, TTR_LONG_AN, PLAN)
    real_write = writer_module.write_checked

    def failing_plan(path, text, model, overwrite):
        if path.name == "goi-2-ke-hoach.yaml":
            raise OSError("đĩa đầy")
        real_write(path, text, model, overwrite)

    monkeypatch.setattr(writer_module, "write_checked", failing_plan)
    result = _import(tmp_path, str(source), "-o", "content/goi.yaml")
    assert result.exit_code == 2 and "không đọc hoặc ghi được tệp (đĩa đầy)" in result.stderr, result.output
    assert _yaml_files(tmp_path / "content") == []


def test_ghi_de_replaces_every_part(tmp_path):
    source = _joined(tmp_path, TTR_LONG_AN, TTR_OUTDOOR)
    assert _import(tmp_path, str(source), "-o", "content/goi.yaml").exit_code == 0
    again = _import(tmp_path, str(source), "-o", "content/goi.yaml", "--ghi-de")
    assert again.exit_code == 0, again.output
    assert (tmp_path / "content" / "goi-2-to-trinh.yaml").read_text(encoding="utf-8").startswith("# Tệp nội dung")


def test_json_of_several_documents_is_a_list(tmp_path):
    source = _joined(tmp_path, TTR_LONG_AN, PLAN)
    result = _import(tmp_path, str(source), "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert [document["loai"] for document in found] == ["TỜ TRÌNH", "KẾ HOẠCH"]
    assert _yaml_files(tmp_path) == []


def test_read_document_gives_the_first_and_says_how_many_follow(tmp_path):
    document = read_document(_joined(tmp_path, TTR_LONG_AN, PLAN))
    assert document.header.type_name == "TỜ TRÌNH"
    assert any("Tệp còn 1 văn bản nữa sau văn bản này (từ dòng 23)" in n.message for n in document.notes.items)


def test_forms_in_an_appendix_are_not_split_off(tmp_path):
    """MẪU 1 and MẪU 2 of the guide print a Quốc hiệu, Số, V/v and Nơi nhận: they stay its appendices."""
    result = _import(tmp_path, str(GUIDE_WITH_FORMS), "-o", "content/hd.yaml")
    assert result.exit_code == 0, result.output
    assert "gồm" not in result.stderr
    assert _yaml_files(tmp_path / "content") == ["co-quan/co-quan-chua-ro.yaml", "hd.yaml"]
    (document,) = read_documents(GUIDE_WITH_FORMS)
    assert [appendix.title for appendix in document.appendices][:2] == ["MẪU 1", "MẪU 2"]


HEADER = "UBND XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n"
ONE_PLAN = (
    HEADER + "An Phú, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nTrồng cây đầu xuân\n\nI. MỤC ĐÍCH\n"
    "Nâng cao ý thức bảo vệ môi trường.\n"
)
SIGNED = "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n"

# (what stands after a signed plan, how many documents) — the boundary rules of reading._document_starts.
AFTER_A_SIGNED_PLAN = [
    ("\n" + ONE_PLAN.replace("12/KH", "13/KH") + SIGNED, 2),  # a second document
    ("\nPHỤ LỤC I\nMẪU BIÊN BẢN\n" + ONE_PLAN, 1),  # a header inside an appendix
    ("", 1),
]


@pytest.mark.parametrize(("after", "count"), AFTER_A_SIGNED_PLAN, ids=["second", "in-appendix", "nothing"])
def test_boundary_rules(tmp_path, after, count):
    source = tmp_path / "van-ban.txt"
    source.write_text(ONE_PLAN + SIGNED + after, encoding="utf-8")
    assert len(read_documents(source)) == count


def test_a_header_quoted_in_a_body_is_not_a_new_document(tmp_path):
    """A guide showing the Quốc hiệu as an example: no signature or Số line before it."""
    source = tmp_path / "huong-dan.txt"
    source.write_text(
        ONE_PLAN + "Ví dụ: Quốc hiệu trình bày như sau\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác thôn triển khai.\n" + SIGNED,
        encoding="utf-8",
    )
    (document,) = read_documents(source)
    assert [s.title for s in document.body.sections] == ["MỤC ĐÍCH", "TỔ CHỨC THỰC HIỆN"]


def test_the_quy_che_issued_with_a_decision_is_read_as_a_quy_che():
    """m15: the quyết định, then the quy chế it issues (no Số line, `QUY CHẾ HOẠT ĐỘNG` on one line)."""
    decision, rules = read_documents(DECISION_WITH_RULES)
    assert (decision.kind, rules.kind) == ("quyet-dinh", "quy-che")
    assert rules.header.summary == "Hoạt động của Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng"


@pytest.mark.parametrize("source", [PACK, DECISION_WITH_RULES], ids=["docx-01", "m15"])
def test_every_document_of_a_real_multi_document_file_builds(tmp_path, source):
    """docx 01's last công văn has a blank ký hiệu (`CV-…………..`): its profile takes the issuer's initials."""
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    result = _import(tmp_path, str(source), "-o", "content/goi.yaml")
    assert result.exit_code == 0, result.output
    contents = [name for name in _yaml_files(tmp_path / "content") if not name.startswith("co-quan/")]
    assert len(contents) == len(read_documents(source))
    for content in contents:
        built = CliRunner().invoke(main, ["build", str(tmp_path / "content" / content), "--thu-muc", str(tmp_path)])
        assert built.exit_code == 0, f"{content}: {built.output}"


def test_a_part_that_is_no_document_is_left_out_with_a_note_and_the_others_import(tmp_path):
    """check-held-out-8 q17: a thông báo, then a form of the students' data (no tên loại, Số, date or numbered
    sections), then a kế hoạch: the two documents are written and the form's part is named in a note, where the
    whole import was refused before."""
    source = FIXTURES / "corpus" / "check-held-out-8" / "q17_vku-tb-tuyen-sinh-vien-thuc-tap.docx"
    out = tmp_path / "content" / "q17.yaml"
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.parent.glob("*.yaml")) == ["q17-2-ke-hoach.yaml", "q17.yaml"]
    assert "# - đoạn 43: Phần thứ 2/3 của tệp (từ đoạn 43) không nhập: Không nhận ra văn bản hành chính" in (
        out.read_text(encoding="utf-8")
    )
