"""What the ``dossier`` command prints, made safe for any terminal, pipe or file — and never a traceback.

* :func:`terminal_text` makes every control character visible (C0 incl. newline and escape, DEL, C1 such as
  U+009B CSI and U+0085 NEL, U+2028/U+2029): export text cannot move the cursor, recolour the terminal or
  start a line of its own (a device name printing a fake "Findings: none.").
* :func:`prepare_streams` lets stdout/stderr encode what they can and replace the rest (a cp1252 console or
  file on Windows, file names that are not UTF-8).
* :func:`run_guarded` turns every way a command can end into an exit code and at most one sentence on
  stderr: 2 for a refused export or a problem outside Dossier (disk full, not enough memory), 1 for a bug
  (with the path of a redacted problem report), 130 for Ctrl+C; a closed pipe (``| head``) ends quietly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from collections.abc import Callable

from core.errors import DossierError

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
BUG = ("Dossier could not finish this because of a problem in Dossier itself; please send a problem report "
       "(it holds no content of your export): {path}")
BUG_NO_REPORT = "Dossier could not finish this because of a problem in Dossier itself; please report it."


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return {0x0A: "\\n", 0x0D: "\\r"}.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def terminal_text(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``, ``\\x9b``, ``\\u2028``)."""
    return _UNSAFE.sub(_visible, text)


def prepare_streams() -> None:
    """stdout replaces what its encoding cannot hold; stderr shows it as escapes."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]


def say(sentence: str) -> None:
    """One line on stderr (and nothing else, even if stderr itself is gone)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"dossier: {terminal_text(sentence)}\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at the null device so the interpreter's final flush is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _output_failed(exc: OSError) -> int:
    if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
        _silence_stdout()
        return 0
    _silence_stdout()
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        say("The output could not be written: the disk is full.")
    else:
        say(f"The output could not be written ({os.strerror(exc.errno) if exc.errno else type(exc).__name__}).")
    return 2


def run_guarded(body: Callable[[], int]) -> int:
    """Run a command; returns its exit code whatever happens (see the module docstring)."""
    prepare_streams()
    try:
        code = body()
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not in the interpreter's exit
        return code
    except SystemExit:
        raise
    except KeyboardInterrupt:
        return 130
    except DossierError as exc:
        say(str(exc))
        return 2
    except MemoryError:
        say("There was not enough memory to finish this; close other programs and try again.")
        return 2
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) or exc.errno in (errno.EPIPE, errno.ENOSPC, errno.EDQUOT):
            return _output_failed(exc)
        return _bug(exc)
    except Exception as exc:  # a bug: one sentence and a redacted report, never a traceback
        return _bug(exc)


def _bug(exc: BaseException) -> int:
    from core.platform.crash_log import redacted_report, write_crash_log

    path = write_crash_log(redacted_report(type(exc), exc, exc.__traceback__))
    say(BUG.format(path=path) if path is not None else BUG_NO_REPORT)
    return 1
