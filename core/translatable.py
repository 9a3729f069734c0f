"""Marking texts that core hands to the app, so the app's translation catalogue finds them without Qt.

``scripts/update_translations.sh`` runs Qt's lupdate over ``core/rules`` and ``core/vendors`` too; lupdate
collects every ``QT_TRANSLATE_NOOP(context, text)`` call, and the app translates the text in that context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate looks for
    """Mark ``text`` for the app's translation catalogue (context ``context``); returns it unchanged."""
    return text
