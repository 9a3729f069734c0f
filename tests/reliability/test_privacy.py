"""Table P of reliability.md §8.5 and F13: a full GUI session and a CLI scan + letter make no network connection
(audit hook inside, strace outside), leave nothing in temp, write no voice audio anywhere but the user's chosen
output, keep export content out of logs and settings, and leave the export byte-for-byte unchanged — also when
it sits on read-only media."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from core.platform.paths import demo_export_dir
from tests.reliability.privacy_session import (
    CANARIES,
    INET_CONNECT,
    STRACE,
    canary_export,
    files_containing,
    fingerprint,
    ls,
    read_only_copy,
    run_session,
)
from tests.synth.audio import tools_available

DEMO = demo_export_dir()
pytestmark = pytest.mark.skipif(not DEMO.is_dir(), reason="demo export not built")
AUDIO_MAGIC = (b"RIFF", b"ID3", b"fLaC", b"OggS", b"\xff\xfb", b"\xff\xf3")


@pytest.fixture(scope="module")
def gui_session(tmp_path_factory):
    """The whole GUI session, on a copy of the demo export that sits on read-only media (F13)."""
    base = tmp_path_factory.mktemp("gui")
    with read_only_copy(DEMO, base / "export") as (export, how):
        before = fingerprint(export)
        session = run_session("gui", export, base)
        session.report["media"] = how
        yield session, export, before


@pytest.fixture(scope="module")
def cli_session(tmp_path_factory):
    if not tools_available():
        pytest.skip("espeak-ng/sox needed for the canary clips")
    base = tmp_path_factory.mktemp("cli")
    export = canary_export(base / "export")
    before = fingerprint(export)
    session = run_session("cli", export, base, audio=False)
    return session, export, before


# ---- P1: no network ------------------------------------------------------------------------------------------
@pytest.mark.skipif(STRACE is None, reason="strace not installed")
def test_p1_strace_control_sees_an_internet_connect(tmp_path) -> None:
    """The system-level check can fail: a UDP connect to loopback shows up as AF_INET."""
    trace = tmp_path / "t"
    subprocess.run([STRACE, "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, "-c",
                    "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.connect(('127.0.0.1', 9))"],
                   check=True, timeout=60)
    assert [line for line in trace.read_text().splitlines() if INET_CONNECT.search(line)]


@pytest.mark.gui
def test_p1_gui_session_opens_reviews_plays_drafts_and_saves_without_network(gui_session) -> None:
    session, _export, _ = gui_session
    report = session.report
    assert report["guarded"] and report["imported"] and report["decoded"]
    assert {"letter-complaint-fr.pdf", "letter-complaint-fr.txt"} <= set(report["saved"]) or \
        any(name.endswith(".pdf") for name in report["saved"])
    assert any(name.startswith("dossier-evidence-") for name in report["saved"])
    assert report["net"] == [], report["net"]
    assert session.inet_connects() == []
    if STRACE:
        assert all("AF_INET" not in line for line in session.trace)
    if session.audio:  # with a sound sink the clip really played (from memory, see the P2 checks)
        assert report["played"], "a PulseAudio sink was available but the clip did not play"


def test_p1_cli_scan_and_letter_make_no_network_connection(cli_session) -> None:
    session, _export, _ = cli_session
    assert session.report["guarded"] and session.report["scan"] == 0 and session.report["letter"] == 0
    assert session.report["net"] == [] and session.inet_connects() == []
    assert sorted(p.suffix for p in session.out.iterdir()) == [".pdf", ".txt", ".txt", ".zip"]


def test_p1_only_absolute_programs_are_started_by_dossier(gui_session, cli_session) -> None:
    # Library helpers found on PATH (never in the working directory on POSIX), never given export data:
    # matplotlib's font discovery (fc-list) and the platform module behind the crash report (uname).
    library_helpers = {"fc-list", "uname"}
    for session in (gui_session[0], cli_session[0]):
        for program in session.report["programs"]:
            assert os.path.isabs(program) or program in library_helpers, program
            if "ffmpeg" in program:
                assert Path(program).is_file() and "imageio_ffmpeg" in program


# ---- P2/P4: no temp residue, no voice audio written outside the user's chosen output ------------------------------
def _allowed_writes(session) -> tuple[Path, ...]:
    return session.appdata, session.out, session.home / ".cache" / "fontconfig"


@pytest.mark.parametrize("which", ["gui_session", "cli_session"])
def test_p2_p4_nothing_in_temp_and_writes_only_where_allowed(request, which) -> None:
    session, export, _ = request.getfixturevalue(which)
    assert ls(session.tmp) == [], "files left in the temp folder"
    writes = [Path(p) for p in session.report["writes"] if p != os.devnull]
    outside = [p for p in writes if not any(p.is_relative_to(root) for root in _allowed_writes(session))]
    assert outside == [], outside
    assert not [p for p in writes if p.is_relative_to(session.tmp) or p.is_relative_to(export)]
    for path in session.appdata.rglob("*"):  # no voice audio in the app's own folders either
        if path.is_file():
            with open(path, "rb") as handle:
                assert not handle.read(4).startswith(AUDIO_MAGIC), path


# ---- P3: canaries stay out of logs, settings, crash reports and the processing log ----------------------------------
def test_p3_canaries_only_in_the_intended_places(cli_session, tmp_path) -> None:
    session, export, _ = cli_session
    assert session.report["letter"] == 0
    planted = b" ".join(zipfile.ZipFile(z).read(n) for z in export.glob("*.zip")
                        for n in zipfile.ZipFile(z).namelist()).lower()
    assert [c for c in CANARIES if c.lower().encode() not in planted] == []  # every canary is in the export
    control = tmp_path / "control"
    control.mkdir()
    (control / "c.txt").write_text(f"x {CANARIES[4]} y", encoding="utf-16-le")
    assert files_containing(control), "control: the scan finds a canary, also in UTF-16"
    # The letter and form fields are plain text: not even the device label (it may name a third party) is in them.
    assert files_containing(session.out) == {}
    for canary in CANARIES:
        assert canary.lower() not in session.stderr.lower(), f"{canary} in the program's log output"
    found = files_containing(session.appdata)
    unintended = {path: hits for path, hits in found.items() if not path.startswith("cases/")}
    assert unintended == {}, unintended
    for home_file, hits in files_containing(session.home).items():
        pytest.fail(f"{home_file} holds {hits}")
    for db in session.appdata.glob("cases/*.sqlite"):
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as con:
            log = " ".join(m for (m,) in con.execute("SELECT message FROM processing_log")).lower()
            meta = " ".join(f"{k} {v}" for k, v in con.execute("SELECT key, value FROM meta")).lower()
        assert not [c for c in CANARIES if c.lower() in log or c.lower() in meta]


@pytest.mark.gui
def test_p3_gui_logs_settings_and_crash_folder_hold_no_export_content(gui_session) -> None:
    session, _export, _ = gui_session
    assert session.report["crash_reports"] == 1  # a bug quoting a product title and the owner's name was logged
    assert list((session.appdata / "logs").iterdir()), "control: the crash report was written"
    demo_canaries = ("Jonas Beispiel", "Lindenweg", "Paperwhite", "wanderschuhe", "Passau", "Zahnarzt")
    assert not [c for c in demo_canaries if c.lower() in session.stderr.lower()]
    found = files_containing(session.appdata, demo_canaries)
    assert {path: hits for path, hits in found.items() if not path.startswith("cases/")} == {}
    assert files_containing(session.home, demo_canaries) == {}


# ---- P5 / AE-01: the export is unchanged ------------------------------------------------------------------------
@pytest.mark.parametrize("which", ["gui_session", "cli_session"])
def test_p5_export_bytes_size_and_mtime_unchanged_and_nothing_written_next_to_it(request, which) -> None:
    _session, export, before = request.getfixturevalue(which)
    assert fingerprint(export) == before
    allowed = {"export", "export-staging", "home", "tmp", "appdata", "out", "connect.trace"}  # staging: mount source
    assert {p.name for p in export.parent.iterdir()} <= allowed


# ---- F13: the export on read-only media ----------------------------------------------------------------------------
def test_f13_export_on_read_only_media_scans_and_drafts(tmp_path) -> None:
    with read_only_copy(DEMO, tmp_path / "ro") as (export, how):
        if how.startswith("read-only"):
            with pytest.raises(OSError):
                (export / "probe").write_bytes(b"x")
        before = fingerprint(export)
        session = run_session("cli", export, tmp_path / "run", strace=False, audio=False)
        assert session.report["scan"] == 0 and session.report["letter"] == 0, how
        assert not [p for p in session.report["writes"] if Path(p).is_relative_to(export)], how
        assert fingerprint(export) == before


@pytest.mark.gui
def test_f13_gui_session_ran_on_read_only_media(gui_session) -> None:
    session, export, _ = gui_session
    assert session.report["imported"] and session.report["saved"]
    assert not [p for p in session.report["writes"] if Path(p).is_relative_to(export)]
    if getattr(os, "geteuid", lambda: 1)() == 0:
        assert session.report["media"] == "read-only bind mount"
