"""Benchmark: timeline redraw times at 10k/100k/250k events, and click-to-sound latency.

    source scripts/audio_env.sh
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_timeline.py [--skip-audio] [--archive-mb 300]

Redraw = what one zoom/pan step costs: recomputing the visible artists (numpy) and rendering them
(blitted over the cached background). The full, unblitted ``canvas.draw()`` is reported as well.
Click-to-sound builds a Deflate64 ZIP of a few hundred MB in /tmp (7z, incompressible filler plus
spoken clips, the clips stored after the filler), opens it as an export and measures, for clips deep
inside it, the time from "show this recording and play" until Qt reports playback with the media
buffered, and until the audio position first advances (that last figure includes the PulseAudio
null sink's ~2 s device latency on CI; a real sound card starts within a few tens of ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def screenshot_counts(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The timeline at 250k events, zoomed out (counts per month) — for the README."""
    from gui.timeline.view import TimelineView
    from tests.gui.timeline.big import big_export

    export, findings = big_export(250_000)
    view = TimelineView()
    view.resize(1200, 460)
    view.show()
    view.set_data(export, findings)
    view.render_now()
    for _ in range(5):
        app.processEvents()
    view.grab().save(str(path))
    print("saved", path)


def measure_views(app, view, spans: dict[str, float | None], repeats: int,  # type: ignore[no-untyped-def]
                  full_draw: bool = False) -> dict[str, dict[str, object]]:
    """Median redraw (wall, CPU) of ``view`` at each span in days (``None``: everything), panning a little
    each time as when dragging; with ``full_draw`` also a full canvas draw. Used by scripts/benchmark.py."""
    lo, hi = view.full_range
    centre = lo + (hi - lo) * 0.61
    out: dict[str, dict[str, object]] = {}
    for label, days in spans.items():
        span = hi - lo if days is None else days
        view.set_view(centre - span / 2, centre + span / 2)
        view.render_now()
        redraws, cpus, fulls = [], [], []
        for i in range(repeats):
            shift = span * 0.01 * (1 if i % 2 else -1)
            t0, c0 = time.perf_counter(), time.process_time()
            view.set_view(centre - span / 2 + shift, centre + span / 2 + shift)
            view.render_now()
            redraws.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            if full_draw:
                t0 = time.perf_counter()
                view.canvas.draw()
                fulls.append(time.perf_counter() - t0)
            app.processEvents()
        out[label] = {"redraw_s": statistics.median(redraws), "cpu_s": statistics.median(cpus),
                      "full_draw_s": statistics.median(fulls) if fulls else None, "artists": view.artist_count(),
                      "mode": view.mode + (f" per {view.bin_name}" if view.mode == "counts" else "")}
    return out


def shown_timeline(app, events: int):  # type: ignore[no-untyped-def]
    """A shown 1200×460 timeline of ``events`` synthetic events, and the seconds its data and first draw took."""
    from gui.timeline.view import TimelineView
    from tests.gui.timeline.big import big_export

    export, findings = big_export(events)
    view = TimelineView()
    view.resize(1200, 460)
    view.show()
    app.processEvents()
    start = time.perf_counter()
    view.set_data(export, findings)
    view.render_now()
    return view, time.perf_counter() - start


def bench_timeline(app, sizes: list[int], repeats: int) -> None:  # type: ignore[no-untyped-def]
    print(f"Timeline redraw (median of {repeats} runs; widget 1200x460; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f})")
    print(f"{'events':>8} {'view':<22} {'mode':<18} {'artists':>7} {'redraw':>10} {'(CPU)':>10} {'full draw':>10}")
    for n in sizes:
        view, first = shown_timeline(app, n)
        app.processEvents()
        print(f"{n:>8} {'set_data + first draw':<22} {'':<18} {'':>7} {ms(first)}")
        spans = {"all (6 years)": None, "3 months": 91.0, "1 week": 7.0, "1 day": 1.0, "1 hour": 1 / 24}
        for label, got in measure_views(app, view, spans, repeats, full_draw=True).items():
            print(f"{n:>8} {label:<22} {got['mode']:<18} {got['artists']:>7} {ms(got['redraw_s'])} "
                  f"{ms(got['cpu_s'])} {ms(got['full_draw_s'])}")
        view.close()
        view.deleteLater()
        app.processEvents()


def build_archive(folder: Path, filler_mb: int, clips: int) -> Path:
    from tests.gui.player.conftest import speak

    voice = folder / "Voice"
    voice.mkdir()
    phrases = ["Alexa, stop.", "Alexa, what is the weather?", "Alexa, play music.", "Alexa, good night."]
    first = [speak(p, voice / f"seed{i}.wav") for i, p in enumerate(phrases)]
    for i in range(clips):
        (voice / f"2018-05-{1 + i % 28:02d}T08-00-{i % 60:02d}_{i:05d}.wav").write_bytes(first[i % 4].read_bytes())
    for path in first:
        path.unlink()
    filler = folder / "Filler"
    filler.mkdir()
    for i in range(max(1, filler_mb // 50)):
        (filler / f"Retail.Archive.{i}.bin").write_bytes(os.urandom(50 * 1024 * 1024))
    archive = folder / "Alexa-export.zip"
    # filler first, clips after it: the clips sit deep inside a Deflate64 archive of a few hundred MB
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(archive), "Filler"], cwd=folder,
                   check=True, capture_output=True)
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=5", str(archive), "Voice"], cwd=folder,
                   check=True, capture_output=True)
    return archive


def click_to_sound(app, panel, member: str, until: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds from showing the clip ``member`` in ``panel`` to: "read", "playing+buffered" (Qt reports buffered
    playback) and "position advances" — waiting up to 8 s for ``until``. Used by scripts/benchmark.py too."""
    import pandas as pd
    from PySide6.QtMultimedia import QMediaPlayer

    from core.model import recording_id

    player = panel.service._player
    row = {"id": recording_id(member), "time": pd.Timestamp("2018-05-01T08:00:00Z"), "device_name": None,
           "device_serial": None, "transcript": "alexa", "duration_s": 1.5, "audio_member": member,
           "audio_format": "wav"}
    marks: dict[str, float] = {}
    t0 = time.perf_counter()

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.BufferedMedia and \
                player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            marks.setdefault("playing+buffered", time.perf_counter() - t0)

    def on_position(pos: int) -> None:
        if pos > 0:
            marks.setdefault("position advances", time.perf_counter() - t0)

    player.mediaStatusChanged.connect(on_status)
    player.positionChanged.connect(on_position)
    panel.show_recording(row, [])
    marks["read"] = time.perf_counter() - t0
    panel.play()
    deadline = time.perf_counter() + 8
    while until not in marks and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    player.mediaStatusChanged.disconnect(on_status)
    player.positionChanged.disconnect(on_position)
    panel.stop()
    return marks


def bench_click_to_sound(app, filler_mb: int, clips: int, trials: int) -> None:  # type: ignore[no-untyped-def]

    from core.source.archive import ExportSource
    from gui.player.panel import PlayerPanel
    from gui.start.settings import Settings

    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        start = time.perf_counter()
        archive = build_archive(Path(tmp), filler_mb, clips)
        size_mb = archive.stat().st_size / 1e6
        print(f"\nClick-to-sound: {archive.name} {size_mb:.0f} MB Deflate64, {clips} clips after "
              f"{filler_mb} MB of filler (built in {time.perf_counter() - start:.1f} s)")
        source = ExportSource.open([archive])
        members = sorted(m.path for m in source.members if m.path.endswith(".wav"))
        panel = PlayerPanel()
        panel.notice_acknowledged = True
        panel.show()
        panel.set_source(source)
        if not panel.service.available:
            print("  no audio output: run `source scripts/audio_env.sh` first")
            return
        results: dict[str, list[float]] = {"read": [], "playing+buffered": [], "position advances": []}
        picks = [members[-1 - (i * 37) % len(members)] for i in range(trials)]
        for member in picks:
            marks = click_to_sound(app, panel, member, until="position advances")
            for key in results:
                if key in marks:
                    results[key].append(marks[key])
        for key, values in results.items():
            if values:
                print(f"  {key:<20} median {ms(statistics.median(values))}   max {ms(max(values))}   "
                      f"(n={len(values)})")
        Settings().sync()
        panel.service.unload()
        source.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,250000")
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--skip-audio", action="store_true")
    parser.add_argument("--archive-mb", type=int, default=300)
    parser.add_argument("--clips", type=int, default=400)
    parser.add_argument("--trials", type=int, default=8)
    parser.add_argument("--screenshot", help="only save the 250k-event timeline screenshot to this PNG")
    args = parser.parse_args()
    from PySide6.QtCore import QSettings

    from gui.start.app import create_application

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="dossier-bench-settings-") as settings_dir:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        if args.screenshot:
            screenshot_counts(app, Path(args.screenshot))
            return
        bench_timeline(app, [int(s) for s in args.sizes.split(",")], args.repeats)
        if not args.skip_audio:
            bench_click_to_sound(app, args.archive_mb, args.clips, args.trials)


if __name__ == "__main__":
    main()
