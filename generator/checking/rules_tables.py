"""Data tables print their grid (spec §2): only the header and signature tables are borderless.

Spec §2 lays out the header (ô 1–4) and the signature area (ô 7, 9b) as borderless two-column
tables: layout, whose lines must not print. It has no sentence on other tables, so this rule rests
on ND30 practice: a data table in the body or a phụ lục (a header row «STT | Nội dung | Thời gian |
Đơn vị thực hiện», then rows) is printed ruled, as in the ND30 and 933 sample appendices and the
tables vanban renders; without lines the printed page shows floating columns and no way to tell
which cell belongs to which row. Hence the citation of §2, the section that describes tables.

A table is judged when it holds none of the located header and closing components (roles.py), has
two rows or more, and its first row reads as column names: two non-empty cells at least, each a
short label (one or two lines, at most 60 characters, no list mark «- », no «label: value» colon),
and either the first one a row-number column (STT, TT, Số TT) or two of them usual column names
(Nội dung, Thời gian, Đơn vị …, Ghi chú, Họ và tên …). Bold and w:tblHeader are not taken as signs: layout grids bold their titles too («Thư
ký | CHỦ TỊCH | GIÁM ĐỐC»), and converters write w:tblHeader on every row of a member list. A
borderless list of members («- Ông: … | - Bí thư ĐTN | - Trưởng ban», corpus 06) has no such row.

It is reported only when no line at all prints (StyleSheet.table_has_lines: the table's borders
over its style chain, cell borders): an outer box alone, or ruled cells, are the author's choice.
Nested tables are read into their outer cell (reading.py) and not judged on their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from .formatting import w
from .reading import Paragraph
from .registry import Breach, Context, rule
from .tables import column_names, data_tables

NAMES_SHOWN = 4


@rule("vien-bang", "§2")
def table_borders(context: Context) -> Iterator[Breach]:
    """Every data table outside the header and signature tables prints some line."""
    for number, paragraphs in data_tables(context.layout).items():
        names = column_names(paragraphs)
        if not context.sheet.table_has_lines(_element(paragraphs[0])):
            shown = " | ".join(names[:NAMES_SHOWN]) + (" | …" if len(names) > NAMES_SHOWN else "")
            yield Breach(
                f"Bảng {number} ({shown}) không có đường kẻ: bảng số liệu in ra không có khung.",
                paragraphs[0],
                "Kẻ khung cho bảng (kiểu Table Grid, hoặc Borders → All Borders); chỉ bảng phần đầu và "
                "bảng chữ ký mới để không viền (§2).",
            )


def _element(paragraph: Paragraph) -> etree._Element:
    """The w:tbl that reading.py numbered for a paragraph of it: its outermost table."""
    *_, outermost = paragraph.element.iterancestors(w("tbl"))
    return outermost
