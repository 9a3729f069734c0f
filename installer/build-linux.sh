#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/Dossier/dossier (+ _internal/), and a .tar.gz of it.
# Usage: bash installer/build-linux.sh [--no-archive]
# Needs the project's .venv (scripts/bootstrap.sh); installs PyInstaller into it if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
[ -x "$PY" ] || bash scripts/bootstrap.sh
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q --disable-pip-version-check 'pyinstaller>=6.6'

VERSION=$("$PY" -c 'from core import __version__; print(__version__)')
ARCH=$(uname -m)
DIST=${DOSSIER_DIST:-dist}
WORK=${DOSSIER_WORK:-build/pyinstaller}

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" installer/dossier.spec
end=$(date +%s)

echo "Built $DIST/Dossier in $((end - start)) s; size $(du -sh "$DIST/Dossier" | cut -f1)"
if [ "${1:-}" != "--no-archive" ]; then
  archive="$DIST/dossier-$VERSION-linux-$ARCH.tar.gz"
  tar -C "$DIST" -czf "$archive" Dossier
  echo "Archive: $archive ($(du -h "$archive" | cut -f1))"
fi
echo "Run it: $DIST/Dossier/dossier   Add it to the menu: $DIST/Dossier/dossier --install-desktop-entry"
