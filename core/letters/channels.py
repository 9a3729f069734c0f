"""How each authority takes a complaint (``sending`` in ``resources/authorities.json``) and the steps the letter
flow prints: which channel, with what signature, ID copy and attachments, and what does not count as a complaint.

What the directory does not know stays unknown: the steps then say so, instead of promising that a plain
e-mail will do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

CHANNEL_NAMES = {"webform": "the authority's web form", "email": "e-mail", "post": "post",
                 "pec": "certified e-mail (PEC)", "epuap": "ePUAP", "e-delivery": "e-Doręczenia (e-delivery)",
                 "e-office": "the authority's electronic office (log-in with a national e-ID)",
                 "secure-message": "secure message"}
PRIOR_CONTACT = {"required": "The authority requires that you raised the problem with the company first.",
                 "expected": "The authority expects you to have contacted the company first; say in the letter what "
                             "you asked and what it answered (--prior-contact).",
                 "recommended": "The authority recommends contacting the company first."}


@dataclass(frozen=True)
class Channel:
    kind: str
    address: str | None
    note: str | None = None


@dataclass(frozen=True)
class Sending:
    """One authority's ways of taking a complaint, preferred first, and its formal requirements (None: unknown)."""

    channels: tuple[Channel, ...] = ()
    signature: str | None = None
    id_copy: bool | None = None
    prior_contact: str | None = None
    not_channels: tuple[str, ...] = ()
    attachment_limit: str | None = None
    source: str = ""
    checked_on: str = ""
    kinds: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any] | None) -> Sending:
        raw = raw or {}
        channels = tuple(Channel(c["kind"], c.get("address"), c.get("note")) for c in raw.get("channels", ()))
        return cls(channels=channels, signature=raw.get("signature"), id_copy=raw.get("id_copy"),
                   prior_contact=raw.get("prior_contact"), not_channels=tuple(raw.get("not_channels", ())),
                   attachment_limit=raw.get("attachment_limit"), source=raw.get("source", ""),
                   checked_on=raw.get("checked_on", ""), kinds=tuple(c.kind for c in channels))


def _channel_line(n: int, channel: Channel) -> str:
    name = CHANNEL_NAMES.get(channel.kind, channel.kind)
    where = f": {channel.address}" if channel.address else ""
    note = f" — {channel.note}" if channel.note else ""
    if name[:2].islower():
        name = name[0].upper() + name[1:]
    return f"  {n}. {name}{where}{note}."


def how_to_send(sending: Sending, authority_name: str, files: Sequence[str], *, form_fields: str | None = None,
                bundle: str | None = None) -> list[str]:
    """The steps, one line each, to send what Dossier wrote to ``authority_name``."""
    letter = next((f for f in files if f.endswith(".pdf")), files[0] if files else "the letter")
    lines = [f"How to send it to {authority_name} (one of these ways, the first is preferred):"]
    if not sending.channels:
        lines.append("  Dossier does not know how this authority takes complaints — check its website.")
    for n, channel in enumerate(sending.channels, 1):
        lines.append(_channel_line(n, channel))
    if form_fields and "webform" in sending.kinds:
        lines.append(f"  On the web form, paste each section from {form_fields} into the field of the same name and "
                     f"attach {letter}.")
    for what in sending.not_channels:
        lines.append(f"  Not accepted as a complaint: {what}.")
    lines.append(f"  Signature: {sending.signature}." if sending.signature else
                 "  Signature: Dossier does not know whether this authority requires one — sign the printed letter "
                 "if you send it by post.")
    if sending.id_copy:
        lines.append("  Enclose a copy of a valid identity document.")
    elif sending.id_copy is None:
        lines.append("  ID copy: not known to Dossier whether one is needed.")
    if sending.prior_contact in PRIOR_CONTACT:
        lines.append("  " + PRIOR_CONTACT[sending.prior_contact])
    if sending.attachment_limit:
        lines.append(f"  Attachments: {sending.attachment_limit}.")
    if bundle:
        lines.append(f"  Keep {bundle} (the evidence bundle); send it, or parts of it, only when the authority asks "
                     "and through the channel it names.")
    checked = f", checked on {sending.checked_on}" if sending.checked_on else ""
    lines.append(f"  (Source: {sending.source or 'the directory'}{checked}.)")
    return lines
