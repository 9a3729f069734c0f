"""Amazon "Request Your Data" exports (2018 per-dataset ZIPs, 2023 category ZIPs, 2026 readable folders).

``parse`` reads the CSV/JSON datasets and the archive directory only; clip hashes are filled later by
:mod:`core.audio.clip_hashes`. Every member of the export ends up exactly once in the import report.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import numpy as np
import pandas as pd

from core import contents
from core.i18n import _
from core.model import Export, Problem, empty_export, empty_table
from core.reading.convert import sanitize_text
from core.reading.frame_sort import join_frames, sorted_frame
from core.reading.second_process import SecondProcess
from core.reading.tabular import Table, TableUnreadable, decode, read_member_bytes
from core.source.archive import Cancelled, ExportSource, Member, Progress, never_cancelled, no_progress
from core.translatable import QT_TRANSLATE_NOOP
from core.vendors.amazon import (
    alexa_app,
    cart,
    devices,
    digital,
    discovery,
    orders,
    orders_elsewhere,
    profile,
    searches,
    transcript_pdf,
    transcriptions,
    voice,
    voice_activity,
)
from core.vendors.amazon.context import Context
from core.vendors.vendor import VendorWording

NAME = "amazon"
WORDING = VendorWording(
    company="Amazon", assistant="Alexa",
    no_device=QT_TRANSLATE_NOOP("OverviewPage", "I have never owned an Echo or any other Alexa device, and never "
                                                "used the Alexa app"))


def detect(source: ExportSource) -> float:
    """Confidence 0..1 that ``source`` is an Amazon export (by member names only)."""
    return discovery.amazon_score(source.members)


def parse(source: ExportSource, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
          helper: SecondProcess | None = None) -> Export:
    """The normalised model of an Amazon export (``sha256`` of clips still ``None``). ``helper``: a second
    process that reads big order files meanwhile (:mod:`core.vendors.amazon.orders_elsewhere`)."""
    export = empty_export(NAME, source.files)
    export.layouts = discovery.layouts(source.members)
    export.report.notes.extend(source.notes)
    export.report.parts_not_opened = discovery.parts_not_opened(f.name for f in source.files)
    if export.report.parts_not_opened:
        export.report.notes.append(Problem("", None, contents.parts_not_opened(export)))
    ctx = Context(source, export.report, cancelled)
    planned = discovery.plan(source.members)
    by_kind: dict[str | None, list[Member]] = {}
    for item in planned:
        if item.kind is None:
            ctx.skipped(item.member, item.reason or _("Not a data file Dossier reads."))
        else:
            by_kind.setdefault(item.kind, []).append(item.member)
    reasons = {item.member.path: item.reason for item in planned}

    progress(0.05, _("Reading orders…"))
    order_members = by_kind.get("orders", []) + by_kind.get("orders-2026", [])
    away = orders_elsewhere.hand_over(ctx, order_members, helper)
    order_parts = away.parts if away is not None else _order_parts_here(ctx, order_members)
    purchase_parts = _purchases(ctx, by_kind, order_parts)
    progress(0.3, _("Reading searches…"))
    search_parts = _each(ctx, by_kind.get("searches", []), searches.read_searches)
    progress(0.5, _("Reading devices…"))
    device_parts = _each(ctx, by_kind.get("registration", []), lambda c, m: devices.read_devices(c, m, "registration"))
    device_parts += _each(ctx, by_kind.get("alexa-devices", []), lambda c, m: devices.read_devices(c, m, "alexa-list"))
    device_parts += _each(ctx, by_kind.get("alexa-app", []), alexa_app.read_app_interactions)
    cart_parts = _each(ctx, by_kind.get("cart", []), cart.read_cart)

    progress(0.6, _("Looking at the other tables…"))
    indexes = []
    for member in by_kind.get("candidate-table", []):
        ctx.check()
        index = _candidate(ctx, member, reasons.get(member.path))
        if index is not None:
            indexes.append(index)

    clips = by_kind.get("audio", [])
    stems = {voice.stem_of(m.name) for m in clips} if by_kind.get("transcriptions") else set()
    indexes += _each(ctx, by_kind.get("transcriptions", []),
                     lambda c, m: transcriptions.read_transcriptions(c, m, stems))
    progress(0.7, _("Listing voice recordings…"))
    audio = voice.probe_audio(ctx, clips, lambda f: progress(0.7 + 0.25 * f,
                                                             _("Listing voice recordings… {done:,} of {total:,}")
                                                             .format(done=int(f * len(clips)), total=len(clips))))
    recordings = voice.recordings(ctx, audio, indexes)
    pdf_rows = [r for r in (transcript_pdf.read_transcript_pdf(ctx, m) for m in by_kind.get("transcript-pdf", []))
                if r is not None]
    recordings, _matched = voice_activity.attach(ctx, recordings, pdf_rows, _("Transcript PDF"), local_time=True)
    said = [r for r in (voice_activity.read_utterances(ctx, m) for m in by_kind.get("alexa-utterances", []))
            if r is not None]
    recordings, _matched = voice_activity.attach(ctx, recordings, said, _("Alexa utterances"))
    export.recordings = _plain_columns(_sorted(recordings, ["time", "audio_member", "member"]))
    for member in by_kind.get("transcript-pdf", []):
        export.documents.append(member.path)  # kept as an attachment too (the letter's evidence)
    for member in by_kind.get("document", []):
        export.documents.append(member.path)
        ctx.recognised(member, "amazon.document")

    export.purchases = _finish("purchases", order_parts() + purchase_parts,
                               ["time", "order_id", "member", "line", "kind", "title"])
    export.searches = _finish("searches", search_parts, ["time", "query", "member", "line"])
    carts = [c for c in cart_parts if len(c)]
    export.cart = _plain_columns(_sorted(pd.concat(carts, ignore_index=True), ["time", "member", "line"])) \
        if carts else None
    device_parts.append(devices.devices_from_purchases(export.purchases))
    export.devices = _finish("devices", device_parts, ["source", "registered", "serial", "name", "member"])
    export.account = profile.account_from_orders(ctx.tables.get("orders", []))
    _account_everything(ctx, source)
    order = {m.path: n for n, m in enumerate(source.members)}
    export.report.problems.sort(key=lambda p: (order.get(p.member, len(order)), p.line or 0))
    progress(1.0, _("Import finished."))
    return export


def _each(ctx: Context, members: list[Member],
          reader: Callable[[Context, Member], pd.DataFrame | None]) -> list[pd.DataFrame]:
    """The tables ``reader`` makes of ``members`` (unreadable ones are in the report, not here)."""
    frames = []
    for member in members:
        ctx.check()
        frame = reader(ctx, member)
        if frame is not None:
            frames.append(frame)
    return frames


def _order_parts_here(ctx: Context, members: list[Member]) -> Callable[[], list[pd.DataFrame]]:
    """The physical order lines, read now (part by part)."""
    parts = orders.read_order_files(ctx, members)
    return lambda: parts


def _purchases(ctx: Context, by_kind: dict[str | None, list[Member]],
               order_parts: Callable[[], list[pd.DataFrame]]) -> list[pd.DataFrame]:
    """Digital orders (components summed) and refunds of every layout; ``order_parts`` gives the physical order
    lines, asked for only when a refund or a 2026 digital order needs their titles."""
    money = digital.read_monetary(ctx, by_kind.get("digital-monetary", []))
    parts = _each(ctx, by_kind.get("digital-items", []), lambda c, m: digital.read_digital_items(c, m, money))
    titles = orders.titles_by_order(order_parts() + parts) if by_kind.get("digital-2026") or by_kind.get("refunds") \
        else {}
    parts += _each(ctx, by_kind.get("digital-2026", []), lambda c, m: digital.read_grouped(
        c, m, kind="digital", dataset="amazon.digital-orders", titles=titles))
    parts += _each(ctx, by_kind.get("refunds", []), lambda c, m: digital.read_grouped(
        c, m, kind="refund", dataset="amazon.refunds", titles=titles))
    return parts


HEAD_LIMIT = 65536


def _candidate(ctx: Context, member: Member, known_reason: str | None) -> pd.DataFrame | None:
    """A CSV/JSON no pattern matched: a voice index, a known unused dataset, or an unknown one (header)."""
    if known_reason:  # an Amazon dataset Dossier does not analyse: not even opened
        ctx.skipped(member, known_reason)
        return None
    table: Table | None = None
    whole: bytes | None = None  # a small CSV read whole for its header is not read a second time
    if member.suffix == ".csv":
        try:
            head = read_member_bytes(ctx.source, member, HEAD_LIMIT)
            whole = head if len(head) < HEAD_LIMIT else None
            header = csv_header(head)
        except TableUnreadable as exc:
            ctx.unreadable(member, str(exc))
            return None
        looks_like_index = voice.is_index(Table(member.path, pd.DataFrame(columns=header), header, None),
                                          member.path)
    else:
        table = ctx.read_table(member)
        if table is None:
            return None
        header = [sanitize_text(h)[:200] for h in table.header]
        looks_like_index = voice.is_index(table, member.path)
    if looks_like_index and member.suffix == ".csv":
        table = ctx.read_table(member, data=whole)  # the whole file; a header alone proves little
        if table is None:
            return None
        looks_like_index = voice.is_index(table, member.path)
    if looks_like_index and table is not None:
        return voice.read_index(ctx, table, member)
    ctx.skipped(member, _("Unknown dataset: Dossier does not know this file (its header is listed)."),
                header=header[:200])
    return None


def csv_header(prefix: bytes) -> list[str]:
    """The first record of a CSV prefix (never any value), cleaned for the report."""
    text, _encoding = decode(prefix)
    try:
        first = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))), [])
    except csv.Error:
        first = []
    return [sanitize_text(h.strip())[:200] for h in first]


def _finish(name: str, parts: list[pd.DataFrame], order: list[str]) -> pd.DataFrame:
    parts = [p for p in parts if p is not None and len(p)]
    if not parts:
        return empty_table(name)
    frame = join_frames(parts)  # column by column: one column's copy at a time (core.reading.frame_sort)
    return _plain_columns(_sorted(frame, order))


def _sorted(frame: pd.DataFrame, order: list[str]) -> pd.DataFrame:
    if frame.empty:
        return frame
    frame = sorted_frame(frame, [c for c in order if c in frame.columns])  # bounded memory (core.reading.frame_sort)
    if "line" in frame.columns:
        line = frame["line"]
        if line.notna().all():
            frame["line"] = pd.Series(line.astype("int64").tolist(), dtype=object)
        else:
            frame["line"] = pd.Series([None if pd.isna(v) else int(v) for v in line], dtype=object)
    return frame


NUMERIC = frozenset({"duration_s"})


def _plain_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Text and other non-time columns as Python objects with ``None`` for missing (not NaN/NA)."""
    for col in frame.columns:
        if col in NUMERIC:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype(float)
        elif not isinstance(frame[col].dtype, pd.DatetimeTZDtype):
            values = frame[col].astype(object)
            present = _present(values.to_numpy())
            frame[col] = values if present.all() else values.where(present, None).astype(object)
    return frame


_NA_SLICE = 100_000


def _present(values: np.ndarray) -> np.ndarray:
    """``pd.notna`` in slices: over 1M Decimals one call held the GIL for 0.12 s (a UI stall)."""
    if len(values) <= _NA_SLICE:
        return pd.notna(values)
    return np.concatenate([pd.notna(values[i:i + _NA_SLICE]) for i in range(0, len(values), _NA_SLICE)])


def _account_everything(ctx: Context, source: ExportSource) -> None:
    """Safety net for the report's promise: any member no reader claimed is listed as skipped."""
    for member in source.members:
        if id(member) not in ctx.entries:
            ctx.skipped(member, _("Not a data file Dossier reads."))
