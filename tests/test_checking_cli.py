"""`vanban check` on the command line, hostile files, and every document vanban builds passing with no error."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, copy_project
from test_checking import _retext, _runs, good_document

from generator import pdffile
from generator.checking import check_file
from generator.checking.registry import RULES
from generator.cli import main
from generator.pipeline import Project, build

CORPUS = FIXTURES / "corpus" / "docx"
PARTY_REPORT = next(CORPUS.glob("04_*.docx"))
YOUTH_PLAN = next(CORPUS.glob("06_*.docx"))


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "dung.docx"
    good_document().save(str(path))
    return path


def _minimal_docx(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def zip_bomb(path: Path) -> Path:
    """A .docx whose document part inflates 20 MB of zeros from about 20 kB."""
    path.write_bytes(_minimal_docx(b"<w:document>" + b"0" * 20_000_000 + b"</w:document>"))
    return path


def entity_expansion(path: Path) -> Path:
    """A .docx whose document part is a 'billion laughs' DTD."""
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{lol}]><w:document>&l9;</w:document>'
    path.write_bytes(_minimal_docx(xml.encode()))
    return path


def renamed_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n")
    return path


def renamed_doc(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    return path


def truncated_docx(path: Path) -> Path:
    data = _minimal_docx(b"<w:document/>")
    path.write_bytes(data[: len(data) // 2])
    return path


HOSTILE = [
    (zip_bomb, "zip bomb"),
    (entity_expansion, "DOCTYPE"),
    (renamed_pdf, "không phải .docx"),
    (renamed_doc, "lưu lại dạng .docx"),
    (truncated_docx, "không phải .docx"),
]


def test_good_file_exits_0(good_file: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(good_file)])
    assert result.exit_code == 0, result.output
    assert "Kết quả: không có lỗi, 0 cảnh báo." in result.output
    assert f"Đã đánh giá {len(RULES)}/{len(RULES)} quy tắc." in result.output


def test_breaches_exit_1_with_rule_place_and_fix() -> None:
    result = CliRunner().invoke(main, ["check", str(YOUTH_PLAN)])
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if "Tháng «1»" in x)
    assert line.startswith(
        "LỖI [§4.1, §13.1, §13.11 ngay-thang] bảng 1, hàng 1, ô 2 «Phúc Thịnh, ngày 7 tháng 1 năm 2025»"
    )
    assert "Cách sửa:" in line
    assert "chưa đánh giá: quoc-hieu (văn bản Đoàn TNCS không dùng Quốc hiệu)" in result.output


def test_json_output(good_file: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--json", str(good_file), str(PARTY_REPORT)])
    assert result.exit_code == 1
    good, party = json.loads(result.output)
    assert (good["errors"], good["warnings"], good["findings"]) == (0, 0, [])
    assert party["regime"] == "Đảng"
    first = party["findings"][0]
    assert set(first) == {"rule", "spec", "severity", "message", "where", "excerpt", "fix"}
    assert {s["rule"] for s in party["not_evaluated"]} == {"quoc-hieu", "tieu-ngu", "so-ky-hieu"}


@pytest.mark.parametrize(("make", "message"), HOSTILE, ids=[m.__name__ for m, _ in HOSTILE])
def test_hostile_file_exits_2_with_a_clear_message(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path / "xau.docx")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


PDF_FIXTURE = FIXTURES / "corpus" / "pdf" / "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.pdf"
BAD_PDFS = [
    # (what, bytes, words in the message): pdfminer raises a different type for each (pdffile.py)
    ("empty file", b"", "Không đọc được tệp PDF"),
    ("not a PDF", b"hello", "Không đọc được tệp PDF"),
    ("no /Root object", b"%PDF-1.7\n1 0 obj << >> endobj\n", "Không đọc được tệp PDF"),
    ("cut in half", PDF_FIXTURE.read_bytes()[: PDF_FIXTURE.stat().st_size // 2], "Không đọc được tệp PDF"),
]


@pytest.mark.parametrize(("what", "data", "words"), BAD_PDFS, ids=[case[0] for case in BAD_PDFS])
def test_broken_pdf_exits_2_with_a_clear_message(tmp_path: Path, what: str, data: bytes, words: str) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2, (what, result.output, result.exception)
    assert words in result.output and str(path) in result.output
    assert "Traceback" not in result.output


def test_pdf_over_the_page_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdffile, "MAX_PDF_PAGES", 1)
    result = CliRunner().invoke(main, ["check", str(PDF_FIXTURE)])
    assert result.exit_code == 2 and "Tệp PDF có hơn 1 trang" in result.output, result.output


def test_unreadable_file_among_others_exits_2(tmp_path: Path, good_file: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--json", str(good_file), str(renamed_pdf(tmp_path / "a.docx"))])
    assert result.exit_code == 2
    reports = json.loads(result.output)
    assert "không phải .docx" in reports[1]["unreadable"][0]


def test_folder_checks_every_docx_below_it(tmp_path: Path, good_file: Path) -> None:
    (tmp_path / "con").mkdir()
    shutil.copy(YOUTH_PLAN, tmp_path / "con" / "06.docx")
    (tmp_path / "~$dung.docx").write_bytes(b"lock")
    result = CliRunner().invoke(main, ["check", "--json", str(tmp_path)])
    assert result.exit_code == 1
    assert [Path(r["file"]).name for r in json.loads(result.output)] == ["06.docx", "dung.docx"]


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "khong-co.docx")])
    assert result.exit_code == 2
    assert "Không mở được tệp" in result.output


def test_every_built_example_passes_with_no_finding(tmp_path: Path) -> None:
    """Issue 5: every document vanban generates passes (no error; no warning either, at the time of writing)."""
    project = Project(copy_project(tmp_path))
    report = build(project)
    assert not report.failed
    written = sorted(project.output.rglob("*.docx"))
    assert written
    for path in written:
        result = check_file(path)
        assert [str(f) for f in result.findings] == [], path.name
        assert len(result.evaluated) >= 16, result.coverage()


ROUND_TRIP = [
    ("conformant", lambda document: None, []),
    ("day without zero", _retext("Đồng Nai, ngày", "Đồng Nai, ngày 5 tháng 01 năm 2026"), ["ngay-thang"]),
    ("Arial run", _runs("1. Mục đích", name="Arial"), ["phong-chu"]),
]


@pytest.mark.parametrize(("case", "edit", "rules"), ROUND_TRIP, ids=[c for c, _, _ in ROUND_TRIP])
def test_docx_saved_by_libreoffice(tmp_path: Path, case: str, edit, rules: list[str]) -> None:
    """A .docx from another tool: the document saved again by LibreOffice Writer is judged the same."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) không có trên PATH: bỏ qua kiểm tra tệp do LibreOffice lưu")
    document = good_document()
    edit(document)
    source = tmp_path / "van-ban.docx"
    document.save(str(source))
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    report = check_file(out / "van-ban.docx")
    assert sorted({f.rule for f in report.findings}) == rules, [str(f) for f in report.findings]


STATE_DOC = FIXTURES / "corpus" / "more" / "m14_vp-ubnd-binh-thuan-cv-cu-thanh-vien.doc"


def test_a_doc_is_checked_after_libreoffice_converts_it(tmp_path: Path) -> None:
    """A Word 97–2003 .doc (a real công văn of a UBND tỉnh) is converted, then judged like a .docx."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) không có trên PATH: bỏ qua kiểm tra tệp .doc")
    shutil.copy(STATE_DOC, tmp_path / "cong-van.doc")
    result = CliRunner().invoke(main, ["check", "--json", str(tmp_path)])
    (report,) = json.loads(result.output)
    assert Path(report["file"]).name == "cong-van.doc"
    assert report["regime"] == "nhà nước/công đoàn"
    assert "le-trang" in {f["rule"] for f in report["findings"]}  # its bottom margin is 2.5 mm
    assert "ten-loai" in {s["rule"] for s in report["not_evaluated"]}  # a công văn has no tên loại


def test_a_doc_without_libreoffice_is_refused_with_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VANBAN_SOFFICE", str(tmp_path / "khong-co-soffice"))
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(main, ["check", str(STATE_DOC)])
    assert result.exit_code == 2
    assert "Cần LibreOffice (soffice) để đọc tệp .doc" in result.output


def test_a_bug_of_vanban_itself_is_said_in_vietnamese_with_exit_3(
    tmp_path: Path, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.cli.check as check_command

    def broken(path: Path) -> None:
        raise KeyError("arabic")

    monkeypatch.setattr(check_command, "check_file", broken)
    monkeypatch.delenv("VANBAN_DEBUG", raising=False)
    result = CliRunner().invoke(main, ["check", str(good_file)])
    assert result.exit_code == 3, (result.output, result.exception)
    assert "Lỗi của chương trình vanban (KeyError: 'arabic'), không phải lỗi của tệp" in result.output
    assert "Traceback" not in result.output
    monkeypatch.setenv("VANBAN_DEBUG", "1")
    assert isinstance(CliRunner().invoke(main, ["check", str(good_file)]).exception, KeyError)
