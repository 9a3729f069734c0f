"""`dossier --install-desktop-entry` writes the menu entry, icons and metainfo for the current user."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli.main import main as cli_main
from core.platform import desktop_entry
from core.platform.desktop_entry import APP_ID, ICON_SIZES, quote_exec_arg, render_desktop_file

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path))
    return home


def test_install_writes_entry_icons_and_metainfo(data_home, capsys):
    assert cli_main(["--install-desktop-entry"]) == 0
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert "MimeType=application/zip;inode/directory;\n" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" open %F")
    program = exec_line[len("Exec="):].split(" ")[0]
    assert program.startswith("/") and (program.endswith(("dossier-gui", "dossier")) or "python" in program)
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert str(desktop) in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_installed_entry_validates(data_home):
    desktop_entry.install(command=["/opt/My Apps/dossier"])
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    assert 'Exec="/opt/My Apps/dossier" open %F' in desktop.read_text(encoding="utf-8")
    done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_uninstall_removes_exactly_what_install_wrote(data_home):
    installed = desktop_entry.install(command=["/usr/bin/dossier-gui"]).paths
    other = data_home / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n")
    assert cli_main(["--uninstall-desktop-entry"]) == 0
    assert not any(path.exists() for path in installed)
    assert other.exists()
    assert desktop_entry.uninstall().paths == []  # a second uninstall has nothing left to do


def test_unwritable_home_is_one_clear_sentence(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli_main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err
    assert "could not write its menu entry" in err and "Traceback" not in err


def test_relative_xdg_data_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


@pytest.mark.parametrize(("arg", "quoted"), [
    ("/usr/bin/dossier-gui", "/usr/bin/dossier-gui"),
    ("/opt/My Apps/dossier", '"/opt/My Apps/dossier"'),
    ('/odd/"quote"$x', '"/odd/\\\\"quote\\\\"\\\\$x"'),
    ("/path/100%", "/path/100%%"),
])
def test_exec_arguments_are_quoted_per_the_desktop_entry_spec(arg, quoted):
    assert quote_exec_arg(arg) == quoted


def test_render_replaces_exec_and_tryexec_only():
    template = "[Desktop Entry]\nName=Dossier\nExec=dossier-gui open %F\nTryExec=dossier-gui\n"
    out = render_desktop_file(template, ["/x/python", "-m", "gui.start.launcher"])
    assert "Exec=/x/python -m gui.start.launcher open %F\n" in out
    assert "TryExec=/x/python\n" in out and "Name=Dossier\n" in out


def test_bare_paths_mean_open(tmp_path):
    export = tmp_path / "Alexa.zip"
    export.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    seen: list[tuple[list[str], bool]] = []
    assert cli_main([str(export)], open_gui=lambda paths, demo: seen.append((paths, demo)) or 0) == 0
    assert seen == [([str(export)], False)]


@pytest.mark.skipif(shutil.which("update-desktop-database") is None, reason="desktop-file-utils not installed")
def test_menu_cache_lists_dossier_for_zips_and_folders(data_home):
    result = desktop_entry.install(command=["/usr/bin/dossier-gui"])
    assert "update-desktop-database" in result.refreshed
    cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    for mime in ("application/zip", "inode/directory"):
        line = next(line for line in cache.splitlines() if line.startswith(mime + "="))
        assert f"{APP_ID}.desktop" in line
    mimeapps = data_home.parent / ".config" / "mimeapps.list"
    assert not mimeapps.exists()  # offered in "Open with", never made the default


@pytest.mark.skipif(not Path("/usr/share/icons/hicolor/index.theme").is_file(), reason="no system hicolor theme")
def test_installed_icon_is_found_by_icon_theme_lookup(data_home, qapp):
    """Menus find Icon=io.github.dossier.Dossier through the freedesktop icon theme spec, as Qt does: the
    user's hicolor folder takes its directory list from the system's hicolor index.theme."""
    from PySide6.QtGui import QIcon

    desktop_entry.install(command=["/usr/bin/dossier-gui"])
    assert not (data_home / "icons" / "hicolor" / "index.theme").exists()  # never shadow the system's
    paths, theme = QIcon.themeSearchPaths(), QIcon.themeName()
    try:
        QIcon.setThemeSearchPaths([str(data_home / "icons"), "/usr/share/icons"])
        QIcon.setThemeName("hicolor")
        icon = QIcon.fromTheme(APP_ID)
        assert not icon.isNull()
        assert not icon.pixmap(48, 48).isNull()
    finally:
        QIcon.setThemeSearchPaths(paths)
        QIcon.setThemeName(theme)
