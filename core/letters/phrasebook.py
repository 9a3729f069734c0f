"""Complaint languages written from a phrasebook: ``resources/letters/phrasebook/<lang>.json``.

English, German and French have hand-written templates per letter kind; every other language a supervisory
authority accepts is written by ``resources/letters/phrasebook/complaint.html.j2`` from that language's
phrases (complete sentences with ``{named}`` slots, so no grammar is assembled from fragments). Counts stand
after a colon ("Voice recordings in the export: 12") so no language needs plural rules. Who checked each
language, against what and when, lives in ``resources/letters/verification.json`` (:mod:`core.letters.verification`).
"""

from __future__ import annotations

import functools
import json
from typing import Any

from markupsafe import Markup, escape

from core.platform.paths import resources_dir

# Official languages of the EU/EEA states Dossier writes from a phrasebook (ISO 639-1; Norwegian as Bokmål).
PHRASEBOOK_LANGUAGES = ("bg", "cs", "da", "el", "es", "et", "fi", "ga", "hr", "hu", "is", "it", "lt", "lv", "mt",
                        "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv")
ALIASES = {"no": "nb", "nn": "nb"}  # the Norwegian authority's languages: written in Bokmål


def available() -> tuple[str, ...]:
    """The phrasebook languages whose file ships with this copy of Dossier."""
    folder = resources_dir() / "letters" / "phrasebook"
    return tuple(lang for lang in PHRASEBOOK_LANGUAGES if (folder / f"{lang}.json").is_file())


@functools.cache
def phrases(lang: str) -> dict[str, Any]:
    """All phrases of ``lang`` (empty for a language without a phrasebook)."""
    path = resources_dir() / "letters" / "phrasebook" / f"{ALIASES.get(lang, lang)}.json"
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def say(lang: str, key: str, **slots: Any) -> Markup:
    """Phrase ``key`` of ``lang`` with its slots filled; every slot value is escaped as HTML text."""
    phrase = phrases(lang)["phrases"][key]
    return escape(phrase).format(**{k: "" if v is None else v for k, v in slots.items()})


def labels(lang: str) -> dict[str, str]:
    """The letter's header labels and web-form field names in ``lang`` (see ``core.letters.render.LABELS``)."""
    book = phrases(lang)
    p, head = book["phrases"], book["labels"]
    return {**head, "your_name": book["placeholders"]["name"],
            "summary": p["h_summary"], "timeline": p["h_facts"], "prior_contact": p["h_prior"],
            "competence": p["h_competence"], "legal": p["h_legal"], "requests": p["h_requests"],
            "evidence": p["h_evidence"], "procedure": p["h_procedure"]}
