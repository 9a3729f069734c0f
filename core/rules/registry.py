"""The list of rules and the one function that runs them all."""

from __future__ import annotations

from collections.abc import Callable

from core.model import Export
from core.rules.catalog import METADATA_RULES
from core.rules.finding import Finding, ReviewContext
from core.rules.voice import analyse_voices, run_voice_rule

__all__ = ["RULES", "Rule", "analyse_voices", "run_rules", "run_voice_rule"]

Rule = Callable[[Export, ReviewContext], list[Finding]]

RULES: list[Rule] = [*METADATA_RULES]


def run_rules(export: Export, context: ReviewContext | None = None) -> list[Finding]:
    """Every finding of every metadata rule, in a deterministic order."""
    context = context or ReviewContext()
    findings: list[Finding] = []
    for rule in RULES:
        findings.extend(rule(export, context))
    return findings
