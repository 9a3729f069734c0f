"""The supervisory-authority directory and the routing from the user's residence to an authority.

``resources/authorities.json`` lists every EU/EEA national authority, the German federal and Land
authorities, the UK ICO and the Swiss FDPIC; ``resources/controllers.json`` the companies letters go to.
:func:`suggest_authority` turns a residence (``"DE-SN"``, ``"AT"``, ``"LU"`` …) into the authority to
suggest, with the reason, and the alternatives the user may choose instead (the user can always override).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field, replace
from typing import Any

from core.errors import DossierError
from core.i18n import N_, _
from core.letters.channels import Sending
from core.letters.i18n import COMPLAINT_LANGUAGES, LANGUAGES
from core.letters.phrasebook import ALIASES
from core.platform.paths import resources_dir

EU_EEA = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
          "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO")
COUNTRIES = (*EU_EEA, "GB", "CH")
GERMAN_LAENDER = {
    "DE-BW": "Baden-Württemberg", "DE-BY": "Bayern", "DE-BE": "Berlin", "DE-BB": "Brandenburg",
    "DE-HB": "Bremen", "DE-HH": "Hamburg", "DE-HE": "Hessen", "DE-MV": "Mecklenburg-Vorpommern",
    "DE-NI": "Niedersachsen", "DE-NW": "Nordrhein-Westfalen", "DE-RP": "Rheinland-Pfalz", "DE-SL": "Saarland",
    "DE-SN": "Sachsen", "DE-ST": "Sachsen-Anhalt", "DE-SH": "Schleswig-Holstein", "DE-TH": "Thüringen",
}
_ALIASES = {"UK": "GB", "EL": "GR"}


class ResidenceUnknown(DossierError):
    category = "residence"
    default_message = N_("Dossier does not know this country or region — use a code such as DE-SN, AT or FR.")


@dataclass(frozen=True)
class Authority:
    """One supervisory authority (see ``resources/authorities.json`` for field meanings)."""

    slug: str
    country: str
    region: str | None
    sector: str
    name: str
    name_en: str
    address: tuple[str, ...]
    email: str | None
    webform: str | None
    website: str | None
    phone: str | None
    languages: tuple[str, ...]
    last_verified: str
    verified_source: str | None
    verification_note: str
    notes: tuple[str, ...] = ()
    form_profile: str = "generic"
    form_limits: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    sending: Sending = field(default_factory=Sending, compare=False, hash=False)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Authority:
        return cls(
            slug=raw["slug"], country=raw["country"], region=raw.get("region"), sector=raw.get("sector", "all"),
            name=raw["name"], name_en=raw["name_en"], address=tuple(raw["address"]), email=raw.get("email"),
            webform=raw.get("webform"), website=raw.get("website"), phone=raw.get("phone"),
            languages=tuple(raw.get("complaint_languages") or raw.get("languages") or ()),
            last_verified=raw.get("last_verified", ""), verified_source=raw.get("verified_source"),
            verification_note=raw.get("verification_note", ""), notes=tuple(raw.get("notes", ())),
            form_profile=(raw.get("form") or {}).get("profile", "generic"),
            form_limits=dict((raw.get("form") or {}).get("limits", {})),
            sending=Sending.from_json(raw.get("sending")),
        )

    def display_name(self, lang: str) -> str:
        """The native name, with the English one in brackets for readers of other languages."""
        if lang in self.languages or self.name == self.name_en:
            return self.name
        return f"{self.name} ({self.name_en})"


@dataclass(frozen=True)
class Controller:
    """A company letters are addressed to (entities, postal address, DPO contact per site)."""

    key: str
    display_name: str
    lead_authority: str
    lead_reason: str
    entities: tuple[str, ...]
    postal_address: tuple[str, ...]
    sites: dict[str, dict[str, Any]] = field(default_factory=dict)
    default_site: str = ""
    country: str = ""
    entities_unverified: bool = False  # the privacy notice names further controllers (Alexa's is unverified)
    regional: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, hash=False)

    def contact_form(self, site: str | None = None) -> str | None:
        info = self.sites.get(site or self.default_site) or self.sites.get(self.default_site) or {}
        form = info.get("contact_form")
        return str(form) if form else None

    def for_residence(self, country: str) -> Controller:
        """The controller users living in ``country`` deal with (the UK has its own, outside the GDPR)."""
        local = self.regional.get(country)
        if not local:
            return self
        return replace(self, display_name=local.get("display_name", self.display_name),
                       entities=tuple(local["entities"]), postal_address=tuple(local["postal_address"]),
                       sites=dict(local["sites"]), default_site=local["default_site"], country=local["country"],
                       entities_unverified=bool(local.get("unverified", self.entities_unverified)), regional={})

    def dpo_email(self, site: str | None = None) -> str | None:
        info = self.sites.get(site or self.default_site) or self.sites.get(self.default_site) or {}
        email = info.get("dpo_email")
        return str(email) if email else None

    def all_entities(self, site: str | None = None) -> list[str]:
        info = self.sites.get(site or self.default_site) or {}
        return [*self.entities, *info.get("extra_entities", [])]


@dataclass(frozen=True)
class Suggestion:
    """The authority to suggest, why, and what else the user may choose."""

    authority: Authority
    reason: str
    alternatives: tuple[tuple[Authority, str], ...] = ()


@functools.cache
def authorities() -> dict[str, Authority]:
    """Every authority in the directory, by slug."""
    raw = json.loads((resources_dir() / "authorities.json").read_text(encoding="utf-8"))
    return {a["slug"]: Authority.from_json(a) for a in raw["authorities"]}


@functools.cache
def controllers() -> dict[str, Controller]:
    raw = json.loads((resources_dir() / "controllers.json").read_text(encoding="utf-8"))
    return {
        key: Controller(key=key, display_name=c["display_name"], lead_authority=c["lead_authority"],
                        lead_reason=c["lead_reason"], entities=tuple(c["entities"]),
                        postal_address=tuple(c["postal_address"]), sites=dict(c["sites"]),
                        default_site=c.get("default_site", ""), country=c.get("country", ""),
                        entities_unverified=bool(c.get("entities_unverified")), regional=dict(c.get("regional", {})))
        for key, c in raw["controllers"].items()
    }


def authority(slug: str) -> Authority:
    """One authority by slug (the user's override); :class:`ResidenceUnknown` if there is none."""
    try:
        return authorities()[slug]
    except KeyError:
        raise ResidenceUnknown(_("Dossier has no supervisory authority called “{slug}”.").format(slug=slug)) from None


def controller_for(vendor: str, residence_country: str | None = None) -> Controller:
    """The controller for an export's vendor (Amazon for unknown vendors, the scenario Dossier was built for),
    as users living in ``residence_country`` deal with it."""
    table = controllers()
    ctrl = table.get(vendor, table["amazon"])
    return ctrl.for_residence(residence_country) if residence_country else ctrl


def parse_residence(residence: str) -> tuple[str, str | None]:
    """``"de-sn"`` → ``("DE", "DE-SN")``; ``"AT"`` → ``("AT", None)``. Raises :class:`ResidenceUnknown`."""
    text = (residence or "").strip().upper().replace("_", "-")
    country, _sep, sub = text.partition("-")
    country = _ALIASES.get(country, country)
    if country not in COUNTRIES:
        raise ResidenceUnknown(_("Dossier does not know the country code “{code}” — use a code such as DE-SN, AT, FR "
                                 "or GB.").format(code=residence.strip()[:12]))
    if not sub:
        return country, None
    region = f"{country}-{sub}"
    if country == "DE" and region not in GERMAN_LAENDER:
        raise ResidenceUnknown(_("“{region}” is not a German federal state — use one of {codes}.").format(
            region=region, codes=", ".join(sorted(GERMAN_LAENDER))))
    return country, region


def _national(country: str) -> Authority:
    for a in authorities().values():
        if a.country == country and a.region is None and a.sector == "all":
            return a
    raise ResidenceUnknown(_("Dossier has no authority for {place}.").format(place=country))  # pragma: no cover


def _land(region: str) -> Authority:
    for a in authorities().values():
        if a.region == region and a.sector in ("all", "private"):
            return a
    raise ResidenceUnknown(_("Dossier has no authority for {place}.").format(place=region))  # pragma: no cover


def suggest_authority(residence: str, vendor: str = "amazon") -> Suggestion:
    """The authority to suggest for a complaint about ``vendor`` by someone living in ``residence``.

    Art. 77(1) GDPR: the authority of the habitual residence (own language, contact point; it passes the
    case to the lead authority under Art. 56/60). Germany: the Land authority (for a private company
    based abroad), never the BfDI; Bavaria: the BayLDA. The lead authority is always an alternative.
    """
    country, region = parse_residence(residence)
    ctrl = controller_for(vendor)
    lead = authority(ctrl.lead_authority)
    lead_reason = _(ctrl.lead_reason)  # the texts of resources/controllers.json are in the core catalog
    lead_alt = (lead, _("Lead supervisory authority for {company}: {reason}").format(company=ctrl.display_name,
                                                                                    reason=lead_reason))
    if country == "DE":
        if region is None:
            raise ResidenceUnknown(_("For Germany Dossier needs your federal state (for example DE-SN for Saxony), "
                                     "because complaints about companies go to the authority of your Land."))
        chosen = _land(region)
        reason = _("Art. 77(1) GDPR: you live in {land}; complaints about a private company based abroad go to the "
                   "data-protection authority of your federal state (not the Federal Commissioner, BfDI). It passes "
                   "the case on to the lead authority (Art. 56, 60 GDPR); it may forward it within Germany under "
                   "§ 19 BDSG, and the authority it hands the case to then takes it over.").format(
            land=_place_name(country, region))
        return Suggestion(chosen, reason, (lead_alt,))
    if country == lead.country:
        return Suggestion(lead, _("Art. 77(1) GDPR: you live in the country of the lead supervisory authority for "
                                  "{company}. {reason}").format(company=ctrl.display_name, reason=lead_reason))
    chosen = _national(country)
    if country == "GB":
        reason = _("You live in the United Kingdom: the ICO supervises under the UK GDPR and the Data Protection Act "
                   "2018 (no one-stop shop with the EU since 2021). Complain to the company first; the ICO expects "
                   "the complaint within three months of the company's last answer. For an account on an EU site "
                   "an Art. 77 GDPR complaint to the EU lead authority is also possible.")
    elif country == "CH":
        reason = _("You live in Switzerland. The FDPIC is not a GDPR authority, so Dossier suggests an Art. 77 GDPR "
                   "complaint to the EU lead authority for {company}, which makes you a party to the procedure. "
                   "Alternative: a report (Anzeige) to the FDPIC under Art. 49 of the Swiss FADP — you are informed, "
                   "but not a party.").format(company=ctrl.display_name)
        return Suggestion(lead, reason, ((chosen, _("Report to the FDPIC under Art. 49 FADP (you are not a party)")),))
    else:
        reason = _("Art. 77(1) GDPR: the authority of your habitual residence — in your language and your contact "
                   "point; it passes the case to the lead authority (Art. 56, 60 GDPR) and keeps you informed.")
    return Suggestion(chosen, reason, (lead_alt,))


def _place_name(country: str, region: str | None) -> str:
    """The residence in the current UI language ("Sachsen" / "Saxony (Germany)")."""
    from core.i18n import current_language
    from core.letters.i18n import residence_name

    lang = current_language()
    return residence_name(country, region, lang if lang in LANGUAGES else "en")


def default_language(authority_: Authority, fallback: str = "en",
                     supported: tuple[str, ...] = COMPLAINT_LANGUAGES) -> str:
    """The first complaint language of the authority that Dossier writes (Norwegian as Bokmål), else ``fallback``."""
    for lang in sending_languages(authority_, supported):
        return lang
    return fallback


def sending_languages(authority_: Authority, supported: tuple[str, ...] = COMPLAINT_LANGUAGES) -> list[str]:
    """The authority's complaint languages that Dossier writes, preferred first (what the user may switch between)."""
    out: list[str] = []
    for lang in authority_.languages:
        lang = ALIASES.get(lang, lang)
        if lang in supported and lang not in out:
            out.append(lang)
    return out


_SITE_LANGUAGES = {"de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "lu": "fr"}


def company_language(site: str | None) -> str:
    """The language of a letter to the company: that of the site the account is on (amazon.de → German) where
    Dossier has company letters in it, else English."""
    tld = (site or "").rsplit(".", 1)[-1].lower()
    lang = _SITE_LANGUAGES.get(tld, "en")
    return lang if lang in LANGUAGES else "en"
