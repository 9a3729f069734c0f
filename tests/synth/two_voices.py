"""A generated Amazon export with two clearly different voices, for the voice check end to end.

Erika's account has a Kindle and no voice device, so every clip is a finding; half of the 16 clips are
spoken by a low male espeak-ng voice (hers, in this story), half by a high female one (a stranger's).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.synth.layouts import gen_a
from tests.synth.spec import Clip, Device, Spec

OWN_VOICE, OTHER_VOICE = "en+m3", "en+f4"
SENTENCES = ["what is the weather tomorrow", "play some jazz music in the kitchen", "set a timer for ten minutes",
             "turn off the lights in the living room", "what time is it in new york",
             "add milk and eggs to my shopping list", "how tall is the eiffel tower", "wake me up at seven tomorrow"]


def two_voice_spec() -> Spec:
    spec = Spec(owner="Erika Muster", address="Erika Muster Hauptstr. 1 12345 Musterstadt Deutschland",
                export_time=datetime(2021, 3, 1, 10, 0, 0))
    spec.devices = [Device("G000K1", "Erika's Kindle", "Kindle", datetime(2019, 1, 5, 8, 12, 40))]
    start = datetime(2020, 5, 2, 17, 0, 0)
    for i, text in enumerate(SENTENCES):
        for j, (voice, who) in enumerate(((OWN_VOICE, "own"), (OTHER_VOICE, "other"))):
            when = start + timedelta(days=2 * i + j, minutes=7 * i)
            spec.clips.append(Clip(f"Voice/{when:%Y-%m-%dT%H-%M-%S}_{who}{i}.wav", text, voice, when,
                                   dating="index", speed=150 + 5 * i))
    return spec


def write_two_voice_export(dest: Path) -> tuple[list[Path], list[str], list[str]]:
    """The export's ZIPs, and the member paths (as ``dossier scan --json`` prints them) of the own and the
    other voice's clips, in time order."""
    spec = two_voice_spec()
    paths = gen_a(spec, dest, index="csv")
    own = [f"Alexa.zip/{c.file}" for c in spec.clips if c.voice == OWN_VOICE]
    other = [f"Alexa.zip/{c.file}" for c in spec.clips if c.voice == OTHER_VOICE]
    return paths, own, other
