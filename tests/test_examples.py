"""The worked examples (seed 004 and seed 002): golden context and XML, every seed sentence kept, the printed page."""

from __future__ import annotations

import json
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import FIXTURES, copy_project
from lxml import etree
from pdf_layout import read_pages, require_pdf

from generator.pipeline import Project, build, plan

GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = {
    "huong-dan-09-cdvc-soc-trang": (
        "004_e3f94aeb2d565d78.txt",
        "Cuộc vận động xây dựng người cán bộ",
        "Hướng dẫn này thay thế",
    ),
    "ke-hoach-cdgd-ha-noi": (
        "002_e676e9774535de28.txt",
        "Thực hiện Kế hoạch số 50",
        "Ban Thường vụ Công đoàn Giáo dục Hà đề nghị",
    ),
}
MARKER = re.compile(r"^\s*([IVX]+\.|\d+(\.\d+)*\.|[a-zđ][.)]|-)\s*")
MARGIN_TOP_MM = 20.0


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = Project(copy_project(tmp_path_factory.mktemp("examples")))
    report = build(project, [project.content / "vi-du"])
    assert not report.failed
    return project


def docx_path(project: Project, name: str) -> Path:
    return project.output / "vi-du" / f"{name}.docx"


def normalised_document_xml(path: Path) -> str:
    """word/document.xml pretty-printed with rsid attributes dropped (design.md, Golden files)."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for element in root.iter():
        for attribute in [a for a in element.attrib if "rsid" in a]:
            del element.attrib[attribute]
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def compare_golden(path: Path, actual: str, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path}: run pytest --update-golden and review the diff"
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs: review, then pytest --update-golden"


@pytest.mark.parametrize("name", EXAMPLES)
def test_golden_render_context(name: str, update_golden: bool) -> None:
    repo = Project(Path(__file__).parent.parent)
    jobs, _ = plan(repo, [repo.content / "vi-du"])
    by_name = {job.output.stem: job for job in jobs}
    actual = json.dumps(by_name[name].context.values(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    compare_golden(GOLDEN / f"{name}.context.json", actual, update_golden)


@pytest.mark.parametrize("name", EXAMPLES)
def test_golden_document_xml(built: Project, name: str, update_golden: bool) -> None:
    compare_golden(GOLDEN / f"{name}.document.xml", normalised_document_xml(docx_path(built, name)), update_golden)


def sentences(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        text = unicodedata.normalize("NFC", MARKER.sub("", line.replace("*", "")).strip())
        text = re.sub(r"\s+", " ", text).removesuffix("./.").removesuffix("./").rstrip(".")
        if text:
            out.append(text)
    return out


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_seed_sentence_is_kept_in_order(built: Project, name: str) -> None:
    seed, first, last = EXAMPLES[name]
    lines = (FIXTURES / "seeds" / seed).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if line.startswith(last))
    expected = sentences(lines[start : end + 1])
    printed = sentences([p.text for p in docx.Document(str(docx_path(built, name))).paragraphs])
    position = 0
    for sentence in expected:
        assert sentence in printed[position:], f"not printed (in order): {sentence[:80]}"
        position = printed.index(sentence, position) + 1


@pytest.fixture(scope="module")
def printed(built: Project, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    out = tmp_path_factory.mktemp("pdf")
    return {name: read_pages(require_pdf(docx_path(built, name), out)) for name in EXAMPLES}


@pytest.mark.parametrize("name", EXAMPLES)
def test_printed_page_numbers(printed: dict[str, list], name: str) -> None:
    pages = printed[name]
    assert len(pages) >= 2
    assert [w.text for w in pages[0].words if w.bottom < MARGIN_TOP_MM] == []  # spec §9: none on page 1
    number = [w for w in pages[1].words if w.bottom < MARGIN_TOP_MM]
    assert [w.text for w in number] == ["2"]  # spec §9: in the header (top margin)
    text_centre = 30 + (210 - 30 - 15) / 2  # spec §1 margins: centred over the text width
    assert number[0].center_x == pytest.approx(text_centre, abs=1.0)


@pytest.mark.parametrize(
    ("name", "so", "date"),
    [
        ("huong-dan-09-cdvc-soc-trang", "Số: 09/HD-CĐVC", "Sóc Trăng, ngày 07 tháng 11 năm 2017"),
        ("ke-hoach-cdgd-ha-noi", "Số: 28/KH-CĐGD", "Hà Nội, ngày 05 tháng 9 năm 2019"),
    ],
)
def test_printed_date_line_on_the_row_of_so(printed: dict[str, list], name: str, so: str, date: str) -> None:
    page = printed[name][0]
    so_line, date_line = page.phrase(so), page.phrase(date)
    assert so_line is not None and date_line is not None
    assert date_line.bottom == pytest.approx(so_line.bottom, abs=0.3)  # ND30 II.4.c: ô 3 and ô 4 on one row
    assert date_line.x0 > so_line.x1
    assert all(w.font.endswith(("LiberationSerif-Italic", "TimesNewRomanPS-ItalicMT")) for w in date_line.words)


NATIONAL = Path("content/tong-ldld/huong-dan-cuoc-van-dong.yaml")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, object]:
    project = Project(copy_project(tmp_path_factory.mktemp("shipped")))
    return project, build(project)


def test_the_shipped_batch_builds_every_body_with_its_own_header(shipped) -> None:
    project, report = shipped
    assert not report.failed
    provincial = sorted(project.output.glob("ldld-*/ldld-tinh/huong-dan-cuoc-van-dong.docx"))
    assert len(provincial) == 34
    places = set()
    for path in provincial:
        profile = path.parent.parent.name
        issuer = (project.content / "co-quan" / f"{profile}.yaml").read_text(encoding="utf-8")
        document = docx.Document(str(path))
        header, signature = document.tables[0], document.tables[-1]
        name_line = header.cell(0, 0).text.splitlines()[-1]
        assert name_line in issuer  # e.g. "TỈNH GIA LAI" from the profile's `ten`
        place = header.cell(1, 1).text.split(",")[0]
        assert f"dia_danh: {place}" in issuer
        places.add(place)
        assert "TM. BAN THƯỜNG VỤ" in signature.cell(0, 1).text and "Nguyễn Văn A" in signature.cell(0, 1).text
        assert document.paragraphs[3].text.startswith(
            "Thực hiện Hướng dẫn số 35/HD-TLĐ ngày 25 tháng 11 năm 2024 của Đoàn Chủ tịch"
        )
    assert len(places) == 34


def test_one_national_sentence_rebuilds_exactly_what_inherits_it(shipped) -> None:
    project, _ = shipped
    national = project.root / NATIONAL
    text = national.read_text(encoding="utf-8")
    sentence = next(
        line
        for line in text.splitlines()
        if line.strip().startswith("- ") and len(line) > 60 and not set("'\":{") & set(line)
    ).strip()[2:]
    national.write_text(text.replace(sentence, sentence.rstrip(".") + " một cách thiết thực."), encoding="utf-8")
    report = build(project)
    rebuilt = sorted(str(job.output.relative_to(project.output)) for job in report.written)
    assert len(rebuilt) == 36  # the national document, its 34 provincial copies, the công đoàn cơ sở copy
    assert (
        "tong-ldld/huong-dan-cuoc-van-dong.docx" in rebuilt and "co-so/huong-dan-cuoc-van-dong-cdcs-abc.docx" in rebuilt
    )
    assert not [name for name in rebuilt if name.startswith("vi-du")]
    assert {job.reason for job in report.written} == {"content/tong-ldld/huong-dan-cuoc-van-dong.yaml đã thay đổi"}
