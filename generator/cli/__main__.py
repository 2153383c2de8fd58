"""`python -m generator.cli` runs `vanban`."""

from . import main

main()
