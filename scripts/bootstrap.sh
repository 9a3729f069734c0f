#!/usr/bin/env bash
# Set up everything Dossier needs on this machine: system packages (Debian/Ubuntu, when run as root
# or with sudo), a virtual environment in .venv, and the Python packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt 6 runtime (xcb platform plugin, EGL/GL, fonts, D-Bus)
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libdbus-1-3 libfontconfig1 fonts-dejavu-core libnss3 libasound2
  # audio: Qt Multimedia talks to PulseAudio; a null sink lets tests play real audio without a card
  libpulse0 pulseaudio pulseaudio-utils
  # tests and tooling: a virtual display, 7-Zip (Deflate64 fixtures), speech synthesis for clips,
  # PDF to PNG for looking at letters, strace for the no-network check
  xvfb xauth p7zip-full unzip zip espeak-ng sox poppler-utils strace imagemagick
  # packaging: icon rendering, .desktop and AppStream validation (installer/, tests/installer)
  librsvg2-bin desktop-file-utils appstream
  # building zipfile-deflate64 (no wheels for Python 3.11+)
  gcc python3-dev python3-venv
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages: ${missing[*]}" >&2
  fi
fi

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3.12 python3.11 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" 2>/dev/null -c 'import sys; sys.exit(not ((3,11) <= sys.version_info[:2] <= (3,13)))'; then
      PYTHON="$candidate"; break
    fi
  done
fi
[ -n "$PYTHON" ] || { echo "Dossier needs Python 3.11, 3.12 or 3.13." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.dossier-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip wheel 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -c 'import PySide6, pandas, pydub, matplotlib, zipfile_deflate64, imageio_ffmpeg, jinja2' \
    || { echo "Installing Python packages failed." >&2; exit 1; }
  touch "$stamp"
fi
# Compile Dossier's own modules once (only the changed ones on a later run): where PYTHONDONTWRITEBYTECODE is
# set, nothing else would, and every start, scan worker and window step would compile its modules again.
.venv/bin/python -m compileall -q -j 0 core gui >/dev/null || true
