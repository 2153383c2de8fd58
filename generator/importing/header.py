"""The header of a document: cơ quan chủ quản, issuer, Quốc hiệu (or the Đoàn/Party line), Số and
ký hiệu, địa danh and date, type name and trích yếu (spec §3 rows 1–5, §4, §5).

Header tables arrive flattened (left cells, then right cells) or as columns of one line; each
cell is classified on its own, so the order of the columns does not matter.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from ..loading import document_types
from ..places import canonical_place, place_table
from .casing import continued_line, is_all_caps, sentence_case
from .kinds import kind_of, known_names, split_type, type_of_code
from .lines import Line
from .markers import ATTACHED_TO, ATTACHED_TYPES, QUOC_HIEU, starts_block
from .notes import Notes

_NATIONAL = (
    (QUOC_HIEU, "nha-nuoc"),
    (re.compile(r"^ĐOÀN TNCS HỒ CHÍ MINH$"), "doan"),
    (re.compile(r"^ĐẢNG CỘNG SẢN VIỆT NAM$"), "dang"),
)
_DOAN_JOINED = re.compile(r"^(?P<left>.*\S)\s+(?P<right>ĐOÀN TNCS HỒ CHÍ MINH)$")
_MOTTO = re.compile(r"^Độc lập\s*[-–—]?\s*Tự do\s*[-–—]?\s*Hạnh phúc$", re.IGNORECASE)  # dashes lost in a PDF
# `Số: 12/KH-UBND`; a law or resolution of the Quốc hội or its Standing Committee writes its type before the word
# (ND30 Phụ lục I, ô 3: `Luật số: 80/2015/QH13`, `Nghị quyết số: 653/2019/UBTVQH14`)
_NUMBER = re.compile(r"^(?:(?:Luật|Nghị quyết|Pháp lệnh|Lệnh)\s+s|S)ố(?=\s*[:\d/-])\s*:?\s*(?P<n>\d+)?\s*(?P<code>.*)$")
# a draft leaves the day or month blank, or writes dots for it (`ngày ….. tháng 12`, ND30 Phụ lục I ô 4)
_DATE = re.compile(
    r"^(?P<place>[^,]*?)\s*,?\s*ngày\s*(?:(?P<d>\d{1,2})|[.…_]+)?\s*tháng\s*(?:(?P<m>\d{1,2})|[.…_]+)?\s*năm\s*"
    r"(?P<y>\d{4})\s*\.?\s*$",  # a full stop after the year (`… năm 2012.`), which ND30 II.4.b leaves out
    re.IGNORECASE,
)
_YEAR = re.compile(r"^\d{4}$")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Two header columns flattened into one line by a text or PDF extract: the right column's Quốc hiệu
# (or Party line) or Tiêu ngữ after the left column's words, the date after the Số and ký hiệu.
_FLATTENED = (
    re.compile(r"^(?P<left>.*\S)\s+(?P<right>(?:CỘNG HO?[ÒÀ]A? XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM).*)$"),
    re.compile(r"^(?P<left>.*\S)\s+(?P<right>Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc.*)$", re.IGNORECASE),
    re.compile(r"^(?P<left>Số\s*:?\s*\d*\s*[-/]?\s*[^\s,]*)\s+(?P<right>[^\W\d].*ngày.*năm\s*\d{4}\.?)\s*$"),
    # the tiêu ngữ is a line of its own (ND30 Phụ lục I ô 2): what follows it is the next cell (the date line)
    re.compile(r"^(?P<left>Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc)\s+(?P<right>[^\W\d_].*)$", re.IGNORECASE),
)
_PLACE_WORDS = ("TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "XÃ ", "PHƯỜNG ")
_SUMMARY_END = re.compile(r"[.:]$")
_SPACED_END = re.compile(r"[.:;,]$")
_BODY_START = re.compile(r"^(Căn cứ|Thực hiện|Kính gửi|Theo đề nghị|Nhằm|Hôm nay|Vào hồi|Hội nghị bắt đầu)\b")
# Words printed after the type name on its line (KẾ HOẠCH LIÊN TỊCH, HƯỚNG DẪN THỰC HIỆN): the joint
# ones are not part of the type (the content file has one `loai`), the others begin the trích yếu.
_JOINT = ("LIÊN TỊCH", "LIÊN NGÀNH")
_QUALIFIERS = (*_JOINT, "THỰC HIỆN", "PHỐI HỢP")
# Documents issued with a quyết định (Ban hành kèm theo …) have no Số line of their own and print their
# type name with its subject in capitals on one line (`QUY CHẾ HOẠT ĐỘNG`, `QUY ĐỊNH VỀ …`), spec §5.
_DRAFT_STAMP = re.compile(r"\s*DỰ THẢO\s*")  # a draft's stamp, often a text box glued to the Số cell
# a công văn's trích yếu under the Số (ND30 Phụ lục I, ô 5b), or as older letters wrote it: `Về việc …`, `Về: …`
_SUBJECT = re.compile(r"^(?:V/[vV]\b|Về việc\b|Về\s*:)")
_BARE_SUBJECT = re.compile(r"^Về\s+\w")  # `Về cho học sinh nghỉ học` right under the Số line: the same ô 5b
# Độ khẩn and độ mật stamped in the header (ND30 Phụ lục I ô 10a, 10b; Luật Bảo vệ bí mật nhà nước Điều 8): no name
_STAMP = re.compile(r"^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT)(?: HẸN GIỜ)?$")
_ADDRESSED = re.compile(r"^Kính gửi\s*:")  # spec §8, ô 9a
# An issuer's system from its name or ký hiệu when no Party or Đoàn line is printed (union first: `CĐ UBND TỈNH`).
_REGIME_WORDS = (
    ("cong-doan", re.compile(r"CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|\b(?:LĐLĐ|CĐCS|CĐN|CĐVC|TLĐ|CĐ)\b")),
    ("doan", re.compile(r"\b(?:THÀNH ĐOÀN|TỈNH ĐOÀN|HUYỆN ĐOÀN|ĐOÀN TNCS|ĐOÀN THANH NIÊN|BCH ĐOÀN|ĐTN)\b")),
    ("dang", re.compile(r"\b(?:ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|ĐU)\b")),
)
LETTER = "CÔNG VĂN"
# The head's title before the issuer's name on the «thẩm quyền ban hành» line of a quyết định (ND30 Phụ lục III, Mẫu
# 1.1–1.3: `CHỦ TỊCH ỦY BAN NHÂN DÂN …`, `BỘ TRƯỞNG BỘ …`, `GIÁM ĐỐC SỞ …`, `HIỆU TRƯỞNG TRƯỜNG …`)
_HEAD_TITLE = re.compile(
    r"^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|(?:TỔNG )?GIÁM ĐỐC|(?:BỘ|CỤC|TỔNG CỤC|VIỆN|VỤ|HIỆU|CHI CỤC) TRƯỞNG|TRƯỞNG BAN"
    r"|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CHỦ NHIỆM|THỦ TƯỚNG|CHÁNH ÁN) "
)
# The title of an old document as the Công báo printed it, with no header cells (`THÔNG TƯ` / `CỦA BỘ GIÁO DỤC SỐ
# 36/GD-TT NGÀY 29-12-1976 HƯỚNG DẪN …`, `QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ … SỐ … NGÀY …`): the issuer, Số and ký hiệu and
# the date are in the title, before the trích yếu (ND30 Phụ lục I ô 1, 3, 4 and 5a, printed on one line)
_TITLED = re.compile(
    r"^CỦA (?P<issuer>[^\W\d].*?) SỐ:? ?(?P<n>\d+)/(?P<code>\S+?),? NGÀY (?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.]"
    r"(?P<y>\d{4}),? (?P<rest>\S.*)$"
)
_TOP_BODIES = frozenset({"QUỐC HỘI", "CHÍNH PHỦ"})
# The two lines of the issuer cell joined on one line by a web copy (ND30 Phụ lục I ô 1: the cơ quan chủ quản above
# the issuer): a territorial body's name, then the name of a unit under it (`LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON
# II`, `UBND HUYỆN … PHÒNG GIÁO DỤC …`); not `… PHÒNG, CHỐNG …` nor `… MÔI TRƯỜNG`
_TWO_NAMES = re.compile(
    r"^(?P<parent>\S.*?\b(?:TỈNH|HUYỆN|TP\.?|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG) \S.*?) (?<!MÔI )(?P<issuer>(?:CĐCS|CÔNG ĐOÀN CƠ SỞ"
    r"|PHÒNG(?!,? CHỐNG| NGỪA)|TRƯỜNG|SỞ|CHI BỘ|ĐẢNG ỦY|TRUNG TÂM|BỆNH VIỆN) \S.*)$"
)
_CODE_PART = re.compile(r"^[A-ZĐ][A-ZĐ0-9]*$")  # the end of a cut ký hiệu (`BC-BCĐPCGD-` / `XMC`): one word, no marks
AUTHORITY_MIN_WORDS = 3
ISSUER_MIN_NAMES = 2
SPACED_LINE_MAX_CHARS = 80
SUMMARY_MAX_LINES = 4
SUMMARY_MAX_CHARS = 300
HEADER_MAX_LINES = 40


@dataclass
class Header:
    """Phần đầu văn bản đã nhận ra."""

    parent_lines: list[str] = field(default_factory=list)
    issuer_lines: list[str] = field(default_factory=list)
    national: str | None = None
    number: int | None = None
    code: str | None = None
    place: str | None = None
    date: dt.date | None = None
    year: int | None = None
    partial_date: bool = False
    type_name: str | None = None
    summary: str | None = None
    recased: bool = False  # the trích yếu was printed in capitals: its sentence case is a guess
    code_cut: bool = False  # the ký hiệu ends with a hyphen: its last part is on a line of its own
    titled: bool = False  # the issuer, Số and date were read from an old Công báo title (`CỦA BỘ … SỐ … NGÀY …`)
    leftovers: list[Line] = field(default_factory=list)

    @property
    def found_anything(self) -> bool:
        return any((self.issuer_lines, self.national, self.code, self.place, self.type_name))

    @property
    def regime(self) -> str | None:
        """`che_do` of the content file: the Party or Đoàn line decides, else the issuer's name or code."""
        if self.national in ("dang", "doan"):
            return self.national
        names = " ".join([*self.parent_lines, *self.issuer_lines, self.code or ""]).upper()
        for regime, words in _REGIME_WORDS:
            if words.search(names):
                return regime
        return "nha-nuoc" if self.national or self.titled else None


def parse_header(lines: list[Line], notes: Notes) -> tuple[Header, int]:
    """The header and the index of the first body line."""
    header = Header()
    type_at = _type_line(lines)
    if type_at is None:
        letter = _letter(lines, header, notes)
        if letter is None:
            letter = _bare_letter(lines, header, notes)
        if letter is not None:
            return header, letter
        cut = _header_only(lines, header, notes)
        if cut is not None:
            return header, cut
        notes.add("Không thấy tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN …) ở đầu văn bản: dòng đầu được coi là trích yếu.")
        first = _skip_blank(lines, 0)
        if (
            first < len(lines)
            and len(lines[first].text) <= SUMMARY_MAX_CHARS
            and not _SUMMARY_END.search(lines[first].text)
        ):
            _set_summary(header, lines[first].text, notes)
            return header, first + 1
        return header, first
    _read_cells(lines[:type_at], header, notes)
    printed, rest = split_type(lines[type_at].text) or (lines[type_at].text, "")
    header.type_name = printed.upper()
    attached = header.type_name in ATTACHED_TYPES and rest == rest.upper()  # `QUY CHẾ HOẠT ĐỘNG` / `của Tổ …`
    qualifier = rest if rest.upper() in _QUALIFIERS or attached else ""
    if qualifier:
        rest = ""
        if qualifier.upper() in _JOINT:
            notes.add(
                f"Tên loại in là `{lines[type_at].text}`: tệp nội dung ghi `loai` theo `{header.type_name}`, "
                "chữ «"
                + qualifier
                + "» không có trường riêng"
                + (
                    " (`vanban build` in lại «LIÊN TỊCH» khi tệp có `lien_tich`: hai cơ quan cùng ký)."
                    if qualifier.upper() == "LIÊN TỊCH"
                    else "."
                ),
                lines[type_at].where,
            )
    _restore_hyphen(header, notes, lines[type_at].where)
    return header, _read_summary(lines, type_at, rest, header, notes, qualifier)


def _restore_hyphen(header: Header, notes: Notes, where: str) -> None:
    """`QĐUBND` under QUYẾT ĐỊNH → `QĐ-UBND`: a PDF's text layer lost the hyphen after the type abbreviation
    (ND30 Phụ lục III; spec §5.1: `Số: 1961/QĐ-UBND`)."""
    code, name = header.code, header.type_name
    if not code or not name or "-" in code or "/" in code or name not in known_names():
        return
    abbreviation = document_types()[kind_of(name)[0]].abbreviation
    if abbreviation and code.startswith(abbreviation) and len(code) > len(abbreviation):
        header.code = f"{abbreviation}-{code[len(abbreviation) :]}"
        notes.add(f"Ký hiệu in là `{code}` (mất dấu gạch nối): đọc là `{header.code}`.", where)


def _read_cells(lines: list[Line], header: Header, notes: Notes) -> None:
    """The header cells above the type name: Quốc hiệu, Số, date, and the issuer lines (the upper-case rest)."""
    cells = [(cell, line.where) for line in lines for cell in _cells(line)]
    if not any(pattern.match(cell) for cell, _ in cells for pattern, _ in _NATIONAL):
        cells = [(part, where) for cell, where in cells for part in _doan_split(cell)]
    upper_cells: list[Line] = []
    for cell, where in cells:
        if _classify(cell, header, notes, where):
            continue
        if header.code_cut and _CODE_PART.match(cell):
            header.code, header.code_cut = f"{header.code}-{cell}", False
            notes.add(
                f"Ký hiệu bị ngắt sau dấu gạch nối, phần cuối `{cell}` ở dòng riêng: đọc là `{header.code}`.", where
            )
            continue
        (upper_cells if is_all_caps(cell) else header.leftovers).append(Line((cell,), where))
    _split_issuer(_without_titles(upper_cells, header), header, notes)


def _without_titles(upper_cells: list[Line], header: Header) -> list[str]:
    """The capitals lines that can be a body's name: a line holding a year (`NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015
    CỦA …`, a web page's title above the issuer lines) is no name (ND30 Phụ lục I ô 1–2) and goes with the
    unrecognised lines, when two names stay."""
    names = [cell for cell in upper_cells if not _YEAR_IN.search(cell.text)]
    if len(names) < ISSUER_MIN_NAMES or len(names) == len(upper_cells):
        return [cell.text for cell in upper_cells]
    header.leftovers.extend(cell for cell in upper_cells if _YEAR_IN.search(cell.text))
    return [cell.text for cell in names]


def _doan_split(cell: str) -> list[str]:
    """`BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH` joined by one space, in a header with no Đoàn line of its
    own: the issuer and the Đoàn line printed in the right column of a Đoàn header."""
    match = _DOAN_JOINED.match(cell)
    return [match["left"], match["right"]] if match else [cell]


def _header_only(lines: list[Line], header: Header, notes: Notes) -> int | None:
    """A header with a Quốc hiệu (or Party/Đoàn line) and no type name: nothing after its last Số or date cell (an
    excerpt cut after the date line), or a body right after it whose ký hiệu names the type (a web page that left
    out the type and trích yếu lines, `Số: 130/KH-UBND` then `Thực hiện …`): its cells; the type from the ký hiệu
    (`06-CT/TW` → CHỈ THỊ, spec §5.2)."""
    head = lines[:HEADER_MAX_LINES]
    if not national_lines(head):
        return None
    ends = [i for i, line in enumerate(head) if any(_NUMBER.match(c) or _DATE.match(c) for c in line.cells)]
    if not ends:
        return None
    if any(not line.blank for line in lines[ends[-1] + 1 :]) and not _code_names_type(head[: ends[-1] + 1]):
        return None
    _read_cells(lines[: ends[-1] + 1], header, notes)
    named = type_of_code(header.code)
    if named is None:
        notes.add("Không thấy tên loại văn bản sau phần đầu (bản chép dừng ở dòng ngày tháng?).", lines[ends[-1]].where)
    else:
        header.type_name = named.upper()
        notes.add(
            f"Không thấy tên loại văn bản sau phần đầu: lấy theo ký hiệu `{header.code}` là `{header.type_name}`; "
            "kiểm tra lại tên loại và ghi trích yếu (`trich_yeu`).",
            lines[ends[-1]].where,
        )
    return ends[-1] + 1


def _code_names_type(lines: list[Line]) -> bool:
    """Whether the Số cell among these lines has a ký hiệu that begins with a type's abbreviation (`130/KH-UBND`)."""
    numbers = (_NUMBER.match(cell) for line in lines for cell in _cells(line))
    return any(number and type_of_code(_clean_code(number["code"], Notes(), "")) for number in numbers)


def _letter(lines: list[Line], header: Header, notes: Notes) -> int | None:
    """A công văn: no type name, a `V/v …` trích yếu among the header cells, the body from `Kính gửi`."""
    subject = next(
        (i for i, line in enumerate(lines[:HEADER_MAX_LINES]) if line.cells and _SUBJECT.match(line.cells[0])), None
    )
    if subject is None:
        subject = _bare_subject(lines)
    if subject is None:
        subject = _party_subject(lines)
    if subject is None:
        return None
    end = next(
        (i for i in range(subject + 1, min(len(lines), HEADER_MAX_LINES)) if _BODY_START.match(lines[i].text)), None
    )
    if end is None:
        return None
    parts: list[str] = []
    upper_cells: list[Line] = []
    in_subject = False
    for index, line in enumerate(lines[:end]):
        # a web copy spaces the V/v's lines out too (`V/v Hướng dẫn …` / blank / `Giáo dục trung học …`): a blank line
        # ends it only after SUMMARY_MAX_LINES lines; lines one under the other go on (a PDF's narrow left column
        # wraps a long V/v over five or six, ND30 Phụ lục I ô 5b) until a header cell or a name in capitals
        in_subject = in_subject and (not line.blank or len(parts) < SUMMARY_MAX_LINES)
        for cell in _cells(line):
            if _classify(cell, header, notes, line.where):
                in_subject = False
            elif (index == subject and not parts and not is_all_caps(cell)) or (in_subject and not is_all_caps(cell)):
                parts.append(cell)
                in_subject = True
            else:
                in_subject = False
                (upper_cells if is_all_caps(cell) else header.leftovers).append(Line((cell,), line.where))
    _split_issuer([c.text for c in upper_cells], header, notes)
    header.type_name = LETTER
    notes.add(
        "Không có tên loại, có trích yếu («V/v …», bản cũ: «Về việc …», «Về: …»; văn bản Đảng: không có «V/v») dưới số "
        "và ký hiệu: đã coi là công văn (tệp nội dung chưa có thể loại công văn: dùng thể loại gần nhất); trích yếu là "
        "phần sau «V/v» («Về việc», «Về»).",
        lines[subject].where,
    )
    joined = " ".join(parts)
    text = (_SUBJECT.sub("", joined, count=1) if _SUBJECT.match(joined) else re.sub(r"^Về\s+", "", joined)).strip()
    text = text.lstrip(":").strip().rstrip(".").rstrip()  # `V/v: …`
    _set_summary(header, text[:1].upper() + text[1:], notes)
    return end


def _bare_letter(lines: list[Line], header: Header, notes: Notes) -> int | None:
    """A copy that starts at «Kính gửi» or at one title line above it (a page's title, the letter's V/v), with no
    header cells and no type name: a công văn (spec §8: «Kính gửi», ô 9a, heads a công văn, tờ trình or báo cáo, and
    only the công văn prints no type name, ô 5b); the title line is its trích yếu. The body starts at «Kính gửi»."""
    first = _skip_blank(lines, 0)
    address = _skip_blank(lines, first + 1) if first < len(lines) and not _ADDRESSED.match(lines[first].text) else first
    if address >= len(lines) or not _ADDRESSED.match(lines[address].text):
        return None
    header.type_name = LETTER
    title = lines[first].text if address != first else ""
    notes.add(
        "Bản chép bắt đầu ở «Kính gửi»"
        + (" (dưới một dòng tên)" if title else "")
        + ", không có phần đầu, tên loại: đã coi là công văn; bổ sung cơ quan ban hành, số, ngày trong tệp nội dung.",
        lines[address].where,
    )
    if title and len(title) <= SUMMARY_MAX_CHARS and not _SUMMARY_END.search(title) and len(lines[first].cells) == 1:
        _set_summary(header, _SUBJECT.sub("", title, count=1).strip(" :"), notes)
    return address


def _bare_subject(lines: list[Line]) -> int | None:
    """`Về …` (no «việc», no colon) on the first line under the Số cell's line: an older công văn's trích yếu
    (ô 5b); elsewhere a line opening with «Về» is body text."""
    head = lines[:HEADER_MAX_LINES]
    for index, line in enumerate(head):
        if not any(_NUMBER.match(cell) for cell in _cells(line)):
            continue
        below = _skip_blank(head, index + 1)
        if below < len(head) and head[below].cells and _BARE_SUBJECT.match(head[below].cells[0]):
            return below
        return None
    return None


def _party_subject(lines: list[Line]) -> int | None:
    """A Party công văn (`Số 1520-CV/TU`): its trích yếu stands under the Số line without `V/v` (HD 36-HD/VPTW
    1.5.2, ô 5b), in ordinary case; the index of that line."""
    head = lines[:HEADER_MAX_LINES]
    for index, line in enumerate(head):
        number = _NUMBER.match(line.cells[0]) if len(line.cells) == 1 else None
        if number is None or not re.match(r"CV\s*[-/]", number["code"].strip(" -")):
            continue
        below = _skip_blank(head, index + 1)
        if below < len(head) and len(head[below].cells) == 1:
            text = head[below].cells[0]
            if not is_all_caps(text) and not is_header_cell(text) and not _BODY_START.match(text):
                return below
    return None


def _type_line(lines: list[Line]) -> int | None:
    """The line holding the type name alone (KẾ HOẠCH); else a first line starting with it (web copies), or a
    capitals line starting with it right under the date line (`HƯỚNG DẪN VỀ THỂ THỨC …`: the type name and the
    trích yếu on one line, where ND30 Phụ lục I ô 5a prints them one under the other)."""
    first = _skip_blank(lines, 0)
    after_date = False
    for index, line in enumerate(lines[:HEADER_MAX_LINES]):
        found = split_type(line.text) if len(line.cells) == 1 else None
        under_date, after_date = after_date, (after_date and line.blank) or any(_DATE.match(c) for c in line.cells)
        if found is None:
            continue
        capitals = line.text == line.text.upper()
        alone = (not found[1] or found[1].upper() in _QUALIFIERS) and capitals
        attached = capitals and found[0].upper() in ATTACHED_TYPES
        if alone or attached or (found[1] and (index == first or (capitals and under_date))):
            return index
    return None


def _cells(line: Line) -> list[str]:
    """The line's cells, a lone `Số` joined to the ký hiệu cell after it (`Số` | `-QC/ĐU`), flattened ones split."""
    cells: list[str] = []
    for cell in line.cells:
        if cells and cells[-1] in ("Số", "Số:"):
            cell = f"{cells.pop()} {cell}"
        cells.append(cell)
    return [part for cell in cells for part in _unflatten(cell)]


def _unflatten(cell: str) -> list[str]:
    """`TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI …` → [`TỈNH NAM ĐỊNH`, `CỘNG HÒA XÃ HỘI …`]; `Số: 5/KH-CĐCS Hà Nội, ngày …` likewise."""
    cell = _DRAFT_STAMP.sub(" ", cell).strip()
    if not cell:
        return []
    for pattern in _FLATTENED:
        match = pattern.match(cell)
        if match:
            return [*_unflatten(match["left"]), *_unflatten(match["right"])]
    return [cell]


def _skip_blank(lines: list[Line], start: int) -> int:
    while start < len(lines) and lines[start].blank:
        start += 1
    return start


def _classify(cell: str, header: Header, notes: Notes, where: str) -> bool:
    """Take the Quốc hiệu, tiêu ngữ, Số and date cells; False for anything else."""
    for pattern, kind in _NATIONAL:
        if pattern.match(cell):
            header.national = header.national or kind
            return True
    if _MOTTO.match(cell) or _STAMP.match(cell):
        return True
    number = _NUMBER.match(cell)
    if number and header.code is None:
        header.number = int(number["n"]) if number["n"] and int(number["n"]) > 0 else None
        header.code = _clean_code(number["code"], notes, where)
        header.code_cut = bool(header.code) and number["code"].rstrip().endswith("-")
        if header.number is None:
            notes.add("Số văn bản để trống (dự thảo): tệp nội dung không ghi `so`.", where)
        return True
    date = _DATE.match(cell)
    if date and header.year is None:
        _take_date(date, header, notes, where)
        return True
    return False


def _clean_code(raw: str, notes: Notes, where: str) -> str | None:
    """`/TTr-CĐCS/2024` → `TTr-CĐCS`; `- KH/ĐTN` → `KH/ĐTN`; `/CV - ĐTN` → `CV-ĐTN` (years dropped, spec §5.1)."""
    code = re.sub(r"\s*([-–/])\s*", r"\1", raw.strip()).strip("-–/ ")
    parts = [p for p in code.split("/") if not _YEAR.match(p)]
    if len(parts) != len(code.split("/")):
        notes.add(f"Năm trong số, ký hiệu `{raw.strip()}` được bỏ: ký hiệu ghi lại theo dạng Số/LOẠI-CƠ QUAN.", where)
    code = "/".join(parts)
    typed, dash, rest = code.partition("-")
    abbreviation = _mixed_case_abbreviations().get(typed.upper())
    if dash and abbreviation and abbreviation != typed:  # `TTR-UBND` → `TTr-UBND` (ND30 Phụ lục III)
        notes.add(f"Chữ viết tắt tên loại `{typed}` ghi theo ND30 Phụ lục III: `{abbreviation}`.", where)
        code = f"{abbreviation}-{rest}"
    return code or None


@cache
def _mixed_case_abbreviations() -> dict[str, str]:
    """The type abbreviations not all in capitals (`TTr`, `CTr`, `QyĐ`), by their capitals."""
    names = (t.abbreviation for t in document_types().values() if t.abbreviation)
    return {name.upper(): name for name in names if name != name.upper()}


def _take_date(match: re.Match[str], header: Header, notes: Notes, where: str) -> None:
    place = match["place"].strip(" ,*")
    header.place = place_cased(place) or None
    if header.place and header.place != place:
        notes.add(f"Địa danh `{place}` được viết hoa chữ đầu mỗi âm tiết: `{header.place}` (ND30 Phụ lục II).", where)
    canonical = canonical_place(header.place or "")
    if header.place and canonical and canonical != header.place:
        notes.add(
            f"Địa danh `{header.place}` ghi theo tên đơn vị hành chính cấp tỉnh: `{canonical}` (ND30 II.4.a).", where
        )
        header.place = canonical
    header.year = int(match["y"])
    header.partial_date = match["d"] is None or match["m"] is None
    if header.partial_date:
        notes.add("Ngày hoặc tháng ban hành để trống (dự thảo): đã ghi tạm ngày 1 (tháng 1), sửa `ngay` khi có.", where)
    try:
        header.date = dt.date(header.year, int(match["m"] or 1), int(match["d"] or 1))
    except ValueError:
        notes.add(f"Ngày ban hành `{match.group(0).strip()}` không có thật.", where)


_UNIT_NOUNS = ("thị trấn", "thị xã", "thành phố")


def place_cased(place: str) -> str:
    """A capital on each syllable of the name (ND30 Phụ lục II I.3), the common noun of a unit named with it in small
    letters but its first (`Thị trấn Sịa`, `Thành phố Hồ Chí Minh`; `thị trấn` is no part of the name)."""
    words = [word[:1].upper() + word[1:] for word in place.split()]
    if len(words) > 2 and " ".join(words[:2]).lower() in _UNIT_NOUNS:
        words[1] = words[1].lower()
    return " ".join(words)


def is_header_cell(cell: str) -> bool:
    """A Quốc hiệu (or Đoàn/Party line), tiêu ngữ, Số or date cell."""
    return any(p.match(cell) for p, _ in _NATIONAL) or any(p.match(cell) for p in (_MOTTO, _NUMBER, _DATE))


def national_lines(lines: list[Line]) -> int:
    """How many Quốc hiệu (or Đoàn/Party) lines the file has: more than one without a type name = several documents."""
    return sum(1 for line in lines for cell in line.cells if any(pattern.match(cell) for pattern, _ in _NATIONAL))


# The first words of a body's name: in a văn bản liên tịch's header the other body's name opens with one.
_BODY_WORDS = (
    "SỞ ",
    "BAN ",
    "ỦY BAN",
    "UỶ BAN",
    "UBND",
    "BỘ ",
    "LIÊN ĐOÀN",
    "LĐLĐ",
    "CÔNG ĐOÀN",
    "HỘI ",
    "ĐOÀN ",
    "TỈNH ĐOÀN",
    "THÀNH ĐOÀN",
    "TRUNG TÂM",
    "PHÒNG ",
    "TRƯỜNG ",
    "CỤC ",
    "CHI CỤC",
    "BẢO HIỂM",
    "VIỆN ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "CHI BỘ",
    "MẶT TRẬN",
    "CÔNG AN",
)


def split_joint_names(header: Header) -> list[str]:
    """A văn bản liên tịch's header names both bodies, the other under the lead issuer: its lines (from the last
    line that opens a body's name) leave `issuer_lines` and are returned; [] when they cannot be told apart."""
    lines = header.issuer_lines
    starts = [index for index, line in enumerate(lines) if line.startswith(_BODY_WORDS)]
    if starts and starts[-1] > 0:
        header.issuer_lines = lines[: starts[-1]]
        return lines[starts[-1] :]
    if starts == [0] and header.parent_lines:  # no chủ quản: the line taken for one was the lead issuer's name
        header.issuer_lines, header.parent_lines = header.parent_lines, []
        return lines
    return []


def _split_issuer(lines: list[str], header: Header, notes: Notes) -> None:
    """First of several UPPER lines = cơ quan chủ quản; the rest = issuer (a `TỈNH …` line continues a name, and
    so does a line that is only a place, the country or a province: `TỔNG LIÊN ĐOÀN LAO ĐỘNG` / `VIỆT NAM`)."""
    lines = _joined_places(lines)
    if len(lines) == 1 and (two := _TWO_NAMES.match(lines[0])):
        lines = [two["parent"], two["issuer"]]
        notes.add(
            f"Tên hai cơ quan in liền một dòng `{two.group(0)}`: cơ quan chủ quản `{lines[0]}`, ban hành `{lines[1]}`."
        )
    # a chủ quản broken before its place, above the issuer (`ỦY BAN NHÂN DÂN` / `TỈNH …` / `SỞ …`): its two lines
    parent = 2 if len(lines) >= 3 and lines[1].startswith(_PLACE_WORDS) and not _names_place(lines[0]) else 1
    if len(lines) >= 2 and not (len(lines) == 2 and lines[1].startswith(_PLACE_WORDS)):
        header.parent_lines, header.issuer_lines = lines[:parent], lines[parent:]
    else:
        header.issuer_lines = lines
    if len(lines) >= 3:
        notes.add(
            f"Ba dòng tên cơ quan trở lên: đã coi `{' '.join(lines[:parent])}` là cơ quan chủ quản, phần còn lại là "
            "cơ quan ban hành."
        )


def _names_place(line: str) -> bool:
    """Whether a name line holds its place already (`LIÊN ĐOÀN LAO ĐỘNG TỈNH …`)."""
    return any(f" {word}" in f" {line}" for word in _PLACE_WORDS)


def _joined_places(lines: list[str]) -> list[str]:
    """A name broken before its place (`BẢO HIỂM XÃ HỘI` / `VIỆT NAM`, ND30 Phụ lục I ô 1): the place joined back.
    So is a line naming the Quốc hội or the Chính phủ (`ỦY BAN THƯỜNG VỤ` / `QUỐC HỘI`): the highest state bodies
    have no cơ quan chủ quản above them (ND30 Phụ lục I, ô 1), so the line above is the start of the same name."""
    out: list[str] = []
    for line in lines:
        if out and (line in _place_names() or line in _TOP_BODIES):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


@cache
def _place_names() -> frozenset[str]:
    table = place_table()
    places = [*(p.place for p in table.current), *(a.place for a in table.abolished)]
    return frozenset({"VIỆT NAM", *(place.upper() for place in places)})


def _read_summary(lines: list[Line], type_at: int, rest: str, header: Header, notes: Notes, qualifier: str) -> int:
    """Trích yếu: the lines after the type name up to a blank line, a rule or the first body line."""
    parts = [rest] if rest else []
    index = type_at + 1
    spaced_out = index < len(lines) and lines[index].blank  # a blank line under the type name too: a spaced copy
    while index < len(lines) and not parts and lines[index].blank:
        index += 1
    # `KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN` / `NĂM HỌC 2021-2022`: a type line in capitals that begins the trích yếu (ô 5a
    # prints it under the type name) goes on over the lines under it, as a trích yếu under its type name does
    goes_on = not rest or lines[type_at].text == lines[type_at].text.upper()
    while index < len(lines) and len(parts) < SUMMARY_MAX_LINES and goes_on:
        spaced = spaced_out and bool(parts) and _spaced_line(lines, index, parts[-1], header)
        index += spaced
        line = lines[index]
        if (
            not line.cells
            or len(line.text) > SUMMARY_MAX_CHARS
            or (_BODY_START.match(line.text) and (parts or not _ruled_under(lines, index)))
            or len(line.cells) > 1
            or starts_block(line.text)
            or _authority(line.text, header)
            or ATTACHED_TO.match(line.text)  # the body's reference to its quyết định, not the trích yếu
            or (parts and line.text.endswith(":"))  # the body's lead-in (`… đã thảo luận … và kết luận:`)
        ):
            break
        # a line in ordinary case after the spaced title's line or under capitals (`PHỔ CẬP …` / `Thời điểm …`)
        continues = spaced or (bool(parts) and is_all_caps(parts[-1]))
        parts.append(continued_line(line.text) if continues and not is_all_caps(line.text) else line.text)
        index += 1
        if _SUMMARY_END.search(line.text):
            break
    text = " ".join(_capitals_lead_cased(parts, notes)).rstrip(".").rstrip()  # no final stop (spec §3 row 5a)
    text = _titled(text, header, notes, lines[type_at].where)
    if qualifier and qualifier.upper() not in _JOINT and text:
        text = f"{qualifier.upper() if is_all_caps(text) else qualifier.capitalize()} {text}"
    _set_summary(header, text, notes)
    if rest and index < len(lines) and lines[_skip_blank(lines, index)].text == lines[type_at].text:
        index = _skip_blank(lines, index)
        notes.add("Bỏ dòng tiêu đề lặp lại (bản sao từ trang web).", lines[index].where)
        index += 1
    return index


def _ruled_under(lines: list[Line], index: int) -> bool:
    """A rule on the next line (`-----`): the line above it is a trích yếu, even one that opens like the body
    (`Thực hiện quy trình …` under HƯỚNG DẪN, ND30 Phụ lục I ô 5a: the line is drawn under the trích yếu)."""
    return index + 1 < len(lines) and lines[index + 1].rule


def _titled(text: str, header: Header, notes: Notes, where: str) -> str:
    """An old Công báo title under the type name, in a copy with no header cells (`CỦA BỘ GIÁO DỤC SỐ 36/GD-TT NGÀY
    29-12-1976 HƯỚNG DẪN …`): the issuer (the body, not its head: `BỘ TRƯỞNG BỘ …` → `BỘ …`), Số, ký hiệu and date
    taken from it, with a note; what follows them is the trích yếu."""
    match = _TITLED.match(text)
    if match is None or header.issuer_lines or header.code or header.year is not None:
        return text
    issuer = match["issuer"]
    head = _HEAD_TITLE.match(issuer)
    if head and not issuer.startswith("THỦ TƯỚNG") and len(issuer[head.end() :].split()) >= ISSUER_MIN_NAMES:
        issuer = issuer[head.end() :]
    header.issuer_lines, header.number, header.titled = [issuer], int(match["n"]), True
    header.code = _clean_code(match["code"], notes, where)
    try:
        header.date, header.year = dt.date(int(match["y"]), int(match["m"]), int(match["d"])), int(match["y"])
    except ValueError:
        notes.add(f"Ngày ban hành `{match['d']}-{match['m']}-{match['y']}` không có thật.", where)
    notes.add(
        f"Tên văn bản in theo lối cũ (cơ quan, số và ngày trong tên: `{text[: match.start('rest')].strip()}`): "
        f"cơ quan ban hành `{issuer}`, số {header.number}, ký hiệu `{header.code}`; không có địa danh (`dia_danh`).",
        where,
    )
    return match["rest"]


def _spaced_line(lines: list[Line], index: int, last: str, header: Header) -> bool:
    """A web copy that puts a blank line between every line of its title block (`KẾ HOẠCH` / `ĐẠI HỘI …` /
    `NHIỆM KỲ 2019 – 2020`, the type name too followed by a blank line): after one blank line, a short line in the same case as the trích yếu's last line, with
    no final punctuation and not naming a body (`BAN THƯỜNG VỤ …`, the issuer again), continues the trích yếu."""
    if not lines[index].blank or index + 1 >= len(lines):
        return False
    text = lines[index + 1].text
    return (
        len(lines[index + 1].cells) == 1
        and len(text) <= SPACED_LINE_MAX_CHARS
        and not _SPACED_END.search(text)
        and (is_all_caps(text) == is_all_caps(last) or text[:1].islower())
        and not text.upper().startswith((*_BODY_WORDS, "KHÓA", "KHOÁ"))
        and not _HEAD_TITLE.match(text.upper())
        and not _BODY_START.match(text)
        and not starts_block(text)
        and not _authority(text, header)
    )


def _capitals_lead_cased(parts: list[str], notes: Notes) -> list[str]:
    """A trích yếu whose first lines are in capitals and the rest in ordinary case (a Party kết luận: `HỘI NGHỊ
    LẦN THỨ BẢY` / `BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)` / `về …`): those lines in sentence case, names kept
    (spec §3 row 5a)."""
    lead = next((i for i, part in enumerate(parts) if not is_all_caps(part)), len(parts))
    if lead in (0, len(parts)):
        return parts
    upper = " ".join(parts[:lead])
    cased = sentence_case(upper)
    notes.add(
        f"Dòng in hoa đầu trích yếu `{upper}` được viết lại kiểu câu: `{cased}`; kiểm tra tên riêng (spec §13.3)."
    )
    return [cased, *parts[lead:]]


def _authority(text: str, header: Header) -> bool:
    """The line naming who decides, under the trích yếu of a quyết định or nghị quyết (`ỦY BAN NHÂN DÂN TỈNH …`,
    `CHỦ TỊCH ỦY BAN …`, `BỘ TRƯỞNG BỘ Y TẾ`, the «thẩm quyền ban hành» line of ND30's quyết định model): the
    issuer's name again, after the head's title or none, in capitals. It begins the body."""
    issuer = " ".join(header.issuer_lines)
    if not issuer or text != text.upper():
        return False
    name = _HEAD_TITLE.sub("", text, count=1)
    # the name without its place (`ỦY BAN NHÂN DÂN TỈNH` under `… TỈNH SƠN LA`), as ND30's model prints it
    return name.startswith(issuer) or (len(name.split()) >= AUTHORITY_MIN_WORDS and issuer.startswith(name + " "))


def _set_summary(header: Header, text: str, notes: Notes) -> None:
    """The trích yếu; an all-caps one in sentence case, proper names kept, so the file builds (spec §3 row 5a)."""
    if is_all_caps(text):
        cased = sentence_case(text)
        notes.add(
            f"Trích yếu in hoa toàn bộ `{text}` được viết lại kiểu câu: `{cased}`; kiểm tra tên riêng (spec §13.3)."
        )
        text = cased
        header.recased = True
    elif text[:1].islower():  # `tổng kết công tác …` under BÁO CÁO: a sentence begins with a capital (spec §3 row 5a)
        notes.add(f"Trích yếu bắt đầu bằng chữ thường `{text[:30]}…`: viết hoa chữ đầu (spec §3 dòng 5a).")
        text = text[:1].upper() + text[1:]
    header.summary = text or None
