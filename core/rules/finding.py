"""What a rule returns, and what a rule may know about the user's own review."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["high", "medium", "low"]
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")  # most severe first: the one severity order
Verdict = Literal["mine", "not-mine", "unsure"]
#: Export text quoted in an explanation or kept as evidence is cut to this many characters (with "…"):
#: a 2 MB device name must not be copied into every finding, the letter and the JSON output.
QUOTE_LIMIT = 200


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text``, or its first ``limit - 1`` characters and "…" when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _QuotedList(list):
    """A list whose texts are already cut to :data:`QUOTE_LIMIT` (see :func:`quoted`)."""


class _QuotedDict(dict):
    """A dict whose texts are already cut to :data:`QUOTE_LIMIT` (see :func:`quoted`)."""


def quoted(value: Any) -> Any:
    """``value`` with every text cut to :data:`QUOTE_LIMIT`, marked so findings need not walk it again.

    For evidence many findings share (the account's device purchases): shortened once per run instead of
    once per finding — the walk over 20k findings' evidence was most of the rules' time.
    """
    if isinstance(value, _QuotedList | _QuotedDict):
        return value
    if isinstance(value, str):
        return shorten(value)
    if isinstance(value, list | tuple):
        return _QuotedList(quoted(v) for v in value)
    if isinstance(value, dict):
        return _QuotedDict((k, quoted(v)) for k, v in value.items())
    return value


#: Evidence values that never need the walk (besides texts within the limit).
_PLAIN = frozenset({int, float, bool, type(None), _QuotedList, _QuotedDict})


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

    def __post_init__(self) -> None:
        # Most evidence is short text, numbers and shared quoted() values: only the rest is worth the walk.
        for value in self.evidence.values():
            kind = type(value)
            if (kind is str and len(value) <= QUOTE_LIMIT) or kind in _PLAIN:
                continue
            object.__setattr__(self, "evidence", {k: quoted(v) for k, v in self.evidence.items()})
            return

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
