"""Anomaly rules: pure functions of the model that return explained :class:`Finding` objects.

Each rule lives in its own module in this package and is registered in :mod:`core.rules.registry`;
the voice comparison, which has to decode audio, runs separately (:func:`core.rules.voice.run_voice_rule`).

Severity — what each level means to the person reviewing the export:

``high``
    The export itself contradicts the recording belonging to this account: e.g. a recording although the
    account never had a voice device, or from a device serial that is not in the account's device lists.
    One such finding is enough to ask the company for an explanation.
``medium``
    A strong sign that needs the user's confirmation: the same evidence as ``high`` but weakened by
    something else in the export (a voice device was bought but never registered, the recording's time
    comes only from the ZIP entry), a copy of the same audio at another time, a place far from home named
    in a weather/traffic question, a voice very unlike the user's, or a recording kept beyond a retention
    period the user stated.
``low``
    A hint worth a look, harmless on its own: outside the account's usual hours, an unfamiliar name, an
    empty or silent recording that was kept, a voice somewhat unlike the user's.

Findings are deterministic: each rule returns its findings sorted by time (undated last), then subject.
"""

from core.rules.finding import SEVERITIES, Finding, ReviewContext

__all__ = ["SEVERITIES", "Finding", "ReviewContext"]
