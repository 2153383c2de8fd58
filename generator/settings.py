"""`vanban.yaml`: the project's own settings, beside content/ (optional; the command line wins)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .exporting.pdf import DEFAULT_TIMEOUT_S
from .project import SETTINGS_FILE
from .schema import ProjectFile
from .validation import validate
from .yamlfile import read_yaml


@dataclass(frozen=True)
class ProjectSettings:
    """Cài đặt dự án: có tạo PDF, PDF/A không, giới hạn thời gian của LibreOffice."""

    pdf: bool = False
    pdf_a: bool = False
    pdf_timeout: float = DEFAULT_TIMEOUT_S


def load_settings(root: Path) -> ProjectSettings:
    """The settings of the project at `root` (defaults when it has no vanban.yaml); errors name file and line."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return ProjectSettings()
    value = validate(read_yaml(path), ProjectFile)
    return ProjectSettings(value.pdf, value.pdf_a, value.pdf_timeout)
