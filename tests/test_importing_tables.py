"""`vanban import` of tables (issue 13, item 6): data tables of a real .docx become `bang:` entries.

Table tests for the pure interpretation (generator/importing/grid.py: header rows, merged headings,
sliver columns, totals), the reading of Word XML (ruled data tables vs the borderless header,
signature and list tables, spans, captions), two real documents of the corpus with tables, and the
round trip of the shipped example: build → import gives back its tables.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, REPO
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from generator.cli import main
from generator.importing.grid import GridCell, WordTable, collapsed, has_header, header_depth, table_entry
from generator.importing.lines import read_lines
from generator.importing.notes import Notes
from generator.yamlfile import read_yaml

C = GridCell


def grid(*rows: tuple[GridCell, ...], widths: tuple[int, ...] = (), repeated: int = 0) -> WordTable:
    return WordTable(rows, widths, repeated, "bảng 1")


PLAIN = grid((C("TT"), C("Nội dung")), (C("1"), C("Họp Ban Chấp hành")))
MERGED_HEADING = grid(
    (C("TT", rowspan=2), C("Nội dung", rowspan=2), C("Kinh phí", colspan=2)),
    (C("Nhà nước"), C("Công đoàn")),
    (C("1"), C("Hội thao"), C("1.000.000"), C("500.000")),
)
REPEATED = grid((C("A"), C("B")), (C("a1"), C("b1")), (C("a2"), C("b2")), (C("a3"), C("b3")), repeated=2)
FORM = grid((C("I. NỘI DUNG TRÌNH " + "chi tiết " * 20, colspan=2),), (C("Chuyên viên"), C("Lãnh đạo")))
HEADER_ONLY = grid(
    (C("TT"), C("Nội dung")),
)
EMPTY_HEADER = grid((C(""), C("")), (C("1"), C("x")))


@pytest.mark.parametrize(
    ("table", "depth", "header"),
    [
        (PLAIN, 1, True),
        (MERGED_HEADING, 2, True),  # STT merged down two rows, "Kinh phí" over two sub-columns
        (REPEATED, 2, True),  # the rows Word repeats on each page (w:tblHeader)
        (FORM, 1, False),  # a long paragraph on top: a form laid out in a table
        (HEADER_ONLY, 1, False),  # no row under the header
        (EMPTY_HEADER, 1, False),
    ],
    ids=["plain", "merged-heading", "repeated", "form", "header-only", "empty-header"],
)
def test_header_rows(table: WordTable, depth: int, header: bool) -> None:
    assert header_depth(table) == depth
    assert has_header(table) is header


def test_header_cell_merged_into_the_data_rows_takes_them_into_the_header() -> None:
    table = grid(
        (C("A", colspan=2), C("B")), (C("a"), C("b"), C("c", rowspan=2)), (C("x"), C("y")), (C("1"), C("2"), C("3"))
    )
    assert header_depth(table) == 3


def test_names_under_a_merged_heading_are_joined() -> None:
    entry = table_entry(MERGED_HEADING, Notes())
    assert [c["ten"] for c in entry["cot"]] == ["TT", "Nội dung", "Kinh phí – Nhà nước", "Kinh phí – Công đoàn"]
    assert entry["dong"] == [["1", "Hội thao", "1.000.000", "500.000"]]


def test_merged_cells_keep_their_spans_and_covered_places_are_left_out() -> None:
    table = grid(
        (C("TT"), C("Việc"), C("Ai")),
        (C("1"), C("Treo băng rôn"), C("Ban Chấp hành", rowspan=2)),
        (C("2"), C("Tặng quà")),
        (C("3"), C("Tổng kết", colspan=2)),
    )
    assert table_entry(table, Notes())["dong"] == [
        ["1", "Treo băng rôn", {"noi_dung": "Ban Chấp hành", "gop_dong": 2}],
        ["2", "Tặng quà"],
        ["3", {"noi_dung": "Tổng kết", "gop_cot": 2}],
    ]


def test_sliver_columns_every_row_merges_over_are_folded_into_one() -> None:
    table = grid(
        (C("TT"), C("Nội dung", colspan=2)),
        (C("1"), C("Họp", colspan=2)),
        widths=(600, 4000, 30),
    )
    folded = collapsed(table)
    assert folded.width == 2 and folded.widths == (600, 4030)
    assert table_entry(table, Notes())["cot"] == [{"ten": "TT", "rong": 1.1}, {"ten": "Nội dung", "rong": 7.1}]


def test_a_row_that_stops_short_of_the_grid_is_filled_out_with_empty_cells() -> None:
    """Word lets a row end before the last grid column (`w:gridAfter`); a `bang:` row must cover every column."""
    table = grid(
        (C("TT"), C("Họ tên"), C("Ghi chú")),
        (C("1"), C("Nguyễn Văn A")),
        (C("2", rowspan=2), C("Nguyễn Văn B"), C("x")),
        (C("Nguyễn Văn C"),),
    )
    assert table_entry(table, Notes())["dong"] == [
        ["1", "Nguyễn Văn A", ""],
        [{"noi_dung": "2", "gop_dong": 2}, "Nguyễn Văn B", "x"],
        ["Nguyễn Văn C", ""],
    ]


def test_a_column_too_narrow_to_measure_gets_no_width_and_the_build_shares_one_out() -> None:
    """Word's grid can give a column that holds text 20 twips (0.04 cm): `rong: 0.0` would be refused by the
    schema (a width is > 0), so the column is written without one."""
    table = grid((C("TT"), C("Ghi chú")), (C("1"), C("x")), widths=(600, 20))
    assert table_entry(table, Notes())["cot"] == [{"ten": "TT", "rong": 1.1}, {"ten": "Ghi chú"}]


@pytest.mark.parametrize(
    ("total", "summed", "label"),
    [
        ("1.500.000", True, None),  # the sum of the rows: printed again by the build
        ("1.600.000", False, None),  # does not add up: kept as a row, with a note
    ],
    ids=["adds-up", "does-not-add-up"],
)
def test_totals_row(total: str, summed: bool, label: str | None) -> None:
    table = grid(
        (C("TT"), C("Khoản chi"), C("Thành tiền")),
        (C("1"), C("Băng rôn"), C("1.000.000", align="phai")),
        (C("2"), C("Quà"), C("500.000", align="phai")),
        (C("Tổng cộng", colspan=2), C(total, align="phai")),
    )
    notes = Notes()
    entry = table_entry(table, notes)
    assert entry["cot"][2] == {"ten": "Thành tiền", "can": "phai", **({"cong": True} if summed else {})}
    assert len(entry["dong"]) == (2 if summed else 3)
    assert "dong_tong" not in entry
    assert any("Tổng cộng" in note.message for note in notes.items)


def test_totals_label_other_than_the_default_is_kept() -> None:
    table = grid((C("Khoản"), C("Tiền")), (C("a"), C("2")), (C("b"), C("3")), (C("Cộng"), C("5")))
    entry = table_entry(table, Notes())
    assert entry["dong_tong"] == "Cộng" and entry["cot"][1]["cong"] is True


def _table_xml(document: Any, borders: str, rows: list[list[str]], merges: str = "") -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = None
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    properties = table._tbl.tblPr
    if borders:
        properties.append(
            parse_xml(
                f"<w:tblBorders {nsdecls('w')}>"
                + "".join(
                    f'<w:{e} w:val="{borders}" w:sz="4"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV")
                )
                + "</w:tblBorders>"
            )
        )
    if merges == "colspan":
        table.cell(2, 1).merge(table.cell(2, 2))
    if merges == "rowspan":
        table.cell(1, 2).merge(table.cell(2, 2))


def _docx(tmp_path: Path, build: Any) -> Path:
    document = Document()
    build(document)
    path = tmp_path / "bang.docx"
    document.save(str(path))
    return path


ROWS = [["TT", "Nội dung", "Đơn vị"], ["1", "Treo băng rôn", "Ban Chấp hành"], ["2", "Tặng quà", "Công đoàn"]]


@pytest.mark.parametrize(
    ("borders", "merges", "is_table"),
    [
        ("single", "", True),
        ("nil", "", False),  # a borderless grid is layout (a member list): read as text, as before
        ("", "", False),  # no borders at all (python-docx's table has no style here)
        ("single", "colspan", True),
        ("single", "rowspan", True),
    ],
    ids=["ruled", "nil-borders", "no-borders", "colspan", "rowspan"],
)
def test_ruled_tables_with_a_header_are_read_as_tables(
    tmp_path: Path, borders: str, merges: str, is_table: bool
) -> None:
    path = _docx(tmp_path, lambda d: (d.add_paragraph("Nội dung"), _table_xml(d, borders, ROWS, merges)))
    lines = read_lines(path, Notes())
    tables = [line.table for line in lines if line.table is not None]
    assert len(tables) == (1 if is_table else 0)
    if not is_table:
        assert any(line.text == "TT Nội dung Đơn vị" for line in lines)
        return
    rows = tables[0].rows
    assert [c.text for c in rows[0]] == ["TT", "Nội dung", "Đơn vị"]
    if merges == "colspan":
        assert [c.colspan for c in rows[2]] == [1, 2]
    if merges == "rowspan":
        assert rows[1][2].rowspan == 2 and len(rows[2]) == 2


def test_a_ruled_header_table_with_the_national_motto_stays_layout(tmp_path: Path) -> None:
    header = [
        ["CÔNG ĐOÀN CƠ SỞ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 3/KH-CĐCS", "Độc lập - Tự do - Hạnh phúc"],
    ]
    path = _docx(tmp_path, lambda d: _table_xml(d, "single", header))
    assert not [line for line in read_lines(path, Notes()) if line.table is not None]


def test_a_centred_line_right_above_the_table_is_its_title(tmp_path: Path) -> None:
    def build(document: Any) -> None:
        document.add_paragraph("Kế hoạch có các hoạt động sau.")
        document.add_paragraph("Tiến độ thực hiện").alignment = WD_ALIGN_PARAGRAPH.CENTER
        _table_xml(document, "single", ROWS)

    lines = read_lines(_docx(tmp_path, build), Notes())
    assert [line.text for line in lines if line.cells] == ["Kế hoạch có các hoạt động sau."]
    assert [line.table.title for line in lines if line.table is not None] == ["Tiến độ thực hiện"]


def test_the_attached_to_reference_above_a_table_is_no_title(tmp_path: Path) -> None:
    """Under an appendix's title, «(Kèm theo Quyết định …)» right above its table stays a line (the appendix split
    drops it: the build makes it again, spec §10), not the table's title (check set 7, p15)."""
    reference = "(Kèm theo Quyết định số 07/QĐ-CĐCS ngày 12 tháng 9 năm 2025 của Ban Chấp hành)"

    def build(document: Any) -> None:
        document.add_paragraph(reference).alignment = WD_ALIGN_PARAGRAPH.CENTER
        _table_xml(document, "single", ROWS)

    lines = read_lines(_docx(tmp_path, build), Notes())
    assert [line.text for line in lines if line.cells] == [reference]
    assert [line.table.title for line in lines if line.table is not None] == [None]


def vanban(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _tables(data: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(sections: list[dict[str, Any]]) -> None:
        for section in sections:
            found.extend(section.get("bang", []))
            walk(section.get("muc", []))

    walk(data.get("muc", []))
    for appendix in data.get("phu_luc", []):
        found.extend(appendix.get("bang", []))
        walk(appendix.get("muc", []))
    return found


def _project(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "templates_docx", tmp_path / "templates_docx")
    return tmp_path


def test_real_guidance_hd36_imports_its_format_table_and_builds(tmp_path: Path) -> None:
    """HD 36-HD/VPTW (corpus more/m02): Phụ lục 3 is a 39-row ruled table with merged cells."""
    root = _project(tmp_path)
    target = root / "content" / "hd-36.yaml"
    result = vanban(
        "import", str(FIXTURES / "corpus" / "more" / "m02_vptw-hd-36-the-thuc-van-ban-dang.docx"), "-o", str(target)
    )
    assert result.exit_code == 0, result.output
    data = read_yaml(target).data
    (table,) = _tables(data)
    assert [c["ten"] for c in table["cot"]] == [
        "TT", "Thành phần thể thức", "Loại chữ", "Cỡ chữ", "Kiểu chữ", "Minh hoạ (phông chữ Times New Roman)",
    ]  # fmt: skip
    assert len(table["dong"]) == 38
    assert table["dong"][0] == [
        "1.",
        'Tiêu đề "Đảng Cộng sản Việt Nam"',
        "In hoa",
        "15",
        "Đứng, đậm",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    ]
    assert [c.get("can") for c in table["cot"]] == ["giua", None, "giua", "giua", "giua", "giua"]
    assert table in data["phu_luc"][-1]["bang"]
    result = vanban("build", str(target), "--thu-muc", str(root))
    assert result.exit_code == 0, result.output
    xml = _document_xml(root / "output" / "hd-36.docx")
    assert xml.count("<w:tbl>") >= 1 and "<w:tblHeader/>" in xml


def test_real_appendix_nd30_phu_luc_i_imports_its_size_table(tmp_path: Path) -> None:
    """NĐ 30 Phụ lục I (corpus docx/08): the 61-row size table is ruled by cell borders and is read as a
    table; the two "Ô số" legends have empty cell borders (no line prints) and stay text."""
    root = _project(tmp_path)
    target = root / "content" / "phu-luc-i.yaml"
    result = vanban(
        "import", str(FIXTURES / "corpus" / "docx" / "08_nd-30-2020-phu-luc-I-the-thuc-van-ban.docx"), "-o", str(target)
    )
    assert result.exit_code == 0, result.output
    tables = _tables(read_yaml(target).data)
    (sizes,) = tables
    assert [c["ten"] for c in sizes["cot"]][:5] == [
        "STT",
        "Thành phần thể thức và chi tiết trình bày",
        "Loại chữ",
        "Cỡ chữ",
        "Kiểu chữ",
    ]
    assert sizes["dong"][1][1] == "- Quốc hiệu" and sizes["dong"][1][2] == "In hoa"


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def _comparable(table: dict[str, Any]) -> dict[str, Any]:
    """What a rebuild must give back: names, alignment, cong, cells as printed (numbers as text, no
    **bold** markup — runs are read as plain text), spans; not the id or the widths of free columns."""

    def cell(value: Any) -> Any:
        if isinstance(value, dict):
            return {**value, "noi_dung": cell(value["noi_dung"])}
        text = str(value).replace("**", "")
        return text if not text.isdigit() or len(text) < 5 else f"{int(text):,}".replace(",", ".")

    return {
        "tieu_de": table.get("tieu_de"),
        "cot": [{k: v for k, v in c.items() if k != "rong"} for c in table["cot"]],
        "dong": [[cell(v) for v in row] for row in table["dong"]],
    }


def test_the_shipped_example_comes_back_with_its_tables(tmp_path: Path) -> None:
    root = _project(tmp_path)
    shutil.copytree(REPO / "content", root / "content")
    source = root / "content" / "co-so" / "ke-hoach-thang-cong-nhan-2026.yaml"
    result = vanban("build", str(source), "--thu-muc", str(root))
    assert result.exit_code == 0, result.output
    again = root / "content" / "lan-hai.yaml"
    built = root / "output" / "co-so" / "ke-hoach-thang-cong-nhan-2026.docx"
    result = vanban("import", str(built), "-o", str(again), "--co-quan", read_yaml(source).data["co_quan"])
    assert result.exit_code == 0, result.output
    original, imported = _tables(read_yaml(source).data), _tables(read_yaml(again).data)
    assert [_comparable(t) for t in imported] == [_comparable(t) for t in original]
    assert "cong: true" in result.output  # the note that the totals row became `cong`


def test_word_list_numbers_are_read_as_printed(tmp_path: Path) -> None:
    """A paragraph numbered by Word (numPr through the «List Number» style) carries its number in no text node:
    the importer puts Word's label in front, so «1.», «2.» are read as sections (docx 02: «1.» by Word, «2.» typed)."""

    def build(document: Any) -> None:
        document.add_paragraph("Chúng tôi gồm:")
        document.add_paragraph("Đại diện người sử dụng lao động", style="List Number")
        document.add_paragraph("Ông/Bà: Nguyễn Văn A")
        document.add_paragraph("Đại diện tập thể lao động", style="List Number")

    lines = read_lines(_docx(tmp_path, build), Notes())
    assert [line.text for line in lines if line.cells] == [
        "Chúng tôi gồm:",
        "1. Đại diện người sử dụng lao động",
        "Ông/Bà: Nguyễn Văn A",
        "2. Đại diện tập thể lao động",
    ]
