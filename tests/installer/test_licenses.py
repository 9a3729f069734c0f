"""Every bundled component is listed with its licence and a notice file (the About box reads this)."""

from __future__ import annotations

import importlib.metadata as metadata
import re
from pathlib import Path

from core.platform.licenses import COMPONENTS, bundled_components, licences_dir, notice_text


def _requirement_closure(root: str) -> set[str]:
    """Every distribution 'dossier' depends on at run time, transitively (no extras)."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(key)
        for requirement in requires:
            if "extra ==" in requirement:
                continue
            marker_ok = True
            if ";" in requirement:
                from packaging.markers import Marker

                marker_ok = Marker(requirement.split(";", 1)[1]).evaluate()
            if marker_ok:
                todo.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return seen


def test_every_runtime_dependency_is_listed():
    listed = {re.sub(r"[-_.]+", "-", c.distribution).lower() for c in COMPONENTS if c.distribution}
    missing = _requirement_closure("dossier") - listed
    assert not missing, f"add to core/platform/licenses.py COMPONENTS: {sorted(missing)}"


def test_components_have_versions_and_notice_files():
    entries = {entry["name"]: entry for entry in bundled_components()}
    for name in ("Dossier", "Python", "Qt for Python (PySide6, Qt 6)", "FFmpeg (ffmpeg program)",
                 "zipfile-deflate64", "pandas", "Matplotlib", "pydub", "Jinja2", "NumPy"):
        entry = entries[name]
        assert entry["version"], name
        assert entry["notice_file"] and Path(str(entry["notice_file"])).is_file(), name


def test_licences_are_the_expected_ones():
    entries = {entry["name"]: entry["licence"] for entry in bundled_components()}
    assert entries["Dossier"] == "GPL-3.0-or-later"
    assert entries["FFmpeg (ffmpeg program)"] == "GPL-3.0-or-later"
    assert entries["Qt for Python (PySide6, Qt 6)"] == "LGPL-3.0-only"
    assert entries["zipfile-deflate64"] == "Apache-2.0"
    assert entries["pydub"] == "MIT"


def test_ffmpeg_notice_has_a_source_offer_and_the_gpl_text():
    entry = next(e for e in bundled_components() if e["name"] == "FFmpeg (ffmpeg program)")
    text = notice_text(entry)
    assert "Written offer" in text and "corresponding source" in text.lower()
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text


def test_qt_notice_carries_the_lgpl():
    entry = next(e for e in bundled_components() if e["name"] == "Qt for Python (PySide6, Qt 6)")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice_text(entry)
    assert (licences_dir() / "LGPL-2.1.txt").read_text(encoding="utf-8").count("Version 2.1") >= 1


def test_dossier_licence_is_the_project_licence():
    entry = next(e for e in bundled_components() if e["name"] == "Dossier")
    root_licence = Path(__file__).resolve().parents[2] / "LICENSE"
    assert Path(str(entry["notice_file"])).read_bytes() == root_licence.read_bytes()


def test_pyinstaller_bootloader_only_listed_when_frozen(monkeypatch):
    import sys

    assert "PyInstaller bootloader" not in {e["name"] for e in bundled_components()}
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert "PyInstaller bootloader" in {e["name"] for e in bundled_components()}
