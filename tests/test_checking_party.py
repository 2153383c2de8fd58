"""The signature and Nơi nhận of Party and Đoàn documents are judged by their own rules (issue 16, item 4; spec §16).

Party documents follow Hướng dẫn 36-HD/VPTW (2018): Phụ lục 3 rows 7 and 9 (sizes and styles), mục 1.9.2 (each
recipient ends with «,», the last line «- Lưu ….» with a full stop, no colon needed). m02 of the corpus IS that
guidance, so the table the checker encodes is compared with m02's own Phụ lục 3. Đoàn documents: the Đoàn's
guidance could not be read, so chu-ky and noi-nhan are not evaluated. State/union (ND30) documents keep their
rules; a «- Lưu VT, VP.» without its colon is named as such.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from conftest import FIXTURES
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from test_checking import _add, _find, _retext, _runs, good_document, party_header, report_of

from generator.checking import check_file
from generator.checking.report import Finding
from generator.checking.roles import PARTY
from generator.checking.rules_body import YOUTH_LOOKS
from generator.checking.rules_closing import RULES_BY_REGIME, YOUTH_REASON, Look

CORPUS = FIXTURES / "corpus"
HD36 = CORPUS / "more" / "m02_vptw-hd-36-the-thuc-van-ban-dang.docx"
CLOSING_RULES = {"chu-ky", "noi-nhan"}
Edit = Callable[[DocxDocument], None]


def party_document() -> DocxDocument:
    """The conformant test document with a Party header and a closing laid out as HD 36-HD/VPTW Phụ lục 3 says."""
    document = good_document()
    party_header(document)
    recipients, signature = document.tables[1].rows[0].cells
    for cell in (recipients, signature):
        for paragraph in cell.paragraphs:
            paragraph._p.getparent().remove(paragraph._p)
    label = recipients.add_paragraph()
    word = label.add_run("Nơi nhận")
    word.font.size, word.underline = Pt(14), True
    label.add_run(":").font.size = Pt(14)
    for item in ("- Đảng ủy cấp trên (để b/c),", "- Đảng viên trong Chi bộ,", "- Lưu Chi bộ."):
        _add(recipients, item, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _add(signature, "T/M CHI BỘ", bold=True)
    _add(signature, "BÍ THƯ")
    _add(signature, "")
    _add(signature, "Nguyễn Văn An", bold=True)
    return document


def youth_document() -> DocxDocument:
    document = good_document()
    _retext("CỘNG HÒA", "ĐOÀN TNCS HỒ CHÍ MINH")(document)
    _retext("Độc lập", "")(document)
    return document


def closing_findings(document: DocxDocument, tmp_path: Path) -> list[Finding]:
    return [f for f in report_of(document, tmp_path).findings if f.rule in CLOSING_RULES]


def test_a_party_document_laid_out_by_hd_36_is_clean(tmp_path: Path) -> None:
    report = report_of(party_document(), tmp_path)
    assert report.regime == PARTY
    assert [str(f) for f in report.findings] == []
    assert set(report.evaluated) >= CLOSING_RULES
    assert {s.rule for s in report.skipped} == {"quoc-hieu", "tieu-ngu", "so-ky-hieu"}


# --- Party: one edit per demand of HD 36-HD/VPTW (rule, case, edit, words of the expected message) -----------------

PARTY_FAILING: list[tuple[str, str, Edit, str]] = [
    ("chu-ky", "quyền hạn not bold", _runs("T/M CHI BỘ", bold=False), "Dòng quyền hạn ký phải in đậm"),
    ("chu-ky", "quyền hạn 13 pt", _runs("T/M CHI BỘ", size=Pt(13)), "Dòng quyền hạn ký cỡ chữ 13 pt, phải 14 pt"),
    ("chu-ky", "chức vụ bold (the ND30 way)", _runs("BÍ THƯ", bold=True), "Dòng chức vụ người ký không được in đậm"),
    ("chu-ky", "chức vụ 15 pt", _runs("BÍ THƯ", size=Pt(15)), "Dòng chức vụ người ký cỡ chữ 15 pt, phải 14 pt"),
    ("chu-ky", "name not bold", _runs("Nguyễn Văn An", bold=False), "Họ tên người ký phải in đậm"),
    ("chu-ky", "name italic", _runs("Nguyễn Văn An", italic=True), "Họ tên người ký không được in nghiêng"),
    ("chu-ky", "academic title", _retext("Nguyễn Văn An", "TS. Nguyễn Văn An"), "học hàm, học vị"),
    ("noi-nhan", "label bold (the ND30 way)", _runs("Nơi nhận", bold=True), "Từ «Nơi nhận» không được in đậm"),
    ("noi-nhan", "label italic (the ND30 way)", _runs("Nơi nhận", italic=True), "Từ «Nơi nhận» không được in nghiêng"),
    ("noi-nhan", "label not underlined", _runs("Nơi nhận", underline=False), "Từ «Nơi nhận» phải có gạch chân"),
    ("noi-nhan", "label 12 pt (the ND30 way)", _runs("Nơi nhận", size=Pt(12)), "cỡ chữ 12 pt, phải 14 pt"),
    ("noi-nhan", "item ends with ;", _retext("- Đảng ủy", "- Đảng ủy cấp trên;"), "kết thúc bằng «,»"),
    ("noi-nhan", "item without dash", _retext("- Đảng ủy", "Đảng ủy cấp trên,"), "bắt đầu bằng «- »"),
    ("noi-nhan", "items 11 pt (the ND30 way)", _runs("- Đảng ủy", size=Pt(11)), "phải cỡ 12 pt (1 dòng sai"),
    ("noi-nhan", "last line without full stop", _retext("- Lưu", "- Lưu Chi bộ"), "có dấu chấm (.)"),
    ("noi-nhan", "last line is not «Lưu»", _retext("- Lưu", "- Các chi bộ."), "nơi lưu văn bản «- Lưu …»"),
]


@pytest.mark.parametrize(("rule", "case", "edit", "expected"), PARTY_FAILING, ids=[c for _, c, _, _ in PARTY_FAILING])
def test_party_edit_breaks_hd_36(tmp_path: Path, rule: str, case: str, edit: Edit, expected: str) -> None:
    document = party_document()
    edit(document)
    findings = closing_findings(document, tmp_path)
    assert [f.rule for f in findings] == [rule], [str(f) for f in findings]
    assert expected in findings[0].message
    assert "(HD 36-HD/VPTW, " in findings[0].message  # every Party finding names its rule and the part of it
    assert findings[0].fix


# HD 36-HD/VPTW Phụ lục 3 rows 5–6: tên loại 15–16 pt, trích yếu 14–15 pt, body 14–15 pt (ND30: 13–14 each)
PARTY_SIZES: list[tuple[str, str, Edit, str]] = [
    ("ten-loai", "tên loại 14 pt (the ND30 way)", _runs("KẾ HOẠCH", size=Pt(14)), "cỡ chữ 14 pt, phải 15–16 pt"),
    ("ten-loai", "tên loại 17 pt", _runs("KẾ HOẠCH", size=Pt(17)), "cỡ chữ 17 pt, phải 15–16 pt"),
    ("trich-yeu", "trích yếu 13 pt", _runs("Tổ chức các hoạt động", size=Pt(13)), "cỡ chữ 13 pt, phải 14–15 pt"),
    ("co-chu-than", "body 13 pt", _runs("1. Mục đích", size=Pt(13)), "phải 14–15 pt"),
]


@pytest.mark.parametrize(("rule", "case", "edit", "expected"), PARTY_SIZES, ids=[c for _, c, _, _ in PARTY_SIZES])
def test_party_sizes_are_hd_36s(tmp_path: Path, rule: str, case: str, edit: Edit, expected: str) -> None:
    document = party_document()
    edit(document)
    findings = report_of(document, tmp_path).findings
    assert [f.rule for f in findings] == [rule], [str(f) for f in findings]
    assert expected in findings[0].message
    assert "HD 36-HD/VPTW, Phụ lục 3" in findings[0].message


PARTY_PASSING: list[tuple[str, Edit]] = [
    ("Lưu with a colon", _retext("- Lưu", "- Lưu: Chi bộ.")),
    ("Lưu without a colon, several places", _retext("- Lưu", "- Lưu Văn phòng, Chi bộ.")),
    ("TM. with a dot", _retext("T/M CHI BỘ", "TM. CHI BỘ")),
    ("collective signs without a title line (T/M BỘ CHÍNH TRỊ)", _retext("BÍ THƯ", "")),
    ("the head signs directly: a title, not bold", _retext("T/M CHI BỘ", "")),
    ("the colon is not underlined as well", _runs("Nơi nhận", underline=True)),
]


@pytest.mark.parametrize(("case", "edit"), PARTY_PASSING, ids=[c for c, _ in PARTY_PASSING])
def test_party_variant_stays_clean(tmp_path: Path, case: str, edit: Edit) -> None:
    document = party_document()
    edit(document)
    assert [str(f) for f in closing_findings(document, tmp_path)] == []


def test_a_party_document_with_an_nd30_closing_gets_only_hd_36_findings(tmp_path: Path) -> None:
    document = good_document()
    _retext("CỘNG HÒA", "ĐẢNG CỘNG SẢN VIỆT NAM")(document)
    _retext("Độc lập", "")(document)
    messages = [f.message for f in closing_findings(document, tmp_path)]
    assert len(messages) == 7, messages  # CHỦ TỊCH bold; label 12 pt, bold, italic, not underlined; «;»; 11 pt
    assert all("HD 36-HD/VPTW" in m for m in messages), messages
    assert not any("phải 12 pt" in m or "«;»" in m or "- Lưu: VT" in m for m in messages), messages


# --- the data: what the checker encodes is what HD 36-HD/VPTW Phụ lục 3 (m02, tables[8]) prints --------------------


def _phu_luc_3() -> dict[str, tuple[str, str]]:
    """Row name (without the dash) → (cỡ chữ, kiểu chữ) of HD 36-HD/VPTW Phụ lục 3."""
    table = docx.Document(str(HD36)).tables[8]
    return {r.cells[1].text.strip(" -"): (r.cells[3].text.strip(), r.cells[4].text.strip()) for r in table.rows}


@pytest.mark.parametrize(
    ("row", "component"),
    [
        ("Quyền hạn ký văn bản", "authority"),
        ("Chức vụ của người ký văn bản", "title"),
        ("Họ tên của người ký văn bản", "signer"),
        ('Từ "Nơi nhận"', "label"),
    ],
)
def test_party_looks_are_read_off_hd_36_phu_luc_3(row: str, component: str) -> None:
    size, style = _phu_luc_3()[row]
    look: Look = getattr(RULES_BY_REGIME[PARTY], component)
    assert look.sizes == (float(size), float(size))
    assert look.bold is ("đậm" in style)
    assert look.italic is ("Nghiêng" in style)
    assert look.underline in (None, "gạch chân" in style)


def test_party_items_are_read_off_hd_36() -> None:
    size, style = _phu_luc_3()['Tên cơ quan, tổ chức, cá nhân sau từ "Nơi nhận"']
    assert (RULES_BY_REGIME[PARTY].item_size, style) == (float(size), "Đứng")
    paragraphs = [p.text for p in docx.Document(str(HD36)).paragraphs]
    assert any("có dấu phẩy (,), kết thúc nơi nhận văn bản có dấu chấm (.)" in p for p in paragraphs)
    assert RULES_BY_REGIME[PARTY].item_end == ","


# --- State / union: «Lưu» without its colon is named; Party does not need the colon ---------------------------------


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("- Lưu: VT, VP.", []),
        ("- Lưu VT, VP.", ["Dòng «Lưu» thiếu dấu hai chấm (:) sau chữ «Lưu»"]),
        ("- Lưu  VT.", ["Dòng «Lưu» thiếu dấu hai chấm (:) sau chữ «Lưu»"]),
        ("- Lưu: VT, VP", ["Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.»"]),
        ("- Lưu : VT.", ["Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.»"]),
        # the drafter's mark and the copies issued glued after the full stop (spec §3 row 12; m04–m20 of the corpus)
        ("- Lưu: VT, NC.Châu", []),
        ("- Lưu: VT, PL.(300)", []),
        ("- Lưu: VT, NC (3).23", []),  # ô 12 as a count alone (ND30 Phụ lục I III.3, held-out q13)
        ("- Lưu: VT, NC (3)23", ["Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.»"]),
        ("- Lưu:  VT,  LĐVL&TN.", []),  # double spaces (held-out e02)
        ("- Lưu: VT, NCChâu", ["Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.»"]),
        ("- Lưu: VT, NC. Châu", ["Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.»"]),
    ],
)
def test_state_last_line(tmp_path: Path, last: str, expected: list[str]) -> None:
    document = good_document()
    _retext("- Lưu", last)(document)
    messages = [f.message for f in closing_findings(document, tmp_path)]
    assert [m for m in messages if not any(m.startswith(e) for e in expected)] == []
    assert len(messages) == len(expected), messages


@pytest.mark.parametrize(
    ("size", "expected"),
    [(8, []), (11, ["Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.»"])],
    ids=["the name in smaller type (held-out g14)", "the name in the line's size"],
)
def test_state_drafter_name_one_space_after_the_full_stop(tmp_path: Path, size: float, expected: list[str]) -> None:
    """«- Lưu: VT, XDCT. Khánh»: a name set apart by a space is the drafter's mark (spec §3 row 12) when it is
    printed smaller than the line, as the mark glued to the full stop usually is."""
    document = good_document()
    _retext("- Lưu", "- Lưu: VT, XDCT.")(document)
    line = next(p for p in document.tables[-1].cell(0, 0).paragraphs if p.text.startswith("- Lưu"))
    line.add_run(" Khánh").font.size = Pt(size)
    messages = [f.message for f in closing_findings(document, tmp_path)]
    assert [m for m in messages if not any(m.startswith(e) for e in expected)] == []
    assert len(messages) == len(expected), messages


def test_party_last_line_needs_no_colon(tmp_path: Path) -> None:
    document = party_document()
    _retext("- Lưu", "- Lưu VT, VP.")(document)
    assert closing_findings(document, tmp_path) == []


# --- Đoàn: not evaluated, with the reason ---------------------------------------------------------------------------


def test_youth_closing_is_not_evaluated(tmp_path: Path) -> None:
    document = youth_document()
    _runs("Nơi nhận:", size=Pt(14), bold=False)(document)  # would be an ND30 finding
    report = report_of(document, tmp_path)
    assert report.regime == "Đoàn TNCS"
    assert closing_findings(document, tmp_path) == []
    assert {s.rule: s.reason for s in report.skipped if s.rule in CLOSING_RULES} == dict.fromkeys(
        CLOSING_RULES, YOUTH_REASON
    )


# --- the real Party documents of the corpus: what is left is a real breach of HD 36-HD/VPTW -----------------------

REAL_PARTY = {
    # items end with «;» (HD 36 1.9.2 wants «,»); everything else of the closing follows Phụ lục 3
    "docx/04_bc-chi-bo-hoc-thom-1-thang-5.docx": [
        ("noi-nhan", "- Đảng ủy xã Hòa Khánh;", "kết thúc bằng «,»"),
        ("noi-nhan", "- Các đảng viên;", "kết thúc bằng «,»"),
        ("noi-nhan", "- Trưởng, phó ấp;", "kết thúc bằng «,»"),
        ("noi-nhan", "- Ban công tác Mặt trận ấp;", "kết thúc bằng «,»"),
    ],
    # the whole signature block is set in 15 pt (Phụ lục 3: 14)
    "docx/05_kl-chi-bo-hoc-thom-1-thang-5.docx": [
        ("chu-ky", "T/M CHI BỘ", "Dòng quyền hạn ký cỡ chữ 15 pt, phải 14 pt"),
        ("chu-ky", "BÍ THƯ", "Dòng chức vụ người ký cỡ chữ 15 pt, phải 14 pt"),
        ("chu-ky", "Trần Văn Bướng", "Họ tên người ký cỡ chữ 15 pt, phải 14 pt"),
    ],
    "more/m01_dang-uy-xa-lung-cu-quy-che.docx": [],
    # the published copy of HD 36 itself is set in 10/8 pt with an ND30-style bold italic label
    "more/m02_vptw-hd-36-the-thuc-van-ban-dang.docx": [
        ("chu-ky", "K/T CHÁNH VĂN PHÒNG", "Dòng quyền hạn ký cỡ chữ 10 pt, phải 14 pt"),
        ("chu-ky", "PHÓ CHÁNH VĂN PHÒNG", "Dòng chức vụ người ký cỡ chữ 10 pt, phải 14 pt"),
        ("chu-ky", "PHÓ CHÁNH VĂN PHÒNG", "Dòng chức vụ người ký không được in đậm"),
        ("chu-ky", "Bùi Văn Thạch", "Họ tên người ký cỡ chữ 10 pt, phải 14 pt"),
        ("noi-nhan", "Nơi nhận:", "Từ «Nơi nhận» cỡ chữ 10 pt, phải 14 pt"),
        ("noi-nhan", "Nơi nhận:", "Từ «Nơi nhận» không được in đậm"),
        ("noi-nhan", "Nơi nhận:", "Từ «Nơi nhận» không được in nghiêng"),
        ("noi-nhan", "Nơi nhận:", "Từ «Nơi nhận» phải có gạch chân"),
        ("noi-nhan", "- Các tỉnh uỷ, thành uỷ,", "Các dòng nơi nhận phải cỡ 12 pt (5 dòng sai"),
    ],
}


@pytest.mark.parametrize("name", list(REAL_PARTY))
def test_real_party_documents(name: str) -> None:
    report = check_file(CORPUS / name)
    found = [f for f in report.findings if f.rule in CLOSING_RULES]
    assert report.regime == PARTY
    assert [(f.rule, f.excerpt) for f in found] == [(rule, excerpt) for rule, excerpt, _ in REAL_PARTY[name]]
    for finding, (_, _, words) in zip(found, REAL_PARTY[name], strict=True):
        assert words in finding.message and "HD 36-HD/VPTW" in finding.message, str(finding)
    assert set(report.evaluated) >= CLOSING_RULES


def test_real_youth_document_closing_is_not_evaluated() -> None:
    report = check_file(CORPUS / "docx" / "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx")
    assert report.regime == "Đoàn TNCS"
    assert [f for f in report.findings if f.rule in CLOSING_RULES] == []
    assert {s.rule for s in report.skipped} >= CLOSING_RULES


def _typed_dashes(dashes: str) -> Edit:
    """The trích yếu's line typed as characters (HD 36-HD/VPTW 1.5.2 asks for five hyphens) instead of a border."""

    def edit(document: DocxDocument) -> None:
        below = next(p for p in document.paragraphs if p.text.startswith("Tổ chức các hoạt động"))._p.getnext()
        properties = below.find(qn("w:pPr"))
        properties.remove(properties.find(qn("w:pBdr")))
        Paragraph(below, None).add_run(dashes)

    return edit


# (case, edit, rule, words of the expected finding or None) — HD 36 1.5.2 and 1.6.2 on a Party document
PARTY_BODY_MARKS: list[tuple[str, Edit, str, str | None]] = [
    ("five typed hyphens under the trích yếu", _typed_dashes("-----"), "trich-yeu", None),
    (
        "the body ends with a full stop, no ./.",
        _retext("Thực hiện theo kế hoạch./.", "Thực hiện theo kế hoạch."),
        "ket-thuc",
        None,
    ),
    (
        "the body ends without a full stop",
        _retext("Thực hiện theo kế hoạch./.", "Thực hiện theo kế hoạch"),
        "ket-thuc",
        "mục 1.6.2",
    ),
    ("a typed line of stars", _typed_dashes("*****"), "trich-yeu", "gõ bằng ký tự «*****»"),
]


@pytest.mark.parametrize(("case", "edit", "rule", "expected"), PARTY_BODY_MARKS, ids=[c for c, *_ in PARTY_BODY_MARKS])
def test_party_body_marks_are_hd_36s(tmp_path: Path, case: str, edit: Edit, rule: str, expected: str | None) -> None:
    document = party_document()
    edit(document)
    messages = [f.message for f in report_of(document, tmp_path).findings if f.rule == rule]
    assert messages == [] if expected is None else len(messages) == 1 and expected in messages[0], messages


def test_youth_sizes_and_end_mark_are_not_evaluated(tmp_path: Path) -> None:
    """Đoàn sizes follow Hướng dẫn 29-HD/TWĐTN-VP, which the spec lacks: a 16 pt tên loại (corpus 06) is no finding."""
    document = youth_document()
    _runs("KẾ HOẠCH", size=Pt(16))(document)
    report = report_of(document, tmp_path)
    looks = {"ten-loai", "trich-yeu", "co-chu-than", "ket-thuc"}
    assert [f for f in report.findings if f.rule in looks] == []
    assert {s.rule: s.reason for s in report.skipped if s.rule in looks} == dict.fromkeys(looks, YOUTH_LOOKS)


# --- Party công văn: no tên loại, its trích yếu under the Số line (HD 36-HD/VPTW 1.3.1 ví dụ 3, 1.5.2, PL 3 row 5) -----

PARTY_LETTER_SUMMARY = "Chuẩn bị hội nghị sơ kết công tác đảng viên"


def party_letter() -> DocxDocument:
    """The Party document as a công văn: «Số 12-CV/CB», no tên loại, the trích yếu 12 pt italic under the Số line."""
    document = party_document()
    _retext("Số 09-KH/CB", "Số 12-CV/CB")(document)
    for start in ("KẾ HOẠCH", "Tổ chức các hoạt động"):
        paragraph = _find(document, start)
        following = paragraph._p.getnext()
        if start != "KẾ HOẠCH" and following is not None and not "".join(following.itertext()).strip():
            following.getparent().remove(following)  # the short line under the trích yếu
        paragraph._p.getparent().remove(paragraph._p)
    _add(document.tables[0].cell(1, 0), PARTY_LETTER_SUMMARY, 12, italic=True)
    return document


def summary_findings(document: DocxDocument, tmp_path: Path) -> list[str]:
    return [str(f) for f in report_of(document, tmp_path).findings if f.rule in {"trich-yeu", "ten-loai"}]


def test_a_party_letter_laid_out_by_hd_36_is_clean(tmp_path: Path) -> None:
    report = report_of(party_letter(), tmp_path)
    assert [str(f) for f in report.findings] == []
    assert "trich-yeu" in report.evaluated
    assert "ten-loai" in {s.rule for s in report.skipped}  # công văn không có tên loại


@pytest.mark.parametrize(
    ("case", "edit", "expected"),
    [
        (
            "upright",
            _runs(PARTY_LETTER_SUMMARY, italic=False),
            "Trích yếu công văn (HD 36-HD/VPTW, Phụ lục 3) phải in nghiêng",
        ),
        ("14 pt", _runs(PARTY_LETTER_SUMMARY, size=Pt(14)), "cỡ chữ 14 pt, phải 12 pt"),
        ("bold", _runs(PARTY_LETTER_SUMMARY, bold=True), "không được in đậm"),
    ],
)
def test_a_party_letter_summary_breaking_hd_36(tmp_path: Path, case: str, edit: Edit, expected: str) -> None:
    document = party_letter()
    edit(document)
    found = summary_findings(document, tmp_path)
    assert len(found) == 1 and expected in found[0], (case, found)


def test_only_a_cv_number_makes_the_line_under_it_a_party_letter_summary(tmp_path: Path) -> None:
    document = party_letter()
    _retext("Số 12-CV/CB", "Số 12-KH/CB")(document)  # a kế hoạch with no tên loại: that is what is reported
    found = summary_findings(document, tmp_path)
    assert any("[§3 ten-loai]" in f for f in found) and not any("Trích yếu công văn" in f for f in found)
