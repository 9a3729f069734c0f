"""The list of rules, and the one function that runs the metadata rules.

Adding a rule: write ``core/rules/<name>.py`` with its check and a :class:`~core.rules.rule.MetadataRule`
(id, texts), then list it in :data:`METADATA_RULES` (the order is the order findings are produced in).
"""

from __future__ import annotations

from collections.abc import Mapping

from core.model import Export
from core.rules.active_hours import ACTIVE_HOURS_RULE
from core.rules.device_period import DEVICE_PERIOD_RULE
from core.rules.duplicates import DUPLICATES_RULE
from core.rules.false_wake import FALSE_WAKE_RULE
from core.rules.finding import Finding, ReviewContext
from core.rules.place_mismatch import PLACE_MISMATCH_RULE
from core.rules.retention import RETENTION_RULE
from core.rules.rule import MetadataRule, Rule, RuleTexts
from core.rules.summary import SUMMARY_RULE
from core.rules.unfamiliar_name import UNFAMILIAR_NAME_RULE
from core.rules.unknown_device import UNKNOWN_DEVICE_RULE
from core.rules.voice import VOICE_RULE, analyse_voices, run_voice_rule
from core.rules.without_device import WITHOUT_DEVICE_RULE

__all__ = ["ALL_RULES", "METADATA_RULES", "VOICE_RULE", "Rule", "analyse_voices", "rule_texts", "run_rules",
           "run_rules_before_fingerprints", "run_voice_rule"]

METADATA_RULES: tuple[MetadataRule, ...] = (
    SUMMARY_RULE,
    WITHOUT_DEVICE_RULE,
    UNKNOWN_DEVICE_RULE,
    DEVICE_PERIOD_RULE,
    ACTIVE_HOURS_RULE,
    PLACE_MISMATCH_RULE,
    UNFAMILIAR_NAME_RULE,
    DUPLICATES_RULE,
    FALSE_WAKE_RULE,
    RETENTION_RULE,
)
ALL_RULES: tuple[Rule, ...] = (*METADATA_RULES, VOICE_RULE)
_BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL_RULES}


def rule_texts(rule_id: str) -> RuleTexts | None:
    """The texts of the rule with this id, or ``None`` for an id no rule has (e.g. from an older case)."""
    rule = _BY_ID.get(rule_id)
    return None if rule is None else rule.texts


def run_rules(export: Export, context: ReviewContext | None = None,
              earlier: Mapping[str, list[Finding]] | None = None) -> list[Finding]:
    """Every finding of every metadata rule, in a deterministic order. ``earlier``: findings by rule id that
    :func:`run_rules_before_fingerprints` made from the same model and review; those rules are not run again."""
    context = context or ReviewContext()
    findings: list[Finding] = []
    for rule in METADATA_RULES:
        known = earlier.get(rule.id) if earlier is not None else None
        findings.extend(known if known is not None else rule.run(export, context))
    return findings


def run_rules_before_fingerprints(export: Export, context: ReviewContext) -> dict[str, list[Finding]]:
    """The findings of the rules that do not read the clips' SHA-256, by rule id: ``dossier scan`` runs them
    while the clips are still being hashed."""
    return {rule.id: rule.run(export, context) for rule in METADATA_RULES if not rule.needs_fingerprints}
