"""The follow-through of a case: what it holds as the evidence trail, and drafting a follow-up letter.

:func:`correspondence_manifest` is the trail every later evidence bundle carries (the request, each letter
with its files' hashes and the day it was sent, each answer with its hash). :func:`write_followup` drafts a
reminder, a complaint for non-answer or a follow-up to the authority, writes it (PDF + text) and a bundle
with the answers attached byte for byte, and records the letter in the case. The PDF renderer is handed in,
so this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from core.case.store import CaseReadOnly, CaseStore
from core.letters.authorities import controller_for, parse_residence
from core.letters.context import Selection
from core.letters.evidence import (
    atomic_write_bytes,
    attachment_entry,
    build_manifest,
    check_destination,
    verify_export,
    write_bundle,
)
from core.letters.facts import to_date
from core.letters.followup import KIND_PARTY, Trail, draft_followup
from core.letters.followup_cases import case_authority, case_deadlines
from core.letters.render import RenderedLetter
from core.model import Export

RenderPdf = Callable[[RenderedLetter], bytes]


@dataclass(frozen=True)
class FollowupWritten:
    letter_id: int
    files: list[Path]
    bundle: Path


def correspondence_manifest(case: CaseStore) -> dict[str, Any]:
    """The case's correspondence as JSON-ready data: dates, names, sizes and SHA-256 hashes only."""
    declared = case.declarations()
    request, delivered = to_date(declared.get("request_date")), to_date(declared.get("delivery_date"))
    return {
        "request": {"date": request.isoformat() if request else None,
                    "channel": str(declared.get("request_channel") or "") or None,
                    "export_received": delivered.isoformat() if delivered else None},
        "letters": [{"letter": x.label, "kind": x.kind, "lang": x.lang, "to": x.party, "addressee": x.addressee,
                     "drafted": x.drafted.isoformat(), "sent": x.sent.isoformat() if x.sent else None,
                     "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in x.files]}
                    for x in case.letters()],
        "replies": [{"reply": f"R{r.id}", "from": r.party, "received": r.received.isoformat(), "name": r.name,
                     "size": r.size, "sha256": r.sha256, "extension": r.extension} for r in case.replies()],
    }


def reply_attachments(case: CaseStore) -> dict[str, bytes]:
    """Every answer the case holds, byte for byte, under ``replies/R<id>-<name>``."""
    return {f"replies/R{r.id}-{r.name}": case.reply_bytes(r.id) for r in case.replies()}


def draft_case_followup(kind: str, case: CaseStore, export: Export, *, today: date,
                        lang: str | None = None) -> RenderedLetter:
    """The follow-up letter ``kind`` from what the case holds (the deadline it answers, if one is running)."""
    from core.letters.authorities import default_language

    chosen = case_authority(case, export.vendor)
    residence = str(case.declarations().get("residence") or "") or chosen.country
    home = parse_residence(residence)[0]
    controller = controller_for(export.vendor, residence_country=home)
    running = case_deadlines(case, export.vendor, today)
    # a reminder or a complaint for non-answer answers an Art. 12(3) period (the earliest: drafted only once it has
    # passed), a follow-up the complaint's Art. 78(2) period
    found = [d for d in running if d.key.startswith("art78" if kind == "followup" else "art12")]
    trail = Trail(case.letters(), case.replies(), case.declarations())
    return draft_followup(kind, trail, authority=chosen, controller=controller, complainant=case.complainant(),
                          deadline=found[0] if found else None, lang=lang or default_language(chosen), today=today,
                          home=home)


def record_drafted(case: CaseStore, *, kind: str, lang: str, party: str, addressee: str,
                   files: Mapping[str, bytes], today: date) -> int | None:
    """Keep a drafted letter in the case (its files' hashes); ``None`` when the case cannot be written."""
    if case.read_only:
        return None
    record = case.record_letter(kind, lang, party, addressee, [attachment_entry(n, d) for n, d in files.items()],
                                drafted=today)
    case.log(f"letter {record.label} drafted: {kind}/{lang} to {addressee}")
    return record.id


def write_followup(kind: str, case: CaseStore, export: Export, out: Path, *, render_pdf: RenderPdf, today: date,
                   members: Any = (), lang: str | None = None) -> FollowupWritten:
    """Draft ``kind``, write its PDF, text and evidence bundle into ``out`` and record it in the case."""
    if case.read_only:
        raise CaseReadOnly()
    letter = draft_case_followup(kind, case, export, today=today, lang=lang)
    check_destination(export, out)
    verify_export(export)
    stem = f"letter-{kind}-{letter.lang}"
    files = {f"{stem}.pdf": render_pdf(letter), f"{stem}.txt": letter.text().encode("utf-8")}
    attached = {**files, **reply_attachments(case)}
    manifest = build_manifest(export, Selection(), processing_log=case.processing_log(), members=members,
                              attachments=[attachment_entry(n, d) for n, d in attached.items()],
                              correspondence=correspondence_manifest(case))
    bundle = out / f"dossier-evidence-{export.export_id[:12]}-{kind}.zip"
    for name, data in files.items():
        atomic_write_bytes(out / name, data)
    write_bundle(bundle, manifest, attached)
    party = KIND_PARTY[kind]
    addressee = case_authority(case, export.vendor).slug if party == "authority" else controller_for(
        export.vendor).key
    letter_id = record_drafted(case, kind=kind, lang=letter.lang, party=party, addressee=addressee, files=files,
                               today=today)
    return FollowupWritten(letter_id or 0, [out / n for n in files], bundle)

