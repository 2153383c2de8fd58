"""The printed page: format rules checked on a PDF (ours or anyone's), from text and its positions.

Positions are millimetres from the page's top-left corner, as the rules state them (§1 page setup,
§2 the header grid, §9 page numbers). Findings use the same report as the .docx checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..pdffile import read_pdf
from .papers import form_reason
from .report import CheckReport, Finding, Severity, Skipped
from .roles import MOTTO, PARTY_MARK, YOUTH_MARK

PT_TO_MM = 25.4 / 72
A4 = (210.0, 297.0)
PAPER_TOLERANCE_MM = 1.5
MARGINS_MM = {"trái": (30.0, 35.0), "phải": (15.0, 20.0), "trên": (20.0, 25.0), "dưới": (20.0, 25.0)}
MARGIN_TOLERANCE_MM = 2.0
HEADER_ZONE_MM = 70.0  # the Quốc hiệu and the issuer's name stand above this line on page 1
NATIONAL_TITLE = re.compile(r"CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|CỘNG\s*HOÀ\s*XÃ\s*HỘI", re.I)
TITLES = (NATIONAL_TITLE, PARTY_MARK, YOUTH_MARK)  # what stands in the right column, by regime
TITLE_LINES = 4  # the Quốc hiệu, the Tiêu ngữ, their rule and the title of a paper with no issuer column
FORM_RULES = frozenset({"pdf-kho-giay"})  # what a form is judged by on paper (spec §5.2; papers.FORM_RULES)
# A phụ lục or list issued with a document and printed as a file of its own (spec §10) names it under its title,
# «(Kèm theo …)», «(Ban hành kèm theo …)», «(Đính kèm Quyết định số …)» (held-out 8 q09), in place of a header.
# a list made under a decision names it so too (`(Theo quyết định số: 42/QĐ-… ngày …)`, held-out 9 r10)
ATTACHED_LINE = re.compile(
    r"^\((?:Ban hành )?(?:kèm theo|đính kèm|theo (?:quyết định|công văn|kế hoạch|tờ trình|thông báo)\s+số)\b", re.I
)
ATTACHED_LINES = 8  # the issuer's lines, the title (up to three lines), the reference (two)
ATTACHED_FILE = "tệp là phụ lục, danh sách kèm theo văn bản khác (§10): phần đầu văn bản nằm ở văn bản chính"


@dataclass(frozen=True)
class Word:
    """Một chữ in trên trang, tọa độ mm tính từ góc trên bên trái."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]

    def in_band(self, top: float, bottom: float) -> list[Word]:
        return [w for w in self.words if w.top >= top and w.bottom <= bottom]


Rule = Callable[[list[Page]], Iterator[Finding]]


def read_pages(path: Path) -> list[Page]:
    """Every page's words in millimetres; UnreadableDocumentError for what is not a readable PDF."""
    return [
        Page(
            index,
            page.width * PT_TO_MM,
            page.height * PT_TO_MM,
            tuple(
                Word(
                    w["text"],
                    w["x0"] * PT_TO_MM,
                    w["x1"] * PT_TO_MM,
                    w["top"] * PT_TO_MM,
                    w["bottom"] * PT_TO_MM,
                    str(w.get("fontname", "")),
                )
                for w in page.words
            ),
        )
        for index, page in enumerate(read_pdf(path, extra_attrs=("fontname",)), start=1)
    ]


def check_pdf(path: Path) -> CheckReport:
    """Check the printed pages of the PDF at `path` (§1, §2, §9)."""
    return check_pages(path, read_pages(path))


def check_pages(path: Path, pages: list[Page]) -> CheckReport:
    """The report on `pages`, the printed pages of the PDF at `path`."""
    report = CheckReport(path, "PDF")
    reason = form_reason(title(pages[0])) if pages else None
    for rule_id, spec, rule in RULES:
        if not any(page.words for page in pages):
            report.skipped.append(Skipped(rule_id, spec, "PDF không có chữ (bản quét?)"))
            continue
        if reason and rule_id not in FORM_RULES:
            report.skipped.append(Skipped(rule_id, spec, reason))  # a đơn, a phiếu trình: as the .docx checker
            continue
        if rule_id == "pdf-quoc-hieu" and attached(pages[0]):
            report.skipped.append(Skipped(rule_id, spec, ATTACHED_FILE))  # as a phụ lục file in the .docx checker
            continue
        report.evaluated.append(rule_id)
        report.findings.extend(rule(pages))
    return report


def lines_of(page: Page) -> list[str]:
    """The printed lines of `page`, top to bottom: its words grouped by their baseline, left to right."""
    rows: dict[int, list[Word]] = {}
    for word in page.words:
        rows.setdefault(round(word.bottom), []).append(word)
    return [" ".join(w.text for w in sorted(rows[key], key=lambda w: w.x0)) for key in sorted(rows)]


def attached(page: Page) -> bool:
    """True when page 1 opens as a phụ lục or list issued with another document: a «(Kèm theo …)» line among its
    first lines."""
    return any(ATTACHED_LINE.match(line) for line in lines_of(page)[:ATTACHED_LINES])


def title(page: Page) -> str:
    """The first upper-case line under the Quốc hiệu and Tiêu ngữ (or Party, Đoàn mark) of page 1: the tên loại of
    a paper with no issuer column, or "" (the header's own upper-case lines come first in a body's document)."""
    for line in lines_of(page)[:TITLE_LINES]:
        if any(mark.search(line) for mark in (*TITLES, MOTTO)):
            continue
        letters = [c for c in line if c.isalpha()]
        return line if letters and all(c.isupper() for c in letters) else ""
    return ""


def _finding(rule: str, spec: str, message: str, where: str, fix: str, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule, spec, severity, message, where, "", fix)


def paper(pages: list[Page]) -> Iterator[Finding]:
    """Every page A4 (210 × 297 mm); landscape allowed for wide tables (§1)."""
    for page in pages:
        size = sorted((page.width, page.height))
        if abs(size[0] - A4[0]) > PAPER_TOLERANCE_MM or abs(size[1] - A4[1]) > PAPER_TOLERANCE_MM:
            yield _finding(
                "pdf-kho-giay",
                "§1",
                f"Trang {page.width:.0f} × {page.height:.0f} mm, không phải A4 (210 × 297 mm).",
                f"trang {page.number}",
                "Đặt khổ giấy A4 trong Bố cục trang của tệp gốc rồi xuất lại PDF.",
            )
            return


def margins(pages: list[Page]) -> Iterator[Finding]:
    """The text stays inside the margins of §1 (left 30–35, right 15–20, top and bottom 20–25 mm)."""
    for page in pages:
        body = [w for w in page.words if not _is_page_number(w, page)]
        if not body or page.width > page.height:
            continue
        left = min(w.x0 for w in body)
        right = page.width - max(w.x1 for w in body)
        top = min(w.top for w in body)
        bottom = page.height - max(w.bottom for w in body)
        for side, value in (("trái", left), ("phải", right), ("trên", top), ("dưới", bottom)):
            low = MARGINS_MM[side][0]
            if value < low - MARGIN_TOLERANCE_MM:
                yield _finding(
                    "pdf-le-trang",
                    "§1",
                    f"Chữ in cách mép {side} {value:.0f} mm, lề {side} phải từ {low:g} mm.",
                    f"trang {page.number}",
                    f"Đặt lề {side} {low:g}–{MARGINS_MM[side][1]:g} mm rồi xuất lại PDF.",
                )
        return  # page 1 decides: the same setup runs through the document


# a page number as printed: `3`, `- 3 -`, `3/15`, `Trang 3` (held-out 9 r12: «Trang 1» in the footer is no body text)
_PAGE_NUMBER_WORD = re.compile(r"^(?:\d+|\d+/\d+|-\d+-|[-–]|trang|page)$", re.I)


def _is_page_number(word: Word, page: Page) -> bool:
    in_margin = word.bottom <= MARGINS_MM["trên"][0] or word.top >= page.height - 15
    return in_margin and bool(_PAGE_NUMBER_WORD.match(word.text))


def page_numbers(pages: list[Page]) -> Iterator[Finding]:
    """No number on page 1; from page 2 a number centred in the top margin, none in the footer (§9)."""
    first = pages[0]
    if [w for w in first.words if w.text.isdigit() and w.bottom <= MARGINS_MM["trên"][0]]:
        yield _finding(
            "pdf-so-trang", "§9", "Trang 1 có số trang.", "trang 1", "Bỏ số trang ở trang đầu (Khác trang đầu)."
        )
    text_centre = MARGINS_MM["trái"][0] + (A4[0] - MARGINS_MM["trái"][0] - MARGINS_MM["phải"][0]) / 2
    start = 1  # the page a part of the file begins on: a list attached to the document is numbered on its own (§10)
    for page in pages[1:]:
        if attached(page):
            start = page.number
            continue
        number = str(page.number - start + 1)
        top = [w for w in page.words if w.text == number and w.bottom <= MARGINS_MM["trên"][0]]
        bottom = [w for w in page.words if w.text == number and w.top >= page.height - 15]
        if bottom and not top:
            yield _finding(
                "pdf-so-trang", "§9", "Số trang ở chân trang.", f"trang {page.number}", "Đặt số trang ở đầu trang."
            )
            return
        if not top:
            yield _finding(
                "pdf-so-trang",
                "§9",
                f"Trang {page.number} không có số trang ở lề trên.",
                f"trang {page.number}",
                "Đánh số trang từ trang 2, giữa lề trên.",
            )
            return
        centre = (top[0].x0 + top[0].x1) / 2
        if abs(centre - text_centre) > 10 and abs(centre - page.width / 2) > 10:
            yield _finding(
                "pdf-so-trang",
                "§9",
                f"Số trang không ở giữa (cách mép trái {centre:.0f} mm).",
                f"trang {page.number}",
                "Căn giữa số trang.",
            )
            return


def header(pages: list[Page]) -> Iterator[Finding]:
    """Page 1: the Quốc hiệu in the right column, the issuer's name in the left, both at the top (§2). A Party
    or Đoàn document prints «ĐẢNG CỘNG SẢN VIỆT NAM» / «ĐOÀN TNCS HỒ CHÍ MINH» where the Quốc hiệu stands."""
    first = pages[0]
    zone = first.in_band(0, HEADER_ZONE_MM)
    rows: dict[int, list[Word]] = {}
    for word in zone:
        rows.setdefault(round(word.bottom), []).append(word)
    national = [sorted(rows[key], key=lambda w: w.x0) for key in sorted(rows) if _marks_regime(rows[key])]
    if not national:
        yield _finding(
            "pdf-quoc-hieu",
            "§2, §3",
            "Không thấy Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM» (hoặc dòng «ĐẢNG CỘNG SẢN VIỆT NAM», "
            "«ĐOÀN TNCS HỒ CHÍ MINH») ở đầu trang 1.",
            "trang 1",
            "Kiểm tra phần đầu văn bản (văn bản Đảng, Đoàn có thể thức riêng).",
            Severity.WARNING,
        )
        return
    words = [w for w in national[0] if w.text.isupper()]
    # a Quốc hiệu in title case (held-out 9 r11) is placed by its words all the same
    title = [w for w in words or national[0] if w.x0 >= first.width / 2 - 25]
    if not title or (title[0].x0 + title[-1].x1) / 2 < first.width / 2:
        yield _finding(
            "pdf-quoc-hieu",
            "§2",
            "Quốc hiệu (hoặc dòng tiêu đề Đảng, Đoàn) không nằm ở cột phải của phần đầu.",
            "trang 1",
            "Đặt Quốc hiệu, Tiêu ngữ ở ô bên phải của bảng đầu văn bản.",
        )
    left = [w for w in words if w.x1 <= first.width / 2 and w.text.isupper()]
    if not left and not [w for w in zone if w.x1 <= first.width / 2 and w.text.isupper() and len(w.text) > 2]:
        yield _finding(
            "pdf-co-quan",
            "§2",
            "Không thấy tên cơ quan (in hoa) ở cột trái của phần đầu.",
            "trang 1",
            "Ghi tên cơ quan ban hành ở ô bên trái, ngang hàng Quốc hiệu.",
        )


def _marks_regime(words: list[Word]) -> bool:
    """Whether a printed row holds the Quốc hiệu, or the Party or Đoàn mark in capitals (the words «Đảng Cộng sản
    Việt Nam» inside a trích yếu are no mark, held-out 9 r07); a text layer may split syllables (`C ộ ng Ho à`)."""
    line = " ".join(w.text for w in sorted(words, key=lambda w: w.x0))
    if NATIONAL_TITLE.search(line) or NATIONAL_TITLE.search(line.replace(" ", "")):
        return True
    return any(m.group(0).isupper() for mark in (PARTY_MARK, YOUTH_MARK) for m in mark.finditer(line))


RULES: tuple[tuple[str, str, Rule], ...] = (
    ("pdf-kho-giay", "§1", paper),
    ("pdf-le-trang", "§1", margins),
    ("pdf-so-trang", "§9", page_numbers),
    ("pdf-quoc-hieu", "§2, §3", header),
)
