"""`vanban import` on every real single document of the corpus and the seeds (issue 6).

The expected values in CASES were read off each document by eye (never computed by the importer):
số, ký hiệu as printed (years dropped, spaces around separators removed), date, type name,
trích yếu (its lines joined, no final full stop: spec §3 row 5a), number of top-level sections,
signer's name and number of Nơi nhận items (the Lưu line counts as one). BODY gives, per file, the
start of the first and the end of the last body line by eye: every word between them must reach
the content file, in order.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import FIXTURES

from generator.docxfile import read_docx
from generator.errors import UnreadableDocumentError
from generator.importing import read_document, save
from generator.schema import ContentFile, IssuerFile
from generator.validation import validate
from generator.yamlfile import read_yaml

TEXTS = FIXTURES / "corpus" / "texts"
DOCX = FIXTURES / "corpus" / "docx"
SEEDS = FIXTURES / "seeds"

# file, so, ky_hieu, ngay, loai, trich_yeu, top-level sections, nguoi_ky, Nơi nhận items
CASES = [
    (
        TEXTS / "01_hd-quy-trinh-ky-ket-tuldtt.txt",
        None,
        None,
        None,
        "HƯỚNG DẪN",
        "Quy trình xây dựng, thương lượng ký kết Thỏa ước lao động tập thể",
        3,
        None,
        0,
    ),
    (
        TEXTS / "02_ttr-cdcs-may-xk-long-an-bau-bo-sung.txt",
        7,
        "TTr-CĐCS",
        "2024-05-31",
        "TỜ TRÌNH",
        "V/v công nhận bổ sung Uỷ viên Ban chấp hành, Uỷ viên UBKT CĐCS Công ty CP May XK Long An, nhiệm kỳ 2023-2028",
        0,
        None,
        2,
    ),
    (
        TEXTS / "03_ttr-cdcs-outdoor-park-xin-chu-truong.txt",
        None,
        "TTr-CĐCS",
        None,
        "TỜ TRÌNH",
        "Về việc xin chủ trương bầu bổ sung Chủ tịch CĐCS Công ty TNHH OUTDOOR Park",
        0,
        "Hồ Thị Kim Thoa",
        2,
    ),
    (
        TEXTS / "04_bb-hop-bch-cdcs-chungshing.txt",
        None,
        None,
        None,
        "BIÊN BẢN",
        "Hội nghị Ban Chấp hành Công đoàn bầu bổ sung Chủ tịch CĐCS Công ty TNHH Việt Nam ChungShing Textilex "
        "nhiệm kỳ 2025-2030",
        2,
        None,
        0,
    ),
    (
        TEXTS / "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt",
        None,
        "KH/ĐTN",
        "2025-01-05",
        "KẾ HOẠCH",
        "Tổ chức chương trình “Xuân tình nguyện – Tết sẻ chia” năm 2026",
        3,
        "Trương Đình Nam",
        4,
    ),
    (
        TEXTS / "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.txt",
        None,
        "KH/ĐTN",
        "2025-01-07",
        "KẾ HOẠCH",
        "Tổ chức đêm nhạc giao lưu nhằm gây quỹ từ thiện “Xuân yêu thương”",
        4,
        "Đỗ Ngọc Nam",
        4,
    ),
    (
        TEXTS / "07_kh-phuc-thinh-5-diem-nghen.txt",
        None,
        "CV-ĐTN",
        "2026-01-14",
        "KẾ HOẠCH",
        "Giải quyết điểm nghẽn về 5 điểm nghẽn về (1) Tình trạng úng ngập; (2) Ùn tắc giao thông; (3) Trật tự văn "
        "minh đô thị; (4) Vệ sinh môi trường, ô nhiễm không khí; (5) An toàn thực phẩm trên địa bàn xã Phúc Thịnh",
        3,
        "Nguyễn Văn Minh",
        5,
    ),
    (
        TEXTS / "08_bc-chi-bo-hoc-thom-1-thang-5.txt",
        1,
        "BC/CB",
        "2026-05-06",
        "BÁO CÁO",
        "Kết quả tình hình thực hiện Nghị quyết tháng 4 và phương hướng, nhiệm vụ tháng 5 năm 2026",
        2,
        "Trần Văn Bướng",
        5,
    ),
    (
        TEXTS / "09_kl-chi-bo-hoc-thom-1-thang-5.txt",
        1,
        "KL/CBHT1",
        "2026-05-06",
        "KẾT LUẬN",
        "Của Chi bộ về thực hiện Nghị quyết Chi bộ tháng 5 năm 2026",
        5,
        "Trần Văn Bướng",
        3,
    ),
    (
        TEXTS / "10_nd-30-2020-nd-cp-cong-tac-van-thu.txt",
        30,
        "NĐ-CP",
        "2020-03-05",
        "NGHỊ ĐỊNH",
        "Về công tác văn thư",
        7,
        "Nguyễn Xuân Phúc",
        21,
    ),
    (
        SEEDS / "002_e676e9774535de28.txt",
        None,
        None,
        None,
        "KẾ HOẠCH",
        "Phát động phong trào “Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở và nơi "
        "công cộng” và phát động cuộc vận động “Cán bộ, công chức, viên chức Thủ đô nói không với tiêu cực”",
        3,
        "Trần Thị Thu Hà",
        0,
    ),
    (
        SEEDS / "003_5ab3afa7cadfa3fa.txt",
        None,
        None,
        None,
        None,
        "Cuộc vận động xây dựng người cán bộ, công chức, viên chức tỉnh Vĩnh Phúc: “Trung thành - Trách nhiệm – Liêm "
        "chính – Sáng tạo”",
        5,
        None,
        0,
    ),
    (
        SEEDS / "004_e3f94aeb2d565d78.txt",
        9,
        "HD-CDVC",
        "2017-11-07",
        "HƯỚNG DẪN",
        "Tổ chức thực hiện Cuộc vận động xây dựng người cán bộ, công chức, viên chức “Trung thành, trách nhiệm, liêm "
        "chính, sáng tạo”",
        4,
        "Nguyễn Thị Ngọc Lành",
        5,
    ),
    (DOCX / "02_mau-thoa-uoc-lao-dong-tap-the.docx", None, None, None, "THỎA ƯỚC LAO ĐỘNG TẬP THỂ", None, 4, None, 0),
    (
        DOCX / "04_bc-chi-bo-hoc-thom-1-thang-5.docx",
        1,
        "BC/CB",
        "2026-05-06",
        "BÁO CÁO",
        "Kết quả tình hình thực hiện Nghị quyết tháng 4 và phương hướng, nhiệm vụ tháng 5 năm 2026",
        2,
        "Trần Văn Bướng",
        5,
    ),
    (
        DOCX / "05_kl-chi-bo-hoc-thom-1-thang-5.docx",
        1,
        "KL/CBHT1",
        "2026-05-06",
        "KẾT LUẬN",
        "Của Chi bộ về thực hiện Nghị quyết Chi bộ tháng 5 năm 2026",
        5,
        "Trần Văn Bướng",
        3,
    ),
    (
        DOCX / "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx",
        None,
        "KH/ĐTN",
        "2025-01-07",
        "KẾ HOẠCH",
        "Tổ chức đêm nhạc giao lưu nhằm gây quỹ từ thiện “Xuân yêu thương”",
        4,
        "Đỗ Ngọc Nam",
        4,
    ),
    (
        DOCX / "07_nd-30-2020-nd-cp-cong-tac-van-thu.docx",
        30,
        "NĐ-CP",
        "2020-03-05",
        "NGHỊ ĐỊNH",
        "Về công tác văn thư",
        7,
        "Nguyễn Xuân Phúc",
        21,
    ),
]

# file name → (first body line starts with, last body line ends with), by eye
BODY = {
    "01_hd-quy-trinh-ky-ket-tuldtt.txt": ("Căn cứ Bộ luật Lao động Việt Nam", "Ghi chú"),
    "02_ttr-cdcs-may-xk-long-an-bau-bo-sung.txt": ("Kính gửi:", "LĐLĐ tỉnh Long An."),
    "03_ttr-cdcs-outdoor-park-xin-chu-truong.txt": ("Kính gửi:", "Ban Công tác Công đoàn./."),
    "04_bb-hop-bch-cdcs-chungshing.txt": ("Hội nghị bắt đầu vào lúc", "cùng ngày ./."),
    "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt": ("Thực hiện Chỉ thị số", "thiết thực Chương trình./."),
    "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.txt": ("Thực hiện Kế hoạch số 01", "đúng mục đích."),
    "07_kh-phuc-thinh-5-diem-nghen.txt": ("Thực hiện các Kế hoạch của UBND", "hiệu quả cao/."),
    "08_bc-chi-bo-hoc-thom-1-thang-5.txt": ("I- Kết quả thực hiện", "Chi bộ ấp Hóc Thơm 1."),
    "09_kl-chi-bo-hoc-thom-1-thang-5.txt": ("Ngày 06/5/2026, Chi bộ", "triển khai thực hiện nghiêm túc."),
    "10_nd-30-2020-nd-cp-cong-tac-van-thu.txt": ("Căn cứ Luật Tổ chức Chính phủ", "thi hành Nghị định này./."),
    "002_e676e9774535de28.txt": ("Thực hiện Kế hoạch số 50/KH-LĐLĐ", "thực hiện tốt kế hoạch./"),
    "003_5ab3afa7cadfa3fa.txt": ("Ngày đăng:", "Liên kết website"),
    "004_e3f94aeb2d565d78.txt": ("Cuộc vận động xây dựng người cán bộ, công chức, viên chức “*", "Gương mẫu”."),
    "02_mau-thoa-uoc-lao-dong-tap-the.docx": ("- Căn cứ Bộ luật Lao động số 45/2019", "năm 20…."),
    "04_bc-chi-bo-hoc-thom-1-thang-5.docx": ("I- Kết quả thực hiện", "Chi bộ ấp Hóc Thơm 1."),
    "05_kl-chi-bo-hoc-thom-1-thang-5.docx": ("Ngày 06/5/2026, Chi bộ", "triển khai thực hiện nghiêm túc."),
    "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx": ("Thực hiện Kế hoạch số 01", "đúng mục đích."),
    "07_nd-30-2020-nd-cp-cong-tac-van-thu.docx": ("Căn cứ Luật Tổ chức Chính phủ", "thi hành Nghị định này./."),
}

# What a number, dash or ordinal that the importer turns into structure looks like (test-side, by hand).
_MARKER = re.compile(
    r"^\s*(?:(?:Chương|Điều|Mục|Phần|CHƯƠNG|ĐIỀU|MỤC|PHẦN)\s+\S+|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\s*[:,]|"
    r"[IVXLC]+\s*[.\-–]|\d+(?:\.\d+)*\s*[.\-)]?|[a-zđ][.)]|[-+*•–])\s*"
)


def _ids(cases):
    return [case[0].name for case in cases]


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each file imported once into its own project folder: (Imported, content path, project root)."""
    results = {}
    for case in CASES:
        root = tmp_path_factory.mktemp(case[0].stem[:20])
        output = root / "content" / f"{case[0].stem}.yaml"
        document = read_document(case[0])
        save(document, output, None, overwrite=False)
        results[case[0].name] = (document, output, root)
    return results


@pytest.mark.parametrize(
    ("path", "number", "code", "date", "kind", "summary", "sections", "signer", "recipients"), CASES, ids=_ids(CASES)
)
def test_fields_read_off_the_document(imported, path, number, code, date, kind, summary, sections, signer, recipients):
    found = imported[path.name][0].summary()
    assert (found["so"], found["ky_hieu"], found["ngay"], found["loai"]) == (number, code, date, kind)
    assert found["trich_yeu"] == summary
    assert len(found["muc"]) == sections, found["muc"]
    assert found["nguoi_ky"] == signer
    assert len(found["noi_nhan"]) == recipients, found["noi_nhan"]


@pytest.mark.parametrize("path", [case[0] for case in CASES], ids=_ids(CASES))
def test_written_files_validate(imported, path):
    _, output, root = imported[path.name]
    content = validate(read_yaml(output), ContentFile)
    profile = root / "content" / "co-quan" / f"{content.issuer}.yaml"
    assert validate(read_yaml(profile), IssuerFile).signer.name == "Nguyễn Văn A"
    text = output.read_text(encoding="utf-8")
    assert text.startswith(f"# Tệp nội dung nhập từ {path.name}")
    assert "\\u" not in text and "\nmuc:\n" in text  # UTF-8 unescaped, block style


@pytest.mark.parametrize("path", [case[0] for case in CASES], ids=_ids(CASES))
def test_every_body_word_reaches_the_content_file_in_order(imported, path):
    first, last = BODY[path.name]
    lines = _source_lines(path)
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(first))
    end = max(i for i, line in enumerate(lines) if line.rstrip().endswith(last))
    expected = [w for line in lines[start : end + 1] for w in _words(_MARKER.sub("", line))]
    data = read_yaml(imported[path.name][1]).data
    written = _words(" ".join(_strings({k: data.get(k) for k in ("mo_dau", "muc", "ket_thuc", "phu_luc")})))
    position = 0
    for word in expected:
        try:
            position = written.index(word, position) + 1
        except ValueError:
            pytest.fail(f"`{word}` (sau {written[max(0, position - 8) : position]}) không có hoặc sai thứ tự")


def test_nfd_input_comes_out_nfc(imported):
    text = imported["10_nd-30-2020-nd-cp-cong-tac-van-thu.txt"][1].read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "ường" in text


def test_a_news_article_is_refused():
    """Seed 000 is a news item (laodong.vn), not a document: no type name, Số, date line or sections."""
    with pytest.raises(UnreadableDocumentError) as caught:
        read_document(SEEDS / "000_70312b0776716e44.txt")
    assert "bài báo" in str(caught.value)


def _source_lines(path: Path) -> list[str]:
    if path.suffix == ".txt":
        return unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).splitlines()
    document = read_docx(path).xml("word/document.xml")
    body = (
        document.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body")
        if document is not None
        else None
    )
    assert body is not None
    lines = []
    for block in body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif block.tag.endswith("}tbl"):
            lines += [
                "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                for p in block.iter()
                if p.tag.endswith("}p")
            ]
    return [unicodedata.normalize("NFC", line) for line in lines]


def _words(text: str) -> list[str]:
    """Words of two or more letters, case-folded (headings of level I. are printed in capitals); digits glued
    to a word are footnote references in these sources and are not compared."""
    words = (re.sub(r"\d+$", "", w) for w in re.findall(r"\w+", text.casefold()))
    return [w for w in words if len(w) > 1]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):  # a section's `id`, an appendix's `danh_so`: made by the importer, not printed text
        return [s for k, v in value.items() if k not in ("id", "danh_so") for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


REPORT_CASES = [
    # (file, `loai` written, words that must be in the report of what was uncertain)
    (
        "05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt",
        "ke-hoach",
        ["Bỏ dòng số trang `2`", "ngắt cứng", "ĐOÀN TNCS HỒ CHÍ MINH", "Số văn bản để trống"],
    ),
    (
        "09_kl-chi-bo-hoc-thom-1-thang-5.txt",
        "thong-bao",
        ["`KẾT LUẬN` không có trong bảng thể loại", "ĐẢNG CỘNG SẢN VIỆT NAM", "`T/M CHI BỘ`"],
    ),
    (
        "10_nd-30-2020-nd-cp-cong-tac-van-thu.txt",
        "nghi-quyet",
        ["`NGHỊ ĐỊNH` không có trong bảng thể loại", "dùng cả kiểu `dieu` và `muc-so`"],
    ),
    ("01_hd-quy-trinh-ky-ket-tuldtt.txt", "huong-dan", ["Bỏ số chú thích `1`", "Wingdings"]),
    (
        "02_ttr-cdcs-may-xk-long-an-bau-bo-sung.txt",
        "to-trinh",
        ["Năm trong số, ký hiệu", "`Tân an`", "không có mục đánh số", "Không có họ tên người ký"],
    ),
    ("03_ttr-cdcs-outdoor-park-xin-chu-truong.txt", "to-trinh", ["Ngày hoặc tháng ban hành để trống"]),
    ("07_kh-phuc-thinh-5-diem-nghen.txt", "ke-hoach", ["`CV-ĐTN`"]),
    ("003_5ab3afa7cadfa3fa.txt", "ke-hoach", ["Không có tên loại văn bản"]),
    ("002_e676e9774535de28.txt", "ke-hoach", ["tiêu đề lặp lại", "Không có ngày ban hành"]),
]


@pytest.mark.parametrize(("name", "kind", "words"), REPORT_CASES, ids=[case[0] for case in REPORT_CASES])
def test_uncertain_points_are_reported_in_the_file_and_the_kind_is_the_nearest_known(imported, name, kind, words):
    document, output, _ = imported[name]
    report = "\n".join(str(note) for note in document.notes.items)
    text = output.read_text(encoding="utf-8")
    assert read_yaml(output).data["loai"] == kind
    for word in words:
        assert word in report
        assert word in text.split("\nloai:")[0]  # the comment header repeats the report


def test_sections_get_stable_unique_ids_from_their_titles(imported):
    sections = read_yaml(imported["06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.txt"][1]).data["muc"]
    assert [s["id"] for s in sections] == [
        "muc-dich-yeu-cau",
        "noi-dung",
        "thanh-lap-ban-to-chuc",
        "kinh-phi-thuc-hien",
    ]
    assert [s["id"] for s in sections[0]["muc"]] == ["muc-dich", "yeu-cau"]
    assert sections[1]["muc"][0]["id"] == "thoi-gian-dia-diem"


def test_a_grid_table_in_a_docx_gives_one_item_per_row(imported):
    """docx 06, III.1: the member list is a 3-column table; each row is one person (read by eye)."""
    sections = read_yaml(imported["06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx"][1]).data["muc"]
    members = sections[2]["muc"][0]["y"]
    assert len(members) == 6
    assert members[0] == "Ông: Trương Đình Nam - Bí thư ĐTN - Trưởng ban"


NOT_ONE_DOCUMENT = [
    # (file, words of the refusal) — corpus/docx/INDEX.md describes what each file is
    # docx 01 (CV, QĐ, CV … in one file) is split into its documents: tests/test_importing_split.py
    (DOCX / "03_mau-5a-5b-don-xin-gia-nhap-cong-doan.docx", "Không nhận ra văn bản hành chính"),  # membership forms
]


@pytest.mark.parametrize(("path", "words"), NOT_ONE_DOCUMENT, ids=[case[0].name for case in NOT_ONE_DOCUMENT])
def test_files_that_are_not_one_document_are_refused(path, words):
    with pytest.raises(UnreadableDocumentError) as caught:
        read_document(path)
    assert words in str(caught.value) and "Cách sửa:" in str(caught.value)


QUOTING = """ỦY BAN NHÂN DÂN XÃ MẪU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 5/TTr-UBND\tMẫu Sơn, ngày 3 tháng 4 năm 2025
TỜ TRÌNH
Về việc sáp nhập hai thôn
1. Căn cứ đề xuất
a) Khoản 2 Điều 7 của quy chế quy định:
“a) Thôn có dưới một trăm hộ thì sáp nhập;
b) Thôn mới lấy tên của một trong hai thôn”.
b) Ý kiến của nhân dân hai thôn đều đồng thuận.
c) Điều 9 của quy chế quy định:
“a) Một đoạn trích không đóng ngoặc;
d) Kết quả lấy ý kiến được công khai.
"""


def test_numbers_inside_a_quoted_passage_are_the_quoted_texts(tmp_path: Path) -> None:
    """«“a) …;» / «b) …”.»: the quoted law's own points are paragraphs of the section quoting it, as vanban check
    reads them (spec §6.2, checking/rules_numbering.quoted_passages); a quotation never closed is its first line
    only, so the `b)` after it is the document's."""
    path = tmp_path / "to-trinh.txt"
    path.write_text(QUOTING, encoding="utf-8")
    points = read_document(path).body.sections[0].sections
    assert [(point.title or point.lead, point.paragraphs) for point in points] == [
        (
            "Khoản 2 Điều 7 của quy chế quy định:",
            ["“a) Thôn có dưới một trăm hộ thì sáp nhập;", "b) Thôn mới lấy tên của một trong hai thôn”."],
        ),
        ("Ý kiến của nhân dân hai thôn đều đồng thuận.", []),
        ("Điều 9 của quy chế quy định:", ["“a) Một đoạn trích không đóng ngoặc;"]),
        ("Kết quả lấy ý kiến được công khai.", []),
    ]


def test_a_line_inside_a_quotation_that_goes_on_with_the_documents_numbers_is_its_own(tmp_path: Path) -> None:
    """«1. …» / «“…» / «2. …» / «…”.»: the `2.` follows the document's `1.`, so vanban check takes it for the
    document's heading (rules_numbering.OwnSequence) and the import does too."""
    path = tmp_path / "to-trinh.txt"
    head = QUOTING.split("1. Căn cứ")[0]
    path.write_text(head + "1. Căn cứ\n“Đoạn trích mở ngoặc\n2. Nội dung đề xuất\nđoạn trích đóng ngoặc”.\n", "utf-8")
    assert [section.title for section in read_document(path).body.sections] == ["Căn cứ", "Nội dung đề xuất"]
