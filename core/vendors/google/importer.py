"""Reading a whole Takeout into the model: every member once in the import report, rows into tables."""

from __future__ import annotations

import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from core.errors import DossierError, ImportCancelled
from core.i18n import _, ngettext
from core.model import Export, FileEntry, ImportReport, Problem, empty_export
from core.source.archive import Cancelled, ExportSource, Progress
from core.vendors.google import activity_html, activity_json, pay, play, profile, searches, silent_audio, voice
from core.vendors.google.activity import Activity, Topic, topic
from core.vendors.google.discovery import TAKEOUT_PART, TakeoutFile, discover
from core.vendors.google.jsonio import JsonUnreadable, load_json, read_dataset
from core.vendors.google.tables import frame

DATASETS = {"voice": "google.voice", "search": "google.search"}
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError)


class _Run:
    def __init__(self, source: ExportSource, progress: Progress, cancelled: Cancelled) -> None:
        self.source, self.progress, self.cancelled = source, progress, cancelled
        self.export = empty_export("google", source.files)
        self.report: ImportReport = self.export.report
        self.report.notes.extend(source.notes)
        self.entries: dict[str, FileEntry] = {}
        self.voice: list[Activity] = []
        self.search: list[Activity] = []
        self.purchases: list[dict[str, Any]] = []
        self.forms: set[str] = set()
        self.rel_of: dict[str, str] = {}
        self.done_fraction = 0.0

    # ---- bookkeeping --------------------------------------------------------------------------
    def add(self, member: str, status: str, dataset: str | None = None, reason: str | None = None,
            rows: int = 0, rejected: int = 0) -> FileEntry:
        entry = FileEntry(member, status, dataset, reason, rows, rejected)  # type: ignore[arg-type]
        self.entries[member] = self.report.add(entry)
        return entry

    def unreadable(self, member: str, reason: str) -> None:
        self.add(member, "unreadable", reason=reason)

    # ---- the files ----------------------------------------------------------------------------
    def run(self) -> Export:
        files, outside = discover(self.source)
        for m in outside:
            self.add(m.path, "skipped", reason=_("Not inside the export's Takeout folder."))
        seen: dict[str, str] = {}
        unique: list[TakeoutFile] = []
        for f in files:
            if f.rel in seen:
                self.add(f.member.path, "skipped", reason=_("A second copy of a file already read from "
                                                                    "{value}.").format(
                    value=seen[f.rel]))
                continue
            seen[f.rel] = f.member.path
            unique.append(f)
            self.rel_of[f.member.path] = f.rel
        order = {"play-orders": 0, "play-purchases": 1}
        work = sorted(unique, key=lambda f: order.get(f.kind, -1))
        audio = [f for f in unique if f.kind == "audio"]
        for done, f in enumerate(work, start=1):
            if self.cancelled():
                raise ImportCancelled()
            self.done_fraction = (done - 1) / len(work)
            if done % 20 == 0 or done == len(work):
                self.progress(0.9 * done / len(work), _("Reading the Takeout… {done:,} of {value:,} files").format(
                    done=done, value=len(work)))
            if f.kind == "audio":
                continue  # recorded below, once the entries that name them are known
            try:
                self.read(f)
            except JsonUnreadable as exc:
                self.unreadable(f.member.path, str(exc))
            except (TypeError, AttributeError, KeyError, ValueError, RecursionError):
                # a value of an unexpected type deep inside a record: this file, not the import, fails
                self.unreadable(f.member.path, _("The file is not laid out the way Dossier expects for this kind of "
                                               "file."))
            except (DossierError, *_DAMAGED) as exc:
                if isinstance(exc, ImportCancelled):
                    raise
                self.unreadable(f.member.path, _("The file is damaged inside the archive and could not be read."))
        audio, silent = silent_audio.split_by_content(self.source, audio, self.cancelled)
        self.finish(audio, silent)
        self.progress(1.0, _("Takeout read."))
        return self.export

    def read(self, f: TakeoutFile) -> None:
        path = f.member.path
        if f.kind in ("activity-json", "activity-html"):
            self.read_activity(f)
        elif f.kind == "play-orders":
            value, dups = load_json(self.source, f.member)
            rows, rejected = play.read_orders(value, path, self.report, self.export.account)
            self.purchases.extend(rows)
            self.add(path, "recognised", "google.play.orders", rows=len(rows), rejected=rejected)
            self.duplicates(path, dups)
        elif f.kind == "play-purchases":
            value, dups = load_json(self.source, f.member)
            rows, rejected, twice = play.read_purchases(value, path, self.report, self.purchases)
            self.purchases.extend(rows)
            self.add(path, "recognised", "google.play.purchases", rows=len(rows), rejected=rejected)
            if twice:
                self.report.notes.append(Problem(path, None, ngettext(
                    "{n:,} purchase is also in the order history and listed once.",
                    "{n:,} purchases are also in the order history and listed once.", twice).format(n=twice)))
            self.duplicates(path, dups)
        elif f.kind == "pay":
            self.read_pay(f)
        elif f.kind == "profile":
            value, dups = load_json(self.source, f.member)
            found = profile.read_profile(value, self.export.account)
            self.add(path, "recognised", "google.profile", rows=found)
        elif f.kind == "index":
            self.add(path, "skipped", reason=_("Takeout's table of contents; it holds no personal data rows."))
        else:
            product = f.parts[0] if len(f.parts) > 1 else "Takeout"
            self.add(path, "skipped", reason=_("Takeout data for “{product}” is not used by Dossier.").format(
                product=product))

    def read_pay(self, f: TakeoutFile) -> None:
        locale = "de" if any(p in f.rel for p in ("Transaktionen", "Google-Transaktionen")) else None
        try:
            rows, rejected = pay.read_transactions(read_dataset(self.source, f.member), f.member.path, self.report,
                                                   locale)
        except pay.PayUnreadable as exc:
            self.add(f.member.path, "unreadable", reason=str(exc))
            return
        self.purchases.extend(rows)
        self.add(f.member.path, "recognised", "google.pay", rows=len(rows), rejected=rejected)

    def read_activity(self, f: TakeoutFile) -> None:
        path = f.member.path
        if f.kind == "activity-json":
            value, dups = load_json(self.source, f.member)
            entries, rejected = activity_json.read_activity_json(value, path, f.product, self.report)
            self.duplicates(path, dups)
            self.forms.add("google-my-activity-json")
        else:
            data = read_dataset(self.source, f.member)
            if not activity_html.looks_like_activity_html(data):
                self.add(path, "skipped", reason=_("An HTML page without My Activity entries."))
                return
            entries, rejected, uncertain = activity_html.read_activity_html(data, path, f.product, self.report,
                                                                            self.tick(f))
            self.forms.add("google-my-activity-html")
            if uncertain:
                self.report.notes.append(Problem(path, None, ngettext(
                    "{n:,} time states no zone or the zone the export was made in, not necessarily the event's: "
                    "zone uncertain.",
                    "{n:,} times state no zone or the zone the export was made in, not necessarily the event's: "
                    "zone uncertain.", uncertain).format(n=uncertain)))
        kinds = Counter(topic(a) for a in entries)
        for a in entries:
            {"voice": self.voice, "search": self.search}.get(topic(a), []).append(a)
        if not kinds["voice"] and not kinds["search"] and not rejected:
            if f.product_label:
                reason = _("My Activity for “{product}” is not part of Dossier's tables.").format(
                    product=f.product_label)
            else:
                reason = _("My Activity for this product is not part of Dossier's tables.")
            self.add(path, "skipped", reason=reason)
            return
        main: Topic = "voice" if kinds["voice"] >= kinds["search"] and kinds["voice"] else "search"
        self.add(path, "recognised", DATASETS[main] if kinds[main] else "google.activity", rejected=rejected)

    def tick(self, f: TakeoutFile) -> Callable[[float], None]:
        """Progress within one large file (the file's share of the bar); raises if cancelled."""
        name = f.member.name

        def tick(fraction: float) -> None:
            if self.cancelled():
                raise ImportCancelled()
            if fraction < 1:
                self.progress(0.9 * self.done_fraction, _("Reading {name}… {fraction:.0%}").format(
                    name=name, fraction=fraction))
        return tick

    def duplicates(self, member: str, keys: list[str]) -> None:
        if keys:
            shown = ", ".join(sorted(set(keys))[:5])
            self.report.problem(member, None, _("{value} records repeat a field ({shown}); the last value was "
                                                "used.").format(
                value=len(keys), shown=shown))

    # ---- tables -------------------------------------------------------------------------------
    def finish(self, audio: list[TakeoutFile], silent: list[tuple[TakeoutFile, str]]) -> None:
        index = voice.AudioIndex(audio)
        rec_rows, used = voice.recordings_from_activity(self.voice, self.rel_of, index, self.report,
                                                        voice.AudioIndex([f for f, _kind in silent]))
        rec_rows += voice.recordings_from_orphans(audio, used, self.report)
        search_rows, _ = searches.search_rows(self.search, self.report)
        per_file = Counter(r["member"] for r in [*rec_rows, *search_rows])
        for member, n in per_file.items():
            if member in self.entries:  # activity files; clips are entered below, one row each
                self.entries[member].rows += n
        for f in audio:
            self.add(f.member.path, "recognised", "google.voice", rows=1)
        for f, kind in silent:
            self.add(f.member.path, "skipped", reason=silent_audio.why_silent(kind))
        silent_audio.silent_note(silent, self.report)
        self.export.recordings = frame("recordings", rec_rows)
        self.export.searches = frame("searches", search_rows)
        self.export.purchases = frame("purchases", self.purchases)
        self.export.layouts = ["google-takeout", *sorted(self.forms)]
        zips = {m.container for m in self.source.members if m.container.lower().endswith((".zip", ".tgz", ".tar.gz"))}
        if len(zips) > 1:
            self.export.layouts.append("google-takeout-split")
        self.missing_parts(zips)

    def missing_parts(self, zips: set[str]) -> None:
        """A note when the parts opened (``takeout-…-002.zip``) leave out earlier parts of the same export."""
        parts: dict[str, set[int]] = {}
        suffix: dict[str, str] = {}
        for name in zips:
            match = TAKEOUT_PART.match(name.rsplit("/", 1)[-1])
            if match:
                parts.setdefault(match.group(1), set()).add(int(match.group(2)))
                suffix[match.group(1)] = match.group(3)
        for stem, numbers in sorted(parts.items()):
            missing = sorted(set(range(1, max(numbers))) - numbers)
            if missing:
                names = [f"{stem}-{n:03d}.{suffix[stem]}" for n in missing]
                self.report.parts_not_opened += names
                listed = ", ".join(names)
                self.report.notes.append(Problem("", None, ngettext(
                    "This Takeout is split into parts and {parts} was not opened: open all parts together to see "
                    "everything.",
                    "This Takeout is split into parts and {parts} were not opened: open all parts together to see "
                    "everything.", len(missing)).format(parts=listed)))


def parse_takeout(source: ExportSource, progress: Progress, cancelled: Cancelled) -> Export:
    return _Run(source, progress, cancelled).run()
