"""docs/cli.md: every command's own `--help`, gathered into one page (so the reference cannot drift).

`python tools/cli_reference.py` rewrites the page; tests/test_cli_reference.py fails when it is stale.
"""

from __future__ import annotations

import click

WIDTH = 100  # columns of the help texts in the page, whatever the terminal


def reference_markdown(group: click.Group) -> str:
    """The CLI reference page: the group's help, then each command (and subcommand) in order."""
    parts = [
        "# Command-line reference",
        "",
        "Generated from the commands' own help texts (`python tools/cli_reference.py`); do not edit by hand.",
        "Every message of `vanban` is in Vietnamese, as office staff read them.",
        "",
    ]
    for path, command in _commands(group, ("vanban",)):
        parts += [f"## `{' '.join(path)}`", "", "```text", _help(command, path), "```", ""]
    return "\n".join(parts)


def _commands(command: click.Command, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], click.Command]]:
    found: list[tuple[tuple[str, ...], click.Command]] = [(path, command)]
    if isinstance(command, click.Group):
        context = click.Context(command)
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            if sub is not None and not sub.hidden:
                found += _commands(sub, (*path, name))
    return found


def _help(command: click.Command, path: tuple[str, ...]) -> str:
    context = click.Context(command, info_name=" ".join(path), max_content_width=WIDTH, terminal_width=WIDTH)
    return command.get_help(context).rstrip()
