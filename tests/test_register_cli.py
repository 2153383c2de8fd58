"""`vanban so …` through click's CliRunner: exit codes, Vietnamese messages, --json keys."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.register import store


@pytest.fixture
def register_file(tmp_path: Path) -> Path:
    return tmp_path / "so-van-ban-di.sqlite3"


def so(register_file: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["so", *args, "--so-dang-ky", str(register_file)], catch_exceptions=False)


def ghi(register_file: Path, number: str, *extra: str) -> Result:
    return so(
        register_file,
        "ghi",
        "--co-quan",
        "ldld-gia-lai",
        "--so",
        number,
        "--ky-hieu",
        "KH-LĐLĐ",
        "--ngay",
        "05/03/2026",
        *extra,
    )


def listing(register_file: Path, *filters: str) -> list[dict[str, object]]:
    result = so(register_file, "list", "--json", *filters)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_empty_register_lists_nothing(register_file: Path) -> None:
    result = so(register_file, "list")
    assert (result.exit_code, result.stdout.strip()) == (0, "Sổ chưa có số nào khớp điều kiện lọc.")
    assert listing(register_file) == []


def test_reserve_record_bind_cancel_and_list_json(register_file: Path) -> None:
    assert (
        ghi(register_file, "1", "--trich-yeu", "Kế hoạch tổ chức Tháng Công nhân", "--ma-van-ban", "kh-tcn").exit_code
        == 0
    )
    reserved = so(
        register_file, "giu-so", "--co-quan", "ldld-gia-lai", "--nam", "2026", "--ghi-chu", "Quyết định khen thưởng"
    )
    assert reserved.stdout.strip() == "Đã giữ số 02 năm 2026 (dãy số `chung`) của `ldld-gia-lai`."
    bound = so(
        register_file, "gan", "--co-quan", "ldld-gia-lai", "--nam", "2026", "--so", "2", "--ma-van-ban", "qd-khen"
    )
    assert bound.stdout.strip() == "Đã gắn số 02 năm 2026 với văn bản `qd-khen`."
    cancelled = so(register_file, "huy", "--co-quan", "ldld-gia-lai", "--ma-van-ban", "kh-tcn", "--ly-do", "Ký nhầm")
    assert cancelled.stdout.strip() == "Đã hủy số 01/KH-LĐLĐ năm 2026 của `ldld-gia-lai`; số này không được cấp lại."
    rows = listing(register_file)
    assert [{k: row[k] for k in ("co_quan", "nam", "so", "ky_hieu", "ma_van_ban", "trang_thai")} for row in rows] == [
        {
            "co_quan": "ldld-gia-lai",
            "nam": 2026,
            "so": 1,
            "ky_hieu": "KH-LĐLĐ",
            "ma_van_ban": "kh-tcn",
            "trang_thai": "da_huy",
        },
        {
            "co_quan": "ldld-gia-lai",
            "nam": 2026,
            "so": 2,
            "ky_hieu": "",
            "ma_van_ban": "qd-khen",
            "trang_thai": "giu_so",
        },
    ]
    assert [row["so"] for row in listing(register_file, "--trang-thai", "giu_so")] == [2]
    text = so(register_file, "list", "--co-quan", "ldld-gia-lai", "--nam", "2026").stdout
    assert "01/KH-LĐLĐ" in text and "Đã hủy" in text and "Giữ số" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--nam", "hai nghìn"), "Lỗi: [--nam] `hai nghìn` không phải số nguyên."),
        (("list", "--trang-thai", "xong"), "Lỗi: [--trang-thai] Trạng thái `xong` không có."),
        (("giu-so",), "Lỗi: [--co-quan] Thiếu tùy chọn bắt buộc."),
        (
            ("ghi", "--co-quan", "x", "--so", "1", "--ky-hieu", "KH-X", "--ngay", "30/02/2026"),
            "Lỗi: [--ngay] Ngày `30/02/2026` không hợp lệ.",
        ),
        (("ghi", "--co-quan", "x", "--so", "1", "--ngay", "2026-03-01"), "Lỗi: [--ky-hieu] Thiếu tùy chọn bắt buộc."),
        (("huy", "--co-quan", "x"), "Lỗi: [--so] Cần đúng một trong hai: --so hoặc --ma-van-ban."),
        (("huy", "--co-quan", "x", "--nam", "2026", "--so", "3"), "Sổ không có số 03 năm 2026 của `x`."),
        (("gan", "--co-quan", "x", "--so", "1"), "Lỗi: [--ma-van-ban] Thiếu tùy chọn bắt buộc."),
        (("xuat",), "Lỗi: [--csv] Chưa chọn tệp xuất."),
        (("xuat", "--docx", "so.docx"), "Sổ không có số nào khớp điều kiện để xuất."),
        (("nhap", "khong-co.csv"), "Không đọc được tệp CSV"),
    ],
)
def test_mistakes_give_a_vietnamese_error_and_exit_2(register_file: Path, args: tuple[str, ...], message: str) -> None:
    result = so(register_file, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_record_refuses_a_duplicate_and_warns_about_a_gap(register_file: Path) -> None:
    first = ghi(register_file, "3")
    assert first.exit_code == 0
    assert "Cảnh báo: `ldld-gia-lai` năm 2026 (dãy số `chung`) còn thiếu số 01, 02 trong sổ." in first.stderr
    again = ghi(register_file, "3")
    assert again.exit_code == 2
    assert again.stderr.startswith(
        f"Lỗi: {register_file}: [so] Số 03 năm 2026 của `ldld-gia-lai` (dãy số `chung`) đã có trong sổ"
    )


def test_import_and_export_csv(register_file: Path, tmp_path: Path) -> None:
    old = tmp_path / "so-cu.csv"
    old.write_text(
        "co_quan,so,ky_hieu,ngay,trich_yeu\nldld-gia-lai,1,KH-LĐLĐ,2026-01-05,Kế hoạch A\nldld-gia-lai,2,HD-LĐLĐ,2026-01-09,Hướng dẫn B\n",
        encoding="utf-8",
    )
    imported = so(register_file, "nhap", str(old))
    assert (imported.exit_code, imported.stdout.strip()) == (0, f"Đã nhập 2 dòng từ {old}.")
    again = so(register_file, "nhap", str(old))
    assert (
        again.exit_code == 2
        and "so-cu.csv:2: [so] Số 01 năm 2026" in again.stderr
        and "Chưa nhập dòng nào vào sổ." in again.stderr
    )
    out = tmp_path / "so.csv"
    exported = so(register_file, "xuat", "--csv", str(out))
    assert exported.stdout.strip() == f"Đã xuất 2 dòng ra {out}."
    fresh = tmp_path / "moi.sqlite3"
    assert so(fresh, "nhap", str(out)).exit_code == 0
    assert listing(fresh) == listing(register_file)


def test_export_docx_with_issuer_names_from_the_profile(register_file: Path, tmp_path: Path) -> None:
    profiles = tmp_path / "du-an" / "content" / "co-quan"
    profiles.mkdir(parents=True)
    (profiles / "ldld-gia-lai.yaml").write_text(
        "co_quan_chu_quan: [Tổng Liên đoàn Lao động Việt Nam]\nten: [Liên đoàn Lao động tỉnh Gia Lai]\nky_hieu: LĐLĐ\n"
        "dia_danh: Gia Lai\nnguoi_ky: {tham_quyen: TM. BAN THƯỜNG VỤ, chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn A}\n",
        encoding="utf-8",
    )
    ghi(register_file, "1")
    so(register_file, "ghi", "--co-quan", "ldld-khac", "--so", "1", "--ky-hieu", "KH-LĐLĐ", "--ngay", "2026-03-05")
    out = tmp_path / "so.docx"
    ambiguous = so(register_file, "xuat", "--docx", str(out))
    assert ambiguous.exit_code == 2 and "Chọn một: ldld-gia-lai, ldld-khac." in ambiguous.stderr
    result = so(
        register_file, "xuat", "--docx", str(out), "--co-quan", "ldld-gia-lai", "--thu-muc", str(tmp_path / "du-an")
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"Đã xuất sổ năm 2026 của `ldld-gia-lai` (1 dòng) ra {out}."
    cover = [p.text for p in docx.Document(str(out)).paragraphs[:3]]
    assert cover == ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", "SỔ ĐĂNG KÝ VĂN BẢN ĐI"]


def test_setting_per_type(register_file: Path) -> None:
    assert (
        so(register_file, "cai-dat", "--co-quan", "cd-nganh").stdout.strip()
        == "`cd-nganh`: một dãy số chung cho mọi thể loại."
    )
    assert (
        so(register_file, "cai-dat", "--co-quan", "cd-nganh", "--theo-loai").stdout.strip()
        == "`cd-nganh`: mỗi thể loại một dãy số."
    )
    first = so(register_file, "giu-so", "--co-quan", "cd-nganh", "--loai", "KH")
    assert "dãy số `KH`" in first.stdout


def test_environment_variable_chooses_the_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "noi-khac.sqlite3"
    monkeypatch.setenv("VANBAN_SO_DANG_KY", str(chosen))
    result = CliRunner().invoke(main, ["so", "giu-so", "--co-quan", "x", "--nam", "2026"])
    assert result.exit_code == 0 and chosen.exists()


def test_corrupt_register_exits_1_and_is_left_alone(register_file: Path) -> None:
    register_file.write_bytes(b"\x00hong\x00" * 1000)
    result = so(register_file, "list")
    assert result.exit_code == 1
    assert "Tệp sổ đăng ký bị hỏng hoặc không phải sổ đăng ký" in result.stderr
    assert register_file.read_bytes() == b"\x00hong\x00" * 1000


def test_locked_register_exits_1_with_the_lock_message(register_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ghi(register_file, "1")
    monkeypatch.setattr(store, "BUSY_TIMEOUT_SECONDS", 0.1)
    holder = sqlite3.connect(register_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = so(register_file, "giu-so", "--co-quan", "ldld-gia-lai", "--nam", "2026")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "đang bị một lệnh vanban khác (hoặc chương trình khác) khóa" in result.stderr
    assert [row["so"] for row in listing(register_file)] == [1]


def test_reading_commands_never_create_a_register(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    path = tmp_path / "khong-co.sqlite3"
    listing = CliRunner().invoke(main, ["so", "list", "--so-dang-ky", str(path)])
    assert listing.exit_code == 0 and "Sổ chưa có số nào" in listing.output
    export = CliRunner().invoke(main, ["so", "xuat", "--csv", str(tmp_path / "so.csv"), "--so-dang-ky", str(path)])
    assert export.exit_code == 2 and "không có số nào" in export.stderr
    assert not path.exists()
