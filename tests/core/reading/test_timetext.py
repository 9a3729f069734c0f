"""core.reading.timetext: one wording of a moment in UTC, for single values and whole columns alike."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pandas as pd

from core.reading.timetext import (
    UNKNOWN_DATE,
    UNKNOWN_TIME,
    day_text,
    iso_text,
    iso_texts,
    minute_text,
    minute_texts,
    utc_timestamp,
)

BERLIN_SUMMER = timezone(timedelta(hours=2))


def test_single_values_in_utc_and_missing_is_not_a_moment() -> None:
    moment = datetime(2018, 6, 2, 20, 0, 5, 123456, tzinfo=BERLIN_SUMMER)
    assert minute_text(moment) == "2018-06-02 18:00 UTC"
    assert day_text("2018-06-02T23:30:00-02:00") == "2018-06-03"
    assert iso_text(moment) == "2018-06-02T18:00:05.123Z"
    assert iso_text("2018-06-02 18:00:05") == "2018-06-02T18:00:05.000Z"  # naive means UTC
    for missing in (None, float("nan"), pd.NaT, "not a time"):
        assert utc_timestamp(missing) is None and iso_text(missing) is None
        assert minute_text(missing) == UNKNOWN_TIME and day_text(missing) == UNKNOWN_DATE


def test_columns_say_what_single_values_say() -> None:
    times = pd.Series(pd.to_datetime(["2018-06-02T18:00:05.123Z", None, "2019-01-01T00:00:00.000Z"], utc=True))
    assert list(minute_texts(times)) == ["2018-06-02 18:00 UTC", None, "2019-01-01 00:00 UTC"]
    assert list(iso_texts(times)) == [iso_text(times[0]), None, iso_text(times[2])]
