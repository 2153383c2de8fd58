"""PDF beside the .docx through LibreOffice (issue 14): pages, fonts, PDF/A, failures, the PDF checker, `vanban xem`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pdfplumber
import pytest
from click.testing import CliRunner
from conftest import FIXTURES, copy_project

from generator.checking.pdf import check_pdf
from generator.cli import main

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) không có trên PATH: bỏ qua PDF"
)
NATIONAL = "content/tong-ldld/huong-dan-cuoc-van-dong.yaml"


def vanban(project: Path, *args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, [*args, "--thu-muc", str(project)], env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped national guidance built with --pdf (and --pdf-a into a second project)."""
    project = copy_project(tmp_path_factory.mktemp("pdf"))
    result = vanban(project, "build", str(project / NATIONAL), "--pdf")
    assert result.exit_code == 0, result.output
    return project / "output" / "tong-ldld" / "huong-dan-cuoc-van-dong.pdf"


def test_the_pdf_is_a4_with_its_pages_and_embedded_fonts(national: Path) -> None:
    with pdfplumber.open(national) as pdf:
        assert len(pdf.pages) >= 2
        assert {(round(p.width * 25.4 / 72), round(p.height * 25.4 / 72)) for p in pdf.pages} == {(210, 297)}
        fonts = {c["fontname"] for c in pdf.pages[0].chars}
    assert all("+" in name for name in fonts)  # subset-embedded fonts carry a "ABCDEF+" prefix
    assert b"/FontFile2" in national.read_bytes()


def test_our_pdf_passes_the_printed_page_check(national: Path) -> None:
    report = check_pdf(national)
    assert report.findings == []
    assert report.evaluated == ["pdf-kho-giay", "pdf-le-trang", "pdf-so-trang", "pdf-quoc-hieu"]


def test_the_font_substitution_is_said_once(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = vanban(project, "build", str(project / "content" / "vi-du"), "--pdf")
    family = subprocess.run(["fc-match", "-f", "%{family}", "Times New Roman"], capture_output=True, text=True).stdout
    substituted = family.split(",")[0] != "Times New Roman"
    assert result.output.count("phông thay thế") == (1 if substituted else 0)


def test_pdf_a_carries_the_conformance_flags(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = vanban(project, "build", str(project / "content" / "vi-du" / "ke-hoach-cdgd-ha-noi.yaml"), "--pdf-a")
    assert result.exit_code == 0, result.output
    data = (project / "output" / "vi-du" / "ke-hoach-cdgd-ha-noi.pdf").read_bytes()
    assert b"pdfaid:part" in data and (b'pdfaid:part="2"' in data or b"<pdfaid:part>2<" in data)
    assert b'pdfaid:conformance="B"' in data or b"<pdfaid:conformance>B<" in data


def test_only_what_is_stale_is_converted_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    target = str(project / "content" / "vi-du")
    assert "PDF: 2 tệp đã tạo" in vanban(project, "build", target, "--pdf").output
    assert "PDF: 0 tệp đã tạo" in vanban(project, "build", target, "--pdf").output
    (project / "output" / "vi-du" / "ke-hoach-cdgd-ha-noi.pdf").unlink()
    assert "PDF: 1 tệp đã tạo" in vanban(project, "build", target, "--pdf").output


def test_a_hanging_libreoffice_is_killed_and_the_file_named(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    fake.chmod(0o755)
    target = project / "content" / "vi-du" / "ke-hoach-cdgd-ha-noi.yaml"
    result = vanban(project, "build", str(target), "--pdf", "--pdf-timeout", "1", env={"VANBAN_SOFFICE": str(fake)})
    assert result.exit_code == 1
    assert "ke-hoach-cdgd-ha-noi.docx: Không tạo được PDF (quá 1 giây, LibreOffice bị dừng)" in result.output
    assert (project / "output" / "vi-du" / "ke-hoach-cdgd-ha-noi.docx").exists()
    assert list((project / "output").rglob("*.pdf")) == [] and list((project / "output").rglob("*.tmp")) == []


def test_missing_libreoffice_is_a_clear_error_and_the_docx_is_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    target = project / "content" / "vi-du" / "ke-hoach-cdgd-ha-noi.yaml"
    result = vanban(project, "build", str(target), "--pdf", env={"VANBAN_SOFFICE": str(tmp_path / "khong-co")})
    assert result.exit_code == 1
    assert "Không tìm thấy LibreOffice (soffice) để tạo PDF" in result.output
    assert "apt-get install libreoffice-writer-nogui" in result.output
    assert (project / "output" / "vi-du" / "ke-hoach-cdgd-ha-noi.docx").exists()


def _spoil_template(project: Path, letter: bool) -> None:
    """US Letter paper, or the page number shown on page 1 too: what other people's PDFs get wrong."""
    for template in (project / "templates_docx").glob("*.docx"):
        document = docx.Document(str(template))
        for section in document.sections:
            if letter:
                section.page_width, section.page_height = docx.shared.Inches(8.5), docx.shared.Inches(11)
            else:
                section.different_first_page_header_footer = False
        document.save(str(template))


@pytest.mark.parametrize(
    ("letter", "rule", "message"),
    [(True, "pdf-kho-giay", "không phải A4"), (False, "pdf-so-trang", "Trang 1 có số trang")],
)
def test_the_pdf_checker_finds_what_others_get_wrong(tmp_path: Path, letter: bool, rule: str, message: str) -> None:
    project = copy_project(tmp_path)
    _spoil_template(project, letter)
    built = vanban(project, "build", str(project / NATIONAL), "--pdf", "--khong-kiem-tra")
    assert built.exit_code == 1 and f"{rule}]" in built.output  # the build checks the PDFs it writes
    pdf = project / "output" / "tong-ldld" / "huong-dan-cuoc-van-dong.pdf"
    result = CliRunner().invoke(main, ["check", str(pdf)])
    assert result.exit_code == 1
    assert f"[{'§1' if letter else '§9'} {rule}]" in result.output and message in result.output


def test_xem_makes_a_png_of_the_page(national: Path, tmp_path: Path) -> None:
    png = tmp_path / "trang-2.png"
    result = CliRunner().invoke(main, ["xem", str(national), "--trang", "2", "--ra", str(png)])
    assert result.exit_code == 0, result.output
    assert "827 × 1170 điểm ảnh" in result.output  # A4 at 100 dpi
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    docx_file = national.with_suffix(".docx")
    from_docx = CliRunner().invoke(main, ["xem", str(docx_file), "--ra", str(tmp_path / "trang-1.png")])
    assert from_docx.exit_code == 0, from_docx.output
    missing = CliRunner().invoke(main, ["xem", str(national), "--trang", "99", "--ra", str(png)])
    assert missing.exit_code == 2 and "không có trang 99" in missing.output


def test_the_pdf_checker_on_a_pdf_written_by_others() -> None:
    """A Đoàn xã plan (texts 05's original PDF), checked by eye: its text runs to 14.6 mm above the
    bottom edge (lề dưới under 20 mm); a Đoàn document has no Quốc hiệu: its «ĐOÀN TNCS HỒ CHÍ MINH» stands
    in the right column instead, and is not reported missing."""
    report = check_pdf(FIXTURES / "corpus" / "pdf" / "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.pdf")
    assert [(f.rule, f.severity.value, f.where) for f in report.findings] == [("pdf-le-trang", "error", "trang 1")]
    assert "pdf-quoc-hieu" in report.evaluated
    assert "lề dưới" in report.findings[0].message


def test_the_project_file_turns_pdf_on(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "vanban.yaml").write_text("pdf: true\npdf_gioi_han_giay: 90\n", encoding="utf-8")
    result = vanban(project, "build", str(project / "content" / "vi-du" / "ke-hoach-cdgd-ha-noi.yaml"))
    assert result.exit_code == 0, result.output
    assert (project / "output" / "vi-du" / "ke-hoach-cdgd-ha-noi.pdf").exists()


def test_a_mistyped_project_file_names_its_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "vanban.yaml").write_text("pdf: true\npdf_aa: true\n", encoding="utf-8")
    result = vanban(project, "build")
    assert result.exit_code == 2
    assert "vanban.yaml:2: [pdf_aa]" in result.output
    assert not (project / "output").exists()
