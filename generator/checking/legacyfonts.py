"""Text typed in the 8-bit Vietnamese fonts of before Unicode, read as Unicode: TCVN3 (ABC) fonts — `.VnTime`,
`.VnArial`, their capitals `.VnTimeH` … — and VNI fonts (`VNI-Times`, `VNI-Helve` …).

Before Unicode (TCVN 6909:2001, which ND30 requires: spec §1) Vietnamese offices typed in 8-bit fonts. TCVN3
letters are bytes 0xA1–0xFF of TCVN 5712:1993, shown as Vietnamese only by a .Vn font (a «H» font prints every
letter as a capital); VNI writes a letter as its base and one or two mark characters (`COÄNG HOAØ` for `CỘNG
HÒA`). Word keeps the bytes as Latin-1 characters (`§¶ng bé` for `ĐẢNG BỘ`). The runs of such a font are decoded in
place, in the parsed document, so that the checker and the importer read the words; the font itself is still
reported by the font rule. A run that holds a Unicode letter (a Unicode text left in an old style's font) is left
alone, and so is every run of a file whose old-font runs mostly hold Unicode letters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from lxml import etree

from ..docxfile import DocxPackage
from .formatting import StyleSheet, w

Encoding = Literal["tcvn3", "vni"]
# TCVN 5712:1993 (VN1; VN3 = TCVN3 is its lower half) bytes 0xA1–0xFF, as glibc's iconv `TCVN5712-1` decodes
# them; 0xB0–0xB4 are combining tone marks (composed by NFC)
_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
_TCVN3 = str.maketrans(dict(zip(map(chr, range(0xA1, 0x100)), _LETTERS, strict=True)))
# VNI-Windows: the marks after a vowel (upper-case forms after capitals), as combining characters
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT, _CIRCUMFLEX, _BREVE = "\u0301\u0300\u0309\u0303\u0323\u0302\u0306"
_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_HATS = {"â": _CIRCUMFLEX, "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK}
_HATS |= {"ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT}
_BOWLS = {"ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE}
_BOWLS |= {"ë": _BREVE + _DOT}
_MARKS = {"a": _TONES | _HATS | _BOWLS, "e": _TONES | _HATS, "o": _TONES | _HATS}
_MARKS |= {"u": _TONES, "y": _TONES, "ơ": _TONES, "ư": _TONES}
# the VNI letters of one character: ơ, ư, đ and the i with its tones, ỵ (upper-case ones from the upper-case forms)
_SINGLES = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_SINGLES = str.maketrans(_SINGLES | {key.upper(): letter.upper() for key, letter in _SINGLES.items()})
_VNI = re.compile("([aeouyơư])([" + "".join(sorted({*_TONES, *_HATS, *_BOWLS})) + "])", re.IGNORECASE)
_PREFIXES: dict[Encoding, tuple[str, ...]] = {"tcvn3": (".vn", "vntime"), "vni": ("vni-",)}
_NAMED = re.compile(rb'w:(?:ascii|hAnsi|cs)="(?:\.vn|vni-)', re.IGNORECASE)  # an old font named in a part's XML
MIN_CODED = 3  # characters of 0xA1–0xFF in old-font runs before a file is taken for one typed in them
UNICODE_SHARE = 20  # at most one Unicode letter for this many coded characters (a stray pasted word)


def encoding_of(font: str) -> Encoding | None:
    folded = font.casefold()
    return next((name for name, prefix in _PREFIXES.items() if folded.startswith(prefix)), None)


def decoded(text: str, font: str) -> str:
    """`§¶ng bé` → `Đảng bộ` (TCVN3; in a capitals font such as `.VnTimeH` → `ĐẢNG BỘ`); `COÄNG HOAØ` → `CỘNG HÒA`
    (VNI); any other font: `text` as it is."""
    encoding = encoding_of(font)
    if encoding == "tcvn3":
        text = unicodedata.normalize("NFC", text.translate(_TCVN3))
        return text.upper() if font.endswith("H") else text
    if encoding == "vni":
        return unicodedata.normalize("NFC", _VNI.sub(_vni_letter, text.translate(_VNI_SINGLES)))
    return text


def _vni_letter(match: re.Match[str]) -> str:
    base, mark = match.group(1), match.group(2)
    marks = _MARKS[base.lower()].get(mark.lower())
    return base + marks if marks is not None else match.group(0)


def decode_legacy_fonts(package: DocxPackage, root: etree._Element, sheet: StyleSheet) -> frozenset[Encoding]:
    """Decode, in `root` (the parsed document.xml), the text of the runs set in TCVN3 or VNI fonts; the encodings
    decoded (none when no old font is named, or its runs hold Unicode letters already)."""
    if not any(_NAMED.search(package.parts.get(part, b"")) for part in ("word/document.xml", "word/styles.xml")):
        return frozenset()
    runs: dict[Encoding, list[tuple[etree._Element, str]]] = {"tcvn3": [], "vni": []}
    for paragraph in root.iter(w("p")):
        style = sheet.paragraph_format(paragraph).style
        for run in paragraph.iter(w("r")):
            font = sheet.run_format(run, style).font
            if (encoding := encoding_of(font)) is not None:
                runs[encoding].append((run, font))
    decoded_in: set[Encoding] = set()
    for encoding, found in runs.items():
        texts = ["".join(node.text or "" for node in run.iter(w("t"))) for run, _ in found]
        coded = sum(0xA1 <= ord(c) <= 0xFF for text in texts for c in text)
        if coded < MIN_CODED or sum(map(_unicode_letters, texts)) * UNICODE_SHARE > coded:
            continue
        decoded_in.add(encoding)
        for (run, font), text in zip(found, texts, strict=True):
            if not _unicode_letters(text):
                _decode_run(run, font)
    return frozenset(decoded_in)


def _unicode_letters(text: str) -> int:
    return sum(ord(c) > 0xFF and unicodedata.category(c).startswith("L") for c in text)


def _decode_run(run: etree._Element, font: str) -> None:
    for hyphen in list(run.iter(w("softHyphen"))):  # TCVN3 byte 0xAD, «ư»: Word stores it as a soft hyphen
        letter = etree.Element(w("t"))
        letter.text, letter.tail = "\u00ad", hyphen.tail
        hyphen.getparent().replace(hyphen, letter)
    for node in run.iter(w("t")):
        node.text = decoded(node.text or "", font)
