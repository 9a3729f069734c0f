"""Player tests: private settings, synthetic spoken clips (espeak-ng + sox) in a test export ZIP."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from core.model import recording_id
from core.rules.finding import Finding
from core.source.archive import ExportSource
from tests.gui.conftest import private_app_data  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHRASES = ["Alexa, stop.", "Alexa, what time is it?", "Alexa, play the radio.", "Alexa, good night."]


def pulse_reachable() -> bool:
    if shutil.which("pactl") is None:
        return False
    return subprocess.run(["pactl", "info"], capture_output=True, timeout=5).returncode == 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if pulse_reachable():
        return
    skip = pytest.mark.skip(reason="no PulseAudio sink reachable: run `source scripts/audio_env.sh` first "
                                   "(scripts/test.sh does this)")
    for item in items:
        if "audio" in item.keywords:
            item.add_marker(skip)


def speak(text: str, path: Path, volume: float = 1.0) -> Path:
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-s", "190", "-w", str(raw), text], check=True, capture_output=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(path), "vol", str(volume)], check=True,
                   capture_output=True)
    raw.unlink()
    return path


@pytest.fixture(scope="session")
def clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clips")
    for i, phrase in enumerate(PHRASES):
        speak(phrase, folder / f"clip{i}.wav")
    speak("Alexa, turn on the light.", folder / "quiet.wav", volume=0.01)
    subprocess.run(["sox", str(folder / "clip1.wav"), str(folder / "clip1.mp3")], check=False, capture_output=True)
    return folder


@pytest.fixture
def clip_export(clip_dir: Path, tmp_path: Path):
    """(source, recording rows, findings): four clips in a ZIP, three of them flagged."""
    archive = tmp_path / "Alexa.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(len(PHRASES)):
            zf.write(clip_dir / f"clip{i}.wav", f"Voice/clip{i}.wav")
        zf.write(clip_dir / "quiet.wav", "Voice/quiet.wav")
        zf.writestr("Voice/broken.wav", b"RIFF\x00\x00\x00\x00WAVEjunk" * 4)
    source = ExportSource.open([archive])
    rows = []
    for i, phrase in enumerate(PHRASES):
        member = f"Alexa.zip/Voice/clip{i}.wav"
        rows.append({"id": recording_id(member), "time": pd.Timestamp(f"2018-05-0{i + 1}T08:00:00Z"),
                     "device_serial": "G090LF09643202VS" if i % 2 else None, "device_name": None,
                     "transcript": phrase.lower().rstrip(".?"), "duration_s": 1.5, "audio_member": member,
                     "audio_format": "wav"})
    findings = [Finding("recording-without-device", "high", rows[i]["id"], f"Finding about clip {i}.")
                for i in (0, 2, 3)]
    yield source, rows, findings
    source.close()


def row_for(member: str, **extra: object) -> dict:
    return {"id": recording_id(member), "time": pd.Timestamp("2018-06-01T10:00:00Z"), "device_serial": None,
            "device_name": "Echo", "transcript": None, "duration_s": None, "audio_member": member,
            "audio_format": member.rsplit(".", 1)[-1], **extra}
