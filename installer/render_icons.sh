#!/usr/bin/env bash
# Render the application icon (resources/icons/dossier.svg) into the PNG sizes the desktops want
# (resources/icons/png/dossier-<size>.png) and the Windows .ico (installer/windows/dossier.ico).
# Needs rsvg-convert (apt: librsvg2-bin) and ImageMagick's convert. Run again after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."

SVG=resources/icons/dossier.svg
OUT=resources/icons/png
SIZES=(16 24 32 48 64 128 256 512)

command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt install librsvg2-bin)" >&2; exit 1; }
mkdir -p "$OUT"
for size in "${SIZES[@]}"; do
  rsvg-convert --width "$size" --height "$size" "$SVG" --output "$OUT/dossier-$size.png"
done

# Windows: one .ico holding 16–256 px (256 px is stored as PNG inside the .ico by ImageMagick).
if command -v convert >/dev/null; then
  convert "$OUT"/dossier-{16,24,32,48,64,128,256}.png installer/windows/dossier.ico
else
  echo "ImageMagick's convert is missing: installer/windows/dossier.ico not rebuilt" >&2
fi
ls -l "$OUT" installer/windows/dossier.ico
