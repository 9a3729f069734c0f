"""What a synthetic Amazon export contains, independent of its layout generation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Order:
    """One physical order line; money as the exact text Amazon would write."""

    order_id: str
    time: datetime
    title: str
    total: str  # Total Owed / Total Amount of the line
    unit_price: str
    unit_tax: str
    subtotal: str = ""  # per-shipment subtotal, repeated on each line of the shipment
    subtotal_tax: str = "0"
    quantity: str = "1"
    currency: str = "EUR"
    website: str = "Amazon.de"
    asin: str = "B000000000"
    status: str = "Closed"
    shipment_status: str = "Shipped"
    ship_time: datetime | None = None
    shipping_option: str = "std-de"
    address: str = ""
    payment: str = "Visa - 1234"
    discount: str = "0"
    carrier: str = "DHL(000000000000)"
    gift_sender: str = ""


@dataclass
class Search:
    time: datetime
    keywords: str
    query_string: str
    store: str = "DE"
    site_variant: str = "PC Browser"
    last_time: datetime | None = None
    search_type: str = "kw"


@dataclass
class Device:
    serial: str
    name: str
    family: str
    registered: datetime
    deregistered: datetime | None = None


@dataclass
class Clip:
    """A voice clip. ``dating`` says where its time is written: filename, metadata, archive, index.

    An empty ``text`` is a false wake: the clip holds quiet room noise and its transcript is empty.
    """

    file: str  # path inside the Alexa dataset, e.g. "Voice/2018-05-03_07-12-09_a1b2.wav"
    text: str
    voice: str
    time: datetime
    dating: str = "filename"
    device_name: str | None = None
    device_serial: str | None = None
    device_type: str | None = None  # Amazon's device-type code, as in a web-API recordKey
    response: str | None = None
    speed: int = 165  # espeak-ng words per minute: the same phrase at another speed is other audio


@dataclass
class Spec:
    owner: str
    address: str
    orders: list[Order] = field(default_factory=list)
    searches: list[Search] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)
    clips: list[Clip] = field(default_factory=list)
    alexa_devices: list[Device] = field(default_factory=list)
    # digital orders: (order id, item id, title, time, [(amount, component type), ...])
    digital: list[tuple[str, str, str, datetime, list[tuple[str, str]]]] = field(default_factory=list)
    refunds: list[tuple[str, datetime, str]] = field(default_factory=list)  # (order id, time, amount)
    export_time: datetime = datetime(2018, 8, 14, 9, 30, 0)
