"""Language-dependent pieces the templates need: dates, numbers, country and rule names, labels."""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "de", "fr")
LANGUAGE_NAMES = {
    "en": {"en": "English", "de": "German", "fr": "French"},
    "de": {"en": "Englisch", "de": "Deutsch", "fr": "Französisch"},
    "fr": {"en": "anglais", "de": "allemand", "fr": "français"},
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}

COUNTRY_NAMES = {  # ISO code -> (en, de, fr)
    "AT": ("Austria", "Österreich", "Autriche"), "BE": ("Belgium", "Belgien", "Belgique"),
    "BG": ("Bulgaria", "Bulgarien", "Bulgarie"), "HR": ("Croatia", "Kroatien", "Croatie"),
    "CY": ("Cyprus", "Zypern", "Chypre"), "CZ": ("Czechia", "Tschechien", "Tchéquie"),
    "DK": ("Denmark", "Dänemark", "Danemark"), "EE": ("Estonia", "Estland", "Estonie"),
    "FI": ("Finland", "Finnland", "Finlande"), "FR": ("France", "Frankreich", "France"),
    "DE": ("Germany", "Deutschland", "Allemagne"), "GR": ("Greece", "Griechenland", "Grèce"),
    "HU": ("Hungary", "Ungarn", "Hongrie"), "IE": ("Ireland", "Irland", "Irlande"),
    "IT": ("Italy", "Italien", "Italie"), "LV": ("Latvia", "Lettland", "Lettonie"),
    "LT": ("Lithuania", "Litauen", "Lituanie"), "LU": ("Luxembourg", "Luxemburg", "Luxembourg"),
    "MT": ("Malta", "Malta", "Malte"), "NL": ("the Netherlands", "den Niederlanden", "Pays-Bas"),
    "PL": ("Poland", "Polen", "Pologne"), "PT": ("Portugal", "Portugal", "Portugal"),
    "RO": ("Romania", "Rumänien", "Roumanie"), "SK": ("Slovakia", "der Slowakei", "Slovaquie"),
    "SI": ("Slovenia", "Slowenien", "Slovénie"), "ES": ("Spain", "Spanien", "Espagne"),
    "SE": ("Sweden", "Schweden", "Suède"), "IS": ("Iceland", "Island", "Islande"),
    "LI": ("Liechtenstein", "Liechtenstein", "Liechtenstein"), "NO": ("Norway", "Norwegen", "Norvège"),
    "GB": ("the United Kingdom", "dem Vereinigten Königreich", "Royaume-Uni"),
    "CH": ("Switzerland", "der Schweiz", "Suisse"),
}
LAND_NAMES = {  # German Land -> (en, de, fr)
    "DE-BW": ("Baden-Württemberg",) * 2 + ("Bade-Wurtemberg",), "DE-BY": ("Bavaria", "Bayern", "Bavière"),
    "DE-BE": ("Berlin",) * 3, "DE-BB": ("Brandenburg", "Brandenburg", "Brandebourg"),
    "DE-HB": ("Bremen", "Bremen", "Brême"), "DE-HH": ("Hamburg", "Hamburg", "Hambourg"),
    "DE-HE": ("Hesse", "Hessen", "Hesse"),
    "DE-MV": ("Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern", "Mecklembourg-Poméranie-Occidentale"),
    "DE-NI": ("Lower Saxony", "Niedersachsen", "Basse-Saxe"),
    "DE-NW": ("North Rhine-Westphalia", "Nordrhein-Westfalen", "Rhénanie-du-Nord-Westphalie"),
    "DE-RP": ("Rhineland-Palatinate", "Rheinland-Pfalz", "Rhénanie-Palatinat"),
    "DE-SL": ("Saarland", "Saarland", "Sarre"),
    "DE-SN": ("Saxony", "Sachsen", "Saxe"), "DE-ST": ("Saxony-Anhalt", "Sachsen-Anhalt", "Saxe-Anhalt"),
    "DE-SH": ("Schleswig-Holstein",) * 3, "DE-TH": ("Thuringia", "Thüringen", "Thuringe"),
}

RULE_NAMES = {  # rule id -> (en, de, fr): what the rule found, as a noun phrase
    "recording-without-device": (
        "recordings although no voice-capable device was registered on the account at that time",
        "Aufnahmen, obwohl zu diesem Zeitpunkt kein sprachfähiges Gerät im Konto registriert war",
        "enregistrements alors qu'aucun appareil vocal n'était enregistré sur le compte à ce moment-là"),
    "recording-without-device:declared": (
        "recordings although I declare that I never had a voice device (the export contains no device list to "
        "compare with)",
        "Aufnahmen, obwohl ich nach meiner Erklärung nie ein sprachfähiges Gerät hatte (der Export enthält keine "
        "Geräteliste zum Abgleich)",
        "enregistrements alors que je déclare n'avoir jamais eu d'appareil vocal (l'export ne contient aucune liste "
        "d'appareils à comparer)"),
    "recording-unknown-device": (
        "recordings attributed to a device that is not in the account's device list",
        "Aufnahmen, die einem Gerät zugeordnet sind, das nicht in der Geräteliste des Kontos steht",
        "enregistrements attribués à un appareil absent de la liste des appareils du compte"),
    "recording-outside-device-period": (
        "recordings made before the device was registered or after it was removed",
        "Aufnahmen vor der Registrierung oder nach der Abmeldung des Geräts",
        "enregistrements antérieurs à l'enregistrement de l'appareil ou postérieurs à son retrait"),
    "recording-outside-active-hours": (
        "recordings at times the account is otherwise never used",
        "Aufnahmen zu Zeiten, in denen das Konto sonst nie genutzt wird",
        "enregistrements à des heures où le compte n'est jamais utilisé par ailleurs"),
    "recording-place-mismatch": (
        "recordings whose transcript names a place far from the account's addresses",
        "Aufnahmen, deren Transkript einen Ort weit entfernt von den Adressen des Kontos nennt",
        "enregistrements dont la transcription cite un lieu éloigné des adresses du compte"),
    "recording-unfamiliar-name": (
        "recordings whose transcript names people unknown to the account holder",
        "Aufnahmen, deren Transkript dem Kontoinhaber unbekannte Personen nennt",
        "enregistrements dont la transcription cite des personnes inconnues du titulaire du compte"),
    "duplicate-audio": (
        "recordings whose audio is identical to an earlier recording at another time",
        "Aufnahmen, deren Audiodaten mit einer früheren Aufnahme zu anderer Zeit identisch sind",
        "enregistrements dont l'audio est identique à un enregistrement antérieur"),
    "recording-false-wake": (
        "recordings without speech or transcript that were nevertheless kept",
        "Aufnahmen ohne Sprache oder Transkript, die dennoch gespeichert wurden",
        "enregistrements sans parole ni transcription, pourtant conservés"),
    "retention-age": (
        "recordings kept longer than the stated retention period",
        "Aufnahmen, die länger als die angegebene Speicherfrist aufbewahrt wurden",
        "enregistrements conservés au-delà de la durée de conservation indiquée"),
    "voice-mismatch": (
        "recordings of a voice unlike the recordings marked as the account holder's own",
        "Aufnahmen einer Stimme, die den als eigene markierten Aufnahmen nicht ähnelt",
        "enregistrements d'une voix différente de celle des enregistrements marqués comme les miens"),
}
_IDX = {"en": 0, "de": 1, "fr": 2}


def lang_index(lang: str) -> int:
    return _IDX.get(lang, 0)


def format_date(value: date | None, lang: str, *, numeric: bool = False) -> str:
    """``8 March 2026`` / ``08.03.2026`` (DIN 5008) / ``8 mars 2026``; empty for ``None``."""
    if value is None:
        return ""
    if lang == "de":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if numeric:
        return value.isoformat()
    month = _MONTHS.get(lang, _MONTHS["en"])[value.month - 1]
    return f"{value.day} {month} {value.year}"


def format_int(value: int, lang: str) -> str:
    """``1,694`` / ``1.694`` / ``1 694`` (narrow no-break space)."""
    text = f"{value:,}"
    if lang == "de":
        return text.replace(",", ".")
    if lang == "fr":
        return text.replace(",", "\u202f")
    return text


def format_size(size: int, lang: str) -> str:
    """Bytes, exactly, plus a rounded MB figure for readers."""
    mb = size / 1_000_000
    if mb < 1:
        return f"{format_int(size, lang)} " + {"en": "bytes", "de": "Byte", "fr": "octets"}.get(lang, "bytes")
    unit = f"{mb:.1f} MB".replace(".", ",") if lang == "de" else (f"{mb:.1f}\u00a0Mo".replace(".", ",")
                                                                   if lang == "fr" else f"{mb:.1f} MB")
    return f"{format_int(size, lang)} bytes ({unit})" if lang == "en" else \
        f"{format_int(size, lang)} {'Byte' if lang == 'de' else 'octets'} ({unit})"


NOUNS = {"file": {"en": ("file", "files"), "de": ("Datei", "Dateien"), "fr": ("fichier", "fichiers")},
         "device": {"en": ("device", "devices"), "de": ("Gerät", "Geräte"), "fr": ("appareil", "appareils")}}


def counted(n: int, noun: str, lang: str) -> str:
    """``1 file`` / ``4 Dateien`` / ``2 appareils`` — never "Datei(en)"."""
    one, many = NOUNS[noun].get(lang, NOUNS[noun]["en"])
    return f"{format_int(n, lang)} {one if n == 1 else many}"


def country_name(code: str, lang: str) -> str:
    names = COUNTRY_NAMES.get(code)
    return names[lang_index(lang)] if names else code


def residence_name(country: str, region: str | None, lang: str) -> str:
    """``Saxony (Germany)`` / ``Sachsen`` / ``Saxe (Allemagne)``."""
    if region and region in LAND_NAMES:
        land = LAND_NAMES[region][lang_index(lang)]
        return land if lang == "de" else f"{land} ({country_name(country, lang)})"
    return country_name(country, lang)


def rule_name(rule: str, lang: str) -> str:
    names = RULE_NAMES.get(rule)
    return names[lang_index(lang)] if names else rule
