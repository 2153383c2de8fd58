"""Ví dụ sửa đổi, bổ sung từ đầu đến cuối (issue 12) — the worked amendment example.

    python tools/vi_du_sua_doi.py THƯ_MỤC

Copies the shipped content/ and templates_docx/ into THƯ_MỤC (a new or empty folder) and runs there,
printing each command, what the user guide §5.4 walks through:

1. Tổng LĐLĐ issues Hướng dẫn 35/HD-TLĐ; the 34 LĐLĐ tỉnh issue their localised copies.
2. The national content file is edited: one point changed, one khoản added, one point removed.
3. `vanban build` keeps the issued files and says they changed; `vanban sua-doi --viet` lists the
   changes in the issued numbering, writes the amendment's content file and the redline.
4. The national amendment is issued (version 2 of Hướng dẫn 35 is frozen with it); then the same for
   the provincial copies, and Hà Nội and Huế issue theirs.

The project's own content/ is never touched. The test tests/test_worked_amendment.py runs this script.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NATIONAL = "content/tong-ldld/huong-dan-cuoc-van-dong.yaml"
PROVINCES = "content/ldld-tinh/huong-dan-cuoc-van-dong.yaml"
SHOWN = ("ldld-ha-noi", "ldld-hue")

ADDED = """\
  - id: chuyen-doi-so
    tieu_de: Ứng dụng chuyển đổi số
    doan:
    - Ứng dụng công nghệ số trong theo dõi, đánh giá phong trào.
"""
EDITS = (
    ("sửa một ý (khoản 1 Mục I)", "biểu dương và nhân rộng", "khen thưởng và nhân rộng"),
    ("thêm khoản “Ứng dụng chuyển đổi số” sau khoản 2 Mục III", "  - id: dien-hinh\n", ADDED + "  - id: dien-hinh\n"),
    ("bỏ một ý (khoản 4 Mục III)", "    - Phong trào “Tham mưu giỏi, phục vụ tốt”;\n", ""),
)


def vanban(folder: Path, *args: str) -> None:
    print(f"\n$ vanban {' '.join(shlex.quote(a) for a in args)}", flush=True)
    done = subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=folder, check=False)
    if done.returncode != 0:
        raise SystemExit(f"Lệnh thất bại (mã {done.returncode}): vanban {' '.join(args)}")


def edit(folder: Path) -> None:
    """The three edits of the national guidance, as a user makes them in the content file."""
    path = folder / NATIONAL
    text = path.read_text(encoding="utf-8")
    for what, old, new in EDITS:
        assert old in text, what
        text = text.replace(old, new, 1)
        print(f"Sửa {NATIONAL}: {what}")
    path.write_text(text, encoding="utf-8")


def main(folder: Path) -> None:
    if folder.exists() and any(folder.iterdir()):
        raise SystemExit(f"{folder} đã có tệp: chọn một thư mục mới hoặc rỗng.")
    for part in ("content", "templates_docx"):
        shutil.copytree(REPO / part, folder / part)
    vanban(folder, "build", "--ban-hanh", "--ngay", "2024-11-25", "--cho-phep-lui-ngay", NATIONAL)
    vanban(folder, "build", "--ban-hanh", "--ngay", "2025-09-15", "--cho-phep-lui-ngay", PROVINCES)
    print()
    edit(folder)
    vanban(folder, "build", "--dry-run")
    vanban(folder, "sua-doi", "--viet", NATIONAL)
    national = NATIONAL.replace(".yaml", ".sua-doi-1.yaml")
    vanban(folder, "build", "--ban-hanh", "--ngay", "2025-12-01", "--cho-phep-lui-ngay", national)
    vanban(folder, "sua-doi", "--viet", PROVINCES)
    provinces = [PROVINCES.replace(".yaml", f".sua-doi-1.{issuer}.yaml") for issuer in SHOWN]
    vanban(folder, "build", "--ban-hanh", "--ngay", "2025-12-05", "--cho-phep-lui-ngay", *provinces)
    print(f"\nMở bằng Word (trong {folder}):")
    for path in shown(folder):
        print(f"  {path.relative_to(folder)}")


def shown(folder: Path) -> list[Path]:
    """The amendments and redlines of the national body and of the provinces in SHOWN."""
    bodies = ("tong-ldld", *SHOWN)
    made = [*(folder / "output").rglob("*.sua-doi-1*.docx"), *(folder / "output").rglob("*.so-sanh-phien-ban-1.docx")]
    return sorted(p for p in made if any(body in p.relative_to(folder).as_posix() for body in bodies))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]).resolve())
