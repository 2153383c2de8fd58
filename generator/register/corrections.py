"""What a văn thư does to the register by hand: cancel (hủy) a number, record (ghi) a number issued
outside the tool, and choose one sequence or one per type for an issuer.

A cancelled number keeps its line (status `da_huy`), so `Register.next_number` never gives it
again (ND30 Art. 15.1: số là duy nhất trong năm). Recording refuses a number or a document that is
already in the register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..errors import Problem
from .allocation import Register
from .entries import Entry, Filter, Status
from .store import RegisterError, transaction


def cancel(
    register: Register, issuer: str, year: int, number: int, reason: str = "", sequence: str | None = None
) -> Entry:
    """Hủy số: the line stays in the register with status `da_huy` and the reason in its note."""
    with transaction(register.connection, register.path):
        entry = register.find_one(issuer, year, number, sequence)
        return _cancel(register, entry, reason)


def cancel_document(register: Register, issuer: str, document_id: str, reason: str = "") -> Entry:
    """Hủy số của văn bản có mã `document_id`; lần ban hành sau văn bản sẽ nhận số mới."""
    with transaction(register.connection, register.path):
        entry = register.live_entry(issuer, document_id)
        if entry is None:
            raise RegisterError(
                Problem(
                    f"Văn bản `{document_id}` của `{issuer}` không có số nào đang dùng trong sổ.",
                    field="ma_van_ban",
                    hint=f"Xem sổ bằng `vanban so list --co-quan {issuer}`.",
                )
            )
        return _cancel(register, entry, reason)


def _cancel(register: Register, entry: Entry, reason: str) -> Entry:
    if entry.status is Status.CANCELLED:
        raise RegisterError(
            Problem(
                f"Số {entry.label} năm {entry.year} của `{entry.issuer}` đã hủy từ trước.",
                field="so",
                hint="Không cần hủy lại.",
            )
        )
    text = f"Hủy ngày {dt.date.today():%d/%m/%Y}" + (f": {reason.strip()}" if reason.strip() else "")
    note = f"{entry.note}; {text}" if entry.note else text
    register.write(replace(entry, status=Status.CANCELLED, note=note), replace_existing=True)
    return register.find_one(entry.issuer, entry.year, entry.number, entry.sequence)


def record(register: Register, entry: Entry) -> Entry:
    """Ghi vào sổ một số đã cấp ngoài vanban; từ chối số hoặc văn bản đã có trong sổ."""
    with transaction(register.connection, register.path):
        return add(register, entry)


def add(register: Register, entry: Entry) -> Entry:
    """Insert `entry` inside the caller's transaction; an empty sequence follows the issuer's setting."""
    if entry.number < 1:
        raise RegisterError(
            Problem(
                f"Số phải từ 1 trở lên, không phải {entry.number}.", field="so", hint="Ghi số đúng như trên văn bản."
            )
        )
    if not entry.issuer.strip():
        raise RegisterError(
            Problem("Thiếu mã cơ quan ban hành.", field="co_quan", hint="Ghi mã cơ quan, ví dụ ldld-gia-lai.")
        )
    sequence = entry.sequence or register.sequence(entry.issuer, entry.doc_type, None)
    entry = replace(entry, sequence=sequence)
    register.refuse_taken(entry.issuer, sequence, entry.year, entry.number)
    if entry.document_id and entry.status is not Status.CANCELLED:
        register.refuse_live_document(entry.issuer, entry.document_id)
    register.write(entry, replace_existing=False)
    return register.find_one(entry.issuer, entry.year, entry.number, sequence)


def set_per_type(register: Register, issuer: str, per_type: bool, year: int) -> None:
    """Choose one shared sequence (False) or one per document type (True) for `issuer`.

    Refused once the issuer has lines in `year` (the current year): changing mid-year would give
    the same number and ký hiệu twice (ND30 Art. 15.1).
    """
    with transaction(register.connection, register.path):
        if register.per_type(issuer) == per_type:
            return
        if register.entries(Filter(issuer, year)):
            raise RegisterError(
                Problem(
                    f"`{issuer}` đã có số trong năm {year}; không đổi cách đánh số giữa năm được.",
                    field="co_quan",
                    hint=f"Đổi cách đánh số từ ngày 01/01/{year + 1}, trước khi cấp số đầu tiên của năm đó.",
                )
            )
        register.connection.execute(
            "INSERT INTO issuer_settings (issuer, per_type) VALUES (?, ?) "
            "ON CONFLICT (issuer) DO UPDATE SET per_type = excluded.per_type",
            (issuer, int(per_type)),
        )
