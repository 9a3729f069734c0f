"""``recording-false-wake``: a recording kept although nothing was asked — no transcript, or a marker.

Metadata part (here): an empty transcript, or Amazon's markers for audio not meant for Alexa. Only when
the export gives transcripts per recording at all (otherwise "no transcript" says nothing), and only for
recordings an index lists (a clip the index does not list has no transcript for that reason alone). The audio
part — near-silent clips — is measured in the background pass (:mod:`core.rules.voice`).
"""

from __future__ import annotations

import re

import pandas as pd

from core.i18n import _, number
from core.model import Export
from core.rules.common import make, nonempty_text, ordered, recordings_view, rows, unknown_time
from core.rules.finding import Finding, ReviewContext, shorten
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP

RULE = "recording-false-wake"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings with little or no speech"),
    letter={
        "en": "recordings without speech or transcript that were nevertheless kept",
        "de": "Aufnahmen ohne Sprache oder Transkript, die dennoch gespeichert wurden",
        "fr": "enregistrements sans parole ni transcription, pourtant conservés",
    },
)
MARKERS = re.compile(
    r"audio (was )?not intended for (alexa|this device)|audio could not be understood|text not available|"
    r"unintelligible|nicht für alexa bestimmt|nicht verstanden|non destiné à alexa|no dirigido a alexa|"
    r"non destinato ad alexa|^\W*(\(|\[)?\s*(none|silence|stille)\s*(\)|\])?\W*$|discarded_non_device_directed",
    re.IGNORECASE)


def recording_false_wake(export: Export, context: ReviewContext) -> list[Finding]:
    recs = export.recordings
    if not len(recs):
        return []
    has_text = nonempty_text(recs["transcript"])
    if not has_text.any():
        return []
    texts = recs["transcript"].astype(object).where(has_text, "").astype(str)
    marked = {t for t in pd.unique(texts).tolist() if t and MARKERS.search(t)}  # each distinct transcript once
    marker = texts.isin(list(marked)).to_numpy(dtype=bool)
    indexed = (recs["time_source"] == "index").to_numpy(dtype=bool)
    flagged = ((~has_text).to_numpy() & indexed) | marker
    view = recordings_view(export)[flagged]
    total_with = int(has_text.sum())
    findings = []
    for row, text in zip(rows(view), texts[flagged], strict=True):
        if text.strip():
            why = _('its transcript reads "{transcript}", i.e. nothing was asked of the assistant').format(
                transcript=shorten(text.strip(), 80))
            basis = "transcript-marker"
        else:
            why = _("the export's recording index lists it without a transcript, while {n} other recordings in this "
                    "export have one — the device most likely woke up by mistake").format(n=number(total_with))
            basis = "no-transcript"
        explanation = _("This recording made at {when} was kept although {why}.").format(
            when=unknown_time(row.when), why=why)
        findings.append(make(RULE, "low", row, explanation, {"basis": basis, "transcript": text.strip() or None}))
    return ordered(findings)


FALSE_WAKE_RULE = MetadataRule(RULE, TEXTS, recording_false_wake)
