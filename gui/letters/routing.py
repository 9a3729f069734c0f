"""The letter dialog's routing: where the user lives, the authority and languages that follow, kept details.

Mixed into :class:`gui.letters.editor.LetterDialog`; its texts keep the dialog's translation context. The
residence, the complainant's details and declarations are saved in the case and in the profile
(:mod:`core.case.profile`) as they change; each change drafts the letter again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from core.case.profile import load_profile, update_profile
from core.letters.authorities import COUNTRIES, ResidenceUnknown, controller_for, suggest_authority
from core.letters.authorities import authority as authority_by_slug
from gui.letters.languages import fill_languages
from gui.letters.preview import ui_language

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    from gui.letters.panels import ComplainantForm, OptionsPanel

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for; the dialog's own context


class LetterRouting:
    """Residence, authority and language choices, and the details kept in the case (mixed into the dialog)."""

    # what the dialog this is mixed into holds and does
    if TYPE_CHECKING:
        export: Any
        case: Any
        kind: QComboBox
        residence: QComboBox
        authority: QComboBox
        language: QComboBox
        reason: QLabel
        details: ComplainantForm
        options: OptionsPanel
        _save_timer: QTimer

        def regenerate(self, ask: bool = False) -> None: ...

    # ---- case --------------------------------------------------------------------------------------
    def _load_case(self) -> None:
        declarations = dict(self.case.declarations())
        profile = load_profile()  # name, address and residence entered once for all exports
        self.details.set_values(dict(self.case.complainant()) or dict(profile.complainant), declarations)
        residence = str(declarations.get("residence") or profile.residence or "")
        if not residence:  # a guess from the export's own account data, never Germany without the Land
            countries = [c for c in getattr(self.export.account, "countries", []) if c in COUNTRIES and c != "DE"]
            residence = countries[0] if countries else ""
        self._select(self.residence, residence)
        self.options.include_unreviewed.setChecked(not any(v for v, _n in self.case.verdicts().values()))
        self._route(keep_language=False)

    def _writable(self) -> bool:
        return not getattr(self.case, "read_only", False)

    def _details_changed(self) -> None:
        self._save_timer.start()

    def _save_details(self) -> None:
        if self._writable():
            self.case.set_complainant(self.details.details())
            update_profile(complainant=self.details.details())
            for key, value in self.details.dates().items():
                self.case.set_declaration(key, value)
            self.case.set_declaration("owner_has_no_device", self.details.no_device.isChecked() or None)
        self.regenerate()

    # ---- routing -----------------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _residence_code(self) -> str:
        """The chosen residence, or the lead authority's country until the user has chosen."""
        code = self.residence.currentData()
        if code:
            return str(code)
        lead = authority_by_slug(controller_for(self.export.vendor).lead_authority)
        return lead.country

    def _route(self, keep_language: bool = True) -> None:
        try:
            suggestion = suggest_authority(self._residence_code(), self.export.vendor)
        except ResidenceUnknown as exc:
            self.reason.setText(str(exc))
            return
        for w in (self.authority, self.language):
            w.blockSignals(True)
        self._select(self.authority, suggestion.authority.slug)
        if self.residence.currentData():
            self.reason.setText(translate("LetterDialog", "Suggested: ") + suggestion.reason)
        else:
            self.reason.setText(translate("LetterDialog", "Choose where you live: you can complain to the authority of "
                                                          "your country (for Germany, of your federal state), in your "
                                                          "language. Until then the lead authority is shown."))
        fill_languages(self.language, self.kind.currentData(), suggestion.authority,
                       self.language.currentData() if keep_language else None)
        for w in (self.authority, self.language):
            w.blockSignals(False)

    def _residence_changed(self) -> None:
        if self._writable():
            self.case.set_declaration("residence", self.residence.currentData() or None)
        if self.residence.currentData():
            update_profile(residence=str(self.residence.currentData()))
        self._route(keep_language=False)
        self.regenerate()

    def _authority_changed(self) -> None:
        suggestion = suggest_authority(self._residence_code(), self.export.vendor)
        if self.authority.currentData() != suggestion.authority.slug:
            self.reason.setText(translate("LetterDialog", "You chose this authority instead of the suggested one (") +
                                suggestion.authority.display_name(ui_language()) + ").")
        else:
            self.reason.setText(translate("LetterDialog", "Suggested: ") + suggestion.reason)
        self._languages_changed()

    def _languages_changed(self) -> None:
        """The sending languages of the chosen authority (or the company's for its letters), then a new draft."""
        fill_languages(self.language, self.kind.currentData(), authority_by_slug(self.authority.currentData()),
                       self.language.currentData())
        self.regenerate()
