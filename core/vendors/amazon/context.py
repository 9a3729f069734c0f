"""The state one Amazon import shares between dataset readers: source, report, rejections."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from core.errors import ImportCancelled
from core.i18n import _, ngettext
from core.model import FileEntry, ImportReport, Problem
from core.reading.csv_parse import read_csv_bytes
from core.reading.csv_stream import Plan, Reread, iter_csv, read_csv
from core.reading.jsontable import read_json_records
from core.reading.tabular import Table, TableUnreadable
from core.source.archive import Cancelled, ExportSource, Member

T = TypeVar("T")


@dataclass
class Context:
    source: ExportSource
    report: ImportReport
    cancelled: Cancelled
    entries: dict[int, FileEntry] = field(default_factory=dict)  # id(member) → its one entry
    tables: dict[str, list[Table]] = field(default_factory=dict)  # kind → tables read (for the account)
    unparsed: dict[int, int] = field(default_factory=dict)  # id(member) → rows the CSV parser could not read

    def check(self) -> None:
        if self.cancelled():
            raise ImportCancelled()

    # ---- the import report: every member exactly once ---------------------------------------------
    def recognised(self, member: Member, dataset: str, rows: int = 0, rejected: int = 0) -> FileEntry:
        ragged = self.unparsed.pop(id(member), 0)  # rows with too many fields count as read and rejected
        return self._add(member, FileEntry(member.path, "recognised", dataset=dataset, rows=rows + ragged,
                                           rejected=rejected + ragged))

    def skipped(self, member: Member, reason: str, header: list[str] | None = None) -> FileEntry:
        return self._add(member, FileEntry(member.path, "skipped", reason=reason, header=header))

    def unreadable(self, member: Member, reason: str) -> FileEntry:
        return self._add(member, FileEntry(member.path, "unreadable", reason=reason))

    def _add(self, member: Member, entry: FileEntry) -> FileEntry:
        previous = self.entries.get(id(member))
        if previous is not None:  # a second decision replaces the first, keeping "exactly once"
            self.report.files.remove(previous)
        self.entries[id(member)] = entry
        return self.report.add(entry)

    # ---- reading ----------------------------------------------------------------------------------
    def read_table(self, member: Member, usecols: tuple[str, ...] | None = None,
                   data: bytes | None = None) -> Table | None:
        """The member as a table, or ``None`` after recording it as unreadable. ``data``: a CSV member's
        bytes already read (not read again)."""
        try:
            if member.suffix == ".json":
                table = read_json_records(self.source, member)
            elif data is not None:
                table = read_csv_bytes(member.path, data, usecols)
            else:
                table = read_csv(self.source, member, usecols)
        except TableUnreadable as exc:
            self.unreadable(member, str(exc))
            return None
        self._accept(member, table)
        return table

    def read_table_parts(self, member: Member, usecols: tuple[str, ...] | None,
                         convert: Callable[[Table], T]) -> list[T] | None:
        """``convert`` applied to each part of the member (a big CSV in parts of ``CHUNK_ROWS`` rows, see
        :mod:`core.reading.csv_stream`, so its raw text is never held whole; anything else in one part), or ``None``
        after recording it as unreadable; ``convert`` may raise ``TableUnreadable`` (e.g. a missing column)."""
        plan: Plan = "stream"
        while True:
            mark = len(self.report.problems), len(self.report.notes)
            results: list[T] = []
            try:
                with contextlib.closing(self._parts(member, usecols, plan)) as parts:
                    for table in parts:
                        self.check()
                        self._accept(member, table, at=mark[0] + self.unparsed.get(id(member), 0))
                        try:
                            results.append(convert(table))
                        except TableUnreadable as exc:  # the table is not what its name says
                            self.unreadable(member, str(exc))
                            return None
                return results
            except Reread as again:  # the parts so far are void: forget what they reported, read again
                plan = again.plan
            except TableUnreadable as exc:  # the member could not be read: nothing it reported stays
                self._forget(member, mark)
                self.unreadable(member, str(exc))
                return None
            self._forget(member, mark)

    def _forget(self, member: Member, mark: tuple[int, int]) -> None:
        """Drop what reading ``member`` reported since ``mark`` (the lengths of problems and notes then)."""
        del self.report.problems[mark[0]:], self.report.notes[mark[1]:]
        self.unparsed.pop(id(member), None)

    def _parts(self, member: Member, usecols: tuple[str, ...] | None, plan: Plan) -> Generator[Table, None, None]:
        if member.suffix == ".json":
            yield read_json_records(self.source, member)
        else:
            yield from iter_csv(self.source, member, usecols, plan)

    def _accept(self, member: Member, table: Table, at: int | None = None) -> None:
        """Record what reading the table met: ragged rows (problems) and a Windows-1252 fallback (note).
        ``at``: the table is a further part of the member, whose ragged rows go before the problems its
        earlier parts' rows met (as when the whole file is read first)."""
        if at is None:
            for line, message in table.problems:
                self.report.problem(member.path, line, message)
        else:
            self.report.problems[at:at] = [Problem(member.path, line, message) for line, message in table.problems]
        if table.problems:
            before = self.unparsed.get(id(member), 0) if at is not None else 0
            self.unparsed[id(member)] = before + len(table.problems)
        note = _note(member, _("The file is not valid UTF-8; it was read as Windows-1252."))
        if table.encoding == "cp1252" and note not in self.report.notes[-8:]:  # once, not once per part
            self.report.notes.append(note)

    def reject(self, table: Table, mask: pd.Series | np.ndarray, message: str, raw: pd.Series | None = None,
               width: int = 40) -> int:
        """Record a problem for each row where ``mask`` is true; returns how many.

        ``message`` may contain ``{value}``: the row's cell of ``raw``, cut to ``width`` characters.
        """
        flags = np.asarray(mask, dtype=bool)
        positions = np.flatnonzero(flags)
        lines = table.lines
        cells = np.asarray(raw, dtype=object) if raw is not None else None
        for pos in positions:
            line = int(lines[pos]) if lines is not None else None
            text = message.format(value=str(cells[pos])[:width]) if cells is not None else message
            if lines is None:
                text = _("Record {index}: {problem}").format(index=pos + 1, problem=text)
            self.report.problem(table.member, line, text)
        return len(positions)

    def note_repairs(self, table: Table) -> None:
        if table.repaired:
            self.report.notes.append(_note_path(table.member, ngettext(
                "{n:,} cell held double-encoded UTF-8 (mojibake) and was repaired.",
                "{n:,} cells held double-encoded UTF-8 (mojibake) and were repaired.", table.repaired).format(
                n=table.repaired)))


def _note(member: Member, message: str) -> Problem:
    return Problem(member.path, None, message)


def _note_path(member: str, message: str) -> Problem:
    return Problem(member, None, message)


def objects(series: pd.Series | None, n: int) -> list[Any]:
    """A column as plain Python values (``None`` × n when the column is absent)."""
    return [None] * n if series is None else list(np.asarray(series, dtype=object).tolist())


def lines_of(table: Table, keep: np.ndarray | pd.Series | None = None) -> list[int | None]:
    """The physical lines of the kept rows (``None`` for JSON records)."""
    if table.lines is None:
        n = int(np.asarray(keep, dtype=bool).sum()) if keep is not None else len(table)
        return [None] * n
    lines = table.lines if keep is None else table.lines[np.asarray(keep, dtype=bool)]
    return np.asarray(lines, dtype=np.int64).tolist()  # Python ints
