"""One module per ``warta`` command (see ``warta.cli.COMMANDS``)."""
