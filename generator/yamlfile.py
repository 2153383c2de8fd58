"""Read a YAML file safely, with the line of every key and list entry, all text in NFC.

Only PyYAML's safe loader is used (no Python tags). Dates stay strings, so an impossible date such
as 2017-02-30 reaches validation and gets a Vietnamese message instead of a loader crash.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Problem

Location = tuple[str | int, ...]
MAX_YAML_BYTES = 2_000_000


_SafeBase = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)  # libyaml when installed: the same safe constructor, ~10x faster


class _Loader(_SafeBase):  # type: ignore[misc, valid-type]
    """The safe loader without the timestamp resolver: dates are validated later, with a message."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class YamlFile:
    """Dữ liệu một tệp YAML cùng số dòng của từng khóa và phần tử danh sách."""

    path: Path
    data: Any
    lines: dict[Location, int]

    def line_of(self, location: Location) -> int | None:
        """The line of the longest prefix of `location` that the file has (1-based)."""
        for end in range(len(location), -1, -1):
            line = self.lines.get(tuple(location[:end]))
            if line is not None:
                return line
        return None


_SYNTAX: tuple[tuple[str, str, str], ...] = (
    # (what the YAML parser says, what it means, how to fix it)
    (
        "mapping values are not allowed",
        "Có dấu hai chấm và dấu cách (“: ”) giữa câu, YAML hiểu là một khóa mới.",
        'Đặt cả câu trong ngoặc kép "…".',
    ),
    (
        "could not find expected ':'",
        "Thiếu dấu hai chấm sau tên khóa, hoặc một câu dài xuống dòng mà không thụt vào.",
        "Viết mỗi câu trên một dòng, hoặc đặt câu trong ngoặc kép.",
    ),
    (
        "expected '-' indicator",
        "Các dòng “- ” của một danh sách không thẳng cột, hoặc một câu bắt đầu bằng ký tự đặc biệt.",
        "Cho các dòng “- ” thẳng cột; câu bắt đầu bằng {, [, *, & … thì đặt trong ngoặc kép.",
    ),
    (
        "expected key",
        "Thụt đầu dòng không đều.",
        "Các khóa cùng cấp phải thẳng cột; thụt vào bằng dấu cách (2 dấu cách mỗi cấp).",
    ),
    (
        "alphabetic or numeric character",
        "Câu bắt đầu bằng * hoặc &, là ký hiệu đặc biệt của YAML.",
        'Đặt cả câu trong ngoặc kép, ví dụ: - "*Lưu ý*: …".',
    ),
    (
        "undefined alias",
        "Câu bắt đầu bằng *, là ký hiệu đặc biệt của YAML.",
        'Đặt cả câu trong ngoặc kép, ví dụ: - "*Lưu ý*: …".',
    ),
    (
        "cannot start any token",
        "Câu bắt đầu bằng một ký tự đặc biệt của YAML (@, `, % …).",
        'Đặt cả câu trong ngoặc kép "…".',
    ),
    (
        "unknown escape character",
        "Trong ngoặc kép, dấu \\ phải viết thành \\\\.",
        "Dùng ngoặc đơn '…' thay cho ngoặc kép, hoặc viết \\\\.",
    ),
    (
        "expected ',' or ']'",
        "Thiếu dấu đóng ngoặc ] của danh sách viết trên một dòng.",
        "Thêm dấu ] ở cuối, hoặc viết mỗi phần tử một dòng “- ”.",
    ),
    (
        "expected ',' or '}'",
        "Thiếu dấu đóng ngoặc } (câu có {{ … }} phải đặt trong ngoặc kép).",
        'Đặt cả câu trong ngoặc kép, ví dụ: - "{{ co_quan.ten_goi }} triển khai …".',
    ),
    (
        "end of stream",
        "Tệp kết thúc khi một dấu ngoặc kép hay ngoặc vuông còn mở.",
        'Tìm dấu " hoặc [ chưa đóng ở dòng được chỉ ra hoặc phía trên.',
    ),
    ("expected node content", "Thiếu nội dung sau “- ” hoặc sau dấu phẩy.", "Điền nội dung, hoặc xóa dòng “- ” trống."),
)
_SPECIAL_START = "{[*&!|>%@`"
_GENERIC = (
    "expected '-' indicator",
    "expected key",
    "cannot start any token",
    "expected ',' or '}'",
    "expected node content",
    "expected whitespace or line break",
    "expected comment or line break",
)


# A value YAML would read without error but not as written: `! Chú ý` (a tag: the ! disappears),
# `? Chú ý` (a complex key), `| Chú ý` / `> Chú ý` (a block scalar header with text after it).
_SILENT = re.compile(r"^\s*(?:-\s+|[A-Za-z_]+:\s+)(?P<mark>!|\?\s|[|>][-+0-9]*\s+\S)")


def _silent_losses(text: str, path: Path) -> list[Problem]:
    """Lines whose first character YAML would swallow; content files never need tags or complex keys."""
    return [
        Problem(
            f"Câu bắt đầu bằng “{match['mark'].strip()[:1]}”, một ký hiệu đặc biệt của YAML: ký tự này sẽ bị mất hoặc câu bị hiểu sai.",
            file=path,
            line=number,
            hint='Đặt cả câu trong ngoặc kép "…".',
        )
        for number, line in enumerate(text.splitlines(), start=1)
        if not line.lstrip().startswith("#") and (match := _SILENT.match(line))
    ]


def syntax_message(reason: str, text: str, line: int | None) -> tuple[str, str]:
    """A Vietnamese reading of a YAML syntax error, with a fix that looks at the offending line."""
    message, hint = (
        "Lỗi cú pháp YAML.",
        "Kiểm tra thụt đầu dòng (dấu cách, không Tab) và đặt câu có dấu hai chấm trong ngoặc kép.",
    )
    for needle, meaning, fix in _SYNTAX:
        if needle in reason:
            message, hint = f"Lỗi cú pháp YAML: {meaning}", fix
            break
    lines = text.splitlines()
    if line and 0 < line <= len(lines) and "\t" in lines[line - 1]:
        return (
            f"Lỗi cú pháp YAML: dòng {line} có ký tự Tab.",
            "Thay Tab bằng dấu cách (thụt đầu dòng chỉ dùng dấu cách).",
        )
    if not any(generic in reason for generic in _GENERIC):
        return message, hint
    for number in (line, (line or 0) - 1):
        if number and 0 < number <= len(lines):
            whole = lines[number - 1].strip().removeprefix("- ")
            value = whole.split(": ", 1)[-1].strip()
            if any(part.startswith('"') and part.count('"') > 2 for part in (whole, value)):
                return (
                    f'Lỗi cú pháp YAML: dòng {number} có dấu ngoặc kép " bên trong một câu đã đặt trong ngoặc kép.',
                    "Dùng ngoặc kép tiếng Việt “…” bên trong câu, hoặc đặt cả câu trong ngoặc đơn '…'.",
                )
            if value[:1] in _SPECIAL_START and not value.startswith(('"', "'")):
                return (
                    f"Lỗi cú pháp YAML: dòng {number} bắt đầu bằng “{value[:1]}”, một ký hiệu đặc biệt của YAML.",
                    'Đặt cả câu trong ngoặc kép "…".',
                )
    return message, hint


def nfc(value: Any) -> Any:
    """Normalise every string in a YAML value to NFC (ND30 I.4: Unicode dựng sẵn)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


@cache
def packaged_data(name: str) -> Any:
    """A table vanban ships in generator/data/ (`dia-danh.yaml`, …), read once per process with the safe loader
    (libyaml when installed: dia-danh.yaml took 13.7 ms in pure Python, 1.8 with it; issue 15). Shared: read only."""
    text = resources.files("generator").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_SafeBase)


def read_yaml(path: Path) -> YamlFile:
    """Load `path`; raise ContentError naming the file and line on any syntax or encoding error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(Problem(f"Không đọc được tệp ({exc.strerror}).", file=path)) from exc
    if len(raw) > MAX_YAML_BYTES:
        raise ContentError(Problem("Tệp quá lớn để là tệp nội dung.", file=path, hint="Tách thành nhiều tệp nhỏ hơn."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(
            Problem("Tệp không phải mã UTF-8.", file=path, hint="Lưu lại tệp với bảng mã UTF-8 (Unicode).")
        ) from exc
    silent = _silent_losses(text, path)
    if silent:
        raise ContentError(silent)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        message, hint = syntax_message(getattr(exc, "problem", None) or str(exc), text, line)
        raise ContentError(Problem(message, file=path, line=line, hint=hint)) from exc
    finally:
        loader.dispose()
    if node is None:
        return YamlFile(path, {}, {})
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    _map_lines(node, (), lines, problems, path)
    if problems:
        raise ContentError(problems)
    return YamlFile(path, nfc(data), lines)


# What word/document.xml cannot hold (XML 1.0 Char): the C0 controls but tab, line feed, carriage return.
XML_UNFIT = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff"  # a character class; importing/lines.py removes them
_UNPRINTABLE = re.compile(f"[{XML_UNFIT}]")


def _map_lines(
    node: yaml.Node,
    location: Location,
    lines: dict[Location, int],
    problems: list[Problem],
    path: Path,
    seen_nodes: set[int] | None = None,
) -> None:
    seen_nodes = set() if seen_nodes is None else seen_nodes
    if isinstance(node, yaml.CollectionNode):
        if id(node) in seen_nodes:  # an alias (*name): refused, it is how a YAML bomb multiplies itself
            raise ContentError(
                Problem(
                    "Tệp dùng neo/bí danh YAML (&…, *…).",
                    file=path,
                    line=lines.get(location, node.start_mark.line + 1),  # where the alias is used, not where it points
                    field=dotted(location) or None,
                    hint="Viết lại nội dung đầy đủ thay cho *bí danh.",
                )
            )
        seen_nodes.add(id(node))
    lines.setdefault(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = unicodedata.normalize("NFC", str(key_node.value))
            if key in seen:
                problems.append(
                    Problem(
                        f"Khóa `{key}` được ghi hai lần.",
                        file=path,
                        line=key_node.start_mark.line + 1,
                        field=dotted((*location, key)),
                        hint="Xóa một trong hai dòng hoặc gộp nội dung lại.",
                    )
                )
            seen.add(key)
            lines[(*location, key)] = key_node.start_mark.line + 1
            _map_lines(value_node, (*location, key), lines, problems, path, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_lines(item, (*location, index), lines, problems, path, seen_nodes)
    elif isinstance(node.value, str) and (control := _UNPRINTABLE.search(node.value)):
        problems.append(
            Problem(
                f"Có ký tự điều khiển không in được (mã {ord(control[0]):#04x}), thường do chép từ tệp PDF hay một "
                "lối viết bắt đầu bằng `\\` trong ngoặc kép: Word không chứa được ký tự này.",
                file=path,
                line=node.start_mark.line + 1,
                field=dotted(location) or None,
                hint="Xóa ký tự đó (hoặc lối viết `\\0`, `\\a` … trong ngoặc kép).",
            )
        )


def dotted(location: Location) -> str:
    """`muc[1].tieu_de` for ('muc', 1, 'tieu_de'): the field as the user sees it."""
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def find_text(text: str, files: Iterable[Path]) -> tuple[Path, int] | None:
    """The first file, and the line in it, where `text` is written (used only to place an error)."""
    needle = text.strip()[:40]
    for path in files:
        try:
            content = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            continue
        at = content.find(needle)
        if needle and at >= 0:
            return path, content.count("\n", 0, at) + 1
    return None
