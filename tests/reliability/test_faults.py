"""Table F of reliability.md §8.4: disk full, SIGKILL during case writes, the export vanishing or changing,
a second instance. The user's work is never lost or half-written, and every failure is one sentence."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from core.case.store import CaseNotSaved, CaseReadOnly, CaseStore
from core.errors import DossierError, ExportChanged, ExportVanished, NotEnoughMemory
from core.letters import evidence
from core.letters.evidence import atomic_write_bytes, verify_export
from core.platform.paths import demo_export_dir
from core.source.archive import ExportSource
from core.vendors import parse_export

DEMO = demo_export_dir()


# ---- a small real file system that can be filled up (tmpfs; root only) ---------------------------------
@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    root = getattr(os, "geteuid", lambda: 1)() == 0
    if not root or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                                  capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a 2 MB tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 4096)
                out.flush()
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0")
                out.flush()
    return filler


# ---- F01: disk full while saving the case (draft, complainant) ----------------------------------------
def _assert_full_disk_keeps_old_state(store: CaseStore, make_full, free) -> None:
    store.save_draft("letter:complaint:en", "old draft")
    store.set_complainant({"name": "Erika Muster", "email": "e@example.org"})
    make_full()
    big = os.urandom(400_000).hex()
    with pytest.raises(CaseNotSaved) as info:
        store.save_draft("letter:complaint:en", big)
    assert str(info.value).endswith(".") and "disk" in str(info.value)
    with pytest.raises(CaseNotSaved):
        store.set_complainant({"name": big})
    assert store.draft("letter:complaint:en") == "old draft"
    assert store.complainant() == {"email": "e@example.org", "name": "Erika Muster"}
    free()
    store.save_draft("letter:complaint:en", "new draft")  # retry works once there is room
    assert store.draft("letter:complaint:en") == "new draft"


def test_f01_full_disk_during_case_save_keeps_the_old_state(small_disk) -> None:
    store = CaseStore.open("f" * 64, folder=small_disk / "cases")
    filler: list[Path] = []
    try:
        _assert_full_disk_keeps_old_state(store, lambda: filler.append(fill(small_disk)),
                                          lambda: filler[0].unlink())
    finally:
        store.close()
    with CaseStore.open("f" * 64, folder=small_disk / "cases") as again:
        assert again.draft("letter:complaint:en") == "new draft"
        assert again._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_f01_full_database_without_root_keeps_the_old_state(tmp_path) -> None:
    """Same contract where no tmpfs can be mounted: SQLite's own page limit gives SQLITE_FULL."""
    store = CaseStore.open("e" * 64, folder=tmp_path)
    try:
        pages = lambda: store._db.execute("PRAGMA page_count").fetchone()[0]  # noqa: E731
        _assert_full_disk_keeps_old_state(store, lambda: store._db.execute(f"PRAGMA max_page_count = {pages()}"),
                                          lambda: store._db.execute("PRAGMA max_page_count = 1073741823"))
    finally:
        store.close()


# ---- F02: disk full while writing the letter ---------------------------------------------------------------
def _assert_atomic_failure(target: Path) -> None:
    assert target.read_bytes() == b"the old letter"
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".part")] == []


def test_f02_full_disk_while_writing_the_letter_leaves_the_old_file(small_disk) -> None:
    target = small_disk / "out" / "letter.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the old letter")
    filler = fill(small_disk)
    with pytest.raises(OSError) as info:
        atomic_write_bytes(target, os.urandom(600_000))
    assert info.value.errno == errno.ENOSPC
    _assert_atomic_failure(target)
    filler.unlink()
    atomic_write_bytes(target, b"the new letter")
    assert target.read_bytes() == b"the new letter"


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_f02_enospc_from_write_or_fsync_leaves_the_old_file(tmp_path, monkeypatch, where) -> None:
    target = tmp_path / "letter.txt"
    target.write_bytes(b"the old letter")

    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "fsync":
        monkeypatch.setattr(evidence.os, "fsync", full)
        with pytest.raises(OSError):
            atomic_write_bytes(target, b"x" * 10_000)
    else:
        def write(handle):
            handle.write(b"partial")
            full()
        with pytest.raises(OSError):
            evidence.atomic_write(target, write)
    _assert_atomic_failure(target)


@pytest.mark.gui
def test_f01_f02_letter_dialog_keeps_the_draft_and_says_why(qtbot, tmp_path, monkeypatch) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QMessageBox

    from gui.letters.editor import LetterDialog
    from tests.core.letters.factory import make_export, make_findings

    export = make_export(n=5)
    findings = make_findings(export)
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    case.set_declaration("residence", "DE-SN")
    dialog = LetterDialog(None, export, findings, case)
    qtbot.addWidget(dialog)
    try:
        def disk_full(*_a, **_k):
            raise CaseNotSaved()

        monkeypatch.setattr(case, "save_draft", disk_full)
        dialog.editor.setPlainText("My own words, typed while the disk was full.")
        assert "disk may be full" in dialog.status.text()
        assert "typed while the disk was full" in dialog.editor.toPlainText()  # kept in memory
        monkeypatch.undo()
        dialog.editor.append(" More.")
        assert "typed while the disk was full" in (case.draft(dialog._draft_key()) or "")

        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
        monkeypatch.setattr("gui.letters.output.atomic_write_bytes",
                            lambda *_a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
        monkeypatch.setattr("gui.letters.output.verify_export", lambda *a: None)  # a synthetic export: no files
        dialog._write("Save text", tmp_path / "letter.txt", b"x")  # written on a worker thread
        qtbot.waitUntil(lambda: bool(shown) and not dialog.saving(), timeout=10000)
        assert "disk is full" in shown[0] and shown[0].endswith(".")
        assert not (tmp_path / "letter.txt").exists() and "Saved" not in dialog.status.text()
    finally:
        case.close()


# ---- F03/F04: SIGKILL at random moments during case writes ----------------------------------------------------
KEYS = ("name", "street", "town", "email", "phone")


def _writer(folder: Path, pipe_w: int) -> None:  # runs in the forked child
    try:
        store = CaseStore.open("k" * 64, folder=folder)
        gen = int(store.complainant().get("name", "0"))
        while True:
            gen += 1
            store.set_complainant({k: str(gen) for k in KEYS})  # one transaction
            store.save_draft("letter", f"draft {gen} " + "x" * (gen % 4000) + " ")
            store.set_verdict(f"finding-{gen % 50}", "not-mine", note=str(gen))
            os.write(pipe_w, f"{gen}\n".encode())
    finally:
        os._exit(0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork/SIGKILL")
def test_f03_sigkill_during_case_writes_never_corrupts_the_case(tmp_path) -> None:
    folder = tmp_path / "cases"
    rng = random.Random(20260)
    iterations, corrupt = 200, 0
    last = last_draft = 0
    started = time.monotonic()
    for _ in range(iterations):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            _writer(folder, w)
        os.close(w)
        time.sleep(rng.uniform(0.0, 0.025))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(r) as acks:
            acked = [int(x) for x in acks.read().split()]
        confirmed = acked[-1] if acked else last
        with CaseStore.open("k" * 64, folder=folder) as store:  # the stale lock of the dead child is taken over
            assert not store.read_only
            details = store.complainant()
            gens = {int(v) for v in details.values()} or {0}
            if len(gens) != 1 or store._db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                corrupt += 1
            state = gens.pop()
            # either the last acknowledged state or the one being written when the kill came
            assert confirmed <= state <= confirmed + 1, (confirmed, state)
            draft = store.draft("letter")
            if draft is not None:  # written after the details: never ahead of them, never torn, never older
                _word, number, padding, _end = draft.split(" ")
                assert last_draft <= int(number) <= state and len(padding) == int(number) % 4000
                last_draft = int(number)
            last = state
    assert corrupt == 0
    assert last > 0, "the children never got to write"
    print(f"kill iterations: {iterations}, corrupt cases: {corrupt}, last generation {last}, "
          f"{time.monotonic() - started:.1f} s")


# ---- F05: the export is cut or removed during the import -------------------------------------------------------
@pytest.mark.skipif(not DEMO.is_dir(), reason="demo export not built")
@pytest.mark.parametrize("fault", ["truncate", "delete", "rewrite"])
def test_f05_export_cut_or_removed_during_import_is_refused_as_a_whole(tmp_path, fault) -> None:
    export_dir = tmp_path / "export"
    shutil.copytree(DEMO, export_dir)
    alexa = export_dir / "Alexa.zip"
    calls: list[str] = []

    def progress(_fraction: float, message: str) -> None:
        calls.append(message)
        if len(calls) == 2:  # in the middle of parsing: the orders were read, the recordings not yet
            if fault == "truncate":
                os.truncate(alexa, alexa.stat().st_size // 3)
            elif fault == "delete":
                alexa.unlink()
            else:
                data = bytearray(alexa.read_bytes())
                data[len(data) // 2] ^= 0xFF
                alexa.write_bytes(bytes(data))

    with ExportSource.open([export_dir]) as source, pytest.raises(ExportVanished) as info:
        parse_export(source, progress)
    assert str(info.value).startswith("The export became unreadable during import")
    assert len(calls) >= 2


# ---- F06: the export changed after the import -------------------------------------------------------------------
@pytest.mark.skipif(not DEMO.is_dir(), reason="demo export not built")
def test_f06_export_changed_after_import_is_caught_before_the_letter(tmp_path) -> None:
    export_dir = tmp_path / "export"
    shutil.copytree(DEMO, export_dir)
    with ExportSource.open([export_dir]) as source:
        export = parse_export(source)
    verify_export(export)  # unchanged: no warning
    target = export_dir / "Retail.Search-Data.zip"
    stat = target.stat()
    data = bytearray(target.read_bytes())
    data[100] ^= 0x01  # one bit, same size, same mtime: only the hash can tell
    target.write_bytes(bytes(data))
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with pytest.raises(ExportChanged) as info:
        verify_export(export)
    assert "Retail.Search-Data.zip" in str(info.value) and "SHA-256" in str(info.value)
    target.unlink()
    with pytest.raises(ExportChanged, match="no longer where it was"):
        verify_export(export)


# ---- F12: a second instance on the same case ------------------------------------------------------------------------
def test_f12_second_instance_is_read_only_and_corrupts_nothing(tmp_path) -> None:
    folder = tmp_path / "cases"
    script = (
        "import sys, time\nfrom pathlib import Path\nfrom core.case.store import CaseStore\n"
        "s = CaseStore.open('d' * 64, folder=Path(sys.argv[1]))\nprint('ro' if s.read_only else 'rw', flush=True)\n"
        "for i in range(300):\n    s.save_draft('letter', f'first instance {i}')\n"
        "print('done', flush=True)\nsys.stdin.read()\ns.close()\n")
    from tests.reliability.helpers import PYTHON, ROOT, child_env

    first = subprocess.Popen([PYTHON, "-c", script, str(folder)], stdout=subprocess.PIPE, stdin=subprocess.PIPE,
                             text=True, cwd=ROOT, env=child_env())
    assert first.stdout is not None and first.stdin is not None
    assert first.stdout.readline().strip() == "rw"
    try:
        with CaseStore.open("d" * 64, folder=folder) as second:
            assert second.read_only
            with pytest.raises(CaseReadOnly) as info:
                second.save_draft("letter", "second instance")
            assert isinstance(info.value, DossierError) and str(info.value).endswith(".")
            second.log("ignored in read-only mode")
            while True:  # reading while the first instance writes never fails or sees torn data
                text = second.draft("letter")
                assert text is None or text.startswith("first instance ")
                if first.stdout.readline().strip() == "done":
                    break
    finally:
        first.stdin.close()
        first.wait(timeout=30)
        first.stdout.close()  # an open pipe is a ResourceWarning, and warnings fail the suite
    with CaseStore.open("d" * 64, folder=folder) as again:
        assert not again.read_only and again.draft("letter") == "first instance 299"
        assert again._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(folder.glob("*.lock"))


@pytest.mark.gui
@pytest.mark.skipif(not DEMO.is_dir(), reason="demo export not built")
def test_f05_app_shows_the_sentence_and_no_half_imported_export(qtbot, tmp_path, monkeypatch) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    from PySide6.QtCore import QSettings

    import core.vendors
    from gui.dialogs import messages
    from gui.main_window import MainWindow
    from gui.start.settings import Settings

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    export_dir = tmp_path / "export"
    shutil.copytree(DEMO, export_dir)
    alexa = export_dir / "Alexa.zip"
    real_detect = core.vendors.detect_vendor

    class CutWhileParsing:  # the vendor module, but the USB stick is pulled half-way through its parse
        def __init__(self, vendor):
            self.vendor = vendor

        def parse(self, source, progress, cancelled, helper=None):
            def cutting(fraction, message):
                if fraction > 0.3 and alexa.stat().st_size > 1000:
                    os.truncate(alexa, alexa.stat().st_size // 3)
                progress(fraction, message)
            return self.vendor.parse(source, cutting, cancelled, helper)

    monkeypatch.setattr(core.vendors, "detect_vendor", lambda source: CutWhileParsing(real_detect(source)))
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.open_paths([str(export_dir)])
    qtbot.waitUntil(lambda: window.last_error is not None or window.export_ready(), timeout=60000)
    assert window.result is None, "a half-read export was shown as opened"
    assert isinstance(window.last_error, ExportVanished)
    assert window.stack.currentWidget() is window.welcome
    window.tasks.wait()


def test_f01_bulk_verdicts_on_a_full_disk_keep_the_old_state(tmp_path) -> None:
    with CaseStore.open("b" * 64, folder=tmp_path) as store:
        store.set_verdicts([f"f{n}" for n in range(5)], "mine")
        store._db.execute(f"PRAGMA max_page_count = {store._db.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(CaseNotSaved):
            store.set_verdicts([f"f{n}-{'x' * 2000}" for n in range(400)], "not-mine")
        assert {v for v, _n in store.verdicts().values()} == {"mine"} and len(store.verdicts()) == 5


@pytest.mark.gui
def test_f01_a_known_failure_in_a_button_handler_is_a_sentence_not_a_crash(qtbot, tmp_path, monkeypatch) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    from gui.dialogs import messages
    from gui.start.crash import CrashHandler

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    handler = CrashHandler(show_dialogs=False)
    try:
        raise CaseNotSaved(detail="sqlite: database or disk is full")
    except CaseNotSaved as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert messages.shown[-1][1] == str(CaseNotSaved())
    assert handler.reports == [] and not (tmp_path / "appdata" / "logs").exists()
    try:
        raise RuntimeError("a real bug")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert len(handler.reports) == 1  # real bugs are still crash reports


# ---- F10: out of memory; F11: locale and time zone ---------------------------------------------------------------
@pytest.mark.parametrize("headroom_mb", [40, 80])  # at +20 MB a failed allocation inside pandas still reads "damaged"
def test_f10_out_of_memory_is_a_sentence_never_a_traceback(tmp_path, headroom_mb) -> None:
    from tests.reliability.helpers import one_zip, run_measured
    from tests.reliability.test_content_inputs import ORDERS, orders_text

    header, first = orders_text().splitlines()[:2]
    path = one_zip(tmp_path, {ORDERS: ("\n".join([header] + [first] * 300_000) + "\n").encode()})  # 140 MB CSV
    measured = run_measured(f"""
        import resource, psutil
        from core.source.archive import ExportSource
        from core.errors import DossierError
        from core.vendors import parse_export
        import core.vendors.amazon
        limit = psutil.Process().memory_info().vms + ({headroom_mb} << 20)
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
        try:
            with ExportSource.open([{str(path)!r}]) as source:
                export = parse_export(source)
            result = ["imported", [(f.status, f.reason) for f in export.report.files], len(export.purchases)]
        except DossierError as exc:
            result = ["refused", exc.category, str(exc)]
        except BaseException as exc:  # reported, so the assertion below can say what escaped
            result = ["unhandled", type(exc).__name__, str(exc)[:300]]
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    """)
    outcome = measured["result"]
    assert outcome[0] != "unhandled", outcome
    if outcome[0] == "refused":
        assert outcome[1] == "memory", outcome
    else:  # the member that did not fit is listed as unreadable with the memory sentence, never half read
        (status, reason), = outcome[1]
        if status == "recognised":  # it fitted after all: then every row is there
            assert outcome[2] == 300_000, outcome
        else:
            assert status == "unreadable" and outcome[2] == 0, outcome
            assert reason == NotEnoughMemory.default_message, outcome  # not "damaged", not numpy's words


@pytest.mark.skipif(not DEMO.is_dir(), reason="demo export not built")
def test_f11_same_utc_dates_under_any_locale_and_time_zone(tmp_path) -> None:
    from tests.reliability.helpers import PYTHON, ROOT, child_env

    outputs = []
    for extra in ({"LANG": "C", "LC_ALL": "C", "TZ": "Pacific/Kiritimati"},
                  {"LANG": "de_DE.UTF-8", "LC_ALL": "", "TZ": "America/Adak", "PYTHONIOENCODING": "cp1252"}):
        done = subprocess.run([PYTHON, "-m", "gui.start.launcher", "scan", str(DEMO), "--json"], capture_output=True,
                              timeout=120, cwd=ROOT, env=child_env(DOSSIER_DATA_DIR=str(tmp_path / "d"), **extra))
        assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-2000:]
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]


def test_f05_export_cut_while_a_big_table_streams_is_not_called_damaged(tmp_path, monkeypatch) -> None:
    """pandas' C parser reports any failed stream read as "Calling read(nbytes) on source failed" (which used to
    read as "the file is damaged"); the export vanishing under a big streamed table is refused as vanished."""
    import core.reading.csv_parse as csv_parse
    from tests.reliability.helpers import one_zip
    from tests.reliability.test_content_inputs import ORDERS, orders_text

    header, first = orders_text().splitlines()[:2]
    path = one_zip(tmp_path, {ORDERS: ("\n".join([header] + [first] * 200_000) + "\n").encode()})  # > 64 MiB
    real = csv_parse.CountingReader.readinto
    calls = [0]

    def cutting(self, buffer):
        calls[0] += 1
        if calls[0] == 3:
            os.truncate(path, path.stat().st_size // 2)
        return real(self, buffer)

    monkeypatch.setattr(csv_parse.CountingReader, "readinto", cutting)
    with ExportSource.open([path]) as source, pytest.raises(ExportVanished):
        parse_export(source)
    assert calls[0] >= 3
