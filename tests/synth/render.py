"""File contents of synthetic Amazon datasets, byte for byte, with the real quirks (export-formats.md)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime

from tests.synth.spec import Device, Order, Search

ORDER_HEADER_A = [
    "Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
    "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
    "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
    "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
    "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details", "Item Serial Number",
]
RENAMES_C = {"Quantity": "Original Quantity", "Total Owed": "Total Amount",
             "Payment Instrument Type": "Payment Method Type",
             "Gift Recipient Contact Details": "Gift Recipient Contact"}
ORDER_HEADER_C = sorted(RENAMES_C.get(h, h) for h in ORDER_HEADER_A)
NOTICE = ("Due to technical limitations, please refer to your Order History (available in your Amazon account) "
          "for certain details about any orders placed prior to 2002")

SEARCH_HEADER = [
    "First Search Time (GMT)", "Country ID", "All Department (APS) or Category", "Site Variant",
    "Application / Browser Name", "Device Model", "Search Type (Keyword,Visual,Browse)", "Session ID", "Query ID",
    "Prime Customer (Y/N)", "Is From External Link (Y/N)", "Search From External Site (Y/N)",
    "First Search Query String", "Application Name", "App Version", "Operating System Name",
    "Operating System Version", "Device Type ID", "Device Category", "Customer IP", "Search Method", "Keywords",
    "Amazon Business Customer (Y/N)", "Language", "Server", "Amazon Fresh Customer (Y/N)",
    "Music Subscriber (Y/N)", "First Browse Node", "Last search Time (GMT)", "Last Department", "Last Browse Node",
    "Last Known Customer ID", "First Added Item", "First Purchased Item", "First Consumed Item (Subscription)",
    "Number of Clicked Items", "Number of Items Added to Cart", "Number of Items Ordered",
    "Number of Paid Items Ordered", "Number of Free Items Ordered", "Units Ordered", "Paid Units Ordered",
    "Free Units Ordered", "Maximum Purchase Price", "Clicked Any Item (Y/N)", "Added Any Item (Y/N)",
    "Purchased Any Item (Y/N)", "Department Count", "Shopping Refinement", "Number of Shopping Refinements",
    "Highest Number of Shopping Refinements", "Items Consumed (Subscription)", "Shopping Refinement Pickers",
    "Paid Purchase (Y/N)", "Item Borrowed (Y/N)", "Items Borrowed", "Next Query Group via Click",
    "Query Abandoned (Y/N)", "Query Reformulated (Y/N)", "Amazon Fresh (Y/N)", "Store Visited", "Department",
    "Browse Node", "First Search Domain", "Is First Search From External Ad", "User Agent Info Family", "LKCI",
]
assert len(SEARCH_HEADER) == 67


def us_time(value: datetime) -> str:
    return value.strftime("%m/%d/%Y %H:%M:%S UTC")


def iso_time(value: datetime, millis: bool = False) -> str:
    if millis:
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def sql_time(value: datetime, suffix: str = "") -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") + suffix


def to_csv(header: Sequence[str], rows: Sequence[Sequence[str]], *, bom: bool = True, crlf: bool = False,
           quote_all: bool = True, quote_header: bool | None = None) -> bytes:
    """CSV bytes: BOM before the first quote, all or minimal quoting, LF or CRLF."""
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    terminator = "\r\n" if crlf else "\n"
    head_quoting = quoting if quote_header is None else (csv.QUOTE_ALL if quote_header else csv.QUOTE_MINIMAL)
    csv.writer(out, quoting=head_quoting, lineterminator=terminator).writerow(header)
    csv.writer(out, quoting=quoting, lineterminator=terminator).writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")


def order_values(order: Order, time_text: str, ship_text: str) -> dict[str, str]:
    return {
        "Website": order.website, "Order ID": order.order_id, "Order Date": time_text,
        "Purchase Order Number": "Not Applicable", "Currency": order.currency, "Unit Price": order.unit_price,
        "Unit Price Tax": order.unit_tax, "Shipping Charge": "0", "Total Discounts": order.discount,
        "Total Owed": order.total, "Shipment Item Subtotal": order.subtotal or order.total,
        "Shipment Item Subtotal Tax": order.subtotal_tax, "ASIN": order.asin, "Product Condition": "New",
        "Quantity": order.quantity, "Payment Instrument Type": order.payment, "Order Status": order.status,
        "Shipment Status": order.shipment_status, "Ship Date": ship_text,
        "Shipping Option": order.shipping_option, "Shipping Address": order.address,
        "Billing Address": order.address, "Carrier Name & Tracking Number": order.carrier,
        "Product Name": order.title, "Gift Message": "Not Available",
        "Gift Sender Name": order.gift_sender or "Not Available",
        "Gift Recipient Contact Details": "Not Available", "Item Serial Number": "Not Available",
    }


def orders_csv_a(orders: Sequence[Order], *, bom: bool = True, crlf: bool = False, iso: bool = False,
                 extra_rows: Sequence[dict[str, str]] = ()) -> bytes:
    """``Retail.OrderHistory.<n>.csv`` (2018–2025): fully quoted, US dates (or ISO with ``iso=True``)."""
    rows = []
    for order in orders:
        when = iso_time(order.time) if iso else us_time(order.time)
        ship = "Not Available" if order.ship_time is None else (
            iso_time(order.ship_time, millis=True) if iso else us_time(order.ship_time))
        values = order_values(order, when, ship)
        rows.append([values[h] for h in ORDER_HEADER_A])
    rows += [[extra.get(h, "") for h in ORDER_HEADER_A] for extra in extra_rows]
    return to_csv(ORDER_HEADER_A, rows, bom=bom, crlf=crlf)


def orders_json(orders: Sequence[Order]) -> bytes:
    """The short-lived ``Retail.OrderHistory.<n>.json`` (2023): an array of objects with the CSV's keys."""
    records = []
    for order in orders:
        ship = "Not Available" if order.ship_time is None else iso_time(order.ship_time)
        records.append(order_values(order, iso_time(order.time), ship))
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


def orders_csv_c(orders: Sequence[Order], *, notice: bool = False, bom: bool = False, millis: Sequence[bool] = ()
                 ) -> bytes:
    """``Your Amazon Orders/Order History.csv`` (2026): alphabetical renamed header, minimal quoting, CRLF."""
    rows = []
    for pos, order in enumerate(orders):
        with_ms = millis[pos] if pos < len(millis) else False
        ship = "Not Available" if order.ship_time is None else iso_time(order.ship_time, millis=True)
        values = order_values(order, iso_time(order.time, millis=with_ms), ship)
        renamed = {RENAMES_C.get(k, k): v for k, v in values.items()}
        rows.append([renamed[h] for h in ORDER_HEADER_C])
    if notice:
        rows.append(["Not Available" if h != "Order Date" else NOTICE for h in ORDER_HEADER_C])
    return to_csv(ORDER_HEADER_C, rows, bom=bom, crlf=True, quote_all=False)


def searches_csv(searches: Sequence[Search], *, customer_ip: str = "88.87.118.0") -> bytes:
    """``…Customer-Engagement.csv``: 67 columns, BOM, header unquoted except the one with commas."""
    rows = []
    for search in searches:
        values = dict.fromkeys(SEARCH_HEADER, "")
        last = search.last_time or search.time
        values.update({
            "First Search Time (GMT)": sql_time(search.time), "Last search Time (GMT)": sql_time(last, ".0"),
            "Country ID": "338801", "All Department (APS) or Category": "aps", "Site Variant": search.site_variant,
            "Application / Browser Name": "Desktop", "Device Model": "200738741",
            "Search Type (Keyword,Visual,Browse)": search.search_type, "Keywords": search.keywords,
            "First Search Query String": search.query_string, "Customer IP": customer_ip,
            "Store Visited": search.store, "Prime Customer (Y/N)": "N", "Department": "aps,computers",
            "Number of Clicked Items": "1",
        })
        rows.append([values[h] for h in SEARCH_HEADER])
    out = io.StringIO()
    out.write(",".join(f'"{h}"' if "," in h else h for h in SEARCH_HEADER) + "\n")
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerows(rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def registration_csv(devices: Sequence[Device]) -> bytes:
    """``Devices.Registration/registration.csv`` (columns beyond FirstTimeRegistered/AccountName are invented)."""
    header = ["AccountName", "DeviceFamily", "DeviceSerialNumber", "DeviceName", "FirstTimeRegistered",
              "LastTimeDeregistered"]
    rows = [[d.name.split("'")[0] if "'" in d.name else "", d.family, d.serial, d.name,
             iso_time(d.registered), iso_time(d.deregistered) if d.deregistered else "Not Available"]
            for d in devices]
    return to_csv(header, rows, bom=True, quote_all=True)


def mojibake(text: str) -> str:
    """``'ÅMÅŽÕÑ'`` → ``'Ã…MÃ…Å½Ã•Ã‘'``: UTF-8 bytes read as cp1252 (Latin-1 for unmapped bytes)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def digital_items_csv(items: Sequence[tuple[str, str, str, datetime, str]]) -> bytes:
    """``Digital-Ordering.<n>/Digital Items.csv``: (order id, item id, title, time, marketplace) per item."""
    header = ["ASIN", "Title", "OrderId", "DigitalOrderItemId", "DeclaredCountryCode", "BaseCurrencyCode",
              "FulfilledDate", "IsFulfilled", "Marketplace", "OrderDate", "OriginalQuantity", "OurPrice",
              "OurPriceCurrencyCode", "OurPriceTax", "OurPriceTaxCurrencyCode"]
    rows = [["B0DIGITAL1", title, order, item, "DE", "EUR", sql_time(when), "Y", market, sql_time(when), "1",
             "Not Available", "EUR", "Not Available", "EUR"] for order, item, title, when, market in items]
    return to_csv(header, rows, bom=False, quote_all=False)


def digital_monetary_csv(components: Sequence[tuple[str, str, str]]) -> bytes:
    """``Digital Orders Monetary.csv``: (item id, amount, component type) — several rows per item."""
    header = ["DigitalOrderItemId", "DeliveryPacketId", "AffectedItemQuantity", "TransactionAmount",
              "BaseCurrencyCode", "ClaimCode", "FXTransactionAmount", "FXCurrencyCode", "MonetaryComponentTypeCode",
              "OfferTypeCode"]
    rows = [[item, f"PKT{n}", "1", amount, "EUR", "N/A", "N/A", "N/A", kind, "N/A"]
            for n, (item, amount, kind) in enumerate(components)]
    return to_csv(header, rows, bom=False, quote_all=False)


def digital_content_orders_csv(rows: Sequence[tuple[str, datetime, str, str, str]]) -> bytes:
    """2026 ``Digital Content Orders.csv``: (order id, time, title, amount, component type) per component."""
    header = ["Component Type", "Offer Type Code", "Order Date", "Order ID", "Price Currency Code", "Product Name",
              "Transaction Amount"]
    out = [[kind, "Not Applicable", iso_time(when), order, "USD", title, amount] for order, when, title, amount, kind
           in rows]
    return to_csv(header, out, bom=True, crlf=True, quote_all=False)


def refund_details_csv(rows: Sequence[tuple[str, datetime, str]]) -> bytes:
    """2026 ``Refund Details.csv``: (order id, refund time, amount)."""
    header = ["Currency", "Order ID", "Refund Amount", "Refund Date"]
    return to_csv(header, [["USD", order, amount, iso_time(when)] for order, when, amount in rows], bom=True,
                  crlf=True, quote_all=False)


def alexa_devices_csv(devices: Sequence[Device]) -> bytes:
    """An Alexa device list (``Alexa/Devices/Mobile/000.csv``-style; columns invented, matched by name)."""
    header = ["Device Name", "Device Type", "Serial Number", "Registration Date"]
    return to_csv(header, [[d.name, d.family, d.serial, iso_time(d.registered)] for d in devices], bom=False,
                  quote_all=False)
