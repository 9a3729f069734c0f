"""The third-party components Dossier ships with, their licences and where their notices are.

The About box lists :func:`bundled_components`; the PyInstaller spec copies each distribution's
metadata (``copy_metadata``) so versions and licence files resolve the same way in a frozen build as
in a development checkout. Hand-written notices (FFmpeg's source offer, Qt's LGPL note) live in
``resources/licenses/``.
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from core import __version__
from core.errors import DossierError
from core.platform.paths import resources_dir

ComponentInfo = dict[str, str | list[str] | None]
_LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """One bundled component.

    Attributes:
        name: what the About box shows.
        licence: SPDX expression (or a short name where SPDX has none).
        url: the project's home page.
        distribution: the pip distribution whose version and licence files to read, if any.
        notice: a file in ``resources/licenses/`` with a hand-written notice, if any.
        frozen_only: present only in the PyInstaller build (the bootloader).
    """

    name: str
    licence: str
    url: str
    distribution: str | None = None
    notice: str | None = None
    frozen_only: bool = False


COMPONENTS: tuple[Component, ...] = (
    Component("Dossier", "GPL-3.0-or-later", "", "dossier"),  # no public home yet
    Component("Python", "PSF-2.0", "https://www.python.org"),
    Component("Qt for Python (PySide6, Qt 6)", "LGPL-3.0-only", "https://www.qt.io/qt-for-python",
              "PySide6-Essentials", "Qt.txt"),
    Component("Qt for Python add-ons (Qt Multimedia)", "LGPL-3.0-only", "https://www.qt.io/qt-for-python",
              "PySide6-Addons", "Qt.txt"),
    Component("Shiboken6", "LGPL-3.0-only", "https://www.qt.io/qt-for-python", "shiboken6", "Qt.txt"),
    Component("FFmpeg libraries inside Qt Multimedia", "LGPL-2.1-or-later", "https://ffmpeg.org",
              notice="Qt.txt"),
    Component("FFmpeg (ffmpeg program)", "GPL-3.0-or-later", "https://ffmpeg.org", notice="FFmpeg.txt"),
    Component("imageio-ffmpeg", "BSD-2-Clause", "https://github.com/imageio/imageio-ffmpeg", "imageio-ffmpeg"),
    Component("zipfile-deflate64", "Apache-2.0", "https://github.com/brianhelba/zipfile-deflate64",
              "zipfile-deflate64"),
    Component("NumPy", "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0", "https://numpy.org", "numpy"),
    Component("pandas", "BSD-3-Clause", "https://pandas.pydata.org", "pandas"),
    Component("python-dateutil", "BSD-3-Clause AND Apache-2.0", "https://github.com/dateutil/dateutil",
              "python-dateutil"),
    Component("tzdata", "Apache-2.0", "https://github.com/python/tzdata", "tzdata"),
    Component("Matplotlib", "Matplotlib License (PSF-based)", "https://matplotlib.org", "matplotlib"),
    Component("ContourPy", "BSD-3-Clause", "https://github.com/contourpy/contourpy", "contourpy"),
    Component("Cycler", "BSD-3-Clause", "https://matplotlib.org/cycler/", "cycler"),
    Component("fontTools", "MIT", "https://github.com/fonttools/fonttools", "fonttools"),
    Component("Kiwi solver", "BSD-3-Clause", "https://github.com/nucleic/kiwi", "kiwisolver"),
    Component("packaging", "Apache-2.0 OR BSD-2-Clause", "https://github.com/pypa/packaging", "packaging"),
    Component("Pillow", "MIT-CMU", "https://python-pillow.org", "pillow"),
    Component("pyparsing", "MIT", "https://github.com/pyparsing/pyparsing", "pyparsing"),
    Component("pydub", "MIT", "https://github.com/jiaaro/pydub", "pydub"),
    Component("audioop-lts", "PSF-2.0", "https://github.com/AbstractUmbra/audioop", "audioop-lts"),
    Component("Jinja2", "BSD-3-Clause", "https://palletsprojects.com/p/jinja/", "Jinja2"),
    Component("MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com/p/markupsafe/", "MarkupSafe"),
    Component("pypdf", "BSD-3-Clause", "https://github.com/py-pdf/pypdf", "pypdf"),
    Component("inflate64", "LGPL-2.1-or-later", "https://codeberg.org/miurahr/inflate64", "inflate64"),
    Component("python-isal (ISA-L)", "PSF-2.0 AND BSD-3-Clause", "https://github.com/pycompression/python-isal",
              "isal"),
    Component("deflate (libdeflate)", "MIT", "https://github.com/dcwatson/deflate", "deflate", "libdeflate.txt"),
    Component("python-zlib-ng (zlib-ng)", "PSF-2.0 AND Zlib", "https://github.com/pycompression/python-zlib-ng",
              "zlib-ng", "zlib-ng.txt"),
    Component("PyInstaller bootloader", "GPL-2.0-or-later WITH Bootloader-exception", "https://pyinstaller.org",
              "pyinstaller", frozen_only=True),
)


def licences_dir() -> Path:
    """``resources/licenses``: the hand-written notices and the LGPL texts."""
    return resources_dir() / "licenses"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def distribution_version(name: str) -> str | None:
    """The installed version of a pip distribution, or None when it is not installed."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def licence_files(distribution: str) -> list[Path]:
    """The licence/notice files shipped in a distribution's metadata, main licence first."""
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return []
    found: list[Path] = []
    for entry in dist.files or ():
        parts = entry.parts
        in_dist_info = len(parts) > 1 and parts[0].endswith(".dist-info")
        if not in_dist_info:
            continue
        if "licenses" in parts[1:-1] or _LICENCE_NAME.match(parts[-1]):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    return sorted(found, key=lambda p: (not _LICENCE_NAME.match(p.name), len(p.parts), str(p)))


def python_licence() -> Path | None:
    """The PSF licence of the running interpreter (copied into ``resources/licenses`` by the spec)."""
    bundled = licences_dir() / "Python-LICENSE.txt"
    if bundled.is_file():
        return bundled
    stdlib = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    return stdlib if stdlib.is_file() else None


def dossier_licence() -> Path:
    """Dossier's own licence text (the GPL-3.0, also the licence of the bundled ffmpeg)."""
    return resources_dir().parent / "LICENSE"


def ffmpeg_version() -> str | None:
    """The bundled ffmpeg's version, read from imageio-ffmpeg's binary name (e.g. ``...-v9.0.2``)."""
    from core.audio.decode import ffmpeg_path

    try:
        name = Path(ffmpeg_path()).name
    except DossierError:  # no ffmpeg in this installation: not bundled, so not listed
        return None
    match = re.search(r"-v(\d+(?:\.\d+)*)", name)
    return match.group(1) if match else None


def _notice_files(component: Component) -> list[Path]:
    files: list[Path] = []
    if component.notice:
        files.append(licences_dir() / component.notice)
    if component.name == "Dossier" or component.notice == "FFmpeg.txt":
        files.append(dossier_licence())
    if component.name == "Python":
        python = python_licence()
        if python is not None:
            files.append(python)
    if component.notice == "Qt.txt":
        files.append(licences_dir() / ("LGPL-2.1.txt" if "2.1" in component.licence else "LGPL-3.0.txt"))
    if component.distribution and component.name != "Dossier":
        files.extend(licence_files(component.distribution))
    return files


def _version(component: Component) -> str | None:
    if component.name == "Dossier":
        return __version__
    if component.name == "Python":
        return platform.python_version()
    if component.notice == "FFmpeg.txt":
        return ffmpeg_version()
    if component.distribution:
        return distribution_version(component.distribution)
    return None


def bundled_components() -> list[ComponentInfo]:
    """Every component in this installation, for the About box.

    Each entry: ``name``, ``version`` (None when unknown), ``licence``, ``url``, ``notice_file``
    (the main notice, an absolute path, or None) and ``notice_files`` (all of them). Components
    whose distribution is not installed (e.g. ``audioop-lts`` before Python 3.13) are left out.
    """
    entries: list[ComponentInfo] = []
    for component in COMPONENTS:
        if component.frozen_only and not is_frozen():
            continue
        version = _version(component)
        if component.distribution and version is None and not component.frozen_only:
            continue  # not installed here (the bootloader is in every frozen build, metadata or not)
        if component.notice == "FFmpeg.txt" and version is None:
            continue
        files = [str(path) for path in _notice_files(component) if path.is_file()]
        entries.append({
            "name": component.name,
            "version": version,
            "licence": component.licence,
            "url": component.url,
            "notice_file": files[0] if files else None,
            "notice_files": files,
        })
    return entries


def notice_text(entry: ComponentInfo) -> str:
    """All notice files of one :func:`bundled_components` entry, joined for display."""
    chunks: list[str] = []
    files = entry.get("notice_files") or []
    for name in files if isinstance(files, list) else []:
        path = Path(name)
        chunks.append(f"==> {path.name} <==\n{path.read_text(encoding='utf-8', errors='replace')}")
    return "\n\n".join(chunks)
