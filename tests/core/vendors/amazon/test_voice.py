"""Voice recordings: audio found anywhere by magic bytes, times from index / file name / metadata / ZIP."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from core.audio.formats import sniff_format
from core.audio.wav_header import parse_tag_date
from core.vendors.amazon.audio_probe import probe
from core.vendors.amazon.voice import filename_times
from tests.core.vendors.amazon.conftest import parse_paths
from tests.synth import audio
from tests.synth.docs import index_json, write_zip
from tests.synth.spec import Clip

PCM = audio.tone(0.5)


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def test_filename_patterns() -> None:
    stems = pd.Series(["2018-06-02T18-00-00_ab12", "20181012_081530", "rec_2018-10-12 08.15.30", "1528000000000",
                       "utt-1528000000", "clip-1999-01-01_00-00-00", "20181312_081530", "take-42", "9999999999999"])
    assert list(filename_times(stems)) == [
        utc("2018-06-02 18:00:00"), utc("2018-10-12 08:15:30"), utc("2018-10-12 08:15:30"),
        utc("2018-06-03 04:26:40"), utc("2018-06-03 04:26:40"), pd.NaT, pd.NaT, pd.NaT, pd.NaT]


def test_wav_header_duration_and_icrd() -> None:
    data = audio.wav(PCM, icrd="2018-06-02 18:00:00")
    info = probe(data[:4096], len(data))
    assert (info.format, info.duration_s) == ("wav", 0.5)
    assert info.created == datetime.fromisoformat("2018-06-02T18:00:00+00:00")
    late = audio.wav(PCM, icrd="2018-06-02 18:00:00", info_after_data=True)
    assert probe(late[:4096], len(late)).created is None  # tags after the audio are not read at import
    assert parse_tag_date("2018-06-02") is None  # a date without a time of day dates nothing


def test_magic_bytes() -> None:
    assert sniff_format(b"ID3\x04") == "mp3"
    assert sniff_format(b"\xff\xfb\x90\x00") == "mp3"
    assert sniff_format(b"\x00\x00\x00\x20ftypM4A ") == "m4a"
    assert sniff_format(b"OggS\x00") == "ogg"
    assert sniff_format(b"fLaC") == "flac"
    assert sniff_format(b"<html>") is None


def test_audio_anywhere_confirmed_by_magic(tmp_path: Path) -> None:
    entries = [
        ("Deep/inside/some/folder/20190101_120000.wav", audio.wav(PCM)),
        ("Other/20190101_120001.mp3", b"ID3\x04\x00" + b"\x00" * 200),
        ("Other/20190101_120002.ogg", b"OggS" + b"\x00" * 100),
        ("Fake/20190101_120003.wav", b"<html>not audio</html>"),
        ("Retail.OrderHistory.1.csv", b'"Order ID","Order Date"\n"1","2019-01-01T00:00:00Z"\n'),
    ]
    export = parse_paths([write_zip(tmp_path / "export.zip", entries)])
    rec = export.recordings
    assert list(rec["audio_format"]) == ["wav", "mp3", "ogg"]
    assert list(rec["duration_s"].isna()) == [False, True, True]
    assert list(rec["time"]) == [utc("2019-01-01 12:00:00"), utc("2019-01-01 12:00:01"), utc("2019-01-01 12:00:02")]
    fake = next(f for f in export.report.files if f.member.endswith("Fake/20190101_120003.wav"))
    assert (fake.status, fake.reason) == ("skipped", "Named like an audio file, but its bytes are not audio.")
    assert rec["size"].iloc[0] == len(audio.wav(PCM)) and rec["crc32"].iloc[0] is not None


def test_json_index_web_api_names(tmp_path: Path) -> None:
    t1, t2 = datetime(2019, 3, 4, 5, 6, 7), datetime(2019, 3, 4, 5, 7, 0)
    clips = [Clip("", "Alexa, wie spät ist es?", "", t1, device_name="Küche", device_serial="G090AB",
                  response="Es ist fünf Uhr."),
             Clip("", "Alexa, stopp.", "", t2, device_name="Bad", device_serial="G090CD")]
    key1 = f"A1SYNTHETIC#{int(t1.timestamp() * 1000)}#A3S5BH2HU6VAYF#G090AB"
    entries = [
        ("Alexa/voice-history.json", index_json(clips)),
        (f"Alexa/Audio/{key1.replace('#', '_')}.wav", audio.wav(PCM)),  # matched by recordKey
        ("Alexa/Audio/unlisted.wav", audio.wav(PCM), datetime(2019, 5, 6, 7, 8, 10)),
    ]
    export = parse_paths([write_zip(tmp_path / "Alexa.zip", entries)])
    rec = export.recordings.set_index("time")
    first = rec.loc[utc("2019-03-04 05:06:07")]
    assert (first["time_source"], first["device_serial"], first["device_name"]) == ("index", "G090AB", "Küche")
    assert (first["transcript"], first["response"]) == ("Alexa, wie spät ist es?", "Es ist fünf Uhr.")
    assert first["audio_member"].endswith(".wav") and first["member"] == "Alexa.zip/Alexa/voice-history.json"
    missing = rec.loc[utc("2019-03-04 05:07:00")]  # listed in the index, audio absent: kept, reported
    assert missing["audio_member"] is None and missing["transcript"] == "Alexa, stopp."
    assert [p.message for p in export.report.problems] == [
        "The index lists a recording whose audio file is not in the export."]
    unlisted = rec.loc[utc("2019-05-06 07:08:10")]
    assert unlisted["time_source"] == "archive"
    entry = next(f for f in export.report.files if f.member.endswith("voice-history.json"))
    assert (entry.dataset, entry.rows) == ("amazon.voice-index", 2)


def test_csv_index_camel_case_and_bad_time(tmp_path: Path) -> None:
    index = (b"audioFileName,creationTimestamp,deviceName,deviceSerialNumber,transcript\n"
             b"a.wav,2019-03-04T05:06:07Z,Kitchen,G1,hello\n"
             b"b.wav,yesterday,Kitchen,G1,again\n")
    entries = [("Voice/index.csv", index), ("Voice/a.wav", audio.wav(PCM)),
               ("Voice/b.wav", audio.wav(PCM, icrd="2019-03-05 01:02:03"))]
    export = parse_paths([write_zip(tmp_path / "Alexa.zip", entries)])
    rec = export.recordings
    assert list(rec["time_source"]) == ["index", "metadata"]
    assert list(rec["time"]) == [utc("2019-03-04 05:06:07"), utc("2019-03-05 01:02:03")]
    assert list(rec["transcript"]) == ["hello", "again"]
    assert [(p.line, p.message[:29]) for p in export.report.problems] == [(3, "Recording time “yesterday” is")]


@pytest.mark.skipif(not audio.tools_available(), reason="espeak-ng/sox not installed")
def test_spoken_clip_is_16k_mono() -> None:
    pcm = audio.speak("Alexa, stopp.", audio.VOICES[0])
    info = probe(audio.wav(pcm)[:4096], len(audio.wav(pcm)))
    assert info.format == "wav" and 0.3 < (info.duration_s or 0) < 3


def test_a_date_and_text_table_is_not_an_index(tmp_path: Path) -> None:
    alexa = write_zip(tmp_path / "Alexa.zip", [
        ("Feedback/Feedback-1.csv", b"Date,Id,Text,File\n2019-03-04T05:06:07Z,1,great,notes.txt\n")])
    other = write_zip(tmp_path / "Retail.Reviews.zip", [
        ("Reviews.csv", b"Timestamp,transcript\n2019-03-04T05:06:07Z,hello\n")])
    export = parse_paths([alexa, other])
    assert export.recordings.empty
    assert [(f.status, f.header) for f in export.report.files] == [
        ("skipped", ["Date", "Id", "Text", "File"]), ("skipped", ["Timestamp", "transcript"])]


def test_bext_origination_date_and_bogus_header() -> None:
    import struct

    bext = bytearray(602)
    bext[320:338] = b"2018-06-0218:00:05"  # OriginationDate + OriginationTime
    body = bytes(bext)
    data = audio.wav(PCM)
    with_bext = data[:12] + b"bext" + struct.pack("<I", len(body)) + body + data[12:]
    with_bext = b"RIFF" + struct.pack("<I", len(with_bext) - 8) + with_bext[8:]
    info = probe(with_bext[:4096], len(with_bext))
    assert info.created == datetime.fromisoformat("2018-06-02T18:00:05+00:00") and info.duration_s == 0.5
    zero_channels = data[:22] + b"\x00\x00" + data[24:]
    assert probe(zero_channels[:4096], len(zero_channels)) == probe(b"RIFF\x00\x00\x00\x00WAVE", 12)
    truncated = data[:1000]  # a data chunk claiming more than the file holds: duration from what is there
    assert probe(truncated, len(truncated)).duration_s == round((1000 - 44) / 32000, 3)


def test_same_file_name_in_two_folders_takes_index_rows_in_order(tmp_path: Path) -> None:
    index = (b"audioFileName,timestamp,transcript\n"
             b"1.wav,2019-03-04T05:06:07Z,first\n"
             b"1.wav,2019-03-05T05:06:07Z,second\n")
    entries = [("Alexa/index.csv", index), ("Alexa/a/1.wav", audio.wav(PCM)), ("Alexa/b/1.wav", audio.wav(PCM))]
    export = parse_paths([write_zip(tmp_path / "Alexa.zip", entries)])
    rec = export.recordings
    assert list(rec["transcript"]) == ["first", "second"]
    assert list(rec["audio_member"]) == ["Alexa.zip/Alexa/a/1.wav", "Alexa.zip/Alexa/b/1.wav"]
    assert export.report.problems == []
