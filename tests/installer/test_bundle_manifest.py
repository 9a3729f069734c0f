"""The PyInstaller spec's inputs exist, and the Windows/macOS configurations say what they should."""

from __future__ import annotations

import ast
import importlib
import os
import plistlib
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import bundle_manifest as manifest  # noqa: E402

ISS = (ROOT / "installer" / "windows" / "dossier.iss").read_text(encoding="utf-8-sig")


def test_data_files_exist():
    for source, _dest in manifest.resource_datas():
        assert Path(source).exists(), source
    assert (ROOT / "resources" / "demo" / "amazon-2018").is_dir()
    assert manifest.ENTRY_SCRIPT.is_file()
    assert all(Path(src).is_file() for _dest, src, _kind in manifest.python_licence_toc())


def test_ffmpeg_goes_where_core_audio_looks_for_it():
    from core.audio.decode import ffmpeg_path

    ffmpeg = manifest.ffmpeg_binary()
    assert ffmpeg.is_file() and os.access(ffmpeg, os.X_OK)
    assert manifest.binaries() == [(str(ffmpeg), "imageio_ffmpeg/binaries")]
    assert Path(ffmpeg_path()).resolve() == ffmpeg.resolve()


def test_hidden_imports_exist_and_deflate64_is_compiled():
    for name in manifest.HIDDEN_IMPORTS + manifest.QT_MODULES_USED:
        importlib.import_module(name)
    extension = importlib.import_module("zipfile_deflate64.deflate64")
    assert str(extension.__file__).endswith((".so", ".pyd"))


def _qt_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
            found.add(node.module)
            found.update(f"PySide6.{alias.name}" for alias in node.names if node.module == "PySide6")
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("PySide6"))
    return found


def test_no_module_imports_an_excluded_qt_module():
    used = {name for path in (ROOT / "gui").rglob("*.py") for name in _qt_imports(path)}
    excluded = set(manifest.QT_MODULES_EXCLUDED)
    assert not used & excluded, f"gui/ imports Qt modules the bundle excludes: {sorted(used & excluded)}"
    assert not set(manifest.QT_MODULES_USED) & excluded


def test_unused_qt_plugins_are_dropped_and_needed_ones_kept():
    assert not manifest.keep_binary("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not manifest.keep_binary("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not manifest.keep_binary("PySide6\\plugins\\tls\\qopensslbackend.dll")
    assert not manifest.keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert manifest.keep_binary("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
    plugins = "PySide6/Qt/plugins"
    for needed in (f"{plugins}/platforms/libqxcb.so", f"{plugins}/platforms/libqoffscreen.so",
                   f"{plugins}/platforms/libqwayland.so", f"{plugins}/multimedia/libffmpegmediaplugin.so",
                   "PySide6/Qt/lib/libQt6Multimedia.so.6", "imageio_ffmpeg/binaries/ffmpeg-linux-x86_64-v9.0.2"):
        assert manifest.keep_binary(needed), needed


def test_licence_metadata_is_copied_for_the_about_box():
    names = manifest.metadata_distributions()
    for needed in ("dossier", "PySide6-Essentials", "zipfile-deflate64", "imageio-ffmpeg", "pandas", "matplotlib"):
        assert needed in names


def test_spec_is_valid_python_and_uses_the_manifest():
    spec = (ROOT / "installer" / "dossier.spec").read_text(encoding="utf-8")
    compile(spec, "dossier.spec", "exec")
    for needle in ("m.resource_datas()", "m.binaries()", "m.HIDDEN_IMPORTS", "m.QT_MODULES_EXCLUDED",
                   "copy_metadata", "m.keep_binary", "BUNDLE(", "COLLECT(", "upx=False"):
        assert needle in spec, needle
    assert "onefile" not in spec.lower() or "no one-file" in spec.lower()


def test_macos_plist_offers_zips_and_folders_as_viewer_only():
    plist = manifest.macos_info_plist()
    types = plist["CFBundleDocumentTypes"]
    content_types = {t for entry in types for t in entry["LSItemContentTypes"]}
    assert {"public.zip-archive", "public.folder"} <= content_types
    assert all(entry["CFBundleTypeRole"] == "Viewer" and entry["LSHandlerRank"] == "Alternate" for entry in types)
    with (ROOT / "installer" / "macos" / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert not any("network" in key for key in entitlements)


def _registry_lines() -> list[str]:
    section = ISS.split("[Registry]", 1)[1].split("\n[", 1)[0]
    return [line for line in section.splitlines() if line.startswith("Root:")]


def test_inno_setup_offers_open_with_but_never_takes_over_zip():
    lines = _registry_lines()
    assert any(r'Software\Classes\.zip\OpenWithProgids' in line for line in lines)
    for line in lines:
        if re.search(r'Subkey: "Software\\Classes\\\.zip"', line):
            pytest.fail(f"writes the .zip default association: {line}")
        assert "Tasks: openwith" in line, line
    assert any('open ""%1""' in line for line in lines)


def test_inno_setup_has_menu_entry_optional_desktop_icon_and_per_user_install():
    assert re.search(r'Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', ISS)
    assert re.search(r'Name: "desktopicon";.*Flags: unchecked', ISS)
    assert re.search(r'Name: "\{autodesktop\}.*Tasks: desktopicon', ISS)
    for directive in ("PrivilegesRequired=lowest", "ChangesAssociations=yes", "ArchitecturesAllowed=x64compatible",
                      "SetupIconFile=dossier.ico", "UninstallDisplayIcon="):
        assert directive in ISS, directive
    assert (ROOT / "installer" / "windows" / "dossier.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "installer" / "windows" / "dossier.iss").read_bytes()[:3] == b"\xef\xbb\xbf"  # UTF-8 for ISCC


def test_windows_version_resource_numbers():
    assert manifest.windows_version_tuple("0.1.0") == (0, 1, 0, 0)
    assert manifest.windows_version_tuple("1.2.3.dev4+g1234") == (1, 2, 3, 4)
    assert manifest.windows_version_tuple("2") == (2, 0, 0, 0)


def test_only_the_ui_languages_of_qt_translations_are_kept():
    from gui.i18n import LANGUAGES

    assert manifest.ui_languages() == LANGUAGES
    for language in LANGUAGES:
        assert manifest.keep_data(f"PySide6/Qt/translations/qtbase_{language}.qm")
    assert not manifest.keep_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert not manifest.keep_data("PySide6/Qt/translations/qt_help_zh_CN.qm")
    assert manifest.keep_data("resources/translations/dossier_ja.qm")  # ours are never dropped
    assert manifest.keep_data("resources/letters/de/complaint.html.j2")
