"""Findings of the conformance check (kết quả kiểm tra thể thức) and their JSON form.

A finding names its rule (a short id plus the spec section it encodes), a severity, where it is
(paragraph or table cell and an excerpt of its text), a Vietnamese message and how to fix it. A
report also records which rules were evaluated and which were not, with the reason, so that a
clean report never claims more than was checked.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Severity(StrEnum):
    """Mức độ: `error` là sai thể thức, `warning` là cần xem lại."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "LỖI" if self is Severity.ERROR else "CẢNH BÁO"


@dataclass(frozen=True)
class Finding:
    """Một chỗ sai: quy tắc, mức độ, vị trí, trích đoạn, nội dung và cách sửa."""

    rule: str
    spec: str
    severity: Severity
    message: str
    where: str
    excerpt: str = ""
    fix: str = ""

    def __str__(self) -> str:
        excerpt = f" «{self.excerpt}»" if self.excerpt else ""
        fix = f" Cách sửa: {self.fix}" if self.fix else ""
        return f"{self.severity.label} [{self.spec} {self.rule}] {self.where}{excerpt}: {self.message}{fix}"


@dataclass(frozen=True)
class Skipped:
    """Một quy tắc không đánh giá được và lý do."""

    rule: str
    spec: str
    reason: str


@dataclass
class CheckReport:
    """Kết quả kiểm tra một tệp .docx."""

    path: Path | None
    regime: str
    findings: list[Finding] = field(default_factory=list)
    evaluated: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        """True when no error was found (warnings allowed)."""
        return not self.errors

    def coverage(self) -> str:
        """One Vietnamese line: how many rules were evaluated and which were not."""
        total = len(self.evaluated) + len(self.skipped)
        line = f"Đã đánh giá {len(self.evaluated)}/{total} quy tắc"
        if self.skipped:
            line += "; chưa đánh giá: " + "; ".join(f"{s.rule} ({s.reason})" for s in self.skipped)
        return line + "."

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `--json`."""
        return {
            "file": str(self.path) if self.path else None,
            "regime": self.regime,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [{**asdict(f), "severity": f.severity.value} for f in self.findings],
            "evaluated": self.evaluated,
            "not_evaluated": [asdict(s) for s in self.skipped],
        }
