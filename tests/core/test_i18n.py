"""Core's own words: gettext catalogs, the language chosen like gettext chooses it, German complete."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import i18n
from core.i18n import _, language_from_environment, ngettext, number, read_po, set_language
from tests.reliability.helpers import DOSSIER

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from update_core_catalog import collect  # noqa: E402


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_CH"}, "de"),                                  # a locale not generated here still counts
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),                            # no French catalog: English
    ({"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}, "de"),       # LANGUAGE is a list of preferences
    ({"LANGUAGE": "de", "LC_ALL": "C"}, "en"),                  # gettext ignores LANGUAGE in the C locale
    ({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),   # LC_ALL wins over LANG
    ({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
    ({}, "en"),
])
def test_language_follows_the_environment_like_gettext(env: dict[str, str], expected: str) -> None:
    assert language_from_environment(env) == expected


def test_german_catalog_is_complete_and_keeps_every_placeholder() -> None:
    catalog = read_po(i18n.locale_dir() / "de" / "LC_MESSAGES" / "dossier.po")
    messages = collect(ROOT / "core")
    assert len(messages) > 200
    for msgid, plural in messages:
        translated = catalog.get(msgid)
        assert translated, f"untranslated: {msgid!r}"
        forms = translated if isinstance(translated, list) else [translated]
        assert len(forms) == (1 if plural is None else 2), msgid
        for form in forms:
            assert sorted(re.findall(r"\{[^}]*\}", form)) == sorted(re.findall(r"\{[^}]*\}", msgid)), (msgid, form)


def test_translation_numbers_and_plurals_follow_the_language() -> None:
    set_language("de")
    assert _("Findings: none.") == "Auffälligkeiten: keine."
    assert ngettext("{n} voice device", "{n} voice devices", 3).format(n=number(3)) == "3 Sprachgeräte"
    assert number(1694) == "1.694" and number(2.5, 1) == "2,5"
    assert _("This file is {value:,.1f} GB — too large for Dossier to read; it is listed but skipped.").format(
        value=1234.5).startswith("Diese Datei ist 1.234,5 GB")
    set_language("en")
    assert _("Findings: none.") == "Findings: none."
    assert number(1694) == "1,694" and number(2.5, 1) == "2.5"


def test_pseudo_language_marks_and_lengthens_every_text() -> None:
    set_language("qps")
    text = _("Findings: none.")
    assert text.startswith("⟦") and text.endswith("⟧") and "Findings: none." in text
    assert len(text) >= len("Findings: none.") * 1.3


def test_refusals_speak_the_language_they_are_raised_in() -> None:
    from core.errors import NotAZip

    set_language("de")
    assert str(NotAZip()) == "Diese Datei ist kein ZIP-Archiv."




def clean_env(home: Path, **language: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    return env | {"HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"} | language


@pytest.mark.parametrize("how", ["env", "option"])
def test_dossier_scan_speaks_german(how: str, tmp_path: Path) -> None:
    demo = ROOT / "resources" / "demo" / "amazon-2018"
    env = clean_env(tmp_path, LANG="de_DE.UTF-8" if how == "env" else "en_US.UTF-8")
    args = [*DOSSIER, "scan", str(demo)] + (["--lang", "de"] if how == "option" else [])
    out = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True).stdout
    assert "Wichtigste Auffälligkeiten:" in out
    assert "Diese Aufnahme vom" in out
    assert "This recording" not in out


def test_a_bad_file_is_refused_in_german(tmp_path: Path) -> None:
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"not a zip at all")
    env = clean_env(tmp_path, LANGUAGE="de", LANG="de_DE.UTF-8")
    result = subprocess.run([*DOSSIER, "scan", str(bad)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "ZIP-Archiv" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("language", "words"), [
    ("de_DE.UTF-8", ["Aufruf: dossier", "Optionen:", "diese Hilfe zeigen und beenden",
                     "einen Export ohne Fenster einlesen", "viele Exporte parallel"]),
    ("C.UTF-8", ["usage: dossier", "options:", "show this help message and exit",
                 "import an export headless", "screen many exports in parallel"]),
])
def test_dossier_help_speaks_the_users_language(language: str, words: list[str], tmp_path: Path) -> None:
    env = clean_env(tmp_path, LANG=language)
    out = subprocess.run([*DOSSIER, "--help"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                         check=True).stdout
    assert all(word in out for word in words), out
    letter = subprocess.run([*DOSSIER, "letter", "--help"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=True).stdout
    assert ("Angaben, die nur Sie bestätigen können" in letter) == language.startswith("de"), letter


def test_a_mistyped_command_is_told_in_german_and_scan_lang_asks_for_it(tmp_path: Path) -> None:
    missing = subprocess.run([*DOSSIER, "scan"], cwd=ROOT, env=clean_env(tmp_path, LANG="de_DE.UTF-8"),
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2
    assert "dossier scan: Fehler: folgende Argumente sind erforderlich: paths" in missing.stderr
    asked = subprocess.run([*DOSSIER, "scan", "--lang", "de", "--help"], cwd=ROOT,
                           env=clean_env(tmp_path, LANG="C.UTF-8"), capture_output=True, text=True, timeout=120,
                           check=True).stdout
    assert "das vollständige Ergebnis als JSON ausgeben" in asked


def test_scan_json_is_the_same_under_any_locale_unless_asked(tmp_path: Path) -> None:
    demo = str(ROOT / "resources" / "demo" / "amazon-2018")
    runs = [subprocess.run([*DOSSIER, "scan", demo, "--json", *extra], cwd=ROOT, env=clean_env(tmp_path, LANG=lang),
                           capture_output=True, text=True, timeout=300, check=True).stdout
            for lang, extra in (("de_DE.UTF-8", []), ("C.UTF-8", []), ("C.UTF-8", ["--lang", "de"]))]
    assert runs[0] == runs[1] and "This recording" in runs[0]
    assert "Diese Aufnahme" in runs[2]
