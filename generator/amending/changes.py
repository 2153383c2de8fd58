"""The changes between two versions of a document, on its structure (issue 12, item 2).

Both sides are plan records (versions.plan_record). Sections are matched by `id`, and where ids are
missing by text similarity; each change is cited in the numbering of the *issued* version, the way
Vietnamese drafting does: "Sửa đổi điểm a khoản 2 Mục II như sau:", "Bổ sung khoản 4 vào sau
khoản 3 Mục III như sau:", "Bãi bỏ điểm c khoản 1 Mục IV.". Inserting or removing a section
renumbers its later siblings: one "đánh số lại" change says which.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from typing import Any

from ..document import Cell, Column, Table
from ..formatting import appendix_label, upper
from ..numbering import LEVEL_KINDS, position
from ..tables import cell_entry, grid_problems, printed_rows
from .citing import ordinal, path, unit

Record = dict[str, Any]
SIMILAR = 0.6  # sections without ids are the same section above this ratio
REPLACED = 0.3  # a changed section below this ratio is replaced wholly (thay thế)

AMEND, ADD, REPEAL, REPLACE, RENUMBER = "sửa đổi", "bổ sung", "bãi bỏ", "thay thế", "đánh số lại"


@dataclass(frozen=True)
class Change:
    """Một thay đổi: loại, vị trí (theo số thứ tự của bản đã ban hành), câu dẫn và nội dung mới."""

    kind: str
    where: str
    lead: str  # "Sửa đổi điểm a khoản 2 Mục II như sau:"
    text: tuple[str, ...] = ()  # the new text, line by line (quoted in the amendment)
    tables: tuple[Record, ...] = ()  # new rows or tables as `bang:` entries: the amendment prints them as tables

    def record(self) -> dict[str, Any]:
        return {"loai": self.kind, "vi_tri": self.where, "cau_dan": self.lead, "noi_dung": list(self.text)}


@dataclass(frozen=True)
class _Node:
    record: Record
    units: tuple[str, ...]  # the cited path, outermost first
    marker: str


def changes(issued: Record, current: Record) -> list[Change]:
    """Every change from `issued` to `current`, in reading order."""
    out: list[Change] = []
    if issued.get("mo_dau") != current.get("mo_dau"):
        out += _lines(issued.get("mo_dau", []), current.get("mo_dau", []), "đoạn", "phần mở đầu")
    old, new = _numbered(issued["muc"], issued["danh_so"]), _numbered(current["muc"], current["danh_so"])
    out += _children(old, new, issued["danh_so"], current["danh_so"], (), (), None)
    if "phu_luc" in issued:  # versions issued before annexes were recorded are not compared on them
        out += _appendices(issued["phu_luc"], current["phu_luc"], current["danh_so"])
    return out


def _appendices(old: list[Record], new: list[Record], kinds: list[str]) -> list[Change]:
    """Annexes by position: "Sửa đổi Phụ lục II như sau:", "Bổ sung Phụ lục III", "Bãi bỏ Phụ lục II."."""
    out: list[Change] = []
    for index in range(max(len(old), len(new))):
        before = old[index] if index < len(old) else None
        after = new[index] if index < len(new) else None
        if before == after:
            continue
        label = appendix_label(index + 1, len(old) if before is not None else len(new))
        if after is None:
            out.append(Change(REPEAL, label, f"Bãi bỏ {label}."))
            continue
        if before is not None and {**before, "tables": []} == {**after, "tables": []}:
            out += _tables(before["tables"], after["tables"], label)
            continue
        lines = [upper(after["title"]), *after["paragraphs"], *_item_lines(after["items"])]
        lines += [line for table in after["tables"] for line in _table_lines(table)]
        for section in _numbered(after["sections"], kinds):
            _print(section, lines)
        verb, kind = ("Sửa đổi", AMEND) if before is not None else ("Bổ sung", ADD)
        out.append(Change(kind, label, f"{verb} {label} như sau:", tuple(lines)))
    return out


def _tables(old: list[Record], new: list[Record], where: str) -> list[Change]:
    """Tables of one part matched by id, else caption, else position; changed rows cited one by one."""
    out: list[Change] = []
    unmatched = {_table_key(t, i): t for i, t in enumerate(old)}
    for index, table in enumerate(new):
        before = unmatched.pop(_table_key(table, index), None)
        name = _table_name(table, index, where)
        whole = (_quoted_table(table, range(len(table["rows"]))),)
        if before is None:
            out.append(Change(ADD, name, f"Bổ sung {name} như sau:", _table_lines(table), whole))
        elif before == table:
            continue
        elif before["columns"] != table["columns"] or _merged_anew(before, table):
            out.append(Change(AMEND, name, f"Sửa đổi {name} như sau:", _table_lines(table), whole))
        else:
            out += [
                _with_rows(change, table)
                for change in _lines(_row_texts(before), _row_texts(table), "dòng", f"của {name}")
            ]
    for index, table in enumerate(unmatched.values()):
        name = _table_name(table, index, where)
        out.append(Change(REPEAL, name, f"Bãi bỏ {name}."))
    return out


def _table_key(table: Record, index: int) -> str:
    return table.get("id") or table.get("title") or f"#{index}"


def _table_name(table: Record, index: int, where: str) -> str:
    """`Bảng «Tiến độ thực hiện» tại khoản 2 Mục II`, or `bảng thứ nhất tại …` without a caption."""
    name = f"Bảng «{table['title']}»" if table.get("title") else f"bảng {ordinal(index + 1)}"
    return f"{name} tại {where}" if where else name


def _merged_anew(old: Record, new: Record) -> bool:
    """Rows whose text is unchanged but whose cells are merged differently: the table is cited whole."""
    matcher = difflib.SequenceMatcher(None, _row_texts(old), _row_texts(new), autojunk=False)
    return any(
        _spans(old["rows"][a + k]) != _spans(new["rows"][b + k])
        for a, b, size in matcher.get_matching_blocks()
        for k in range(size)
    )


def _spans(row: list[Record]) -> list[tuple[int, int]]:
    return [(cell["colspan"], cell["rowspan"]) for cell in row]


def _row_texts(table: Record) -> list[str]:
    """Each row as printed (amounts formatted, merged places left out), cells joined by « | »."""
    return [" | ".join(texts) for texts in printed_rows(_table(table))[1:]]


def _table(record: Record) -> Table:
    columns = tuple(Column(**column) for column in record["columns"])
    rows = tuple(tuple(Cell(**cell) for cell in row) for row in record["rows"])
    return Table(columns, rows, record.get("title"), record.get("total_label", "Tổng cộng"))


def _with_rows(change: Change, table: Record) -> Change:
    """A row change with its new rows as a table of the same columns, when they stand alone (no cell
    merged down across their edge, not the totals row); otherwise quoted as text lines only."""
    texts, count = _row_texts(table), len(change.text)
    start = next((i for i in range(len(table["rows"]) - count + 1) if tuple(texts[i : i + count]) == change.text), None)
    if not count or start is None:
        return change
    rows = range(start, start + count)
    if grid_problems(len(table["columns"]), tuple(tuple(Cell(**c) for c in table["rows"][i]) for i in rows)):
        return change
    return dataclasses.replace(change, tables=(_quoted_table(table, rows),))


def _quoted_table(table: Record, rows: range) -> Record:
    """Rows of `table` as a `bang:` entry printing them as issued: the same columns, names, widths and
    alignment, the cells' printed text (amounts 1.234.567), merges kept; no totals row (`cong` off)."""
    printed = printed_rows(_table(table))[1:]
    columns = [
        {"ten": c["title"], **({"rong": c["width_cm"]} if c["width_cm"] else {}), "can": c["align"]}
        for c in table["columns"]
    ]
    return {"cot": columns, "dong": [_quoted_row(table["rows"][i], printed[i]) for i in rows]}


def _quoted_row(cells: list[Record], texts: list[str]) -> list[Any]:
    return [cell_entry(text, c["colspan"], c["rowspan"]) for c, text in zip(cells, texts, strict=True)]


def _table_lines(table: Record) -> tuple[str, ...]:
    """A table quoted line by line: its caption, the header row, each row, cells joined by « | »."""
    rows = [" | ".join(texts) for texts in printed_rows(_table(table))]
    return tuple(line for line in (table.get("title") or "", *rows) if line)


def _numbered(sections: list[Record], kinds: list[str]) -> list[Record]:
    """Section records with their printed `marker`, as numbering.py numbers them (Điều through the document)."""
    through: dict[int, int] = {}

    def walk(records: list[Record], depth: int, parent: str) -> list[Record]:
        kind = LEVEL_KINDS[kinds[min(depth, len(kinds)) - 1]]
        out = []
        for index, record in enumerate(records, start=1):
            marker = kind.marker(position(kind, depth, index, through), parent)
            out.append({**record, "marker": marker, "sections": walk(record.get("sections", []), depth + 1, marker)})
        return out

    return walk(sections, 1, "")


def _nodes(
    sections: list[Record], kinds: list[str], depth: int, parent: tuple[str, ...], parent_kind: str | None
) -> list[_Node]:
    kind = kinds[min(depth, len(kinds) - 1)]
    return [_Node(s, (*parent, unit(kind, s["marker"], parent_kind)), s["marker"]) for s in sections]


def _children(
    old: list[Record],
    new: list[Record],
    old_kinds: list[str],
    new_kinds: list[str],
    old_parent: tuple[str, ...],
    new_parent: tuple[str, ...],
    parent_kind: str | None,
) -> list[Change]:
    depth = len(old_parent)
    old_nodes = _nodes(old, old_kinds, depth, old_parent, parent_kind)
    new_nodes = _nodes(new, new_kinds, depth, new_parent, parent_kind)
    pairs = _match(old_nodes, new_nodes)
    matched_old = {id(o) for o in pairs.values()}
    out: list[Change] = []
    previous: _Node | None = None
    renumbered: list[tuple[str, str]] = []
    for node in new_nodes:
        before = pairs.get(id(node))
        if before is None:
            where = path(list(node.units))
            after = (
                f"vào sau {path(list(previous.units))}"
                if previous
                else (f"vào đầu {path(list(old_parent))}" if old_parent else "vào đầu phần nội dung")
            )
            out.append(Change(ADD, where, f"Bổ sung {where} {after} như sau:", _quoted(node)))
            continue
        previous = before
        if before.marker != node.marker:
            renumbered.append((path(list(before.units)), path(list(node.units))))
        out += _compare(before, node, old_kinds, new_kinds)
    for node in old_nodes:
        if id(node) not in matched_old:
            where = path(list(node.units))
            out.append(Change(REPEAL, where, f"Bãi bỏ {where}."))
    if renumbered:
        moves = "; ".join(f"{a} thành {b}" for a, b in renumbered)
        out.append(Change(RENUMBER, ", ".join(a for a, _ in renumbered), f"Đánh số lại: {moves}."))
    return out


def _compare(old: _Node, new: _Node, old_kinds: list[str], new_kinds: list[str]) -> list[Change]:
    a, b = old.record, new.record
    where = path(list(old.units))
    own = ("title", "lead", "paragraphs")
    if any(a.get(k) != b.get(k) for k in own):
        ratio = difflib.SequenceMatcher(None, _text(a), _text(b), autojunk=False).ratio()
        kind = REPLACE if ratio < REPLACED else AMEND
        verb = "Thay thế" if kind == REPLACE else "Sửa đổi"
        return [Change(kind, where, f"{verb} {where} như sau:", _quoted(new))]
    out: list[Change] = []
    if a.get("items") != b.get("items"):
        out += _lines(
            [_item_text(i) for i in a.get("items", [])],
            [_item_text(i) for i in b.get("items", [])],
            "gạch đầu dòng",
            where,
        )
    out += _tables(a.get("tables", []), b.get("tables", []), where)
    depth = len(old.units)
    out += _children(
        a.get("sections", []),
        b.get("sections", []),
        old_kinds,
        new_kinds,
        old.units,
        new.units,
        old_kinds[min(depth - 1, len(old_kinds) - 1)],
    )
    return out


def _lines(old: list[str], new: list[str], name: str, where: str) -> list[Change]:
    """Paragraphs or bullets of one part, aligned: "Sửa đổi gạch đầu dòng thứ hai khoản 1 Mục I như sau:"."""
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for offset in range(i2 - i1):
                spot = f"{name} {ordinal(i1 + offset + 1)} {where}"
                out.append(Change(AMEND, spot, f"Sửa đổi {spot} như sau:", (new[j1 + offset],)))
            continue
        if tag in ("delete", "replace"):
            for index in range(i1, i2):
                spot = f"{name} {ordinal(index + 1)} {where}"
                out.append(Change(REPEAL, spot, f"Bãi bỏ {spot}."))
        if tag in ("insert", "replace"):
            after = f"vào sau {name} {ordinal(i1)} {where}" if i1 else f"vào đầu {where}"
            spot = f"{name} {where}"
            out.append(Change(ADD, spot, f"Bổ sung {name} {after} như sau:", tuple(new[j1:j2])))
    return out


def _match(old: list[_Node], new: list[_Node]) -> dict[int, _Node]:
    """new node id → its old node: same `id`, else the most similar unmatched one above SIMILAR."""
    pairs: dict[int, _Node] = {}
    by_id = {n.record["id"]: n for n in old if n.record.get("id")}
    free = [n for n in old if not n.record.get("id")]
    for node in new:
        key = node.record.get("id")
        if key and key in by_id:
            pairs[id(node)] = by_id.pop(key)
    free += list(by_id.values())
    for node in new:
        if id(node) in pairs:
            continue
        scored = [
            (difflib.SequenceMatcher(None, _signature(o), _signature(node), autojunk=False).ratio(), o) for o in free
        ]
        best = max(scored, key=lambda s: s[0], default=None)
        if best and best[0] >= SIMILAR and not (node.record.get("id") and best[1].record.get("id")):
            pairs[id(node)] = best[1]
            free.remove(best[1])
    return pairs


def _signature(node: _Node) -> str:
    record = node.record
    return record.get("title") or record.get("lead") or " ".join(record.get("paragraphs", [])) or _text(record)


def _text(record: Record) -> str:
    parts = [record.get("title") or "", record.get("lead") or "", *record.get("paragraphs", [])]
    parts += [_item_text(i) for i in record.get("items", [])]
    return "\n".join(p for p in parts if p)


def _item_text(item: Record) -> str:
    return "\n".join([f"- {item['text']}", *(f"+ {sub['text']}" for sub in item.get("items", []))])


def _item_lines(items: list[Record]) -> list[str]:
    return [line for item in items for line in _item_text(item).split("\n")]


def _quoted(node: _Node) -> tuple[str, ...]:
    """The section's new text as printed (numbers included), its subsections too."""
    lines: list[str] = []
    _print(node.record, lines)
    return tuple(lines)


def _print(record: Record, lines: list[str]) -> None:
    head = record.get("title") or record.get("lead") or ""
    lines.append(f"{record['marker']} {head}".strip())
    lines += record.get("paragraphs", [])
    lines += _item_lines(record.get("items", []))
    lines += [line for table in record.get("tables", []) for line in _table_lines(table)]
    for child in record["sections"]:
        _print(child, lines)
