"""The README is a quick start that works: its two commands, its links, and CI running the same tests."""

from __future__ import annotations

import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    block = README.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_quick_start_is_two_commands_install_and_build_then_install_and_test() -> None:
    assert _quick_start() == ["pip install . && vanban build", "pip install '.[test]' && python -m pytest -q"]


def test_ci_runs_the_readme_test_command_after_lint_and_types() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    steps = [ci.index(step) for step in ("ruff check .", "ruff format --check .", "mypy", "python -m pytest -q")]
    assert steps == sorted(steps)


def test_every_local_link_of_the_readme_exists() -> None:
    links = re.findall(r"\]\(([^)#]+)\)|src=\"([^\"]+)\"", README)
    paths = [a or b for a, b in links if not (a or b).startswith("http")]
    assert len(paths) > 10
    assert [p for p in paths if not (REPO / p).exists()] == []


def test_the_readme_stays_a_quick_start() -> None:
    assert len(README.splitlines()) <= 200
    assert "docs/huong-dan-su-dung.md" in "\n".join(README.splitlines()[:5])  # the office staff's entry point
