"""Generate the issuer profiles and the place-name table from the `vietnam-provinces` package.

    python tools/make_issuers.py            # (re)write the files below
    python tools/make_issuers.py --check    # write nothing; exit 1 and list the files that differ

Writes, deterministically (same package version → same bytes):
- content/co-quan/ldld-<tỉnh>.yaml: one Liên đoàn Lao động per province-level unit since 1/7/2025 (34);
- content/co-quan/tong-ldld.yaml, cd-nganh-giao-duc.yaml, cdcs-cong-ty-abc.yaml: the national body,
  one Công đoàn ngành and one công đoàn cơ sở (under LĐLĐ tỉnh Gia Lai, in a real post-2025 ward);
- generator/data/dia-danh.yaml: the 34 current names and the abolished ones, read by generator/places.py.
A stale ldld-*.yaml (a province the package no longer lists) is deleted. Signers are placeholders
(Nguyễn Văn A), never real people.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vietnam_provinces
import yaml
from vietnam_provinces import Province, VietNamDivisionType, Ward, WardCode

ROOT = Path(__file__).resolve().parents[1]
ISSUERS = Path("content/co-quan")
PLACE_TABLE = Path("generator/data/dia-danh.yaml")
PROFILE_HEADER = (
    "# Hồ sơ cơ quan ban hành (định dạng: docs/issuer-profiles.md).\n"
    "# Tệp do tools/make_issuers.py tạo từ gói vietnam-provinces: sửa công cụ rồi chạy lại, không sửa tay.\n"
)
PLACEHOLDER_NAME = "Nguyễn Văn A"
NATIONAL_PARENT = "TỔNG LĐLĐ VIỆT NAM"
REORGANISATION = dt.date(2025, 7, 1)

# spec §4.2 (ND30 II.4.a): the common noun stays only in names taken from a person, a number or an event.
FULL_NAME_REQUIRED = frozenset({"ho_chi_minh"})
# Huế became a centrally-run city on 1/1/2025 (Nghị quyết 175/2024/QH15); it replaced Thừa Thiên Huế.
PROVINCE_LEVEL_SINCE = {"hue": dt.date(2025, 1, 1)}


@dataclass(frozen=True)
class Abolished:
    """Một tên tỉnh không còn dùng từ ngày `until`; nay thuộc tỉnh/thành phố `successor` (codename)."""

    name: str
    successor: str
    until: dt.date = REORGANISATION
    basis: str = "Nghị quyết 202/2025/QH15"


# spec §4.3: the 29 names abolished on 1/7/2025 (+ Thừa Thiên Huế on 1/1/2025). The package ships only
# the 34 current units, not the old 63, so the list cannot be derived as a set difference; kept here as
# data, each with the unit it merged into (Nghị quyết 202/2025/QH15); all_provinces() checks every
# successor against the package.
ABOLISHED = (
    Abolished("Thừa Thiên Huế", "hue", dt.date(2025, 1, 1), "Nghị quyết 175/2024/QH15"),
    Abolished("Hà Giang", "tuyen_quang"),
    Abolished("Yên Bái", "lao_cai"),
    Abolished("Bắc Kạn", "thai_nguyen"),
    Abolished("Vĩnh Phúc", "phu_tho"),
    Abolished("Hòa Bình", "phu_tho"),
    Abolished("Bắc Giang", "bac_ninh"),
    Abolished("Hải Dương", "hai_phong"),
    Abolished("Thái Bình", "hung_yen"),
    Abolished("Hà Nam", "ninh_binh"),
    Abolished("Nam Định", "ninh_binh"),
    Abolished("Quảng Bình", "quang_tri"),
    Abolished("Quảng Nam", "da_nang"),
    Abolished("Kon Tum", "quang_ngai"),
    Abolished("Bình Định", "gia_lai"),
    Abolished("Ninh Thuận", "khanh_hoa"),
    Abolished("Bình Thuận", "lam_dong"),
    Abolished("Đắk Nông", "lam_dong"),
    Abolished("Phú Yên", "dak_lak"),
    Abolished("Bình Phước", "dong_nai"),
    Abolished("Bình Dương", "ho_chi_minh"),
    Abolished("Bà Rịa - Vũng Tàu", "ho_chi_minh"),
    Abolished("Long An", "tay_ninh"),
    Abolished("Tiền Giang", "dong_thap"),
    Abolished("Bến Tre", "vinh_long"),
    Abolished("Trà Vinh", "vinh_long"),
    Abolished("Sóc Trăng", "can_tho"),
    Abolished("Hậu Giang", "can_tho"),
    Abolished("Bạc Liêu", "ca_mau"),
    Abolished("Kiên Giang", "an_giang"),
)
WARD_PREFIX = re.compile(r"^(Phường|Xã|Đặc khu) ")


# --- names of one province-level unit ----------------------------------------------------------


def is_city(province: Province) -> bool:
    return province.division_type is VietNamDivisionType.THANH_PHO_TRUNG_UONG


def bare_name(province: Province) -> str:
    """`Hà Nội` for the package's `Thành phố Hà Nội`: the name without its common noun."""
    return province.name.removeprefix("Thành phố ") if is_city(province) else province.name


def place_name(province: Province) -> str:
    """Địa danh on the date line (spec §4.2): `Hà Nội`, `Gia Lai`, but `Thành phố Hồ Chí Minh`."""
    return province.name if province.codename in FULL_NAME_REQUIRED else bare_name(province)


def unit_phrase(province: Province) -> str:
    """In running text: `tỉnh Gia Lai`, `thành phố Hà Nội`, `Thành phố Hồ Chí Minh`."""
    if province.codename in FULL_NAME_REQUIRED:
        return province.name
    return f"{'thành phố' if is_city(province) else 'tỉnh'} {bare_name(province)}"


def unit_caps(province: Province) -> str:
    """In a header line: `TỈNH GIA LAI`, `THÀNH PHỐ HÀ NỘI`."""
    return unit_phrase(province).upper()


def profile_id(province: Province) -> str:
    return "ldld-" + province.codename.replace("_", "-")


def ward_place(ward: Ward) -> str:
    """Địa danh of a commune-level body (spec §4.2): `Quy Nhơn` for Phường Quy Nhơn, but `Phường 1`."""
    bare = WARD_PREFIX.sub("", ward.name)
    return ward.name if bare.isdigit() else bare


# --- the profiles ------------------------------------------------------------------------------


def signer(collective: str) -> dict[str, str]:
    return {"tham_quyen": f"TM. {collective.upper()}", "chuc_vu": "CHỦ TỊCH", "ho_ten": PLACEHOLDER_NAME}


def provincial_profile(province: Province) -> dict[str, Any]:
    party_committee = "Thành ủy" if is_city(province) else "Tỉnh ủy"
    return {
        "co_quan_chu_quan": [NATIONAL_PARENT],
        "ten": ["LIÊN ĐOÀN LAO ĐỘNG", unit_caps(province)],
        "ten_goi": f"Liên đoàn Lao động {unit_phrase(province)}",
        "tap_the": "Ban Thường vụ",
        "ky_hieu": "LĐLĐ",
        "dia_danh": place_name(province),
        "nguoi_ky": signer("Ban Thường vụ"),
        "thu_nghiem": True,  # a placeholder signer: issuing allowed for practice
        "noi_nhan": [
            "Tổng LĐLĐ Việt Nam (để b/c)",
            f"Thường trực {party_committee} (để b/c)",
            "Các công đoàn cấp trên trực tiếp cơ sở (để t/h)",
        ],
        "luu": ["VT", "VP"],
        "nhom": ["ldld-tinh"],
    }


def national_profile(capital: Province) -> dict[str, Any]:
    return {
        "ten": ["TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM"],
        "ten_goi": "Tổng Liên đoàn Lao động Việt Nam",
        "tap_the": "Đoàn Chủ tịch",
        "ky_hieu": "TLĐ",
        "dia_danh": place_name(capital),
        "nguoi_ky": signer("Đoàn Chủ tịch"),
        "thu_nghiem": True,  # a placeholder signer: issuing allowed for practice
        "noi_nhan": [
            "Các đồng chí Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam (để b/c)",
            "Các LĐLĐ tỉnh, thành phố (để t/h)",
            "Các công đoàn ngành trung ương và tương đương (để t/h)",
            "Các ban, đơn vị trực thuộc Tổng Liên đoàn (để t/h)",
        ],
        "luu": ["VT", "VP"],
        "nhom": ["trung-uong"],
    }


def sector_profile(capital: Province) -> dict[str, Any]:
    return {
        "co_quan_chu_quan": [NATIONAL_PARENT],
        "ten": ["CÔNG ĐOÀN GIÁO DỤC", "VIỆT NAM"],
        "ten_goi": "Công đoàn Giáo dục Việt Nam",
        "tap_the": "Ban Thường vụ",
        "ky_hieu": "CĐGD",
        "dia_danh": place_name(capital),
        "nguoi_ky": signer("Ban Thường vụ"),
        "thu_nghiem": True,  # a placeholder signer: issuing allowed for practice
        "noi_nhan": [
            "Tổng LĐLĐ Việt Nam (để b/c)",
            "Bộ Giáo dục và Đào tạo (để p/h)",
            "Các công đoàn trực thuộc (để t/h)",
        ],
        "luu": ["VT", "VP"],
        "nhom": ["cd-nganh"],
    }


def grassroots_profile(province: Province, ward: Ward) -> dict[str, Any]:
    return {
        "co_quan_chu_quan": [f"LĐLĐ {unit_caps(province)}"],
        "ten": ["CÔNG ĐOÀN CƠ SỞ", "CÔNG TY CỔ PHẦN ABC"],
        "ten_goi": "Công đoàn cơ sở Công ty Cổ phần ABC",
        "tap_the": "Ban Chấp hành",
        "ky_hieu": "CĐCS",
        "dia_danh": ward_place(ward),
        "nguoi_ky": signer("Ban Chấp hành"),
        "thu_nghiem": True,  # a placeholder signer: issuing allowed for practice
        "noi_nhan": [
            f"Liên đoàn Lao động {unit_phrase(province)} (để b/c)",
            "Ban Giám đốc Công ty (để p/h)",
            "Các tổ công đoàn (để t/h)",
        ],
        "luu": ["VT"],
        "nhom": ["cdcs"],
    }


# --- the place-name table ------------------------------------------------------------------------


def place_table(provinces: list[Province], wards: list[Ward]) -> dict[str, Any]:
    """Rows for generator/places.py: current names (with the date they became province-level) and abolished ones."""
    by_codename = {p.codename: p for p in provinces}
    current = []
    for province in provinces:
        row: dict[str, Any] = {
            "dia_danh": place_name(province),
            "ten": province.name,
            "loai": province.division_type.value,
        }
        if province.codename in PROVINCE_LEVEL_SINCE:
            row["tu_ngay"] = PROVINCE_LEVEL_SINCE[province.codename]
        current.append(row)
    abolished = []
    for old in ABOLISHED:
        successor = by_codename[old.successor]
        homonyms = [
            f"{w.name} ({Province.from_code(w.province_code).name})"
            for w in wards
            if WARD_PREFIX.sub("", w.name) == old.name
        ]
        abolished.append(
            {
                "dia_danh": old.name,
                "den_ngay": old.until,
                "nay_thuoc": successor.name,
                "can_cu": old.basis,
                "trung_ten": homonyms,
            }
        )
    return {
        "nguon": f"vietnam-provinces {vietnam_provinces.__version__} (dữ liệu ngày {vietnam_provinces.__data_version__})",
        "tinh_thanh": current,
        "da_bo": abolished,
    }


# --- output --------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Safe dumper that writes a repeated value again instead of an `&id001` anchor."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: dict[str, Any], header: str) -> str:
    return header + yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200, default_flow_style=False
    )


def all_provinces() -> list[Province]:
    provinces = sorted(Province.iter_all(), key=lambda p: p.code)
    known = {p.codename for p in provinces}
    missing = sorted({a.successor for a in ABOLISHED} - known)
    clashes = sorted({a.name for a in ABOLISHED} & {place_name(p) for p in provinces})
    if missing or clashes:
        raise SystemExit(
            "Dữ liệu gói vietnam-provinces không khớp bảng ABOLISHED trong tools/make_issuers.py: "
            f"không có {missing}, vẫn còn {clashes}. Cập nhật bảng theo văn bản sắp xếp mới nhất."
        )
    return provinces


def render_all() -> dict[Path, str]:
    """Every generated file: its path relative to the repository root → its text."""
    provinces = all_provinces()
    wards = sorted(Ward.iter_all(), key=lambda w: w.code)
    capital = next(p for p in provinces if p.codename == "ha_noi")
    gia_lai = next(p for p in provinces if p.codename == "gia_lai")
    files = {ISSUERS / f"{profile_id(p)}.yaml": dump(provincial_profile(p), PROFILE_HEADER) for p in provinces}
    files[ISSUERS / "tong-ldld.yaml"] = dump(national_profile(capital), PROFILE_HEADER)
    files[ISSUERS / "cd-nganh-giao-duc.yaml"] = dump(sector_profile(capital), PROFILE_HEADER)
    files[ISSUERS / "cdcs-cong-ty-abc.yaml"] = dump(
        grassroots_profile(gia_lai, Ward.from_code(WardCode.W_21583)),  # Phường Quy Nhơn, tỉnh Gia Lai
        PROFILE_HEADER,
    )
    files[PLACE_TABLE] = dump(
        place_table(provinces, wards),
        "# Địa danh cấp tỉnh theo ngày (spec §4.2, §4.3), đọc bởi generator/places.py.\n"
        "# Tệp do tools/make_issuers.py tạo: sửa công cụ rồi chạy lại, không sửa tay.\n",
    )
    return files


def stale_profiles(root: Path, files: dict[Path, str]) -> list[Path]:
    """ldld-*.yaml files of provinces the package no longer lists."""
    found = (path.relative_to(root) for path in (root / ISSUERS).glob("ldld-*.yaml"))
    return sorted(path for path in found if path not in files)


def differs(root: Path, path: Path, text: str) -> bool:
    target = root / path
    return not target.is_file() or target.read_text(encoding="utf-8") != text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Tạo hồ sơ cơ quan ban hành và bảng địa danh từ gói vietnam-provinces."
    )
    parser.add_argument("--check", action="store_true", help="không ghi; báo tệp khác bản tạo ra (mã thoát 1)")
    parser.add_argument("--root", type=Path, default=ROOT, help="thư mục gốc dự án (mặc định: kho này)")
    args = parser.parse_args(argv)
    files = render_all()
    changed = [path for path, text in files.items() if differs(args.root, path, text)]
    stale = stale_profiles(args.root, files)
    if args.check:
        for path in changed:
            print(f"Khác bản tạo ra: {path}", file=sys.stderr)
        for path in stale:
            print(f"Thừa (tỉnh không còn trong gói): {path}", file=sys.stderr)
        if changed or stale:
            print("Chạy `python tools/make_issuers.py` để tạo lại.", file=sys.stderr)
            return 1
        print(f"Khớp: {len(files)} tệp.")
        return 0
    for path in changed:
        target = args.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(files[path], encoding="utf-8", newline="\n")
    for path in stale:
        (args.root / path).unlink()
    print(f"Đã ghi {len(changed)} tệp, xóa {len(stale)} tệp, {len(files) - len(changed)} tệp không đổi.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
