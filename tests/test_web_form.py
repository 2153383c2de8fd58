"""Soạn thảo (generator/web/form.py): a content file as a form and back, keeping what the user wrote."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO

from generator.errors import ContentError
from generator.web import form

COMMENTED = """\
# Kế hoạch của công đoàn — ghi chú của người soạn
loai: ke-hoach
co_quan: cdcs-thu   # hồ sơ cơ quan
ngay: 2026-03-09
trich_yeu: Tổ chức Tháng Công nhân năm 2026
muc:
  - id: muc-dich
    tieu_de: Mục đích, yêu cầu   # giữ nguyên
    y:
      - Nâng cao nhận thức.
      - noi_dung: "Tổ chức các hoạt động:"
        y: [Thăm hỏi., Tặng quà.]
  - id: to-chuc
    tieu_de: Tổ chức thực hiện
    bang:
      - tieu_de: Phân công
        cot: [{ten: Nội dung}, {ten: Kinh phí, cong: true}]
        dong:
          - [Tuyên truyền, 1000000]
    muc:
      - tieu_de: Ban Chấp hành
        y: [Triển khai kế hoạch.]
"""


def content_files() -> list[Path]:
    files = sorted((REPO / "content").rglob("*.yaml")) + sorted(FIXTURES.rglob("*.yaml"))
    return [p for p in files if "co-quan" not in p.parts]


@pytest.mark.parametrize("path", content_files(), ids=lambda p: p.name)
def test_a_form_saved_unchanged_gives_the_file_back_byte_for_byte(path: Path) -> None:
    assert form.updated_text(path, form.open_form(path)) == path.read_text(encoding="utf-8-sig")


def test_the_one_known_rewrite_a_one_key_flow_mapping_inside_a_flow_list_loses_its_braces(tmp_path: Path) -> None:
    """ruamel.yaml writes `[{ten: A}]` as `[ten: A]` — the same YAML (PyYAML reads both alike); README says so."""
    path = write(tmp_path)
    text = form.updated_text(path, form.open_form(path))
    assert text == COMMENTED.replace("cot: [{ten: Nội dung}, ", "cot: [ten: Nội dung, ")


def write(tmp_path: Path, text: str = COMMENTED) -> Path:
    path = tmp_path / "ke-hoach.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_edit_changes_that_value_only_and_keeps_every_comment(tmp_path: Path) -> None:
    path = write(tmp_path)
    opened = form.open_form(path)
    edited = dataclasses.replace(opened, fields={**opened.fields, "trich_yeu": "Tổ chức Tháng Công nhân 2026"})
    text = form.updated_text(path, edited)
    assert text == COMMENTED.replace("năm 2026\nmuc:", "2026\nmuc:").replace("[{ten: Nội dung}, ", "[ten: Nội dung, ")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("Một.\nHai.", ["Một.", "Hai."]),
        ("Một:\n  con a;\n  con b.\nHai.", [{"noi_dung": "Một:", "y": ["con a;", "con b."]}, "Hai."]),
        ("  thụt đầu.\nHai.", ["thụt đầu.", "Hai."]),  # the first line cannot be a sub-item
        ("A\n  b\n      c", [{"noi_dung": "A", "y": [{"noi_dung": "b", "y": ["c"]}]}]),  # one level at a time
        ("\n\nA\n\n", ["A"]),
    ],
)
def test_items_lines_with_indents_become_items_and_sub_items(lines: str, expected: list[object]) -> None:
    assert form._items(lines) == expected


def test_moving_adding_and_removing_sections_keeps_the_comments_of_the_sections_kept(tmp_path: Path) -> None:
    path = write(tmp_path)
    opened = form.open_form(path)
    first, second = opened.sections
    new = form.SectionForm(None, "kinh-phi", "Kinh phí", "Từ quỹ công đoàn.", "")
    edited = dataclasses.replace(opened, sections=(dataclasses.replace(second, sections=()), new, first))
    text = form.updated_text(path, edited)
    assert "tieu_de: Mục đích, yêu cầu   # giữ nguyên" in text
    assert text.index("id: to-chuc") < text.index("id: kinh-phi") < text.index("id: muc-dich")
    assert "Ban Chấp hành" not in text
    assert "doan:\n      - Từ quỹ công đoàn." in text


def test_table_cells_of_a_number_column_stay_numbers_and_new_rows_are_written_in_flow_style(tmp_path: Path) -> None:
    path = write(tmp_path)
    opened = form.open_form(path)
    table = opened.sections[1].tables[0]
    assert table.editable and table.rows == (("Tuyên truyền", "1000000"),)
    rows = (("Tuyên truyền", "2000000"), ("Thăm hỏi", "500000"), ("", ""))  # an empty row is dropped
    section = dataclasses.replace(opened.sections[1], tables=(dataclasses.replace(table, rows=rows),))
    text = form.updated_text(path, dataclasses.replace(opened, sections=(opened.sections[0], section)))
    assert "        dong:\n          - [Tuyên truyền, 2000000]\n          - [Thăm hỏi, 500000]\n    muc:" in text


def test_a_save_after_the_file_changed_on_disk_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path)
    opened = form.open_form(path)
    path.write_text(COMMENTED.replace("2026-03-09", "2026-03-10"), encoding="utf-8")  # a text editor saved
    with pytest.raises(form.ConflictError, match="sửa ở nơi khác"):
        form.save(path, opened, lambda text: None)
    assert "2026-03-10" in path.read_text(encoding="utf-8")


def test_a_save_the_planner_refuses_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = write(tmp_path)
    opened = form.open_form(path)

    def refuse(text: str) -> None:
        raise ContentError([])

    with pytest.raises(ContentError):
        form.save(path, dataclasses.replace(opened, fields={**opened.fields, "ngay": "2026-02-30"}), refuse)
    assert path.read_text(encoding="utf-8") == COMMENTED


@pytest.mark.parametrize(
    "posted",
    [
        {"ref": "0"},
        [{"ref": "../0", "title": "x"}],
        [{"title": 3}],
        [{"sections": "not a list"}],
        [{"tables": [{"rows": ["not a row"]}]}],
    ],
)
def test_a_section_tree_not_of_the_expected_shape_is_refused(posted: object) -> None:
    with pytest.raises(ContentError, match="không đúng dạng"):
        form.sections_from_json(posted)
