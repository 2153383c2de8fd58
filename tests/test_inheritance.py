"""Inheritance (`ke_thua`), edits by section id, localisation variables and their sandbox, batches."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.errors import ContentError
from generator.inheritance import Resolver
from generator.loading import load_issuers
from generator.pipeline import Options, Project, build, plan

BASE = """\
loai: huong-dan
co_quan: cdcs-thu
so: 3
ngay: 2024-02-05
trich_yeu: Tổ chức thực hiện cuộc vận động
mo_dau: [Căn cứ tình hình thực tế, Ban Chấp hành hướng dẫn như sau.]
muc:
  - id: muc-dich
    tieu_de: Mục đích
    y: [Nâng cao nhận thức.]
  - id: noi-dung
    tieu_de: Nội dung
    muc:
      - id: tap-the
        tieu_de: Đối với tập thể
        doan: [Xây dựng đơn vị văn minh.]
      - id: ca-nhan
        tieu_de: Đối với cá nhân
        doan: [Thực hiện kỷ cương.]
  - id: to-chuc
    tieu_de: Tổ chức thực hiện
    doan: ["{{ co_quan.ten_goi }} triển khai tại {{ dia_danh }}."]
"""

SECOND = """\
co_quan_chu_quan: [TỔNG LĐLĐ VIỆT NAM]
ten: [LIÊN ĐOÀN LAO ĐỘNG, TỈNH GIA LAI]
ten_goi: Liên đoàn Lao động tỉnh Gia Lai
tap_the: Ban Thường vụ
ky_hieu: LĐLĐ
dia_danh: Gia Lai
nguoi_ky: {tham_quyen: TM. BAN THƯỜNG VỤ, chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn B}
noi_nhan: [Tổng LĐLĐ Việt Nam (để b/c)]
nhom: [ldld-tinh]
"""


@pytest.fixture
def tree(project: Path) -> Path:
    """project + a base file, a second issuer in group ldld-tinh, and a folder for children."""
    (project / "content" / "ke-hoach.yaml").unlink()
    (project / "content" / "goc.yaml").write_text(BASE, encoding="utf-8")
    (project / "content" / "co-quan" / "ldld-gia-lai.yaml").write_text(SECOND, encoding="utf-8")
    (project / "content" / "con").mkdir()
    return project


def child(tree: Path, text: str, name: str = "con/a.yaml") -> Path:
    path = tree / "content" / name
    path.write_text(text, encoding="utf-8")
    return path


def resolve(tree: Path, path: Path):
    return Resolver(tree / "content", load_issuers(tree / "content")).documents(path)


def titles(sections) -> list:
    return [(s.id, [c.id for c in s.sections]) for s in sections]


HEAD = "ke_thua: ../goc.yaml\nco_quan: ldld-gia-lai\nngay: 2025-09-15\n"

EDITS = [
    (
        "thay",
        "sua_muc:\n  - thay: tap-the\n    muc: [{id: moi, tieu_de: Mới}]\n",
        [("muc-dich", []), ("noi-dung", ["moi", "ca-nhan"]), ("to-chuc", [])],
    ),
    (
        "chen_truoc",
        "sua_muc:\n  - chen_truoc: noi-dung\n    muc: [{id: moi, tieu_de: Mới}, {id: moi-2, tieu_de: Mới 2}]\n",
        [("muc-dich", []), ("moi", []), ("moi-2", []), ("noi-dung", ["tap-the", "ca-nhan"]), ("to-chuc", [])],
    ),
    (
        "chen_sau",
        "sua_muc:\n  - chen_sau: ca-nhan\n    muc: [{id: moi, tieu_de: Mới}]\n",
        [("muc-dich", []), ("noi-dung", ["tap-the", "ca-nhan", "moi"]), ("to-chuc", [])],
    ),
    ("xoa", "sua_muc:\n  - xoa: muc-dich\n  - xoa: ca-nhan\n", [("noi-dung", ["tap-the"]), ("to-chuc", [])]),
    (
        "them_vao muc",
        "sua_muc:\n  - them_vao: noi-dung\n    muc: [{id: moi, tieu_de: Mới}]\n",
        [("muc-dich", []), ("noi-dung", ["tap-the", "ca-nhan", "moi"]), ("to-chuc", [])],
    ),
]


@pytest.mark.parametrize(("what", "edits", "expected"), EDITS, ids=[e[0] for e in EDITS])
def test_section_edits_by_id(tree, what, edits, expected):
    (document,) = resolve(tree, child(tree, HEAD + edits))
    assert titles(document.sections) == expected


def test_them_vao_appends_paragraphs_and_items(tree):
    (document,) = resolve(
        tree, child(tree, HEAD + "sua_muc:\n  - them_vao: tap-the\n    doan: [Đoạn thêm.]\n    y: [Ý thêm.]\n")
    )
    section = document.sections[1].sections[0]
    assert section.paragraphs == ("Xây dựng đơn vị văn minh.", "Đoạn thêm.")
    assert [i.text for i in section.items] == ["Ý thêm."]


def test_child_inherits_everything_and_overrides_metadata(tree):
    (document,) = resolve(tree, child(tree, HEAD + "trich_yeu: Trích yếu riêng\nso: 7\n"))
    assert (document.issuer_id, document.number, str(document.date), document.summary) == (
        "ldld-gia-lai",
        7,
        "2025-09-15",
        "Trích yếu riêng",
    )
    assert titles(document.sections)[0] == ("muc-dich", [])
    assert document.signer is None and document.recipients is None  # the child's own profile defaults


def test_generated_can_cu_cites_the_parent_in_full(tree):
    (document,) = resolve(tree, child(tree, HEAD))
    # spec §6.2: first citation gives type, number/ký hiệu, date, issuer and trích yếu
    assert document.opening == (
        "Thực hiện Hướng dẫn số 03/HD-CĐCS ngày 05 tháng 02 năm 2024 của Ban Chấp hành Công đoàn cơ sở Công ty Thử nghiệm "
        "về tổ chức thực hiện cuộc vận động, Ban Thường vụ Liên đoàn Lao động tỉnh Gia Lai hướng dẫn tổ chức thực hiện như sau:",
    )


def test_own_opening_wins_and_may_use_can_cu(tree):
    path = child(tree, HEAD + 'mo_dau: ["Căn cứ {{ can_cu }}; Ban Thường vụ hướng dẫn như sau:"]\n')
    jobs, _ = plan(Project(tree), [path])
    assert jobs[0].context.than[0]["van_ban"].startswith("Căn cứ Hướng dẫn số 03/HD-CĐCS ngày 05 tháng 02 năm 2024 của")


def test_chain_of_three_levels(tree):
    child(tree, HEAD + "sua_muc:\n  - xoa: muc-dich\n")
    third = child(
        tree, "ke_thua: a.yaml\nco_quan: cdcs-thu\nngay: 2025-10-01\nsua_muc:\n  - xoa: ca-nhan\n", "con/b.yaml"
    )
    (document,) = resolve(tree, third)
    assert titles(document.sections) == [("noi-dung", ["tap-the"]), ("to-chuc", [])]
    assert document.parent.issuer_id == "ldld-gia-lai"
    # the chain's files, then the profiles of the issuers whose text it inherits (goc's, then a's)
    assert [p.name for p in document.inputs] == ["b.yaml", "a.yaml", "goc.yaml", "cdcs-thu.yaml", "ldld-gia-lai.yaml"]


def test_localisation_variables_filled_for_each_issuer(tree):
    path = child(tree, "ke_thua: ../goc.yaml\nco_quan: [ldld-gia-lai, cdcs-thu]\nngay: 2025-09-15\n")
    jobs, _ = plan(Project(tree), [path])
    last = {job.issuer.id: job.context.than[-1]["van_ban"] for job in jobs}
    assert last == {
        "ldld-gia-lai": "Liên đoàn Lao động tỉnh Gia Lai triển khai tại Gia Lai./.",
        "cdcs-thu": "Công đoàn cơ sở Công ty Thử nghiệm triển khai tại Gia Lai./.",
    }
    assert {job.output.relative_to(tree / "output").parts[0] for job in jobs} == {"ldld-gia-lai", "cdcs-thu"}


@pytest.mark.parametrize(
    ("expression", "rendered"),
    [
        ("{{ ngay | ngay_viet }}", "ngày 15 tháng 9 năm 2025"),
        ("{{ ngay | cong_ngay(30) | ngay_viet }}", "ngày 15 tháng 10 năm 2025"),
        ("{{ ngay | thu }}", "Thứ Hai"),
        ("{{ 4609 | so }}", "4.609"),
        ("{{ nam }}", "2025"),
        ("{{ cap_tren }}", "Ban Chấp hành Công đoàn cơ sở Công ty Thử nghiệm"),
        ("{{ co_quan.ky_hieu }}", "LĐLĐ"),
    ],
)
def test_variables_and_filters(tree, expression, rendered):
    path = child(tree, HEAD + f'sua_muc:\n  - them_vao: to-chuc\n    doan: ["{expression}"]\n')
    jobs, _ = plan(Project(tree), [path])
    assert jobs[0].context.than[-1]["van_ban"] == rendered + "./."


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("{{ khong_co }}", "Không có biến hay thuộc tính `khong_co`"),
        ("{{ co_quan.tengoi }}", "Không có biến hay thuộc tính `tengoi`"),
        ("{{ ngay | ngayviet }}", "Không có bộ lọc `ngayviet`"),
        ("{{ co_quan.__class__.__mro__ }}", "bị chặn"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "bị chặn"),
        ("{{ cycler.__init__.__globals__ }}", "bị chặn"),
        ("{% include '/etc/passwd' %}", "không được chèn tệp khác"),
        ("{% import 'os' as os %}", "không được chèn tệp khác"),
        ("{{ co_quan.ten_goi.upper.__globals__ }}", "Không có biến hay thuộc tính `__globals__`"),
        ("{{ co_quan.update({'ten': 'x'}) }}", "bị chặn"),
        ("{{ x", "viết sai"),
    ],
)
def test_sandbox_refuses_code_files_and_blanks(tree, expression, words):
    path = child(tree, HEAD + f'sua_muc:\n  - them_vao: to-chuc\n    doan: ["{expression}"]\n')
    with pytest.raises(ContentError) as caught:
        plan(Project(tree), [path])
    problem = caught.value.problems[0]
    assert words in problem.message, problem.message
    assert problem.file == path.resolve()
    assert any(words in problem.hint for words in ("co_quan.ten_goi", "bộ lọc", "{{", "Viết thẳng")), problem.hint


ERRORS = [
    ("unknown id", HEAD + "sua_muc:\n  - xoa: ca-nhann\n", 5, "sua_muc[0]", "`ca-nhann`", "Có phải là `ca-nhan`?"),
    (
        "two operations",
        HEAD + "sua_muc:\n  - xoa: ca-nhan\n    thay: tap-the\n",
        5,
        "sua_muc[0]",
        "đúng một trong",
        None,
    ),
    ("replace without section", HEAD + "sua_muc:\n  - thay: ca-nhan\n", 5, "sua_muc[0]", "cần các mục mới", None),
    ("outside content", "ke_thua: ../../goc.yaml\nco_quan: cdcs-thu\n", 1, "ke_thua", "ngoài thư mục content/", None),
    ("missing parent", "ke_thua: ../khong-co.yaml\n", 1, "ke_thua", "Không có tệp cấp trên", None),
    ("unknown key", HEAD + "sua_muc:\n  - xoaa: ca-nhan\n", 5, "sua_muc[0].xoaa", "`xoaa`", "Có phải là `xoa`?"),
]


@pytest.mark.parametrize(("what", "text", "line", "field", "words", "hint"), ERRORS, ids=[e[0] for e in ERRORS])
def test_inheritance_errors_name_file_line_and_id(tree, what, text, line, field, words, hint):
    path = child(tree, text)
    with pytest.raises(ContentError) as caught:
        resolve(tree, path)
    problem = caught.value.problems[0]
    assert (problem.file.resolve(), problem.line, problem.field) == (path.resolve(), line, field)
    assert words in problem.message
    if hint:
        assert hint in problem.hint


def test_inheritance_cycle(tree):
    a = child(tree, "ke_thua: b.yaml\n", "con/a.yaml")
    child(tree, "ke_thua: a.yaml\n", "con/b.yaml")
    with pytest.raises(ContentError) as caught:
        resolve(tree, a)
    assert "vòng tròn: a.yaml → b.yaml → a.yaml" in caught.value.problems[0].message


def test_batch_parent_needs_an_issuer_choice(tree):
    child(tree, "ke_thua: ../goc.yaml\nco_quan: [ldld-gia-lai, cdcs-thu]\n", "con/lo.yaml")
    path = child(tree, "ke_thua: lo.yaml\nco_quan: cdcs-thu\n", "con/b.yaml")
    with pytest.raises(ContentError) as caught:
        resolve(tree, path)
    assert "ke_thua: {tep: lo.yaml, co_quan: <mã cơ quan>}" in caught.value.problems[0].hint
    chosen = child(tree, "ke_thua: {tep: lo.yaml, co_quan: ldld-gia-lai}\nco_quan: cdcs-thu\n", "con/b.yaml")
    assert resolve(tree, chosen)[0].parent.issuer_id == "ldld-gia-lai"


def test_duplicate_section_ids_are_an_error(tree):
    (tree / "content" / "goc.yaml").write_text(BASE.replace("id: ca-nhan", "id: tap-the"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        resolve(tree, tree / "content" / "goc.yaml")
    assert "`tap-the` được dùng hai lần" in caught.value.problems[0].message


@pytest.mark.parametrize(("date", "ok"), [("2025-06-30", True), ("2025-07-01", False), ("2017-11-07", True)])
def test_abolished_province_name_by_document_date(tree, date, ok):
    # spec §4.3: the 29 abolished names are an error from 1/7/2025, fine before
    profile = tree / "content" / "co-quan" / "cdcs-thu.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("dia_danh: Gia Lai", "dia_danh: Sóc Trăng"), encoding="utf-8"
    )
    (tree / "content" / "goc.yaml").write_text(BASE.replace("ngay: 2024-02-05", f"ngay: {date}"), encoding="utf-8")
    if ok:
        plan(Project(tree))
    else:
        with pytest.raises(ContentError) as caught:
            plan(Project(tree))
        assert caught.value.problems[0].field == "dia_danh" and "Cần Thơ" in caught.value.problems[0].message


# --- staleness and batches through the CLI ------------------------------------------------------


def cli(tree: Path, *args: str):
    return CliRunner().invoke(main, ["build", *args, "--thu-muc", str(tree)], catch_exceptions=False)


def test_changing_a_parent_rebuilds_exactly_its_children(tree):
    child(tree, HEAD, "con/a.yaml")
    child(tree, "ke_thua: ../goc.yaml\nco_quan: cdcs-thu\nngay: 2025-09-15\n", "con/b.yaml")
    (tree / "content" / "doc-lap.yaml").write_text(
        BASE.replace("trich_yeu: Tổ chức", "trich_yeu: Văn bản độc lập"), encoding="utf-8"
    )
    first = cli(tree)
    assert "Xong: 4 văn bản đã tạo" in first.output
    again = cli(tree)
    assert "Xong: 0 văn bản đã tạo, 0 lỗi, 4 tệp nội dung không đổi (bỏ qua)." in again.output
    base = tree / "content" / "goc.yaml"
    base.write_text(
        base.read_text(encoding="utf-8").replace("Thực hiện kỷ cương.", "Thực hiện nghiêm kỷ cương."), encoding="utf-8"
    )
    changed = cli(tree)
    lines = [line for line in changed.output.splitlines() if line.startswith("Đã tạo")]
    rebuilt = sorted(Path(line.split()[2]).relative_to(tree / "output").as_posix() for line in lines)
    assert rebuilt == ["con/a.docx", "con/b.docx", "goc.docx"]
    assert all(line.endswith("(content/goc.yaml đã thay đổi)") for line in lines)
    assert "1 tệp nội dung không đổi" in changed.output
    assert "Thực hiện nghiêm kỷ cương." in "\n".join(
        p.text for p in docx.Document(str(tree / "output" / "con" / "a.docx")).paragraphs
    )


def test_force_and_deleted_output_rebuild(tree):
    assert cli(tree).exit_code == 0
    assert "Xong: 1 văn bản đã tạo" in cli(tree, "--force").output
    (tree / "output" / "goc.docx").unlink()
    result = cli(tree)
    assert "không còn tệp output/goc.docx" in result.output


def test_co_quan_option_builds_one_document_per_issuer(tree):
    result = cli(tree, str(tree / "content" / "goc.yaml"), "--co-quan", "ldld-tinh,cdcs-thu")
    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(tree / "output")) for p in (tree / "output").rglob("*.docx"))
    assert written == ["cdcs-thu/goc.docx", "ldld-gia-lai/goc.docx"]
    header = docx.Document(str(tree / "output" / "ldld-gia-lai" / "goc.docx")).tables[0]
    assert "LIÊN ĐOÀN LAO ĐỘNG" in header.cell(0, 0).text and "Gia Lai, ngày" in header.cell(1, 1).text


def test_unknown_co_quan_value(tree):
    result = cli(tree, "--co-quan", "khong-co")
    assert result.exit_code == 2 and "không có hồ sơ hay nhóm cơ quan này" in result.stderr


def test_a_failed_document_does_not_stop_the_others(tree, monkeypatch):
    child(tree, "ke_thua: ../goc.yaml\nco_quan_nhom: ldld-tinh\nngay: 2025-09-15\n", "con/lo.yaml")
    import generator.pipeline as pipeline

    real = pipeline.render_parts

    def broken(template, context):
        if "GIA LAI" in " ".join(context.co_quan_ban_hanh):
            raise pipeline.RenderError("hỏng")
        return real(template, context)

    monkeypatch.setattr(pipeline, "render_parts", broken)
    report = build(Project(tree), options=Options(workers=1))
    assert [p.name for p, _ in report.failed] == ["lo.docx"]
    assert len(report.written) == 1


def test_a_broken_parent_is_reported_once(tree):
    child(tree, HEAD, "con/a.yaml")
    child(tree, "ke_thua: a.yaml\nco_quan: cdcs-thu\n", "con/b.yaml")
    (tree / "content" / "goc.yaml").write_text(BASE.replace("muc:\n", "muc\n", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        plan(Project(tree))
    assert len(caught.value.problems) == 1 and "Lỗi cú pháp YAML" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("opening", "warning"),
    [
        ("Thực hiện Hướng dẫn số 03/HD-CĐCS ngày 05 tháng 02 năm 2024 của cấp trên.", None),
        (
            "Thực hiện Hướng dẫn số 02/HD-CĐCS ngày 05 tháng 02 năm 2024 của cấp trên.",
            "trích số 02/HD-CĐCS, nhưng văn bản cấp trên nay là 03/HD-CĐCS",
        ),
        (
            "Thực hiện Hướng dẫn số 03/HD-CĐCS ngày 01 tháng 02 năm 2024 của cấp trên.",
            "trích ngày 01/02/2024 của văn bản cấp trên, nhưng văn bản đó nay ghi ngày 05/02/2024",
        ),
        ("Thực hiện hướng dẫn của cấp trên.", None),
    ],
)
def test_a_child_citing_an_old_number_or_date_is_flagged(tree, opening, warning):
    path = child(tree, HEAD + f'mo_dau: ["{opening}"]\n')
    report = build(Project(tree), [path])
    assert [str(w) for w in report.warnings] == ([f"{path.resolve()}: dòng mở đầu {warning}"] if warning else [])


def test_a_profile_joining_the_group_rebuilds_the_group_batch(tree):
    child(tree, "ke_thua: ../goc.yaml\nco_quan_nhom: ldld-tinh\nngay: 2025-09-15\n", "con/lo.yaml")
    assert "Xong: 2 văn bản đã tạo" in cli(tree).output
    assert "Xong: 0 văn bản đã tạo" in cli(tree).output
    profiles = tree / "content" / "co-quan"
    (profiles / "ldld-hue.yaml").write_text(
        SECOND.replace("GIA LAI", "HUẾ").replace("Gia Lai", "Huế"), encoding="utf-8"
    )
    added = cli(tree)
    assert "hồ sơ cơ quan trong content/co-quan đã thêm hoặc bớt" in added.output
    assert (tree / "output" / "ldld-hue" / "con" / "lo.docx").exists()
    thu = profiles / "cdcs-thu.yaml"
    thu.write_text(thu.read_text(encoding="utf-8") + "nhom: [ldld-tinh]\n", encoding="utf-8")
    joined = cli(tree)
    assert (tree / "output" / "cdcs-thu" / "con" / "lo.docx").exists(), joined.output


def _built(tree: Path, result) -> list[str]:
    """The outputs a build wrote, relative to output/."""
    written = [line.split()[2] for line in result.output.splitlines() if line.startswith("Đã tạo ")]
    return sorted(Path(path).resolve().relative_to((tree / "output").resolve()).as_posix() for path in written)


def test_an_edited_profile_rebuilds_only_the_documents_that_use_it(tree):
    """Issue 15, item 3: a batch over a group depends on each profile for its membership, but each
    document only on its own inputs — its profile, its content chain, the issuers of the texts it
    inherits, its template. A grandchild of one province's copy follows that province, not the others."""
    child(tree, "ke_thua: ../goc.yaml\nco_quan_nhom: ldld-tinh\nngay: 2025-09-15\n", "con/lo.yaml")
    profiles = tree / "content" / "co-quan"
    (profiles / "ldld-hue.yaml").write_text(
        SECOND.replace("GIA LAI", "HUẾ").replace("Gia Lai", "Huế"), encoding="utf-8"
    )
    grandchild = "ke_thua: {tep: lo.yaml, co_quan: ldld-gia-lai}\nco_quan: cdcs-thu\nngay: 2025-10-01\n"
    child(tree, grandchild, "con/chau.yaml")
    assert "Xong: 4 văn bản đã tạo" in cli(tree).output
    gia_lai = profiles / "ldld-gia-lai.yaml"
    gia_lai.write_text(gia_lai.read_text(encoding="utf-8") + "# sửa một dòng\n", encoding="utf-8")
    assert _built(tree, cli(tree)) == ["con/chau.docx", "ldld-gia-lai/con/lo.docx"]
    hue = profiles / "ldld-hue.yaml"
    hue.write_text(hue.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")
    assert _built(tree, cli(tree)) == ["ldld-hue/con/lo.docx"]
    assert "Xong: 0 văn bản đã tạo" in cli(tree).output
    base_issuer = profiles / "cdcs-thu.yaml"  # goc.yaml's issuer: every document inherits its text
    base_issuer.write_text(base_issuer.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")
    assert _built(tree, cli(tree)) == ["con/chau.docx", "goc.docx", "ldld-gia-lai/con/lo.docx", "ldld-hue/con/lo.docx"]


@pytest.mark.parametrize(
    ("expression", "hint"),
    [
        ("{{ co_quan.tengoi }}", "Có phải là `ten_goi`?"),
        ("{{ ngay | ngayviet }}", "Có phải là `ngay_viet`?"),
        ("{{ diadanh }}", "Có phải là `dia_danh`?"),
    ],
)
def test_variable_errors_suggest_the_right_name_and_give_the_line(tree, expression, hint):
    path = child(tree, HEAD + f'sua_muc:\n  - chen_sau: to-chuc\n    muc: [{{tieu_de: "Mục {expression}"}}]\n')
    with pytest.raises(ContentError) as caught:
        plan(Project(tree), [path])
    problem = caught.value.problems[0]
    assert hint in problem.hint
    assert problem.line == 6 and problem.field == "tieu_de"


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        ('sua_muc:\n  - them_vao: tap-the\n    doan: ["Thêm {{ co_quan.tengoi }}"]\n', 6),
        ('mo_dau: ["Căn cứ {{ can_cuu }}, Ban Thường vụ hướng dẫn:"]\n', 4),
        ('ket_thuc: "Đề nghị {{ co_quan.tengoi }} thực hiện."\n', 4),
    ],
)
def test_a_text_error_names_the_file_and_line_where_the_text_is_written(tree, edit, line):
    path = child(tree, HEAD + edit)
    with pytest.raises(ContentError) as caught:
        plan(Project(tree), [path])
    problem = caught.value.problems[0]
    assert (problem.file.resolve(), problem.line) == (path.resolve(), line)
