"""`vanban so …`: the sổ văn bản đi (list, giữ số, gắn, hủy, ghi, nhập, xuất, cài đặt).

Values typed by the văn thư (year, number, date, status) are read as text and checked by
generator.register, so every mistake is reported in Vietnamese with the option it came from.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar

import click

from ..doctypes import leading_code
from ..errors import Problem
from ..formatting import number_text
from ..output import write_atomic
from ..project import Project
from ..register import Entry, Filter, Register, RegisterError, Status, default_path
from ..register.corrections import cancel, cancel_document, record, set_per_type
from ..register.entries import missing_numbers, parse_date, parse_int, parse_status
from ..register.exchange import export_csv, import_csv
from ..register.sheet import book_entries, render_sheet, sheet_heading
from .common import group, reports_errors

F = TypeVar("F", bound=Callable[..., Any])


@group("so", help="Sổ văn bản đi: cấp số, giữ số, hủy số, ghi, nhập, xuất sổ (ND30 Điều 15–16).")
def so() -> None:
    pass


def _subcommand(name: str, help: str) -> Callable[[F], click.Command]:
    """A `vanban so` subcommand with the shared `--so-dang-ky` option and Vietnamese error reporting."""

    def decorate(func: F) -> click.Command:
        wrapped = reports_errors(func)
        wrapped = click.option(
            "--so-dang-ky",
            "register_path",
            type=click.Path(path_type=Path, dir_okay=False),
            default=None,
            help="Tệp sổ đăng ký (mặc định: biến VANBAN_SO_DANG_KY, hoặc so-van-ban-di.sqlite3 ở thư mục hiện tại).",
        )(wrapped)
        registered: click.Command = so.command(name, help=help)(wrapped)
        return registered

    return decorate


_issuer_option = click.option("--co-quan", "issuer", default=None, help="Mã cơ quan ban hành.")
_year_option = click.option("--nam", "year", default=None, help="Năm (mặc định: năm nay).")
_sequence_option = click.option(
    "--day-so", "sequence", default=None, help="Dãy số (chung, KH, tên hội đồng …); cần khi một số có ở nhiều dãy."
)


def _open(register_path: Path | None) -> AbstractContextManager[Register]:
    return Register.open(register_path or default_path())


def _needed(value: str | None, option: str, hint: str) -> str:
    if value is None or not value.strip():
        raise RegisterError(Problem("Thiếu tùy chọn bắt buộc.", field=option, hint=hint))
    return value.strip()


def _issuer_needed(issuer: str | None) -> str:
    return _needed(issuer, "--co-quan", "Ghi mã cơ quan, ví dụ --co-quan ldld-gia-lai.")


def _year(text: str | None) -> int:
    return dt.date.today().year if text is None else parse_int(text, "--nam")


def _warn_gaps(register: Register, entries: list[Entry]) -> None:
    """Say which numbers below the highest of a sequence are not in the register at all."""
    for issuer, sequence, year in sorted({(e.issuer, e.sequence, e.year) for e in entries}):
        missing = missing_numbers(register.connection, issuer, sequence, year)
        if missing:
            shown = ", ".join(number_text(n) for n in missing[:20]) + (" …" if len(missing) > 20 else "")
            click.echo(
                f"Cảnh báo: `{issuer}` năm {year} (dãy số `{sequence}`) còn thiếu số {shown} trong sổ. "
                "Ghi các số đó bằng `vanban so ghi`, hoặc `vanban so giu-so` rồi `vanban so huy` nếu số bị bỏ.",
                err=True,
            )


# --- list ------------------------------------------------------------------------------------------


@_subcommand("list", "Liệt kê sổ; lọc theo cơ quan, năm, trạng thái (da_cap, giu_so, da_huy).")
@_issuer_option
@click.option("--nam", "year", default=None, help="Năm, ví dụ 2026.")
@click.option("--trang-thai", "status", default=None, help="da_cap | giu_so | da_huy.")
@_sequence_option
@click.option("--json", "as_json", is_flag=True, help="In danh sách đối tượng JSON.")
def list_entries(
    register_path: Path | None,
    issuer: str | None,
    year: str | None,
    status: str | None,
    sequence: str | None,
    as_json: bool,
) -> None:
    where = Filter(
        issuer=issuer,
        year=parse_int(year, "--nam") if year is not None else None,
        status=parse_status(status, "--trang-thai") if status is not None else None,
        sequence=sequence,
    )
    path = register_path or default_path()
    entries: list[Entry] = []
    if path.exists():  # a command that only reads never creates an empty register
        with Register.open(path) as register:
            entries = register.entries(where)
    if as_json:
        click.echo(json.dumps([e.to_record() for e in entries], ensure_ascii=False, indent=2))
        return
    if not entries:
        click.echo("Sổ chưa có số nào khớp điều kiện lọc.")
        return
    for e in entries:
        date = f"{e.issue_date:%d/%m/%Y}" if e.issue_date else "—"
        owner = e.document_id or "—"
        click.echo(
            f"{e.issuer}  {e.year}  {e.sequence:<8} {e.label:<20} {date:<10}  {e.status.label:<7}  {owner}  {e.summary}"
        )


# --- giữ số, gắn, hủy ------------------------------------------------------------------------------


@_subcommand("giu-so", "Giữ một số (số tiếp theo của dãy) để gắn cho văn bản sau.")
@_issuer_option
@_year_option
@click.option(
    "--loai", "doc_type", default="", help="Chữ viết tắt thể loại (KH, HD …) khi mỗi thể loại có dãy số riêng."
)
@_sequence_option
@click.option("--ma-van-ban", "document_id", default=None, help="Gắn ngay với mã văn bản này.")
@click.option("--ghi-chu", "note", default="", help="Ghi chú: giữ cho việc gì.")
def reserve(
    register_path: Path | None,
    issuer: str | None,
    year: str | None,
    doc_type: str,
    sequence: str | None,
    document_id: str | None,
    note: str,
) -> None:
    issuer = _issuer_needed(issuer)
    with _open(register_path) as register:
        entry = register.reserve(issuer, _year(year), doc_type, sequence, document_id, note)
    owner = f" cho văn bản `{entry.document_id}`" if entry.document_id else ""
    click.echo(
        f"Đã giữ số {entry.number_text} năm {entry.year} (dãy số `{entry.sequence}`) của `{entry.issuer}`{owner}."
    )


@_subcommand("gan", "Gắn số đang giữ với mã văn bản; lần `vanban build --ban-hanh` sau văn bản nhận số đó.")
@_issuer_option
@_year_option
@click.option("--so", "number", default=None, help="Số đang giữ.")
@click.option("--ma-van-ban", "document_id", default=None, help="Mã văn bản (trường `ma` hoặc tên tệp nội dung).")
@_sequence_option
def bind(
    register_path: Path | None,
    issuer: str | None,
    year: str | None,
    number: str | None,
    document_id: str | None,
    sequence: str | None,
) -> None:
    issuer = _issuer_needed(issuer)
    number_value = parse_int(_needed(number, "--so", "Ghi số đang giữ, ví dụ --so 12."), "--so")
    document_id = _needed(document_id, "--ma-van-ban", "Ghi mã văn bản, ví dụ --ma-van-ban ke-hoach-thang-cong-nhan.")
    with _open(register_path) as register:
        entry = register.bind(issuer, _year(year), number_value, document_id, sequence)
    click.echo(f"Đã gắn số {entry.number_text} năm {entry.year} với văn bản `{entry.document_id}`.")


@_subcommand("huy", "Hủy một số: số vẫn nằm trong sổ và không bao giờ được cấp lại.")
@_issuer_option
@_year_option
@click.option("--so", "number", default=None, help="Số cần hủy.")
@click.option("--ma-van-ban", "document_id", default=None, help="Hoặc: hủy số của văn bản có mã này.")
@_sequence_option
@click.option("--ly-do", "reason", default="", help="Lý do hủy (ghi vào cột Ghi chú).")
def cancel_number(
    register_path: Path | None,
    issuer: str | None,
    year: str | None,
    number: str | None,
    document_id: str | None,
    sequence: str | None,
    reason: str,
) -> None:
    issuer = _issuer_needed(issuer)
    if (number is None) == (document_id is None):
        raise RegisterError(
            Problem(
                "Cần đúng một trong hai: --so hoặc --ma-van-ban.",
                field="--so",
                hint='Ví dụ: vanban so huy --co-quan ldld-gia-lai --so 12 --ly-do "Ký nhầm".',
            )
        )
    with _open(register_path) as register:
        if document_id is not None:
            entry = cancel_document(register, issuer, document_id, reason)
        else:
            entry = cancel(register, issuer, _year(year), parse_int(number or "", "--so"), reason, sequence)
    click.echo(f"Đã hủy số {entry.label} năm {entry.year} của `{entry.issuer}`; số này không được cấp lại.")


# --- ghi, nhập, xuất, cài đặt ----------------------------------------------------------------------


@_subcommand("ghi", "Ghi vào sổ một số đã cấp ngoài vanban (từ chối số trùng).")
@_issuer_option
@click.option("--so", "number", default=None, help="Số đã cấp.")
@click.option("--ky-hieu", "ky_hieu", default=None, help="Ký hiệu sau dấu /, ví dụ KH-LĐLĐ.")
@click.option("--ngay", "issue_date", default=None, help="Ngày ban hành: 2026-03-05 hoặc 05/03/2026.")
@click.option("--trich-yeu", "summary", default="", help="Trích yếu nội dung.")
@click.option("--nguoi-ky", "signer", default="", help="Người ký.")
@click.option("--ma-van-ban", "document_id", default=None, help="Mã văn bản, nếu có tệp nội dung.")
@click.option("--loai", "doc_type", default=None, help="Chữ viết tắt thể loại (mặc định: phần đầu ký hiệu).")
@click.option("--day-so", "sequence", default="", help="Dãy số riêng (hội đồng, ban …).")
@click.option("--noi-nhan", "recipients", default="", help="Nơi nhận.")
@click.option("--luu", "archive", default="", help="Đơn vị, người nhận bản lưu.")
@click.option("--so-ban", "copies", default=None, help="Số lượng bản.")
def record_number(
    register_path: Path | None,
    issuer: str | None,
    number: str | None,
    ky_hieu: str | None,
    issue_date: str | None,
    summary: str,
    signer: str,
    document_id: str | None,
    doc_type: str | None,
    sequence: str,
    recipients: str,
    archive: str,
    copies: str | None,
) -> None:
    ky_hieu = _needed(ky_hieu, "--ky-hieu", "Ghi ký hiệu sau dấu /, ví dụ --ky-hieu KH-LĐLĐ.")
    date = parse_date(_needed(issue_date, "--ngay", "Ghi ngày ban hành, ví dụ --ngay 2026-03-05."), "--ngay")
    entry = Entry(
        issuer=_issuer_needed(issuer),
        sequence=sequence,
        year=date.year,
        number=parse_int(_needed(number, "--so", "Ghi số đã cấp, ví dụ --so 12."), "--so"),
        status=Status.ISSUED,
        doc_type=doc_type if doc_type is not None else leading_code(ky_hieu),
        ky_hieu=ky_hieu,
        document_id=document_id,
        summary=summary,
        issue_date=date,
        signer=signer,
        recipients=recipients,
        archive=archive,
        copies=parse_int(copies, "--so-ban") if copies is not None else None,
    )
    with _open(register_path) as register:
        written = record(register, entry)
        _warn_gaps(register, [written])
    click.echo(f"Đã ghi số {written.label} ngày {date:%d/%m/%Y} vào sổ của `{written.issuer}`.")


@_subcommand("nhap", "Nhập sổ cũ từ tệp CSV (cột như `vanban so xuat --csv`); một dòng sai thì không nhập dòng nào.")
@click.argument("csv_file", type=click.Path(path_type=Path, dir_okay=False), metavar="TỆP.csv")
def import_register(register_path: Path | None, csv_file: Path) -> None:
    with _open(register_path) as register:
        added = import_csv(register, csv_file)
        _warn_gaps(register, added)
    click.echo(f"Đã nhập {len(added)} dòng từ {csv_file}.")


@_subcommand("xuat", "Xuất sổ ra CSV (--csv) hoặc Word theo mẫu Sổ đăng ký văn bản đi (--docx).")
@click.option(
    "--csv", "csv_file", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Tệp CSV cần ghi."
)
@click.option(
    "--docx", "docx_file", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Tệp .docx cần ghi."
)
@click.option("--co-quan", "issuer", default=None, help="Mã cơ quan (bắt buộc với --docx khi sổ có nhiều cơ quan).")
@click.option("--nam", "year", default=None, help="Năm (với --docx mặc định: năm gần nhất trong sổ).")
@click.option("--quyen", "volume", default="1", help="Quyển số in ở bìa sổ (--docx).")
@click.option(
    "--thu-muc",
    "root",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("."),
    help="Thư mục dự án, để lấy tên cơ quan từ content/co-quan/.",
)
def export_register(
    register_path: Path | None,
    csv_file: Path | None,
    docx_file: Path | None,
    issuer: str | None,
    year: str | None,
    volume: str,
    root: Path,
) -> None:
    if csv_file is None and docx_file is None:
        raise RegisterError(
            Problem("Chưa chọn tệp xuất.", field="--csv", hint="Thêm --csv so.csv hoặc --docx so.docx.")
        )
    year_value = parse_int(year, "--nam") if year is not None else None
    if not (register_path or default_path()).exists():
        raise RegisterError(
            Problem(
                "Sổ không có số nào khớp điều kiện để xuất.", field="--co-quan", hint="Xem sổ bằng `vanban so list`."
            )
        )
    with _open(register_path) as register:
        if csv_file is not None:
            count = export_csv(register, csv_file, Filter(issuer=issuer, year=year_value))
            click.echo(f"Đã xuất {count} dòng ra {csv_file}.")
        if docx_file is not None:
            entries = book_entries(register, issuer, year_value)
            heading = sheet_heading(
                Project(root).profiles, entries[0].issuer, entries[0].year, parse_int(volume, "--quyen")
            )
            write_atomic(docx_file, render_sheet(entries, heading))
            click.echo(f"Đã xuất sổ năm {heading.year} của `{entries[0].issuer}` ({len(entries)} dòng) ra {docx_file}.")


@_subcommand("cai-dat", "Chọn cách đánh số của một cơ quan: một dãy chung (mặc định) hay mỗi thể loại một dãy.")
@_issuer_option
@click.option(
    "--theo-loai/--chung",
    "per_type",
    default=None,
    help="--theo-loai: mỗi thể loại một dãy số; --chung: một dãy chung.",
)
def settings(register_path: Path | None, issuer: str | None, per_type: bool | None) -> None:
    issuer = _issuer_needed(issuer)
    with _open(register_path) as register:
        if per_type is not None:
            set_per_type(register, issuer, per_type, dt.date.today().year)
        current = register.per_type(issuer)
    click.echo(f"`{issuer}`: " + ("mỗi thể loại một dãy số." if current else "một dãy số chung cho mọi thể loại."))
