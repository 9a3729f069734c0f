"""What a rule returns, and what a rule may know about the user's own review."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["high", "medium", "low"]
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")  # most severe first: the one severity order
Verdict = Literal["mine", "not-mine", "unsure"]


def severity_rank(severity: str) -> int:
    """0 for the most severe level; an unknown level sorts after every known one."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class Finding:
    """One explained anomaly about one subject (a recording id, or ``export`` for summaries).

    ``id`` is stable across runs (``rule:subject``) so the user's verdicts can be stored against it.
    ``evidence`` holds the facts the explanation names (times as ISO strings, device serials, counts).
    """

    rule: str
    severity: Severity
    subject: str
    explanation: str
    member: str | None = None
    time: str | None = None  # ISO 8601 UTC of the subject, if dated
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.subject}"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "rule": self.rule, "severity": self.severity, "subject": self.subject,
                "member": self.member, "time": self.time, "explanation": self.explanation,
                "evidence": self.evidence}


@dataclass
class ReviewContext:
    """The user's declarations and verdicts, which some rules take into account."""

    owner_has_no_device: bool = False
    retention_days: int | None = None
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # finding id or recording id -> verdict
    own_recordings: set[str] = field(default_factory=set)  # recording ids the user marked as their own voice
