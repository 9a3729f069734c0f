"""What a rule is: its id, the texts that name it in the app and in letters, and how it runs.

Each rule module defines one rule object next to the code that finds it; :mod:`core.rules.registry`
lists them. The texts are English sources: the app translates ``title`` (Qt context ``Rules``) and
``headline`` (context ``Overview``) through its catalogues (marked with :mod:`core.translatable`), and
letters pick ``letter[lang]``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from core.model import Export
from core.rules.finding import Finding, ReviewContext


@dataclass(frozen=True)
class RuleTexts:
    """How a rule is named to the person reviewing the export."""

    title: str  # group title in the review and overview ("Recordings at unusual hours")
    letter: Mapping[str, str] = field(default_factory=dict)  # language -> what was found, as a noun phrase
    headline: str | None = None  # overview headline with ``%1`` for the count, if the rule can be the headline


class Rule(Protocol):
    """Every rule, metadata or voice: an id and its texts."""

    @property
    def id(self) -> str: ...

    @property
    def texts(self) -> RuleTexts: ...


@dataclass(frozen=True)
class MetadataRule:
    """A rule that is a pure function of the model and the user's review (no audio decoded)."""

    id: str
    texts: RuleTexts
    check: Callable[[Export, ReviewContext], list[Finding]]
    needs_fingerprints: bool = False  # reads the recordings' SHA-256 (the rest can run while clips are hashed)

    def run(self, export: Export, context: ReviewContext) -> list[Finding]:
        return self.check(export, context)
