"""Helpers for layout tests: convert a .docx to PDF with LibreOffice and read what the printed page shows.

`docx_to_pdf` returns None when `soffice` is missing so a test can skip with the printed reason
(`require_pdf`). Positions are in millimetres from the top-left corner of the page, which is how
spec §1–§3 states them; words come from pdfplumber with their font name and size.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

from generator.exporting.pdf import convert

PT_TO_MM = 25.4 / 72
SOFFICE_TIMEOUT_S = 180
NO_SOFFICE = "LibreOffice (soffice) không có trên PATH: bỏ qua kiểm tra trang in (cài libreoffice-writer-nogui)"


class Span:
    """Something printed between x0 and x1 (mm from the left page edge)."""

    x0: float
    x1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def center_x(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Word(Span):
    """One printed word; coordinates in mm from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str
    size: float


@dataclass(frozen=True)
class Line(Span):
    """Words sharing one baseline row (their bottoms within a small tolerance), left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @property
    def bottom(self) -> float:
        return max(word.bottom for word in self.words)


@dataclass(frozen=True)
class Rule(Span):
    """A drawn horizontal line (a paragraph border or a line shape), in mm."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...]

    def find(self, needle: str) -> Line | None:
        """The first line (top to bottom) whose text contains `needle`."""
        return next((line for line in self.lines if needle in line.text), None)

    def phrase(self, text: str) -> Line | None:
        """The first run of consecutive words on one row that reads exactly `text` (e.g. the Tiêu ngữ)."""
        tokens = text.split()
        for line in self.lines:
            for start in range(len(line.words) - len(tokens) + 1):
                window = line.words[start : start + len(tokens)]
                if [word.text for word in window] == tokens:
                    return Line(window)
        return None

    def rule_below(self, line: Line, max_gap_mm: float = 4.0) -> Rule | None:
        """The drawn rule just under `line` (within `max_gap_mm` of its bottom) that overlaps it horizontally."""
        return next(
            (
                rule
                for rule in self.rules
                if 0 <= rule.y - line.bottom <= max_gap_mm and rule.x0 < line.x1 and rule.x1 > line.x0
            ),
            None,
        )


def docx_to_pdf(docx_path: Path, out_dir: Path) -> Path | None:
    """Convert with the product's own LibreOffice step (generator/exporting/pdf.py); None when
    LibreOffice is not installed. The PDF is written into `out_dir`."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    copy = out_dir / docx_path.name
    if copy.resolve() != docx_path.resolve():
        shutil.copyfile(docx_path, copy)
    report = convert([copy], timeout=SOFFICE_TIMEOUT_S)
    if report.failed:
        raise RuntimeError(f"soffice did not write a PDF of {docx_path}: {report.failed[0]}")
    return report.written[0]


def require_pdf(docx_path: Path, out_dir: Path) -> Path:
    """docx_to_pdf, or skip the calling test with the reason printed."""
    pdf = docx_to_pdf(docx_path, out_dir)
    if pdf is None:
        print(NO_SOFFICE)
        pytest.skip(NO_SOFFICE)
    return pdf


def read_pages(pdf_path: Path, line_tolerance_mm: float = 1.0) -> list[Page]:
    """Every page's words and lines, positions in mm."""
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            words = tuple(
                Word(
                    w["text"],
                    w["x0"] * PT_TO_MM,
                    w["x1"] * PT_TO_MM,
                    w["top"] * PT_TO_MM,
                    w["bottom"] * PT_TO_MM,
                    w["fontname"],
                    round(w["size"], 1),
                )
                for w in page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
            )
            pages.append(
                Page(
                    number,
                    page.width * PT_TO_MM,
                    page.height * PT_TO_MM,
                    words,
                    group_lines(words, line_tolerance_mm),
                    horizontal_rules(page),
                )
            )
    return pages


def horizontal_rules(page: pdfplumber.page.Page, max_thickness_mm: float = 0.6) -> tuple[Rule, ...]:
    """Horizontal lines and hairline rectangles, deduplicated (LibreOffice may stroke a border twice), top to bottom."""
    shapes = [*page.lines, *page.rects]
    found = {
        (round(s["x0"] * PT_TO_MM, 1), round(s["x1"] * PT_TO_MM, 1), round(s["top"] * PT_TO_MM, 1))
        for s in shapes
        if (s["bottom"] - s["top"]) * PT_TO_MM <= max_thickness_mm and s["x1"] > s["x0"]
    }
    return tuple(Rule(x0, x1, y) for x0, x1, y in sorted(found, key=lambda r: (r[2], r[0])))


def group_lines(words: tuple[Word, ...], tolerance_mm: float) -> tuple[Line, ...]:
    """Group words into rows by their bottom edge (the baseline region), top to bottom."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(rows[-1][-1].bottom - word.bottom) <= tolerance_mm:
            rows[-1].append(word)
        else:
            rows.append([word])
    return tuple(Line(tuple(sorted(row, key=lambda w: w.x0))) for row in rows)


def render_page_png(pdf_path: Path, page: int, out_prefix: Path, dpi: int = 60) -> Path | None:
    """Rasterise one page with pdftoppm for a human look; None when pdftoppm is missing."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return None
    subprocess.run(
        [
            pdftoppm,
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf_path),
            str(out_prefix),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return out_prefix.with_suffix(".png")
