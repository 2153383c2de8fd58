"""Write what was imported: the content file and, when needed, the issuer profile (YAML).

Block style, UTF-8 unescaped, keys in the order of generator/schema.py, a comment header naming
the source and everything uncertain. Both files are validated before they replace anything, and
written atomically (temporary file + os.replace); an existing file is kept unless `overwrite`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from ..bodyxml import escaped
from ..document import Signer
from ..errors import ContentError, Problem
from ..formatting import TYPED_MARKER, signer_problems
from ..places import successor_on
from ..project import ISSUER_FOLDER
from ..schema import ContentFile, IssuerFile
from ..validation import validate
from ..yamlfile import read_yaml
from .body import AppendixDraft, BodyDraft, ItemDraft, SectionDraft
from .grid import table_entry
from .notes import Notes
from .reading import Imported
from .tail import Signing

PLACEHOLDER_SIGNER = "Nguyễn Văn A"
PLACEHOLDER_PLACE = "Địa Danh"  # capitalised like a real place name (ND30 Phụ lục II), so the build's check passes
DEFAULT_TITLE = "CHỦ TỊCH"
JOINT_PLACEHOLDER = "TÊN CƠ QUAN CÙNG BAN HÀNH"
YAML_WIDTH = 1000
SECTION_ID_WORDS = 6


def slug(text: str, words: int | None = None) -> str:
    """`BCH ĐOÀN XÃ PHÚC THỊNH` → `bch-doan-xa-phuc-thinh`: plain letters and digits joined by hyphens."""
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_text = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text)[:words])


def issuer_id(imported: Imported) -> str:
    """The new profile's file name, from the issuer's name."""
    return slug(" ".join(imported.header.issuer_lines)) or "co-quan-chua-ro"


def content_root(output: Path) -> Path:
    """The `content/` folder above the output file (profiles live in its co-quan/), else the output's folder."""
    for folder in output.resolve().parents:
        if folder.name == "content":
            return folder
    return output.resolve().parent


def issue_date(imported: Imported) -> dt.date:
    """The date read, else 1 January of the year read (or of this year): a placeholder the content file notes."""
    header = imported.header
    return header.date or dt.date(header.year or dt.date.today().year, 1, 1)


def content_data(imported: Imported, issuer: str) -> dict[str, Any]:
    """The content file as plain data, keys in schema order, empty parts left out."""
    header, tail, notes = imported.header, imported.tail, imported.notes
    date = issue_date(imported)
    if header.date is None:
        notes.add(f"Không có ngày ban hành: đã ghi tạm `ngay: {date.isoformat()}`, sửa lại cho đúng.")
    data: dict[str, Any] = {
        "loai": imported.kind,
        "co_quan": issuer,
        "so": header.number,
        "ngay": date,
        "trich_yeu": header.summary or _missing_summary(imported),
        "che_do": header.regime,
        "danh_so": imported.body.levels or None,
        "mo_dau": imported.body.opening,
        "muc": _sections(imported.body.sections, set(), notes),
        "ket_thuc": escaped(imported.closing) if imported.closing else None,
        "nguoi_ky": _signer(imported, tail, tail.name) if tail.name else None,
        "lien_tich": _joint(imported, tail.joint) if tail.joint else None,
        "noi_nhan": tail.recipients_only or None,
        "luu": tail.archive,
        "phu_luc": [_appendix(a, imported.body.levels, notes) for a in imported.appendices],
    }
    if not tail.name and (tail.authority or tail.titles):
        notes.add("Không có họ tên người ký: tệp nội dung không ghi `nguoi_ky`, dùng người ký của hồ sơ cơ quan.")
    return _pruned(data)


def _missing_summary(imported: Imported) -> str:
    imported.notes.add("Không có trích yếu: đã ghi tạm `trich_yeu: (chưa có trích yếu)`.")
    return "(chưa có trích yếu)"


def _joint(imported: Imported, block: Signing) -> dict[str, Any]:
    """`lien_tich` of a văn bản liên tịch: the other body's name (from the header) and its block (the left one)."""
    names = imported.joint_names
    if not names:
        imported.notes.add(
            f"Văn bản liên tịch: không tách được tên cơ quan cùng ban hành khỏi tên cơ quan chủ trì ở phần đầu; "
            f"đã ghi tạm `lien_tich.ten: {JOINT_PLACEHOLDER}`, sửa lại cho đúng."
        )
    imported.notes.add(
        "Văn bản liên tịch: khối chữ ký bên trái ghi vào `lien_tich.nguoi_ky`, khối bên phải (cơ quan chủ trì) vào "
        "`nguoi_ky`; `vanban build` in lại «LIÊN TỊCH» sau tên loại và tên hai cơ quan ở phần đầu."
    )
    return {"ten": names or [JOINT_PLACEHOLDER], "nguoi_ky": _signer(imported, block, block.name)}


def _signer(imported: Imported, tail: Signing, name: str | None) -> dict[str, Any]:
    """`nguoi_ky` from one signature block read in the document, signed `name`."""
    authority = list(tail.authority)
    signs_for = None
    if len(authority) >= 2 and authority[0].startswith("TM.") and authority[1].startswith("KT."):
        signs_for = authority.pop(1)[3:].strip()
    if len(authority) > 1 or len(tail.titles) > 1:
        imported.notes.add(
            f"Khối chữ ký có nhiều dòng ({'; '.join(authority + tail.titles)}): giữ dòng đầu và chức vụ cuối."
        )
    title = tail.titles[-1].upper() if tail.titles else None  # printed in capitals (spec §7.1)
    if title is None:
        imported.notes.add(f"Không thấy chức vụ người ký: đã ghi tạm `{DEFAULT_TITLE}`.")
    found = Signer(
        title=title or DEFAULT_TITLE,
        name=name or PLACEHOLDER_SIGNER,
        authority=authority[0] if authority else None,
        signs_for=signs_for,
    )
    for problem in signer_problems(found):
        imported.notes.add(f"Khối chữ ký sẽ bị `vanban build` báo lỗi: {problem} Sửa `nguoi_ky`.")
    return _pruned(
        {
            "tham_quyen": authority[0] if authority else None,
            "ky_thay": signs_for,
            "chuc_vu": title or DEFAULT_TITLE,
            "ho_ten": name,
            "da_ky": tail.signed_mark or None,
        }
    )


def profile_data(imported: Imported) -> dict[str, Any]:
    """A new issuer profile from the header; the signer's name is a placeholder (the real one stays in the content file)."""
    header, tail, notes = imported.header, imported.tail, imported.notes
    code = _org_code(header.code)
    if code is not None and code_letters(code) != code:
        notes.add(f"Ký hiệu cơ quan `{code}` có ký tự ký hiệu không dùng: hồ sơ cơ quan ghi `{code_letters(code)}`.")
        code = code_letters(code) or None
    if code is None:
        code = code_letters("".join(word[0] for word in " ".join(header.issuer_lines).split() if word[0].isalpha()))
        code = code or "CQ"
        notes.add(f"Không có ký hiệu cơ quan: hồ sơ cơ quan ghi tạm `ky_hieu: {code}`.")
    if not header.issuer_lines:
        notes.add("Không thấy tên cơ quan ban hành: hồ sơ cơ quan ghi tạm `ten: TÊN CƠ QUAN`.")
    if not header.place:
        notes.add(f"Không thấy địa danh: hồ sơ cơ quan ghi tạm `dia_danh: {PLACEHOLDER_PLACE}`.")
    place = header.place or PLACEHOLDER_PLACE
    if (successor := successor_on(place, date := issue_date(imported))) is not None:
        notes.add(
            f"Văn bản ngày {date.day:02d}/{date.month}/{date.year} ghi địa danh “{place}”, tỉnh đã sáp nhập từ 01/7/2025: hồ sơ "
            f"cơ quan ghi `dia_danh: {successor}` (quy tắc §4.2, §12); kiểm tra lại tên cơ quan và địa danh."
        )
        place = successor
    signer = _signer(imported, imported.tail, PLACEHOLDER_SIGNER)
    signer.pop("da_ky", None)
    return _pruned(
        {
            "co_quan_chu_quan": header.parent_lines,
            "ten": header.issuer_lines or ["TÊN CƠ QUAN"],
            "ky_hieu": code,
            "dia_danh": place,
            "nguoi_ky": signer,
            "noi_nhan": tail.recipients_only,
            "luu": tail.archive,
        }
    )


def code_letters(text: str) -> str:
    """`ỦBNDXXP` → `UBNDXXP`, `PGD&ĐT` → `PGDĐT`: a ký hiệu's groups are capital letters without marks, Đ and digits
    (ND30 Phụ lục III; spec §5.1; `vanban build` refuses any other character)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(ch))
    return "".join(ch for ch in plain if ch == "Đ" or "A" <= ch <= "Z" or ch.isdigit() or ch == "-").strip("-")


def _org_code(code: str | None) -> str | None:
    """`KH-LĐLĐ` → `LĐLĐ`, `KH/ĐTN` → `ĐTN`, `NĐ-CP` → `CP`, `UBTVQH14` → itself (ND30 Phụ lục I ô 3: no type
    part): the issuer's part of a ký hiệu (spec §5.1);
    None for a blank left to fill (`CV-…………..` in a form pack), which the build would refuse."""
    if not code:
        return None
    parts = re.split(r"[-/]", code, maxsplit=1)
    if len(parts) == 1 and code.isalnum() and any(ch.isalpha() for ch in code):
        return code  # a law or resolution of the Quốc hội's bodies: `653/2019/UBTVQH14`, the body's code alone
    # profile_data keeps only the letters a ký hiệu allows (code_letters): `26/PT-NC` → `26PT-NC`
    return parts[1] if len(parts) == 2 and any(ch.isalpha() for ch in parts[1]) else None


def _appendix(appendix: AppendixDraft, levels: list[str], notes: Notes) -> dict[str, Any]:
    """A `phu_luc:` entry; its own `danh_so` when its sections are numbered otherwise than the body's (a quy định
    issued with the quyết định: Chương, Điều)."""
    own = appendix.body.levels if appendix.body.sections and appendix.body.levels != levels else None
    return _pruned({"tieu_de": appendix.title, "danh_so": own, **_body(appendix.body, notes)})


def _body(body: BodyDraft, notes: Notes) -> dict[str, Any]:
    return {
        "doan": body.opening,
        "bang": [table_entry(table, notes) for table in body.tables],
        "muc": _sections(body.sections, set(), notes),
    }


def _sections(sections: list[SectionDraft], used: set[str], notes: Notes) -> list[dict[str, Any]]:
    return [_section(section, used, notes) for section in sections]


def _section(section: SectionDraft, used: set[str], notes: Notes) -> dict[str, Any]:
    """A section with an `id` made from its title (unique in the file), so a local copy can edit it by id."""
    title = _unnumbered(section.title, notes)
    return _pruned(
        {
            "id": _unique(slug(title, SECTION_ID_WORDS), used) if title else None,
            "tieu_de": title,
            "noi_dung": _unnumbered(section.lead, notes),
            "doan": section.paragraphs,
            "y": [_item(i, notes) for i in section.items],
            "bang": [table_entry(table, notes) for table in section.tables],
            "muc": _sections(section.sections, used, notes),
        }
    )


def _unique(base: str, used: set[str]) -> str | None:
    if not base:
        return None
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    used.add(candidate)
    return candidate


def _item(item: ItemDraft, notes: Notes) -> str | dict[str, Any]:
    text = _unnumbered(item.text, notes) or item.text
    if not item.items:
        return text
    return {"noi_dung": text, "y": [_unnumbered(sub, notes) or sub for sub in item.items]}


def _unnumbered(text: str | None, notes: Notes) -> str | None:
    """A title or item still starting with a typed number or bullet (one the reader did not take for structure:
    `A.` of a page's list, `-` inside a quoted list) loses it: `vanban build` numbers sections and items itself and
    refuses a typed marker (spec §6), so the file would not build; noted."""
    match = TYPED_MARKER.match(text) if text else None
    if text is None or match is None:
        return text
    plain = text[match.end("marker") :].lstrip()
    notes.add(f"Bỏ `{match['marker']}` gõ ở đầu “{text[:40]}”: `vanban build` tự đánh số mục và gạch đầu dòng.")
    return plain


def _pruned(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def yaml_text(data: dict[str, Any], comments: list[str]) -> str:
    """Readable YAML: block style, unescaped Vietnamese, one `# …` line per comment on top."""
    head = "".join(f"# {line}\n" if line else "#\n" for line in comments)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when installed: same output, 10× faster
    return head + yaml.dump(
        data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=YAML_WIDTH
    )


def write_checked(path: Path, text: str, model: type[BaseModel], overwrite: bool) -> None:
    """Validate `text` as `model`, then put it at `path` atomically; never replace a file unless `overwrite`."""
    if path.exists() and not overwrite:
        raise ContentError(
            Problem("Tệp đã có, không ghi đè.", file=path, hint="Chọn tên khác bằng -o hoặc thêm --ghi-de để ghi đè.")
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        validate(read_yaml(temporary), model)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def profile_path(root: Path, issuer: str) -> Path:
    return root / ISSUER_FOLDER / f"{issuer}.yaml"


def save(imported: Imported, output: Path, issuer: str | None, overwrite: bool) -> list[Path]:
    """Write the content file (and a new issuer profile unless `issuer` names one); the paths written."""
    root = content_root(output)
    written: list[Path] = []
    if issuer is not None:
        if not profile_path(root, issuer).exists():
            raise ContentError(
                Problem(
                    f"Không có hồ sơ cơ quan `{issuer}`.",
                    file=profile_path(root, issuer),
                    field="--co-quan",
                    hint=f"Tạo tệp {ISSUER_FOLDER}/{issuer}.yaml hoặc bỏ --co-quan để tạo hồ sơ từ văn bản.",
                )
            )
    else:
        issuer = issuer_id(imported)
        profile = profile_path(root, issuer)
        if profile.exists():
            imported.notes.add(f"Đã có hồ sơ cơ quan `{issuer}`: dùng hồ sơ đó, không tạo mới.")
        else:
            source = f"Hồ sơ cơ quan tạo từ {imported.source.name} bằng `vanban import`."
            text = yaml_text(profile_data(imported), [source, f"Người ký `{PLACEHOLDER_SIGNER}` là tên tạm: sửa lại."])
            write_checked(profile, text, IssuerFile, overwrite=False)
            written.append(profile)
    data = content_data(imported, issuer)
    write_checked(output, yaml_text(data, _comments(imported)), ContentFile, overwrite)
    return [output, *written]


def _comments(imported: Imported) -> list[str]:
    lines = [
        f"Tệp nội dung nhập từ {imported.source.name} bằng `vanban import`.",
        f"Kiểu đánh số tìm thấy: {', '.join(imported.body.levels) or '(không có)'}; số mục cấp 1: {len(imported.body.sections)}.",
    ]
    if len(imported.notes):
        lines += ["", "Những điểm chưa chắc chắn (kiểm tra trước khi dùng):"]
        lines += [f"- {note}" for note in imported.notes.items]
    return [*lines, ""]
