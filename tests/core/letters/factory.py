"""Synthetic exports and findings for the letter tests (no real data, built in code)."""

from __future__ import annotations

import hashlib

import pandas as pd

from core.model import Account, ExportFile, empty_export, empty_table, recording_id
from core.rules.finding import Finding

HOSTILE = ('<img src=http://evil.example/x.png>', '<b>bold</b> & "quotes"', 'abc\u202eevil\u202c txt',
           'nul\x00byte', 'lone\ud800surrogate', '{{ 7*7 }}', '<script>alert(1)</script>')


def make_export(tmp_path=None, n: int = 12, *, hostile: bool = False, files: list[ExportFile] | None = None):
    export = empty_export("amazon", files or [ExportFile("Alexa.zip", "/nonexistent/Alexa.zip", 123456,
                                                         "ab" * 32, 0.0)])
    rows = []
    for i in range(n):
        member = f"Alexa.zip/Voice/{i:04d}.wav"
        name = HOSTILE[i % len(HOSTILE)] if hostile else ("Kitchen Echo" if i % 3 else None)
        rows.append({
            "id": recording_id(member), "time": pd.Timestamp("2018-06-02T18:00:00Z") + pd.Timedelta(days=i * 7),
            "time_source": "filename", "device_serial": None, "device_name": name,
            "transcript": "private words of someone else", "response": None, "duration_s": 2.0,
            "audio_member": member, "audio_format": "wav", "size": 1000 + i, "crc32": None,
            "sha256": hashlib.sha256(member.encode()).hexdigest(), "member": member, "line": None,
        })
    frame = pd.DataFrame(rows, columns=empty_table("recordings").columns)
    frame["time"] = pd.to_datetime(frame["time"], utc=True)
    export.recordings = frame
    export.account = Account(names=["Erika Muster"], marketplaces=["Amazon.de"])
    return export


def make_findings(export, severity: str = "high") -> list[Finding]:
    out = []
    for row in export.recordings.to_dict("records"):
        out.append(Finding(rule="recording-without-device", severity=severity, subject=row["id"],
                           explanation="A recording although no voice device was ever registered.",
                           member=row["audio_member"], time=row["time"].isoformat()))
    return out


CONFIRMED = {"request_date": "2018-10-01", "delivery_date": "2018-12-03", "request_channel": "the company's web form",
             "company_reference": "none", "prior_contact": "none", "other_proceedings": "none",
             "consent_disclose": "yes"}


def confirm_all_facts(case, name: str = "Erika Muster") -> None:
    """Give a case every fact a letter asks the user for, so no placeholder or warning is left."""
    for key, value in CONFIRMED.items():
        case.set_declaration(key, value)
    case.set_complainant({**case.complainant(), "name": name, "account_email": "erika@example.org"})
