"""core.case.store: the user's review survives closing, crashes and a second window."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.case.store import MIGRATIONS, SCHEMA_VERSION, CaseReadOnly, CaseStore, CaseTooNew
from core.platform import paths

EXPORT_ID = "ab" * 32


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))


def test_everything_is_restored_after_reopening(tmp_path: Path) -> None:
    case = CaseStore.open(EXPORT_ID, tmp_path)
    case.set_verdict("recording-without-device:r1", "not-mine", "Not my voice")
    case.set_verdict("duplicate-audio:r2", "unsure")
    case.set_declaration("owner_has_no_device", True)
    case.set_declaration("residence", "DE-BY")
    case.set_complainant({"name": "Erika Mustermann", "email": "erika@example.org"})
    case.save_draft("complaint-de", "Sehr geehrte Damen und Herren,")
    case.log("imported 3 files, 40 recordings")
    case.close()

    again = CaseStore.open(EXPORT_ID, tmp_path)
    assert not again.read_only
    assert again.verdicts() == {"recording-without-device:r1": ("not-mine", "Not my voice"),
                                "duplicate-audio:r2": ("unsure", "")}
    assert again.declarations() == {"owner_has_no_device": True, "residence": "DE-BY"}
    assert again.complainant() == {"email": "erika@example.org", "name": "Erika Mustermann"}
    assert again.draft("complaint-de") == "Sehr geehrte Damen und Herren,"
    assert again.draft("missing") is None
    assert [m for _t, m in again.processing_log()] == ["imported 3 files, 40 recordings"]
    again.close()


def test_note_none_keeps_the_note_and_clearing_removes_the_verdict(tmp_path: Path) -> None:
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        case.set_verdict("f1", "mine", "kitchen radio")
        case.set_verdict("f1", "unsure")
        assert case.verdicts()["f1"] == ("unsure", "kitchen radio")
        case.set_note("f1", "")
        case.set_verdict("f1", None)
        assert "f1" not in case.verdicts()
        case.set_note("f2", "only a note")
        assert case.verdicts()["f2"] == (None, "only a note")
        with pytest.raises(ValueError):
            case.set_verdict("f1", "maybe")
        case.set_declaration("residence", None)
        assert case.declarations() == {}


def test_a_second_instance_opens_read_only(tmp_path: Path) -> None:
    first = CaseStore.open(EXPORT_ID, tmp_path)
    first.set_verdict("f1", "mine")
    second = CaseStore.open(EXPORT_ID, tmp_path)
    assert second.read_only and not first.read_only
    assert second.verdicts() == {"f1": ("mine", "")}
    with pytest.raises(CaseReadOnly):
        second.set_verdict("f1", "not-mine")
    second.close()
    first.close()
    third = CaseStore.open(EXPORT_ID, tmp_path)
    assert not third.read_only
    third.close()


def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    (tmp_path / f"{EXPORT_ID[:32]}.lock").write_text(proc.stdout.strip())
    case = CaseStore.open(EXPORT_ID, tmp_path)
    assert not case.read_only
    case.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_loses_nothing_it_had_saved(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os, sys, signal
        from pathlib import Path
        from core.case.store import CaseStore
        case = CaseStore.open({EXPORT_ID!r}, Path({str(tmp_path)!r}))
        for i in range(20):
            case.set_verdict(f"f{{i}}", "not-mine", f"note {{i}}")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[3], check=False)
    assert proc.returncode == -signal.SIGKILL
    case = CaseStore.open(EXPORT_ID, tmp_path)  # the dead process's lock is stale
    assert not case.read_only
    assert len(case.verdicts()) == 20 and case.verdicts()["f19"] == ("not-mine", "note 19")
    case.close()


def test_wal_and_full_sync_and_schema_version(tmp_path: Path) -> None:
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        assert case.path.name == f"{EXPORT_ID[:32]}.sqlite"
        db = sqlite3.connect(case.path)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        db.close()


def test_own_voice_marks_persist_and_a_version_1_case_gains_them(tmp_path: Path) -> None:
    path = tmp_path / f"{EXPORT_ID[:32]}.sqlite"
    old = sqlite3.connect(path)  # a case saved by the version before "my voice" marks existed
    old.executescript(MIGRATIONS[1])
    old.execute("INSERT INTO verdicts VALUES ('f1', 'mine', '', 'x')")
    old.commit()
    old.execute("PRAGMA user_version = 1")
    old.close()
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        assert case.own_voice() == set() and case.verdicts()["f1"] == ("mine", "")
        case.set_own_voice(["r1", "r2", "r3"], True)
        case.set_own_voice(["r2"], False)
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        assert case.own_voice() == {"r1", "r3"}
        with CaseStore.open(EXPORT_ID, tmp_path) as second:  # another window: read-only, sees the marks
            assert second.read_only and second.own_voice() == {"r1", "r3"}
            with pytest.raises(CaseReadOnly):
                second.set_own_voice(["r4"], True)


def test_a_case_from_a_newer_dossier_is_refused_in_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / f"{EXPORT_ID[:32]}.sqlite"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(CaseTooNew, match="newer version"):
        CaseStore.open(EXPORT_ID, tmp_path)
    assert not (tmp_path / f"{EXPORT_ID[:32]}.lock").exists()


def test_default_folder_is_the_app_data_folder(tmp_path: Path) -> None:
    with CaseStore.open(EXPORT_ID) as case:
        assert case.path.parent == tmp_path / "appdata" / "cases"


def test_app_data_folder_per_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DOSSIER_DATA_DIR")
    monkeypatch.setattr(paths.Path, "home", classmethod(lambda cls: tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert paths.data_dir(create=False) == tmp_path / ".local" / "share" / "Dossier"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir(create=False) == tmp_path / "xdg" / "Dossier"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.data_dir(create=False) == tmp_path / "Library" / "Application Support" / "Dossier"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert paths.data_dir(create=False) == tmp_path / "Roaming" / "Dossier"
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "over"))
    assert paths.data_dir(create=False) == tmp_path / "over"
    assert os.environ["DOSSIER_DATA_DIR"].endswith("over")


def test_bulk_verdicts_are_one_transaction_and_keep_notes(tmp_path: Path) -> None:
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        case.set_verdict("f1", "unsure", "my note")
        case.set_verdicts([f"f{i}" for i in range(1, 2001)], "not-mine")
        verdicts = case.verdicts()
        assert len(verdicts) == 2000
        assert verdicts["f1"] == ("not-mine", "my note")
        with pytest.raises(ValueError):
            case.set_verdicts(["f1"], "maybe")


def test_verdicts_an_undo_cleared_are_left_out_by_sqlite(tmp_path: Path, monkeypatch) -> None:
    """A group verdict undone leaves 20,000 rows without verdict or note; reading them all into Python each time
    the findings changed cost ~15 ms of the window's thread."""
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        case.set_verdicts([f"f{i}" for i in range(2000)], "not-mine")
        case.restore_verdicts({f"f{i}": (None, "") for i in range(2000)})
        case.set_verdict("f7", None, "a note")
        case.set_verdict("f8", "mine")
        fetched: list[int] = []
        rows = case._rows
        monkeypatch.setattr(case, "_rows", lambda sql: (lambda got: (fetched.append(len(got)), got)[1])(rows(sql)))
        assert case.verdicts() == {"f7": (None, "a note"), "f8": ("mine", "")}
        assert fetched == [2]
