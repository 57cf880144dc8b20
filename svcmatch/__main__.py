"""`python -m svcmatch` runs the command line."""

from .cli import main

main(prog_name="svcmatch")
