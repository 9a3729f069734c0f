"""Every Amazon layout public tools saw in real answers opens in `dossier scan` with the right rows and findings."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from core.cli.main import main
from core.source.archive import ExportSource
from core.vendors import amazon
from core.vendors.amazon.transcriptions import recognise_columns
from tests.core.vendors.amazon import known_layouts as kl
from tests.synth.docs import write_zip


def scan(paths: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> dict:  # type: ignore[type-arg]
    assert main(["scan", *map(str, paths), "--json"]) == 0
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def iso(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def rules(out: dict) -> dict[str, list[str]]:  # type: ignore[type-arg]
    """rule → the transcripts of the recordings it flags (by id)."""
    said = {r["id"]: r["transcript"] for r in out["recordings"]}
    found: dict[str, list[str]] = {}
    for f in out["findings"]:
        found.setdefault(f["rule"], []).extend(said.get(i) or "" for i in f.get("recording_ids", [f.get("subject")]))
    return found


def test_epoch_millisecond_clip_names_keep_their_milliseconds(tmp_path: Path, capsysbinary) -> None:
    out = scan(kl.epoch_ms(tmp_path), capsysbinary)
    got = [(r["time"], r["time_source"]) for r in out["recordings"]]
    assert got == [("2021-06-24T08:18:00.611Z", "filename"), ("2021-06-24T08:19:05.002Z", "filename"),
                   ("2021-06-25T08:33:19.123Z", "filename")]
    with zipfile.ZipFile(tmp_path / "Alexa.zip") as zf:
        want = {f"Alexa.zip/{n}": hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist()}
    assert {r["member"]: r["sha256"] for r in out["recordings"]} == want


def test_all_data_categories_download_with_loose_files(tmp_path: Path, capsysbinary) -> None:
    out = scan(kl.all_data_categories(tmp_path), capsysbinary)
    assert out["export"]["layouts"] == ["amazon-2026"]
    assert out["counts"] == {"purchases": 3, "searches": 2, "recordings": 4, "devices": 2, "cart": 2}
    assert [r["time"] for r in out["recordings"]] == [iso(t) for t, _ in kl.UTTERANCES]
    assert [r["transcript"] for r in out["recordings"]] == [s for _, s in kl.UTTERANCES]
    assert all(r["no_audio_in_export"] and r["member"] is None and r["sha256"] is None for r in out["recordings"])
    assert {r["listed_in"] for r in out["recordings"]} == {
        "All Data Categories.4.zip/Additional Data/Alexa/Alexa/NLU/Intent-1-1.csv"}
    devices = {d["serial"]: d for d in out["devices"]}
    assert devices["G090ECHO001"]["family"] == "Echo Dot (3rd Gen)" and devices["G090ECHO001"]["voice_capable"]
    assert devices["G090ECHO001"]["registered"] == iso(kl.ECHO_REGISTERED)
    assert devices["G070FIRE001"]["deregistered"] == "2023-06-01T12:00:00.000Z"
    report = out["report"]
    skipped = {s["member"]: s for s in report["skipped"]}
    assert skipped["FileDescriptions.csv"]["reason"] == "Not a dataset: it describes the files of the export."
    assert skipped["notes.txt"]["reason"] == "Not a data file Dossier reads."
    assert skipped["All Data Categories.4.zip/Additional Data/Alexa/Skills/Skills-1.csv"]["header"] == [
        "Skill Name", "Enablement Date"]
    datasets = {d["member"].split("/", 1)[1]: (d["dataset"], d["rows"]) for d in report["datasets"]}
    assert datasets["Your Shopping Search/Search Queries.csv"] == ("amazon.searches", 2)
    assert datasets["Your Amazon Orders/Cart History.csv"] == ("amazon.cart-history", 2)
    assert datasets["Your Returns & Refunds/Refund Details.csv"] == ("amazon.refunds", 1)
    assert datasets["Additional Data/Alexa/Alexa/NLU/Intent-1-1.csv"] == ("amazon.alexa-utterances", 4)
    found = rules(out)
    assert found["recording-without-device"] == ["alexa wie spät ist es"]  # before the Echo was registered
    assert found["recording-place-mismatch"] == ["alexa wie wird das wetter in hamburg"]
    assert found["recording-unfamiliar-name"] == ["alexa ruf sabine an"]


def test_cart_history_is_its_own_table_not_purchases(tmp_path: Path) -> None:
    with ExportSource.open(kl.all_data_categories(tmp_path, extra_loose=False)) as source:
        export = amazon.parse(source)
    assert export.cart is not None and list(export.cart["title"]) == ["Teapot", "Mug"]
    assert "Teapot" not in set(export.purchases["title"])
    assert set(export.purchases["kind"]) == {"physical", "refund"}


def test_alexa_app_on_a_phone_is_evidence_of_a_voice_device(tmp_path: Path, capsysbinary) -> None:
    out = scan(kl.all_data_categories(tmp_path, app=True), capsysbinary)
    app = [d for d in out["devices"] if d["family"] == "Alexa app (phone)"]
    assert [(d["name"], d["voice_capable"], d["registered"]) for d in app] == [
        ("Alexa app (Android Fairphone FP4)", True, None)]
    assert "recording-without-device" not in rules(out)
    assert any("Alexa app was used on a phone (Android Fairphone FP4, 2023-11-02 to 2023-12-24)" in n["message"]
               for n in out["report"]["notes"])


def test_amazon_de_transcriptions_index(tmp_path: Path, capsysbinary) -> None:
    out = scan(kl.alexa_de(tmp_path), capsysbinary)
    assert out["export"]["layouts"] == ["amazon-de-alexa-2021"]
    got = [(r["time"], r["transcript"], r["response"], r["member"]) for r in out["recordings"]]
    folder = "Alexa_3.zip/Audio and Transcription/"
    assert got == [(iso(t), said, answer or None, None if file.startswith("missing") else folder + "Audio/" + file)
                   for t, said, file, answer in kl.DE_ROWS]
    assert [r["time_source"] for r in out["recordings"]] == ["index"] * 4
    assert out["recordings"][-1]["no_audio_in_export"]
    assert out["report"]["problems"] == [{"member": folder + "Transcriptions-2.csv", "line": 3,
                                          "message": "The index lists a recording whose audio file is not in the "
                                                     "export."}]


def test_parts_joined_into_one_transcriptions_csv_skip_the_repeated_header(tmp_path: Path, capsysbinary) -> None:
    header = ",".join(kl.TRANSCRIPT_HEADER).encode()
    body = b"\r\n".join([header, b"2022-05-01T07:00:05Z,alexa stopp,a.wav,", header,
                          b"2022-05-01T07:05:00Z,alexa lauter,b.wav,OK", b""])
    paths = [write_zip(tmp_path / "Alexa_1.zip", [("Audio and Transcription/Transcriptions.csv", body),
                                                  ("Audio and Transcription/a.wav", kl.clip()),
                                                  ("Audio and Transcription/b.wav", kl.clip(0.7))])]
    out = scan(paths, capsysbinary)
    assert [(r["transcript"], r["response"]) for r in out["recordings"]] == [("alexa stopp", None),
                                                                            ("alexa lauter", "OK")]
    assert out["report"]["problems"] == [] and out["report"]["datasets"][0]["rows"] == 2


def test_transcription_columns_are_recognised_by_content() -> None:
    frame = pd.DataFrame({"a": ["3f2a.wav", "77b0.wav", "1.wav"], "b": ["ich", "du", "er"],
                          "c": ["2022-05-01T07:00:05Z", "no time", "1651388405000"], "d": ["ok", "", ""]})
    assert recognise_columns(frame, set()) == ("c", "a", "b", "d")
    named = pd.DataFrame({"x": ["2022-05-01 07:00:05"], "y": ["stopp"], "z": ["abc"], "w": [""]})
    assert recognise_columns(named, {"abc"}) == ("x", "z", "y", "w")  # a file named in the export, no extension
    empty = pd.DataFrame(columns=["p", "q", "r", "s"])
    assert recognise_columns(empty, set()) == ("p", "r", "q", "s")  # nothing to judge by: the known order


@pytest.mark.parametrize("language", ["de", "en"])
def test_2018_transcript_pdf_rows_match_clips(tmp_path: Path, capsysbinary, language: str) -> None:
    out = scan(kl.pdf_2018(tmp_path, language), capsysbinary)
    by_time = {r["time"]: r for r in out["recordings"]}
    for clip_time, _row_time, text in kl.PDF_CLIPS:
        row = by_time[iso(clip_time)]
        assert row["transcript"] == (text or None) and row["time_source"] == "filename" and row["sha256"]
    (when, text), = kl.PDF_ONLY
    silent = by_time[iso(when)]
    assert (silent["transcript"], silent["no_audio_in_export"], silent["listed_in"]) == (
        text, True, "Alexa.zip/Alexa-Sprachaufnahmen-Transkripte.pdf")
    assert len(out["recordings"]) == 5
    assert ("Transcript PDF: 3 of 4 rows matched a voice recording within 2 seconds. The other 1 is shown as "
            "voice activity with no audio in the export.") in [n["message"] for n in out["report"]["notes"]]
    found = rules(out)
    assert found["recording-place-mismatch"] == ["Alexa, wie wird das Wetter in Hamburg"]
    assert "Alexa, ruf Sabine an" in found["recording-unfamiliar-name"]


def test_a_pdf_in_local_time_is_matched_with_its_offset(tmp_path: Path, capsysbinary) -> None:
    out = scan(kl.pdf_2018(tmp_path, "de", local_hours=2), capsysbinary)
    notes = [n["message"] for n in out["report"]["notes"]]
    assert ("Transcript PDF: its times are 2 hours ahead of the clips' times — a local time, it seems; Dossier reads "
            "every row 2 hours earlier than printed. Read that way, 3 rows meet a clip (without the shift: 0)."
            ) in notes
    assert any(n.startswith("Transcript PDF: 3 of 4 rows matched") for n in notes)
    (when, text), = kl.PDF_ONLY
    assert {r["time"]: r["transcript"] for r in out["recordings"]}[iso(when)] == text  # dated in UTC


def test_a_damaged_transcript_pdf_is_unreadable_not_a_crash(tmp_path: Path, capsysbinary) -> None:
    paths = [write_zip(tmp_path / "Alexa.zip", [("Voice/2018-08-14_09-30-12_0.wav", kl.clip()),
                                                ("Alexa-Transkripte.pdf", b"%PDF-1.4\n1 0 obj << /Kids [2 0 R"),
                                                ("Alexa-leer.pdf", b"")])]
    out = scan(paths, capsysbinary)
    assert out["counts"]["recordings"] == 1
    reasons = {u["member"]: u["reason"] for u in out["report"]["unreadable"]}
    assert reasons == dict.fromkeys(("Alexa.zip/Alexa-Transkripte.pdf", "Alexa.zip/Alexa-leer.pdf"),
                                    "The PDF is damaged or not a PDF; its transcripts could not be read.")


def test_a_cut_off_transcript_pdf_leaves_no_library_lines_on_stderr(tmp_path: Path) -> None:
    """pypdf logs what it finds wrong ("EOF marker not found"); through the dossier command the user gets the
    import report's one sentence and nothing else."""
    import subprocess

    from tests.reliability.helpers import DOSSIER

    whole = kl.pdf_2018(tmp_path / "whole")
    with zipfile.ZipFile(whole[0]) as zf:
        entries = [(info.filename, zf.read(info)) for info in zf.infolist()]
    cut = [(name, body[:len(body) // 2] if name.lower().endswith(".pdf") else body) for name, body in entries]
    paths = [write_zip(tmp_path / "Alexa.zip", cut), whole[1]]
    assert any(name.lower().endswith(".pdf") for name, _body in cut)
    done = subprocess.run([*DOSSIER, "scan", "--json", *map(str, paths)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    unreadable = json.loads(done.stdout)["report"]["unreadable"]
    assert [u["member"] for u in unreadable] == ["Alexa.zip/Alexa-Sprachaufnahmen-Transkripte.pdf"]


def test_mixed_download_old_and_new_layouts_together(tmp_path: Path, capsysbinary) -> None:
    paths = kl.epoch_ms(tmp_path / "2021") + kl.all_data_categories(tmp_path / "2026") + kl.alexa_de(tmp_path / "de")
    out = scan(paths, capsysbinary)
    assert out["export"]["layouts"] == ["amazon-2018", "amazon-2026", "amazon-de-alexa-2021"]
    assert out["counts"] == {"purchases": 4, "searches": 2, "recordings": 3 + 4 + 4, "devices": 2, "cart": 2}
    assert sum(r["no_audio_in_export"] for r in out["recordings"]) == 4 + 1
    # the Hamburg question of the amazon.de index is far from the home the 2026 orders give
    assert "alexa wie wird das wetter in hamburg" in rules(out)["recording-place-mismatch"]


def test_transcript_pdf_is_read_in_memory_without_temporary_files(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("a temporary file was made while reading the export")

    with ExportSource.open(kl.pdf_2018(tmp_path)) as source:
        for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
            monkeypatch.setattr(tempfile, name, refuse)
        export = amazon.parse(source)
    assert export.recordings["transcript"].notna().sum() == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Alexa.zip", "Retail.OrderHistory.1.zip"]  # no extraction


def test_a_pdf_decompression_bomb_is_unreadable(tmp_path: Path, capsysbinary) -> None:
    """A content stream inflating past pypdf's output limit (75 MB) stops there: the PDF is unreadable."""
    import zlib

    packer = zlib.compressobj(9)
    content = packer.compress(b"BT /F1 9 Tf 1 0 0 1 56 700 Tm (14.08.2018 09:30:12 x) Tj ET\n")
    content += b"".join(packer.compress(bytes(1 << 20)) for _ in range(96)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"]
    body, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    out = scan([write_zip(tmp_path / "Alexa.zip", [("Alexa-Transkripte.pdf", bytes(body)),
                                                   ("Voice/2018-08-14_09-30-12_0.wav", kl.clip())])], capsysbinary)
    assert [u["member"] for u in out["report"]["unreadable"]] == ["Alexa.zip/Alexa-Transkripte.pdf"]
    assert out["counts"]["recordings"] == 1



def test_every_dataset_the_importers_recognise_has_words(tmp_path: Path) -> None:
    """The import report says in words what Dossier read from each file; a dataset without words would show
    its key ("amazon.alexa-utterances"). Every layout generated here and both demos."""
    from core.value_words import WORDS
    from core.vendors import parse_export

    root = Path(__file__).resolve().parents[4]
    exports = [kl.epoch_ms(tmp_path / "a"), kl.all_data_categories(tmp_path / "b", app=True),
               kl.alexa_de(tmp_path / "c"), kl.pdf_2018(tmp_path / "d"), [root / "resources" / "demo" / "amazon-2018"],
               sorted((root / "resources" / "demo" / "google-takeout").glob("*.zip"))]
    seen: set[str] = set()
    for paths in exports:
        with ExportSource.open(paths) as source:
            report = parse_export(source).report
        seen |= {f.dataset for f in report.by_status("recognised") if f.dataset}
    assert len(seen) >= 12 and not seen - set(WORDS["dataset"]), sorted(seen - set(WORDS["dataset"]))
