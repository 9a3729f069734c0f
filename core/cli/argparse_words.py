"""The ``dossier`` command's help and usage errors in the user's language.

``argparse`` writes its own words ("usage:", "options", "the following arguments are required: …") through
module-level ``_``/``ngettext`` functions; :func:`speak_the_users_language` points them at core's catalogue, so
``dossier --help`` and a mistyped command read in German where the environment (or ``scan --lang``) asks for it.
The texts below are argparse's own (Python 3.11–3.13), marked so that ``scripts/update_core_catalog.py`` collects
them; a text a newer Python words differently stays English. The command's own help texts are marked where the
parser is built (``core.cli.main``, ``letter_args``, ``case_command``, ``core.batch.command``).
"""

from __future__ import annotations

import argparse

from core.i18n import N_, _, ngettext, set_language

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
