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
    # what Dossier read from a recognised file (the import report; its JSON keeps the dataset's key)
    "dataset": {"amazon.orders": N_("order history"), "amazon.digital-items": N_("digital items"),
                "amazon.digital-monetary": N_("digital orders (payments)"),
                "amazon.digital-orders": N_("digital content orders"), "amazon.refunds": N_("refunds and returns"),
                "amazon.searches": N_("searches"), "amazon.devices": N_("device registrations"),
                "amazon.alexa-devices": N_("Alexa device list"), "amazon.voice": N_("voice recording"),
                "amazon.voice-index": N_("recording index with transcripts"),
                "amazon.voice-transcripts-pdf": N_("transcripts (PDF)"),
                "amazon.alexa-utterances": N_("what Alexa understood (utterances)"),
                "amazon.alexa-app": N_("Alexa app activity"), "amazon.cart-history": N_("cart history"),
                "amazon.document": N_("document (kept for the evidence)"), "google.voice": N_("voice activity"),
                "google.search": N_("search activity"), "google.activity": N_("activity"),
                "google.play.orders": N_("Google Play orders"), "google.play.purchases": N_("Google Play purchases"),
                "google.pay": N_("Google Pay transactions"), "google.profile": N_("account profile")},
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
