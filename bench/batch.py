"""Benchmark: the localised batch (issue 3) — measured in one run against its baselines.

Run by hand from the repository root:  python bench/batch.py [--docs 1000] [--cli-samples 5]

Prints:
- the 34-document provincial batch built by `vanban build` (with and without the conformance check),
- the no-op rebuild of that project, and of a generated project of N documents (default 1,000),
- median ms per document: vanban's batch vs one `vanban build FILE` process per document vs a
  plain docxtpl load-render-save of the same template and context;
- growth: 250, 500 and 1,000 generated documents built with the check, each in its own process —
  ms per document and peak RSS (the process and its workers), to show time and memory grow linearly;
- start-up as a whole process: `vanban --help` and a no-op `vanban build` of the shipped project;
- `vanban build --force` of the batch as a whole process, per document, against plain docxtpl in
  process (issue 15's target) and against plain docxtpl as a whole process too (a script that
  imports docxtpl and load-render-saves the same documents with the same contexts).

The installed package's bytecode is compiled first, as `pip install` does, so that the whole-process
figures are an installed vanban's even where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import compileall
import pickle
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docxtpl import DocxTemplate

import generator
from generator.bodyxml import body_xml
from generator.composing import OPTIONAL_KEYS, RenderContext
from generator.pipeline import Options, Project, build, plan
from generator.rendering import load_template, render, template_values

ROOT = Path(__file__).resolve().parent.parent
BATCH = Path("content/ldld-tinh/huong-dan-cuoc-van-dong.yaml")


def fresh_project(into: Path) -> Project:
    for folder in ("content", "templates_docx"):
        shutil.copytree(ROOT / folder, into / folder)
    return Project(into)


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def many_documents(project: Project, count: int) -> None:
    """`count` small content files (each its own document) for the no-op rebuild."""
    folder = project.content / "nhieu"
    folder.mkdir()
    for number in range(count):
        (folder / f"van-ban-{number:04d}.yaml").write_text(
            "loai: ke-hoach\nco_quan: ldld-gia-lai\nngay: 2026-03-09\n"
            f"trich_yeu: Kế hoạch thử số {number}\nmuc:\n  - tieu_de: Mục đích\n    y: [Nâng cao nhận thức.]\n",
            encoding="utf-8",
        )


def grow(count: int) -> None:
    """One measurement of the growth table, in a process of its own: build `count` documents (check
    on), print seconds and the peak RSS in MB of this process and of its worker processes."""
    with tempfile.TemporaryDirectory() as temp:
        project = fresh_project(Path(temp) / "p")
        many_documents(project, count)
        seconds = timed(lambda: build(project))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{seconds:.3f} {own:.0f} {workers:.0f}")


def growth(sizes: tuple[int, ...]) -> None:
    print("growth (check on, each size in a new process):")
    for count in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--grow", str(count)], check=True, capture_output=True, text=True
        )
        seconds, own, workers = out.stdout.split()
        print(
            f"  {count:5d} documents: {float(seconds):6.2f} s, {float(seconds) / count * 1000:5.1f} ms/doc; "
            f"peak RSS {own} MB (main process), {workers} MB (largest worker)"
        )


def startup(project: Project) -> None:
    vanban = Path(sys.executable).with_name("vanban")
    for name, command in (("vanban --help", [str(vanban), "--help"]), ("no-op vanban build", [str(vanban), "build"])):
        runs = [
            timed(lambda command=command: subprocess.run(command, check=True, capture_output=True, cwd=project.root))
            for _ in range(5)
        ]
        print(f"whole process, {name}: median {statistics.median(runs) * 1000:6.0f} ms")


def whole_build(project: Project) -> float:
    """Median seconds of `vanban build --force` of the batch as a whole process (start-up, plan,
    render, check, write): issue 15's target compares this, per document, with plain docxtpl."""
    vanban = Path(sys.executable).with_name("vanban")
    command = [str(vanban), "build", str(BATCH), "--force"]
    return statistics.median(
        timed(lambda: subprocess.run(command, check=True, capture_output=True, cwd=project.root)) for _ in range(5)
    )


PLAIN_SCRIPT = """
import pickle, sys
from docxtpl import DocxTemplate
template, outputs = pickle.load(open(sys.argv[1], "rb"))
for output, values in outputs:
    document = DocxTemplate(template)
    document.render(values, autoescape=True)
    document.save(output)
"""


def plain_values(context: RenderContext, style_ids: dict[str, str]) -> dict:
    """template_values as plain data (dicts, docxtpl's RichText), so the plain script imports no vanban."""
    values = {key: None for key in OPTIONAL_KEYS} | context.values()
    values["than"] = body_xml(context.than, style_ids)
    values["phu_luc"] = [{**a, "than": body_xml(a["than"], style_ids)} for a in context.phu_luc]
    return values


def plain_whole_process(jobs, style_ids: dict[str, str], folder: Path) -> float:
    """Median seconds of a plain docxtpl script, as a whole process, load-render-saving every job."""
    data = folder / "plain.pickle"
    outputs = [(str(folder / f"plain-{n}.docx"), plain_values(j.context, style_ids)) for n, j in enumerate(jobs)]
    data.write_bytes(pickle.dumps((str(jobs[0].template), outputs)))
    command = [sys.executable, "-c", PLAIN_SCRIPT, str(data)]
    return statistics.median(timed(lambda: subprocess.run(command, check=True, capture_output=True)) for _ in range(5))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--cli-samples", type=int, default=5)
    parser.add_argument("--grow", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    compileall.compile_dir(Path(generator.__file__).parent, quiet=1)
    if args.grow:
        grow(args.grow)
        return
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        project = fresh_project(temp / "p")
        batch = [project.root / BATCH]
        checked = timed(lambda: build(project, batch))
        unchecked = timed(lambda: build(project, batch, Options(force=True, check=False)))
        count = len(plan(project, batch, Options(force=True))[0])
        build(project)
        noop = timed(lambda: build(project))
        print(
            f"batch of {count} documents (parallel, all cores): {checked:6.2f} s with the check ({checked / count * 1000:6.1f} ms/doc), "
            f"{unchecked:6.2f} s without ({unchecked / count * 1000:6.1f} ms/doc)"
        )
        print(f"no-op rebuild of the shipped project: {noop * 1000:7.1f} ms")
        startup(project)

        large = fresh_project(temp / "large")
        many_documents(large, args.docs)
        first = timed(lambda: build(large, options=Options(check=False)))
        noop_large = timed(lambda: build(large))
        print(
            f"{args.docs} documents: first build {first:6.1f} s (no check); no-op rebuild {noop_large * 1000:7.1f} ms"
        )

        jobs, _ = plan(project, batch, Options(force=True))
        job = jobs[0]
        single = []
        for issuer in [j.issuer.id for j in jobs[: args.cli_samples]]:
            command = [
                sys.executable,
                "-m",
                "generator.cli",
                "build",
                str(project.root / BATCH),
                "--co-quan",
                issuer,
                "--thu-muc",
                str(project.root),
            ]
            single.append(timed(lambda command=command: subprocess.run(command, check=True, capture_output=True)))
        compiled = load_template(job.template)

        def plain_docxtpl() -> None:
            template = DocxTemplate(job.template)
            template.render(template_values(job.context, compiled.style_ids), autoescape=True)
            template.save(temp / "plain.docx")

        plain = statistics.median(timed(plain_docxtpl) for _ in range(10))
        in_memory = statistics.median(timed(lambda: render(compiled, job.context)) for _ in range(30))
        per_doc = unchecked / count
        whole = whole_build(project) / count
        plain_whole = plain_whole_process(jobs, compiled.style_ids, temp) / count
        cli = statistics.median(single)
        print("median ms per document:")
        print(f"  plain docxtpl load-render-save (baseline):   {plain * 1000:7.1f}")
        print(
            f"  one `vanban build` process per document:     {cli * 1000:7.1f}  ({cli / per_doc:5.1f}x slower than the batch)"
        )
        print(
            f"  vanban batch, no check (plan + render + fsync'd atomic write, wall / count): {per_doc * 1000:7.1f}  ({plain / per_doc:5.1f}x faster than plain docxtpl)"
        )
        print(
            f"  whole process `vanban build --force` of the batch, check on (wall / count): {whole * 1000:7.1f}  ({plain / whole:5.1f}x faster than plain docxtpl; target 3x)"
        )
        print(
            f"  plain docxtpl as a whole process, the same {count} documents (wall / count): {plain_whole * 1000:7.1f}  "
            f"(vanban's whole process {plain_whole / whole:5.1f}x faster, with its check)"
        )
        print(
            f"  vanban render alone, template compiled once: {in_memory * 1000:7.1f}  ({plain / in_memory:5.1f}x faster than plain docxtpl)"
        )
    growth((args.docs // 4, args.docs // 2, args.docs))


if __name__ == "__main__":
    main()
