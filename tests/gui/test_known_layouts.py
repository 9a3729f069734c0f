"""The app window and `dossier letter` on the generated 2025–26, 2018-with-PDF and amazon.de exports."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from gui.start.launcher import main
from tests.core.vendors.amazon import known_layouts as kl

pytestmark = pytest.mark.gui


def open_in_window(qtbot, window, paths: list[Path]) -> None:
    window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=20000)
    assert window.result is not None, window.welcome.error.text()


def test_all_data_categories_with_loose_files_opens_in_the_window(qtbot, window, tmp_path: Path) -> None:
    open_in_window(qtbot, window, kl.all_data_categories(tmp_path))
    assert window.shown_counts() == {"purchases": "3", "searches": "2", "recordings": "4", "devices": "2"}
    assert window.explore.tables["recordings"].model.rowCount() == 4
    recordings = window.result.export.recordings
    assert recordings["audio_member"].isna().all()
    assert list(recordings["transcript"]) == [text for _when, text in kl.UTTERANCES]


def test_2018_export_with_transcript_pdf_opens_in_the_window(qtbot, window, tmp_path: Path) -> None:
    open_in_window(qtbot, window, kl.pdf_2018(tmp_path))
    assert window.shown_counts()["recordings"] == "5"
    recordings = window.result.export.recordings
    assert recordings["transcript"].notna().sum() == 4 and recordings["audio_member"].isna().sum() == 1


@pytest.mark.full_window
def test_a_recording_with_no_audio_says_so_in_the_player(qtbot, window, tmp_path: Path) -> None:
    open_in_window(qtbot, window, kl.all_data_categories(tmp_path))
    window.pages.setCurrentWidget(window.review)
    qtbot.waitUntil(lambda: window.player is not None and window.player.recording is not None, timeout=10000)
    player = window.player
    assert player.recording["audio_member"] is None and player.recording["transcript"] in {
        text for _when, text in kl.UTTERANCES}
    assert player.message.text() == "This recording has no audio in the export."


def test_letter_bundle_holds_only_real_clips_and_says_which_entries_have_no_audio(tmp_path: Path) -> None:
    out = tmp_path / "letter"
    assert main(["letter", *map(str, kl.alexa_de(tmp_path / "export")), "--residence", "DE-BY", "--out", str(out),
                 "--include-clips", "--owner-has-no-device"]) == 0
    (bundle,) = out.glob("dossier-evidence-*.zip")
    with zipfile.ZipFile(bundle) as zf:
        clips = [n for n in zf.namelist() if n.startswith("clips/")]
        manifest = zf.read("evidence-manifest.txt").decode("utf-8")
        flagged = json.loads(zf.read("evidence-manifest.json"))["flagged"]
    assert len(clips) == 3 and all(n.endswith(".wav") for n in clips)
    assert "Transcriptions-2.csv  device: none  rule: recording-without-device (automatic)  no audio in the export " \
           "(listed only)" in manifest
    assert [x["no_audio_in_export"] for x in flagged] == [False, False, False, True]


def test_a_big_exports_order_history_read_by_a_second_process_shows_the_same(
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.reading import second_process
    from core.vendors.amazon import orders_elsewhere

    monkeypatch.setattr(second_process, "MIN_BYTES", 0)  # as for an export of 64 MiB and more
    monkeypatch.setattr(orders_elsewhere, "MIN_ORDER_BYTES", 0)
    ran: list[second_process.SecondProcess] = []
    real_parts = orders_elsewhere.OrdersElsewhere.parts

    def parts(self: orders_elsewhere.OrdersElsewhere) -> list:
        ran.append(self.helper)
        return real_parts(self)

    monkeypatch.setattr(orders_elsewhere.OrdersElsewhere, "parts", parts)
    open_in_window(qtbot, window, kl.all_data_categories(tmp_path))
    assert ran and all(helper.done for helper in ran)
    assert window.shown_counts() == {"purchases": "3", "searches": "2", "recordings": "4", "devices": "2"}
    assert window.explore.tables["purchases"].model.rowCount() == 3
