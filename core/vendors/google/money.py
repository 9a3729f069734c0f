"""Locale-formatted prices (``"5,49 €"``, ``"0,00 USD"``, ``"US$1,234.50"``, ``"CHF 5.49"``) as exact money.

The decimal separator comes from the record's locale (``de_DE`` → comma, ``en_US`` → dot); a price whose
digits do not fit that locale is refused rather than guessed (``"5.49"`` in ``de_DE`` could be 549).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from core.i18n import _

COMMA_DECIMAL_LANGUAGES = {
    "de", "fr", "it", "es", "pt", "nl", "pl", "sv", "da", "fi", "nb", "no", "nn", "cs", "sk", "ru", "uk", "tr",
    "el", "hu", "ro", "bg", "hr", "sl", "sr", "lt", "lv", "et", "id", "vi", "ca", "eu", "gl", "is", "be", "kk",
}
DOT_DECIMAL_LOCALES = {"de_CH", "fr_CH", "it_CH", "rm_CH", "es_MX", "es_US", "es_PR", "es_DO", "es_GT", "es_HN",
                       "es_NI", "es_PA", "es_SV", "pt_MO"}
SYMBOLS = {
    "US$": "USD", "CA$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD", "MX$": "MXN", "HK$": "HKD", "R$": "BRL",
    "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₪": "ILS", "zł": "PLN", "Kč": "CZK",
    "Fr.": "CHF", "¥": "JPY",
}
DOLLAR_COUNTRIES = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "MX": "MXN", "HK": "HKD", "SG": "SGD",
                    "TW": "TWD", "AR": "ARS", "CL": "CLP", "CO": "COP"}
KRONE_COUNTRIES = {"SE": "SEK", "DK": "DKK", "NO": "NOK", "IS": "ISK"}
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")
_MINUS = "-−–"


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str | None


class PriceError(ValueError):
    """``str()`` is a plain sentence naming the raw text."""


def decimal_comma(locale: str | None) -> bool | None:
    """Whether ``locale`` (``de_DE``, ``de-DE``, ``de``) writes decimals with a comma; ``None`` if unknown."""
    if not locale:
        return None
    norm = locale.replace("-", "_")
    if norm in DOT_DECIMAL_LOCALES:
        return False
    return norm.split("_")[0].lower() in COMMA_DECIMAL_LANGUAGES


def _currency(text: str, country: str | None) -> tuple[str | None, str]:
    """The currency named in ``text`` and the text without it."""
    match = _CODE.search(text)
    if match:
        return match.group(1), text.replace(match.group(0), " ")
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            if symbol == "¥" and country == "CN":
                code = "CNY"
            return code, text.replace(symbol, " ")
    if "$" in text:
        return DOLLAR_COUNTRIES.get((country or "").upper()), text.replace("$", " ")
    if re.search(r"\bkr\.?", text):
        return KRONE_COUNTRIES.get((country or "").upper()), re.sub(r"\bkr\.?", " ", text)
    return None, text


def _number(digits: str, comma: bool | None) -> Decimal | None:
    if comma is None:  # unknown locale: only unambiguous shapes
        if re.fullmatch(r"\d+", digits):
            return Decimal(digits)
        match = re.fullmatch(r"(\d{1,3}(?:([.,\s'])\d{3})*)([.,])(\d{1,2})", digits)
        if not match or (match.group(2) and match.group(2) == match.group(3)):
            return None
        comma = match.group(3) == ","
    dec, groups = (",", ".\u202f\u00a0 '") if comma else (".", ",\u202f\u00a0 '")
    pattern = rf"\d{{1,3}}(?:[{re.escape(groups)}]\d{{3}})*(?:{re.escape(dec)}\d+)?|\d+(?:{re.escape(dec)}\d+)?"
    if not re.fullmatch(pattern, digits):
        return None
    plain = re.sub(f"[{re.escape(groups)}]", "", digits).replace(dec, ".")
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def parse_price(raw: str, locale: str | None = None, country: str | None = None) -> Money:
    """The amount and currency of a price string; raises :class:`PriceError` when it cannot be read exactly."""
    text = raw.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not text:
        raise PriceError(_("The price is empty."))
    currency, rest = _currency(text, country)
    rest = rest.strip()
    negative = bool(rest) and rest[0] in _MINUS
    rest = rest.lstrip(_MINUS).strip()
    if rest and rest[-1] in _MINUS:
        negative, rest = True, rest[:-1].strip()
    value = _number(rest, decimal_comma(locale))
    if value is None:
        if locale:
            raise PriceError(_("The price “{price}” does not fit the locale {locale} and was not guessed.").format(
                price=raw, locale=locale))
        raise PriceError(_("The price “{price}” cannot be read without a locale (the record names none) and was "
                           "not guessed.").format(price=raw))
    if currency is None:
        raise PriceError(_("The price “{price}” names no currency Dossier can tell for certain.").format(price=raw))
    return Money(-value if negative else value, currency)
