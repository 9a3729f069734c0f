"""Complexity guard for the review list (a big import hands over 20k findings at once): it counts work,
never times it. Building the list asks ``describe`` only for the rows that are shown or asked for."""

from __future__ import annotations

from core.case.store import CaseStore
from core.rules.finding import Finding

RULES = (("duplicate-audio", "medium"), ("recording-outside-active-hours", "low"),
         ("recording-unknown-device", "high"))
COUNT = 20_000


def _findings() -> list[Finding]:
    return [Finding(rule=RULES[i % 3][0], severity=RULES[i % 3][1], subject=f"r{i:05d}",  # type: ignore[arg-type]
                    explanation=f"<b>{i}</b> & more", time=f"2023-0{1 + i % 9}-1{i % 10}T{i % 24:02d}:00:00Z")
            for i in range(COUNT)]


def test_set_data_describes_only_the_rows_asked_for(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from gui.look.when import local_time
    from gui.review.findings_model import FINDING_ROLE
    from gui.review.page import ReviewPage

    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path))
    page = ReviewPage()
    qtbot.addWidget(page)
    case = CaseStore.open("a" * 64)
    described: list[str] = []

    def describe(finding: Finding) -> str:
        described.append(finding.id)
        return local_time(finding.time)[0]

    findings = _findings()
    page.set_data(findings, case, describe)
    model = page.model
    assert len(model.order) == COUNT and model.rowCount() == 3
    assert sum(model.rowCount(model.index(r, 0)) for r in range(3)) == COUNT
    assert page.tree.isExpanded(model.index(0, 0)) and page.current is not None
    assert len(described) <= 10, f"{len(described)} findings described before anything was shown"

    # asking for rows describes exactly those rows, once each
    last = model.index_of(model.order[-1])
    assert last.data(FINDING_ROLE) == model.order[-1]
    assert last.data() == local_time(model.findings[model.order[-1]].time)[0]
    last.data()
    assert described.count(model.order[-1]) == 1

    # showing the list describes about a screenful, not the list
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert len(set(described)) < 500 and len(described) == len(set(described))

    # a verdict on the whole (big) group describes nothing more
    before = len(described)
    page.select(model.order[0])
    page.bulk_verdict("not-mine", confirm=False)
    assert model.reviewed() == model.rowCount(model.index(0, 0))
    assert len(described) - before < 500
