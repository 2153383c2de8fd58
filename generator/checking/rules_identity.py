"""Số/ký hiệu (spec §5.1, §13.2), date line (spec §4.1, §13.1, §13.11) and place names abolished in 2025 (§4.3, §12)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .registry import ATTACHED_REASON, Breach, Context, NotEvaluated, rule, style_breaches
from .report import Severity
from .roles import STATE, TYPE_CODES
from .spans import Span

COPY_CODES = {"SY", "TrS", "SL"}
LEGAL_TYPES = {"LUẬT", "PHÁP LỆNH", "NGHỊ ĐỊNH", "THÔNG TƯ", "THÔNG TƯ LIÊN TỊCH"}
# A nghị quyết or quyết định is quy phạm when these bodies issue it (Luật Ban hành văn bản QPPL 2025, Điều 4: the
# Quốc hội and its Ủy ban Thường vụ, the Chính phủ, the Thủ tướng, HĐND and UBND and the Chủ tịch UBND cấp tỉnh); its
# number then carries the year, «Số: 07/2025/QĐ-UBND» (held-out 7 p15).
NORMATIVE_ISSUERS = {"QH", "UBTVQH", "CP", "TTg", "HĐND", "UBND", "CTUBND"}
NORMATIVE_CODES = {"QĐ", "NQ"}
# Until 30/6/2016 a UBND's chỉ thị was quy phạm too (Luật Ban hành văn bản QPPL của HĐND, UBND 2004, Điều 1, replaced
# by the 2015 law from 01/7/2016): «Số: 09/2009/CT-UBND» (held-out 8 q02, UBND tỉnh Bình Dương).
NORMATIVE_UNTIL = {("CT", "UBND"): 2016}
BLANK = re.compile(r"^[\s.…_]*$")
NUMBER_LINE = re.compile(r"^Số:(?P<space>\s*)(?P<n>[^/]*)/(?P<code>.*)$")
GROUP = re.compile(r"^[A-Za-zĐđ0-9]+$")
DATE_LINE = re.compile(
    r"^(?P<place>[^,]+),\s*(?P<w1>ngày)\s*(?P<d>.*?)\s*(?P<w2>tháng)\s*(?P<m>.*?)\s*(?P<w3>năm)\s*"
    r"(?P<y>.*?)\s*(?P<stop>\.?)$",
    re.I,
)
ADMINISTRATIVE_NOUN = re.compile(r"^(Thành phố|Thị xã|Thị trấn|Tỉnh|Quận|Huyện|Phường|Xã|Đặc khu)\s+")
DAY = re.compile(r"^(0[1-9]|[12][0-9]|3[01])$")
MONTH = re.compile(r"^(0[12]|[3-9]|1[0-2])$")
REORGANISATION = date(2025, 7, 1)
ABOLISHED = (
    "Hà Giang",
    "Yên Bái",
    "Bắc Kạn",
    "Vĩnh Phúc",
    "Hòa Bình",
    "Bắc Giang",
    "Hải Dương",
    "Thái Bình",
    "Hà Nam",
    "Nam Định",
    "Quảng Bình",
    "Quảng Nam",
    "Kon Tum",
    "Bình Định",
    "Ninh Thuận",
    "Bình Thuận",
    "Đắk Nông",
    "Phú Yên",
    "Bình Phước",
    "Bình Dương",
    "Bà Rịa - Vũng Tàu",
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Sóc Trăng",
    "Hậu Giang",
    "Bạc Liêu",
    "Kiên Giang",
    "Thừa Thiên Huế",
)
NUMBER_HINT = "Viết theo mẫu «Số: 09/KH-LĐLĐ» (bản chưa ký: «Số:      /KH-LĐLĐ»)."


@rule("so-ky-hieu", "§5.1, §13.2")
def number_line(context: Context) -> Iterator[Breach]:
    """Số line: «Số: 09/KH-ORG»; leading zero below 10; no spaces in the ký hiệu; type code from §5.2; blank drafts accepted."""
    layout = context.layout
    if layout.regime != STATE:
        raise NotEvaluated(f"số, ký hiệu văn bản {layout.regime} theo quy định riêng")
    span = layout.number
    if span is None:
        if not layout.has_header:
            raise NotEvaluated("không tìm thấy phần đầu văn bản")
        if layout.attached_to is not None:
            raise NotEvaluated(ATTACHED_REASON)
        yield Breach("Thiếu dòng «Số: …/…» dưới tên cơ quan ban hành.", "phần đầu văn bản", NUMBER_HINT)
        return
    if layout.type_name is not None and " ".join(layout.type_name.text.split()).upper() in LEGAL_TYPES:
        raise NotEvaluated("văn bản quy phạm pháp luật: số, ký hiệu theo Luật Ban hành văn bản QPPL (có năm)")
    match = NUMBER_LINE.match(" ".join(span.text.split(" ")).replace("\u00a0", " "))
    if match is None:
        yield Breach(
            "Dòng số, ký hiệu phải bắt đầu bằng «Số:» (chữ «Số», dấu hai chấm) và có dấu «/».", span, NUMBER_HINT
        )
        return
    number, code = match["n"].strip(), match["code"]
    if number and not BLANK.match(number):
        if not number.isdigit():
            yield Breach(f"Số văn bản «{number}» phải là chữ số Ả Rập.", span, NUMBER_HINT)
        elif len(number) == 1 or (number.startswith("0") and len(number) > 2) or number == "00":
            yield Breach(f"Số «{number}»: số nhỏ hơn 10 viết 01…09, không thêm số 0 khác.", span, NUMBER_HINT)
        elif match["space"] != " ":
            yield Breach("Sau «Số:» phải có đúng một dấu cách.", span, NUMBER_HINT)
    yield from _code_breaches(context, span, code)
    yield from style_breaches(span, "Dòng số, ký hiệu", (13, 13), bold=False)


def _code_breaches(context: Context, span: Span, code: str) -> Iterator[Breach]:
    if "/" in code and code.split("/")[0].strip().isdigit():
        year, code = code.split("/", 1)
        if not _normative(code, int(year)):
            yield Breach(
                "Ký hiệu văn bản hành chính không ghi năm (chỉ văn bản quy phạm pháp luật mới có năm).",
                span,
                NUMBER_HINT,
            )
    if re.search(r"\s", code):
        yield Breach("Ký hiệu có dấu cách; các nhóm chữ nối bằng «-» không có dấu cách.", span, NUMBER_HINT)
        code = re.sub(r"\s", "", code)
    groups = code.split("-")
    if any(not GROUP.match(g) for g in groups):
        yield Breach(f"Ký hiệu «{code}» có ký tự không hợp lệ.", span, NUMBER_HINT)
        return
    layout = context.layout
    if layout.type_name is None:
        if (groups[0] in TYPE_CODES.values() and groups[0] != "CĐ") or groups[0] == "CV":
            yield Breach(
                f"Công văn không có chữ viết tắt tên loại («{groups[0]}»): ký hiệu là «cơ quan-đơn vị soạn thảo».",
                span,
                "Viết ví dụ «Số: 05/LĐLĐ-VP».",
            )
        return
    name = " ".join(layout.type_name.text.split()).upper()
    expected = TYPE_CODES.get(name)
    if len(groups) < 2:
        yield Breach("Ký hiệu thiếu phần viết tắt tên cơ quan ban hành sau dấu «-».", span, NUMBER_HINT)
    if expected and groups[0] != expected:
        yield Breach(
            f"Chữ viết tắt tên loại «{groups[0]}» không khớp tên loại «{name}» (phải là «{expected}»).",
            span,
            f"Đổi thành «{expected}» (bảng §5.2).",
        )
    elif expected is None and groups[0] not in set(TYPE_CODES.values()) | COPY_CODES:
        yield Breach(
            f"«{groups[0]}» không có trong bảng chữ viết tắt tên loại văn bản hành chính (ND30 Phụ lục III).",
            span,
            "Dùng chữ viết tắt trong bảng §5.2.",
            Severity.WARNING,
        )


def _normative(code: str, year: int) -> bool:
    """True for the ký hiệu of a quy phạm nghị quyết or quyết định: «QĐ-UBND», «NQ-HĐND», «QĐ-TTg» (the part after
    the year), or of a kind that was quy phạm in `year` («CT-UBND» before 2016), whose year is the numbering of the
    Luật Ban hành văn bản QPPL, not a mistake."""
    groups = tuple(group.strip() for group in code.split("-"))
    if len(groups) != 2:
        return False
    return (groups[0] in NORMATIVE_CODES and groups[1] in NORMATIVE_ISSUERS) or year < NORMATIVE_UNTIL.get(groups, 0)


def _is_blank(field: str) -> bool:
    return bool(BLANK.match(field)) or bool(re.match(r"^\d{2,3}[.…_]+$", field))


# ND30 Phụ lục III, Mẫu 1.9: a biên bản has no date line; its time stands in the text («kết thúc vào … ngày …»).
MINUTES = "BIÊN BẢN"
MINUTES_DATE = "biên bản không có dòng địa danh, ngày tháng (ND30 Phụ lục III, Mẫu 1.9): thời gian ghi trong nội dung"


@rule("ngay-thang", "§4.1, §13.1, §13.11")
def date_line(context: Context) -> Iterator[Breach]:
    """«Địa danh, ngày DD tháng M năm YYYY»: leading zeros, place capitalised, no full stop, italic, same row as Số."""
    span = context.layout.date
    if span is None:
        if not context.layout.has_header:
            raise NotEvaluated("không tìm thấy phần đầu văn bản")
        type_name = context.layout.type_name
        if type_name is not None and type_name.text.strip().upper().startswith(MINUTES):
            raise NotEvaluated(MINUTES_DATE)
        if context.layout.attached_to is not None:
            raise NotEvaluated(ATTACHED_REASON)
        yield Breach(
            "Thiếu dòng địa danh, ngày tháng năm.",
            "phần đầu văn bản",
            "Thêm «<Địa danh>, ngày 05 tháng 01 năm 2026» ở ô bên phải, cùng hàng với dòng Số.",
        )
        return
    text = span.text.replace("\u00a0", " ")
    match = DATE_LINE.match(text)
    if match is None:
        yield Breach(
            "Dòng ngày tháng không đúng mẫu «<Địa danh>, ngày DD tháng M năm YYYY».",
            span,
            "Viết đủ chữ «ngày … tháng … năm …», không viết tắt kiểu 29/6/2026.",
        )
        return
    yield from _date_fields(span, match)
    place = match["place"].strip()
    name = ADMINISTRATIVE_NOUN.sub("", place)
    if not _is_blank(place) and any(word[0].isalpha() and not word[0].isupper() for word in [place, *name.split()]):
        yield Breach(f"Địa danh «{place}» phải viết hoa chữ cái đầu mỗi âm tiết.", span, "Ví dụ «Đồng Nai», «Hà Nội».")
    yield from style_breaches(span, "Dòng địa danh, ngày tháng", (13, 14), italic=True)
    yield from _same_row(context, span)


def _date_fields(span: Span, match: re.Match[str]) -> Iterator[Breach]:
    hint = "Ngày 1–9 viết 01–09; chỉ tháng 1, 2 viết 01, 02; tháng 3–12 không có số 0; năm đủ 4 chữ số."
    if any(match[word] != match[word].lower() for word in ("w1", "w2", "w3")):
        yield Breach("Các chữ «ngày», «tháng», «năm» phải viết thường.", span, hint)
    day, month, year = match["d"], match["m"], match["y"]
    if not _is_blank(day) and not DAY.match(day):
        yield Breach(f"Ngày «{day}» sai: ngày 1–9 phải có số 0 đứng trước (05), ngày tối đa 31.", span, hint)
    if not _is_blank(month) and not MONTH.match(month):
        wrong = (
            "phải viết 01, 02"
            if month in {"1", "2"}
            else "không có số 0 đứng trước"
            if month.startswith("0")
            else "không hợp lệ"
        )
        yield Breach(f"Tháng «{month}» sai: {wrong}.", span, hint)
    if not _is_blank(year) and not re.match(r"^\d{4}$", year):
        yield Breach(f"Năm «{year}» phải đủ 4 chữ số.", span, hint)
    if match["stop"]:
        yield Breach("Dòng ngày tháng không có dấu chấm ở cuối.", span, "Bỏ dấu chấm cuối dòng.")


def _same_row(context: Context, span: Span) -> Iterator[Breach]:
    number = context.layout.number
    if number is None or context.layout.regime != STATE:
        return  # Party and Đoàn headers place the date by their own rules
    a, b = number.paragraph, span.paragraph
    same = (
        a is b
        if a.cell is None and b.cell is None
        else (a.cell is not None and b.cell is not None and (a.cell.table, a.cell.row) == (b.cell.table, b.cell.row))
    )
    if not same:
        yield Breach(
            "Dòng địa danh, ngày tháng không cùng hàng với dòng Số.",
            span,
            "Đặt «Số: …» (ô trái) và địa danh, ngày tháng (ô phải) trên cùng một hàng của bảng tiêu đề.",
        )


def after_reorganisation(context: Context) -> bool | None:
    """Whether the date line is on or after 01/7/2025; a draft with blank day or month still counts by its year."""
    span = context.layout.date
    match = DATE_LINE.match(span.text.replace("\u00a0", " ")) if span else None
    if match is None or not re.match(r"^\d{4}$", match["y"]):
        return None
    year = int(match["y"])
    if year != REORGANISATION.year:
        return year > REORGANISATION.year
    return int(match["m"]) >= REORGANISATION.month if match["m"].isdigit() else None


def _key(name: str) -> str:
    return re.sub(r"\s*-\s*", "-", " ".join(name.split())).casefold().replace("oà", "òa")


@rule("dia-danh-2025", "§4.3, §12, §13.9")
def abolished_places(context: Context) -> Iterator[Breach]:
    """Warn on a province abolished on 1/7/2025 (or Thừa Thiên Huế) in the place or issuer of a later document."""
    after = after_reorganisation(context)
    if after is None:
        raise NotEvaluated("không xác định được ngày ban hành")
    if not after:
        raise NotEvaluated("văn bản ban hành trước 01/7/2025")
    layout = context.layout
    for span in [s for s in (layout.date, *layout.issuer, *layout.superior) if s]:
        text = _key(span.text)
        for name in ABOLISHED:
            if re.search(rf"(?<!\w){re.escape(_key(name))}(?!\w)", text):
                yield Breach(
                    f"«{name}» không còn là đơn vị hành chính cấp tỉnh từ 01/7/2025 (Nghị quyết 202/2025/QH15).",
                    span,
                    "Dùng tên tỉnh, thành phố sau sắp xếp (34 đơn vị, quy tắc §4.3).",
                    Severity.WARNING,
                )
