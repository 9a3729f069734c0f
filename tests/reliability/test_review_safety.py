"""The user's review is never lost or locked (issue 20): stray files keep the case, an OS lock that dies with
the process, damaged cases moved aside with a backup restored, and a review carried over to a changed export."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from core.case.carry_over import carry_over, earlier_review, is_untouched, remember_recordings
from core.case.safety import backup_path
from core.case.store import CaseStore
from core.pipeline import open_export
from tests.reliability.helpers import ROOT
from tests.synth.audio import tools_available
from tests.synth.layouts import gen_a
from tests.synth.spec import Clip, Device, Spec

pytestmark = pytest.mark.skipif(not tools_available(), reason="espeak-ng and sox are needed")


def make_export(root: Path, clips: int = 3) -> Path:
    spec = Spec(owner="Erika Muster", address="Weg 3", export_time=datetime(2018, 8, 14, 9, 30))
    spec.devices.append(Device("G000KINDLE000001", "Erika's Kindle", "Kindle", datetime(2016, 11, 5)))
    for n in range(clips):
        when = datetime(2018, 5, 2 + n, 7, 30)
        spec.clips.append(Clip(file=f"Voice/{when:%Y-%m-%dT%H-%M-%S}_0000000{n}.wav", text=f"Alexa, Licht {n}",
                               voice="de+m3", time=when, device_name="Echo", device_serial=f"G090XXXX0000000{n}"))
    root.mkdir(parents=True)
    gen_a(spec, root, index="csv")
    return root


def opened(root: Path):
    with open_export([str(root)]) as result:  # clips hashed, no case: as dossier scan opens it
        return result.export


def fingerprints(export) -> dict[str, str]:
    rec = export.recordings
    return {sha: rid for sha, rid in zip(rec["sha256"], rec["id"], strict=True) if isinstance(sha, str)}


def test_stray_files_do_not_orphan_the_review(tmp_path) -> None:
    root = make_export(tmp_path / "export")
    before = opened(root)
    with CaseStore.open(before.export_id, tmp_path / "cases") as case:
        case.set_verdict("rule:x", "not-mine", "not my voice")
    for name, data in ((".DS_Store", b"\0\0\0\1Bud1"), ("Thumbs.db", b"\xd0\xcf\x11\xe0"),
                       ("meine Notizen.txt", b"Anruf bei Amazon am Montag"), ("._Alexa.zip", b"\0\5\26\7")):
        (root / name).write_bytes(data)
    after = opened(root)
    names = {f.name for f in after.files}  # a Mac's .DS_Store and ._ twin are left out (core/source/finder_files.py)
    assert len(after.files) == len(before.files) + 2 and {"Thumbs.db", "meine Notizen.txt"} <= names
    assert after.export_id == before.export_id
    with CaseStore.open(after.export_id, tmp_path / "cases") as case:
        assert case.verdicts() == {"rule:x": ("not-mine", "not my voice")}


def test_a_review_saved_under_the_old_identity_is_adopted(tmp_path) -> None:
    export = opened(make_export(tmp_path / "export"))
    (tmp_path / "export" / "Notiz.txt").write_text("a note")
    export = opened(tmp_path / "export")
    assert export.legacy_export_id != export.export_id
    with CaseStore.open(export.legacy_export_id, tmp_path / "cases") as old:
        old.set_verdict("rule:y", "mine")
    with CaseStore.open(export.export_id, tmp_path / "cases", earlier_ids=(export.legacy_export_id,)) as case:
        assert case.verdicts() == {"rule:y": ("mine", "")}


def test_a_changed_export_offers_to_carry_the_review_over_by_fingerprint(tmp_path) -> None:
    first = opened(make_export(tmp_path / "first", clips=3))
    cases = tmp_path / "cases"
    old_fp = fingerprints(first)
    assert len(old_fp) == 3
    some_sha, some_rid = next(iter(old_fp.items()))
    with CaseStore.open(first.export_id, cases) as case:
        remember_recordings(case, old_fp)
        case.set_verdict(f"unknown-device:{some_rid}", "not-mine", "a stranger")
        case.set_verdict("summary:export", "unsure")
        case.set_declaration("owner_has_no_device", True)
    second = opened(make_export(tmp_path / "second", clips=4))  # a new download: one more clip
    assert second.export_id != first.export_id
    new_fp = fingerprints(second)
    with CaseStore.open(second.export_id, cases) as case:
        assert is_untouched(case)
        earlier = earlier_review(case, new_fp)
        assert earlier is not None and earlier.shared == 3 and earlier.verdicts == 2
        assert carry_over(case, earlier, new_fp) == 2
        assert case.verdicts()[f"unknown-device:{new_fp[some_sha]}"] == ("not-mine", "a stranger")
        assert case.declarations() == {"owner_has_no_device": True}
    with CaseStore.open(first.export_id, cases) as old:  # the earlier review is left as it was
        assert len(old.verdicts()) == 2


def test_a_stale_lock_whose_pid_is_now_another_process_does_not_lock_the_case(tmp_path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / f"{'a' * 32}.lock").write_text(str(sleeper.pid))  # the app was killed; its PID was reused
        with CaseStore.open("a" * 64, tmp_path) as case:
            assert not case.read_only
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_live_holder_makes_the_case_read_only_until_it_dies(tmp_path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from core.case.store import CaseStore; "
                               f"c = CaseStore.open('b' * 64, Path({str(tmp_path)!r})); print('held', flush=True); "
                               "time.sleep(60)"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with CaseStore.open("b" * 64, tmp_path) as case:
            assert case.read_only
    finally:
        holder.kill()  # no clean-up code runs: only the OS releases its lock
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    with CaseStore.open("b" * 64, tmp_path) as case:
        assert not case.read_only


def test_a_damaged_case_is_moved_aside_and_the_last_backup_restored(tmp_path) -> None:
    for session in range(3):
        with CaseStore.open("c" * 64, tmp_path) as case:
            case.set_verdict(f"rule:{session}", "mine")
    path = tmp_path / f"{'c' * 32}.sqlite"
    assert backup_path(path, 1).exists() and backup_path(path, 2).exists()
    path.write_bytes(b"this is not a database" * 100)
    with CaseStore.open("c" * 64, tmp_path) as case:
        assert case.notice is not None and "restored the backup" in case.notice
        assert set(case.verdicts()) == {"rule:0", "rule:1"}  # the state the last session started from
        case.set_verdict("rule:again", "unsure")  # and it is writable
    aside = list(tmp_path.glob("*.damaged-*.sqlite"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")


def test_a_damaged_case_without_backup_still_opens_the_export(tmp_path) -> None:
    path = tmp_path / f"{'d' * 32}.sqlite"
    path.write_bytes(b"\0" * 4096 + b"garbage")
    with CaseStore.open("d" * 64, tmp_path) as case:
        assert case.notice is not None and "no usable backup" in case.notice
        assert case.verdicts() == {} and not case.read_only
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchone()[0] == "ok"


@pytest.mark.gui
def test_the_app_offers_the_carry_over_and_reports_a_recovered_case(qtbot, tmp_path, monkeypatch) -> None:
    """Through the main window: a new download of the same clips offers the earlier review (yes: the verdict
    follows its recording), and a damaged case is recovered with a message while the export opens."""
    from PySide6.QtCore import QSettings

    from core.platform.paths import cases_dir
    from gui.dialogs import messages
    from gui.main_window import MainWindow
    from gui.start.settings import Settings

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    messages.shown[:] = []
    first, second = make_export(tmp_path / "first", clips=3), make_export(tmp_path / "second", clips=4)
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                        embed_optional=False)
    qtbot.addWidget(window)

    def open_and_hash(root: Path) -> None:
        window.open_paths([str(root)])
        qtbot.waitUntil(lambda: window.export_ready() and not window.tasks.active(), timeout=60_000)

    try:
        open_and_hash(first)
        rid = str(window.result.export.recordings["id"].iloc[0])
        sha = str(window.result.export.recordings["sha256"].iloc[0])
        window.result.case.set_verdict(f"unknown-device:{rid}", "not-mine", "a stranger")
        window.close_export()
        messages.answers[:] = [True]
        open_and_hash(second)
        assert any(title == "An earlier review of this export" for title, _text in messages.shown)
        rec = window.result.export.recordings
        new_rid = str(rec.loc[rec["sha256"] == sha, "id"].iloc[0])
        assert window.result.case.verdicts()[f"unknown-device:{new_rid}"] == ("not-mine", "a stranger")
        window.close_export()
        case_file = next(p for p in cases_dir().glob("*.sqlite") if ".bak" not in p.name
                         and p.stem.startswith(window_export_stem(second)))
        case_file.write_bytes(b"damaged" * 100)
        messages.shown[:] = []
        open_and_hash(second)
        assert any(title == "Your review was recovered" for title, _text in messages.shown)
        assert not window.result.case.read_only
    finally:
        window.close_export()
        window.tasks.wait(5000)
        messages.answers[:] = []


def window_export_stem(root: Path) -> str:
    return opened(root).export_id[:32]
