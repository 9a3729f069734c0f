"""The follow-through headless, through the ``dossier`` entry point: request sent → export received →
complaint (and the access follow-up to the company) drafted and marked sent → a month passes (``--today``)
→ the reminder is shown and drafted → the company's reply is attached → the follow-up to the authority is
drafted with the reply in its bundle."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.platform.paths import demo_export_dir
from gui.start.launcher import main


def dossier(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> str:
    """The demo export with private app data (the PDF renderer reuses the test's QApplication)."""
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    return str(demo_export_dir())


def test_a_case_walks_from_request_to_follow_up(demo: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today()
    request, received, sent = today - timedelta(days=60), today - timedelta(days=40), today - timedelta(days=2)
    recorded = dossier(capsys, "case", demo, "--residence", "DE-BY", "--request-date", request.isoformat(),
                       "--request-channel", "privacy web form", "--received-date", received.isoformat())
    assert f"Access request: {request.isoformat()}" in recorded  # recording answers with the case as it stands
    out = dossier(capsys, "letter", demo, "--residence", "DE-BY", "--out", str(tmp_path / "1"),
                  "--owner-has-no-device")
    assert "Kept in your case as L1" in out
    dossier(capsys, "letter", demo, "--residence", "DE-BY", "--kind", "access", "--out", str(tmp_path / "1"),
            "--owner-has-no-device")
    assert "Marked L1 (complaint) as sent" in dossier(capsys, "case", demo, "--sent", "L1", "--on", sent.isoformat())
    dossier(capsys, "case", demo, "--sent", "letter-access-de.pdf", "--on", sent.isoformat())

    status = dossier(capsys, "case", demo, "--status")
    assert "! " not in status  # nothing due yet
    assert "Art. 78(2) GDPR runs until" in status and "Art. 12(3) GDPR runs until" in status

    later = sent + timedelta(days=35)  # a month passes
    status = dossier(capsys, "case", demo, "--today", later.isoformat())
    due = [line for line in status.splitlines() if line.startswith("  ! ")]
    assert len(due) == 1 and "L2 to the company" in due[0] and "a reminder to the company" in due[0]
    assert "--draft reminder" in due[0]

    out = dossier(capsys, "case", demo, "--draft", "reminder", "--out", str(tmp_path / "2"), "--today",
                  later.isoformat())
    assert "Drafted L3 (reminder)" in out
    reminder = (tmp_path / "2" / "letter-reminder-de.txt").read_text(encoding="utf-8")
    assert "Erinnerung" in reminder and "Art. 12 Abs. 3 DSGVO" in reminder
    complaint_pdf = (tmp_path / "1" / "letter-complaint-de.pdf").read_bytes()
    assert hashlib.sha256(complaint_pdf).hexdigest() in reminder  # the trail names the complaint by its hash
    dossier(capsys, "case", demo, "--sent", "L3", "--on", later.isoformat())

    reply = tmp_path / "answer.eml"
    reply.write_bytes(b"From: privacy@example.com\r\nSubject: Your request\r\n\r\nWe are looking into it.\r\n")
    out = dossier(capsys, "case", demo, "--reply", str(reply), "--from", "company", "--on",
                  (later + timedelta(days=5)).isoformat())
    digest = hashlib.sha256(reply.read_bytes()).hexdigest()
    assert "Kept the answer as R1" in out and digest in out
    status = dossier(capsys, "case", demo, "--today", (later + timedelta(days=6)).isoformat())
    assert "! " not in status  # the answer closes the company's deadline

    out = dossier(capsys, "case", demo, "--draft", "followup", "--lang", "en", "--out", str(tmp_path / "3"),
                  "--today", (later + timedelta(days=6)).isoformat())
    bundle = next((tmp_path / "3").glob("dossier-evidence-*-followup.zip"))
    with zipfile.ZipFile(bundle) as zf:
        assert zf.read("replies/R1-answer.eml") == reply.read_bytes()
        manifest = json.loads(zf.read("evidence-manifest.json"))
        text = zf.read("evidence-manifest.txt").decode()
    trail = manifest["correspondence"]
    assert trail["request"] == {"date": request.isoformat(), "channel": "privacy web form",
                                "export_received": received.isoformat()}
    assert [(x["letter"], x["kind"], x["sent"]) for x in trail["letters"]] == [
        ("L1", "complaint", sent.isoformat()), ("L2", "access", sent.isoformat()),
        ("L3", "reminder", later.isoformat())]
    assert trail["letters"][0]["files"][0] == {"name": "letter-complaint-de.pdf", "size": len(complaint_pdf),
                                               "sha256": hashlib.sha256(complaint_pdf).hexdigest()}
    assert trail["replies"][0]["sha256"] == digest and trail["replies"][0]["from"] == "company"
    assert {"name": "replies/R1-answer.eml", "size": reply.stat().st_size, "sha256": digest} in manifest["attachments"]
    assert "answer R1 from the company" in text and digest in text
    letter = (tmp_path / "3" / "letter-followup-en.txt").read_text(encoding="utf-8")
    assert "answers listed below from the company" in letter and digest in letter
    assert "We are looking into it" not in letter + text  # the answer's words are never quoted
    assert "L4: followup/en to the authority (debaylda)" in dossier(capsys, "case", demo, "--status")


def test_case_mistakes_are_one_sentence(demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["case", demo, "--sent", "L9", "--on", "2025-01-01"]) == 2
    assert "has no letter of that name" in capsys.readouterr().err
    assert main(["case", demo, "--reply", str(tmp_path / "missing.pdf"), "--on", "2025-01-01"]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["case", demo, "--reply", str(tmp_path / "missing.pdf")]) == 2
    assert "--on YYYY-MM-DD" in capsys.readouterr().err
    assert main(["case", demo, "--request-date", "last week"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["case", demo, "--draft", "reminder", "--out", str(tmp_path / "x")]) == 2
    assert "where you live" in capsys.readouterr().err
    asked = date.today() - timedelta(days=3)
    status = dossier(capsys, "case", demo, "--request-date", asked.isoformat(), "--status")
    assert "Where you live is not recorded" in status and "Art. 12(3) GDPR runs until" in status
    dossier(capsys, "case", demo, "--residence", "AT", "--request-date", asked.isoformat())
    assert main(["case", demo, "--draft", "reminder", "--out", str(tmp_path / "x")]) == 2
    assert "time to answer runs until" in capsys.readouterr().err
    assert main(["case", demo, "--draft", "followup", "--out", str(tmp_path / "x")]) == 2
    assert "needs the complaint you sent" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()  # nothing written for a letter that would not be true
