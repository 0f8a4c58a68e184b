"""How commands tell the user about bad input: one line each, and an exit status."""

from __future__ import annotations

import sys

from warta.model import InputError


def report(error: InputError) -> None:
    """One line on stderr: ``warta: FILE[:LINE]: problem``."""
    problem = " ".join(str(error.problem).split())
    print(f"warta: {error.where}: {problem}", file=sys.stderr)


def exit_status(read: int, skipped: int) -> int:
    """0 when every input was read, 1 when some were skipped, 2 when none could be read."""
    if read == 0:
        return 2
    return 1 if skipped else 0
