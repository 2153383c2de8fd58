"""`vanban --help` lists every command without importing the pipeline; each command loads on use."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from generator.cli import main
from generator.cli.common import COMMANDS


def test_help_lists_every_command_without_importing_their_modules() -> None:
    probe = (
        "import sys\n"
        "from generator.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('generator.pipeline', 'generator.checking', "
        "'generator.cli.build', 'docx', 'docxtpl', 'pydantic')))\n"
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
