"""The findings list: groups (rule + severity) with one child row per finding, and verdict state.

A big import hands over 20k+ findings at once, so only the group rows are real items: each group holds
empty child slots (Qt keeps the tree in C++, so laying out and expanding 20k rows costs no Python call
per row) and ``data`` answers the findings' rows on demand from plain lists and dicts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import attrgetter, gt, itemgetter, lt, truth
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from core.rules.finding import Finding, severity_rank
from gui.look.icons import (
    VERDICT_ICONS,
    icon,
    severity_icon,
    severity_text_colour,
    severity_word,
    verdict_word,
)
from gui.look.item_roles import role_slots

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10  # the finding id on child rows
GROUP_ROLE = Qt.ItemDataRole.UserRole + 11  # (rule, severity) on group rows
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)  # QStandardItem answers both alike
_subject = attrgetter("subject")
WHOLE_EXPORT = "export"  # the subject of summary findings: a verdict on one of them is not shared
_NO_STATE: tuple[str | None, str] = (None, "")  # no verdict, no note
_VERDICT = itemgetter(0)  # of a (verdict, note) state


def _time(finding: Finding) -> str:
    return finding.time or ""


def rule_title(rule: str) -> str:
    """The rule's group title in the app's language (the rule's id for a rule this build does not know)."""
    from core.rules.registry import rule_texts  # the rules load with the export, not at start-up

    texts = rule_texts(rule)
    return rule if texts is None else translate("Rules", texts.title)


@dataclass
class FindingsLayout:
    """What the findings list shows, worked out without Qt (on the showing thread for 20k findings: ~50-100 ms
    of plain Python that held the window in one step): the groups in order, each as (key, first position in
    ``order``, count), and the lookups the model keeps."""

    findings: dict[str, Finding]
    verdicts: dict[str, tuple[str | None, str]]
    groups: list[tuple[tuple[str, str], int, int]]
    order: list[str]
    position: dict[str, int]
    group_of: dict[str, tuple[str, str]]
    by_subject: dict[str, list[str]]
    done: dict[tuple[str, str], int]


def findings_layout(findings: list[Finding], verdicts: dict[str, tuple[str | None, str]]) -> FindingsLayout:
    """Group ``findings`` by rule and severity (most severe and biggest first), each group by time, then
    subject; no Qt, so it may run on another thread."""
    grouped: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    by_subject: dict[str, list[str]] = defaultdict(list)
    for finding in findings:
        grouped[(finding.rule, finding.severity)].append(finding)
        if finding.subject != WHOLE_EXPORT:
            by_subject[finding.subject].append(finding.id)
    plan = FindingsLayout({f.id: f for f in findings}, dict(verdicts), [], [], {}, {},
                          {subject: ids for subject, ids in by_subject.items() if len(ids) > 1}, {})
    for key in sorted(grouped, key=lambda k: (severity_rank(k[1]), -len(grouped[k]), k[0])):
        # by time, then subject: two stable sorts on plain strings (no 20k key tuples for the GC to chase)
        members = sorted(grouped[key], key=_subject)
        members.sort(key=_time)
        ids = [f.id for f in members]
        plan.groups.append((key, len(plan.order), len(ids)))
        plan.order.extend(ids)
        plan.group_of.update(dict.fromkeys(ids, key))
        plan.done[key] = sum(1 for fid in ids if fid in verdicts and verdicts[fid][0])
    plan.position = {fid: i for i, fid in enumerate(plan.order)}
    return plan


class FindingsModel(QStandardItemModel):
    """Two columns: what (group title / finding summary) and state (severity word / verdict).

    A finding's summary (``describe``, the costly part) is computed the first time its row is shown or
    asked for, then kept until the next ``set_findings``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: dict[str, Finding] = {}
        self.verdicts: dict[str, tuple[str | None, str]] = {}
        self._groups: dict[tuple[str, str], QStandardItem] = {}
        self._start: list[int] = []  # per group row: where its findings begin in ``order``
        self.order: list[str] = []  # finding ids in display order (group after group)
        self.position: dict[str, int] = {}  # finding id -> index in ``order``
        self._group_of: dict[str, tuple[str, str]] = {}
        self._by_subject: dict[str, list[str]] = {}  # recording id -> its findings (in every group)
        self._done: dict[tuple[str, str], int] = {}
        self._reviewed = 0
        self._describe: Callable[[Finding], str] = lambda f: f.subject
        self._texts: dict[str, str] = {}  # finding id -> describe(finding), filled on first use
        self.setHorizontalHeaderLabels([self.tr("Finding · local time"), self.tr("Verdict")])  # rows start with a time

    def set_findings(self, findings: list[Finding], verdicts: dict[str, tuple[str | None, str]],
                     describe: Callable[[Finding], str], layout: FindingsLayout | None = None) -> None:
        """Show ``findings`` in groups; ``layout``: :func:`findings_layout` of the same arguments, when the
        caller worked it out on another thread."""
        plan = layout if layout is not None else findings_layout(findings, verdicts)
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        self.findings, self.verdicts, self._by_subject = plan.findings, plan.verdicts, plan.by_subject
        self._describe = describe
        self._texts = {}
        self._groups.clear()
        self.order, self._start, self._group_of, self._done = plan.order, [], plan.group_of, plan.done
        for key, start, count in plan.groups:
            rule, severity = key
            group = QStandardItem(severity_icon(severity), rule_title(rule))
            group.setData(key, GROUP_ROLE)
            group.setEditable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setColumnCount(2)
            group.setRowCount(count)  # empty slots: ``data`` fills them in when asked
            state = QStandardItem(severity_word(severity))
            state.setForeground(QBrush(severity_text_colour(severity)))
            state.setFont(font)
            state.setEditable(False)
            self.appendRow([group, state])
            self._groups[key] = group
            self._start.append(start)
            self._paint_group(key)
        self.position = plan.position
        self._reviewed = sum(self._done.values())
        self.blockSignals(False)
        self.endResetModel()

    # ---- the findings' rows, on demand ---------------------------------------------------------
    def _finding_at(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The finding id of a child row (``None`` on group rows)."""
        parent = index.parent()
        if not parent.isValid():
            return None
        return self.order[self._start[parent.row()] + index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        fid = self._finding_at(index) if index.isValid() else None
        if fid is None:
            return super().data(index, role)
        return self._finding_data(fid, index.column(), role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData,
                  /) -> None:
        """A cell's roles in one call, its finding looked up once (:mod:`gui.look.item_roles`)."""
        fid = self._finding_at(index) if index.isValid() else None
        if fid is None:
            super().multiData(index, roleDataSpan)
            return
        column = index.column()
        for slot in role_slots(roleDataSpan):
            slot.setData(self._finding_data(fid, column, slot.role()))

    def _finding_data(self, fid: str, column: int, role: int) -> Any:
        if column == 0:
            if role in _TEXT_ROLES:
                text = self._texts.get(fid)
                if text is None:
                    text = self._texts[fid] = self._describe(self.findings[fid])
                return text
            if role == FINDING_ROLE:
                return fid
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.findings[fid].explanation.replace("&", "&amp;").replace("<", "&lt;")
            return None
        verdict = self.verdict(fid)
        if role in _TEXT_ROLES:
            return verdict_word(verdict) if verdict else ""
        if role == Qt.ItemDataRole.DecorationRole and verdict:
            return icon(VERDICT_ICONS[verdict])
        return None

    # ---- verdicts ------------------------------------------------------------------------------
    def verdict(self, finding_id: str) -> str | None:
        return self.verdicts.get(finding_id, _NO_STATE)[0]

    def note(self, finding_id: str) -> str:
        return self.verdicts.get(finding_id, _NO_STATE)[1]

    def set_states(self, states: dict[str, tuple[str | None, str]]) -> None:
        """Verdicts and notes of many findings exactly as given (undo, redo, bulk verdicts), with no Python call
        per finding (a group of 20,000 at once); then each group it touched announces one change (its rows'
        verdict cells and its count)."""
        fids = list(states)
        was = list(map(truth, map(_VERDICT, self.states_of(fids))))
        now = list(map(truth, map(_VERDICT, states.values())))
        self.verdicts.update(states)
        group_of = self._group_of.get
        answered = Counter(map(group_of, compress(fids, map(gt, now, was))))  # by group: newly answered …
        unanswered = Counter(map(group_of, compress(fids, map(lt, now, was))))  # … and answered no more
        for key in answered.keys() | unanswered.keys():
            if key is not None:
                change = answered[key] - unanswered[key]
                self._done[key] += change
                self._reviewed += change
        for key in set(map(group_of, fids)):
            if key is None:
                continue
            self._paint_group(key)
            group = self._groups[key].index()
            rows = self.rowCount(group)
            if rows:
                self.dataChanged.emit(self.index(0, 0, group), self.index(rows - 1, 1, group))

    def states_of(self, finding_ids: Iterable[str]) -> list[tuple[str | None, str]]:
        """``(verdict, note)`` of each (one C-level lookup per finding)."""
        return list(map(self.verdicts.get, finding_ids, repeat(_NO_STATE)))

    def siblings_of(self, finding_ids: list[str]) -> list[str]:
        """The siblings (:meth:`siblings`) of every finding given, each once, in order."""
        subjects = [None if finding is None else finding.subject for finding in map(self.findings.get, finding_ids)]
        lookup = cast(Callable[[str | None, tuple[str]], Iterable[str]], self._by_subject.get)  # unlisted: alone
        return list(dict.fromkeys(chain.from_iterable(map(lookup, subjects, zip(finding_ids)))))

    def siblings(self, finding_id: str) -> list[str]:
        """The findings about the same recording in every group (the verdict is the recording's), itself
        included; just itself for a finding about the whole export."""
        return self.siblings_of([finding_id])

    def shared_verdicts(self) -> dict[str, tuple[str | None, str]]:
        """Findings without a verdict whose recording has one in another group (e.g. a finding that appeared
        after the user answered): the states that give them that verdict."""
        missing: dict[str, tuple[str | None, str]] = {}
        for ids in self._by_subject.values():
            given = [self.verdict(fid) for fid in ids if self.verdict(fid)]
            if given and len(given) < len(ids):
                missing.update({fid: (given[-1], self.note(fid)) for fid in ids if not self.verdict(fid)})
        return missing

    def reviewed(self) -> int:
        return self._reviewed

    def _paint_group(self, key: tuple[str, str]) -> None:
        group = self._groups.get(key)
        if group is None:
            return
        total = group.rowCount()
        done = self._done.get(key, 0)
        loc = QLocale()
        count = f"{loc.toString(done)}/{loc.toString(total)}" if done else loc.toString(total)
        group.setText(f"{count} · {rule_title(key[0])}")  # the count first: long titles are elided at the end

    def recolour(self) -> None:
        """Severity words in the tints of the current light or dark theme (after a theme switch)."""
        for (_rule, severity), group in self._groups.items():
            state = self.item(group.row(), 1)
            if state is not None:
                state.setForeground(QBrush(severity_text_colour(severity)))

    # ---- lookup --------------------------------------------------------------------------------
    def index_of(self, finding_id: str) -> QModelIndex:
        key = self._group_of.get(finding_id)
        if key is None:
            return QModelIndex()
        group = self._groups[key]
        return self.index(self.position[finding_id] - self._start[group.row()], 0, group.index())

    def group_ids(self, index: QModelIndex | QPersistentModelIndex) -> list[str]:
        """The finding ids of the group that ``index`` belongs to (or is)."""
        if not index.isValid():
            return []
        group_index = index if not index.parent().isValid() else index.parent()
        start = self._start[group_index.row()]
        return self.order[start:start + self.rowCount(group_index.sibling(group_index.row(), 0))]
