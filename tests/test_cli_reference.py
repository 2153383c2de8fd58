"""docs/cli.md is the commands' own help, regenerated whenever a command or option changes."""

from __future__ import annotations

import click
from conftest import REPO

from generator.cli import main
from generator.cli.common import COMMANDS
from generator.cli.reference import reference_markdown


def test_cli_reference_page_is_up_to_date() -> None:
    page = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert page == reference_markdown(main), "docs/cli.md is stale: run `python tools/cli_reference.py`"


def test_every_command_is_in_the_reference() -> None:
    page = reference_markdown(main)
    so = main.get_command(click.Context(main), "so")
    assert isinstance(so, click.Group)
    assert len(so.commands) >= 8
    for path in [*COMMANDS, *(f"so {name}" for name in so.commands)]:
        assert f"## `vanban {path}`" in page
