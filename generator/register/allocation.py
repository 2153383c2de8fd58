"""Cấp số: give a document its số once, keep it on every rebuild, never reuse a cancelled one.

Rules (ND30 Art. 15.1, spec §5.1):
- numbers run through the calendar year of the issue date, from 01, with no gap: the next number
  is one more than the highest number of the sequence in that year, whatever its status, so a
  cancelled or reserved number is never given again;
- one sequence per issuer by default; a per-issuer setting gives each document type its own
  sequence; a council or board passes its own sequence name;
- the key of a document is (issuer, document id): issuing it again returns the same number, which
  is also how a build that failed after allocation gets its number back.

Each operation runs in one `BEGIN IMMEDIATE` transaction (store.transaction), so concurrent
builds are serialised and never read the same highest number.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import Problem
from ..formatting import number_text
from .entries import (
    SHARED_SEQUENCE,
    UNTYPED_SEQUENCE,
    Entry,
    Filter,
    Status,
    entry_from_row,
    entry_to_row,
    select_entries,
)
from .store import RegisterError, connect, reading, transaction


@dataclass(frozen=True)
class IssueRequest:
    """Những gì bản dựng biết về văn bản khi ban hành (`vanban build --ban-hanh`)."""

    issuer: str
    document_id: str
    doc_type: str
    ky_hieu: str
    issue_date: dt.date
    summary: str = ""
    signer: str = ""
    recipients: str = ""
    archive: str = ""
    copies: int | None = None
    sequence: str | None = None
    number: int | None = None  # the `so` already written in the content file, if any
    source: Path | None = None  # the content file it comes from: a refusal names it, not the register


class Register:
    """Một sổ văn bản đi đang mở (một tệp SQLite)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    @contextmanager
    def open(cls, path: Path, busy_timeout: float | None = None) -> Iterator[Register]:
        """Open, create or migrate the register file; close it afterwards."""
        connection = connect(path, busy_timeout)
        try:
            yield cls(connection, path)
        finally:
            connection.close()

    # --- reading ---------------------------------------------------------------------------------

    def entries(self, where: Filter = Filter()) -> list[Entry]:
        """The lines of the register that match `where`, in register order."""
        with reading(self.connection, self.path):
            return select_entries(self.connection, where)

    def per_type(self, issuer: str) -> bool:
        """True when each document type of `issuer` has its own sequence (default: one shared)."""
        with reading(self.connection, self.path):
            row = self.connection.execute("SELECT per_type FROM issuer_settings WHERE issuer = ?", (issuer,)).fetchone()
        return bool(row and row[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around several operations (each joins it): all are kept, or none."""
        with transaction(self.connection, self.path):
            yield

    def last_issue_date(self, issuer: str, sequence: str, year: int) -> dt.date | None:
        """The latest date of issue among the issued numbers of a sequence in `year`."""
        row = self.connection.execute(
            "SELECT MAX(issue_date) FROM entries WHERE issuer = ? AND sequence = ? AND year = ? AND status = ?",
            (issuer, sequence, year, Status.ISSUED.value),
        ).fetchone()
        return dt.date.fromisoformat(row[0]) if row and row[0] else None

    def annotate(self, entry: Entry, note: str, replace_note: bool = False) -> None:
        """Add `note` to a line's ghi chú (or replace it), e.g. why it was issued out of date order."""
        with transaction(self.connection, self.path):
            joined = note if replace_note or not entry.note else f"{entry.note}; {note}"
            self.write(replace(entry, note=joined), replace_existing=True)

    # --- allocation ------------------------------------------------------------------------------

    def issue(self, request: IssueRequest) -> Entry:
        """Cấp số: the document's live number if it has one (reserved → issued), else the number the
        content file gives (when free), else the next one."""
        _require(request.issuer, "co_quan")
        _require(request.document_id, "ma_van_ban")
        year = request.issue_date.year
        with transaction(self.connection, self.path):
            sequence = self.sequence(request.issuer, request.doc_type, request.sequence)
            current = self.live_entry(request.issuer, request.document_id)
            if current is not None:
                _check_same_document(current, request, sequence)
                number = current.number
            elif request.number is not None:
                self.refuse_taken(request.issuer, sequence, year, request.number)
                number = request.number
            else:
                number = self.next_number(request.issuer, sequence, year)
            entry = Entry(
                issuer=request.issuer,
                sequence=sequence,
                year=year,
                number=number,
                status=Status.ISSUED,
                doc_type=request.doc_type,
                ky_hieu=request.ky_hieu,
                document_id=request.document_id,
                summary=request.summary,
                issue_date=request.issue_date,
                signer=request.signer,
                recipients=request.recipients,
                archive=request.archive,
                copies=request.copies,
                note=current.note if current else "",
            )
            self.write(entry, replace_existing=current is not None)
            return self.find_one(request.issuer, year, number, sequence)

    def reserve(
        self,
        issuer: str,
        year: int,
        doc_type: str = "",
        sequence: str | None = None,
        document_id: str | None = None,
        note: str = "",
    ) -> Entry:
        """Giữ số: take the next number now, to be bound to a document later (or at once)."""
        _require(issuer, "co_quan")
        with transaction(self.connection, self.path):
            resolved = self.sequence(issuer, doc_type, sequence)
            if document_id:
                self.refuse_live_document(issuer, document_id)
            number = self.next_number(issuer, resolved, year)
            entry = Entry(
                issuer,
                resolved,
                year,
                number,
                Status.RESERVED,
                doc_type=doc_type,
                document_id=document_id or None,
                note=note,
            )
            self.write(entry, replace_existing=False)
            return self.find_one(issuer, year, number, resolved)

    def bind(self, issuer: str, year: int, number: int, document_id: str, sequence: str | None = None) -> Entry:
        """Gắn một số đang giữ với mã văn bản; lần ban hành sau của văn bản đó sẽ nhận số này."""
        _require(document_id, "ma_van_ban")
        with transaction(self.connection, self.path):
            entry = self.find_one(issuer, year, number, sequence)
            if entry.status is not Status.RESERVED:
                raise RegisterError(
                    Problem(
                        f"Số {entry.label} năm {year} không ở trạng thái giữ số ({entry.status.label}).",
                        field="so",
                        hint="Chỉ gắn được số đã giữ bằng `vanban so giu-so`.",
                    )
                )
            if entry.document_id != document_id:
                self.refuse_live_document(issuer, document_id)
            bound = replace(entry, document_id=document_id)
            self.write(bound, replace_existing=True)
            return self.find_one(issuer, year, number, entry.sequence)

    # --- steps shared with corrections.py (call inside a transaction) -------------------------------

    def sequence(self, issuer: str, doc_type: str, explicit: str | None) -> str:
        if explicit:
            return explicit
        if self.per_type(issuer):
            return doc_type or UNTYPED_SEQUENCE
        return SHARED_SEQUENCE

    def next_number(self, issuer: str, sequence: str, year: int) -> int:
        row = self.connection.execute(
            "SELECT COALESCE(MAX(number), 0) FROM entries WHERE issuer = ? AND sequence = ? AND year = ?",
            (issuer, sequence, year),
        ).fetchone()
        return int(row[0]) + 1

    def live_entry(self, issuer: str, document_id: str) -> Entry | None:
        row = self.connection.execute(
            "SELECT * FROM entries WHERE issuer = ? AND document_id = ? AND status != ?",
            (issuer, document_id, Status.CANCELLED.value),
        ).fetchone()
        return entry_from_row(row) if row else None

    def refuse_live_document(self, issuer: str, document_id: str) -> None:
        current = self.live_entry(issuer, document_id)
        if current is not None:
            raise RegisterError(
                Problem(
                    f"Văn bản `{document_id}` của `{issuer}` đã có số {current.label} năm {current.year} ({current.status.label}).",
                    field="ma_van_ban",
                    hint="Mỗi văn bản chỉ có một số; muốn cấp số khác thì hủy số cũ bằng `vanban so huy` trước.",
                )
            )

    def refuse_taken(self, issuer: str, sequence: str, year: int, number: int) -> None:
        """Refuse a number that already has a line in the sequence (whatever its status)."""
        taken = select_entries(self.connection, Filter(issuer, year, sequence=sequence, number=number))
        if taken:
            held = taken[0]
            owner = f", văn bản `{held.document_id}`" if held.document_id else ""
            raise RegisterError(
                Problem(
                    f"Số {held.number_text} năm {year} của `{issuer}` (dãy số `{sequence}`) đã có trong sổ: "
                    f"{held.label}{owner}, {held.status.label}.",
                    field="so",
                    hint="Mỗi số chỉ ghi một lần; kiểm tra lại số, năm hoặc dãy số.",
                )
            )

    def find_one(self, issuer: str, year: int, number: int, sequence: str | None) -> Entry:
        matches = select_entries(self.connection, Filter(issuer=issuer, year=year, sequence=sequence, number=number))
        if not matches:
            raise RegisterError(
                Problem(
                    f"Sổ không có số {number_text(number)} năm {year} của `{issuer}`"
                    + (f" (dãy số `{sequence}`)." if sequence else "."),
                    field="so",
                    hint="Xem các số đã có bằng `vanban so list --co-quan " + issuer + f" --nam {year}`.",
                )
            )
        if len(matches) > 1:
            names = ", ".join(f"`{e.sequence}` ({e.label})" for e in matches)
            raise RegisterError(
                Problem(
                    f"Số {number_text(number)} năm {year} của `{issuer}` có ở nhiều dãy số: {names}.",
                    field="day_so",
                    hint="Chọn một dãy bằng --day-so.",
                )
            )
        return matches[0]

    def write(self, entry: Entry, replace_existing: bool) -> None:
        """Insert a new line or overwrite the line with the same (issuer, sequence, year, number)."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        row = entry_to_row(entry)
        row["created_at"] = entry.created_at or now
        row["updated_at"] = now if replace_existing else entry.updated_at or now
        if replace_existing:
            key = ("issuer", "sequence", "year", "number", "created_at")
            assignments = ", ".join(f"{c} = :{c}" for c in row if c not in key)
            self.connection.execute(
                f"UPDATE entries SET {assignments} "
                "WHERE issuer = :issuer AND sequence = :sequence AND year = :year AND number = :number",
                row,
            )
        else:
            placeholders = ", ".join(f":{c}" for c in row)
            self.connection.execute(f"INSERT INTO entries ({', '.join(row)}) VALUES ({placeholders})", row)


def _require(value: str | None, field: str) -> None:
    if not value or not value.strip():
        raise RegisterError(Problem("Không được để trống.", field=field, hint="Ghi giá trị cho trường này."))


def _same_code(held: str, asked: str) -> bool:
    """The same ký hiệu; a Party document's issued before the sổ kept its own form (`KH-CB`, now `KH/CB`) too."""
    return held == asked or ("/" in asked and held == asked.replace("/", "-"))


def _check_same_document(current: Entry, request: IssueRequest, sequence: str) -> None:
    """A rebuild must describe the same numbered document: same year, same ký hiệu (or sequence if reserved)."""
    year = request.issue_date.year
    changed = (
        current.year != year
        or request.number not in (None, current.number)
        or (
            not _same_code(current.ky_hieu, request.ky_hieu)
            if current.status is Status.ISSUED
            else current.sequence != sequence
        )
    )
    if changed:
        raise RegisterError(
            Problem(
                f"Văn bản `{request.document_id}` đã có số {current.label} năm {current.year} "
                f"({current.status.label}), nhưng lần này là "
                + (f"số {number_text(request.number)}/" if request.number is not None else "ký hiệu ")
                + f"{request.ky_hieu} năm {year}.",
                field="ma_van_ban",
                hint="Giữ nguyên số, ngày và thể loại đã ban hành, hoặc hủy số cũ (`vanban so huy`) rồi ban hành lại.",
            )
        )
