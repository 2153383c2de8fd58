"""Header forms of older and web-copied letters (issue 16, from the second held-out import set once it was opened
for development): `Về việc …` / `Về: …` / `Về …` as a công văn's trích yếu (ND30 Phụ lục I ô 5b), the độ khẩn stamp
(ô 10a) kept out of the issuer's name, a date line ending in a full stop, a type abbreviation in capitals (`TTR`), a
ký hiệu spaced round its dash, a trích yếu opening like the body above its rule, a draft's flattened Số line. Small
hand-written texts, no real wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.importing import read_document

REPO = Path(__file__).resolve().parent.parent

LETTER_HEAD = """ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH MẪU\t\tĐộc lập - Tự do - Hạnh phúc
SỞ VĂN HÓA MẪU

Số: 15/SVH-VP\t\tMẫu Sơn, ngày 3 tháng 4 năm 2025
"""
LETTER_BODY = """
Kính gửi: Các phòng, ban.

Sở đề nghị các đơn vị thực hiện nội dung trên.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn A
"""

SUBJECTS = [
    ("Về việc tổ chức hội thi năm 2025", "Tổ chức hội thi năm 2025"),
    ("Về: tổ chức hội thi năm 2025.", "Tổ chức hội thi năm 2025"),
    ("Về tổ chức hội thi năm 2025", "Tổ chức hội thi năm 2025"),
    ("V/v tổ chức hội thi năm 2025", "Tổ chức hội thi năm 2025"),
]


def _read(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "van-ban.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path).summary()


@pytest.mark.parametrize(("subject", "summary"), SUBJECTS)
def test_an_older_letters_subject_makes_it_a_cong_van(tmp_path, subject, summary):
    found = _read(tmp_path, f"{LETTER_HEAD}{subject}\n{LETTER_BODY}")
    assert found["loai"] == "CÔNG VĂN"
    assert found["trich_yeu"] == summary
    assert (found["co_quan_chu_quan"], found["co_quan"]) == ("ỦY BAN NHÂN DÂN TỈNH MẪU", "SỞ VĂN HÓA MẪU")
    assert (found["ky_hieu"], found["dia_danh"]) == ("SVH-VP", "Mẫu Sơn")


def test_a_line_opening_with_ve_is_a_subject_only_right_under_the_so_line(tmp_path):
    body = LETTER_BODY.replace("Sở đề nghị", "Về công tác năm 2025, Sở đề nghị")
    found = _read(tmp_path, f"{LETTER_HEAD}{body}")
    assert not str(found["trich_yeu"]).startswith("Công tác năm 2025")


@pytest.mark.parametrize("stamp", ["KHẨN", "HỎA TỐC", "THƯỢNG KHẨN", "MẬT"])
def test_the_urgency_or_secrecy_stamp_is_no_part_of_the_issuer(tmp_path, stamp):
    found = _read(tmp_path, f"{LETTER_HEAD}V/v tổ chức hội thi\n\n   {stamp}\n{LETTER_BODY}")
    assert found["co_quan"] == "SỞ VĂN HÓA MẪU"
    assert stamp not in str(found["co_quan_chu_quan"])


HEAD_LINES = [  # (the Số and date lines, ký hiệu, địa danh)
    ("Số: 7/TB-PGD\t\tMẫu Sơn, ngày 20 tháng 3 năm 2012.", "TB-PGD", "Mẫu Sơn"),  # a full stop after the year
    ("Số: 7/TTR-UBND\t\tMẫu Sơn, ngày 20 tháng 3 năm 2012", "TTr-UBND", "Mẫu Sơn"),  # ND30 Phụ lục III: TTr
    ("Số : 7 /SVH – VP\t\tMẫu Sơn, ngày 20 tháng 3 năm 2012", "SVH–VP", "Mẫu Sơn"),  # spaced round an en dash
    ("Số: - HD/BTC Mẫu Sơn, ngày    tháng    năm 2023", "HD/BTC", "Mẫu Sơn"),  # a draft's Số and date on one line
]


@pytest.mark.parametrize(("number_line", "code", "place"), HEAD_LINES)
def test_the_so_and_date_lines_as_copies_print_them(tmp_path, number_line, code, place):
    text = f"ỦY BAN NHÂN DÂN HUYỆN MẪU\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\t\tĐộc lập - Tự do - Hạnh phúc\n{number_line}\n\nTHÔNG BÁO\nVề việc nghỉ lễ\n{LETTER_BODY}"
    found = _read(tmp_path, text)
    assert (found["ky_hieu"], found["dia_danh"]) == (code, place)


@pytest.mark.parametrize(("under", "summary"), [("-----", "Thực hiện quy trình xét tặng"), ("", None)])
def test_a_summary_opening_like_the_body_is_read_when_its_rule_is_under_it(tmp_path, under, summary):
    head = "ĐẢNG BỘ TỈNH MẪU\t\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\nSố 5-HD/BTC\t\tMẫu Sơn, ngày 2 tháng 8 năm 2025\n"
    body = "\nI. THỜI GIAN\n1. Nội dung.\n"
    found = _read(tmp_path, f"{head}\nHƯỚNG DẪN\nThực hiện quy trình xét tặng\n{under}\n{body}")
    assert found["trich_yeu"] == summary


def test_an_imported_older_letter_builds(tmp_path):
    source = tmp_path / "cong-van.txt"
    source.write_text(f"{LETTER_HEAD.replace('15/SVH-VP', '15 /SVH – VP')}Về tổ chức hội thi\n{LETTER_BODY}", "utf-8")
    project = tmp_path / "p"
    (project / "templates_docx").mkdir(parents=True)
    for template in (REPO / "templates_docx").glob("*.docx"):
        (project / "templates_docx" / template.name).write_bytes(template.read_bytes())
    content = project / "content" / "cong-van.yaml"
    runner = CliRunner()
    imported = runner.invoke(main, ["import", str(source), "-o", str(content)])
    assert imported.exit_code == 0, imported.output
    built = runner.invoke(main, ["build", str(content), "--thu-muc", str(project)])
    assert built.exit_code == 0, built.output
    assert (project / "output" / "cong-van.docx").exists()


def test_a_summary_printed_in_small_letters_gets_its_capital(tmp_path):
    head = "ĐẢNG BỘ TỈNH MẪU\t\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\nSố 5-BC/BTC\t\tMẫu Sơn, ngày 2 tháng 8 năm 2025\n"
    found = _read(tmp_path, f"{head}\nBÁO CÁO\ntổng kết công tác năm 2025\n\nI. KẾT QUẢ\n1. Nội dung.\n")
    assert found["trich_yeu"] == "Tổng kết công tác năm 2025"
