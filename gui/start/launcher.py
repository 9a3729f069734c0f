"""Entry points for ``dossier`` and ``dossier-gui``: wires the Qt parts into the core command line.

Kept free of Qt imports at module level so ``dossier scan`` starts fast and works without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _open_gui(paths: list[str], demo: bool) -> int:
    from gui.start.app import run_app

    return run_app(paths, demo=demo)


def main(argv: Sequence[str] | None = None) -> int:
    """``dossier``: the command line (headless commands) or the app."""
    from core.platform import netguard

    netguard.install()  # first thing: no network from here on (audit hook, one-way)
    from core.cli.main import main as cli_main

    return cli_main(argv, open_gui=_open_gui, extra_commands={"letter": _letter, "case": _case})


def _letter(args: object) -> int:
    from gui.letters.cli import run_letter_command

    return run_letter_command(args)  # type: ignore[arg-type]


def _case(args: object) -> int:
    from core.cli.case_command import run_case_command
    from gui.letters.pdf import render_pdf

    return run_case_command(args, render_pdf=render_pdf)  # type: ignore[arg-type]


def main_gui() -> int:
    """``dossier-gui``: the desktop shortcut's launcher (no console window on Windows)."""
    return main(sys.argv[1:])


if __name__ == "__main__":  # pragma: no cover
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app is its own clip-hashing worker (core.audio.clip_processes)
    sys.exit(main())
