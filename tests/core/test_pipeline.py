"""core.pipeline.open_export on the demo export: stages, progress, case modes, cancel, the later passes."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest

from core.case.store import CaseStore
from core.errors import ImportCancelled
from core.pipeline import StageTexts, hash_clips, open_export, voice_pass
from core.platform.paths import cases_dir, demo_export_dir

DEMO = demo_export_dir()
pytestmark = pytest.mark.skipif(not DEMO.is_dir(), reason="demo export not built")


def test_scan_mode_hashes_every_clip_before_the_rules_and_saves_nothing() -> None:
    seen: list[tuple[float, str]] = []
    with open_export([DEMO], progress=lambda f, m: seen.append((f, m))) as opened:
        assert opened.export.counts() == {"purchases": 25, "searches": 60, "recordings": 40, "devices": 2}
        assert opened.export.recordings["sha256"].notna().all()
        assert "duplicate-audio" in {f.rule for f in opened.findings}  # needs the hashes
        assert "voice-mismatch" not in {f.rule for f in opened.findings}  # nothing marked as own voice
        assert {"open", "parse", "hashes", "rules"} <= set(opened.timings) and "voice" not in opened.timings
        assert opened.case.read_only and opened.case.verdicts() == {}
    fractions = [f for f, _m in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(a <= b + 1e-9 for a, b in itertools.pairwise(fractions))
    assert not cases_dir().exists() or not list(cases_dir().iterdir())


def test_the_app_mode_opens_the_case_and_leaves_the_hashes_for_later(tmp_path: Path) -> None:
    with open_export([DEMO], hashes="later", case="open", case_folder=tmp_path) as opened:
        assert not opened.case.read_only and opened.case.path.parent == tmp_path
        assert "opened export of 4 file(s)" in opened.case.processing_log()[-1][1]
        assert opened.export.recordings["sha256"].isna().all()
        findings = hash_clips(opened)
        assert opened.export.recordings["sha256"].notna().all() and opened.prefetch is None
        assert "duplicate-audio" in {f.rule for f in findings}
    assert not list(tmp_path.glob("*.lock"))  # closing released the case


def test_existing_mode_reads_a_saved_case_and_never_creates_one(tmp_path: Path) -> None:
    with open_export([DEMO], hashes="skip", case="existing", case_folder=tmp_path) as opened:
        assert opened.case.read_only
        export_id = opened.export.export_id
    assert list(tmp_path.iterdir()) == []
    with CaseStore.open(export_id, tmp_path) as case:
        case.set_declaration("retention_days", 30)
    with open_export([DEMO], hashes="skip", case="existing", case_folder=tmp_path) as opened:
        assert opened.context().retention_days == 30
        assert "retention-age" in {f.rule for f in opened.findings}
    with open_export([DEMO], hashes="skip", case="existing", case_folder=tmp_path,
                     declared={"retention_days": None}) as opened:  # this run's declaration wins
        assert "retention-age" not in {f.rule for f in opened.findings}


def test_cancelling_after_the_parse_closes_everything(tmp_path: Path) -> None:
    stop = {"now": False}

    def progress(fraction: float, message: str) -> None:
        stop["now"] = stop["now"] or message == StageTexts().looking  # the rules are next: the case is open

    with pytest.raises(ImportCancelled):
        open_export([DEMO], progress=progress, cancelled=lambda: stop["now"], hashes="later", case="open",
                    case_folder=tmp_path)
    assert stop["now"] and list(tmp_path.glob("*.sqlite"))  # it got as far as the case …
    assert not list(tmp_path.glob("*.lock"))  # … and closing released it


def test_own_voice_members_run_the_voice_pass_once_per_export() -> None:
    with open_export([DEMO], hashes="skip") as opened:
        members = opened.export.recordings["audio_member"].tolist()
    with open_export([DEMO], hashes="skip", own_voice_members=members[:3]) as opened:
        assert "voice" in opened.timings and opened.voice is not None
        features = opened.voice.features
        assert "voice-mismatch" in {f.rule for f in opened.findings}
        opened.own_voice.clear()  # nothing marked any more: the features stay, the findings go
        again = voice_pass(opened)
        assert opened.voice.features is features
        assert "voice-mismatch" not in {f.rule for f in again}


def test_each_rule_runs_once_per_open_and_the_early_ones_match_a_late_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.rules.registry import METADATA_RULES, run_rules
    from core.rules.rule import MetadataRule

    calls: Counter[str] = Counter()
    real = MetadataRule.run
    monkeypatch.setattr(MetadataRule, "run", lambda rule, export, context: calls.update([rule.id])
                        or real(rule, export, context))
    with open_export([DEMO]) as opened:  # a scan: the rules that need no fingerprints run while clips hash
        assert opened.export.recordings["sha256"].notna().all()
        assert calls == Counter(rule.id for rule in METADATA_RULES)
        assert "rules_early" in opened.timings
        again = run_rules(opened.export, opened.context())  # every rule now, with every fingerprint
    assert [f.to_json() for f in opened.findings] == [f.to_json() for f in again]


def test_only_a_my_voice_mark_starts_the_voice_check(tmp_path: Path) -> None:
    with open_export([DEMO], hashes="skip", case="open", case_folder=tmp_path) as opened:
        first = next(f for f in opened.findings if f.subject != "export")
        opened.case.set_verdict(first.id, "mine")  # "this recording is mine" — not "this is my voice"
    with open_export([DEMO], hashes="skip", case="existing", case_folder=tmp_path) as opened:
        assert first.subject in opened.context().own_recordings and not opened.voice_marked()
        assert "voice" not in opened.timings
        opened.case.set_own_voice([first.subject], True)
    with open_export([DEMO], hashes="skip", case="existing", case_folder=tmp_path) as opened:
        assert opened.voice_marked() and "voice" in opened.timings


def test_the_collector_is_paused_for_the_listing_and_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import core.pipeline
    import core.vendors

    seen: list[bool] = []
    real, real_open = core.vendors.parse_export, core.pipeline.ExportSource.open

    def parse(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    def listing(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(core.vendors, "parse_export", parse)
    monkeypatch.setattr(core.pipeline.ExportSource, "open", listing)
    with open_export([DEMO], hashes="skip"):
        assert gc.isenabled() and gc.get_freeze_count() > 0  # the model stays out of full collections
    assert seen == [False, False] and gc.isenabled()

    def failing(*args: object, **kwargs: object) -> None:
        raise ImportCancelled()

    monkeypatch.setattr(core.vendors, "parse_export", failing)
    with pytest.raises(ImportCancelled):
        open_export([DEMO], hashes="skip")
    assert gc.isenabled()


def test_overlapping_pauses_switch_the_collector_on_once_the_last_ends() -> None:
    import gc

    from core.platform import collector

    assert gc.isenabled()
    with collector.paused():
        with collector.paused(unfreeze=True):
            assert not gc.isenabled() and collector.pauses() == 2
        assert not gc.isenabled()
    assert gc.isenabled() and collector.pauses() == 0
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # off before the pause: left off
    finally:
        gc.enable()


def test_what_a_shown_export_made_is_frozen_except_during_a_pause() -> None:
    import gc
    import weakref

    from core.platform import collector

    gc.unfreeze()
    try:
        made = [[i] for i in range(1000)]  # long-lived containers, as a shown export's tables and findings
        with collector.paused():
            before = gc.get_freeze_count()
            collector.freeze_survivors()
            assert gc.get_freeze_count() == before  # a pause freezes at its end, not in the middle
        gc.unfreeze()

        class Node:
            pass

        cycle = Node()
        cycle.me = cycle  # type: ignore[attr-defined]  # garbage once dropped: must be collected, not frozen
        gone = weakref.ref(cycle)
        del cycle
        collector.freeze_survivors()
        assert gc.get_freeze_count() >= len(made) and gone() is None
    finally:
        gc.unfreeze()


def test_freezing_a_shown_exports_survivors_walks_only_the_young_generations() -> None:
    import gc

    from core.platform import collector

    walked: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(info["generation"])

    gc.unfreeze()
    gc.callbacks.append(seen)
    try:
        collector.freeze_survivors()
    finally:
        gc.callbacks.remove(seen)
        gc.unfreeze()
    assert walked and max(walked) <= 1  # not the oldest: it holds the search indexes' 200k-entry lists
