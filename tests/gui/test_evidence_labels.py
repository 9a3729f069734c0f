"""The review's detail panel lists a finding's evidence under words, never under a rule's raw key."""

from __future__ import annotations

import pytest

from core.rules.evidence_words import LABELS
from core.rules.finding import ReviewContext
from core.rules.summary import export_summary
from core.rules.without_device import recording_without_device
from gui.review.detail import HIDDEN_EVIDENCE
from tests.core.rules.factory import one_echo_account

pytestmark = pytest.mark.gui


def test_what_a_declared_finding_records_has_words_for_the_reader() -> None:
    export, *_ = one_echo_account()
    declared = ReviewContext(owner_has_no_device=True)
    findings = [*recording_without_device(export, declared), *export_summary(export, declared)]
    shown = {key for f in findings for key in f.evidence} - HIDDEN_EVIDENCE  # what the detail panel lists
    assert "export_shows_no_device_then" in shown and shown <= set(LABELS)
