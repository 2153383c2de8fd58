"""Resolve inheritance: a content file that `ke_thua` (extends) another gets everything from it, then
its own overrides and its edits (`sua_muc`, generator/editing.py) of sections, tables and annexes by id.

Chains have any depth (national → provincial → grassroots). A file resolves to one document per
issuer (`co_quan` list or `co_quan_nhom`), each parent file is read once per build, and a cycle, a
parent outside content/, or an edit naming an unknown id is an error naming the file, line and id.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .composing import issuer_in_text, ky_hieu
from .document import Citation, Document, Issuer
from .editing import Body, apply_edits, check_unique_ids
from .errors import ContentError, Problem
from .formatting import cited, summary_text
from .loading import (
    appendices,
    document_from,
    document_types,
    issuer_ids,
    numbering_levels,
    reference_problems,
    sections,
    written_fields,
)
from .schema import ChildFile, ContentFile
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
        """A document built for every profile of a group: its content file depends on every profile (one
        may join the group), each document only on its own inputs (one edited profile rebuilds one document)."""
        if group is None:
            return document
        profiles = tuple(issuer.source for issuer in self.issuers.values() if issuer.source)
        return dataclasses.replace(document, group=group, group_inputs=profiles)

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
        check_unique_ids(Body(documents[0].sections, documents[0].appendices), source.path)
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
        edited = apply_edits(self._inherited_body(parent, child, source), child, source)
        check_unique_ids(edited, source.path, with_sections=False)
        return tuple(
            self._numbered(
                self._grouped(self._derive(parent, child, source, issuer_id, edited, batch), child.issuer_group)
            )
            for issuer_id in ids
        )

    @staticmethod
    def _inherited_body(parent: Document, child: ChildFile, source: YamlFile) -> Body:
        """What `sua_muc` edits: the parent's sections and annexes, or those the child writes itself."""
        return Body(
            parent.sections if child.sections is None else sections(child.sections, source, ("muc",)),
            parent.appendices if child.appendices is None else appendices(child.appendices, source),
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
        body = Body(parent.sections, parent.appendices)
        return self._numbered(self._derive(parent, empty, YamlFile(parent.source, {}, {}), issuer_id, body, batch=True))

    def _derive(
        self,
        parent: Document,
        child: ChildFile,
        source: YamlFile,
        issuer_id: str,
        edited: Body,
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
            "joint": parent.joint if same_issuer else None,  # another body's copy is its own, not liên tịch
            "recipients": parent.recipients if same_issuer else None,
            "archive": parent.archive if same_issuer else None,
            "sequence": parent.sequence if same_issuer else None,
        }
        return dataclasses.replace(
            parent,
            source=source.path,
            kind=kind,
            issuer_id=issuer_id,
            sections=edited.sections,
            numbering=numbering_levels(child.numbering, None) or parent.numbering,
            parent=citation or parent.parent,
            inputs=(source.path, *parent.inputs, *self._profile(parent.issuer_id)),
            group_inputs=(),
            batch=batch,
            **(inherited | written_fields(child, source) | {"appendices": edited.appendices}),
        )

    def _profile(self, issuer_id: str) -> tuple[Path, ...]:
        """The profile file of the issuer of an inherited text: its names and signer reach the child."""
        source = self.issuers[issuer_id].source if issuer_id in self.issuers else None
        return (source,) if source else ()

    def citation(self, document: Document) -> Citation:
        """How a child cites `document` the first time (spec §6.2)."""
        issuer = self.issuers[document.issuer_id]
        return Citation(
            type_name=document.kind.name,
            number=document.number,
            code=ky_hieu(document, issuer, document.regime),
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
