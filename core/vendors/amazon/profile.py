"""The account's identity as the export states it: marketplaces, countries, addresses, names."""

from __future__ import annotations

import re

from core.model import Account
from core.reading.tabular import Table
from core.vendors.amazon.orders import EMAIL, placeholder_free

# Marketplace domain → ISO 3166 alpha-2 country.
MARKETPLACE_COUNTRY = {
    "amazon.de": "DE", "amazon.at": "AT", "amazon.fr": "FR", "amazon.it": "IT", "amazon.es": "ES",
    "amazon.nl": "NL", "amazon.se": "SE", "amazon.pl": "PL", "amazon.com.be": "BE", "amazon.co.uk": "GB",
    "amazon.ie": "IE", "amazon.com": "US", "amazon.ca": "CA", "amazon.com.mx": "MX", "amazon.com.br": "BR",
    "amazon.co.jp": "JP", "amazon.in": "IN", "amazon.com.au": "AU", "amazon.sg": "SG", "amazon.ae": "AE",
    "amazon.sa": "SA", "amazon.eg": "EG", "amazon.com.tr": "TR", "amazon.cn": "CN",
}


def marketplace_country(website: str) -> str | None:
    domain = re.sub(r"^(https?://)?(www\.)?", "", website.strip().lower()).split("/")[0]
    return MARKETPLACE_COUNTRY.get(domain)


def account_from_orders(tables: list[Table]) -> Account:
    """Addresses, marketplaces and countries from the order files; names from gift-sender fields."""
    account = Account()
    for table in tables:
        for website in placeholder_free(table.value("Website", "Marketplace")):
            _add(account.marketplaces, website)
            country = marketplace_country(website)
            if country:
                _add(account.countries, country)
        for column in ("Shipping Address", "Billing Address"):
            for address in placeholder_free(table.value(column)):
                _add(account.addresses, address)
        for name in placeholder_free(table.value("Gift Sender Name")):
            _add(account.names, name)
        for email in placeholder_free(table.value(*EMAIL)):
            _add(account.emails, email)
    return account


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)
