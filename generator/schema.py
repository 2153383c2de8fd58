"""What is read from disk: the content file and the issuer profile (pydantic, Vietnamese keys).

Keys are plain Vietnamese without diacritics because office staff edit them; every model forbids
unknown keys so a typo is an error with a line number. `vanban schema` prints the JSON Schema of
`ContentFile` so editors can complete and check keys.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
SectionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
ORG_CODE = r"^[A-Za-zĐđ0-9]+(-[A-Za-zĐđ0-9]+)*$"  # spec §5.1: a ký hiệu's letters, no spaces, no tone marks
OrgCode = Annotated[str, StringConstraints(pattern=ORG_CODE)]
# Whose header rules a document follows: 933/QĐ-TLĐ (spec §11), ND30, the Party, the Đoàn.
Regime = Literal["cong-doan", "nha-nuoc", "dang", "doan"]


class _Edge(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class ItemIn(_Edge):
    """Một ý có ý con: `noi_dung` là dòng "-", `y` là các dòng "+" bên dưới."""

    text: Text = Field(alias="noi_dung", description="Nội dung ý (dòng gạch đầu dòng).")
    items: list[Text | ItemIn] = Field(default_factory=list, alias="y", description="Các ý con.")


class ColumnIn(_Edge):
    """Một cột của bảng."""

    title: Text = Field(alias="ten", description="Tên cột, in ở dòng tiêu đề của bảng, ví dụ: Nội dung.")
    width: float | None = Field(
        None, alias="rong", gt=0, description="Độ rộng (cm). Bỏ trống = chia đều phần còn lại của khổ giấy."
    )
    align: Literal["trai", "giua", "phai", "deu"] = Field(
        "trai", alias="can", description="Căn lề chữ trong cột: trai, giua, phai, deu (đều hai bên)."
    )
    summed: bool = Field(
        False,
        alias="cong",
        description="Cột số tiền, số lượng: in dạng 1.234.567 và cộng ở dòng tổng cuối bảng.",
    )


class CellIn(_Edge):
    """Một ô gộp nhiều cột hoặc nhiều dòng."""

    text: str | int | float = Field(alias="noi_dung", description="Nội dung ô.")
    colspan: int = Field(1, alias="gop_cot", ge=1, description="Số cột ô này chiếm (gộp ô theo chiều ngang).")
    rowspan: int = Field(1, alias="gop_dong", ge=1, description="Số dòng ô này chiếm (gộp ô theo chiều dọc).")


CellValue = str | int | float | CellIn | None


class RowIn(_Edge):
    """Một dòng có mã: `id` để văn bản cấp dưới sửa, xóa đúng dòng này; `o` là các ô."""

    id: SectionId | None = Field(
        None,
        description="Mã ổn định của dòng (chữ thường, gạch nối): văn bản cấp dưới chỉ dòng theo mã này thì vẫn "
        "đúng dòng khi cấp trên thêm, bớt dòng phía trên.",
    )
    cells: list[CellValue] = Field(alias="o", description="Các ô của dòng, theo thứ tự cột.")


RowValue = list[CellValue] | RowIn
RowRef = int | SectionId  # a row or an annex: its number, counted from 1, or its id


class TableIn(_Edge):
    """Một bảng: tên bảng, các cột, các dòng (mỗi dòng là danh sách các ô, theo thứ tự cột)."""

    id: SectionId | None = Field(None, description="Mã ổn định của bảng (chữ thường, gạch nối).")
    title: Text | None = Field(None, alias="tieu_de", description="Tên bảng, in đậm ở giữa phía trên bảng.")
    columns: list[ColumnIn] = Field(alias="cot", min_length=1, description="Các cột, từ trái sang phải.")
    rows: list[RowValue] = Field(
        default_factory=list,
        alias="dong",
        description="Các dòng; mỗi dòng là danh sách ô, hoặc {id: mã dòng, o: [các ô]}. "
        "Ô bị ô gộp dòng phía trên che thì không ghi.",
    )
    total_label: Text = Field("Tổng cộng", alias="dong_tong", description="Chữ ở dòng tổng (khi có cột `cong`).")


class SectionIn(_Edge):
    """Một mục. Không ghi số thứ tự: số được tính tự động theo cấp (I., 1., 1.1., a) …)."""

    id: SectionId | None = Field(
        None, description="Mã ổn định của mục (chữ thường, gạch nối), để văn bản cấp dưới sửa theo mã."
    )
    title: Text | None = Field(None, alias="tieu_de", description="Tiêu đề mục, ví dụ: Mục đích, yêu cầu.")
    lead: Text | None = Field(
        None, alias="noi_dung", description="Câu văn đứng ngay sau số thứ tự khi mục không có tiêu đề."
    )
    paragraphs: list[Text] = Field(default_factory=list, alias="doan", description="Các đoạn văn của mục.")
    items: list[Text | ItemIn] = Field(default_factory=list, alias="y", description="Các ý gạch đầu dòng (-).")
    tables: list[TableIn] = Field(
        default_factory=list, alias="bang", description="Các bảng, in sau đoạn văn và các ý, trước các mục con."
    )
    sections: list[SectionIn] = Field(default_factory=list, alias="muc", description="Các mục con.")

    @model_validator(mode="after")
    def _title_or_lead(self) -> SectionIn:
        if self.title is None and self.lead is None:
            raise ValueError("title_or_lead")
        if self.title is not None and self.lead is not None:
            raise ValueError("title_and_lead")
        return self


class SignerIn(_Edge):
    """Người ký (spec §7): thẩm quyền, chức vụ, họ tên."""

    authority: Text | None = Field(
        None,
        alias="tham_quyen",
        description="Dòng thẩm quyền: TM. BAN THƯỜNG VỤ, KT. CHỦ TỊCH … Bỏ trống khi người đứng đầu ký.",
    )
    signs_for: Text | None = Field(
        None, alias="ky_thay", description="Kiểu Nhà nước: chức vụ người đứng đầu sau KT., in dưới dòng TM."
    )
    title: Text = Field(alias="chuc_vu", description="Chức vụ người ký, ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH.")
    name: Text = Field(alias="ho_ten", description="Họ và tên, không ghi học hàm, học vị.")
    signed_mark: bool = Field(False, alias="da_ky", description="In dòng (Đã ký) — chỉ dùng cho bản đăng tải.")


class JointIssuerIn(_Edge):
    """Cơ quan cùng ban hành văn bản liên tịch (không phải cơ quan chủ trì): tên in ở phần đầu, dưới tên cơ
    quan chủ trì; khối chữ ký ở bên trái, cơ quan chủ trì ở bên phải."""

    name_lines: Text | list[Text] = Field(
        alias="ten",
        description="Tên cơ quan cùng ban hành, in hoa ở phần đầu dưới tên cơ quan chủ trì; danh sách để tự ngắt "
        "dòng, ví dụ: [SỞ Y TẾ, TỈNH GIA LAI].",
    )
    signer: SignerIn = Field(alias="nguoi_ky", description="Người ký của cơ quan cùng ban hành (khối chữ ký bên trái).")


class AppendixIn(_Edge):
    """Một phụ lục (spec §10)."""

    id: SectionId | None = Field(
        None, description="Mã ổn định của phụ lục (chữ thường, gạch nối), để văn bản cấp dưới sửa theo mã."
    )
    title: Text = Field(alias="tieu_de")
    numbering: Text | list[Text] | None = Field(
        None,
        alias="danh_so",
        description="Kiểu đánh số riêng của phụ lục (một quy định kèm theo quyết định có chương, điều): tên bộ hoặc "
        "danh sách kiểu từng cấp; bỏ trống = như văn bản.",
    )
    paragraphs: list[Text] = Field(default_factory=list, alias="doan")
    items: list[Text | ItemIn] = Field(default_factory=list, alias="y")
    tables: list[TableIn] = Field(default_factory=list, alias="bang", description="Các bảng của phụ lục.")
    sections: list[SectionIn] = Field(default_factory=list, alias="muc")


class DocumentFields(_Edge):
    """Các trường chung của tệp nội dung; tệp kế thừa (`ke_thua`) ghi đè bất kỳ trường nào trong số này."""

    kind: Text | None = Field(None, alias="loai", description="Thể loại: ke-hoach, huong-dan, bao-cao …")
    issuer: Text | list[Text] | None = Field(
        None,
        alias="co_quan",
        description="Mã cơ quan ban hành = tên tệp trong content/co-quan/; một danh sách mã = mỗi cơ quan một văn bản.",
    )
    issuer_group: Text | None = Field(
        None,
        alias="co_quan_nhom",
        description="Tạo một văn bản cho mỗi cơ quan thuộc nhóm này (trường `nhom` của hồ sơ), ví dụ: ldld-tinh.",
    )
    number: int | None = Field(None, alias="so", ge=1, description="Số văn bản. Bỏ trống = dự thảo (Số:      /KH-…).")
    date: dt.date | None = Field(
        None, alias="ngay", description="Ngày ban hành, dạng NĂM-THÁNG-NGÀY, ví dụ 2017-11-07. Dự thảo chỉ in năm."
    )
    summary: Text | None = Field(
        None, alias="trich_yeu", description="Trích yếu: nội dung tóm tắt, viết hoa chữ đầu câu."
    )
    sequence: OrgCode | None = Field(
        None,
        alias="day_so",
        description="Chữ viết tắt của hội đồng, ban, tổ giúp việc có dãy số riêng (quy tắc §5.1), ví dụ HĐTĐKT: "
        "văn bản lấy số trong dãy riêng này và ký hiệu thành KH-HĐTĐKT. Bỏ trống = dãy số chung của cơ quan.",
    )
    id: SectionId | None = Field(
        None,
        alias="ma",
        description="Mã ổn định của văn bản (dùng cho sổ văn bản đi). Mặc định: đường dẫn tệp trong content/, bỏ .yaml.",
    )
    regime: Regime | None = Field(
        None,
        alias="che_do",
        description="Hệ thống văn bản của cơ quan ban hành: cong-doan, nha-nuoc (phần đầu theo ND30: Quốc hiệu, "
        "Tiêu ngữ), dang (in «ĐẢNG CỘNG SẢN VIỆT NAM» thay Quốc hiệu và Tiêu ngữ, dấu * dưới tên cơ quan), doan "
        "(in «ĐOÀN TNCS HỒ CHÍ MINH», dấu *** dưới tên cơ quan). Bỏ trống = như cong-doan; tệp kế thừa lấy giá "
        "trị của tệp cấp trên nếu không tự ghi. `vanban import` ghi trường này.",
    )
    numbering: Text | list[Text] | None = Field(
        None,
        alias="danh_so",
        description="Kiểu đánh số: tên bộ (mac-dinh, chu-cai, thu-tu, dieu-khoan) hoặc danh sách kiểu từng cấp.",
    )
    opening: list[Text] | None = Field(
        None,
        alias="mo_dau",
        description="Các đoạn mở đầu: căn cứ, Thực hiện …, bối cảnh. Văn bản kế thừa bỏ trống = tự sinh dòng căn cứ.",
    )
    sections: list[SectionIn] | None = Field(None, alias="muc", min_length=1, description="Các mục của nội dung.")
    closing: Text | None = Field(None, alias="ket_thuc", description="Câu kết thúc; dấu ./. được thêm tự động.")
    signer: SignerIn | None = Field(
        None, alias="nguoi_ky", description="Người ký, nếu khác người ký mặc định của cơ quan."
    )
    joint: JointIssuerIn | None = Field(
        None,
        alias="lien_tich",
        description="Văn bản liên tịch: cơ quan cùng ban hành với cơ quan chủ trì (`co_quan`) — tên (`ten`) và "
        "người ký (`nguoi_ky`). Số, ký hiệu, địa danh, nơi nhận là của cơ quan chủ trì; tên loại in thêm "
        "«LIÊN TỊCH»; hai khối chữ ký trên một hàng, cơ quan chủ trì bên phải.",
    )
    recipients: list[Text] | None = Field(
        None, alias="noi_nhan", description="Nơi nhận, nếu khác mặc định của cơ quan (không ghi dòng Lưu)."
    )
    archive: list[Text] | None = Field(None, alias="luu", description="Dòng Lưu, ví dụ [VT, VP].")
    appendices: list[AppendixIn] | None = Field(None, alias="phu_luc", description="Các phụ lục kèm theo.")


class ContentFile(DocumentFields):
    """Tệp nội dung một văn bản (kế hoạch, hướng dẫn …)."""

    kind: Text = Field(alias="loai", description="Thể loại: ke-hoach, huong-dan, bao-cao …")
    date: dt.date | None = Field(
        None,
        alias="ngay",
        description="Ngày ban hành, dạng NĂM-THÁNG-NGÀY, ví dụ 2017-11-07. Có thể bỏ: dự thảo chỉ in năm, "
        "`vanban build --ban-hanh` ghi ngày ban hành (--ngay, mặc định hôm nay).",
    )
    summary: Text = Field(alias="trich_yeu", description="Trích yếu: nội dung tóm tắt, viết hoa chữ đầu câu.")
    sections: list[SectionIn] = Field(alias="muc", min_length=1, description="Các mục của nội dung.")
    amends: Text | None = Field(
        None,
        alias="sua_doi",
        description="Văn bản sửa đổi, bổ sung: tệp nội dung của văn bản được sửa (tính từ thư mục của tệp này). "
        "Khi ban hành tệp này, nội dung hiện tại của văn bản đó được ghi vào sổ là phiên bản mới.",
    )

    @model_validator(mode="after")
    def _one_issuer_field(self) -> ContentFile:
        if (self.issuer is None) == (self.issuer_group is None):
            raise ValueError("issuer_or_group")
        return self


class ParentRef(_Edge):
    """Văn bản cấp trên được kế thừa, khi văn bản đó được tạo cho nhiều cơ quan."""

    path: Text = Field(alias="tep", description="Đường dẫn tới tệp cấp trên, tính từ thư mục của tệp này.")
    issuer: Text = Field(alias="co_quan", description="Bản của cơ quan nào (mã hồ sơ) được kế thừa.")


EDIT_OPERATIONS: dict[str, tuple[str, ...]] = {  # each `sua_muc` operation → the other keys it reads
    "thay": ("muc",),
    "chen_truoc": ("muc",),
    "chen_sau": ("muc",),
    "xoa": (),
    "them_vao": ("doan", "y", "muc", "bang"),
    "thay_bang": ("bang",),
    "xoa_bang": (),
    "them_dong": ("dong", "sau_dong"),
    "thay_dong": ("dong_so", "dong"),
    "xoa_dong": ("dong_so",),
    "thay_phu_luc": ("phu_luc",),
    "xoa_phu_luc": (),
    "them_phu_luc": ("sau_phu_luc",),
}


class EditIn(_Edge):
    """Một thao tác sửa văn bản cấp trên: một mục theo mã mục (`id`), một bảng theo mã bảng, các dòng của
    bảng hoặc một phụ lục theo mã hay số thứ tự."""

    replace: SectionId | None = Field(None, alias="thay", description="Thay mục có mã này bằng `muc` (một mục).")
    insert_before: SectionId | None = Field(
        None, alias="chen_truoc", description="Chèn các mục `muc` trước mục có mã này."
    )
    insert_after: SectionId | None = Field(None, alias="chen_sau", description="Chèn các mục `muc` sau mục có mã này.")
    remove: SectionId | None = Field(None, alias="xoa", description="Bỏ mục có mã này.")
    add_to: SectionId | None = Field(
        None, alias="them_vao", description="Thêm `doan`, `y`, `muc` hoặc `bang` vào cuối mục có mã này."
    )
    replace_table: SectionId | None = Field(
        None,
        alias="thay_bang",
        description="Thay bảng có mã này bằng bảng ở `bang` (một bảng; không ghi `id` thì giữ mã cũ).",
    )
    remove_table: SectionId | None = Field(None, alias="xoa_bang", description="Bỏ bảng có mã này.")
    add_rows: SectionId | None = Field(
        None,
        alias="them_dong",
        description="Thêm các dòng `dong` vào bảng có mã này: cuối bảng (trước dòng tổng cộng), "
        "hoặc ngay sau dòng `sau_dong`.",
    )
    replace_rows: SectionId | None = Field(
        None,
        alias="thay_dong",
        description="Thay các dòng `dong_so` của bảng có mã này bằng các dòng `dong`, lần lượt từng dòng.",
    )
    remove_rows: SectionId | None = Field(
        None, alias="xoa_dong", description="Bỏ các dòng `dong_so` của bảng có mã này."
    )
    replace_appendix: RowRef | None = Field(
        None,
        alias="thay_phu_luc",
        description="Thay phụ lục có mã này (hoặc số thứ tự: 1 = Phụ lục I) bằng phụ lục ở `phu_luc`.",
    )
    remove_appendix: RowRef | None = Field(
        None, alias="xoa_phu_luc", description="Bỏ phụ lục có mã này (hoặc số thứ tự: 1 = Phụ lục I)."
    )
    add_appendices: list[AppendixIn] | None = Field(
        None,
        alias="them_phu_luc",
        min_length=1,
        description="Các phụ lục thêm vào: cuối văn bản, hoặc ngay sau phụ lục `sau_phu_luc`.",
    )
    sections: list[SectionIn] = Field(default_factory=list, alias="muc", description="Các mục dùng cho thao tác.")
    paragraphs: list[Text] = Field(default_factory=list, alias="doan", description="Các đoạn thêm vào (với them_vao).")
    items: list[Text | ItemIn] = Field(default_factory=list, alias="y", description="Các ý thêm vào (với them_vao).")
    tables: list[TableIn] = Field(
        default_factory=list,
        alias="bang",
        description="Bảng thay thế (với thay_bang), hoặc các bảng thêm vào cuối mục (với them_vao).",
    )
    rows: list[RowValue] = Field(
        default_factory=list,
        alias="dong",
        description="Các dòng mới (với them_dong, thay_dong), viết như `dong` của bảng.",
    )
    row_numbers: RowRef | list[RowRef] | None = Field(
        None,
        alias="dong_so",
        description="Các dòng được thay hoặc bỏ (với thay_dong, xoa_dong): số thứ tự dòng, đếm từ 1, không tính "
        "dòng tiêu đề, hoặc mã dòng (`id`). Ví dụ: [2, 5].",
    )
    after_row: RowRef | None = Field(
        None,
        alias="sau_dong",
        description="Thêm ngay sau dòng này (số thứ tự hoặc mã dòng; 0 = lên đầu bảng). Bỏ trống = cuối bảng.",
    )
    appendices: list[AppendixIn] = Field(
        default_factory=list,
        alias="phu_luc",
        description="Phụ lục thay thế (với thay_phu_luc; không ghi `id` thì giữ mã cũ).",
    )
    after_appendix: RowRef | None = Field(
        None,
        alias="sau_phu_luc",
        description="Thêm ngay sau phụ lục này (mã hoặc số thứ tự; 0 = lên đầu). Bỏ trống = sau phụ lục cuối.",
    )

    @property
    def row_refs(self) -> list[int | str]:
        """`dong_so` as a list (one number or id may be written without brackets)."""
        value = self.row_numbers
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]

    @property
    def operation(self) -> str:
        """The operation written, by its key (`thay`, `them_dong` …): the validator allows exactly one."""
        return self._operations()[0]

    def _operations(self) -> list[str]:
        names = {field.alias or name: name for name, field in type(self).model_fields.items()}
        return [key for key in EDIT_OPERATIONS if getattr(self, names[key]) is not None]

    @model_validator(mode="after")
    def _one_operation(self) -> EditIn:
        operations = self._operations()
        if len(operations) != 1:
            raise ValueError("one_operation")
        operation = operations[0]
        uses = EDIT_OPERATIONS[operation]
        fields = type(self).model_fields
        unused = sorted({fields[name].alias or name for name in self.model_fields_set} - {operation, *uses})
        if unused:
            keys = ", ".join(f"`{k}`" for k in uses) or "(không có)"
            raise ValueError(f"unused_key:{unused[0]}:{operation}:{keys}")
        broken = self._missing(operation)
        if broken:
            raise ValueError(broken)
        return self

    def _missing(self, operation: str) -> str | None:
        """The rule `operation` breaks for lack of what it needs (the messages are in validation._RULES)."""
        checks = (
            (operation in ("thay", "chen_truoc", "chen_sau") and not self.sections, "needs_sections"),
            (operation == "thay" and len(self.sections) > 1, "replace_one"),
            (
                operation == "them_vao" and not (self.sections or self.paragraphs or self.items or self.tables),
                "needs_content",
            ),
            (operation == "thay_bang" and len(self.tables) != 1, "replace_one_table"),
            (operation in ("them_dong", "thay_dong") and not self.rows, "needs_rows"),
            (operation in ("thay_dong", "xoa_dong") and not self.row_refs, "needs_row_numbers"),
            (operation == "thay_dong" and len(self.row_refs) != len(self.rows), "rows_count"),
            (operation == "thay_phu_luc" and len(self.appendices) != 1, "replace_one_annex"),
        )
        return next((rule for broken, rule in checks if broken), None)


class ChildFile(DocumentFields):
    """Tệp kế thừa: lấy toàn bộ văn bản cấp trên, ghi đè các trường và sửa mục theo mã."""

    parent: Text | ParentRef = Field(
        alias="ke_thua",
        description="Tệp văn bản cấp trên (đường dẫn tính từ thư mục của tệp này), hoặc {tep, co_quan}.",
    )
    edits: list[EditIn] = Field(
        default_factory=list,
        alias="sua_muc",
        description="Các thao tác sửa mục, bảng, phụ lục, làm lần lượt: thay, chen_truoc, chen_sau, xoa, them_vao "
        "(mục); thay_bang, xoa_bang, them_dong, thay_dong, xoa_dong (bảng); thay_phu_luc, xoa_phu_luc, them_phu_luc.",
    )


class IssuerFile(_Edge):
    """Hồ sơ cơ quan ban hành (content/co-quan/<ma>.yaml)."""

    parent_lines: list[Text] = Field(
        default_factory=list,
        alias="co_quan_chu_quan",
        description="Tên cơ quan chủ quản trực tiếp, mỗi dòng một phần tử.",
    )
    name_lines: Text | list[Text] = Field(
        alias="ten", description="Tên cơ quan ban hành (đầy đủ); danh sách để tự ngắt dòng."
    )
    name_in_text: Text | None = Field(
        None, alias="ten_goi", description="Tên viết thường trong câu văn, ví dụ: Liên đoàn Lao động tỉnh Gia Lai."
    )
    collective: Text | None = Field(
        None, alias="tap_the", description="Tập thể lãnh đạo ban hành, ví dụ: Ban Thường vụ."
    )
    code: OrgCode = Field(alias="ky_hieu", description="Chữ viết tắt tên cơ quan trong ký hiệu, ví dụ: LĐLĐ, CĐVC.")
    place: Text = Field(alias="dia_danh", description="Địa danh ghi ở dòng ngày tháng, ví dụ: Sóc Trăng.")
    signer: SignerIn = Field(alias="nguoi_ky", description="Người ký mặc định.")
    recipients: list[Text] = Field(
        default_factory=list, alias="noi_nhan", description="Nơi nhận mặc định (không ghi dòng Lưu)."
    )
    archive: list[Text] = Field(
        default_factory=lambda: ["VT"], alias="luu", description="Dòng Lưu mặc định, ví dụ [VT, VP]."
    )
    groups: list[Text] = Field(default_factory=list, alias="nhom", description="Các nhóm cơ quan, ví dụ: ldld-tinh.")
    trial: bool = Field(
        False,
        alias="thu_nghiem",
        description="Hồ sơ thử nghiệm: người ký giả định (Nguyễn Văn A) vẫn được ban hành thử. "
        "Hồ sơ của cơ quan thật bỏ trường này: khi đó `--ban-hanh` từ chối người ký giả định.",
    )


def json_schema(profile: bool = False) -> dict[str, Any]:
    """The JSON Schema editors use: a content file (a complete document or one with `ke_thua`), or a profile."""
    if profile:
        return IssuerFile.model_json_schema(by_alias=True)
    schema = TypeAdapter(ContentFile | ChildFile).json_schema(by_alias=True)
    schema["title"] = "Tệp nội dung vanban (văn bản gốc, hoặc văn bản kế thừa có ke_thua)"
    return schema


class ProjectFile(_Edge):
    """Tệp cài đặt dự án `vanban.yaml` (không bắt buộc), ở thư mục chứa content/."""

    pdf: bool = Field(False, alias="pdf", description="Tạo PDF bên cạnh mỗi .docx mỗi lần build (như --pdf).")
    pdf_a: bool = Field(False, alias="pdf_a", description="PDF/A-2b để ký số, lưu trữ (như --pdf-a).")
    pdf_timeout: float = Field(
        120.0,
        alias="pdf_gioi_han_giay",
        gt=0,
        description="Số giây tối đa cho một lượt LibreOffice (như --pdf-timeout).",
    )
