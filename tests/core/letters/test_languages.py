"""Complaint languages: every phrasebook is complete, every authority has a language Dossier writes, every
language says who checked it, and every authority's channel data is usable."""

import json
import string
from datetime import date

import pytest

from core.letters.authorities import EU_EEA, authorities, default_language, sending_languages
from core.letters.context import LanguageUnavailable, LetterOptions
from core.letters.draft import draft_letter
from core.letters.i18n import COMPLAINT_LANGUAGES, ENGLISH_NAMES, format_date, format_int
from core.letters.phrasebook import PHRASEBOOK_LANGUAGES, available
from core.letters.verification import verification, verification_warning
from core.platform.paths import resources_dir
from tests.core.letters.factory import HOSTILE, make_export, make_findings
from tests.core.letters.test_letters import COMPLAINANT, DECLARED

BOOKS = resources_dir() / "letters" / "phrasebook"
REFERENCE = json.loads((BOOKS / "_reference-en.json").read_text(encoding="utf-8"))
# the 24 official EU languages, Norwegian and Icelandic
OFFICIAL = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl",
            "pl", "pt", "ro", "sk", "sl", "sv", "nb", "is"}


def _slots(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_dossier_writes_every_official_language_of_the_eu_and_eea():
    assert set(COMPLAINT_LANGUAGES) == OFFICIAL
    assert available() == PHRASEBOOK_LANGUAGES
    assert set(ENGLISH_NAMES) == OFFICIAL


@pytest.mark.parametrize("lang", PHRASEBOOK_LANGUAGES)
def test_phrasebook_has_every_phrase_with_no_unknown_slot(lang):
    book = json.loads((BOOKS / f"{lang}.json").read_text(encoding="utf-8"))
    assert set(book["phrases"]) == set(REFERENCE["phrases"])
    assert set(book["placeholders"]) == set(REFERENCE["placeholders"])
    assert set(book["labels"]) == set(REFERENCE["labels"])
    for key, phrase in book["phrases"].items():
        assert _slots(phrase) <= _slots(REFERENCE["phrases"][key]), (lang, key)
    assert all(v.startswith("[") and v.endswith("]") for v in book["placeholders"].values())


@pytest.mark.parametrize("lang", PHRASEBOOK_LANGUAGES)
def test_complaint_in_each_phrasebook_language_has_its_facts_and_escapes_hostile_text(lang):
    export = make_export(hostile=True)
    _, letter = draft_letter(export, make_findings(export), residence="PL", verdicts={}, complainant=COMPLAINANT,
                             declarations=DECLARED, lang=lang, options=LetterOptions(today=date(2026, 3, 8)))
    text = letter.text()
    assert "{" not in text and "}" not in text
    assert format_date(date(2018, 10, 1), lang) in text and format_date(date(2026, 3, 8), lang) in text
    assert "C-487/21" in text and "eu-privacy@amazon.de" in text and "Erika Muster" in text
    assert "<script" not in letter.body_html and HOSTILE[0] not in letter.body_html
    assert letter.lang == lang and letter.fields["summary"] and letter.labels["summary"] != "Summary"
    assert format_int(1694, lang) != "1694"
    assert "Attn." not in text and "Data Protection Officer" not in text  # no English address line


@pytest.mark.parametrize("slug", sorted(authorities()))
def test_every_authority_defaults_to_a_language_it_accepts_and_has_a_way_to_send(slug):
    authority = authorities()[slug]
    if authority.country in EU_EEA or authority.country == "CH":
        assert default_language(authority) in sending_languages(authority)
    assert authority.sending.channels, slug
    assert all(c.address for c in authority.sending.channels), slug
    assert authority.sending.source


def test_every_language_says_who_checked_it_and_only_reviewed_ones_stay_silent():
    for lang in COMPLAINT_LANGUAGES:
        v = verification(lang)
        assert v.by and v.on, lang
        warning = verification_warning(lang, ENGLISH_NAMES[lang])
        assert bool(warning) is (v.status != "reviewed")
    assert verification("de").reviewed and not verification("mt").reviewed


def test_a_company_letter_or_a_swiss_report_in_a_phrasebook_language_is_refused_in_one_sentence():
    export = make_export()
    for kind, residence, slug in (("access", "PL", None), ("complaint", "CH", "chedoeb")):
        with pytest.raises(LanguageUnavailable) as caught:
            draft_letter(export, make_findings(export), residence=residence, verdicts={}, complainant=COMPLAINANT,
                         declarations=DECLARED, lang="it", kind=kind, authority_slug=slug)
        assert "\n" not in str(caught.value)
