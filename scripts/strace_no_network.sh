#!/usr/bin/env bash
# Run a Dossier command under strace and fail if any process in the tree connects to an Internet address.
#   bash scripts/strace_no_network.sh scan resources/demo/amazon-2018
#   QT_QPA_PLATFORM=offscreen bash scripts/strace_no_network.sh --demo     (close the window to finish)
# Local IPC (AF_UNIX: D-Bus, PulseAudio, X11) is allowed. The pytest version is tests/reliability/test_privacy.py.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$here/.venv/bin/python}"
command -v strace >/dev/null || { echo "strace is not installed" >&2; exit 3; }
trace="$(mktemp -d)/connect.trace"
status=0
strace -f -qq -e trace=connect -o "$trace" "$python" -m gui.start.launcher "$@" || status=$?
inet="$(grep -E 'connect\([0-9]+, \{sa_family=AF_INET6?\b' "$trace" || true)"
echo "connect() calls: $(grep -c 'connect(' "$trace" || true) in total, $(printf '%s' "$inet" | grep -c . || true) to Internet addresses" >&2
rm -rf "$(dirname "$trace")"
if [ -n "$inet" ]; then
  echo "$inet" >&2
  exit 1
fi
exit "$status"
