"""The benchmark's measurements that each run in a fresh interpreter (``scripts/benchmark.py --child NAME ARGS``).

Each ``child_*`` function takes the JSON-decoded arguments and returns a JSON-able dict; ``CHILDREN`` maps the
names ``run_child`` passes to them. Heavy imports (the app, Qt, pandas) happen inside each function.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from typing import Any

from bench_decoders import child_decoders
from bench_takeout import child_clip_reads


def child_model(paths: list[str]) -> dict[str, Any]:
    """The app's import: the one pipeline function, as the importer calls it (hashes later, Deflate64 clips
    hashed and peeked at meanwhile), then the clip hashes when a prefetch ran."""
    from core.pipeline import hash_clips, open_export
    from core.platform.peak_memory import peak_rss_mib
    from core.reading.second_process import SecondProcess

    helpers: list[SecondProcess] = []
    real_close = SecondProcess.close

    def close(helper: SecondProcess) -> None:  # its peak arrives with the end of its job
        helpers.append(helper)
        real_close(helper)

    SecondProcess.close = close  # type: ignore[method-assign]
    t0 = time.perf_counter()
    opened = open_export(paths, hashes="later")
    rss = peak_rss_mib()
    stages = dict(opened.timings)
    fingerprinted = None
    if opened.prefetch is not None:
        hash_clips(opened, background=False)
        fingerprinted = time.perf_counter() - t0
    counts = opened.export.counts()
    opened.close()
    return {"open_s": stages["open"], "parse_s": stages["parse"], "model_s": stages["open"] + stages["parse"],
            "rules_s": stages["rules"], "rules_cpu_s": stages["rules_cpu"], "peak_rss_mib": rss, "counts": counts,
            "fingerprinted_s": fingerprinted,
            "second_peak_rss_mib": max((h.peak_mib for h in helpers if h.peak_mib), default=None)}


def child_rules_mixed(n: int) -> dict[str, Any]:
    from bench_rules import synthetic_export

    from core.rules.finding import ReviewContext
    from core.rules.registry import run_rules

    export = synthetic_export(n)
    t, c = time.perf_counter(), time.process_time()
    found = run_rules(export, ReviewContext(retention_days=365))
    return {"rules_s": time.perf_counter() - t, "rules_cpu_s": time.process_time() - c, "findings": len(found)}


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DOSSIER_DATA_DIR", tempfile.mkdtemp(prefix="dossier-bench-data-"))
    from gui.start.app import configure_settings_location, create_application

    app = create_application()
    configure_settings_location()
    return app


def child_timeline(sizes: list[int], repeats: int) -> dict[str, Any]:
    from bench_timeline import measure_views, shown_timeline

    app = qt_app()
    out: dict[str, Any] = {}
    for n in sizes:
        view, first = shown_timeline(app, n)
        measured = measure_views(app, view, {"full": None, "3 months": 91.0, "1 week": 7.0, "1 day": 1.0}, repeats)
        views = {label: float(got["redraw_s"]) for label, got in measured.items()}  # type: ignore[arg-type]
        cpus = {label: float(got["cpu_s"]) for label, got in measured.items()}  # type: ignore[arg-type]
        zoom = max((k for k in views if k != "full"), key=lambda k: views[k])
        out[str(n)] = {"first_draw_s": first, "full_s": views["full"], "zoomed_s": views[zoom], "zoomed_view": zoom,
                       "views": views, "cpu": cpus, "artists": view.artist_count()}
        view.close()
        view.deleteLater()
        app.processEvents()
    return out


def child_click(paths: list[str], trials: int) -> dict[str, Any]:
    from bench_timeline import click_to_sound

    from core.source.archive import ExportSource
    from gui.player.panel import PlayerPanel

    app = qt_app()
    source = ExportSource.open(paths, hash_files=False)
    members = [m.path for m in source.members if m.path.endswith(".wav")]
    panel = PlayerPanel()
    panel.notice_acknowledged = True
    panel.show()
    panel.set_source(source)
    if not panel.service.available:
        return {"error": "no audio output (PulseAudio null sink could not start)"}
    read, playing = [], []
    for member in [members[-1 - i * 37] for i in range(trials)]:  # the last clips: deepest in the archive
        marks = click_to_sound(app, panel, member, until="playing+buffered")
        read.append(marks["read"])
        if "playing+buffered" in marks:
            playing.append(marks["playing+buffered"])
    panel.service.unload()
    source.close()
    return {"read_s": statistics.median(read), "playing_s": statistics.median(playing) if playing else None,
            "playing_max_s": max(playing) if playing else None, "trials": len(playing)}


def child_voice(paths: list[str], clips: int) -> dict[str, Any]:
    import pandas as pd

    from core.model import RECORDING_COLUMNS, empty_export, recording_id
    from core.rules.voice import extract_features
    from core.source.archive import ExportSource

    source = ExportSource.open(paths, hash_files=False)
    members = [m.path for m in source.members if m.path.endswith(".wav")][:clips]
    export = empty_export("amazon")
    export.recordings = pd.DataFrame([{"id": recording_id(m), "audio_member": m} for m in members],
                                     columns=list(RECORDING_COLUMNS))
    cpu = time.process_time()
    result = extract_features(export, source, lambda f, m: None, lambda: False, workers=2)
    busy = (time.process_time() - cpu) / result.seconds if result.seconds else 0.0
    source.close()
    return {"clips_per_s": result.clips_per_second, "clips": len(members), "cpu_per_wall": busy}


def child_responsive(paths: list[str]) -> dict[str, Any]:
    """The real window (timeline and player included) opening the export: the longest event-loop stall
    while the import runs in the background, and while the window then shows the result (tables, timeline,
    findings — until every part shows it, and 1 s more)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from gui.main_window import MainWindow
    from gui.start import preload

    app = qt_app()
    window = MainWindow()
    window.show()
    app.processEvents()
    preload.start()  # as gui.start.app does once the window is up
    clock = QElapsedTimer()
    gaps: list[tuple[int, int, float]] = []  # (gap ms, at ms, the GUI thread's CPU ms in the gap)
    last = [0]
    cpu = [time.thread_time()]
    clock.start()

    def beat() -> None:  # the GUI thread's CPU time tells its own work from waiting for the CPU or the GIL
        now, busy = clock.elapsed(), time.thread_time()
        gaps.append((now - last[0], now, round((busy - cpu[0]) * 1000, 1)))
        last[0], cpu[0] = now, busy

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    t = time.perf_counter()
    window.open_paths(paths, remember=False)
    while window.result is None and window.last_error is None and time.perf_counter() - t < 600:
        app.processEvents()
        time.sleep(0.002)
    arrived = clock.elapsed()
    shown = time.perf_counter() - t
    while not window.export_ready() and window.last_error is None and time.perf_counter() - t < 600:
        app.processEvents()
        time.sleep(0.002)
    ready = time.perf_counter() - t
    while time.perf_counter() - t < ready + 1:
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    during = [gap for gap, at, _busy in gaps[1:] if at <= arrived]
    after = [gap for gap, at, _busy in gaps if at > arrived]
    return {"max_stall_s": max(during, default=0) / 1000, "max_stall_showing_s": max(after, default=0) / 1000,
            "max_busy_s": max((busy for _g, at, busy in gaps[1:] if at <= arrived), default=0) / 1000,
            "max_busy_showing_s": max((busy for _g, at, busy in gaps if at > arrived), default=0) / 1000,
            "to_overview_s": shown, "to_ready_s": ready, "error": str(window.last_error) if window.last_error else None,
            "longest_after_result": sorted(((gap, at - arrived, busy) for gap, at, busy in gaps if at > arrived),
                                           reverse=True)[:5]}


def child_search(paths: list[str], repeats: int) -> dict[str, Any]:
    """Typing in the search box of the biggest table of the real window: per key, the time from the key press
    until the event loop is idle again with the filtered rows painted (a debounce timer's wait and firing
    included), and the GUI-thread time spent filtering (the table's filter mask and the model update). Between one
    typing of the word and the next the box is cleared and the window left 150 ms to show every row again (the
    first key's time held that whole repaint when only one pass of the event loop ran after the clear)."""
    from PySide6.QtTest import QTest

    from gui.main_window import MainWindow

    app = qt_app()
    window = MainWindow()
    window.show()
    window.open_paths(paths, remember=False)
    t = time.perf_counter()
    while not window.export_ready() and window.last_error is None and time.perf_counter() - t < 600:
        app.processEvents()
        time.sleep(0.002)
    if window.result is None:
        return {"error": str(window.last_error)}
    name = max(("purchases", "searches"), key=lambda n: len(window.result.export.table(n)))  # type: ignore[union-attr]
    panel = window.explore.tables[name]
    window.show_table(name)
    indexing = getattr(panel, "indexing", None)
    warming = getattr(window, "letters_warming", None)
    while (indexing is not None and indexing.busy()) or window.tasks.active() or window.showing.busy() \
            or (warming is not None and warming.busy()):
        app.processEvents()  # the search index (built in slices), the clip fingerprints and their findings, then the
        time.sleep(0.002)  # letter window's modules (loaded once those are shown)
    frame = panel.model.frame
    text_column = {"purchases": "title", "searches": "query"}[name]
    word = str(frame[text_column].iloc[len(frame) // 2])[:14].lower()  # "product 100000": all rows, then fewer
    filtering = [0.0]

    def timed(function: Any) -> Any:
        def run(*args: Any) -> Any:
            started = time.thread_time()
            try:
                return function(*args)
            finally:
                filtering[0] += time.thread_time() - started
        return run

    panel.filter_mask = timed(panel.filter_mask)  # type: ignore[method-assign]
    panel.model.set_mask = timed(panel.model.set_mask)  # type: ignore[method-assign]
    debounce = getattr(panel, "_debounce", None)
    panel.search.setFocus()
    key_s, key_cpu_s, filter_s, shown = [], [], [], []
    for _ in range(repeats):
        panel.search.clear()
        settled = time.perf_counter() + 0.15  # the pause before typing again: the full table's repaint is done
        while time.perf_counter() < settled or (debounce is not None and debounce.isActive()):
            app.processEvents()
            time.sleep(0.002)
        for char in word:
            filtering[0] = 0.0
            started, cpu = time.perf_counter(), time.thread_time()
            QTest.keyClicks(panel.search, char)  # one key press and release
            app.processEvents()
            while debounce is not None and debounce.isActive():
                app.processEvents()
                time.sleep(0.0005)
            app.processEvents()  # the repaint the first turn posted: the filtered rows on screen
            key_s.append(time.perf_counter() - started)
            key_cpu_s.append(time.thread_time() - cpu)
            filter_s.append(filtering[0])
            shown.append(panel.model.rowCount())
    return {"table": name, "rows": len(frame), "word": word, "repeats": repeats, "shown": shown[:len(word)],
            "key_ms": [round(v * 1000, 1) for v in key_s], "key_median_ms": statistics.median(key_s) * 1000,
            "key_max_ms": max(key_s) * 1000,
            "typing_max_ms": [max(key_s[i:i + len(word)]) * 1000 for i in range(0, len(key_s), len(word))],
            "key_cpu_median_ms": statistics.median(key_cpu_s) * 1000,
            "key_cpu_max_ms": max(key_cpu_s) * 1000, "filter_median_ms": statistics.median(filter_s) * 1000,
            "filter_max_ms": max(filter_s) * 1000}


def child_actions(paths: list[str], settle_s: float | None = None) -> dict[str, Any]:
    """``bench_actions.child_actions`` (which uses this module's ``qt_app``)."""
    from bench_actions import SETTLE_S
    from bench_actions import child_actions as measure

    return measure(paths, SETTLE_S if settle_s is None else settle_s)


CHILDREN = {"model": child_model, "rules_mixed": child_rules_mixed, "timeline": child_timeline,
            "click": child_click, "voice": child_voice, "responsive": child_responsive,
            "search": child_search, "decoders": child_decoders, "actions": child_actions,
            "clip_reads": child_clip_reads}
