# Sourced by scripts/test.sh: start a private PulseAudio server with a null sink (no sound card needed).
# Exports PULSE_SERVER so Qt Multimedia and paplay talk to it. Does nothing if pulseaudio is missing.
if command -v pulseaudio >/dev/null 2>&1; then
  export PULSE_RUNTIME_PATH="${PULSE_RUNTIME_PATH:-/tmp/dossier-pulse-$(id -u)}"
  mkdir -p "$PULSE_RUNTIME_PATH" && chmod 700 "$PULSE_RUNTIME_PATH"
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$PULSE_RUNTIME_PATH}"
  if ! pactl info >/dev/null 2>&1; then
    pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit --system=no --use-pid-file=no \
      -n --load="module-null-sink sink_name=dossier_null" --load="module-native-protocol-unix" \
      >/dev/null 2>&1 || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do pactl info >/dev/null 2>&1 && break; sleep 0.3; done
  fi
  pactl set-default-sink dossier_null >/dev/null 2>&1 || true
fi
