"""The docs speak of what the code has: every command is in the README, and every doc the
README links to exists."""

from __future__ import annotations

import re
from pathlib import Path

from warta.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    for name in COMMANDS:
        assert f"warta {name}" in README, f"README does not show `warta {name}`"


def test_every_command_is_registered():
    help_text = build_parser().format_help()
    for name in COMMANDS:
        assert name in help_text


def test_readme_links_point_at_existing_files():
    for link in re.findall(r"\]\(([^)#]+)\)", README):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link
