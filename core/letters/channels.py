"""How each authority takes a complaint (``sending`` in ``resources/authorities.json``) and the steps the letter
flow prints: which channel, with what signature, ID copy and attachments, and what does not count as a complaint.

What the directory does not know stays unknown: the steps then say so, instead of promising that a plain
e-mail will do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.i18n import N_, _

CHANNEL_NAMES = {"webform": N_("the authority's web form"), "email": N_("e-mail"), "post": N_("post"),
                 "pec": N_("certified e-mail (PEC)"), "epuap": "ePUAP", "e-delivery": N_("e-Doręczenia (e-delivery)"),
                 "e-office": N_("the authority's electronic office (log-in with a national e-ID)"),
                 "secure-message": N_("secure message")}
PRIOR_CONTACT = {"required": N_("The authority requires that you raised the problem with the company first."),
                 "expected": N_("The authority expects you to have contacted the company first; say in the letter "
                                "what you asked and what it answered (--prior-contact)."),
                 "recommended": N_("The authority recommends contacting the company first.")}


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

    def words(self) -> list[str]:
        """The directory's own texts in this record (channel notes, what it refuses, signature, attachments):
        English sources the steps translate, collected into core's catalogue by scripts/update_core_catalog.py."""
        texts = [c.note for c in self.channels if c.note]
        return texts + list(self.not_channels) + [t for t in (self.signature, self.attachment_limit) if t]


def _channel_line(n: int, channel: Channel) -> str:
    name = _(CHANNEL_NAMES[channel.kind]) if channel.kind in CHANNEL_NAMES else channel.kind
    where = f": {channel.address}" if channel.address else ""
    note = f" — {_(channel.note)}" if channel.note else ""
    if name[:2].islower():
        name = name[0].upper() + name[1:]
    return f"  {n}. {name}{where}{note}."


def how_to_send(sending: Sending, authority_name: str, files: Sequence[str], *, form_fields: str | None = None,
                bundle: str | None = None) -> list[str]:
    """The steps, one line each, to send what Dossier wrote to ``authority_name``."""
    letter = next((f for f in files if f.endswith(".pdf")), files[0] if files else "")
    lines = [_("How to send it to {authority} (one of these ways, the first is preferred):").format(
        authority=authority_name)]
    if not sending.channels:
        lines.append("  " + _("Dossier does not know how this authority takes complaints — check its website."))
    for n, channel in enumerate(sending.channels, 1):
        lines.append(_channel_line(n, channel))
    if form_fields and "webform" in sending.kinds:
        lines.append("  " + _("On the web form, paste each section from {fields} into the field of the same name and "
                              "attach {letter}.").format(fields=form_fields, letter=letter))
    for what in sending.not_channels:
        lines.append("  " + _("Not accepted as a complaint: {what}.").format(what=_(what)))
    lines.append("  " + (_("Signature: {what}.").format(what=_(sending.signature)) if sending.signature else
                         _("Signature: Dossier does not know whether this authority requires one — sign the printed "
                           "letter if you send it by post.")))
    if sending.id_copy:
        lines.append("  " + _("Enclose a copy of a valid identity document."))
    elif sending.id_copy is None:
        lines.append("  " + _("ID copy: not known to Dossier whether one is needed."))
    if sending.prior_contact in PRIOR_CONTACT:
        lines.append("  " + _(PRIOR_CONTACT[sending.prior_contact]))
    if sending.attachment_limit:
        lines.append("  " + _("Attachments: {limit}.").format(limit=_(sending.attachment_limit)))
    if bundle:
        lines.append("  " + _("Keep {bundle} (the evidence bundle); send it, or parts of it, only when the authority "
                              "asks and through the channel it names.").format(bundle=bundle))
    source = sending.source or _("the directory")
    lines.append("  " + (_("(Source: {source}, checked on {date}.)").format(source=source, date=sending.checked_on)
                         if sending.checked_on else _("(Source: {source}.)").format(source=source)))
    return lines
