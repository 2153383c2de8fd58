"""Errors that reach the user: each names the file, the line, the field and the fix.

Every message here is read by office staff (văn thư), so it is in Vietnamese. A stage collects
`Problem` records and raises one `VanbanError` carrying all of them, so the user sees every
mistake of a run at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

RULES_FILE = "docs/quy-tac-the-thuc.md"  # the format rules that a "§4.1" in a message refers to


def rules_pointer(*texts: str | None) -> str:
    """Where to read the rules a message cites by § id (empty when it cites none)."""
    return f" (Các mục § xem trong {RULES_FILE}.)" if any(t and "§" in t for t in texts) else ""


@dataclass(frozen=True)
class Problem:
    """Một lỗi cụ thể: tệp, dòng, trường, nội dung lỗi và cách sửa."""

    message: str
    file: Path | None = None
    line: int | None = None
    field: str | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = str(self.file)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        field = f"[{self.field}] " if self.field else ""
        hint = f" Cách sửa: {self.hint}" if self.hint else ""
        return f"{where}{field}{self.message}{hint}{rules_pointer(self.message, self.hint)}"


class VanbanError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code = 2

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ContentError(VanbanError):
    """Tệp nội dung hoặc hồ sơ cơ quan sai: sửa tệp rồi chạy lại (exit 2)."""


class TemplateError(VanbanError):
    """Mẫu Word (templates_docx) thiếu, hỏng hoặc dùng biến không có (exit 2)."""


class RenderError(VanbanError):
    """Không tạo được văn bản dù nội dung hợp lệ (exit 1)."""

    exit_code = 1


class UnreadableDocumentError(VanbanError):
    """Tệp .docx không đọc được: không phải .docx, bị hỏng, quá lớn hoặc có nội dung nguy hiểm."""
