"""``Profile/Profile.json``: the account holder's name and e-mail addresses (for letters)."""

from __future__ import annotations

from typing import Any

from core.i18n import _
from core.model import Account
from core.vendors.google.jsonio import JsonUnreadable, clean_text


def read_profile(value: Any, account: Account) -> int:
    """Add names and e-mails to ``account``; returns how many values were read."""
    if not isinstance(value, dict):
        raise JsonUnreadable(_("The file is not shaped like a Google profile (one JSON object)."))
    found = 0
    name = value.get("name")
    names = [clean_text(value.get("displayName"))]
    if isinstance(name, dict):
        names.insert(0, clean_text(name.get("formattedName")))
    for text in names:
        if text and text not in account.names:
            account.names.append(text)
            found += 1
    emails = value.get("emails")
    for email in emails if isinstance(emails, list) else []:
        text = clean_text(email.get("value")) if isinstance(email, dict) else None
        if text and text not in account.emails:
            account.emails.append(text)
            found += 1
    return found
