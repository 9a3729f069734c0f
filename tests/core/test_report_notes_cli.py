"""`dossier scan --json` writes the import report's notes in the language asked for, not in English.

Through the real command (a child process, as a user runs it) on the two demos and on generated exports that
make the rarer notes (a transcript PDF in local time, a Takeout part whose first part is missing, many audio
files no entry names, HTML times with a zone label their region did not show): under ``--lang qps`` every note,
problem and file reason comes back as the pseudo-language's ``⟦…⟧``, so none bypassed the catalog; under
``--lang de`` every note is the German catalog text of the English note at the same place.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from core import i18n
from tests.core.vendors.amazon import known_layouts as kl
from tests.core.vendors.google import synth
from tests.core.vendors.google.conftest import TREES
from tests.reliability.helpers import DOSSIER

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from update_core_catalog import collect  # noqa: E402

DEMO = ROOT / "resources" / "demo"


def _unnamed_clips(tmp: Path) -> list[Path]:
    clip = synth.mp3_clip("hello")
    tree = {f"My Activity/Assistant/clip-{i}.mp3": clip + bytes([i]) for i in range(8)}
    tree["My Activity/Assistant/MyActivity.json"] = synth.as_json(
        [{"header": "Assistant", "title": f"Said x{i}", "time": "2023-01-01T00:00:00Z", "audioFiles": [f"gone-{i}.mp3"]}
         for i in range(7)])
    return [synth.write_zip(tree, tmp / "takeout-x.zip")]


EXPORTS: dict[str, Callable[[Path], list[Path]]] = {
    "amazon-demo": lambda tmp: [DEMO / "amazon-2018"],
    "google-demo": lambda tmp: [DEMO / "google-takeout"],
    "amazon-pdf-local-time": lambda tmp: kl.pdf_2018(tmp / "pdf", "de", local_hours=2),
    "google-second-part-only": lambda tmp: synth.write_split(TREES["en-json"](), tmp / "split")[1:],
    "google-unnamed-clips": _unnamed_clips,
    "google-html-mislabelled": lambda tmp: [synth.write_zip(TREES["en-html"](), tmp / "takeout-html.zip")],
}


def scan(paths: list[Path], language: str, home: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    env |= {"HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8"}
    out = subprocess.run([*DOSSIER, "scan", *map(str, paths), "--json", "--lang", language], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300, check=True).stdout
    report: dict[str, Any] = json.loads(out)["report"]
    return report


def _pattern(template: str) -> str:
    """A catalog text as a regular expression: its placeholders match any value."""
    return "".join(re.escape(part) if i % 2 == 0 else ".+?"
                   for i, part in enumerate(re.split(r"(\{[^{}]*\})", template)))


@cache
def catalog_pairs() -> tuple[tuple[str, str, bool], ...]:
    """(English pattern, German pattern, continues a sentence) for every catalog text and plural form with words
    of its own; a text that starts with a space continues the one before it (" The other 1 is shown …")."""
    german = i18n.read_po(i18n.locale_dir() / "de" / "LC_MESSAGES" / "dossier.po")
    pairs = []
    for msgid, plural in collect(ROOT / "core"):
        translated = german[msgid]
        forms = list(zip([msgid, plural], translated, strict=True)) if plural else [(msgid, translated)]
        for english, form in forms:
            assert isinstance(english, str) and isinstance(form, str)
            if re.search(r"[A-Za-z]{3}", re.sub(r"\{[^{}]*\}", "", english)):  # not "{where}: {exc}"
                pairs.append((_pattern(english), _pattern(form), english.startswith(" ")))
    return tuple(pairs)


def german_for(english: str) -> list[str]:
    """The German patterns of the catalog sentence(s) ``english`` is: one, or one and a continuation."""
    pairs = catalog_pairs()
    found = [(en, de) for en, de, _continues in pairs if re.fullmatch(en, english, re.DOTALL)] or [
        (first_en + next_en, first_de + next_de) for first_en, first_de, _continues in pairs
        for next_en, next_de, continues in pairs if continues and re.fullmatch(first_en + next_en, english, re.DOTALL)]
    # the most specific wins: "{n} voice entries have no audio file …", not "{a} and {b}"
    longest = max((len(en.replace(".+?", "")) for en, _de in found), default=0)
    return [de for en, de in found if len(en.replace(".+?", "")) == longest]


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_report_text_of_dossier_scan_comes_from_the_catalog(name: str, tmp_path: Path) -> None:
    report = scan(EXPORTS[name](tmp_path), "qps", tmp_path)
    assert report["notes"], "each of these exports makes at least one note"
    texts = [n["message"] for n in report["notes"]] + [p["message"] for p in report["problems"]] + [
        f["reason"] for f in report["skipped"] + report["unreadable"]]
    untranslated = [t for t in texts if not (t.startswith(i18n.PSEUDO_OPEN) and t.endswith(i18n.PSEUDO_CLOSE))]
    assert untranslated == []


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_note_of_dossier_scan_lang_de_is_the_german_catalog_text(name: str, tmp_path: Path) -> None:
    paths = EXPORTS[name](tmp_path)
    english = [n["message"] for n in scan(paths, "en", tmp_path)["notes"]]
    german = [n["message"] for n in scan(paths, "de", tmp_path)["notes"]]
    assert len(german) == len(english) > 0
    for en, de in zip(english, german, strict=True):
        assert de != en
        candidates = german_for(en)
        assert candidates, f"not a catalog sentence: {en!r}"
        assert any(re.fullmatch(pattern, de, re.DOTALL) for pattern in candidates), (en, de)
