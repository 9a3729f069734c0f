"""The demo export: the 2018 case re-enacted with invented people.

Jonas Beispiel (Göttingen, amazon.de) never owned an Echo: his account has a Kindle and a Fire tablet.
His export holds his own orders and searches — and 40 Alexa clips from a stranger's household in Passau,
two voices, asking about Passau's weather and traffic, setting timers, playing music and calling Maria and
Stefan; one clip's audio appears twice under two different times, one is a false wake (room noise, empty
transcript).

The Alexa dataset also holds a SYNTHETIC voice-history index (``VoiceHistory/voice-history-index.csv``,
Alexa web-API column names; whether real exports have one is unknown): 36 of the 40 clips with time,
the stranger's device ("Küche", an Echo Dot, or "Wohnzimmer", an Echo Show — neither in Jonas's
registrations), transcript (exactly the clip's spoken text) and Alexa's answer. The other four clips are
dated as before by file name, WAV metadata (two) and ZIP entry date, and have no transcript.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from tests.synth.audio import VOICES
from tests.synth.render import mojibake
from tests.synth.spec import Clip, Device, Order, Search, Spec

OWNER = "Jonas Beispiel"
ADDRESS = "Jonas Beispiel Lindenweg 7 37085 Göttingen Deutschland"

KUECHE = ("Küche", "G090LF1174830KQ7", "A3S5BH2HU6VAYF")  # the stranger's Echo Dot: name, serial, type
WOHNZIMMER = ("Wohnzimmer", "G000RA0887416M3B", "AWZZ5CVHX2CD")  # the stranger's Echo Show

# (what is said, which device heard it, Alexa's answer); "{time}" is the local time in Passau
PHRASES = [
    ("Alexa, wie wird das Wetter heute in Passau?", KUECHE, "In Passau ist es heute sonnig bei bis zu 24 Grad."),
    ("Alexa, stell einen Timer auf zehn Minuten.", KUECHE, "Zehn Minuten, ab jetzt."),
    ("Alexa, spiel Entspannungsmusik.", WOHNZIMMER, "Hier ist eine Playlist mit Entspannungsmusik."),
    ("Alexa, ruf Maria an.", WOHNZIMMER, "Ich rufe Maria an."),
    ("Alexa, wie spät ist es?", KUECHE, "Es ist {time} Uhr."),
    ("Alexa, erinnere mich morgen um sieben an den Zahnarzt.", KUECHE, "Ich erinnere dich morgen um sieben Uhr."),
    ("Alexa, schalte das Licht im Wohnzimmer aus.", WOHNZIMMER, "Okay."),
    ("Alexa, lauter.", WOHNZIMMER, None),
    ("Alexa, stopp.", KUECHE, None),
    ("Alexa, füge Milch zur Einkaufsliste hinzu.", KUECHE, "Ich habe Milch zu deiner Einkaufsliste hinzugefügt."),
    ("Alexa, regnet es morgen in Passau?", KUECHE, "Morgen wird es in Passau voraussichtlich nicht regnen."),
    ("Alexa, ruf Stefan an.", WOHNZIMMER, "Ich rufe Stefan an."),
    ("Alexa, wie weit ist es nach Regensburg?", KUECHE, "Regensburg ist etwa 120 Kilometer entfernt."),
    ("Alexa, guten Morgen.", KUECHE, "Guten Morgen!"),
    ("Alexa, spiel die Nachrichten.", WOHNZIMMER, "Hier ist deine tägliche Zusammenfassung."),
    ("Alexa, wecke mich um sechs Uhr dreißig.", WOHNZIMMER, "Dein Wecker ist für sechs Uhr dreißig gestellt."),
    ("Alexa, was steht heute in meinem Kalender?", KUECHE, "Für heute steht nichts in deinem Kalender."),
    ("Alexa, wie ist der Verkehr in Passau?", KUECHE, "Auf dem Weg in die Innenstadt von Passau ist wenig los."),
    ("Alexa, wie wird das Wetter am Wochenende in Passau?", WOHNZIMMER,
     "Am Wochenende wird es in Passau wechselhaft bei bis zu 21 Grad."),
    ("Alexa, spiel Kinderlieder für Lena.", WOHNZIMMER, "Hier sind Kinderlieder."),
]
UNINDEXED = (13, 27, 35, 39)  # dated by WAV metadata (13, 27), compact file name (35), ZIP entry date (39)
FALSE_WAKE = 22  # woke by mistake: room noise, indexed with an empty transcript
PASSAU_SUMMER = timedelta(hours=2)  # CEST: the answers speak local time

PRODUCTS = [
    ("Kindle Paperwhite, wasserfest, 6 Zoll, 8 GB", "119.99"), ("Fire HD 8-Tablet, 16 GB, Schwarz", "79.99"),
    ("Der Schwarm: Roman (Taschenbuch)", "12.00"), ("USB-C Ladekabel 2 m, 2er Pack", "9.99"),
    ("Kaffeebohnen Espresso, 1 kg", "14.49"), ("Wanderkarte Harz 1:50.000", "8.95"),
    ("Fahrradschloss \"Bügel\" 300 mm", "24.90"), ("LED-Stirnlampe, wiederaufladbar", "19.99"),
    ("Notizbuch A5, kariert", "6.50"), ("Brettspiel: Die Siedler", "29.99"),
    ("Thermoskanne 0,75 l, Edelstahl", "21.95"), ("Python-Kochbuch (Paperback)", "39.90"),
    ("Regenjacke, Herren, Gr. L", "59.00"), ("Batterien AA, 8 Stück", "7.49"),
    ("Teesieb aus Edelstahl", "5.99"), ("Kopfhörer, kabelgebunden", "15.99"),
    ("Socken, 5 Paar, Gr. 43-46", "12.99"), ("Laufschuhe, Gr. 44", "89.95"),
    ("Zahnbürstenköpfe, 4 Stück", "17.99"), ("Pflanzerde, 20 l", "8.99"),
    ("Lesebrille +1,5", "11.90"), ("Schreibtischlampe, LED", "32.50"),
]

SEARCH_WORDS = [
    "kindle hülle", "fire hd 8 hülle", "wanderschuhe herren", "espresso bohnen", "harz wanderkarte",
    "fahrradschloss", "stirnlampe", "notizbuch a5", "brettspiel", "thermoskanne", "python buch",
    "regenjacke herren", "batterien aa", "teesieb", "kopfhörer", "laufschuhe", "pflanzerde", "lesebrille",
    "schreibtischlampe", "zelt 2 personen",
]


def demo_spec() -> Spec:
    rng = random.Random(2018)
    spec = Spec(owner=OWNER, address=ADDRESS, export_time=datetime(2018, 8, 14, 9, 30, 0))
    start = datetime(2016, 11, 3, 18, 20, 11)
    for n in range(25):
        title, price = PRODUCTS[n % len(PRODUCTS)]
        when = start + timedelta(days=n * 25 + rng.randint(0, 9), hours=rng.randint(0, 5), minutes=rng.randint(0, 59),
                                 seconds=rng.randint(0, 59))
        order_id = f"302-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"
        gross = _cents(price)
        net, tax = _split_vat(gross)
        order = Order(order_id=order_id, time=when, title=title, total=price, unit_price=net, unit_tax=tax,
                      subtotal=net, subtotal_tax=tax, asin=f"B0{rng.randint(10**7, 10**8 - 1)}",
                      ship_time=when + timedelta(hours=20), address=ADDRESS,
                      carrier=f"DHL({rng.randint(10**11, 10**12 - 1)})")
        spec.orders.append(order)
    # two lines of one shipment: the per-shipment subtotal repeats on both lines
    first, second = spec.orders[5], spec.orders[6]
    second.order_id, second.time, second.ship_time = first.order_id, first.time, first.ship_time
    subtotal = _cents(str(float(first.unit_price) + float(second.unit_price)))
    first.subtotal = second.subtotal = subtotal
    # one cancelled order that never shipped; one gift sent by the owner
    spec.orders[12].status, spec.orders[12].shipment_status, spec.orders[12].ship_time = "Cancelled", \
        "Not Available", None
    spec.orders[20].gift_sender = OWNER
    for n in range(60):
        words = SEARCH_WORDS[n % len(SEARCH_WORDS)]
        when = start + timedelta(days=n * 10 + rng.randint(0, 5), hours=rng.randint(0, 12), minutes=rng.randint(0, 59),
                                 seconds=rng.randint(0, 59))
        encoded = words.replace(" ", "+")
        marker = mojibake("ÅMÅŽÕÑ")
        query = (f"__mk_de_DE={marker}&field-keywords={encoded}&url=search-alias%3Daps" if n % 2 else
                 f"__mk_de_DE={marker}&i=aps&k={encoded}&ref=nb_sb_noss")
        spec.searches.append(Search(time=when, keywords=words if n % 5 else "", query_string=query,
                                    last_time=when + timedelta(seconds=rng.randint(0, 90))))
    spec.devices = [
        Device("G000PP1234567890", "Jonas's Kindle", "Kindle", datetime(2016, 11, 5, 8, 12, 40)),
        Device("G0W0KX0987654321", "Jonas's Fire", "Fire Tablet", datetime(2017, 3, 18, 15, 2, 7)),
    ]
    clip_start = datetime(2018, 5, 2, 6, 40, 0)
    for n in range(40):
        text, device, answer = PHRASES[n % len(PHRASES)]
        voice = VOICES[(n * 7 // 3) % 2]
        day = clip_start + timedelta(days=n * 2 + rng.randint(0, 1))
        hour = rng.choice([6, 7, 7, 8, 12, 17, 18, 19, 20, 21])
        when = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
        tag = f"{rng.getrandbits(32):08x}"
        if n in (13, 27, 34):
            file, dating = f"Voice/aufnahme-{n + 1:02d}.wav", "metadata"
        elif n == 39:
            file, dating = f"Voice/aufnahme-{n + 1:02d}.wav", "archive"
            when = when.replace(second=when.second - when.second % 2)  # ZIP dates have 2-second steps
        elif n % 4 == 3:
            file, dating = f"Voice/{when:%Y%m%d_%H%M%S}.wav", "filename"
        else:
            file, dating = f"Voice/{when:%Y-%m-%dT%H-%M-%S}_{tag}.wav", "filename"
        clip = Clip(file=file, text=text, voice=voice, time=when, dating=dating, speed=150 + (n * 7) % 41)
        if n not in UNINDEXED:  # listed in the synthetic voice-history index, which then dates it
            clip.dating = "index"
            clip.device_name, clip.device_serial, clip.device_type = device
            clip.response = answer.format(time=f"{when + PASSAU_SUMMER:%H:%M}") if answer else None
        spec.clips.append(clip)
    wake = spec.clips[FALSE_WAKE]
    wake.text, wake.response = "", None
    # one clip delivered twice: clip 31 carries exactly the audio of clip 9, under another time
    twin, first = spec.clips[30], spec.clips[8]
    twin.text, twin.voice, twin.speed, twin.response = first.text, first.voice, first.speed, first.response
    twin.device_name, twin.device_serial, twin.device_type = first.device_name, first.device_serial, first.device_type
    return spec


def _cents(value: str) -> str:
    return f"{float(value):.2f}"


def _split_vat(gross: str) -> tuple[str, str]:
    """Net and 19 % VAT of a gross price, to the cent, adding up exactly."""
    cents = round(float(gross) * 100)
    net = round(cents / 1.19)
    return f"{net / 100:.2f}", f"{(cents - net) / 100:.2f}"
