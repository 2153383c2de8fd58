"""Run every registered rule over one package and collect the report."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from ..docxfile import DocxPackage, read_docx
from ..exporting.pdf import doc_to_docx
from . import (  # noqa: F401  (register rules in reading order)
    rules_annex,
    rules_body,
    rules_closing,
    rules_header,
    rules_identity,
    rules_numbering,
    rules_page,
    rules_tables,
)
from .formatting import StyleSheet, w
from .legacyfonts import decode_legacy_fonts, encoding_of
from .papers import FORM_RULES, LEGACY_REASON, LEGACY_RULES, PERSONS_REASON, form_reason, legacy_text
from .reading import Paragraph, read_paragraphs
from .registry import RULES, Breach, Context, NotEvaluated, Rule
from .report import CheckReport, Finding, Skipped
from .roles import STATE, Layout, locate
from .spans import Span

EXCERPT = 70


def check_file(path: Path) -> CheckReport:
    """Check the .docx (or the .doc, converted by LibreOffice) at `path`; raises UnreadableDocumentError
    (exit 2) when it cannot be read safely."""
    if path.suffix.lower() != ".doc":
        return check_package(read_docx(path))
    with tempfile.TemporaryDirectory() as folder:
        converted = read_docx(doc_to_docx(path, Path(folder)))
    return check_package(replace(converted, path=path))


def check_package(package: DocxPackage) -> CheckReport:
    """Check an already opened package against the format rules (spec §13)."""
    root = package.xml("word/document.xml")
    assert root is not None  # read_docx guarantees the part
    body = root.find(w("body"))
    sheet = StyleSheet.of(package)
    decoded = decode_legacy_fonts(package, root, sheet)  # TCVN3 and VNI text read as Unicode; the font still reported
    paragraphs = read_paragraphs(body, sheet) if body is not None else []
    layout = locate(paragraphs)
    context = Context(package, sheet, layout, list(root.iter(w("sectPr"))))
    report = CheckReport(package.path, layout.regime)
    legacy = legacy_text(
        (fmt.font, n) for p in paragraphs for fmt, n in p.formats() if encoding_of(fmt.font) not in decoded
    )
    reason, kept = (LEGACY_REASON, LEGACY_RULES) if legacy else (_not_an_nd30_type(layout), FORM_RULES)
    for rule in RULES:
        if reason and rule.id not in kept:
            report.skipped.append(Skipped(rule.id, rule.spec, reason))
        else:
            _run(rule, context, report)
    return report


def _not_an_nd30_type(layout: Layout) -> str | None:
    """Why the document is judged only as a form (PHIẾU TRÌNH …, ĐƠN …, a paper of persons), or None."""
    reason = form_reason(layout.type_name.text) if layout.type_name is not None else None
    if reason is None and layout.national and layout.regime == STATE and not (layout.issuer or layout.number):
        return PERSONS_REASON
    return reason


def _run(rule: Rule, context: Context, report: CheckReport) -> None:
    try:
        breaches = list(rule.check(context))
    except NotEvaluated as exc:
        report.skipped.append(Skipped(rule.id, rule.spec, str(exc)))
        return
    report.evaluated.append(rule.id)
    report.findings.extend(_finding(rule, breach) for breach in breaches)


def _finding(rule: Rule, breach: Breach) -> Finding:
    if isinstance(breach.at, str):
        where, excerpt = breach.at, ""
    else:
        where = breach.at.where
        text = breach.at.text if isinstance(breach.at, (Span, Paragraph)) else ""
        text = " ".join(text.split())
        excerpt = text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
    return Finding(rule.id, rule.spec, breach.severity, breach.message, where, excerpt, breach.hint)
