"""Closing rules: signature authority forms (spec §7, §13.6) and Nơi nhận (spec §8, §13.5)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .registry import Breach, Context, NotEvaluated, rule, style_breaches
from .report import Severity
from .roles import PARTY, STATE
from .spans import Span

PREFIX = re.compile(r"^(?P<p>TM|T/M|KT|K/T|Q|TL|T/L|TUQ)(?P<dot>\.?)\s*(?P<rest>.*)$")
TITLE = re.compile(r"^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BÍ THƯ|CHÁNH\b|THỦ TƯỚNG|TRƯỞNG\b|\w+ TRƯỞNG\b)")
COLLECTIVE = re.compile(
    r"^(BAN\b|ĐOÀN\b|ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHI BỘ|ĐẢNG ỦY|ĐẢNG UỶ|BCH\b|BTV\b|CHÍNH PHỦ|"
    r"TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN|CÔNG ĐOÀN|THƯỜNG TRỰC|TẬP THỂ)"
)
ACADEMIC = re.compile(r"^(GS|PGS|TSKH|TS|ThS|CN|KS|BS|LS)\s*\.")
SIGNATURE_HINT = "TM. + tập thể (TM. BAN THƯỜNG VỤ); KT./Q./TUQ. + chức vụ (KT. CHỦ TỊCH); TL. + chức vụ hoặc tập thể."


@rule("chu-ky", "§7, §13.6")
def signature(context: Context) -> Iterator[Breach]:
    """Authority forms, upper-case bold authority lines 13–14 pt, signer's name bold without academic title."""
    closing = context.layout.closing
    if not context.layout.has_header:
        raise NotEvaluated("không tìm thấy phần đầu văn bản")
    if not closing.authority and closing.signer is None:
        raise NotEvaluated("không tìm thấy khối chữ ký")
    if not closing.authority:
        assert closing.signer is not None  # the block was found: by its authority or by its signer
        yield Breach(
            "Không thấy dòng thẩm quyền, chức vụ người ký (in hoa, đậm) trên họ tên.",
            closing.signer,
            "Ghi ví dụ «TM. BAN THƯỜNG VỤ» / «CHỦ TỊCH» in hoa, đậm.",
        )
    else:
        yield from _authority(closing.authority, context.layout.regime)
    if closing.signer is not None:
        if ACADEMIC.match(closing.signer.text):
            yield Breach(
                "Không ghi học hàm, học vị trước họ tên người ký.",
                closing.signer,
                "Bỏ «TS.», «ThS.», «PGS.» … trước họ tên.",
            )
        yield from style_breaches(closing.signer, "Họ tên người ký", (13, 14), bold=True)


def _authority(authority: list[Span], regime: str) -> Iterator[Breach]:
    lines = [" ".join(s.text.split()) for s in authority]
    match = PREFIX.match(lines[0])
    if match:
        prefix, rest = match["p"], match["rest"] or (lines[1] if len(lines) > 1 else "")
        slash = "/" in prefix
        if (slash or not match["dot"]) and regime != PARTY:
            yield Breach(
                f"Viết tắt thẩm quyền «{prefix}» sai: viết «{prefix.replace('/', '')}.» (có dấu chấm).",
                authority[0],
                SIGNATURE_HINT,
            )
        kind = prefix.replace("/", "")
        if kind == "TM" and TITLE.match(rest):
            yield Breach(
                f"«TM.» phải đứng trước tên tập thể, không đứng trước chức vụ «{rest}».", authority[0], SIGNATURE_HINT
            )
        if kind in {"KT", "Q", "TUQ"} and COLLECTIVE.match(rest):
            yield Breach(
                f"«{kind}.» phải đứng trước chức vụ của người đứng đầu, không đứng trước tập thể «{rest}».",
                authority[0],
                SIGNATURE_HINT,
            )
    for span in authority:
        yield from style_breaches(span, "Dòng thẩm quyền, chức vụ", (13, 14), bold=True)


@rule("noi-nhan", "§8, §13.5")
def recipients(context: Context) -> Iterator[Breach]:
    """«Nơi nhận:» 12 pt bold italic; items 11 pt «- …;»; the last «- Lưu: ….»."""
    closing = context.layout.closing
    label = closing.label
    if not context.layout.has_header:
        raise NotEvaluated("không tìm thấy phần đầu văn bản")
    if label is None:
        if not closing.authority:
            raise NotEvaluated("không tìm thấy khối chữ ký và nơi nhận")
        yield Breach(
            "Thiếu «Nơi nhận:» bên trái khối chữ ký.",
            closing.authority[0],
            "Thêm «Nơi nhận:» và danh sách nơi nhận, dòng cuối «- Lưu: VT, …».",
        )
        return
    yield from style_breaches(label, "«Nơi nhận:»", (12, 12), bold=True, italic=True)
    items = _items(closing.recipients)
    if not items:
        yield Breach("Nơi nhận không có mục nào.", label, "Liệt kê mỗi nơi nhận một dòng «- …;».")
        return
    for item in items[:-1]:
        text = " ".join(s.text for s in item)
        if not text.startswith("- ") or not text.endswith(";"):
            yield Breach("Mỗi nơi nhận phải bắt đầu bằng «- » và kết thúc bằng «;».", item[0], "Ví dụ «- LĐLĐ tỉnh;».")
    last = " ".join(s.text for s in items[-1]).replace("\u00a0", " ")
    if context.layout.regime == STATE and not re.match(r"^- Lưu: \S.*\.$", last):
        yield Breach(
            "Dòng cuối của nơi nhận phải là «- Lưu: VT, <đơn vị soạn thảo>.» (có dấu hai chấm, dấu chấm cuối).",
            items[-1][0],
            "Ví dụ «- Lưu: VT, VP.».",
        )
    elif not last.endswith("."):
        yield Breach(
            "Dòng cuối của nơi nhận phải kết thúc bằng dấu chấm.", items[-1][0], "Thêm dấu chấm cuối dòng «Lưu»."
        )
    wrong = [s for item in items for s in item if not _size_is(s, 11)]
    if wrong:
        yield Breach(
            f"Các dòng nơi nhận phải cỡ 11 pt ({len(wrong)} dòng sai; dòng đầu tiên ở đây).",
            wrong[0],
            "Đặt cỡ chữ 11 pt cho danh sách nơi nhận.",
            Severity.ERROR,
        )


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
