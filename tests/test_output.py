"""Atomic writes (generator/output.py): a file is whole or absent, and a batch's files are written several at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import RenderError
from generator.output import WRITERS, write_all_atomic, write_atomic


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.docx"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.docx"]


def test_a_file_that_cannot_be_written_is_a_render_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where a folder should be")
    with pytest.raises(RenderError) as caught:
        write_atomic(tmp_path / "blocked" / "x.docx", b"data")
    assert caught.value.problems[0].file == tmp_path / "blocked" / "x.docx"


@pytest.mark.parametrize("count", [0, 1, 2, WRITERS * 3 + 1])
def test_a_batch_is_written_whole_and_each_outcome_stays_in_its_place(tmp_path: Path, count: int) -> None:
    (tmp_path / "blocked").write_text("")
    files = [(tmp_path / "out" / f"{n:03d}.docx", f"văn bản {n}".encode()) for n in range(count)]
    if count >= 2:
        files[1] = (tmp_path / "blocked" / "001.docx", b"x")  # cannot be written: its folder is a file
    outcomes = write_all_atomic(files)
    assert len(outcomes) == count
    for index, ((path, data), outcome) in enumerate(zip(files, outcomes, strict=True)):
        if index == 1 and count >= 2:
            assert isinstance(outcome, RenderError) and outcome.problems[0].file == path
        else:
            assert outcome is None and path.read_bytes() == data
