"""Where a full scan's work goes (issue 22), counted, never timed.

* the fingerprint workers inflate Deflate and Deflate64 clips without zipfile's per-call layers (no
  ``ZipFile.open`` for them), with the digests zipfile's bytes give;
* the export files' SHA-256 is not waited for before the parse: ``open_export`` starts the parse while the
  hashing thread still runs, and collects the digests after it;
* ``dossier scan`` opens the export (and so starts that thread) before it loads pandas, which then loads
  beside the hashing instead of before it.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

import core.audio.clip_processes as clip_processes
import core.vendors
from core.audio.clip_processes import ClipTask, hash_batch
from core.pipeline import open_export
from core.source.archive import ExportSource
from tests.perf.test_complexity import _clip_zip


def _tasks(path: Path) -> list[ClipTask]:
    with zipfile.ZipFile(path) as zf:
        return [ClipTask(str(path), i.filename, f"Alexa.zip/{i.filename}", i.CRC, i.file_size)
                for i in zf.infolist() if i.filename.endswith(".wav")]


@pytest.mark.parametrize("deflate64", [False, True])
def test_workers_read_clips_without_zipfile_streams(deflate64: bool, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "Alexa.zip"
    entries = dict(_clip_zip(path, 12))
    if deflate64:
        if shutil.which("7z") is None:
            pytest.skip("7z missing")
        with zipfile.ZipFile(path) as zf:
            zf.extractall(tmp_path / "plain")
        path.unlink()
        subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(path), "Voice"], cwd=tmp_path / "plain",
                       check=True, capture_output=True)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def counting_open(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(str(name))
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    zips: dict[str, zipfile.ZipFile | None] = {}
    files: dict[str, object] = {}
    monkeypatch.setattr(clip_processes, "_zips", zips)  # a worker's own handles, closed below
    monkeypatch.setattr(clip_processes, "_files", files)
    try:
        results = hash_batch(_tasks(path), 2048)
    finally:
        for handle in [*zips.values(), *files.values()]:
            handle.close()  # type: ignore[union-attr]
    assert not opened
    for result in results:
        name = result.path.split("/", 1)[1]
        assert result.digest == hashlib.sha256(entries[name]).hexdigest() and result.head == entries[name][:2048]


def test_the_parse_starts_before_the_export_is_fingerprinted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _clip_zip(tmp_path / "Alexa.zip", 3)
    hashing_when_parsed: list[bool] = []
    real_parse = core.vendors.parse_export

    def parse(source: ExportSource, *args: object):  # type: ignore[no-untyped-def]
        hashing_when_parsed.append(source._hashing is not None and all(not f.sha256 for f in source.files))
        return real_parse(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(core.vendors, "parse_export", parse)
    with open_export([tmp_path / "Alexa.zip"], hashes="skip") as opened:
        digest = hashlib.sha256((tmp_path / "Alexa.zip").read_bytes()).hexdigest()
        assert [f.sha256 for f in opened.export.files] == [digest] == [f.sha256 for f in opened.source.files]
    assert hashing_when_parsed == [True]
    assert not [t for t in threading.enumerate() if t.name == "dossier-hash"]


def test_dossier_scan_starts_hashing_the_export_before_it_loads_pandas(tmp_path: Path) -> None:
    _clip_zip(tmp_path / "Alexa.zip", 3)
    probe = (  # a fresh interpreter: what the real entry point has imported when the export is opened
        "import sys\n"
        "import core.source.archive as archive\n"
        "real = archive.ExportSource.open.__func__\n"
        "def open_(cls, *args, **kwargs):\n"
        "    print('pandas' in sys.modules, file=sys.stderr)\n"
        "    return real(cls, *args, **kwargs)\n"
        "archive.ExportSource.open = classmethod(open_)\n"
        "from gui.start.launcher import main\n"
        f"sys.exit(main(['scan', '--json', {str(tmp_path / 'Alexa.zip')!r}]))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stderr.split() == ["False"] and '"recordings"' in done.stdout
