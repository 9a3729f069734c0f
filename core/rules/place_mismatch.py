"""``recording-place-mismatch``: the transcript names a place far (> 150 km) from every account address.

Places come from the offline gazetteer (:mod:`core.rules.gazetteer`); addresses are located by the last
gazetteer town they name. A place counts only next to a cue — "weather in …", "nach …", "traffic to …",
"… weather"; not "von"/"de"/"from", which name artists and shows more often than places — so football
clubs ("Bayern München"), radio stations and "New York" do not. A weather or traffic question is
``medium`` (people ask about where they are); any other mention ``low``; ``low`` as well when one of
the account's addresses could not be located.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from core.i18n import _, number
from core.model import Export
from core.rules.common import make, nonempty_text, ordered, quote_list, recordings_view, rows, unknown_time
from core.rules.finding import Finding, ReviewContext, Severity, shorten
from core.rules.gazetteer import Gazetteer, Place, default_gazetteer, distance_km, normalise
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP


def _words(text: str) -> list[str]:
    return text.split()


RULE = "recording-place-mismatch"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings that mention a faraway place"),
    letter={
        "en": "recordings whose transcript names a place far from the account's addresses",
        "de": "Aufnahmen, deren Transkript einen Ort weit entfernt von den Adressen des Kontos nennt",
        "fr": "enregistrements dont la transcription cite un lieu éloigné des adresses du compte",
    },
)
FAR_KM = 150.0
LOCAL_INTENT = frozenset(_words("""
weather forecast temperature rain snow traffic wetter vorhersage temperatur regen schnee verkehr stau
verkehrslage meteo meteo temps pluie trafic circulation bouchons tiempo lluvia trafico previsione pioggia
traffico weer regen verkeer file raining rainy snowing sunny windy regnet regnen schneit schneien gewitter
sonnig pleut neige llueve nieva piove nevica regent sneeuwt
"""))
CUES = LOCAL_INTENT | frozenset(_words("""
in at to near around nach bei um fur zu a au aux vers pres per verso naar bij te en hacia cerca time zeit uhrzeit
heure hora ora tijd distance entfernung route drive fahrt flight flug train zug bus
"""))
SKIP_BEFORE = frozenset(_words("""
new nueva nuevo nouvelle nouveau bayern borussia werder fc vfb vfl sv tsv real atletico inter ac as ss
olympique racing sporting union hertha eintracht
"""))
SKIP_AFTER = frozenset(_words("""
united city fc rovers rangers wanderers town county albion
"""))


def locate_addresses(addresses: list[str], gazetteer: Gazetteer) -> tuple[list[tuple[str, Place]], list[str]]:
    """(address, place) for addresses naming a known town (the last one named), and those that do not."""
    located, unknown = [], []
    for address in addresses:
        found = gazetteer.find_all(address)
        if found:
            located.append((address, found[-1][2]))
        else:
            unknown.append(address)
    return located, unknown


def named_places(text: str, gazetteer: Gazetteer) -> list[tuple[Place, bool]]:
    """Places a transcript names next to a cue, each with whether the question has local intent."""
    tokens = normalise(text).split()
    local = bool(LOCAL_INTENT.intersection(tokens))
    result = []
    for start, length, place in gazetteer.find_all(text):
        before = tokens[max(0, start - 3):start]
        after = tokens[start + length:start + length + 1]
        if (before and before[-1] in SKIP_BEFORE) or (after and after[0] in SKIP_AFTER):
            continue
        if CUES.intersection(before) or LOCAL_INTENT.intersection(after):
            result.append((place, local))
    return result


def recording_place_mismatch(export: Export, context: ReviewContext,
                             gazetteer: Gazetteer | None = None) -> list[Finding]:
    recs = export.recordings
    if not len(recs) or not export.account.addresses:
        return []
    gazetteer = gazetteer or default_gazetteer()
    located, unknown = locate_addresses(list(export.account.addresses), gazetteer)
    if not located:
        return []
    has_text = nonempty_text(recs["transcript"])
    texts = recs["transcript"].astype(object).where(has_text, "").astype(str)
    homes = quote_list([f"{p.name} ({p.country})" for _, p in located], 3)
    verdicts: dict[str, tuple[Place, bool, float] | None] = {}
    for text in pd.unique(texts[has_text]).tolist():  # each distinct transcript once
        verdicts[text] = _farthest(text, gazetteer, located)
    hits = texts.map(lambda t: verdicts.get(t) is not None).to_numpy(dtype=bool)
    view = recordings_view(export)[hits]
    findings = []
    for row, text in zip(rows(view), texts[hits].tolist(), strict=True):
        verdict = verdicts[text]
        assert verdict is not None
        place, local, km = verdict
        findings.append(_finding(row, text, place, local, km, homes, located, unknown))
    return ordered(findings)


def _farthest(text: str, gazetteer: Gazetteer, located: list[tuple[str, Place]]) -> tuple[Place, bool, float] | None:
    """The named place far from every address (weather/traffic questions first, then the farthest)."""
    if not gazetteer.first_words.intersection(normalise(text).split()):
        return None
    far = []
    for place, local in named_places(text, gazetteer):
        nearest = min(distance_km(place, home) for _, home in located)
        if nearest > FAR_KM:
            far.append((place, local, nearest))
    return max(far, key=lambda x: (x[1], x[2])) if far else None


def _finding(row: Any, text: str, place: Place, local: bool, km: float, homes: str,
             located: list[tuple[str, Place]], unknown: list[str]) -> Finding:
    severity: Severity = "medium" if local and not unknown else "low"
    explanation = (_('The transcript of this recording made at {when} ("{transcript}") is a weather or traffic '
                     "question about {place} ({country}), {km} km from the nearest town in the account's addresses: "
                     "{homes} (offline gazetteer).") if local else
                   _('The transcript of this recording made at {when} ("{transcript}") is a mention of {place} '
                     "({country}), {km} km from the nearest town in the account's addresses: {homes} (offline "
                     "gazetteer).")).format(when=unknown_time(row.when), transcript=shorten(text.strip(), 90),
                                            place=place.name, country=place.country, km=number(km), homes=homes)
    if unknown:
        explanation += _(" {n} of the account's addresses could not be located, so it may be closer.").format(
            n=number(len(unknown)))
    return make(RULE, severity, row, explanation, {
        "place": place.name, "country": place.country, "distance_km": round(km), "local_intent": local,
        "account_places": [{"name": p.name, "country": p.country} for _, p in located],
        "unlocated_addresses": len(unknown), "transcript": text.strip()})


PLACE_MISMATCH_RULE = MetadataRule(RULE, TEXTS, recording_place_mismatch)
