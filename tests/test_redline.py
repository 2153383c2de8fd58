"""The redline (issue 12, item 4): tracked changes that LibreOffice accepts to the new text and
rejects to the issued one, for each kind of change, renumbering included."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import copy_project
from lxml import etree

from generator.amending import redline as redlining
from generator.amending.redline import redline, texts
from generator.cli import main
from generator.errors import RenderError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NATIONAL = "content/tong-ldld/huong-dan-cuoc-van-dong.yaml"
PROFILE = "content/co-quan/tong-ldld.yaml"
WHEN = dt.datetime(2026, 12, 6, 8, 30, 0)
SYSTEM_PYTHON = Path("/usr/bin/python3")
SCRIPT = Path(__file__).with_name("lo_tracked_changes.py")


def _has_uno() -> bool:
    if shutil.which("soffice") is None or not SYSTEM_PYTHON.exists():
        return False
    return subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True).returncode == 0


needs_libreoffice = pytest.mark.skipif(
    not _has_uno(), reason="LibreOffice với python3-uno (/usr/bin/python3) không có: .ci/run cài chúng"
)

BULLET_REMOVED = "    - Xây dựng cơ quan, đơn vị có văn hóa, kỷ cương; góp phần phòng ngừa, ngăn chặn các biểu hiện tiêu cực trong hoạt động công vụ.\n"
LAST_BULLET = "      - Không lợi dụng chức vụ, quyền hạn khi thực thi công vụ.\n"
NEW_SECTION = """\
  - id: chuyen-doi-so
    tieu_de: Chuyển đổi số trong hoạt động công vụ
    y:
    - Ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính.
"""


def _without_section(text: str, start: str, end: str) -> str:
    return text[: text.index(start)] + text[text.index(end) :]


EDITS: dict[str, tuple[str, Callable[[str], str]]] = {
    "ý sửa đổi (mức từ)": (NATIONAL, lambda t: t.replace("biểu dương và nhân rộng", "khen thưởng và nhân rộng")),
    "ý bổ sung": (
        NATIONAL,
        lambda t: t.replace(LAST_BULLET, LAST_BULLET + "      - Không né tránh, đùn đẩy trách nhiệm.\n"),
    ),
    "ý bãi bỏ": (NATIONAL, lambda t: t.replace(BULLET_REMOVED, "")),
    "khoản bãi bỏ, đánh số lại": (
        NATIONAL,
        lambda t: _without_section(t, "  - id: noi-dung-phong-trao", "  - id: tieu-chuan-thi-dua"),
    ),
    "khoản bổ sung, đánh số lại": (
        NATIONAL,
        lambda t: t.replace("  - id: tieu-chuan-thi-dua", NEW_SECTION + "  - id: tieu-chuan-thi-dua"),
    ),
    "đoạn thay thế": (
        NATIONAL,
        lambda t: t.replace(
            "Thi đua xây dựng cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp.",
            "Mỗi tháng tổ chức một buổi sinh hoạt chuyên đề về kỹ năng giao tiếp.",
        ),
    ),
    "định dạng": (
        NATIONAL,
        lambda t: t.replace(
            "- Thi đua xây dựng cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp.",
            '- "*Thi đua* xây dựng cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp."',
        ),
    ),
    "người ký (bảng chữ ký)": (PROFILE, lambda t: t.replace("ho_ten: Nguyễn Văn A", "ho_ten: Trần Thị B")),
}


def _build(project: Path) -> bytes:
    result = CliRunner().invoke(main, ["build", "--force", str(project / NATIONAL), "--thu-muc", str(project)])
    assert result.exit_code == 0, result.output
    return (project / "output" / "tong-ldld" / "huong-dan-cuoc-van-dong.docx").read_bytes()


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, bytes]]:
    """The national guidance as issued, and as it prints after each edit (one edit at a time)."""
    project = copy_project(tmp_path_factory.mktemp("redline"))
    issued = _build(project)
    current: dict[str, bytes] = {}
    for name, (file, edit) in EDITS.items():
        path = project / file
        original = path.read_text(encoding="utf-8")
        edited = edit(original)
        assert edited != original, name
        path.write_text(edited, encoding="utf-8")
        current[name] = _build(project)
        path.write_text(original, encoding="utf-8")
    return issued, current


def _document(data: bytes) -> etree._Element:
    import io
    import zipfile

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def _marked(data: bytes) -> etree._Element:
    return _document(data).find(f"{W}body")


@pytest.mark.parametrize("name", list(EDITS))
def test_the_redline_accepts_to_the_current_text_and_rejects_to_the_issued(versions, name):
    issued, current = versions
    body = _marked(redline(issued, current[name], "vanban", WHEN, Path("x.docx")))
    assert texts(body, "del") == texts(_marked(current[name]), "del")
    assert texts(body, "ins") == texts(_marked(issued), "del")
    marks = body.xpath("//w:ins|//w:del|//w:rPrChange|//w:pPrChange", namespaces={"w": W[1:-1]})
    assert marks, name
    assert {(m.get(f"{W}author"), m.get(f"{W}date")) for m in marks} == {("vanban", "2026-12-06T08:30:00Z")}
    ids = [m.get(f"{W}id") for m in marks]
    assert len(ids) == len(set(ids))


def _changed_words(body: etree._Element, tag: str) -> list[str]:
    """The text of the run-level marks inside paragraphs that stay (not whole paragraphs)."""
    return [
        "".join(m.itertext())
        for m in body.iter(f"{W}{tag}")
        if m.getparent().tag == f"{W}p" and m.getparent().find(f"{W}pPr/{W}rPr/{W}{tag}") is None
    ]


def test_a_changed_point_is_marked_word_by_word(versions):
    issued, current = versions
    body = _marked(redline(issued, current["ý sửa đổi (mức từ)"], "vanban", WHEN, Path("x.docx")))
    assert _changed_words(body, "del") == ["biểu dương"] and _changed_words(body, "ins") == ["khen thưởng"]
    assert body.find(f".//{W}delText").text == "biểu dương"
    assert len(body.findall(f".//{W}pPr/{W}rPr/{W}del")) == 0  # no paragraph removed


def test_a_renumbering_marks_only_the_numbers_of_the_sections_that_stay(versions):
    issued, current = versions
    body = _marked(redline(issued, current["khoản bãi bỏ, đánh số lại"], "vanban", WHEN, Path("x.docx")))
    removed = [p for p in body.iter(f"{W}p") if p.find(f"{W}pPr/{W}rPr/{W}del") is not None]
    assert ["".join(p.itertext()) for p in removed] == [
        "2. Nội dung phong trào thi đua",
        "2.1. Đối với tập thể",
        "Thi đua xây dựng cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp.",
        "2.2. Đối với cá nhân",
        "Thi đua thực hiện nghiêm kỷ cương, đề cao trách nhiệm, tận tụy và chuyên nghiệp trong công việc.",
    ]
    assert _changed_words(body, "del") == ["3", "3", "3", "4"] and _changed_words(body, "ins") == ["2", "2", "2", "3"]


def test_an_added_point_stays_with_the_section_above_it(versions):
    issued, current = versions
    body = _marked(redline(issued, current["ý bổ sung"], "vanban", WHEN, Path("x.docx")))
    paragraphs = ["".join(p.itertext()) for p in body.iter(f"{W}p")]
    added = paragraphs.index("- Không né tránh, đùn đẩy trách nhiệm.")
    assert paragraphs[added - 1] == "- Không lợi dụng chức vụ, quyền hạn khi thực thi công vụ."


def test_a_formatting_change_keeps_the_issued_formatting_as_rpr_change(versions):
    issued, current = versions
    body = _marked(redline(issued, current["định dạng"], "vanban", WHEN, Path("x.docx")))
    [change] = body.iter(f"{W}rPrChange")
    run = change.getparent().getparent()
    assert "".join(t.text for t in run.iter(f"{W}t")) == "Thi đua"
    assert run.find(f"{W}rPr/{W}i") is not None and change.find(f"{W}rPr/{W}i") is None
    assert not list(body.iter(f"{W}ins")) and not list(body.iter(f"{W}del"))


def test_the_signature_table_is_compared_cell_by_cell(versions):
    issued, current = versions
    body = _marked(redline(issued, current["người ký (bảng chữ ký)"], "vanban", WHEN, Path("x.docx")))
    assert _changed_words(body, "del") == ["Nguyễn Văn A"] and _changed_words(body, "ins") == ["Trần Thị B"]
    assert all(m.getparent().tag == f"{W}p" for m in body.iter(f"{W}ins", f"{W}del"))  # no row, no paragraph mark


def test_identical_versions_give_the_current_document_without_marks(versions):
    issued, _ = versions
    body = _marked(redline(issued, issued, "vanban", WHEN, Path("x.docx")))
    assert not body.xpath("//w:ins|//w:del|//w:rPrChange|//w:pPrChange", namespaces={"w": W[1:-1]})
    assert texts(body, "del") == texts(_marked(issued), "del")


def test_a_redline_that_would_not_reject_to_the_issued_text_is_refused(versions, monkeypatch):
    issued, current = versions
    monkeypatch.setattr(redlining, "_deleted", lambda block, marks: block)  # a bug: removed text left unmarked
    with pytest.raises(RenderError) as caught:
        redline(issued, current["ý bãi bỏ"], "vanban", WHEN, Path("x.docx"))
    assert "bản so sánh" in str(caught.value)


def run_libreoffice(jobs: list[tuple[str, Path, Path]]) -> list[dict[str, object]]:
    args = [str(part) for job in jobs for part in job]
    done = subprocess.run(
        [str(SYSTEM_PYTHON), str(SCRIPT), *args], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@needs_libreoffice
def test_libreoffice_accept_all_gives_the_new_text_and_reject_all_the_issued(versions, tmp_path):
    issued, current = versions
    (tmp_path / "issued.docx").write_bytes(issued)
    jobs: list[tuple[str, Path, Path]] = [("keep", tmp_path / "issued.docx", tmp_path / "issued.txt")]
    for number, name in enumerate(EDITS):
        (tmp_path / f"{number}.docx").write_bytes(current[name])
        (tmp_path / f"{number}.redline.docx").write_bytes(redline(issued, current[name], "vanban", WHEN, Path("x")))
        jobs += [
            ("keep", tmp_path / f"{number}.docx", tmp_path / f"{number}.txt"),
            ("accept", tmp_path / f"{number}.redline.docx", tmp_path / f"{number}.accepted.txt"),
            ("reject", tmp_path / f"{number}.redline.docx", tmp_path / f"{number}.rejected.txt"),
        ]
    seen = run_libreoffice(jobs)
    issued_text = (tmp_path / "issued.txt").read_text(encoding="utf-8")
    for number, name in enumerate(EDITS):
        read = tmp_path / f"{number}"
        assert seen[1 + 3 * number + 1]["tracked_changes"], name  # LibreOffice read the marks
        assert Path(f"{read}.accepted.txt").read_text(encoding="utf-8") == Path(f"{read}.txt").read_text("utf-8"), name
        assert Path(f"{read}.rejected.txt").read_text(encoding="utf-8") == issued_text, name
