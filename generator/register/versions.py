"""Phiên bản đã ban hành: every issued version of a document, frozen in the register's database.

`vanban build --ban-hanh` stores, in the same transaction as the number, what the issued text was
made of (the content files read, the resolved plan as JSON), a fingerprint of the render inputs and
the .docx bytes with their SHA-256 — so the issued text is reproducible byte for byte, and a later
build can tell whether the current content would print something else.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

_COLUMNS = (
    "issuer, document_id, version, number, issue_date, ky_hieu, source, fingerprint, sha256, inputs, plan, docx,"
    " created_at"
)


@dataclass(frozen=True)
class Version:
    """Một phiên bản đã ban hành của một văn bản (cơ quan, mã văn bản, phiên bản 1, 2, …)."""

    issuer: str
    document_id: str
    version: int
    number: int | None
    issue_date: dt.date
    ky_hieu: str
    source: str  # the content file, relative to the project folder
    fingerprint: str  # sha256 of what the render reads (the context and the template)
    sha256: str  # of the .docx bytes
    inputs: str  # JSON: {file: sha256} of every input (content, parents, profiles, template)
    plan: str  # JSON: the resolved, localised document
    docx: bytes
    created_at: str = ""


def insert(connection: sqlite3.Connection, version: Version) -> None:
    """Store one version (inside the caller's transaction)."""
    row = (
        version.issuer,
        version.document_id,
        version.version,
        version.number,
        version.issue_date.isoformat(),
        version.ky_hieu,
        version.source,
        version.fingerprint,
        version.sha256,
        version.inputs,
        version.plan,
        version.docx,
        version.created_at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    connection.execute(f"INSERT INTO versions ({_COLUMNS}) VALUES ({', '.join('?' * len(row))})", row)


def history(connection: sqlite3.Connection, issuer: str, document_id: str) -> list[Version]:
    """Every version of one document, oldest first."""
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM versions WHERE issuer = ? AND document_id = ? ORDER BY version",
        (issuer, document_id),
    ).fetchall()
    return [_version(row) for row in rows]


def latest(connection: sqlite3.Connection) -> dict[tuple[str, str], Version]:
    """The newest version of every document that has one."""
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM versions v WHERE version = "
        "(SELECT MAX(version) FROM versions w WHERE w.issuer = v.issuer AND w.document_id = v.document_id)"
    ).fetchall()
    return {(row["issuer"], row["document_id"]): _version(row) for row in rows}


def _version(row: sqlite3.Row) -> Version:
    return Version(
        row["issuer"],
        row["document_id"],
        row["version"],
        row["number"],
        dt.date.fromisoformat(row["issue_date"]),
        row["ky_hieu"],
        row["source"],
        row["fingerprint"],
        row["sha256"],
        row["inputs"],
        row["plan"],
        bytes(row["docx"]),
        row["created_at"],
    )
