"""Compose the render context: strings and lists only, every format decision already made.

The keys are the contract with templates_docx/*.docx (docs/architecture.md, "Render context"). Body paragraphs
are `{kieu, van_ban}` pairs; `kieu` names the template style that prints them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from .document import Appendix, Document, Issuer, Item, Signer
from .errors import ContentError, Problem
from .formatting import (
    ISSUER_RULE,
    PARTY,
    SUMMARY_RULE,
    appendix_label,
    authority_lines,
    citation,
    closing,
    date_line,
    document_code,
    header_marks,
    number_line,
    party_number_line,
    recipient_lines,
    rule_indent,
    signed_mark,
    signer_problems,
    summary_text,
    type_name,
    upper,
)
from .numbering import NumberedSection, number_sections, scheme
from .tables import laid_out

Paragraph = dict[str, Any]  # {kieu, van_ban}, or a table {kieu: "bang", tieu_de, cot, hang} (tables.laid_out)


def _paragraph(kind: str, text: str) -> Paragraph:
    return {"kieu": kind, "van_ban": text}


def element_texts(element: Paragraph) -> list[str]:
    """The printed texts of one body element: a paragraph's text, or a table's caption and cells."""
    if element["kieu"] != "bang":
        return [element["van_ban"]]
    return [element["tieu_de"], *(cell["van_ban"] for row in element["hang"] for cell in row["o"])]


def _closed(body: list[Paragraph], regime: str | None) -> list[Paragraph]:
    """The last paragraph ends with `./.` (spec §3 row 6; a Party document's with «.»); an appendix ending with a
    table keeps the table as it is."""
    if body and body[-1]["kieu"] != "bang":
        body[-1] = _paragraph(body[-1]["kieu"], closing(body[-1]["van_ban"], regime))
    return body


def _closed_body(body: list[Paragraph], regime: str | None) -> list[Paragraph]:
    """The body's last sentence ends with `./.` (spec §3 row 6); a body ending with a table (a chương trình, a
    danh sách) has no last sentence, so `./.` is a line of its own under the table, as offices write it."""
    if body and body[-1]["kieu"] == "bang" and regime != PARTY:
        return [*body, _paragraph("doan", "./.")]
    return _closed(body, regime)


def item_paragraphs(items: tuple[Item, ...], depth: int = 1) -> list[Paragraph]:
    """`- ý` then `+ ý con` (spec §6.2: bullet and sub-bullet); deeper items keep `+`."""
    out = []
    for item in items:
        mark, kind = ("-", "y-1") if depth == 1 else ("+", "y-2")
        out.append(_paragraph(kind, f"{mark} {item.text}"))
        out.extend(item_paragraphs(item.items, depth + 1))
    return out


def section_paragraphs(numbered: NumberedSection) -> list[Paragraph]:
    """The paragraphs of one section and its subsections, numbers included (spec §6.1, §6.2)."""
    section, kind = numbered.section, numbered.kind
    title = upper(section.title) if section.title and kind.upper_title else section.title
    out: list[Paragraph] = []
    if kind.standalone:
        out += [_paragraph("tieu-de-giua", numbered.marker), _paragraph("tieu-de-giua", title or "")]
    elif title is not None:
        out.append(_paragraph(f"muc-{min(numbered.depth, 6)}", f"{numbered.marker} {title}"))
    else:
        out.append(_paragraph("doan", f"{numbered.marker} {section.lead}"))
    out += [_paragraph("doan", text) for text in section.paragraphs]
    out += item_paragraphs(section.items)
    out += [laid_out(table) for table in section.tables]
    for child in numbered.children:
        out += section_paragraphs(child)
    return out


def body_paragraphs(document: Document, numbered: tuple[NumberedSection, ...]) -> list[Paragraph]:
    """Opening paragraphs, the numbered sections, then the closing sentence ending `./.`."""
    out = [_paragraph("doan", text) for text in document.opening]
    for section in numbered:
        out += section_paragraphs(section)
    if document.closing:
        return [*out, _paragraph("doan", closing(document.closing, document.regime))]
    return _closed_body(out, document.regime)


def _appendix(document: Document, appendix: Appendix, position: int, reference: str) -> dict[str, Any]:
    kinds = scheme(appendix.numbering or document.numbering, document.kind.numbering)
    numbered = number_sections(appendix.sections, kinds, document.source)
    body = [_paragraph("doan", text) for text in appendix.paragraphs] + item_paragraphs(appendix.items)
    body += [laid_out(table) for table in appendix.tables]
    for section in numbered:
        body += section_paragraphs(section)
    return {
        "nhan": appendix_label(position, len(document.appendices)),
        "tieu_de": upper(appendix.title),
        "kem_theo": f"(Kèm theo {reference})",
        "than": _closed(body, document.regime),
    }


def ky_hieu(document: Document, issuer: Issuer, regime: str | None = None) -> str:
    """`KH-LĐLĐ`; a council or board with its own sequence (`day_so`) signs with its own code: `KH-HĐTĐKT` (spec §5.1);
    in `regime` dang the Party form `KH/CB` (document_code)."""
    return document_code(document.kind.abbreviation, document.sequence or issuer.code, regime)


def issuer_in_text(issuer: Issuer) -> str:
    """`Ban Thường vụ Công đoàn Viên chức tỉnh Sóc Trăng`: who issued, as written inside a sentence."""
    name = issuer.name_in_text or " ".join(issuer.name_lines)
    if not issuer.collective or name.casefold().startswith(issuer.collective.casefold() + " "):
        return name  # «Chi bộ ấp Hóc Thơm 1», whose collective is the Chi bộ itself, is not written twice
    return f"{issuer.collective} {name}"


def check_signer(signer: Signer, field: str = "nguoi_ky") -> None:
    """Raise ContentError for a signature block that breaks spec §7 / §13.6 (`field`: where it is written)."""
    problems = signer_problems(signer)
    if problems:
        raise ContentError(
            [Problem(text, file=signer.source, line=signer.line, field=field, hint=hint) for text, hint in problems]
        )


@dataclass(frozen=True)
class SignatureBlock:
    """Khối chữ ký: dòng thẩm quyền, dòng “(Đã ký)” (có thể trống), họ tên."""

    tham_quyen: list[str]
    dong_ky: str
    ho_ten: str


@dataclass(frozen=True)
class PartySignature:
    """Khối chữ ký văn bản Đảng (HD 36-HD/VPTW Phụ lục 3 dòng 7): quyền hạn ký (T/M …, K/T …) in hoa đậm,
    chức vụ người ký in hoa không đậm; the template prints these instead of `chu_ky.tham_quyen`."""

    quyen_han: list[str]
    chuc_vu: list[str]


@dataclass(frozen=True)
class JointContext:
    """Văn bản liên tịch: tên cơ quan cùng ban hành (in hoa, dưới tên cơ quan chủ trì ở phần đầu) và khối chữ
    ký của cơ quan đó, in bên trái hàng chữ ký (`dang`: như `RenderContext.dang`, trong văn bản Đảng)."""

    co_quan: list[str]
    chu_ky: SignatureBlock
    dang: PartySignature | None


def signature(signer: Signer, regime: str | None) -> tuple[SignatureBlock, PartySignature | None]:
    """One signer's block (spec §7) and, in a Party document, its HD 36 split: quyền hạn over chức vụ."""
    authority = authority_lines(signer, regime)
    block = SignatureBlock(authority, signed_mark(signer), signer.name)
    return block, PartySignature(authority[:-1], authority[-1:]) if regime == PARTY else None


def joint_context(document: Document) -> JointContext | None:
    """The other body of a văn bản liên tịch (`lien_tich`), None for a document of one issuer.

    The spec (format.md §2, §7) and the ND30 text in tests/fixtures say nothing of liên tịch documents; this
    follows the common practice of joint documents under ND30 [Practice, unverified]: the lead issuer's số and
    ký hiệu, both names in the header's left column (the other body's under the lead's), and two signature
    blocks on one row, the lead issuer's on the RIGHT (ô 7, where a single signer signs) and the other body's
    on the LEFT, over the Nơi nhận.
    """
    joint = document.joint
    if joint is None:
        return None
    check_signer(joint.signer, "lien_tich.nguoi_ky")
    block, party = signature(joint.signer, document.regime)
    return JointContext([upper(line) for line in joint.name_lines], block, party)


@dataclass(frozen=True)
class RenderContext:
    """Ngữ cảnh của mẫu Word — the contract with templates_docx/*.docx: each field is a template
    variable of the same name, a ready-made string or list (docs/architecture.md, "Render context")."""

    co_quan_chu_quan: list[str]
    co_quan_ban_hanh: list[str]
    quoc_hieu: str
    tieu_ngu: str
    so_ky_hieu: str
    dia_danh_ngay: str
    ten_loai: str
    trich_yeu: str
    than: list[Paragraph]
    noi_nhan: list[str]
    chu_ky: SignatureBlock
    phu_luc: list[dict[str, Any]]
    tieu_de: str | None = None  # «ĐẢNG CỘNG SẢN VIỆT NAM» / «ĐOÀN TNCS HỒ CHÍ MINH» when `tieu_ngu` is ""
    dau_sao: str | None = None  # «*» / «***» under the issuer when `tieu_ngu` is ""
    dang: PartySignature | None = None  # a Party document: HD 36 sizes in the header, its signature and Nơi nhận
    lien_tich: JointContext | None = None  # a văn bản liên tịch: the other body's name and signature block
    ke_co_quan: int | None = None  # the indent of the line under the issuer when the template's is not 1/3–1/2
    ke_trich_yeu: int | None = None  # the same under the trích yếu (spec §3 rows 2, 5a; formatting.rule_indent)

    def values(self) -> dict[str, Any]:
        """The variables as the template engine takes them (and as the golden files record them). The
        Party/Đoàn keys and `lien_tich` appear only in those documents: the template reads the first only when
        `tieu_ngu` is empty and `lien_tich` under `{% if lien_tich %}`, and any other document's values (its
        golden file, the fingerprint of an issued version) stay as they were."""
        values = dataclasses.asdict(self)
        return {key: value for key, value in values.items() if key not in OPTIONAL_KEYS or value is not None}


OPTIONAL_KEYS = ("tieu_de", "dau_sao", "dang", "lien_tich", "ke_co_quan", "ke_trich_yeu")  # left out when None


def render_context(document: Document, issuer: Issuer, numbered: tuple[NumberedSection, ...]) -> RenderContext:
    """The whole context for one document of one issuer."""
    signer = document.signer or issuer.signer
    check_signer(signer)
    code = ky_hieu(document, issuer, document.regime)  # `KH/CB` in a Party document (HD 36-HD/VPTW)
    issued_on = None if document.is_draft else document.date
    reference = citation(
        document.kind.name, document.number, code, issued_on, document.date.year, issuer_in_text(issuer)
    )
    recipients = document.recipients if document.recipients is not None else issuer.recipients
    archive = document.archive if document.archive is not None else issuer.archive
    marks = header_marks(document.regime)
    party = document.regime == PARTY
    block, party_block = signature(signer, document.regime)
    joint = joint_context(document)
    issuer_lines = [upper(line) for line in issuer.name_lines]
    summary = summary_text(document.summary)
    return RenderContext(
        co_quan_chu_quan=[upper(line) for line in issuer.parent_lines],
        co_quan_ban_hanh=issuer_lines,
        quoc_hieu=marks.national_title,
        tieu_ngu=marks.motto,
        so_ky_hieu=(party_number_line(document.number, code) if party else number_line(document.number, code)),
        dia_danh_ngay=date_line(issuer.place, issued_on, document.date.year),
        ten_loai=type_name(document.kind.name, joint is not None),
        trich_yeu=summary,
        than=body_paragraphs(document, numbered),
        noi_nhan=recipient_lines(recipients, archive, document.regime),
        chu_ky=block,
        phu_luc=[_appendix(document, a, i, reference) for i, a in enumerate(document.appendices, start=1)],
        tieu_de=marks.title,
        dau_sao=marks.star,
        dang=party_block,
        lien_tich=joint,
        ke_co_quan=None if marks.star else rule_indent([*issuer_lines, *(joint.co_quan if joint else [])], ISSUER_RULE),
        ke_trich_yeu=None if party else rule_indent([summary], SUMMARY_RULE),
    )
