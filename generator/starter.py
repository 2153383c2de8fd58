"""The starter content file written by `vanban new`: the usual parts of a plan or guidance, to fill in."""

from __future__ import annotations

import datetime as dt

_STARTER = """\
# Tệp nội dung {ten_loai} — điền vào các chỗ "…", rồi chạy: vanban build {ten_tep}
# Không ghi số thứ tự mục (I., 1., a) …): vanban tự đánh số theo thể thức ND30.
# Câu có dấu hai chấm (:) phải đặt trong ngoặc kép "…".
loai: {loai}
co_quan: {co_quan}          # tên tệp hồ sơ cơ quan trong content/co-quan/ (không có .yaml)
# so: 1                     # bỏ dấu # và ghi số khi ban hành; để trống = dự thảo
ngay: {ngay}              # NĂM-THÁNG-NGÀY
trich_yeu: …              # tóm tắt nội dung, viết hoa chữ đầu, không có dấu chấm cuối
mo_dau:
  - "Thực hiện …, Ban Thường vụ … xây dựng {loai_thuong} … như sau:"
muc:
  - id: muc-dich-yeu-cau
    tieu_de: Mục đích, yêu cầu
    muc:
      - id: muc-dich
        tieu_de: Mục đích
        y:
          - …
      - id: yeu-cau
        tieu_de: Yêu cầu
        y:
          - …
  - id: noi-dung
    tieu_de: Nội dung
    muc:
      - tieu_de: …
        doan:
          - …
  - id: giai-phap
    tieu_de: Giải pháp
    y:
      - …
  - id: to-chuc-thuc-hien
    tieu_de: Tổ chức thực hiện
    muc:
      - tieu_de: …
        y:
          - …
ket_thuc: "Trên đây là {loai_thuong} …, đề nghị các đơn vị triển khai thực hiện."
# nguoi_ky, noi_nhan, luu: bỏ trống để dùng mặc định trong hồ sơ cơ quan.
"""

_NAMES = {"ke-hoach": "Kế hoạch", "huong-dan": "Hướng dẫn"}


def starter_text(kind: str, issuer_id: str, file_name: str, today: dt.date) -> str:
    """A content file with the usual sections of a kế hoạch or hướng dẫn (mục đích, yêu cầu; nội dung; giải pháp; tổ chức thực hiện)."""
    name = _NAMES[kind]
    return _STARTER.format(
        ten_loai=name.lower(),
        loai=kind,
        loai_thuong=name.lower(),
        co_quan=issuer_id,
        ngay=today.isoformat(),
        ten_tep=file_name,
    )
