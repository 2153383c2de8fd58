"""The typed document that the stages hand on (frozen dataclasses, English names).

`schema.py` reads the files users edit (Vietnamese keys) and builds these; nothing after loading
sees a dict. Sections never carry their numbers: `numbering.py` computes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Item:
    """Một ý gạch đầu dòng ("-"), có thể có ý con ("+")."""

    text: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Column:
    """Một cột của bảng: tên cột (dòng tiêu đề), độ rộng (cm), căn lề, có cộng tổng hay không."""

    title: str
    width_cm: float | None = None
    align: str = "trai"  # trai | giua | phai | deu
    summed: bool = False  # cong: số tiền, cộng ở dòng tổng (1.234.567)


@dataclass(frozen=True)
class Cell:
    """Một ô: nội dung và số cột, số dòng được gộp (gop_cot, gop_dong)."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Table:
    """Một bảng trong một mục hoặc phụ lục: tên bảng, các cột, các dòng; dòng tổng khi có cột cộng."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    title: str | None = None
    total_label: str = "Tổng cộng"
    id: str | None = None
    source: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    row_ids: tuple[str | None, ...] = field(default=(), compare=False)  # each row's id, or () when none has one

    @property
    def summed(self) -> bool:
        """Có dòng tổng cộng (ít nhất một cột `cong: true`)."""
        return any(column.summed for column in self.columns)


@dataclass(frozen=True)
class Section:
    """Một mục (I., 1., 1.1., a) …): tiêu đề hoặc câu mở đầu, đoạn văn, các ý, mục con."""

    title: str | None = None
    lead: str | None = None
    paragraphs: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    sections: tuple[Section, ...] = ()
    id: str | None = None
    line: int | None = field(default=None, compare=False)
    tables: tuple[Table, ...] = ()  # printed after the paragraphs and points, before the subsections


@dataclass(frozen=True)
class Signer:
    """Người ký: thẩm quyền (TM./KT./Q./TL./TUQ.), chức vụ, họ tên (ND30 II.7, spec §7)."""

    title: str
    name: str
    authority: str | None = None
    signs_for: str | None = None
    signed_mark: bool = False
    source: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class JointIssuer:
    """Cơ quan cùng ban hành một văn bản liên tịch với cơ quan chủ trì: tên (in dưới tên cơ quan chủ trì) và
    người ký (khối chữ ký bên trái)."""

    name_lines: tuple[str, ...]
    signer: Signer


@dataclass(frozen=True)
class Issuer:
    """Hồ sơ một cơ quan ban hành (tệp content/co-quan/<ma>.yaml)."""

    id: str
    name_lines: tuple[str, ...]
    code: str
    place: str
    signer: Signer
    parent_lines: tuple[str, ...] = ()
    name_in_text: str | None = None
    collective: str | None = None
    recipients: tuple[str, ...] = ()
    archive: tuple[str, ...] = ("VT",)
    groups: tuple[str, ...] = ()
    source: Path | None = field(default=None, compare=False)
    trial: bool = False  # thu_nghiem: a practice profile whose placeholder signer may issue


@dataclass(frozen=True)
class DocumentType:
    """Một thể loại văn bản (ND30 Phụ lục III; bảng trong generator/data/loai-van-ban.yaml)."""

    key: str
    name: str
    abbreviation: str | None
    numbering: tuple[str, ...]


@dataclass(frozen=True)
class Appendix:
    """Phụ lục kèm theo văn bản (ND30 III.1, spec §10)."""

    title: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[Item, ...] = ()
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()  # after the paragraphs and points, before the sections
    numbering: tuple[str, ...] = ()  # its own `danh_so`; empty: the document's
    id: str | None = None  # for a child's edits (thay_phu_luc …); not printed
    source: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Citation:
    """Văn bản cấp trên được trích dẫn ở dòng căn cứ (spec §6.2: lần đầu ghi đầy đủ)."""

    type_name: str
    number: int | None
    code: str
    date: date | None
    year: int
    issuer: str
    summary: str
    issuer_id: str
    document_id: str = ""


@dataclass(frozen=True)
class Document:
    """Một văn bản đã đọc và kiểm tra, trước khi đánh số và định dạng."""

    source: Path
    kind: DocumentType
    issuer_id: str
    date: date
    summary: str
    sections: tuple[Section, ...]
    number: int | None = None
    opening: tuple[str, ...] = ()
    numbering: tuple[str, ...] = ()
    closing: str | None = None
    signer: Signer | None = None
    recipients: tuple[str, ...] | None = None
    archive: tuple[str, ...] | None = None
    appendices: tuple[Appendix, ...] = ()
    id: str | None = None
    parent: Citation | None = None
    inputs: tuple[Path, ...] = ()
    batch: bool = False
    group: str | None = None  # built for every profile of this group (co_quan_nhom)
    group_inputs: tuple[Path, ...] = ()  # the group's profiles: one may join or leave (the file is planned again)
    sequence: str | None = None  # its own register sequence (a council or board, spec §5.1)
    date_written: bool = True  # `ngay` given in a content file (else the build's or the register's date)
    amends: Path | None = None  # sua_doi: the content file this document amends (its text becomes a new version)
    regime: str | None = None  # che_do: cong-doan, nha-nuoc, dang, doan; None prints the ND30 header too
    joint: JointIssuer | None = None  # lien_tich: the other body of a văn bản liên tịch (the issuer leads)

    @property
    def is_draft(self) -> bool:
        """Dự thảo: chưa có số (spec §4.1, ô số và ngày để trống)."""
        return self.number is None
