"""`dossier letter --residence XX` writes the complaint in a language the authority accepts, for every EU/EEA
residence, says when that language's text is not verified, and tells the user how to send it."""

from pathlib import Path

import pytest

from core.letters.authorities import EU_EEA, GERMAN_LAENDER, sending_languages, suggest_authority
from core.letters.i18n import ENGLISH_NAMES
from core.letters.verification import verification
from core.platform.paths import demo_export_dir
from gui.start.launcher import main

DEMO = demo_export_dir()
RESIDENCES = [c for c in EU_EEA if c != "DE"] + sorted(GERMAN_LAENDER)
FACTS = ["--request-date", "2018-10-01", "--received-date", "2018-12-03", "--request-channel", "web form",
         "--reference", "none", "--account-email", "a@example.org", "--prior-contact", "none",
         "--other-proceedings", "none", "--consent-to-disclose", "no", "--name", "Erika Muster"]


@pytest.mark.parametrize("residence", RESIDENCES)
def test_every_residence_gets_the_complaint_in_a_language_its_authority_accepts(residence, tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["letter", str(DEMO), "--residence", residence, "--out", str(out), *FACTS]) == 0
    written = sorted(p.name for p in out.glob("letter-complaint-*.txt") if not p.name.endswith("-form-fields.txt"))
    assert len(written) == 1, written
    lang = written[0].removeprefix("letter-complaint-").removesuffix(".txt")
    authority = suggest_authority(residence, "amazon").authority
    assert lang in sending_languages(authority), (residence, lang, authority.languages)
    text = (out / written[0]).read_text(encoding="utf-8")
    assert "{" not in text and "}" not in text  # every slot of the phrasebook filled
    captured = capsys.readouterr()
    assert f"How to send it to {authority.name}" in captured.out
    assert f"Language: {ENGLISH_NAMES[lang]}" in captured.out
    unverified = f"The {ENGLISH_NAMES[lang]} text of this letter is not verified"
    assert (unverified in captured.err) is (not verification(lang).reviewed)


def test_the_sending_language_can_be_switched_where_the_authority_accepts_several(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["letter", str(DEMO), "--residence", "BE", "--out", str(out), *FACTS]) == 0
    assert (out / "letter-complaint-fr.txt").is_file()
    assert "--lang nl / --lang de" in capsys.readouterr().out
    assert main(["letter", str(DEMO), "--residence", "BE", "--out", str(out), "--lang", "nl", *FACTS]) == 0
    text = (out / "letter-complaint-nl.txt").read_text(encoding="utf-8")
    assert "Klacht op grond van artikel 77, lid 1, AVG" in text and "Gegevensbeschermingsautoriteit" in text


def test_channels_that_are_not_a_complaint_are_named(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["letter", str(DEMO), "--residence", "IT", "--out", str(out), *FACTS]) == 0
    said = capsys.readouterr().out
    assert "Certified e-mail (PEC): protocollo@pec.gpdp.it" in said
    assert "Not accepted as a complaint: ordinary e-mail." in said
    assert "copy of a valid identity document" in said
    text = (out / "letter-complaint-it.txt").read_text(encoding="utf-8")
    assert "Reclamo ai sensi dell'art. 77, par. 1, RGPD" in text


def test_a_company_letter_goes_in_the_language_of_the_account_site(tmp_path):
    out = tmp_path / "o"
    assert main(["letter", str(DEMO), "--residence", "PL", "--out", str(out), "--kind", "access", *FACTS]) == 0
    assert [p.name for p in out.glob("letter-access-*.txt")] == ["letter-access-de.txt"]  # demo account: amazon.de


def test_a_company_letter_in_a_phrasebook_language_is_one_sentence(tmp_path, capsys):
    assert main(["letter", str(DEMO), "--residence", "PL", "--out", str(tmp_path / "o"), "--kind", "access",
                 "--lang", "pl"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "English, German or French" in err[0]


def test_demo_export_is_there():
    assert Path(DEMO, "Alexa.zip").is_file()


def test_a_language_the_authority_does_not_take_is_warned_about(tmp_path, capsys):
    assert main(["letter", str(DEMO), "--residence", "PL", "--out", str(tmp_path / "o"), "--lang", "en", *FACTS]) == 0
    err = capsys.readouterr().err
    assert "does not list English among the languages it takes complaints in (Polish)" in err


def test_the_sending_steps_follow_the_environment_language(tmp_path, monkeypatch, capsys):
    from core.i18n import set_language

    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    try:
        assert main(["letter", str(DEMO), "--residence", "PL", "--out", str(tmp_path / "o"), *FACTS]) == 0
    finally:
        set_language(None)
    captured = capsys.readouterr()
    assert "Sprache: Polnisch" in captured.out
    assert "So schicken Sie die Beschwerde an Urząd Ochrony Danych Osobowych (UODO)" in captured.out
    assert "Der Text dieses Briefs (Polnisch) ist nicht geprüft" in captured.err
    assert (tmp_path / "o" / "letter-complaint-pl.txt").is_file()  # the letter stays in the authority's language
