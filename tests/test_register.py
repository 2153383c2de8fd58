"""Sổ văn bản đi: allocation, rebuilds, year change, reserve, cancel, record, settings, faults.

Rules: ND30 Art. 15.1 (numbers run through the calendar year from 01, unique in the year; the head
of the body chooses one sequence or one per type; councils number on their own), spec §5.1.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from generator.doctypes import leading_code
from generator.register import (
    Entry,
    Filter,
    IssueRequest,
    Register,
    RegisterError,
    RegisterUnavailableError,
    Status,
)
from generator.register.allocation import _same_code
from generator.register.corrections import cancel, cancel_document, record, set_per_type
from generator.register.entries import missing_numbers
from generator.register.store import SCHEMA_VERSION

MARCH = dt.date(2026, 3, 5)


def issue(
    path: Path,
    document_id: str,
    on: dt.date = MARCH,
    doc_type: str = "KH",
    issuer: str = "ldld-gia-lai",
    **extra: object,
) -> int:
    ky_hieu = f"{doc_type}-LĐLĐ" if doc_type else "LĐLĐ-VP"
    return _issue(
        path,
        IssueRequest(issuer, document_id, doc_type, ky_hieu, on, f"Trích yếu {document_id}", "Nguyễn Văn A", **extra),
    )  # type: ignore[arg-type]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "so-van-ban-di.sqlite3"


def rows(path: Path, **where: object) -> list[Entry]:
    with Register.open(path) as register:
        return register.entries(Filter(**where))  # type: ignore[arg-type]


# --- allocation ----------------------------------------------------------------------------------


def test_numbers_start_at_one_and_run_in_issue_order(path: Path) -> None:
    assert [issue(path, f"vb-{i}") for i in range(1, 6)] == [1, 2, 3, 4, 5]


def test_rebuild_returns_the_same_number_and_updates_the_description(path: Path) -> None:
    first = issue(path, "ke-hoach-a")
    issue(path, "ke-hoach-b")
    again = _issue(path, IssueRequest("ldld-gia-lai", "ke-hoach-a", "KH", "KH-LĐLĐ", MARCH, summary="Trích yếu đã sửa"))
    assert (first, again) == (1, 1)
    lines = rows(path)
    assert len(lines) == 2
    assert lines[0].summary == "Trích yếu đã sửa"


def test_new_year_restarts_at_01(path: Path) -> None:
    assert issue(path, "cuoi-nam", on=dt.date(2026, 12, 31)) == 1
    assert issue(path, "cuoi-nam-2", on=dt.date(2026, 12, 31)) == 2
    assert issue(path, "dau-nam", on=dt.date(2027, 1, 1)) == 1
    assert [(e.year, e.number_text) for e in rows(path)] == [(2026, "01"), (2026, "02"), (2027, "01")]


def test_issuers_have_separate_registers_in_one_file(path: Path) -> None:
    assert issue(path, "a", issuer="ldld-gia-lai") == 1
    assert issue(path, "a", issuer="ldld-dong-nai") == 1
    assert issue(path, "b", issuer="ldld-gia-lai") == 2


def test_shared_sequence_is_the_default_for_all_types(path: Path) -> None:
    assert [issue(path, "kh", doc_type="KH"), issue(path, "hd", doc_type="HD"), issue(path, "cv", doc_type="")] == [
        1,
        2,
        3,
    ]
    assert {e.sequence for e in rows(path)} == {"chung"}


def test_per_type_setting_gives_each_type_its_own_sequence(path: Path) -> None:
    with Register.open(path) as register:
        set_per_type(register, "ldld-gia-lai", True, 2026)
    assert [
        issue(path, "kh-1", doc_type="KH"),
        issue(path, "hd-1", doc_type="HD"),
        issue(path, "kh-2", doc_type="KH"),
    ] == [1, 1, 2]
    assert [e.sequence for e in rows(path)] == ["HD", "KH", "KH"]


def test_council_has_its_own_sequence(path: Path) -> None:
    issue(path, "kh-1")
    assert issue(path, "tb-hoi-dong", doc_type="TB", sequence="hoi-dong-thi-dua") == 1
    assert issue(path, "kh-2") == 2


@pytest.mark.parametrize(
    ("changed", "message"),
    [
        ({"issue_date": dt.date(2027, 1, 2)}, "năm 2027"),
        ({"doc_type": "HD", "ky_hieu": "HD-LĐLĐ"}, "ký hiệu HD-LĐLĐ"),
    ],
)
def test_rebuild_that_changes_year_or_ky_hieu_is_refused(path: Path, changed: dict[str, object], message: str) -> None:
    issue(path, "vb")
    request = {
        "issuer": "ldld-gia-lai",
        "document_id": "vb",
        "doc_type": "KH",
        "ky_hieu": "KH-LĐLĐ",
        "issue_date": MARCH,
    } | changed
    with pytest.raises(RegisterError) as caught:
        _issue(path, IssueRequest(**request))  # type: ignore[arg-type]
    assert "đã có số 01/KH-LĐLĐ năm 2026" in str(caught.value)
    assert message in str(caught.value)
    assert len(rows(path)) == 1


def test_number_written_in_the_content_file_is_recorded_once(path: Path) -> None:
    assert issue(path, "vb-9", number=9) == 9
    assert issue(path, "vb-9", number=9) == 9
    assert issue(path, "vb-moi") == 10
    with pytest.raises(
        RegisterError,
        match="Số 09 năm 2026 của `ldld-gia-lai` \\(dãy số `chung`\\) đã có trong sổ: 09/KH-LĐLĐ, văn bản `vb-9`",
    ):
        issue(path, "vb-khac", number=9)
    with pytest.raises(
        RegisterError, match="đã có số 09/KH-LĐLĐ năm 2026 \\(Đã cấp\\), nhưng lần này là số 11/KH-LĐLĐ năm 2026"
    ):
        issue(path, "vb-9", number=11)
    assert [e.number for e in rows(path)] == [9, 10]


@pytest.mark.parametrize("field", ["issuer", "document_id"])
def test_empty_keys_are_refused(path: Path, field: str) -> None:
    request = IssueRequest(issuer="ldld", document_id="vb", doc_type="KH", ky_hieu="KH-LĐLĐ", issue_date=MARCH)
    with Register.open(path) as register, pytest.raises(RegisterError, match="Không được để trống"):
        register.issue(IssueRequest(**{**request.__dict__, field: "  "}))


# --- reserve and bind ------------------------------------------------------------------------------


def test_reserved_number_is_skipped_by_others_and_taken_by_its_document(path: Path) -> None:
    issue(path, "vb-1")
    with Register.open(path) as register:
        held = register.reserve("ldld-gia-lai", 2026, document_id="vb-giu", note="Quyết định khen thưởng")
    assert (held.number, held.status) == (2, Status.RESERVED)
    assert issue(path, "vb-3") == 3
    assert issue(path, "vb-giu") == 2
    line = rows(path)[1]
    assert (line.status, line.ky_hieu, line.note) == (Status.ISSUED, "KH-LĐLĐ", "Quyết định khen thưởng")


def test_reserve_then_bind_later(path: Path) -> None:
    with Register.open(path) as register:
        register.reserve("ldld-gia-lai", 2026)
        register.bind("ldld-gia-lai", 2026, 1, "ke-hoach-sau")
    assert issue(path, "ke-hoach-sau") == 1


def test_bind_refuses_an_issued_number_and_a_document_that_has_one(path: Path) -> None:
    issue(path, "vb-1")
    with Register.open(path) as register:
        register.reserve("ldld-gia-lai", 2026)
        with pytest.raises(RegisterError, match="không ở trạng thái giữ số"):
            register.bind("ldld-gia-lai", 2026, 1, "khac")
        with pytest.raises(RegisterError, match="`vb-1` của `ldld-gia-lai` đã có số 01/KH-LĐLĐ"):
            register.bind("ldld-gia-lai", 2026, 2, "vb-1")


# --- cancel ------------------------------------------------------------------------------------------


def test_cancelled_number_is_never_reused(path: Path) -> None:
    issue(path, "vb-1")
    issue(path, "vb-2")
    with Register.open(path) as register:
        gone = cancel(register, "ldld-gia-lai", 2026, 2, "Ký nhầm")
    assert gone.status is Status.CANCELLED and "Ký nhầm" in gone.note
    assert issue(path, "vb-3") == 3
    assert issue(path, "vb-2") == 4  # the cancelled document, issued again, gets a new number


def test_cancel_by_document_and_twice(path: Path) -> None:
    issue(path, "vb-1")
    with Register.open(path) as register:
        cancel_document(register, "ldld-gia-lai", "vb-1")
        with pytest.raises(RegisterError, match="không có số nào đang dùng"):
            cancel_document(register, "ldld-gia-lai", "vb-1")
        with pytest.raises(RegisterError, match="đã hủy từ trước"):
            cancel(register, "ldld-gia-lai", 2026, 1)
        with pytest.raises(RegisterError, match="Sổ không có số 07 năm 2026"):
            cancel(register, "ldld-gia-lai", 2026, 7)


def test_same_number_in_two_sequences_needs_the_sequence(path: Path) -> None:
    with Register.open(path) as register:
        set_per_type(register, "ldld-gia-lai", True, 2026)
    issue(path, "kh", doc_type="KH")
    issue(path, "hd", doc_type="HD")
    with Register.open(path) as register:
        with pytest.raises(RegisterError, match="có ở nhiều dãy số"):
            cancel(register, "ldld-gia-lai", 2026, 1)
        assert cancel(register, "ldld-gia-lai", 2026, 1, sequence="HD").ky_hieu == "HD-LĐLĐ"


# --- record (ghi) and settings ---------------------------------------------------------------------


def outside(number: int, **extra: object) -> Entry:
    values: dict[str, object] = {
        "issuer": "ldld-gia-lai",
        "sequence": "",
        "year": 2026,
        "number": number,
        "status": Status.ISSUED,
        "ky_hieu": "KH-LĐLĐ",
        "doc_type": "KH",
        "issue_date": MARCH,
    }
    return Entry(**(values | extra))  # type: ignore[arg-type]


def test_recorded_number_is_kept_and_allocation_continues_after_it(path: Path) -> None:
    with Register.open(path) as register:
        record(register, outside(1))
        record(register, outside(2, document_id="giay"))
    assert issue(path, "moi") == 3
    assert issue(path, "giay") == 2


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (outside(1), "Số 01 năm 2026 của `ldld-gia-lai` (dãy số `chung`) đã có trong sổ"),
        (outside(2, document_id="vb"), "Văn bản `vb` của `ldld-gia-lai` đã có số 01"),
        (outside(0), "Số phải từ 1 trở lên"),
        (outside(3, issuer=" "), "Thiếu mã cơ quan"),
    ],
)
def test_record_refuses_duplicates_and_bad_values(path: Path, second: Entry, message: str) -> None:
    with Register.open(path) as register:
        record(register, outside(1, document_id="vb"))
        with pytest.raises(RegisterError, match=message.replace("(", r"\(").replace(")", r"\)")):
            record(register, second)
    assert len(rows(path)) == 1


def test_gaps_are_found(path: Path) -> None:
    with Register.open(path) as register:
        record(register, outside(1))
        record(register, outside(4))
        assert missing_numbers(register.connection, "ldld-gia-lai", "chung", 2026) == [2, 3]


def test_setting_cannot_change_mid_year(path: Path) -> None:
    issue(path, "vb")
    with Register.open(path) as register:
        with pytest.raises(RegisterError, match="không đổi cách đánh số giữa năm"):
            set_per_type(register, "ldld-gia-lai", True, 2026)
        set_per_type(register, "ldld-gia-lai", True, 2027)
        assert register.per_type("ldld-gia-lai")


@pytest.mark.parametrize(
    ("ky_hieu", "doc_type"),
    [
        ("KH-LĐLĐ", "KH"),
        ("HD-CĐVC", "HD"),
        ("QyĐ-TLĐ", "QyĐ"),
        ("LĐLĐ-VP", ""),
        ("CĐVC", ""),
        ("KH/CB", "KH"),
        ("GM-UBND", "GM"),
    ],
)
def test_the_type_code_a_ky_hieu_opens_with(ky_hieu: str, doc_type: str) -> None:
    assert leading_code(ky_hieu) == doc_type


# --- the file: schema, faults -------------------------------------------------------------------------


def test_schema_is_created_with_version_and_application_id(path: Path) -> None:
    issue(path, "vb")
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x56424449
    connection.close()


def test_garbage_file_gives_a_clear_error_and_is_left_alone(path: Path) -> None:
    path.write_bytes(b"day khong phai so dang ky " * 400)
    before = path.read_bytes()
    with pytest.raises(RegisterUnavailableError, match="bị hỏng hoặc không phải sổ đăng ký") as caught:
        issue(path, "vb")
    assert caught.value.exit_code == 1 and "Khôi phục tệp sổ" in str(caught.value)
    assert path.read_bytes() == before


def test_damaged_pages_give_a_clear_error_and_are_left_alone(path: Path) -> None:
    with Register.open(path) as register:
        for i in range(60):
            register.issue(IssueRequest("ldld-gia-lai", f"vb-{i}", "KH", "KH-LĐLĐ", MARCH, summary="x" * 200))
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # overwrite pages 2-3 (table and index b-tree pages)
    path.write_bytes(bytes(data))
    with pytest.raises(RegisterUnavailableError, match="bị hỏng"):
        issue(path, "vb-moi")
    assert path.read_bytes() == bytes(data)


def change_directly(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()


def test_another_sqlite_database_is_refused(path: Path) -> None:
    change_directly(path, "CREATE TABLE khac (x)")
    with pytest.raises(RegisterUnavailableError, match="cơ sở dữ liệu SQLite khác"):
        issue(path, "vb")


def test_newer_schema_is_refused(path: Path) -> None:
    issue(path, "vb")
    change_directly(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RegisterUnavailableError, match="phiên bản vanban mới hơn"):
        issue(path, "vb-2")


def test_locked_register_gives_a_clear_error_and_is_unchanged(path: Path) -> None:
    issue(path, "vb-1")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            Register.open(path, busy_timeout=0.2) as register,
            pytest.raises(RegisterUnavailableError, match="đang bị một lệnh vanban khác") as caught,
        ):
            register.issue(IssueRequest("ldld-gia-lai", "vb-2", "KH", "KH-LĐLĐ", MARCH))
        assert "sổ chưa bị thay đổi" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [e.document_id for e in rows(path)] == ["vb-1"]
    assert issue(path, "vb-2") == 2


def test_folder_as_register_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RegisterUnavailableError, match="là một thư mục"):
        issue(tmp_path, "vb")


def test_failure_inside_an_allocation_rolls_it_back(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error after the line was written but before COMMIT leaves no half-issued number."""
    issue(path, "vb-1")

    def broken(*_args: object) -> Entry:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Register, "find_one", broken)
    with pytest.raises(RegisterUnavailableError):
        issue(path, "vb-2")
    monkeypatch.undo()
    assert [e.document_id for e in rows(path)] == ["vb-1"]
    assert issue(path, "vb-2") == 2


def _issue(path: Path, request: IssueRequest) -> int:
    """Open the register, issue (or find again) one document's number."""
    with Register.open(path) as register:
        return register.issue(request).number


@pytest.mark.parametrize(
    ("held", "asked", "same"),
    [
        ("KH-CĐCS", "KH-CĐCS", True),
        ("KH-CĐCS", "HD-CĐCS", False),
        ("KH/CB", "KH/CB", True),  # a Party ký hiệu (HD 36-HD/VPTW 1.3.1)
        ("KH-CB", "KH/CB", True),  # the same, issued before the sổ kept the Party form
        ("KH/CB", "KH-CB", False),  # an ND30 ký hiệu is never written with a slash
        ("QC-BTCTU-BD", "QC/BTCTU-BD", True),
    ],
)
def test_an_issued_number_keeps_its_kind_and_code(held: str, asked: str, same: bool) -> None:
    assert _same_code(held, asked) is same
