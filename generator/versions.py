"""Issued versions inside a build: what is frozen at `--ban-hanh`, and what a later build may write.

- `frozen_version` — at `--ban-hanh`, inside the register's transaction: the job's .docx bytes, their
  SHA-256, the hashes of every input, the resolved plan (JSON) and a fingerprint of the render;
- `guard` — on every build: a job whose document has an issued version is not rendered. When its
  fingerprint is the issued one, the output gets the issued bytes back (byte for byte); otherwise the
  job is held back and reported: "đã ban hành, nội dung đã thay đổi", with the inputs that changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Appendix, Document, Section, Table
from .numbering import scheme
from .register.versions import Version

if TYPE_CHECKING:
    from .pipeline import Job

Key = tuple[str, str]


@dataclass(frozen=True)
class IssuedChange:
    """Một văn bản đã ban hành mà đầu vào hiện tại sẽ in ra nội dung khác: không được ghi đè."""

    output: Path
    source: Path
    version: Version
    changed: tuple[str, ...]  # the inputs whose hash differs from the issued version's


def key(job: Job) -> Key:
    return (job.issuer.id, job.document.id or "")


def file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def fingerprint(job: Job) -> str:
    """sha256 of everything the render reads: the context's values and the template's bytes."""
    values = json.dumps(job.context.values(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(f"{values}\n{file_hash(job.template)}".encode()).hexdigest()


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())


def input_hashes(inputs: set[Path], root: Path) -> dict[str, str | None]:
    return {relative(p, root): file_hash(p) for p in sorted(inputs)}


def frozen_version(job: Job, data: bytes, inputs: set[Path], root: Path, previous: Version | None) -> Version:
    """The version `--ban-hanh` stores for a job just rendered."""
    return Version(
        issuer=job.issuer.id,
        document_id=job.document.id or "",
        version=previous.version + 1 if previous else 1,
        number=job.document.number,
        issue_date=job.document.date,
        ky_hieu=job.context.so_ky_hieu,
        source=relative(job.document.source, root),
        fingerprint=fingerprint(job),
        sha256=hashlib.sha256(data).hexdigest(),
        inputs=json.dumps(input_hashes(inputs, root), ensure_ascii=False, sort_keys=True),
        plan=json.dumps(plan_record(job.document), ensure_ascii=False),
        docx=data,
    )


def plan_record(document: Document) -> dict[str, Any]:
    """The resolved, localised document as JSON (what `vanban sua-doi` compares)."""
    return {
        "loai": document.kind.key,
        "trich_yeu": document.summary,
        "so": document.number,
        "ngay": document.date.isoformat(),
        "mo_dau": list(document.opening),
        "danh_so": [kind.key for kind in scheme(document.numbering, document.kind.numbering)],
        "ket_thuc": document.closing,
        "muc": [_section_record(s) for s in document.sections],
        "phu_luc": [_appendix_record(a) for a in document.appendices],
    }


def _section_record(section: Section) -> dict[str, Any]:
    record = {k: v for k, v in dataclasses.asdict(section).items() if k not in ("line", "sections", "tables")}
    record["tables"] = [_table_record(t) for t in section.tables]
    record["sections"] = [_section_record(s) for s in section.sections]
    return record


def _appendix_record(appendix: Appendix) -> dict[str, Any]:
    return {
        "title": appendix.title,
        "paragraphs": list(appendix.paragraphs),
        "items": [dataclasses.asdict(i) for i in appendix.items],
        "tables": [_table_record(t) for t in appendix.tables],
        "sections": [_section_record(s) for s in appendix.sections],
    }


def _table_record(table: Table) -> dict[str, Any]:
    """A table's text and shape (not where it was read from, nor the row ids a child's edits name rows by)."""
    return {k: v for k, v in dataclasses.asdict(table).items() if k not in ("source", "line", "row_ids")}


def live_versions(latest: dict[Key, Version], held: Mapping[Key, Any]) -> dict[Key, Version]:
    """The versions that still bind: their number is live in the register (a cancelled number frees the text)."""
    return {k: v for k, v in latest.items() if k in held and held[k].number == v.number}


def guard(
    jobs: list[Job], latest: dict[Key, Version], inputs: dict[Path, set[Path]], root: Path
) -> tuple[list[Job], dict[Path, bytes], list[IssuedChange]]:
    """Split the planned jobs: those to render; issued ones whose issued bytes are restored; issued
    ones whose content changed (not written, reported)."""
    to_render: list[Job] = []
    restored: dict[Path, bytes] = {}
    changed: list[IssuedChange] = []
    for job in jobs:
        version = latest.get(key(job))
        if version is None:
            to_render.append(job)
        elif fingerprint(job) == version.fingerprint:
            restored[job.output] = version.docx
        else:
            changed.append(
                IssuedChange(job.output, job.document.source, version, _changed(version, inputs[job.output], root))
            )
    return to_render, restored, changed


def _changed(version: Version, inputs: set[Path], root: Path) -> tuple[str, ...]:
    before: dict[str, str | None] = json.loads(version.inputs)
    now = input_hashes(inputs, root)
    names = [name for name in sorted(set(before) | set(now)) if before.get(name) != now.get(name)]
    return tuple(names) or ("(chương trình vanban hoặc sổ văn bản đi)",)
