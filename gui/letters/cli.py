"""``dossier letter PATH... --residence CC[-REGION] --out DIR``: a letter as PDF + text, and the evidence bundle.

Headless: loads the export, runs the rules, includes findings marked *not mine* in the user's case (and
*unsure* with ``--include-unsure``) and high-severity findings without a verdict, which the letter says were
identified automatically. Every file is written atomically into ``--out``. Errors: exit 2 with one sentence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.errors import DossierError


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


def _case_data(export_id: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[tuple[str, str]]]:
    """Verdicts, complainant, declarations and log of an existing case (read-only); empty if there is none."""
    from core.platform.paths import cases_dir

    stem = "".join(c for c in export_id[:32] if c.isalnum()) or "case"
    if not (cases_dir() / f"{stem}.sqlite").exists():
        return {}, {}, {}, []
    from core.case.store import CaseStore

    store = CaseStore.open(export_id)
    try:
        return dict(store.verdicts()), dict(store.complainant()), dict(store.declarations()), \
            list(store.processing_log())
    finally:
        store.close()


def run_letter_command(args: argparse.Namespace) -> int:
    from core.cli.main import load
    from core.letters import LetterOptions, draft_letter
    from core.letters.authorities import authority as authority_by_slug
    from core.letters.authorities import default_language, suggest_authority
    from core.letters.context import select_findings
    from core.letters.evidence import (
        CLIPS_WARNING,
        atomic_write_bytes,
        attachment_entry,
        build_manifest,
        check_destination,
        verify_export,
        write_bundle,
    )
    from core.letters.forms import attachment_warnings, form_fields
    from core.rules.finding import ReviewContext
    from core.rules.registry import run_rules
    from gui.letters.pdf import render_pdf

    out = Path(args.out).expanduser()
    suggestion = None
    source, export = load(args.paths)
    with source:
        verdicts, complainant, declarations, log = _case_data(export.export_id)
        owner_has_no_device = bool(args.owner_has_no_device or declarations.get("owner_has_no_device"))
        declarations = {**declarations, "owner_has_no_device": owner_has_no_device, "residence": args.residence}
        for key, value in (("name", args.name), ("email", args.email)):
            if value:
                complainant[key] = value
        if args.address:
            complainant["address"] = "\n".join(part.strip() for part in args.address.split(";"))
        simple = {k: (v[0] if isinstance(v, tuple | list) else v) for k, v in verdicts.items()}
        findings = run_rules(export, ReviewContext(owner_has_no_device=owner_has_no_device,
                                                   verdicts=simple))
        suggestion = suggest_authority(args.residence, export.vendor)
        chosen = authority_by_slug(args.authority) if args.authority else suggestion.authority
        lang = args.lang or default_language(chosen)
        options = LetterOptions(include_unsure=args.include_unsure, include_unreviewed_high=True)
        context, letter = draft_letter(export, findings, residence=args.residence, verdicts=verdicts,
                                       complainant=complainant, declarations=declarations, lang=lang,
                                       kind=args.kind, authority_slug=args.authority, options=options)
        if context["rec"]["n"] == 0:
            raise NothingToReport()
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
                                  attachments=[attachment_entry(n, d) for n, d in files.items()])
        if args.include_clips:
            print(f"dossier: warning — {CLIPS_WARNING}", file=sys.stderr)
        bundle = out / f"dossier-evidence-{export.export_id[:12]}.zip"
        try:
            for name, data in files.items():
                atomic_write_bytes(out / name, data)
            write_bundle(bundle, manifest, files, source=source, include_clips=args.include_clips)
        except OSError as exc:
            raise OutputUnwritable(detail=str(exc)) from None
    print(f"Addressed to: {context['authority']['name']}")
    if suggestion.authority.slug == context["authority"]["slug"]:
        print(f"Why: {suggestion.reason}")
    print(f"Recordings named in the letter: {context['rec']['n']} "
          f"({context['rec']['first_iso'] or '-'} to {context['rec']['last_iso'] or '-'})")
    for name in [*files, bundle.name]:
        print(f"Wrote {out / name}")
    return 0
