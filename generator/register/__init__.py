"""Sổ văn bản đi: the number register of each issuing body (ND30 Art. 15–16, spec §5.1).

- `store` — the SQLite file, schema migrations, immediate transactions, Vietnamese errors;
- `entries` — one line of the register and its Vietnamese keys;
- `allocation` — issuing for the build (through issuing.SqliteNumbers), reserving (giữ số) and binding;
- `corrections` — cancelling (hủy), recording a number issued elsewhere (ghi), the sequence setting;
- `exchange` — CSV export and all-or-nothing import;
- `sheet` — the .docx in the layout of the Sổ đăng ký văn bản đi (ND30 Phụ lục IV).
"""

from .allocation import IssueRequest, Register
from .entries import Entry, Filter, Status
from .store import RegisterError, RegisterUnavailableError, default_path

__all__ = [
    "Entry",
    "Filter",
    "IssueRequest",
    "Register",
    "RegisterError",
    "RegisterUnavailableError",
    "Status",
    "default_path",
]
