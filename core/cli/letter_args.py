"""The ``dossier letter`` options, kept apart so ``core.cli.main`` can offer them without importing the letter code."""

from __future__ import annotations

import argparse

from core.letters.i18n import LANGUAGES


def add_letter_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``letter`` subcommand (run by ``gui.letters.cli.run_letter_command``)."""
    letter = sub.add_parser("letter", help="draft a complaint or a letter to the company as PDF + text, with the "
                                           "evidence bundle")
    letter.add_argument("paths", nargs="+", help="ZIP files or folders that form one export")
    letter.add_argument("--residence", required=True,
                        help="where you live: a country code, for Germany with the federal state (DE-SN, AT, FR …)")
    letter.add_argument("--out", required=True, help="folder to write the letter and the evidence bundle into")
    letter.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="letter language (default: the authority's language if available, else English)")
    letter.add_argument("--kind", choices=("complaint", "access", "erasure", "breach"), default="complaint",
                        help="complaint to the authority, or a letter to the company (access follow-up, "
                             "restriction/erasure, breach inquiry)")
    letter.add_argument("--authority", default=None, help="override the suggested authority (slug, e.g. lucnpd)")
    letter.add_argument("--owner-has-no-device", action="store_true",
                        help="declare that you never owned a voice device (every recording becomes a finding)")
    letter.add_argument("--include-unsure", action="store_true", help="also include findings you marked unsure")
    letter.add_argument("--include-clips", action="store_true",
                        help="put the flagged clips' original bytes into the bundle (other people's data!)")
    letter.add_argument("--name", default=None, help="your name (otherwise taken from your saved case, if any)")
    letter.add_argument("--email", default=None, help="your e-mail address")
    letter.add_argument("--address", default=None, help="your postal address (lines separated by ';')")
