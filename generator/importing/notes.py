"""The uncertainty report of one import: what was guessed, moved or could not be placed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Note:
    """Một điều chưa chắc chắn khi nhập văn bản: dòng nguồn (nếu biết) và lời giải thích."""

    message: str
    where: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class Notes:
    """Sổ ghi các điều chưa chắc chắn, theo thứ tự phát hiện."""

    items: list[Note] = field(default_factory=list)

    def add(self, message: str, where: str | None = None) -> None:
        self.items.append(Note(message, where))

    def __len__(self) -> int:
        return len(self.items)
