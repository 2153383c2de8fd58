"""Who may use the web page: the password of a shared office machine, kept hashed in the project.

On 127.0.0.1 only this computer reaches the page; with `--host` every machine of the network does,
so `vanban web` then refuses to start without a password (`vanban web --dat-mat-khau`). The file
holds scrypt's parameters, a random salt and the hash — never the password. Every form carries a
CSRF token bound to the session; the session key is new at each start.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from pathlib import Path

from ..errors import Problem, VanbanError
from ..output import write_atomic

PASSWORD_FILE = ".vanban-mat-khau"  # in the project folder, beside content/
MIN_PASSWORD = 8
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms on an office PC


class WebStartError(VanbanError):
    """`vanban web` cannot start as asked: no password for --host, a password too short, a port in use (exit 2)."""

    exit_code = 2


def password_path(root: Path) -> Path:
    return root / PASSWORD_FILE


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def set_password(root: Path, password: str) -> Path:
    """Store the hash of `password` for the project at `root` (atomically; replaces the old one)."""
    if len(password) < MIN_PASSWORD:
        raise WebStartError(
            Problem(f"Mật khẩu quá ngắn (cần ít nhất {MIN_PASSWORD} ký tự).", hint="Chọn mật khẩu dài hơn.")
        )
    path = password_path(root)
    write_atomic(path, (hash_password(password) + "\n").encode())
    path.chmod(0o600)
    return path


def stored_hash(root: Path) -> str | None:
    path = password_path(root)
    return path.read_text(encoding="ascii").strip() if path.is_file() else None


def verify(password: str, stored: str) -> bool:
    """Whether `password` is the one whose hash is `stored` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        found = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    except ValueError:
        return False
    return hmac.compare_digest(found.hex(), digest)


def is_local(host: str) -> bool:
    """Only this computer can reach a server bound to `host`."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(sent: str | None, expected: str | None) -> bool:
    return bool(sent and expected) and hmac.compare_digest(str(sent), str(expected))
