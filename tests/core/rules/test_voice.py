"""voice-mismatch: two espeak-ng voices separated with a clear margin; silence; cancel; throughput."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from core.errors import AnalysisCancelled
from core.rules.finding import ReviewContext
from core.rules.voice import analyse_voices, run_voice_rule
from tests.core.rules.factory import build, ids, recording

SENTENCES = ["what is the weather in munich tomorrow", "play some jazz music in the kitchen",
             "set a timer for ten minutes", "turn off the lights in the living room",
             "what time is it in new york", "add milk and eggs to my shopping list",
             "how tall is the eiffel tower", "wake me up at seven tomorrow"]

pytestmark = pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")),
                                reason="espeak-ng and sox are needed to synthesise voices")


class Reader:
    def __init__(self, clips: dict[str, bytes]) -> None:
        self.clips = clips

    def read_bytes(self, member: str, limit: int | None = None) -> bytes:
        return self.clips[member]


def _say(tmp: Path, voice: str, text: str, name: str) -> bytes:
    raw, out = tmp / f"{name}.raw.wav", tmp / f"{name}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True)
    return out.read_bytes()


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Reader, dict[str, set[str]]]:
    tmp = tmp_path_factory.mktemp("voices")
    clips: dict[str, bytes] = {}
    recs, groups = [], {"own": set(), "male": set(), "female": set(), "silent": set()}
    for i, text in enumerate(SENTENCES):
        for voice, group in (("en-us+m3", "male"), ("en-us+f4", "female")):
            member = f"Voice/{group}-{i}.wav"
            clips[member] = _say(tmp, voice, text, f"{group}{i}")
            rec = recording(f"2020-01-{i + 1:02d}T1{i % 10}:00:00Z", member=member, transcript=text)
            recs.append(rec)
            groups["own" if group == "male" and i < 3 else group].add(rec["id"])
    silent = tmp / "silent.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silent), "trim", "0", "2"], check=True)
    clips["Voice/silent.wav"] = silent.read_bytes()
    rec = recording("2020-02-01T10:00:00Z", member="Voice/silent.wav", transcript="wie spät ist es")
    recs.append(rec)
    groups["silent"].add(rec["id"])
    clips["Voice/broken.wav"] = b"RIFF\x00\x00\x00\x00WAVEjunk"
    recs.append(recording("2020-02-02T10:00:00Z", member="Voice/broken.wav", transcript="x"))
    return build(recs), Reader(clips), groups


def test_two_espeak_voices_are_separated_with_a_margin(voices) -> None:
    export, reader, groups = voices
    messages: list[float] = []
    result = analyse_voices(export, reader, ReviewContext(own_recordings=groups["own"]),
                            progress=lambda f, m: messages.append(f), workers=2)
    mismatch = [f for f in result.findings if f.rule == "voice-mismatch"]
    assert ids(mismatch) == groups["female"]
    assert result.profile is not None
    male_others = groups["male"] - groups["own"]
    male_d = [result.profile.distance(result.features[i].vector) for i in male_others]
    female_d = [result.profile.distance(result.features[i].vector) for i in groups["female"]]
    assert max(male_d) < result.profile.threshold < min(female_d)
    assert min(female_d) > 2 * max(male_d), (male_d, female_d)
    f = mismatch[0]
    assert f.explanation.startswith("Statistical hint, not proof") and "Hz" in f.explanation
    assert {x.evidence["voice_group"] for x in mismatch} == {1}  # one stranger's voice, one group
    silent = [x for x in result.findings if x.rule == "recording-false-wake"]
    assert ids(silent) == groups["silent"] and "silent" in silent[0].explanation
    assert len(result.unplayable) == 1 and messages and messages[-1] == 1.0
    assert result.clips_per_second > 0


def test_without_own_clips_only_silence_is_reported(voices) -> None:
    export, reader, _groups = voices
    findings = run_voice_rule(export, reader, ReviewContext(), workers=1)
    assert {f.rule for f in findings} == {"recording-false-wake"}


def test_cancel_stops_the_pass(voices) -> None:
    export, reader, groups = voices
    with pytest.raises(AnalysisCancelled):
        run_voice_rule(export, reader, ReviewContext(own_recordings=groups["own"]), cancelled=lambda: True)


def test_one_own_clip_is_enough_for_clearly_different_voices(voices) -> None:
    export, reader, groups = voices
    one = {sorted(groups["own"])[0]}
    findings = run_voice_rule(export, reader, ReviewContext(own_recordings=one), workers=2)
    assert ids([f for f in findings if f.rule == "voice-mismatch"]) == groups["female"]
    assert all("threshold of 3.0" in f.explanation for f in findings if f.rule == "voice-mismatch")
