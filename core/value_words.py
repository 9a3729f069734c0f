"""Values of the export's tables that are words, not data: the kind of a purchase, an order's status, where a
device or a recording's time is known from — shown in the user's language (``physical`` → "physisch",
``Closed`` → "abgeschlossen"). A value Dossier does not know is the export's own text and is shown as it is.
"""

from __future__ import annotations

from core.i18n import N_, _

WORDS: dict[str, dict[str, str]] = {
    "kind": {"physical": N_("physical"), "digital": N_("digital"), "refund": N_("refund")},
    "status": {"closed": N_("closed"), "cancelled": N_("cancelled"), "canceled": N_("cancelled"),
               "shipped": N_("shipped"), "delivered": N_("delivered"), "new": N_("new"), "pending": N_("pending"),
               "authorized": N_("authorised"), "complete": N_("complete"), "completed": N_("complete"),
               "refunded": N_("refunded"), "returned": N_("returned"), "not yet shipped": N_("not yet shipped")},
    "time_source": {"index": N_("recording index"), "filename": N_("file name"),
                    "metadata": N_("audio file's own"), "archive": N_("archive entry"), "none": N_("unknown")},
    "source": {"registration": N_("device registrations"), "alexa-list": N_("Alexa device list"),
               "purchase": N_("purchases")},
}


def value_word(column: str, value: object) -> str:
    """``value`` of ``column`` as a word in the current language ("" for a missing value)."""
    if value is None or value != value:  # None or NaN
        return ""
    text = str(value)
    known = WORDS.get(column, {}).get(text.strip().casefold())
    return _(known) if known else text


def has_words(column: str) -> bool:
    return column in WORDS
