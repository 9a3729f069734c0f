"""The review list's fast local-time formatting equals the obvious pandas/astimezone version."""

from __future__ import annotations

import os
import time

import pandas as pd
import pytest

from gui.look.when import local_time

pytestmark = pytest.mark.gui


def _reference(iso: str) -> tuple[str, str]:
    stamp = pd.Timestamp(iso)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize("UTC")
    local = stamp.tz_convert("UTC").to_pydatetime().astimezone()
    return local.strftime("%Y-%m-%d %H:%M:%S"), stamp.tz_convert("UTC").strftime("%Y-%m-%d %H:%M:%S UTC")


CASES = ["2018-03-25T00:59:59.000Z", "2018-03-25T01:00:00.000Z", "2018-10-28T00:59:59Z", "2018-10-28T01:00:00Z",
         "2018-05-06T18:49:09+02:00", "2018-05-06 18:49:09", "2023-01-27T22:46:47.389352Z",
         "2021-11-07T05:30:00Z", "2024-04-06T15:00:00Z"]


@pytest.fixture
def zone():
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX-only")
@pytest.mark.parametrize("name", ["UTC", "Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata"])
def test_local_time_matches_the_reference_across_dst_changes(zone, name: str) -> None:
    zone(name)
    stamps = pd.date_range("2016-01-01", "2026-01-01", periods=400, tz="UTC").strftime("%Y-%m-%dT%H:%M:%S.000Z")
    for iso in [*CASES, *stamps]:
        assert local_time(iso) == _reference(iso), iso


def test_missing_and_unreadable_times() -> None:
    assert local_time(None) == ("", "")
    assert local_time("") == ("", "")
    assert local_time("not a time") == ("not a time", "")
