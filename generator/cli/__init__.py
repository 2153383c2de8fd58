"""The `vanban` command. The cli package is the only place that imports click.

Each subcommand lives in its own module here and is registered below; commands call one pipeline
function and turn `VanbanError` into Vietnamese messages on stderr and an exit code.
"""

from __future__ import annotations

import click

from .. import __version__
from .common import main_group

main: click.Group = main_group(__version__)

from . import build as _build  # noqa: E402,F401  (registers `build`, `new`, `schema`)
from . import check as _check  # noqa: E402,F401  (registers `check`)
from . import importer as _importer  # noqa: E402,F401  (registers `import`)
from . import register as _register  # noqa: E402,F401  (registers `so`: the sổ văn bản đi)
