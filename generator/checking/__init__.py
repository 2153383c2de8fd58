"""Kiểm tra thể thức văn bản: conformance checker for any .docx against the ND30 format (spec §13).

from generator.checking import check_package, check_file
report = check_package(read_docx(path))   # or check_file(path)
report.errors, report.warnings, report.findings, report.coverage(), report.to_json()
"""

from .engine import check_file, check_package
from .report import CheckReport, Finding, Severity

__all__ = ["CheckReport", "Finding", "Severity", "check_file", "check_package"]
