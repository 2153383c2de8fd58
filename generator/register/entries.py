"""One line of the sổ văn bản đi (`Entry`), its Vietnamese keys, and the queries that read lines.

The same Vietnamese keys name the columns of the CSV export/import and the objects printed by
`vanban so list --json`, so a register exported by one tool can be read by another.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..errors import Problem
from ..formatting import number_text, numbered_code
from .store import RegisterError


class Status(StrEnum):
    """Trạng thái một số trong sổ."""

    ISSUED = "da_cap"
    RESERVED = "giu_so"
    CANCELLED = "da_huy"

    @property
    def label(self) -> str:
        """Tên trạng thái in trong sổ (.docx) và bảng liệt kê."""
        return {"da_cap": "Đã cấp", "giu_so": "Giữ số", "da_huy": "Đã hủy"}[self.value]


# Sequence names: the issuer's one shared sequence, or the type abbreviation when each type has
# its own (ND30 Art. 15.1.c, spec §5.1); a council or board passes its own name.
SHARED_SEQUENCE = "chung"
UNTYPED_SEQUENCE = "cong-van"


@dataclass(frozen=True)
class Entry:
    """Một dòng của sổ văn bản đi: số đã cấp, đang giữ hoặc đã hủy."""

    issuer: str
    sequence: str
    year: int
    number: int
    status: Status
    doc_type: str = ""
    ky_hieu: str = ""
    document_id: str | None = None
    summary: str = ""
    issue_date: dt.date | None = None
    signer: str = ""
    recipients: str = ""
    archive: str = ""
    copies: int | None = None
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def number_text(self) -> str:
        """Số có số 0 đứng trước khi nhỏ hơn 10 (spec §5.1): 05, 12, 933."""
        return number_text(self.number)

    @property
    def label(self) -> str:
        """Số và ký hiệu, ví dụ `05/KH-LĐLĐ` (văn bản Đảng `05-KH/CB`); chỉ số khi ký hiệu chưa biết (giữ số)."""
        return numbered_code(self.number, self.ky_hieu) if self.ky_hieu else self.number_text

    def to_record(self) -> dict[str, Any]:
        """The entry under its Vietnamese keys (JSON and CSV), plain values only."""
        return {KEYS[column]: value for column, value in entry_to_row(self).items()}


KEYS: dict[str, str] = {
    "issuer": "co_quan",
    "sequence": "day_so",
    "year": "nam",
    "number": "so",
    "status": "trang_thai",
    "doc_type": "loai",
    "ky_hieu": "ky_hieu",
    "document_id": "ma_van_ban",
    "summary": "trich_yeu",
    "issue_date": "ngay",
    "signer": "nguoi_ky",
    "recipients": "noi_nhan",
    "archive": "luu",
    "copies": "so_ban",
    "note": "ghi_chu",
    "created_at": "tao_luc",
    "updated_at": "cap_nhat_luc",
}
COLUMNS: tuple[str, ...] = tuple(KEYS)


def entry_to_row(entry: Entry) -> dict[str, Any]:
    """The entry as SQL values under the column names of `entries`."""
    row = {name: getattr(entry, name) for name in COLUMNS}
    row["status"] = entry.status.value
    row["issue_date"] = entry.issue_date.isoformat() if entry.issue_date else None
    return row


def entry_from_row(row: sqlite3.Row) -> Entry:
    """Convert one `entries` row."""
    values = {name: row[name] for name in COLUMNS}
    values["status"] = Status(values["status"])
    values["issue_date"] = dt.date.fromisoformat(values["issue_date"]) if values["issue_date"] else None
    return Entry(**values)


@dataclass(frozen=True)
class Filter:
    """Điều kiện lọc sổ: cơ quan, năm, trạng thái, dãy số, số (None = tất cả)."""

    issuer: str | None = None
    year: int | None = None
    status: Status | None = None
    sequence: str | None = None
    number: int | None = None


def select_entries(connection: sqlite3.Connection, where: Filter = Filter()) -> list[Entry]:
    """The matching entries in register order: issuer, year, sequence, number."""
    conditions = {"issuer": where.issuer, "year": where.year, "sequence": where.sequence, "number": where.number}
    if where.status is not None:
        conditions["status"] = where.status.value
    used = {column: value for column, value in conditions.items() if value is not None}
    clause = " AND ".join(f"{column} = :{column}" for column in used) or "1"
    rows = connection.execute(
        f"SELECT * FROM entries WHERE {clause} ORDER BY issuer, year, sequence, number", used
    ).fetchall()
    return [entry_from_row(row) for row in rows]


def missing_numbers(connection: sqlite3.Connection, issuer: str, sequence: str, year: int) -> list[int]:
    """Numbers below the highest one of a sequence that have no line at all (a silent gap)."""
    numbers = {
        row[0]
        for row in connection.execute(
            "SELECT number FROM entries WHERE issuer = ? AND sequence = ? AND year = ?", (issuer, sequence, year)
        )
    }
    return [n for n in range(1, max(numbers, default=0) + 1) if n not in numbers]


# --- reading values typed by a văn thư (CSV cells, command options) ------------------------------


def parse_int(text: str, field: str) -> int:
    """A whole number, or a Vietnamese error naming `field`."""
    try:
        return int(text.strip())
    except ValueError:
        raise RegisterError(
            Problem(f"`{text}` không phải số nguyên.", field=field, hint="Ghi bằng chữ số, ví dụ 5.")
        ) from None


def parse_date(text: str, field: str) -> dt.date:
    """A date written 2026-03-05 or 05/03/2026."""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise RegisterError(
        Problem(f"Ngày `{text}` không hợp lệ.", field=field, hint="Ghi dạng 2026-03-05 hoặc 05/03/2026.")
    )


def parse_status(text: str, field: str) -> Status:
    """A status by its code (`da_huy`) or its label (`Đã hủy`)."""
    for status in Status:
        if text.strip() == status.value or text.strip().lower() == status.label.lower():
            return status
    codes = ", ".join(f"{s.value} ({s.label})" for s in Status)
    raise RegisterError(Problem(f"Trạng thái `{text}` không có.", field=field, hint=f"Dùng một trong: {codes}."))
