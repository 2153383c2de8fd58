"""PDF (and PDF/A-2b) beside each .docx, through LibreOffice headless — the one module that runs it.

Each batch is one `soffice` process with its own temporary profile (never the user's) converting
many files; batches run in parallel up to the number of cores (`workers`). Inputs are copied under
unique names first, since LibreOffice names its output after the input and a batch of provinces
holds many files called the same. A batch that outlives `timeout` is killed and its unconverted
files are reported by name; the others finish. A PDF reaches its place only whole (written to a
temporary file beside it, then renamed).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem, UnreadableDocumentError, VanbanError
from ..output import write_atomic

SOFFICE_VARIABLE = "VANBAN_SOFFICE"  # a soffice to use instead of the one on PATH
DEFAULT_TIMEOUT_S = 120.0
INSTALL_HINT = (
    "Cài LibreOffice: Debian/Ubuntu `sudo apt-get install libreoffice-writer-nogui fonts-liberation`; "
    "macOS `brew install --cask libreoffice`; Windows: tải tại libreoffice.org. Các tệp .docx vẫn được tạo."
)
PDF_A_FILTER = {"SelectPdfVersion": {"type": "long", "value": "2"}}  # PDF/A-2b (LibreOffice ≥ 7.4)
FONT = "Times New Roman"


class ConverterMissingError(VanbanError):
    """Không có LibreOffice để tạo PDF (exit 1: các tệp .docx vẫn đã được ghi)."""

    exit_code = 1


@dataclass
class PdfReport:
    """Kết quả chuyển sang PDF: tệp đã tạo, tệp lỗi (kèm lý do), cảnh báo."""

    written: list[Path] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def soffice() -> Path:
    """The LibreOffice program: $VANBAN_SOFFICE, else soffice / libreoffice on PATH."""
    explicit = os.environ.get(SOFFICE_VARIABLE, "").strip()
    found = explicit if explicit and Path(explicit).is_file() else None
    found = found or (None if explicit else shutil.which("soffice") or shutil.which("libreoffice"))
    if found is None:
        raise ConverterMissingError(
            Problem("Không tìm thấy LibreOffice (soffice) để tạo PDF.", field="--pdf", hint=INSTALL_HINT)
        )
    return Path(found)


def font_warning() -> Problem | None:
    """One warning when Times New Roman is not installed and LibreOffice will print another font."""
    matcher = shutil.which("fc-match")
    if matcher is None:
        return None
    found = subprocess.run([matcher, "-f", "%{family}", FONT], capture_output=True, text=True, check=False).stdout
    family = found.split(",")[0].strip()
    if not family or family == FONT:
        return None
    same_metrics = (
        "cùng kích thước chữ" if "Liberation Serif" in family else "KHÁC kích thước chữ, dòng có thể xuống khác"
    )
    return Problem(
        f"Máy không có phông {FONT}: PDF dùng phông thay thế «{family}» ({same_metrics}).",
        field="--pdf",
        hint=f"Cài phông {FONT} (Debian/Ubuntu: ttf-mscorefonts-installer; macOS, Windows: có sẵn) "
        "hoặc ít nhất fonts-liberation, rồi tạo lại PDF.",
    )


def pdf_path(docx: Path) -> Path:
    return docx.with_suffix(".pdf")


def convert(
    files: Sequence[Path], pdf_a: bool = False, timeout: float = DEFAULT_TIMEOUT_S, workers: int | None = None
) -> PdfReport:
    """Convert `files` (.docx) to PDF beside them; one soffice process per batch, batches in parallel."""
    report = PdfReport()
    if not files:
        return report
    program = soffice()
    if warning := font_warning():
        report.warnings.append(warning)
    count = max(1, min(workers or os.cpu_count() or 1, len(files)))
    batches = [list(files[i::count]) for i in range(count)]
    with ThreadPoolExecutor(max_workers=count) as pool:
        for written, failed in pool.map(lambda batch: _batch(program, batch, pdf_a, timeout), batches):
            report.written += written
            report.failed += failed
    report.written.sort()
    return report


def _batch(program: Path, files: list[Path], pdf_a: bool, timeout: float) -> tuple[list[Path], list[Problem]]:
    with tempfile.TemporaryDirectory(prefix="vanban-pdf-") as temp:
        work = Path(temp)
        (work / "in").mkdir()
        inputs = []
        for index, source in enumerate(files):
            copy = work / "in" / f"{index:05d}.docx"
            shutil.copyfile(source, copy)
            inputs.append(copy)
        target = "pdf:writer_pdf_Export:" + json.dumps(PDF_A_FILTER) if pdf_a else "pdf"
        command = [
            str(program),
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(work / "out"),
            *map(str, inputs),
        ]
        timed_out = not _run(command, timeout)
        written, failed = [], []
        for source, copy in zip(files, inputs, strict=True):
            produced = work / "out" / f"{copy.stem}.pdf"
            if produced.is_file() and produced.stat().st_size > 0 and not (timed_out and not _complete(produced)):
                write_atomic(pdf_path(source), produced.read_bytes())
                written.append(pdf_path(source))
            else:
                reason = f"quá {timeout:g} giây, LibreOffice bị dừng" if timed_out else "LibreOffice không tạo được PDF"
                failed.append(
                    Problem(
                        f"Không tạo được PDF ({reason}).",
                        file=source,
                        hint="Mở tệp .docx bằng LibreOffice/Word xem có hỏng không; tăng --pdf-timeout nếu máy chậm.",
                    )
                )
        return written, failed


def convert_file(source: Path, extension: str, folder: Path, timeout: float = DEFAULT_TIMEOUT_S) -> Path | None:
    """One file converted by LibreOffice into `folder` as `extension` (e.g. a .doc to "docx"), with
    its own profile there; the converted file, or None when LibreOffice made none in time."""
    command = [
        str(soffice()),
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        extension,
        "--outdir",
        str(folder),
        str(source),
    ]
    converted = folder / f"{source.stem}.{extension}"
    return converted if _run(command, timeout) and converted.is_file() else None


def doc_to_docx(path: Path, folder: Path) -> Path:
    """A Word 97–2003 .doc converted to .docx in `folder` by LibreOffice (for `vanban import` and `vanban check`)."""
    try:
        converted = convert_file(path, "docx", folder)
    except ConverterMissingError as error:
        raise UnreadableDocumentError(
            Problem(
                "Cần LibreOffice (soffice) để đọc tệp .doc.",
                file=path,
                hint="Cài LibreOffice hoặc lưu tệp dạng .docx rồi chạy lại.",
            )
        ) from error
    if converted is None:
        raise UnreadableDocumentError(
            Problem("LibreOffice không chuyển được tệp .doc.", file=path, hint="Mở tệp bằng Word, lưu dạng .docx.")
        )
    return converted


def _run(command: list[str], timeout: float) -> bool:
    """Run soffice in its own process group; kill the whole group after `timeout` (False then)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        process.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return False


def _complete(pdf: Path) -> bool:
    """A PDF that LibreOffice finished writing ends with its %%EOF marker."""
    with pdf.open("rb") as stream:
        stream.seek(max(0, pdf.stat().st_size - 1024))
        return b"%%EOF" in stream.read()
