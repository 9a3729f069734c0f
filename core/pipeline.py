"""Opening an export end to end: sources → parse → case → review context → rules (→ voice check).

:func:`open_export` is the one way in for the app's importer, ``dossier scan``, ``dossier letter`` and the
benchmark scripts; none of them assembles these steps itself. It returns an :class:`OpenedExport`;
:func:`hash_clips` and :func:`voice_pass` are the two later background passes (clip fingerprints, and
the voice check against the recordings the user marked as their own voice), and :func:`findings_for`
re-runs the rules after the user changed a verdict, a declaration or a "my voice" mark.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from core.case.store import CaseStore
from core.errors import DossierError, ImportCancelled
from core.i18n import N_
from core.platform import collector
from core.rules.finding import Finding, ReviewContext, Verdict
from core.source.archive import ExportSource

if TYPE_CHECKING:  # numpy and pandas load with the first export, not with the app's first window
    from core.audio.clip_prefetch import ClipHashPrefetch
    from core.case.carry_over import EarlierReview
    from core.model import Export, ImportReport
    from core.rules.voice import VoiceAnalysis

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
HashMode = Literal["wait", "later", "skip"]  # hash every clip before the rules / leave it to hash_clips / never
CaseMode = Literal["open", "existing", "none"]  # open or create the case / only one saved before / a blank one


class UnknownOwnVoice(DossierError):
    category = "own-voice"
    default_message = (N_("A recording named as your own voice is not in this export — name it by its member path "
                       "as `dossier scan --json` prints it."))


@dataclass(frozen=True)
class StageTexts:
    """What the progress callback says between the core's own messages (the app passes translations)."""

    checking: str = "Checking your files…"
    looking: str = "Looking for things that do not belong to you…"


@dataclass
class OpenedExport:
    """An opened export and the user's review of it. Close it (or use ``with``) when done."""

    paths: list[str]
    source: ExportSource
    export: Export
    case: CaseStore  # the user's review; a blank read-only one when none was opened
    findings: list[Finding] = field(default_factory=list)
    declared: dict[str, object] = field(default_factory=dict)  # declarations given for this run, over the case's
    own_voice: set[str] = field(default_factory=set)  # recording ids given as own voice for this run
    prefetch: ClipHashPrefetch | None = None  # clips hashing in the background until hash_clips collects them
    voice: VoiceAnalysis | None = None  # the voice pass's features, once it ran
    fingerprints: dict[str, str] = field(default_factory=dict)  # clip SHA-256 -> recording id, once hashed
    earlier: EarlierReview | None = None  # a review of an earlier version of this export, to offer carrying over
    timings: dict[str, float] = field(default_factory=dict)  # open, parse, hashes, rules, voice (+ _cpu)
    prepared: dict[str, object] = field(default_factory=dict)  # what a front end made ready in the import's thread

    @property
    def report(self) -> ImportReport:
        return self.export.report

    def context(self) -> ReviewContext:
        """The rules' view of the user's review: the case's verdicts, declarations and marks, plus this run's."""
        return review_context(self.case, self.declared, self.own_voice)

    def voice_marked(self) -> bool:
        """Whether any recording is marked as the user's own voice (in the case or for this run): what
        starts the voice check. Its profile also takes the recordings whose findings were marked *mine*."""
        return bool(self.own_voice or self.case.own_voice())

    def close(self) -> None:
        prefetch, self.prefetch = self.prefetch, None
        if prefetch is not None:
            prefetch.cancel()
        self.case.close()
        self.source.close()

    def __enter__(self) -> OpenedExport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def review_context(case: CaseStore, declared: Mapping[str, object] | None = None,
                   own_voice: Iterable[str] = ()) -> ReviewContext:
    """Declarations (the case's, then ``declared``), verdicts and "my voice" marks as the rules take them.

    A finding about a recording marked *mine* makes that recording the user's own, as a "my voice" mark does.
    """
    declarations = {**case.declarations(), **(declared or {})}
    verdicts = {fid: cast(Verdict, v) for fid, (v, _note) in case.verdicts().items() if v}
    retention = declarations.get("retention_days")
    own = {fid.split(":", 1)[1] for fid, v in verdicts.items() if v == "mine" and ":" in fid}
    own |= case.own_voice() | set(own_voice)
    return ReviewContext(
        owner_has_no_device=bool(declarations.get("owner_has_no_device", False)),
        retention_days=int(retention) if isinstance(retention, int | float | str) and str(retention).isdigit()
        else None,
        verdicts=verdicts,
        own_recordings=own,
    )


def open_export(paths: Iterable[str | Path], *, progress: Progress | None = None, cancelled: Cancelled | None = None,
                hashes: HashMode = "wait", case: CaseMode = "none", case_folder: Path | None = None,
                declared: Mapping[str, object] | None = None, own_voice_members: Iterable[str] = (),
                voice: bool = True, texts: StageTexts = StageTexts(),
                meanwhile: Callable[[], None] | None = None) -> OpenedExport:
    """Open ``paths`` as one export, parse it, open its case and run the rules.

    ``hashes``: ``"wait"`` fingerprints every clip (on both cores, during the parse) before the rules; ``"later"``
    starts only the prefetch the app needs (bzip2, LZMA clips), leaves the rest to :func:`hash_clips`, and lets a
    second process read a big export's biggest table meanwhile. ``declared`` overrides the case's declarations for
    this run; ``own_voice_members`` (export member paths) are the user's own voice for this run. When any recording
    is marked as the user's own voice — in the case or here — the voice pass runs before this returns (unless
    ``voice=False``: the app runs it once the export is on screen). ``meanwhile``: the caller's work before the
    parse (the app waits for its start-up imports), done while a ``.tgz`` decompresses ahead of its listing.
    Raises :class:`DossierError` subclasses only."""
    say, stop = progress or (lambda f, m: None), cancelled or (lambda: False)
    names = [str(p) for p in paths]
    clock, cpu = time.perf_counter(), time.process_time()
    timings: dict[str, float] = {}

    def lap(stage: str) -> None:  # wall and CPU seconds of each stage, for the benchmark scripts
        nonlocal clock, cpu
        now, cpu_now = time.perf_counter(), time.process_time()
        timings[stage], timings[f"{stage}_cpu"] = now - clock, cpu_now - cpu
        clock, cpu = now, cpu_now
        if stop():
            raise ImportCancelled()

    say(0.0, texts.checking)
    opened: OpenedExport | None = None
    source: ExportSource | None = None
    prefetch: ClipHashPrefetch | None = None
    from core.vendors import start_second_process
    helper = start_second_process(names) if hashes != "wait" else None  # "wait": the clip workers have both cores
    try:
        # listing and parsing make ~1M lasting objects and no garbage cycles: no collector passes (30–60 ms each
        # with every thread waiting) until the model is made, and then it is frozen out of full collections
        with collector.paused(unfreeze=True):
            # the export files' SHA-256 goes on in a thread while the clips hash and the model is parsed
            source = ExportSource.open(list(names), lambda f, m: say(0.15 * f, m), stop, hash_in_background=True,
                                       meanwhile=partial(load_parse_modules, meanwhile))
            prefetch = _start_prefetch(source, hashes, stop)
            lap("open")
            from core.vendors import parse_export

            parse_end = 0.75 if hashes == "wait" else 0.9
            export = parse_export(source, lambda f, m: say(0.15 + (parse_end - 0.15) * f, m), stop, helper)
        export.files = source.fingerprinted_files(lambda f: say(parse_end, texts.checking), stop)
        lap("parse")
        store = _open_case(export.export_id, case, case_folder, earlier_ids=(export.legacy_export_id,))
        opened = OpenedExport(names, source, export, store, declared=dict(declared or {}),
                              own_voice=_recording_ids(export, own_voice_members), prefetch=prefetch,
                              timings=timings)
        early: dict[str, list[Finding]] | None = None
        if hashes == "wait":
            from core.rules.registry import run_rules_before_fingerprints

            early = run_rules_before_fingerprints(export, opened.context())  # while the clips are hashed
            lap("rules_early")
            _fingerprint(opened, lambda f, m: say(0.75 + 0.15 * f, m), stop, background=False)
            lap("hashes")
        say(0.9, texts.looking)
        opened.findings = findings_for(opened, early)
        lap("rules")
        if voice and opened.voice_marked():
            opened.findings = voice_pass(opened, lambda f, m: say(0.9 + 0.1 * f, m), stop)
            lap("voice")
        if not store.read_only:
            store.log(f"opened export of {len(export.files)} file(s): "
                      + ", ".join(f"{k} {v}" for k, v in export.counts().items())
                      + f"; {len(opened.findings)} findings")
        say(1.0, texts.looking)
        return opened
    except BaseException:
        if helper is not None:
            helper.close()
        if opened is not None:
            opened.close()
        else:
            if prefetch is not None:
                prefetch.cancel()
            if source is not None:
                source.close()
        raise


def findings_for(opened: OpenedExport, earlier: Mapping[str, list[Finding]] | None = None) -> list[Finding]:
    """Every metadata rule's findings under the current review, plus the voice check's once it ran.
    ``earlier``: findings by rule id already made from this model and review (not made again)."""
    from core.rules.registry import run_rules

    context = opened.context()
    findings = run_rules(opened.export, context, earlier)
    if opened.voice is not None:
        from core.rules.voice import voice_findings

        voiced, opened.voice.profile = voice_findings(opened.export, context, opened.voice.features)
        known = {f.id for f in findings}
        findings.extend(f for f in voiced if f.id not in known)
    return findings


def hash_clips(opened: OpenedExport, progress: Progress | None = None, cancelled: Cancelled | None = None, *,
               background: bool = True) -> list[Finding]:
    """Fingerprint every clip (collecting the prefetch), then the findings again (duplicates need them)."""
    _fingerprint(opened, progress or (lambda f, m: None), cancelled or (lambda: False), background=background)
    return findings_for(opened)


def _fingerprint(opened: OpenedExport, progress: Progress, cancelled: Cancelled, *, background: bool) -> None:
    from core.audio.clip_hashes import compute_clip_hashes

    prefetched, opened.prefetch = opened.prefetch, None
    compute_clip_hashes(opened.export, opened.source, progress, cancelled, prefetched=prefetched, background=background)
    _remember_fingerprints(opened)


def _remember_fingerprints(opened: OpenedExport) -> None:
    """Store the recordings' fingerprints in the case; for a new, empty case find an earlier review to offer."""
    from core.case.carry_over import earlier_review, is_untouched, remember_recordings

    rec = opened.export.recordings
    opened.fingerprints = {str(sha): str(rid) for sha, rid in zip(rec["sha256"], rec["id"], strict=True)
                           if isinstance(sha, str) and sha}
    untouched = is_untouched(opened.case)
    remember_recordings(opened.case, opened.fingerprints)
    if untouched and not opened.case.read_only and opened.fingerprints:
        opened.earlier = earlier_review(opened.case, opened.fingerprints)


def voice_pass(opened: OpenedExport, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> list[Finding]:
    """The voice check: every clip's voice features (decoded once per opened export), then the findings."""
    if opened.voice is None:
        from core.rules.voice import extract_features

        opened.voice = extract_features(opened.export, opened.source, progress or (lambda f, m: None),
                                        cancelled or (lambda: False))
    return findings_for(opened)


def load_parse_modules(first: Callable[[], None] | None = None) -> None:
    """``first``, then import what the parse will need (pandas, the vendor packages, the clip prefetch): done
    while a ``.tgz`` decompresses ahead of its listing, ~0.4 s of a fresh process's imports overlap zlib's pass
    instead of following it."""
    if first is not None:
        first()
    import pandas  # noqa: F401 - imported for the module cache

    import core.audio.clip_prefetch  # noqa: F401
    from core.vendors import available_vendors

    available_vendors()


def _start_prefetch(source: ExportSource, hashes: HashMode, cancelled: Cancelled) -> ClipHashPrefetch | None:
    from core.audio.clip_prefetch import prefetch_for_app, prefetch_for_scan

    if hashes == "wait":
        return prefetch_for_scan(source)  # clips hash on both cores while the model is parsed
    if hashes == "later":
        return prefetch_for_app(source, cancelled)  # only when peeking at a clip would decode all of it
    return None


def _open_case(export_id: str, mode: CaseMode, folder: Path | None, earlier_ids: tuple[str, ...] = ()) -> CaseStore:
    """The export's case; ``earlier_ids``: the identities older versions gave it (such a case is adopted)."""
    known = [export_id, *earlier_ids]
    if mode == "none" or (mode == "existing" and not any(CaseStore.path_for(i, folder).exists() for i in known)):
        return CaseStore.blank(export_id)
    return CaseStore.open(export_id, folder, earlier_ids=earlier_ids)


def _recording_ids(export: Export, members: Iterable[str]) -> set[str]:
    """The recording ids of export member paths (as ``dossier scan --json`` prints them)."""
    wanted = [str(m) for m in members]
    if not wanted:
        return set()
    rec = export.recordings
    by_member = {str(m): str(i) for i, m in zip(rec["id"], rec["audio_member"], strict=True) if isinstance(m, str)}
    missing = [m for m in wanted if m not in by_member]
    if missing:
        raise UnknownOwnVoice(detail=f"{len(missing)} of {len(wanted)} not found")
    return {by_member[m] for m in wanted}
