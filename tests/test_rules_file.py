"""The format rules that messages and comments cite by § id are in the repository, and messages say where."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from generator.errors import RULES_FILE, Problem

RULES = (REPO / RULES_FILE).read_text(encoding="utf-8")
CITED = re.compile(r"§(\d+)(?:\.(\d+))?")


def _sections() -> set[str]:
    """Ids the rules file defines: headings `## 4.` / `### 4.1`, and the numbered rows of §13's checklist."""
    found = {m[1] for m in re.finditer(r"^##+ (\d+(?:\.\d+)?)[. ]", RULES, re.M)}
    checklist = RULES.split("## 13.", 1)[1].split("\n## ", 1)[0]
    found |= {f"13.{m[1]}" for m in re.finditer(r"^\| (\d+) \|", checklist, re.M)}
    return found


def _cited() -> set[str]:
    ids: set[str] = set()
    for path in (REPO / "generator").rglob("*.py"):
        for major, minor in CITED.findall(path.read_text(encoding="utf-8")):
            ids.add(f"{major}.{minor}" if minor else major)
    return ids


def test_every_cited_rule_is_in_the_rules_file() -> None:
    cited = _cited()
    assert {"4.1", "5.1", "13.4"} <= cited  # the scan finds what the code cites
    assert cited - _sections() == set()


@pytest.mark.parametrize(
    ("problem", "points"),
    [
        (Problem("Trích yếu viết in hoa toàn bộ (§3 ô 5a).", hint="Viết chữ thường."), True),
        (Problem("Địa danh sai.", hint="Dùng tên tỉnh sau sắp xếp (quy tắc §4.3)."), True),
        (Problem("Không có tệp hoặc thư mục này.", hint="Kiểm tra đường dẫn."), False),
    ],
)
def test_a_message_citing_a_rule_says_where_to_read_it(problem: Problem, points: bool) -> None:
    assert (RULES_FILE in str(problem)) is points
