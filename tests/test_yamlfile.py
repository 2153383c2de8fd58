"""Reading YAML safely: lines, NFC, duplicate keys, aliases, and syntax errors explained in Vietnamese."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.schema import ContentFile
from generator.validation import validate
from generator.yamlfile import read_yaml


def problem_of(tmp_path: Path, text: str):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        validate(read_yaml(path), ContentFile)
    return caught.value.problems[0]


@pytest.mark.parametrize(
    ("text", "line", "words", "fix"),
    [
        ("- *Lưu ý*: chuẩn bị kỹ\n", 1, "bắt đầu bằng * hoặc &", "ngoặc kép"),
        ("- {{ co_quan.ten_goi }} triển khai\n", 1, "bắt đầu bằng “{”", "ngoặc kép"),
        ("- @người dùng\n", 1, "bắt đầu bằng “@”", "ngoặc kép"),
        ("a: [x, y\n", 2, "Thiếu dấu đóng ngoặc ]", "Thêm dấu ]"),
        ("\ta: 1\n", 1, "có ký tự Tab", "dấu cách"),
        ("a: b: c\n", 1, "dấu hai chấm và dấu cách", "ngoặc kép"),
        ('a: "chưa đóng\n', 2, "còn mở", 'dấu "'),
        ("a:\n  - x\n - y\n", 3, "Thụt đầu dòng không đều", "thẳng cột"),
        ('a: "C:\\q"\n', 1, "dấu \\ phải viết", "ngoặc đơn"),
        ("a: &neo [x]\nb: *neo\n", 2, "neo/bí danh", "đầy đủ"),
        ("a: 1\na: 2\n", 2, "được ghi hai lần", "Xóa một"),
        ("- !Chú ý kiểm tra\n", 1, "bắt đầu bằng “!”", "ngoặc kép"),
        ("- | bảng\n", 1, "bắt đầu bằng “|”", "ngoặc kép"),
        ("- > lớn hơn\n", 1, "bắt đầu bằng “>”", "ngoặc kép"),
        ('- "Phong trào "Lao động sáng tạo"."\n', 1, "dấu ngoặc kép", "“…”"),
        ('- "Phong trào "Lao động sáng tạo": tổ chức hằng năm."\n', 1, "dấu ngoặc kép", "“…”"),
    ],
)
def test_syntax_errors_are_explained_with_their_line_and_fix(tmp_path, text, line, words, fix):
    problem = problem_of(tmp_path, text)
    assert problem.line == line
    assert words in problem.message, problem.message
    assert fix in problem.hint


@pytest.mark.parametrize(
    ("text", "line", "field", "key"),
    [
        ("mo_dau:\n  - Ban Chấp hành hướng dẫn như sau:\n", 2, "mo_dau[0]", "Ban Chấp hành hướng dẫn như sau"),
        ("muc:\n  - tieu_de: A\n    y:\n      - Thời gian: từ ngày 01\n", 4, "muc[0].y[0]", "Thời gian"),
    ],
)
def test_a_sentence_with_a_colon_is_one_clear_problem(tmp_path, text, line, field, key):
    path = tmp_path / "x.yaml"
    path.write_text(
        "loai: ke-hoach\nco_quan: x\nngay: 2026-01-05\ntrich_yeu: Tên\n"
        + text
        + ("muc: [{tieu_de: A}]\n" if "muc:" not in text else ""),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        validate(read_yaml(path), ContentFile)
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (line + 4, field)
    assert f"Câu “{key}: …”" in problem.message and f'- "{key}: …"' in problem.hint


def test_text_is_normalised_to_nfc_with_lines(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(unicodedata.normalize("NFD", "a:\n  - Liên đoàn\n  - b: Hướng dẫn\n"), encoding="utf-8")
    source = read_yaml(path)
    assert source.data == {"a": ["Liên đoàn", {"b": "Hướng dẫn"}]}
    assert unicodedata.is_normalized("NFC", source.data["a"][0])
    assert (source.line_of(("a", 0)), source.line_of(("a", 1, "b")), source.line_of(("a", 5))) == (2, 3, 1)


def test_dates_stay_text_until_validation(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("ngay: 2017-02-30\n", encoding="utf-8")
    assert read_yaml(path).data == {"ngay": "2017-02-30"}


@pytest.mark.parametrize(("data", "words"), [(b"\xff\xfe a: 1", "UTF-8"), (b"a: 1" + b" " * 2_000_001, "quá lớn")])
def test_unreadable_files(tmp_path, data, words):
    path = tmp_path / "x.yaml"
    path.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        read_yaml(path)
    assert words in caught.value.problems[0].message


def test_python_tags_are_refused(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: !!python/object/apply:os.system [echo hỏng]\n", encoding="utf-8")
    with pytest.raises(ContentError):
        read_yaml(path)


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("- ! Chú ý kiểm tra báo cáo.", "!"),
        ("- !! Chú ý.", "!"),
        ("- ? Chú ý.", "?"),
        ("- ! Quan trọng: gửi báo cáo", "!"),
        ("- | Quan trọng: gửi", "|"),
        ("ket_thuc: > Đề nghị thực hiện.", ">"),
    ],
)
def test_a_first_character_yaml_would_swallow_is_refused(tmp_path, line, mark):
    path = tmp_path / "x.yaml"
    path.write_text(f"y:\n  - Đúng.\n{line}\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert problem.line == 3 and f"bắt đầu bằng “{mark}”" in problem.message and "ngoặc kép" in problem.hint


@pytest.mark.parametrize(
    "text",
    [
        "doan:\n  - |\n    Dòng một.\n    Dòng hai.\n",
        "doan:\n  - >-\n    Một đoạn dài.\n",
        '- "! trong ngoặc kép"\n',
        "# ! chú thích\na: 1\n",
    ],
)
def test_block_scalars_quotes_and_comments_are_fine(tmp_path, text):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    read_yaml(path)


@pytest.mark.parametrize(("text", "code"), [('"Tổ chức\\0 hội thao"', "0x00"), ('"Hội thao\\a"', "0x07")])
def test_a_control_character_word_cannot_hold_is_refused_with_its_line(tmp_path, text, code):
    """A NUL or bell, pasted from a PDF or written as a `\\` escape in double quotes, would stop the render of
    word/document.xml (XML 1.0 has no such character): refused with its line and field."""
    path = tmp_path / "x.yaml"
    path.write_text(f"loai: ke-hoach\ntrich_yeu: {text}\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (2, "trich_yeu") and f"(mã {code})" in problem.message
