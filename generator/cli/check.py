"""`vanban check`: report format breaches of any .docx (exit 0 none, 1 errors, 2 unreadable file)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ..checking import CheckReport, check_file
from ..checking.pdf import check_pdf
from ..checking.report import Finding
from ..errors import RULES_FILE, VanbanError
from .common import command, reports_errors

EXIT_ERRORS, EXIT_UNREADABLE = 1, 2


@command(
    "check",
    help="Kiểm tra thể thức văn bản .docx, .doc (chuyển bằng LibreOffice) hoặc trang in của tệp .pdf theo Nghị định 30/2020/NĐ-CP: liệt kê "
    "từng lỗi, vị trí và cách sửa. Có thể chỉ định thư mục: kiểm tra mọi tệp .docx, .doc và .pdf trong đó.",
)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="TỆP|THƯ MỤC...")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON (cho máy đọc).")
@reports_errors
def check(files: tuple[Path, ...], as_json: bool) -> None:
    results: list[dict[str, Any]] = []
    exit_code = 0
    for path in _expand(files):
        try:
            report = check_pdf(path) if path.suffix.lower() == ".pdf" else check_file(path)
        except VanbanError as exc:
            exit_code = EXIT_UNREADABLE
            results.append({"file": str(path), "unreadable": [str(p) for p in exc.problems]})
            if not as_json:
                for problem in exc.problems:
                    click.echo(f"Lỗi: {problem}", err=True)
            continue
        if report.errors and exit_code == 0:
            exit_code = EXIT_ERRORS
        results.append(report.to_json())
        if not as_json:
            _print(report)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    raise SystemExit(exit_code)


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; a folder stands for every .docx, .doc and .pdf below it (Word's ~$ lock files left out)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*.doc*") if p.suffix in (".docx", ".doc") and not p.name.startswith("~$")
            )
            files += sorted(path.rglob("*.pdf"))
        else:
            files.append(path)
    return files


def echo_findings(findings: Sequence[Finding]) -> None:
    """The findings of one document, one line each, as `vanban check` prints them (also `vanban build`)."""
    for finding in findings:
        click.echo(str(finding))
    if findings:
        click.echo(f"Mã quy tắc [§… mã] của từng lỗi: xem mục § đó trong {RULES_FILE}.")


def _print(report: CheckReport) -> None:
    click.echo(f"== {report.path} (văn bản {report.regime})")
    echo_findings(report.findings)
    click.echo(report.coverage())
    verdict = "không có lỗi" if report.ok else f"{len(report.errors)} lỗi"
    click.echo(f"Kết quả: {verdict}, {len(report.warnings)} cảnh báo.")
