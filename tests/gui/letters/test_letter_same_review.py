"""``dossier letter`` reads the same review as the app: verdicts, "my voice" marks (so the voice check runs),
retention and declarations, through ``core.pipeline.open_export``."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from core.pipeline import open_export
from gui.start.launcher import main
from tests.synth.audio import tools_available
from tests.synth.two_voices import write_two_voice_export

pytestmark = pytest.mark.skipif(not (tools_available() and shutil.which("pdftotext")),
                                reason="espeak-ng and sox speak the clips; pdftotext checks the PDF")


def _manifest(out: Path) -> dict:
    (bundle,) = out.glob("dossier-evidence-*.zip")
    with zipfile.ZipFile(bundle) as zf:
        return json.loads(zf.read("evidence-manifest.json"))


def test_letter_names_the_voice_and_retention_findings_the_user_confirmed_in_the_app(tmp_path: Path, capsys) -> None:
    paths, own, other = write_two_voice_export(tmp_path / "export")
    with open_export(paths, case="open") as opened:  # what the app does when the user reviews
        assert not opened.case.read_only
        rec = opened.export.recordings
        ids = dict(zip(rec["audio_member"], rec["id"].astype(str), strict=True))
        assert not [f for f in opened.findings if f.rule == "voice-mismatch"]  # nothing marked yet
        opened.case.set_own_voice([ids[m] for m in own[:3]], True)
        opened.case.set_declaration("retention_days", 7)  # the latest entry is 2020-05-17
        opened.case.set_verdicts([f"voice-mismatch:{ids[m]}" for m in other], "not-mine")
        opened.case.set_verdict(f"retention-age:{ids[own[0]]}", "not-mine")
    out = tmp_path / "out"
    assert main(["letter", str(tmp_path / "export"), "--residence", "DE-SN", "--out", str(out), "--lang", "en"]) == 0
    flagged = _manifest(out)["flagged"]
    voice = {f["member"] for f in flagged if f["rule"] == "voice-mismatch"}
    assert voice == set(other)
    assert {f["status"] for f in flagged if f["rule"] == "voice-mismatch"} == {"not-mine"}
    assert [f["member"] for f in flagged if f["rule"] == "retention-age"] == [own[0]]
    assert "Recordings named in the letter" in capsys.readouterr().out
