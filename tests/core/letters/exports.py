"""Real exports on disk for the letter tests, derived at test time from the generated demo export.

* :func:`without_device_file` — the demo without ``Devices.Registration.zip`` (a one-ZIP-per-dataset export
  whose device file never came, like a 2018 export that holds only ``Alexa.zip``).
* :func:`without_search_file` — the demo without ``Retail.Search-Data.zip`` (no search history came).
* :func:`with_name_label` — the demo whose stranger's kitchen device carries Amazon's default kind of name,
  "Max Müllers Echo Dot" (an invented person).
* :func:`with_undated_clip` — the demo with one more clip whose name carries no time and which no index lists: the
  export gives only its ZIP entry's date (the day the demo was packed, 14 August 2018).
* :func:`with_voice_device_registered` — the demo whose device registrations also list the kitchen Echo, from
  before the first recording: the export shows a voice device for every recording's time.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from core.platform.paths import demo_export_dir

DEMO = demo_export_dir()
NAME_LABEL = "Max Müllers Echo Dot"


def without_device_file(dest: Path) -> Path:
    return _without(dest, "Devices.Registration.zip")


def without_search_file(dest: Path) -> Path:
    return _without(dest, "Retail.Search-Data.zip")


def _without(dest: Path, name: str) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for path in DEMO.iterdir():
        if path.name != name:
            shutil.copy2(path, dest / path.name)
    return dest


def with_name_label(dest: Path, label: str = NAME_LABEL) -> Path:
    shutil.copytree(DEMO, dest)
    alexa = dest / "Alexa.zip"
    original = alexa.read_bytes()
    alexa.unlink()
    import io

    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(alexa, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("voice-history-index.csv"):
                data = data.replace('"Küche"'.encode(), f'"{label}"'.encode())
            out.writestr(info, data)
    return dest


def with_voice_device_registered(dest: Path) -> Path:
    shutil.copytree(DEMO, dest)
    registration = dest / "Devices.Registration.zip"
    with zipfile.ZipFile(registration) as src:
        (info,) = src.infolist()
        data = src.read(info)
    row = '"Jonas","Echo Dot","G090LF1174830KQ7","Küche","2018-01-01T00:00:00Z","Not Available"\n'
    registration.unlink()
    with zipfile.ZipFile(registration, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(info, data + row.encode())
    return dest


UNDATED_CLIP = "Voice/clip-ohne-zeit.wav"


def with_undated_clip(dest: Path) -> Path:
    shutil.copytree(DEMO, dest)
    alexa = dest / "Alexa.zip"
    with zipfile.ZipFile(alexa) as src:
        clip = next(i for i in src.infolist() if i.filename.endswith(".wav"))
        data = src.read(clip)
    with zipfile.ZipFile(alexa, "a", zipfile.ZIP_DEFLATED) as out:
        info = zipfile.ZipInfo(UNDATED_CLIP, date_time=clip.date_time)
        out.writestr(info, data[:44] + bytes(len(data) - 44))  # the same WAV header, silence: another recording
    return dest
