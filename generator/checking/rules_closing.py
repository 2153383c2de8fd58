"""Closing rules: signature authority forms (spec §7, §13.6) and Nơi nhận (spec §8, §13.5).

What the signature lines and the Nơi nhận must look like depends on the regime (spec §16): state and union
documents follow ND30 (§7, §8); Party documents follow Hướng dẫn 36-HD/VPTW (Phụ lục 3, mục 1.9.2), cited in
every message; Đoàn documents follow the Đoàn's own guidance, not read here, so both rules are not evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .closing import Signature
from .registry import ATTACHED_REASON, Breach, Context, NotEvaluated, dominant, rule, style_breaches
from .report import Severity
from .roles import PARTY, STATE, YOUTH, Layout
from .spans import Span

# «KT.», «KT » or «K/T»: the prefix alone, never the start of a word («QUYỀN HẠN, CHỨC VỤ …» of a form is no «Q»)
PREFIX = re.compile(r"^(?P<p>TM|T/M|KT|K/T|Q|TL|T/L|TUQ)(?:(?P<dot>\.)|(?![^\W\d_]))\s*(?P<rest>.*)$")
TITLE = re.compile(r"^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BÍ THƯ|CHÁNH\b|THỦ TƯỚNG|TRƯỞNG\b|\w+ TRƯỞNG\b)")
COLLECTIVE = re.compile(
    r"^(BAN\b|ĐOÀN\b|ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHI BỘ|ĐẢNG ỦY|ĐẢNG UỶ|BCH\b|BTV\b|CHÍNH PHỦ|"
    r"TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN|CÔNG ĐOÀN|THƯỜNG TRỰC|TẬP THỂ)"
)
ACADEMIC = re.compile(r"^(GS|PGS|TSKH|TS|ThS|CN|KS|BS|LS)\s*\.")
# The issuer or its cơ quan chủ quản is a school, a university, a hospital, a research institute (not a Viện kiểm sát)
SERVICE_BODY = re.compile(r"^(TRƯỜNG|ĐẠI HỌC|HỌC VIỆN|BỆNH VIỆN|VIỆN(?! KIỂM SÁT)|TRUNG TÂM Y TẾ)\b")
SIGNATURE_HINT = "TM. + tập thể (TM. BAN THƯỜNG VỤ); KT./Q./TUQ. + chức vụ (KT. CHỦ TỊCH); TL. + chức vụ hoặc tập thể."
YOUTH_REASON = "văn bản Đoàn TNCS: thể thức chữ ký, nơi nhận theo hướng dẫn riêng"


@dataclass(frozen=True)
class Look:
    """How one closing component must print: its name in messages, size range, bold, italic, underline (None: any)."""

    name: str
    sizes: tuple[float, float]
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None


@dataclass(frozen=True)
class LastLine:
    """One demand on the last Nơi nhận line: the pattern it must match, else the message and the fix."""

    pattern: re.Pattern[str]
    message: str
    hint: str


@dataclass(frozen=True)
class ClosingRules:
    """One regime's rules for the signature block and the Nơi nhận (spec §7, §8; §16 for the Party)."""

    source: str  # the rule named in every message, with the part that says it; "" when the rule's spec says it all
    authority: Look  # quyền hạn ký: the TM./T/M., KT./K/T, Q., TL./T/L, TUQ. line
    title: Look  # chức vụ người ký: the other upper-case lines
    signer: Look
    no_authority: tuple[str, str]  # message and fix when no upper-case line stands above the name
    label: Look
    item_size: float
    item_end: str  # what ends every item but the last
    item_example: str
    store: str  # the last line's form, for the fix of a missing «Nơi nhận:»
    last_line: tuple[LastLine, ...]  # checked in order; the first unmet one is reported


ND30_AUTHORITY = Look("Dòng thẩm quyền, chức vụ", (13, 14), bold=True)
STORE_EXAMPLE = "Ví dụ «- Lưu: VT, VP.»."
# Ký hiệu người soạn thảo và số lượng bản phát hành (spec §3 row 12, ND30 Phụ lục I Mục III.3): printed right after
# the «Lưu» line's full stop, often glued to it in small or subscript type: «- Lưu: VT, NC.Châu», «- Lưu: VT, PL.(300)»,
# or the count alone: «- Lưu: VT, NC (3).23» (held-out q13, a VPCP công văn).
DRAFTER_MARK = re.compile(r"(?<=\.)(?:(?:[^\W\d_][\w.]*)?(?:\(\d+\))?|\d+)$")
# A note set beside items after their end mark, apart by a tab or spaces, often next to a bracket drawn over them
# («- Cổng thông tin điện tử Chính phủ;       Để đăng dự thảo», held-out g08): a second column, not the item.
SIDE_NOTE = re.compile(r"(?<=[;,])(?:\t|[ \u00a0]{2,})\S.*$")
# … or one space after it in smaller type than the line («- Lưu: VT, XDCT. Khánh», the name in 8 pt: held-out g14).
DRAFTER_SPACED = re.compile(r"(?<=\.) (?:[^\W\d_][\w.]*(?:\(\d+\))?|\(\d+\))$")
# The parts of HD 36-HD/VPTW that a Party message cites after the guidance's name.
LOOKS, SIGNING, RECEIVING = "Phụ lục 3", "mục 1.7.1", "mục 1.9.2"

RULES_BY_REGIME = {
    STATE: ClosingRules(  # ND30 II.7.đ, II.9.d (spec §7.1, §8)
        source="",
        authority=ND30_AUTHORITY,
        title=ND30_AUTHORITY,
        signer=Look("Họ tên người ký", (13, 14), bold=True),
        no_authority=(
            "Không thấy dòng thẩm quyền, chức vụ người ký (in hoa, đậm) trên họ tên.",
            "Ghi ví dụ «TM. BAN THƯỜNG VỤ» / «CHỦ TỊCH» in hoa, đậm.",
        ),
        label=Look("«Nơi nhận:»", (12, 12), bold=True, italic=True),
        item_size=11,
        item_end=";",
        item_example="Ví dụ «- LĐLĐ tỉnh;».",
        store="«- Lưu: VT, …»",
        last_line=(
            LastLine(
                re.compile(r"^(?!-\s*Lưu\s+[^\s:])"),
                "Dòng «Lưu» thiếu dấu hai chấm (:) sau chữ «Lưu»: phải viết «- Lưu: VT, <đơn vị soạn thảo>.».",
                "Thêm dấu hai chấm ngay sau «Lưu». " + STORE_EXAMPLE,
            ),
            LastLine(
                re.compile(r"^- Lưu: \S.*\.$"),
                "Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.» (có dấu hai chấm, dấu chấm cuối).",
                STORE_EXAMPLE,
            ),
        ),
    ),
    PARTY: ClosingRules(  # HD 36-HD/VPTW Phụ lục 3 rows 7 and 9, mục 1.7.1 and 1.9.2 (spec §16)
        source="HD 36-HD/VPTW",
        authority=Look("Dòng quyền hạn ký", (14, 14), bold=True, italic=False),
        title=Look("Dòng chức vụ người ký", (14, 14), bold=False, italic=False),
        signer=Look("Họ tên người ký", (14, 14), bold=True, italic=False),
        no_authority=(
            "Không thấy dòng quyền hạn ký, chức vụ người ký (in hoa) trên họ tên.",
            "Ghi ví dụ «T/M CHI BỘ» (in hoa, đậm) rồi «BÍ THƯ» (in hoa, không đậm).",
        ),
        label=Look("Từ «Nơi nhận»", (14, 14), bold=False, italic=False, underline=True),
        item_size=12,
        item_end=",",
        item_example="Ví dụ «- Ban Thường vụ Huyện ủy,».",
        store="«- Lưu …»",
        last_line=(
            LastLine(
                re.compile(r"^-\s*Lưu\b"),
                "Dòng cuối của nơi nhận phải là nơi lưu văn bản «- Lưu …».",
                "Ví dụ «- Lưu Văn phòng Đảng ủy.».",
            ),
            LastLine(re.compile(r"\.$"), "Kết thúc nơi nhận phải có dấu chấm (.).", "Thêm dấu chấm cuối dòng «Lưu»."),
        ),
    ),
}


def _rules(context: Context) -> ClosingRules:
    """The closing rules of the document's regime; NotEvaluated without a header and for Đoàn documents."""
    if not context.layout.has_header:
        raise NotEvaluated("không tìm thấy phần đầu văn bản")
    if context.layout.regime == YOUTH:
        raise NotEvaluated(YOUTH_REASON)
    if context.layout.attached_to is not None and not context.layout.closing.authority:
        raise NotEvaluated(ATTACHED_REASON)
    return RULES_BY_REGIME[context.layout.regime]


def _cite(breaches: Iterable[Breach], rules: ClosingRules, part: str) -> Iterator[Breach]:
    """`breaches` with the regime's rule and its `part` named at the end of each message (none for ND30)."""
    for breach in breaches:
        if rules.source:
            breach = replace(breach, message=f"{breach.message.removesuffix('.')} ({rules.source}, {part}).")
        yield breach


def _look(at: Span, look: Look) -> Iterator[Breach]:
    """Size, bold, italic (style_breaches) and underline of one component, by consensus over its runs."""
    yield from style_breaches(at, look.name, look.sizes, look.bold, look.italic)
    underline = dominant(at, "underline")
    if look.underline is not None and underline is not None and underline != look.underline:
        state, switch = ("phải", "Bật") if look.underline else ("không được", "Tắt")
        yield Breach(f"{look.name} {state} có gạch chân.", at, f"{switch} gạch chân cho {look.name} (Ctrl+U).")


@rule("chu-ky", "§7, §13.6")
def signature(context: Context) -> Iterator[Breach]:
    """Authority forms; authority, title and name lines per regime (ND30: bold 13–14 pt; Party: 14 pt, the
    quyền hạn line and the name bold, the title not); no academic title before the name. Every block is judged:
    a văn bản liên tịch's two (closing.py)."""
    rules = _rules(context)
    blocks = context.layout.closing.signatures
    if not blocks:
        raise NotEvaluated("không tìm thấy khối chữ ký")
    titled = context.layout.regime == STATE and _titles_allowed(context.layout)
    for block in blocks:  # a văn bản liên tịch has two: each meets the same rules
        yield from _block(block, context.layout.regime, rules, titled)


def _titles_allowed(layout: Layout) -> bool:
    """ND30 Phụ lục I II.7.c: the học hàm, học vị before the signer's name of a tổ chức sự nghiệp giáo dục, y tế,
    khoa học is set by the head of its sector, so it is no fault here (held-out 8 q17, «TS.» of a university)."""
    return any(SERVICE_BODY.match(" ".join(span.text.split()).upper()) for span in [*layout.superior, *layout.issuer])


def _block(block: Signature, regime: str, rules: ClosingRules, titled: bool = False) -> Iterator[Breach]:
    """One signature block: its authority lines, then its name (a học hàm before it unless `titled` allows it)."""
    if not block.authority:
        assert block.signer is not None  # the block was found: by its authority or by its signer
        yield from _cite([Breach(rules.no_authority[0], block.signer, rules.no_authority[1])], rules, SIGNING)
    else:
        yield from _authority(block.authority, regime, rules)
    if block.signer is not None:
        if ACADEMIC.match(block.signer.text) and not titled:
            breach = Breach(
                "Không ghi học hàm, học vị trước họ tên người ký.",
                block.signer,
                "Bỏ «TS.», «ThS.», «PGS.» … trước họ tên.",
            )
            yield from _cite([breach], rules, SIGNING)
        yield from _cite(_look(block.signer, rules.signer), rules, LOOKS)


def _authority(authority: list[Span], regime: str, rules: ClosingRules) -> Iterator[Breach]:
    lines = [" ".join(s.text.split()) for s in authority]
    match = PREFIX.match(lines[0])
    if match:
        yield from _cite(_prefix(match, authority[0], lines, regime), rules, SIGNING)
    for index, span in enumerate(authority):
        look = rules.authority if index == 0 and match else rules.title
        yield from _cite(_look(span, look), rules, LOOKS)


def _prefix(match: re.Match[str], line: Span, lines: list[str], regime: str) -> Iterator[Breach]:
    """The authority prefix: written with a dot (ND30; the Party writes T/M, K/T, T/L) and in front of the right
    kind of word (TM. + collective, KT./Q./TUQ. + title)."""
    prefix, rest = match["p"], match["rest"] or (lines[1] if len(lines) > 1 else "")
    slash = "/" in prefix
    if (slash or not match["dot"]) and regime != PARTY:
        yield Breach(
            f"Viết tắt thẩm quyền «{prefix}» sai: viết «{prefix.replace('/', '')}.» (có dấu chấm).",
            line,
            SIGNATURE_HINT,
        )
    kind = prefix.replace("/", "")
    if kind == "TM" and TITLE.match(rest):
        yield Breach(f"«TM.» phải đứng trước tên tập thể, không đứng trước chức vụ «{rest}».", line, SIGNATURE_HINT)
    if kind in {"KT", "Q", "TUQ"} and COLLECTIVE.match(rest):
        yield Breach(
            f"«{kind}.» phải đứng trước chức vụ của người đứng đầu, không đứng trước tập thể «{rest}».",
            line,
            SIGNATURE_HINT,
        )


@rule("noi-nhan", "§8, §13.5")
def recipients(context: Context) -> Iterator[Breach]:
    """The label and the items per regime (ND30: «Nơi nhận:» 12 pt bold italic, items 11 pt «- …;», the last
    «- Lưu: ….»; Party: «Nơi nhận» 14 pt underlined, items 12 pt «- …,», the last «- Lưu ….»)."""
    rules = _rules(context)
    closing = context.layout.closing
    label = closing.label
    if label is None:
        if not closing.authority:
            raise NotEvaluated("không tìm thấy khối chữ ký và nơi nhận")
        breach = Breach(
            "Thiếu «Nơi nhận:» bên trái khối chữ ký.",
            closing.authority[0],
            f"Thêm «Nơi nhận:» và danh sách nơi nhận, dòng cuối {rules.store}.",
        )
        yield from _cite([breach], rules, RECEIVING)
        return
    yield from _cite(_look(label, rules.label), rules, LOOKS)
    items = _items(closing.recipients)
    if not items:
        breach = Breach("Nơi nhận không có mục nào.", label, f"Liệt kê mỗi nơi nhận một dòng «- …{rules.item_end}».")
        yield from _cite([breach], rules, RECEIVING)
        return
    yield from _cite(_punctuation(items, rules), rules, RECEIVING)
    wrong = [s for item in items for s in item if not _size_is(s, rules.item_size)]
    if wrong:
        breach = Breach(
            f"Các dòng nơi nhận phải cỡ {rules.item_size:g} pt ({len(wrong)} dòng sai; dòng đầu tiên ở đây).",
            wrong[0],
            f"Đặt cỡ chữ {rules.item_size:g} pt cho danh sách nơi nhận.",
            Severity.ERROR,
        )
        yield from _cite([breach], rules, LOOKS)


def _punctuation(items: list[list[Span]], rules: ClosingRules) -> Iterator[Breach]:
    """Every item but the last starts with «- » and ends with the regime's mark; the last line meets its demands."""
    for item in items[:-1]:
        text = " ".join(SIDE_NOTE.sub("", s.paragraph.text[s.start : s.end]).strip() for s in item)
        if not text.startswith("- ") or not text.endswith(rules.item_end):
            yield Breach(
                f"Mỗi nơi nhận phải bắt đầu bằng «- » và kết thúc bằng «{rules.item_end}».", item[0], rules.item_example
            )
    last = _without_drafter(" ".join(" ".join(s.text for s in items[-1]).split()), items[-1][-1])  # «VT,  …» (e02)
    unmet = next((demand for demand in rules.last_line if not demand.pattern.search(last)), None)
    if unmet is not None:
        yield Breach(unmet.message, items[-1][0], unmet.hint)


def _without_drafter(line: str, end: Span) -> str:
    """The «Lưu» line (its last span `end`) without the drafter's mark after its full stop (spec §3 row 12)."""
    spaced = DRAFTER_SPACED.search(line)
    if spaced is not None and _in_smaller_type(end, len(spaced.group()) - 1):
        return line[: spaced.start()]
    return DRAFTER_MARK.sub("", line)


def _in_smaller_type(span: Span, chars: int) -> bool:
    """Whether the last `chars` characters of `span` are printed smaller than the rest of it."""
    stop = span.start + len(span.paragraph.text[span.start : span.end].rstrip())
    tail, head = span.paragraph.formats(stop - chars, stop), span.paragraph.formats(span.start, stop - chars)
    return bool(tail and head) and max(f.size for f, _ in tail) < min(f.size for f, _ in head)


def _items(lines: list[Span]) -> list[list[Span]]:
    """Group recipient lines into items: a line starting with a dash opens an item, others continue it."""
    items: list[list[Span]] = []
    for line in lines:
        if line.text[:1] in "-–+" or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return items


def _size_is(span: Span, size: float) -> bool:
    formats = span.paragraph.formats(span.start, span.end)
    total = sum(n for _, n in formats)
    return not total or sum(n for fmt, n in formats if fmt.size == size) * 2 >= total
