"""Text typed in TCVN3 (ABC) fonts — `.VnTime`, `.VnArial`, their capitals `.VnTimeH` … — read as Unicode.

Before Unicode (TCVN 6909:2001, which ND30 requires: spec §1) Vietnamese offices typed in 8-bit fonts: the
letters are bytes 0xA1–0xFF of TCVN 5712:1993, shown as Vietnamese only by a .Vn font; a «H» font prints every
letter as a capital. Word keeps the bytes as Latin-1 characters (`§¶ng bé` for `ĐẢNG BỘ`). The runs of such a
font are decoded in place, in the parsed document, so that the checker and the importer read the words; the
font itself is still reported by the font rule. A file whose .Vn runs already hold Unicode letters (a Unicode
text left in an old style's font) is left alone. VNI fonts (two characters per letter) are not decoded.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from ..docxfile import DocxPackage
from .formatting import StyleSheet, w

# TCVN 5712:1993 (VN1; VN3 = TCVN3 is its lower half) bytes 0xA1–0xFF, as glibc's iconv `TCVN5712-1` decodes
# them; 0xB0–0xB4 are combining tone marks (composed by NFC)
_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
_TABLE = str.maketrans(dict(zip(map(chr, range(0xA1, 0x100)), _LETTERS, strict=True)))
FONT_PREFIX = ".vn"
_NAMED = re.compile(rb'w:(?:ascii|hAnsi|cs)="\.vn', re.IGNORECASE)  # a .Vn font named in a part's XML
MIN_CODED = 3  # characters of 0xA1–0xFF in .Vn runs before a file is taken for TCVN3
UNICODE_SHARE = 20  # at most one Unicode letter for this many coded characters (a stray pasted word)


def is_tcvn3_font(font: str) -> bool:
    return font.casefold().startswith(FONT_PREFIX)


def decoded(text: str, font: str) -> str:
    """`§¶ng bé` → `Đảng bộ`; in a capitals font (`.VnTimeH`) → `ĐẢNG BỘ`."""
    text = unicodedata.normalize("NFC", text.translate(_TABLE))
    return text.upper() if font.endswith("H") else text


def decode_tcvn3(package: DocxPackage, root: etree._Element, sheet: StyleSheet) -> bool:
    """Decode, in `root` (the parsed document.xml), the text of every run set in a .Vn font; False (nothing
    changed) when no .Vn font is named or those runs hold Unicode letters already."""
    if not any(_NAMED.search(package.parts.get(part, b"")) for part in ("word/document.xml", "word/styles.xml")):
        return False
    runs: list[tuple[etree._Element, str]] = []
    for paragraph in root.iter(w("p")):
        style = sheet.paragraph_format(paragraph).style
        runs += [
            (run, font) for run in paragraph.iter(w("r")) if is_tcvn3_font(font := sheet.run_format(run, style).font)
        ]
    texts = [node.text or "" for run, _ in runs for node in run.iter(w("t"))]
    coded = sum(0xA1 <= ord(c) <= 0xFF for text in texts for c in text)
    unicode_letters = sum(ord(c) > 0xFF and unicodedata.category(c).startswith("L") for text in texts for c in text)
    if coded < MIN_CODED or unicode_letters * UNICODE_SHARE > coded:
        return False
    for run, font in runs:
        for hyphen in list(run.iter(w("softHyphen"))):  # byte 0xAD, «ư»: Word stores it as a soft hyphen
            letter = etree.Element(w("t"))
            letter.text, letter.tail = "\u00ad", hyphen.tail
            hyphen.getparent().replace(hyphen, letter)
        for node in run.iter(w("t")):
            node.text = decoded(node.text or "", font)
    return True
