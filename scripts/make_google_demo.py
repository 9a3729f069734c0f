"""Build the Google Takeout demo export (``resources/demo/google-takeout/``): invented people only.

Jonas Weber (invented) in Köln uses Google Assistant on his phone, in German. His Takeout — in German,
split into two ZIPs like a real one — also holds English recordings of a stranger in Leeds, made at
night, one of them twice, plus two false wakes: the Google counterpart of the Amazon demo.

    .venv/bin/python scripts/make_google_demo.py [OUT_DIR]   # default resources/demo/google-takeout/

Deterministic: same inputs, same bytes (bit-exact MP3 encoding, fixed ZIP dates).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.core.vendors.google import synth  # noqa: E402

OUT = ROOT / "resources" / "demo" / "google-takeout"
STEM = "takeout-20240301T101500Z"
ACT = "Meine Aktivitäten"

OWN = [  # (UTC time, German utterance)
    ("2023-01-09T07:12:03.214Z", "wie wird das Wetter heute in Köln"),
    ("2023-01-21T17:45:10.502Z", "stell einen Timer auf zehn Minuten"),
    ("2023-02-14T18:02:44.118Z", "ruf Mama an"),
    ("2023-03-03T06:55:31.907Z", "wann fährt die nächste Bahn zum Hauptbahnhof"),
    ("2023-04-18T19:30:12.040Z", "spiel Radio Köln"),
    ("2023-05-27T10:14:55.671Z", "wie lange hat der Baumarkt heute offen"),
    ("2023-06-30T20:41:08.333Z", "erinnere mich morgen an den Zahnarzt"),
    ("2023-08-12T09:05:17.812Z", "wie spät ist es in New York"),
    ("2023-09-22T16:20:40.250Z", "navigiere nach Hause"),
    ("2023-10-31T18:48:02.001Z", "wie viele Gramm hat ein Pfund"),
    ("2023-12-05T07:33:29.460Z", "wie wird das Wetter morgen"),
    ("2024-01-19T17:10:51.777Z", "schreib meiner Schwester ich komme später"),
]
STRANGER = [  # (UTC time, English utterance) — night-time, another voice, another city
    ("2023-02-02T02:41:17.120Z", "what's the traffic like on the M62 to Leeds"),
    ("2023-03-11T03:05:48.901Z", "remind Margaret to call the vet on Monday"),
    ("2023-04-29T01:58:22.404Z", "play Radio Aire"),
    ("2023-06-03T02:27:35.016Z", "what time does Leeds Kirkgate Market close"),
    ("2023-07-15T03:12:09.655Z", "add cat food to the shopping list"),
    ("2023-09-09T02:50:44.288Z", "call Margaret"),
    ("2023-11-18T01:36:13.730Z", "is it going to rain in Headingley tomorrow"),
]
DUPLICATE_OF = 1  # the stranger's second clip appears again, byte for byte, later
DUPLICATE_TIME = "2023-12-02T02:22:51.369Z"
FALSE_WAKES = ["2023-05-06T23:58:40.512Z", "2023-10-07T14:03:26.090Z"]
NO_AUDIO = [("2024-02-03T08:15:00.000Z", "wie wird das Wetter am Wochenende"),
            ("2024-02-10T18:05:00.000Z", "stell den Wecker auf sieben Uhr"),
            ("2024-02-20T07:45:00.000Z", "wie ist die Verkehrslage")]
ORPHAN_NAME = "2023-08-26 03_14_07 UTC.mp3"
SEARCHES = [
    "Fahrplan KVB Linie 16", "Wetter Köln Wochenende", "Baumarkt Ehrenfeld Öffnungszeiten", "Rezept Linsensuppe",
    "Zahnarzt Köln Notdienst", "Kölner Dom Turm Öffnungszeiten", "Fahrrad Reparatur Köln Nippes", "1. FC Köln Tabelle",
    "Konzert Palladium Köln", "Mieterverein Köln Kontakt", "Pfund in Gramm", "Zugverbindung Köln Hamburg",
    "Stadtbibliothek Köln Ausweis", "Biergarten Stadtwald", "Steuererklärung Frist 2023", "Wohngeld Antrag Köln",
    "Flohmarkt Köln Sonntag", "Kinoprogramm Odeon Köln", "Apotheke Notdienst Ehrenfeld", "Rheinpegel Köln aktuell",
    "Zoo Köln Eintrittspreise", "Karneval Köln 2024 Termine", "Fahrradwege Köln Karte", "Wetter Bonn morgen",
    "Bürgeramt Köln Termin", "Sperrmüll Köln anmelden", "Hallenbad Köln Öffnungszeiten", "Museum Ludwig Ausstellung",
    "Weihnachtsmarkt Köln Öffnungszeiten", "Bahnstreik aktuell", "Gemüsekiste Köln", "Schwimmkurs Erwachsene Köln",
    "Rezept Apfelkuchen", "Reifenwechsel Köln Preis", "Mietspiegel Köln 2023", "Yoga Kurs Nippes",
    "Stromanbieter wechseln", "Handyvertrag kündigen Frist", "Laufstrecke Rheinufer", "Brauhaus Köln Altstadt",
]


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def silence_clip(seconds: float = 1.5, seed: int = 7) -> bytes:
    """A near-silent MP3 (what a device records when it wakes by mistake)."""
    return subprocess.run(
        [synth.ffmpeg(), "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
         f"anoisesrc=d={seconds}:c=pink:a=0.002:seed={seed}", "-ac", "1", "-ar", "16000", "-c:a", "libmp3lame", "-b:a",
         "24k", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", "-f", "mp3", "pipe:1"],
        capture_output=True, check=True, timeout=30).stdout


def stranger_clip(text: str) -> bytes:
    """The stranger's voice: English, higher and slower than the account holder's German one."""
    return synth.mp3_clip(text, voice="en-gb+f3", speed=140, pitch=95)


def assistant_entries() -> tuple[list[dict[str, object]], dict[str, bytes]]:
    entries: list[dict[str, object]] = []
    audio: dict[str, bytes] = {}

    def add(time: str, title: str, clip: bytes | None, details: list[str] | None = None) -> None:
        entry: dict[str, object] = {"header": "Assistant", "title": title, "time": time, "products": ["Assistant"]}
        if details:
            entry["details"] = [{"name": d} for d in details]
        if clip is not None:
            name = f"Aufnahme_{len(audio) + 1:03d}.mp3"
            audio[name] = clip
            entry["audioFiles"] = [name]
        entries.append(entry)

    for time, text in OWN:
        add(time, f"Gesagt: {text}", synth.mp3_clip(text, voice="de", speed=165, pitch=45), ["Gerät: Pixel-Telefon"])
    stranger_clips = [stranger_clip(text) for _, text in STRANGER]
    for (time, text), clip in zip(STRANGER, stranger_clips, strict=True):
        add(time, f"Gesagt: {text}", clip)
    add(DUPLICATE_TIME, f"Gesagt: {STRANGER[DUPLICATE_OF][1]}", stranger_clips[DUPLICATE_OF])
    for seed, time in enumerate(FALSE_WAKES, start=7):
        add(time, "Gesagt", silence_clip(seed=seed))
    for time, text in NO_AUDIO:
        add(time, f"Gesagt: {text}", None, ["Gerät: Pixel-Telefon"])
    entries.sort(key=lambda e: str(e["time"]), reverse=True)  # Takeout lists newest first
    return entries, audio


def search_entries() -> list[dict[str, object]]:
    start = _utc("2023-01-04T06:10:00.000Z")  # searches from early morning to evening, as people do
    entries = []
    for n, query in enumerate(SEARCHES):
        when = start + timedelta(days=8 * n, hours=(n * 5) % 14, minutes=(n * 17) % 60, seconds=n % 60,
                                 microseconds=n * 1000)
        url = "https://www.google.com/search?q=" + "+".join(query.split())
        entries.append({"header": "Suche", "title": f"Gesucht nach {query}", "titleUrl": url,
                        "time": when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                        "products": ["Suche"]})
    entries.append({"header": "Suche", "title": "Besucht KVB – Fahrplanauskunft", "titleUrl":
                    "https://example.invalid/kvb", "time": "2023-03-03T07:01:00.000Z", "products": ["Suche"]})
    return entries


def play_orders() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    contact = {"name": "Jonas Weber", "addressLine": ["Lindenallee 12"], "countryCode": "DE", "city": "Köln",
               "postalCode": "50668"}
    locale = {"languageCode": "de_DE", "country": "DE"}

    def order(oid: str, time: str, title: str, kind: str, price: str, refund: str = "0,00 €") -> dict[str, object]:
        return {"orderHistory": {"orderId": oid, "creationTime": time, "billingContact": contact,
                                 "userLocale": locale, "totalPrice": price, "tax": "0,00 €", "refundAmount": refund,
                                 "preorder": False, "lineItem": [{"doc": {"documentType": kind, "title": title},
                                                                 "quantity": "1"}]}}
    orders = [
        order("GPA.3312-0451-7788-10231", "2023-02-19T15:04:11.222Z", "Bahn-Navigator Pro", "Android Apps", "5,49 €"),
        order("GPA.3312-0451-7788-10232", "2023-06-04T11:40:02.901Z", "Sternenhimmel 3D", "Android Apps", "2,99 €",
              refund="2,99 €"),
        order("GPA.3312-0451-7788-10233", "2023-09-24T19:12:45.030Z", "Kochbuch Vegetarisch", "Book", "9,99 €"),
        order("GPA.3312-0451-7788-10234", "2023-12-24T09:00:00.000Z", "Monatsabo Hörbücher", "Subscription",
              "0,00 €"),
    ]
    purchases = [{"purchaseHistory": {"invoicePrice": "5,49 €", "userLanguageCode": "de", "userCountry": "DE",
                                      "doc": {"documentType": "Android Apps", "title": "Bahn-Navigator Pro"},
                                      "purchaseTime": "2023-02-19T15:04:12.000Z"}},
                 {"purchaseHistory": {"invoicePrice": "0,99 €", "userLanguageCode": "de", "userCountry": "DE",
                                      "doc": {"documentType": "In App Item", "title": "Extra-Level (Kölsch Quiz)"},
                                      "purchaseTime": "2023-07-08T20:30:00.000Z"}}]
    return orders, purchases


def build_tree() -> synth.Tree:
    assistant, audio = assistant_entries()
    orders, purchases = play_orders()
    tree: synth.Tree = {
        "Archiv_Übersicht.html": b"<html><body><h1>Google Takeout</h1><p>Demo (erfunden).</p></body></html>",
        f"{ACT}/Assistant/{ACT}.json": synth.as_json(assistant),
        f"{ACT}/Assistant/{ORPHAN_NAME}": stranger_clip("hello? is anybody there"),
        f"{ACT}/Suche/{ACT}.json": synth.as_json(search_entries()),
        f"{ACT}/YouTube/{ACT}.json": synth.as_json([{"header": "YouTube", "title": "Video angesehen",
                                                     "time": "2023-05-01T19:00:00.000Z"}]),
        "Google Play Store/Order History.json": synth.as_json(orders),
        "Google Play Store/Purchase History.json": synth.as_json(purchases),
        "Profil/Profil.json": synth.as_json({"name": {"givenName": "Jonas", "familyName": "Weber",
                                                      "formattedName": "Jonas Weber"},
                                             "emails": [{"value": "jonas.weber@example.invalid"}]}),
    }
    for name, clip in audio.items():
        tree[f"{ACT}/Assistant/{name}"] = clip
    return tree


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("takeout-*.zip"):
        old.unlink()
    parts = synth.write_split(build_tree(), out, STEM)
    total = sum(p.stat().st_size for p in parts)
    print(f"wrote {', '.join(p.name for p in parts)} ({total / 1024:.0f} KiB) to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
