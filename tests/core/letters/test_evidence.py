"""Evidence manifest and bundle: hashes match the files, atomic writes, the export-changed check."""

import hashlib
import json
import zipfile

import pytest

from core.errors import ExportChanged
from core.letters.context import LetterOptions, select_findings
from core.letters.evidence import (
    DestinationRefused,
    atomic_write_bytes,
    attachment_entry,
    build_manifest,
    check_destination,
    manifest_text,
    verify_export,
    write_bundle,
)
from core.model import ExportFile
from tests.core.letters.factory import make_export, make_findings


def _export_on_disk(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    files = []
    for name, data in (("Alexa.zip", b"PK fake alexa bytes" * 100), ("Retail.zip", b"orders" * 10)):
        path = folder / name
        path.write_bytes(data)
        files.append(ExportFile(name, str(path), len(data), hashlib.sha256(data).hexdigest(), 0.0))
    return make_export(n=5, files=files)


class _Source:
    """Stands in for ExportSource: serves each clip's bytes (its member path, encoded)."""

    def iter_chunks(self, member):
        yield member.encode()


def test_manifest_hashes_match_the_files_and_the_bundle(tmp_path):
    export = _export_on_disk(tmp_path)
    findings = make_findings(export)
    selection = select_findings(findings, {}, LetterOptions())
    letter = {"letter.pdf": b"%PDF-1.4 fake", "letter.txt": "Brief ä".encode()}
    manifest = build_manifest(export, selection, processing_log=[("2026-01-01T00:00:00Z", "imported")],
                              attachments=[attachment_entry(n, d) for n, d in letter.items()])
    for entry in manifest["export"]["files"]:
        on_disk = (tmp_path / "export" / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(on_disk).hexdigest() and entry["size"] == len(on_disk)
    rows = {r["audio_member"]: r for r in export.recordings.to_dict("records")}
    assert len(manifest["flagged"]) == 5
    for item in manifest["flagged"]:
        assert item["sha256"] == rows[item["member"]]["sha256"]
        assert item["rule"] == "recording-without-device" and item["time"].startswith("2018-")
    text = manifest_text(manifest)
    assert export.files[0].sha256 in text and "imported" in text and "private words" not in text

    bundle = tmp_path / "out" / "bundle.zip"
    write_bundle(bundle, manifest, letter)
    with zipfile.ZipFile(bundle) as zf:
        assert set(zf.namelist()) == {"letter.pdf", "letter.txt", "evidence-manifest.json", "evidence-manifest.txt"}
        stored = json.loads(zf.read("evidence-manifest.json"))
        for att in stored["attachments"]:
            assert hashlib.sha256(zf.read(att["name"])).hexdigest() == att["sha256"]
    assert not [p for p in bundle.parent.iterdir() if p.name.endswith(".part")]


def test_clips_only_when_asked_with_original_bytes(tmp_path):
    export = _export_on_disk(tmp_path)
    manifest = build_manifest(export, select_findings(make_findings(export), {}, LetterOptions()))
    write_bundle(tmp_path / "with.zip", manifest, {}, source=_Source(), include_clips=True)
    write_bundle(tmp_path / "without.zip", manifest, {}, source=_Source())
    with zipfile.ZipFile(tmp_path / "with.zip") as zf:
        clips = [n for n in zf.namelist() if n.startswith("clips/")]
        assert len(clips) == 5
        listed = json.loads(zf.read("evidence-manifest.json"))["clips"]
        for entry in listed:
            assert zf.read(entry["name"]) == entry["member"].encode()
    with zipfile.ZipFile(tmp_path / "without.zip") as zf:
        assert not [n for n in zf.namelist() if n.startswith("clips/")]


def test_export_changed_is_detected(tmp_path):
    export = _export_on_disk(tmp_path)
    verify_export(export)
    (tmp_path / "export" / "Retail.zip").write_bytes(b"tampered")
    with pytest.raises(ExportChanged, match=r"Retail\.zip"):
        verify_export(export)
    (tmp_path / "export" / "Retail.zip").unlink()
    with pytest.raises(ExportChanged, match="no longer"):
        verify_export(export)


def test_atomic_write_leaves_no_partial_file(tmp_path):
    target = tmp_path / "letter.pdf"
    atomic_write_bytes(target, b"first")

    def broken(handle):
        handle.write(b"half")
        raise OSError("disk full")

    from core.letters.evidence import atomic_write

    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_never_writes_into_a_folder_export(tmp_path):
    root = tmp_path / "takeout"
    (root / "Takeout").mkdir(parents=True)
    f = root / "Takeout" / "a.json"
    f.write_text("{}")
    export = make_export(n=1, files=[ExportFile("Takeout/a.json", str(f), 2, "00" * 32, 0.0)])
    with pytest.raises(DestinationRefused):
        check_destination(export, root / "Takeout")
    with pytest.raises(DestinationRefused):
        check_destination(export, root)
    check_destination(export, tmp_path / "elsewhere")
    zipped = make_export(n=1, files=[ExportFile("Alexa.zip", str(tmp_path / "dl" / "Alexa.zip"), 2, "00" * 32, 0)])
    with pytest.raises(DestinationRefused):
        check_destination(zipped, tmp_path / "dl")
    check_destination(zipped, tmp_path / "letters")


def test_the_manifest_says_which_times_are_only_the_archive_entrys_date(tmp_path):
    export = _export_on_disk(tmp_path)
    export.recordings.loc[export.recordings.index[-1], "time_source"] = "archive"
    manifest = build_manifest(export, select_findings(make_findings(export), {}, LetterOptions()))
    assert [x["time_source"] for x in manifest["flagged"]] == ["filename"] * 4 + ["archive"]
    lines = [line for line in manifest_text(manifest).splitlines() if "rule: recording-without-device" in line]
    assert [line.count("(archive entry date)") for line in lines] == [0, 0, 0, 0, 1]
