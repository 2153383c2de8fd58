"""Shared CLI plumbing: the group, error reporting, exit codes."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import Problem, VanbanError
from . import vietnamese

vietnamese.install()

F = TypeVar("F", bound=Callable[..., Any])

_group: click.Group | None = None


class _Command(click.Command):
    """A command whose usage line says [TÙY CHỌN] instead of [OPTIONS]."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[TÙY CHỌN]")
        super().__init__(*args, **kwargs)


class _Group(click.Group):
    """A group whose commands and subgroups use the Vietnamese usage line."""

    command_class = _Command

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[TÙY CHỌN]")
        kwargs.setdefault("subcommand_metavar", "LỆNH [THAM SỐ]...")
        super().__init__(*args, **kwargs)


_Group.group_class = _Group


def main_group(version: str) -> click.Group:
    """Create the `vanban` group once."""
    global _group

    @click.group(
        cls=_Group,
        help="vanban — soạn kế hoạch, hướng dẫn của tổ chức Công đoàn đúng thể thức Nghị định 30/2020/NĐ-CP.",
    )
    @click.version_option(version, prog_name="vanban", message="%(prog)s %(version)s")
    def vanban() -> None:
        pass

    _group = vanban
    return vanban


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """Register a subcommand of `vanban` (like `@click.command`)."""
    assert _group is not None
    decorator: Callable[[F], F] = _group.command(*args, **kwargs)
    return decorator


def group(*args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Group]:
    """Register a subgroup of `vanban` (like `@click.group`), e.g. `vanban so`."""
    assert _group is not None
    decorator: Callable[[Callable[..., Any]], click.Group] = _group.group(*args, **kwargs)
    return decorator


def relative(path: Path) -> Path:
    """`path` relative to the current folder when it is inside it (what the user typed), else as it is."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def shown(problem: Problem) -> str:
    """A problem as the user reads it, its file relative to the current folder."""
    return str(dataclasses.replace(problem, file=relative(problem.file)) if problem.file is not None else problem)


def reports_errors(func: F) -> F:
    """Turn a VanbanError into its Vietnamese problems on stderr and its exit code; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except VanbanError as exc:
            for problem in exc.problems:
                click.echo(f"Lỗi: {shown(problem)}", err=True)
            raise SystemExit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]
