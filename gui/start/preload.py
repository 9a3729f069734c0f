"""Load the heavy modules in the background once the window is shown.

The app starts without pandas, matplotlib and Qt Multimedia (tests/gui/test_cold_start.py): the
welcome page needs none of them. An export's pages do, so right after start-up a worker thread
imports them while the user looks at the welcome page (an export opened meanwhile waits for them). The
timeline and the player are then built without a pause for loading modules, or for matplotlib's font
cache on a first run (built in a child process, :func:`_font_list`). Only imports happen here: widgets
are made on the GUI thread as before.

The imports make a few hundred thousand lasting objects: the garbage collector is paused while they run and
they are frozen after (:mod:`core.platform.collector`), so no full collection walks them with the window
waiting. An import of an export lists and parses only once the preload has ended (:func:`finish`, the import's
first work) rather than compete with it for the interpreter: neither gets done sooner side by side, and every
extra thread that wants the interpreter lengthens the window's waits for it. Only work outside the interpreter
starts beside it: the export files' SHA-256 and a ``.tgz``'s decompression.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("dossier.preload")

_thread: threading.Thread | None = None


# what an opened export needs beyond the start-up window: the tables' pandas, the timeline, the player
def _pandas() -> None:
    import pandas  # noqa: F401 - imported for the module cache


def _build_font_list() -> None:  # in the child process
    import matplotlib.font_manager  # noqa: F401 - importing it writes the font list


def _font_list() -> None:
    """On a first run (no font list in ``MPLCONFIGDIR``), matplotlib's font list is built in a child process.

    Built here it held the interpreter for 40–80 ms at a time (it parses every font file, the AFM ones in
    Python) while the window waited; the child runs on the other core and this thread only waits for it. If the
    child fails, matplotlib builds the list here on import, as before."""
    folder = os.environ.get("MPLCONFIGDIR")
    if not folder or any(Path(folder).glob("fontlist-v*.json")):
        return
    import multiprocessing  # spawn: the frozen app is its own child (gui.start.launcher calls freeze_support)

    child = multiprocessing.get_context("spawn").Process(target=_build_font_list, name="dossier-fonts", daemon=True)
    child.start()
    child.join(FONT_LIST_TIMEOUT_S)
    if child.is_alive():
        child.kill()


def _timeline() -> None:
    import gui.timeline.view  # noqa: F401


def _player() -> None:
    import gui.player.panel  # noqa: F401


PARTS: tuple[Callable[[], None], ...] = (_pandas, _font_list, _timeline, _player)
FONT_LIST_TIMEOUT_S = 60


def _import_all(parts: tuple[Callable[[], None], ...]) -> None:
    from core.platform import collector

    with collector.paused():
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


def finish() -> None:
    """Wait for the preload to end, if it runs (a no-op on the preload thread itself and without one)."""
    thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()
