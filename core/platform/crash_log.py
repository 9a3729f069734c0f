"""Redacted crash reports, shared by the app's crash handler and the ``dossier`` command line.

A report holds the exception type, the stack (file names, line numbers, function names) and the
versions — never the exception's message (it may quote export content), local variables or paths inside
the export. It is written to the app-data ``logs`` folder; the user can read and send it.
"""

from __future__ import annotations

import platform
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from core import __version__
from core.platform.paths import logs_dir


def redacted_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                    extra: Sequence[str] = ()) -> str:
    """Type + stack (no message text, no variables) + versions: safe to share."""
    lines = [
        f"Dossier {__version__} crash report ({datetime.now(UTC).isoformat(timespec='seconds')})",
        f"Python {platform.python_version()} on {platform.platform(terse=True)}",
        *extra,
        "",
        "Traceback (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{short_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
    category = getattr(exc, "category", "")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}" + (f" [{category}]" if category else ""))
    lines.append("(The error message is left out because it may quote your data.)")
    return "\n".join(lines)


def short_path(filename: str) -> str:
    """Paths inside Dossier or Python's libraries, without the user's home folder."""
    parts = Path(filename).parts
    for anchor in ("core", "gui", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


def write_crash_log(report: str) -> Path | None:
    """Append ``report`` to a dated file in the logs folder; ``None`` if it cannot be written."""
    try:
        path = logs_dir() / f"crash-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.log"
        with open(path, "a", encoding="utf-8") as f:
            f.write(report + "\n\n")
        return path
    except OSError:
        return None
