"""What the opened window says about an export it was not made for: the demo without its search file, with one
more clip that only its ZIP entry dates (14 August 2018, the day the demo was packed).

Missing is not empty: the searches card says the export holds no search history, not "None". An archive entry's
date is not a recording time: the recordings card's span ends with the last time the export records (July), and
the review list marks that clip's time as the archive entry's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.review.findings_model import FINDING_ROLE
from tests.core.letters.exports import UNDATED_CLIP, with_undated_clip

pytestmark = pytest.mark.gui


def test_the_window_says_what_the_export_lacks_and_which_time_is_the_archives(qtbot, window, tmp_path: Path) -> None:
    export = with_undated_clip(tmp_path / "export")
    (export / "Retail.Search-Data.zip").unlink()
    window.open_paths([str(export)])
    qtbot.waitUntil(window.export_ready, timeout=15000)

    cards = window.overview.cards
    assert cards["searches"].count.text() == "—"
    assert cards["searches"].detail.text() == "This export contains no search history"
    assert cards["purchases"].detail.text() == "November 2016 – July 2018"  # the order history is there
    # not August: that date is the ZIP's; and the span is not the two clips' only the ZIP dates
    assert cards["recordings"].detail.text() == "May 2018 – July 2018\n2 without a time of their own"

    recordings = window.result.export.recordings
    undated = recordings.loc[recordings["audio_member"].str.endswith(UNDATED_CLIP), "id"].item()
    model = window.review.model
    labels = {}
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            labels.setdefault(model.findings[index.data(FINDING_ROLE)].subject, index.data())
    assert "(archive entry date)" in labels[undated]
    assert sum("(archive entry date)" in text for text in labels.values()) == 2  # and aufnahme-40.wav's


@pytest.mark.full_window
def test_the_timeline_leaves_out_what_only_the_archive_dates_and_says_so(qtbot, window, tmp_path: Path) -> None:
    """Of the 41 recordings, two have only their ZIP entry's date (aufnahme-40.wav and the added clip): the line
    shows the other 39 and its status line says that two are not shown; the player marks that date."""
    window.open_paths([str(with_undated_clip(tmp_path / "export"))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    timeline = window.overview_timeline  # on screen with the overview
    assert sum(len(lane) for lane in timeline.lanes if lane.kind == "recording") == 39
    assert timeline.status.text().endswith(" · 2 recordings have no time of their own and are not shown")
    recordings = window.result.export.recordings
    undated = recordings.index[recordings["audio_member"].str.endswith(UNDATED_CLIP)][0]
    dated = recordings.index[recordings["time_source"] == "filename"][0]
    player = window.player
    player.show_recording(recordings.loc[undated].to_dict(), [])
    assert player.title.text().endswith("(archive entry date)")
    assert player.details.values["Recorded"].text().endswith("(archive entry date)")
    player.show_recording(recordings.loc[dated].to_dict(), [])
    assert "archive" not in player.title.text() and player.details.values["Recorded"].text()


def test_the_first_part_of_a_split_takeout_alone_lists_its_recordings_with_no_audio(qtbot, window) -> None:
    """The demo Takeout's first part names 22 clips that are in its second: they were left out of the recordings
    ("0 recordings", no finding) and the import line called the one problem "1 row could not be used"."""
    from tests.core.vendors.google.demo_parts import FIRST_PART

    window.open_paths([str(FIRST_PART)])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    card = window.overview.cards["recordings"]
    assert card.count.text() == "22"
    assert card.detail.text().splitlines()[1:] == ["22 with no audio in the export"]
    assert window.overview.report_summary.text().endswith(", 1 problem.")
    assert window.review.model.rowCount() > 0  # the rules that need no audio apply
    assert window.overview.parts.isHidden()  # its name cannot tell whether more parts exist


def test_the_second_part_of_a_split_takeout_alone_says_which_part_was_not_opened(qtbot, window) -> None:
    """Its 22 clips have only their ZIP entries' dates: the card's span ("August 2023") is one file name's."""
    from tests.core.vendors.google.demo_parts import SECOND_PART

    window.open_paths([str(SECOND_PART)])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    assert window.overview.parts.text() == ("Not opened: takeout-20240301T101500Z-001.zip. This export is split into "
                                            "parts; open them all together to see everything.")
    assert not window.overview.parts.isHidden()
    assert window.overview.cards["recordings"].detail.text() == "August 2023\n22 without a time of their own"
    assert window.overview.cards["purchases"].detail.text() == "No order history Dossier could read"
