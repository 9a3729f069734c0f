"""Voice recordings: every audio file of the export, dated from the best source available.

Time sources, in order (``time_source``):
``index``    a CSV/JSON listing the recordings (flexible column names, incl. the Alexa web-API names
             ``recordKey``, ``timestamp`` in epoch ms, ``device.deviceName``, ``deviceSerialNumber``,
             ``transcriptText``, ``voiceHistoryRecordItems``);
``filename`` a timestamp in the file name (ISO-like, compact ``YYYYMMDD_HHMMSS``, epoch s/ms; plausible
             years 2005–2099 only);
``metadata`` WAV ``LIST/INFO ICRD`` or ``bext`` dates before the audio data;
``archive``  the ZIP entry's date: a local time without zone that Dossier treats as UTC — weak;
``none``     undated.
Audio is never decoded here; WAV durations come from the header.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable

import pandas as pd

from core.i18n import _, ngettext
from core.model import RECORDING_COLUMNS, Problem, recording_id
from core.reading.convert import epoch_times, parse_times
from core.reading.tabular import Table
from core.source.archive import Member
from core.vendors.amazon.audio_probe import HEAD_BYTES, Probe, probe
from core.vendors.amazon.context import Context, objects

TIME = ("timestamp", "creationTimestamp", "recordedAt", "recordingTime", "Recording Time", "Time", "Date",
        "Date Time", "DateTime", "Timestamp (UTC)", "Time (UTC)", "utteranceTime", "created", "createdAt")
FILE = ("audioFileName", "audioFile", "Audio File", "Audio File Name", "fileName", "File Name", "file",
        "audio", "recording", "Recording File", "path")
KEY = ("recordKey", "utteranceId", "recordingId", "Recording ID")
DEVICE_NAME = ("device.deviceName", "deviceName", "Device Name", "device", "name")
DEVICE_SERIAL = ("deviceSerialNumber", "device.deviceSerialNumber", "Device Serial Number", "Device Serial",
                 "serialNumber", "Serial Number", "dsn")
TRANSCRIPT = ("transcriptText", "transcript", "Customer Transcript", "Transcript", "utterance", "asrText",
              "Text", "What Alexa heard")
RESPONSE = ("alexaResponse", "Alexa Response", "response", "responseText")
ITEMS = ("voiceHistoryRecordItems",)

_ISO_NAME = (r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})[Tt_ .-]?(\d{2})[-_:.h]?(\d{2})[-_:.m]?(\d{2})"
             r"(?!\d)")
_EPOCH_NAME = r"(?<!\d)(\d{13}|\d{10})(?!\d)"


STRICT_TRANSCRIPT = ("transcriptText", "transcript", "Customer Transcript", "What Alexa heard")
AUDIO_NAME = r"(?i)\.(?:wav|mp3|m4a|aac|ogg|opus|flac)$"


def is_index(table: Table, member: str) -> bool:
    """A table that lists voice recordings, judged from its header (and values when it has them).

    It needs a time column plus strong evidence: Alexa web-API keys (``recordKey``, ``utteranceId``,
    ``voiceHistoryRecordItems``), a file column naming audio files, or a transcript column in a file that
    sits in an Alexa/voice folder. A CSV with just a date and a text column is not an index.
    """
    if not table.has(*TIME):
        return False
    if table.has(*KEY) or table.has(*ITEMS):
        return True
    files = table.get(*FILE)
    if files is not None and (len(table) == 0 or files.str.contains(AUDIO_NAME).any()):
        return True
    in_voice_folder = any(word in member.lower() for word in ("alexa", "voice", "recording"))
    return in_voice_folder and table.has(*STRICT_TRANSCRIPT)


def filename_times(stems: pd.Series) -> pd.Series:
    """Times found in file names (ISO-like or epoch), NaT where none is plausible.

    In slices of 4,096 names: a regex over every name is one long C call holding the GIL, which froze the
    window for ~0.1 s at 20k clips while it imported.
    """
    if len(stems) <= _SLICE:
        return _filename_times(stems)
    return pd.concat([_filename_times(stems.iloc[i:i + _SLICE]) for i in range(0, len(stems), _SLICE)])


_SLICE = 4096


def _filename_times(stems: pd.Series) -> pd.Series:
    found = stems.str.extract(_ISO_NAME)
    text = found[0] + "-" + found[1] + "-" + found[2] + " " + found[3] + ":" + found[4] + ":" + found[5]
    # nanoseconds throughout: pandas infers whole seconds from this format, and an epoch-millisecond name
    # (``1624522680611.wav``) assigned into a seconds column was a TypeError that stopped the import
    times = pd.to_datetime(text, format="%Y-%m-%d %H:%M:%S", utc=True, errors="coerce").astype("datetime64[ns, UTC]")
    plausible = (times >= pd.Timestamp("2005-01-01", tz="UTC")) & (times < pd.Timestamp("2100-01-01", tz="UTC"))
    times = times.where(plausible)
    todo = times.isna()
    if todo.any():
        epoch = stems[todo].str.extract(_EPOCH_NAME, expand=False)
        has = epoch.notna()
        if has.any():
            times.loc[has[has].index] = epoch_times(epoch[has])
    return times


def read_index(ctx: Context, table: Table, member: Member) -> pd.DataFrame:
    """One row per index entry: time, keys to match audio, device, transcript, response, line."""
    n = len(table)

    def text(aliases: tuple[str, ...]) -> pd.Series:
        return table.values_or_none(*aliases)

    raw_time = table.get(*TIME)
    assert raw_time is not None
    times, bad = parse_times(raw_time, ("epoch", "iso", "us"))
    ctx.reject(table, bad, _("Recording time “{value}” is not a known format; "
                             "the recording stays undated unless its file name has a time."), raw_time, 40)
    key = text(KEY)
    serial = text(DEVICE_SERIAL)
    transcript, response = text(TRANSCRIPT), text(RESPONSE)
    items = table.get(*ITEMS)
    if items is not None:
        pairs = [_record_items(v) for v in items]
        transcript = transcript.where(transcript.notna(), pd.Series([p[0] for p in pairs], dtype=object))
        response = response.where(response.notna(), pd.Series([p[1] for p in pairs], dtype=object))
    # recordKey = customerId#timestampMs#deviceType#deviceSerial (web API): fill gaps from it
    parts = key.astype(str).str.split("#", expand=True)
    if parts.shape[1] >= 4:
        from_key = parts[3].notna()
        serial = serial.where(serial.notna() | ~from_key, parts[3])
        key_time = epoch_times(parts[1].where(from_key, "").astype(str))
        times = times.where(times.notna(), key_time)
    ctx.recognised(member, "amazon.voice-index", rows=n, rejected=0)
    return pd.DataFrame({
        "time": times, "file": text(FILE), "key": key, "device_name": text(DEVICE_NAME),
        "device_serial": serial, "transcript": transcript, "response": response,
        "member": member.path, "line": table.lines if table.lines is not None else None,
    })


def _record_items(value: str) -> tuple[str | None, str | None]:
    try:
        items = json.loads(value) if value else []
    except ValueError:
        return None, None
    said = [str(i.get("transcriptText")) for i in items if isinstance(i, dict)
            and i.get("recordItemType") == "CUSTOMER_TRANSCRIPT" and i.get("transcriptText")]
    answer = [str(i.get("transcriptText")) for i in items if isinstance(i, dict)
              and i.get("recordItemType") == "ALEXA_RESPONSE" and i.get("transcriptText")]
    return (" ".join(said) or None), (" ".join(answer) or None)


def probe_audio(ctx: Context, members: list[Member],
                progress: Callable[[float], None] | None = None) -> list[tuple[Member, Probe]]:
    """Audio confirmed by magic bytes; anything else named like audio is skipped with a reason."""
    found = []
    seen: set[str] = set()
    for done, member in enumerate(members):
        ctx.check()
        if progress is not None and done % 500 == 0:
            progress(done / len(members))
        if member.path in seen:
            ctx.skipped(member, _("Another file has the same name; Dossier reads the first one."))
            continue
        seen.add(member.path)
        try:
            head = ctx.source.read_bytes(member, limit=HEAD_BYTES)
        except Exception as exc:
            ctx.unreadable(member, str(exc) or "The file could not be read from the archive.")
            continue
        result = probe(head, member.size)
        if result.format is None:
            ctx.skipped(member, _("Named like an audio file, but its bytes are not audio."))
            continue
        found.append((member, result))
    return found


def recordings(ctx: Context, audio: list[tuple[Member, Probe]], indexes: list[pd.DataFrame]) -> pd.DataFrame:
    """The recordings table: each audio file once, plus index entries whose audio is absent."""
    index = pd.concat(indexes, ignore_index=True).to_dict("records") if indexes else []
    by_name: dict[str, list[int]] = {}  # file stem → index rows naming it, in file order
    for pos, listed in enumerate(index):
        file, key = _clean(listed["file"]), _clean(listed["key"])
        for label in (file, key, str(key).replace("#", "_") if key else None):
            if label:
                naming = by_name.setdefault(stem_of(str(label)), [])
                if pos not in naming:
                    naming.append(pos)
    members = [m for m, _ in audio]
    stem_list = [stem_of(m.name) for m in members]
    stems = pd.Series(stem_list, dtype=object)
    named = objects(filename_times(stems.astype(str)) if members else None, len(members))
    rows = []
    used: set[int] = set()
    archive_dated: list[Member] = []
    for pos, (member, info) in enumerate(audio):
        entry = next((e for e in by_name.get(stem_list[pos], ()) if e not in used), None)
        row = _base_row(member, info)
        time = None
        if entry is not None:
            used.add(entry)
            rec = index[entry]
            row.update({k: _clean(rec[k]) for k in ("device_name", "device_serial", "transcript", "response")})
            row["member"], row["line"] = rec["member"], _int(rec["line"])
            if pd.notna(rec["time"]):
                time, row["time_source"] = rec["time"], "index"
        if time is None and pd.notna(named[pos]):
            time, row["time_source"] = named[pos], "filename"
        if time is None and info.created is not None:
            time, row["time_source"] = pd.Timestamp(info.created), "metadata"
        if time is None and member.crc32 is not None and member.modified is not None:
            time, row["time_source"] = pd.Timestamp(member.modified).tz_localize("UTC"), "archive"
            archive_dated.append(member)
        row["time"] = time
        rows.append(row)
        ctx.recognised(member, "amazon.voice", rows=1)
    for pos, rec in enumerate(index):
        if pos not in used:
            ctx.report.problem(rec["member"], _int(rec["line"]),
                               _("The index lists a recording whose audio file is not in the export."))
            rows.append({
                "id": recording_id(f"{rec['member']}#{pos}"), "time": rec["time"] if pd.notna(rec["time"]) else None,
                "time_source": "index" if pd.notna(rec["time"]) else "none",
                "device_serial": _clean(rec["device_serial"]), "device_name": _clean(rec["device_name"]),
                "transcript": _clean(rec["transcript"]), "response": _clean(rec["response"]),
                "duration_s": None, "audio_member": None, "audio_format": None, "size": None, "crc32": None,
                "sha256": None, "member": rec["member"], "line": _int(rec["line"]),
            })
    if archive_dated:
        ctx.report.notes.append(Problem(archive_dated[0].container, None, ngettext(
            "{n:,} recording is dated only by its ZIP entry time, a local time without time zone (2-second steps) "
            "that Dossier treats as UTC: weak evidence.",
            "{n:,} recordings are dated only by their ZIP entry time, a local time without time zone (2-second "
            "steps) that Dossier treats as UTC: weak evidence.", len(archive_dated)).format(n=len(archive_dated))))
    frame = pd.DataFrame(rows, columns=list(RECORDING_COLUMNS))
    frame["time"] = pd.to_datetime(frame["time"], utc=True)
    return frame


def _base_row(member: Member, info: Probe) -> dict[str, object]:
    return {
        "id": recording_id(member.path), "time": None, "time_source": "none", "device_serial": None,
        "device_name": None, "transcript": None, "response": None, "duration_s": info.duration_s,
        "audio_member": member.path, "audio_format": info.format, "size": member.size, "crc32": member.crc32,
        "sha256": None, "member": member.path, "line": None,
    }


def stem_of(name: str) -> str:
    """A file name's lower-case stem, folders and extension cut (``Voice/ABC.WAV`` → ``abc``)."""
    base = posixpath.basename(name.replace("\\", "/")).lower()
    stem, dot, ext = base.rpartition(".")
    return stem if dot and len(ext) <= 5 else base


def _clean(value: object) -> object:
    """``None`` for missing values and empty text."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return None
    return None if isinstance(value, str) and not value.strip() else value


def _int(value: object) -> int | None:
    try:
        return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
