"""Helpers shared by the rules: recording views, finding assembly and ordering (time wording: core.reading.timetext)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar, cast

import numpy as np
import pandas as pd

from core.i18n import _, current_language, ngettext, number
from core.model import WEAK_TIME_SOURCES, Export
from core.reading.timetext import iso_texts, minute_texts
from core.rules.finding import Finding, ReviewContext, Severity, shorten
from core.value_words import value_word

T = TypeVar("T")


def recordings_view(export: Export) -> pd.DataFrame:
    """The recordings with derived columns the rules use (never modifies the export; treat as read-only).

    Adds ``when`` (``2018-06-02 18:00 UTC``; ``… UTC (archive entry date)`` where only a ZIP entry dates it, so
    no explanation says a recording was made when the export was packed), ``iso`` (the JSON time), ``where`` (the
    member to show), ``serial_key``/``name_key`` (case-folded, stripped; ``""`` when missing), ``weak_time`` and
    ``archive_time`` (only a ZIP entry's date).
    Cached for the export's current recordings and language (all rules of one run share it).
    """
    recs = export.recordings
    key = _fingerprint(recs)
    language = current_language()
    cached = _VIEW_CACHE.get("view")  # one tuple, read and replaced whole: safe across threads
    if cached is not None and cached[0] is recs and _same(cached[1], key) and cached[3] == language:
        return cast(pd.DataFrame, cached[2])
    view = _build_view(recs)
    _VIEW_CACHE["view"] = (recs, key, view, language)
    return view


# (the recordings table, its fingerprint, the view, the language); holding the arrays keeps their ids from being reused
_VIEW_CACHE: dict[str, tuple[Any, ...]] = {}


def _fingerprint(recs: pd.DataFrame) -> tuple[list[Any], bytes]:
    """The table's column arrays (replaced whenever a column is assigned) and a digest of size and times."""
    manager = getattr(recs, "_mgr", None)
    arrays = list(getattr(manager, "arrays", None) or [])
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((len(recs), tuple(recs.columns))).encode())
    digest.update(np.ascontiguousarray(_utc_ns(recs["time"])).tobytes())
    return arrays, digest.digest()


def _same(a: tuple[list[Any], bytes], b: tuple[list[Any], bytes]) -> bool:
    if not a[0] or not b[0]:
        return False  # column arrays not visible (another pandas): never trust the cache
    return a[1] == b[1] and len(a[0]) == len(b[0]) and all(x is y for x, y in zip(a[0], b[0], strict=True))


_MEMO: dict[str, list[Any]] = {}


def memo(slot: str, frames: tuple[pd.DataFrame, ...], build: Callable[[], T]) -> T:
    """``build()`` once per set of tables: reused while the same frames hold the same column arrays."""
    key = [_fingerprint_frame(f) for f in frames]
    entry = _MEMO.get(slot)
    if entry is not None and len(entry[0]) == len(frames) and all(
            a is f and _same(k1, k2) for a, f, k1, k2 in zip(entry[0], frames, entry[1], key, strict=True)):
        return cast(T, entry[2])
    value = build()
    _MEMO[slot] = [list(frames), key, value]
    return value


def _fingerprint_frame(frame: pd.DataFrame) -> tuple[list[Any], bytes]:
    manager = getattr(frame, "_mgr", None)
    arrays = list(getattr(manager, "arrays", None) or [])
    return arrays, repr((len(frame), tuple(frame.columns))).encode()


def _utc_ns(series: pd.Series) -> np.ndarray:
    time = pd.to_datetime(series, utc=True)
    return time.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")


def _build_view(recs: pd.DataFrame) -> pd.DataFrame:
    view = pd.DataFrame(index=recs.index)
    view["id"] = recs["id"].astype(object)
    time = pd.to_datetime(recs["time"], utc=True)
    view["time"] = time
    when = minute_texts(time)
    view["archive_time"] = (recs["time_source"].astype(object) == "archive").to_numpy(dtype=bool) & time.notna()
    if view["archive_time"].any():
        dated = _("{when} (archive entry date)")
        when[view["archive_time"]] = [dated.format(when=w) for w in when[view["archive_time"]]]
    view["when"] = when
    view["iso"] = iso_texts(time)
    audio = recs["audio_member"].astype(object)
    view["where"] = audio.where(audio.notna(), recs["member"].astype(object))
    view["serial"] = _text(recs["device_serial"])
    view["name"] = _text(recs["device_name"])
    view["serial_key"] = view["serial"].str.casefold()
    view["name_key"] = view["name"].str.casefold()
    view["has_serial"] = (view["serial"] != "").to_numpy()
    view["has_name"] = (view["name"] != "").to_numpy()
    view["weak_time"] = recs["time_source"].astype(object).isin(list(WEAK_TIME_SOURCES)) | time.isna()
    view["time_source"] = recs["time_source"].astype(object)
    return view


def _text(series: pd.Series) -> pd.Series:
    """Strings stripped, missing as ``""`` (object dtype, fast ``isin``)."""
    return series.astype(object).where(series.notna(), "").astype(str).str.strip().astype(object)


def device_label(name: str, serial: str) -> str:
    """``"Echo Dot" (serial G090…)`` / ``"Echo Dot"`` / ``the device with serial G090…`` / ``no named device``."""
    name, serial = shorten(name or ""), shorten(serial or "", 60)
    if name and serial:
        return _('"{name}" (serial {serial})').format(name=name, serial=serial)
    if name:
        return f'"{name}"'
    if serial:
        return _("the device with serial {serial}").format(serial=serial)
    return _("no named device")


def quote_list(items: Sequence[str], limit: int = 3) -> str:
    """``"A", "B" and 2 more`` — short lists for explanations."""
    quoted = _('"{item}"')  # the language's quotation marks
    shown = [quoted.format(item=shorten(i)) for i in items[:limit]]
    rest = len(items) - len(shown)
    if rest > 0:
        return _("{items} and {rest} more").format(items=", ".join(shown), rest=number(rest))
    if len(shown) <= 1:
        return "".join(shown)
    return _("{items} and {last}").format(items=", ".join(shown[:-1]), last=shown[-1])


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 voice device`` / ``3 voice devices`` (``word``/``many`` already translated)."""
    return f"{number(n)} {word if n == 1 else (many or word + 's')}"


def voice_devices(n: int) -> str:
    """``1 voice device`` / ``3 voice devices``."""
    return ngettext("{n} voice device", "{n} voice devices", n).format(n=number(n))


def unknown_time(when: str | None) -> str:
    return when or _("an unknown time")


def weak_time_note(time_source: str) -> str:
    """The sentence added when a recording's time comes only from a file or archive date."""
    return _(" The recording's time comes only from the {source} date, which may be wrong.").format(
        source=time_source_word(time_source))


def time_source_word(source: str) -> str:
    """The time source ("index", "filename", "metadata", "archive", "none") as words."""
    return value_word("time_source", source)


def make(rule: str, severity: Severity, row: Any, explanation: str, evidence: dict[str, Any]) -> Finding:
    """A finding about one recording (``row`` from :func:`recordings_view`, via ``itertuples``)."""
    full = {"recording_id": row.id, "time": row.iso, "time_source": row.time_source}
    full.update(evidence)
    return Finding(rule, severity, str(row.id), explanation, row.where, row.iso, full)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Deterministic order: by time (undated last), then subject, then rule."""
    return sorted(findings, key=lambda f: f"{f.time or '~'}\x00{f.subject}\x00{f.rule}")


def own_recording_ids(export: Export, context: ReviewContext) -> set[str]:
    """Recordings the user said are theirs: marked own voice, or given the verdict ``mine``."""
    ids = set(context.own_recordings)
    ids.update(key for key, verdict in context.verdicts.items() if verdict == "mine" and ":" not in key)
    known = set(export.recordings["id"].astype(str))
    return ids & known


def nonempty_text(series: pd.Series) -> pd.Series:
    """True where a text column holds something other than whitespace."""
    return series.notna() & (series.astype(object).where(series.notna(), "").astype(str).str.strip() != "")


def rows(frame: pd.DataFrame) -> Iterator[Any]:
    """``frame.itertuples(index=False)``, typed loosely (columns become attributes).

    A view's ``time`` column is left out (building a Timestamp per row is slow): use ``when``/``iso``,
    or compare times vectorised before the loop.
    """
    if "iso" in frame.columns and "time" in frame.columns:
        frame = frame.drop(columns="time")
    return iter(frame.itertuples(index=False))
