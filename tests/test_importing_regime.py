"""`vanban import` decides the issuer's system (`che_do`) and keeps it in the content file (issue 16, item 1).

REGIMES was read off each real document by eye: the Party line «ĐẢNG CỘNG SẢN VIỆT NAM» → dang; a
Đoàn header (no Quốc hiệu, «ĐOÀN TNCS HỒ CHÍ MINH») → doan; a trade-union issuer under the Quốc hiệu
(CĐCS, Liên đoàn Lao động, Công đoàn ngành) → cong-doan; any other body under the Quốc hiệu → nha-nuoc.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import FIXTURES

from generator.cli import main
from generator.importing import read_document

CORPUS = FIXTURES / "corpus"
REGIMES = {
    "docx/04_bc-chi-bo-hoc-thom-1-thang-5.docx": "dang",
    "docx/05_kl-chi-bo-hoc-thom-1-thang-5.docx": "dang",
    "docx/06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx": "doan",
    "docx/07_nd-30-2020-nd-cp-cong-tac-van-thu.docx": "nha-nuoc",
    "texts/02_ttr-cdcs-may-xk-long-an-bau-bo-sung.txt": "cong-doan",
    "texts/03_ttr-cdcs-outdoor-park-xin-chu-truong.txt": "cong-doan",
    "texts/04_bb-hop-bch-cdcs-chungshing.txt": "cong-doan",
    "texts/05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt": "doan",
    "texts/07_kh-phuc-thinh-5-diem-nghen.txt": "doan",
    "texts/08_bc-chi-bo-hoc-thom-1-thang-5.txt": "dang",
    "texts/10_nd-30-2020-nd-cp-cong-tac-van-thu.txt": "nha-nuoc",
    "pdf/05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.pdf": "doan",
    "more/m01_dang-uy-xa-lung-cu-quy-che.docx": "dang",
    "more/m02_vptw-hd-36-the-thuc-van-ban-dang.docx": "dang",
    "more/m03_so-noi-vu-ha-giang-qd-bo-nhiem.docx": "nha-nuoc",
    "more/m04_ubnd-lam-dong-cv-3980.docx": "nha-nuoc",
    "more/m11_ubnd-binh-thuan-tb-giai-the-hoi.doc": "nha-nuoc",
    "more/m19_so-noi-vu-binh-thuan-ttr-3367.pdf": "nha-nuoc",
}


def _file(name: str) -> Path:
    folder, _, stem = name.partition("/")
    found = sorted((CORPUS / folder).glob(stem.split("_")[0] + "_*" + Path(stem).suffix))
    assert len(found) == 1, name
    return found[0]


@pytest.mark.parametrize("name", sorted(REGIMES))
def test_the_issuers_system_is_read_off_real_documents(name: str) -> None:
    assert read_document(_file(name)).header.regime == REGIMES[name]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH THANH HÓA", "cong-doan"),
        ("CÔNG ĐOÀN NGÀNH GIÁO DỤC", "cong-doan"),
        ("LĐLĐ TỈNH NGHỆ AN", "cong-doan"),
        ("CĐ UBND TỈNH LÂM ĐỒNG", "cong-doan"),  # the union of a state body: the union decides
        ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "nha-nuoc"),
        ("SỞ NỘI VỤ", "nha-nuoc"),
    ],
)
def test_a_body_under_the_quoc_hieu_is_a_union_or_the_state_by_its_name(
    tmp_path: Path, lines: str, expected: str
) -> None:
    text = (
        f"{lines}\nSố: 12/KH-XX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n"
    )
    source = tmp_path / "van-ban.txt"
    source.write_text(text, encoding="utf-8")
    assert read_document(source).header.regime == expected


def test_the_content_file_keeps_the_system_and_builds(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parent.parent
    (tmp_path / "templates_docx").symlink_to(repo / "templates_docx")
    content = tmp_path / "content" / "doan.yaml"
    runner = CliRunner()
    source = _file("texts/05_kh-doan-xa-phuc-thinh-xuan-tinh-nguyen.txt")
    result = runner.invoke(main, ["import", str(source), "-o", str(content)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(content.read_text(encoding="utf-8"))["che_do"] == "doan"
    assert "che_do: doan" in result.output
    result = runner.invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_an_unknown_system_in_a_content_file_is_refused_with_the_choices(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parent.parent
    (tmp_path / "templates_docx").symlink_to(repo / "templates_docx")
    content = tmp_path / "content" / "x.yaml"
    content.parent.mkdir()
    content.write_text(
        "loai: ke-hoach\nco_quan: x\nngay: 2026-03-09\nche_do: doan-the\ntrich_yeu: Thử\n"
        "muc:\n  - tieu_de: Mục đích\n    y: [Nâng cao nhận thức.]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(content), "--thu-muc", str(tmp_path)])
    assert result.exit_code != 0
    assert "che_do" in result.output and "cong-doan" in result.output and "x.yaml:4" in result.output
