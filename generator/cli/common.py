"""Shared CLI plumbing: the group, error reporting, exit codes."""

from __future__ import annotations

import dataclasses
import functools
import importlib
import os
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

# The modules that register `vanban`'s commands, loaded only when their command runs (or for help
# that lists them), so that `vanban --help` does not import the whole pipeline. Each entry is the
# command name → (module inside generator.cli, its one-line help as the list of commands shows it).
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "Tạo văn bản .docx từ content/ vào output/; --ban-hanh để cấp số."),
    "check": ("check", "Kiểm tra thể thức tệp .docx, .pdf (ND30): lỗi, vị trí, cách sửa."),
    "import": ("importer", "Nhập văn bản có sẵn (.docx, .txt) thành tệp nội dung YAML."),
    "new": ("starting", "Tạo tệp nội dung mẫu để điền (kế hoạch, hướng dẫn)."),
    "schema": ("starting", "In JSON Schema của tệp nội dung hoặc hồ sơ cơ quan."),
    "sua-doi": ("amend", "Văn bản đã ban hành có gì thay đổi; lập văn bản sửa đổi, bổ sung."),
    "so": ("register", "Sổ văn bản đi: cấp, giữ, hủy, ghi số; nhập, xuất sổ."),
    "web": ("web", "Trang web trên máy này: soạn, xem trước, ban hành văn bản."),
    "xem": ("preview", "Xem nhanh một trang văn bản (.docx, .pdf) thành ảnh PNG."),
}


class _LazyGroup(_Group):
    """The `vanban` group: a command's module is imported the first time the command is needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"{__package__}.{COMMANDS[cmd_name][0]}")
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands from the table, without importing them."""
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section(vietnamese.MESSAGES["Commands"]):
            formatter.write_dl(rows)


def main_group(version: str) -> click.Group:
    """Create the `vanban` group once."""
    global _group

    @click.group(
        cls=_LazyGroup,
        help="vanban — soạn kế hoạch, hướng dẫn của tổ chức Công đoàn đúng thể thức Nghị định 30/2020/NĐ-CP.",
    )
    @click.version_option(version, prog_name="vanban", message="%(prog)s %(version)s")
    def vanban() -> None:
        pass

    _group = vanban
    return vanban


def command(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Command]:
    """Register the subcommand `name` of `vanban` (like `@click.command`); its one-line help is the
    one `COMMANDS` lists, so the list of commands is the same loaded or not."""
    assert _group is not None
    decorator: Callable[[Callable[..., Any]], click.Command] = _group.command(
        name, short_help=COMMANDS[name][1], **kwargs
    )
    return decorator


def group(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Group]:
    """Register the subgroup `name` of `vanban` (like `@click.group`), e.g. `vanban so`."""
    assert _group is not None
    decorator: Callable[[Callable[..., Any]], click.Group] = _group.group(name, short_help=COMMANDS[name][1], **kwargs)
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


FILE_ERROR_EXIT = 2
INTERNAL_ERROR_EXIT = 3
DEBUG_VARIABLE = "VANBAN_DEBUG"


def reports_errors(func: F) -> F:
    """Turn a VanbanError into its Vietnamese problems on stderr and its exit code; never a traceback: a bug of
    vanban itself is said to be one, in Vietnamese, with exit code 3 ($VANBAN_DEBUG=1 shows the traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except VanbanError as exc:
            for problem in exc.problems:
                click.echo(f"Lỗi: {shown(problem)}", err=True)
            raise SystemExit(exc.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors and exits, already in Vietnamese (cli/vietnamese.py)
        except OSError as exc:  # the disk, not the content: full, read-only, a share gone (what was written is undone)
            where = f" {exc.filename}" if exc.filename else ""
            click.echo(
                f"Lỗi: không đọc hoặc ghi được tệp{where} ({exc.strerror or exc}). Cách sửa: kiểm tra ổ đĩa, quyền ghi "
                "và thư mục, rồi chạy lại lệnh.",
                err=True,
            )
            raise SystemExit(FILE_ERROR_EXIT) from None
        except Exception as exc:
            if os.environ.get(DEBUG_VARIABLE):
                raise
            click.echo(
                f"Lỗi của chương trình vanban ({type(exc).__name__}: {exc}), không phải lỗi của tệp. Cách sửa: gửi "
                f"lệnh đã chạy và tệp đang xử lý cho người bảo trì vanban; chạy lại với {DEBUG_VARIABLE}=1 để xem chi "
                "tiết.",
                err=True,
            )
            raise SystemExit(INTERNAL_ERROR_EXIT) from None

    return wrapper  # type: ignore[return-value]


# The options several commands share (build, sua-doi): the register file and the project folder.
register_option = click.option(
    "--so-dang-ky",
    "register",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Tệp sổ văn bản đi (mặc định: so-van-ban-di.sqlite3 trong thư mục dự án, hoặc $VANBAN_SO_DANG_KY).",
)
project_option = click.option(
    "--thu-muc",
    "root",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("."),
    show_default=True,
    help="Thư mục dự án (chứa content/, templates_docx/).",
)
