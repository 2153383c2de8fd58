"""A child's edits of its parent's tables, rows and annexes by id (`sua_muc`, issue 13 item 4): each
operation as a table test on the resolved document, the errors with file, line and hint, totals after
an added row, the trade-off of rows named by number or by id, and one build and one `sua-doi` through
the CLI."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.document import Document, Table
from generator.errors import ContentError
from generator.inheritance import Resolver
from generator.loading import load_issuers
from generator.tables import printed_rows

PARENT = """\
loai: ke-hoach
co_quan: cdcs-thu
so: 3
ngay: 2026-03-09
trich_yeu: Tổ chức Tháng Công nhân năm 2026
muc:
  - id: noi-dung
    tieu_de: Nội dung và tiến độ
    bang:
      - id: tien-do
        tieu_de: Tiến độ thực hiện
        cot: [{ten: TT}, {ten: Nội dung}, {ten: Thời gian}]
        dong:
          - [1, Treo băng rôn, 01/5/2026]
          - {id: hoi-thao, o: [2, Hội thao, 10/5/2026]}
          - [3, Tổng kết, 30/5/2026]
  - id: to-chuc
    tieu_de: Tổ chức thực hiện
    y: [Ban Chấp hành triển khai.]
phu_luc:
  - id: du-toan
    tieu_de: Dự toán kinh phí
    bang:
      - id: kinh-phi
        cot: [{ten: TT}, {ten: Khoản chi}, {ten: Thành tiền (đồng), cong: true}]
        dong:
          - [1, Băng rôn, 1800000]
          - [2, Quà tặng, 5000000]
  - id: danh-sach
    tieu_de: Danh sách tổ công đoàn
    y: [Tổ 1, Tổ 2]
"""

HEAD = "ke_thua: ../goc.yaml\nngay: 2026-04-01\nsua_muc:\n"  # the first edit is on line 4


@pytest.fixture
def tree(project: Path) -> Path:
    """project with the parent content/goc.yaml (a table with a row id, two annexes) and a folder for children."""
    (project / "content" / "ke-hoach.yaml").unlink()
    (project / "content" / "goc.yaml").write_text(PARENT, encoding="utf-8")
    (project / "content" / "con").mkdir()
    return project


def child(tree: Path, edits: str) -> Path:
    path = tree / "content" / "con" / "a.yaml"
    path.write_text(HEAD + edits, encoding="utf-8")
    return path


def resolve(tree: Path, path: Path) -> Document:
    (document,) = Resolver(tree / "content", load_issuers(tree / "content")).documents(path)
    return document


def all_tables(document: Document) -> Iterator[Table]:
    for section in document.sections:
        yield from section.tables
    for annex in document.appendices:
        yield from annex.tables


def rows(document: Document, table_id: str) -> list[str]:
    """The data rows of a table, cells joined by « | »."""
    (table,) = (t for t in all_tables(document) if t.id == table_id)
    return [" | ".join(c.text for c in row) for row in table.rows]


ORIGINAL = ["1 | Treo băng rôn | 01/5/2026", "2 | Hội thao | 10/5/2026", "3 | Tổng kết | 30/5/2026"]
NEW = "4 | Hội trại | 20/5/2026"

ROW_EDITS = [
    ("them_dong at the end", "  - them_dong: tien-do\n    dong: [[4, Hội trại, 20/5/2026]]\n", [*ORIGINAL, NEW]),
    (
        "them_dong after row 1",
        "  - them_dong: tien-do\n    sau_dong: 1\n    dong: [[4, Hội trại, 20/5/2026]]\n",
        [ORIGINAL[0], NEW, *ORIGINAL[1:]],
    ),
    (
        "them_dong at the top",
        "  - them_dong: tien-do\n    sau_dong: 0\n    dong: [[4, Hội trại, 20/5/2026]]\n",
        [NEW, *ORIGINAL],
    ),
    (
        "them_dong after a row id",
        "  - them_dong: tien-do\n    sau_dong: hoi-thao\n    dong: [[4, Hội trại, 20/5/2026]]\n",
        [*ORIGINAL[:2], NEW, ORIGINAL[2]],
    ),
    (
        "thay_dong by number",
        "  - thay_dong: tien-do\n    dong_so: 3\n    dong: [[4, Hội trại, 20/5/2026]]\n",
        [*ORIGINAL[:2], NEW],
    ),
    (
        "thay_dong two rows",
        "  - thay_dong: tien-do\n    dong_so: [hoi-thao, 1]\n    dong: [[2, Hội diễn, 11/5/2026], [1, Treo cờ, 01/5/2026]]\n",
        ["1 | Treo cờ | 01/5/2026", "2 | Hội diễn | 11/5/2026", ORIGINAL[2]],
    ),
    ("xoa_dong by numbers", "  - xoa_dong: tien-do\n    dong_so: [1, 3]\n", [ORIGINAL[1]]),
    ("xoa_dong by id", "  - xoa_dong: tien-do\n    dong_so: hoi-thao\n", [ORIGINAL[0], ORIGINAL[2]]),
    (
        "numbers count after the edits above",
        "  - xoa_dong: tien-do\n    dong_so: 1\n  - xoa_dong: tien-do\n    dong_so: 1\n",
        [ORIGINAL[2]],
    ),
    (
        "thay_bang keeps the id",
        "  - thay_bang: tien-do\n    bang: [{cot: [{ten: Việc}, {ten: Ai}], dong: [[Hội thao, Tổ 1]]}]\n",
        ["Hội thao | Tổ 1"],
    ),
]


@pytest.mark.parametrize(("what", "edits", "expected"), ROW_EDITS, ids=[e[0] for e in ROW_EDITS])
def test_row_and_table_edits(tree: Path, what: str, edits: str, expected: list[str]) -> None:
    document = resolve(tree, child(tree, edits))
    assert rows(document, "tien-do") == expected
    assert rows(document, "kinh-phi") == ["1 | Băng rôn | 1800000", "2 | Quà tặng | 5000000"]  # untouched


def test_a_replacing_row_without_id_keeps_the_replaced_rows_id(tree: Path) -> None:
    edits = (
        "  - thay_dong: tien-do\n    dong_so: hoi-thao\n    dong: [[2, Hội diễn, 11/5/2026]]\n"
        "  - xoa_dong: tien-do\n    dong_so: hoi-thao\n"
    )
    assert rows(resolve(tree, child(tree, edits)), "tien-do") == [ORIGINAL[0], ORIGINAL[2]]


def test_xoa_bang_and_a_table_added_with_them_vao(tree: Path) -> None:
    edits = (
        "  - xoa_bang: tien-do\n"
        "  - them_vao: to-chuc\n    bang: [{id: phan-cong, cot: [{ten: Việc}, {ten: Ai}], dong: [[Hội thao, Tổ 1]]}]\n"
    )
    document = resolve(tree, child(tree, edits))
    assert document.sections[0].tables == ()
    assert [t.id for t in document.sections[1].tables] == ["phan-cong"]
    assert rows(document, "phan-cong") == ["Hội thao | Tổ 1"]


def test_totals_are_summed_again_after_an_added_row(tree: Path) -> None:
    document = resolve(tree, child(tree, "  - them_dong: kinh-phi\n    dong: [[3, Hội trại, 1.500.000]]\n"))
    (table,) = document.appendices[0].tables
    assert printed_rows(table)[-2:] == [["3", "Hội trại", "1.500.000"], ["Tổng cộng", "8.300.000"]]


ANNEX = "[{id: mau-bao-cao, tieu_de: Mẫu báo cáo, y: [Kết quả.]}]"
ANNEX_EDITS = [
    ("thay_phu_luc by id", f"  - thay_phu_luc: danh-sach\n    phu_luc: {ANNEX}\n", ["du-toan", "mau-bao-cao"]),
    (
        "thay_phu_luc keeps the id",
        "  - thay_phu_luc: 2\n    phu_luc: [{tieu_de: Danh sách mới, y: [Tổ 3.]}]\n",
        ["du-toan", "danh-sach"],
    ),
    ("xoa_phu_luc by id", "  - xoa_phu_luc: du-toan\n", ["danh-sach"]),
    ("xoa_phu_luc by number", "  - xoa_phu_luc: 2\n", ["du-toan"]),
    ("them_phu_luc at the end", f"  - them_phu_luc: {ANNEX}\n", ["du-toan", "danh-sach", "mau-bao-cao"]),
    (
        "them_phu_luc after an annex",
        f"  - them_phu_luc: {ANNEX}\n    sau_phu_luc: du-toan\n",
        ["du-toan", "mau-bao-cao", "danh-sach"],
    ),
    ("them_phu_luc first", f"  - them_phu_luc: {ANNEX}\n    sau_phu_luc: 0\n", ["mau-bao-cao", "du-toan", "danh-sach"]),
]


@pytest.mark.parametrize(("what", "edits", "expected"), ANNEX_EDITS, ids=[e[0] for e in ANNEX_EDITS])
def test_annex_edits(tree: Path, what: str, edits: str, expected: list[str]) -> None:
    assert [a.id for a in resolve(tree, child(tree, edits)).appendices] == expected


def test_a_replaced_annex_has_the_childs_content(tree: Path) -> None:
    document = resolve(
        tree, child(tree, "  - thay_phu_luc: danh-sach\n    phu_luc: [{tieu_de: Danh sách mới, y: [Tổ 3.]}]\n")
    )
    annex = document.appendices[1]
    assert (annex.title, [i.text for i in annex.items]) == ("Danh sách mới", ["Tổ 3."])
    assert annex.source == (tree / "content" / "con" / "a.yaml").resolve()


def test_a_row_named_by_id_follows_it_when_the_parent_inserts_a_row_above(tree: Path) -> None:
    # the trade-off of guide §4.3: a number names a place, an id names a row
    parent = tree / "content" / "goc.yaml"
    added = "          - [0, Họp triển khai, 25/4/2026]\n"
    parent.write_text(PARENT.replace("          - [1, Treo", added + "          - [1, Treo"), encoding="utf-8")
    by_number = rows(resolve(tree, child(tree, "  - xoa_dong: tien-do\n    dong_so: 2\n")), "tien-do")
    by_id = rows(resolve(tree, child(tree, "  - xoa_dong: tien-do\n    dong_so: hoi-thao\n")), "tien-do")
    assert by_number == ["0 | Họp triển khai | 25/4/2026", *ORIGINAL[1:]]  # row 2 is now «Treo băng rôn»
    assert by_id == ["0 | Họp triển khai | 25/4/2026", ORIGINAL[0], ORIGINAL[2]]


ERRORS = [
    # (what, edits, line, message words, hint words)
    (
        "unknown table id",
        "  - them_dong: tien-doo\n    dong: [[4, a, b]]\n",
        4,
        "Không có bảng mã `tien-doo` để thêm dòng.",
        "Có phải là `tien-do`? Các bảng có mã: tien-do, kinh-phi.",
    ),
    (
        "row number out of range",
        "  - xoa_dong: tien-do\n    dong_so: [1, 7]\n",
        4,
        "Bảng `tien-do` có 3 dòng: không có dòng thứ 7.",
        "Dòng đếm từ 1, không tính dòng tiêu đề",
    ),
    (
        "sau_dong out of range",
        "  - them_dong: tien-do\n    sau_dong: 4\n    dong: [[4, a, b]]\n",
        4,
        "không có dòng thứ 4",
        "Dòng đếm từ 1",
    ),
    (
        "unknown row id",
        "  - thay_dong: tien-do\n    dong_so: hoi-thaoo\n    dong: [[2, a, b]]\n",
        4,
        "Bảng `tien-do` không có dòng mã `hoi-thaoo`.",
        "Có phải là `hoi-thao`? Các dòng có mã: hoi-thao.",
    ),
    (
        "a row named twice",
        "  - xoa_dong: tien-do\n    dong_so: [2, hoi-thao]\n",
        4,
        "`dong_so` chỉ dòng thứ 2 hai lần.",
        "Mỗi dòng ghi một lần",
    ),
    (
        "unknown annex id",
        "  - xoa_phu_luc: du-toann\n",
        4,
        "Văn bản không có phụ lục mã `du-toann`.",
        "Có phải là `du-toan`? Các phụ lục có mã: du-toan, danh-sach.",
    ),
    (
        "annex number out of range",
        "  - xoa_phu_luc: 3\n",
        4,
        "Văn bản có 2 phụ lục: không có phụ lục thứ 3.",
        "1 = Phụ lục I",
    ),
    (
        "a short added row",
        "  - them_dong: tien-do\n    dong: [[4, Hội trại]]\n",
        4,
        "Bảng `tien-do` sau khi sửa: Dòng 4 của bảng thiếu ô",
        "ngoặc kép",
    ),
]


@pytest.mark.parametrize(("what", "edits", "line", "words", "hint"), ERRORS, ids=[e[0] for e in ERRORS])
def test_edit_errors_name_file_line_and_what_exists(
    tree: Path, what: str, edits: str, line: int, words: str, hint: str
) -> None:
    path = child(tree, edits + "  - xoa: to-chucc\n")  # one more bad edit: all are reported at once
    with pytest.raises(ContentError) as caught:
        resolve(tree, path)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.field) == (path.resolve(), line, "sua_muc[0]")
    assert words in problem.message, problem.message
    assert hint in (problem.hint or ""), problem.hint
    assert caught.value.problems[1].message == "Không có mục mã `to-chucc` để xóa."


MODEL_ERRORS = [
    # (what, edits, field, message words, hint words)
    ("two operations", "  - them_dong: tien-do\n    xoa_bang: tien-do\n", "sua_muc[0]", "đúng một trong", "Tách"),
    (
        "a key the operation does not read",
        "  - them_dong: tien-do\n    dong_so: 2\n    dong: [[4, a, b]]\n",
        "sua_muc[0]",
        "Khóa `dong_so` không dùng với thao tác `them_dong`.",
        "Khóa đi cùng `them_dong`: `dong`, `sau_dong`.",
    ),
    ("thay_bang without a table", "  - thay_bang: tien-do\n", "sua_muc[0]", "đúng một bảng ở `bang`", "Chép bảng"),
    ("them_dong without rows", "  - them_dong: tien-do\n", "sua_muc[0]", "cần các dòng mới ở `dong`", "dong:"),
    ("xoa_dong without rows named", "  - xoa_dong: tien-do\n", "sua_muc[0]", "cần `dong_so`", "dong_so: [2, 5]"),
    (
        "thay_dong counts differ",
        "  - thay_dong: tien-do\n    dong_so: [2]\n    dong: [[2, a, b], [3, c, d]]\n",
        "sua_muc[0]",
        "dài bằng nhau",
        "them_dong",
    ),
    (
        "thay_phu_luc without an annex",
        "  - thay_phu_luc: du-toan\n",
        "sua_muc[0]",
        "đúng một phụ lục ở `phu_luc`",
        "them_phu_luc",
    ),
    ("misspelt key", "  - them_dong: tien-do\n    sau_dongg: 1\n", "sua_muc[0].sau_dongg", "`sau_dongg`", "`sau_dong`"),
    (
        "a row id with capitals",
        "  - xoa_dong: tien-do\n    dong_so: [2, Hai]\n",
        "sua_muc[0].dong_so[1]",
        "Mã không hợp lệ",
        "dòng",
    ),
]


@pytest.mark.parametrize(("what", "edits", "field", "words", "hint"), MODEL_ERRORS, ids=[e[0] for e in MODEL_ERRORS])
def test_edit_model_errors_are_in_vietnamese(
    tree: Path, what: str, edits: str, field: str, words: str, hint: str
) -> None:
    path = child(tree, edits)
    with pytest.raises(ContentError) as caught:
        resolve(tree, path)
    (problem,) = caught.value.problems
    line = 4 if field == "sua_muc[0]" else 5  # the edit, or the key in it
    assert (problem.file, problem.line, problem.field) == (path.resolve(), line, field)
    assert words in problem.message, problem.message
    assert hint in (problem.hint or ""), problem.hint


def test_a_table_id_a_child_uses_twice_is_reported_in_the_child(tree: Path) -> None:
    path = child(tree, "  - them_vao: to-chuc\n    bang: [{id: kinh-phi, cot: [{ten: Việc}]}]\n")
    with pytest.raises(ContentError) as caught:
        resolve(tree, path)
    (problem,) = caught.value.problems
    assert (problem.message, problem.file, problem.line) == ("Mã bảng `kinh-phi` được dùng hai lần.", path.resolve(), 5)
    assert problem.hint == "Mỗi bảng một mã riêng, để văn bản cấp dưới sửa đúng bảng."


def test_ids_used_twice_in_a_parent(tree: Path) -> None:
    (tree / "content" / "goc.yaml").write_text(
        PARENT.replace("id: kinh-phi", "id: tien-do").replace("id: danh-sach", "id: du-toan"), encoding="utf-8"
    )
    with pytest.raises(ContentError) as caught:
        resolve(tree, tree / "content" / "goc.yaml")
    assert [(p.message, p.line) for p in caught.value.problems] == [
        ("Mã bảng `tien-do` được dùng hai lần.", 24),
        ("Mã phụ lục `du-toan` được dùng hai lần.", 29),
    ]


def test_a_row_id_used_twice_in_a_table(tree: Path) -> None:
    (tree / "content" / "goc.yaml").write_text(
        PARENT.replace("[3, Tổng kết, 30/5/2026]", "{id: hoi-thao, o: [3, Tổng kết, 30/5/2026]}"), encoding="utf-8"
    )
    with pytest.raises(ContentError) as caught:
        resolve(tree, tree / "content" / "goc.yaml")
    (problem,) = caught.value.problems
    assert (problem.message, problem.line) == ("Mã dòng `hoi-thao` được dùng hai lần trong bảng.", 16)


def test_a_row_id_written_as_ma_says_ids_are_written_id(tree: Path) -> None:
    (tree / "content" / "goc.yaml").write_text(PARENT.replace("{id: hoi-thao,", "{ma: hoi-thao,"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        resolve(tree, tree / "content" / "goc.yaml")
    (problem,) = caught.value.problems
    assert (problem.message, problem.line) == ("Khóa `ma` không dùng ở chỗ này.", 15)
    assert "Mã của mục, bảng, dòng, phụ lục ghi bằng `id`" in (problem.hint or "")


def cli(tree: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--thu-muc", str(tree)], catch_exceptions=False)


def document_text(path: Path) -> str:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return " | ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_a_child_adds_a_row_and_replaces_an_annex_through_the_cli(tree: Path) -> None:
    child(
        tree,
        "  - them_dong: kinh-phi\n    dong: [[3, Hội trại, 1500000]]\n"
        "  - thay_phu_luc: danh-sach\n    phu_luc: [{tieu_de: Danh sách tổ tham gia, y: [Tổ 3.]}]\n",
    )
    result = cli(tree, "build")
    assert result.exit_code == 0, result.output
    text = document_text(tree / "output" / "con" / "a.docx")
    assert "3 | Hội trại | 1.500.000 | Tổng cộng | 8.300.000" in text
    assert "Phụ lục II | DANH SÁCH TỔ THAM GIA" in text and "- Tổ 3./." in text
    assert "DANH SÁCH TỔ CÔNG ĐOÀN" not in text and "Tổ 1" not in text
    parent = document_text(tree / "output" / "goc.docx")
    assert "2 | Quà tặng | 5.000.000 | Tổng cộng | 6.800.000" in parent and "Hội trại" not in parent


def test_sua_doi_compares_a_childs_edited_table(tree: Path) -> None:
    path = child(tree, "  - xoa_dong: tien-do\n    dong_so: hoi-thao\n")
    assert cli(tree, "build", "--ban-hanh", "--ngay", "2026-04-01", str(path)).exit_code == 0
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - them_dong: tien-do\n    sau_dong: 1\n    dong: [[2, Hội trại, 15/5/2026]]\n",
        encoding="utf-8",
    )
    result = cli(tree, "sua-doi", "--json", str(path))
    assert result.exit_code == 0, result.output
    assert [(c["cau_dan"], c["noi_dung"]) for c in json.loads(result.output)["thay_doi"]] == [
        (
            "Bổ sung dòng vào sau dòng thứ nhất của Bảng «Tiến độ thực hiện» tại Mục I như sau:",
            ["2 | Hội trại | 15/5/2026"],
        )
    ]
