"""The export's identity (``Export.export_id``): which files it is made of, computed once and kept until its
inputs change. The rule is checked against the plain reading of it (every path prefix of every recognised member)
on random layouts, including folder exports whose files sit several folders deep."""

from __future__ import annotations

import random

from core.model import ExportFile, FileEntry, empty_export, is_clutter


def _plain_rule(files: list[ExportFile], entries: list[FileEntry]) -> list[ExportFile]:
    used: set[str] = set()
    for entry in entries:
        if entry.status == "recognised":
            parts = entry.member.split("/")
            used.update("/".join(parts[:n]) for n in range(1, len(parts) + 1))
    holding = [f for f in files if not is_clutter(f.name) and f.name in used]
    return holding or [f for f in files if not is_clutter(f.name)] or list(files)


def _file(name: str, n: int) -> ExportFile:
    return ExportFile(name, f"/exports/{name}", 100 + n, f"{n:064x}", 0.0)


def test_the_identity_files_follow_the_plain_rule_on_random_layouts() -> None:
    rng = random.Random(22)
    words = ["Alexa.zip", "Retail", "Voice", "a", "a/b", "", "x.csv", ".DS_Store", "Thumbs.db", "Takeout"]
    for _ in range(400):
        names = list(dict.fromkeys("/".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
                                   for _ in range(rng.randint(1, 4))))
        export = empty_export("amazon")
        export.files = [_file(name, n) for n, name in enumerate(names)]
        for _ in range(rng.randint(0, 12)):
            member = "/".join(rng.choice([*names, *words]) for _ in range(rng.randint(1, 4)))
            export.report.add(FileEntry(member, rng.choice(["recognised", "skipped", "unreadable"]), "", ""))
        assert export.identity_files() == _plain_rule(export.files, export.report.files)


def test_the_identity_is_kept_until_its_files_or_report_change() -> None:
    export = empty_export("amazon")
    export.files = [_file("Alexa.zip", 1), _file("notes.txt", 2)]
    export.report.add(FileEntry("Alexa.zip/Voice/a.wav", "recognised", "", ""))
    first = export.export_id
    assert [f.name for f in export.identity_files()] == ["Alexa.zip"]
    assert export.export_id == first
    export.report.add(FileEntry("notes.txt", "recognised", "", ""))  # now the note holds data too
    assert [f.name for f in export.identity_files()] == ["Alexa.zip", "notes.txt"]
    assert export.export_id != first
    export.files = [_file("Alexa.zip", 3)]  # fingerprinted again: another SHA-256
    assert export.identity_files() == [export.files[0]]
    export.identity_files().clear()  # a caller's list is its own
    assert export.identity_files() == [export.files[0]]


class _CountedWalks(list):
    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_asking_for_the_identity_again_does_not_walk_the_report_again() -> None:
    """A letter asks for it four times; at 20k recordings each walk of the report took ~19 ms."""
    export = empty_export("amazon")
    export.files = [_file("Alexa.zip", 1)]
    export.report.files = _CountedWalks(FileEntry(f"Alexa.zip/Voice/{n}.wav", "recognised") for n in range(50))
    ids = {export.export_id for _ in range(4)}
    assert len(ids) == 1 and _CountedWalks.walks == 1
