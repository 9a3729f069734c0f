"""The ``dossier letter`` options, kept apart so ``core.cli.main`` can offer them without importing the letter code."""

from __future__ import annotations

import argparse

from core.i18n import _
from core.letters.i18n import COMPLAINT_LANGUAGES


def add_letter_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``letter`` subcommand (run by ``gui.letters.cli.run_letter_command``)."""
    letter = sub.add_parser("letter", help=_("draft a complaint or a letter to the company as PDF + text, with the "
                                           "evidence bundle"))
    letter.add_argument("paths", nargs="+", help=_("ZIP files or folders that form one export"))
    letter.add_argument("--residence", required=True,
                        help=_("where you live: a country code, for Germany with the federal state (DE-SN, AT, FR …)"))
    letter.add_argument("--out", required=True, help=_("folder to write the letter and the evidence bundle into"))
    letter.add_argument("--lang", choices=COMPLAINT_LANGUAGES, default=None,
                        help=_("letter language (default: a complaint in a language the authority accepts; a letter "
                             "to the company in the language of its site, else English)"))
    letter.add_argument("--kind", choices=("complaint", "access", "erasure", "breach"), default="complaint",
                        help=_("complaint to the authority, or a letter to the company (access follow-up, "
                             "restriction/erasure, breach inquiry)"))
    letter.add_argument("--authority", default=None, help=_("override the suggested authority (slug, e.g. lucnpd)"))
    letter.add_argument("--owner-has-no-device", action="store_true",
                        help=_("declare that you never owned a voice device (every recording becomes a finding)"))
    letter.add_argument("--include-unsure", action="store_true", help=_("also include findings you marked unsure"))
    letter.add_argument("--include-clips", action="store_true",
                        help=_("put the flagged clips' original bytes into the bundle (other people's data!)"))
    letter.add_argument("--name", default=None, help=_("your name (otherwise taken from your saved case, if any)"))
    letter.add_argument("--email", default=None, help=_("your e-mail address"))
    letter.add_argument("--address", default=None, help=_("your postal address (lines separated by ';')"))
    facts = letter.add_argument_group(
        _("facts only you can confirm (absent ones stay as [placeholders] in the letter)"))
    facts.add_argument("--request-date", metavar="YYYY-MM-DD", default=None, help=_("when you asked for your data"))
    facts.add_argument("--received-date", metavar="YYYY-MM-DD", default=None, help=_("when you received the export"))
    facts.add_argument("--request-channel", default=None, help=_("how you asked (e.g. the company's privacy web form)"))
    facts.add_argument("--reference", default=None, help=_("the company's reference for your request, or 'none'"))
    facts.add_argument("--account-email", default=None, help=_("the e-mail address of the account the export is from"))
    facts.add_argument("--prior-contact", default=None,
                       help=_("what you asked of the company since the request and its answer, or 'none'"))
    facts.add_argument("--other-proceedings", default=None,
                       help=_("'none' if no other authority or court deals with the same matter, else which one"))
    facts.add_argument("--consent-to-disclose", choices=("yes", "no"), default=None,
                       help=_("whether the authority may disclose your identity to the company"))
