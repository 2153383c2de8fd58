"""Resolve inheritance: a content file that `ke_thua` (extends) another gets everything from it, then
its own overrides and its section edits by id (thay, chen_truoc, chen_sau, xoa, them_vao).

Chains have any depth (national → provincial → grassroots). A file resolves to one document per
issuer (`co_quan` list or `co_quan_nhom`), each parent file is read once per build, and a cycle, a
parent outside content/, or an edit naming an unknown id is an error naming the file, line and id.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .composing import issuer_in_text, ky_hieu
from .document import Citation, Document, Issuer, Item, Section
from .errors import ContentError, Problem
from .formatting import cited, summary_text
from .loading import (
    document_from,
    document_types,
    issuer_ids,
    items,
    numbering_levels,
    reference_problems,
    sections,
    written_fields,
)
from .schema import ChildFile, ContentFile, EditIn
from .validation import validate
from .yamlfile import YamlFile, read_yaml

PARENT_KEY = "ke_thua"
_OPENING_VERB = {"huong-dan": "hướng dẫn tổ chức thực hiện", "ke-hoach": "xây dựng kế hoạch thực hiện"}


class Resolver:
    """Reads content files into documents, once each, following `ke_thua` chains."""

    def __init__(
        self,
        content_root: Path,
        issuers: dict[str, Issuer],
        stamp: Callable[[Document, Issuer], Document] | None = None,
    ) -> None:
        self.content_root = content_root.resolve()
        self.issuers = issuers
        self.stamp = stamp
        self._done: dict[Path, tuple[Document, ...]] = {}

    def document_id(self, path: Path) -> str:
        """The register key of a file without `ma`: its path inside content/, without .yaml (unique per file)."""
        try:
            return path.resolve().relative_to(self.content_root).with_suffix("").as_posix()
        except ValueError:
            return path.stem

    def _grouped(self, document: Document, group: str | None) -> Document:
        """A document built for every profile of a group depends on every profile: one may join the group."""
        if group is None:
            return document
        profiles = tuple(issuer.source for issuer in self.issuers.values() if issuer.source)
        return dataclasses.replace(document, group=group, inputs=document.inputs + profiles)

    def _numbered(self, document: Document) -> Document:
        """The document with the số and date it gets from the content file or the register (issuing.Numbering)."""
        if self.stamp is None:
            return document
        return self.stamp(document, self.issuers[document.issuer_id])

    def documents(self, path: Path, chain: tuple[Path, ...] = ()) -> tuple[Document, ...]:
        """Every document `path` describes (one per issuer), inheritance resolved."""
        path = path.resolve()
        if path not in self._done:
            source = read_yaml(path)
            child = isinstance(source.data, dict) and PARENT_KEY in source.data
            self._done[path] = self._child(source, (*chain, path)) if child else self._base(source)
        return self._done[path]

    def _base(self, source: YamlFile) -> tuple[Document, ...]:
        content = validate(source, ContentFile)
        problems = reference_problems(source, content.kind, content.numbering, content.summary)
        if problems:
            raise ContentError(problems)
        ids = issuer_ids(source, content.issuer, content.issuer_group, self.issuers)
        batch = content.issuer_group is not None or isinstance(content.issuer, list)
        default_id = self.document_id(source.path)
        documents = tuple(
            self._numbered(
                self._grouped(document_from(source, content, issuer_id, batch, default_id), content.issuer_group)
            )
            for issuer_id in ids
        )
        _check_unique_ids(documents[0].sections, source.path)
        return documents

    def _child(self, source: YamlFile, chain: tuple[Path, ...]) -> tuple[Document, ...]:
        child = validate(source, ChildFile)
        problems = reference_problems(source, child.kind, child.numbering, child.summary)
        if problems:
            raise ContentError(problems)
        parent = self._parent(source, child, chain)
        if child.issuer is None and child.issuer_group is None:
            ids, batch = [parent.issuer_id], False
        else:
            ids = issuer_ids(source, child.issuer, child.issuer_group, self.issuers)
            batch = child.issuer_group is not None or isinstance(child.issuer, list)
        edited = apply_edits(
            parent.sections if child.sections is None else sections(child.sections, source, ("muc",)), child, source
        )
        return tuple(
            self._numbered(
                self._grouped(self._derive(parent, child, source, issuer_id, edited, batch), child.issuer_group)
            )
            for issuer_id in ids
        )

    def _parent(self, source: YamlFile, child: ChildFile, chain: tuple[Path, ...]) -> Document:
        reference = child.parent if isinstance(child.parent, str) else child.parent.path
        wanted = None if isinstance(child.parent, str) else child.parent.issuer
        line = source.line_of((PARENT_KEY,))
        target = (source.path.parent / reference).resolve()

        def problem(message: str, hint: str) -> ContentError:
            return ContentError(Problem(message, file=source.path, line=line, field=PARENT_KEY, hint=hint))

        if self.content_root not in target.parents:
            raise problem(
                f"Tệp cấp trên `{reference}` nằm ngoài thư mục content/.",
                "Chỉ kế thừa tệp trong content/ (đường dẫn tính từ thư mục của tệp này).",
            )
        if target in chain:
            cycle = " → ".join(p.name for p in (*chain[chain.index(target) :], target))
            raise problem(f"Kế thừa vòng tròn: {cycle}.", "Bỏ `ke_thua` ở một trong các tệp để cắt vòng.")
        if not target.is_file():
            raise problem(f"Không có tệp cấp trên `{reference}`.", "Kiểm tra đường dẫn (tính từ thư mục của tệp này).")
        parents = self.documents(target, chain)
        if wanted is not None:
            match = [d for d in parents if d.issuer_id == wanted]
            if not match:
                raise problem(
                    f"Tệp cấp trên không có bản của cơ quan `{wanted}`.",
                    "Các bản có: " + ", ".join(d.issuer_id for d in parents) + ".",
                )
            return match[0]
        if len(parents) > 1:
            raise problem(
                "Tệp cấp trên tạo văn bản cho nhiều cơ quan; cần chọn một bản.",
                f"Ghi: ke_thua: {{tep: {reference}, co_quan: <mã cơ quan>}}.",
            )
        return parents[0]

    def reissue(self, parent: Document, issuer_id: str) -> Document:
        """`parent` re-issued as its own document by `issuer_id` (`vanban build FILE --co-quan …`)."""
        empty = ChildFile.model_validate({PARENT_KEY: parent.source.name})
        return self._numbered(
            self._derive(parent, empty, YamlFile(parent.source, {}, {}), issuer_id, parent.sections, batch=True)
        )

    def _derive(
        self,
        parent: Document,
        child: ChildFile,
        source: YamlFile,
        issuer_id: str,
        edited: tuple[Section, ...],
        batch: bool,
    ) -> Document:
        """The parent re-issued by `issuer_id`: inherited content, own metadata (spec §6.2 căn cứ)."""
        same_issuer = issuer_id == parent.issuer_id
        kind = document_types()[child.kind] if child.kind else parent.kind
        citation = None if same_issuer else self.citation(parent)
        opening = (
            tuple(child.opening)
            if child.opening is not None
            else (parent.opening if citation is None else (self._opening(citation, kind.key, issuer_id),))
        )
        inherited: dict[str, Any] = {
            "number": None,  # a child is its own document: its own số
            "id": self.document_id(source.path),
            "opening": opening,
            "signer": parent.signer if same_issuer else None,
            "recipients": parent.recipients if same_issuer else None,
            "archive": parent.archive if same_issuer else None,
            "sequence": parent.sequence if same_issuer else None,
        }
        return dataclasses.replace(
            parent,
            source=source.path,
            kind=kind,
            issuer_id=issuer_id,
            sections=edited,
            numbering=numbering_levels(child.numbering, None) or parent.numbering,
            parent=citation or parent.parent,
            inputs=(source.path, *parent.inputs),
            batch=batch,
            **(inherited | written_fields(child, source)),
        )

    def citation(self, document: Document) -> Citation:
        """How a child cites `document` the first time (spec §6.2)."""
        issuer = self.issuers[document.issuer_id]
        return Citation(
            type_name=document.kind.name,
            number=document.number,
            code=ky_hieu(document, issuer),
            date=None if document.is_draft else document.date,
            year=document.date.year,
            issuer=issuer_in_text(issuer),
            summary=summary_text(document.summary),
            issuer_id=issuer.id,
            document_id=document.id or "",
        )

    def _opening(self, citation: Citation, kind: str, issuer_id: str) -> str:
        verb = _OPENING_VERB.get(kind, "triển khai thực hiện")
        text = cited(citation)
        return f"Thực hiện {text}, {issuer_in_text(self.issuers[issuer_id])} {verb} như sau:"


def _all_ids(sections_: tuple[Section, ...]) -> list[str]:
    out = []
    for section in sections_:
        if section.id:
            out.append(section.id)
        out += _all_ids(section.sections)
    return out


def _check_unique_ids(sections_: tuple[Section, ...], path: Path) -> None:
    seen: set[str] = set()
    problems = []
    for section in _walk(sections_):
        if section.id in seen:
            problems.append(
                Problem(
                    f"Mã mục `{section.id}` được dùng hai lần.",
                    file=path,
                    line=section.line,
                    field="id",
                    hint="Mỗi mục một mã riêng, để văn bản cấp dưới sửa đúng mục.",
                )
            )
        if section.id:
            seen.add(section.id)
    if problems:
        raise ContentError(problems)


def _walk(sections_: tuple[Section, ...]) -> Iterator[Section]:
    for section in sections_:
        yield section
        yield from _walk(section.sections)


def _rewrite(
    sections_: tuple[Section, ...], target: str, change: Callable[[Section], tuple[Section, ...]]
) -> tuple[tuple[Section, ...], bool]:
    """Replace the section with id `target` (at any depth) by `change(section)`; report whether it was found."""
    out: list[Section] = []
    found = False
    for section in sections_:
        if section.id == target:
            out.extend(change(section))
            found = True
            continue
        children, inner = _rewrite(section.sections, target, change)
        found = found or inner
        out.append(dataclasses.replace(section, sections=children) if inner else section)
    return tuple(out), found


def apply_edits(sections_: tuple[Section, ...], child: ChildFile, source: YamlFile) -> tuple[Section, ...]:
    """Apply `sua_muc` in order; every edit naming an unknown id is reported with its line."""
    problems = []
    for position, edit in enumerate(child.edits):
        location = ("sua_muc", position)
        new = sections(edit.sections, source, (*location, "muc"))
        operation, target, change = _operation(edit, new, items(edit.items))
        sections_, found = _rewrite(sections_, target, change)
        if not found:
            close = difflib.get_close_matches(target, _all_ids(sections_), n=1)
            problems.append(
                Problem(
                    f"Không có mục mã `{target}` để {operation}.",
                    file=source.path,
                    line=source.line_of(location),
                    field=f"sua_muc[{position}]",
                    hint=(f"Có phải là `{close[0]}`? " if close else "") + "Mã mục xem ở trường `id` của tệp cấp trên.",
                )
            )
    if problems:
        raise ContentError(problems)
    if not sections_:
        raise ContentError(
            Problem(
                "Sau khi sửa, văn bản không còn mục nào.",
                file=source.path,
                field="sua_muc",
                hint="Giữ lại ít nhất một mục.",
            )
        )
    return sections_


def _operation(
    edit: EditIn, new: tuple[Section, ...], new_items: tuple[Item, ...]
) -> tuple[str, str, Callable[[Section], tuple[Section, ...]]]:
    if edit.replace:
        return "thay", edit.replace, lambda s: new
    if edit.insert_before:
        return "chèn trước", edit.insert_before, lambda s: (*new, s)
    if edit.insert_after:
        return "chèn sau", edit.insert_after, lambda s: (s, *new)
    if edit.remove:
        return "xóa", edit.remove, lambda s: ()
    assert edit.add_to is not None  # EditIn's validator: exactly one operation is set
    return (
        "thêm vào",
        edit.add_to,
        lambda s: (
            dataclasses.replace(
                s,
                paragraphs=s.paragraphs + tuple(edit.paragraphs),
                items=s.items + new_items,
                sections=s.sections + new,
            ),
        ),
    )


_CITED_DATE = r"\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"


def cites_old_parent(document: Document, parent: Citation) -> str | None:
    """A child whose own opening cites its parent's số or date that the parent no longer has (issue 3 point 6)."""
    texts = " ".join(document.opening)
    citations = re.findall(rf"(\d+)/{re.escape(parent.code)}\b(?:{_CITED_DATE})?", texts)
    numbers = {int(c[0]) for c in citations}
    if numbers and parent.number not in numbers:
        cited = ", ".join(f"{n:02d}/{parent.code}" for n in sorted(numbers))
        now = f"{parent.number:02d}/{parent.code}" if parent.number else "chưa có số"
        return f"dòng mở đầu trích số {cited}, nhưng văn bản cấp trên nay là {now}"
    dates = {(int(d), int(m), int(y)) for _, d, m, y in citations if y}
    current = (parent.date.day, parent.date.month, parent.date.year) if parent.date else None
    if dates and current not in dates:
        cited = ", ".join(f"{d:02d}/{m:02d}/{y}" for d, m, y in sorted(dates))
        now = f"{current[0]:02d}/{current[1]:02d}/{current[2]}" if current else "(chưa có)"
        return f"dòng mở đầu trích ngày {cited} của văn bản cấp trên, nhưng văn bản đó nay ghi ngày {now}"
    return None
