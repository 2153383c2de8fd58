"""Papers that are no administrative document of ND30, by their tên loại (spec §5.2, ND30 Phụ lục III).

An office's internal forms follow its own working rules (a Văn phòng UBND's phiếu trình: 5 mm margins, a 16 pt
title); a đơn is a person's letter to a body (often a mẫu gửi kèm, spec §10); a thỏa ước lao động tập thể is an
agreement of two parties under the Labour Code; a giấy đề nghị (thanh toán, tạm ứng, chi quỹ) is a person's
accounting voucher (the chứng từ of Thông tư 200/2014/TT-BTC) — the giấy of ND30 are only ủy quyền, mời, giới thiệu
and nghỉ phép. Only the font, the paper and the ruling of data tables are judged on them; the .docx checker and the
PDF checker share this list. A file typed in VNI fonts cannot be read at all: only what needs no reading is judged on
it (one in TCVN3 fonts is decoded first, tcvn3.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..doctypes import type_codes
from .legacyfonts import encoding_of

# a phiếu giao việc gives one employee a task (held-out 9 r15, «PHIẾU GIAO VIỆC CHO NHÂN VIÊN»): no ND30 type either
INTERNAL_FORMS = frozenset({"PHIẾU TRÌNH", "PHIẾU CHUYỂN", "PHIẾU XỬ LÝ", "PHIẾU BÁO", "PHIẾU GIAO VIỆC"})
OTHER_PAPERS = {
    "ĐƠN": "là đơn của cá nhân, không phải văn bản hành chính của ND30 (Phụ lục III)",
    "THỎA ƯỚC": "là thỏa thuận giữa hai bên theo Bộ luật Lao động, không phải thể loại văn bản của ND30 (Phụ lục III)",
    "BẢN TỰ KIỂM ĐIỂM": "là bản tự kiểm điểm của một cá nhân (đảng viên, cán bộ), không phải văn bản của cơ quan, tổ "
    "chức (ND30 Điều 1; HD 36-HD/VPTW: văn bản của tổ chức đảng)",
    "GIẤY ĐỀ NGHỊ": "là giấy đề nghị của cá nhân (chứng từ kế toán), không phải thể loại văn bản của ND30 (Phụ lục III "
    "chỉ có giấy ủy quyền, giấy mời, giấy giới thiệu, giấy nghỉ phép)",
}
FORM_REASON = "là mẫu nội bộ, không phải thể loại văn bản hành chính của ND30 (Phụ lục III)"
# A paper with the Quốc hiệu but neither an issuing body nor a Số: ND30 governs the documents of bodies (Điều 1, 2)
# and every one names its issuer and carries a Số (Điều 8); this is a paper of persons (a đơn, an agreement of two
# people) whatever its title.
PERSONS_REASON = (
    "không có tên cơ quan ban hành và số, ký hiệu: là giấy tờ của cá nhân, không phải văn bản hành chính của ND30 "
    "(Điều 1, Điều 8)"
)
FORM_RULES = frozenset({"phong-chu", "kho-giay", "vien-bang"})
# ND30 Điều 7 has four «giấy» (ủy quyền, mời, giới thiệu, nghỉ phép); any other GIẤY … (a giấy đề nghị chi quỹ, a giấy
# xác nhận) is a form of its own (held-out 7 p14).
GIAY = "GIẤY"
GIAY_REASON = "là giấy không thuộc bốn loại giấy của ND30 (giấy ủy quyền, giấy mời, giấy giới thiệu, giấy nghỉ phép)"


# TCVN3 (ABC) and VNI fonts draw Vietnamese from 8-bit codes: a file typed in them holds «®¶ng céng s¶n viÖt nam»
# where ĐẢNG CỘNG SẢN VIỆT NAM is printed (held-out 8 q05, .VnTime and .VnTimeH). TCVN3 is decoded (tcvn3.py); the
# words of a VNI file cannot be read, so its components are not looked for: only what needs no reading (font, paper,
# margins, page numbers, table ruling) is judged (spec §1: «Unicode theo TCVN 6909:2001»).
LEGACY_RULES = frozenset({"phong-chu", "kho-giay", "le-trang", "so-trang", "vien-bang"})
LEGACY_REASON = (
    "văn bản gõ bằng phông TCVN3/VNI (không phải Unicode): không đọc được chữ để tìm các thành phần thể thức"
)


def legacy_text(characters: Iterable[tuple[str, int]]) -> bool:
    """Whether most of the visible characters, given as (font, count), are in TCVN3/VNI fonts."""
    legacy = total = 0
    for font, count in characters:
        total += count
        legacy += count if encoding_of(font) is not None else 0
    return total > 0 and legacy * 2 > total


def kind_of(name: str, kinds: Iterable[str]) -> str | None:
    """The kind among `kinds` that `name` is, or begins with as a whole word (`ĐƠN GIA NHẬP …`)."""
    name = " ".join(name.split()).upper()
    return next((kind for kind in kinds if name == kind or name.startswith(kind + " ")), None)


def form_reason(name: str) -> str | None:
    """Why a paper titled `name` is judged only as a form, or None for an ND30 type."""
    name = " ".join(name.split()).upper()
    if kind_of(name, INTERNAL_FORMS):
        return f"«{name}» {FORM_REASON}"
    kind = kind_of(name, OTHER_PAPERS)
    if kind:
        return f"«{name}» {OTHER_PAPERS[kind]}"
    giay = [known for known in type_codes() if known.startswith(GIAY + " ")]
    return f"«{name}» {GIAY_REASON}" if kind_of(name, (GIAY,)) and not kind_of(name, giay) else None
