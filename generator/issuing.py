"""Ban hành: where a document's số and date come from, and the number register behind one protocol.

Stages of `vanban build --ban-hanh` (pipeline.build):
1. plan — pure: every document is stamped by a `Numbering` built from what the register already
   holds (read once); documents being issued get the date of issue and keep a number they had;
2. validate — everything of the command at once (`issue_problems`): placeholders, dates, hand-typed
   numbers; nothing is written while a problem remains;
3. assign — `NumberRegister.assign`: one transaction for the whole command; the numbers it yields
   are final only when the block ends without error (render and check run inside it, so a document
   that cannot be rendered spends no number);
4. write — after the commit; a file that cannot be written then is marked in the register
   (`mark_unwritten`) for the user, never silently lost or reused.

A document issued once keeps its number and date on every later build (the register is keyed by
issuer and document id); a number prints only in its year (spec §5.1, ND30 Art. 15).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .document import Document, Issuer
from .errors import Problem
from .register import versions
from .register.allocation import IssueRequest, Register
from .register.entries import Filter, Status
from .register.store import RegisterError, default_path
from .register.versions import Version
from .yamlfile import read_yaml

Key = tuple[str, str]  # (issuer id, document id)
UNWRITTEN_MARK = "CHƯA GHI ĐƯỢC TỆP"  # in a register line's note: numbered, but its .docx was not written
BACKDATED_MARK = "ban hành lùi ngày (--cho-phep-lui-ngay)"
FUTURE_MARK = "ngày ban hành sau hôm nay (--cho-phep-ngay-sau)"
PLACEHOLDER_SIGNER = re.compile(r"^Nguyễn Văn [A-Z]$")


def register_path(project_root: Path, explicit: Path | None = None) -> Path:
    """`--so-dang-ky`, else `$VANBAN_SO_DANG_KY`, else so-van-ban-di.sqlite3 in the project folder."""
    return explicit if explicit is not None else default_path(folder=project_root)


@dataclass(frozen=True)
class Held:
    """Một số đang sống trong sổ (đã cấp, hoặc giữ và gắn với văn bản)."""

    number: int
    year: int
    date: dt.date | None
    note: str = ""


@dataclass(frozen=True)
class IssueSettings:
    """Một lần ban hành: các tệp được ban hành, ngày ban hành và những ngoại lệ người dùng cho phép."""

    files: frozenset[Path]
    date: dt.date
    allow_backdate: bool = False
    allow_future: bool = False


class NumberRegister(Protocol):
    """What the issuing stages need of a sổ văn bản đi (SQLite today; any database tomorrow)."""

    def held(self) -> dict[Key, Held]:
        """Every live number bound to a document, read without writing."""
        ...

    def owner(self, issuer: str, doc_type: str, sequence: str | None, year: int, number: int) -> str | None:
        """The document id (or a description) holding `number` in its sequence and year; None when free."""
        ...

    def versions(self) -> dict[Key, Version]:
        """The newest issued version of every document that has one (register/versions.py)."""
        ...

    def assign(self, requests: Sequence[IssueRequest]) -> AbstractContextManager[Assignment]:
        """One transaction giving every request its number. The numbers, and the versions frozen
        with `Assignment.freeze`, are kept only when the block ends without an exception."""
        ...

    def rehearse(self, requests: Sequence[IssueRequest]) -> Assignment:
        """What `assign` would give, rolled back: nothing is kept (a dry run of `--ban-hanh`)."""
        ...

    def mark_unwritten(self, keys: Sequence[Key], note: str) -> None: ...

    def clear_marks(self, keys: Sequence[Key]) -> None: ...


@dataclass(frozen=True)
class Assignment:
    """Inside `NumberRegister.assign`: the numbers given, every held number, and the freezer of versions."""

    numbers: dict[Key, int]
    held: dict[Key, Held]
    freeze: Callable[[Sequence[Version]], None]


@dataclass(frozen=True)
class Numbering:
    """Stamps a planned document with its số and date (pure: a view of the register)."""

    held: dict[Key, Held]
    issuing: IssueSettings | None = None
    assigned: dict[Key, int] = dataclasses.field(default_factory=dict)

    def numbers(self) -> dict[Key, int]:
        """(issuer, document id) → number, for the manifest's record of what each output printed."""
        return {key: held.number for key, held in self.held.items()} | self.assigned

    def stamp(self, document: Document, issuer: Issuer) -> Document:
        key = (issuer.id, document.id or "")
        held = self.held.get(key)
        if self.issuing is not None and document.source.resolve() in self.issuing.files:
            number = self.assigned.get(key) or (held.number if held else document.number)
            return dataclasses.replace(document, number=number, date=self.issuing.date, date_written=True)
        if document.number is not None or held is None:
            return document
        if not document.date_written and held.date is not None:
            document = dataclasses.replace(document, date=held.date)
        number = held.number if held.year == document.date.year else None  # a number belongs to its year (§5.1)
        return dataclasses.replace(document, number=number)


def issue_request(document: Document, issuer: Issuer, ky_hieu: str) -> IssueRequest:
    """What the register records of a document being issued."""
    signer = document.signer or issuer.signer
    return IssueRequest(
        issuer=issuer.id,
        document_id=document.id or "",
        doc_type=document.kind.abbreviation or "",
        ky_hieu=ky_hieu,
        issue_date=document.date,
        summary=document.summary,
        signer=signer.name,
        recipients="; ".join(document.recipients if document.recipients is not None else issuer.recipients),
        archive=", ".join(document.archive if document.archive is not None else issuer.archive),
        number=document.number,
        sequence=document.sequence,
        source=document.source,
    )


class _Rehearsed(Exception):
    """Raised inside `assign` to roll a rehearsal back, carrying what it gave."""

    def __init__(self, assignment: Assignment) -> None:
        super().__init__("rehearsal")
        self.assignment = assignment


class SqliteNumbers:
    """The SQLite sổ văn bản đi (register/) as a NumberRegister."""

    def __init__(self, path: Path, settings: IssueSettings | None = None) -> None:
        self.path = path
        self.settings = settings

    def held(self) -> dict[Key, Held]:
        if not self.path.exists():
            return {}
        with Register.open(self.path) as register:
            return _held(register)

    def owner(self, issuer: str, doc_type: str, sequence: str | None, year: int, number: int) -> str | None:
        if not self.path.exists():
            return None
        with Register.open(self.path) as register:
            chosen = register.sequence(issuer, doc_type, sequence)
            taken = register.entries(Filter(issuer, year, sequence=chosen, number=number))
        if not taken:
            return None
        return taken[0].document_id or f"số {taken[0].label} ({taken[0].status.label})"

    def versions(self) -> dict[Key, Version]:
        if not self.path.exists():
            return {}
        with Register.open(self.path) as register:
            return versions.latest(register.connection)

    @contextmanager
    def assign(self, requests: Sequence[IssueRequest]) -> Iterator[Assignment]:
        with Register.open(self.path) as register, register.transaction():
            numbers = {(r.issuer, r.document_id): self._issue(register, r) for r in requests}

            def freeze(frozen: Sequence[Version]) -> None:
                for version in frozen:
                    versions.insert(register.connection, version)

            yield Assignment(numbers, _held(register), freeze)

    def rehearse(self, requests: Sequence[IssueRequest]) -> Assignment:
        """`assign` inside a transaction that is rolled back; a register not yet created is rehearsed
        on an empty copy, so that a dry run creates no file."""
        if not self.path.exists():
            with tempfile.TemporaryDirectory(prefix="vanban-thu-") as folder:
                empty = Path(folder) / self.path.name
                with Register.open(empty):
                    pass
                return SqliteNumbers(empty, self.settings).rehearse(requests)
        try:
            with self.assign(requests) as assignment:
                raise _Rehearsed(assignment)
        except _Rehearsed as done:
            return done.assignment
        raise AssertionError("unreachable")  # pragma: no cover

    def _issue(self, register: Register, request: IssueRequest) -> int:
        """Issue one request; a refusal names the content file (and its `ngay`/`so` line) it comes from."""
        try:
            return self._issue_checked(register, request)
        except RegisterError as exc:
            if request.source is None:
                raise
            source = read_yaml(request.source)
            raise RegisterError(
                [
                    dataclasses.replace(p, file=request.source, line=source.lines.get((p.field,)) if p.field else None)
                    for p in exc.problems
                ]
            ) from exc

    def _issue_checked(self, register: Register, request: IssueRequest) -> int:
        settings = self.settings
        sequence = register.sequence(request.issuer, request.doc_type, request.sequence)
        fresh = register.live_entry(request.issuer, request.document_id) is None
        notes = []
        if fresh and settings is not None:
            last = register.last_issue_date(request.issuer, sequence, request.issue_date.year)
            if last is not None and request.issue_date < last:
                if not settings.allow_backdate:
                    raise RegisterError(
                        Problem(
                            f"Ngày ban hành {request.issue_date:%d/%m/%Y} sớm hơn ngày của số đã cấp gần nhất "
                            f"trong dãy số `{sequence}` ({last:%d/%m/%Y}): sổ sẽ không còn theo thứ tự ngày.",
                            field="ngay",
                            hint="Ghi --ngay từ ngày đó trở đi; nếu đúng là phải lùi ngày, "
                            "chạy lại với --cho-phep-lui-ngay (sổ sẽ ghi chú việc này).",
                        )
                    )
                notes.append(BACKDATED_MARK)
            if request.issue_date > dt.date.today():
                notes.append(FUTURE_MARK)
            if request.number is not None:
                notes.append("số ghi tay trong tệp nội dung")
        entry = register.issue(request)
        if notes:
            register.annotate(entry, "; ".join(notes))
        return entry.number

    def mark_unwritten(self, keys: Sequence[Key], note: str) -> None:
        with Register.open(self.path) as register, register.transaction():
            for issuer, document_id in keys:
                entry = register.live_entry(issuer, document_id)
                if entry is not None and UNWRITTEN_MARK not in entry.note:
                    register.annotate(entry, f"{UNWRITTEN_MARK}: {note}")

    def clear_marks(self, keys: Sequence[Key]) -> None:
        with Register.open(self.path) as register, register.transaction():
            for issuer, document_id in keys:
                entry = register.live_entry(issuer, document_id)
                if entry is not None and UNWRITTEN_MARK in entry.note:
                    kept = [part for part in entry.note.split("; ") if not part.startswith(UNWRITTEN_MARK)]
                    register.annotate(entry, "; ".join(kept), replace_note=True)


def _held(register: Register) -> dict[Key, Held]:
    return {
        (e.issuer, e.document_id): Held(e.number, e.year, e.issue_date, e.note)
        for e in register.entries()
        if e.status is not Status.CANCELLED and e.document_id
    }
