"""Core's words in the user's language, without Qt: Python ``gettext`` with one catalog per language.

Every sentence core writes for a person (finding explanations, evidence values, import-report reasons,
error sentences, authority routing) goes through :func:`_` (or :func:`ngettext`); texts defined before a
language is known are marked with :func:`N_` and translated where they are shown. The catalogs are the
plain-text ``resources/locale/<lang>/LC_MESSAGES/dossier.po`` files (read directly, so a new language is
one file; ``scripts/update_core_catalog.py`` collects the texts). English is the source language.

The language is process-wide: the app sets its UI language at start-up, ``dossier scan``/``letter`` take
``--lang`` or follow ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` as gettext does — also when that
locale is not generated on the machine, since only the variables are read. ``qps`` is a pseudo-language
for tests: every translated text comes back as ``⟦…⟧``, about 30 % longer.
"""

from __future__ import annotations

import gettext
import math
import os
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from core.platform.paths import resources_dir

DOMAIN = "dossier"
SOURCE_LANGUAGE = "en"
PSEUDO = "qps"
PSEUDO_OPEN, PSEUDO_CLOSE, PSEUDO_PAD = "⟦", "⟧", "·"


def locale_dir() -> Path:
    return resources_dir() / "locale"


def languages() -> tuple[str, ...]:
    """English and every language that has a catalog (the pseudo-language is not offered)."""
    found = sorted(p.parents[1].name for p in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (SOURCE_LANGUAGE, *[lang for lang in found if lang != SOURCE_LANGUAGE])


class PseudoTranslations(gettext.NullTranslations):
    """Wraps every text in ``⟦…⟧`` and pads it by ~30 %, so untranslated or cut-off text stands out."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


def pseudo(text: str) -> str:
    """``⟦text··⟧``: the pseudo-language's rendering of ``text``."""
    return f"{PSEUDO_OPEN}{text}{PSEUDO_PAD * math.ceil(len(text) * 0.3)}{PSEUDO_CLOSE}"


class CatalogTranslations(gettext.NullTranslations):
    """A ``.po`` catalog read as it is (fuzzy and empty entries fall back to English)."""

    def __init__(self, catalog: Mapping[str, str | list[str]]) -> None:
        super().__init__()
        self._catalog = dict(catalog)

    def gettext(self, message: str) -> str:
        found = self._catalog.get(message)
        return found if isinstance(found, str) and found else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self._catalog.get(msgid1)
        if isinstance(found, list) and len(found) >= 2 and all(found):
            return found[0] if n == 1 else found[1]  # every shipped language: "n == 1" vs. the rest
        return msgid1 if n == 1 else msgid2


def read_po(path: Path) -> dict[str, str | list[str]]:
    """msgid → msgstr (or the list of plural forms) of a ``.po`` file; fuzzy entries are left out."""
    catalog: dict[str, str | list[str]] = {}
    entry: dict[str, str] = {}
    field = ""
    fuzzy = next_fuzzy = False

    def flush() -> None:
        msgid = entry.get("msgid", "")
        if msgid and not fuzzy:
            plurals = sorted(k for k in entry if k.startswith("msgstr["))
            catalog[msgid] = [entry[k] for k in plurals] if plurals else entry.get("msgstr", "")

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            next_fuzzy = next_fuzzy or (line.startswith("#,") and "fuzzy" in line)
        elif line.startswith('"'):
            entry[field] = entry.get(field, "") + _unquote(line)
        elif line:
            key, _sep, rest = line.partition(" ")
            if key in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
                flush()
                entry, fuzzy, next_fuzzy = {}, next_fuzzy, False
            elif not entry:
                fuzzy, next_fuzzy = next_fuzzy, False
            field = key
            entry[field] = _unquote(rest.strip())
    flush()
    return catalog


def _unquote(text: str) -> str:
    body = text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text
    out, i = [], 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


@cache
def translations_for(language: str) -> gettext.NullTranslations:
    if language == PSEUDO:
        return PseudoTranslations()
    path = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return gettext.NullTranslations()
    return CatalogTranslations(read_po(path))


_state: dict[str, gettext.NullTranslations | str] = {"language": SOURCE_LANGUAGE,
                                                      "translations": gettext.NullTranslations()}


def set_language(language: str | None) -> str:
    """Use ``language`` ("de", "de_DE.UTF-8", "system"/``None`` → the environment); returns the one in use."""
    chosen = supported(language) if language and language != "system" else language_from_environment()
    _state["language"] = chosen
    _state["translations"] = translations_for(chosen)
    return chosen


def current_language() -> str:
    return str(_state["language"])


def supported(code: str) -> str:
    """The language Dossier has for a locale name ("de_AT.UTF-8" → "de"); English when it has none."""
    if code == PSEUDO:
        return PSEUDO
    base = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in languages() else SOURCE_LANGUAGE


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language gettext would pick: ``LANGUAGE`` (a list), else ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.

    Only the variables are read, so a locale that is not generated on this machine still counts; a ``C``
    or ``POSIX`` locale means English, as it does for gettext (which then ignores ``LANGUAGE``).
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale_name.split(".")[0] in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    for code in [c for c in env.get("LANGUAGE", "").split(":") if c] + [locale_name]:
        if code == PSEUDO or supported(code) != SOURCE_LANGUAGE or code.lower().startswith("en"):
            return supported(code)
    return SOURCE_LANGUAGE


class _NumberFormatter(string.Formatter):
    """``{n:,}`` and ``{x:,.1f}`` with the current language's separators (``1.694``, ``2,5`` in German)."""

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, int | float) and current_language() == "de" and ("," in format_spec or "." in format_spec):
            return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text


_FORMATTER = _NumberFormatter()


class Text(str):
    """A translated template: ``.format()`` writes numbers with the language's separators."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        return _FORMATTER.vformat(str(self), args, kwargs)


def _(message: str) -> str:
    """``message`` in the current language."""
    translations = _state["translations"]
    assert isinstance(translations, gettext.NullTranslations)
    return Text(translations.gettext(message))


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural text for ``n`` in the current language."""
    translations = _state["translations"]
    assert isinstance(translations, gettext.NullTranslations)
    return Text(translations.ngettext(singular, plural, n))


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now (translate it with :func:`_` when shown)."""
    return message


def number(value: float, decimals: int = 0) -> str:
    """``1,694`` / ``2.5`` in English, ``1.694`` / ``2,5`` in German (the current language's separators)."""
    text = f"{value:,.{decimals}f}"
    if current_language() == "de":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def yes_no(value: object) -> str:
    """A truth value as a word ("yes"/"no"; "unknown" for ``None``), never ``True``/``None``."""
    if value is None:
        return _("unknown")
    return _("yes") if value else _("no")
