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
SOURCES=(gui/app.py gui/main_window.py gui/tasks.py gui/tables.py gui/table_model.py gui/findings.py
         gui/findings_model.py gui/problem_report.py gui/about.py gui/crash.py gui/importer.py gui/icons.py
         gui/welcome.py gui/import_panel.py gui/overview.py gui/explore.py gui/menus.py gui/report_dialog.py
         gui/timeline.py gui/timeline_artists.py gui/timeline_data.py gui/timeline_input.py
         gui/player.py gui/player_parts.py gui/player_service.py gui/waveform_view.py
         gui/letter_editor.py gui/letter_panels.py gui/letter_output.py)
for lang in de; do
  "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "resources/translations/dossier_${lang}.ts"
  "$BIN/python" "scripts/translations_${lang}.py" "resources/translations/dossier_${lang}.ts"
  "$BIN/pyside6-lrelease" "resources/translations/dossier_${lang}.ts" -qm "resources/translations/dossier_${lang}.qm"
done
