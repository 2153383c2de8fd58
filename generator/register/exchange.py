"""CSV export and import of the register (xuất / nhập sổ), with the Vietnamese keys of `entries.KEYS`.

Export writes UTF-8 with a byte-order mark so Excel shows the Vietnamese letters, and guards
cells against formula injection (a cell that starts with = + - @ or ' gets a leading '). Import
reverses that, accepts `,` or `;` as the separator (Excel in Vietnamese saves with `;`), checks
every row, then inserts all rows in one transaction: one bad or duplicate row and nothing is
imported, and every problem is reported with its line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from ..doctypes import leading_code
from ..errors import Problem
from ..output import write_atomic
from .allocation import Register
from .corrections import add
from .entries import KEYS, Entry, Filter, Status, parse_date, parse_int, parse_status
from .store import RegisterError, RegisterUnavailableError, transaction

MAX_CSV_BYTES = 20 * 1024 * 1024
_FORMULA_STARTS = ("=", "+", "-", "@", "'", "\t", "\r")
_REQUIRED = ("co_quan", "so")
_HEADER = tuple(KEYS.values())
Value = TypeVar("Value")


def export_csv(register: Register, path: Path, where: Filter = Filter()) -> int:
    """Write the matching lines to `path` (atomically); return how many."""
    entries = register.entries(where)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_HEADER)
    for entry in entries:
        record = entry.to_record()
        writer.writerow([_guard("" if record[key] is None else str(record[key])) for key in _HEADER])
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    return len(entries)


def import_csv(register: Register, path: Path) -> list[Entry]:
    """Read every row of `path`, then add them all in one transaction, or none of them."""
    rows = _read_rows(path)
    problems: list[Problem] = []
    parsed: list[tuple[int, Entry]] = []
    for line, row in rows:
        try:
            parsed.append((line, _entry(row)))
        except RegisterError as exc:
            problems.extend(replace(p, file=path, line=line) for p in exc.problems)
    if problems:
        raise RegisterError(problems)
    added: list[Entry] = []
    with transaction(register.connection, register.path):
        for line, entry in parsed:
            try:
                added.append(add(register, entry))
            except RegisterUnavailableError:
                raise
            except RegisterError as exc:
                problems.extend(replace(p, file=path, line=line) for p in exc.problems)
        if problems:
            raise RegisterError(
                [
                    *problems,
                    Problem("Chưa nhập dòng nào vào sổ.", file=path, hint="Sửa các dòng trên rồi nhập lại cả tệp."),
                ]
            )
    return added


def _guard(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _unguard(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def _read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegisterError(
            Problem(f"Không đọc được tệp CSV ({exc.strerror or exc}).", file=path, hint="Kiểm tra đường dẫn tệp.")
        ) from exc
    if len(data) > MAX_CSV_BYTES:
        raise RegisterError(
            Problem("Tệp CSV quá lớn (hơn 20 MB).", file=path, hint="Chia sổ thành nhiều tệp theo năm.")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterError(
            Problem(
                "Tệp CSV không ở bảng mã UTF-8.",
                file=path,
                hint="Trong Excel chọn Lưu thành → “CSV UTF-8 (Comma delimited)”.",
            )
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in reader.fieldnames or []]
    _check_header(path, header)
    reader.fieldnames = header
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        values = {key: _unguard((value or "").strip()) for key, value in row.items() if key is not None}
        if any(values.values()):
            rows.append((reader.line_num, values))
    return rows


def _check_header(path: Path, header: list[str]) -> None:
    unknown = [name for name in header if name not in _HEADER]
    missing = [name for name in _REQUIRED if name not in header]
    if "nam" not in header and "ngay" not in header:
        missing.append("nam (hoặc ngay)")
    problems = [
        Problem(
            f"Cột `{name}` không phải cột của sổ.",
            file=path,
            line=1,
            hint="Các cột dùng được: " + ", ".join(_HEADER) + ".",
        )
        for name in unknown
    ]
    problems += [
        Problem(f"Thiếu cột `{name}`.", file=path, line=1, hint="Thêm cột này vào dòng tiêu đề.") for name in missing
    ]
    if problems:
        raise RegisterError(problems)


def _entry(row: dict[str, str]) -> Entry:
    """One CSV row → Entry; every problem of the row is reported at once."""
    problems: list[Problem] = []

    def cell(key: str, parse: Callable[[str, str], Value], required: bool = False) -> Value | None:
        text = row.get(key, "")
        if not text:
            if required:
                problems.append(Problem("Không được để trống.", field=key, hint="Điền ô này."))
            return None
        try:
            return parse(text, key)
        except RegisterError as exc:
            problems.extend(exc.problems)
            return None

    issue_date = cell("ngay", parse_date)
    year = cell("nam", parse_int, required=issue_date is None and not row.get("ngay"))
    if year is None and issue_date is not None:
        year = issue_date.year
    elif year is not None and issue_date is not None and issue_date.year != year:
        problems.append(
            Problem(
                f"Ngày {issue_date:%d/%m/%Y} không thuộc năm {year}.",
                field="ngay",
                hint="Sửa cột nam hoặc ngay cho khớp.",
            )
        )
    status = cell("trang_thai", parse_status) or Status.ISSUED
    number = cell("so", parse_int, required=True)
    copies = cell("so_ban", parse_int)
    issuer = cell("co_quan", lambda text, _key: text, required=True)
    if problems or year is None or number is None or issuer is None:
        raise RegisterError(problems)
    ky_hieu = row.get("ky_hieu", "")
    return Entry(
        issuer=issuer,
        sequence=row.get("day_so", ""),
        year=year,
        number=number,
        status=status,
        doc_type=row.get("loai") or leading_code(ky_hieu),
        ky_hieu=ky_hieu,
        document_id=row.get("ma_van_ban") or None,
        summary=row.get("trich_yeu", ""),
        issue_date=issue_date,
        signer=row.get("nguoi_ky", ""),
        recipients=row.get("noi_nhan", ""),
        archive=row.get("luu", ""),
        copies=copies,
        note=row.get("ghi_chu", ""),
        created_at=row.get("tao_luc", ""),
        updated_at=row.get("cap_nhat_luc", ""),
    )
