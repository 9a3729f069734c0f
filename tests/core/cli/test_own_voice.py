"""``dossier scan --own-voice``: the voice check through the real command, on a generated two-voice export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.synth.audio import tools_available
from tests.synth.two_voices import write_two_voice_export

pytestmark = pytest.mark.skipif(not tools_available(), reason="espeak-ng and sox speak the clips")


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[str]]:
    folder = tmp_path_factory.mktemp("two-voices")
    _paths, own, other = write_two_voice_export(folder)
    return folder, own, other


def _dossier(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gui.start.launcher", *args], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[3], timeout=240)


def _flagged(scan: dict) -> set[str]:
    member = {r["id"]: r["member"] for r in scan["recordings"]}
    return {member[f["subject"]] for f in scan["findings"] if f["rule"] == "voice-mismatch"}


def test_three_own_clips_flag_every_clip_of_the_other_voice_and_none_of_the_own(export) -> None:
    folder, own, other = export
    out = _dossier("scan", str(folder), "--own-voice", *own[:3], "--json")
    assert out.returncode == 0, out.stderr
    scan = json.loads(out.stdout)
    assert {r["member"] for r in scan["recordings"]} == set(own) | set(other)  # the names --own-voice takes
    assert _flagged(scan) == set(other)
    mismatches = [f for f in scan["findings"] if f["rule"] == "voice-mismatch"]
    assert {f["evidence"]["own_clips"] for f in mismatches} == {3}
    assert {f["evidence"]["voice_group_size"] for f in mismatches} == {len(other)}  # one stranger's voice


def test_without_own_voice_there_is_no_voice_check(export) -> None:
    folder, _own, _other = export
    out = _dossier("scan", str(folder), "--json")
    assert out.returncode == 0, out.stderr
    assert _flagged(json.loads(out.stdout)) == set()


def test_the_summary_counts_the_voice_findings(export) -> None:
    folder, own, other = export
    out = _dossier("scan", str(folder), "--own-voice", own[0], own[1])
    assert out.returncode == 0, out.stderr
    assert f"{len(other)}  medium  voice-mismatch" in out.stdout


def test_an_unknown_own_voice_member_is_one_sentence(export) -> None:
    folder, own, _other = export
    out = _dossier("scan", str(folder), "--own-voice", own[0], "Alexa.zip/Voice/not-there.wav")
    assert out.returncode == 2
    assert out.stderr.startswith("dossier: ") and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "--json" in out.stderr and out.stdout == ""


def test_the_readme_claim_on_the_demo_three_clips_of_one_voice_flag_the_other_voice() -> None:
    from core.platform.paths import demo_export_dir
    from tests.synth.demo import demo_spec

    demo = demo_export_dir()
    voices: dict[str, set[str]] = {}
    for clip in demo_spec().clips:
        if clip.text:  # the false wake is room noise, not a voice
            voices.setdefault(clip.voice, set()).add(f"Alexa.zip/{clip.file}")
    assert len(voices) == 2
    for own, other in (tuple(voices), tuple(reversed(list(voices)))):
        out = _dossier("scan", str(demo), "--own-voice", *sorted(voices[own])[:3], "--json")
        assert out.returncode == 0, out.stderr
        assert _flagged(json.loads(out.stdout)) == voices[other]
