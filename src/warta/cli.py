"""The ``warta`` command: parses arguments and delegates to one module per command.

Each module in ``warta/commands/`` exposes ``HELP`` (one line), ``add_arguments(parser)``
and ``run(args) -> int``; the registry below is the only list of commands.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from warta import __version__

COMMANDS: dict[str, str] = {
    "code": "warta.commands.code",
    "articles": "warta.commands.articles",
    "eval": "warta.commands.eval",
    "actors": "warta.commands.actors",
    "ingest": "warta.commands.ingest",
    "export": "warta.commands.export",
    "query": "warta.commands.query",
    "sql": "warta.commands.sql",
}


def available_commands() -> dict[str, object]:
    """The command modules that are present (a command module may be added later)."""
    found = {}
    for name, module_name in COMMANDS.items():
        try:
            found[name] = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta", description="Political event data from Indonesian and English news."
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, module in available_commands().items():
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
