"""A small export spec that carries every quirk, with the values the parser must produce."""

from __future__ import annotations

from datetime import datetime

from tests.synth.audio import VOICES
from tests.synth.render import mojibake
from tests.synth.spec import Clip, Device, Order, Search, Spec

ADDRESS = "Erika Muster Hauptstr. 1 12345 Musterstadt Deutschland"


def quirk_spec() -> Spec:
    spec = Spec(owner="Erika Muster", address=ADDRESS, export_time=datetime(2022, 3, 1, 10, 0, 0))
    spec.orders = [
        Order("111-0000001-0000001", datetime(2021, 11, 11, 22, 32, 48), 'Display 15.6" FHD, matte', "999.99",
              "819.66", "180.33", discount="'-21.25'", ship_time=datetime(2021, 11, 12, 20, 29, 23), address=ADDRESS),
        Order("111-0000002-0000002", datetime(2021, 11, 20, 18, 53, 16), "Webcam, Full HD", "29.63", "24.29", "5.34",
              subtotal="45.29", subtotal_tax="9.33", ship_time=datetime(2021, 11, 21, 0, 33, 0), address=ADDRESS),
        Order("111-0000002-0000002", datetime(2021, 11, 20, 18, 53, 16), "Mouse pad", "24.99", "21.00", "3.99",
              subtotal="45.29", subtotal_tax="9.33", ship_time=datetime(2021, 11, 21, 0, 33, 0), address=ADDRESS,
              quantity="2"),
        Order("111-0000003-0000003", datetime(2022, 1, 5, 8, 0, 1), "Kettle", "12", "10.08", "1.92",
              status="Cancelled", shipment_status="Not Available", address=ADDRESS, gift_sender="Erika Muster"),
        Order("111-0000004-0000004", datetime(2022, 2, 14, 12, 30, 0), mojibake("Kaffee Crème brûlée"), "8.50",
              "7.14", "1.36", ship_time=datetime(2022, 2, 15, 9, 0, 0), address=ADDRESS),
    ]
    marker = mojibake("ÅMÅŽÕÑ")
    spec.searches = [
        Search(datetime(2020, 2, 27, 15, 52, 6), "my hero", "keywords=my hero&search-alias=instant-video",
               last_time=datetime(2020, 2, 27, 15, 52, 8), store="UK", site_variant=""),
        Search(datetime(2021, 11, 11, 17, 32, 32), "", f"__mk_it_IT={marker}&field-keywords=disco+ssd&url=x",
               store="IT"),
        Search(datetime(2021, 11, 11, 17, 32, 44), "", "i=aps&k=licenza windows 10&ref=nb_sb_ss", store="IT"),
        Search(datetime(2019, 7, 24, 15, 17, 6), "", "rh=n:460158031,p_n_feature:5870343031", search_type="br"),
        Search(datetime(2021, 6, 28, 12, 9, 50), mojibake("Käse"), "k=k%C3%A4se"),
    ]
    spec.devices = [
        Device("G000K1", "Erika's Kindle", "Kindle", datetime(2016, 11, 5, 8, 12, 40)),
        Device("G090XX", "Maria's Echo Dot", "ECHO", datetime(2019, 1, 2, 3, 4, 5), datetime(2020, 2, 3, 4, 5, 6)),
    ]
    spec.alexa_devices = [
        Device("G0SHOW1", "Living Room", "Echo Show", datetime(2019, 2, 1, 10, 0, 0)),
        Device("PLUG1", "Desk Plug", "Smart Plug", datetime(2019, 2, 2, 10, 0, 0)),
    ]
    spec.digital = [("D01-0000009-0000009", "ITEM9", "Hörbuch: Der Schwarm", datetime(2021, 5, 6, 7, 8, 9),
                     [("9.24", "Price Amount"), ("1.75", "Tax")])]
    spec.refunds = [("111-0000002-0000002", datetime(2021, 12, 1, 9, 10, 11), "24.99")]
    t = [datetime(2019, 3, 4, 5, 6, 7), datetime(2019, 3, 5, 6, 7, 8), datetime(2019, 3, 6, 7, 8, 9),
         datetime(2019, 3, 7, 8, 9, 10), datetime(2019, 3, 8, 9, 10, 11), datetime(2019, 3, 9, 10, 11, 12)]
    spec.clips = [
        Clip(f"Voice/{t[0]:%Y-%m-%dT%H-%M-%S}_a1.wav", "Alexa, wie spät ist es?", VOICES[0], t[0],
             device_name="Maria's Echo Dot", device_serial="G090XX", response="Es ist fünf Uhr sechs."),
        Clip(f"Voice/{t[1]:%Y%m%d_%H%M%S}.wav", "Alexa, ruf Maria an.", VOICES[1], t[1],
             device_name="Living Room", device_serial="G0SHOW1"),
        Clip(f"Voice/{int(t[2].timestamp() * 1000) + 7200000 * 0}.wav", "Alexa, stopp.", VOICES[0], t[2]),
        Clip(f"Voice/utt-{int(t[3].timestamp())}.wav", "Alexa, lauter.", VOICES[1], t[3]),
        Clip("Voice/aufnahme-5.wav", "Alexa, Timer stoppen.", VOICES[0], t[4], dating="metadata"),
        Clip("Voice/aufnahme-6.wav", "Alexa, guten Morgen.", VOICES[1], t[5], dating="archive"),
    ]
    return spec


# What the parser must report for quirk_spec(), independent of the layout generation.
EXPECTED_ORDER_AMOUNTS = {
    ("111-0000001-0000001", 'Display 15.6" FHD, matte'): "999.99",
    ("111-0000002-0000002", "Webcam, Full HD"): "29.63",
    ("111-0000002-0000002", "Mouse pad"): "24.99",
    ("111-0000003-0000003", "Kettle"): "12",
    ("111-0000004-0000004", "Kaffee Crème brûlée"): "8.50",
}
EXPECTED_QUERIES = ["my hero", "disco ssd", "licenza windows 10", None, "Käse"]
