"""Load the heavy modules in the background once the window is shown.

The app starts without pandas, matplotlib and Qt Multimedia (tests/gui/test_cold_start.py): the
welcome page needs none of them. An export's pages do, so right after start-up a worker thread
imports them while the user looks at the welcome page (or while the first export is read). The
timeline and the player are then built without a pause for loading modules, or for matplotlib's
font cache on a first run. Only imports happen here: widgets are made on the GUI thread as before.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger("dossier.preload")

# what an opened export needs beyond the start-up window: the tables' pandas, the timeline, the player
MODULES = ("pandas", "gui.timeline.view", "gui.player.panel")

_thread: threading.Thread | None = None


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # the main window reports a part that cannot load when it builds it
            log.debug("preloading %s failed", name, exc_info=True)


def start(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    """Import ``modules`` on a worker thread (once per process; later calls return the same thread).

    Not a daemon thread: quitting during the preload waits for it (about a second at most) rather
    than stopping an extension module halfway through its initialisation.
    """
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_import_all, args=(modules,), name="dossier-preload")
        _thread.start()
    return _thread


def started() -> threading.Thread | None:
    """The preload thread, if :func:`start` was called."""
    return _thread
