"""The order history read by a second process (:mod:`core.reading.second_process`) while this one reads the rest.

The order files are an Amazon export's biggest tables (200,000 lines: ~1.9 of the parse's ~3.9 CPU-seconds). When
the import has a second process, :func:`hand_over` gives it the order files and :meth:`OrdersElsewhere.parts`
collects their lines when the model needs them. The result is the one reading them here would give: the lines
part by part, and what reading met — the files' entries, problems and notes, and the account's values — put
into the import report where reading them first would have put them. When the second process fails, the
files are read here then, the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
import pandas as pd

from core.model import ImportReport
from core.reading import second_process
from core.reading.tabular import Table
from core.source.archive import ExportSource, Member, never_cancelled
from core.source.budget import Budgets
from core.vendors.amazon import orders
from core.vendors.amazon.context import Context

#: Order files smaller than this (uncompressed) are read here: ~20,000 lines take ~0.2 s.
MIN_ORDER_BYTES = min(16 << 20, second_process.MIN_BYTES)

Spec = tuple[str, int, int | None, int]  # a member as listed here: path, size, CRC-32, compressed size
FileSpec = tuple[str, int, float]  # an export file as listed here: path, size, modification time


@dataclass
class _Part:
    """A part of the order lines as sent: its amounts as codes into their distinct texts (pickling 25,000
    ``Decimal`` objects took 46 ms, the rest of the part 11 ms; ``Decimal(str(d))`` is ``d``, exponent and all)."""

    frame: pd.DataFrame  # without its amounts, unless ``codes`` is None
    codes: np.ndarray | None  # per line, the index of its amount in ``amounts`` (-1: none)
    amounts: list[str]

    @classmethod
    def of(cls, frame: pd.DataFrame) -> _Part:
        amounts = frame["amount"].tolist()
        if not all(v is None or type(v) is Decimal for v in amounts):
            return cls(frame, None, [])
        texts = pd.Series([None if v is None else str(v) for v in amounts], dtype=object)
        codes, uniques = pd.factorize(texts, use_na_sentinel=True)
        return cls(frame.assign(amount=None), codes, [str(u) for u in uniques])

    def unpacked(self, decimals: dict[str, Decimal]) -> pd.DataFrame:
        """The part's lines; ``decimals``: the amounts made so far, shared across parts (one object per distinct
        text, as reading here gives)."""
        if self.codes is None:
            return self.frame
        made = [decimals[text] if text in decimals else decimals.setdefault(text, Decimal(text))
                for text in self.amounts]
        values = np.array([*made, None], dtype=object)  # code -1: the None at the end
        self.frame["amount"] = values[self.codes]
        return self.frame


@dataclass
class _Read:
    """What reading the order files met, beyond their lines (the second process's last message)."""

    report: ImportReport
    tables: list[Table]  # the account's values of each file (``Context.tables["orders"]``)
    unparsed: dict[str, int] = field(default_factory=dict)  # member path → rows the CSV parser could not read


@dataclass
class OrdersElsewhere:
    """Order files handed to the second process; :meth:`parts` waits for them (once)."""

    ctx: Context
    members: list[Member]
    helper: second_process.SecondProcess
    marks: tuple[int, int, int, int]  # lengths of the report's files, problems and notes and of the order tables
    _parts: list[pd.DataFrame] | None = None

    def parts(self) -> list[pd.DataFrame]:
        """The order lines, part by part, with the report as if they had been read first."""
        if self._parts is None:
            messages = self.helper.results(self.ctx.cancelled)
            got = _unpack(messages) if messages is not None else None
            if got is None:  # the second process failed: read them here now, the same way
                sub = Context(self.ctx.source, ImportReport(), self.ctx.cancelled)
                frames = orders.read_order_files(sub, self.members)
                got = frames, _Read(sub.report, sub.tables.get("orders", []),
                                    _unparsed_by_path(sub, self.members))
            self._parts, read = got
            self._merge(read)
        return self._parts

    def _merge(self, read: _Read) -> None:
        files, problems, notes, tables = self.marks
        report = self.ctx.report
        report.files[files:files] = read.report.files
        report.problems[problems:problems] = read.report.problems
        report.notes[notes:notes] = read.report.notes
        self.ctx.tables.setdefault("orders", [])[tables:tables] = read.tables
        by_path = {m.path: m for m in self.members}
        for entry in read.report.files:
            self.ctx.entries[id(by_path[entry.member])] = entry
        for path, rows in read.unparsed.items():
            self.ctx.unparsed[id(by_path[path])] = rows


def hand_over(ctx: Context, members: list[Member],
              helper: second_process.SecondProcess | None) -> OrdersElsewhere | None:
    """The order files given to ``helper``; ``None`` when they are better read here (no helper, small files,
    or files not in a ZIP file of the export)."""
    if helper is None or not members or sum(m.size for m in members) < MIN_ORDER_BYTES:
        return None
    held = {m.container for m in members}
    files = [f for f in ctx.source.files if f.name in held]
    if len(files) != len(held) or not all(f.path.lower().endswith(".zip") for f in files):
        return None
    specs = [(m.path, m.size, m.crc32, m.compressed_size) for m in members]
    if not helper.run(read_there, [(f.path, f.size, f.mtime) for f in files], specs, ctx.source.budgets):
        return None
    marks = (len(ctx.report.files), len(ctx.report.problems), len(ctx.report.notes),
             len(ctx.tables.get("orders", [])))
    return OrdersElsewhere(ctx, members, helper, marks)


def read_there(files: list[FileSpec], specs: list[Spec], budgets: Budgets) -> Iterator[object]:
    """In the second process: the order files' parts, then a :class:`_Read`.
    Raises if the files are not the ones the first process listed (it then reads them itself)."""
    with ExportSource.open([path for path, _size, _mtime in files], hash_files=False, budgets=budgets) as source:
        listed = {(f.path, f.size, f.mtime) for f in source.files}
        if listed != set(files):
            raise RuntimeError("the export files changed since they were listed")
        by_spec = {(m.path, m.size, m.crc32, m.compressed_size): m for m in source.members}
        if not all(spec in by_spec for spec in specs):
            raise RuntimeError("an order file is not where the first process listed it")
        members = [by_spec[spec] for spec in specs]
        ctx = Context(source, ImportReport(), never_cancelled)
        for member in members:
            yield from map(_Part.of, orders.read_order_parts(ctx, member) or [])
        yield _Read(ctx.report, ctx.tables.get("orders", []), _unparsed_by_path(ctx, members))


def _unpack(messages: Iterator[object]) -> tuple[list[pd.DataFrame], _Read] | None:
    """The parts and the summary :func:`read_there` sent, or ``None`` if they are not what it sends."""
    frames: list[pd.DataFrame] = []
    decimals: dict[str, Decimal] = {}
    for message in messages:
        if isinstance(message, _Read):
            return frames, message
        if not isinstance(message, _Part):
            return None
        frames.append(message.unpacked(decimals))
    return None


def _unparsed_by_path(ctx: Context, members: list[Member]) -> dict[str, int]:
    return {m.path: ctx.unparsed[id(m)] for m in members if id(m) in ctx.unparsed}
