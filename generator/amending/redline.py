"""Bản so sánh (redline): the current version as .docx with Word tracked changes against the issued one.

Issue 12, item 4. The current package is copied whole; only the body of `word/document.xml` is
rebuilt. Its blocks (paragraphs and tables) are aligned with the issued ones by text; a block with
no counterpart is inserted or deleted whole (the paragraph mark too, so "Accept all" and "Reject
all" leave no empty paragraph), a paired paragraph is compared word by word keeping each run's
formatting (deleted words with the issued run's, inserted ones with the current run's), a
formatting-only change becomes `w:rPrChange`, a changed paragraph style `w:pPrChange`, and a table
of the same shape is compared cell by cell. The result is checked before it is returned: accepting
every change must give the current text and rejecting every change the issued text, paragraph for
paragraph. The tests run LibreOffice's own Accept All / Reject All on it (tests/lo_tracked_changes.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import TypeAlias

from lxml import etree

from ..docxfile import package_from_bytes
from ..errors import Problem, RenderError
from ..rendering import DOCUMENT_PART
from ..zipping import package

_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_NS}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
PAIRED = 0.5  # blocks at least this similar are one paragraph changed, not one removed and one added
_OBJECT = "\ufffc"  # a run child that is not text (a drawing, a field character…), compared as one character
_HEADING = re.compile(r"VBMuc(\d)")  # the style ids of "VB Muc 1…6" (bodyxml.STYLE_OF_KIND)
_NUMBER = re.compile(r"^\s*(?:[IVXLCDM]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+")  # "II. ", "2.1. ", "a) "
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_DROPPED = {f"{_W}rPr", f"{_W}lastRenderedPageBreak"}
_TRACKED_PPR = {f"{_W}rPr", f"{_W}sectPr", f"{_W}pPrChange"}

Element: TypeAlias = etree._Element


@dataclass(frozen=True)
class Atom:
    """Một ký tự của đoạn (hoặc một phần tử không phải chữ), cùng lượt chữ (run) chứa nó."""

    char: str
    run: int
    element: Element | None  # None: a character of a w:t


class Marks:
    """The w:id, author and date every revision mark carries; ids after the largest already used."""

    def __init__(self, author: str, when: dt.datetime, first_id: int) -> None:
        self.author = author
        self.date = when.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.ids = count(first_id)

    def mark(self, tag: str) -> Element:
        element = etree.Element(f"{_W}{tag}")
        element.set(f"{_W}id", str(next(self.ids)))
        element.set(f"{_W}author", self.author)
        element.set(f"{_W}date", self.date)
        return element


def redline(issued: bytes, current: bytes, author: str, when: dt.datetime, name: Path) -> bytes:
    """The current .docx with every difference from the issued .docx as a tracked change; `name`
    names the file in messages. A result that would not accept to the current text and reject to
    the issued one is refused (a RenderError), never written."""
    old_package = package_from_bytes(issued, name)
    new_package = package_from_bytes(current, name)
    old_body = _body(etree.fromstring(old_package.parts[DOCUMENT_PART], _PARSER))
    new_root = etree.fromstring(new_package.parts[DOCUMENT_PART], _PARSER)
    new_body = _body(new_root)
    expected_accepted, expected_rejected = texts(new_body, "del"), texts(old_body, "del")
    used = [int(v) for v in new_root.xpath("//@w:id", namespaces={"w": _NS}) if str(v).lstrip("-").isdigit()]
    marks = Marks(author, when, max(used, default=0) + 1)
    blocks = _aligned(_blocks(old_body), _blocks(new_body), marks)
    tail = [child for child in new_body if child.tag == f"{_W}sectPr"]
    for child in list(new_body):
        new_body.remove(child)
    new_body.extend([*blocks, *tail])
    if texts(new_body, "del") != expected_accepted or texts(new_body, "ins") != expected_rejected:
        raise RenderError(
            Problem(
                "Không lập được bản so sánh: kết quả chấp nhận/từ chối thay đổi không khớp hai phiên bản.",
                file=name,
                hint="Đây là lỗi của vanban: gửi hai tệp .docx (bản đã ban hành và bản hiện tại) cho người bảo trì.",
            )
        )
    xml = etree.tostring(new_root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return package((n, xml if n == DOCUMENT_PART else data) for n, data in new_package.parts.items())


def texts(body: Element, dropped: str) -> list[str]:
    """Each paragraph's text once the changes are settled: `dropped="del"` accepts every change
    (deleted text and paragraphs gone), `"ins"` rejects every change (inserted ones gone)."""
    out: list[str] = []
    for paragraph in body.iter(f"{_W}p"):
        if _tracked(paragraph, dropped) or any(
            _row_tracked(row, dropped) for row in paragraph.iterancestors(f"{_W}tr")
        ):
            continue
        pieces = []
        for element in paragraph.iter(f"{_W}t", f"{_W}delText", f"{_W}tab", f"{_W}br"):
            if any(a.tag == f"{_W}{dropped}" for a in element.iterancestors()):
                continue
            pieces.append({f"{_W}tab": "\t", f"{_W}br": "\n"}.get(element.tag, element.text or ""))
        out.append("".join(pieces))
    return out


def _tracked(paragraph: Element, mark: str) -> bool:
    """Whether the paragraph's mark is a tracked insertion (`ins`) or deletion (`del`)."""
    return paragraph.find(f"{_W}pPr/{_W}rPr/{_W}{mark}") is not None


def _row_tracked(row: Element, mark: str) -> bool:
    return row.find(f"{_W}trPr/{_W}{mark}") is not None


def _body(root: Element) -> Element:
    body = root.find(f"{_W}body")
    if body is None:
        raise RenderError(Problem("Tệp .docx không có phần thân văn bản (w:body)."))
    return body


def _blocks(container: Element) -> list[Element]:
    """The paragraphs and tables of a body or a table cell, in order."""
    return [child for child in container if child.tag in (f"{_W}p", f"{_W}tbl")]


def _text(block: Element) -> str:
    return "".join(t.text or "" for t in block.iter(f"{_W}t"))


def _keys(blocks: list[Element]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """What must be equal for two blocks to be the same block: kind, paragraph style, text without
    its section number, and the headings it stands under (without theirs). So a section that is
    only renumbered ("3. Tiêu chuẩn" → "2. Tiêu chuẩn") and everything under it is the same block,
    and "1.1. Đối với tập thể" under one heading is not taken for the one under another."""
    keys = []
    headings: list[tuple[int, str]] = []
    for block in blocks:
        style = _style(block)
        text = _NUMBER.sub("", _text(block), count=1)
        level = _HEADING.fullmatch(style)
        if level:
            headings = [h for h in headings if h[0] < int(level.group(1))]
        keys.append((etree.QName(block).localname, style, text, tuple(h[1] for h in headings)))
        if level:
            headings.append((int(level.group(1)), text))
    return keys


def _aligned(old: list[Element], new: list[Element], marks: Marks) -> list[Element]:
    """The blocks of the redline: the issued and current blocks aligned, each pair compared."""
    out: list[Element] = []
    old_keys, new_keys = _keys(old), _keys(new)
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += [_block(a, b, marks) for a, b in zip(old[i1:i2], new[j1:j2], strict=True)]
            continue
        above = new_keys[j1 - 1] if j1 else None
        continuing = [bool(above and k[3] and k[3] in (above[3], (*above[3], above[2]))) for k in new_keys[j1:j2]]
        for a, b, similar in _replacements(_paired(old[i1:i2], new[j1:j2], continuing)):
            if a is None and b is not None:
                out.append(_inserted(b, marks))
            elif b is None and a is not None:
                out.append(_deleted(a, marks))
            elif a is not None and b is not None:
                out.append(_block(a, b, marks) if similar else _paragraph(a, b, marks, by_word=False))
    return out


def _replacements(
    pairs: list[tuple[Element | None, Element | None]],
) -> list[tuple[Element | None, Element | None, bool]]:
    """The pairs, with a removed paragraph directly followed by an added one of the same style made
    one paragraph whose whole text is replaced (False: not similar): the signer's name, a sentence
    rewritten. Apart, the removed one would leave an empty paragraph in LibreOffice when it is the
    last of a table cell."""
    out: list[tuple[Element | None, Element | None, bool]] = []
    for a, b in pairs:
        if a is None and b is not None and out and out[-1][1] is None and _replaceable(out[-1][0], b):
            out[-1] = (out[-1][0], b, False)
        else:
            out.append((a, b, True))
    return out


def _replaceable(old: Element | None, new: Element) -> bool:
    return old is not None and old.tag == new.tag == f"{_W}p" and _style(old) == _style(new)


def _style(block: Element) -> str:
    element = block.find(f"{_W}pPr/{_W}pStyle")
    return element.get(f"{_W}val", "") if element is not None else ""


def _similarity(a: Element, b: Element) -> float:
    if a.tag != b.tag:
        return 0.0
    if a.tag == f"{_W}tbl" and not _same_shape(a, b):
        return 0.0
    matcher = difflib.SequenceMatcher(None, _text(a), _text(b), autojunk=False)
    if matcher.real_quick_ratio() < PAIRED or matcher.quick_ratio() < PAIRED:
        return 0.0
    return matcher.ratio()


def _paired(
    old: Sequence[Element], new: Sequence[Element], continuing: list[bool]
) -> list[tuple[Element | None, Element | None]]:
    """The order-keeping pairing of two runs of blocks with the greatest total similarity (pairs of
    at least PAIRED); the blocks left over are removed (issued side) or added (current side). An
    added block that `continuing` says carries on the section above comes before the removed ones
    (a point added at the end of 1.2 stays with 1.2, not after the removed section 2)."""
    scores = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    similar = {(i, j): s for i, a in enumerate(old) for j, b in enumerate(new) if (s := _similarity(a, b)) >= PAIRED}
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            best = max(scores[i + 1][j], scores[i][j + 1])
            if (i, j) in similar:
                best = max(best, scores[i + 1][j + 1] + similar[i, j])
            scores[i][j] = best
    pairs: list[tuple[Element | None, Element | None]] = []
    i = j = 0
    while i < len(old) and j < len(new):
        if (i, j) in similar and scores[i][j] == scores[i + 1][j + 1] + similar[i, j]:
            pairs.append((old[i], new[j]))
            i, j = i + 1, j + 1
        elif scores[i][j] == scores[i + 1][j] and not (continuing[j] and scores[i][j] == scores[i][j + 1]):
            pairs.append((old[i], None))
            i += 1
        else:
            pairs.append((None, new[j]))
            j += 1
    return pairs + [(a, None) for a in old[i:]] + [(None, b) for b in new[j:]]


def _same_shape(a: Element, b: Element) -> bool:
    """Tables with the same number of rows and of cells in each row (nested tables aside)."""
    return [len(r.findall(f"{_W}tc")) for r in a.findall(f"{_W}tr")] == [
        len(r.findall(f"{_W}tc")) for r in b.findall(f"{_W}tr")
    ]


def _cells(table: Element) -> list[Element]:
    return [cell for row in table.findall(f"{_W}tr") for cell in row.findall(f"{_W}tc")]


def _block(old: Element, new: Element, marks: Marks) -> Element:
    """A pair of blocks: unchanged (the current one), a paragraph compared word by word, or a table
    of the same shape compared cell by cell (any other table pair: the old removed, the new added)."""
    if etree.tostring(old) == etree.tostring(new):
        return copy.deepcopy(new)
    if new.tag == f"{_W}p":
        return _paragraph(old, new, marks)
    if not _same_shape(old, new):
        raise AssertionError("tables of different shapes are never paired")  # _similarity gives them 0
    table = copy.deepcopy(new)
    for old_cell, cell in zip(_cells(old), _cells(table), strict=True):
        blocks = _aligned(_blocks(old_cell), _blocks(cell), marks)
        for child in _blocks(cell):
            cell.remove(child)
        cell.extend(blocks)
    return table


def _inserted(block: Element, marks: Marks) -> Element:
    """A paragraph or table added: its mark and every run a tracked insertion (rows too)."""
    return _whole(copy.deepcopy(block), "ins", marks)


def _deleted(block: Element, marks: Marks) -> Element:
    """A paragraph or table removed: its mark and every run a tracked deletion (rows too)."""
    return _whole(copy.deepcopy(block), "del", marks)


def _whole(block: Element, mark: str, marks: Marks) -> Element:
    for row in block.iter(f"{_W}tr"):
        properties = row.find(f"{_W}trPr")
        if properties is None:
            properties = etree.Element(f"{_W}trPr")
            row.insert(_after(row, {f"{_W}tblPrEx"}), properties)
        properties.append(marks.mark(mark))
    for paragraph in [block] if block.tag == f"{_W}p" else list(block.iter(f"{_W}p")):
        _mark_paragraph(paragraph, mark, marks)
        runs = [child for child in paragraph if child.tag == f"{_W}r"]
        for group in _consecutive(paragraph, runs):
            wrapper = marks.mark(mark)
            paragraph.insert(paragraph.index(group[0]), wrapper)
            for run in group:
                wrapper.append(_as_deleted(run) if mark == "del" else run)
    return block


def _consecutive(parent: Element, elements: list[Element]) -> Iterator[list[Element]]:
    """`elements` (children of `parent`) in groups of siblings that follow one another."""
    group: list[Element] = []
    for element in elements:
        if group and group[-1].getnext() is not element:
            yield group
            group = []
        group.append(element)
    if group:
        yield group


def _after(parent: Element, tags: set[str]) -> int:
    """The index just after the leading children of `parent` with these tags."""
    index = 0
    while index < len(parent) and parent[index].tag in tags:
        index += 1
    return index


def _mark_paragraph(paragraph: Element, mark: str, marks: Marks) -> None:
    """Track the paragraph mark itself (`w:pPr/w:rPr/w:ins|w:del`)."""
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        properties = etree.Element(f"{_W}pPr")
        paragraph.insert(0, properties)
    run_properties = properties.find(f"{_W}rPr")
    if run_properties is None:
        run_properties = etree.Element(f"{_W}rPr")
        tail = [i for i, child in enumerate(properties) if child.tag in (f"{_W}sectPr", f"{_W}pPrChange")]
        properties.insert(tail[0] if tail else len(properties), run_properties)
    run_properties.insert(0, marks.mark(mark))


def _as_deleted(run: Element) -> Element:
    """A run as deleted text: w:t → w:delText, w:instrText → w:delInstrText."""
    for element in run.iter(f"{_W}t", f"{_W}instrText"):
        element.tag = f"{_W}delText" if element.tag == f"{_W}t" else f"{_W}delInstrText"
    return run  # (also used on a single run child: iter() includes the element itself)


def _atoms(paragraph: Element) -> tuple[list[Atom], list[Element | None]]:
    """The paragraph as characters, each with the index of its run; and each run's w:rPr."""
    atoms: list[Atom] = []
    properties: list[Element | None] = []
    for index, run in enumerate(paragraph.iter(f"{_W}r")):
        properties.append(run.find(f"{_W}rPr"))
        for child in run:
            if child.tag in _DROPPED:
                continue
            if child.tag == f"{_W}t":
                atoms += [Atom(char, index, None) for char in child.text or ""]
            else:
                char = {f"{_W}tab": "\t", f"{_W}br": "\n"}.get(child.tag, _OBJECT)
                atoms.append(Atom(char, index, child))
    return atoms, properties


def _tokens(atoms: list[Atom]) -> list[tuple[int, int, str]]:
    text = "".join(a.char for a in atoms)
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _paragraph(old: Element, new: Element, marks: Marks, by_word: bool = True) -> Element:
    """A changed paragraph: the current paragraph's properties (with the issued ones as
    w:pPrChange when they differ), its words compared with the issued paragraph's (`by_word`),
    or its whole text replaced."""
    old_atoms, old_properties = _atoms(old)
    new_atoms, new_properties = _atoms(new)
    old_tokens, new_tokens = _tokens(old_atoms), _tokens(new_atoms)
    out = etree.Element(f"{_W}p", dict(new.attrib))
    properties = new.find(f"{_W}pPr")
    if properties is not None:
        out.append(_paragraph_properties(properties, old.find(f"{_W}pPr"), marks))
    for tag, i1, i2, j1, j2 in _word_changes([t[2] for t in old_tokens], [t[2] for t in new_tokens], by_word):
        old_span = old_atoms[_start(old_tokens, i1, old_atoms) : _start(old_tokens, i2, old_atoms)]
        new_span = new_atoms[_start(new_tokens, j1, new_atoms) : _start(new_tokens, j2, new_atoms)]
        if tag == "equal":
            for old_atom_group, group in _equal_groups(old_span, new_span):
                run = _run(group, new_properties[group[0].run], False)
                out.append(_formatting_tracked(run, old_properties[old_atom_group], marks))
            continue
        if old_span:
            wrapper = marks.mark("del")
            wrapper.extend(_run(g, old_properties[g[0].run], True) for g in _by_run(old_span))
            out.append(wrapper)
        if new_span:
            wrapper = marks.mark("ins")
            wrapper.extend(_run(g, new_properties[g[0].run], False) for g in _by_run(new_span))
            out.append(wrapper)
    return out


def _word_changes(old: list[str], new: list[str], by_word: bool) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes over the words, with the spaces between two changes taken into the change
    ("biểu dương" → "khen thưởng" is one deletion and one insertion, not two of each)."""
    if not by_word:
        return [("replace", 0, len(old), 0, len(new))]
    merged: list[tuple[str, int, int, int, int]] = []
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        spaces = tag == "equal" and index < len(opcodes) - 1 and not "".join(old[i1:i2]).strip()
        if merged and merged[-1][0] != "equal" and (tag != "equal" or spaces):
            merged[-1] = ("replace", merged[-1][1], i2, merged[-1][3], j2)
        else:
            merged.append((tag, i1, i2, j1, j2))
    return merged


def _start(tokens: list[tuple[int, int, str]], index: int, atoms: list[Atom]) -> int:
    return tokens[index][0] if index < len(tokens) else len(atoms)


def _by_run(atoms: list[Atom]) -> list[list[Atom]]:
    groups: list[list[Atom]] = []
    for atom in atoms:
        if groups and groups[-1][-1].run == atom.run:
            groups[-1].append(atom)
        else:
            groups.append([atom])
    return groups


def _equal_groups(old: list[Atom], new: list[Atom]) -> list[tuple[int, list[Atom]]]:
    """Equal text as current runs, split where the issued run changes too (to compare formatting)."""
    groups: list[tuple[int, list[Atom]]] = []
    for old_atom, atom in zip(old, new, strict=True):
        if groups and groups[-1][1][-1].run == atom.run and groups[-1][0] == old_atom.run:
            groups[-1][1].append(atom)
        else:
            groups.append((old_atom.run, [atom]))
    return groups


def _run(atoms: list[Atom], properties: Element | None, deleted: bool) -> Element:
    """One w:r holding `atoms` (text as w:t, or w:delText when deleted) with these run properties."""
    run = etree.Element(f"{_W}r")
    if properties is not None:
        run.append(copy.deepcopy(properties))
    text: list[str] = []

    def flush() -> None:
        if text:
            element = etree.SubElement(run, f"{_W}delText" if deleted else f"{_W}t")
            element.text = "".join(text)
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            text.clear()

    for atom in atoms:
        if atom.element is None:
            text.append(atom.char)
            continue
        flush()
        element = copy.deepcopy(atom.element)
        run.append(_as_deleted(element) if deleted else element)
    flush()
    return run


def _formatting_tracked(run: Element, issued: Element | None, marks: Marks) -> Element:
    """The run with w:rPrChange holding the issued run properties when the formatting changed."""
    current = run.find(f"{_W}rPr")
    if _canonical(current) == _canonical(issued):
        return run
    if current is None:
        current = etree.Element(f"{_W}rPr")
        run.insert(0, current)
    change = marks.mark("rPrChange")
    before = etree.SubElement(change, f"{_W}rPr")
    before.extend(copy.deepcopy(c) for c in (issued if issued is not None else []) if c.tag != f"{_W}rPrChange")
    current.append(change)
    return run


def _canonical(properties: Element | None) -> bytes:
    if properties is None:
        return b""
    kept = copy.deepcopy(properties)
    for change in kept.findall(f"{_W}rPrChange"):
        kept.remove(change)
    return etree.tostring(kept, method="c14n") if len(kept) else b""


def _paragraph_properties(properties: Element, issued: Element | None, marks: Marks) -> Element:
    """The current w:pPr; with w:pPrChange holding the issued ones when they differ (style, indent…)."""
    out = copy.deepcopy(properties)
    if _paragraph_canonical(properties) == _paragraph_canonical(issued):
        return out
    change = marks.mark("pPrChange")
    before = etree.SubElement(change, f"{_W}pPr")
    before.extend(copy.deepcopy(c) for c in (issued if issued is not None else []) if c.tag not in _TRACKED_PPR)
    out.append(change)
    return out


def _paragraph_canonical(properties: Element | None) -> bytes:
    if properties is None:
        return b""
    kept = [etree.tostring(c, method="c14n") for c in properties if c.tag not in _TRACKED_PPR]
    return b"".join(kept)
