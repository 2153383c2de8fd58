"""Table tests for generator/formatting.py: one row per case, each citing its spec rule."""

import datetime as dt

import pytest

from generator.document import Signer
from generator.formatting import (
    ISSUER_RULE,
    MOTTO,
    NATIONAL_TITLE,
    SHORT_LINE,
    SUMMARY_RULE,
    appendix_label,
    authority_lines,
    citation,
    closing,
    date_line,
    document_code,
    header_marks,
    number_line,
    numbered_code,
    party_number_line,
    recipient_lines,
    rule_indent,
    signed_mark,
    signer_problems,
    summary_text,
    typed_marker,
    vietnamese_number,
    weekday,
)
from generator.metrics import printed_width


@pytest.mark.parametrize(
    ("place", "date", "expected"),
    [
        # spec §4.1: days 1–9 and months 1–2 get a leading zero, months 3–12 never do
        ("Sóc Trăng", dt.date(2017, 11, 7), "Sóc Trăng, ngày 07 tháng 11 năm 2017"),
        ("Hà Nội", dt.date(2026, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2026"),
        ("Đồng Nai", dt.date(2026, 2, 28), "Đồng Nai, ngày 28 tháng 02 năm 2026"),
        ("Gia Lai", dt.date(2026, 3, 9), "Gia Lai, ngày 09 tháng 3 năm 2026"),
        ("Thành phố Hồ Chí Minh", dt.date(2026, 6, 29), "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2026"),
        ("Huế", dt.date(2026, 12, 31), "Huế, ngày 31 tháng 12 năm 2026"),
        ("Cần Thơ", dt.date(2025, 10, 10), "Cần Thơ, ngày 10 tháng 10 năm 2025"),
    ],
)
def test_date_line(place, date, expected):
    assert date_line(place, date, date.year) == expected


def test_draft_date_line_keeps_day_and_month_blank():
    # spec §4.1: the văn thư fills in the date after signing
    assert date_line("Đồng Nai", None, 2026) == "Đồng Nai, ngày      tháng      năm 2026"


@pytest.mark.parametrize(
    ("number", "code", "expected"),
    [
        (9, "HD-CĐVC", "Số: 09/HD-CĐVC"),  # spec §5.1: zero-pad below 10
        (1, "KH-LĐLĐ", "Số: 01/KH-LĐLĐ"),
        (10, "KH-LĐLĐ", "Số: 10/KH-LĐLĐ"),
        (933, "QĐ-TLĐ", "Số: 933/QĐ-TLĐ"),
        (None, "KH-LĐLĐ", "Số:      /KH-LĐLĐ"),  # spec §4.1 draft
    ],
)
def test_number_line(number, code, expected):
    assert number_line(number, code) == expected


@pytest.mark.parametrize(
    ("number", "abbreviation", "issuer", "expected"),
    [
        (5, "KH", "CB", "Số 05-KH/CB"),  # HD 36-HD/VPTW Phụ lục 3 row 3: «Số 127-QĐ/TW», no colon
        (127, "QĐ", "TW", "Số 127-QĐ/TW"),
        (None, "BC", "ĐU", "Số      -BC/ĐU"),  # a draft: the number left blank for the clerk
        (12, None, "CB", "Số 12-CB"),
    ],
)
def test_party_number_line(number, abbreviation, issuer, expected):
    assert party_number_line(number, document_code(abbreviation, issuer, "dang")) == expected


@pytest.mark.parametrize(
    ("abbreviation", "issuer", "expected"),
    [("HD", "CĐVC", "HD-CĐVC"), ("QyĐ", "TLĐ", "QyĐ-TLĐ"), ("CTr", "LĐLĐ", "CTr-LĐLĐ"), (None, "TLĐ-ToC", "TLĐ-ToC")],
)
def test_document_code_keeps_case(abbreviation, issuer, expected):
    # spec §5.1: keep the case of QyĐ, CTr, ToC exactly as given
    assert document_code(abbreviation, issuer) == expected


@pytest.mark.parametrize(
    ("recipients", "archive", "expected"),
    [
        (("LĐLĐ tỉnh", "CĐCS trực thuộc"), ("VT", "CĐVC"), ["- LĐLĐ tỉnh;", "- CĐCS trực thuộc;", "- Lưu: VT, CĐVC."]),
        (
            ("- Như trên;", "Tổng LĐLĐ Việt Nam (để b/c)."),
            ("VT",),
            ["- Như trên;", "- Tổng LĐLĐ Việt Nam (để b/c);", "- Lưu: VT."],
        ),
        ((), ("CĐVC",), ["- Lưu: CĐVC."]),
        (("CĐCS",), ("VT", "ToC."), ["- CĐCS;", "- Lưu: VT, ToC."]),  # no double full stop
    ],
)
def test_recipient_lines(recipients, archive, expected):
    # spec §8: every item "- …;", the last "- Lưu: VT, ….", ending "."
    assert recipient_lines(recipients, archive) == expected
    assert recipient_lines(recipients, archive, "cong-doan") == expected


@pytest.mark.parametrize(
    ("recipients", "archive", "expected"),
    [
        (
            ("Đảng ủy xã (để b/c)", "Đảng viên;"),
            ("Chi bộ",),
            ["- Đảng ủy xã (để b/c),", "- Đảng viên,", "- Lưu Chi bộ."],
        ),
        ((), ("Văn phòng Tỉnh ủy.",), ["- Lưu Văn phòng Tỉnh ủy."]),
    ],
)
def test_party_recipient_lines(recipients, archive, expected):
    # HD 36-HD/VPTW 1.9.2: «,» after each recipient, «.» at the end; the archive line has no colon (1.9.1 ví dụ)
    assert recipient_lines(recipients, archive, "dang") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đề nghị các CĐCS thực hiện tốt kế hoạch.", "đề nghị các CĐCS thực hiện tốt kế hoạch./."),
        ("thực hiện tốt kế hoạch", "thực hiện tốt kế hoạch./."),
        ("thực hiện tốt kế hoạch./", "thực hiện tốt kế hoạch./."),
        ("thực hiện tốt kế hoạch./.", "thực hiện tốt kế hoạch./."),
        ("“Gương mẫu”.", "“Gương mẫu”./."),
        ("- Một ý;", "- Một ý./."),  # the last item of a list ends the body
        ("Thực hiện như sau:", "Thực hiện như sau./."),
    ],
)
def test_closing(text, expected):
    # spec §3 'End of body', §13.10
    assert closing(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thực hiện tốt nghị quyết", "thực hiện tốt nghị quyết."),
        ("thực hiện tốt nghị quyết.", "thực hiện tốt nghị quyết."),
        ("thực hiện tốt nghị quyết./.", "thực hiện tốt nghị quyết."),  # ND30's mark is not the Party's
        ("- Một ý;", "- Một ý."),
    ],
)
def test_party_closing(text, expected):
    # HD 36-HD/VPTW 1.6.2: «kết thúc nội dung văn bản có dấu chấm (.)»
    assert closing(text, "dang") == expected


@pytest.mark.parametrize(
    ("signer", "lines"),
    [
        (Signer("CHỦ TỊCH", "Nguyễn Văn A", authority="TM. BAN THƯỜNG VỤ"), ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"]),
        # spec §7.2 union form: a deputy signs for the collective with no KT. line
        (
            Signer("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Nguyễn Văn A", authority="TM. ĐOÀN CHỦ TỊCH"),
            ["TM. ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
        ),
        # spec §7.2 state form: TM. / KT. / title
        (
            Signer("Phó Chủ tịch", "Nguyễn Văn A", authority="TM. Ủy ban nhân dân", signs_for="Chủ tịch"),
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ),
        (Signer("PHÓ CHỦ TỊCH", "Nguyễn Văn A", authority="KT. CHỦ TỊCH"), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
        (Signer("CHỦ TỊCH", "Nguyễn Văn A"), ["CHỦ TỊCH"]),
        # HD 36-HD/VPTW: a Party committee signs as a collective
        (Signer("PHÓ BÍ THƯ", "Nguyễn Văn A", authority="TM. THÀNH ỦY"), ["TM. THÀNH ỦY", "PHÓ BÍ THƯ"]),
    ],
)
def test_authority_lines(signer, lines):
    assert authority_lines(signer) == lines
    assert signer_problems(signer) == []


@pytest.mark.parametrize(
    ("signer", "lines"),
    [
        (Signer("BÍ THƯ", "Nguyễn Văn A", authority="TM. CHI BỘ"), ["T/M CHI BỘ", "BÍ THƯ"]),  # HD 36 1.7.1
        (Signer("PHÓ BÍ THƯ", "Nguyễn Văn A", authority="KT. BÍ THƯ"), ["K/T BÍ THƯ", "PHÓ BÍ THƯ"]),
        (
            Signer("CHÁNH VĂN PHÒNG", "Nguyễn Văn A", authority="TL. BAN THƯỜNG VỤ"),
            ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"],
        ),
        (
            Signer("PHÓ BÍ THƯ", "Nguyễn Văn A", authority="TM. BAN THƯỜNG VỤ", signs_for="Bí thư"),
            ["T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ"],
        ),
        (Signer("TRƯỞNG BAN", "Nguyễn Văn A"), ["TRƯỞNG BAN"]),  # the head signs directly: no prefix
        (Signer("GIÁM ĐỐC", "Nguyễn Văn A", authority="Q. GIÁM ĐỐC"), ["Q. GIÁM ĐỐC", "GIÁM ĐỐC"]),  # HD 36 names no Q.
    ],
)
def test_party_authority_lines(signer, lines):
    assert authority_lines(signer, "dang") == lines


@pytest.mark.parametrize(
    ("signer", "fragment"),
    [
        (Signer("CHỦ TỊCH", "Nguyễn Văn A", authority="TM. CHỦ TỊCH"), "TM."),  # spec §13.6
        (Signer("PHÓ CHỦ TỊCH", "Nguyễn Văn A", authority="KT. BAN THƯỜNG VỤ"), "KT."),
        (Signer("CHỦ TỊCH", "Nguyễn Văn A", authority="Q. BAN CHẤP HÀNH"), "Q."),
        (
            Signer("CHỦ TỊCH", "Nguyễn Văn A", authority="THAY MẶT BAN THƯỜNG VỤ"),
            "bắt đầu bằng một trong (TM., KT., Q., TL., TUQ.).",
        ),
        (Signer("CHỦ TỊCH", "TS. Nguyễn Văn A", authority="TM. BAN THƯỜNG VỤ"), "học hàm"),
        (Signer("CHỦ TỊCH", "ThS. Nguyễn Văn A", authority="TM. BAN THƯỜNG VỤ"), "học hàm"),
        (Signer("CHỦ TỊCH", "Nguyễn Văn A", authority="KT. CHỦ TỊCH", signs_for="CHỦ TỊCH"), "ky_thay"),
    ],
)
def test_signer_problems(signer, fragment):
    ((message, hint),) = signer_problems(signer)
    assert fragment in message
    assert hint and "spec" not in hint  # a fix office staff can apply without the spec


@pytest.mark.parametrize(("flag", "expected"), [(True, "(Đã ký)"), (False, "")])
def test_signed_mark(flag, expected):
    # spec §7.3: off by default
    assert signed_mark(Signer("CHỦ TỊCH", "Nguyễn Văn A", signed_mark=flag)) == expected


@pytest.mark.parametrize(
    ("position", "count", "expected"),
    [(1, 1, "Phụ lục"), (1, 2, "Phụ lục I"), (2, 2, "Phụ lục II"), (4, 5, "Phụ lục IV")],
)
def test_appendix_label(position, count, expected):
    # spec §10: Roman numerals when there are two or more
    assert appendix_label(position, count) == expected


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Tổ chức thực hiện Cuộc vận động “Trung thành”.", "Tổ chức thực hiện Cuộc vận động “Trung thành”"),
        ("Tháng Công nhân năm 2026", "Tháng Công nhân năm 2026"),
    ],
)
def test_summary_has_no_final_full_stop(summary, expected):
    assert summary_text(summary) == expected


def test_citation_in_full():
    # spec §6.2: first citation gives type, number and ký hiệu, date, issuer and trích yếu
    text = citation(
        "Hướng dẫn",
        3,
        "HD-TLĐ",
        dt.date(2024, 2, 5),
        2024,
        "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
        "Tổ chức thực hiện cuộc vận động",
    )
    assert (
        text
        == "Hướng dẫn số 03/HD-TLĐ ngày 05 tháng 02 năm 2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về tổ chức thực hiện cuộc vận động"
    )


@pytest.mark.parametrize(
    ("number", "code", "expected"),
    [
        (5, "KH-LĐLĐ", "05/KH-LĐLĐ"),  # spec §5.1
        (933, "QĐ-TLĐ", "933/QĐ-TLĐ"),
        (5, "KH/CB", "05-KH/CB"),  # a Party ký hiệu holds the slash: HD 36-HD/VPTW 1.3.1 «Số 15-HD/TU»
        (5, "QC/BTCTU-BD", "05-QC/BTCTU-BD"),  # HD 36 1.3.1: a joint Party ký hiệu
        (None, "KH/CB", "      -KH/CB"),  # a draft: the number left blank
        (None, "KH-LĐLĐ", "      /KH-LĐLĐ"),
    ],
)
def test_numbered_code(number, code, expected):
    assert numbered_code(number, code) == expected


def test_a_party_document_is_cited_with_its_own_numbered_code():
    text = citation("Kế hoạch", 5, "KH/CB", dt.date(2026, 5, 6), 2026, "Chi bộ ấp Hóc Thơm 1")
    assert text == "Kế hoạch số 05-KH/CB ngày 06 tháng 5 năm 2026 của Chi bộ ấp Hóc Thơm 1"


@pytest.mark.parametrize(("value", "expected"), [(4609, "4.609"), (34.8, "34,8"), (1500, "1.500")])
def test_vietnamese_number(value, expected):
    assert vietnamese_number(value) == expected


@pytest.mark.parametrize(("date", "expected"), [(dt.date(2017, 11, 7), "Thứ Ba"), (dt.date(2026, 11, 22), "Chủ Nhật")])
def test_weekday(date, expected):
    assert weekday(date) == expected


def test_header_constants():
    # spec §3 row 1, §13.4
    assert NATIONAL_TITLE == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert MOTTO == "Độc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize(
    ("regime", "expected"),
    [
        (None, (NATIONAL_TITLE, MOTTO, None, None)),  # no che_do: ND30 (spec §3 row 1)
        ("cong-doan", (NATIONAL_TITLE, MOTTO, None, None)),  # spec §11: union documents carry the Quốc hiệu
        ("nha-nuoc", (NATIONAL_TITLE, MOTTO, None, None)),
        ("dang", ("", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "*")),  # QĐ 66-QĐ/TW; HD 36-HD/VPTW 1.1–1.2
        ("doan", ("", "", "ĐOÀN TNCS HỒ CHÍ MINH", "***")),  # the Đoàn documents of tests/fixtures/corpus
    ],
)
def test_header_marks(regime, expected):
    marks = header_marks(regime)
    assert (marks.national_title, marks.motto, marks.title, marks.star) == expected


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("I. Mục đích", "I."),
        ("II- Nội dung", "II-"),
        ("1. Mục đích", "1."),
        ("1.2. Yêu cầu", "1.2."),
        ("a) Đối với tập thể", "a)"),
        ("đ. Kiểm tra", "đ."),
        ("A. Phần chung", "A."),
        ("Điều 3. Hiệu lực", "Điều 3."),
        ("Chương II Quy định chung", "Chương II"),
        ("- Nâng cao nhận thức", "-"),
        ("+ Ý con", "+"),
        ("Mục đích, yêu cầu", None),
        ("Mục tiêu", None),
        ("2026 là năm bản lề", None),
        ("1,5 triệu đồng mỗi người", None),
        ("10% đoàn viên tham gia", None),
        ("Ví dụ: mô hình hay", None),
    ],
)
def test_typed_marker(text, marker):
    # spec §6: numbers and bullets are computed, never typed in the content
    assert typed_marker(text) == marker


@pytest.mark.parametrize(
    ("lines", "rule", "changed"),
    [
        (["Tổ chức hội thao"], SUMMARY_RULE, True),  # 3.9 cm of text under the template's 5 cm line
        (["Về việc tuyển sinh viên thực tập"], SUMMARY_RULE, True),  # 74%, check set 8 q17 imported
        (["Tổ chức các hoạt động Tháng Công nhân năm 2026"], SUMMARY_RULE, False),  # 5 cm is 1/3–1/2 of it
        (["SỞ NỘI VỤ"], ISSUER_RULE, True),  # 2.2 cm under a 2 cm line (more/m03 imported)
        (["CÔNG ĐOÀN CƠ SỞ", "TRƯỜNG THCS MẪU"], ISSUER_RULE, False),
    ],
)
def test_the_line_under_a_short_text_is_made_1_3_to_1_2_of_it(lines, rule, changed):
    """Spec §3 rows 2 and 5a (ND30 II.2.b, II.5.b): the template's fixed line is kept where it fits; under a
    shorter text the build draws it 5/12 of the widest printed line, centred in its box."""
    indent = rule_indent(lines, rule)
    assert (indent is not None) == changed
    width = max(printed_width(line, rule.size, bold=True) for line in lines) * 20
    length = rule.box - 2 * indent if indent is not None else rule.length
    assert SHORT_LINE[0] <= length / width <= SHORT_LINE[1]
    if changed:
        assert 1 / 3 <= length / width <= 1 / 2
