"""Benchmark: PDFs of the shipped batch, batched (vanban build --pdf) vs one soffice call per file.

Run by hand from the repository root:  python bench/pdf.py [--per-file 8]

Builds the shipped examples into a temporary folder, then measures in the same run:
- `exporting.pdf.convert` of every .docx: one soffice process per batch, batches on all cores;
- the baseline: one `soffice --convert-to pdf` process per file, on the first N files;
and prints seconds per document, PDFs per second and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from generator.exporting.pdf import convert, soffice
from generator.pipeline import Project, build

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-file", type=int, default=8, help="files converted one process each (baseline)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        project = Project(Path(temp) / "p")
        for folder in ("content", "templates_docx"):
            shutil.copytree(ROOT / folder, project.root / folder)
        build(project)
        files = sorted(project.output.rglob("*.docx"))
        start = time.perf_counter()
        report = convert(files)
        batched = (time.perf_counter() - start) / len(files)
        assert len(report.written) == len(files), report.failed
        sample = files[: args.per_file]
        start = time.perf_counter()
        for index, path in enumerate(sample):
            profile = (Path(temp) / f"profile-{index}").as_uri()
            output = ["--outdir", str(Path(temp) / "one"), str(path)]
            subprocess.run(
                [str(soffice()), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", *output],
                check=True,
                capture_output=True,
            )
        single = (time.perf_counter() - start) / len(sample)
    print(f"{len(files)} documents")
    print(f"batched (vanban build --pdf):   {batched:6.3f} s/doc  {1 / batched:6.1f} PDF/s")
    print(f"one soffice call per file:      {single:6.3f} s/doc  {1 / single:6.1f} PDF/s  (first {len(sample)} files)")
    print(f"ratio: {single / batched:5.1f}× faster batched")


if __name__ == "__main__":
    main()
