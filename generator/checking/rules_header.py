"""Header rules: Quốc hiệu, Tiêu ngữ and the line under it, issuer name and its short line (spec §3, §13.4)."""

from __future__ import annotations

from collections.abc import Iterator

from ..formatting import SHORT_LINE
from .drawn import line_breaches
from .formatting import w
from .registry import Breach, Context, NotEvaluated, rule, style_breaches, visible_case
from .report import Severity
from .roles import STATE
from .spans import Span, fold

NATIONAL_TEXT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_TEXT = "Độc lập - Tự do - Hạnh phúc"
HEADER = "phần đầu văn bản"
NO_HEADER = "không tìm thấy phần đầu văn bản"
MOTTO_LINE = (0.8, 1.25)  # as long as the Tiêu ngữ
ANNEX_FILE = "tệp là phụ lục in riêng (§10): phần đầu văn bản và chữ ký nằm ở văn bản chính"


def _state_only(context: Context, component: str) -> None:
    if context.layout.regime != STATE:
        raise NotEvaluated(f"văn bản {context.layout.regime} không dùng {component}")
    if not context.layout.has_header:
        raise NotEvaluated(NO_HEADER)


@rule("quoc-hieu", "§3, §13.4")
def national_title(context: Context) -> Iterator[Breach]:
    """Quốc hiệu: exact text (CỘNG HÒA or CỘNG HOÀ), upper case, bold, 12–13 pt."""
    if not context.layout.has_header:
        if context.layout.annex_file:
            raise NotEvaluated(ANNEX_FILE)
        yield Breach(
            "Không tìm thấy phần đầu văn bản (Quốc hiệu, tên cơ quan, số, ngày tháng); các quy tắc phần đầu "
            "và chữ ký không được đánh giá.",
            HEADER,
            "Nếu là văn bản hành chính, thêm phần đầu theo mẫu; phụ lục in riêng thì bỏ qua cảnh báo này.",
            Severity.WARNING,
        )
        return
    _state_only(context, "Quốc hiệu")
    span = context.layout.national
    if span is None:
        yield Breach(
            "Thiếu Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM».",
            HEADER,
            "Đặt Quốc hiệu ở ô bên phải, dòng đầu của phần đầu văn bản.",
        )
        return
    shown = visible_case(span)
    if " ".join(fold(shown).split()) != NATIONAL_TEXT:
        yield Breach(
            "Quốc hiệu phải viết in hoa toàn bộ, cách một dấu cách giữa các từ.", span, f"Viết đúng «{NATIONAL_TEXT}»."
        )
    yield from style_breaches(span, "Quốc hiệu", (12, 13), bold=True)


@rule("tieu-ngu", "§3, §13.4")
def motto(context: Context) -> Iterator[Breach]:
    """Tiêu ngữ: exactly «Độc lập - Tự do - Hạnh phúc» (hyphen-minus with spaces), bold, 13–14 pt, a line under it."""
    _state_only(context, "Tiêu ngữ")
    span = context.layout.motto
    if span is None:
        yield Breach(f"Thiếu Tiêu ngữ «{MOTTO_TEXT}».", HEADER, "Đặt Tiêu ngữ ngay dưới Quốc hiệu.")
        return
    text, wrong = span.text, _wrong_case(visible_case(span))
    if any(dash in text for dash in "–—−"):
        yield Breach("Tiêu ngữ dùng gạch dài (–) thay cho gạch nối (-).", span, f"Viết đúng «{MOTTO_TEXT}».")
    elif text != MOTTO_TEXT and not wrong:
        yield Breach("Tiêu ngữ sai chữ hoa, dấu cách hoặc dấu gạch nối.", span, f"Viết đúng «{MOTTO_TEXT}».")
    if wrong:
        yield Breach(
            f"Tiêu ngữ viết sai chữ hoa: «{'», «'.join(wrong)}»; chỉ viết hoa chữ đầu mỗi cụm.",
            span,
            f"Viết đúng «{MOTTO_TEXT}».",
        )
    yield from style_breaches(span, "Tiêu ngữ", (13, 14), bold=True)
    yield from line_breaches(context, [span], "Tiêu ngữ", MOTTO_LINE, "đường kẻ liền dài bằng dòng Tiêu ngữ")


def _wrong_case(shown: str) -> list[str]:
    """The words of the printed Tiêu ngữ whose case differs from «Độc lập - Tự do - Hạnh phúc» (§3, §13.4)."""
    words, wanted = shown.replace("-", " - ").replace("–", " – ").split(), MOTTO_TEXT.split()
    if len(words) != len(wanted):
        return []
    return [word for word, right in zip(words, wanted, strict=True) if word != right and word.lower() == right.lower()]


def _bordered_header(context: Context, span: Span) -> Iterator[Breach]:
    """The header table (holding the issuer) must print no grid: a borderless table (§13.4)."""
    tables = list(span.paragraph.element.iterancestors(w("tbl")))
    if tables and context.sheet.table_has_lines(tables[-1]):
        yield Breach(
            "Bảng phần đầu văn bản (tên cơ quan, Quốc hiệu, số, ngày tháng) có đường viền: trang in hiện khung kẻ ô.",
            span,
            "Chọn bảng phần đầu → Borders → No Border.",
        )


@rule("co-quan-ban-hanh", "§3, §13.4")
def issuer(context: Context) -> Iterator[Breach]:
    """Issuer name (found as the upper-case lines above Số): bold, 12–13 pt (state/union), a short line under it;
    the header table holding it prints no border."""
    layout = context.layout
    if not layout.has_header:
        raise NotEvaluated(NO_HEADER)
    if not layout.issuer:
        yield Breach(
            "Không thấy tên cơ quan ban hành (dòng in hoa, đậm ở ô bên trái, trên dòng Số).",
            HEADER,
            "Ghi tên cơ quan ban hành in hoa, đậm, căn giữa ở ô bên trái.",
        )
        return
    yield from _bordered_header(context, layout.issuer[0])
    sizes = (12.0, 13.0) if layout.regime == STATE else (12.0, 14.0)
    for span in layout.issuer:
        yield from style_breaches(span, "Tên cơ quan ban hành", sizes, bold=True)
    if layout.regime == STATE:
        yield from line_breaches(
            context,
            layout.issuer,
            "tên cơ quan ban hành",
            SHORT_LINE,
            "đường kẻ liền dài 1/3–1/2 dòng chữ, căn giữa",
            above=layout.superior,
        )
