"""Text predicates of generator/checking/spans.py, table by table."""

from __future__ import annotations

import pytest

from generator.checking.spans import is_upper


@pytest.mark.parametrize(
    ("text", "upper"),
    [
        ("KẾ HOẠCH", True),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", True),
        ("Số: 12/KH-LĐLĐ", False),  # small letters in «Số»
        ("TLĐ", True),
        ("ĐẢNG ỦY KHỐI", True),
        ("V/v tổ chức", False),
        ("Kế hoạch", False),
        ("A", False),  # one letter is no upper-case line
        ("A1", False),
        ("12/2026", False),
        ("", False),
        ("Ủ", False),
        ("Ủ Y", True),
        ("KH-LĐLĐ²", True),  # a superscript figure is no letter
        ("½ NĂM", True),
        ("PHỤ LỤc", False),
    ],
)
def test_is_upper(text, upper):
    assert is_upper(text) is upper
