"""Articles (issue 13, item 3): Điều numbered through the whole document (spec §6.1), and cross
references by id (`{{ dieu("ma") }}`, `{{ muc("ma") }}`) that follow renumbering."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOOD

from generator.amending.changes import changes
from generator.cli import main
from generator.document import Section
from generator.numbering import LEVEL_KINDS, NumberedSection, number_sections, scheme
from generator.pipeline import Project, plan
from generator.referencing import references

QUY_CHE = ("chuong", "dieu", "so", "chu-ngoac")
QUY_CHE_MUC = ("chuong", "muc-so", "dieu", "so")


def articles(*counts: int, clauses: int = 2) -> tuple[Section, ...]:
    """Chapters holding `counts` articles each, every article with `clauses` khoản."""
    return tuple(
        Section(
            title=f"Chương {c}",
            sections=tuple(
                Section(title=f"Điều {c}.{a}", sections=tuple(Section(lead=f"khoản {k}") for k in range(clauses)))
                for a in range(count)
            ),
        )
        for c, count in enumerate(counts)
    )


def parts(chapters: int, parts_each: int, articles_each: int) -> tuple[Section, ...]:
    """Chapters of Mục of articles: Chương › Mục › Điều."""
    part = Section(title="Mục", sections=articles(articles_each)[0].sections)
    return tuple(Section(title=f"Chương {c}", sections=(part,) * parts_each) for c in range(chapters))


def walk(numbered: tuple[NumberedSection, ...], key: str) -> list[str]:
    """The markers of every section of kind `key`, in reading order."""
    out: list[str] = []
    for section in numbered:
        out += [section.marker] if section.kind.key == key else []
        out += walk(section.children, key)
    return out


@pytest.mark.parametrize(
    ("levels", "tree", "key", "expected"),
    [
        (QUY_CHE, articles(3, 2), "dieu", [f"Điều {n}." for n in range(1, 6)]),
        (QUY_CHE, articles(3, 2), "chuong", ["Chương I", "Chương II"]),
        (QUY_CHE, articles(1, 0, 2), "dieu", ["Điều 1.", "Điều 2.", "Điều 3."]),  # an empty chapter counts none
        (("dieu", "so"), articles(3)[0].sections, "dieu", ["Điều 1.", "Điều 2.", "Điều 3."]),  # no chapters
        (QUY_CHE_MUC, parts(2, 2, 2), "dieu", [f"Điều {n}." for n in range(1, 9)]),  # across Mục and Chương
        (QUY_CHE_MUC, parts(2, 2, 1), "muc-so", ["Mục 1", "Mục 2", "Mục 1", "Mục 2"]),  # Mục restarts per Chương
        (QUY_CHE_MUC, parts(2, 2, 1), "so", ["1.", "2."] * 4),  # khoản restart per Điều
    ],
)
def test_articles_run_through_the_whole_document(levels, tree, key, expected):
    assert walk(number_sections(tree, scheme(levels, ()), Path("x.yaml")), key) == expected


def test_clauses_restart_in_each_article():
    numbered = number_sections(articles(2, 1, clauses=3), scheme(QUY_CHE, ()), Path("x.yaml"))
    third = numbered[1].children[0]
    assert third.marker == "Điều 3."
    assert [k.marker for k in third.children] == ["1.", "2.", "3."]


def cited(levels: tuple[str, ...], tree: tuple[Section, ...]) -> dict[str, str]:
    found = references(number_sections(tree, scheme(levels, ()), Path("x.yaml")))
    return {key: reference.text for key, reference in found.items()}


QUY_CHE_TREE = (
    Section(title="Chung", id="chung", sections=(Section(title="Phạm vi"), Section(title="Đối tượng"))),
    Section(
        title="Thi hành",
        sections=(
            Section(
                title="Trách nhiệm",
                id="trach-nhiem",
                sections=(
                    Section(lead="một"),
                    Section(lead="hai", id="bao-cao", sections=(Section(lead="a", id="han-bao-cao"),)),
                ),
            ),
        ),
    ),
)
KE_HOACH_TREE = (
    Section(title="Mục đích"),
    Section(
        title="Nội dung",
        id="noi-dung",
        sections=(
            Section(title="Tuyên truyền"),
            Section(title="Thi đua", id="thi-dua", sections=(Section(title="Cấp tỉnh", id="cap-tinh"),)),
        ),
    ),
)


@pytest.mark.parametrize(
    ("levels", "tree", "target", "expected"),
    [
        (QUY_CHE, QUY_CHE_TREE, "trach-nhiem", "Điều 3"),
        (QUY_CHE, QUY_CHE_TREE, "bao-cao", "khoản 2 Điều 3"),  # no Chương: articles are unique
        (QUY_CHE, QUY_CHE_TREE, "han-bao-cao", "điểm a khoản 2 Điều 3"),
        (QUY_CHE, QUY_CHE_TREE, "chung", "Chương I"),
        (("la-ma", "so", "so-ghep"), KE_HOACH_TREE, "noi-dung", "Mục II"),
        (("la-ma", "so", "so-ghep"), KE_HOACH_TREE, "thi-dua", "khoản 2 Mục II"),
        (("la-ma", "so", "so-ghep"), KE_HOACH_TREE, "cap-tinh", "điểm 2.1 khoản 2 Mục II"),
    ],
)
def test_a_section_is_cited_the_way_drafting_cites_it(levels, tree, target, expected):
    assert cited(levels, tree)[target] == expected


# --- through the build -------------------------------------------------------------------------

PARENT = """\
loai: quy-che
co_quan: cdcs-thu
ngay: 2026-03-02
trich_yeu: Làm việc của Ban Chấp hành
muc:
  - tieu_de: Quy định chung
    muc:
      - id: pham-vi
        tieu_de: Phạm vi
        doan: [Quy chế này quy định chế độ làm việc.]
      - id: nguyen-tac
        tieu_de: Nguyên tắc
        doan:
          - Tập trung dân chủ.
  - tieu_de: Thi hành
    muc:
      - id: trach-nhiem
        tieu_de: Trách nhiệm
        muc:
          - noi_dung: Dự đủ các cuộc họp.
          - id: bao-cao
            noi_dung: Báo cáo hằng quý.
      - id: hieu-luc
        tieu_de: Hiệu lực
        doan:
          - Ủy viên thực hiện {{ dieu("trach-nhiem") }}, báo cáo theo {{ muc("bao-cao") }}.
"""
CHILD = """\
ke_thua: goc.yaml
sua_muc:
  - chen_truoc: nguyen-tac
    muc:
      - id: giai-thich
        tieu_de: Giải thích từ ngữ
        doan:
          - Ủy viên là ủy viên Ban Chấp hành.
"""
REFERENCE = "Ủy viên thực hiện {}, báo cáo theo khoản 2 {}."


@pytest.fixture
def rules(project: Path) -> Path:
    (project / "content" / "ke-hoach.yaml").unlink()
    (project / "content" / "goc.yaml").write_text(PARENT, encoding="utf-8")
    return project


def printed(project: Path, name: str) -> list[str]:
    jobs, _ = plan(Project(project), [project / "content" / f"{name}.yaml"])
    return [p["van_ban"] for p in jobs[0].context.than]


def test_a_reference_prints_the_article_number(rules):
    texts = printed(rules, "goc")
    assert "Điều 3. Trách nhiệm" in texts and "Điều 4. Hiệu lực" in texts
    assert REFERENCE.format("Điều 3", "Điều 3") + "/." in texts


def test_a_child_that_inserts_an_article_renumbers_the_parents_reference(rules):
    (rules / "content" / "con.yaml").write_text(CHILD, encoding="utf-8")
    texts = printed(rules, "con")
    assert "Điều 2. Giải thích từ ngữ" in texts and "Điều 4. Trách nhiệm" in texts
    assert REFERENCE.format("Điều 4", "Điều 4") + "/." in texts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{{ dieu("trach-nhiem") }}', "Điều 3"),
        ('{{ muc("trach-nhiem") }}', "Điều 3"),
        ("{{ muc('bao-cao') }}", "khoản 2 Điều 3"),
    ],
)
def test_both_functions_and_both_quotes(rules, text, words):
    path = rules / "content" / "goc.yaml"
    path.write_text(PARENT.replace("Tập trung dân chủ.", f"x {text} y"), encoding="utf-8")
    assert f"x {words} y" in printed(rules, "goc")


def test_a_reference_to_a_part_of_a_plan(project):
    path = project / "content" / "ke-hoach.yaml"
    text = GOOD.replace("y: [Triển khai kế hoạch.]", 'y:\n          - Triển khai theo {{ muc("muc-dich") }}.')
    path.write_text(text, encoding="utf-8")
    assert "- Triển khai theo Mục I./." in printed(project, "ke-hoach")


def line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if fragment in line)


def run_build(project: Path, *args: Path | str):
    return CliRunner().invoke(main, ["build", *map(str, args), "--thu-muc", str(project)], catch_exceptions=False)


@pytest.mark.parametrize(
    ("wrong", "words", "hint"),
    [
        ('dieu("trach-nhiemm")', "Không có mục mã `trach-nhiemm` để dẫn chiếu.", "Có phải là `trach-nhiem`?"),
        (
            'dieu("bao-cao")',
            "Mục mã `bao-cao` không phải là một Điều (mục này in là «khoản 2 Điều 3»).",
            'muc("bao-cao")',
        ),
        ("dieu", "Biểu thức này là một hàm chưa được gọi", 'dieu("ma-dieu")'),  # no id: never a printed function
    ],
)
def test_a_wrong_reference_is_an_error_with_file_line_field_and_hint(rules, wrong, words, hint):
    path = rules / "content" / "goc.yaml"
    path.write_text(PARENT.replace('dieu("trach-nhiem")', wrong), encoding="utf-8")
    result = run_build(rules, path)
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"Lỗi: {path}:{line_of(path, wrong)}: [doan] {words}"), first
    assert hint in first.split("Cách sửa:")[1]
    assert not (rules / "output").exists()


def test_an_unknown_id_in_a_child_is_reported_in_the_child(rules):
    child = rules / "content" / "con.yaml"
    child.write_text(CHILD.replace("Ủy viên là", 'Xem {{ dieu("hieu-lu") }}. Ủy viên là'), encoding="utf-8")
    result = run_build(rules, child)
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"Lỗi: {child}:{line_of(child, 'hieu-lu')}: [doan] "), first
    assert "Có phải là `hieu-luc`?" in first and "Các mục có mã:" in first


def document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def numbering_findings(path: Path) -> list[dict]:
    """What `vanban check` says under its rule `danh-so` (numbering sequences, §6.1)."""
    result = CliRunner().invoke(main, ["check", "--json", str(path)])
    report = json.loads(result.output)[0]
    assert "danh-so" in report["evaluated"]
    return [finding for finding in report["findings"] if finding["rule"] == "danh-so"]


def test_the_built_document_prints_continuous_articles_and_passes_the_numbering_rule(rules):
    (rules / "content" / "con.yaml").write_text(CHILD, encoding="utf-8")
    result = run_build(rules, rules / "content" / "con.yaml")
    assert result.exit_code == 0, result.output
    built = rules / "output" / "con.docx"
    xml = document_text(built)
    assert "Điều 5. Hiệu lực" in xml and REFERENCE.format("Điều 4", "Điều 4") in xml
    assert numbering_findings(built) == []


def test_the_numbering_rule_would_catch_articles_restarting_per_chapter(rules, monkeypatch):
    # the control for the assertion above: with Điều counted within each Chương, `vanban check` objects
    monkeypatch.setitem(LEVEL_KINDS, "dieu", dataclasses.replace(LEVEL_KINDS["dieu"], continuous=False))
    assert run_build(rules, rules / "content" / "goc.yaml", "--khong-kiem-tra").exit_code == 0
    (finding,) = numbering_findings(rules / "output" / "goc.docx")
    assert finding["excerpt"].startswith("Điều 1.")


# --- amendments cite the same numbers ---------------------------------------------------------


def record(title: str, *children: dict, id: str | None = None) -> dict:
    return {"title": title, "lead": None, "paragraphs": [], "items": [], "id": id, "sections": list(children)}


def test_amendments_count_articles_through_the_document():
    chapter_two = record("Thi hành", record("Trách nhiệm", record("Dự họp.", id="du-hop"), id="trach-nhiem"), id="c2")
    issued = {
        "mo_dau": [],
        "danh_so": list(QUY_CHE),
        "muc": [record("Chung", record("Phạm vi", id="p"), id="c1"), chapter_two],
    }
    inserted = record("Chung", record("Phạm vi", id="p"), record("Giải thích", id="g"), id="c1")
    edited = record(
        "Thi hành", record("Trách nhiệm", record("Dự đủ các cuộc họp.", id="du-hop"), id="trach-nhiem"), id="c2"
    )
    leads = [c.lead for c in changes(issued, {**issued, "muc": [inserted, edited]})]
    assert "Bổ sung Điều 2 vào sau Điều 1 như sau:" in leads
    assert "Sửa đổi khoản 1 Điều 2 như sau:" in leads  # cited in the issued numbers, without its Chương
    assert "Đánh số lại: Điều 2 thành Điều 3." in leads
