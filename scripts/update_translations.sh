#!/usr/bin/env bash
# Refresh Dossier's translation catalogues from the GUI sources and compile them.
#   bash scripts/update_translations.sh
# 1. pyside6-lupdate collects every self.tr()/translate() string into resources/translations/*.ts
#    (existing translations are kept; strings that disappeared are marked obsolete).
# 2. Translate new strings with pyside6-linguist (or any .ts editor).
# 3. pyside6-lrelease compiles the .ts files into the .qm files the app loads. Commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mapfile -t SOURCES < <("$BIN/python" scripts/translation_sources.py)  # the GUI, and rule and vendor texts in core
for lang in de; do
  "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "resources/translations/dossier_${lang}.ts"
  "$BIN/python" "scripts/translations_${lang}.py" "resources/translations/dossier_${lang}.ts"
  "$BIN/pyside6-lrelease" "resources/translations/dossier_${lang}.ts" -qm "resources/translations/dossier_${lang}.qm"
done
