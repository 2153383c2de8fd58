"""Rule vien-bang (spec §2): a data table in the body or a phụ lục prints its grid; layout tables stay borderless.

Each case adds one table to the conformant document of test_checking.py: where its lines come from
(table properties, table style and its basedOn chain, the default table style, cell borders) and
whether its first row reads as column names. Then the real corpus: no table of it is reported, and
with every table border removed exactly its data tables are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURES
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from lxml import etree
from test_checking import SCHEDULE, _add, _body, _find, good_document, report_of

from generator.checking import check_file, check_package
from generator.docxfile import DocxPackage, read_docx

OUTER, INSIDE = ("top", "left", "bottom", "right"), ("insideH", "insideV")
MEMBERS = (
    ("- Ông: Trương Đình Nam", "- Bí thư Đoàn xã", "- Trưởng ban"),
    ("- Bà: Nguyễn Như Quỳnh", "- Phó Bí thư", "- Phó Trưởng ban"),
)
Edit = Callable[[DocxDocument], None]
Lines = Callable[[DocxDocument, Table], None]


def _edges(parent: etree._Element, tag: str, values: dict[str, str]) -> None:
    """Give `parent` a `tag` (w:tblBorders, w:tcBorders) border set with these edge values."""
    borders = OxmlElement(tag)
    for edge, value in values.items():
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "nil":
            element.set(qn("w:sz"), "4")
        borders.append(element)
    parent.append(borders)


def _table_borders(values: dict[str, str]) -> Lines:
    return lambda document, table: _edges(table._tbl.tblPr, "w:tblBorders", values)


def _cell_borders(value: str) -> Lines:
    def draw(document: DocxDocument, table: Table) -> None:
        for cell in table._cells:
            _edges(cell._tc.get_or_add_tcPr(), "w:tcBorders", dict.fromkeys(OUTER, value))

    return draw


def _style(name: str) -> Lines:
    def draw(document: DocxDocument, table: Table) -> None:
        table.style = document.styles[name]

    return draw


def _style_based_on_grid(document: DocxDocument, table: Table) -> None:
    style = document.styles.add_style("Bảng số liệu", WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Table Grid"]
    table.style = style


def _style_ruling_the_first_row(document: DocxDocument, table: Table) -> None:
    """A table style that draws one line, under the first row (a conditional w:tblStylePr, as Word's list styles)."""
    style = document.styles.add_style("Bảng kẻ dưới tiêu đề", WD_STYLE_TYPE.TABLE)
    conditional = OxmlElement("w:tblStylePr")
    conditional.set(qn("w:type"), "firstRow")
    cell = OxmlElement("w:tcPr")
    _edges(cell, "w:tcBorders", {"bottom": "single"})
    conditional.append(cell)
    style.element.append(conditional)
    table.style = style


def _grid_as_default_style(document: DocxDocument, table: Table) -> None:
    """Table Grid made the default table style; the table names no style, so it is ruled."""
    for style in document.styles.element.iterfind(qn("w:style")):
        if style.get(qn("w:type")) == "table":
            style.set(qn("w:default"), "1" if style.get(qn("w:styleId")) == "TableGrid" else "0")


def _none(document: DocxDocument, table: Table) -> None:
    """python-docx's default table: no style, hence the borderless default table style."""


def _all(*draws: Lines) -> Lines:
    def draw(document: DocxDocument, table: Table) -> None:
        for each in draws:
            each(document, table)

    return draw


def _table(rows: tuple[tuple[str, ...], ...], lines: Lines, in_annex: bool = False) -> Edit:
    """A table of `rows` drawn by `lines`: in the body before «2. Thi đua», or in a phụ lục after the signature."""

    def edit(document: DocxDocument) -> None:
        if in_annex:
            _add(document, "Phụ lục I", bold=True)
            _add(document, "LỊCH TRÌNH CÁC HOẠT ĐỘNG", bold=True)
            _add(document, "(Kèm theo Kế hoạch số 09/KH-CĐCS ngày 05/01/2026 của Công đoàn cơ sở)", italic=True)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        lines(document, table)
        if in_annex:
            _body(document, "Các đơn vị thực hiện theo lịch trình trên./.")
        else:
            _find(document, "2. Thi đua")._p.addprevious(table._tbl)

    return edit


NIL = dict.fromkeys(OUTER + INSIDE, "nil")
CASES: list[tuple[str, Edit, list[str]]] = [
    ("borders in the table properties", _table(SCHEDULE, _table_borders(dict.fromkeys(OUTER + INSIDE, "single"))), []),
    ("Table Grid style", _table(SCHEDULE, _style("Table Grid")), []),
    ("a style based on Table Grid", _table(SCHEDULE, _style_based_on_grid), []),
    ("Table Grid as the default table style", _table(SCHEDULE, _grid_as_default_style), []),
    ("a style ruling its first row only", _table(SCHEDULE, _style_ruling_the_first_row), []),
    ("cell borders only", _table(SCHEDULE, _cell_borders("single")), []),
    ("outer box only", _table(SCHEDULE, _table_borders({**NIL, **dict.fromkeys(OUTER, "single")})), []),
    ("no style, no borders", _table(SCHEDULE, _none), ["bảng 2, hàng 1, ô 1"]),
    (
        "every line nil over Table Grid",
        _table(SCHEDULE, _all(_style("Table Grid"), _table_borders(NIL), _cell_borders("nil"))),
        ["bảng 2, hàng 1, ô 1"],
    ),
    (
        "Table Grid under cells that all set their edges nil (held-out d13)",
        _table(SCHEDULE, _all(_style("Table Grid"), _cell_borders("nil"))),
        ["bảng 2, hàng 1, ô 1"],
    ),
    (
        "lines «none» in the table properties",
        _table(SCHEDULE, _table_borders(dict.fromkeys(OUTER, "none"))),
        ["bảng 2, hàng 1, ô 1"],
    ),
    ("borderless data table in a phụ lục", _table(SCHEDULE, _none, in_annex=True), ["bảng 3, hàng 1, ô 1"]),
    ("ruled data table in a phụ lục", _table(SCHEDULE, _style("Table Grid"), in_annex=True), []),
    ("borderless member list, no header row", _table(MEMBERS, _none), []),
    (
        "numbered rows, one usual column name",
        _table((("STT", "Tên đơn vị", "Số đoàn viên"), ("1", "Tổ 1", "25")), _none),
        ["bảng 2, hàng 1, ô 1"],
    ),
    (
        "two usual column names",
        _table((("Nội dung", "Thời gian"), ("Hội thao", "Tháng 5")), _none),
        ["bảng 2, hàng 1, ô 1"],
    ),
    ("a form: label and value", _table((("Họ và tên", "Nguyễn Văn An"), ("Năm sinh", "1990")), _none), []),
    ("a form: «label: value» cells", _table((("Nội dung: hội thao", "Thời gian: tháng 5"), ("", "")), _none), []),
    (
        "a signature grid of two rows",
        _table((("NGƯỜI GHI BIÊN BẢN\n(chữ ký)\nHọ và tên", "CHỦ TRÌ HỘI NGHỊ\n(chữ ký)\nHọ và tên"), ("", "")), _none),
        [],
    ),
    ("a header row only", _table((SCHEDULE[0],), _none), []),
]


@pytest.mark.parametrize(("case", "edit", "expected"), CASES, ids=[case for case, _, _ in CASES])
def test_table_lines(tmp_path: Path, case: str, edit: Edit, expected: list[str]) -> None:
    document = good_document()
    edit(document)
    findings = report_of(document, tmp_path).findings
    assert [f.where for f in findings if f.rule == "vien-bang"] == expected
    others = [f.message.split(":")[0] for f in findings if f.rule != "vien-bang"]
    # the table breaks no other rule; a default style of Table Grid rules the header table too (spec §3, §13.4)
    assert others == (
        ["Bảng phần đầu văn bản (tên cơ quan, Quốc hiệu, số, ngày tháng) có đường viền"] if case in HEADER_GRID else []
    )


HEADER_GRID = {"Table Grid as the default table style"}


def test_the_header_and_signature_tables_are_borderless_layout(tmp_path: Path) -> None:
    """The good document's header (2 × 2) and signature (1 × 2) tables have no line, as spec §2 wants."""
    document = good_document()
    row = document.tables[1].add_row()  # a signature table of two rows is still the closing block
    row.cells[0].text, row.cells[1].text = "Nội dung", "Thời gian"
    report = report_of(document, tmp_path)
    assert "vien-bang" in report.evaluated
    assert [f for f in report.findings if f.rule == "vien-bang"] == []


def test_message_names_the_columns(tmp_path: Path) -> None:
    document = good_document()
    columns = ("STT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Ghi chú")
    _table((columns, ("1", "Hội thao", "Tháng 5", "Ban Chấp hành", "")), _none)(document)
    [finding] = [f for f in report_of(document, tmp_path).findings if f.rule == "vien-bang"]
    assert finding.message == (
        "Bảng 2 (STT | Nội dung | Thời gian | Đơn vị chủ trì | …) không có đường kẻ: bảng số liệu in ra không có khung."
    )
    assert (finding.spec, finding.severity.value, finding.excerpt) == ("§2", "error", "STT")
    assert "Table Grid" in finding.fix


CORPUS = sorted((FIXTURES / "corpus").rglob("*.docx"))
# With every table border removed, the data tables the rule recognises, by file and table number. Not
# recognised: the header and signature tables, 06's borderless member lists («- Ông: …»), the ô số
# legends of 08 («Ô số | : | …»), the signature grids of 01 and m02 and the phiếu trình forms of h02/m10.
# 08's 61-row table is a data table too, but its sample column holds «TM. ỦY BAN NHÂN DÂN», which
# roles.py takes for the signature of this header-less appendix: a table holding the closing block is
# layout, so it is left out (a missed finding, never a false one).
DATA_TABLES = {
    "01_cdcs-bo-ho-so-thuong-luong-ky-ket-tuldtt-2026.docx": ["bảng 7", "bảng 12", "bảng 16"],  # STT | Nội dung …
    "03_mau-5a-5b-don-xin-gia-nhap-cong-doan.docx": ["bảng 2"],  # TT | Họ và tên | Năm sinh …
    "m02_vptw-hd-36-the-thuc-van-ban-dang.docx": ["bảng 9"],  # TT | Thành phần thể thức | Loại chữ …
    "d01_ubnd-lam-dong-kh-cchc-2026-2030.docx": ["bảng 3"],  # STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành …
    "d12_ubnd-lam-dong-chuong-trinh-hoi-nghi.docx": ["bảng 1"],  # STT | Nội dung | Thời gian | Người thực hiện
    "e11_ban-van-dong-danh-sach-trich-ngang.docx": ["bảng 1"],  # STT | Họ và tên | Ngày, tháng, năm sinh …
    "e15_ubnd-kh-kiem-tra-cchc-2026.docx": ["bảng 3"],  # STT | Đơn vị được kiểm tra | Thời gian kiểm tra
    "f06_ubnd-kh-cchc-2026.docx": ["bảng 3"],  # STT | Nhiệm vụ | Sản phẩm …
    # TT | Đơn vị | Điểm chuẩn tối đa …; its tables 3 and 5 open with «Thứ hạng», not a column name the rule knows
    # (a missed finding, never a false one)
    "f15_ubnd-qd-cong-bo-chi-so-cchc.docx": ["bảng 4"],
    "g16_ubnd-qd-hoi-dong-xa-khong-ma-tuy.docx": ["bảng 3"],  # STT | Họ và tên | Chức vụ | Đơn vị công tác …
    "k10_vnpt-bang-tuyen-bo-dap-ung-yeu-cau-ky-thuat.docx": ["bảng 1"],  # STT | Chức năng | Yêu cầu kỹ thuật
    # TT | Họ và tên | Chức vụ …; STT | Họ và tên | Nhiệm vụ HĐ | Ký tên; TT | Tên vật tư y tế | Tiêu chí kỹ thuật …
    "p01_bvdk-phu-tho-bb-hop-hoi-dong-khoa-hoc.docx": ["bảng 2", "bảng 4", "bảng 5"],
    # members, two lists of goods, the bidding plan, the total, the signing list, the phụ lục's goods
    "p02_bvdk-phu-tho-bb-hop-to-chuyen-gia.docx": [
        "bảng 2",
        "bảng 3",
        "bảng 4",
        "bảng 5",
        "bảng 6",
        "bảng 8",
        "bảng 9",
    ],
    "p03_bvdk-phu-tho-qd-nhiem-vu-du-toan.docx": ["bảng 3"],  # TT | Tên vật tư y tế | Tiêu chí kỹ thuật …
    # TT | Tên chủ đầu tư | Tên gói thầu …; STT | Nội dung | Giá trị (Đồng); STT | Nội dung | Ghi chú; the goods
    "p04_bvdk-phu-tho-ttr-khlcnt.docx": ["bảng 2", "bảng 3", "bảng 5", "bảng 6"],
    "p06_bvdk-phu-tho-qd-kqlcnt.docx": ["bảng 3"],  # TT | Tên hàng hóa | Ký mã hiệu | Nhãn hiệu …
    # STT | Công việc | Thời gian | Phân công; STT | Nội dung công việc …; TT | HỌ VÀ TÊN | CHỨC VỤ … (two); TT | THỜI GIAN …
    "p16_cdvc-viet-nam-tai-lieu-mau-dai-hoi.docx": ["bảng 1", "bảng 4", "bảng 28", "bảng 30", "bảng 37"],
    # STT | Nơi thực tập | Số lượng | Yêu cầu; the lý lịch's projects, research and languages (STT/TT | …)
    "q17_vku-tb-tuyen-sinh-vien-thuc-tap.docx": ["bảng 4", "bảng 6", "bảng 8", "bảng 9"],
    # the three days' programmes: Thời gian | Nội dung | Đơn vị/ cá nhân phụ trách (held-out-3)
    "p13_thpt-doc-binh-kieu-kh-tuan-le-cong-dan.docx": ["bảng 2", "bảng 3", "bảng 4"],
}


def test_the_corpus_has_docx_files_in_every_folder() -> None:
    assert {path.parent.name for path in CORPUS} == {
        "docx",
        "more",
        "held-out",
        "held-out-3",
        "check-held-out",
        "check-held-out-2",
        "check-held-out-3",
        "check-held-out-4",
        "check-held-out-5",
        "check-held-out-6",
        "check-held-out-7",
        "check-held-out-8",
        "check-held-out-9",
    }
    assert len(CORPUS) == 88


@pytest.mark.parametrize("path", CORPUS, ids=[path.name[:3] for path in CORPUS])
def test_no_corpus_table_is_reported(path: Path) -> None:
    """Every data table of the corpus is ruled: by Table Grid (01), its own borders (01, m02), cell borders (03, 08)."""
    report = check_file(path)
    assert "vien-bang" in report.evaluated
    assert [f.where for f in report.findings if f.rule == "vien-bang"] == []


def _without_table_lines(package: DocxPackage) -> DocxPackage:
    """`package` with every edge of every table and cell border set (document and styles) made nil."""
    parts = dict(package.parts)
    for name in ("word/document.xml", "word/styles.xml"):
        root = package.xml(name)
        if root is not None:
            for edge in root.iterfind(f".//{qn('w:tcBorders')}/*"):
                edge.set(qn("w:val"), "nil")
            for edge in root.iterfind(f".//{qn('w:tblBorders')}/*"):
                edge.set(qn("w:val"), "nil")
            parts[name] = etree.tostring(root)
    return DocxPackage(package.path, parts)


@pytest.mark.parametrize("path", CORPUS, ids=[path.name[:3] for path in CORPUS])
def test_without_lines_exactly_the_data_tables_are_reported(path: Path) -> None:
    report = check_package(_without_table_lines(read_docx(path)))
    found = [f.where.removesuffix(", hàng 1, ô 1") for f in report.findings if f.rule == "vien-bang"]
    assert found == DATA_TABLES.get(path.name, [])
