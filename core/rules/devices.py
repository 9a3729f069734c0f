"""The account's device evidence, reconciled: registered/listed devices and purchases of voice devices.

Shared by the three device rules. A device counts as *voice-capable* when the export says so
(``voice_capable`` true), or — when it does not say — unless its name/family is clearly not a voice
device (a Kindle e-reader, Audible): for precision, an unknown device is given the benefit of the doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from core.i18n import N_, _, ngettext, number
from core.model import Export
from core.reading.timetext import day_text
from core.rules.common import memo, quote_list

LISTED_SOURCES = ("registration", "alexa-list")
DATASET_OF_SOURCE = {"registration": "amazon.devices", "alexa-list": "amazon.alexa-devices"}
SOURCE_WORDS = {"registration": N_("device registrations"), "alexa-list": N_("Alexa device list"),
                "purchase": N_("purchases")}
# a recording up to this long before registration / after deregistration is not flagged (set-up, clock skew)
GRACE = pd.Timedelta(days=1)

VOICE_PRODUCT = re.compile(
    r"\bamazon\s+echo\b|\becho\s*(dot|show|studio|plus|spot|flex|pop|input|auto|buds|frames|sub|connect|hub|"
    r"look|\(\s*\d|\d\.?\s*gen)|\bfire\s*tv\b|\bamazon\s+tap\b|\bsonos\s+(one|beam|arc|era|move|roam)\b|"
    r"\b(bose\s+)?(home|smart)\s*speaker\b|\balexa[- ]?(built[- ]?in|integriert|intégrée?|integrata|integrado)\b|"
    r"\b(with|mit|avec|con|met)\s+alexa\b",
    re.IGNORECASE)
ACCESSORY = re.compile(
    r"\b(works\s+with|compatible|kompatibel|funktioniert\s+mit|for|für|pour|per|para|voor)\s+(amazon\s+)?"
    r"(echo|alexa|fire)|\b(mount|halterung|hülle|case|cover|stand|ständer|akku|battery|netzteil|adapter|"
    r"cable|kabel|skin|sticker|plug|steckdose|bulb|lampe|glühbirne)\b",
    re.IGNORECASE)
_PREFILTER = re.compile(r"echo|fire|alexa|sonos|speaker|tap", re.IGNORECASE)
_PREFILTER_LOWER = re.compile(_PREFILTER.pattern)
TITLE_SLICE = 50_000  # titles per prefilter scan: each call stays short for the window's thread
#: Lower-case letters a case-blind search takes for ASCII ones that ``str.lower`` keeps apart (long s, dotless
#: i, the dot of a lowered İ).
_FOLDS_APART = re.compile("[\u017f\u0131\u0307]")
NOT_VOICE = re.compile(r"\bkindle\b(?!.*\b(fire|alexa)\b)|\baudible\b|\bprime\s+video\b", re.IGNORECASE)


def is_voice_product(title: str) -> bool:
    """A purchase title that names a voice device (Echo, Fire TV, Alexa built-in speaker), not an accessory."""
    return bool(VOICE_PRODUCT.search(title)) and not ACCESSORY.search(title)


@dataclass(frozen=True)
class Inventory:
    """What the export says about the account's devices, with the keys the rules match recordings on."""

    listed: pd.DataFrame  # registration / alexa-list rows: serial_key, name_key, start, end, voice, label, member
    voice: pd.DataFrame  # the voice-capable (or possibly voice-capable) part of ``listed``
    purchases: pd.DataFrame  # voice-device purchases: time, title, quantity, member
    sources: dict[str, int]  # rows per device source (all devices, any kind)
    summary: dict[str, Any]  # texts and counts computed once (see :func:`_summary`)
    missing: frozenset[str] = frozenset()  # device lists whose file is not in the export (missing, not empty)

    @property
    def no_lists(self) -> bool:
        """The export holds none of the device lists: nothing to compare recordings with."""
        return self.missing >= set(LISTED_SOURCES)

    @property
    def serials(self) -> set[str]:
        return set(self.listed["serial_key"]) - {""}

    @property
    def names_without_serial(self) -> set[str]:
        return set(self.listed.loc[self.listed["serial_key"] == "", "name_key"]) - {""}

    @property
    def names(self) -> set[str]:
        return set(self.listed["name_key"]) - {""}

    @property
    def purchased_count(self) -> int:
        return self.summary["purchased"]

    @property
    def unregistered_purchases(self) -> int:
        """Voice devices bought beyond those that appear in the device lists (never registered)."""
        return max(0, self.purchased_count - len(self.voice))

    def describe_lists(self, named: bool = True) -> str:
        """``the export's device registrations (2 entries: "A" and "B") and Alexa device list (no entries)``."""
        return self.summary["lists_text" if named else "lists_plain"]

    def describe_purchases(self) -> str:
        return self.summary["purchases_text"]

    def purchase_evidence(self) -> list[dict[str, str | None]]:
        """The voice-device purchases (at most :data:`EVIDENCE_LIMIT`) as plain values for ``evidence``."""
        return self.summary["purchase_list"]


EVIDENCE_LIMIT = 20


def missing_lists(export: Export) -> frozenset[str]:
    """The device lists an imported export does not hold at all (an export built in code reports none missing)."""
    recognised = {f.dataset for f in export.report.by_status("recognised")}
    if not recognised:
        return frozenset()
    present = set(_text(export.devices["source"]).str.lower()) if len(export.devices) else set()
    return frozenset(s for s in LISTED_SOURCES if s not in present and DATASET_OF_SOURCE[s] not in recognised)


def _summary(sources: dict[str, int], listed: pd.DataFrame, purchases: pd.DataFrame,
             missing: frozenset[str] = frozenset()) -> dict[str, Any]:
    parts, plain = [], []
    for source in LISTED_SOURCES:
        n = sources.get(source, 0)
        empty = _("not in this export") if source in missing else _("no entries")
        word = _(SOURCE_WORDS[source])
        entries = ngettext("{n} entry", "{n} entries", n).format(n=number(n))
        plain.append(f"{word} ({entries})" if n else f"{word} ({empty})")
        names = [x for x in listed.loc[listed["source"] == source, "name"].tolist() if x]
        if not n:
            parts.append(f"{word} ({empty})")
        elif names:
            parts.append(f"{word} ({entries}: {quote_list(names, 3)})")
        else:
            parts.append(f"{word} ({entries})")
    if len(purchases):
        items = [f"{t} ({day_text(d)})" for t, d in zip(purchases["title"][:3], purchases["time"][:3], strict=True)]
        items += [""] * (len(purchases) - len(items))
        purchases_text = ngettext("{n} purchase of a voice device: {items}", "{n} purchases of a voice device: {items}",
                                  len(purchases)).format(n=number(len(purchases)), items=quote_list(items, 2))
    else:
        purchases_text = _("no purchase of a voice device")
    head = purchases.head(EVIDENCE_LIMIT)
    return {
        "purchased": int(purchases["quantity"].sum()) if len(purchases) else 0,
        "lists_text": _("the export's {lists}").format(lists=_(" and ").join(parts)),
        "lists_plain": _("the export's {lists}").format(lists=_(" and ").join(plain)),
        "purchases_text": purchases_text,
        "purchase_list": [{"title": t, "date": None if pd.isna(d) else day_text(d), "member": m}
                          for t, d, m in zip(head["title"], head["time"], head["member"], strict=True)],
    }


def likely_voice_titles(titles: list[str]) -> np.ndarray:
    """Which titles the prefilter finds a word in — :data:`_PREFILTER`'s answers, by one scan of the titles
    lowered and joined (a case-blind search per title took ~0.5 s for 200k order lines), 50k titles at a
    time so that no single call holds the interpreter for long (the window's thread waits for it)."""
    parts = [_likely_in(titles[i:i + TITLE_SLICE]) for i in range(0, len(titles), TITLE_SLICE)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=bool)


def _likely_in(titles: list[str]) -> np.ndarray:
    lowered = [t.lower() for t in titles]
    joined = "\0".join(lowered)
    if _FOLDS_APART.search(joined):  # letters a case-blind search equates with ASCII ones
        return np.array([bool(_PREFILTER.search(t)) for t in titles], dtype=bool)
    starts = np.cumsum([0] + [len(t) + 1 for t in lowered[:-1]])
    found = np.zeros(len(titles), dtype=bool)
    hits = [m.start() for m in _PREFILTER_LOWER.finditer(joined)]
    found[np.searchsorted(starts, hits, side="right") - 1] = True
    return found


def _text(series: pd.Series) -> pd.Series:
    return series.astype(object).where(series.notna(), "").astype(str).str.strip().astype(object)


def _flag(value: object) -> bool | None:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("true", "yes", "y", "1"):
            return True
        if low in ("false", "no", "n", "0"):
            return False
        return None
    return bool(value)


def inventory(export: Export) -> Inventory:
    """Reconcile the devices table and the purchases table into one :class:`Inventory` (cached per tables)."""
    inv = memo("inventory", (export.devices, export.purchases), lambda: _inventory(export))
    missing = missing_lists(export)
    if missing != inv.missing:  # the same tables from another import: which lists are missing is per export
        inv = replace(inv, missing=missing, summary=_summary(inv.sources, inv.listed, inv.purchases, missing))
    return inv


def _inventory(export: Export) -> Inventory:
    dev = export.devices
    source = _text(dev["source"]).str.lower()
    sources = {str(k): int(v) for k, v in source.value_counts().items()}
    listed = pd.DataFrame({
        "serial": _text(dev["serial"]), "name": _text(dev["name"]), "family": _text(dev["family"]),
        "start": pd.to_datetime(dev["registered"], utc=True), "end": pd.to_datetime(dev["deregistered"], utc=True),
        "member": dev["member"].astype(object), "source": source,
    })
    listed["serial_key"] = listed["serial"].str.casefold()
    listed["name_key"] = listed["name"].str.casefold()
    flags = [_flag(v) for v in dev["voice_capable"]]
    described = (listed["name"] + " " + listed["family"]).tolist()
    listed["voice"] = [f if f is not None else not NOT_VOICE.search(d) for f, d in zip(flags, described, strict=True)]
    bought_rows = listed[listed["source"] == "purchase"]
    listed = listed[listed["source"].isin(LISTED_SOURCES)].reset_index(drop=True)
    voice = listed[listed["voice"].astype(bool)].reset_index(drop=True)

    pur = export.purchases
    titles = _text(pur["title"])
    kind = _text(pur["kind"]).str.lower()
    likely = likely_voice_titles(titles.tolist())  # skip the full check for most titles
    mask = np.zeros(len(titles), dtype=bool)
    mask[likely] = [is_voice_product(t) for t in titles[likely]]
    mask &= ~kind.isin(["digital", "refund"]).to_numpy()
    qty = pd.to_numeric(pur["quantity"], errors="coerce").fillna(1).clip(lower=1)
    purchases = pd.DataFrame({"time": pd.to_datetime(pur["time"], utc=True)[mask], "title": titles[mask],
                              "quantity": qty[mask].astype(int), "member": pur["member"].astype(object)[mask]})
    if len(bought_rows):
        extra = pd.DataFrame({"time": bought_rows["start"], "title": bought_rows["name"].where(
            bought_rows["name"] != "", bought_rows["family"]), "quantity": 1, "member": bought_rows["member"]})
        purchases = pd.concat([purchases, extra], ignore_index=True).drop_duplicates(["time", "title"])
    purchases = purchases.sort_values(["time", "title"], kind="stable", na_position="last").reset_index(drop=True)
    missing = missing_lists(export)
    return Inventory(listed=listed, voice=voice, purchases=purchases, sources=sources,
                     summary=_summary(sources, listed, purchases, missing), missing=missing)


def covered(times: pd.Series, intervals: pd.DataFrame) -> np.ndarray:
    """For each time, whether any interval [start - GRACE, end + GRACE) contains it (NaT bounds are open)."""
    t = times.to_numpy(dtype="datetime64[ns]", na_value=np.datetime64("NaT"))
    result = np.zeros(len(t), dtype=bool)
    for start, end in zip(intervals["start"], intervals["end"], strict=True):
        lo = np.datetime64("NaT") if pd.isna(start) else (start - GRACE).tz_convert(None).to_datetime64()
        hi = np.datetime64("NaT") if pd.isna(end) else (end + GRACE).tz_convert(None).to_datetime64()
        inside = np.ones(len(t), dtype=bool) if pd.isna(start) else t >= lo
        if not pd.isna(end):
            inside &= t < hi
        result |= inside
    return result
