"""``retention-age``: recordings kept longer than the retention period the user stated.

Only with ``ReviewContext.retention_days`` set (no default: the letter argues storage limitation only
with a period the user confirmed). "Kept until" is the export's latest dated entry — the export was made
no earlier — so the result is deterministic and, if anything, understates the age.
"""

from __future__ import annotations

import pandas as pd

from core.i18n import _, number
from core.model import Export
from core.reading.timetext import day_text
from core.rules.common import make, ordered, recordings_view, rows
from core.rules.finding import Finding, ReviewContext
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP

RULE = "retention-age"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Kept longer than the stated retention"),
    headline=QT_TRANSLATE_NOOP("Overview", "%1 recordings kept longer than the stated retention period"),
    letter={
        "en": "recordings kept longer than the stated retention period",
        "de": "Aufnahmen, die länger als die angegebene Speicherfrist aufbewahrt wurden",
        "fr": "enregistrements conservés au-delà de la durée de conservation indiquée",
    },
)


def latest_entry(export: Export) -> pd.Timestamp | None:
    """The latest dated row of any table (a lower bound for when the export was made)."""
    latest = [pd.to_datetime(export.table(n)["time"], utc=True).max()
              for n in ("purchases", "searches", "recordings") if len(export.table(n))]
    latest = [t for t in latest if not pd.isna(t)]
    return max(latest) if latest else None


def retention_age(export: Export, context: ReviewContext) -> list[Finding]:
    if context.retention_days is None or not len(export.recordings):
        return []
    as_of = latest_entry(export)
    if as_of is None:
        return []
    limit = pd.Timedelta(days=int(context.retention_days))
    view = recordings_view(export)
    old = view[view["time"].notna() & (view["time"] < as_of - limit)]
    findings = []
    ages = (as_of - old["time"]).dt.days.tolist()
    latest = day_text(as_of)
    evidence_base = {"retention_days": context.retention_days, "export_latest_entry": latest}
    template = _("This recording made on {day} was still held when the export was made (its latest entry is dated "
                 "{latest}): at least {age} days, longer than the {limit}-day retention period you stated.")
    for row, age in zip(rows(old), ages, strict=True):
        text = template.format(day=row.when[:10], latest=latest, age=number(age),
                               limit=number(int(context.retention_days)))
        findings.append(make(RULE, "medium", row, text, {"age_days": age, **evidence_base}))
    return ordered(findings)


RETENTION_RULE = MetadataRule(RULE, TEXTS, retention_age)
