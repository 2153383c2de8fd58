"""Lines under the Tiêu ngữ and the issuer drawn as shapes, bordered header tables, the Tiêu ngữ's case (spec §3, §13.4).

Synthetic documents are the good document of test_checking edited with lxml; real ones are the corpus
fixtures whose lines are Word connectors (tests/fixtures/corpus/more/INDEX.md gives their provenance).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree
from test_checking import _find, good_document, report_of

from generator.checking import check_file
from generator.checking.drawn import line_shapes

MORE = Path(__file__).parent / "fixtures" / "corpus" / "more"
MISSING = "Thiếu đường kẻ"
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
# 5.6 cm (as long as the Tiêu ngữ) and 3 cm (under the issuer), in EMU and in points.
MOTTO_EMU, ISSUER_EMU = 2016000, 1080000
DRAWINGML = (
    '<w:r {ns}><w:drawing><wp:anchor><wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset}'
    '</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="0"/><a:graphic><a:graphicData><a:prstGeom '
    'prst="{prst}"/></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
)
VML_LINE = '<w:r {ns}><w:pict><v:line from="10pt,2pt" to="{end}pt,2pt"/></w:pict></w:r>'
VML_CONNECTOR = (
    '<w:r {ns}><w:pict><v:shape type="#_x0000_t32" style="margin-top:1pt;width:{width}pt;height:0"/></w:pict></w:r>'
)


def _shape(xml: str) -> etree._Element:
    return parse_xml(xml.replace("{ns}", NAMESPACES))


def _replace_border(start: str, shape: str, anchor: str | None = None) -> Callable[[DocxDocument], None]:
    """Remove the border paragraph after `start` and anchor `shape` in the paragraph starting `anchor`
    (the component's paragraph itself when None)."""

    def edit(document: DocxDocument) -> None:
        paragraph = _find(document, start)._p
        border = paragraph.getnext()
        border.getparent().remove(border)
        (paragraph if anchor is None else _find(document, anchor)._p).append(_shape(shape))

    return edit


SHAPES = [
    (
        "motto-drawingml-connector",
        "Độc lập",
        DRAWINGML.format(ns="{ns}", offset=0, cx=MOTTO_EMU, prst="straightConnector1"),
        None,
    ),
    ("issuer-drawingml-line", "CÔNG ĐOÀN", DRAWINGML.format(ns="{ns}", offset=0, cx=ISSUER_EMU, prst="line"), None),
    ("motto-vml-line", "Độc lập", VML_LINE.format(ns="{ns}", end=10 + 158.7), None),
    ("issuer-vml-connector", "CÔNG ĐOÀN", VML_CONNECTOR.format(ns="{ns}", width=85), None),
    # Anchored near the top of the Số / date row, as Word does (m04).
    ("issuer-in-so-row", "CÔNG ĐOÀN", VML_CONNECTOR.format(ns="{ns}", width=85), "Số:"),
    (
        "motto-in-date-row",
        "Độc lập",
        DRAWINGML.format(ns="{ns}", offset=12065, cx=MOTTO_EMU, prst="straightConnector1"),
        "Đồng Nai",
    ),
]


@pytest.mark.parametrize(("case", "start", "shape", "anchor"), SHAPES, ids=[case for case, *_ in SHAPES])
def test_line_drawn_as_shape_is_found_and_measured(
    tmp_path: Path, case: str, start: str, shape: str, anchor: str | None
) -> None:
    document = good_document()
    _replace_border(start, shape, anchor)(document)
    findings = report_of(document, tmp_path).findings
    assert [str(f) for f in findings if f.rule in {"tieu-ngu", "co-quan-ban-hanh"}] == []


@pytest.mark.parametrize(
    "name", ["m14_vp-ubnd-binh-thuan-cv-cu-thanh-vien.doc", "m17_ubnd-binh-thuan-cv-cong-dien-131.doc"]
)
def test_lines_anchored_at_the_top_of_the_next_line_of_the_cell_are_found(name: str) -> None:
    """Both lines of these real headers are anchored in the Số and date lines of the same cells, 1–2 pt from their top."""
    findings = check_file(MORE / name).findings
    assert [str(f) for f in findings if f.rule in {"tieu-ngu", "co-quan-ban-hanh"}] == []


def test_a_line_anchored_in_an_earlier_line_of_the_issuer_is_found(tmp_path: Path) -> None:
    """Held-out d10: the connector under a two-line issuer is anchored in its first line, 45 pt down."""
    document = good_document()
    issuer = _find(document, "CÔNG ĐOÀN CƠ SỞ")
    second = issuer.insert_paragraph_before("CÔNG ĐOÀN CƠ SỞ")
    second.runs[0].bold, second.runs[0].font.size = True, Pt(12)
    issuer.runs[0].text = "CÔNG TY AN PHÚ"
    far = DRAWINGML.format(ns="{ns}", offset=45 * 12700, cx=576000, prst="straightConnector1")  # 1.6 cm
    _replace_border("CÔNG TY AN PHÚ", far, "CÔNG ĐOÀN CƠ SỞ")(document)
    findings = report_of(document, tmp_path).findings
    assert [str(f) for f in findings if f.rule == "co-quan-ban-hanh"] == []


AFTER_TABLE = (
    '<w:r {ns}><w:drawing><wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>{left}</wp:posOffset>'
    '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
    '<wp:extent cx="{cx}" cy="0"/><a:graphic><a:graphicData><a:prstGeom prst="line"/></a:graphicData></a:graphic>'
    "</wp:anchor></w:drawing></w:r>"
)


@pytest.mark.parametrize(
    ("left_pt", "down_pt", "missing"),
    [(260, 10.5, False), (40, 10.5, True), (260, 30, True)],
    ids=["under the Tiêu ngữ's cell, 10.5 pt down (held-out f10)", "under the issuer's cell", "30 pt down"],
)
def test_a_line_anchored_in_the_empty_paragraph_after_the_header_table(
    tmp_path: Path, left_pt: float, down_pt: float, missing: bool
) -> None:
    """The header table's cells are 4677 twips (233.85 pt) wide: the right one runs from 233.85 to 467.7 pt."""
    document = good_document()
    shape = AFTER_TABLE.format(ns="{ns}", left=int(left_pt * 12700), offset=int(down_pt * 12700), cx=MOTTO_EMU)
    after = OxmlElement("w:p")
    document.tables[0]._tbl.addnext(after)
    motto = _find(document, "Độc lập")._p
    motto.getparent().remove(motto.getnext())
    after.append(_shape(shape))
    findings = report_of(document, tmp_path).findings
    assert any(f.rule == "tieu-ngu" and MISSING in f.message for f in findings) == missing


@pytest.mark.parametrize(
    ("down_pt", "missing"),
    [(30, False), (8, True)],
    ids=["30 pt down, under the issuer (held-out 8 q06)", "8 pt down, under the cơ quan chủ quản itself"],
)
def test_a_line_anchored_in_the_line_of_the_co_quan_chu_quan(tmp_path: Path, down_pt: float, missing: bool) -> None:
    """§3 co-quan-ban-hanh: the issuer's line may be anchored in the cơ quan chủ quản's paragraph above it, when it
    is placed lower than the two lines (12 pt «LĐLĐ TỈNH ĐỒNG NAI», 12 pt issuer: 27.6 pt)."""
    document = good_document()
    line = DRAWINGML.format(ns="{ns}", offset=int(down_pt * 12700), cx=ISSUER_EMU, prst="straightConnector1")
    _replace_border("CÔNG ĐOÀN", line, "LĐLĐ")(document)
    findings = report_of(document, tmp_path).findings
    assert any(f.rule == "co-quan-ban-hanh" and MISSING in f.message for f in findings) == missing


TAB_LAID = (
    ("LĐLĐ TỈNH ĐỒNG NAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("CÔNG ĐOÀN CƠ SỞ CÔNG TY AN PHÚ\tĐộc lập - Tự do - Hạnh phúc", True),
    ("", False),
    ("Số: 09/KH-CĐCS\tĐồng Nai, ngày 05 tháng 01 năm 2026", False),
)


@pytest.mark.parametrize("motto_first", [False, True], ids=["issuer's shape first", "Tiêu ngữ's shape first"])
def test_two_lines_of_a_tab_laid_header_go_with_its_columns(tmp_path: Path, motto_first: bool) -> None:
    """§3 tieu-ngu, co-quan-ban-hanh (held-out 8 q02, q10; more/m05): a header typed as tab-separated lines holds
    the issuer's 3 cm line and the Tiêu ngữ's 5.6 cm line in one paragraph; left to right they go with its columns,
    whatever their order in the file."""
    document = good_document()
    header = document.tables[0]._tbl
    lines = []
    for text, bold in TAB_LAID:
        paragraph = document.add_paragraph()
        for index, part in enumerate(text.split("\t")):
            if index:
                paragraph.add_run().add_tab()
            run = paragraph.add_run(part)
            run.font.size, run.bold = Pt(13 if "Độc lập" in part else 12), bold
        lines.append(paragraph._p)
    issuer = AFTER_TABLE.format(ns="{ns}", left=30 * 12700, offset=0, cx=ISSUER_EMU)
    motto = AFTER_TABLE.format(ns="{ns}", left=260 * 12700, offset=0, cx=MOTTO_EMU)
    for shape in (motto, issuer) if motto_first else (issuer, motto):
        lines[2].append(_shape(shape))
    for line in reversed(lines):
        header.addnext(line)
    header.getparent().remove(header)
    findings = report_of(document, tmp_path).findings
    assert [str(f) for f in findings if f.rule in {"tieu-ngu", "co-quan-ban-hanh"} and "kẻ" in f.message] == []


def test_shape_far_down_the_row_below_is_not_a_line_under(tmp_path: Path) -> None:
    """A line 30 pt down the date cell lies under the date, not under the Tiêu ngữ."""
    document = good_document()
    far = DRAWINGML.format(ns="{ns}", offset=30 * 12700, cx=MOTTO_EMU, prst="straightConnector1")
    _replace_border("Độc lập", far, "Đồng Nai")(document)
    findings = report_of(document, tmp_path).findings
    assert any(f.rule == "tieu-ngu" and MISSING in f.message for f in findings)


def test_too_long_shape_is_measured(tmp_path: Path) -> None:
    document = good_document()
    _replace_border("CÔNG ĐOÀN", VML_CONNECTOR.format(ns="{ns}", width=190))(document)  # 6.7 cm under 6.9 cm
    findings = [f for f in report_of(document, tmp_path).findings if f.rule == "co-quan-ban-hanh"]
    assert any("dài khoảng 6.7 cm" in f.message for f in findings), [str(f) for f in findings]


def test_rectangle_is_not_a_line() -> None:
    rectangle = _shape(
        DRAWINGML.format(ns="{ns}", offset=0, cx=MOTTO_EMU, prst="rect").replace('cy="0"', 'cy="300000"')
    )
    assert line_shapes(rectangle) == []


@pytest.mark.parametrize(
    "name",
    [
        "m03_so-noi-vu-ha-giang-qd-bo-nhiem",
        "m04_ubnd-lam-dong-cv-3980",
        "m07_ubnd-lam-dong-cv-600",
        "m08_ubnd-lam-dong-cv-hd-46",
    ],
)
def test_real_connectors_are_lines(name: str) -> None:
    """These documents draw both lines as connectors (m03: the top border of an empty paragraph)."""
    findings = check_file(MORE / f"{name}.docx").findings
    assert [str(f) for f in findings if MISSING in f.message] == []


def test_m04_line_under_issuer_is_2_cm() -> None:
    from docx import Document

    document = Document(str(MORE / "m04_ubnd-lam-dong-cv-3980.docx"))
    so_row, date_row = _find(document, "Số:")._p, _find(document, "    Lâm Đồng")._p
    assert [round(line.length / 28.35, 1) for line in line_shapes(so_row)] == [2.0]
    assert [round(line.length / 28.35, 1) for line in line_shapes(date_row)] == [6.0]


def _bordered_header(document: DocxDocument) -> None:
    properties = document.tables[0]._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        borders.append(line)
    properties.append(borders)


def test_bordered_header_table_is_reported(tmp_path: Path) -> None:
    document = good_document()
    _bordered_header(document)
    findings = [f for f in report_of(document, tmp_path).findings if f.rule == "co-quan-ban-hanh"]
    assert any("có đường viền" in f.message and "No Border" in f.fix for f in findings), [str(f) for f in findings]


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.glob("fixtures/corpus/**/*.docx")), ids=lambda p: p.stem)
def test_no_corpus_header_table_has_borders(path: Path) -> None:
    """No corpus document's header table prints a grid (checked by hand: none sets a visible border)."""
    assert [str(f) for f in check_file(path).findings if "Bảng phần đầu" in f.message] == []


@pytest.mark.parametrize(
    ("motto", "wrong"),
    [
        ("Độc lập - Tự do - Hạnh Phúc", "«Phúc»"),
        ("Độc Lập - Tự Do - Hạnh Phúc", "«Lập», «Do», «Phúc»"),
        ("Độc lập – Tự do – Hạnh Phúc", "«Phúc»"),  # reported along with the en dashes
    ],
)
def test_motto_wrong_case_names_the_word(tmp_path: Path, motto: str, wrong: str) -> None:
    document = good_document()
    run = _find(document, "Độc lập").runs[0]
    run.text = motto
    findings = [f for f in report_of(document, tmp_path).findings if f.rule == "tieu-ngu"]
    assert any(f"sai chữ hoa: {wrong}" in f.message for f in findings), [str(f) for f in findings]
