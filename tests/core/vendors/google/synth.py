"""Synthetic Google Takeout builders: English and German trees, JSON and HTML My Activity, MP3 clips.

Everything is invented. Clips are spoken by espeak-ng and encoded to MP3 by the ffmpeg Dossier ships
(``core.audio.decode.ffmpeg_path``), bit-exact so the bytes are reproducible. A *tree* maps Takeout-relative
paths (``My Activity/Assistant/MyActivity.json``) to bytes; writers put it into ZIPs or a folder.
"""

from __future__ import annotations

import functools
import html
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

Tree = dict[str, bytes]
ZIP_TIME = (2024, 3, 1, 10, 15, 0)


def ffmpeg() -> str:
    try:
        from core.audio.decode import ffmpeg_path

        return ffmpeg_path()
    except ImportError:  # pragma: no cover - before core.audio.decode existed
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()


@functools.lru_cache(maxsize=256)
def mp3_clip(text: str, voice: str = "en", speed: int = 160, pitch: int = 50) -> bytes:
    """``text`` spoken by espeak-ng, as a small mono MP3 (24 kbit/s, 16 kHz), reproducible."""
    wav = subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "--stdout", text],
                         capture_output=True, check=True, timeout=30).stdout
    return subprocess.run(
        [ffmpeg(), "-hide_banner", "-loglevel", "error", "-f", "wav", "-i", "pipe:0", "-ac", "1", "-ar", "16000",
         "-c:a", "libmp3lame", "-b:a", "24k", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a",
         "+bitexact", "-f", "mp3", "pipe:1"],
        input=wav, capture_output=True, check=True, timeout=30).stdout


def as_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


# ---- HTML My Activity -----------------------------------------------------------------------------
HTML_HEAD = ('<html><head><meta charset="UTF-8"><title>{title}</title><style>body{{font-family:Roboto}}</style>'
             '</head><body><div class="mdl-grid">')


def html_entry(header: str, title_html: str, time: str, *, lines: list[str] | None = None,
               audio: list[str] | None = None, products: list[str] | None = None, details: list[str] | None = None,
               labels: tuple[str, str] = ("Products:", "Details:")) -> str:
    """One ``div.outer-cell`` as Takeout writes it (``title_html`` and ``lines`` are trusted markup)."""
    body = title_html + "<br>" + "".join(f"{line}<br>" for line in lines or [])
    for clip in audio or []:
        body += f'<audio controls><source src="{html.escape(clip)}" type="audio/mpeg"></audio><br>'
    body += html.escape(time)
    caption = f"<b>{labels[0]}</b><br>" + "".join(f"&emsp;{html.escape(p)}<br>" for p in products or [header])
    if details:
        caption += f"<b>{labels[1]}</b><br>" + "".join(f"&emsp;{html.escape(d)}<br>" for d in details)
    return (
        '<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">'
        f'<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">{html.escape(header)}'
        '<br></p></div>'
        f'<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">{body}</div>'
        '<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right">'
        '</div>'
        f'<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption">{caption}</div>'
        '</div></div>'
    )


def html_page(title: str, entries: list[str]) -> bytes:
    return (HTML_HEAD.format(title=html.escape(title)) + "".join(entries) + "</div></body></html>").encode("utf-8")


# ---- writers --------------------------------------------------------------------------------------
def write_zip(tree: Tree, path: Path, prefix: str = "Takeout/") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(tree):
            info = zipfile.ZipInfo(prefix + rel, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if rel.endswith(".mp3") else zipfile.ZIP_DEFLATED
            zf.writestr(info, tree[rel])
    return path


def write_split(tree: Tree, folder: Path, stem: str = "takeout-20240301T101500Z") -> list[Path]:
    """Two parts like Takeout's ``-001.zip``/``-002.zip``: activity files in the first, audio in the second."""
    folder.mkdir(parents=True, exist_ok=True)
    audio = {k: v for k, v in tree.items() if k.endswith(".mp3")}
    rest = {k: v for k, v in tree.items() if k not in audio}
    return [write_zip(rest, folder / f"{stem}-001.zip"), write_zip(audio, folder / f"{stem}-002.zip")]


def write_folder(tree: Tree, root: Path, prefix: str = "Takeout/") -> Path:
    for rel, data in tree.items():
        target = root / (prefix + rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


# ---- the fixture trees ----------------------------------------------------------------------------
def english_json_tree() -> Tree:
    """English Takeout, My Activity as JSON (``MyActivity.json`` and ``My Activity.json`` spellings)."""
    assistant = [
        {"header": "Assistant", "title": "Said what's the weather in Leeds", "titleUrl":
         "https://www.google.com/search?q=what%27s+the+weather+in+Leeds", "time": "2023-08-23T03:49:28.734Z",
         "products": ["Assistant"], "details": [{"name": "Device: Kitchen speaker"}],
         "subtitles": [{"name": "It's 14 degrees and cloudy in Leeds."}], "audioFiles": ["clip-001.mp3"]},
        {"header": "Assistant", "title": "Said set a timer for ten minutes", "time": "2023-01-27T22:46:47.389352Z",
         "products": ["Assistant"], "audioFiles": ["clip-002.mp3"]},
        {"header": "Assistant", "title": "Said turn off the lights", "time": "2022-12-01T07:00:00Z",
         "products": ["Assistant"]},
        {"header": "Assistant", "title": "Used Assistant", "time": "2019-04-02T12:00:00.000Z",
         "products": ["Assistant"], "subtitles": [{"url": "https://example.invalid/"}],
         "audioFiles": ["clip-missing.mp3"]},
        {"header": "Assistant", "title": "Said broken", "time": "yesterday", "products": ["Assistant"]},
    ]
    voice_audio = [
        {"header": "Voice and Audio", "title": "Said call mum", "time": "2024-02-10T18:30:00.500Z",
         "products": ["Voice and Audio"], "audioFiles": ["clip-003.mp3"]},
    ]
    search = [
        {"header": "Search", "title": "Searched for bus timetable Leeds", "titleUrl":
         "https://www.google.com/search?q=bus+timetable+Leeds", "time": "2023-03-01T09:15:00.123Z",
         "products": ["Search"]},
        {"header": "Search", "title": "Visited Leeds City Council", "titleUrl": "https://example.invalid/council",
         "time": "2023-03-01T09:16:00Z", "products": ["Search"]},
        {"header": "Search", "title": "weather tomorrow", "titleUrl":
         "https://www.google.com/search?q=weather+tomorrow", "time": "2023-03-02T06:00:00Z", "products": ["Search"]},
    ]
    youtube = [{"header": "YouTube", "title": "Watched a video", "time": "2023-03-03T20:00:00Z"}]
    orders = [
        {"orderHistory": {
            "orderId": "GPA.3301-1111-2222-33333", "creationTime": "2023-05-06T10:20:30.400Z",
            "userLocale": {"languageCode": "de_DE", "country": "DE"}, "totalPrice": "5,49 €", "tax": "0,88 €",
            "refundAmount": "0,00 €", "preorder": False,
            "billingContact": {"name": "Robin Example", "addressLine": ["Beispielweg 7"], "countryCode": "DE",
                               "city": "Köln", "postalCode": "50667"},
            "lineItem": [{"doc": {"documentType": "Android Apps", "title": "Star Gazer Pro"}, "quantity": "1"}]}},
        {"orderHistory": {
            "orderId": "GPA.3301-4444-5555-66666", "creationTime": "2023-06-07T11:00:00Z",
            "userLocale": {"languageCode": "it_IT", "country": "US"}, "totalPrice": "0,00 USD",
            "refundAmount": "1,99 USD", "lineItem": [{"doc": {"title": "Free Puzzle"}, "quantity": "1"}]}},
        {"orderHistory": {
            "orderId": "GPA.3301-7777-8888-99999", "creationTime": "2023-07-08T12:00:00Z",
            "userLocale": {"languageCode": "de_DE", "country": "DE"}, "totalPrice": "5.49 €",
            "lineItem": [{"doc": {"title": "Odd Price Pack"}, "quantity": "2"}]}},
    ]
    purchases = [
        {"purchaseHistory": {"invoicePrice": "5,49 €", "userLanguageCode": "de", "userCountry": "DE",
                             "doc": {"title": "Star Gazer Pro"}, "purchaseTime": "2023-05-06T10:20:31Z"}},
        {"purchaseHistory": {"invoicePrice": "1,99 €", "userLanguageCode": "de", "userCountry": "DE",
                             "doc": {"title": "Map Pack"}, "purchaseTime": "2023-09-01T08:00:00Z"}},
    ]
    pay_csv = ("Time,Transaction ID,Description,Product,Payment method,Status,Amount\r\n"
               "2023-10-01T12:00:00Z,TX-1,Cinema tickets,Google Pay,Visa ••1234,Complete,EUR 12.50\r\n"
               "sometime,TX-2,Broken row,Google Pay,Visa,Complete,EUR 1.00\r\n")
    return {
        "archive_browser.html": b"<html><body>Takeout contents</body></html>",
        "My Activity/Assistant/MyActivity.json": as_json(assistant),
        "My Activity/Assistant/clip-001.mp3": mp3_clip("what's the weather in Leeds"),
        "My Activity/Assistant/clip-002.mp3": mp3_clip("set a timer for ten minutes"),
        "My Activity/Assistant/2021-05-04 10_11_12 UTC.mp3": mp3_clip("hello? who is there", pitch=20),
        "My Activity/Voice and Audio/My Activity.json": as_json(voice_audio),
        "My Activity/Voice and Audio/clip-003.mp3": mp3_clip("call mum"),
        "My Activity/Search/MyActivity.json": as_json(search),
        "My Activity/YouTube/MyActivity.json": as_json(youtube),
        "Google Play Store/Order History.json": as_json(orders),
        "Google Play Store/Purchase History.json": as_json(purchases),
        "Google Pay/Google transactions/transactions_1.csv": pay_csv.encode("utf-8"),
        "Profile/Profile.json": as_json({"name": {"formattedName": "Robin Example"},
                                         "emails": [{"value": "robin@example.invalid"}]}),
        "Drive/notes.txt": b"not used",
    }


def german_json_tree() -> Tree:
    """German Takeout (``Meine Aktivitäten``), JSON, with German titles and a device in details."""
    assistant = [
        {"header": "Assistant", "title": "Gesagt: „wie wird das Wetter in Köln“", "time": "2022-11-23T08:21:36.250Z",
         "products": ["Assistant"], "details": [{"name": "Gerät: Wohnzimmer-Lautsprecher"}],
         "audioFiles": ["aufnahme-1.mp3"]},
        {"header": "Assistant", "title": "Gesagt Licht aus", "time": "2022-11-24T21:00:05.000001Z",
         "products": ["Assistant"], "audioFiles": ["aufnahme-2.mp3"]},
        {"header": "Assistant", "title": "Gesagt: Wecker stellen", "time": "2022-11-25T05:30:00Z",
         "products": ["Assistant"]},
    ]
    search = [
        {"header": "Suche", "title": "Gesucht nach Fahrplan Köln Hauptbahnhof", "titleUrl":
         "https://www.google.com/search?q=Fahrplan+K%C3%B6ln+Hauptbahnhof", "time": "2022-11-20T10:00:00.100Z",
         "products": ["Suche"]},
    ]
    return {
        "Archiv_Übersicht.html": b"<html><body>Inhalt</body></html>",
        "Meine Aktivitäten/Assistant/Meine Aktivitäten.json": as_json(assistant),
        "Meine Aktivitäten/Assistant/aufnahme-1.mp3": mp3_clip("wie wird das Wetter in Köln", voice="de"),
        "Meine Aktivitäten/Assistant/aufnahme-2.mp3": mp3_clip("Licht aus", voice="de"),
        "Meine Aktivitäten/Suche/Meine Aktivitäten.json": as_json(search),
        "Profil/Profil.json": as_json({"name": {"formattedName": "Kim Beispiel"}}),
    }


def english_html_tree() -> Tree:
    """English Takeout, My Activity as HTML: a misleading BST label in January, an unlabelled 2018 time."""
    assistant = [
        html_entry("Assistant", "Said&nbsp;what time is it", "Jan 15, 2023, 8:05:10 AM BST",
                   lines=["It's eight o'clock."], audio=["clip-h1.mp3"], products=["Assistant"],
                   details=["Device: Bedroom display"]),
        html_entry("Assistant", "Said play the radio", "Mar 8, 2018, 5:14:40 PM", audio=["clip-h2.mp3"]),
        html_entry("Assistant", "Said good night", "Jun 1, 2023, 10:00:00 PM BST"),
    ]
    search = [
        html_entry("Search", 'Searched for&nbsp;<a href="https://www.google.com/search?q=night+buses+%3CLeeds%3E">'
                             "night buses &lt;Leeds&gt;</a>", "Jul 4, 2023, 11:30:15 PM BST"),
        html_entry("Search", "Searched for&nbsp;something", "not a time"),
    ]
    return {
        "archive_browser.html": b"<html><body>Takeout contents</body></html>",
        "My Activity/Assistant/MyActivity.html": html_page("Assistant", assistant),
        "My Activity/Assistant/clip-h1.mp3": mp3_clip("what time is it"),
        "My Activity/Assistant/clip-h2.mp3": mp3_clip("play the radio"),
        "My Activity/Search/MyActivity.html": html_page("Search", search),
    }


def german_html_tree() -> Tree:
    """German Takeout, HTML: ``23.11.2021, 09:21:36 MEZ`` times, ``Produkte:`` captions."""
    labels = ("Produkte:", "Details:")
    assistant = [
        html_entry("Assistant", "Gesagt: Musik leiser", "23.11.2021, 09:21:36 MEZ", audio=["ton-1.mp3"],
                   products=["Assistant"], details=["Gerät: Küche"], labels=labels),
        html_entry("Assistant", "Gesagt: wie spät ist es", "14.07.2021, 07:00:00 MESZ", audio=["ton-2.mp3"],
                   labels=labels),
    ]
    search = [html_entry("Suche", 'Gesucht nach <a href="https://www.google.com/search?q=Rezept">Rezept</a>',
                         "2 Mai 2021, 18:45:00 MESZ", labels=labels)]
    return {
        "Meine Aktivitäten/Assistant/Meine Aktivitäten.html": html_page("Assistant", assistant),
        "Meine Aktivitäten/Assistant/ton-1.mp3": mp3_clip("Musik leiser", voice="de"),
        "Meine Aktivitäten/Assistant/ton-2.mp3": mp3_clip("wie spät ist es", voice="de"),
        "Meine Aktivitäten/Suche/Meine Aktivitäten.html": html_page("Suche", search),
    }
