"""Run every registered rule over one package and collect the report."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from ..doctypes import type_codes
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
from .reading import Paragraph, read_paragraphs
from .registry import RULES, Breach, Context, NotEvaluated, Rule
from .report import CheckReport, Finding, Skipped
from .roles import locate, named_kind
from .spans import Span

EXCERPT = 70
# Papers that are no administrative document type of ND30 Phụ lục III (spec §5.2), by their tên loại: an office's
# internal forms follow its own working rules (a Văn phòng UBND's phiếu trình: 5 mm margins, a 16 pt title); a đơn is
# a person's letter to a body (often a mẫu gửi kèm, spec §10); a thỏa ước lao động tập thể is an agreement of two
# parties under the Labour Code. Only the font, the paper and the ruling of data tables are judged.
INTERNAL_FORMS = frozenset({"PHIẾU TRÌNH", "PHIẾU CHUYỂN", "PHIẾU XỬ LÝ", "PHIẾU BÁO"})
OTHER_PAPERS = {
    "ĐƠN": "là đơn của cá nhân, không phải văn bản hành chính của ND30 (Phụ lục III)",
    "THỎA ƯỚC": "là thỏa thuận giữa hai bên theo Bộ luật Lao động, không phải thể loại văn bản của ND30 (Phụ lục III)",
}
FORM_REASON = "là mẫu nội bộ, không phải thể loại văn bản hành chính của ND30 (Phụ lục III)"
# ND30 Điều 7 has four «giấy» (ủy quyền, mời, giới thiệu, nghỉ phép); any other GIẤY … (a person's giấy đề nghị
# chi quỹ, an accounting giấy đề nghị thanh toán, a giấy xác nhận) is a form of its own.
GIAY = "GIẤY"
GIAY_REASON = "là giấy không thuộc bốn loại giấy của ND30 (giấy ủy quyền, giấy mời, giấy giới thiệu, giấy nghỉ phép)"
FORM_RULES = frozenset({"phong-chu", "kho-giay", "vien-bang"})


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
    paragraphs = read_paragraphs(body, sheet) if body is not None else []
    layout = locate(paragraphs)
    context = Context(package, sheet, layout, list(root.iter(w("sectPr"))))
    report = CheckReport(package.path, layout.regime)
    reason = _not_an_nd30_type(layout.type_name)
    for rule in RULES:
        if reason and rule.id not in FORM_RULES:
            report.skipped.append(Skipped(rule.id, rule.spec, reason))
        else:
            _run(rule, context, report)
    return report


def _not_an_nd30_type(type_name: Paragraph | None) -> str | None:
    """Why the document is judged only as a form (PHIẾU TRÌNH …, ĐƠN …, THỎA ƯỚC …, a GIẤY … that is none of
    ND30's four), or None for an ND30 type."""
    name = " ".join(type_name.text.split()).upper() if type_name is not None else ""
    if name in INTERNAL_FORMS:
        return f"«{name}» {FORM_REASON}"
    kind = named_kind(type_name, OTHER_PAPERS)
    if kind:
        return f"«{name}» {OTHER_PAPERS[kind]}"
    giay = [known for known in type_codes() if known.startswith(GIAY + " ")]
    if named_kind(type_name, (GIAY,)) and not named_kind(type_name, giay):
        return f"«{name}» {GIAY_REASON}"
    return None


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
