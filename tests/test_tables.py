"""Tables and annexes (issue 13): the grid rules, widths, amounts and totals as table tests; the shipped
example as golden context and XML; the printed page (a long table repeats its header row on the next
page, an annex starts a page); bad tables through the CLI."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import copy_project
from docx import Document
from lxml import etree
from pdf_layout import read_pages, require_pdf
from test_examples import GOLDEN, compare_golden, normalised_document_xml

from generator.cli import main
from generator.document import Cell, Column, Table
from generator.pipeline import Project, build, plan
from generator.tables import TEXT_WIDTH_TWIPS, amount, column_widths, grid_problems, laid_out
from generator.yamlfile import read_yaml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXAMPLE = "ke-hoach-thang-cong-nhan-2026"


def _row(*cells: str | Cell) -> tuple[Cell, ...]:
    return tuple(c if isinstance(c, Cell) else Cell(c) for c in cells)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ((_row("1", "a", "b"),), []),
        ((_row("1", "a"),), ["Dòng 1 của bảng thiếu ô: các ô phủ 2 cột, bảng có 3 cột."]),
        ((_row("1", "a", "b", "c"),), ["Dòng 1 của bảng thừa ô: các ô phủ 4 cột, bảng có 3 cột."]),
        ((_row(Cell("nhóm", colspan=3)),), []),
        ((_row("1", Cell("a", rowspan=2), "b"), _row("2", "c")), []),
        (
            (_row("1", Cell("a", rowspan=2), "b"), _row("2", "x", "c")),
            ["Dòng 2 của bảng thừa ô: các ô phủ 4 cột, bảng có 3 cột."],
        ),
        ((_row("1", "a", Cell("b", rowspan=2)),), ["Ô gộp dòng (`gop_dong`) kéo xuống quá dòng cuối của bảng."]),
        ((_row(Cell("a", colspan=2, rowspan=2), "b"), _row("c")), []),
    ],
    ids=["full", "short", "long", "one cell across", "row-merged", "cell under a merge", "merge past the end", "block"],
)
def test_every_row_fills_the_columns(rows: tuple[tuple[Cell, ...], ...], expected: list[str]) -> None:
    assert [message for _, message, _ in grid_problems(3, rows)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500000", Decimal(1500000)),
        ("1.500.000", Decimal(1500000)),
        ("1.234,5", Decimal("1234.5")),
        ("2,5", Decimal("2.5")),
        ("-300", Decimal(-300)),
        ("1 500 000", Decimal(1500000)),
        ("2.5", None),  # a dot is the thousands mark: "2.5" is no Vietnamese number
        ("12.34.567", None),
        ("", None),
        ("năm triệu", None),
    ],
)
def test_amount_reads_vietnamese_numbers(text: str, value: Decimal | None) -> None:
    assert amount(text) == value


@pytest.mark.parametrize(
    ("widths", "expected"),
    [
        ([None, None], [TEXT_WIDTH_TWIPS // 2, TEXT_WIDTH_TWIPS - TEXT_WIDTH_TWIPS // 2]),
        ([2.54, None], [1440, TEXT_WIDTH_TWIPS - 1440]),
        ([8.25, 8.25], [TEXT_WIDTH_TWIPS // 2, TEXT_WIDTH_TWIPS - TEXT_WIDTH_TWIPS // 2]),  # 16.5 cm = text width
        ([10.0, 10.0], [TEXT_WIDTH_TWIPS // 2, TEXT_WIDTH_TWIPS - TEXT_WIDTH_TWIPS // 2]),  # too wide: scaled
        ([2.0, 2.0], [TEXT_WIDTH_TWIPS // 2, TEXT_WIDTH_TWIPS - TEXT_WIDTH_TWIPS // 2]),  # too narrow: widened
    ],
    ids=["shared", "one given", "exact", "too wide", "too narrow"],
)
def test_columns_fill_the_text_width(widths: list[float | None], expected: list[int]) -> None:
    assert column_widths(widths) == expected
    assert sum(expected) == TEXT_WIDTH_TWIPS  # spec §1: 210 − 30 − 15 mm


def _budget() -> Table:
    columns = (Column("TT", 1.2, "giua"), Column("Khoản chi"), Column("Thành tiền", None, "phai", summed=True))
    rows = (
        _row(Cell("I. Nhóm", colspan=3)),
        _row("1", "Băng rôn", "1800000"),
        _row("2", "Quà", "10.000.000"),
        _row("3", "Chưa chốt", ""),
    )
    return Table(columns, rows, "Dự toán")


def test_laid_out_table_prints_amounts_and_totals() -> None:
    table = laid_out(_budget())
    texts = [[cell["van_ban"] for cell in row["o"]] for row in table["hang"]]
    assert texts == [
        ["TT", "Khoản chi", "Thành tiền"],
        ["I. Nhóm"],
        ["1", "Băng rôn", "1.800.000"],
        ["2", "Quà", "10.000.000"],
        ["3", "Chưa chốt", ""],
        ["Tổng cộng", "11.800.000"],
    ]
    assert [row["tieu_de"] for row in table["hang"]] == [True, False, False, False, False, False]
    total = table["hang"][-1]["o"]
    assert (total[0]["gop_cot"], total[0]["rong"]) == (2, sum(table["cot"][:2]))
    assert all(cell["dam"] for cell in total)


def test_row_merged_cell_leaves_placeholders_below() -> None:
    columns = (Column("TT"), Column("Việc"), Column("Ai"))
    rows = (_row("1", "a", Cell("Ban Chấp hành", rowspan=3)), _row("2", "b"), _row("3", "c"))
    body = laid_out(Table(columns, rows))["hang"][1:]
    assert [[c["gop_dong"] for c in row["o"]] for row in body] == [
        ["", "", "restart"],
        ["", "", "continue"],
        ["", "", "continue"],
    ]


def test_not_a_number_in_a_summed_column_names_the_cell() -> None:
    table = Table((Column("Khoản"), Column("Tiền", summed=True)), (_row("Quà", "năm triệu"),))
    with pytest.raises(Exception) as error:
        laid_out(table)
    assert "Ô «năm triệu» ở dòng 1, cột «Tiền» không phải là số" in str(error.value)


# --- the shipped example: golden files, the Word XML, the printed page ----------------------------


def _example_job():
    repo = Project(Path(__file__).parent.parent)
    jobs, _ = plan(repo, [repo.content / "co-so" / f"{EXAMPLE}.yaml"])
    (job,) = jobs
    return job


def test_golden_render_context_with_tables(update_golden: bool) -> None:
    actual = json.dumps(_example_job().context.values(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    compare_golden(GOLDEN / f"{EXAMPLE}.context.json", actual, update_golden)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = Project(copy_project(tmp_path_factory.mktemp("tables")))
    report = build(project, [project.content / "co-so" / f"{EXAMPLE}.yaml"])
    assert not report.failed
    return project.output / "co-so" / f"{EXAMPLE}.docx"


def test_golden_document_xml_with_tables(built: Path, update_golden: bool) -> None:
    compare_golden(GOLDEN / f"{EXAMPLE}.document.xml", normalised_document_xml(built), update_golden)


def _body_tables(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    _header, timeline, _signature, budget = root.findall(f"{W}body/{W}tbl")  # the budget is in the annex
    return [timeline, budget]


def test_body_tables_are_real_word_tables(built: Path) -> None:
    timeline, budget = _body_tables(built)
    for table in (timeline, budget):
        borders = table.find(f"{W}tblPr/{W}tblBorders")
        assert {b.tag.removeprefix(W): b.get(f"{W}val") for b in borders} == dict.fromkeys(
            ("top", "left", "bottom", "right", "insideH", "insideV"), "single"
        )
        assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
        widths = [int(c.get(f"{W}w")) for c in table.iter(f"{W}gridCol")]
        assert sum(widths) == TEXT_WIDTH_TWIPS
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None  # repeated on each page
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)  # no row split over pages
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    merged = [tc for tc in timeline.iter(f"{W}tc") if tc.find(f"{W}tcPr/{W}vMerge") is not None]
    assert [m.find(f"{W}tcPr/{W}vMerge").get(f"{W}val") for m in merged] == ["restart", None]


LONG = """\
loai: ke-hoach
co_quan: cdcs-thu
so: 4
ngay: 2026-03-09
trich_yeu: Phân công trực bảo vệ năm 2026
muc:
  - id: phan-cong
    tieu_de: Phân công
    bang:
      - tieu_de: Lịch trực
        cot:
          - {{ten: TT, rong: 1.5, can: giua}}
          - {{ten: Ngày trực}}
          - {{ten: Người trực}}
        dong:
{rows}
ket_thuc: Các tổ công đoàn thực hiện theo lịch trên.
phu_luc:
  - tieu_de: Danh sách tổ trực
    y: [Tổ 1, Tổ 2.]
"""


def test_long_table_repeats_its_header_row_and_the_annex_starts_a_page(project: Path, tmp_path: Path) -> None:
    rows = "\n".join(f"          - [{i}, Ngày {i:02d}/5/2026, Đoàn viên số {i}]" for i in range(1, 46))
    (project / "content" / "ke-hoach.yaml").write_text(LONG.format(rows=rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--thu-muc", str(project)])
    assert result.exit_code == 0, result.output
    pages = read_pages(require_pdf(project / "output" / "ke-hoach.docx", tmp_path))
    with_rows = [p for p in pages if any(line.text.startswith("1 Ngày") or " Ngày " in line.text for line in p.lines)]
    assert len(with_rows) >= 2  # the table runs over a page
    for page in with_rows:
        header = page.phrase("TT Ngày trực Người trực")
        assert header is not None, f"page {page.number}: no header row"
        first_row = next(line for line in page.lines if "Đoàn viên số" in line.text)
        assert header.bottom < first_row.top  # the header row heads each page's part of the table
    annex = next(p for p in pages if p.find("DANH SÁCH TỔ TRỰC"))
    label = annex.find("Phụ lục")
    assert label is annex.lines[0]  # spec §9, §10: a new section, its first page unnumbered, the label on top
    assert label.top < 25  # at the top margin (20 mm), not below the end of the signature
    assert not any("Nguyễn Văn A" in line.text for line in annex.lines)  # the signature stays on the page before


def test_a_body_ending_with_a_table_closes_with_a_line_of_its_own_under_it(project: Path, tmp_path: Path) -> None:
    """A chương trình or danh sách whose body is its table, no `ket_thuc`: `./.` goes on its own line under the
    table (spec §3 row 6), and the built file passes the conformance check (build checks by default)."""
    rows = "\n".join(f"          - [{i}, Ngày {i:02d}/5/2026, Đoàn viên số {i}]" for i in range(1, 4))
    content = LONG.format(rows=rows).replace("ket_thuc: Các tổ công đoàn thực hiện theo lịch trên.\n", "")
    (project / "content" / "ke-hoach.yaml").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--thu-muc", str(project)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(project / "output" / "ke-hoach.docx") as archive:
        _header, table, _signature = etree.fromstring(archive.read("word/document.xml")).findall(f"{W}body/{W}tbl")
    after = table.getnext()
    assert after.tag == f"{W}p" and "".join(after.itertext()) == "./."
    page = next(p for p in read_pages(require_pdf(project / "output" / "ke-hoach.docx", tmp_path)) if p.find("./."))
    assert page.find("./.").top > page.find("Đoàn viên số 3").bottom  # printed under the table's last row


RULES_ANNEX = """\
loai: quyet-dinh
co_quan: cdcs-thu
so: 6
ngay: 2026-03-09
trich_yeu: Ban hành Quy chế chi tiêu nội bộ
muc:
  - noi_dung: Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.
  - noi_dung: Quyết định có hiệu lực kể từ ngày ký.
phu_luc:
  - tieu_de: Quy chế chi tiêu nội bộ
    danh_so: {numbering}
    muc:
      - tieu_de: Quy định chung
        muc:
          - tieu_de: Phạm vi áp dụng
            doan: [Các khoản chi của công đoàn cơ sở.]
      - tieu_de: Mức chi
        muc:
          - tieu_de: Chi thăm hỏi
            doan: [Đoàn viên ốm đau được thăm hỏi.]
"""


def test_an_appendix_numbers_its_sections_by_its_own_danh_so(project: Path) -> None:
    """A rule issued with a quyết định keeps its Chương and Điều (spec §6.1) while the quyết định's body is
    numbered Điều 1, Điều 2 by the type's default; Điều run on through the chapters."""
    (project / "content" / "ke-hoach.yaml").write_text(RULES_ANNEX.format(numbering="[chuong, dieu]"), "utf-8")
    result = CliRunner().invoke(main, ["build", "--thu-muc", str(project)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in Document(str(project / "output" / "ke-hoach.docx")).paragraphs if p.text]
    assert "Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ." in texts[: texts.index("Phụ lục")]
    annex = texts[texts.index("Phụ lục") :]
    assert [t for t in annex if t.startswith(("Chương", "Điều"))] == [
        "Chương I",
        "Điều 1. Phạm vi áp dụng",
        "Chương II",
        "Điều 2. Chi thăm hỏi",
    ]


def test_an_unknown_kind_in_an_appendix_danh_so_names_its_line_and_field(project: Path) -> None:
    numbering = "\n      - chuong\n      - dieuu"
    (project / "content" / "ke-hoach.yaml").write_text(RULES_ANNEX.format(numbering=numbering), "utf-8")
    result = CliRunner().invoke(main, ["build", "--thu-muc", str(project)])
    assert result.exit_code == 2
    assert "ke-hoach.yaml:13: [phu_luc[0].danh_so[1]] Kiểu đánh số `dieuu` không có." in result.stderr
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            "cot: [{ten: TT}, {ten: Việc}]\n        dong:\n          - [1, Treo băng rôn, khẩu hiệu]",
            "ke-hoach.yaml:13: [bang.dong] Dòng 1 của bảng thừa ô: các ô phủ 3 cột, bảng có 2 cột.",
        ),
        (
            "cot: [{ten: Việc}, {ten: Tiền, cong: true}]\n        dong:\n          - [Quà, năm triệu]",
            "Ô «năm triệu» ở dòng 1, cột «Tiền» không phải là số",
        ),
        ("cot: [{ten: Việc, can: giữa}]", "[muc[0].bang[0].cot[0].can]"),
        ("cot: []", "[muc[0].bang[0].cot] Danh sách không được rỗng."),
    ],
    ids=["comma splits a cell", "words in a summed column", "unknown alignment", "no column"],
)
def test_bad_table_is_a_vietnamese_error_with_its_line(project: Path, table: str, message: str) -> None:
    content = f"""\
loai: ke-hoach
co_quan: cdcs-thu
so: 5
ngay: 2026-03-09
trich_yeu: Kế hoạch có bảng
muc:
  - id: bang
    tieu_de: Bảng
    bang:
      - tieu_de: Bảng thử
        {table}
ket_thuc: Hết.
"""
    (project / "content" / "ke-hoach.yaml").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--thu-muc", str(project)])
    assert result.exit_code != 0
    assert message in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (project / "output" / "ke-hoach.docx").exists()


def _issued_then_one_cell_edited(project: Path) -> Path:
    """A three-row table issued on 2026-03-09, then the cell «Đoàn viên số 2» edited to «… số 7»."""
    path = project / "content" / "ke-hoach.yaml"
    rows = "\n".join(f"          - [{i}, Ngày {i:02d}/5/2026, Đoàn viên số {i}]" for i in range(1, 4))
    path.write_text(LONG.format(rows=rows).replace("so: 4\n", ""), encoding="utf-8")
    issued = CliRunner().invoke(
        main, ["build", "--ban-hanh", "--ngay", "2026-03-09", str(path), "--thu-muc", str(project)]
    )
    assert issued.exit_code == 0, issued.output
    path.write_text(path.read_text(encoding="utf-8").replace("Đoàn viên số 2]", "Đoàn viên số 7]"), encoding="utf-8")
    return path


def test_an_issued_table_edited_is_cited_by_row_and_redlined(project: Path) -> None:
    path = _issued_then_one_cell_edited(project)
    runner = CliRunner()
    result = runner.invoke(main, ["sua-doi", "--json", str(path), "--thu-muc", str(project)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [(c["loai"], c["vi_tri"], c["noi_dung"]) for c in report["thay_doi"]] == [
        ("sửa đổi", "dòng thứ hai của Bảng «Lịch trực» tại Mục I", ["2 | Ngày 02/5/2026 | Đoàn viên số 7"])
    ]
    with zipfile.ZipFile(project / report["redline"]) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "<w:del " in xml  # the edited cell carries the tracked change


def test_the_amendment_quotes_a_changed_row_as_a_table_of_the_same_columns(project: Path) -> None:
    """`sua-doi --viet` writes the point «Sửa đổi dòng thứ hai …» with the new row as a one-row table
    (column names, widths, alignment as issued), and the amendment builds with that table in it."""
    path = _issued_then_one_cell_edited(project)
    runner = CliRunner()
    result = runner.invoke(main, ["sua-doi", "--viet", str(path), "--thu-muc", str(project)])
    assert result.exit_code == 0, result.output
    amendment = project / "content" / "ke-hoach.sua-doi-1.yaml"
    (point,) = read_yaml(amendment).data["muc"]
    assert point["noi_dung"] == "Sửa đổi dòng thứ hai của Bảng «Lịch trực» tại Mục I như sau:"
    (table,) = point["bang"]
    assert table["cot"] == [
        {"ten": "TT", "rong": 1.5, "can": "giua"},
        {"ten": "Ngày trực", "can": "trai"},
        {"ten": "Người trực", "can": "trai"},
    ]
    assert table["dong"] == [["2", "Ngày 02/5/2026", "Đoàn viên số 7"]]
    built = runner.invoke(main, ["build", str(amendment), "--thu-muc", str(project)])
    assert built.exit_code == 0, built.output
    with zipfile.ZipFile(project / "output" / "ke-hoach.sua-doi-1.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    body_table = xml[xml.index("<w:tblHeader/>") :]  # the header and signature tables have no repeated row
    assert xml.count("<w:tblHeader/>") == 1 and "Đoàn viên số 7" in body_table[: body_table.index("</w:tbl>")]
