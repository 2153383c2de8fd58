"""Benchmark: median ms per document, vanban's render vs a plain docxtpl load-render-save (same run).

Run by hand from the repository root:  python bench/render.py [--repeat 30]
Both sides render the same template (templates_docx/huong-dan.docx) with the same context (the
seed 004 example) and produce .docx bytes in memory.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from docxtpl import DocxTemplate

from generator.pipeline import Project, plan
from generator.rendering import load_template, render, template_values

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


if __name__ == "__main__":
    main()
