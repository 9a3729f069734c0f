"""Voice activity listed without audio: timed transcript rows matched to clips, the rest kept as recordings.

Two sources list what was said and when but name no audio file: the rows of the 2018 transcript PDF
(``core.vendors.amazon.transcript_pdf``) and the 2025–26 Alexa utterance tables
(``Additional Data/Alexa/Alexa/NLU/Intent-*.csv``: ``Utterance text``, ``Utterance Creation Date``). Each row is
matched to the clip recorded at the same time (within ``TOLERANCE``; the nearest clip without a transcript wins)
and gives it its transcript; a row an index lists without its clip is a match too (the same utterance). A row
nothing matches is voice activity all the same: it becomes a recording with no audio in the export
(``audio_member`` empty), dated by the row, so every rule that needs no audio applies to it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.i18n import _, ngettext
from core.model import RECORDING_COLUMNS, Problem, recording_id
from core.reading.tabular import Table
from core.source.archive import Member
from core.vendors.amazon.context import Context
from core.vendors.amazon.transcriptions import parse_any_time

TOLERANCE = pd.Timedelta(seconds=2)
UTTERANCE_TEXT = ("Utterance text", "Utterance Text", "Utterance")
UTTERANCE_TIME = ("Utterance Creation Date", "Utterance Creation Time", "Creation Date")


@dataclass
class TimedRows:
    """Rows of one member that say when something was said and what (``text`` may be missing)."""

    member: str
    times: pd.Series  # datetime64[ns, UTC], NaT where undated
    texts: list[str | None]
    lines: list[int | None]


def read_utterances(ctx: Context, member: Member) -> TimedRows | None:
    """The utterances of one Alexa NLU ``Intent-*.csv`` (never its ``Contact Name`` or screen columns)."""
    table = ctx.read_table(member, usecols=UTTERANCE_TEXT + UTTERANCE_TIME)
    if table is None:
        return None
    raw = table.get(*UTTERANCE_TIME)
    if raw is None:
        ctx.unreadable(member, _("The Alexa utterance table has no utterance time column."))
        return None
    times = parse_any_time(raw)
    bad = times.isna() & raw.str.strip().ne("") & raw.ne("nan")
    rejected = ctx.reject(table, bad, _("Utterance time “{value}” is not a known format; row not read."), raw)
    keep = ~bad.to_numpy(dtype=bool)
    texts = table.values_or_none(*UTTERANCE_TEXT)
    ctx.recognised(member, "amazon.alexa-utterances", rows=len(table), rejected=rejected)
    return _rows(table, times, texts, keep)


def _rows(table: Table, times: pd.Series, texts: pd.Series, keep: np.ndarray) -> TimedRows:
    lines: list[int | None] = [int(v) for v in table.lines[keep]] if table.lines is not None else \
        [None] * int(keep.sum())
    kept = texts[keep].tolist()
    return TimedRows(table.member, times[keep].reset_index(drop=True),
                     [None if v is None or (isinstance(v, float) and v != v) else str(v) for v in kept], lines)


def attach(ctx: Context, recordings: pd.DataFrame, groups: list[TimedRows], label: str,
           local_time: bool = False) -> tuple[pd.DataFrame, int]:
    """``recordings`` with transcripts from the rows matched by time, plus one row per unmatched entry.

    Returns the new table and how many rows matched a clip. ``label`` names the source in the report note.
    ``local_time``: the rows' times may be a local time a whole number of hours off UTC (a PDF names no zone):
    when an offset of 1 or 2 hours matches more rows to clips than none does, the rows are read with it (noted).
    """
    if not groups:
        return recordings, 0
    recordings = recordings.reset_index(drop=True)  # labels are positions below
    # clips, and rows an index lists whose clip is missing: a PDF row at an index row's time is the same utterance
    # (it was a second recording of it once its clip was left out)
    listed = recordings["audio_member"].isna().to_numpy(dtype=bool)
    clip_rows = recordings.index[(recordings["audio_member"].notna() | (recordings["time_source"] == "index"))
                                 & recordings["time"].notna()]
    clip_times = recordings.loc[clip_rows, "time"].to_numpy(dtype="datetime64[ns]") if len(clip_rows) else \
        np.array([], dtype="datetime64[ns]")
    order = np.argsort(clip_times, kind="stable")
    sorted_times, sorted_rows = clip_times[order], np.asarray(clip_rows)[order]
    if local_time:
        groups = _in_clip_time(ctx, groups, sorted_times, label)
    transcripts = recordings["transcript"].astype(object).to_numpy().copy()
    taken: set[int] = set()
    extra: list[dict[str, object]] = []
    matched = total = 0
    for group in groups:
        times = group.times.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
        for pos, (when, text, line) in enumerate(zip(times, group.texts, group.lines, strict=True)):
            total += 1
            row = _nearest(sorted_times, sorted_rows, when, taken, transcripts, listed) \
                if not np.isnat(when) else None
            if row is not None:
                taken.add(row)
                matched += 1
                if text:
                    transcripts[row] = text
                continue
            extra.append(_activity_row(group, pos, group.times.iloc[pos], text, line))
    out = recordings.copy()
    out["transcript"] = pd.Series(transcripts, index=out.index, dtype=object)
    if extra:
        more = pd.DataFrame(extra, columns=list(RECORDING_COLUMNS))
        more["time"] = pd.to_datetime(more["time"], utc=True)
        out = pd.concat([out, more], ignore_index=True) if len(out) else more
    members = sorted({g.member for g in groups})
    if not total:
        ctx.report.notes.append(Problem(members[0], None, _("{source}: no dated rows Dossier could read.").format(
            source=label)))
        return out, 0
    rest = total - matched
    note = ngettext("{source}: {matched:,} of {n:,} row matched a voice recording within {seconds} seconds.",
                    "{source}: {matched:,} of {n:,} rows matched a voice recording within {seconds} seconds.",
                    total).format(source=label, matched=matched, n=total, seconds=TOLERANCE.seconds)
    if rest:
        note += ngettext(" The other {n:,} is shown as voice activity with no audio in the export.",
                         " The other {n:,} are shown as voice activity with no audio in the export.",
                         rest).format(n=rest)
    ctx.report.notes.append(Problem(members[0], None, note))
    return out, matched


OFFSETS_H = (0, -1, 1, -2, 2)  # CET/CEST and the other zones of Amazon's European stores


def _in_clip_time(ctx: Context, groups: list[TimedRows], sorted_times: np.ndarray, label: str) -> list[TimedRows]:
    """The groups shifted by the whole-hour offset that lets most rows meet a clip (none unless it beats none)."""
    if not len(sorted_times):
        return groups
    tol = np.timedelta64(int(TOLERANCE.value), "ns")
    times = np.concatenate([g.times.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]") for g in groups])
    times = times[~np.isnat(times)]

    def meets(hours: int) -> int:
        moved = times + np.timedelta64(hours * 3600, "s")
        lo = np.searchsorted(sorted_times, moved - tol, side="left")
        return int((np.searchsorted(sorted_times, moved + tol, side="right") > lo).sum())

    counts = {h: meets(h) for h in OFFSETS_H}
    best = max(OFFSETS_H, key=lambda h: counts[h])  # first of equals: no offset wins a tie
    if best == 0 or counts[best] <= counts[0]:
        return groups
    shift = pd.Timedelta(hours=best)
    hours = abs(best)
    if best < 0:
        note = ngettext("{source}: its times are {n} hour ahead of the clips' times — a local time, it seems; "
                        "Dossier reads every row {n} hour earlier than printed.",
                        "{source}: its times are {n} hours ahead of the clips' times — a local time, it seems; "
                        "Dossier reads every row {n} hours earlier than printed.", hours)
    else:
        note = ngettext("{source}: its times are {n} hour behind the clips' times — a local time, it seems; "
                        "Dossier reads every row {n} hour later than printed.",
                        "{source}: its times are {n} hours behind the clips' times — a local time, it seems; "
                        "Dossier reads every row {n} hours later than printed.", hours)
    note = note.format(source=label, n=hours) + ngettext(
        " Read that way, {n:,} row meets a clip (without the shift: {without:,}).",
        " Read that way, {n:,} rows meet a clip (without the shift: {without:,}).", counts[best]).format(
        n=counts[best], without=counts[0])
    ctx.report.notes.append(Problem(groups[0].member, None, note))
    return [TimedRows(g.member, g.times + shift, g.texts, g.lines) for g in groups]


def _nearest(sorted_times: np.ndarray, sorted_rows: np.ndarray, when: np.datetime64, taken: set[int],
             transcripts: np.ndarray, listed: np.ndarray) -> int | None:
    """The recording nearest ``when`` within the tolerance that no row took yet (those without a transcript first,
    then clips before rows an index lists without their clip)."""
    if not len(sorted_times):
        return None
    tol = np.timedelta64(int(TOLERANCE.value), "ns")
    lo = int(np.searchsorted(sorted_times, when - tol, side="left"))
    hi = int(np.searchsorted(sorted_times, when + tol, side="right"))
    best: tuple[int, int, int, int] | None = None
    for i in range(lo, hi):
        row = int(sorted_rows[i])
        if row in taken:
            continue
        has_text = transcripts[row] is not None and not (isinstance(transcripts[row], float))
        key = (int(has_text), int(listed[row]), abs(int((sorted_times[i] - when) / np.timedelta64(1, "ms"))), row)
        if best is None or key < best:
            best = key
    return None if best is None else best[3]


def _activity_row(group: TimedRows, pos: int, when: object, text: str | None, line: int | None) -> dict[str, object]:
    dated = when is not None and not pd.isna(when)  # type: ignore[call-overload]
    return {
        "id": recording_id(f"{group.member}#{line if line is not None else pos}"), "time": when if dated else None,
        "time_source": "index" if dated else "none", "device_serial": None, "device_name": None,
        "transcript": text, "response": None, "duration_s": None, "audio_member": None, "audio_format": None,
        "size": None, "crc32": None, "sha256": None, "member": group.member, "line": line,
    }
