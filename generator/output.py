"""Where outputs go and how they are written: atomically, never half a file."""

from __future__ import annotations

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import Problem, RenderError, VanbanError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what a plain open() would give: shared office folders stay readable


WRITERS = 8  # threads: a file's fsync waits on the disk, not on Python, so a batch's fsyncs overlap (issue 15)


def write_all_atomic(files: list[tuple[Path, bytes]]) -> list[VanbanError | None]:
    """write_atomic for each file, several at a time; the error of each (None when written), in their order."""

    def outcome(item: tuple[Path, bytes]) -> VanbanError | None:
        try:
            write_atomic(*item)
        except VanbanError as exc:
            return exc
        return None

    if len(files) < 2:
        return [outcome(item) for item in files]
    with ThreadPoolExecutor(max_workers=min(WRITERS, len(files))) as pool:
        return list(pool.map(outcome, files))


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, then rename it over `path` (one step on POSIX and Windows)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp_name, _FILE_MODE)  # mkstemp creates 0600
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise RenderError(
            Problem(
                f"Không ghi được tệp ({exc.strerror}).",
                file=path,
                hint="Đóng tệp nếu đang mở trong Word, kiểm tra quyền ghi thư mục.",
            )
        ) from exc


def write_new_text(path: Path, text: str) -> bool:
    """Create `path` with `text` unless it exists (never overwrite a user's file); True when written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        return False
    return True
