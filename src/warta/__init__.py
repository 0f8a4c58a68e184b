"""warta: political event data from Indonesian and English news, with evidence."""

__version__ = "0.1.0"
