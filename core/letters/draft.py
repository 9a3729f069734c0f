"""``draft_letter``: the one call the CLI and the GUI make to draft a letter.

It routes the residence to an authority, builds the context from plain data (export, findings, verdicts,
complainant, declarations) and renders the Jinja2 template of the chosen kind and language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.letters.authorities import authority as authority_by_slug
from core.letters.authorities import suggest_authority
from core.letters.context import LetterOptions, build_context
from core.letters.render import RenderedLetter, render_letter
from core.model import Export
from core.rules.finding import Finding


def draft_letter(export: Export, findings: Iterable[Finding], *, residence: str, verdicts: Mapping[str, Any],
                 complainant: Mapping[str, Any], declarations: Mapping[str, Any], lang: str = "en",
                 kind: str = "complaint", authority_slug: str | None = None,
                 options: LetterOptions | None = None) -> tuple[dict[str, Any], RenderedLetter]:
    """Route, build and render one letter; returns ``(context, letter)``."""
    suggestion = suggest_authority(residence, export.vendor)
    chosen = authority_by_slug(authority_slug) if authority_slug else None
    context = build_context(export, findings, verdicts=verdicts, complainant=complainant, declarations=declarations,
                            suggestion=suggestion, authority=chosen, residence=residence, lang=lang, kind=kind,
                            options=options)
    return context, render_letter(context)
