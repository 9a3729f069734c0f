"""Dossier's core: reading, parsing, checking and drafting, with no Qt anywhere.

The GUI (``gui/``) observes this package; nothing here imports PySide6.
"""

__version__ = "0.1.0"
