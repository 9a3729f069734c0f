"""Who checked each letter language, against what and when (``resources/letters/verification.json``).

A language whose status is not ``reviewed`` gets one sentence the letter flow shows before anything is
saved (the app's warning list, ``dossier letter`` on stderr).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from core.i18n import _
from core.platform.paths import resources_dir


@dataclass(frozen=True)
class Verification:
    """The check behind one language's letters."""

    lang: str
    status: str  # reviewed | terms-checked | unverified
    by: str
    on: str
    sources: tuple[str, ...]
    note: str

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"


@functools.cache
def verifications() -> dict[str, Verification]:
    raw = json.loads((resources_dir() / "letters" / "verification.json").read_text(encoding="utf-8"))
    return {lang: Verification(lang=lang, status=v["status"], by=v["by"], on=v["on"], sources=tuple(v["sources"]),
                               note=v.get("note", ""))
            for lang, v in raw["languages"].items()}


def verification(lang: str) -> Verification:
    """The record for ``lang``; a language without one counts as unverified."""
    return verifications().get(lang) or Verification(lang, "unverified", "nobody", "", (), "")


def verification_warning(lang: str, language_name: str) -> str:
    """One sentence for the user when the letter's language is not reviewed; empty otherwise."""
    v = verification(lang)
    if v.reviewed:
        return ""
    if v.status == "terms-checked":
        return _("The {language} text of this letter is not verified: it was drafted by the Dossier developers on "
                 "{date} and its key terms were compared with the authority's own pages ({sources}), but no "
                 "native-speaking lawyer has reviewed it. Read it with someone who knows the language, or send it "
                 "with a copy in a language you read, before you rely on it.").format(
            language=language_name, date=v.on, sources=", ".join(v.sources))
    return _("The {language} text of this letter is not verified: it was drafted by the Dossier developers on {date} "
             "and nothing in it was checked against the authority's own wording, and no native-speaking lawyer has "
             "reviewed it. Read it with someone who knows the language, or send it with a copy in a language you "
             "read, before you rely on it.").format(language=language_name, date=v.on)
