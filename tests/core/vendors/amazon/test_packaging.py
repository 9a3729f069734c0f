"""The same export as several ZIPs, one ZIP (nested ZIPs), a folder of ZIPs, an extracted folder and a
Deflate64 re-zip (7-Zip) gives identical tables and clip hashes."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from core.audio.clip_hashes import compute_clip_hashes
from core.model import Export
from core.source.archive import ExportSource
from core.vendors import amazon
from tests.synth.docs import write_zip
from tests.synth.fixtures import quirk_spec
from tests.synth.layouts import gen_a


def parse_hashed(paths: list[Path]) -> Export:
    with ExportSource.open([str(p) for p in paths]) as source:
        export = amazon.parse(source)
        compute_clip_hashes(export, source)
    return export


def canonical(export: Export) -> dict[str, list[tuple[object, ...]]]:
    """Every table without where-it-came-from columns (which name the container), sorted."""
    out = {}
    for name in ("purchases", "searches", "recordings", "devices"):
        frame = export.table(name).copy()
        for col in ("member", "audio_member"):
            if col in frame:
                frame[col] = [None if v is None else str(v).rsplit("/", 1)[-1] for v in frame[col]]
        frame = frame.drop(columns=[c for c in ("id", "crc32") if c in frame])
        rows = [tuple(None if (not isinstance(v, str) and pd.isna(v)) else v for v in row)
                for row in frame.itertuples(index=False)]
        out[name] = sorted(rows, key=repr)
    return out


def extract(zips: list[Path], dest: Path) -> Path:
    for path in zips:
        with zipfile.ZipFile(path) as zf:
            zf.extractall(dest / path.stem)
            for info in zf.infolist():  # keep the entry dates as file times, as unzip does
                target = dest / path.stem / info.filename
                stamp = pd.Timestamp(*info.date_time).timestamp()
                os.utime(target, (stamp, stamp))
    return dest


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    spec = quirk_spec()
    spec.clips = [c for c in spec.clips if c.dating != "archive"]  # a folder has no ZIP entry dates
    return gen_a(spec, tmp_path_factory.mktemp("several"))


def test_one_zip_several_zips_folder_identical(several: list[Path], tmp_path: Path) -> None:
    reference = parse_hashed(several)
    assert reference.recordings["sha256"].notna().all()
    one = write_zip(tmp_path / "amazon-export.zip", [(p.name, p.read_bytes()) for p in several],
                    method=zipfile.ZIP_STORED)
    folder_of_zips = tmp_path / "folder"
    folder_of_zips.mkdir()
    for p in several:
        shutil.copy(p, folder_of_zips / p.name)
    extracted = extract(several, tmp_path / "extracted")
    for variant in ([one], [folder_of_zips], [extracted]):
        export = parse_hashed(variant)
        assert canonical(export) == canonical(reference), variant
        assert len(export.report.files) == len(reference.report.files)
        assert [p.message for p in export.report.problems] == [p.message for p in reference.report.problems]


def test_nested_member_paths_name_both_archives(several: list[Path], tmp_path: Path) -> None:
    one = write_zip(tmp_path / "amazon-export.zip", [(p.name, p.read_bytes()) for p in several])
    export = parse_hashed([one])
    assert export.recordings["audio_member"].iloc[0] == "amazon-export.zip/Alexa.zip/Voice/2019-03-04T05-06-07_a1.wav"
    assert export.layouts == ["amazon-2018"]


@pytest.mark.skipif(shutil.which("7z") is None, reason="7-Zip is not installed")
def test_deflate64_rezip_identical(several: list[Path], tmp_path: Path) -> None:
    extracted = extract(several, tmp_path / "extracted")
    out = tmp_path / "rezipped.zip"
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", str(out), "."], cwd=extracted, check=True,
                   capture_output=True, timeout=120)
    with zipfile.ZipFile(out) as zf:
        assert {i.compress_type for i in zf.infolist() if i.file_size > 2000} == {9}
    assert canonical(parse_hashed([out])) == canonical(parse_hashed(several))


def test_folder_member_without_any_time_is_undated(tmp_path: Path) -> None:
    spec = quirk_spec()
    spec.clips = [c for c in spec.clips if c.dating == "archive"]
    extracted = extract(gen_a(spec, tmp_path / "zips"), tmp_path / "extracted")
    export = parse_hashed([extracted])
    rec = export.recordings.iloc[0]
    assert rec["time_source"] == "none" and pd.isna(rec["time"]) and rec["crc32"] is None
    assert rec["sha256"] is not None
