"""Google Play ``Order History.json`` and ``Purchase History.json`` as digital purchases.

Shapes (hudi mocks ``src/mock/google/Takeout/GooglePlayStore/*.json``)::

    [{"orderHistory": {orderId, creationTime, userLocale{languageCode, country}, totalPrice, tax,
                       refundAmount, billingContact{…}, lineItem[{doc{documentType, title}, quantity}]}}]
    [{"purchaseHistory": {invoicePrice, userLanguageCode, userCountry, doc{documentType, title}, purchaseTime}}]

Prices are locale-formatted (``"5,49 €"``): read with the record's locale; unreadable ones are reported.
Purchase History repeats most orders: a purchase with the same title within a day of an order is not
listed twice.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from core.i18n import _
from core.model import Account, ImportReport
from core.vendors.google.jsonio import JsonUnreadable, clean_text, parse_iso_time
from core.vendors.google.money import Money, PriceError, parse_price

WEBSITE = "Google Play"


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _records(value: Any, key: str) -> list[Any]:
    if isinstance(value, dict) and key in value:
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) and key in v for v in value):
        raise JsonUnreadable(_("The file is not shaped like Google Play {key} (a list of “{key}” records).").format(
            key=key))
    return [v[key] for v in value]


def _price(raw: Any, locale: str | None, country: str | None, member: str, where: str,
           report: ImportReport) -> Money | None:
    if raw is None:
        return None
    try:
        return parse_price(str(raw), locale, country)
    except PriceError as exc:
        report.problem(member, None, _('{where}: {exc}').format(where=where, exc=exc))
        return None


def _contact(contact: dict[str, Any], account: Account) -> None:
    name = clean_text(contact.get("name"))
    if name and name not in account.names:
        account.names.append(name)
    lines = [clean_text(x) for x in _list(contact.get("addressLine")) if isinstance(x, str)]
    place = " ".join(p for p in (clean_text(contact.get("postalCode")), clean_text(contact.get("city"))) if p)
    address = ", ".join(x for x in [*lines, place] if x)
    if address and address not in account.addresses:
        account.addresses.append(address)
    country = clean_text(contact.get("countryCode"))
    if country and country.upper() not in account.countries:
        account.countries.append(country.upper())


def _base(time: Any, title: str | None, member: str) -> dict[str, Any]:
    return {"time": time, "title": title, "kind": "digital", "status": None, "website": WEBSITE, "asin": None,
            "member": member, "line": None}


def read_orders(value: Any, member: str, report: ImportReport, account: Account) -> tuple[list[dict[str, Any]], int]:
    """Purchase rows of Order History (one per line item, plus a refund row); returns (rows, rejected)."""
    rows: list[dict[str, Any]] = []
    rejected = 0
    for n, order in enumerate(_records(value, "orderHistory"), start=1):
        order = _dict(order)
        when = parse_iso_time(order.get("creationTime"))
        if when is None:
            report.problem(member, None, _('Order {n} has an unreadable creation time and was not used.').format(n=n))
            rejected += 1
            continue
        locale = _dict(order.get("userLocale"))
        lang, country = clean_text(locale.get("languageCode")), clean_text(locale.get("country"))
        order_id = clean_text(order.get("orderId"))
        total = _price(order.get("totalPrice"), lang, country, member,
                       _("Order {order}").format(order=order_id or n), report)
        refund = _price(order.get("refundAmount"), lang, country, member,
                        _("Order {order} refund").format(order=order_id or n), report)
        for contact in [order.get("billingContact"), *_list(order.get("associatedContact"))]:
            if isinstance(contact, dict):
                _contact(contact, account)
        items = [i for i in _list(order.get("lineItem")) if isinstance(i, dict)] or [{}]
        for position, item in enumerate(items):
            doc = _dict(item.get("doc"))
            quantity = clean_text(item.get("quantity"))
            row = _base(when, clean_text(doc.get("title")), member)
            whole = quantity is not None and quantity.isdigit() and len(quantity) <= 9
            row.update(order_id=order_id, quantity=int(quantity) if whole and quantity else None,
                       amount=total.amount if total and position == 0 else None,
                       currency=total.currency if total else None)
            rows.append(row)
        if len(items) > 1:
            report.problem(member, None, _("Order {value} has {value2} items and one total; the total is shown on "
                                           "the first item.").format(value=order_id or n, value2=len(items)))
        if refund and refund.amount != 0:
            row = _base(when, clean_text(_dict(items[0].get("doc")).get("title")), member)
            row.update(order_id=order_id, quantity=None, amount=-abs(refund.amount), currency=refund.currency,
                       kind="refund")
            rows.append(row)
    return rows, rejected


def read_purchases(value: Any, member: str, report: ImportReport,
                   orders: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int, int]:
    """Purchase History rows not already in Order History; returns (rows, rejected, duplicates)."""
    rows: list[dict[str, Any]] = []
    rejected = duplicates = 0
    for n, rec in enumerate(_records(value, "purchaseHistory"), start=1):
        rec = _dict(rec)
        when = parse_iso_time(rec.get("purchaseTime"))
        title = clean_text(_dict(rec.get("doc")).get("title"))
        if when is None:
            report.problem(member, None, _('Purchase {n} has an unreadable time and was not used.').format(n=n))
            rejected += 1
            continue
        if any(o["title"] == title and o["kind"] != "refund" and abs(o["time"] - when) <= timedelta(days=1)
               for o in orders):
            duplicates += 1
            continue
        price = _price(rec.get("invoicePrice"), clean_text(rec.get("userLanguageCode")),
                       clean_text(rec.get("userCountry")), member, _("Purchase {n}").format(n=n), report)
        row = _base(when, title, member)
        row.update(order_id=None, quantity=None, amount=price.amount if price else None,
                   currency=price.currency if price else None)
        rows.append(row)
    return rows, rejected, duplicates
