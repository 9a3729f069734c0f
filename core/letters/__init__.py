"""Letters: a complaint to the right authority and companion letters to the company.

Where things live: ``draft.draft_letter`` is the one call the CLI and the GUI make (route, build, render);
``context`` builds the letter's plain data (``LetterOptions``, the kinds and requests), ``render`` the Jinja2
templates (``RenderedLetter``), ``i18n`` and ``phrasebook`` the languages, ``authorities`` the routing,
``evidence`` the hashed bundle, ``followup*`` the answers and deadlines.

This package's own import is empty on purpose: the command line names the letter languages
(``core.letters.i18n``) in every start, and must not load the templates and authority tables to do so.
"""
