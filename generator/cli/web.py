"""`vanban web`: the local web page (generator/web/) for office staff; `--dat-mat-khau` sets its password."""

from __future__ import annotations

import threading
import webbrowser
from pathlib import Path

import click

from ..errors import Problem
from ..web.security import PasswordError, is_local, set_password, stored_hash
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
        raise PasswordError(
            Problem(
                f"--host {host}: các máy khác trong mạng sẽ mở được trang, nên cần mật khẩu.",
                hint="Chạy vanban web --dat-mat-khau trước, hoặc bỏ --host để chỉ dùng trên máy này.",
            )
        )
    from ..web.app import create_app  # Flask is imported only by this command

    app = create_app(root, password_hash if not is_local(host) or password_hash else None)
    address = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    click.echo(f"Trang vanban: {address} (dừng: Ctrl+C).")
    if not is_local(host):
        click.echo("Trang mở cho các máy trong mạng: đăng nhập bằng mật khẩu của dự án.")
    elif password_hash:
        click.echo("Trang có mật khẩu (tệp .vanban-mat-khau của dự án).")
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, (address,)).start()
    app.run(host=host, port=port, threaded=True, use_reloader=False)
