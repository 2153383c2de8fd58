"""`vanban web`: the local web page (generator/web/) for office staff; `--dat-mat-khau` sets its password."""

from __future__ import annotations

import socket
import threading
import webbrowser
from pathlib import Path

import click

from ..errors import Problem
from ..web.security import WebStartError, is_local, set_password, stored_hash
from .common import command, project_option, relative, reports_errors


@command("web", help="Mở trang web trên máy này để soạn, xem trước, ban hành văn bản (như các lệnh vanban).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Địa chỉ lắng nghe; máy khác trong mạng dùng được thì cần mật khẩu.",
)
@click.option("--port", type=int, default=8030, show_default=True, help="Cổng.")
@click.option("--khong-mo", "no_browser", is_flag=True, help="Không tự mở trình duyệt.")
@click.option(
    "--dat-mat-khau", "set_new", is_flag=True, help="Đặt (hoặc đổi) mật khẩu của trang web cho dự án này, rồi thoát."
)
@project_option
@reports_errors
def web(host: str, port: int, no_browser: bool, set_new: bool, root: Path) -> None:
    if set_new:
        password = click.prompt("Mật khẩu mới", hide_input=True, confirmation_prompt="Nhập lại mật khẩu")
        path = set_password(root, password)
        click.echo(f"Đã lưu mật khẩu (dạng băm, không lưu mật khẩu gốc) vào {relative(path)}.")
        return
    password_hash = stored_hash(root)
    if not is_local(host) and password_hash is None:
        raise WebStartError(
            Problem(
                f"--host {host}: các máy khác trong mạng sẽ mở được trang, nên cần mật khẩu.",
                hint="Chạy vanban web --dat-mat-khau trước, hoặc bỏ --host để chỉ dùng trên máy này.",
            )
        )
    from werkzeug.serving import make_server

    from ..web.app import create_app  # Flask is imported only by this command

    refused = port_refusal(host, port)
    if refused:
        raise WebStartError(
            Problem(f"Không mở được cổng {port} ({refused}).", hint=f"Chọn cổng khác: --port {port + 1}.")
        )
    server = make_server(host, port, create_app(root, password_hash), threaded=True)
    address = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    click.echo(f"Trang vanban: {address} (dừng: Ctrl+C).")
    if not is_local(host):
        click.echo("Trang mở cho các máy trong mạng: đăng nhập bằng mật khẩu của dự án.")
    elif password_hash:
        click.echo("Trang có mật khẩu (tệp .vanban-mat-khau của dự án).")
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, (address,)).start()
    try:
        server.serve_forever()  # each request in its own thread; no English banner, no request log
    except KeyboardInterrupt:
        click.echo("Đã dừng trang vanban.")
    finally:
        server.server_close()


def port_refusal(host: str, port: int) -> str | None:
    """Why `host`:`port` cannot be listened on (in use, not allowed), or None (werkzeug would exit in English)."""
    try:
        with socket.create_server((host, port)):
            return None
    except OSError as exc:
        return "cổng đang được chương trình khác dùng" if exc.errno == 98 else exc.strerror or str(exc)
