"""Which authority and which deadlines a saved case has, without loading the letters' heavy parts (the
welcome page asks this of every saved case before any export is opened, so nothing here imports pandas)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.case.store import CaseStore
from core.errors import DossierError
from core.i18n import N_
from core.letters.authorities import Authority, authority, suggest_authority
from core.letters.followup_deadlines import Deadline, deadlines


class ResidenceMissing(DossierError):
    category = "residence-missing"
    default_message = N_("Dossier does not know where you live, so it cannot tell which authority and which "
                         "deadlines apply — give --residence (e.g. DE-BY, AT, FR) once.")


def case_authority(case: CaseStore, vendor: str) -> Authority:
    """The authority the user complained to (the last complaint's addressee), else the one their residence
    suggests; :class:`ResidenceMissing` when neither is known."""
    for letter in reversed(case.letters()):
        if letter.party == "authority":
            return authority(letter.addressee)
    residence = str(case.declarations().get("residence") or "")
    if not residence:
        raise ResidenceMissing()
    return suggest_authority(residence, vendor).authority


def case_deadlines(case: CaseStore, vendor: str, today: date) -> list[Deadline]:
    """The case's running deadlines on ``today``. Without a residence or a complaint the authority is unknown:
    the company's deadlines still run, the time limits for complaining (Austria, the ICO) are not counted."""
    try:
        country = case_authority(case, vendor).country
    except DossierError:
        country = ""
    return deadlines(case.letters(), case.replies(), case.declarations(), authority_country=country, today=today)


def pressing_across_cases(folder: Path, today: date) -> list[tuple[str, Deadline]]:
    """Every saved case's deadlines that are due or passed on ``today``, each with the export's name."""
    import sqlite3

    from core.letters.followup_deadlines import pressing

    found: list[tuple[str, Deadline]] = []
    for path in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        if not path.stem.isalnum():
            continue  # a rotating backup (``<id>.bak0.sqlite``) or a damaged case moved aside, not a case of its own
        try:
            case = CaseStore.peek(path)
        except (DossierError, sqlite3.Error):
            continue  # a case of a newer Dossier, or not a case: it says so when its export is opened
        try:
            label = case.export_label()
            if label is None or not (case.letters() or case.declarations().get("request_date")):
                continue
            vendor, names = label
            name = ", ".join(names) or f"export {path.stem[:12]}"
            found += [(name, d) for d in pressing(case_deadlines(case, vendor, today))]
        except (DossierError, sqlite3.Error, KeyError, ValueError):
            continue
        finally:
            case.close()
    return sorted(found, key=lambda pair: pair[1].due)
