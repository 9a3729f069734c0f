"""Language-dependent pieces the templates need: dates, numbers, country names, labels.

What each rule found is named by the rule itself (``core.rules``, ``RuleTexts.letter``).
"""

from __future__ import annotations

from datetime import date

from core.i18n import N_
from core.letters.phrasebook import PHRASEBOOK_LANGUAGES, phrases

LANGUAGES = ("en", "de", "fr")  # hand-written templates for every letter kind
COMPLAINT_LANGUAGES = (*LANGUAGES, *PHRASEBOOK_LANGUAGES)  # complaints: also every phrasebook language
LANGUAGE_NAMES = {
    "en": {"en": "English", "de": "German", "fr": "French"},
    "de": {"en": "Englisch", "de": "Deutsch", "fr": "Französisch"},
    "fr": {"en": "anglais", "de": "allemand", "fr": "français"},
}
ENGLISH_NAMES = {  # the languages' names in English, translated where shown (core.i18n)
    "bg": N_("Bulgarian"), "cs": N_("Czech"), "da": N_("Danish"), "de": N_("German"), "el": N_("Greek"),
    "en": N_("English"), "es": N_("Spanish"), "et": N_("Estonian"), "fi": N_("Finnish"), "fr": N_("French"),
    "ga": N_("Irish"), "hr": N_("Croatian"), "hu": N_("Hungarian"), "is": N_("Icelandic"), "it": N_("Italian"),
    "lt": N_("Lithuanian"), "lv": N_("Latvian"), "mt": N_("Maltese"), "nb": N_("Norwegian (Bokmål)"),
    "nl": N_("Dutch"), "pl": N_("Polish"), "pt": N_("Portuguese"), "ro": N_("Romanian"), "sk": N_("Slovak"),
    "sl": N_("Slovenian"), "sv": N_("Swedish"),
}


def language_label(lang: str) -> str:
    """The language's name in the user's language ("Polish" / "Polnisch")."""
    from core.i18n import _

    return _(ENGLISH_NAMES[lang]) if lang in ENGLISH_NAMES else lang
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

_IDX = {"en": 0, "de": 1, "fr": 2}


def lang_index(lang: str) -> int:
    return _IDX.get(lang, 0)


def language_name(lang: str) -> str:
    """The language's own name for itself (``polski``, ``Deutsch``)."""
    if lang in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[lang][lang]
    return str(phrases(lang).get("endonym", lang))


def format_date(value: date | None, lang: str, *, numeric: bool = False) -> str:
    """``8 March 2026`` / ``08.03.2026`` (DIN 5008) / ``8 mars 2026``; empty for ``None``."""
    if value is None:
        return ""
    book = phrases(lang) if lang not in LANGUAGES else {}
    if book:
        months = book.get("months") or [""] * 12
        return str(book["date_format"]).format(day=value.day, month=value.month, year=value.year,
                                                month_name=months[value.month - 1])
    if lang == "de":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if numeric:
        return value.isoformat()
    month = _MONTHS.get(lang, _MONTHS["en"])[value.month - 1]
    return f"{value.day} {month} {value.year}"


def format_int(value: int, lang: str) -> str:
    """``1,694`` / ``1.694`` / ``1 694`` (narrow no-break space)."""
    text = f"{value:,}"
    book = phrases(lang) if lang not in LANGUAGES else {}
    if book:
        return text.replace(",", str(book["thousands"]))
    if lang == "de":
        return text.replace(",", ".")
    if lang == "fr":
        return text.replace(",", "\u202f")
    return text


def format_size(size: int, lang: str) -> str:
    """Bytes, exactly, plus a rounded MB figure for readers."""
    mb = size / 1_000_000
    book = phrases(lang) if lang not in LANGUAGES else {}
    if book:
        figure = f"{mb:.1f}".replace(".", str(book["decimal"]))
        return f"{format_int(size, lang)} B" + (f" ({figure} MB)" if mb >= 1 else "")
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
    if lang not in LANGUAGES and phrases(lang):  # no plural rules needed: "files: 4"
        return f"{phrases(lang)['counts'][noun]}: {format_int(n, lang)}"
    one, many = NOUNS[noun].get(lang, NOUNS[noun]["en"])
    return f"{format_int(n, lang)} {one if n == 1 else many}"


def country_name(code: str, lang: str) -> str:
    own = phrases(lang).get("countries", {}) if lang not in LANGUAGES else {}
    if code in own:
        return str(own[code])
    names = COUNTRY_NAMES.get(code)
    return names[lang_index(lang)] if names else code


def residence_name(country: str, region: str | None, lang: str) -> str:
    """``Saxony (Germany)`` / ``Sachsen`` / ``Saxe (Allemagne)``."""
    if region and region in LAND_NAMES:
        land = LAND_NAMES[region][lang_index(lang)]
        return land if lang == "de" else f"{land} ({country_name(country, lang)})"
    return country_name(country, lang)


# The same findings when the export holds no device list at all: a missing list is not an empty one, so the
# letter says what the finding rests on (the user's declaration, or a device name with nothing to compare it to).
WITHOUT_DEVICE_LIST = {
    "recording-without-device": {
        "en": "recordings although I declare that I never had a voice device (the export contains no device list "
              "to compare with)",
        "de": "Aufnahmen, obwohl ich nach meiner Erklärung nie ein sprachfähiges Gerät hatte (der Export enthält "
              "keine Geräteliste zum Abgleich)",
        "fr": "enregistrements alors que je déclare n'avoir jamais eu d'appareil vocal (l'export ne contient aucune "
              "liste d'appareils à comparer)"},
    "recording-unknown-device": {
        "en": "recordings attributed to a named device (the export contains no device list to compare with)",
        "de": "Aufnahmen, die einem benannten Gerät zugeordnet sind (der Export enthält keine Geräteliste zum "
              "Abgleich)",
        "fr": "enregistrements attribués à un appareil désigné (l'export ne contient aucune liste d'appareils à "
              "comparer)"},
}


# The same findings when they rest on the user's declaration while the export's device lists do not leave the
# recording's time without a voice device: the letter names the declaration, not "no device was registered".
DECLARED_ONLY = {
    "recording-without-device": {
        "en": "recordings although I declare that I never had a voice device",
        "de": "Aufnahmen, obwohl ich nach meiner Erklärung nie ein sprachfähiges Gerät hatte",
        "fr": "enregistrements alors que je déclare n'avoir jamais eu d'appareil vocal"},
}


def rule_name(rule: str, lang: str, *, device_list: bool = True, declared_only: bool = False) -> str:
    """What the rule found, as a noun phrase in ``lang`` (its texts live with the rule in ``core.rules``).
    ``declared_only``: the findings rest on the user's declaration alone (the device lists show a voice device
    that may have been there at the time)."""
    from core.rules.registry import rule_texts

    if not device_list and rule in WITHOUT_DEVICE_LIST:
        return WITHOUT_DEVICE_LIST[rule].get(lang, WITHOUT_DEVICE_LIST[rule]["en"])
    if declared_only and rule in DECLARED_ONLY:
        return DECLARED_ONLY[rule].get(lang, DECLARED_ONLY[rule]["en"])
    texts = rule_texts(rule)
    if texts is None or not texts.letter:
        return rule
    return texts.letter.get(lang) or texts.letter["en"]
