"""``dossier letter PATH... --residence CC[-REGION] --out DIR``: a letter as PDF + text, and the evidence bundle.

Headless: opens the export through :func:`core.pipeline.open_export` with the user's saved case (verdicts,
"my voice" marks — so the voice check runs as in the app —, retention and declarations; options given here
win), includes findings marked *not mine* (and *unsure* with ``--include-unsure``) and high-severity
findings without a verdict, which the letter says were identified automatically. Every file is written
atomically into ``--out``. Errors: exit 2 with one sentence.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from core.errors import DossierError
from core.i18n import _ as core_text


class OutputUnwritable(DossierError):
    category = "output"
    default_message = "Dossier cannot write to the output folder — check that it exists and that you may write there."


class NothingToReport(DossierError):
    category = "nothing-to-report"
    default_message = ("No finding goes into the letter, so it would have nothing to report — review the findings in "
                       "the app, or add --owner-has-no-device if you never had a voice device.")


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


FACT_ARGUMENTS = (("request_date", "request_date"), ("received_date", "delivery_date"),
                  ("request_channel", "request_channel"), ("reference", "company_reference"),
                  ("prior_contact", "prior_contact"), ("other_proceedings", "other_proceedings"),
                  ("consent_to_disclose", "consent_disclose"))


class NotADate(DossierError):
    category = "arguments"
    default_message = "Dates must be written as YYYY-MM-DD, for example 2018-10-01."


def apply_fact_arguments(args: argparse.Namespace, complainant: dict[str, Any],
                         declarations: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts given on the command line, over those saved in the case (a date must be a real date)."""
    from core.letters.facts import to_date

    declarations = dict(declarations)
    for arg, key in FACT_ARGUMENTS:
        value = getattr(args, arg, None)
        if value is None:
            continue
        if key.endswith("_date") and to_date(value) is None:
            raise NotADate(f"“{str(value)[:20]}” is not a date — write it as YYYY-MM-DD, for example 2018-10-01.")
        declarations[key] = value
    if getattr(args, "account_email", None):
        complainant = {**complainant, "account_email": args.account_email}
    return complainant, declarations


def run_letter_command(args: argparse.Namespace) -> int:
    from core.letters.authorities import authority as authority_by_slug
    from core.letters.authorities import (
        company_language,
        controller_for,
        default_language,
        sending_languages,
        suggest_authority,
    )
    from core.letters.channels import how_to_send
    from core.letters.context import LetterOptions, select_findings
    from core.letters.draft import draft_letter
    from core.letters.evidence import (
        CLIPS_WARNING,
        atomic_write_bytes,
        attachment_entry,
        build_manifest,
        check_destination,
        verify_export,
        write_bundle,
    )
    from core.letters.export_facts import site_from_export
    from core.letters.followup_output import correspondence_manifest, record_drafted
    from core.letters.forms import attachment_warnings, form_fields
    from core.letters.i18n import language_label
    from core.letters.warnings import letter_warnings
    from core.pipeline import open_export
    from gui.letters.pdf import render_pdf

    out = Path(args.out).expanduser()
    suggestion = None
    declared: dict[str, object] = {"residence": args.residence}
    if args.owner_has_no_device:
        declared["owner_has_no_device"] = True
    with open_export(args.paths, case="existing", declared=declared) as opened:
        source, export, findings, case = opened.source, opened.export, opened.findings, opened.case
        verdicts, complainant, log = case.verdicts(), case.complainant(), case.processing_log()
        declarations = {**case.declarations(), **declared}
        for key, value in (("name", args.name), ("email", args.email)):
            if value:
                complainant[key] = value
        if args.address:
            complainant["address"] = "\n".join(part.strip() for part in args.address.split(";"))
        complainant, declarations = apply_fact_arguments(args, complainant, declarations)
        suggestion = suggest_authority(args.residence, export.vendor)
        chosen = authority_by_slug(args.authority) if args.authority else suggestion.authority
        if args.kind == "complaint":
            lang = args.lang or default_language(chosen)
        else:
            ctrl = controller_for(export.vendor, residence_country=chosen.country)
            lang = args.lang or company_language(site_from_export(export, ctrl))
        options = LetterOptions(include_unsure=args.include_unsure, include_unreviewed_high=True)
        context, letter = draft_letter(export, findings, residence=args.residence, verdicts=verdicts,
                                       complainant=complainant, declarations=declarations, lang=lang,
                                       kind=args.kind, authority_slug=args.authority, options=options)
        if context["rec"]["n"] == 0:
            raise NothingToReport()
        for warning in letter_warnings(context, command_line=True):
            print(f"dossier: warning — {warning}", file=sys.stderr)
        check_destination(export, out)
        verify_export(export)
        stem = f"letter-{args.kind}-{lang}"
        pdf = render_pdf(letter)
        text = letter.text().encode("utf-8")
        files = {f"{stem}.pdf": pdf, f"{stem}.txt": text}
        chosen_authority = authority_by_slug(context["authority"]["slug"])
        if args.kind == "complaint" and context["authority"]["webform"]:
            parts = [f"== {f.label} ==" + (f" ({len(f.text)} of at most {f.limit} characters)" if f.limit else "")
                     + f"\n{f.text}" for f in form_fields(letter, chosen_authority)]
            files[f"{stem}-form-fields.txt"] = (f"Web form: {context['authority']['webform']}\n\n"
                                                + "\n\n".join(parts) + "\n").encode()
            for warning in attachment_warnings(chosen_authority, {f"{stem}.pdf": len(pdf)}):
                print(f"dossier: note — {warning}", file=sys.stderr)
        selection = select_findings(findings, verdicts, options)
        log = [*log, (_now(), f"dossier letter: {args.kind}/{lang} to {context['authority']['slug']}, "
                             f"{len(selection.findings)} findings on {len(selection.recordings)} recordings")]
        manifest = build_manifest(export, selection, processing_log=log, members=source.members,
                                  attachments=[attachment_entry(n, d) for n, d in files.items()],
                                  correspondence=correspondence_manifest(case))
        if args.include_clips:
            print(f"dossier: warning — {core_text(CLIPS_WARNING)}", file=sys.stderr)
        bundle = out / f"dossier-evidence-{export.export_id[:12]}.zip"
        try:
            for name, data in files.items():
                atomic_write_bytes(out / name, data)
            write_bundle(bundle, manifest, files, source=source, include_clips=args.include_clips)
        except OSError as exc:
            raise OutputUnwritable(detail=str(exc)) from None
        party, addressee = (("authority", context["authority"]["slug"]) if args.kind == "complaint"
                            else ("company", context["controller"]["key"]))
        kept = record_drafted(case, kind=args.kind, lang=lang, party=party, addressee=addressee, files=files,
                              today=date.today())
    print(core_text("Addressed to: {authority}").format(authority=context["authority"]["name"]))
    if suggestion.authority.slug == context["authority"]["slug"]:
        print(core_text("Why: {reason}").format(reason=suggestion.reason))
    print(core_text("Recordings named in the letter: {n} ({first} to {last})").format(
        n=context["rec"]["n"], first=context["rec"]["first_iso"] or "-", last=context["rec"]["last_iso"] or "-"))
    for name in [*files, bundle.name]:
        print(core_text("Wrote {path}").format(path=out / name))
    if args.kind == "complaint":
        others = [x for x in sending_languages(chosen_authority) if x != lang]
        print(core_text("Language: {language}").format(language=language_label(lang)) + (
            " " + core_text("(the authority also accepts: {others}; switch with --lang {options})").format(
                others=", ".join(language_label(x) for x in others), options=" / --lang ".join(others))
            if others else ""))
        form = f"{stem}-form-fields.txt" if f"{stem}-form-fields.txt" in files else None
        for line in how_to_send(chosen_authority.sending, context["authority"]["name"], list(files),
                                form_fields=form, bundle=bundle.name):
            print(line)
    if kept is not None:
        print(core_text("Kept in your case as L{n}: once you have sent it, run dossier case PATH --sent L{n} --on "
                        "DATE").format(n=kept))
    else:
        print(core_text("Not kept in a case (this export has none yet, or another window holds it): dossier case "
                        "PATH --request-date DATE creates one, so Dossier can follow the letter up."))
    return 0
