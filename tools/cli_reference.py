"""Rewrite docs/cli.md from the commands' own help texts: `python tools/cli_reference.py`."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from generator.cli.reference import reference_markdown
from generator.output import write_atomic

PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

if __name__ == "__main__":
    write_atomic(PAGE, reference_markdown(main).encode("utf-8"))
    print(f"{PAGE} written")
