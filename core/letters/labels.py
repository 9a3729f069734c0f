"""Device labels without third parties' names: "Gerät A (Bezeichnung enthält vermutlich einen Namen)".

Amazon names devices after people by default ("Max Müllers Echo Dot"). A label made only of words for
rooms, products and ordinals ("Küche", "Kitchen Echo", "Echo Dot 3rd Gen") is kept as it is; any other
label may hold a name, so letters, form fields and the evidence manifest show a letter instead. The clip's
hash and member path identify the recording; the label itself is available on request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_GENERIC_TEXT = """
echo dot show plus studio spot input flex auto buds frames sub link connect look tap fire tv stick cube kindle
alexa app android ios iphone ipad pixel phone smartphone handy tablet nest hub mini home google amazon assistant
device devices gerät geräte appareil speaker lautsprecher enceinte smart display clock watch car sonos one pro
gen generation generación génération th nd rd st new neu neuer neues nouveau nouvelle my mein meine mon ma
kitchen küche kueche cuisine living room wohnzimmer salon séjour bedroom schlafzimmer chambre bath bathroom bad
badezimmer salle office büro buero bureau study arbeitszimmer hall hallway flur couloir entrée garage garden
garten jardin keller basement cave guest gäste gästezimmer kinderzimmer kids kinder enfants dining esszimmer
lounge den upstairs downstairs oben unten etage floor attic dachboden terrasse patio balcony balkon
the of in im am an der die das des de la le les du et and und at on
"""
GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
PSEUDONYM = {"en": "Device {letter} (label probably contains a name)",
             "de": "Gerät {letter} (Bezeichnung enthält vermutlich einen Namen)",
             "fr": "Appareil {letter} (désignation contenant probablement un nom)"}


def may_hold_a_name(label: str) -> bool:
    """True unless every word of ``label`` is a room, product or filler word (possessives always count)."""
    if "'" in label or "’" in label:
        return True
    return any(word.lower() not in GENERIC_WORDS for word in _WORD.findall(label))


def _letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


class DeviceLabels:
    """Stable pseudonyms for one export's device labels, in the order they are first seen."""

    def __init__(self, labels: Iterable[str] = (), lang: str = "en") -> None:
        from core.letters.phrasebook import phrases

        own = phrases(lang).get("pseudonym") if lang not in PSEUDONYM else None
        self.pattern = PSEUDONYM.get(lang) or own or PSEUDONYM["en"]
        self.lang = lang if lang in PSEUDONYM else "en"
        self._names: dict[str, str] = {}
        for label in labels:
            self.shown(label)

    def shown(self, label: str) -> str:
        """The label as a letter may show it."""
        label = label.strip()
        if not label or not may_hold_a_name(label):
            return label
        if label not in self._names:
            self._names[label] = self.pattern.format(letter=_letter(len(self._names)))
        return self._names[label]

    def redact(self, text: str) -> str:
        """``text`` with every pseudonymised label replaced (longest first, so no part of a name stays)."""
        for label in sorted(self._names, key=len, reverse=True):
            text = text.replace(label, self._names[label])
        return text


def export_labels(export: object, lang: str = "en") -> DeviceLabels:
    """The pseudonyms for every device label an export holds (recordings first, then device lists)."""
    labels: list[str] = []
    for table, column in (("recordings", "device_name"), ("devices", "name")):
        frame = getattr(export, table, None)
        if frame is None or column not in getattr(frame, "columns", ()):
            continue
        labels += [str(v) for v in frame[column].tolist() if isinstance(v, str) and v.strip()]
    return DeviceLabels(labels, lang)
