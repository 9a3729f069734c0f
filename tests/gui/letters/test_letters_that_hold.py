"""Letters a case handler accepts as they are — through `dossier letter` and through the app's letter dialog.

Real exports on disk (derived from the generated demo): one without a device file, one whose device label is
a person's name; residences GB, CH and AT. Each letter states only what the export shows or the user
confirmed, under the law of the authority it goes to, and never names a third party.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from gui.start.launcher import main
from tests.core.letters.exports import (
    DEMO,
    NAME_LABEL,
    UNDATED_CLIP,
    with_name_label,
    with_undated_clip,
    with_voice_device_registered,
    without_device_file,
    without_search_file,
)

pytestmark = [pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")]
FACTS = ["--request-date", "2018-10-01", "--received-date", "2018-12-03", "--request-channel", "web form",
         "--reference", "none", "--account-email", "jonas@example.org", "--prior-contact", "none",
         "--other-proceedings", "none", "--consent-to-disclose", "yes", "--name", "Jonas Beispiel"]


def _letter(export: Path, out: Path, *args: str, kind: str = "complaint", lang: str = "de") -> str:
    assert main(["letter", str(export), "--out", str(out), "--lang", lang, "--kind", kind, *args]) == 0
    return (out / f"letter-{kind}-{lang}.txt").read_text(encoding="utf-8")


def _pdf_text(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                                   text=True).stdout.split())


def test_an_export_without_a_device_file_says_the_list_is_missing_not_empty(tmp_path, capsys):
    export = without_device_file(tmp_path / "export")
    text = _letter(export, tmp_path / "o", "--residence", "DE-SN", "--owner-has-no-device", *FACTS)
    assert "Der Export enthält keine Geräteliste." in text
    assert "Geräteeinträge" not in text and "kein sprachfähiges Gerät im Konto registriert" not in text
    assert "der Export enthält keine Geräteliste zum Abgleich" in text  # what each finding rests on
    assert "Meine eigene Erklärung (nicht aus dem Export)" in text  # the declaration, attributed
    err = capsys.readouterr().err
    assert "named devices" in err  # the declaration contradicts the export's device names: the user is told
    assert "01.10.2018" in text and "endete am 01.11.2018" in text and "(= 63 Tage nach dem Antrag)" in text
    for invented in ("geht gleichzeitig ab", "niemandem weitergegeben", "seither unverändert",
                     "Ich bin nicht vertreten"):
        assert invented not in text
    assert "Wegen desselben Sachverhalts habe ich bei keiner anderen Aufsichtsbehörde" in text
    assert "sind ersetzt" not in text  # "Küche" and "Wohnzimmer" hold no name: nothing replaced, nothing said


def test_an_export_without_a_search_file_says_it_holds_no_search_history_not_none(tmp_path):
    """The demo without its search file: the complaint says the export holds no search history, not that it
    holds 0 searches; the phrasebook languages, which state counts after a colon, give no figure."""
    export = without_search_file(tmp_path / "export")
    said = {"de": "Er enthält 40 Sprachaufnahmen und 25 Bestellpositionen. Der Export enthält keinen Suchverlauf.",
            "en": "It contains 40 voice recordings and 25 order lines. The export contains no search history.",
            "fr": "Il contient 40 enregistrements vocaux et 25 lignes de commande. L'export ne contient aucun "
                  "historique de recherches."}
    for lang, sentences in said.items():
        text = " ".join(_letter(export, tmp_path / lang, "--residence", "DE-SN", *FACTS, lang=lang).split())
        assert sentences in text, lang
    (bundle,) = (tmp_path / "en").glob("dossier-evidence-*.zip")
    with zipfile.ZipFile(bundle) as zf:
        manifest, described = zf.read("evidence-manifest.txt").decode(), json.loads(zf.read("evidence-manifest.json"))
    assert "Contents: 25 purchases, no search history in the export, 40 recordings, 2 devices" in manifest
    assert described["histories"] == {"purchases": "held", "searches": "missing"} and described["device_list"]
    polish = " ".join(_letter(export, tmp_path / "pl", "--residence", "PL", *FACTS, lang="pl").split())
    assert re.search(r": —[;.]", polish) and not re.search(r": 0[;.]", polish)
    full = " ".join(_letter(DEMO, tmp_path / "demo", "--residence", "DE-SN", *FACTS).split())
    assert "keinen Suchverlauf" not in full and re.search(r"und \d+ Suchanfragen\.", full)


def test_a_declaration_the_device_list_contradicts_is_not_written_as_what_the_export_shows(tmp_path, capsys):
    """The kitchen Echo is registered before every recording: "no voice device was registered at that time" would
    state the opposite of the export. The letter names the declaration instead, in every language it is drafted in."""
    export = with_voice_device_registered(tmp_path / "export")
    said = {"de": ("Aufnahmen, obwohl ich nach meiner Erklärung nie ein sprachfähiges Gerät hatte",
                   "kein sprachfähiges Gerät im Konto registriert",
                   "anhand der Metadaten des Exports und meiner Erklärung automatisch erkannt"),
            "en": ("recordings although I declare that I never had a voice device",
                   "no voice-capable device was registered",
                   "by the Dossier software from the export's metadata and my declaration"),
            "fr": ("enregistrements alors que je déclare n'avoir jamais eu d'appareil vocal",
                   "aucun appareil vocal n'était enregistré",
                   "à partir des métadonnées de l'export et de ma déclaration")}
    for lang, (declared, contradicted, grounds) in said.items():
        text = _letter(export, tmp_path / lang, "--residence", "DE-SN", "--owner-has-no-device", *FACTS, lang=lang)
        assert f"40 {declared}" in text and contradicted not in text
        assert grounds in " ".join(text.split()), lang  # what the automatic flags rest on: the declaration too
        for kind in ("access", "erasure"):
            other = " ".join(_letter(export, tmp_path / f"{lang}-{kind}", "--residence", "DE-SN",
                                     "--owner-has-no-device", *FACTS, kind=kind, lang=lang).split())
            assert {"de": "anhand der Metadaten und meiner Erklärung", "en": "metadata and my declaration",
                    "fr": "métadonnées et de ma déclaration"}[lang] in other, (lang, kind)
    assert "voice-capable" in capsys.readouterr().err  # the user is told the lists contradict the declaration
    unchanged = _letter(DEMO, tmp_path / "demo", "--residence", "DE-SN", "--owner-has-no-device", *FACTS)
    assert "40 Aufnahmen, obwohl zu diesem Zeitpunkt kein sprachfähiges Gerät im Konto registriert war" in unchanged


def test_a_clip_dated_only_by_its_zip_entry_neither_stretches_the_period_nor_goes_unmarked(tmp_path):
    """The clip's only date is the day the export was packed (14 August 2018): the letter's period stays what the
    file names give for the other recordings, and the manifest marks the clip's date for what it is."""
    out = tmp_path / "o"
    text = _letter(with_undated_clip(tmp_path / "export"), out, "--residence", "DE-SN", *FACTS, lang="en")
    demo = _letter(DEMO, tmp_path / "demo", "--residence", "DE-SN", *FACTS, lang="en")
    period = re.search(r"dated \d+ \w+ 2018 to \d+ \w+ 2018", demo)
    assert period and period.group() in text and "14 August 2018" not in text
    assert "voice recordings; 41 of them" in text  # the undated clip is among the recordings named
    (bundle,) = out.glob("dossier-evidence-*.zip")
    with zipfile.ZipFile(bundle) as zf:
        manifest = zf.read("evidence-manifest.txt").decode()
    flagged = [line for line in manifest.splitlines() if "rule:" in line]
    assert any(UNDATED_CLIP in line and "2018-08-14T09:30:00.000Z (archive entry date)" in line for line in flagged)
    named_with_time = [line for line in flagged if re.search(r"Voice/(\d{4}-\d\d-\d\dT|\d{8}_)", line)]
    assert named_with_time and not any("(archive entry date)" in line for line in named_with_time)


def test_without_confirmed_facts_the_letter_has_placeholders_and_a_warning(tmp_path, capsys):
    text = _letter(DEMO, tmp_path / "o", "--residence", "DE-SN")
    assert "[Datum Ihres Antrags]" in text and "[E-Mail-Adresse des Kundenkontos]" in text
    assert "offengelegt werden darf: ja oder nein]" in text  # consent is never preset
    assert "einverstanden" not in text
    assert "Datenauskunft mit 40 auffälligen Sprachaufnahmen\n" in text  # nothing reviewed
    assert "nicht von mir stammen\n" not in text  # so the subject asserts nothing
    assert "--request-date" in capsys.readouterr().err


def test_gb_complaint_is_under_uk_law_to_the_ico(tmp_path, capsys):
    text = _letter(DEMO, tmp_path / "o", "--residence", "GB", *FACTS, lang="en")
    assert "Information Commissioner" in text and "UK GDPR and the Data Protection Act 2018" in text
    assert "Art. 56" not in text and "Art. 60" not in text and "Article 56" not in text
    assert "I asked the company first" in text and "section 166 of the Data Protection Act 2018" in text
    assert "ICO expects you to raise the problem with the company first" in capsys.readouterr().err
    company = _letter(DEMO, tmp_path / "c", "--residence", "GB", *FACTS, lang="en", kind="access")
    assert "Amazon UK Services Ltd." in company and "London EC2A 2FA" in company
    assert "Amazon Europe" not in text and "Amazon UK Services Ltd." in text  # the UK controller, by its name
    assert "jonas@example.org" in company and "by " in company


def test_ch_defaults_to_a_gdpr_complaint_at_the_lead_authority_and_offers_the_fdpic_report(tmp_path):
    text = _letter(DEMO, tmp_path / "o", "--residence", "CH", *FACTS)
    assert "Commission nationale pour la protection des données" in text
    assert "Beschwerde nach Art. 77 Abs. 1 DSGVO" in text and "Ich wohne in der Schweiz" in text
    report = _letter(DEMO, tmp_path / "r", "--residence", "CH", "--authority", "chedoeb", *FACTS)
    assert "\nAnzeige nach Art. 49 DSG gegen Amazon Europe" in report  # the subject: a report, not a complaint
    assert "Art. 77" not in report and "Beschwerde nach" not in report and "Art. 56" not in report
    assert "nicht Partei des Verfahrens" in report and "Art. 49 Abs. 4 DSG" in report


def test_at_complaint_asks_to_declare_the_infringement_with_timeliness_and_warns_when_late(tmp_path, capsys):
    recent = (date.today() - timedelta(days=30)).isoformat()
    facts = [*FACTS]
    facts[facts.index("--received-date") + 1] = recent
    text = _letter(DEMO, tmp_path / "o", "--residence", "AT", *facts)
    received = date.fromisoformat(recent).strftime("%d.%m.%Y")
    assert f"festzustellen, dass die Beschwerdegegnerin mich durch die Auskunft vom {received}" in text
    assert "Angaben zur Rechtzeitigkeit" in text and "ist daher rechtzeitig" in text and "Beilagen" in text
    assert "Anlagen" not in text and "§ 24 DSG" in text
    capsys.readouterr()
    late = _letter(DEMO, tmp_path / "late", "--residence", "AT", *FACTS)
    assert "rechtzeitig" not in late.replace("Angaben zur Rechtzeitigkeit", "")
    assert "§ 24(4) DSG" in capsys.readouterr().err


def test_a_device_label_with_a_name_never_leaves_the_app(tmp_path):
    export = with_name_label(tmp_path / "export")
    out = tmp_path / "o"
    text = _letter(export, out, "--residence", "DE-SN", *FACTS)
    assert "Gerät A (Bezeichnung enthält vermutlich einen Namen)" in text
    assert "Wohnzimmer" in text  # a room is not a name
    assert "Gerätebezeichnungen, die vermutlich Namen Dritter enthalten, sind ersetzt" in text
    pdf_text = _pdf_text(out / "letter-complaint-de.pdf")
    fields = (out / "letter-complaint-de-form-fields.txt").read_text(encoding="utf-8")
    (bundle,) = out.glob("dossier-evidence-*.zip")
    with zipfile.ZipFile(bundle) as zf:
        manifest = zf.read("evidence-manifest.json").decode() + zf.read("evidence-manifest.txt").decode()
    for where in (text, pdf_text, fields, manifest):
        assert "Müller" not in where and "Max" not in where
    flagged = json.loads(manifest[:manifest.rindex("}") + 1])["flagged"]
    assert any(x["device"] == "Device A (label probably contains a name)" for x in flagged)
    assert all(x["sha256"] and x["member"] for x in flagged if x["recording"])  # the clip is still identified
    assert NAME_LABEL not in manifest


def test_a_takeout_part_whose_clips_only_the_archive_dates_states_no_period_for_them(tmp_path):
    """The demo Takeout's second part alone: 23 clips, one dated by its file name, 22 only by their ZIP entries.
    The complaint said "23 of them, dated 26 August 2023 to 26 August 2023" — a period one recording showed —
    and "The export contains no order history", though the first part, not opened, holds it."""
    from tests.core.vendors.google.demo_parts import SECOND_PART

    en = _letter(SECOND_PART, tmp_path / "en", "--residence", "DE-NW", "--owner-has-no-device", *FACTS, lang="en")
    assert "23 of them, dated 26 August 2023 to 26 August 2023 (22 of them without a recording time of their own)," \
        in en
    assert "The export contains no order history that Dossier could read." in en
    de = _letter(SECOND_PART, tmp_path / "de", "--residence", "DE-NW", "--owner-has-no-device", *FACTS)
    assert "aus der Zeit vom 26.08.2023 bis 26.08.2023 (22 davon ohne eigene Aufnahmezeit)" in de
    pl = _letter(SECOND_PART, tmp_path / "pl", "--residence", "PL", "--owner-has-no-device", *FACTS, lang="pl")
    assert "26.08.2023" not in pl  # the phrasebook has no words for the undated ones: it states no period
