"""`vanban --help` lists every command without importing the pipeline; each command loads on use."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner
from conftest import copy_project

from generator.cli import main
from generator.cli.common import COMMANDS


def test_help_lists_every_command_without_importing_their_modules() -> None:
    probe = (
        "import sys\n"
        "from generator.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('generator.pipeline', 'generator.checking', "
        "'generator.cli.build', 'docx', 'docxtpl', 'pydantic', 'flask', 'ruamel')))\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out
    for name, (_, short_help) in COMMANDS.items():
        assert f"  {name}" in out and short_help in out


def test_every_listed_command_loads_and_carries_the_listed_help() -> None:
    for name, (_, short_help) in COMMANDS.items():
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None, name
        assert command.get_short_help_str(200) == short_help


def test_a_command_runs_after_lazy_loading() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert '"title"' in result.output


HEAVY = (
    "generator.pipeline",
    "generator.checking",
    "generator.schema",
    "docx",
    "docxtpl",
    "pydantic",
    "jinja2",
    "pdfplumber",
)


def _build_probe(root: str) -> str:
    """The modules of weight a `vanban build` in `root` imported, and what it printed."""
    probe = (
        "import sys\n"
        "from generator.cli import main\n"
        f"try:\n    main(['build', '--thu-muc', {root!r}])\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY', sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout


def test_a_no_op_build_answers_without_loading_the_pipeline(tmp_path) -> None:
    """Issue 15, item 2: when nothing changed, `vanban build` decides from the manifest alone — none of
    pydantic, the Word libraries, Jinja or the checker is imported — and prints what the full build
    prints; one edited file, and the full build runs again."""
    root = copy_project(tmp_path)
    first = _build_probe(str(root))
    assert "Xong: 40 văn bản đã tạo, 0 lỗi." in first and "HEAVY []" not in first
    assert "'pdfplumber'" not in first  # the PDF reader (~70 ms) only when a PDF is read
    again = _build_probe(str(root))
    assert "Xong: 0 văn bản đã tạo, 0 lỗi, 7 tệp nội dung không đổi (bỏ qua)." in again
    assert "HEAVY []" in again
    edited = root / "content" / "co-so" / "ke-hoach-thang-cong-nhan-2026.yaml"
    edited.write_text(edited.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")
    third = _build_probe(str(root))
    assert "Xong: 1 văn bản đã tạo, 0 lỗi, 6 tệp nội dung không đổi (bỏ qua)." in third
    assert "HEAVY []" not in third


def test_the_no_op_answer_leaves_a_register_or_settings_to_the_full_build(tmp_path) -> None:
    """With a sổ văn bản đi (its numbers are compared) or a vanban.yaml (pdf: true …), the full build decides."""
    root = copy_project(tmp_path)
    _build_probe(str(root))
    (root / "vanban.yaml").write_text("pdf: false\n", encoding="utf-8")
    out = _build_probe(str(root))
    assert "Xong: 0 văn bản đã tạo, 0 lỗi, 7 tệp nội dung không đổi (bỏ qua)." in out and "HEAVY []" not in out
