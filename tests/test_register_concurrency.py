"""Several builds allocating at once (ND30 Art. 15.1: unique, consecutive numbers): 4 processes ×
25 documents on one new register file must get 1…100 exactly once each, and a rebuild from any
process must find the same numbers."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path

from generator.register import Filter, IssueRequest, Register

PROCESSES = 4
DOCUMENTS = 25


def _allocate(path: str, worker: int, start: Barrier, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """Issue DOCUMENTS numbers; put the {document id: number} map, or the error text, on `results`."""
    start.wait()
    numbers = {}
    try:
        for i in range(DOCUMENTS):
            document_id = f"vb-{worker}-{i}"
            request = IssueRequest("ldld-dong-nai", document_id, "KH", "KH-LĐLĐ", dt.date(2026, 5, 4))
            numbers[document_id] = _issue(Path(path), request)
    except Exception as exc:  # reported to the test process, which fails with the message
        results.put(str(exc))
        return
    results.put(numbers)


def _run(path: Path) -> dict[str, int]:
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(PROCESSES)
    results = context.Queue()
    workers = [context.Process(target=_allocate, args=(str(path), w, start, results)) for w in range(PROCESSES)]
    for worker in workers:
        worker.start()
    merged: dict[str, int] = {}
    for _ in workers:
        numbers = results.get(timeout=120)
        assert isinstance(numbers, dict), numbers
        merged.update(numbers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return merged


def test_parallel_allocation_has_no_duplicate_and_no_gap(tmp_path: Path) -> None:
    path = tmp_path / "so-van-ban-di.sqlite3"
    first = _run(path)
    assert len(first) == PROCESSES * DOCUMENTS
    assert sorted(first.values()) == list(range(1, PROCESSES * DOCUMENTS + 1))
    with Register.open(path) as register:
        lines = register.entries(Filter(issuer="ldld-dong-nai", year=2026))
    assert [e.number for e in lines] == list(range(1, PROCESSES * DOCUMENTS + 1))
    assert {e.document_id: e.number for e in lines} == first


def test_parallel_rebuild_keeps_every_number(tmp_path: Path) -> None:
    path = tmp_path / "so-van-ban-di.sqlite3"
    first = _run(path)
    assert _run(path) == first
    with Register.open(path) as register:
        assert len(register.entries()) == PROCESSES * DOCUMENTS


def _issue(path: Path, request: IssueRequest) -> int:
    """Open the register, issue (or find again) one document's number."""
    with Register.open(path) as register:
        return register.issue(request).number
