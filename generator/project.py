"""The project folder: content/ (with its issuer profiles in co-quan/), templates_docx/, output/.

Light on purpose (no pydantic, no Word libraries): the no-op build (uptodate.py) needs only these
paths, the content files and the manifest to know there is nothing to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, Problem

CONTENT_FOLDER = "content"
TEMPLATE_FOLDER = "templates_docx"
OUTPUT_FOLDER = "output"
ISSUER_FOLDER = "co-quan"  # content/co-quan/<mã>.yaml: the issuer profiles
SETTINGS_FILE = "vanban.yaml"  # the project's settings, beside content/


@dataclass(frozen=True)
class Project:
    """Thư mục dự án: content/, templates_docx/, output/."""

    root: Path

    @property
    def content(self) -> Path:
        return self.root / CONTENT_FOLDER

    @property
    def templates(self) -> Path:
        return self.root / TEMPLATE_FOLDER

    @property
    def output(self) -> Path:
        return self.root / OUTPUT_FOLDER

    @property
    def profiles(self) -> Path:
        return self.content / ISSUER_FOLDER


def content_files(project: Project, targets: Iterable[Path] = ()) -> list[Path]:
    """Every content file under content/ (or under the given files and folders), profiles excluded."""
    targets = list(targets) or [project.content]
    found: set[Path] = set()
    problems = []
    for target in targets:
        if target.is_dir():
            found.update(p.resolve() for p in target.rglob("*.yaml") if not is_profile(project, p))
        elif target.is_file():
            found.add(target.resolve())
        elif target == project.content:
            problems.append(
                Problem(
                    "Không có thư mục content/ ở đây.",
                    file=target,
                    hint="Chạy lệnh trong thư mục dự án (thư mục chứa content/ và templates_docx/), hoặc chỉ nó bằng --thu-muc ĐƯỜNG_DẪN.",
                )
            )
        else:
            problems.append(Problem("Không có tệp hoặc thư mục này.", file=target, hint="Kiểm tra đường dẫn."))
    if problems:
        raise ContentError(problems)
    return sorted(found)


def is_profile(project: Project, path: Path) -> bool:
    return project.profiles.resolve() in path.resolve().parents
