"""Which member of an Amazon export holds which dataset: by name pattern, wherever it sits.

Wrapper folders, per-dataset ZIPs (2018–2022), one ZIP per category with ``<Dataset>/`` folders and
``datasets/<Sub>/`` nesting (2023–2025) and the human-readable 2026 folders are all found by the file's
own name and its folder names, case-insensitively — never by a fixed path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.audio.formats import AUDIO_SUFFIXES
from core.i18n import _
from core.source.archive import Member

TABLE_SUFFIXES = frozenset({".csv", ".json"})

# kind → (dataset name in the import report)
DATASETS = {
    "orders": "amazon.orders",
    "orders-2026": "amazon.orders",
    "digital-items": "amazon.digital-items",
    "digital-monetary": "amazon.digital-monetary",
    "digital-2026": "amazon.digital-orders",
    "refunds": "amazon.refunds",
    "searches": "amazon.searches",
    "registration": "amazon.devices",
    "alexa-devices": "amazon.alexa-devices",
    "audio": "amazon.voice",
    "voice-index": "amazon.voice-index",
    "transcriptions": "amazon.voice-index",
    "transcript-pdf": "amazon.voice-transcripts-pdf",
    "alexa-utterances": "amazon.alexa-utterances",
    "alexa-app": "amazon.alexa-app",
    "cart": "amazon.cart-history",
    "document": "amazon.document",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        ("orders", r"^retail\.orderhistory\.\d+\.(csv|json)$"),
        ("orders-2026", r"^order history\.(csv|json)$"),
        ("digital-items", r"^digital items\.csv$"),
        ("digital-monetary", r"^digital orders monetary\.csv$"),
        ("digital-2026", r"^digital content orders\.csv$"),
        ("refunds", r"^(refund details|digital returns)\.csv$"),
        ("refunds", r"^retail\.ordersreturned\.payments\.\d+(\.\d+)?\.csv$"),
        ("refunds", r"^digital\.orders\.returns\.monetary\.\d+\.csv$"),
        ("searches", r"^((retail\.)?search-data\.)?(retail\.)?customer-engagement\.csv$"),
        ("searches", r"^search queries\.csv$"),  # 2025–26 "Your Shopping Search/"
        ("registration", r"^(devices\.)?registration(\.\d+)*\.csv$"),
        ("registration", r"^device registration\.csv$"),  # 2025–26 "<Product> Device & Setup/"
        ("cart", r"^cart history\.csv$"),
        ("transcriptions", r"^transcriptions(-\d+)?\.csv$"),  # amazon.de 2021–23 "Audio and Transcription/"
        ("alexa-utterances", r"^intent-\d+(-\d+)*\.csv$"),  # 2025–26 "Additional Data/Alexa/Alexa/NLU/"
        ("alexa-app", r"^customerinteraction_[\d-]+\.csv$"),  # 2025–26 "Additional Data/Alexa/Devices/Mobile/"
    )
)

# Amazon datasets Dossier recognises by name but does not analyse (skipped with this reason).
_KNOWN_UNUSED = re.compile(
    r"^(advertising|amazon-music|amazon\.lists|amazongames|amazonsmile|audible|digital\.primevideo|primevideo|"
    r"kindle|retail\.cartitems|retail\.customerreturns|customercommunicationexperience|digital\.borrows|"
    r"digital\.subscriptions|retail\.orders&returns|retail\.returns\.receivable|retail\.orders\.manageyourreturns|"
    r"retail\.lightweightinteractions|yourorders\.photoondelivery|ordersandreturns|photoondelivery|"
    r"lightweightinteractions|retail\.ordersreturned|digital\.orders\.returns\.transaction|"
    r"retail\.outboundnotifications|retail\.reorder|paymentoptions|retail\.search-data\.retail\.product-metrics|"
    r"search-data\.retail\.product-metrics|digital\.content\.whispersync|legacy payment information|"
    r"digital orders|replacement orders|monthly payment|buy with prime|digital\.actionbenefit)"
)
_NOISE_NAMES = re.compile(r"^(readme.*\.txt|.*_instructions\.txt|description\.txt|filedescriptions\.csv)$")
# the 2018 PDF of what Alexa understood ("Alexa-Sprachaufnahmen-Transkripte.pdf"): any PDF of an Alexa/voice folder
# or named for transcripts; its rows are read by core.vendors.amazon.transcript_pdf
_TRANSCRIPT_PDF = re.compile(r"alexa|transkript|transcript|sprachaufnahme|voice")
_IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".heic"})


@dataclass(frozen=True)
class Planned:
    """A member and what discovery decided: a dataset kind, or a skip reason."""

    member: Member
    kind: str | None  # a key of DATASETS, "candidate-table" (probe header), or None (skipped)
    reason: str | None = None


def classify(member: Member) -> Planned:
    name = member.name.lower()
    suffix = member.suffix
    path = member.path.lower()
    if suffix in AUDIO_SUFFIXES:
        return Planned(member, "audio")
    for kind, pattern in _PATTERNS:
        if pattern.match(name):
            return Planned(member, kind)
    if suffix in TABLE_SUFFIXES and _is_alexa_device_list(path, name):
        return Planned(member, "alexa-devices")
    if _NOISE_NAMES.match(name):
        if name == "filedescriptions.csv":
            return Planned(member, None, _("Not a dataset: it describes the files of the export."))
        return Planned(member, None, _("Not a dataset: it is a read-me."))
    if suffix == ".pdf":
        if "description" in name:
            return Planned(member, None, _("Not a dataset: Amazon's description of a dataset."))
        if _TRANSCRIPT_PDF.search(path):
            return Planned(member, "transcript-pdf")
        return Planned(member, "document")
    if suffix in _IMAGE_SUFFIXES:
        return Planned(member, None, _("Not a dataset: an image."))
    if suffix == ".eml":
        return Planned(member, None, _("Not a dataset: an e-mail notification Amazon sent."))
    if suffix == ".zip":
        return Planned(member, None, _("A ZIP nested more than one level deep is not opened."))
    if suffix in TABLE_SUFFIXES:
        folders = [p for p in path.split("/")[:-1] if not p.endswith(".zip")]
        if _KNOWN_UNUSED.match(name) or any(_KNOWN_UNUSED.match(f) for f in folders[-3:]):
            return Planned(member, "candidate-table", _("An Amazon dataset Dossier does not analyse."))
        return Planned(member, "candidate-table")
    return Planned(member, None, _("Not a data file Dossier reads."))


def _is_alexa_device_list(path: str, name: str) -> bool:
    parts = path.split("/")
    folders = parts[:-1]
    if "mobile" in folders and any("alexa" in f or f == "devices" for f in folders):
        return True
    listed = re.match(r"^(alexa )?devices?([ ._-].*)?\.(csv|json)$", name) is not None
    return listed and any("alexa" in f for f in folders)


def plan(members: Iterable[Member]) -> list[Planned]:
    return [classify(m) for m in members]


# a ZIP named after one dataset (Retail.OrderHistory.1.zip, Devices.Registration.zip, Digital-Ordering.1.zip)
_ZIP_DATASET = re.compile(r"^(retail|devices|digital|advertising|amazon|audible|kindle|customer|search)"
                          r"[\w&-]*(\.[\w&-]+)+\.zip$")


def layouts(members: Iterable[Member]) -> list[str]:
    """The layout generations present: amazon-2018 (per-dataset ZIPs), amazon-2023, amazon-2026, and the
    amazon.de Alexa index of 2021–23 (amazon-de-alexa-2021)."""
    found: set[str] = set()
    descriptions_only = True  # FileDescriptions.csv also comes beside a 2026 download: alone it proves no 2023
    folders_seen: set[str] = set()  # folders of non-table members already looked at (the clips' folders)
    for member in members:
        path = member.path.lower()
        folder, _slash, name = path.rpartition("/")
        if not name.endswith((".csv", ".json")):  # only folder names can tell: once per folder is enough
            if folder in folders_seen:
                continue
            folders_seen.add(folder)
        parts = path.split("/")
        folders = parts[:-1]
        if "audio and transcription" in folders or re.match(r"^transcriptions(-\d+)?\.csv$", name):
            found.add("amazon-de-alexa-2021")
        elif any(f in {"your amazon orders", "your returns & refunds", "additional data",
                     "your subscriptions & payment plans"} for f in folders) or name == "order history.csv":
            found.add("amazon-2026")
        elif any(_ZIP_DATASET.match(f) for f in folders) or (
                re.match(r"^retail\.orderhistory\.\d+\.(csv|json)$", name) and not folders[1:]):
            found.add("amazon-2018")  # per-dataset ZIPs, or the order file at the root of its ZIP/folder
        elif name == "filedescriptions.csv" or "datasets" in folders or any(
                re.match(r"^retail\.orderhistory\.\d+$", f) for f in folders):
            found.add("amazon-2023")
            descriptions_only = descriptions_only and name == "filedescriptions.csv"
    if "amazon-2026" in found and descriptions_only:
        found.discard("amazon-2023")
    return sorted(found)


_STRONG = frozenset({"orders", "orders-2026", "searches", "digital-items", "digital-2026", "transcriptions",
                     "alexa-utterances", "alexa-app", "cart"})


def amazon_score(members: Iterable[Member]) -> float:
    """Confidence that these members form an Amazon export."""
    members = list(members)
    if any(classify(m).kind in _STRONG for m in members if m.suffix not in AUDIO_SUFFIXES):  # clips are never strong
        return 0.95
    weak = 0
    for member in members:
        kind = classify(member).kind
        name = member.name.lower()
        if kind not in _STRONG:
            alexa_audio = kind == "audio" and "alexa" in member.path.lower()
            weak += bool(kind in {"registration", "alexa-devices"} or _KNOWN_UNUSED.match(name) or alexa_audio)
    if weak:
        return 0.7
    return 0.0


_NUMBERED = re.compile(r"^(?P<stem>.+?)(?P<sep>[._])(?P<n>\d{1,4})\.zip$", re.IGNORECASE)


def parts_not_opened(names: Iterable[str]) -> list[str]:
    """Numbered ZIPs missing between those opened (``All Data Categories.2.zip`` and ``.4.zip`` opened: ``.3.zip``
    was not; ``Alexa_1.zip``/``Alexa_3.zip``; ``Retail.OrderHistory.1.zip``/``.3.zip``). Only gaps: where a
    download's numbering starts, and how far it goes, is not known."""
    groups: dict[tuple[str, str], set[int]] = {}
    for name in names:
        match = _NUMBERED.match(name.rsplit("/", 1)[-1])
        if match:
            groups.setdefault((match["stem"], match["sep"]), set()).add(int(match["n"]))
    return [f"{stem}{sep}{n}.zip" for (stem, sep), numbers in sorted(groups.items())
            for n in range(min(numbers) + 1, max(numbers)) if n not in numbers]
