"""The ``dossier`` command line: ``scan``, ``letter``, ``case`` and ``batch`` run headless; the rest opens the app.

Its help and usage errors follow the user's language (``LANGUAGE``/``LC_ALL``/``LANG``, or ``scan --lang``).

The GUI and the PDF renderer are handed in by the launcher (``gui.start.launcher``), so this module never
imports Qt.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core import __version__
from core.cli.terminal import prepare_streams, run_guarded
from core.i18n import N_, _, ngettext, set_language

OpenGui = Callable[[list[str], bool], int]  # (paths, demo) -> exit code

# argparse's own words (Python 3.11–3.13), marked for core's catalogue: :func:`speak_the_users_language` points
# argparse's module-level ``_``/``ngettext`` at it, so help and usage errors read in the user's language (a text
# a newer Python words differently stays English)
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier",
        description=_("Review the data a company sent you under the GDPR right of access. Nothing leaves this "
                    "computer."),
    )
    parser.add_argument("--version", action="version", version=f"Dossier {__version__}",
                        help=_("show the program's version and exit"))
    parser.add_argument("--demo", action="store_true", help=_("open the app on the built-in demo export"))
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help=_("add Dossier to your application menu and 'Open with' for ZIPs and folders (Linux)"))
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help=_("remove what --install-desktop-entry added"))
    sub = parser.add_subparsers(dest="command")

    open_cmd = sub.add_parser("open", help=_("open the desktop app, optionally on an export"))
    open_cmd.add_argument("paths", nargs="*", help=_("ZIP files or folders that form one export"))

    scan = sub.add_parser("scan", help=_("import an export headless and print what it holds"))
    scan.add_argument("paths", nargs="+", help=_("ZIP files or folders that form one export"))
    scan.add_argument("--json", action="store_true", help=_("print the full result as JSON"))
    scan.add_argument("--owner-has-no-device", action="store_true",
                      help=_("declare that you never owned a voice device (every recording becomes a finding)"))
    scan.add_argument("--own-voice", nargs="+", default=[], metavar="MEMBER",
                      help=_("recordings in your own voice (member paths as --json prints them): runs the voice "
                           "check, which flags recordings in a voice unlike yours"))
    scan.add_argument("--lang", default=None, metavar="LANG",
                      help=_("language of the summary and the findings (en, de); default: LANGUAGE, LC_ALL or LANG"))

    from core.cli.letter_args import add_letter_arguments

    add_letter_arguments(sub)
    from core.cli.case_command import add_case_arguments

    add_case_arguments(sub)
    from core.batch.command import add_batch_command

    add_batch_command(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, open_gui: OpenGui | None = None,
         extra_commands: dict[str, Callable[[argparse.Namespace], int]] | None = None,
         configure: Callable[[argparse.ArgumentParser], None] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    speak_the_users_language(arguments)  # --help, usage and its errors in the user's language
    parser = build_parser()
    if configure is not None:
        configure(parser)
    prepare_streams()
    args = parser.parse_args(_implicit_open(parser, arguments))
    if args.command in ("scan", "letter", "batch"):  # the app sets its own UI language
        # scan --lang: its language; letter --lang is the letter's, its messages follow the environment;
        # scan --json is a machine contract: the same bytes under any locale unless --lang asks otherwise
        if args.command == "scan":
            set_language(args.lang or ("en" if args.json else None))
        else:
            set_language(None)

    def command() -> int:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return _desktop_entry(install=bool(args.install_desktop_entry))
        if args.command == "scan":
            return _scan(args)
        if args.command == "batch":
            from core.batch.command import run_batch_command

            return run_batch_command(args)
        if extra_commands and args.command in extra_commands:
            return extra_commands[args.command](args)
        if open_gui is None:
            print("The desktop app is not available in this installation.", file=sys.stderr)
            return 2
        paths = list(getattr(args, "paths", []) or [])
        return open_gui(paths, bool(args.demo))

    return run_guarded(command)  # one sentence and an exit code, never a traceback (core.cli.terminal)


def _implicit_open(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``dossier FILE...`` (files dropped on the program, macOS "open document" events) means ``open FILE...``."""
    argv = [arg for arg in argv if not arg.startswith("-psn_")]  # old macOS Finder process serial number
    commands = {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
                for name in action.choices}
    if argv and not argv[0].startswith("-") and argv[0] not in commands and Path(argv[0]).exists():
        return ["open", *argv]
    return argv


def _desktop_entry(*, install: bool) -> int:
    from core.platform import desktop_entry

    result = desktop_entry.install() if install else desktop_entry.uninstall()
    print(result.summary("Installed" if install else "Removed"))
    return 0


def _scan(args: argparse.Namespace) -> int:
    from core.pipeline import open_export

    declared = {"owner_has_no_device": True} if args.owner_has_no_device else {}
    with open_export(args.paths, declared=declared, own_voice_members=args.own_voice) as opened:
        # imported once the export is open: pandas then loads while the export file is hashed on the other core
        from core.cli.json_text import write_json
        from core.cli.scan_output import scan_json, scan_summary

        export, findings = opened.export, opened.findings
        if args.json:  # streamed: the text of a big export's JSON is never held whole (55 MiB at 5 GB)
            out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", newline="\n")
            write_json(scan_json(export, findings), out)
            out.write("\n")
            out.flush()
            out.detach()
        else:
            sys.stdout.write(scan_summary(export, findings) + "\n")
    return 0


def speak_the_users_language(argv: list[str]) -> str:
    """Set core's language for the command line's own words — ``scan --lang`` if given, else the environment's
    — and let argparse use it; returns the language."""
    language = set_language(_asked_language(argv))
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    return language


def _asked_language(argv: list[str]) -> str | None:
    """``scan``'s ``--lang`` value (``letter --lang`` is the letter's language, not the messages')."""
    if not argv or argv[0] != "scan":
        return None
    for n, arg in enumerate(argv):
        if arg == "--lang" and n + 1 < len(argv):
            return argv[n + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
