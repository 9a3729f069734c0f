"""A second process that reads one big table of the export while this process parses the rest.

The parse runs on one core: pandas' tokenizer and the conversions hold the interpreter. While the app opens an
export the other core is mostly idle (the clips are fingerprinted after the model is shown). :class:`SecondProcess`
starts with the import — before the listing, so its own imports (pandas and the readers: ~0.4 s) overlap the
listing — and takes at most one job: a module-level generator function and its arguments. The job opens the
export's files itself, read-only by path as the hashing workers do, and each message it yields comes back
pickled over a pipe; nothing is written to disk. A thread here drains the pipe as the messages come, so the
second process can finish while this one still parses; :meth:`SecondProcess.results` unpickles them one at a
time (a part of a table each: no long hold of the interpreter for the window).

Whatever goes wrong — the process cannot start, it dies, or the job raises — :meth:`SecondProcess.results`
answers ``None`` and the caller reads the table itself, as it does without a second process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

from core.errors import ImportCancelled
from core.i18n import current_language, set_language
from core.platform.peak_memory import peak_rss_mib

#: Below this many bytes of ZIP files, starting an interpreter costs more than a second core gives back
#: (``DOSSIER_SECOND_PROCESS_MIN_BYTES`` overrides it: the tests run it on small exports).
MIN_BYTES = int(os.environ.get("DOSSIER_SECOND_PROCESS_MIN_BYTES", "") or 64 << 20)
_MESSAGE, _END = b"m", b"e"  # what each message from the process starts with: a job's message, or its end

Job = Callable[..., Iterable[object]]


def worth_starting(paths: Iterable[str | os.PathLike[str]]) -> bool:
    """Whether opening ``paths`` may use a second process: two cores or more, not inside a daemon process
    (a Dask worker), and at least :data:`MIN_BYTES` of ZIP files (a ``.tgz``'s listing already uses both cores)."""
    if (os.cpu_count() or 1) < 2 or multiprocessing.current_process().daemon:
        return False
    total = 0
    for path in paths:
        try:
            if str(path).lower().endswith(".zip"):
                total += Path(path).stat().st_size
        except OSError:
            continue
    return total >= MIN_BYTES and total > 0


def start_for(paths: Iterable[str | os.PathLike[str]]) -> SecondProcess | None:
    """A second process for opening ``paths``, if :func:`worth_starting`; started now, so that its imports overlap
    the listing."""
    return SecondProcess.start() if worth_starting(paths) else None


class SecondProcess:
    """One spawned interpreter, one job. Close it when the parse is over (also when the job was never given)."""

    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
        self._process, self._conn = process, conn
        self._messages: list[bytes] = []
        self._finished = False  # the job's last message arrived
        self._drain: threading.Thread | None = None
        self._closed = False
        self.peak_mib: float | None = None  # the process's peak resident memory, sent with the job's end

    @classmethod
    def start(cls) -> SecondProcess | None:
        """A second process loading the parse's modules, or ``None`` if it cannot start."""
        context = multiprocessing.get_context("spawn")
        try:
            here, there = context.Pipe()
            process = context.Process(target=_serve, args=(there,), name="dossier-second-reader", daemon=True)
            process.start()
        except (OSError, ValueError, RuntimeError):
            return None
        there.close()
        return cls(process, here)

    @property
    def done(self) -> bool:
        """Whether the job ran to its end (its messages are here)."""
        return self._finished

    def run(self, job: Job, *args: object) -> bool:
        """Hand over the job (once); ``False`` if the process is gone (the caller then does the work itself)."""
        if self._drain is not None:
            raise RuntimeError("a second process takes one job")
        try:
            self._conn.send((current_language(), job, args))
        except (OSError, ValueError, pickle.PicklingError):
            return False
        self._drain = threading.Thread(target=self._receive, name="dossier-second-reader-pipe", daemon=True)
        self._drain.start()
        return True

    def _receive(self) -> None:
        try:
            while (data := self._conn.recv_bytes())[:1] == _MESSAGE:
                self._messages.append(data)
            self.peak_mib, self._finished = float(data[1:]), data[:1] == _END
        except (EOFError, OSError, ValueError):
            pass  # the process died or was stopped: the job's messages are incomplete

    def results(self, cancelled: Callable[[], bool]) -> Iterator[object] | None:
        """The job's messages in order once it ended, unpickled as they are taken; ``None`` if it failed.
        Raises :class:`ImportCancelled` if ``cancelled()`` turns true while waiting."""
        drain = self._drain
        if drain is None:
            return None
        while drain.is_alive():
            if cancelled():
                self.close()
                raise ImportCancelled()
            drain.join(0.05)
        if not self._finished:
            return None
        messages, self._messages = self._messages, []
        return (pickle.loads(memoryview(data)[1:]) for data in messages)  # noqa: S301 - from the job given here

    def close(self) -> None:
        """Stop the process without waiting for it: a job not given is declined (the process exits once its
        imports are done), one still running is ended. Closing again does nothing."""
        if self._closed:
            return
        self._closed = True
        if self._drain is None:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(None)
        elif not self._finished and self._process.is_alive():
            self._process.terminate()  # its end of the pipe closes: the drain thread ends
        if self._drain is not None:
            self._drain.join(1.0)
        self._conn.close()


def _serve(conn: Connection) -> None:
    """The second process: refuse the network (as the app and the clip workers do), load the parse's modules, then
    run the one job it is given (or none)."""
    from core.platform import netguard

    netguard.install()
    import pandas  # noqa: F401 - loaded while the first process lists the export

    import core.reading.tabular  # noqa: F401 - the readers' common ground (the job's own modules load with it)

    try:
        request = conn.recv()
    except (EOFError, OSError):
        return
    if request is None:
        return
    language, job, args = request
    set_language(language)  # the job's sentences in the user's language, as the first process writes them
    # the job failing (or the first process no longer listening) ends it without its last message: the first
    # process then reads the table itself and reports what it meets
    with contextlib.suppress(Exception), conn:
        for message in job(*args):
            conn.send_bytes(_MESSAGE + pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        conn.send_bytes(_END + str(peak_rss_mib() or 0.0).encode())

