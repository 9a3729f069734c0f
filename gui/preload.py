"""Load the heavy modules in the background once the window is shown.

The app starts without pandas, matplotlib and Qt Multimedia (tests/gui/test_cold_start.py): the
welcome page needs none of them. An export's pages do, so right after start-up a worker thread
imports them while the user looks at the welcome page (or while the first export is read). The
timeline and the player are then built without a pause for loading modules, or for matplotlib's
font cache on a first run. Only imports happen here: widgets are made on the GUI thread as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger("dossier.preload")

_thread: threading.Thread | None = None


# what an opened export needs beyond the start-up window: the tables' pandas, the timeline, the player
def _pandas() -> None:
    import pandas  # noqa: F401 - imported for the module cache


def _timeline() -> None:
    import gui.timeline.view  # noqa: F401


def _player() -> None:
    import gui.player.panel  # noqa: F401


PARTS: tuple[Callable[[], None], ...] = (_pandas, _timeline, _player)


def _import_all(parts: tuple[Callable[[], None], ...]) -> None:
    for load in parts:
        try:
            load()
        except Exception:  # the main window reports a part that cannot load when it builds it
            log.debug("preloading %s failed", load.__name__, exc_info=True)


def start(parts: tuple[Callable[[], None], ...] = PARTS) -> threading.Thread:
    """Import the heavy ``parts`` on a worker thread (once per process; later calls return the same thread).

    Not a daemon thread: quitting during the preload waits for it (about a second at most) rather
    than stopping an extension module halfway through its initialisation.
    """
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_import_all, args=(parts,), name="dossier-preload")
        _thread.start()
    return _thread


def started() -> threading.Thread | None:
    """The preload thread, if :func:`start` was called."""
    return _thread
