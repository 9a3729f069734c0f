"""Cold start stays light: the real start path shows the welcome window without pandas or matplotlib.

A complexity guard, not a clock: pandas (~0.3 s to import) and matplotlib (~0.5 s, more while it builds
its font cache on a first run) are only needed once an export is open, so they must not be imported
before the first window is shown. The check runs ``dossier open`` in a fresh interpreter, because
the test process itself has long imported both. numpy and Qt Multimedia are not needed either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pandas", "matplotlib", "numpy", "PySide6.QtMultimedia")
#: the letters' templates and authority tables: needed once a letter is drafted (prepared after an export is shown);
#: the command line names the letter languages in every start without them (``core.letters`` imports nothing)
LETTERS = ("jinja2", "core.letters.render", "core.letters.context")

# The event loop's first turn (after run_app has shown the window) records what is imported; then the
# probe waits for the background preload (gui/start/preload.py) and records again before it quits.
PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui.start import preload
from gui.start.app import create_application
from gui.start.launcher import main

HEAVY = sys.argv[1:]
app = create_application()
seen = {}

def look():
    from gui.main_window import MainWindow
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    seen["windows"] = len(windows)
    seen["shown"] = bool(windows) and windows[0].isVisible()
    seen["welcome"] = bool(windows) and windows[0].stack.currentWidget() is windows[0].welcome
    seen["loaded"] = [name for name in HEAVY if name in sys.modules]
    seen["switch_interval"] = sys.getswitchinterval()
    QTimer.singleShot(50, after_preload)

def after_preload(waited=[0]):
    thread = preload.started()
    if (thread is None or thread.is_alive()) and waited[0] < 1200:  # at most a minute
        waited[0] += 1
        QTimer.singleShot(50, after_preload)
        return
    seen["preloaded"] = [name for name in HEAVY if name in sys.modules]
    app.quit()

QTimer.singleShot(0, look)
code = main(["open"])
print("PROBE " + json.dumps(seen))
sys.exit(code)
"""


def test_the_welcome_window_is_shown_without_pandas_matplotlib_or_the_letters(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOSSIER_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    env.pop("DOSSIER_STARTUP_PROBE", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, *HEAVY, *LETTERS], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    line = next((x for x in proc.stdout.splitlines() if x.startswith("PROBE ")), None)
    assert line is not None, proc.stdout[-2000:] + proc.stderr[-2000:]
    seen = json.loads(line.removeprefix("PROBE "))
    assert seen["windows"] == 1 and seen["shown"] and seen["welcome"], seen
    loaded = set(seen["loaded"])
    assert "pandas" not in loaded, "pandas is imported before the first window is shown"
    assert "matplotlib" not in loaded, "matplotlib is imported before the first window is shown"
    assert not loaded, f"imported before the first window is shown: {sorted(loaded)}"
    # ...and loaded in the background once it is shown, ready for the first export's pages
    assert set(HEAVY) <= set(seen["preloaded"]), seen
    # the window thread gets the interpreter back every 1 ms, not Python's 5 ms (gui.start.app.SWITCH_INTERVAL_S)
    assert seen["switch_interval"] == pytest.approx(0.001), seen


def test_a_table_panel_before_any_export_behaves_as_an_empty_table(qtbot) -> None:
    """The panels' empty frame is made on first use; until then filtering, sorting and selecting work."""
    from PySide6.QtCore import Qt

    from gui.explore.tables import TablePanel

    panel = TablePanel("recordings", "No voice recordings in this export.")
    qtbot.addWidget(panel)
    model = panel.model
    assert model.rowCount() == 0 and model._frame is None  # nothing made yet
    panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    panel.search.setText("alexa")
    panel.only_flagged.setChecked(True)
    panel.apply_filters()
    assert panel.model.rowCount() == 0
    assert panel.count.text() == "0 rows"
    assert panel.select_labels([0, 1]) == 0
    assert list(model.frame.columns) == [c.key for c in model.columns] and len(model.frame) == 0
    assert model.view_row_of(0) == -1
    assert repr(model) == "<DataFrameModel 0 rows × 7 columns>"
    panel.clear_filters()
    assert panel.model.rowCount() == 0
