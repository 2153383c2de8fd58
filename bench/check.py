"""Benchmark: `vanban check` over the shipped documents, against python-docx reading the same files.

Run by hand from the repository root:  python bench/check.py [--rounds 5]

Builds the shipped examples into a temporary folder, then prints the median ms per document of
- vanban's checker (every rule) on each .docx, in one process (as the build runs it), and
- a baseline measured in the same run: python-docx opening the same bytes and reading the text and
  font of every run of every paragraph (the least a checker must do);
and the ratio between them.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import docx

from generator.checking import check_package
from generator.docxfile import package_from_bytes
from generator.pipeline import Project, build

ROOT = Path(__file__).resolve().parent.parent


def per_document(files: list[tuple[Path, bytes]], run, rounds: int) -> float:
    """Median over `rounds` of the mean seconds per document of `run(path, data)`."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for path, data in files:
            run(path, data)
        samples.append((time.perf_counter() - start) / len(files))
    return statistics.median(samples)


def python_docx_walk(path: Path, data: bytes) -> None:
    for paragraph in docx.Document(io.BytesIO(data)).paragraphs:
        for run in paragraph.runs:
            _ = (run.text, run.font.name, run.font.size)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        project = Project(Path(temp))
        for folder in ("content", "templates_docx"):
            shutil.copytree(ROOT / folder, project.root / folder)
        build(project)
        files = [(p, p.read_bytes()) for p in sorted(project.output.rglob("*.docx"))]
    ours = per_document(files, lambda p, d: check_package(package_from_bytes(d, p)), args.rounds)
    baseline = per_document(files, python_docx_walk, args.rounds)
    print(f"{len(files)} documents, median of {args.rounds} rounds")
    print(f"vanban check (every rule):              {ours * 1000:6.2f} ms/doc")
    print(f"python-docx open + read every run:     {baseline * 1000:6.2f} ms/doc")
    print(f"ratio (python-docx walk / vanban check): {baseline / ours:5.2f}×")


if __name__ == "__main__":
    main()
