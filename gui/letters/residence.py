"""Where the user lives, asked once before the first letter and kept for all exports.

The residence picks the data protection authority and the letter's language. It is asked when neither
this export's review nor the user's profile (:mod:`core.case.profile`) knows it, pre-set from the export's
account country when the export names one, and saved in both. The list starts at an entry that chooses
nothing, so pressing Enter never silently picks the first country.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from core.case.profile import load_profile, update_profile
from gui.dialogs import messages
from gui.letters.preview import residence_choices

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def ask_residence(parent: QWidget, export: Any, case: Any) -> bool:
    """Ask where the user lives unless that is known; ``False`` when they cancelled (no letter then)."""
    if case.declarations().get("residence") or load_profile().residence or not messages.DIALOGS_ENABLED:
        return True
    choices = [("", translate("Residence", "— choose where you live —")), *residence_choices()]
    countries = [c for c in getattr(getattr(export, "account", None), "countries", []) if c != "DE"]
    codes = [code for code, _label in choices]
    labels = [label for _code, label in choices]
    start = next((codes.index(c) for c in countries if c in codes), 0)
    label, ok = QInputDialog.getItem(
        parent, translate("Residence", "Where do you live?"),
        translate("Residence", "Dossier addresses your complaint to the data protection authority where you live, "
                               "in its language. You are asked once: Dossier keeps your answer for all your exports "
                               "(Edit ▸ Forget my name and address deletes it)."), labels, start, False)
    if not ok:
        return False
    code = codes[labels.index(label)]
    if not code:
        return True  # not answered: the letter window asks again in its own "You live in" field
    update_profile(residence=code)
    if not case.read_only:
        case.set_declaration("residence", code)
    return True
