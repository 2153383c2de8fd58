"""Numbering sequences of the body (spec §6.1, §6.2): I, II, III; Điều 1, 2; 1, 2, 3; 1.1, 1.2; a, b, c, d, đ.

A sequence that starts again at 1 after a higher number is taken as a new list, not a mistake —
except Điều after a Chương or Phần heading: articles are numbered through the whole document,
not within each chapter (§6.1), so "Chương II … Điều 1" is a drafting error.

Markers are read from the text ("I.", "1-", "1.1.", "a)") or, for Word lists (numPr), from the
label Word will print, computed from numbering.xml. A Word list in `lowerLetter` format counts
a, b, c, d, e, f …, which skips đ and prints f: that is reported like a typed mistake.

A quoted passage («“…”», one paragraph or several up to the closing quote) carries another text's
numbers and is not judged, except a line inside it that goes on with the document's own sequence. A list that starts again at 1 inside a sequence (a list cited after «…
quy định:») may be followed by the number the broken-off sequence goes on with («6.», «1.», «2.», «7.»).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .reading import Paragraph
from .registry import Breach, Context, require, rule
from .wordlists import ListCounters, list_formats

VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
FOREIGN_LETTERS = "fjwz"
ROMAN = re.compile(r"^(?P<v>[IVXLC]+)\s*[.\-–)]\s")
SUB = re.compile(r"^(?P<p>\d{1,2})\.(?P<v>\d{1,2})\.?\s")  # not «1.000 đoàn viên»: a number
ARABIC = re.compile(r"^(?P<v>\d{1,2})\s*[.\-–)]\s")
# «a)», «a. » and, as offices also type it, «a, » (held-out 7 p04: «a, …» to «h, …», then «i) …»)
LETTER = re.compile(r"^(?P<v>[a-zđ])\s*(\)\s*|\.\s|,\s)")
ARTICLE = re.compile(r"^Điều\s+(?P<v>\d+)\b(?P<after>\s*\S*)")
# What follows «Điều 32» when a sentence cites it («Điều 32 Nghị định số 126/2024/NĐ-CP quy định …», «Điều 21,
# điểm b khoản 5 Điều 32 …»), not an article's heading, which is «Điều 32.» and its title (ND30 Phụ lục III,
# Mẫu 1.1; spec §6.1): a comma, a word in small letters, or the name of the document cited.
CITED_BY = ("Luật", "Bộ", "Nghị", "Thông", "Quyết", "Chỉ", "Pháp", "Hiến", "Điều")
CHAPTER = re.compile(r"^(?:Chương|Phần)\s+[IVXLC]+\b")
# An item labelled by a word and its number («Câu 1», «Bài 2», «Bước 3»): an item of its own level, so the points a,
# b, c under it start again, and a point written in its own line right after the label («Câu 1 (1 điểm) a. …») is
# its first one.
LABELLED = re.compile(r"^(?:Câu|Bài|Bước)\s+\d+\b\s*[:.]?\s*(?:\([^)]*\))?\s*[:.]?\s*(?:(?P<v>[a-zđ])\s*[.)])?")
LETTER_NUMERALS = "LC"  # one-letter Roman numerals that are also answer letters (A. B. C. D.): 50 and 100
LEVELS = (("article", ARTICLE), ("roman", ROMAN), ("sub", SUB), ("arabic", ARABIC), ("letter", LETTER))
DEPTH = {"roman": 0, "article": 0, "arabic": 1, "sub": 2, "letter": 3}
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
HINT = "Đánh số liên tục: I, II, III; 1, 2, 3; 1.1, 1.2; a, b, c, d, đ, e, g (không có f, j, w, z)."


def roman_value(text: str) -> int:
    values = [ROMAN_VALUES[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _marker(text: str) -> tuple[str, str, str] | None:
    """(level kind, value, parent) of the marker that starts `text`, or None."""
    for kind, pattern in LEVELS:
        match = pattern.match(text)
        if match and not (kind == "article" and _cites(match["after"].strip())):
            return kind, match["v"], match.groupdict().get("p") or ""
    return None


def _cites(after: str) -> bool:
    """Whether the word after «Điều N» makes it a citation in a sentence, not an article (ARTICLE's comment)."""
    word = after.rstrip(",;")
    return after.startswith((",", ";")) or (bool(word) and (word[0].islower() or word in CITED_BY))


OPENING_QUOTES = "“\"'"


def _quote_depth(text: str) -> int:
    """How many quotations `text` leaves open: «“» opens, «”» closes, a straight «"» toggles."""
    return max(0, text.count("“") - text.count("”")) + text.count('"') % 2


def quoted_passages(texts: list[str]) -> dict[int, bool]:
    """The paragraphs of quoted passages, by index in `texts`, True for those inside one (neither opening nor closing
    it): a paragraph that opens with a quote, and when it leaves the quotation open, the paragraphs up to the one
    that closes it («“Điều 10. …» / «1. …» / «…» / «4. …”», held-out g09). A quotation never closed is its first
    paragraph only. `vanban import` reads the same passages as text (importing/body.py)."""
    quoted: dict[int, bool] = {}
    for index, raw in enumerate(texts):
        text = raw.lstrip()
        if text[:1] not in OPENING_QUOTES or index in quoted:
            continue
        quoted[index] = False
        if not _quote_depth(text):
            continue
        rest = texts[index + 1 :]
        close = next((n for n, t in enumerate(rest) if "”" in t or t.count('"') % 2), None)
        if close is not None:
            quoted.update({index + 1 + n: n < close for n in range(close + 1)})
    return quoted


def _quoted(body: list[Paragraph]) -> dict[int, bool]:
    """quoted_passages of the body, by paragraph order."""
    return {body[index].order: inside for index, inside in quoted_passages([p.text for p in body]).items()}


@dataclass
class OwnSequence:
    """The document's own numbers read so far, as danh-so follows them: whether a line inside a quoted passage goes
    on with them, and so is the document's (`vanban import` reads quoted passages by this, importing/body.py)."""

    last: dict[str, tuple[int, str]] = field(default_factory=dict)

    def goes_on(self, text: str) -> bool:
        marker = _marker(text)
        return marker is not None and _continues(marker, self.last)

    def read(self, text: str) -> None:
        marker = _marker(text)
        if marker is not None and not (marker[0] == "letter" and marker[1] in FOREIGN_LETTERS):
            _advance(self.last, marker[0], _number(marker[0], marker[1]), marker[2])


def _advance(last: dict[str, tuple[int, str]], kind: str, number: int, parent: str) -> list[str]:
    """`last` after a marker of `kind`: its number, the deeper kinds' sequences ended (those kinds returned)."""
    deeper = [other for other, depth in DEPTH.items() if depth > DEPTH[kind]]
    for other in deeper:
        last.pop(other, None)
    last[kind] = (number, parent)
    return deeper


def _continues(marker: tuple[str, str, str], last: dict[str, tuple[int, str]]) -> bool:
    """Whether `marker` is the next number of the document's own sequence of its kind."""
    kind, value, parent = marker
    previous = last.get(kind)
    if previous is None or (kind == "letter" and value in FOREIGN_LETTERS) or (kind == "sub" and previous[1] != parent):
        return False
    return _number(kind, value) == previous[0] + 1


def _number(kind: str, value: str) -> int:
    if kind == "roman":
        return roman_value(value)
    return VIETNAMESE_LETTERS.index(value) + 1 if kind == "letter" else int(value)


@rule("danh-so", "§6.2")
def numbering_sequences(context: Context) -> Iterator[Breach]:
    """No gaps, repeats or letters outside the Vietnamese alphabet in I/1/1.1/a sequences."""
    body = context.layout.body
    require(body, "thân văn bản")
    labels = _word_labels(context)
    last: dict[str, tuple[int, str]] = {}
    outer: dict[str, int] = {}  # per kind, the number a list restarted at 1 broke off from
    chapter: str | None = None  # the Chương/Phần heading read since the last Điều
    quoted: tuple[Paragraph, tuple[str, str, str]] | None = None  # the last «“1. …» opening a quoted passage
    passages = _quoted(body)
    for paragraph in body:
        text = paragraph.text.lstrip()
        own = _marker(text)
        # inside a quotation, a line that goes on with the document's own sequence is the document's (a heading
        # the quotation's text runs across)
        if paragraph.order in passages and not (passages[paragraph.order] and own and _continues(own, last)):
            # another document's numbering: not judged, but an item right after it may continue it (held-out d13)
            marker = _marker(text.lstrip(OPENING_QUOTES)) if text[:1] in OPENING_QUOTES else None
            quoted = (paragraph, marker) if marker else quoted
            continue
        label = labels.get(paragraph.order)
        text = f"{label} {text}" if label else text
        heading = CHAPTER.match(text)
        if heading:
            chapter = heading.group(0)
            continue
        labelled = LABELLED.match(text)
        if labelled:
            _restart_points(labelled["v"], last, outer)
            continue
        marker = _marker(text)
        if marker is None or _answer_letter(marker, last):
            continue
        kind, value, parent = marker
        if quoted is not None and quoted[1][0] == kind and kind not in last:
            list(_step(quoted[0], *quoted[1], last, outer))  # «“1. …» then «2. …”»: the quotation's own sequence
        quoted = None
        if kind == "article":
            yield from _article_restart(paragraph, int(value), last.get("article"), chapter)
            chapter = None
        yield from _step(paragraph, kind, value, parent, last, outer)


def _word_labels(context: Context) -> dict[int, str]:
    """The number Word prints before each list paragraph, by paragraph order: the counters run over every
    paragraph of the document, table cells too (held-out q07: a list whose items number the rows of two tables
    prints «4.» on the body line after them)."""
    lists = ListCounters(list_formats(context.package.xml("word/numbering.xml")))
    labels: dict[int, str] = {}
    for paragraph in context.layout.paragraphs:
        if paragraph.format.num_id and (label := lists.label(paragraph.format.num_id, paragraph.format.num_level)):
            labels[paragraph.order] = label
    return labels


def _restart_points(first: str | None, last: dict[str, tuple[int, str]], outer: dict[str, int]) -> None:
    """A labelled item («Câu 2 …») opens its own points: the letter sequence starts again, at its glued «a.»."""
    last.pop("letter", None)
    outer.pop("letter", None)
    if first is not None and first not in FOREIGN_LETTERS:
        last["letter"] = (_number("letter", first), "")


def _answer_letter(marker: tuple[str, str, str], last: dict[str, tuple[int, str]]) -> bool:
    """A capital «C.» or «L.» that does not go on with the document's Roman sequence is a letter of an answer list
    (A. B. C. D.), not the Roman numeral 100 or 50: a heading so numbered would follow 99 or 49 others."""
    kind, value, _ = marker
    return kind == "roman" and len(value) == 1 and value in LETTER_NUMERALS and not _continues(marker, last)


def _article_restart(
    paragraph: Paragraph, number: int, previous: tuple[int, str] | None, chapter: str | None
) -> Iterator[Breach]:
    """Điều 1 again after a Chương/Phần heading, when the articles before it went past 1 (§6.1)."""
    if number == 1 and chapter and previous is not None and previous[0] > 1:
        yield Breach(
            f"Điều được đánh số lại từ «Điều 1» sau «{chapter}» (trước đó đã đến Điều {previous[0]}).",
            paragraph,
            f"Điều được đánh số liên tục trong toàn văn bản, không theo từng chương (§6.1): "
            f"điều này là Điều {previous[0] + 1}.",
        )


def _step(
    paragraph: Paragraph,
    kind: str,
    value: str,
    parent: str,
    last: dict[str, tuple[int, str]],
    outer: dict[str, int],
) -> Iterator[Breach]:
    shown = f"{parent}.{value}" if parent else value
    if kind == "letter" and value in FOREIGN_LETTERS:
        yield Breach(f"Chữ «{value}» không có trong bảng chữ cái tiếng Việt dùng để đánh số điểm.", paragraph, HINT)
        return
    number = _number(kind, value)
    previous = last.get(kind)
    if kind == "sub" and previous is not None and previous[1] != parent:
        previous = None
    for other in _advance(last, kind, number, parent):
        outer.pop(other, None)
    if number == 1 and (previous is None or previous[0] > 1):
        if previous is not None:
            outer[kind] = previous[0]
        return  # a new list (after a heading this checker does not know, e.g. a second document, a cited list)
    if previous is None:
        yield Breach(f"Đánh số bắt đầu bằng «{shown}», thiếu các mục trước.", paragraph, HINT)
    elif number == previous[0]:
        yield Breach(f"Số thứ tự «{shown}» bị lặp.", paragraph, HINT)
    elif number != previous[0] + 1:
        if kind in outer and number == outer[kind] + 1:
            del outer[kind]  # the list the «1.» broke off goes on: «6.» / «1.» «2.» (cited, held-out g09) / «7.»
            return
        yield Breach(f"Số thứ tự «{shown}» không liền sau mục trước (bị nhảy hoặc đảo thứ tự).", paragraph, HINT)
