"""Letters: required elements in every language, finding selection, escaping of hostile strings."""

from datetime import date

import pytest

from core.letters.context import KINDS, LetterOptions, select_findings
from core.letters.draft import draft_letter
from core.letters.i18n import LANGUAGES
from core.letters.sanitise import clean, clean_line
from tests.core.letters.factory import HOSTILE, make_export, make_findings

COMPLAINANT = {"name": "Erika Muster", "address": "Hauptstr. 1\n01067 Dresden", "email": "erika@example.org",
               "account_email": "erika@example.org"}
DECLARED = {"owner_has_no_device": True, "request_date": "2018-10-01", "delivery_date": "2018-12-03",
            "request_channel": "web form", "company_reference": "none", "prior_contact": "none",
            "other_proceedings": "none", "consent_disclose": "yes"}

# Per language: the complaint structure of the reference (§5) and the articles of §6, as they must appear.
REQUIRED = {
    "en": ["Complaint under Art. 77(1) GDPR", "Complainant:", "Controller:", "eu-privacy@amazon.de", "Summary",
           "Facts", "Prior contact", "Competence", "Art. 15(1), 15(3) and 15(4), Art. 12(3)", "Art. 5(1)(d)",
           "Art. 5(1)(f), Art. 32", "Part A", "Part B", "ex officio", "Art. 33", "Art. 34", "Requests",
           "Evidence", "identity may be disclosed", "correspond with me in English", "Enclosures"],
    "de": ["Beschwerde nach Art. 77 Abs. 1 DSGVO", "Beschwerdeführer/in:", "Verantwortlicher:",
           "eu-privacy@amazon.de", "Kurzfassung", "Sachverhalt", "Bisherige Schritte", "Zuständigkeit",
           "Art. 15 Abs. 1, 3 und 4, Art. 12 Abs. 3", "Art. 5 Abs. 1 lit. d", "Art. 5 Abs. 1 lit. f, Art. 32",
           "Teil A", "Teil B", "von Amts wegen", "Art. 33", "Art. 34", "Anträge", "Beweismittel",
           "Identität dem Verantwortlichen offengelegt", "auf Deutsch", "Mit freundlichen Grüßen", "Anlagen"],
    "fr": ["Réclamation au titre de l'article 77, paragraphe 1, du RGPD", "Réclamant(e) :",
           "Responsable du traitement :", "eu-privacy@amazon.de", "Résumé", "Faits", "Démarches préalables",
           "Compétence", "Article 15, paragraphes 1, 3 et 4, article 12, paragraphe 3",
           "Article 5, paragraphe 1, point d)", "Article 5, paragraphe 1, point f), article 32", "Partie A",
           "Partie B", "examen d'office", "article 33", "article 34", "Demandes", "Pièces",
           "mon identité soit communiquée", "en français", "Pièces jointes"],
}
COMPANION = {  # kind -> per language, what each companion letter must ask
    "access": {"en": ["Art. 15", "C-487/21", "Art. 15(1)(c)", "by 8 April 2026", "ended on 1 November 2018"],
               "de": ["Art. 15", "C-487/21", "Art. 15 Abs. 1 lit. c", "bis zum 08.04.2026", "endete am 01.11.2018"],
               "fr": ["article 15", "C-487/21", "article 15, paragraphe 1, point c)", "d'ici le 8 avril 2026",
                      "a expiré le 1 novembre 2018"]},
    "erasure": {"en": ["Art. 18", "Art. 17(1)(d)", "Art. 19", "do not delete them yet"],
                "de": ["Art. 18", "Art. 17 Abs. 1 lit. d", "Art. 19", "noch nicht"],
                "fr": ["article 18", "article 17, paragraphe 1, point d)", "article 19", "pas encore"]},
    "breach": {"en": ["Art. 33(5)", "Art. 33(1)", "Art. 34", "questions, not claims"],
               "de": ["Art. 33 Abs. 5", "Art. 33 Abs. 1", "Art. 34", "keine Geltendmachung"],
               "fr": ["article 33, paragraphe 5", "article 33, paragraphe 1", "article 34", "non de l'exercice"]},
}


def _draft(lang="en", kind="complaint", verdicts=None, export=None, findings=None, options=None, **kw):
    export = export or make_export()
    findings = make_findings(export) if findings is None else findings
    options = options or LetterOptions(today=date(2026, 3, 8))
    return draft_letter(export, findings, residence=kw.pop("residence", "DE-SN"), verdicts=verdicts or {},
                        complainant=kw.pop("complainant", COMPLAINANT), declarations=kw.pop("declarations", DECLARED),
                        lang=lang, kind=kind, options=options, **kw)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complaint_has_every_required_element(lang):
    context, letter = _draft(lang)
    text = letter.text()
    missing = [x for x in REQUIRED[lang] if x.lower() not in text.lower()]
    assert not missing, missing
    export = make_export()
    assert export.files[0].sha256 in text
    assert "Sächsische Datenschutz- und Transparenzbeauftragte" in text
    assert context["rec"]["n"] == 12
    first, last = ("02.06.2018", "18.08.2018") if lang == "de" else (("2 June 2018", "18 August 2018") if lang == "en"
                                                                     else ("2 juin 2018", "18 août 2018"))
    assert first in text and last in text
    assert "12" in letter.subject
    # Part B is separate and after Part A; it never states that the controller failed to notify.
    assert text.index("Part B" if lang == "en" else ("Teil B" if lang == "de" else "Partie B")) > \
        text.index("Part A" if lang == "en" else ("Teil A" if lang == "de" else "Partie A"))
    assert "failed to notify" not in text
    # No transcript of anyone's speech.
    assert "private words" not in text and "private words" not in letter.body_html


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", [k for k in KINDS if k != "complaint"])
def test_companion_letters(lang, kind):
    context, letter = _draft(lang, kind)
    text = letter.text()
    assert "l-1855 luxembourg" in text.lower() and "eu-privacy@amazon.de" in text
    missing = [x for x in COMPANION[kind][lang] if x not in text]
    assert not missing, missing
    assert context["rec"]["n_fmt"] in text


def test_unreviewed_high_findings_are_marked_as_automatic():
    _, letter = _draft()
    assert "identified automatically" in letter.text() and "not yet been individually reviewed" in letter.text()
    assert "not mine" not in letter.subject  # nothing was reviewed: the subject asserts nothing
    assert "If so, the copy is not limited to my data" in letter.text()  # nor does the summary
    export = make_export()
    findings = make_findings(export)
    _, reviewed = _draft(export=export, findings=findings, verdicts={findings[0].id: ("not-mine", "")})
    assert "that are not mine" in reviewed.subject
    assert "The copy is therefore not limited to my data" in reviewed.text()


def test_selection_mine_never_unsure_only_when_chosen_medium_needs_a_verdict():
    export = make_export(n=6)
    findings = make_findings(export)
    verdicts = {findings[0].id: ("mine", ""), findings[1].id: ("unsure", ""), findings[2].id: ("not-mine", "")}
    default = select_findings(findings, verdicts, LetterOptions())
    assert findings[0].subject not in default.recordings
    assert findings[1].subject not in default.recordings
    assert default.recordings[findings[2].subject] == "not-mine"
    assert sum(1 for s in default.recordings.values() if s == "automatic") == 3
    with_unsure = select_findings(findings, verdicts, LetterOptions(include_unsure=True))
    assert with_unsure.recordings[findings[1].subject] == "unsure"
    reviewed_only = select_findings(findings, verdicts, LetterOptions(include_unreviewed_high=False))
    assert set(reviewed_only.recordings) == {findings[2].subject}
    medium = make_findings(export, severity="medium")
    assert not select_findings(medium, {}, LetterOptions()).recordings
    # A recording marked mine under one rule stays out even if another rule's finding says not-mine.
    other = [f.__class__(rule="duplicate-audio", severity="high", subject=f.subject, explanation="x")
             for f in findings[:1]]
    both = select_findings([*findings, *other], {findings[0].id: ("mine", "")}, LetterOptions())
    assert findings[0].subject not in both.recordings


def test_the_lead_authority_and_an_override():
    context, letter = _draft(residence="LU")
    assert context["authority"]["slug"] == "lucnpd" and context["authority"]["is_lead"]
    assert "lead supervisory authority" in letter.text()
    context, letter = _draft(residence="DE-SN", authority_slug="lucnpd")
    assert context["authority"]["overridden"] and "Belvaux" in letter.text()


def test_web_form_fields_fit_the_ico_limit():
    _, letter = _draft(residence="GB")
    assert "UK GDPR" in letter.subject
    assert set(letter.fields) >= {"summary", "timeline", "legal", "requests", "about_you", "organisation"}
    assert len(letter.fields["summary"]) <= 2000


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hostile_strings_are_escaped_in_html_and_cleaned_in_text(lang):
    export = make_export(n=len(HOSTILE), hostile=True)
    hostile_name = '<img src=http://evil.example/p.png>\u202eEvil\x00 Name\ud800'
    complainant = {**COMPLAINANT, "name": hostile_name, "address": "<script>x</script>\nStr. 1",
                   "phone": "{{ 7*7 }}"}
    _, letter = _draft(lang, export=export, complainant=complainant)
    html, text = letter.body_html, letter.text()
    assert "<img" not in html and "<script" not in html and "<b>bold" not in html
    assert "&lt;img src=http://evil.example/p.png&gt;" in html
    assert "<img src=http://evil.example/p.png>" in text  # shown literally in plain text
    for bad in ("\u202e", "\u202c", "\x00", "\ud800"):
        assert bad not in text and bad not in html and bad not in letter.subject
    assert "{{ 7*7 }}" in text  # data is never evaluated as a template
    assert "bold" not in html and "quotes" not in html  # device labels that may hold a name: pseudonymised
    assert any(p in text for p in ("Device A (", "Gerät A (", "Appareil A ("))
    assert all(bad not in " ".join(letter.sender) for bad in ("\u202e", "\x00"))


def test_sanitiser():
    assert clean("a\x00b\u202ec\ud800d\r\ne") == "abc\ufffdd\ne"
    assert clean_line("a\n\tb   c", max_length=None) == "a b c"
    assert clean_line("x" * 400, max_length=10).endswith("…")
    assert clean("Cafe\u0301") == "Café"


def test_form_profiles_and_attachment_limits():
    from core.letters.authorities import authority
    from core.letters.forms import attachment_warnings, form_fields

    _, letter = _draft(residence="GB")
    ico = form_fields(letter, authority("gbico"))
    assert [f.key for f in ico][:3] == ["about_you", "organisation", "what_happened"]
    assert ico[2].limit == 2000 and not ico[2].too_long
    _, letter = _draft("de")
    land = form_fields(letter, authority("desaechsdsb"))
    assert [f.label[0] for f in land] == ["1", "2", "3", "4", "5", "6"]
    assert "Erika Muster" in land[0].text and "eu-privacy@amazon.de" in land[1].text
    assert "Art. 15" in land[2].text and "Identität" in land[5].text
    _, letter = _draft("de", residence="AT")
    assert "§ 24 DSG" in letter.subject
    assert [f.key for f in form_fields(letter, authority("atdsb"))][:2] == ["complainant", "respondent"]
    assert attachment_warnings(authority("debaylda"), {"a.pdf": 1_000_000, "b.txt": 900_000})
    assert not attachment_warnings(authority("debaylda"), {"a.pdf": 100_000})
    assert attachment_warnings(authority("gbico"), {f"{i}.pdf": 10 for i in range(5)})
    assert attachment_warnings(authority("gbico"), {"big.pdf": 4_000_000})
    assert not attachment_warnings(authority("desaechsdsb"), {"big.pdf": 40_000_000})


def test_only_iso_dates_the_user_gave_are_used():
    _, letter = _draft(declarations={"request_date": "yesterday", "delivery_date": "2018-12-03"})
    text = letter.text()
    assert "3 December 2018" in text and "days after my request" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_google_exports_go_to_google_ireland_with_the_dpc_as_lead(kind):
    from core.model import ExportFile

    export = make_export(files=[ExportFile("takeout-001.zip", "/nonexistent/t.zip", 99, "cd" * 32, 0.0)])
    export.vendor = "google"
    context, letter = _draft("en", kind, export=export, residence="IE")
    text = letter.text()
    assert "Amazon" not in text and "Alexa" not in text
    assert "Google Ireland Limited" in text
    if kind == "complaint":
        assert context["authority"]["slug"] == "iedpc" and "main establishment in the EU is in Ireland" in text


def test_german_letters_abroad_use_din_5008_capitals():
    _, letter = _draft("de", authority_slug="lucnpd")
    assert letter.recipient[-2:] == ["L-4370 BELVAUX", "LUXEMBURG"]
    _, letter = _draft("de", "access")
    assert letter.recipient[-2:] == ["L-1855 LUXEMBOURG", "LUXEMBURG"]
    _, letter = _draft("en", "access")
    assert letter.recipient[-1] == "Luxembourg"
    _, letter = _draft("de")  # within Germany: no country line
    assert letter.recipient[-1] == "01330 Dresden"
    _, letter = _draft("de", "access")
    assert "z. Hd. Datenschutzbeauftragter" in letter.recipient and "Attn." not in letter.text()


def test_the_period_a_letter_states_leaves_out_times_that_are_only_the_archive_entrys_date():
    """An archive entry's date is often the day the export was packed, not when anyone spoke: a letter dates the
    recordings by the times the export gives for them (as it leaves out recordings without a time)."""
    import pandas as pd

    export = make_export()
    packed = export.recordings.index[-2:]
    export.recordings.loc[packed, "time"] = pd.Timestamp("2019-01-15T09:00:00Z")
    export.recordings.loc[packed, "time_source"] = "archive"
    text = _draft(export=export)[1].text()
    assert "dated 2 June 2018 to 4 August 2018" in text and "15 January 2019" not in text
    export.recordings["time_source"] = "archive"  # no recording time at all: no period is stated
    text = _draft(export=export)[1].text()
    assert " dated " not in text and "since " not in text
