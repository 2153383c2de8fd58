"""CSV export/import of the sổ văn bản đi, and the .docx sheet (ND30 Phụ lục IV, I)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pdf_layout import read_pages, require_pdf

from generator.register import Filter, IssueRequest, Register, RegisterError, Status
from generator.register.corrections import cancel, set_per_type
from generator.register.exchange import export_csv, import_csv
from generator.register.sheet import COLUMNS, SheetHeading, _cells, render_sheet

HEADER = "co_quan,day_so,nam,so,trang_thai,loai,ky_hieu,ma_van_ban,trich_yeu,ngay,nguoi_ky,noi_nhan,luu,so_ban,ghi_chu,tao_luc,cap_nhat_luc"


def filled(path: Path) -> Path:
    """A register with issued, reserved and cancelled lines, two issuers, two years, per-type sequences."""
    with Register.open(path) as register:
        set_per_type(register, "cd-nganh", True, 2026)
        for issuer, document_id, doc_type, day in [
            ("ldld-gia-lai", "kh-thang-cong-nhan", "KH", dt.date(2026, 4, 2)),
            ("ldld-gia-lai", "hd-dai-hoi", "HD", dt.date(2026, 5, 9)),
            ("ldld-gia-lai", "bc-quy", "BC", dt.date(2026, 6, 30)),
            ("ldld-gia-lai", "kh-2027", "KH", dt.date(2027, 1, 3)),
            ("cd-nganh", "kh-1", "KH", dt.date(2026, 2, 1)),
            ("cd-nganh", "hd-1", "HD", dt.date(2026, 2, 2)),
        ]:
            register.issue(
                IssueRequest(
                    issuer,
                    document_id,
                    doc_type,
                    f"{doc_type}-LĐLĐ",
                    day,
                    summary='=HYPERLINK("x") chỉ là chữ'
                    if document_id == "bc-quy"
                    else f"Trích yếu, có dấu phẩy; {document_id}",
                    signer="Nguyễn Thị Bình",
                    recipients="- LĐLĐ tỉnh;\n- Lưu: VT.",
                    archive="VT, VP",
                    copies=12,
                )
            )
        cancel(register, "ldld-gia-lai", 2026, 2, "Ký nhầm ngày")
        register.reserve("ldld-gia-lai", 2026, note="Giữ cho Quyết định khen thưởng")
    return path


def test_csv_round_trips_through_import(tmp_path: Path) -> None:
    source = filled(tmp_path / "cu.sqlite3")
    first, second = tmp_path / "so.csv", tmp_path / "so-lai.csv"
    with Register.open(source) as register:
        assert export_csv(register, first) == 7
        original = register.entries()
    with Register.open(tmp_path / "moi.sqlite3") as register:
        assert len(import_csv(register, first)) == 7
        assert register.entries() == original
        export_csv(register, second)
    assert second.read_bytes() == first.read_bytes()


def test_csv_is_excel_friendly_and_guards_formulas(tmp_path: Path) -> None:
    out = tmp_path / "so.csv"
    with Register.open(filled(tmp_path / "so.sqlite3")) as register:
        export_csv(register, out, Filter(issuer="ldld-gia-lai", year=2026))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode())
    assert "'=HYPERLINK" in data.decode("utf-8-sig")
    assert data.decode("utf-8-sig").count("\r\n") >= 5


def test_import_continues_numbering_after_the_old_register(tmp_path: Path) -> None:
    csv_file = tmp_path / "so-cu.csv"
    csv_file.write_text(
        "co_quan;so;ky_hieu;ngay;trich_yeu;trang_thai\n"
        "ldld-gia-lai;1;KH-LĐLĐ;05/01/2026;Kế hoạch cũ;Đã cấp\n"
        "ldld-gia-lai;2;LĐLĐ-VP;06/01/2026;Công văn cũ;\n"
        "ldld-gia-lai;3;TB-LĐLĐ;07/01/2026;Thông báo;da_huy\n",
        encoding="utf-8",
    )
    with Register.open(tmp_path / "so.sqlite3") as register:
        added = import_csv(register, csv_file)
        assert [(e.number, e.doc_type, e.status) for e in added] == [
            (1, "KH", Status.ISSUED),
            (2, "", Status.ISSUED),
            (3, "TB", Status.CANCELLED),
        ]
        assert register.issue(IssueRequest("ldld-gia-lai", "moi", "KH", "KH-LĐLĐ", dt.date(2026, 2, 1))).number == 4


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "ldld,1,KH-LĐLĐ,2026-01-05\nldld,1,HD-LĐLĐ,2026-01-06\n",
            ["so-cu.csv:3: [so] Số 01 năm 2026 của `ldld` (dãy số `chung`) đã có trong sổ"],
        ),
        (
            "ldld,x,KH-LĐLĐ,2026-01-05\nldld,2,KH-LĐLĐ,31/02/2026\n",
            ["so-cu.csv:2: [so] `x` không phải số nguyên", "so-cu.csv:3: [ngay] Ngày `31/02/2026` không hợp lệ"],
        ),
        (",1,KH-LĐLĐ,2026-01-05\n", ["so-cu.csv:2: [co_quan] Không được để trống"]),
    ],
)
def test_import_is_all_or_nothing_and_names_every_bad_line(tmp_path: Path, body: str, expected: list[str]) -> None:
    csv_file = tmp_path / "so-cu.csv"
    csv_file.write_text("co_quan,so,ky_hieu,ngay\n" + body, encoding="utf-8")
    with Register.open(tmp_path / "so.sqlite3") as register:
        with pytest.raises(RegisterError) as caught:
            import_csv(register, csv_file)
        assert register.entries() == []
    text = str(caught.value)
    for message in expected:
        assert message in text


def test_import_refuses_numbers_already_in_the_register(tmp_path: Path) -> None:
    path = filled(tmp_path / "so.sqlite3")
    csv_file = tmp_path / "them.csv"
    csv_file.write_text(
        "co_quan,nam,so,ky_hieu\nldld-gia-lai,2026,5,KH-LĐLĐ\nldld-gia-lai,2026,1,KH-LĐLĐ\n", encoding="utf-8"
    )
    with Register.open(path) as register:
        before = register.entries()
        with pytest.raises(RegisterError, match=r"them.csv:3: \[so\] Số 01 năm 2026") as caught:
            import_csv(register, csv_file)
        assert "Chưa nhập dòng nào" in str(caught.value)
        assert register.entries() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("co_quan,so,ky_hieu,nam,so_hieu\n", "Cột `so_hieu` không phải cột của sổ"),
        ("co_quan,ky_hieu\n", "Thiếu cột `so`"),
        ("co_quan,so\n", "Thiếu cột `nam (hoặc ngay)`"),
        ("co_quan,so,nam\nldld,1,2026\n", None),
    ],
)
def test_import_checks_the_header(tmp_path: Path, content: str, message: str | None) -> None:
    csv_file = tmp_path / "so.csv"
    csv_file.write_text(content, encoding="utf-8")
    with Register.open(tmp_path / "so.sqlite3") as register:
        if message is None:
            assert [e.number for e in import_csv(register, csv_file)] == [1]
        else:
            with pytest.raises(RegisterError, match=message.replace("(", r"\(").replace(")", r"\)")):
                import_csv(register, csv_file)


def test_import_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    csv_file = tmp_path / "so.csv"
    csv_file.write_bytes("co_quan,so,nam\nldld,1,2026,Kế hoạch\n".encode("utf-16"))
    with (
        Register.open(tmp_path / "so.sqlite3") as register,
        pytest.raises(RegisterError, match="không ở bảng mã UTF-8"),
    ):
        import_csv(register, csv_file)


# --- the .docx sheet ---------------------------------------------------------------------------------


def sheet(tmp_path: Path) -> Path:
    with Register.open(filled(tmp_path / "so.sqlite3")) as register:
        entries = register.entries(Filter(issuer="ldld-gia-lai", year=2026))
    out = tmp_path / "so-dang-ky.docx"
    heading = SheetHeading(("Liên đoàn Lao động tỉnh Gia Lai",), 2026, ("Tổng Liên đoàn Lao động Việt Nam",), volume=2)
    out.write_bytes(render_sheet(entries, heading))
    return out


def test_sheet_has_the_phu_luc_iv_columns_and_one_row_per_number(tmp_path: Path) -> None:
    document = docx.Document(str(sheet(tmp_path)))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Số, ký hiệu văn bản",
        "Ngày tháng văn bản",
        "Tên loại và trích yếu nội dung văn bản",
        "Người ký",
        "Nơi nhận văn bản",
        "Đơn vị, người nhận bản lưu",
        "Số lượng bản",
        "Ngày chuyển",
        "Ký nhận",
        "Ghi chú",
    ]
    assert [c.text for c in table.rows[1].cells] == [f"({i})" for i in range(1, 11)]
    body = [[c.text for c in row.cells] for row in table.rows[2:]]
    assert [row[0] for row in body] == ["01/KH-LĐLĐ", "02/HD-LĐLĐ", "03/BC-LĐLĐ", "04"]
    assert body[0][1:4] == ["02/04/2026", "Kế hoạch\nTrích yếu, có dấu phẩy; kh-thang-cong-nhan", "Nguyễn Thị Bình"]
    assert body[0][4:7] == ["- LĐLĐ tỉnh;\n- Lưu: VT.", "VT, VP", "12"]
    assert body[1][9].startswith("Đã hủy\nHủy ngày") and body[1][9].endswith("Ký nhầm ngày")
    assert body[3][9] == "Giữ số\nGiữ cho Quyết định khen thưởng"
    for row in table.rows[:2]:
        assert row._tr.trPr.find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize(
    ("doc_type", "ky_hieu", "label", "kind"),
    [
        ("KH", "KH-LĐLĐ", "01/KH-LĐLĐ", "Kế hoạch"),
        ("GM", "GM-LĐLĐ", "01/GM-LĐLĐ", "Giấy mời"),  # ND30 Phụ lục III: a type vanban does not write
        ("", "LĐLĐ-VP", "01/LĐLĐ-VP", "Công văn"),
        ("KH", "KH/CB", "01-KH/CB", "Kế hoạch"),  # a Party number (HD 36-HD/VPTW 1.3.1)
    ],
)
def test_a_sheet_line_names_the_type_and_writes_the_number(
    tmp_path: Path, doc_type: str, ky_hieu: str, label: str, kind: str
) -> None:
    with Register.open(filled(tmp_path / "so.sqlite3")) as register:
        entry = register.entries(Filter(issuer="ldld-gia-lai", year=2026))[0]
    cells = _cells(replace(entry, doc_type=doc_type, ky_hieu=ky_hieu))
    assert (cells[0], cells[2][0]) == ([label], kind)


def test_sheet_cover_page_and_page_setup(tmp_path: Path) -> None:
    document = docx.Document(str(sheet(tmp_path)))
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts == [
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI",
        "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
        "Năm: 2026",
        "Từ ngày 02/04/2026 đến ngày 30/06/2026",
        "Từ số 01 đến số 04",
        "Quyển số: 02",
    ]
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert {fonts.get(qn(f"w:{c}")) for c in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert sum(width for _title, width in COLUMNS) == 257


def test_per_type_sheet_has_one_table_per_sequence(tmp_path: Path) -> None:
    with Register.open(filled(tmp_path / "so.sqlite3")) as register:
        entries = register.entries(Filter(issuer="cd-nganh"))
    out = tmp_path / "nganh.docx"
    out.write_bytes(render_sheet(entries, SheetHeading(("Công đoàn ngành Giáo dục",), 2026)))
    document = docx.Document(str(out))
    assert len(document.tables) == 2
    assert [p.text for p in document.paragraphs if p.text.startswith("Dãy số")] == ["Dãy số: HD", "Dãy số: KH"]


def test_sheet_opens_in_libreoffice_landscape(tmp_path: Path) -> None:
    pages = read_pages(require_pdf(sheet(tmp_path), tmp_path / "pdf"))
    assert len(pages) == 2
    assert round(pages[0].width) == 297 and round(pages[0].height) == 210
    assert pages[0].find("SỔ ĐĂNG KÝ VĂN BẢN ĐI") is not None
    assert pages[1].find("01/KH-LĐLĐ") is not None
    # Times New Roman, or its metric twin Liberation Serif where Times is not installed
    assert all("Times" in word.font or "LiberationSerif" in word.font for word in pages[1].words)
    # the columns are wide enough that a date or a heading word never breaks inside
    words = {word.text for word in pages[1].words}
    assert {"02/04/2026", "lượng", "chuyển", "01/KH-LĐLĐ"} <= words
