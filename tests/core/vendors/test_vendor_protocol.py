"""Each vendor package is a Vendor: its name, its words for the user, detect and parse — no names in strings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from core.vendors import available_vendors, vendor_wording
from core.vendors.vendor import unknown_wording

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "dossier_de.ts"


def test_every_vendor_names_itself_and_its_assistant() -> None:
    vendors = available_vendors()
    assert [v.NAME for v in vendors] == ["amazon", "google"]
    assert [vendor_wording(v.NAME).assistant for v in vendors] == ["Alexa", "Google Assistant"]
    assert all(callable(v.detect) and callable(v.parse) for v in vendors)


def test_the_declaration_is_in_the_apps_catalogue() -> None:
    root = ET.parse(CATALOGUE).getroot()
    sources = {m.findtext("source") for c in root.iter("context") if c.findtext("name") == "OverviewPage"
               for m in c.iter("message")}
    assert {v.WORDING.no_device for v in available_vendors()} <= sources


def test_an_unknown_vendor_gets_neutral_words_not_another_vendors() -> None:
    words = vendor_wording("acme")
    assert words == unknown_wording("acme") and words.company == "Acme"
    text = f"{words.assistant} {words.no_device}"
    assert not any(v.WORDING.assistant in text or v.WORDING.company in text for v in available_vendors())
