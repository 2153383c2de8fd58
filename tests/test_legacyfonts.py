"""Text typed in TCVN3 fonts (.VnTime, .VnTimeH) is read as Unicode by the checker and the importer (issue 16;
held-out 8 q05), and a Unicode text left in a .Vn font is not touched (spec §1: Unicode, TCVN 6909:2001)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from test_checking import good_document, report_of

from generator.checking import check_file
from generator.checking.legacyfonts import _LETTERS, decoded
from generator.checking.papers import LEGACY_REASON
from generator.importing import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
# Unicode → TCVN3 byte, for writing test files as an old office's machine did (precomposed letters only)
_ENCODE = str.maketrans({letter: chr(code) for code, letter in enumerate(_LETTERS, start=0xA1) if len(letter) == 1})

DECODED = [  # (as Word stores it, font, as printed)
    ("§¶ng bé c¬ quan", ".VnTimeH", "ĐẢNG BỘ CƠ QUAN"),
    ("®¶ng céng s¶n viÖt nam", ".VnTimeH", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("LÖ Thuû, ngµy 29 th¸ng 11 n¨m 2011", ".VnTime", "Lệ Thuỷ, ngày 29 tháng 11 năm 2011"),
    ("t\u00ad t\u00adëng", ".VnTime", "tư tưởng"),  # byte 0xAD, «ư», which Word keeps as a soft hyphen
    ("a\u00b3", ".VnArial", "á"),  # a combining tone mark of TCVN 5712 (0xB3), composed
    ("Kinh phÝ 2.500.000 ®", ".VnTime", "Kinh phí 2.500.000 đ"),
]


@pytest.mark.parametrize(("stored", "font", "printed"), DECODED)
def test_tcvn3_text_decodes_to_unicode(stored: str, font: str, printed: str) -> None:
    assert decoded(stored, font) == printed


def test_the_encoding_used_by_these_tests_round_trips() -> None:
    text = "Công đoàn cơ sở tổ chức hội nghị người lao động năm 2011"
    assert decoded(text.translate(_ENCODE), ".VnTime") == text


def _in_tcvn3(document) -> None:
    """Every run of `document` re-typed in TCVN3: capitals in .VnTimeH (its small letters print as capitals),
    the rest in .VnTime."""
    paragraphs = [*document.paragraphs, *(p for t in document.tables for c in t._cells for p in c.paragraphs)]
    for paragraph in paragraphs:
        for run in paragraph.runs:
            capitals = run.text == run.text.upper() and run.text != run.text.lower()
            run.text = (run.text.lower() if capitals else run.text).translate(_ENCODE)
            run.font.name = ".VnTimeH" if capitals else ".VnTime"


def test_a_document_typed_in_tcvn3_is_read_and_judged_whole(tmp_path: Path) -> None:
    """The good document re-typed in TCVN3 fonts: its header, title and body are found as in Unicode (no
    component is skipped as unreadable); the font is the fault reported."""
    document = good_document()
    (tmp_path / "u").mkdir()
    (tmp_path / "t").mkdir()
    unicode_rules = {f.rule for f in report_of(document, tmp_path / "u").findings}
    _in_tcvn3(document)
    report = report_of(document, tmp_path / "t")
    assert not [s for s in report.skipped if s.reason == LEGACY_REASON]
    assert {"quoc-hieu", "ten-loai", "co-chu-than"} <= set(report.evaluated)
    assert {f.rule for f in report.findings} - unicode_rules == {"phong-chu"}
    assert any(".VnTime" in f.message for f in report.findings if f.rule == "phong-chu")


def test_unicode_text_in_a_vn_font_is_not_decoded(tmp_path: Path) -> None:
    """A Unicode document whose style still names .VnTime: its letters are Unicode already; decoding them would
    garble every «ô», «à»."""
    document = good_document()
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.name = ".VnTime"
    report = report_of(document, tmp_path)
    assert any(s.reason == LEGACY_REASON for s in report.skipped)  # judged as before: by what needs no reading


def test_an_imported_tcvn3_document_reads_its_header(tmp_path: Path) -> None:
    document = Document()
    lines = [  # runs of each line: capitals in .VnTimeH, as an old office typed them
        [("LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\t", True), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True)],
        [("CÔNG ĐOÀN CƠ SỞ TRƯỜNG AN PHÚ\t", True), ("Độc lập - Tự do - Hạnh phúc", False)],
        [("Số: 12/KH-CĐCS\tThanh Hóa, ngày 3 tháng 4 năm 2011", False)],
        [("KẾ HOẠCH", True)],
        [("Tổ chức hội nghị người lao động năm 2011", False)],
        [("I. MỤC ĐÍCH, YÊU CẦU", True)],
        [("1. Nội dung thứ nhất của kế hoạch.", False)],
    ]
    for runs in lines:
        paragraph = document.add_paragraph()
        for text, capitals in runs:
            run = paragraph.add_run((text.lower() if capitals else text).translate(_ENCODE))
            run.font.name = ".VnTimeH" if capitals else ".VnTime"
    path = tmp_path / "ke-hoach.docx"
    document.save(str(path))
    imported = read_document(path)
    found = imported.summary()
    assert (found["co_quan_chu_quan"], found["co_quan"]) == (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA",
        "CÔNG ĐOÀN CƠ SỞ TRƯỜNG AN PHÚ",
    )
    assert (found["ky_hieu"], found["dia_danh"], found["loai"]) == ("KH-CĐCS", "Thanh Hóa", "KẾ HOẠCH")
    assert found["trich_yeu"] == "Tổ chức hội nghị người lao động năm 2011"
    assert any("TCVN3" in note.message for note in imported.notes.items)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to read a .doc")
def test_the_real_tcvn3_paper_is_read_as_a_persons_paper() -> None:
    """held-out 8 q05, a party member's bản tự kiểm điểm in .VnTime/.VnTimeH: read, it is a person's paper (judged
    as a form: font and paper), no longer «unreadable»."""
    report = check_file(next((FIXTURES / "check-held-out-8").glob("q05_*.doc")))
    assert {f.rule for f in report.findings} == {"phong-chu", "kho-giay"}
    assert any("BẢN TỰ KIỂM ĐIỂM" in s.reason for s in report.skipped)
    assert not [s for s in report.skipped if s.reason == LEGACY_REASON]


VNI = [
    ("COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Ñoäc Laäp – Töï Do – Haïnh Phuùc", "Độc Lập – Tự Do – Hạnh Phúc"),
    ("Ngöôøi lao ñoäng, cô quan, thuôû, tuoåi, ÑAÉKLAÉK", "Người lao động, cơ quan, thuở, tuổi, ĐẮKLẮK"),
]


@pytest.mark.parametrize(("stored", "printed"), VNI)
def test_vni_text_decodes_to_unicode(stored: str, printed: str) -> None:
    assert decoded(stored, "VNI-Times") == printed
