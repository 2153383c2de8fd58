"""Where a document's số comes from (spec §5.1, ND30 Art. 15): the content file, else the issuer's
sổ văn bản đi, else — only for the files named with `vanban build --ban-hanh` — a new number.

A document issued once keeps its number on every later build, with or without `--ban-hanh`,
because the register is keyed by (issuer, document id). A batch takes one number from each
issuer's own register sequence. A render that fails after allocation loses nothing: the next
build finds the same number again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .composing import ky_hieu
from .document import Document, Issuer
from .register.allocation import IssueRequest, Register
from .register.entries import Status
from .register.store import default_path

Key = tuple[str, str]


def register_path(project_root: Path, explicit: Path | None = None) -> Path:
    """`--so-dang-ky`, else `$VANBAN_SO_DANG_KY`, else so-van-ban-di.sqlite3 in the project folder."""
    return explicit if explicit is not None else default_path(folder=project_root)


class NumberSource:
    """Gives each document its số: the content file's, the register's, or a new one for `--ban-hanh`."""

    def __init__(self, path: Path, issue_files: frozenset[Path] = frozenset()) -> None:
        self.path = path
        self.issue_files = frozenset(p.resolve() for p in issue_files)
        self._live: dict[Key, tuple[int, int]] | None = None

    def _entries(self) -> dict[Key, tuple[int, int]]:
        """(issuer, document id) → (number, year) of every issued or reserved-and-bound line, read once."""
        if self._live is None:
            self._live = {}
            if self.path.exists():
                with Register.open(self.path) as register:
                    for entry in register.entries():
                        if entry.status is not Status.CANCELLED and entry.document_id:
                            self._live[(entry.issuer, entry.document_id)] = (entry.number, entry.year)
        return self._live

    def live_numbers(self) -> dict[Key, int]:
        """(issuer, document id) → number, for the manifest's record of what each output printed."""
        return {key: number for key, (number, _) in self._entries().items()}

    def number(self, document: Document, issuer: Issuer) -> int | None:
        """The số to print for `document` issued by `issuer` (None: a draft)."""
        key = (issuer.id, document.id or "")
        issuing = document.source.resolve() in self.issue_files
        if not issuing:
            if document.number is not None:
                return document.number
            number, year = self._entries().get(key, (None, None))
            return number if year == document.date.year else None  # a number belongs to its year (spec §5.1)
        signer = document.signer or issuer.signer
        request = IssueRequest(
            issuer=issuer.id,
            document_id=document.id or "",
            doc_type=document.kind.abbreviation or "",
            ky_hieu=ky_hieu(document, issuer),
            issue_date=document.date or dt.date.today(),
            summary=document.summary,
            signer=signer.name,
            recipients="; ".join(document.recipients if document.recipients is not None else issuer.recipients),
            archive=", ".join(document.archive if document.archive is not None else issuer.archive),
            number=document.number,
            sequence=document.sequence,
        )
        with Register.open(self.path) as register:
            number = register.issue(request).number
        self._entries()[key] = (number, request.issue_date.year)
        return number
