#!/usr/bin/env bash
# Set up everything, then open Dossier on the built-in demo export (extra arguments go to dossier).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting a virtual one (Xvfb :99). Set DISPLAY to use your own." >&2
  Xvfb :99 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  export DISPLAY=:99
  sleep 1
fi
if [ $# -eq 0 ]; then set -- --demo; fi
exec .venv/bin/dossier "$@"
