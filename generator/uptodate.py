"""The no-op build, known without loading the pipeline (issue 15, item 2).

Most runs of `vanban build` find nothing to do. Deciding that needs only the manifest's recorded
input hashes, the content files and the register — not pydantic, the Word libraries or the
checker, whose imports cost most of a start-up. `unchanged_files` answers from those alone, with
the manifest's own test (Manifest.stale_reason, the one `pipeline.plan` uses), and leaves every case
it cannot settle as cheaply — a sổ văn bản đi to read, a vanban.yaml — to the full build.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .manifest import Manifest
from .project import SETTINGS_FILE, Project, content_files
from .register.store import default_path


def unchanged_files(project: Project, targets: Iterable[Path], register: Path | None) -> list[Path] | None:
    """The content files of a build in which every one is up to date (its recorded inputs unchanged,
    its outputs on disk), or None when something may be stale or the full build must decide."""
    register_file = register if register is not None else default_path(folder=project.root)
    if register_file.exists() or (project.root / SETTINGS_FILE).exists():
        return None  # numbers to compare, or settings (pdf …) to read: the full build decides
    manifest = Manifest.load(project.output, project.root)
    files = content_files(project, targets)
    no_register: dict[tuple[str, str], int] = {}
    if all(manifest.stale_reason(path, lambda: no_register) is None for path in files):
        return files
    return None
