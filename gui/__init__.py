"""Dossier's desktop app (PySide6). Observes :mod:`core`; core never imports from here."""
