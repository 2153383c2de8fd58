"""Formatting rules of ND 30/2020 as small pure functions (each table-tested in tests/test_formatting.py).

Every decision that depends on data — leading zeros, case, punctuation — is made here, never in a
template. Babel formats Vietnamese numbers and weekday names; the ND30 date rule (leading zero for
days 1–9 and for months 1–2 only) is no CLDR pattern, so it is written out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .document import Citation, Signer
from .metrics import printed_width
from .numbering import roman

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # spec §3 row 1: generate HÒA, accept HOÀ when checking
MOTTO = "Độc lập - Tự do - Hạnh phúc"  # spec §3 row 1, §13.4: hyphen-minus with a space on each side
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"  # Party documents (QĐ 66-QĐ/TW, HD 36-HD/VPTW 1.1): in place of ô 1
YOUTH_TITLE = "ĐOÀN TNCS HỒ CHÍ MINH"  # Đoàn documents (HD 29-HD/TWĐTN-VP): in place of ô 1
DRAFT_BLANK = "      "  # spec §4.1: the clerk fills in the number and the date after signing
AUTHORITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")  # spec §7.1
PARTY = "dang"  # che_do of a Party document: HD 36-HD/VPTW's forms of the Số line, the signature and Nơi nhận
PARTY_PREFIXES = {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L"}  # HD 36-HD/VPTW 1.7.1: thay mặt, ký thay, thừa lệnh
COLLECTIVE_WORDS = (
    "BAN ",
    "ĐOÀN ",
    "ỦY BAN",
    "UỶ BAN",
    "HỘI ĐỒNG",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "CHI BỘ",
    # the Party committees of a province, city, district or town sign as collectives (HD 36-HD/VPTW: T/M TỈNH ỦY)
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "HUYỆN ỦY",
    "HUYỆN UỶ",
    "QUẬN ỦY",
    "QUẬN UỶ",
    "THỊ ỦY",
    "THỊ UỶ",
    "ĐẢNG ĐOÀN",
    "ĐẠI HỘI",
    "TIỂU BAN",
    "CÔNG ĐOÀN",
    "LIÊN ĐOÀN",
    "CHÍNH PHỦ",
)
ACADEMIC_TITLES = re.compile(r"^(ThS|TS|TSKH|PGS|GS|CN|KS|BS|ThS\.BS|NCS)\.?\s", re.IGNORECASE)


def day_month(day: int, month: int) -> tuple[str, str]:
    """spec §4.1: days 1–9 and months 1–2 get a leading zero; months 3–12 never do."""
    return f"{day:02d}", (f"{month:02d}" if month <= 2 else str(month))


def date_phrase(date: dt.date) -> str:
    """`ngày 07 tháng 11 năm 2017` (spec §4.1)."""
    day, month = day_month(date.day, date.month)
    return f"ngày {day} tháng {month} năm {date.year}"


@dataclass(frozen=True)
class HeaderMarks:
    """What heads the header's right column and closes the issuer's block in the left one, by regime."""

    national_title: str  # Quốc hiệu, "" when the regime has none
    motto: str  # Tiêu ngữ, "" when the regime has none: the flag the templates test
    title: str | None = None  # the Party or Đoàn title printed instead (bold, underlined)
    star: str | None = None  # the star line under the issuer, instead of the short rule


def header_marks(regime: str | None) -> HeaderMarks:
    """ND30 Quốc hiệu + Tiêu ngữ for `cong-doan`, `nha-nuoc` or no `che_do`; «ĐẢNG CỘNG SẢN VIỆT NAM» over
    the date and «*» under the issuer for `dang` (QĐ 66-QĐ/TW); «ĐOÀN TNCS HỒ CHÍ MINH» and «***» for `doan`."""
    if regime == PARTY:
        return HeaderMarks("", "", PARTY_TITLE, "*")
    if regime == "doan":
        return HeaderMarks("", "", YOUTH_TITLE, "***")
    return HeaderMarks(NATIONAL_TITLE, MOTTO)


def date_line(place: str, date: dt.date | None, year: int) -> str:
    """`Sóc Trăng, ngày 07 tháng 11 năm 2017`; a draft (date None) keeps day and month blank (spec §4.1)."""
    if date is None:
        return f"{place}, ngày{DRAFT_BLANK}tháng{DRAFT_BLANK}năm {year}"
    return f"{place}, {date_phrase(date)}"


def document_code(type_abbreviation: str | None, issuer_code: str, regime: str | None = None) -> str:
    """Ký hiệu `HD-CĐVC`: type then issuer, hyphen-joined, case kept as given (spec §5.1: QyĐ, CTr, ToC); a Party
    document joins them with a slash, `KH/CB` (HD 36-HD/VPTW Phụ lục 3 row 3)."""
    joint = "/" if regime == PARTY else "-"
    return f"{type_abbreviation}{joint}{issuer_code}" if type_abbreviation else issuer_code


def number_text(number: int | None) -> str:
    """`09` (zero-padded below 10, spec §5.1); a draft's number is a blank."""
    return DRAFT_BLANK if number is None else f"{number:02d}"


def number_line(number: int | None, code: str) -> str:
    """`Số: 09/HD-CĐVC`, or `Số:      /HD-CĐVC` for a draft (spec §5.1, §4.1)."""
    return f"Số: {number_text(number)}/{code}" if number is not None else f"Số:{DRAFT_BLANK}/{code}"


def party_number_line(number: int | None, code: str) -> str:
    """`Số 05-KH/CB`: no colon, the number and the Party ký hiệu (document_code) joined by a hyphen (HD 36-HD/VPTW
    Phụ lục 3 row 3: «Số 127-QĐ/TW»); a draft leaves the number blank: `Số      -KH/CB`."""
    return f"Số {number_text(number)}-{code}" if number is not None else f"Số{DRAFT_BLANK}-{code}"


def numbered_code(number: int | None, code: str) -> str:
    """`05/KH-CB`: the number, then the ký hiệu after a slash (spec §5.1); a Party ký hiệu holds the slash itself
    (`KH/CB`, document_code) and takes the number with a hyphen: `05-KH/CB` (HD 36-HD/VPTW 1.3.1, «Số 15-HD/TU»)."""
    return f"{number_text(number).strip() or DRAFT_BLANK}{'-' if '/' in code else '/'}{code}"


def citation(
    type_name: str,
    number: int | None,
    code: str,
    date: dt.date | None,
    year: int,
    issuer: str,
    summary: str | None = None,
) -> str:
    """First citation in full (spec §6.2): `Hướng dẫn số 03/HD-TLĐ ngày 05 tháng 02 năm 2024 của … về …`; a Party
    document's `số 05-KH/CB` (numbered_code)."""
    when = date_phrase(date) if date is not None else f"ngày{DRAFT_BLANK}tháng{DRAFT_BLANK}năm {year}"
    about = f" về {lower_first(summary)}" if summary else ""
    return f"{type_name} số {numbered_code(number, code)} {when} của {issuer}{about}"


def cited(source: Citation) -> str:
    """The first citation (spec §6.2) of a document a child inherits from."""
    return citation(
        source.type_name, source.number, source.code, source.date, source.year, source.issuer, source.summary
    )


def lower_first(text: str) -> str:
    """`Tổ chức …` → `tổ chức …` when a trích yếu follows `về` inside a sentence (ND30 Phụ lục II)."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def summary_text(summary: str) -> str:
    """Trích yếu without a final full stop (spec §3 row 5a)."""
    return summary.rstrip().rstrip(".").rstrip()


TYPED_MARKER = re.compile(
    r"^\s*(?P<marker>(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-]|(?:Phần|Chương|Mục|Điều)\s+[0-9IVXLC]+\.?|[-+•*])\s+\S"
)


def typed_marker(text: str) -> str | None:
    """The number or bullet typed at the start of a title or item (`I.`, `1.2.`, `a)`, `Điều 3.`, `-`);
    vanban adds these itself (spec §6), so a typed one would print twice."""
    match = TYPED_MARKER.match(text)
    return match["marker"] if match else None


def type_name(name: str, joint: bool = False) -> str:
    """Tên loại in hoa (spec §3 row 5a); a văn bản liên tịch adds «LIÊN TỊCH»: `KẾ HOẠCH LIÊN TỊCH` [Practice]."""
    return f"{upper(name)} LIÊN TỊCH" if joint else upper(name)


def upper(text: str) -> str:
    """Vietnamese upper case (Python's str.upper handles đ → Đ and every tone mark)."""
    return text.upper()


def closing(text: str, regime: str | None = None) -> str:
    """The last sentence of the body ends with `./.` (spec §3 row 6 'End of body', §13.10); a Party document's with
    a full stop (HD 36-HD/VPTW 1.6.2)."""
    text = text.rstrip().rstrip(";,:").rstrip()
    if regime == PARTY:
        return text.removesuffix("./.").removesuffix("./").rstrip(".") + "."
    if text.endswith("./."):
        return text
    if text.endswith("./"):
        return text + "."
    return (text[:-1] if text.endswith(".") else text) + "./."


def recipient_lines(recipients: tuple[str, ...], archive: tuple[str, ...], regime: str | None = None) -> list[str]:
    """Nơi nhận items: `- …;` each, the last `- Lưu: VT, ….` (spec §8, ND30 II.9.d); a Party document's `- …,`
    each and `- Lưu Văn phòng ….` with no colon (HD 36-HD/VPTW 1.9.1–1.9.2)."""
    end, store = (",", "- Lưu ") if regime == PARTY else (";", "- Lưu: ")
    lines = [f"- {item.strip().lstrip('-').strip().rstrip(';.,').rstrip()}{end}" for item in recipients]
    lines.append(f"{store}{', '.join(unit.strip().rstrip('.;,') for unit in archive)}.")
    return lines


def signer_problems(signer: Signer) -> list[tuple[str, str]]:
    """Breaches of the signature rules (spec §7.1, §7.2, §13.6): (what is wrong, how to fix it), in Vietnamese."""
    problems = []
    authority = upper(signer.authority or "")
    if authority:
        prefix = authority.split(" ", 1)[0]
        rest = authority[len(prefix) :].strip()
        if prefix not in AUTHORITY_PREFIXES:
            problems.append(
                (
                    f"Dòng thẩm quyền `{signer.authority}` phải bắt đầu bằng một trong ({', '.join(AUTHORITY_PREFIXES)}).",
                    "TM. thay mặt tập thể, KT. ký thay người đứng đầu, Q. quyền, TL. thừa lệnh, TUQ. thừa ủy quyền; bỏ trống `tham_quyen` khi người đứng đầu tự ký.",
                )
            )
        elif prefix == "TM." and not rest.startswith(COLLECTIVE_WORDS):
            problems.append(
                (
                    f"`TM.` đứng trước tên tập thể, không đứng trước `{rest}`.",
                    "Ví dụ: tham_quyen: TM. BAN THƯỜNG VỤ, chuc_vu: CHỦ TỊCH.",
                )
            )
        elif prefix in ("KT.", "Q.", "TUQ.") and rest.startswith(COLLECTIVE_WORDS):
            problems.append(
                (
                    f"`{prefix}` đứng trước chức vụ người đứng đầu, không đứng trước tập thể `{rest}`.",
                    "Phó chủ tịch ký thay tập thể (kiểu Công đoàn): tham_quyen: TM. BAN THƯỜNG VỤ, chuc_vu: PHÓ CHỦ TỊCH; "
                    "kiểu Nhà nước thêm ky_thay: CHỦ TỊCH.",
                )
            )
    if signer.signs_for and not authority.startswith("TM."):
        problems.append(
            (
                "`ky_thay` (dòng KT. kiểu Nhà nước) chỉ dùng dưới dòng TM. …",
                "Bỏ `ky_thay`, hoặc ghi tham_quyen: TM. <tên tập thể>.",
            )
        )
    if match := ACADEMIC_TITLES.match(signer.name):
        problems.append(
            (
                f"Không ghi học hàm, học vị trước họ tên người ký (`{signer.name}`, ND30 II.7.c).",
                f"Xóa `{match.group(0).strip()}` trước họ tên.",
            )
        )
    return problems


def authority_lines(signer: Signer, regime: str | None = None) -> list[str]:
    """The capitalised lines above the signature: [TM. …], [KT. …], chức vụ (spec §7.1–7.2); a Party document
    writes T/M, K/T, T/L (HD 36-HD/VPTW 1.7.1)."""
    lines = [upper(signer.authority)] if signer.authority else []
    if signer.signs_for:
        lines.append(f"KT. {upper(signer.signs_for)}")
    if regime == PARTY:
        lines = [party_prefix(line) for line in lines]
    lines.append(upper(signer.title))
    return lines


def party_prefix(line: str) -> str:
    """`TM. CHI BỘ` → `T/M CHI BỘ` (HD 36-HD/VPTW 1.7.1); Q. and TUQ., which HD 36 does not name, stay."""
    prefix, _, rest = line.partition(" ")
    return f"{PARTY_PREFIXES[prefix]} {rest}" if prefix in PARTY_PREFIXES else line


def signed_mark(signer: Signer) -> str:
    """`(Đã ký)` in published copies, else blank signature space (spec §7.3)."""
    return "(Đã ký)" if signer.signed_mark else ""


def appendix_label(position: int, count: int) -> str:
    """`Phụ lục` alone, or `Phụ lục I`, `Phụ lục II` when there are several (spec §10)."""
    return "Phụ lục" if count == 1 else f"Phụ lục {roman(position)}"


def vietnamese_number(value: float) -> str:
    """4609 → `4.609`, 34.8 → `34,8` (babel, locale vi)."""
    from babel.numbers import format_decimal  # imported when a table sums or a text asks: ~8 ms of start-up

    return format_decimal(value, locale="vi")


def weekday(date: dt.date) -> str:
    """Vietnamese weekday name (babel): 2017-11-07 → `Thứ Ba`."""
    from babel.dates import format_date  # as in vietnamese_number

    return format_date(date, "EEEE", locale="vi").title()


TWIPS_PER_CM = 1440 / 2.54
SHORT_LINE = (0.25, 0.65)  # a line 1/3 to 1/2 of the text, with a margin for the width estimate (spec §3)


@dataclass(frozen=True)
class RuleBox:
    """Đường kẻ dưới một thành phần (spec §3): bề rộng ô chứa nó, độ dài kiểu đường kẻ của mẫu Word (twips), cỡ chữ
    đậm của dòng chữ trên nó."""

    box: int
    length: int
    size: float


# tools/make_templates.py draws these: the issuer's 2 cm line in the 6.4 cm header cell (12 pt bold), the trích
# yếu's 5 cm line across the 16.5 cm text width (14 pt bold)
ISSUER_RULE = RuleBox(round(6.4 * TWIPS_PER_CM), round(2.0 * TWIPS_PER_CM), 12)
SUMMARY_RULE = RuleBox(round(16.5 * TWIPS_PER_CM), round(5.0 * TWIPS_PER_CM), 14)


def rule_indent(lines: list[str], rule: RuleBox) -> int | None:
    """The indent (twips, each side) that makes the line under `lines` 5/12 of their widest printed line (at most the
    box), the middle of the spec's 1/3 to 1/2 (spec §3 rows 2 and 5a; ND30 II.2.b, II.5.b), when the template's own
    length is off it beyond SHORT_LINE's margin (a short trích yếu «Tổ chức hội thao» under a 5 cm line); None
    otherwise (most trích yếu, 10–15 cm of text), so those documents print as they did."""
    widest = min(max((printed_width(line, rule.size, bold=True) for line in lines), default=0.0) * 20, rule.box)
    if not widest or SHORT_LINE[0] <= rule.length / widest <= SHORT_LINE[1]:
        return None
    return round((rule.box - widest * 5 / 12) / 2)
