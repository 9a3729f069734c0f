"""``recording-unfamiliar-name``: a transcript addresses or mentions a person the account does not know.

Names come from a small built-in list of common first names (DE/AT/CH/FR/IT/ES/NL/UK/US). Names that are
also ordinary words ("Will", "Max", "Rose", "Frank") count only when addressed ("call max", "ruf frank
an", "text rose", "max's"). Familiar are the account holder's names, names in the account's device names
("Sabine's Echo") and names in recordings the user marked as their own. Needs the account holder's name;
low severity.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from core.i18n import _
from core.model import Export
from core.rules.common import (
    make,
    nonempty_text,
    ordered,
    own_recording_ids,
    quote_list,
    recordings_view,
    rows,
    unknown_time,
)
from core.rules.finding import Finding, ReviewContext, shorten
from core.rules.gazetteer import normalise
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP


def _words(text: str) -> list[str]:
    return text.split()


RULE = "recording-unfamiliar-name"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings that mention unfamiliar names"),
    letter={
        "en": "recordings whose transcript names people unknown to the account holder",
        "de": "Aufnahmen, deren Transkript dem Kontoinhaber unbekannte Personen nennt",
        "fr": "enregistrements dont la transcription cite des personnes inconnues du titulaire du compte",
    },
)

FIRST_NAMES = frozenset(_words("""
anna maria sophie sofia emma mia hannah hanna lena lea leonie laura julia lisa sarah sara katharina christina
sabine petra andrea claudia monika susanne birgit stefanie nicole melanie daniela sandra martina heike ursula
renate ingrid helga gisela brigitte karin elke anja silke tanja kerstin jana marie charlotte clara klara
emilia johanna luisa louisa amelie lina marlene greta frieda ida paula nele jessica jennifer vanessa jasmin
janina michael thomas andreas stefan stephan markus christian martin peter wolfgang klaus jurgen juergen uwe
dieter frank bernd holger torsten ralf rainer manfred werner gerhard horst helmut heinz hans karl josef tobias
florian sebastian alexander maximilian lukas lucas leon felix jonas elias noah paul finn luca luka david
daniel jan philipp niklas nico moritz tim timo jannik jakob simon fabian julian dominik patrick matthias
mathias oliver marcel dennis kevin sven jens jorg joerg ulrich volker jean pierre jacques philippe francois
nicolas julien antoine thomas guillaume sebastien olivier laurent mathieu camille manon chloe lea ines
juliette louise margaux pauline celine nathalie isabelle sylvie catherine veronique sandrine stephanie amelie
aurelie giuseppe giovanni antonio mario luigi francesco alessandro andrea marco matteo lorenzo davide riccardo
giulia francesca chiara federica valentina alessia elisa martina giorgia paola silvia roberta jose juan carlos
javier miguel alejandro pablo sergio jorge manuel francisco antonio raul alvaro diego carmen lucia paula marta
elena cristina ana isabel pilar rocio ainhoa nerea irene jan pieter sanne lotte femke anouk bram daan sem
thijs ruben joris kees willem henk oliver harry george charlie james william thomas jack jacob noah alfie
oscar henry leo archie freddie olivia amelia isla ava emily sophia lily isabella poppy jessica ella evie john
robert michael david richard joseph christopher matthew anthony steven andrew kenneth joshua brian mary
patricia jennifer linda elizabeth barbara susan karen nancy betty margaret lisa ashley kimberly donna emily
michelle amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy angela helen anna brenda
pamela nicole samantha katherine emma christine debra rachel carolyn janet catherine heather sabrina tina nina
vera eva ella emil anton oskar otto fritz franz
"""))
# first names that are also everyday words or product names: only when addressed
AMBIGUOUS = frozenset(_words("""
max will may mark bill rose art grace hope joy frank pat rob jack nick bob sue dawn eve june april carol holly
ray don ben faith amber ruby jade summer sunny chase hunter angel august paula luca sem jan tim leo paul mia
ella ida clara chiara nina pilar rocio jean harry oscar otto simon lily poppy isla donna vera diego francisco
antonio jose juan lucia maria
"""))
NOT_NAMES = frozenset(_words("""
alexa echo amazon siri google computer ziggy
"""))
NAMES = (FIRST_NAMES | AMBIGUOUS) - NOT_NAMES
ADDRESS_CUES = frozenset(_words("""
call ring phone text message email mail remind tell ask hey hi hello dear dial contact for with ruf rufe
anrufen schreib schreibe nachricht an erinnere sag frag hallo liebe lieber fur mit appelle appeler envoie dis
rappelle pour avec llama llamar manda dile recuerda para con chiama scrivi ricorda dici bel app stuur zeg
herinner voor met
"""))
_POSSESSIVE = re.compile(r"(\w+)['’]s\b", re.IGNORECASE)


def names_in(text: str) -> list[str]:
    """First names a transcript addresses or mentions (lower-case, in order, without repeats)."""
    possessive = {normalise(m) for m in _POSSESSIVE.findall(text)}
    tokens = normalise(_POSSESSIVE.sub(r"\1", text)).split()
    found: list[str] = []
    for i, token in enumerate(tokens):
        if token not in NAMES or token in found:
            continue
        addressed = token in possessive or (i > 0 and tokens[i - 1] in ADDRESS_CUES)
        if token in AMBIGUOUS and not addressed:
            continue
        found.append(token)
    return found


def familiar_names(export: Export, context: ReviewContext) -> set[str]:
    """Name tokens the account is known to use: holder's names, device names, own recordings."""
    familiar: set[str] = set()
    for name in export.account.names:
        familiar.update(normalise(name).split())
    for name in export.devices["name"].dropna().astype(str):
        familiar.update(normalise(_POSSESSIVE.sub(r"\1", name)).split())
    own = own_recording_ids(export, context)
    recs = export.recordings
    for text in recs.loc[recs["id"].astype(str).isin(list(own)), "transcript"].dropna().astype(str):
        familiar.update(names_in(text))
    return familiar


def recording_unfamiliar_name(export: Export, context: ReviewContext) -> list[Finding]:
    recs = export.recordings
    if not len(recs) or not export.account.names:
        return []
    has_text = nonempty_text(recs["transcript"])
    texts = recs["transcript"].astype(object).where(has_text, "").astype(str)
    familiar = familiar_names(export, context)
    per_text: dict[str, list[str]] = {}
    for text in pd.unique(texts[has_text]).tolist():  # each distinct transcript once
        names = [n for n in names_in(text) if n not in familiar] if _may_name(text) else []
        if names:
            per_text[text] = names
    own = own_recording_ids(export, context)
    hits = (texts.isin(list(per_text)) & ~recs["id"].astype(str).isin(list(own))).to_numpy(dtype=bool)
    view = recordings_view(export)[hits]
    holder = quote_list(list(export.account.names), 2)
    device_names = bool(export.devices["name"].dropna().astype(str).str.strip().ne("").any())
    return ordered(_finding(row, text, per_text[text], holder, device_names)
                   for row, text in zip(rows(view), texts[hits].tolist(), strict=True))


def _may_name(text: str) -> bool:
    """Cheap pre-check: does any word of ``text`` look like a listed name?"""
    return not NAMES.isdisjoint(normalise(text).split())


def _finding(row: Any, text: str, names: list[str], holder: str, device_names: bool) -> Finding:
    """``device_names``: whether the export's device list names any device (a Takeout has no device list)."""
    shown = quote_list([n.capitalize() for n in names], 3)
    explanation = (_('The transcript of this recording made at {when} ("{transcript}") names {names}, which does not '
                     "match the account holder ({holder}), the account's device names or the names in recordings you "
                     "marked as your own.") if device_names else
                   _('The transcript of this recording made at {when} ("{transcript}") names {names}, which does not '
                     "match the account holder ({holder}) or the names in recordings you marked as your own (the "
                     "export has no device list to compare with).")).format(
        when=unknown_time(row.when), transcript=shorten(text.strip(), 90), names=shown, holder=holder)
    return make(RULE, "low", row, explanation, {"names": [n.capitalize() for n in names], "transcript": text.strip()})


UNFAMILIAR_NAME_RULE = MetadataRule(RULE, TEXTS, recording_unfamiliar_name)
