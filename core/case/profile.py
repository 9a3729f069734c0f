"""The user's own details, entered once for all exports: where they live, their name and address.

Kept in ``profile.json`` in the app-data folder (user-only permissions, written atomically), next to the
cases but in none of them: a second export's letter starts from what the first one's letter was given.
:func:`forget_profile` deletes the file (Edit ▸ Forget my name and address). Nothing of an export is
stored here, and a damaged file reads as an empty profile.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

PROFILE_FILE = "profile.json"
_MAX_VALUE = 2000  # a name, an e-mail address, a postal address: nothing longer belongs here


@dataclass
class Profile:
    """``residence``: a country or German Land code (``DE-SN``), ``""`` when not yet asked;
    ``complainant``: name, address, e-mail … as the letter window's form keys them."""

    residence: str = ""
    complainant: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not self.residence and not self.complainant


def profile_path(folder: Path | None = None) -> Path:
    if folder is None:
        from core.platform.paths import data_dir

        folder = data_dir()
    return folder / PROFILE_FILE


def load_profile(folder: Path | None = None) -> Profile:
    """The saved profile (an empty one when there is none or it cannot be read)."""
    try:
        raw = json.loads(profile_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Profile()
    if not isinstance(raw, dict):
        return Profile()
    residence = raw.get("residence")
    details = raw.get("complainant")
    complainant = {str(k): str(v)[:_MAX_VALUE] for k, v in details.items() if isinstance(v, str) and v} \
        if isinstance(details, dict) else {}
    return Profile(residence=residence[:16] if isinstance(residence, str) else "", complainant=complainant)


def save_profile(profile: Profile, folder: Path | None = None) -> None:
    """Write the profile at once (a temporary file renamed over the old one); an empty profile removes it."""
    path = profile_path(folder)
    if profile.is_empty():
        forget_profile(folder)
        return
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"residence": profile.residence, "complainant": profile.complainant}, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    temporary.replace(path)


def update_profile(residence: str | None = None, complainant: dict[str, str] | None = None,
                   folder: Path | None = None) -> Profile:
    """Change the residence and/or the complainant's details, keeping the rest; returns the new profile."""
    profile = load_profile(folder)
    if residence is not None:
        profile.residence = residence
    if complainant is not None:
        profile.complainant = {k: v for k, v in complainant.items() if v}
    with contextlib.suppress(OSError):  # a read-only app folder: the case still holds this export's copy
        save_profile(profile, folder)
    return profile


def forget_profile(folder: Path | None = None) -> bool:
    """Delete the saved profile; ``True`` if there was one."""
    try:
        profile_path(folder).unlink()
    except FileNotFoundError:
        return False
    return True
