"""The Word templates in templates_docx/ against the spec (format.md §1, §2, §3, §6.2, §7–§10, §14).

Every format decision must live in a named style (so a user restyles it in Word), the four font
channels must be Times New Roman, and tools/make_templates.py must rewrite the committed files
byte for byte.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates_docx"
NAMES = ("co-ban", "ke-hoach", "huong-dan")
CHANNELS = ("ascii", "hAnsi", "eastAsia", "cs")
C, L, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY

# (style name, size pt, bold, italic, alignment, spec row)
STYLE_TABLE = [
    ("VB Quoc hieu", 12, True, False, C, "§3 row 1 Quốc hiệu, default 12 bold"),
    ("VB Tieu ngu", 13, True, False, C, "§3 row 1 Tiêu ngữ, 13 bold"),
    ("VB Co quan chu quan", 12, False, False, C, "§3 row 2 chủ quản, 12 not bold"),
    ("VB Co quan ban hanh", 12, True, False, C, "§3 row 2 issuer, 12 bold"),
    ("VB So ky hieu", 13, False, False, C, "§3 row 3 Số, 13 upright"),
    ("VB Dia danh ngay", 13, False, True, C, "§3 row 4 date, 13 italic"),
    ("VB Tieu de Dang Doan", 15, True, False, C, "Party/Đoàn title, 15 bold (HD 36-HD/VPTW 1.1), underlined"),
    ("VB Dau sao", 12, False, False, C, "Party * / Đoàn *** under the issuer, as the issuer line"),
    ("VB Ten loai", 14, True, False, C, "§3 row 5a tên loại, 14 bold"),
    ("VB Ten loai Dang", 15, True, False, C, "Party tên loại, 15 bold (HD 36-HD/VPTW Phụ lục 3 row 5: 15–16)"),
    ("VB Co quan chu quan Dang", 14, False, False, C, "Party cấp trên, 14 upright (HD 36 Phụ lục 3 row 2)"),
    ("VB Co quan ban hanh Dang", 14, True, False, C, "Party issuer, 14 bold (HD 36 Phụ lục 3 row 2)"),
    ("VB So ky hieu Dang", 14, False, False, C, "Party Số, 14 upright (HD 36 Phụ lục 3 row 3)"),
    ("VB Dia danh ngay Dang", 14, False, True, C, "Party date, 14 italic (HD 36 Phụ lục 3 row 4)"),
    ("VB Chuc vu Dang", 14, False, False, C, "Party chức vụ người ký, 14 not bold (HD 36 Phụ lục 3 row 7)"),
    ("VB Noi nhan nhan Dang", 14, False, False, L, "Party «Nơi nhận:», 14 underlined (HD 36 Phụ lục 3 row 9)"),
    ("VB Noi nhan Dang", 12, False, False, L, "Party recipients, 12 upright (HD 36 Phụ lục 3 row 9)"),
    ("VB Trich yeu", 14, True, False, C, "§3 row 5a trích yếu, 14 bold"),
    ("VB Doan", 14, False, False, J, "§3 row 6 body, 14 upright justified"),
    ("VB Muc 1", 14, True, False, J, "§6.2 section I., bold (text UPPER)"),
    ("VB Muc 2", 14, True, False, J, "§6.2 item 1., bold"),
    ("VB Muc 3", 14, True, True, J, "§6.2 sub-item 1.1., bold italic"),
    ("VB Muc 4", 14, False, True, J, "§6.2 point a) as a heading, italic"),
    ("VB Muc 5", 14, False, True, J, "§6.2 deeper, italic"),
    ("VB Muc 6", 14, False, True, J, "§6.2 deeper, italic"),
    ("VB Y 1", 14, False, False, J, "§6.2 bullet -, upright plain"),
    ("VB Y 2", 14, False, False, J, "§6.2 sub-bullet +, upright plain"),
    ("VB Tieu de giua", 14, True, False, C, "§6.1 Phần/Chương lines, centred bold"),
    ("VB Tham quyen", 14, True, False, C, "§3 row 7a authority, 14 bold"),
    ("VB Dong ky", 14, False, True, C, "§7.3 (Đã ký), italic centred"),
    ("VB Ho ten", 14, True, False, C, "§3 row 7b signer's name, 14 bold"),
    ("VB Noi nhan nhan", 12, True, True, L, "§3 row 9b 'Nơi nhận:', 12 bold italic flush left"),
    ("VB Noi nhan", 11, False, False, L, "§3 row 9b recipients, 11 upright flush left"),
    ("VB So trang", 14, False, False, C, "§9 page number, 14 upright centred"),
    ("VB Phu luc nhan", 14, True, False, C, "§10.1 'Phụ lục I', 14 bold"),
    ("VB Phu luc tieu de", 14, True, False, C, "§10.2 appendix title, bold"),
    ("VB Phu luc kem theo", 14, False, True, C, "§10.3 reference line, italic"),
]
BODY_STYLES = ["VB Doan", "VB Y 1", "VB Y 2", *(f"VB Muc {n}" for n in range(1, 7))]
# (rule style, rule length cm, spec row)
RULES = [
    ("VB Gach co quan", 2.0, "§3 row 2: 1/3–1/2 of a 4–6 cm issuer line"),
    ("VB Gach tieu ngu", 5.6, "§3 row 1: as long as the 13 pt bold Tiêu ngữ (5.6 cm measured)"),
    ("VB Gach trich yeu", 5.0, "§3 row 5a: 1/3–1/2 of a 10–15 cm trích yếu line"),
    ("VB Gach phu luc", 5.0, "§10.4: a short solid line"),
]


@pytest.fixture(scope="module", params=NAMES)
def template(request: pytest.FixtureRequest) -> DocxDocument:
    return docx.Document(TEMPLATES / f"{request.param}.docx")


@pytest.mark.parametrize(
    ("name", "size", "bold", "italic", "alignment", "spec_row"), STYLE_TABLE, ids=[row[0] for row in STYLE_TABLE]
)
def test_named_style(
    template: DocxDocument, name: str, size: int, bold: bool, italic: bool, alignment: WD_ALIGN_PARAGRAPH, spec_row: str
) -> None:
    style = template.styles[name]
    actual = (style.font.size.pt, style.font.bold, style.font.italic, style.paragraph_format.alignment)
    assert actual == (size, bold, italic, alignment), spec_row


def test_party_title_is_underlined_over_its_length(template: DocxDocument) -> None:
    """HD 36-HD/VPTW 1.1: a solid line as long as «ĐẢNG CỘNG SẢN VIỆT NAM» under it; PL 3 row 9: the word «Nơi
    nhận» underlined. Only these styles underline."""
    underlined = [s.name for s in template.styles if s.type == 1 and s.font.underline]
    assert underlined == ["VB Tieu de Dang Doan", "VB Noi nhan nhan Dang"]


@pytest.mark.parametrize("name", BODY_STYLES)
def test_body_family_spacing(template: DocxDocument, name: str) -> None:  # spec §1, §6.2 "same first-line indent"
    fmt = template.styles[name].paragraph_format
    assert fmt.first_line_indent == Cm(1.27)
    assert (fmt.space_before.pt, fmt.space_after.pt) == (6, 0)
    assert 1.0 <= fmt.line_spacing <= 1.5


@pytest.mark.parametrize("name", [f"VB Muc {n}" for n in range(1, 7)] + ["VB Ten loai", "VB Tieu de giua"])
def test_headings_keep_with_next(template: DocxDocument, name: str) -> None:
    assert template.styles[name].paragraph_format.keep_with_next is True


@pytest.mark.parametrize(("name", "length_cm", "spec_row"), RULES, ids=[row[0] for row in RULES])
def test_rule_style(template: DocxDocument, name: str, length_cm: float, spec_row: str) -> None:
    """A rule is an empty paragraph's solid bottom border, centred by equal indents (spec §2)."""
    style = template.styles[name]
    bottom = style.element.pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    assert bottom is not None and bottom.get(qn("w:val")) == "single", spec_row
    fmt = style.paragraph_format
    assert fmt.left_indent == fmt.right_indent, spec_row
    paragraph = next(p for p in all_paragraphs(template) if p.style.name == name)
    box = containing_width(template, paragraph)
    assert (box - 2 * fmt.left_indent) / Cm(1) == pytest.approx(length_cm, abs=0.01), spec_row


def all_paragraphs(document: DocxDocument) -> list:
    cells = [p for table in document.tables for cell in table._cells for p in cell.paragraphs]
    return list(document.paragraphs) + cells


def containing_width(document: DocxDocument, paragraph) -> int:
    """Text width (EMU) available to a paragraph: its cell minus cell margins, or the page's text width."""
    tc = paragraph._p.getparent()
    if tc.tag != qn("w:tc"):
        section = document.sections[0]
        return section.page_width - section.left_margin - section.right_margin
    width = int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w")))
    margins = tc.getparent().getparent().tblPr.find(qn("w:tblCellMar"))
    sides = sum(int(margins.find(qn(f"w:{side}")).get(qn("w:w"))) for side in ("left", "right"))
    return (width - sides) * 635  # twips → EMU


def test_every_style_sets_all_four_font_channels(template: DocxDocument) -> None:  # spec §1 Font, §14 notes
    styles = template.styles.element
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    fonts = [defaults] + [
        style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        for style in styles.findall(qn("w:style"))
        if style.get(qn("w:type")) in ("paragraph", "character", "table")
    ]
    assert len(fonts) > len(STYLE_TABLE)
    for rfonts in fonts:
        assert rfonts is not None
        assert {channel: rfonts.get(qn(f"w:{channel}")) for channel in CHANNELS} == dict.fromkeys(
            CHANNELS, "Times New Roman"
        )
        assert not [attr for attr in rfonts.attrib if "Theme" in attr]


def test_language_and_hyphenation(template: DocxDocument) -> None:  # spec §1 practical notes
    defaults = template.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "vi-VN"
    assert defaults.find(f".//{qn('w:suppressAutoHyphens')}") is not None
    assert template.settings.element.find(qn("w:autoHyphenation")).get(qn("w:val")) == "false"


def test_no_direct_formatting_in_the_body(template: DocxDocument) -> None:
    """Runs carry no rPr and paragraphs only a style (or a section break): the look lives in styles."""
    paragraphs = all_paragraphs(template) + [p for s in template.sections for p in s.header.paragraphs]
    for paragraph in paragraphs:
        assert paragraph._p.findall(f".//{qn('w:rPr')}") == []
        ppr = paragraph._p.pPr
        assert ppr is not None and {child.tag for child in ppr} <= {qn("w:pStyle"), qn("w:sectPr")}


def test_page_setup(template: DocxDocument) -> None:  # spec §1 Paper, Margins, §14 page
    section = template.sections[0]
    lengths = (
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
        section.header_distance,
    )
    assert tuple(round(length / Mm(1), 1) for length in lengths) == (210, 297, 20, 20, 30, 15, 10)


def test_page_number_in_header_from_page_two(template: DocxDocument) -> None:  # spec §9
    section = template.sections[0]
    assert section.different_first_page_header_footer is True
    assert [p.text for p in section.first_page_header.paragraphs] == [""]
    (number,) = section.header.paragraphs
    assert number.style.name == "VB So trang"
    assert number._p.find(qn("w:fldSimple")).get(qn("w:instr")).strip() == "PAGE"
    assert section.footer.is_linked_to_previous is True


def test_every_section_restarts_numbering(template: DocxDocument) -> None:  # spec §9: each appendix from 1
    sect_prs = template.element.body.findall(f".//{qn('w:sectPr')}")
    assert len(sect_prs) == 2  # the appendix loop's break and the document's own
    for sect_pr in sect_prs:
        assert sect_pr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert sect_pr.find(qn("w:titlePg")) is not None


@pytest.mark.parametrize(("index", "widths_cm"), [(0, (6.5, 10.0)), (1, (7.4, 9.1))], ids=["header", "signature"])
def test_borderless_fixed_table(template: DocxDocument, index: int, widths_cm: tuple[float, float]) -> None:  # spec §2
    table = template.tables[index]
    tbl_pr = table._tbl.tblPr
    assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    borders = tbl_pr.find(qn("w:tblBorders"))
    assert [edge.get(qn("w:val")) for edge in borders] == ["nil"] * 6
    assert tuple(round(column.width / Cm(1), 2) for column in table.columns) == widths_cm
    assert all(cell.width == table.columns[i % 2].width for i, cell in enumerate(table._cells))
    assert sum(widths_cm) <= 16.5
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def cell_lines(template: DocxDocument, table: int, row: int, column: int) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in template.tables[table].cell(row, column).paragraphs]


Lines = list[tuple[str, str]]


def _loop(items: str, style: str) -> Lines:
    return [("Normal", f"{{%p for x in {items} %}}"), (style, "{{ x }}"), ("Normal", "{%p endfor %}")]


def _party(then: Lines, other: Lines) -> Lines:
    """A Party document (`dang` set: HD 36-HD/VPTW's sizes and closing) prints `then`, any other `other`."""
    return [("Normal", "{%p if dang %}"), *then, ("Normal", "{%p else %}"), *other, ("Normal", "{%p endif %}")]


def _joint(then: Lines) -> Lines:
    """A văn bản liên tịch (`lien_tich` set) prints `then` too; any other document prints nothing of it."""
    return [("Normal", "{%p if lien_tich %}"), *then, ("Normal", "{%p endif %}")]


def _signature(block: str) -> Lines:
    """The signature block whose context is at `block` (`` for the lead issuer's, `lien_tich.` for the other's)."""
    return [
        *_party(
            _loop(f"{block}dang.quyen_han", "VB Tham quyen") + _loop(f"{block}dang.chuc_vu", "VB Chuc vu Dang"),
            _loop(f"{block}chu_ky.tham_quyen", "VB Tham quyen"),  # HD 36 PL 3 row 7 (Party); §7 (ND30)
        ),
        ("VB Dong ky", f"{{{{ {block}chu_ky.dong_ky }}}}"),
        ("VB Ho ten", f"{{{{ {block}chu_ky.ho_ten }}}}"),
    ]


@pytest.mark.parametrize(
    ("table", "row", "column", "expected"),
    [
        (
            0,
            0,
            0,
            [
                *_party(
                    _loop("co_quan_chu_quan", "VB Co quan chu quan Dang")
                    + _loop("co_quan_ban_hanh", "VB Co quan ban hanh Dang")  # HD 36 PL 3 row 2: 14 pt
                    + _joint(_loop("lien_tich.co_quan", "VB Co quan ban hanh Dang")),
                    _loop("co_quan_chu_quan", "VB Co quan chu quan")
                    + _loop("co_quan_ban_hanh", "VB Co quan ban hanh")
                    + _joint(_loop("lien_tich.co_quan", "VB Co quan ban hanh")),  # the other body, under the lead
                ),
                ("Normal", "{%p if tieu_ngu %}"),  # ND30: the issuer's short rule ...
                ("VB Gach co quan", ""),
                ("Normal", "{%p else %}"),  # ... a Party or Đoàn document: the star line (che_do)
                ("VB Dau sao", "{{ dau_sao }}"),
                ("Normal", "{%p endif %}"),
            ],
        ),
        (
            0,
            0,
            1,
            [
                ("Normal", "{%p if tieu_ngu %}"),
                ("VB Quoc hieu", "{{ quoc_hieu }}"),
                ("VB Tieu ngu", "{{ tieu_ngu }}"),
                ("VB Gach tieu ngu", ""),
                ("Normal", "{%p else %}"),
                ("VB Tieu de Dang Doan", "{{ tieu_de }}"),
                ("Normal", "{%p endif %}"),
            ],
        ),
        # ô 3 and ô 4 on ONE row (ND30 II.4.c); a Party document's at 14 pt (HD 36 PL 3 rows 3–4)
        (0, 1, 0, _party([("VB So ky hieu Dang", "{{ so_ky_hieu }}")], [("VB So ky hieu", "{{ so_ky_hieu }}")])),
        (
            0,
            1,
            1,
            _party([("VB Dia danh ngay Dang", "{{ dia_danh_ngay }}")], [("VB Dia danh ngay", "{{ dia_danh_ngay }}")]),
        ),
        (
            1,
            0,
            0,
            _joint([*_signature("lien_tich."), ("VB Khoang trong", "")])  # liên tịch: the other body on the LEFT
            + _party(
                [("VB Noi nhan nhan Dang", "Nơi nhận:"), *_loop("noi_nhan", "VB Noi nhan Dang")],  # HD 36 PL 3 row 9
                [("VB Noi nhan nhan", "Nơi nhận:"), *_loop("noi_nhan", "VB Noi nhan")],
            ),
        ),
        (
            1,
            0,
            1,
            _signature(""),  # the lead issuer's block on the RIGHT (ô 7)
        ),
    ],
    ids=["issuer", "quoc-hieu", "so", "date", "noi-nhan", "signature"],
)
def test_table_cells(template: DocxDocument, table: int, row: int, column: int, expected: list) -> None:  # spec §2
    assert cell_lines(template, table, row, column) == expected


def test_body_sequence(template: DocxDocument) -> None:  # spec §2 ô 5a, 6; §10 appendix order; CONTRACT.md
    body = [(p.style.name, p.text) for p in template.paragraphs]
    assert body == [
        *_party([("VB Ten loai Dang", "{{ ten_loai }}")], [("VB Ten loai", "{{ ten_loai }}")]),  # HD 36: 15–16 pt
        ("VB Trich yeu", "{{ trich_yeu }}"),
        *_party([("VB Gach trich yeu Dang", "-----")], [("VB Gach trich yeu", "")]),  # HD 36 1.5.2: five hyphens
        ("VB Doan", "{{p than }}"),
        ("VB Khoang trong", ""),
        ("Normal", "{%p for pl in phu_luc %}"),
        ("VB Ngat phan", ""),
        ("VB Phu luc nhan", "{{ pl.nhan }}"),
        ("VB Phu luc tieu de", "{{ pl.tieu_de }}"),
        ("VB Phu luc kem theo", "{{ pl.kem_theo }}"),
        ("VB Gach phu luc", ""),
        ("VB Doan", "{{p pl.than }}"),
        ("Normal", "{%p endfor %}"),
        ("VB Ngat phan", ""),
    ]


def test_script_is_deterministic_and_templates_are_current(tmp_path: Path) -> None:
    """Two runs give identical bytes, equal to the committed templates (rerun the script after editing it)."""
    runs = []
    for run in ("a", "b"):
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "make_templates.py"), str(tmp_path / run)],
            check=True,
            capture_output=True,
        )
        runs.append({name: (tmp_path / run / f"{name}.docx").read_bytes() for name in NAMES})
    assert runs[0] == runs[1]
    assert runs[0] == {name: (TEMPLATES / f"{name}.docx").read_bytes() for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_zip_entries_are_fixed(name: str) -> None:
    with zipfile.ZipFile(TEMPLATES / f"{name}.docx") as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize("name", NAMES)
def test_core_properties_are_fixed(name: str) -> None:
    core = docx.Document(TEMPLATES / f"{name}.docx").core_properties
    assert (core.created.year, core.modified.year, core.revision, core.language) == (2026, 2026, 1, "vi-VN")
