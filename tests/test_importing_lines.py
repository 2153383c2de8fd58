"""The cleaning of raw lines and the recognition of markers, one row per real-world case."""

from __future__ import annotations

import unicodedata

import docx
import pytest

from generator.importing.lines import read_lines
from generator.importing.markers import bullet, section_marker
from generator.importing.notes import Notes

CLEAN_CASES = [
    # (what, raw line, cells after cleaning)
    (
        "two header columns on one line (texts 02)",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ),
    ("tab between columns", "Kính gửi:\tBan Thường vụ", ("Kính gửi:", "Ban Thường vụ")),
    ("draft number blank stays one cell (texts 03)", "Số:    /TTr-CĐCS", ("Số: /TTr-CĐCS",)),
    (
        "draft day blank stays one cell (texts 03)",
        "Hòa Khánh,  ngày      tháng  4 năm 2026",
        ("Hòa Khánh, ngày tháng 4 năm 2026",),
    ),
    ("decomposed Unicode (texts 10)", unicodedata.normalize("NFD", "Trường hợp"), ("Trường hợp",)),
    (
        "footnote number glued to a word (texts 01)",
        "+ Các nội dung về tiền lương1.",
        ("+ Các nội dung về tiền lương.",),
    ),
    ("number that belongs to a code stays", "Số 01-KL/CBHT1", ("Số 01-KL/CBHT1",)),
    (
        "hours and minutes stay (texts 07)",
        "- Đợt 1: Đúng 07h00 ngày 13/12/2025",
        ("- Đợt 1: Đúng 07h00 ngày 13/12/2025",),
    ),
    (
        "markdown emphasis of web copies (seed 004)",
        "viên chức “*Trung thành, sáng tạo*”",
        ("viên chức “Trung thành, sáng tạo”",),
    ),
    ("Wingdings box (texts 01)", "thông qua biểu quyết: \uf078", ("thông qua biểu quyết:",)),
    ("rule under the title becomes a break", "-----------------", ()),
    ("non-breaking spaces", "Độc\u00a0lập", ("Độc lập",)),
    ("control characters XML cannot hold (a PDF's NUL)", "Độc\x00 lập\x07", ("Độc lập",)),
    ("a dash set apart from its item (check set 8 q16)", "-        Các Khoa/ Đơn vị;", ("- Các Khoa/ Đơn vị;",)),
    ("a dash apart, then a second column", "-\tCVHT;\t\tPHÓ TRƯỞNG PHÒNG", ("- CVHT;", "PHÓ TRƯỞNG PHÒNG")),
]


@pytest.mark.parametrize(("what", "raw", "cells"), CLEAN_CASES, ids=[case[0] for case in CLEAN_CASES])
def test_clean_line(tmp_path, what, raw, cells):
    source = tmp_path / "a.txt"
    source.write_text(raw + "\n", encoding="utf-8")
    lines = read_lines(source, Notes())
    assert [line.cells for line in lines] == [cells]


def test_lone_page_numbers_are_dropped_and_reported(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Đoạn một.\n\n2\n\nĐoạn hai.\n", encoding="utf-8")
    notes = Notes()
    assert [line.text for line in read_lines(source, notes) if not line.blank] == ["Đoạn một.", "Đoạn hai."]
    assert [str(note) for note in notes.items] == ["dòng 3: Bỏ dòng số trang `2`."]


def test_hard_wrapped_pdf_lines_are_rejoined(tmp_path):
    wrapped = (
        "      Thực hiện Chỉ thị số - CT/ĐU của Ban Thường vụ Đảng ủy xã về việc tập trung\n"
        "thực hiện các nhiệm vụ trước, trong và sau Tết Nguyên đán Bính Ngọ năm 2026; nhằm\n"
        "phát huy tinh thần tình nguyện vì cộng đồng của thanh thiếu nhi xã Phúc Thịnh.\n"
        "      I. MỤC ĐÍCH, YÊU CẦU\n"
        "      - Nhằm phát huy vai trò của tổ chức Đoàn, Hội, Đội và nâng cao nhận thức,\n"
        "trách nhiệm của cán bộ, đoàn viên, thanh thiếu nhi và toàn xã hội về truyền thống\n"
        "văn hoá đoàn kết.\n"
        "      - Góp phần giáo dục cho đoàn viên, đội viên, thanh thiếu nhi về nét đẹp của\n"
        "văn hóa truyền thống Tết cổ truyền của người Việt Nam trong các gia đình xã.\n"
        "      - Nội dung: Các cơ sở Đoàn, Hội, Đội phát động, triển khai Chương trình;\n"
        "đăng ký số lượng quà ủng hộ gửi về Đoàn xã.\n"
    )
    source = tmp_path / "a.txt"
    source.write_text(wrapped, encoding="utf-8")
    texts = [line.text for line in read_lines(source, Notes())]
    assert len(texts) == 5
    assert texts[0].endswith(
        "Tết Nguyên đán Bính Ngọ năm 2026; nhằm phát huy tinh thần tình nguyện vì cộng đồng của thanh thiếu nhi xã Phúc Thịnh."
    )
    assert texts[1] == "I. MỤC ĐÍCH, YÊU CẦU"
    assert (
        texts[4]
        == "- Nội dung: Các cơ sở Đoàn, Hội, Đội phát động, triển khai Chương trình; đăng ký số lượng quà ủng hộ gửi về Đoàn xã."
    )


MARKER_CASES = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "la-ma", "MỤC ĐÍCH, YÊU CẦU"),
    ("I- Kết quả thực hiện nhiệm vụ", "la-ma-gach", "Kết quả thực hiện nhiệm vụ"),
    ("A- NGUYÊN TẮC CHUNG", "chu-hoa-gach", "NGUYÊN TẮC CHUNG"),  # a capital letter and a dash (a 1976 thông tư)
    ("A. YÊU CẦU", "chu-hoa", "YÊU CẦU"),
    ("1. Mục đích", "so", "Mục đích"),
    ("1- Công tác chính trị, tư tưởng", "so-gach", "Công tác chính trị, tư tưởng"),
    ("2.1. Nội dung", "so-ghep", "Nội dung"),
    ("1.2.3. Chi tiết", "so-ghep", "Chi tiết"),
    ("1.4- Khai và chứng nhận lý lịch", "so-ghep", "Khai và chứng nhận lý lịch"),  # a Party guide's dash (HD 38)
    ("1.4.1- Yêu cầu", "so-ghep", "Yêu cầu"),
    ("2.5 - 3 triệu đồng mỗi người", None, None),
    ("a) Quốc hiệu và Tiêu ngữ.", "chu-ngoac", "Quốc hiệu và Tiêu ngữ."),
    ("b. Đối với cá nhân", "chu-cham", "Đối với cá nhân"),
    ("Một là: Đẩy mạnh công tác tuyên truyền", "thu-tu-hai-cham", "Đẩy mạnh công tác tuyên truyền"),
    ("Hai là, tăng cường kiểm tra", "thu-tu", "tăng cường kiểm tra"),
    ("Chương I", "chuong", ""),
    ("Phần thứ hai", "phan", ""),
    ("Mục 1", "muc-so", ""),
    ("Điều 3. Giải thích từ ngữ", "dieu", "Giải thích từ ngữ"),
    ("2.5 triệu đồng mỗi người", None, None),
    ("100% các cơ sở Đoàn", None, None),
    ("Mục đích", None, None),
    ("Điều lệ Công đoàn Việt Nam", None, None),
    ("06/5/2026, Chi bộ tổ chức họp", None, None),
]


@pytest.mark.parametrize(("text", "kind", "rest"), MARKER_CASES, ids=[case[0] for case in MARKER_CASES])
def test_section_marker(text, kind, rest):
    marker = section_marker(text)
    assert (marker.kind, marker.rest) == (kind, rest) if kind else marker is None


BULLET_CASES = [
    ("- Thành lập các đoàn", (1, "Thành lập các đoàn")),
    ("+ Bước 1: Công đoàn cơ sở", (2, "Bước 1: Công đoàn cơ sở")),
    ("* Về kinh tế", (1, "Về kinh tế")),
    ("• Đẩy nhanh tiến độ", (1, "Đẩy nhanh tiến độ")),
    ("– Đợt 1: Nhân dịp tết", (1, "Đợt 1: Nhân dịp tết")),
    ("Thời gian: từ ngày 15/01", None),
]


@pytest.mark.parametrize(("text", "expected"), BULLET_CASES, ids=[case[0] for case in BULLET_CASES])
def test_bullet(text, expected):
    assert bullet(text) == expected


def test_digits_glued_to_a_word_stay_in_a_docx(tmp_path):
    """A .docx keeps footnote references out of the text, so `mm20` there is data (NĐ 30 Phụ lục I tables)."""
    document = docx.Document()
    document.add_paragraph("Lề trên: cách mép trên 20 - 25 mm20 - 25 mm")
    document.save(tmp_path / "a.docx")
    notes = Notes()
    assert [line.text for line in read_lines(tmp_path / "a.docx", notes)] == [
        "Lề trên: cách mép trên 20 - 25 mm20 - 25 mm"
    ]
    assert not notes.items
