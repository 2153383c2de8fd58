"""Header cases of issue 16 on small hand-written texts (no real wording): a type line with more
words (KẾ HOẠCH LIÊN TỊCH, HƯỚNG DẪN THỰC HIỆN) and an all-caps trích yếu, which the importer
writes in sentence case with proper names kept (spec §3 row 5a, §13.3) so the file builds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from generator.cli import main
from generator.importing import read_document
from generator.importing.casing import sentence_case
from generator.yamlfile import read_yaml

REPO = Path(__file__).resolve().parent.parent

HEAD = """LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN CƠ SỞ TRƯỜNG A\tĐộc lập - Tự do - Hạnh phúc
Số: 12/KH-CĐCS\tThanh Hóa, ngày 3 tháng 4 năm 2025

"""
BODY = """
I. MỤC ĐÍCH
1. Nội dung thứ nhất.
II. TỔ CHỨC THỰC HIỆN
1. Nội dung thứ hai./.

Nơi nhận:
- Ban Thường vụ;
- Lưu: VT.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Trần Thị B
"""

CASING = [
    (
        "TỔ CHỨC THÁNG CÔNG NHÂN NĂM 2025 CỦA LĐLĐ TỈNH THANH HÓA",
        "Tổ chức Tháng Công nhân năm 2025 của LĐLĐ tỉnh Thanh Hóa",
    ),
    (
        "V/V TỔ CHỨC ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ LẦN THỨ XIII, NHIỆM KỲ 2023-2028",
        "V/v tổ chức Đại hội Công đoàn cơ sở lần thứ XIII, nhiệm kỳ 2023-2028",
    ),
    (
        "PHỐI HỢP GIỮA BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH VÀ UBND XÃ",
        "Phối hợp giữa Ban Chấp hành Đoàn TNCS Hồ Chí Minh và UBND xã",
    ),
]


@pytest.mark.parametrize(("upper", "expected"), CASING)
def test_an_all_caps_summary_in_sentence_case_keeps_proper_names(upper, expected):
    assert sentence_case(upper) == expected


HEADERS = [
    # type line, summary lines → loai, trich_yeu
    ("KẾ HOẠCH", "TỔ CHỨC HỘI THAO CÔNG NHÂN VIÊN CHỨC", "KẾ HOẠCH", "Tổ chức hội thao công nhân viên chức"),
    ("KẾ HOẠCH LIÊN TỊCH", "Tổ chức hội thao", "KẾ HOẠCH", "Tổ chức hội thao"),
    (
        "HƯỚNG DẪN THỰC HIỆN",
        "Nghị quyết Đại hội Công đoàn tỉnh",
        "HƯỚNG DẪN",
        "Thực hiện Nghị quyết Đại hội Công đoàn tỉnh",
    ),
    # a document issued with a quyết định prints its subject after the type name, in capitals (m15)
    (
        "QUY CHẾ HOẠT ĐỘNG",
        "của Tổ giúp việc về cải cách hành chính",
        "QUY CHẾ",
        "Hoạt động của Tổ giúp việc về cải cách hành chính",
    ),
    ("QUY ĐỊNH VỀ CÔNG TÁC VĂN THƯ", "của Công đoàn cơ sở", "QUY ĐỊNH", "Về công tác văn thư của Công đoàn cơ sở"),
    ("QUY CHẾ", "Chi tiêu nội bộ", "QUY CHẾ", "Chi tiêu nội bộ"),
]


def _write(folder: Path, type_line: str, summary: str) -> Path:
    path = folder / "van-ban.txt"
    path.write_text(HEAD + f"{type_line}\n{summary}\n" + BODY, encoding="utf-8")
    return path


@pytest.mark.parametrize(("type_line", "summary", "kind", "expected"), HEADERS)
def test_type_line_with_more_words_and_all_caps_summary(tmp_path, type_line, summary, kind, expected):
    found = read_document(_write(tmp_path, type_line, summary)).summary()
    assert (found["loai"], found["trich_yeu"], found["so"], found["ky_hieu"]) == (kind, expected, 12, "KH-CĐCS")


def test_an_imported_all_caps_summary_builds(tmp_path):
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = _write(tmp_path, "KẾ HOẠCH", "TỔ CHỨC HỘI THAO CÔNG NHÂN VIÊN CHỨC TỈNH THANH HÓA")
    content = tmp_path / "content" / "ke-hoach.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


FLATTENED = """LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN CƠ SỞ TRƯỜNG A Độc lập - Tự do - Hạnh Phúc
Số: 12/KH-CĐCS Thanh Hóa, ngày 3 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức hội thao
"""


@pytest.mark.parametrize("national", ["CỘNG HÒA", "CỘNG HOÀ"])  # the tone mark on either vowel (NFC both)
def test_header_columns_flattened_into_one_line(tmp_path, national):
    """A text or PDF extract puts both columns on one line, and the date after the ký hiệu."""
    path = tmp_path / "phang.txt"
    path.write_text(FLATTENED.replace("CỘNG HÒA", national) + BODY, encoding="utf-8")
    found = read_document(path).summary()
    assert (found["co_quan_chu_quan"], found["co_quan"]) == ("LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG A")
    assert (found["so"], found["ky_hieu"], found["dia_danh"], found["ngay"]) == (
        12,
        "KH-CĐCS",
        "Thanh Hóa",
        "2025-04-03",
    )
    assert (found["loai"], found["trich_yeu"]) == ("KẾ HOẠCH", "Tổ chức hội thao")


ISSUER_CODES = [
    # (the Số line, the issuer's second line, the profile's ky_hieu): spec §5.1, what `vanban build` accepts
    ("Số: 12/KH-CĐCS", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG A", "CĐCS"),
    ("Số: 12/TTr-26/PT-NC", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG A", "26PT-NC"),  # only the letters a ký hiệu allows
    ("Số: 12/KH-……", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "UBNDTĐT"),  # initials without tone marks, Đ kept
]


@pytest.mark.parametrize(("number_line", "issuer_line", "code"), ISSUER_CODES)
def test_the_profile_ky_hieu_is_one_the_build_accepts(tmp_path, number_line, issuer_line, code):
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = tmp_path / "van-ban.txt"
    head = HEAD.replace("Số: 12/KH-CĐCS", number_line).replace("CÔNG ĐOÀN CƠ SỞ TRƯỜNG A", issuer_line)
    source.write_text(head + "KẾ HOẠCH\nTổ chức hội thao\n" + BODY, encoding="utf-8")
    content = tmp_path / "content" / "ke-hoach.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    profiles = list((tmp_path / "content" / "co-quan").glob("*.yaml"))
    assert len(profiles) == 1 and f"\nky_hieu: {code}\n" in profiles[0].read_text(encoding="utf-8")
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


ATTACHED_REFERENCES = [
    # the «(Kèm theo …)» lines under the trích yếu of a document issued with a quyết định (ND30 Phụ lục III)
    "(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 03/4/2025 của Ban Chấp hành Công đoàn cơ sở)",
    "(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 03/4/2025\ncủa Ban Chấp hành Công đoàn cơ sở)",
]


@pytest.mark.parametrize("reference", ATTACHED_REFERENCES, ids=["one line", "two lines"])
def test_the_attached_to_reference_is_left_out_with_a_note_and_the_file_builds(tmp_path, reference):
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = tmp_path / "quy-che.txt"
    source.write_text(HEAD + f"QUY CHẾ\nChi tiêu nội bộ\n{reference}\n" + BODY, encoding="utf-8")
    content = tmp_path / "content" / "quy-che.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = content.read_text(encoding="utf-8")
    assert "# - dòng 7: Bỏ dòng `(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 03/4/2025 của" in text
    assert "mo_dau" not in text and "\n- (Kèm theo" not in text
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("date_line", "place"),
    [
        ("Hà Giang, ngày 3 tháng 4 năm 2026", "Tuyên Quang"),  # after 1/7/2025: the province that took it over
        ("Hà Giang, ngày 3 tháng 4 năm 2025", "Hà Giang"),  # before: the name of its day (spec §12)
        ("Thanh Hóa, ngày 3 tháng 4 năm 2026", "Thanh Hóa"),  # not merged
    ],
)
def test_a_place_abolished_by_the_date_becomes_its_successor_with_a_note(tmp_path, date_line, place):
    """A draft dated after the merger that still writes the old province builds (spec §4.2, §12), with a note."""
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = tmp_path / "ke-hoach.txt"
    head = HEAD.replace("Thanh Hóa, ngày 3 tháng 4 năm 2025", date_line).replace("TỈNH MẪU", "TỈNH HÀ GIANG")
    source.write_text(head + "KẾ HOẠCH\nTổ chức hội thao\n" + BODY, encoding="utf-8")
    content = tmp_path / "content" / "ke-hoach.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (profile,) = (tmp_path / "content" / "co-quan").glob("*.yaml")
    assert f"\ndia_danh: {place}\n" in profile.read_text(encoding="utf-8")
    assert ("tỉnh đã sáp nhập từ 01/7/2025" in content.read_text(encoding="utf-8")) == (place == "Tuyên Quang")
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


DECISION_WITH_RULES = """CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH MẪU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG ĐOÀN CƠ SỞ TRƯỜNG A\tĐộc lập - Tự do - Hạnh phúc
Số: 12/QĐ-CĐCS\tThanh Hóa, ngày 3 tháng 4 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế chi tiêu nội bộ

BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG A
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Các tổ công đoàn chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:\tTM. BAN CHẤP HÀNH
- Như Điều 3;\tCHỦ TỊCH
- Lưu: VT.
\tNguyễn Văn A

QUY CHẾ
Chi tiêu nội bộ
(Ban hành kèm theo Quyết định số 12/QĐ-CĐCS ngày 03/4/2025 của Ban Chấp hành Công đoàn cơ sở Trường A)

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi áp dụng
1. Quy chế này áp dụng cho các khoản chi của công đoàn cơ sở.
2. Các khoản chi khác theo quy định của cấp trên.
Chương II
MỨC CHI
Điều 2. Chi thăm hỏi
1. Đoàn viên ốm đau được thăm hỏi.
a) Nằm viện từ 3 ngày trở lên.
b) Phẫu thuật.
"""


def test_a_rule_issued_with_the_decision_becomes_an_appendix_with_its_own_numbering(tmp_path):
    """After the signature, «QUY CHẾ» / its title / «(Ban hành kèm theo Quyết định …)» opens a document issued with
    the quyết định (ND30 Phụ lục III): imported as an appendix with its own `danh_so` (Chương, Điều), not as
    sections of the quyết định's body, and the file builds with the appendix numbered as the rule was."""
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = tmp_path / "quyet-dinh.txt"
    source.write_text(DECISION_WITH_RULES, encoding="utf-8")
    content = tmp_path / "content" / "quyet-dinh.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = read_yaml(content).data
    assert [len(data["muc"]), data["danh_so"]] == [3, ["dieu"]]
    (appendix,) = data["phu_luc"]
    assert appendix["tieu_de"] == "QUY CHẾ Chi tiêu nội bộ"
    assert appendix["danh_so"][:3] == ["chuong", "dieu", "so"]
    assert [chapter["tieu_de"] for chapter in appendix["muc"]] == ["QUY ĐỊNH CHUNG", "MỨC CHI"]
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    texts = [p.text for p in Document(str(tmp_path / "output" / "quyet-dinh.docx")).paragraphs if p.text]
    annex = texts[texts.index("Phụ lục") :]
    assert annex[2].startswith("(Kèm theo Quyết định số 12/QĐ-CĐCS ngày 03 tháng 4 năm 2025 của ")
    assert annex[1:2] + annex[3:6] == [
        "QUY CHẾ CHI TIÊU NỘI BỘ",
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi áp dụng",
    ]
    assert "Chương II" in annex and "a) Nằm viện từ 3 ngày trở lên." in annex


MIXED_LEVELS = """
I. MỤC ĐÍCH
1. Nội dung thứ nhất
a) Điểm một.
b) Điểm hai.
2. Nội dung thứ hai
2.1. Việc thứ nhất
a) Điểm ba.
b) Điểm bốn.
II. TỔ CHỨC THỰC HIỆN
1. Các tổ công đoàn thực hiện.
"""


def test_two_levels_of_one_kind_take_the_other_kind_met_there_and_the_file_builds(tmp_path):
    """`a)` under `1.`, and `2.1.` then `a)` under `2.`: the third level met `a)` first and `2.1.` too, the fourth
    `a)`; written as `so-ghep`, `chu-ngoac` so no two levels print alike (spec §6.2), and the build accepts it."""
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = tmp_path / "ke-hoach.txt"
    source.write_text(HEAD + "KẾ HOẠCH\nTổ chức hội thao\n" + MIXED_LEVELS, encoding="utf-8")
    content = tmp_path / "content" / "ke-hoach.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert read_yaml(content).data["danh_so"] == ["la-ma", "so", "so-ghep", "chu-ngoac"]
    assert "Cấp 3 và cấp 4 cùng kiểu `chu-ngoac`" in content.read_text(encoding="utf-8")
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_a_giay_moi_is_read_as_a_thong_bao_with_a_note(tmp_path):
    """GIẤY MỜI (ND30 Phụ lục III, a type vanban does not write): its header is read and it imports as the nearest
    type, a thông báo, which builds (check sets 2 and 3: d08, e16 read their header as body before)."""
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    source = tmp_path / "giay-moi.txt"
    source.write_text(HEAD.replace("KH-CĐCS", "GM-CĐCS") + "GIẤY MỜI\nHọp Ban Chấp hành\n" + BODY, encoding="utf-8")
    content = tmp_path / "content" / "giay-moi.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = read_yaml(content).data
    assert (data["loai"], data["trich_yeu"], data["so"]) == ("thong-bao", "Họp Ban Chấp hành", 12)
    assert "Thể loại `GIẤY MỜI`" in content.read_text(encoding="utf-8")
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
