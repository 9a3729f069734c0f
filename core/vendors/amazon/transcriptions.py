"""amazon.de's Alexa index (2021–23): ``Alexa_<n>.zip/Audio and Transcription/Transcriptions[-N].csv``.

What is known (export-formats.md §2.9): CRLF, every part repeats the header row, and the columns are, by position,
the time, what Alexa understood, the audio file the row belongs to and Alexa's answer. The header's words are not
known, so columns are recognised by their content: the column whose values name audio files of the export (or
look like audio file names), the column of timestamps, and the first two remaining text columns (request, then
response). When the content says nothing (an empty part), the known positions are used.
"""

from __future__ import annotations

import re

import pandas as pd

from core.i18n import _
from core.reading.convert import parse_times
from core.reading.tabular import normalise
from core.source.archive import Member
from core.vendors.amazon.context import Context
from core.vendors.amazon.voice import AUDIO_NAME, stem_of

STYLES = ("iso", "us", "epoch")
GERMAN_TIME = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(UTC|GMT|Z)?\s*$")
ENOUGH = 0.6  # share of a column's non-empty values that must fit for the column to be recognised


def read_transcriptions(ctx: Context, member: Member, audio_stems: set[str]) -> pd.DataFrame | None:
    """Index rows (time, file, transcript, response …) of one ``Transcriptions*.csv``; ``None`` if unreadable."""
    table = ctx.read_table(member)
    if table is None:
        return None
    frame = table.frame.astype(object)
    header_again = _header_rows(frame, table.header)
    columns = recognise_columns(frame, audio_stems)
    if columns is None:
        ctx.unreadable(member, _("The transcript index has no column of times and no column of audio file names."))
        return None
    time_col, file_col, said_col, answer_col = columns
    keep = ~header_again.to_numpy(dtype=bool)
    raw_time = frame[time_col].astype(str)
    times = parse_any_time(raw_time)
    bad = times.isna() & raw_time.str.strip().ne("") & pd.Series(keep, index=frame.index)
    ctx.reject(table, bad, _("Recording time “{value}” is not a known format; the recording stays undated."), raw_time)

    def text(col: str | None) -> pd.Series:
        if col is None:
            return pd.Series([None] * len(frame), dtype=object)
        values = table.value(col)
        assert values is not None
        return values

    n_kept = int(keep.sum())
    ctx.recognised(member, "amazon.voice-index", rows=n_kept, rejected=int(bad.sum()))
    out = pd.DataFrame({
        "time": times, "file": text(file_col), "key": None, "device_name": None, "device_serial": None,
        "transcript": text(said_col), "response": text(answer_col), "member": member.path,
        "line": table.lines if table.lines is not None else None,
    })
    return out[keep].reset_index(drop=True)


def _header_rows(frame: pd.DataFrame, header: list[str]) -> pd.Series:
    """Rows that repeat the header (parts joined into one file): every cell equals its column's name."""
    again = pd.Series(True, index=frame.index)
    for col, name in zip(frame.columns, header, strict=False):
        again &= frame[col].astype(str).str.strip().map(normalise) == normalise(name)
    return again if len(frame.columns) else pd.Series(False, index=frame.index)


def recognise_columns(frame: pd.DataFrame, audio_stems: set[str]) -> tuple[str, str | None, str | None,
                                                                           str | None] | None:
    """``(time, file, request, response)`` column names, recognised by content, else by position."""
    names = [str(c) for c in frame.columns]
    if not names:
        return None
    time_score = {c: _share(parse_any_time(frame[c].astype(str)).notna(), frame[c]) for c in names}
    file_score = {c: _share(frame[c].astype(str).map(lambda v: _names_audio(v, audio_stems)), frame[c])
                  for c in names}
    time_col = max(names, key=lambda c: time_score[c])
    file_col: str | None = max((c for c in names if c != time_col), key=lambda c: file_score[c], default=None)
    if time_score[time_col] < ENOUGH or (file_col is not None and file_score[file_col] < ENOUGH):
        if len(frame) and time_score[time_col] < ENOUGH:
            return None
        if len(names) >= 4:  # nothing to judge by: the known order date, request, file, response
            return names[0], names[2], names[1], names[3]
        file_col = None
    rest = [c for c in names if c not in (time_col, file_col)]
    return time_col, file_col, (rest[0] if rest else None), (rest[1] if len(rest) > 1 else None)


def _share(hits: pd.Series, values: pd.Series) -> float:
    present = values.astype(str).str.strip().ne("") & values.notna()
    total = int(present.sum())
    return float((hits & present).sum()) / total if total else 0.0


def _names_audio(value: str, audio_stems: set[str]) -> bool:
    value = value.strip()
    return bool(value) and (re.search(AUDIO_NAME, value) is not None or stem_of(value) in audio_stems)


def parse_any_time(raw: pd.Series) -> pd.Series:
    """UTC times in the styles Dossier knows (ISO, US, epoch) plus German ``14.08.2018 09:30:12``."""
    times, _bad = parse_times(raw, STYLES)
    todo = times.isna()
    if todo.any():
        german = raw[todo].map(_german)
        times = times.copy()
        times.loc[todo] = pd.to_datetime(german, utc=True, errors="coerce").astype("datetime64[ns, UTC]")
    return times


def _german(text: str) -> str | None:
    match = GERMAN_TIME.match(str(text))
    if not match:
        return None
    day, month, year, hour, minute, second = (int(match.group(i) or 0) for i in range(1, 7))
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"
