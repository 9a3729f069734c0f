"""Build a letter's context (plain data for the templates) from the export, findings and the user's case.

Takes plain data — verdicts, complainant details, declarations — so it does not depend on the case store.
Only facts the export shows or the user confirmed go in; every export or user string is cleaned
(:mod:`core.letters.sanitise`) and escaped later by the template engine. Counts, dates and hashes are
quoted; transcripts of other people's speech never are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from core import __version__
from core.contents import device_list_present
from core.errors import DossierError
from core.i18n import _
from core.letters import i18n, phrasebook
from core.letters.authorities import Authority, Controller, Suggestion, controller_for, parse_residence
from core.letters.authorities import authority as authority_by_slug
from core.letters.export_facts import contradictions, export_facts, site_from_export
from core.letters.facts import confirmed_facts, consent_value
from core.letters.facts import to_date as _user_date
from core.letters.labels import DeviceLabels, export_labels
from core.letters.render_lines import attention
from core.letters.sanitise import clean_line, clean_lines
from core.model import Export, own_times
from core.rules.finding import Finding
from core.vendors import vendor_wording

LetterKind = Literal["complaint", "access", "erasure", "breach"]
KINDS: tuple[str, ...] = ("complaint", "access", "erasure", "breach")
Status = Literal["not-mine", "unsure", "automatic"]
_STATUS_RANK = {"not-mine": 0, "unsure": 1, "automatic": 2}

REQUESTS = ("investigate", "breach", "order_access", "rectify", "own_data", "fine", "handover", "inform")
DEFAULT_REQUESTS = ("investigate", "breach", "order_access", "rectify", "own_data", "handover", "inform")
EVIDENCE_ITEMS = ("request", "delivery", "devices", "orders", "correspondence")


class LanguageUnavailable(DossierError):
    category = "language"
    default_message = "Dossier cannot write this letter in the language chosen."


@dataclass
class LetterOptions:
    """What the user chose for this letter (the GUI asks; the CLI uses these defaults)."""

    include_unsure: bool = False
    include_unreviewed_high: bool = True
    requests: tuple[str, ...] = DEFAULT_REQUESTS
    evidence_items: tuple[str, ...] = ()
    consent_disclose_identity: bool | None = None  # None: not answered yet (the letter shows a placeholder)
    contact_by: Literal["email", "post"] = "email"
    site: str | None = None  # e.g. "amazon.de": which DPO address gets the copy
    today: date | None = None


@dataclass(frozen=True)
class IncludedFinding:
    finding: Finding
    status: Status


@dataclass
class Selection:
    """Findings that go into the letter, and the distinct recordings they concern with their status."""

    findings: list[IncludedFinding] = field(default_factory=list)
    recordings: dict[str, Status] = field(default_factory=dict)  # recording id -> strongest status


def _verdict_of(finding: Finding, verdicts: Mapping[str, Any]) -> str | None:
    for key in (finding.id, finding.subject):
        value = verdicts.get(key)
        if value is None:
            continue
        verdict = value[0] if isinstance(value, tuple | list) else value
        if verdict:
            return str(verdict)
    return None


def select_findings(findings: Iterable[Finding], verdicts: Mapping[str, Any], options: LetterOptions) -> Selection:
    """*Not mine* always, *unsure* if chosen, *mine* never; unreviewed high-severity ones if allowed."""
    selection = Selection()
    for finding in findings:
        verdict = _verdict_of(finding, verdicts)
        status: Status | None = None
        if verdict == "not-mine":
            status = "not-mine"
        elif verdict == "unsure" and options.include_unsure:
            status = "unsure"
        elif verdict is None and finding.severity == "high" and options.include_unreviewed_high:
            status = "automatic"
        if status is None:
            continue
        selection.findings.append(IncludedFinding(finding, status))
        if finding.subject != "export":
            previous = selection.recordings.get(finding.subject)
            if previous is None or _STATUS_RANK[status] < _STATUS_RANK[previous]:
                selection.recordings[finding.subject] = status
    # A recording the user marked as theirs under any of its findings is never included.
    mine = {f.subject for f in findings if _verdict_of(f, verdicts) == "mine"}
    if mine:
        selection.findings = [i for i in selection.findings if i.finding.subject not in mine]
        selection.recordings = {k: v for k, v in selection.recordings.items() if k not in mine}
    return selection


def _to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):  # the user's own dates: ISO only, nothing guessed ("yesterday" is not a date)
        return _user_date(value)
    try:
        import pandas as pd

        if pd.isna(value):
            return None
        return pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str:
    """A table cell as text; missing values (None, NaN, NA) as ``""``."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _recording_facts(export: Export, selection: Selection, lang: str, labels: DeviceLabels) -> dict[str, Any]:
    table = export.recordings
    ids = set(selection.recordings)
    rows = table[table["id"].isin(ids)] if len(table) and ids else table.iloc[0:0]
    # the period a letter states: the recordings' own times, not an archive entry's date (often the packing day)
    times = [t for t in (_to_date(v) for v in own_times(rows).dropna()) if t is not None] if len(rows) else []
    if not len(rows):  # findings on recordings the table does not hold: their own times
        times = [t for t in (_to_date(i.finding.time) for i in selection.findings) if t is not None]
    devices: Counter[str] = Counter()
    no_device = unlabelled = 0
    replaced = False
    for name, serial in zip(rows.get("device_name", []), rows.get("device_serial", []), strict=False):
        label = clean_line(_text(name), max_length=60)
        if label:  # a label that may hold a person's name is shown as "Device A (…)"
            shown = labels.shown(label)
            replaced = replaced or shown != label
            devices[shown] += 1
        elif _text(serial):  # a serial number identifies a stranger's device: the manifest has it, not the letter
            unlabelled += 1
        else:
            no_device += 1
    by_status = Counter(selection.recordings.values())
    rules: Counter[tuple[str, bool]] = Counter()  # (rule, rests on the declaration alone) -> recordings
    seen: set[tuple[str, str]] = set()
    for item in selection.findings:
        if item.finding.subject == "export":
            continue
        key = (item.finding.rule, item.finding.subject)
        if key not in seen:
            seen.add(key)
            rules[item.finding.rule, _declared_only(item.finding)] += 1
    fmt = i18n.format_int
    listed = device_list_present(export)
    first, last = (min(times), max(times)) if times else (None, None)
    undated = len(rows) - len(times) if len(rows) and times else 0  # outside the period the letter states
    return {
        "n": len(ids), "n_fmt": fmt(len(ids), lang),
        "n_not_mine": by_status["not-mine"], "n_not_mine_fmt": fmt(by_status["not-mine"], lang),
        "n_unsure": by_status["unsure"], "n_unsure_fmt": fmt(by_status["unsure"], lang),
        "n_automatic": by_status["automatic"], "n_automatic_fmt": fmt(by_status["automatic"], lang),
        "first": i18n.format_date(first, lang), "last": i18n.format_date(last, lang),
        "n_undated": undated, "n_undated_fmt": fmt(undated, lang),
        "first_iso": first.isoformat() if first else "", "last_iso": last.isoformat() if last else "",
        "devices": [{"label": d, "n_fmt": fmt(n, lang)} for d, n in devices.most_common(5)],
        "n_devices": len(devices), "n_no_device": no_device, "n_no_device_fmt": fmt(no_device, lang),
        "n_unlabelled": unlabelled, "n_unlabelled_fmt": fmt(unlabelled, lang), "labels_replaced": replaced,
        "rules": [{"id": r, "name": i18n.rule_name(r, lang, device_list=listed, declared_only=declared),
                   "n_fmt": fmt(n, lang)} for (r, declared), n in rules.most_common()],
        "summary_findings": [labels.redact(clean_line(i.finding.explanation, max_length=300))
                             for i in selection.findings if i.finding.subject == "export"][:5],
    }


def _declared_only(finding: Finding) -> bool:
    """Whether the finding rests on the user's declaration alone: the export's device lists hold a voice device
    that may have been there at the recording's time (``core.rules.without_device``)."""
    evidence = finding.evidence or {}
    return evidence.get("basis") == "owner-declaration" and evidence.get("export_shows_no_device_then") is False


def _complainant(details: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": clean_line(details.get("name", ""), max_length=120),
        "address": clean_lines(details.get("address", "")),
        "email": clean_line(details.get("email", ""), max_length=120),
        "phone": clean_line(details.get("phone", ""), max_length=40),
        "account_email": clean_line(details.get("account_email", ""), max_length=120),
        "reference": clean_line(details.get("reference", ""), max_length=60),
    }


def regime(authority: Authority) -> str:
    """Which law the complaint is under: GDPR (EU/EEA), UK GDPR (ICO) or a report under the Swiss FADP."""
    return {"GB": "uk", "CH": "ch_report"}.get(authority.country, "gdpr")


def build_context(export: Export, findings: Iterable[Finding], *, verdicts: Mapping[str, Any],
                  complainant: Mapping[str, Any], declarations: Mapping[str, Any], suggestion: Suggestion,
                  authority: Authority | None = None, residence: str | None = None, lang: str = "en",
                  kind: str = "complaint", options: LetterOptions | None = None,
                  controller: Controller | None = None) -> dict[str, Any]:
    """Everything a letter template may use, as plain, cleaned data."""
    options = options or LetterOptions()
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind {kind!r}")
    lang = phrasebook.ALIASES.get(lang, lang)
    lang = lang if lang in i18n.COMPLAINT_LANGUAGES else "en"
    if lang not in i18n.LANGUAGES and kind != "complaint":
        raise LanguageUnavailable(_("Dossier writes letters to the company in English, German or French, not in "
                                    "“{lang}” — choose one of en, de, fr.").format(lang=lang))
    chosen = authority or suggestion.authority
    residence = residence or str(declarations.get("residence") or "")
    country, region = parse_residence(residence) if residence else (chosen.country, chosen.region)
    ctrl = controller or controller_for(export.vendor, residence_country=country)
    findings = list(findings)
    selection = select_findings(findings, verdicts, options)
    labels = export_labels(export, lang)
    site = (options.site or clean_line(complainant.get("site", ""), max_length=40)
            or site_from_export(export, ctrl))
    today = options.today or date.today()
    lead = chosen.slug == ctrl.lead_authority
    consent = options.consent_disclose_identity
    if consent is None:
        consent = consent_value(declarations.get("consent_disclose"))
    facts = confirmed_facts(declarations, complainant, lang=lang, today=today, kind=kind, consent=consent)
    law_name = {"uk": "UK GDPR", "ch_report": "DSG" if lang == "de" else ("LPD" if lang == "fr" else "FADP")}
    the_regime = regime(chosen)
    if lang not in i18n.LANGUAGES and (the_regime != "gdpr" or chosen.country == "AT"):
        text = _("Dossier writes this letter to {authority} in {languages}, not in “{lang}”.")
        raise LanguageUnavailable(text.format(
            authority=chosen.name_en, languages=", ".join(x for x in chosen.languages if x in i18n.LANGUAGES),
            lang=lang))
    return {
        "kind": kind, "lang": lang, "date": i18n.format_date(today, lang), "date_iso": today.isoformat(),
        "version": __version__,
        "reference": clean_line(complainant.get("reference", ""), max_length=60) or f"Dossier-{export.export_id[:8]}",
        "complainant": _complainant(complainant),
        "authority": {"slug": chosen.slug, "name": chosen.display_name(lang), "address": list(chosen.address),
                      "email": chosen.email or "", "webform": chosen.webform or "", "country": chosen.country,
                      "is_lead": lead, "overridden": chosen.slug != suggestion.authority.slug,
                      "is_land": chosen.country == "DE" and chosen.region is not None},
        "routing_reason": suggestion.reason if chosen.slug == suggestion.authority.slug else "",
        "controller": {"key": ctrl.key, "name": ctrl.entities[0], "entities": ctrl.all_entities(site),
                       "address": attention(list(ctrl.postal_address), lang), "dpo_email": ctrl.dpo_email(site) or "",
                       "contact_form": ctrl.contact_form(site) or "",
                       "site": site, "display_name": ctrl.display_name, "unverified": ctrl.entities_unverified,
                       "assistant": vendor_wording(ctrl.key).assistant, "country": ctrl.country},
        "lead_authority_name": _lead_name(ctrl, lang),
        "lead_country": i18n.country_name(authority_by_slug(ctrl.lead_authority).country, lang),
        "residence": {"country": country, "region": region, "name": i18n.residence_name(country, region, lang)},
        "regime": the_regime, "report": the_regime == "ch_report", "is_at": chosen.country == "AT",
        "extra_law": "§ 24 DSG" if chosen.country == "AT" else "",
        "law": law_name.get(the_regime) or phrasebook.phrases(lang).get("law")
        or ("DSGVO" if lang == "de" else ("RGPD" if lang == "fr" else "GDPR")),
        "export": export_facts(export, lang),
        "rec": _recording_facts(export, selection, lang, labels),
        "owner_has_no_device": bool(declarations.get("owner_has_no_device")),
        "contradictions": contradictions(export, declarations, labels),
        "f": facts.as_context(), "missing": facts.missing,
        "requests": [r for r in REQUESTS if r in options.requests],
        "evidence_items": [e for e in EVIDENCE_ITEMS if e in options.evidence_items],
        "consent": consent,
        "contact_by": options.contact_by if (options.contact_by == "post" or complainant.get("email")) else "post",
        "language_name": i18n.language_name(lang),
        "manifest_name": "evidence-manifest.txt",
    }


def _lead_name(ctrl: Controller, lang: str) -> str:
    from core.letters.authorities import authority

    lead = authority(ctrl.lead_authority)
    return f"{lead.name}, {i18n.country_name(lead.country, lang)}"
