"""Qt Linguist translations: Dossier's own (``resources/translations/dossier_<lang>.qm``) and Qt's.

Update the catalogues with ``scripts/update_translations.sh`` (pyside6-lupdate → .ts, then
pyside6-lrelease → .qm); both files are committed.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from core.i18n import PSEUDO, pseudo
from core.i18n import set_language as set_core_language
from core.platform.paths import resources_dir

LANGUAGES = ("en", "de")
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def resolve_language(setting: str) -> str:
    """``system`` → the system's language if Dossier has it, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


class PseudoTranslator(QTranslator):
    """The test language ``qps``: every Qt text comes back as ``⟦…⟧``, ~30 % longer (like core's ``qps``)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, setting: str) -> str:
    """Install the translators for ``setting`` and give core the same language; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = PSEUDO if setting == PSEUDO else resolve_language(setting)
    set_core_language(language)
    if language == PSEUDO:
        fake = PseudoTranslator(app)
        app.installTranslator(fake)
        _installed.append(fake)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.system().territory()))
        return language
    ours = QTranslator(app)
    if ours.load(f"dossier_{language}", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language
