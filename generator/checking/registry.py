"""The rule registry: what a rule receives (Context), what it yields (Breach), how it says "cannot judge".

Each rule is a small function decorated with `@rule(id, spec)`; it yields one `Breach` per
mistake and raises `NotEvaluated` with a Vietnamese reason when the document gives it nothing to
judge (component absent, another regime), so the report can say what was not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from lxml import etree

from ..docxfile import DocxPackage
from .formatting import StyleSheet
from .reading import Paragraph
from .report import Severity
from .roles import Layout
from .spans import Span, whole

Found = TypeVar("Found")

# A document issued with a quyết định (ND30 Phụ lục III, the sample after Mẫu 1.3) carries its «(Kèm theo …)» line
# instead of a Số, a date, a signature and a Nơi nhận of its own.
ATTACHED_REASON = (
    "văn bản ban hành kèm theo quyết định (ND30 Phụ lục III, mẫu kèm Mẫu 1.3): không có số, ngày, chữ ký riêng"
)


@dataclass(frozen=True)
class Context:
    """Những gì một quy tắc được đọc: gói .docx, bảng kiểu, các thành phần, các section."""

    package: DocxPackage
    sheet: StyleSheet
    layout: Layout
    sections: list[etree._Element]


@dataclass(frozen=True)
class Breach:
    """Một vi phạm do quy tắc phát hiện (mã quy tắc do registry gắn vào)."""

    message: str
    at: Span | Paragraph | str
    hint: str = ""
    severity: Severity = Severity.ERROR


class NotEvaluated(Exception):
    """Quy tắc không đánh giá được trên văn bản này; `str(exc)` là lý do (tiếng Việt)."""


@dataclass(frozen=True)
class Rule:
    id: str
    spec: str
    check: Callable[[Context], Iterable[Breach]]


RULES: list[Rule] = []


def rule(
    rule_id: str, spec: str
) -> Callable[[Callable[[Context], Iterable[Breach]]], Callable[[Context], Iterable[Breach]]]:
    """Register a rule function under `rule_id`, naming the spec section(s) it encodes."""

    def register(check: Callable[[Context], Iterable[Breach]]) -> Callable[[Context], Iterable[Breach]]:
        RULES.append(Rule(rule_id, spec, check))
        return check

    return register


def require(component: Found | None, name: str) -> Found:
    """`component`; raise NotEvaluated when it was not found in the document."""
    if not component:
        raise NotEvaluated(f"không tìm thấy {name}")
    return component


def dominant(at: Span | Paragraph, attribute: str) -> object:
    """The value of run property `attribute` carried by most visible characters of `at` (consensus)."""
    span = at if isinstance(at, Span) else whole(at)
    counts: Counter[object] = Counter()
    for fmt, n in span.paragraph.formats(span.start, span.end):
        counts[getattr(fmt, attribute)] += n
    return counts.most_common(1)[0][0] if counts else None


def style_breaches(
    at: Span | Paragraph, name: str, sizes: tuple[float, float], bold: bool | None = None, italic: bool | None = None
) -> Iterable[Breach]:
    """Size range, bold and italic of component `name` (judged by consensus over its runs)."""
    size = dominant(at, "size")
    if isinstance(size, float) and not sizes[0] <= size <= sizes[1]:
        wanted = size_range(sizes)
        yield Breach(f"{name} cỡ chữ {size:g} pt, phải {wanted}.", at, f"Đặt cỡ chữ {name} {wanted}.")
    for attribute, expected, word in (("bold", bold, "đậm"), ("italic", italic, "nghiêng")):
        value = dominant(at, attribute)
        if expected is not None and value is not None and value != expected:
            state = "phải" if expected else "không được"
            yield Breach(f"{name} {state} in {word}.", at, f"{'Bật' if expected else 'Tắt'} chữ {word} cho {name}.")


def size_range(sizes: tuple[float, float]) -> str:
    """`14 pt`, or `13–14 pt` for a range, as messages write a wanted size."""
    return f"{sizes[0]:g} pt" if sizes[0] == sizes[1] else f"{sizes[0]:g}–{sizes[1]:g} pt"


def visible_case(at: Span | Paragraph) -> str:
    """The text as printed: runs with the caps property show upper case."""
    span = at if isinstance(at, Span) else whole(at)
    paragraph = span.paragraph
    chars = list(paragraph.text)
    for start, end, fmt in paragraph.runs:
        if fmt.caps:
            chars[start:end] = paragraph.text[start:end].upper()
    return "".join(chars[span.start : span.end]).strip()
