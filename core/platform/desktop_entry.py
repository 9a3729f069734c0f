"""Linux desktop integration for the current user: menu entry, icons, AppStream metainfo.

``dossier --install-desktop-entry`` copies ``resources/desktop/*`` and the icons under
``$XDG_DATA_HOME`` (default ``~/.local/share``), pointing ``Exec`` at the program that is running now
(the frozen ``dossier`` binary, or the ``dossier-gui`` script of this installation), so Dossier shows
up in the application menu and in "Open with" for ZIP files and folders without taking over either.
``--uninstall-desktop-entry`` removes exactly those files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import DossierError
from core.i18n import N_, _
from core.platform.paths import resources_dir

APP_ID = "io.github.dossier.Dossier"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_EXEC_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


class DesktopIntegrationError(DossierError):
    category = "desktop-entry"
    default_message = N_("Dossier could not add itself to the application menu.")


@dataclass
class DesktopInstallResult:
    """What an install or uninstall did (paths written or removed, caches refreshed)."""

    paths: list[Path] = field(default_factory=list)
    exec_line: str = ""
    refreshed: list[str] = field(default_factory=list)

    def summary(self, verb: str) -> str:
        lines = [f"{verb} {len(self.paths)} files:"] + [f"  {path}" for path in self.paths]
        if self.exec_line:
            lines.append(f"Menu entry runs: {self.exec_line}")
        return "\n".join(lines)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if absolute, else ``~/.local/share`` (XDG Base Directory spec)."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this installation of Dossier's GUI (absolute paths)."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    bindir = Path(sys.executable).parent
    for name in ("dossier-gui", "dossier"):
        candidate = bindir / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate.absolute())]
    found = shutil.which("dossier-gui")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "gui.start.launcher"]


def quote_exec_arg(arg: str) -> str:
    """Quote one argument for a desktop file's ``Exec`` key (spec: "The Exec key", then string escaping)."""
    if arg and not (set(arg) & _EXEC_RESERVED):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    quoted = quoted.replace("%", "%%")  # a literal percent sign is not a field code
    return quoted.replace("\\", "\\\\")  # desktop-entry string values escape backslashes once more


def render_desktop_file(template: str, command: list[str]) -> str:
    """The template with ``Exec``/``TryExec`` pointing at ``command`` (files passed as ``open %F``)."""
    exec_line = " ".join(quote_exec_arg(part) for part in command) + " open %F"
    out: list[str] = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        out.append(line)
    return "\n".join(out) + "\n"


def _targets(home: Path) -> dict[str, Path]:
    targets = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        targets[f"png{size}"] = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return targets


def _sources(resources: Path) -> dict[str, Path]:
    sources = {
        "desktop": resources / "desktop" / f"{APP_ID}.desktop",
        "metainfo": resources / "desktop" / f"{APP_ID}.metainfo.xml",
        "svg": resources / "icons" / "dossier.svg",
    }
    for size in ICON_SIZES:
        sources[f"png{size}"] = resources / "icons" / "png" / f"dossier-{size}.png"
    return sources


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)


def _refresh_caches(home: Path) -> list[str]:
    """Run the menu and icon cache tools when they are installed (best effort, never fatal)."""
    commands = {
        "update-desktop-database": [str(home / "applications")],
        "gtk-update-icon-cache": ["--force", "--ignore-theme-index", "--quiet", str(home / "icons" / "hicolor")],
    }
    done: list[str] = []
    for tool, args in commands.items():
        path = shutil.which(tool)
        if path is None:
            continue
        try:
            subprocess.run([path, *args], check=False, timeout=30, capture_output=True, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired):
            continue
        done.append(tool)
    return done


def _require_linux() -> None:
    if not sys.platform.startswith("linux"):
        raise DesktopIntegrationError(_("The desktop entry is for Linux; on Windows and macOS the installer "
                                      "adds Dossier to the Start menu or the Applications folder."))


def install(home: Path | None = None, command: list[str] | None = None) -> DesktopInstallResult:
    """Install the menu entry, icons and metainfo for the current user; returns what was written."""
    _require_linux()
    home = home or data_home()
    command = command or launcher_command()
    sources = _sources(resources_dir())
    missing = [str(path) for path in sources.values() if not path.is_file()]
    if missing:
        raise DesktopIntegrationError(_("This installation of Dossier is incomplete: its icons or menu entry "
                                      "are missing."), detail="missing: " + ", ".join(missing))
    result = DesktopInstallResult()
    try:
        for key, target in _targets(home).items():
            data = sources[key].read_bytes()
            if key == "desktop":
                data = render_desktop_file(data.decode("utf-8"), command).encode("utf-8")
            _write_atomic(target, data)
            result.paths.append(target)
    except OSError as exc:
        raise DesktopIntegrationError(_("Dossier could not write its menu entry into your home folder."),
                                      detail=f"{type(exc).__name__}: {exc}") from exc
    result.exec_line = " ".join(command) + " open %F"
    result.refreshed = _refresh_caches(home)
    return result


def uninstall(home: Path | None = None) -> DesktopInstallResult:
    """Remove the files :func:`install` writes (and nothing else); returns what was removed."""
    _require_linux()
    home = home or data_home()
    result = DesktopInstallResult()
    for target in _targets(home).values():
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopIntegrationError(_("Dossier could not remove its menu entry."),
                                          detail=f"{type(exc).__name__}: {exc}") from exc
        result.paths.append(target)
    result.refreshed = _refresh_caches(home)
    return result
