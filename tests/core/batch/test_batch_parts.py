"""The parts of ``dossier batch`` without a cluster: inputs, export identity, rows, summary, progress, limits."""

from __future__ import annotations

import io
import mmap
import multiprocessing
import time
from pathlib import Path

import pytest

from core.batch.inputs import BadBatchInput, collect_inputs, identify
from core.batch.run import ProgressLine, parse_memory
from core.batch.summary import (
    CSV,
    FAILED,
    OK,
    PARQUET,
    REFUSED,
    SKIPPED,
    error_row,
    ok_row,
    settled_rows,
    summary_frame,
    withhold_names,
    write_summary,
)
from core.batch.task import MemoryWatch, screen_export
from core.source.archive import ExportSource
from tests.core.batch.exports import amazon_spec, zip_bomb
from tests.synth.layouts import gen_a, gen_c

MiB = 1 << 20


def test_inputs_from_folders_lists_and_zips_each_once(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    (batch / "parts").mkdir(parents=True)
    (batch / "one.zip").write_bytes(b"PK")
    (batch / ".DS_Store").write_bytes(b"x")
    listing = tmp_path / "list.txt"
    listing.write_text("# exports\nbatch/one.zip\n\nbatch/parts\n" + str(tmp_path / "other.zip") + "\n")
    (tmp_path / "other.zip").write_bytes(b"PK")
    found = [Path(e.path) for e in collect_inputs([str(batch), str(listing), str(tmp_path / "other.zip")])]
    assert found == [batch / "one.zip", batch / "parts", tmp_path / "other.zip"]
    out = batch / "out"
    out.mkdir()
    assert batch / "out" not in [Path(e.path) for e in collect_inputs([str(batch)], exclude=out)]


@pytest.mark.parametrize("content", [None, b"\xff\xfe\x00binary"])
def test_bad_inputs_are_one_sentence(tmp_path: Path, content: bytes | None) -> None:
    target = tmp_path / "exports.txt"
    if content is not None:
        target.write_bytes(content)
    with pytest.raises(BadBatchInput) as caught:
        collect_inputs([str(target)])
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BadBatchInput, match="names no exports"):
        collect_inputs([str(empty)])


@pytest.mark.parametrize("layout", [gen_a, gen_c])
def test_identity_before_opening_is_the_apps_export_id(tmp_path: Path, layout) -> None:
    layout(amazon_spec(4), tmp_path)
    (tmp_path / "notes.txt").write_text("kept beside the ZIPs")
    with ExportSource.open([tmp_path]) as source:
        expected = sorted(f.sha256 for f in source.files)
        from core.model import export_id_of

        app_id = export_id_of(expected)
    identity = identify([str(tmp_path)])
    assert identity.export_id == app_id and identity.sha256s == expected
    assert identity.size == sum(p.stat().st_size for p in tmp_path.iterdir())


def test_error_rows_withhold_names_from_inside_the_export() -> None:
    assert withhold_names("Dossier cannot read “a.zip”.", "/x/a.zip") == "Dossier cannot read “a.zip”."
    hidden = withhold_names("“Voice/Maria Muster.wav” is damaged.", "/x/a.zip")
    assert "Maria" not in hidden and hidden.startswith("“(a file of the export)”")
    row = error_row("/x/a.zip", None, REFUSED, "“Anna's Echo” cannot be read.", "damaged", 0.5)
    assert "Anna" not in row["error"] and row["status"] == REFUSED


def test_a_refused_export_is_a_row_with_its_sentence(tmp_path: Path) -> None:
    row = screen_export(str(zip_bomb(tmp_path / "bomb.zip")), str(tmp_path / "out"), frozenset(), 512 * MiB)
    assert row["status"] == REFUSED and row["error_kind"] == "zip-bomb" and "zip bomb" in row["error"]
    assert len(row["export_id"]) == 64 and row["files"] == 1
    assert not (tmp_path / "out" / "exports").exists()
    again = screen_export(str(tmp_path / "bomb.zip"), str(tmp_path / "out"), frozenset({row["export_id"]}), 1 << 30)
    assert again["status"] == SKIPPED and again["export_id"] == row["export_id"]


def test_a_missing_export_is_a_row_too(tmp_path: Path) -> None:
    row = screen_export(str(tmp_path / "gone.zip"), str(tmp_path / "out"), frozenset(), 512 * MiB)
    assert row["status"] == REFUSED and row["export_id"] is None and "gone.zip" in row["error"]


def test_memory_watch_flags_growth_over_the_limit() -> None:
    watch = MemoryWatch(16 * MiB)
    try:
        assert not watch.cancelled()
        # fresh pages from the system: a bytearray may reuse heap that earlier tests freed but still hold
        ballast = mmap.mmap(-1, 96 * MiB)
        for page in range(0, len(ballast), mmap.PAGESIZE):
            ballast[page] = 1  # touch every page
        for _ in range(50):
            if watch.cancelled():
                break
            time.sleep(0.05)
        assert watch.cancelled() and watch.peak > 16 * MiB
        ballast.close()
    finally:
        watch.stop()


def test_summary_round_trip_and_what_a_rerun_keeps(tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / ("a" * 64 + ".json")).write_text("{}")
    rows = [
        {"path": "/e/1", "export_id": "a" * 64, "status": OK, "purchases": 3, "findings": 1, "high": 1,
         "finding:recording-without-device:high": 1, "seconds": 0.2},
        {"path": "/e/2", "export_id": "b" * 64, "status": OK, "purchases": 1, "findings": 0},  # its JSON is gone
        {"path": "/e/3", "export_id": "c" * 64, "status": REFUSED, "error": "This archive looks like a zip bomb."},
        {"path": "/e/4", "export_id": "d" * 64, "status": FAILED, "error": "The worker stopped."},
    ]
    frame = write_summary(tmp_path, rows)
    column = frame["finding:recording-without-device:high"]  # a screened export without it has 0; others none
    assert column.isna().tolist() == [False, False, True, True] and column.iloc[:2].tolist() == [1, 0]
    assert (tmp_path / PARQUET).is_file() and (tmp_path / CSV).read_text().startswith("path,status,error")
    assert sorted(settled_rows(tmp_path)) == ["a" * 64, "c" * 64]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary files left
    (tmp_path / PARQUET).write_bytes(b"not parquet")
    assert settled_rows(tmp_path) == {}


def test_summary_columns_are_typed_when_every_export_was_refused() -> None:
    frame = summary_frame([{"path": "/e/1", "status": REFUSED, "error": "Damaged."}])
    assert str(frame["purchases"].dtype) == "Int64" and str(frame["status"].dtype) == "string"


def test_progress_counts_rate_and_eta() -> None:
    now = [0.0]
    stream = io.StringIO()
    line = ProgressLine(10, stream, clock=lambda: now[0])
    now[0] = 60.0
    line.add(OK)
    line.add(REFUSED)
    line.add(OK, before=True)
    text = line.text()
    assert "2 done, 1 failed, 7 remaining (1 screened before)" in text
    assert "2.0 exports/min" in text and "about 4 min left" in text


def test_a_stopped_batch_ends_on_its_own_line_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    now = [0.0]
    line = ProgressLine(3, stream, clock=lambda: now[0])
    now[0] = 30.0
    line.add(OK)
    line.stopped(Path("/out/summary.parquet"))
    last = stream.getvalue().rsplit("\r\x1b[K", 1)[-1]
    assert last.splitlines() == ["1 done, 0 failed, 2 remaining — 2.0 exports/min, about 60 s left",
                                 "Stopped: 1 done, 0 failed, 2 not screened. The rows so far are kept in "
                                 "/out/summary.parquet; the same command goes on from there."]


def test_memory_sizes() -> None:
    assert parse_memory("2GiB") == 2 << 30 and parse_memory("512MiB") == 512 * MiB
    for bad in ("lots", "1KiB"):
        with pytest.raises(BadBatchInput):
            parse_memory(bad)


def _hash_in_a_daemon(queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from core.audio.clip_processes import ClipTask, hash_in_processes

    task = ClipTask("/nonexistent.zip", "a.wav", "x.zip/a.wav", 0, 1)
    queue.put(sorted(hash_in_processes([task], lambda result: None, lambda: False)))


def test_clip_hashing_in_a_daemon_process_leaves_the_clips_to_threads() -> None:
    """A Dask worker is a daemon process, which may not start processes: the hashing falls back to threads."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    worker = context.Process(target=_hash_in_a_daemon, args=(queue,), daemon=True)
    worker.start()
    assert queue.get(timeout=60) == []
    worker.join(60)
    assert worker.exitcode == 0


def test_the_desktop_app_and_the_other_commands_do_not_load_dask() -> None:
    import subprocess
    import sys

    code = ("import sys, gui.start.launcher, gui.start.app, core.cli.main as m\n"
            "m.build_parser().parse_args(['batch', 'x', '--out', 'y'])\n"
            "print(sorted({n.split('.')[0] for n in sys.modules} & {'dask', 'distributed', 'pyarrow'}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_without_dask_the_batch_says_what_to_install(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; sys.modules['distributed'] = None\n"
            "from gui.start.launcher import main\n"
            f"sys.exit(main(['batch', {str(tmp_path)!r}, '--out', {str(tmp_path / 'out')!r}]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and out.stderr == "dossier: dossier batch needs Dask: install it with: pip install " \
                                                 "'dossier[batch]'.\n"
    assert not (tmp_path / "out").exists()


def test_tasks_dask_could_not_finish_get_a_sentence() -> None:
    from distributed.scheduler import KilledWorker

    from core.batch.cluster import failure_sentence

    assert failure_sentence(KilledWorker("screen-1", "tcp://127.0.0.1:1", 1))[1] == "worker-lost"
    assert failure_sentence(ModuleNotFoundError("core"))[1] == "worker-setup"
    sentence, kind = failure_sentence(RuntimeError("boom"))
    assert kind == "task-error" and "boom" not in sentence and sentence.endswith(".")


def test_the_batch_extra_leaves_pandas_strings_as_the_app_has_them() -> None:
    """pyarrow (which Dask's dataframe extra would bring) makes pandas keep str columns in Arrow, for the app
    too; the batch extra must not install it."""
    import pandas as pd

    assert pd.Series(["x"]).array.dtype.storage == "python"


def test_a_row_says_what_the_export_lacks_and_dates_recordings_by_their_own_times() -> None:
    """Missing is not empty in the summary too: an export with purchases but no search file says ``missing``
    beside its 0 searches; the last recording is the last the export records, not a ZIP entry's date."""
    from core.batch.inputs import Identity
    from core.model import FileEntry
    from tests.core.rules.factory import build, purchase, recording

    export = build([recording("2018-05-01T08:00:00Z"), recording("2018-05-03T08:00:00Z"),
                    recording("2018-08-14T09:30:00Z", time_source="archive")],
                   purchases=[purchase("2018-04-01T10:00:00Z", "Lamp")])
    export.report.add(FileEntry("Retail.OrderHistory.1.csv", "recognised", dataset="amazon.orders", rows=1))
    row = ok_row("/e/1", Identity("a" * 64, ["b" * 64], 10), export, [], 0.1)
    assert (row["searches"], row["searches_history"], row["purchases_history"]) == (0, "missing", "held")
    assert row["device_list"] is False
    assert row["first_recording"].startswith("2018-05-01") and row["last_recording"].startswith("2018-05-03")
    frame = summary_frame([row])
    assert frame["searches_history"].tolist() == ["missing"] and str(frame["device_list"].dtype) == "boolean"
