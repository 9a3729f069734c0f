"""Generated exports in the layouts public tools saw in real Amazon answers (export-formats.md §2.5, §2.9).

* :func:`epoch_ms` — 2021: ``Alexa.zip`` with clips named by epoch milliseconds (``Voice/1624522680611.wav``);
* :func:`all_data_categories` — 2025–26: ``All Data Categories.2.zip`` … ``.4.zip`` plus the loose
  ``FileDescriptions.csv`` (and any other file the user selects with them);
* :func:`alexa_de` — amazon.de 2021–23: ``Alexa_3.zip`` with ``Audio and Transcription/Transcriptions-N.csv``;
* :func:`pdf_2018` — 2018: WAV files plus ONE transcript PDF, rows not in time order.
Invented people and places only; tiny tone clips (these tests are about dating and matching, not voices).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.synth import audio
from tests.synth.docs import write_zip
from tests.synth.render import iso_time, to_csv
from tests.synth.transcript_pdf import transcript_pdf

HOME = "Erika Muster Domplatz 1 94032 Passau Deutschland"
T_EXPORT = datetime(2025, 6, 1, 12, 0, 0)


def clip(seconds: float = 0.6, freq: float = 440.0) -> bytes:
    return audio.wav(audio.tone(seconds, freq))


# ---- 2021: epoch-millisecond clip names ----------------------------------------------------------------------
EPOCH_MS = (1624522680611, 1624522745002, 1624609999123)


def epoch_ms(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    return [write_zip(dest / "Alexa.zip", [(f"Voice/{ms}.wav", clip(0.4 + i / 10)) for i, ms in enumerate(EPOCH_MS)]),
            write_zip(dest / "Retail.OrderHistory.1.zip", [("Retail.OrderHistory.1.csv", _orders_a())])]


def _orders_a() -> bytes:
    header = ["Website", "Order ID", "Order Date", "Currency", "Unit Price", "Total Owed", "Quantity", "Product Name",
              "Shipping Address", "Order Status", "Gift Sender Name"]
    return to_csv(header, [["Amazon.de", "302-1111111-1111111", "06/01/2021 10:00:00 UTC", "EUR", "49.99", "49.99",
                            "1", "Echo Dot (3rd Gen)", HOME, "Closed", "Erika Muster"]])


# ---- 2025–26: "All Data Categories" ----------------------------------------------------------------------------
ORDER_HEADER = ["ASIN", "Billing Address", "Currency", "Department", "Gift Sender Name", "Order Date", "Order ID",
                "Order Status", "Original Quantity", "Product Name", "Shipping Address", "Total Amount", "Unit Price",
                "Website"]
SEARCH_HEADER = ["First Search Time (GMT)", "Last search Time (GMT)", "Keywords", "First Search Query String",
                 "Query ID", "Session ID", "Device Category", "Customer IP", "Country Code", "Site Variant"]
REGISTRATION_HEADER = ["Account Name", "Amazon Device Model Name", "Current Firmware Version", "Customer Login Pool",
                       "Customer Type", "Device Account Role", "Device Model", "Device Pairing Details",
                       "Device Serial Number", "First Time Registered", "IP Address", "Last Time Registered",
                       "Local Time Offset", "State", "Time Deregistered"]
INTENT_HEADER = ["Currently Playing Song", "Screen Contents", "Contact Name", "Utterance text",
                 "Utterance Creation Date"]
# what was said and when (no audio in this layout): before the Echo was registered, a far place, a stranger's name
UTTERANCES = (
    (datetime(2024, 1, 10, 7, 15, 0), "alexa wie spät ist es"),
    (datetime(2024, 3, 5, 18, 2, 3), "alexa wie wird das wetter in hamburg"),
    (datetime(2024, 3, 6, 19, 30, 0), "alexa ruf sabine an"),
    (datetime(2024, 3, 7, 8, 0, 0), "alexa spiel radio"),
)
ECHO_REGISTERED = datetime(2024, 3, 1, 9, 0, 0)


def all_data_categories(dest: Path, *, app: bool = False, extra_loose: bool = True) -> list[Path]:
    """The numbered ZIPs and the loose ``FileDescriptions.csv`` (+ ``notes.txt``) of one download."""
    dest.mkdir(parents=True, exist_ok=True)
    orders = to_csv(ORDER_HEADER, [
        ["B07PHPXHQS", HOME, "EUR", "Amazon Devices", "Erika Muster", "2024-02-20T10:11:12Z", "028-2222222-2222222",
         "Closed", "1", "Echo Dot (3rd Gen)", HOME, "39.99", "39.99", "Amazon.de"],
        ["B000000001", HOME, "EUR", "Kitchen", "Not Available", "2024-04-02T08:00:00.250Z", "028-3333333-3333333",
         "Closed", "2", "Kettle", HOME, "24.00", "12.00", "Amazon.de"]], bom=True, crlf=True, quote_all=False)
    cart = to_csv(["ASIN", "Add-on Item", "Cart Domain", "Cart List", "Cart Source", "Date Added to Cart",
                   "Product Name"], [["B000000002", "No", "amazon.de", "Active", "Desktop", "2024-05-01T09:00:00Z",
                                      "Teapot"], ["B000000003", "No", "amazon.de", "Saved", "App",
                                                  "2024-05-02T10:00:00Z", "Mug"]], crlf=True, quote_all=False)
    searches = to_csv(SEARCH_HEADER, [
        ["2024-05-03T17:00:01Z", "2024-05-03T17:00:09Z", "wasserkocher", "k=wasserkocher", "Q1", "S1", "Desktop",
         "88.87.118.0", "DE", "PC Browser"],
        ["2024-05-04T06:30:00Z", "2024-05-04T06:30:02Z", "", "k=tee+kanne", "Q2", "S2", "Mobile", "88.87.118.0",
         "DE", "Mobile App"]], crlf=True, quote_all=False)
    echo = to_csv(REGISTRATION_HEADER, [[
        "Erika Muster", "Echo Dot (3rd Gen)", "123", "EU", "Primary", "Owner", "A32DOYMUN6DTXA", "", "G090ECHO001",
        iso_time(ECHO_REGISTERED), "", "2024-03-01T09:00:00Z", "+01:00", "REGISTERED", ""]], crlf=True, quote_all=False)
    fire = to_csv(REGISTRATION_HEADER, [[
        "Erika Muster", "Fire TV Stick", "9", "EU", "Primary", "Owner", "A2LWARUGJLBYEW", "", "G070FIRE001",
        "2022-12-24T18:00:00Z", "", "2022-12-24T18:00:00Z", "+01:00", "DEREGISTERED", "2023-06-01T12:00:00Z"]],
        crlf=True, quote_all=False)
    refunds = to_csv(["Order ID", "Refund Date", "Refund Amount", "Currency"],
                     [["028-3333333-3333333", "2024-04-10T12:00:00Z", "12.00", "EUR"]], crlf=True, quote_all=False)
    intents = to_csv(INTENT_HEADER, [["", "", "", text, iso_time(when)] for when, text in UTTERANCES],
                     crlf=True, quote_all=False)
    third: list[tuple[str, bytes]] = [
        ("Additional Data/Alexa/Alexa/NLU/Intent-1-1.csv", intents),
        ("Additional Data/Alexa/Skills/Skills-1.csv", to_csv(["Skill Name", "Enablement Date"],
                                                             [["Wetter", "2024-03-02"]], quote_all=False)),
    ]
    if app:
        third.append(("Additional Data/Alexa/Devices/Mobile/CustomerInteraction_000-1.csv", to_csv(
            ["interaction_date", "event_name", "device_platform_name", "device_make", "device_model"],
            [["2023-11-02T20:00:00Z", "AppOpen", "Android", "Fairphone", "FP4"],
             ["2023-12-24T08:00:00Z", "VoiceRequest", "Android", "Fairphone", "FP4"]], quote_all=False)))
    t = T_EXPORT
    paths = [
        write_zip(dest / "All Data Categories.2.zip", [("Your Amazon Orders/Order History.csv", orders, t),
                                                        ("Your Amazon Orders/Cart History.csv", cart, t)]),
        write_zip(dest / "All Data Categories.3.zip", [
            ("Your Shopping Search/Search Queries.csv", searches, t),
            ("Your Echo Device & Setup/Device Registration.csv", echo, t),
            ("Your Fire TV Device & Setup/Device Registration.csv", fire, t),
            ("Your Returns & Refunds/Refund Details.csv", refunds, t)]),
        write_zip(dest / "All Data Categories.4.zip", [(name, data, t) for name, data in third]),
    ]
    descriptions = dest / "FileDescriptions.csv"
    descriptions.write_bytes(to_csv(["File", "Description"], [["Order History.csv", "Your orders"]]))
    paths.append(descriptions)
    if extra_loose:
        notes = dest / "notes.txt"
        notes.write_bytes(b"My own notes about this download.\n")
        paths.append(notes)
    return paths


# ---- amazon.de 2021–23: Alexa_<n>.zip with Transcriptions-N.csv ------------------------------------------------
TRANSCRIPT_HEADER = ["Zeitpunkt", "Was Alexa verstanden hat", "Audiodatei", "Antwort von Alexa"]  # invented words
DE_ROWS = (  # time, request, audio file, response; the files are named by id, not time
    (datetime(2022, 5, 1, 7, 0, 5), "alexa wie wird das wetter in hamburg", "3f2a91c0-aaaa.wav",
     "In Hamburg regnet es."),
    (datetime(2022, 5, 1, 7, 5, 0), "alexa stopp", "77b0e1d4-bbbb.wav", ""),
    (datetime(2022, 5, 2, 21, 40, 0), "alexa ruf sabine an", "c0ffee00-cccc.wav", "Ich rufe Sabine an."),
    (datetime(2022, 5, 3, 6, 45, 30), "alexa guten morgen", "missing-dddd.wav", "Guten Morgen!"),
)


def alexa_de(dest: Path) -> list[Path]:
    """``Alexa_3.zip``: two index parts (header repeated, CRLF), audio named by id; the last row's audio is absent."""
    dest.mkdir(parents=True, exist_ok=True)

    def part(rows: tuple[tuple[datetime, str, str, str], ...], style: str) -> bytes:
        def when(t: datetime) -> str:
            return iso_time(t) if style == "iso" else t.strftime("%Y-%m-%d %H:%M:%S")
        return to_csv(TRANSCRIPT_HEADER, [[when(t), said, file, answer] for t, said, file, answer in rows],
                      bom=False, crlf=True, quote_all=False)

    folder = "Audio and Transcription/"
    entries = [(folder + "Transcriptions-1.csv", part(DE_ROWS[:2], "iso")),
               (folder + "Transcriptions-2.csv", part(DE_ROWS[2:], "sql"))]
    entries += [(folder + "Audio/" + file, clip(0.5, 300 + 50 * i)) for i, (_t, _s, file, _a) in enumerate(DE_ROWS[:3])]
    return [write_zip(dest / "Alexa_3.zip", entries)]


# ---- 2018: WAV files plus one transcript PDF ----------------------------------------------------------------------
PDF_CLIPS = (  # clip time (from its name); the PDF row's time; text
    (datetime(2018, 8, 14, 9, 30, 12), datetime(2018, 8, 14, 9, 30, 12), "Alexa, wie wird das Wetter in Hamburg"),
    (datetime(2018, 8, 13, 19, 0, 1), datetime(2018, 8, 13, 19, 0, 2), "Alexa, spiel Musik von Müller"),
    (datetime(2018, 8, 15, 6, 45, 0), datetime(2018, 8, 15, 6, 45, 0), "Alexa, ruf Sabine an"),
    (datetime(2018, 8, 16, 22, 10, 40), None, ""),  # a clip the PDF does not list
)
PDF_ONLY = ((datetime(2018, 8, 12, 3, 3, 3), "Alexa, Licht aus"),)  # a row with no clip: activity without audio


def pdf_rows(local_hours: int = 0) -> list[tuple[datetime, str]]:
    rows = [(when + timedelta(hours=local_hours), text) for _clip, when, text in PDF_CLIPS if when is not None]
    rows += [(when + timedelta(hours=local_hours), text) for when, text in PDF_ONLY]
    return [rows[i] for i in (2, 0, 3, 1)]  # not in time order


def pdf_2018(dest: Path, language: str = "de", local_hours: int = 0) -> list[Path]:
    """``local_hours``: the PDF prints local time (CEST: 2), the clip names UTC."""
    dest.mkdir(parents=True, exist_ok=True)
    entries = [(f"Voice/{when:%Y-%m-%d_%H-%M-%S}_{i}.wav", clip(0.5, 500 + 40 * i))
               for i, (when, _row, _text) in enumerate(PDF_CLIPS)]
    entries.append(("Alexa-Sprachaufnahmen-Transkripte.pdf", transcript_pdf(pdf_rows(local_hours), language)))
    return [write_zip(dest / "Alexa.zip", entries), write_zip(dest / "Retail.OrderHistory.1.zip",
                                                              [("Retail.OrderHistory.1.csv", _orders_a())])]
