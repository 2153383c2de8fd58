"""The `vanban` command. The cli package is the only place that imports click.

Each subcommand lives in its own module here, listed in `common.COMMANDS` and imported the first
time it runs; commands call one pipeline function and turn `VanbanError` into Vietnamese messages
on stderr and an exit code.
"""

from __future__ import annotations

import click

from .. import __version__
from .common import main_group

main: click.Group = main_group(__version__)
