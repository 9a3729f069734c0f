#!/usr/bin/env python3
"""Build the frozen Dossier bundle and prove it works without the developer's Python.

    .venv/bin/python installer/smoke_test.py             # build into build/smoke/, then test
    .venv/bin/python installer/smoke_test.py --no-build --bundle dist/Dossier

Steps: (1) PyInstaller one-folder build (timed); (2) the bundle holds what it must (Qt platform and
multimedia plugins, the Deflate64 extension, ffmpeg, icon, demo export, licence notices) and nothing
it must not (WebEngine, QML-only modules we exclude, tkinter, test tools); (3) ``dossier scan --json``
on the bundled demo export, in an environment without PATH, Python variables or a system ffmpeg, and
(on Linux, under strace) without opening a single file of the build machine's Python, then
``dossier letter`` (templates, authority directory, PDF); (4) the GUI, offscreen, opens the demo
export and prints ``dossier: import finished`` (gui/start/smoke.py) after its own bundle checks; on Linux
again through the menu entry that ``--install-desktop-entry`` writes, with the demo's ZIPs as files.
Any ModuleNotFoundError, missing Qt plugin or missing resource fails the test.
Prints build time, bundle size and start-up time. Exit status 0 = pass, 1 = fail.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "dossier: import finished"
FATAL_MARKERS = (
    "ModuleNotFoundError", "ImportError", "No module named", "Traceback (most recent call last)",
    "FileNotFoundError", "could not find the Qt platform plugin", "Could not load the Qt platform plugin",
    "This application failed to start", "No QtMultimedia backends found", "cannot open shared object file",
    "error while loading shared libraries", "undefined symbol", "QLibraryPrivate", "Fatal Python error",
    "dossier: smoke check failed", "dossier: import failed", "Failed to execute script",
)
REQUIRED = {
    "Qt offscreen platform plugin": "**/platforms/*qoffscreen*",
    "Qt desktop platform plugin (xcb/windows/cocoa)": "**/platforms/*q[xwc][cio]*",
    "Qt Multimedia FFmpeg backend": "**/multimedia/*ffmpegmediaplugin*",
    "Qt SVG image plugin": "**/imageformats/*qsvg*",
    "Deflate64 C extension": "**/zipfile_deflate64/deflate64*",
    "ffmpeg program": "**/imageio_ffmpeg/binaries/ffmpeg*",
    "application icon": "**/resources/icons/dossier.svg",
    "demo export": "**/resources/demo/amazon-2018",
    "FFmpeg licence and source offer": "**/resources/licenses/FFmpeg.txt",
    "Qt LGPL notice": "**/resources/licenses/Qt.txt",
    "Dossier licence (GPL-3.0)": "**/LICENSE",
    "licence metadata of zipfile-deflate64": "**/zipfile_deflate64-*.dist-info",
}
FORBIDDEN = {
    "Qt WebEngine": "**/*WebEngine*", "Qt 3D": "**/*Qt63D*", "Qt Charts": "**/*Qt6Charts*",
    "Qt Designer": "**/*Qt6Designer*", "tkinter": "**/*tkinter*", "pytest": "**/_pytest",
    "PyInstaller itself": "**/PyInstaller/__init__.py*",
}


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on installer/dossier.spec; returns the seconds it took."""
    if importlib.util.find_spec("PyInstaller") is None:  # the [build] extra; a fresh clone has only [test]
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "pyinstaller>=6.6"], check=True)
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(ROOT / "installer" / "dossier.spec")],
                   check=True, cwd=ROOT)
    return time.monotonic() - start


def executable(bundle: Path) -> Path:
    """The console-capable program of a bundle (Linux folder, Windows folder or macOS .app)."""
    for candidate in (bundle / "dossier", bundle / "dossier-cli.exe", bundle / "Contents" / "MacOS" / "Dossier"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no Dossier program in {bundle}")


def size_of(bundle: Path) -> tuple[int, int]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def content_problems(bundle: Path) -> list[str]:
    problems = [f"missing: {what} ({pattern})" for what, pattern in REQUIRED.items()
                if next(bundle.glob(pattern), None) is None]
    problems += [f"must not be bundled: {what} ({next(bundle.glob(pattern))})" for what, pattern in FORBIDDEN.items()
                 if next(bundle.glob(pattern), None) is not None]
    problems += [f"dangling symbolic link: {link.relative_to(bundle)}" for link in bundle.rglob("*")
                 if link.is_symlink() and not link.exists()]
    return problems


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No PATH (so no system ffmpeg or python), no Python variables, a throw-away home and data folder."""
    env = {"HOME": str(home), "DOSSIER_DATA_DIR": str(home / "data"), "LANG": "C.UTF-8",
           "PATH": str(home / "empty-path"), "TMPDIR": str(home / "tmp")}
    for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP"):  # Windows cannot start processes without them
        if key in os.environ:
            env[key] = os.environ[key]
    (home / "empty-path").mkdir(exist_ok=True)
    (home / "tmp").mkdir(exist_ok=True)
    env.update(extra)
    return env


def fatal_in(text: str) -> str | None:
    return next((marker for marker in FATAL_MARKERS if marker in text), None)


def foreign_python_files(trace: str, bundle: Path) -> list[str]:
    """Files of the build machine's Python that the frozen app opened (strace output)."""
    prefixes = {str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, ROOT / ".venv")}
    bad: set[str] = set()
    for line in _joined_calls(trace):
        if "openat(" not in line or "ENOENT" in line:
            continue
        start = line.find('"') + 1
        path = line[start:line.find('"', start)]
        if str(bundle) in path:
            continue
        if any(path.startswith(prefix) for prefix in prefixes) or "site-packages" in path:
            bad.add(path)
    return sorted(bad)


def headless_scan(program: Path, bundle: Path, home: Path) -> tuple[list[str], dict[str, int]]:
    demo = next(bundle.glob("**/resources/demo/amazon-2018"))
    cmd = [str(program), "scan", "--json", str(demo)]
    strace = shutil.which("strace") if sys.platform.startswith("linux") else None
    trace_file = home / "scan.strace"
    if strace:
        cmd = [strace, "-f", "-qq", "-e", "trace=openat", "-o", str(trace_file), *cmd]
    # Clip hashing on worker processes even for the demo's 40 clips: the frozen app must be its own worker.
    env = clean_env(home, DOSSIER_MIN_CLIPS_FOR_PROCESSES="1")
    done = subprocess.run(cmd, env=env, cwd=home, capture_output=True, timeout=300, check=False)
    stderr = done.stderr.decode("utf-8", "replace")
    problems: list[str] = []
    if done.returncode != 0 or fatal_in(stderr):
        problems.append(f"`dossier scan` exited {done.returncode}: {stderr.strip()[-1500:]}")
        return problems, {}
    scanned = json.loads(done.stdout)
    counts: dict[str, int] = scanned.get("counts", {})
    if not any(counts.values()):
        problems.append(f"`dossier scan` found nothing in the demo export: {counts}")
    audio = (".wav", ".mp3", ".m4a", ".ogg", ".flac")
    unhashed = [r for r in scanned.get("recordings", [])
                if str(r.get("member", "")).lower().endswith(audio) and not r.get("sha256")]
    if unhashed:
        problems.append(f"{len(unhashed)} clip(s) got no SHA-256 in the frozen app (worker processes?)")
    if strace and trace_file.is_file():
        trace = trace_file.read_text(errors="replace")
        foreign = foreign_python_files(trace, bundle.resolve())
        if foreign:
            problems.append(f"the frozen app opened the build machine's Python files: {foreign[:5]}")
        readers = processes_opening(trace, "Alexa.zip")
        if len(readers) < 3:  # the app itself, and two hashing workers (without them it falls back to threads)
            problems.append(f"the frozen app's clip-hashing worker processes did not run ({len(readers)} process(es) "
                            "opened Alexa.zip)")
    return problems, counts


def _joined_calls(trace: str) -> list[str]:
    """``strace -f`` lines with each call whole: a call another process interrupted is printed as
    ``openat(... <unfinished ...>`` and later ``<... openat resumed>) = -1 ENOENT``; join the two."""
    calls: list[str] = []
    pending: dict[str, str] = {}
    for line in trace.splitlines():
        pid = line.split(None, 1)[0] if line else ""
        if line.endswith("<unfinished ...>"):
            pending[pid] = line[: -len("<unfinished ...>")]
        elif "resumed>" in line and pid in pending:
            calls.append(pending.pop(pid) + line.split("resumed>", 1)[1])
        else:
            calls.append(line)
    return calls + list(pending.values())


def processes_opening(trace: str, name: str) -> set[str]:
    """The process ids in ``strace -f`` output that opened a file called ``name``."""
    return {line.split(None, 1)[0] for line in _joined_calls(trace)
            if "openat(" in line and f'/{name}"' in line and "ENOENT" not in line}


def headless_letter(program: Path, bundle: Path, home: Path) -> list[str]:
    """``dossier letter`` on the demo: Jinja2 templates, the authority directory and the PDF writer."""
    demo = next(bundle.glob("**/resources/demo/amazon-2018"))
    out = home / "letter"
    done = subprocess.run([str(program), "letter", str(demo), "--residence", "DE-BE", "--out", str(out)],
                          env=clean_env(home, QT_QPA_PLATFORM="offscreen"), cwd=home, capture_output=True,
                          timeout=300, check=False)
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0 or fatal_in(stderr):
        return [f"`dossier letter` exited {done.returncode}: {stderr.strip()[-1500:]}"]
    pdfs = list(out.glob("*.pdf"))
    if not pdfs or not pdfs[0].read_bytes().startswith(b"%PDF") or not list(out.glob("*.zip")):
        return [f"`dossier letter` wrote no PDF letter and evidence bundle: {sorted(p.name for p in out.iterdir())}"]
    return []


def gui_run(command: list[str], home: Path, timeout: float, **extra_env: str) -> tuple[list[str], float, str]:
    """Start the GUI offscreen in smoke mode; returns (problems, seconds to the marker, marker line)."""
    env = clean_env(home, QT_QPA_PLATFORM="offscreen", DOSSIER_SMOKE_TEST="1", **extra_env)
    start = time.monotonic()
    proc = subprocess.Popen(command, env=env, cwd=home, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    elapsed = time.monotonic() - start
    text = (out + err).decode("utf-8", "replace")
    problems: list[str] = []
    marker_line = next((line for line in text.splitlines() if line.startswith(MARKER)), "")
    fatal = fatal_in(text)
    if fatal:
        problems.append(f"GUI run printed {fatal!r}")
    if not marker_line:
        problems.append(f"GUI never reported {MARKER!r} within {timeout:.0f} s (exit {proc.returncode}); "
                        "does the main window call gui.start.smoke.import_finished(export)?")
    elif proc.returncode != 0:
        problems.append(f"GUI exited {proc.returncode} after the import")
    if problems:
        problems.append(f"GUI output of {command[-1]!r} (tail):\n" + text.strip()[-3000:])
    return problems, elapsed, marker_line


def desktop_entry_command(program: Path, bundle: Path, home: Path) -> tuple[list[str], list[str]]:
    """Install the desktop entry from the frozen app into a scratch XDG_DATA_HOME; returns
    (problems, the menu entry's command with the demo's ZIP files in place of %F)."""
    share = home / "share"
    done = subprocess.run([str(program), "--install-desktop-entry"], env=clean_env(home, XDG_DATA_HOME=str(share)),
                          cwd=home, capture_output=True, timeout=120, check=False)
    desktop = share / "applications" / "io.github.dossier.Dossier.desktop"
    if done.returncode != 0 or not desktop.is_file():
        return [f"--install-desktop-entry failed ({done.returncode}): {done.stderr.decode(errors='replace')}"], []
    exec_line = next(line[5:] for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    words = shlex.split(exec_line.replace("\\\\", "\\"))
    zips = sorted(str(p) for p in next(bundle.glob("**/resources/demo/amazon-2018")).glob("*.zip"))
    command = [part for word in words for part in (zips if word == "%F" else [word])]
    problems = [] if Path(command[0]).resolve() == program.resolve() else [f"menu entry runs {command[0]}"]
    if not zips:
        problems.append("the demo export holds no ZIP file to pass to the menu entry")
    return problems, command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test an existing bundle (see --bundle)")
    parser.add_argument("--bundle", type=Path, help="the bundle folder (default: build/smoke/dist/Dossier)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "smoke", help="where to build")
    parser.add_argument("--timeout", type=float, default=180, help="seconds the GUI may take to import the demo")
    args = parser.parse_args(argv)

    bundle = args.bundle or args.out / "dist" / "Dossier"
    build_seconds = None
    if not args.no_build:
        build_seconds = build(args.out / "dist", args.out / "work")
    bundle = bundle.resolve()
    program = executable(bundle)
    size, count = size_of(bundle)

    problems = content_problems(bundle)
    with tempfile.TemporaryDirectory(prefix="dossier-smoke-") as tmp:
        home = Path(tmp)
        scan_problems, counts = headless_scan(program, bundle, home)
        scan_problems += headless_letter(program, bundle, home)
        gui_problems, gui_seconds, marker = gui_run([str(program), "--demo"], home, args.timeout)
        if sys.platform.startswith("linux") and marker:  # (no second wait when the first run never finished)
            entry_problems, command = desktop_entry_command(program, bundle, home)
            gui_problems += entry_problems
            if command and not entry_problems:
                gui_problems += gui_run(command, home, args.timeout, XDG_DATA_HOME=str(home / "share"))[0]
    problems += scan_problems + gui_problems

    print("---- Dossier bundle smoke test ----")
    print(f"bundle      : {bundle}")
    if build_seconds is not None:
        print(f"build time  : {build_seconds:.0f} s")
    print(f"bundle size : {size / 1e6:.0f} MB in {count} files")
    print(f"scan counts : {counts}")
    print(f"GUI start → import finished: {gui_seconds:.1f} s  {marker}")
    for problem in problems:
        print(f"FAIL: {problem}")
    print("RESULT:", "FAIL" if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
