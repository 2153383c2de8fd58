"""Benchmark: median ms per document, vanban's render vs a plain docxtpl load-render-save (same run).

Run by hand from the repository root:  python bench/render.py [--repeat 30]
Both sides render the same template (templates_docx/huong-dan.docx) with the same context (the
seed 004 example) and produce .docx bytes in memory. Also prints the zip step alone: vanban's (the
template's static parts compressed once and copied raw, word/document.xml at zlib level 1) against
every part compressed for each document at zlib's default level 6 (the writer before issue 15).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from docxtpl import DocxTemplate

from generator.pipeline import Project, plan
from generator.rendering import load_template, packaged, render, render_parts, template_values
from generator.zipping import package

ROOT = Path(__file__).resolve().parent.parent


def median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    project = Project(ROOT)
    jobs, _ = plan(project, [project.content / "vi-du"])
    job = next(j for j in jobs if j.document.kind.key == "huong-dan")
    template_path = job.template

    compiled = load_template(template_path)
    vanban_batch = median_ms(lambda: render(compiled, job.context), args.repeat)
    vanban_cold = median_ms(lambda: render(load_template(template_path), job.context), args.repeat)

    def plain_docxtpl() -> None:
        template = DocxTemplate(template_path)
        template.render(template_values(job.context, compiled.style_ids), autoescape=True)
        template.save(io.BytesIO())

    baseline = median_ms(plain_docxtpl, args.repeat)
    parts = render_parts(compiled, job.context)
    zip_once = median_ms(lambda: packaged(compiled, parts), args.repeat)
    zip_every = median_ms(lambda: package(parts.items(), level=6), args.repeat)
    size_once, size_every = len(packaged(compiled, parts)), len(package(parts.items(), level=6))
    print(
        f"template: {template_path.relative_to(ROOT)}, context: {job.document.source.relative_to(ROOT)}, repeat {args.repeat}"
    )
    print(f"plain docxtpl load-render-save:        {baseline:8.1f} ms/document (baseline)")
    print(
        f"vanban render, template compiled once: {vanban_batch:8.1f} ms/document  ({baseline / vanban_batch:5.1f}x faster)"
    )
    print(
        f"vanban render, template loaded each:   {vanban_cold:8.1f} ms/document  ({baseline / vanban_cold:5.1f}x faster)"
    )
    print(
        f"zip step: static parts copied raw, document.xml level 1: {zip_once:6.2f} ms, {size_once / 1024:5.1f} KiB; "
        f"every part at level 6: {zip_every:6.2f} ms, {size_every / 1024:5.1f} KiB ({zip_every / zip_once:4.1f}x slower)"
    )


if __name__ == "__main__":
    main()
