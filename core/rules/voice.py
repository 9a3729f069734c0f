"""``voice-mismatch`` (and the audio half of ``recording-false-wake``): the background voice pass.

Decodes every clip (both cores, threads over numpy — FFTs release the GIL), computes
:mod:`core.audio.voice_features`, then compares each clip with the profile of the clips the user marked as
their own voice (``ReviewContext.own_recordings`` or the verdict ``mine``). The distance is a weighted
RMS of per-feature z-scores, scaled by the spread of the user's own clips (with floors, so that two or
three own clips are enough); clips beyond the threshold are flagged and grouped by likeness.

Limits (also in the README): a **statistical hint, never proof**. It separates clearly different voices
(a male from a female voice, a child from an adult) well; two adults of the same sex with similar pitch
may not be told apart, and one person can be flagged when ill, whispering, shouting, far from the
device or in a noisy room. Very short clips (under ~0.5 s of speech) give unstable features. It needs
at least one clip marked as the user's own; three or more make the threshold adapt to the user.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from core.audio.decode import MAX_INPUT_BYTES
from core.audio.voice_features import ClipFeatures, clip_features
from core.audio.waveform import SILENCE_DBFS
from core.errors import AnalysisCancelled, DossierError
from core.i18n import _, ngettext, number
from core.model import Export
from core.rules.common import make, ordered, own_recording_ids, recordings_view, rows, unknown_time
from core.rules.false_wake import recording_false_wake
from core.rules.finding import Finding, ReviewContext, Severity
from core.rules.rule import RuleTexts
from core.translatable import QT_TRANSLATE_NOOP

RULE = "voice-mismatch"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "A voice unlike yours"),
    headline=QT_TRANSLATE_NOOP("Overview", "%1 recordings with a voice unlike yours"),
    letter={
        "en": "recordings of a voice unlike the recordings marked as the account holder's own",
        "de": "Aufnahmen einer Stimme, die den als eigene markierten Aufnahmen nicht ähnelt",
        "fr": "enregistrements d'une voix différente de celle des enregistrements marqués comme les miens",
    },
)
THRESHOLD = 2.5  # weighted RMS z-score beyond which a clip is "unlike" the own-voice profile
THRESHOLD_FEW = 3.0  # with fewer than 3 own clips the spread is unknown: be more careful
# per-feature floors of the spread (typical within-speaker variation) and weights (pitch matters most)
FLOORS = np.array([1.5, 0.8, 0.08, 0.25, 0.3] + [2.0] * 12 + [1.0] * 12)
WEIGHTS = np.array([4.0, 0.5, 0.5, 1.0, 1.0] + [0.5] * 12 + [0.25] * 12)


class ClipReader(Protocol):
    def read_bytes(self, member: str, limit: int | None = None) -> bytes: ...


@dataclass(frozen=True)
class Profile:
    """The user's own voice: mean and spread of their clips' features, and the threshold derived from them."""

    mean: np.ndarray
    scale: np.ndarray
    threshold: float
    own_spread: float  # largest distance of an own clip to the others' profile (0 with one clip)
    pitch_hz: float | None
    clips: int

    def distance(self, vector: np.ndarray) -> float:
        return weighted_distance(vector, self.mean, self.scale)


def weighted_distance(vector: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> float:
    z = (vector - mean) / scale
    usable = ~np.isnan(z)
    if not usable.any():
        return float("nan")
    return float(np.sqrt(np.sum(WEIGHTS[usable] * z[usable] ** 2) / np.sum(WEIGHTS[usable])))


def build_profile(own: list[ClipFeatures]) -> Profile | None:
    """The profile of the user's own clips (silent ones ignored); ``None`` without any usable clip."""
    vectors = np.array([f.vector for f in own if f.vector is not None])
    if not len(vectors):
        return None
    with np.errstate(all="ignore"):
        mean = np.nanmean(vectors, axis=0)
        spread = np.nanstd(vectors, axis=0, ddof=1) if len(vectors) >= 3 else np.zeros_like(mean)
    scale = np.fmax(np.nan_to_num(spread), FLOORS)
    loo = 0.0
    if len(vectors) >= 3:  # leave-one-out: how far each own clip is from the rest
        loo = max(weighted_distance(v, np.nanmean(np.delete(vectors, i, 0), axis=0), scale)
                  for i, v in enumerate(vectors))
    pitches = [f.pitch_hz for f in own if f.pitch_hz]
    base = THRESHOLD if len(vectors) >= 3 else THRESHOLD_FEW
    return Profile(mean, scale, max(base, 1.25 * loo), loo,
                   float(np.median(pitches)) if pitches else None, len(vectors))


@dataclass
class VoiceAnalysis:
    """Everything the voice pass learnt: per-recording features, clips it could not decode, findings."""

    features: dict[str, ClipFeatures] = field(default_factory=dict)
    unplayable: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    profile: Profile | None = None
    seconds: float = 0.0

    @property
    def clips_per_second(self) -> float:
        return len(self.features) / self.seconds if self.seconds else 0.0


def _analyse(data: bytes) -> ClipFeatures:
    return clip_features(data)


def extract_features(export: Export, source: ClipReader, progress: Callable[[float, str], None],
                     cancelled: Callable[[], bool], workers: int | None = None) -> VoiceAnalysis:
    """Decode and describe every recording's clip on ``workers`` threads (default: up to 2 cores)."""
    result = VoiceAnalysis()
    pairs = [(str(i), str(m)) for i, m in zip(export.recordings["id"], export.recordings["audio_member"], strict=True)
             if isinstance(m, str) and m]
    total = len(pairs)
    workers = workers or max(1, min(2, os.cpu_count() or 1))
    window = workers * 4
    start = time.perf_counter()
    pending: dict[Future[ClipFeatures], str] = {}
    done = 0

    def collect(block: bool) -> None:
        nonlocal done
        for future in [f for f in pending if block or f.done()]:
            rid = pending.pop(future)
            try:
                result.features[rid] = future.result()
            except DossierError as exc:
                result.unplayable[rid] = str(exc)
            except (ValueError, MemoryError, OSError):
                result.unplayable[rid] = _("This clip could not be analysed.")
            done += 1
            if done % 10 == 0 or done == total:
                progress(done / total, _("Comparing voices… {done} of {total} recordings").format(
                    done=number(done), total=number(total)))

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="voice") as pool:
        try:
            for rid, member in pairs:
                if cancelled():
                    raise AnalysisCancelled(_("The voice comparison was cancelled."))
                try:
                    data = source.read_bytes(member, MAX_INPUT_BYTES + 1)
                except DossierError as exc:
                    result.unplayable[rid] = str(exc)
                    done += 1
                    continue
                pending[pool.submit(_analyse, data)] = rid
                while len(pending) >= window:
                    collect(block=False)
                    if len(pending) >= window:
                        next(iter(pending)).exception()  # wait for the oldest
            collect(block=True)
        finally:
            for future in pending:
                future.cancel()
    result.seconds = time.perf_counter() - start
    return result


def analyse_voices(export: Export, source: ClipReader, context: ReviewContext,
                   progress: Callable[[float, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> VoiceAnalysis:
    """Features of every clip plus the findings: near-silent clips kept, and voices unlike the user's."""
    result = extract_features(export, source, progress or (lambda f, m: None), cancelled or (lambda: False), workers)
    result.findings, result.profile = voice_findings(export, context, result.features)
    return result


def run_voice_rule(export: Export, source: ClipReader, context: ReviewContext,
                   progress: Callable[[float, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> list[Finding]:
    """The background voice check: its findings only (see :func:`analyse_voices` for the details)."""
    return analyse_voices(export, source, context, progress, cancelled, workers).findings


def voice_findings(export: Export, context: ReviewContext,
                   features: dict[str, ClipFeatures]) -> tuple[list[Finding], Profile | None]:
    """Findings from already computed features (pure, deterministic)."""
    view = recordings_view(export)
    view = view[view["id"].astype(str).isin(list(features))]
    already_false_wake = {f.subject for f in recording_false_wake(export, context)}
    own = own_recording_ids(export, context)
    profile = build_profile([features[i] for i in sorted(own) if i in features])
    findings: list[Finding] = []
    flagged: list[tuple[Any, float, ClipFeatures]] = []
    for row in rows(view.sort_values(["time", "id"], kind="stable", na_position="last")):
        feats = features[str(row.id)]
        if feats.silent:
            if row.id not in already_false_wake and row.id not in own:
                findings.append(_silent(row, feats))
            continue
        if profile is None or row.id in own or feats.vector is None:
            continue
        distance = profile.distance(feats.vector)
        if distance > profile.threshold:
            flagged.append((row, distance, feats))
    groups = _group([f.vector for _, _, f in flagged if f.vector is not None], profile)
    sizes = {g: groups.count(g) for g in set(groups)}
    for (row, distance, feats), group in zip(flagged, groups, strict=True):
        assert profile is not None
        findings.append(_mismatch(row, distance, feats, profile, group, sizes[group]))
    return ordered(findings), profile


def _group(vectors: list[np.ndarray], profile: Profile | None) -> list[int]:
    """Leader clustering: each flagged clip joins the nearest earlier group within the threshold."""
    if profile is None:
        return []
    leaders: list[np.ndarray] = []
    labels: list[int] = []
    for v in vectors:
        dists = [weighted_distance(v, leader, profile.scale) for leader in leaders]
        if dists and min(dists) <= profile.threshold:
            labels.append(int(np.argmin(dists)) + 1)
        else:
            leaders.append(v)
            labels.append(len(leaders))
    return labels


def _silent(row: Any, feats: ClipFeatures) -> Finding:
    text = _("This recording made at {when} was kept although its audio is (near-)silent: loudness {loudness} dBFS "
             "and {speech} s of sound in {duration} s — the device most likely woke up by mistake.").format(
        when=unknown_time(row.when), loudness=number(feats.loudness_dbfs), speech=number(feats.speech_s, 1),
        duration=number(feats.duration_s, 1))
    loud = None if feats.loudness_dbfs <= SILENCE_DBFS else round(feats.loudness_dbfs, 1)
    return make("recording-false-wake", "low", row, text, {"basis": "silent-audio", "loudness_dbfs": loud,
                                                          "speech_s": round(feats.speech_s, 2),
                                                          "duration_s": round(feats.duration_s, 2)})


def _mismatch(row: Any, distance: float, feats: ClipFeatures, profile: Profile, group: int, size: int) -> Finding:
    severity: Severity = "medium" if distance > 1.5 * profile.threshold else "low"
    pitch = ""
    if feats.pitch_hz and profile.pitch_hz:
        pitch = _(" (typical pitch {pitch} Hz against {own} Hz in yours)").format(
            pitch=number(feats.pitch_hz), own=number(profile.pitch_hz))
    others = ngettext(" It sounds like {n} other flagged recording (voice group {group}).",
                      " It sounds like {n} other flagged recordings (voice group {group}).", size - 1).format(
        n=number(size - 1), group=group) if size > 1 else ""
    text = ngettext("Statistical hint, not proof: the voice in this recording made at {when} is unlike the {n} "
                    "recording you marked as your own{pitch}; its difference score is {score}, above the threshold "
                    "of {threshold}.{others}",
                    "Statistical hint, not proof: the voice in this recording made at {when} is unlike the {n} "
                    "recordings you marked as your own{pitch}; its difference score is {score}, above the threshold "
                    "of {threshold}.{others}", profile.clips).format(
        when=unknown_time(row.when), n=number(profile.clips), pitch=pitch, score=number(distance, 1),
        threshold=number(profile.threshold, 1), others=others)
    return make(RULE, severity, row, text, {
        "distance": round(distance, 2), "threshold": round(profile.threshold, 2),
        "own_clips": profile.clips, "own_spread": round(profile.own_spread, 2),
        "pitch_hz": None if feats.pitch_hz is None else round(feats.pitch_hz, 1),
        "own_pitch_hz": None if profile.pitch_hz is None else round(profile.pitch_hz, 1),
        "voice_group": group, "voice_group_size": size, "method": "offline pitch/spectral/cepstral features"})


@dataclass(frozen=True)
class VoiceRule:
    """The background voice check as a rule: it needs the export's audio, so it runs apart from the others."""

    id: str
    texts: RuleTexts

    def run(self, export: Export, source: ClipReader, context: ReviewContext,
            progress: Callable[[float, str], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[Finding]:
        return run_voice_rule(export, source, context, progress, cancelled)


VOICE_RULE = VoiceRule(RULE, TEXTS)
