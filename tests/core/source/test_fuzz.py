"""Mutated archives: opening and reading never raises anything but a DossierError (optional-Atheris stand-in)."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import DossierError
from core.source.archive import ExportSource
from tests.core.source.builders import zip_bytes

SEEDS = {
    "deflate": zip_bytes({"a/b.csv": b"x,y\n" * 300, "c.json": b'{"k": [1, 2, 3]}', "d.wav": bytes(range(256)) * 8}),
    "stored": zip_bytes({"a.csv": b"1,2\n" * 50, "In.zip": zip_bytes({"v.wav": b"RIFF" * 40})}, zipfile.ZIP_STORED),
    "bzip2": zip_bytes({"a.csv": b"hello " * 200}, zipfile.ZIP_BZIP2),
    "lzma": zip_bytes({"a.csv": b"hello " * 200}, zipfile.ZIP_LZMA),
}


def exercise(tmp_path, data: bytes) -> None:
    path = tmp_path / "fuzz.zip"
    path.write_bytes(data)
    try:
        source = ExportSource.open([path], hash_files=False)
    except DossierError:
        return
    with source:
        for member in list(source.members):
            try:
                with source.open_member(member) as stream:
                    while stream.read(4096):
                        pass
                source.read_bytes(member, limit=10)
            except DossierError:
                pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.sampled_from(sorted(SEEDS)), flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)),
                                                            min_size=1, max_size=6), cut=st.integers(0, 10**6))
def test_mutated_archives_fail_only_with_dossier_errors(tmp_path, seed, flips, cut) -> None:
    data = bytearray(SEEDS[seed])
    for where, xor in flips:
        data[where % len(data)] ^= xor
    if cut % 4 == 0:
        data = data[: cut % (len(data) + 1)]
    exercise(tmp_path, bytes(data))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=300))
def test_random_bytes_fail_cleanly(tmp_path, junk) -> None:
    exercise(tmp_path, junk)
    exercise(tmp_path, b"PK\x03\x04" + junk + b"PK\x05\x06" + bytes(18))


def test_seeds_are_valid() -> None:
    for data in SEEDS.values():
        assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
