#!/usr/bin/env bash
# Build Dossier for macOS: dist/Dossier.app (PyInstaller) and dist/dossier-<version>-macos-<arch>.dmg.
#
# Needs (e.g. on a GitHub Actions "macos-14" runner for Apple silicon, "macos-13" for Intel):
#   - Python 3.11-3.13 from python.org or Homebrew; Xcode command-line tools (codesign, hdiutil)
#   - for a release that opens without Gatekeeper warnings, an Apple Developer ID:
#       DOSSIER_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"   (certificate in the keychain)
#       DOSSIER_NOTARY_PROFILE=<profile>   created once with:
#         xcrun notarytool store-credentials <profile> --apple-id <id> --team-id <TEAMID> --password <app-specific>
#   Without them the app is ad-hoc signed: it runs on the build machine, and elsewhere only after
#   right-click ▸ Open (or `xattr -dr com.apple.quarantine Dossier.app`).
# Usage: bash installer/build-macos.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
PY=.venv/bin/python
"$PY" -m pip install -q --disable-pip-version-check --upgrade pip wheel
"$PY" -m pip install -q --disable-pip-version-check -e '.[build]'
"$PY" -c 'import zipfile_deflate64.deflate64, imageio_ffmpeg, PySide6.QtMultimedia'

VERSION=$("$PY" -c 'from core import __version__; print(__version__)')
ARCH=$(uname -m)
start=$(date +%s)
# dossier.spec reads DOSSIER_CODESIGN_IDENTITY: PyInstaller then signs every binary and the .app with
# the hardened runtime and installer/macos/entitlements.plist (needed for notarisation).
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/dossier.spec
echo "Built dist/Dossier.app in $(( $(date +%s) - start )) s, $(du -sh dist/Dossier.app | cut -f1)"

"$PY" installer/smoke_test.py --no-build --bundle dist/Dossier.app

if [ -n "${DOSSIER_CODESIGN_IDENTITY:-}" ]; then
  codesign --verify --deep --strict --verbose=2 dist/Dossier.app
fi

DMG="dist/dossier-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
staging=$(mktemp -d)
cp -R dist/Dossier.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Dossier $VERSION" -srcfolder "$staging" -ov -format UDZO "$DMG"
rm -rf "$staging"

if [ -n "${DOSSIER_CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$DOSSIER_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [ -n "${DOSSIER_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$DOSSIER_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "Disk image: $DMG"
