"""Header-field recovery of `vanban import` on the held-out real documents (issue 16).

Run: python tools/measure_import.py. Prints, per input kind (.docx, .doc, .pdf), the share of the
expected fields recovered, then how many of the imported files build. The expected fields were
read by eye off each document in tests/fixtures/corpus/more/held-out/ (see its INDEX.md); no code
was tuned on these files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from generator.importing import read_document

REPO = Path(__file__).resolve().parent.parent
HELD_OUT = REPO / "tests" / "fixtures" / "corpus" / "more" / "held-out"
FIELDS = ("co_quan", "co_quan_chu_quan", "ky_hieu", "dia_danh", "loai", "trich_yeu")
VP_LD = ("VĂN PHÒNG", "UBND TỈNH LÂM ĐỒNG")
TB = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
    None,
    "TB-UBND",
    "Lâm Đồng",
    "THÔNG BÁO",
    "Kết luận của đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh về tiến độ thu hút các dự án "
    "đầu tư ngoài ngân sách, kết quả thực hiện kế hoạch xúc tiến đầu tư, Kế hoạch “Nâng cao Chỉ số năng lực cạnh "
    "tranh cấp tỉnh (PCI) năm 2026",
)
EXPECTED: dict[str, tuple[str | None, ...]] = {
    "h01": (*VP_LD, "PT-NC", None, "PHIẾU TRÌNH", None),
    "h02": (*VP_LD, "PT-NC", None, "PHIẾU TRÌNH", None),
    "h03": (*VP_LD, "PT-NC", None, "PHIẾU TRÌNH", None),
    "h04": (
        "VĂN PHÒNG",
        "UBND TỈNH LÂM ĐỒNG",
        "VP-NC",
        "Lâm Đồng",
        "CÔNG VĂN",
        "Góp ý dự thảo và cử công chức tham gia Tổ giúp việc về CCHC của tỉnh",
    ),
    "h05": TB,
    "h06": (
        "BỘ NỘI VỤ",
        None,
        "BNV-CCHC",
        "Hà Nội",
        "CÔNG VĂN",
        "Lấy ý kiến góp ý dự thảo dự thảo Báo cáo Sơ kết giai đoạn 2021 - 2025 thực hiện Chương trình tổng thể cải "
        "cách hành chính nhà nước giai đoạn 2021 - 2030, nhiệm vụ, giải pháp trọng tâm giai đoạn 2026 - 2030",
    ),
    "h07": (*VP_LD, "PT-NC", None, "PHIẾU TRÌNH", None),
    "h08": TB,
}


def _builds(path: Path) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(REPO / "templates_docx", root / "templates_docx")
        content = root / "content" / "van-ban.yaml"
        vanban = [sys.executable, "-c", "from generator.cli import main; main()"]
        for args in (["import", str(path), "-o", str(content)], ["build", str(content), "--thu-muc", str(root)]):
            if subprocess.run([*vanban, *args], capture_output=True, check=False).returncode != 0:
                return False
        return True


def main_measure() -> int:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    built = 0
    for path in sorted(HELD_OUT.glob("h*_*")):
        kind = path.suffix.lower()
        found = read_document(path).summary()
        for field, expected in zip(FIELDS, EXPECTED[path.name[:3]], strict=True):
            total[kind] += 1
            if found[field] == expected:
                right[kind] += 1
            else:
                print(f"  {path.name} {field}: {found[field]!r} ≠ {expected!r}")
        built += _builds(path)
    for kind in sorted(total):
        print(f"{kind}: {right[kind]}/{total[kind]} fields = {100 * right[kind] / total[kind]:.0f}%")
    print(f"all: {sum(right.values())}/{sum(total.values())} = {100 * sum(right.values()) / sum(total.values()):.0f}%")
    print(f"imported files that build: {built}/{len(EXPECTED)}")
    return 0


if __name__ == "__main__":
    sys.exit(main_measure())
