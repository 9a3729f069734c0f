"""`dossier case` prints in the user's language (LANGUAGE/LC_ALL/LANG), not in English.

Through the ``dossier`` entry point, one case walked the same way three times — in English, in the
pseudo-language ``qps`` and in German: the status with nothing recorded, the request (with its channel) and a
due deadline, a complaint marked as sent, an answer from the company (with an extension) and one from the
authority, a reminder drafted, the full status, and the argument mistakes. Under ``qps`` every line printed
comes back as ``⟦…⟧`` (only the ``  ! `` mark of a due deadline is outside); under German every line is the
German catalog text of the English line at the same place.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core import i18n
from core.platform.paths import demo_export_dir
from gui.start.launcher import main
from tests.core.test_report_notes_cli import german_for

ENVIRONMENTS = {"en": {"LANG": "C.UTF-8"}, "qps": {"LANGUAGE": "qps", "LANG": "en_US.UTF-8"},
                "de": {"LANG": "de_DE.UTF-8"}}


def walk(language: str, tmp: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
         ) -> tuple[list[list[str]], list[str]]:
    """The case's commands under ``language``: (stdout lines of each command, stderr of each mistake)."""
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    for key, value in ENVIRONMENTS[language].items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp / "appdata"))
    demo = str(demo_export_dir())
    answer, note = tmp / "answer.eml", tmp / "note.txt"
    answer.write_bytes(b"From: privacy@example.com\r\nSubject: Your request\r\n\r\nWe need two more months.\r\n")
    note.write_text("Your complaint is being handled.\n", encoding="utf-8")
    outputs: list[list[str]] = []
    errors: list[str] = []

    def dossier(*argv: str) -> None:
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert code == 0, err
        outputs.append(out.splitlines())

    def mistake(*argv: str) -> None:
        assert main(["case", demo, *argv]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("dossier: ")  # the program's name, then the sentence
        errors.append(err.removeprefix("dossier: "))

    dossier("case", demo, "--status", "--today", "2025-01-05")
    mistake("--draft", "reminder", "--out", str(tmp / "x"))  # where the user lives is not known yet
    dossier("case", demo, "--request-date", "2025-01-10", "--request-channel", "privacy web form", "--status",
            "--today", "2025-02-05")
    assert main(["letter", demo, "--residence", "DE-BY", "--out", str(tmp / "1"), "--owner-has-no-device"]) == 0
    capsys.readouterr()  # dossier letter's own lines are not this test's
    dossier("case", demo, "--status", "--today", "2025-02-05")
    mistake("--draft", "reminder", "--out", str(tmp / "x"), "--today", "2025-02-05")  # the month has not passed
    mistake("--draft", "followup", "--out", str(tmp / "x"))  # the complaint is not marked as sent
    dossier("case", demo, "--sent", "L1", "--on", "2025-02-20")
    dossier("case", demo, "--reply", str(answer), "--from", "company", "--extension", "--on", "2025-02-25")
    dossier("case", demo, "--reply", str(note), "--from", "authority", "--on", "2025-03-01")
    dossier("case", demo, "--draft", "reminder", "--lang", "en", "--out", str(tmp / "2"), "--today", "2025-04-20")
    dossier("case", demo, "--status", "--today", "2025-04-20")
    for argv in (["--sent", "L2"], ["--request-date", "last week"], ["--draft", "reminder"],
                 ["--today", "2025-13-01"]):
        mistake(*argv)
    assert not (tmp / "x").exists()
    return outputs, errors


@pytest.fixture
def walked(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str], qapp: object) -> dict[str, tuple[list[list[str]], list[str]]]:
    """The walk in every language (the PDF renderer reuses the test's QApplication)."""
    found = {}
    for language in ENVIRONMENTS:
        found[language] = walk(language, tmp_path_factory.mktemp(language), monkeypatch, capsys)
        i18n.set_language("en")
    return found


def sentence(line: str) -> str:
    """A printed line without the indentation and the ``!`` of a due deadline."""
    return line.removeprefix("  ! ").removeprefix("  ")


def test_dossier_case_prints_in_the_users_language(walked: dict[str, tuple[list[list[str]], list[str]]]) -> None:
    english, english_errors = walked["en"]
    # the walk reached every kind of line (checked in English, which the other languages are compared with)
    lines = [line for output in english for line in output]
    assert "Access request: date not given; export received: date not given" in lines
    assert "Deadlines as of 2025-01-05: none running" in lines
    assert "Access request: 2025-01-10 (privacy web form); export received: date not given" in lines
    assert any(line.startswith("Where you live is not recorded") for line in lines)
    assert ("  ! Your access request to the company — Art. 12(3) GDPR ends on 2025-02-10. Next step: a reminder "
            "to the company. (dossier case PATH --draft reminder --out DIR)") in lines
    assert any(re.fullmatch(r"L1: complaint/de to the authority \(\w+\), drafted [\d-]+, not marked as sent", x)
               for x in lines)
    assert "Marked L1 (complaint) as sent on 2025-02-20." in lines
    assert any(x.startswith("Kept the answer as R1 in the case: answer.eml, ") for x in lines)
    assert any(x.startswith("Drafted L2 (reminder); mark it as sent with --sent L2 --on DATE") for x in lines)
    assert sum(x.startswith("Wrote ") for x in lines) == 3
    final = english[-1]
    assert any(re.fullmatch(r"L1: complaint/de to the authority \(\w+\), drafted [\d-]+, sent 2025-02-20", x)
               for x in final)
    assert any(re.fullmatch(r"L2: reminder/en to the company \(\w+\), drafted 2025-04-20, not marked as sent", x)
               for x in final)
    assert any(x.startswith("R1: answer from the company, received 2025-02-25: answer.eml") and
               x.endswith("(extension)") for x in final)
    assert any(x.startswith("R2: answer from the authority, received 2025-03-01: note.txt") for x in final)
    assert "  Your complaint L1 to the authority (since its last news) — Art. 78(2) GDPR runs until 2025-06-01." \
        in final
    assert ("  ! Your access request to the company — Art. 12(3) GDPR (extended by two months) passed on 2025-04-10."
            " Next step: a complaint for non-answer. (dossier case PATH --draft nonanswer --out DIR)") in final
    assert [e.split(" —")[0].split(" (")[0] for e in english_errors] == [
        "Dossier does not know where you live, so it cannot tell which authority and which deadlines apply",
        "The company's time to answer runs until 2025-02-10; a reminder or a complaint for non-answer before then "
        "would say it was missed.", "A follow-up to the authority needs the complaint you sent",
        "Say when with --on YYYY-MM-DD", "“last week” is not a date", "--draft needs --out DIR: the folder to "
        "write the letter and the evidence bundle into.", "“2025-13-01” is not a date"]

    # the pseudo-language: every line and every mistake is a catalog text
    pseudo, pseudo_errors = walked["qps"]
    assert [len(x) for x in pseudo] == [len(x) for x in english]
    unwrapped = [line for output in pseudo for line in output + pseudo_errors
                 if not (sentence(line).startswith(i18n.PSEUDO_OPEN) and line.endswith(i18n.PSEUDO_CLOSE))]
    assert unwrapped == []

    # German: each line is the German catalog text of the English line at the same place
    german, german_errors = walked["de"]
    assert [len(x) for x in german] == [len(x) for x in english]
    pairs = [(en, de) for en_out, de_out in zip(english, german, strict=True)
             for en, de in zip(en_out, de_out, strict=True)]
    pairs += list(zip(english_errors, german_errors, strict=True))
    for en, de in pairs:
        assert de != en
        assert en.startswith("  ! ") == de.startswith("  ! ")
        candidates = german_for(sentence(en))
        assert candidates, f"not a catalog sentence: {en!r}"
        assert any(re.fullmatch(pattern, sentence(de), re.DOTALL) for pattern in candidates), (en, de)
    german_lines = [line for output in german for line in output]
    assert ("  ! Ihr Auskunftsantrag an das Unternehmen — die Frist nach Art. 12 Abs. 3 DSGVO endet am 2025-02-10. "
            "Nächster Schritt: eine Erinnerung an das Unternehmen. (dossier case PATH --draft reminder --out ORDNER)"
            ) in german_lines
    assert ("  Ihre Beschwerde L1 bei der Behörde (seit ihrer letzten Nachricht) — die Frist nach Art. 78 Abs. 2 "
            "DSGVO läuft bis 2025-06-01.") in german[-1]
    assert "Fristen, Stand 2025-01-05: keine läuft" in german_lines
    assert "L1 (Beschwerde) ist als am 2025-02-20 versandt markiert." in german_lines
    assert any(re.fullmatch(r"L2: Erinnerung \(en\) an das Unternehmen \(\w+\), entworfen am 2025-04-20, nicht als "
                            r"versandt markiert", x) for x in german[-1])
    assert any(x.startswith("L2 (Erinnerung) entworfen; sobald Sie es versandt haben") for x in german_lines)
    english_words = re.compile(r"\b(to the|runs until|passed on|ends on|Next step|answer from|received|drafted|"
                               r"Deadlines|Marked|Kept|Wrote|not a date|complaint|reminder)\b")
    values = re.compile(r"privacy web form|--draft \w+|\S*/\S*")  # the user's words, an option's value, paths
    assert [de for _en, de in pairs if english_words.search(values.sub("", de))] == []
