"""The Linux desktop entry and AppStream metainfo are valid and agree with each other."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.platform.desktop_entry import APP_ID
from core.platform.paths import resources_dir

DESKTOP = resources_dir() / "desktop" / f"{APP_ID}.desktop"
METAINFO = resources_dir() / "desktop" / f"{APP_ID}.metainfo.xml"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_offers_zips_and_folders_without_terminal():
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Dossier"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == "application/zip;inode/directory;"
    assert entry["Exec"].endswith(" open %F")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_is_well_formed_and_names_the_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("launchable") == DESKTOP.name
    assert "Nothing leaves your computer" in ET.tostring(root, encoding="unicode")


def test_metainfo_release_matches_the_version():
    from core import __version__

    versions = [release.get("version") for release in ET.parse(METAINFO).getroot().iter("release")]
    assert versions and versions[0] == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates_with_appstreamcli():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_icon_svg_and_every_png_size_exist():
    import struct

    assert ET.parse(resources_dir() / "icons" / "dossier.svg").getroot().tag.endswith("svg")
    from core.platform.desktop_entry import ICON_SIZES

    for size in ICON_SIZES:
        png = (resources_dir() / "icons" / "png" / f"dossier-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
