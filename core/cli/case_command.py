"""``dossier case PATH...``: the follow-through of a case, headless.

Records the access request (``--request-date``, ``--request-channel``), the day the export arrived
(``--received-date``), that a drafted letter was sent (``--sent L1 --on DATE``) and an answer received
(``--reply FILE --from company --on DATE``); drafts the next step (``--draft reminder --out DIR``); and prints
the correspondence and the running deadlines (``--status``, also when nothing else is asked). ``--today``
counts the deadlines as of another day. The PDF renderer is handed in by the launcher (no Qt here).

What it prints is in the user's language (``LANGUAGE``/``LC_ALL``/``LANG``, as ``dossier letter``'s messages;
``--lang`` is the drafted letter's language); dates stay ISO, as the options take them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from core.errors import DossierError
from core.i18n import N_, _, ngettext, set_language

FOLLOWUPS = ("reminder", "nonanswer", "followup")
# a letter's kind as the status shows it: the kind's name in English (as --draft and the files name it), a word
# of the user's language in another
KIND_TEXT = {"complaint": N_("complaint"), "access": N_("access"), "erasure": N_("erasure"), "breach": N_("breach"),
             "reminder": N_("reminder"), "nonanswer": N_("nonanswer"), "followup": N_("followup")}


def _kind(kind: str) -> str:
    return _(KIND_TEXT[kind]) if kind in KIND_TEXT else kind


class CaseArgumentMissing(DossierError):
    category = "arguments"
    default_message = N_("Say when with --on YYYY-MM-DD (the day you sent the letter or received the answer).")


class NotADay(DossierError):
    category = "arguments"
    default_message = N_("Dates must be written as YYYY-MM-DD, for example 2018-10-01.")


def add_case_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", help=_("record the follow-through (request, letters sent, answers received), "
                                       "show the deadlines and draft the next letter"))
    case.add_argument("paths", nargs="+", help=_("ZIP files or folders that form one export"))
    case.add_argument("--status", action="store_true", help=_("print the correspondence and the running deadlines"))
    case.add_argument("--residence", default=None, help=_("where you live (as for dossier letter): sets the authority"))
    case.add_argument("--request-date", metavar="YYYY-MM-DD", default=None, help=_("when you asked for your data"))
    case.add_argument("--request-channel", default=None, help=_("how you asked (e.g. the company's privacy web form)"))
    case.add_argument("--received-date", metavar="YYYY-MM-DD", default=None, help=_("when you received the export"))
    case.add_argument("--sent", metavar="LETTER", default=None,
                      help=_("mark a drafted letter as sent (L1, L2 … as --status lists them, or its file name)"))
    case.add_argument("--reply", metavar="FILE", default=None,
                      help=_("attach an answer you received (PDF, .eml, text; kept hashed in the case, never sent)"))
    case.add_argument("--from", dest="reply_from", choices=("company", "authority"), default="company",
                      help=_("who sent the answer (default: the company)"))
    case.add_argument("--extension", action="store_true",
                      help=_("the answer says the company takes two more months (Art. 12(3) GDPR)"))
    case.add_argument("--on", metavar="YYYY-MM-DD", default=None, help=_("the day you sent it or received it"))
    case.add_argument("--draft", choices=FOLLOWUPS, default=None,
                      help=_("draft a reminder to the company, a complaint for non-answer or a follow-up to the "
                           "authority, with the evidence bundle (needs --out)"))
    case.add_argument("--out", default=None, help=_("folder for --draft"))
    case.add_argument("--lang", default=None, help=_("letter language for --draft (default: the authority's)"))
    case.add_argument("--today", metavar="YYYY-MM-DD", default=None,
                      help=_("count the deadlines as of this day instead of today"))


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise NotADay(_("“{value}” is not a date — write it as YYYY-MM-DD, for example 2018-10-01.")
                      .format(value=value[:20])) from None


def _record(args: argparse.Namespace, case: Any) -> list[str]:
    from core.case.correspondence import read_reply

    done: list[str] = []
    if args.residence:
        from core.letters.authorities import parse_residence

        parse_residence(args.residence)  # one sentence if it is not a place Dossier knows
        case.set_declaration("residence", args.residence)
    for key, value in (("request_date", _day(args.request_date)), ("delivery_date", _day(args.received_date))):
        if value is not None:
            case.set_declaration(key, value.isoformat())
    if args.request_channel:
        case.set_declaration("request_channel", args.request_channel[:80])
    on = _day(args.on)
    if args.sent:
        if on is None:
            raise CaseArgumentMissing()
        letter = case.letter(args.sent)
        case.mark_sent(letter.id, on)
        done.append(_("Marked {label} ({kind}) as sent on {day}.").format(label=letter.label,
                                                                          kind=_kind(letter.kind), day=on.isoformat()))
    if args.reply:
        if on is None:
            raise CaseArgumentMissing()
        name, data = read_reply(Path(args.reply).expanduser())
        reply = case.add_reply(name, data, args.reply_from, on, extension=args.extension)
        case.log(f"answer R{reply.id} attached: {reply.size} bytes, SHA-256 {reply.sha256}")
        done.append(ngettext("Kept the answer as R{id} in the case: {name}, {size:,} byte, SHA-256 {sha}.",
                             "Kept the answer as R{id} in the case: {name}, {size:,} bytes, SHA-256 {sha}.",
                             reply.size).format(id=reply.id, name=reply.name, size=reply.size, sha=reply.sha256))
    return done


def _letter_line(x: Any) -> str:
    values = {"label": x.label, "kind": _kind(x.kind), "lang": x.lang, "addressee": x.addressee,
              "drafted": x.drafted.isoformat(), "sent": x.sent.isoformat() if x.sent else ""}
    if x.party == "authority":
        text = (_("{label}: {kind}/{lang} to the authority ({addressee}), drafted {drafted}, sent {sent}") if x.sent
                else _("{label}: {kind}/{lang} to the authority ({addressee}), drafted {drafted}, not marked as sent"))
    else:
        text = (_("{label}: {kind}/{lang} to the company ({addressee}), drafted {drafted}, sent {sent}") if x.sent
                else _("{label}: {kind}/{lang} to the company ({addressee}), drafted {drafted}, not marked as sent"))
    return text.format(**values)


def _reply_line(r: Any) -> str:
    values = {"id": r.id, "received": r.received.isoformat(), "name": r.name, "size": r.size, "sha": r.sha256}
    if r.party == "authority":
        text = ngettext("R{id}: answer from the authority, received {received}: {name}, {size:,} byte, "
                        "SHA-256 {sha}",
                        "R{id}: answer from the authority, received {received}: {name}, {size:,} bytes, "
                        "SHA-256 {sha}", r.size)
    else:
        text = ngettext("R{id}: answer from the company, received {received}: {name}, {size:,} byte, "
                        "SHA-256 {sha}",
                        "R{id}: answer from the company, received {received}: {name}, {size:,} bytes, "
                        "SHA-256 {sha}", r.size)
    line = text.format(**values)
    return f"{line} {_('(extension)')}" if r.extension else line


def _request_line(declared: Any) -> str:
    values = {"request": declared.get("request_date") or _("date not given"),
              "received": declared.get("delivery_date") or _("date not given"),
              "channel": declared.get("request_channel") or ""}
    if values["channel"]:
        return _("Access request: {request} ({channel}); export received: {received}").format(**values)
    return _("Access request: {request}; export received: {received}").format(**values)


def _deadline_line(d: Any) -> str:
    if d.state == "open":
        return "  " + d.sentence()
    if d.next_step in FOLLOWUPS:
        return "  ! " + _("{sentence} (dossier case PATH --draft {step} --out DIR)").format(sentence=d.sentence(),
                                                                                           step=d.next_step)
    return "  ! " + d.sentence()


def status_lines(case: Any, vendor: str, today: date) -> list[str]:
    """The correspondence and the running deadlines, one line each, in the current language."""
    from core.letters.followup_cases import case_deadlines

    declared = case.declarations()
    out = [_request_line(declared)]
    out += [_letter_line(x) for x in case.letters()]
    out += [_reply_line(r) for r in case.replies()]
    found = case_deadlines(case, vendor, today)
    if not declared.get("residence") and not any(x.party == "authority" for x in case.letters()):
        out.append(_("Where you live is not recorded (--residence), so the time limits for complaining in Austria "
                     "or to the ICO are not counted."))
    if found:
        out.append(_("Deadlines as of {day}:").format(day=today.isoformat()))
    else:
        out.append(_("Deadlines as of {day}: none running").format(day=today.isoformat()))
    out += [_deadline_line(d) for d in found]
    return out


def run_case_command(args: argparse.Namespace, render_pdf: Callable[[Any], bytes] | None = None) -> int:
    from core.pipeline import open_export

    set_language(None)  # the messages follow the environment; --lang is the drafted letter's language
    today = _day(args.today) or date.today()
    if args.draft and not args.out:
        raise DossierError(_("--draft needs --out DIR: the folder to write the letter and the evidence bundle "
                             "into."))
    with open_export(args.paths, case="open") as opened:
        case, export = opened.case, opened.export
        if case.read_only:
            from core.case.store import CaseReadOnly

            raise CaseReadOnly()
        case.set_export_label(export.vendor, [f.name for f in export.files])
        for line in _record(args, case):
            print(line)
        if args.draft:
            from core.letters.followup_output import write_followup

            if render_pdf is None:
                raise DossierError(_("Drafting needs the PDF renderer, which this installation does not have."))
            written = write_followup(args.draft, case, export, Path(args.out).expanduser(), render_pdf=render_pdf,
                                     today=today, members=opened.source.members, lang=args.lang)
            print(_("Drafted L{id} ({kind}); mark it as sent with --sent L{id} --on DATE once you have sent it.")
                  .format(id=written.letter_id, kind=_kind(args.draft)))
            for path in [*written.files, written.bundle]:
                print(_("Wrote {path}").format(path=path))
        # recording the request, the delivery or the residence answers with the case as it now stands (those
        # change its deadlines); marking, attaching and drafting say what they did instead
        quiet = args.sent or args.reply or args.draft
        if args.status or not quiet:
            print("\n".join(status_lines(case, export.vendor, today)))
    return 0
