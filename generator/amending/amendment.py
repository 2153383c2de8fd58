"""The "sửa đổi, bổ sung" document as a content file (issue 12, item 3).

`vanban sua-doi --viet` writes it beside the amended file, for the same issuer: trích yếu "Sửa đổi,
bổ sung một số nội dung của <Loại> số …/… ngày … của …", a căn cứ citing the amended document, one
numbered point per change with the new text quoted, and `sua_doi:` naming the amended file. It is
an ordinary content file: the user reviews the wording, then `vanban build --ban-hanh` numbers it
through the register like any document — and records the amended text as the document's next
version in the same transaction (pipeline.amended_jobs).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ..composing import issuer_in_text
from ..formatting import citation, numbered_code
from ..output import write_new_text
from .changes import RENUMBER, Change
from .compare import Comparison

NUMBER_LINE = re.compile(r"Số:?\s*(\d+[/-](.+))$")  # the Số line an issued version recorded

HEADER = (
    "# Văn bản sửa đổi, bổ sung do `vanban sua-doi` lập từ phiên bản {version} đã ban hành.\n"
    "# Đọc lại câu chữ, sửa nếu cần, rồi ban hành: vanban build --ban-hanh {path}\n"
)


def amendment_path(comparison: Comparison) -> Path:
    """`x.yaml` → `x.sua-doi-1.yaml` (one per issuer for a batch: `x.sua-doi-1.ldld-ha-noi.yaml`)."""
    source = comparison.job.document.source
    suffix = f".{comparison.job.issuer.id}" if comparison.job.document.batch else ""
    return source.with_name(f"{source.stem}.sua-doi-{comparison.version.version}{suffix}.yaml")


def amendment_text(comparison: Comparison, path: Path, shown: str) -> str:
    """The YAML text of the amendment's content file."""
    job, version = comparison.job, comparison.version
    kind = job.document.kind.name
    numbered = NUMBER_LINE.match(version.ky_hieu)  # `Số: 05/KH-LĐLĐ`, a Party document's `Số 05-KH/CB`
    code, letters = (numbered[1], numbered[2]) if numbered else (version.ky_hieu, "")
    issuer = issuer_in_text(job.issuer)
    cited = citation(
        kind, version.number, letters, version.issue_date, version.issue_date.year, issuer, job.document.summary
    )
    short = f"{kind} số {numbered_code(version.number, letters)}"
    points = [_point(change) for change in comparison.changes if change.kind != RENUMBER]
    renumbering = [change.lead for change in comparison.changes if change.kind == RENUMBER]
    data = {
        "loai": job.document.kind.key,
        "co_quan": job.issuer.id,
        "ma": f"{(job.document.id or '').replace('/', '-')}-sua-doi-{version.version}",
        "sua_doi": os.path.relpath(job.document.source, path.parent),
        "trich_yeu": f"Sửa đổi, bổ sung một số nội dung của {kind} số {code} ngày {version.issue_date:%d/%m/%Y} của {issuer}",
        "mo_dau": [f"Căn cứ {cited};", f"{issuer} sửa đổi, bổ sung một số nội dung của {short} như sau:"],
        "danh_so": ["so"],
        "muc": points,
        "ket_thuc": " ".join([*renumbering, f"Các nội dung khác của {short} giữ nguyên"]),
    }
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    return HEADER.format(version=version.version, path=shown) + body


def _point(change: Change) -> dict[str, Any]:
    """One numbered point: the lead, then the new rows as a table, or the new text in quotation marks."""
    if change.tables:
        return {"noi_dung": change.lead, "bang": list(change.tables)}
    return {"noi_dung": change.lead, **({"doan": _quoted(change.text)} if change.text else {})}


def _quoted(lines: tuple[str, ...]) -> list[str]:
    """The new text between quotation marks: “ on its first line, ” on its last."""
    out = list(lines)
    out[0] = f"“{out[0]}"
    out[-1] = f"{out[-1]}”"
    return out


def write_amendments(found: list[Comparison], shown: Callable[[Path], str]) -> dict[Path, bool]:
    """The amendment content file of each changed document, beside the file it amends; an existing
    file is left as it is (False). `shown` is how the file names itself in its comment."""
    written: dict[Path, bool] = {}
    for comparison in found:
        if comparison.changes:
            path = amendment_path(comparison)
            written[path] = write_new_text(path, amendment_text(comparison, path, shown(path)))
    return written
