"""Write every document of one file: one content file each, all names checked before any is written.

The first document goes to the name asked for (`-o content/x.yaml`); the next ones beside it, numbered in
file order with their tên loại (`x-2-quyet-dinh.yaml`, `x-3-bien-ban.yaml`), so the files sort as the
documents stood and each name says what it holds. Each file is written atomically by `writer.save`; when a
later one fails, the files this run created are removed again, so no part of an import is left behind (with
`--ghi-de`, a file replaced before the failure keeps its new text).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ContentError, Problem
from .reading import Imported
from .writer import content_root, issuer_id, profile_path, save, slug


def part_paths(output: Path, documents: list[Imported]) -> list[Path]:
    """The content file of each document: `output` for the first, `<stem>-<n>-<tên loại>.yaml` after it."""
    return [output] + [
        output.with_name(f"{output.stem}-{number}-{slug(document.header.type_name or document.kind)}{output.suffix}")
        for number, document in enumerate(documents[1:], start=2)
    ]


def save_all(
    documents: list[Imported], output: Path, issuer: str | None, overwrite: bool
) -> list[tuple[Imported, Path, list[Path]]]:
    """Each document with its content file and every file written for it (its content file first)."""
    paths = part_paths(output, documents)
    existing = [path for path in paths if path.exists()]
    if existing and not overwrite:
        raise ContentError(
            [
                Problem(
                    f"Tệp đã có, không ghi đè (tệp nội dung của văn bản thứ {paths.index(path) + 1}/{len(paths)}); "
                    "chưa ghi tệp nào.",
                    file=path,
                    hint="Chọn tên khác bằng -o hoặc thêm --ghi-de để ghi đè.",
                )
                for path in existing
            ]
        )
    # Every file this run may create (content files, new issuer profiles): those absent now are removed
    # again if a later document fails, including the profile of a document whose content file failed.
    candidates = [
        *paths,
        *(profile_path(content_root(path), issuer_id(d)) for d, path in zip(documents, paths, strict=True)),
    ]
    absent = [path for path in candidates if not path.exists()]
    saved: list[tuple[Imported, Path, list[Path]]] = []
    created: set[str] = set()  # issuer profiles made by this run: the next documents of that issuer use them
    try:
        for document, path in zip(documents, paths, strict=True):
            own = issuer_id(document)
            written = save(document, path, issuer or (own if own in created else None), overwrite)
            if issuer is None and len(written) > 1:
                created.add(own)
            saved.append((document, path, written))
    except BaseException:
        for made in absent:
            made.unlink(missing_ok=True)
        raise
    return saved
