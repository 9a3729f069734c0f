"""One draft → the fields of an authority's online form, and checks against the form's limits.

Profiles follow the mapping in reference/letters-and-regulators.md §11: the ICO form, the German Land
forms (1 Angaben zur Person … 6 Weiterer Ablauf), the Austrian DSB form (§ 24(2) DSG) and a generic one.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.letters.authorities import Authority
from core.letters.render import RenderedLetter


@dataclass(frozen=True)
class FormField:
    key: str
    label: str
    text: str
    limit: int | None = None

    @property
    def too_long(self) -> bool:
        return self.limit is not None and len(self.text) > self.limit


# profile -> [(key, label, sections joined in this order)]
PROFILES: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "ico": [("about_you", "About you", ("about_you",)),
            ("organisation", "The organisation", ("organisation",)),
            ("what_happened", "What's happened", ("summary",)),
            ("timeline", "Timeline (dates and events)", ("timeline",)),
            ("response", "The organisation's response", ("prior_contact",)),
            ("outcome", "What you would like to happen", ("requests",)),
            ("documents", "Documents", ("evidence",)),
            ("other", "Anything else (legal points, competence, preferences)", ("legal", "competence", "procedure"))],
    "de-land": [("person", "1 Angaben zur Person", ("about_you",)),
                ("against", "2 Gegen wen richtet sich die Beschwerde", ("organisation",)),
                ("facts", "3 Sachverhalt", ("summary", "timeline", "legal", "competence")),
                ("steps", "4 Bisherige Schritte", ("prior_contact",)),
                ("attachments", "5 Anlagen", ("evidence",)),
                ("procedure", "6 Weiterer Ablauf", ("requests", "procedure"))],
    "at-dsb": [("complainant", "Beschwerdeführer/in", ("about_you",)),
               ("respondent", "Beschwerdegegner/in", ("organisation",)),
               ("facts", "Sachverhalt", ("summary", "timeline", "prior_contact")),
               ("reasons", "Gründe für die Rechtswidrigkeit", ("legal",)),
               ("request", "Begehren", ("requests",)),
               ("timeliness", "Angaben zur Rechtzeitigkeit", ("timeliness",)),
               ("attachments", "Beilagen", ("evidence",))],
    "generic": [("identity", "", ("about_you",)), ("controller", "", ("organisation",)),
                ("description", "", ("summary", "timeline")), ("prior", "", ("prior_contact",)),
                ("legal", "", ("legal", "competence")), ("requests", "", ("requests",)),
                ("attachments", "", ("evidence",)), ("procedure", "", ("procedure",))],
}
_GENERIC_LABELS = {"identity": "about_you", "controller": "organisation", "description": "summary",
                   "prior": "prior_contact", "legal": "legal", "requests": "requests", "attachments": "evidence",
                   "procedure": "procedure"}


def form_fields(letter: RenderedLetter, authority: Authority) -> list[FormField]:
    """The letter's sections regrouped into the authority's form fields (labels in the form's language)."""
    profile = PROFILES.get(authority.form_profile, PROFILES["generic"])
    out: list[FormField] = []
    for key, label, sections in profile:
        text = "\n\n".join(letter.fields[s] for s in sections if letter.fields.get(s))
        if not text:
            continue
        if not label:
            label = letter.labels.get(_GENERIC_LABELS.get(key, key), key)
        limit = authority.form_limits.get("summary_chars") if key == "what_happened" else None
        out.append(FormField(key, label, text, limit))
    return out


def attachment_warnings(authority: Authority, sizes: dict[str, int]) -> list[str]:
    """Plain sentences for attachments that exceed the authority's form limits (none if it has no limits)."""
    limits = authority.form_limits
    warnings: list[str] = []
    total = sum(sizes.values())
    if "total_bytes" in limits and total > limits["total_bytes"]:
        warnings.append(f"Together the attachments are {total / 1e6:.1f} MB; {authority.name_en}'s form takes about "
                        f"{limits['total_bytes'] / 1e6:.1f} MB — send the rest by post or e-mail.")
    if "file_bytes" in limits:
        for name, size in sizes.items():
            if size > limits["file_bytes"]:
                warnings.append(f"{name} is {size / 1e6:.1f} MB; {authority.name_en}'s form takes files up to "
                                f"{limits['file_bytes'] / 1e6:.0f} MB.")
    if "files" in limits and len(sizes) > limits["files"]:
        warnings.append(f"{authority.name_en}'s form takes at most {limits['files']} files; you have {len(sizes)}.")
    return warnings
