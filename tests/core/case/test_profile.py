"""The user's details kept once for all exports: saved, read back, survive damage, deleted on request."""

from __future__ import annotations

import stat
from pathlib import Path

from core.case.profile import Profile, forget_profile, load_profile, profile_path, save_profile, update_profile


def test_a_profile_round_trips_and_is_private(tmp_path: Path) -> None:
    save_profile(Profile("DE-SN", {"name": "Erika Mustermann", "address": "Hauptstr. 1\n01067 Dresden"}), tmp_path)
    assert load_profile(tmp_path) == Profile("DE-SN", {"name": "Erika Mustermann",
                                                       "address": "Hauptstr. 1\n01067 Dresden"})
    assert stat.S_IMODE(profile_path(tmp_path).stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.tmp"))


def test_updating_one_part_keeps_the_other(tmp_path: Path) -> None:
    update_profile(residence="AT", folder=tmp_path)
    update_profile(complainant={"name": "Max", "email": ""}, folder=tmp_path)
    assert load_profile(tmp_path) == Profile("AT", {"name": "Max"})


def test_a_damaged_or_missing_profile_reads_as_empty(tmp_path: Path) -> None:
    assert load_profile(tmp_path).is_empty()
    profile_path(tmp_path).write_text('{"residence": 7, "complainant": ["x"]', encoding="utf-8")
    assert load_profile(tmp_path).is_empty()
    profile_path(tmp_path).write_text('{"residence": 7, "complainant": {"name": 3}}', encoding="utf-8")
    assert load_profile(tmp_path).is_empty()


def test_forgetting_deletes_the_file(tmp_path: Path) -> None:
    update_profile(residence="DE-BY", folder=tmp_path)
    assert forget_profile(tmp_path) is True
    assert not profile_path(tmp_path).exists() and load_profile(tmp_path).is_empty()
    assert forget_profile(tmp_path) is False
