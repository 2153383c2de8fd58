"""The sổ văn bản đi on disk: one SQLite file, its schema and migrations, and safe transactions.

Every write runs inside `BEGIN IMMEDIATE`, so two builds that allocate at the same time are
serialised by SQLite's write lock: the second waits (up to the busy timeout) and then reads the
number the first one wrote. A locked or corrupt file becomes a Vietnamese `RegisterError`; the
transaction is rolled back, so the register stays as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..errors import Problem, VanbanError

DEFAULT_FILE_NAME = "so-van-ban-di.sqlite3"
ENVIRONMENT_VARIABLE = "VANBAN_SO_DANG_KY"
BUSY_TIMEOUT_SECONDS = 10.0
# "VBDI" in ASCII: marks the file as a vanban register, so another SQLite file is refused.
APPLICATION_ID = 0x56424449

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        issuer TEXT NOT NULL,
        sequence TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
        number INTEGER NOT NULL CHECK (number >= 1),
        doc_type TEXT NOT NULL DEFAULT '',
        ky_hieu TEXT NOT NULL DEFAULT '',
        document_id TEXT,
        summary TEXT NOT NULL DEFAULT '',
        issue_date TEXT,
        signer TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        archive TEXT NOT NULL DEFAULT '',
        copies INTEGER,
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('da_cap', 'giu_so', 'da_huy')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (issuer, sequence, year, number)
    );
    CREATE UNIQUE INDEX entries_one_live_number_per_document
        ON entries (issuer, document_id) WHERE document_id IS NOT NULL AND status != 'da_huy';
    CREATE TABLE issuer_settings (
        issuer TEXT PRIMARY KEY,
        per_type INTEGER NOT NULL CHECK (per_type IN (0, 1))
    );
    """,
    # 2: the issued versions (register/versions.py)
    """
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        issuer TEXT NOT NULL,
        document_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        number INTEGER,
        issue_date TEXT NOT NULL,
        ky_hieu TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        inputs TEXT NOT NULL,
        plan TEXT NOT NULL,
        docx BLOB NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (issuer, document_id, version)
    );
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


class RegisterError(VanbanError):
    """Sổ văn bản đi từ chối thao tác (trùng số, không tìm thấy, sai dữ liệu): exit 2."""


class RegisterUnavailableError(RegisterError):
    """Sổ đang bị khóa, bị hỏng hoặc không mở được; sổ giữ nguyên như trước: exit 1."""

    exit_code = 1


def default_path(environ: dict[str, str] | None = None, folder: Path | None = None) -> Path:
    """`$VANBAN_SO_DANG_KY`, else `so-van-ban-di.sqlite3` in `folder` (default: the current folder, next to content/)."""
    value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(value) if value else (folder or Path.cwd()) / DEFAULT_FILE_NAME


def connect(path: Path, busy_timeout: float | None = None) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the register at `path`; wait up to `busy_timeout`
    seconds (default BUSY_TIMEOUT_SECONDS) for another process's write lock."""
    if path.is_dir():
        raise RegisterUnavailableError(
            Problem(
                "Đường dẫn sổ đăng ký là một thư mục.",
                file=path,
                hint="Ghi đường dẫn tới tệp, ví dụ so-van-ban-di.sqlite3.",
            )
        )
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_SECONDS if busy_timeout is None else busy_timeout, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise _unavailable(path, exc) from exc
    connection.row_factory = sqlite3.Row
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        _migrate(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """`BEGIN IMMEDIATE` … `COMMIT`; any error rolls back, SQLite errors become Vietnamese, and a
    refusal that names no file is said to come from the register file.

    Inside an open transaction (a whole `vanban build --ban-hanh`, issuing.py) it joins it: the
    outer one commits or rolls back everything at once."""
    if connection.in_transaction:
        yield connection
        return
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise _unavailable(path, exc) from exc
    try:
        yield connection
        connection.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(connection)
        raise _unavailable(path, exc) from exc
    except RegisterError as exc:
        _rollback(connection)
        raise type(exc)([p if p.file else replace(p, file=path) for p in exc.problems]) from exc
    except BaseException:
        _rollback(connection)
        raise


def _rollback(connection: sqlite3.Connection) -> None:
    """Undo the open transaction; a file too damaged to roll back is left to SQLite's journal."""
    try:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
    except sqlite3.Error:
        pass


@contextmanager
def reading(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Run queries, turning SQLite errors (corrupt file, lock) into Vietnamese errors."""
    try:
        yield connection
    except sqlite3.Error as exc:
        raise _unavailable(path, exc) from exc


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Create or upgrade the schema (PRAGMA user_version) inside one immediate transaction."""
    with reading(connection, path):
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        application = connection.execute("PRAGMA application_id").fetchone()[0]
    if version == SCHEMA_VERSION and application == APPLICATION_ID:
        return
    with transaction(connection, path):
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        application = connection.execute("PRAGMA application_id").fetchone()[0]
        _check_identity(connection, path, version, application)
        for script in _MIGRATIONS[version:]:
            for statement in _statements(script):
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _check_identity(connection: sqlite3.Connection, path: Path, version: int, application: int) -> None:
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if application not in (0, APPLICATION_ID) or (application == 0 and tables > 0):
        raise RegisterUnavailableError(
            Problem(
                "Tệp này là một cơ sở dữ liệu SQLite khác, không phải sổ văn bản đi của vanban.",
                file=path,
                hint="Chọn đúng tệp sổ bằng --so-dang-ky hoặc biến VANBAN_SO_DANG_KY.",
            )
        )
    if version > SCHEMA_VERSION:
        raise RegisterUnavailableError(
            Problem(
                f"Sổ đăng ký được tạo bằng phiên bản vanban mới hơn (lược đồ {version}, bản này hiểu tới {SCHEMA_VERSION}).",
                file=path,
                hint="Cập nhật vanban rồi chạy lại.",
            )
        )


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _unavailable(path: Path, exc: sqlite3.Error) -> RegisterUnavailableError:
    """Translate a SQLite failure into what a văn thư can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        message = "Sổ đăng ký đang bị một lệnh vanban khác (hoặc chương trình khác) khóa, đã chờ mà chưa được."
        hint = "Đợi lệnh kia chạy xong rồi chạy lại; sổ chưa bị thay đổi."
    elif "readonly" in text or "read-only" in text:
        message = "Không ghi được vào sổ đăng ký: tệp hoặc thư mục chỉ cho phép đọc."
        hint = "Cấp quyền ghi cho tệp sổ và thư mục chứa nó, rồi chạy lại."
    elif "unable to open" in text:
        message = "Không mở được tệp sổ đăng ký."
        hint = "Kiểm tra thư mục chứa sổ có tồn tại và cho phép ghi."
    else:
        message = f"Tệp sổ đăng ký bị hỏng hoặc không phải sổ đăng ký ({exc})."
        hint = "Khôi phục tệp sổ từ bản sao lưu (hoặc nhập lại từ tệp CSV đã xuất bằng `vanban so nhap`)."
    return RegisterUnavailableError(Problem(message, file=path, hint=hint))
