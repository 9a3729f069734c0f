"""The case keeps its correspondence: letters with their hashes and the day they were sent, answers byte for
byte with their hashes; crash-safe, additive on older cases, size-capped, read-only in a second window."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from core.case.correspondence import MAX_REPLY_BYTES, LetterUnknown, ReplyRefused, read_reply
from core.case.store import MIGRATIONS, CaseReadOnly, CaseStore

EXPORT_ID = "cd" * 32
PDF = {"name": "letter-complaint-de.pdf", "size": 3, "sha256": "ab" * 32}


def test_letters_and_answers_persist_with_their_hashes(tmp_path: Path) -> None:
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        first = case.record_letter("complaint", "de", "authority", "debaylda", [PDF], drafted=date(2025, 2, 1))
        case.record_letter("access", "de", "company", "amazon", [], drafted=date(2025, 2, 1))
        case.mark_sent(first.id, date(2025, 2, 3))
        reply = case.add_reply("../../etc/answer\x07.eml", b"Subject: x\r\n\r\nbody", "company", date(2025, 3, 1),
                               extension=True)
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        letters = case.letters()
        assert [(x.label, x.kind, x.party, x.sent) for x in letters] == [
            ("L1", "complaint", "authority", date(2025, 2, 3)), ("L2", "access", "company", None)]
        assert letters[0].files[0].sha256 == PDF["sha256"]
        assert case.letter("letter-complaint-de.pdf") == case.letter("L1") == case.letter(1) == letters[0]
        with pytest.raises(LetterUnknown):
            case.letter("L7")
        (kept,) = case.replies()
        assert kept == reply and kept.name == "answer.eml" and kept.extension
        assert kept.sha256 == hashlib.sha256(b"Subject: x\r\n\r\nbody").hexdigest()
        assert case.reply_bytes(kept.id) == b"Subject: x\r\n\r\nbody"
        with CaseStore.open(EXPORT_ID, tmp_path) as second:  # another window sees it and cannot change it
            assert second.read_only and len(second.letters()) == 2
            with pytest.raises(CaseReadOnly):
                second.mark_sent(1, None)


def test_an_answer_is_size_capped_and_empty_or_missing_files_are_one_sentence(tmp_path: Path) -> None:
    big = tmp_path / "mailbox.mbox"
    with open(big, "wb") as handle:
        handle.truncate(MAX_REPLY_BYTES + 1)
    with pytest.raises(ReplyRefused, match="larger than 25 MiB"):
        read_reply(big)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ReplyRefused, match="is empty"):
        read_reply(tmp_path / "empty.txt")
    with pytest.raises(ReplyRefused, match="cannot read"):
        read_reply(tmp_path / "nope.pdf")


def test_a_version_2_case_gains_the_correspondence_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / f"{EXPORT_ID[:32]}.sqlite"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[1] + MIGRATIONS[2])
    old.execute("INSERT INTO verdicts VALUES ('f1', 'not-mine', 'n', 'x')")
    old.commit()
    old.execute("PRAGMA user_version = 2")
    old.close()
    peek = CaseStore.peek(path)  # read-only look at the old case: no correspondence yet, no error
    assert peek.letters() == [] and peek.replies() == [] and peek.export_label() is None
    peek.close()
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        assert case.verdicts()["f1"] == ("not-mine", "n") and case.letters() == []
        case.add_reply("a.pdf", b"%PDF-1.4", "authority", date(2025, 1, 1))
        assert len(case.replies()) == 1


def test_a_sent_mark_and_an_answer_survive_a_kill(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import date
        from pathlib import Path
        from core.case.store import CaseStore
        case = CaseStore.open({EXPORT_ID!r}, Path({str(tmp_path)!r}))
        letter = case.record_letter("reminder", "en", "company", "amazon", [], drafted=date(2025, 3, 5))
        case.mark_sent(letter.id, date(2025, 3, 6))
        case.add_reply("r.txt", b"answer", "company", date(2025, 3, 9))
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[3], check=False)
    assert proc.returncode == -signal.SIGKILL
    with CaseStore.open(EXPORT_ID, tmp_path) as case:
        assert case.letters()[0].sent == date(2025, 3, 6)
        assert case.reply_bytes(case.replies()[0].id) == b"answer"
