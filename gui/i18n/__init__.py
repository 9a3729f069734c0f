"""Qt Linguist translations: Dossier's own (``resources/translations/dossier_<lang>.qm``) and Qt's.

Update the catalogues with ``scripts/update_translations.sh`` (pyside6-lupdate → .ts, then
pyside6-lrelease → .qm); both files are committed.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

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


def install_translators(app: QApplication, setting: str) -> str:
    """Install the translators for ``setting``; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
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
