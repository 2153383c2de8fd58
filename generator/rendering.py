"""Render a context into a .docx: docxtpl as the engine behind one small wrapper.

A template is loaded once per build: docxtpl's `patch_xml` turns the Word XML into Jinja source,
which is compiled once in a sandboxed environment with undefined variables as errors, and its other
parts are compressed once (`zipping`). Each document then costs one Jinja render, the compression of
its `word/document.xml` and a raw copy of the rest. The zip entries carry a fixed timestamp and keep
the template's order, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import ImmutableSandboxedEnvironment
from lxml import etree

from .bodyxml import STYLE_OF_KIND, body_xml
from .composing import RenderContext
from .errors import Problem, TemplateError
from .zipping import DOCUMENT_LEVEL, Member, archive, compressed

DOCUMENT_PART = "word/document.xml"
ISSUER_RULE_STYLE, SUMMARY_RULE_STYLE = "VB Gach co quan", "VB Gach trich yeu"
# What follows w:ind in w:pPr (ECMA-376 CT_PPrBase, then w:rPr, w:sectPr, w:pPrChange)
_AFTER_IND = re.compile(
    r"<w:(?:contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|"
    r"outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b"
)
STYLES_PART = "word/styles.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class CompiledTemplate:
    """Một mẫu Word đã biên dịch: các phần (thứ tự của mẫu), các phần tĩnh đã nén sẵn, phần nội dung
    dạng Jinja, bảng tên kiểu → mã kiểu."""

    path: Path
    parts: tuple[tuple[str, bytes], ...]
    members: tuple[Member | None, ...]  # compressed once; None at word/document.xml, rendered per document
    document: jinja2.Template
    style_ids: dict[str, str]


def environment() -> ImmutableSandboxedEnvironment:
    """The Jinja environment for templates: sandboxed, strict, escaping text for XML."""
    return ImmutableSandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=True, keep_trailing_newline=True)


def load_template(path: Path) -> CompiledTemplate:
    """Read and compile a .docx template once; a broken or missing one is a TemplateError."""
    try:
        with zipfile.ZipFile(path) as template_zip:
            parts = tuple((info.filename, template_zip.read(info)) for info in template_zip.infolist())
    except (OSError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            Problem(
                "Không mở được mẫu Word.", file=path, hint="Kiểm tra tệp trong templates_docx/ (mở được bằng Word)."
            )
        ) from exc
    contents = dict(parts)
    if DOCUMENT_PART not in contents or STYLES_PART not in contents:
        raise TemplateError(Problem("Mẫu Word thiếu phần nội dung hoặc bảng kiểu.", file=path))
    source = DocxTemplate(path).patch_xml(contents[DOCUMENT_PART].decode("utf-8"))
    source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
    try:
        compiled = environment().from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(Problem(f"Cú pháp Jinja trong mẫu sai ({exc.message}).", file=path)) from exc
    styles = etree.fromstring(contents[STYLES_PART], etree.XMLParser(resolve_entities=False, no_network=True))
    style_ids = {
        name.get(f"{_W}val"): style.get(f"{_W}styleId")
        for style in styles.iter(f"{_W}style")
        if (name := style.find(f"{_W}name")) is not None
    }
    missing = sorted(set(STYLE_OF_KIND.values()) - set(style_ids))
    if missing:
        raise TemplateError(
            Problem(
                f"Mẫu Word thiếu các kiểu đoạn: {', '.join(missing)}.",
                file=path,
                hint="Thêm các kiểu này trong Word (Styles) hoặc dùng lại mẫu gốc.",
            )
        )
    members = tuple(None if name == DOCUMENT_PART else compressed(name, data) for name, data in parts)
    return CompiledTemplate(path, parts, members, compiled, style_ids)


def template_values(context: RenderContext, style_ids: dict[str, str]) -> dict[str, Any]:
    """The render context with body paragraph lists turned into styled WordprocessingML paragraphs."""
    # Every field, `dang` and `lien_tich` (None outside Party and liên tịch documents) included, which
    # `values()` leaves out for golden files and fingerprints. Shallow: the template reads the signature
    # blocks' fields as attributes, and `values()`'s deep copy cost more than the Jinja render (issue 15).
    docx_context = {field.name: getattr(context, field.name) for field in dataclasses.fields(context)}
    docx_context["than"] = body_xml(context.than, style_ids)
    docx_context["phu_luc"] = [{**a, "than": body_xml(a["than"], style_ids)} for a in context.phu_luc]
    return docx_context


def render_parts(template: CompiledTemplate, context: RenderContext) -> dict[str, bytes]:
    """One document's parts (the template's, with its `word/document.xml` rendered), in the template's order."""
    try:
        xml = template.document.render(template_values(context, template.style_ids))
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            Problem(f"Mẫu Word dùng biến không có trong ngữ cảnh ({exc.message}).", file=template.path)
        ) from exc
    xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
    xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    xml = _with_rule_indents(
        xml, template.style_ids, {ISSUER_RULE_STYLE: context.ke_co_quan, SUMMARY_RULE_STYLE: context.ke_trich_yeu}
    )
    return {name: xml.encode("utf-8") if name == DOCUMENT_PART else data for name, data in template.parts}


def _with_rule_indents(xml: str, style_ids: dict[str, str], indents: dict[str, int | None]) -> str:
    """The line paragraphs of those styles given this document's indent (composing: `ke_co_quan`, `ke_trich_yeu`)."""
    for style, indent in indents.items():
        if indent is not None and style in style_ids:
            pattern = rf'<w:pPr><w:pStyle w:val="{re.escape(style_ids[style])}"/>.*?</w:pPr>'
            xml = re.sub(pattern, functools.partial(_indented, indent=indent), xml)
    return xml


def _indented(match: re.Match[str], indent: int) -> str:
    """`w:ind` put where ECMA-376 orders it in `w:pPr`: before the first of _AFTER_IND, or last; kept if there."""
    properties = match[0]
    if "<w:ind " in properties:
        return properties
    after = _AFTER_IND.search(properties)
    at = after.start() if after else len(properties) - len("</w:pPr>")
    return f'{properties[:at]}<w:ind w:left="{indent}" w:right="{indent}"/>{properties[at:]}'


def packaged(template: CompiledTemplate, parts: dict[str, bytes]) -> bytes:
    """The .docx of a document's parts: its `word/document.xml` compressed now, the rest copied raw."""
    document = compressed(DOCUMENT_PART, parts[DOCUMENT_PART], DOCUMENT_LEVEL)
    return archive(member or document for member in template.members)


def render(template: CompiledTemplate, context: RenderContext) -> bytes:
    """One document's .docx bytes, deterministic for the same template and context."""
    return packaged(template, render_parts(template, context))
