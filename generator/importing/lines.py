"""A .docx, .doc, .pdf or .txt file → clean NFC lines, each split into its columns (cells).

Real inputs are messy (tests/fixtures/corpus/texts/INDEX.md): header tables flattened cell after cell,
two columns on one line separated by tabs or runs of spaces, decomposed Unicode, footnote numbers
glued to words, lone page numbers, PDF lines hard-wrapped at the margin. This module undoes the
mechanical damage and records every change that removes characters in the notes. A data table of
a .docx (docxblocks.py) is one Line that carries its WordTable and no text of its own; its cell texts
are body text (a `*` written `\\*`, bodyxml). A line of a .docx also carries the emphasis of each
character; as body text (`Line.marked`) it keeps a stretch in bold or italic inside a cell that is not
bold or italic throughout (a line that is — a heading, the trích yếu, the Nơi nhận — is in its
paragraph's style, not emphasised).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..bodyxml import BOLD, ITALIC, escaped, marked
from ..errors import Problem, UnreadableDocumentError
from ..exporting.pdf import doc_to_docx
from ..yamlfile import XML_UNFIT
from .casing import is_all_caps
from .docxblocks import TextLine, docx_blocks
from .grid import WordTable
from .kinds import printed_names
from .markers import QUOC_HIEU, starts_block
from .notes import Notes
from .sources import PAGE_NUMBER, pdf_texts

_COLUMN_GAP = re.compile(r"\t+|\s{3,}")
_LONE_BULLETS = frozenset({"-", "+", "•", "–", "*"})
# A row of a web table copied as text (hethongphapluat.vn): `ỦY BAN NHÂN DÂN | CỘNG HÒA … |`, each cell closed by `|`;
# or one cell to a line (vanban123.vn): `ỦY BAN NHÂN DÂN |` / `CỘNG HÒA … |`.
_ROW_EDGE = re.compile(r"\s*\|\s*")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " "})
# zero-width and soft hyphens, and the control characters XML cannot hold (a PDF's text layer can carry a NUL):
# kept, `vanban build` could not write them into word/document.xml
_INVISIBLE = re.compile(f"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f{XML_UNFIT}]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_LONE_MARKS = re.compile(r"(?:(?<=\s)|^)[\u0300-\u036f]+")  # a combining mark after a space belongs to no letter
_BOLD = re.compile(r"\*\*")
# `*nghiêng*` of a web copy; a footnote mark `(*)` is no emphasis, even twice on a line.
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s)])([^*\n]*?[^\s(])\*(?![\w*])")
# a word, not `07h00`; nor a date's word (`tháng11`: the day or month glued to it)
_FOOTNOTE = re.compile(r"(?<=[a-zà-ỹđ][a-zà-ỹđ])(?<!ngày)(?<!tháng)(?<!năm)(\d{1,2})(?=[.,;:)]|\s|$)")
_RULE = re.compile(r"^[-_*=~.…–—|\s]+$")  # a lone `|`: a cell edge of a web table (thuvienphapluat.vn)
_WRAP_END = re.compile(r"[.:;!?…]$")
_ADDRESS = re.compile(r"^Kính gửi\b")
_GLUED_HYPHEN = re.compile(r"\S-$")  # `2769/UBND-` / `NCKSTTHC`: one word cut after its hyphen (not `2026 -`)
_ONE_WORD = re.compile(r"^[^\W\d_][^\s]*(?<![.;!?…])$")  # `ỦY`, `Mỹ`, `Số:`; not `TM.`
_END_PUNCTUATION = frozenset(".,;:!?…/")
_DATE_CUT = re.compile(r"\b(?:ngày|tháng)\n\d")  # `Đồng Nai, ngày` / `04 tháng 12 năm 2013`
# Blanks left for the clerk in drafts (`Số:    /TTr`, `ngày      tháng  4`) are not column gaps.
_DRAFT_BLANKS = re.compile(r"(?<=\bSố:)\s+|(?<=\bngày)\s+(?=\d|tháng|/)|(?<=\btháng)\s+(?=\d|năm)")
# Nor are the spaces a page pads the day or month with (`ngày   19    tháng 5`): one date line (ND30 Phụ lục I ô 4).
_PADDED_DATE = re.compile(r"\b(ngày|tháng)\s+(\d{1,2})\s+(?=(?:tháng|năm)\b)")
# A line break a page printed as its escape (`\r\n Kính gửi: …`: a string shown without being decoded)
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n")
MAX_TEXT_BYTES = 5_000_000  # about 1,000 pages of text; more is not one document
WRAP_MIN_CHARS = 60
WRAP_MAX_LINE = 110
WEB_TABLE_LINES = 40
FLAT_MIN_CHARS = 600
FLAT_HEAD_CHARS = 300
FLAT_TYPE_CHARS = 40
_FLAT_NUMBER = re.compile(r"Số\s*:?\s*\d+\s*[-/]")
_FLAT_PLACE_WORD = r"[^\W\d_][\w.]*(?:-[^\W\d_][\w.]*)*"  # `Phan Rang-Tháp Chàm`; not the ký hiệu before it
_FLAT_DATE = re.compile(
    rf"(?<![/\w-]){_FLAT_PLACE_WORD}(?: {_FLAT_PLACE_WORD})*, ngày ?\d{{1,2}} tháng ?\d{{1,2}} năm ?\d{{4}}"  # `tháng11`
)
_FLAT_LIST_NUMBER = re.compile(r"^\s*\d{1,3}\.\s+(?=[^\W\d_])")  # the page's own list number before the header
_FLAT_HEADING = re.compile(r"\s+(?=[IVXL]+\.\s+(\w+))")  # `… như sau: I. TÌNH HÌNH …`: a heading in capitals
_FLAT_ITEM = re.compile(r"(?<=[.:;])\s+(?=\d{1,2}\.\s+[^\W\d_]|[a-zđ]\)\s|- )")  # `…: 1. …`, `…: a) …`, `…; - …`
_FLAT_STAR = re.compile(r"\s*(?:\*{3}|-{3,})\s*")
_FLAT_HEADER = re.compile(
    r"\s*(?=Số\s*:|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS HỒ CHÍ MINH|Độc lập - Tự do)"
    r"|(?:(?<=CHỦ NGHĨA VIỆT NAM)|(?<=ĐẢNG CỘNG SẢN VIỆT NAM)|(?<=ĐOÀN TNCS HỒ CHÍ MINH)|(?<=Tự do - Hạnh phúc))\s*"
)
_FLAT_BODY = re.compile(r"\s*(?=- Căn cứ |Điều \d+\. |Nơi nhận:|TM\. |KT\. |Kính gửi:)")


@dataclass(frozen=True)
class Line:
    """Một dòng đã làm sạch: các cột (ô) của nó và vị trí trong tệp gốc để báo cáo."""

    cells: tuple[str, ...]
    where: str
    table: WordTable | None = None  # a data table of a .docx: no text of its own (cells empty)
    styles: tuple[int, ...] = ()  # the emphasis (bodyxml BOLD, ITALIC) of each character of `text`; () when unknown
    runs_on: bool = False  # a PDF's printed line whose paragraph goes on on the next text line (sources.py)
    foot: bool = False  # a PDF's footnote at the foot of its page (sources.py)
    rule: bool = False  # a line of dashes or stars (the short rule under a trích yếu or a name): blank, but drawn

    @property
    def text(self) -> str:
        return " ".join(self.cells)

    @property
    def marked(self) -> str:
        """The line as a content file writes body text: inline emphasis kept, every other `*` escaped."""
        if not self.styles:
            return escaped(self.text)
        starts = itertools.accumulate((len(cell) + 1 for cell in self.cells), initial=0)
        return " ".join(
            marked(cell, _inline(cell, list(self.styles[start : start + len(cell)])))
            for cell, start in zip(self.cells, starts, strict=False)
        )

    def bold(self, start: int = 0) -> bool | None:
        """Whether every letter of `text[start:]` is bold; None when the source shows no formatting (text, PDF)."""
        if not self.styles:
            return None
        return all(
            style & BOLD for ch, style in zip(self.text[start:], self.styles[start:], strict=True) if ch.isalnum()
        )

    @property
    def blank(self) -> bool:
        return not self.cells and self.table is None


def read_lines(path: Path, notes: Notes) -> list[Line]:
    """The clean lines of a .docx (via read_docx only), a .doc (converted), a .pdf or a UTF-8 .txt file."""
    # Converted .doc text carries footnote numbers inline (`tiền lương1.`); in a .docx they are separate
    # elements that are not read, so digits glued to a word there are real text.
    # Markdown emphasis (`**…**`, `*…*`) is stripped from a text file (a web copy); a `*` in a Word or PDF
    # text is a real character.
    suffix = path.suffix.lower()
    raw: list[tuple[TextLine | WordTable, str]]
    if suffix in (".docx", ".doc"):
        raw = list(_numbered(_word_blocks(path, notes)))
        wrapped, text_file = False, False
    elif suffix == ".pdf":
        printed = list(enumerate(pdf_texts(path), start=1))
        raw = [(TextLine(text.text, ()), f"dòng {n}") for n, text in printed]
        runs_on = {f"dòng {n}" for n, text in printed if text.runs_on}
        foot = {f"dòng {n}" for n, text in printed if text.foot}
        wrapped, text_file = False, False
    else:
        texts = _decode(path).splitlines()
        if any(_ESCAPED_BREAK.search(text) for text in texts):
            notes.add("Trang web in cả mã xuống dòng (`\\r\\n`) thành chữ: đã coi là chỗ xuống dòng.")
        raw = [
            (TextLine(piece, ()), f"dòng {n}")
            for n, text in enumerate(texts, start=1)
            for part in _ESCAPED_BREAK.split(text)
            for piece in _rebroken(part, f"dòng {n}", notes)
        ]
        wrapped, text_file = _looks_hard_wrapped(texts) or _web_table(texts), True
    lines = [line for block, where in raw if (line := _line(block, where, notes, text_file)) is not None]
    if suffix == ".pdf":
        lines = [dataclasses.replace(line, runs_on=line.where in runs_on, foot=line.where in foot) for line in lines]
    if wrapped:
        notes.add(
            "Văn bản có các dòng bị ngắt cứng (bản chuyển từ PDF, bản chép từ trang web): đã nối lại thành đoạn; kiểm tra chỗ nối."
        )
        lines = _rejoin(lines)
    return lines


def _rebroken(text: str, where: str, notes: Notes) -> list[str]:
    """A page whose line breaks were all lost (a forum post: `BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN
    TNCS HỒ CHÍ MINH Hà Nội, ngày … năm 2013 QUYẾT ĐỊNHVề việc …- Căn cứ …`): one very long line that starts with
    a header (a Số cell and a date line near its start) is broken again where ND30's layout breaks it — around
    the star and rules, before the Số cell, the Quốc hiệu or Party/Đoàn line, the tiêu ngữ, after the date line,
    after the type name, before each `- Căn cứ`, `Điều N.`, `Nơi nhận:` and authority line."""
    whole = text
    text = _FLAT_LIST_NUMBER.sub("", text, count=1)
    head = text[:FLAT_HEAD_CHARS]
    date = _FLAT_DATE.search(head)
    if len(text) < FLAT_MIN_CHARS or not (_FLAT_NUMBER.search(head) and date):
        return [whole]
    cut = head.rfind(" ", 0, date.end() + FLAT_TYPE_CHARS)  # the header: up to the type name
    top = _FLAT_HEADER.sub("\n", _FLAT_STAR.sub(_own_line, text[:cut]))
    top = _FLAT_DATE.sub(lambda m: f"\n{m.group(0)}\n", top, count=1)
    rest = _FLAT_BODY.sub("\n", _FLAT_STAR.sub(_own_line, text[cut:]))
    rest = _FLAT_ITEM.sub("\n", _FLAT_HEADING.sub(lambda m: "\n" if m.group(1).isupper() else m.group(0), rest))
    pieces = [part.strip() for piece in (top + rest).split("\n") for part in _unglued_type(piece.strip())]
    pieces = [piece for piece in pieces if piece]
    notes.add(
        f"Dòng dài {len(text)} ký tự chứa cả phần đầu văn bản (trang web mất hết dấu xuống dòng): đã ngắt lại "
        f"thành {len(pieces)} dòng theo bố cục ND30; kiểm tra chỗ ngắt.",
        where,
    )
    return pieces


def _own_line(match: re.Match[str]) -> str:
    return f"\n{match.group(0).strip()}\n"


def _unglued_type(text: str) -> list[str]:
    """`QUYẾT ĐỊNHVề việc …` → [`QUYẾT ĐỊNH`, `Về việc …`]: a type name in capitals glued to the trích yếu."""
    for name in printed_names():
        after = text[len(name) : len(name) + 2]
        if text.startswith(name) and len(after) == 2 and after[0].isupper() and after[1].islower():
            return [name, text[len(name) :]]
    return [text]


def _word_blocks(path: Path, notes: Notes) -> list[TextLine | WordTable]:
    if path.suffix.lower() == ".docx":
        return docx_blocks(path, notes)
    with tempfile.TemporaryDirectory(prefix="vanban-doc-") as folder:
        return docx_blocks(doc_to_docx(path, Path(folder)), notes)


def _numbered(blocks: list[TextLine | WordTable]) -> Iterator[tuple[TextLine | WordTable, str]]:
    """Each paragraph line with `đoạn N`, each data table with `bảng N` (counted separately)."""
    paragraphs = tables = 0
    for block in blocks:
        if isinstance(block, TextLine):
            paragraphs += 1
            yield block, f"đoạn {paragraphs}"
        else:
            tables += 1
            yield block, f"bảng {tables}"


def _line(block: TextLine | WordTable, where: str, notes: Notes, text_file: bool) -> Line | None:
    if isinstance(block, TextLine):
        line = _clean(block.text, where, notes, text_file)
        return dataclasses.replace(line, styles=_styles(line.cells, block)) if line and block.styles else line
    rows = tuple(tuple(dataclasses.replace(cell, text=_cell_text(cell.text)) for cell in row) for row in block.rows)
    title = escaped(" ".join(_normalised(block.title).split())) if block.title else None
    return Line((), where, dataclasses.replace(block, rows=rows, title=title, where=where))


def _cell_text(text: str) -> str:
    """A cell's lines as body text, each NFC with its spaces collapsed; blank lines dropped."""
    return "\n".join(escaped(line) for raw in text.split("\n") if (line := " ".join(_normalised(raw).split())))


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise UnreadableDocumentError(
                Problem(
                    f"Tệp văn bản quá lớn ({size // 1_000_000} MB; tối đa {MAX_TEXT_BYTES // 1_000_000} MB).",
                    file=path,
                    hint="Tách riêng văn bản cần nhập.",
                )
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocumentError(Problem(f"Không mở được tệp ({exc.strerror}).", file=path)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocumentError(
            Problem(
                f"Tệp văn bản không phải mã UTF-8 (byte lạ ở vị trí {exc.start}).",
                file=path,
                hint="Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode).",
            )
        ) from exc


def _clean(text: str, where: str, notes: Notes, text_file: bool) -> Line | None:
    """NFC, no invisible characters, no markdown emphasis or glued footnote numbers (text files); rules become
    blank lines."""
    text = _normalised(text)
    if _PRIVATE_USE.search(text):
        notes.add("Bỏ ký tự ô vuông/biểu tượng của phông Wingdings (vùng ký tự riêng).", where)
        text = _PRIVATE_USE.sub("", text)
    if text_file:
        text = _EMPHASIS.sub(r"\1", _BOLD.sub("", text))
        for match in _FOOTNOTE.finditer(text):
            notes.add(
                f"Bỏ số chú thích `{match.group(1)}` dính sau chữ `{text[max(0, match.start() - 12) : match.start()]}`.",
                where,
            )
        text = _FOOTNOTE.sub("", text)
    if _LONE_MARKS.search(text):
        notes.add("Bỏ dấu thanh đứng riêng (không dính vào chữ nào: bản chép mất chỗ đặt dấu).", where)
        text = _LONE_MARKS.sub("", text)
    stripped = _PADDED_DATE.sub(r"\1 \2 ", _DRAFT_BLANKS.sub(" ", text.strip()))
    if PAGE_NUMBER.match(stripped):
        notes.add(f"Bỏ dòng số trang `{stripped}`.", where)
        return None
    if _RULE.match(stripped) and stripped not in ("-", "+"):
        return Line((), where, rule=True)
    gap = _ROW_EDGE if text_file and stripped.endswith("|") else _COLUMN_GAP
    return Line(_bullets_joined([" ".join(cell.split()) for cell in gap.split(stripped) if cell.strip()]), where)


def _bullets_joined(cells: list[str]) -> tuple[str, ...]:
    """A dash or bullet set apart from its text by a tab or spaces («-        Các Khoa;», a PDF's Nơi nhận, check
    set 8 q16) is one cell with it, not a column of its own."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1] in _LONE_BULLETS:
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return tuple(out)


def _styles(cells: tuple[str, ...], block: TextLine) -> tuple[int, ...]:
    """The emphasis of each character of the clean line (its cells joined by spaces); () when unknown.

    Cleaning only removes and collapses spaces (and the Wingdings characters), so the other characters of
    the cells are those of the block in order; when they are not (a composition across runs), () ."""
    solid = iter(
        (ch, style)
        for style, group in itertools.groupby(zip(block.text, block.styles, strict=True), key=lambda pair: pair[1])
        for ch in _PRIVATE_USE.sub("", _normalised("".join(ch for ch, _ in group)))
        if not ch.isspace()
    )
    styles = []
    for ch in " ".join(cells):
        source, style = ("", 0) if ch.isspace() else next(solid, ("", 0))
        if source != ch and not ch.isspace():
            return ()
        styles.append(style)
    return tuple(styles)


def _inline(cell: str, styles: list[int]) -> list[int]:
    """The emphasis worth writing: none that all the letters of the cell have (the paragraph's style), none on the
    punctuation ending the cell (`./.` and the full stop stay plain text), a space inside a stretch takes its
    emphasis, a stretch of punctuation only stays plain."""
    letters = (style for ch, style in zip(cell, styles, strict=True) if ch.isalnum())
    whole = functools.reduce(operator.and_, letters, BOLD | ITALIC)
    out = [style & ~whole for style in styles]
    end = len(cell)
    while end and cell[end - 1] in _END_PUNCTUATION:
        end -= 1
        out[end] = 0
    for i, ch in enumerate(cell):  # the cell's spaces are single, never at its ends
        if ch.isspace():
            out[i] = out[i - 1] if out[i - 1] == out[i + 1] else 0
    position = 0
    for _, group in itertools.groupby(out):
        size = len(list(group))
        if not any(ch.isalnum() for ch in cell[position : position + size]):
            out[position : position + size] = [0] * size
        position += size
    return out


def _normalised(text: str) -> str:
    """NFC, the odd spaces made plain, the invisible characters removed."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text).translate(_SPACES))


def _looks_hard_wrapped(texts: list[str]) -> bool:
    """PDF text: no long lines, and many full-width lines end in the middle of a sentence."""
    lengths = [len(t.strip()) for t in texts if t.strip()]
    if not lengths or max(lengths) > WRAP_MAX_LINE:
        return False
    cut = [t for t in texts if len(t.strip()) >= WRAP_MIN_CHARS and not _WRAP_END.search(t.strip())]
    return len(cut) >= 5


def _web_table(texts: list[str]) -> bool:
    """A page's table copied as text (thuvienphapluat.vn): lone `|` lines between the header cells, whose lines
    the page wrapped like a PDF's."""
    return any(text.strip() == "|" for text in texts[:WEB_TABLE_LINES])


def _rejoin(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    last = ""  # the previous line as printed, before it was joined to the ones above it
    for line in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and len(previous.cells) == 1
            and len(line.cells) == 1
            and _continues(previous, line, last)
        ):
            out[-1] = Line((f"{previous.text} {line.text}",), previous.where)
        else:
            out.append(line)
        last = line.text
    return out


def _continues(previous: Line, line: Line, last: str) -> bool:
    """Whether `line` is the rest of `previous`, cut by the page's own line wrap.

    A web copy (thuvienphapluat.vn) also cuts after a first word (`ỦY` / `BAN NHÂN DÂN`, `Số:` / `33/…`) and
    in the middle of the Quốc hiệu. A line in capitals (a title, heading or the issuer) is not joined to
    a line in ordinary case, nor two lines in capitals (the trích yếu reader joins its own lines), but for
    a heading ending with a comma (`I. MỤC ĐÍCH,` / `YÊU CẦU`). `last` is the previous line as printed."""
    before, text = previous.text, line.text
    if starts_block(text):
        return False
    if _ONE_WORD.match(before) or QUOC_HIEU.match(f"{before} {text}") or _DATE_CUT.search(f"{before}\n{text}"):
        return True
    if is_all_caps(before) or is_all_caps(text):
        # a heading cut after a comma (`I. MỤC ĐÍCH,` / `YÊU CẦU`); a name's last word alone (`ỦY BAN NHÂN` / `DÂN`)
        last_word = bool(_ONE_WORD.match(text)) and before.upper() not in printed_names()  # not `QUYẾT ĐỊNH` / `VỀ`
        return is_all_caps(before) and is_all_caps(text) and (before.endswith(",") or last_word)
    # a full-width printed line cut mid-sentence; a short last line (`định hướng đến năm 2030` under a centred
    # trích yếu) ends its paragraph
    return text[0].islower() or (len(last) >= WRAP_MIN_CHARS - 8 and not _WRAP_END.search(last))


def joined_wraps(lines: list[Line], notes: Notes) -> list[Line]:
    """A PDF's body with each paragraph on one line: a printed line that runs on (sources.py: it reaches the right
    margin and the next starts at the left edge, without a first-line indent, in its size) takes the next text
    line, across the blank line of a page break and the footnotes at the page's foot (read after the paragraph),
    unless that opens a section or an item (`1.`, `a)`, `-`) or either is the «Kính gửi» line. For the body only
    (reading.py): the header, the signature and the Nơi nhận are read line by line."""
    out: list[Line] = []
    crossed: list[Line] = []  # after a line that runs on: the page break and the footnotes inside its paragraph
    held: list[Line] = []  # the footnotes a paragraph went on over, read again after it
    pending = lines[::-1]
    joins = 0
    while pending:
        line = pending.pop()
        previous = out[-1] if out else None
        running = previous is not None and previous.runs_on
        if previous is not None and running and (line.blank or (line.foot and not previous.foot)):
            crossed.append(line)
            continue
        if previous is not None and running and _wrapped(previous, line):
            glue = "" if _GLUED_HYPHEN.search(previous.text) else " "
            out[-1] = dataclasses.replace(
                previous, cells=(f"{previous.text}{glue}{line.text}",), styles=(), runs_on=line.runs_on
            )
            held += [note for note in crossed if not note.blank]
            joins += 1
        elif previous is not None and (held or any(not other.blank for other in crossed)):
            out[-1] = dataclasses.replace(previous, runs_on=False)  # the paragraph ends: its footnotes are read next
            pending += [line, *reversed([*held, *crossed])]
            held = []
        else:
            out += [*crossed, line]
        crossed = []
    if joins:
        notes.add(
            f"Bản PDF ngắt đoạn văn ở lề phải: đã nối {joins} dòng vào dòng trên nó (dòng trên chạy tới lề phải, "
            "dòng dưới bắt đầu ở lề trái, không thụt đầu dòng, cùng cỡ chữ); kiểm tra chỗ nối."
        )
    return [*out, *held, *crossed]


def _wrapped(previous: Line, line: Line) -> bool:
    return (
        len(previous.cells) == 1
        and len(line.cells) == 1
        and not starts_block(line.text)
        and not _ADDRESS.match(previous.text)
        and not _ADDRESS.match(line.text)
    )
