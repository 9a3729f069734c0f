"""Every rule carries its own id and texts; the app's catalogue and the letters find them there."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from core.letters.i18n import LANGUAGES, rule_name
from core.rules.finding import SEVERITIES, severity_rank
from core.rules.registry import ALL_RULES, METADATA_RULES, VOICE_RULE, rule_texts

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "dossier_de.ts"


def _catalogue(context: str) -> set[str]:
    root = ET.parse(CATALOGUE).getroot()
    return {m.findtext("source") or "" for c in root.iter("context") if c.findtext("name") == context
            for m in c.iter("message")}


def test_ids_are_unique_and_every_rule_has_a_title() -> None:
    ids = [rule.id for rule in ALL_RULES]
    assert len(ids) == len(set(ids)) == len(METADATA_RULES) + 1
    assert VOICE_RULE.id == "voice-mismatch"
    assert all(rule.texts.title and rule_texts(rule.id) is rule.texts for rule in ALL_RULES)
    assert rule_texts("no-such-rule") is None


def test_titles_and_headlines_are_in_the_translation_catalogue() -> None:
    titles, headlines = _catalogue("Rules"), _catalogue("Overview")
    assert {rule.texts.title for rule in ALL_RULES} <= titles
    assert {rule.texts.headline for rule in ALL_RULES if rule.texts.headline} <= headlines
    assert all("%1" in (rule.texts.headline or "%1") for rule in ALL_RULES)


def test_letters_name_every_finding_rule_in_every_language() -> None:
    for rule in ALL_RULES:
        if rule.id == "export-summary":  # an export-level finding: letters quote its explanation instead
            continue
        assert set(rule.texts.letter) == set(LANGUAGES), rule.id
        assert all(rule_name(rule.id, lang) == rule.texts.letter[lang] for lang in LANGUAGES)
    assert rule_name("no-such-rule", "de") == "no-such-rule"


def test_one_severity_order() -> None:
    assert [severity_rank(s) for s in SEVERITIES] == [0, 1, 2]
    assert severity_rank("unknown") > severity_rank("low")
