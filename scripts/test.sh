#!/usr/bin/env bash
# Set up everything, then run the whole test suite (extra arguments go to pytest, e.g. -m slow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/audio_env.sh   # a PulseAudio server with a null sink, so playback tests hear real audio
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
