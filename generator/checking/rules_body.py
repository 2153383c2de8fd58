"""Body rules: font family, type name and trích yếu (spec §3 row 5), body paragraphs (spec §1, §3 row 6, §13.3, §13.8)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..formatting import SHORT_LINE
from . import rules_header  # noqa: F401  (registered first: the report lists the header's rules before the body's)
from .drawn import TWIPS_PER_PT, inner_width, line_breaches, text_width
from .formatting import w
from .legacyfonts import encoding_of
from .reading import Paragraph
from .registry import Breach, Context, NotEvaluated, dominant, require, rule, size_range, style_breaches, visible_case
from .report import Severity
from .roles import PARTY, YOUTH
from .spans import Span, is_upper, lines, whole

FONT = "Times New Roman"
# A face of the family named as a font of its own (a .doc converted by LibreOffice: «Times New Roman Bold», corpus 07).
FONT_FACES = frozenset(f"{FONT} {face}".casefold() for face in ("Bold", "Italic", "Bold Italic", "BoldItalic"))
# Pictograph fonts carry signs Times New Roman has no glyph for (the ☐ of a form's tick boxes), not text.
SYMBOL_FONTS = frozenset({"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings"})
ACCEPTED_FONTS = FONT_FACES | SYMBOL_FONTS | {FONT.casefold()}
JUSTIFIED = {"both", "distribute", "justify"}
INDENT_TWIPS = (540, 740)  # 0.95–1.3 cm: the 1 cm and 1.27 cm of ND30 II.6.e
TWIPS_PER_CM = 567
PROSE_CHARS = 90  # a paragraph this long wraps, so its alignment and indent show
SINGLE_LINE_FACTOR = 1.15  # height of a single Times New Roman line, in font sizes
NOTE = re.compile(r"^\(.*\)\.?$", re.S)  # a paragraph wholly in brackets
SPACE_WIDTH = 0.25  # a Times New Roman space, in font sizes (250/1000 em)
CENTRE_TOLERANCE = 14.0  # pt, 5 mm: a line pushed to the middle by spaces lands this close to it
DEFAULT_TAB_TWIPS = 720  # Word's default tab stop when settings.xml gives no w:defaultTabStop


@dataclass(frozen=True)
class Sizes:
    """The size ranges (pt) of the tên loại, the trích yếu and the body in one regime; `source` names the rule."""

    type_name: tuple[float, float]
    summary: tuple[float, float]
    body: tuple[float, float]
    source: str = ""


PARTY_LETTER_SUMMARY = "Trích yếu công văn (HD 36-HD/VPTW, Phụ lục 3)"
PARTY_DASHES = frozenset("-")  # HD 36-HD/VPTW 1.5.2: «phía dưới trích yếu … có năm (5) dấu gạch nối (-)»
ND30_SIZES = Sizes((13, 14), (13, 14), (13, 14))  # spec §3 rows 5a, 6
SIZES_BY_REGIME = {PARTY: Sizes((15, 16), (14, 15), (14, 15), " (HD 36-HD/VPTW, Phụ lục 3)")}  # rows 5, 6


# Đoàn TNCS documents follow the Trung ương Đoàn's own guidance (Hướng dẫn 29-HD/TWĐTN-VP), whose sizes and closing
# mark the spec does not give (spec §0): they are not judged rather than judged by ND30's (corpus 06: a 16 pt tên loại).
YOUTH_LOOKS = (
    "văn bản Đoàn TNCS theo Hướng dẫn 29-HD/TWĐTN-VP; cỡ chữ và dấu kết thúc của hướng dẫn này chưa có trong quy tắc"
)


def _sizes(context: Context) -> Sizes:
    """The size ranges of the document's regime: a Party document's are HD 36's, a state or union one's ND30's;
    NotEvaluated for a Đoàn document."""
    if context.layout.regime == YOUTH:
        raise NotEvaluated(YOUTH_LOOKS)
    return SIZES_BY_REGIME.get(context.layout.regime, ND30_SIZES)


@rule("phong-chu", "§1, §13.8")
def font_family(context: Context) -> Iterator[Breach]:
    """Every visible run in Times New Roman (no legacy TCVN3/VNI fonts)."""
    fonts: Counter[str] = Counter()
    first: dict[str, Paragraph] = {}
    for paragraph in context.layout.paragraphs:
        for fmt, n in paragraph.formats():
            if fmt.font.casefold() not in ACCEPTED_FONTS:
                fonts[fmt.font] += n
                first.setdefault(fmt.font, paragraph)
    require(context.layout.paragraphs, "đoạn văn nào")
    for font, count in fonts.most_common():
        legacy = " (phông cũ TCVN3/VNI, không phải Unicode)" if encoding_of(font) is not None else ""
        yield Breach(
            f"{count} ký tự dùng phông «{font}»{legacy}, không phải {FONT}.",
            first[font],
            f"Chọn toàn bộ văn bản và đặt phông {FONT} (cả trong các style).",
        )


@rule("ten-loai", "§3")
def type_name(context: Context) -> Iterator[Breach]:
    """Tên loại (KẾ HOẠCH, HƯỚNG DẪN …): upper case, bold, 13–14 pt (Party 15–16 pt), centred."""
    layout = context.layout
    if layout.subject_line is not None:
        raise NotEvaluated("công văn không có tên loại")
    sizes = _sizes(context)
    if layout.type_name is None:
        if not layout.has_header:
            raise NotEvaluated("không tìm thấy phần đầu văn bản")
        yield Breach(
            "Không thấy tên loại văn bản (dòng in hoa căn giữa dưới phần đầu, ví dụ KẾ HOẠCH).",
            "sau phần đầu văn bản",
            "Thêm tên loại in hoa, đậm, căn giữa; hoặc dòng «V/v …» nếu là công văn.",
        )
        return
    paragraph = layout.type_name
    printed = lines(paragraph)[0] if layout.summary and layout.summary[0].paragraph is paragraph else paragraph
    yield from style_breaches(printed, f"Tên loại{sizes.source}", sizes.type_name, bold=True)
    if paragraph.format.align != "center" and not _spaced_to_centre(context, paragraph):
        yield Breach("Tên loại phải căn giữa.", paragraph, "Căn giữa dòng tên loại.")


def _spaced_to_centre(context: Context, paragraph: Paragraph) -> bool:
    """Whether leading spaces print the line's text at the middle of the text width, within CENTRE_TOLERANCE
    (held-out 8 q11: «THÔNG BÁO» after 39 spaces, printed 1 mm off centre). ND30 Phụ lục I II.5.a asks the tên
    loại «canh giữa»: the printed place, however it was reached. Tabs are not followed (their stops vary)."""
    first = paragraph.text.split("\n", 1)[0]
    lead = len(first) - len(first.lstrip(" \u00a0"))
    width = inner_width(context, paragraph)
    if not lead or first[lead : lead + 1] == "\t" or width is None:
        return False
    spaces = sum(
        SPACE_WIDTH * fmt.size * (min(end, lead) - start) for start, end, fmt in paragraph.runs if start < lead
    )
    start = (paragraph.format.first_line - paragraph.format.hanging) / TWIPS_PER_PT + spaces
    centre = start + text_width(Span(paragraph, lead, len(first.rstrip()))) / 2
    return abs(centre - width / 2) <= CENTRE_TOLERANCE


@rule("trich-yeu", "§3, §13.3")
def summary(context: Context) -> Iterator[Breach]:
    """Trích yếu: sentence case (not all caps), bold, 13–14 pt (Party 14–15 pt), a short line under it; V/v of a
    công văn 12–13 pt."""
    layout = context.layout
    sizes = _sizes(context)
    if layout.subject_line is not None and layout.regime == PARTY:  # HD 36-HD/VPTW Phụ lục 3 row 5
        yield from style_breaches(layout.subject_line, PARTY_LETTER_SUMMARY, (12, 12), bold=False, italic=True)
        return
    if layout.subject_line is not None:
        if not layout.subject_line.text.strip().startswith("V/v"):  # ND30 Phụ lục I II.5.b: «sau chữ “V/v”»
            yield Breach(
                "Trích yếu công văn phải viết sau chữ «V/v», không viết «Về việc».",
                layout.subject_line,
                "Thay «Về việc» bằng «V/v».",
            )
        yield from style_breaches(layout.subject_line, "Trích yếu công văn (V/v)", (12, 13), bold=False)
        return
    type_name = require(layout.type_name, "tên loại văn bản")
    if not layout.summary:
        yield Breach(
            "Không thấy trích yếu căn giữa ngay dưới tên loại.",
            type_name,
            "Ghi trích yếu nội dung (chữ thường, đậm, căn giữa) ngay dưới tên loại.",
        )
        return
    spans = layout.summary
    first = spans[0]
    if is_upper(visible_case(first)):
        yield Breach(
            "Trích yếu viết in hoa toàn bộ; phải viết chữ thường, hoa chữ đầu câu.",
            first,
            "Viết lại trích yếu theo kiểu câu (chỉ hoa chữ cái đầu và tên riêng).",
        )
    for span in spans:
        yield from style_breaches(span, f"Trích yếu{sizes.source}", sizes.summary, bold=True)
    yield from line_breaches(
        context,
        spans,
        "trích yếu",
        SHORT_LINE,
        "đường kẻ liền dài 1/3–1/2 dòng trích yếu, căn giữa",
        PARTY_DASHES if layout.regime == PARTY else frozenset(),
        under=whole(layout.attached_to) if layout.attached_to is not None else None,
    )


def _aggregate(
    failing: list[Paragraph], total: int, message: str, hint: str, severity: Severity = Severity.ERROR
) -> Iterator[Breach]:
    """One breach for all failing paragraphs of a role, placed at the first and counting the others."""
    if failing:
        more = f" ({len(failing)}/{total} đoạn; đoạn đầu tiên ở đây)" if len(failing) > 1 else ""
        yield Breach(message + more, failing[0], hint, severity)


@rule("co-chu-than", "§3")
def body_size(context: Context) -> Iterator[Breach]:
    """Body text 13–14 pt, a Party document's 14–15 pt (judged per paragraph by the size most of its characters
    have)."""
    sizes = _sizes(context)
    body = context.layout.body
    require(body, "thân văn bản")
    low, high = sizes.body
    failing = [p for p in body if isinstance(size := dominant(p, "size"), float) and not low <= size <= high]
    found = ", ".join(sorted({f"{dominant(p, 'size'):g} pt" for p in failing}))
    yield from _aggregate(
        failing,
        len(body),
        f"Thân văn bản cỡ chữ {found}, phải {size_range(sizes.body)}{sizes.source}.",
        "Đặt cỡ chữ thân văn bản 14 pt trong style của đoạn.",
    )


@rule("than-van-ban", "§1, §13.8")
def body_paragraphs(context: Context) -> Iterator[Breach]:
    """Body paragraphs justified, first-line indent 1–1.27 cm, line spacing at most 1.5 lines."""
    body = context.layout.body
    require(body, "thân văn bản")
    # upper-case lines are headings or a quyết định's «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …» line, centred, not prose
    prose = [p for p in body if len(p.text.strip()) >= PROSE_CHARS and not is_upper(p.text)]
    yield from _aggregate(
        [p for p in prose if p.format.align not in JUSTIFIED],
        len(prose),
        "Đoạn thân văn bản không căn đều hai lề.",
        "Căn đều hai bên (Justify, Ctrl+J).",
    )
    tab = _default_tab(context)
    indents = {p.order: _first_line(p, tab) for p in prose}
    yield from _aggregate(
        [p for p in prose if indents[p.order] <= 0],
        len(prose),
        "Đoạn thân văn bản không thụt đầu dòng.",
        "Đặt thụt dòng đầu 1 cm hoặc 1,27 cm (Paragraph → Special → First line).",
    )
    odd = [p for p in prose if indents[p.order] > 0 and not INDENT_TWIPS[0] <= indents[p.order] <= INDENT_TWIPS[1]]
    if odd:
        yield from _aggregate(
            odd,
            len(prose),
            f"Thụt dòng đầu {indents[odd[0].order] / TWIPS_PER_CM:.2f} cm, nên là 1 cm hoặc 1,27 cm.",
            "Đặt thụt dòng đầu 1 cm hoặc 1,27 cm.",
            Severity.WARNING,
        )
    yield from _aggregate(
        [p for p in body if _line_spacing(p) > 1.5 + 1e-6],
        len(body),
        "Giãn dòng lớn hơn 1,5 dòng.",
        "Đặt giãn dòng từ Single đến 1,5 lines.",
    )


def _default_tab(context: Context) -> int:
    """The document's default tab stop in twips (w:defaultTabStop of word/settings.xml)."""
    settings = context.package.xml("word/settings.xml")
    stop = settings.find(w("defaultTabStop")) if settings is not None else None
    value = stop.get(w("val"), "") if stop is not None else ""
    return int(value) if value.isdigit() else DEFAULT_TAB_TWIPS


def _first_line(paragraph: Paragraph, tab: int) -> int:
    """The first-line indent as printed (twips): a paragraph that opens with tabs instead of a first-line indent is
    indented to the tabs' default stops, which is what the reader sees (m11, m14, m20 of the corpus). A space typed
    before or after a tab is narrower than a tab stop, so the tab still reaches its stop (held-out g13: « →Do …»).
    With neither, the first line starts where the left indent (less a hanging one) sets it: a paragraph set in as
    a block by 1.27 cm has its first word 1.27 cm from the margin, «1 default tab» (ND30 Phụ lục I II.6.b; held-out
    7 p05)."""
    text = paragraph.text
    tabs = text[: len(text) - len(text.lstrip(" \t"))].count("\t")
    fmt = paragraph.format
    if fmt.first_line > 0:
        return fmt.first_line
    return tabs * tab if tabs else fmt.indent_left - fmt.hanging


def _line_spacing(paragraph: Paragraph) -> float:
    """Line spacing in lines (auto rule), or exact/at-least heights converted with the paragraph's font size."""
    line = paragraph.format.line
    if line is None:
        return 1.0
    if paragraph.format.line_rule == "auto":
        return line / 240
    size = dominant(paragraph, "size")
    return (line / 20) / (SINGLE_LINE_FACTOR * size) if isinstance(size, float) and size else 1.0


@rule("ket-thuc", "§3, §13.10")
def body_end(context: Context) -> Iterator[Breach]:
    """The body ends with «./.» as in the ND30 sample layouts (a practice, so a warning); a Party document's with a
    full stop (HD 36-HD/VPTW 1.6.2: «kết thúc nội dung văn bản có dấu chấm (.)»)."""
    body = context.layout.body
    require(context.layout.has_header, "phần đầu văn bản")
    require(body, "thân văn bản")
    if context.layout.regime == YOUTH:
        raise NotEvaluated(YOUTH_LOOKS)
    # a note after the content, «(Sở Tư pháp gửi kèm hồ sơ …)», is not its last sentence (held-out f04, f11)
    last = next((p for p in reversed(body) if not NOTE.match(p.text.strip())), body[-1])
    text = last.text.rstrip()
    if context.layout.regime == PARTY:
        if not text.endswith("."):
            yield Breach(
                "Câu cuối của nội dung văn bản không kết thúc bằng dấu chấm (HD 36-HD/VPTW, mục 1.6.2).",
                Span(last, max(0, len(text) - 1), len(text)),
                "Thêm dấu chấm (.) cuối câu cuối cùng của nội dung.",
                Severity.WARNING,
            )
    elif not text.endswith("./."):
        sentence = Span(last, text.rfind(". ", 0, len(text) - 1) + 1, len(text))
        yield Breach(
            "Câu cuối của nội dung văn bản không kết thúc bằng «./.».",
            sentence,
            "Thêm «./.» sau dấu chấm câu cuối cùng của nội dung.",
            Severity.WARNING,
        )
