"""Table A of reliability.md §8.2: hostile voice clips, and the ffmpeg sandbox (absolute path, whitelist,
timeout, output cap). Every failure is :class:`ClipUnplayable` with one sentence; nothing hangs."""

from __future__ import annotations

import contextlib
import os
import stat
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from core.audio import decode as audio
from core.audio.decode import decode_pcm, ffmpeg_path, wav_bytes
from core.errors import ClipUnplayable, DossierError
from tests.reliability.helpers import child_env, run_measured
from tests.synth.audio import mp3_frames

FFMPEG = ffmpeg_path()
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="fake decoders are shell scripts")


def _ffmpeg(*args: str, out: Path) -> bytes:
    subprocess.run([FFMPEG, "-hide_banner", "-loglevel", "error", "-y", *args, str(out)], check=True, timeout=120,
                   stdin=subprocess.DEVNULL)
    return out.read_bytes()


def _wav_header(channels: int, rate: int, block_align: int, bits: int, data_size: int, body: bytes = b"") -> bytes:
    fmt = struct.pack("<HHIIHH", 1, channels, rate, (rate * block_align) & 0xFFFFFFFF, block_align, bits)
    return (b"RIFF" + struct.pack("<I", 36 + len(body)) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt
            + b"data" + struct.pack("<I", data_size) + body)


def _sentence(exc: ClipUnplayable) -> str:
    text = str(exc)
    assert exc.category == "clip" and isinstance(exc, DossierError)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text, text
    return text


# ---- A01–A03: bytes that are not what they claim -------------------------------------------------------
@pytest.mark.parametrize("data", [b"", os.urandom(4096), b"ID3" + os.urandom(2000), b"RIFF\x00\x00\x00\x00WAVE"])
def test_a01_empty_or_random_clip_is_unplayable_quickly(data) -> None:
    start = time.monotonic()
    with pytest.raises(ClipUnplayable) as info:
        decode_pcm(data)
    _sentence(info.value)
    assert time.monotonic() - start < 10


@pytest.mark.parametrize(("channels", "rate", "align", "bits"), [(0, 16000, 2, 16), (1, 0, 2, 16), (1, 16000, 0, 16),
                                                                  (2, 16000, 3, 16), (1, 16000, 64000, 16),
                                                                  (65535, 4_000_000_000, 65535, 65535)])
def test_a02_impossible_wav_headers_are_typed_errors(channels, rate, align, bits) -> None:
    with pytest.raises(ClipUnplayable) as info:
        decode_pcm(_wav_header(channels, rate, align, bits, 32000, bytes(32000)))
    _sentence(info.value)


def test_a03_wav_claiming_4_gb_with_one_second_body_loads_one_second() -> None:
    body = (np.sin(np.arange(16000) / 5) * 8000).astype("<i2").tobytes()
    samples, rate = decode_pcm(_wav_header(1, 16000, 2, 16, 0xFFFFFFF0, body))
    assert rate == 16000 and len(samples) == 16000


# ---- A04, A05: resource bombs and truncation --------------------------------------------------------------
def test_a04_long_flac_is_decoded_only_up_to_the_cap_with_bounded_memory(tmp_path) -> None:
    flac = tmp_path / "silence.flac"
    _ffmpeg("-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "1800", "-c:a", "flac", out=flac)
    assert flac.stat().st_size < 8 << 20  # 30 min of 48 kHz stereo = 330 MB PCM in a few MB
    measured = run_measured(f"""
        from pathlib import Path
        from core.audio.decode import decode_pcm
        samples, rate = decode_pcm(Path({str(flac)!r}).read_bytes(), max_seconds=120)
        result = [len(samples), rate]
    """)
    frames, rate = measured["result"]
    print("A04", measured)
    assert frames / rate == pytest.approx(120, abs=0.5)
    assert measured["rss_mb"] < 400 and measured["seconds"] < 30, measured


@pytest.mark.parametrize(("ext", "codec"), [("mp3", []), ("m4a", ["-c:a", "aac"]), ("ogg", ["-c:a", "libvorbis"])])
def test_a05_truncated_compressed_clips_give_partial_audio_or_a_typed_error(tmp_path, ext, codec) -> None:
    try:
        data = _ffmpeg("-f", "lavfi", "-i", "sine=f=440:r=16000", "-t", "4", *codec, out=tmp_path / f"s.{ext}")
    except subprocess.CalledProcessError:
        pytest.skip(f"this ffmpeg build cannot encode {ext}")
    samples, _rate = decode_pcm(data)
    assert len(samples) / 16000 == pytest.approx(4, abs=0.2)
    for cut in (0.1, 0.5, 0.9):
        try:
            part, _ = decode_pcm(data[: int(len(data) * cut)])
        except ClipUnplayable as exc:
            _sentence(exc)
        else:
            assert len(part) <= len(samples) + 1600


# ---- A06: playlists disguised as audio open no connection and read no other file ---------------------------
LISTENER = textwrap.dedent("""
    import select, socket, sys
    srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(5)
    print(srv.getsockname()[1], flush=True)
    seen = 0
    while True:  # until the parent closes our stdin (or the time limit passes)
        ready, _, _ = select.select([srv, sys.stdin], [], [], float(sys.argv[1]))
        if not ready or sys.stdin in ready:
            break
        conn, _ = srv.accept(); seen += 1; conn.close()
    print("CONNECTIONS", seen, flush=True)
""")


def _listener(seconds: float) -> tuple[subprocess.Popen, int]:
    """A loopback HTTP-less listener in its own process (this process may have the network guard installed)."""
    proc = subprocess.Popen([sys.executable, "-c", LISTENER, str(seconds)], stdout=subprocess.PIPE,
                            stdin=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, int(proc.stdout.readline())


def _connections(proc: subprocess.Popen, settle: float = 0.3) -> int:
    time.sleep(settle)  # let a connection still in flight arrive
    out, _ = proc.communicate(input="", timeout=60)
    return int(out.split("CONNECTIONS")[1])


def test_a06_listener_control_sees_a_real_connection() -> None:
    """The loopback listener is able to see a connection (so the zero below means something)."""
    proc, port = _listener(3)
    subprocess.run([FFMPEG, "-hide_banner", "-loglevel", "quiet", "-i", f"http://127.0.0.1:{port}/a.mp3",
                    "-f", "null", "-"], timeout=30, stdin=subprocess.DEVNULL, check=False)
    assert _connections(proc) >= 1


def test_a06_playlists_disguised_as_audio_open_no_connection(tmp_path) -> None:
    secret = tmp_path / "secret.wav"
    secret.write_bytes(wav_bytes(np.sin(np.arange(48000) / 3) * 0.9, 16000))
    proc, port = _listener(4)
    url = f"http://127.0.0.1:{port}"
    playlists = [
        f"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n{url}/seg.ts\n#EXT-X-ENDLIST\n",
        f"#EXTM3U\n#EXTINF:10,\n{url}/a.mp3\n#EXTINF:10,\nfile:{secret}\n{secret}\n",
        f"ffconcat version 1.0\nfile '{url}/a.mp3'\nfile '{secret}'\n",
        f"[playlist]\nFile1={url}/stream\nNumberOfEntries=1\n",
        f'<?xml version="1.0"?><smil><body><audio src="{url}/a.mp3"/></body></smil>',
    ]
    for text in playlists:
        try:
            samples, _ = decode_pcm(text.encode())
        except ClipUnplayable as exc:
            _sentence(exc)
        else:  # whatever was decoded, it is not the other file's audio
            assert len(samples) < 8000
    assert _connections(proc) == 0


# ---- A07: only the configured absolute ffmpeg runs; hanging, crashing and flooding decoders -----------------
def _fake(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@POSIX_ONLY
def test_a07_planted_ffmpeg_in_cwd_and_first_on_path_is_never_run(tmp_path) -> None:
    marker = tmp_path / "planted-ran"
    trap = tmp_path / "trap"
    for name in ("ffmpeg", "ffprobe", "avconv", "avprobe"):
        _fake(trap, name, f"touch {marker}; exit 0")
    env = child_env(PATH=f"{trap}:{os.environ.get('PATH', '')}")
    env.pop("DOSSIER_FFMPEG", None)
    measured = run_measured("""
        import os
        from core.audio.decode import decode_pcm, ffmpeg_path, audio_segment
        from core.errors import ClipUnplayable, DossierError
        from tests.synth.audio import mp3_frames
        import numpy as np
        audio_segment(np.zeros(160), 16000)  # pydub is imported too: its which() must not run the trap
        try:
            decode_pcm(mp3_frames())
            outcome = "decoded"
        except ClipUnplayable as exc:
            outcome = str(exc)
        result = [ffmpeg_path(), outcome]
    """, env=env, cwd=trap)
    path, outcome = measured["result"]
    assert Path(path).is_absolute() and not Path(path).is_relative_to(trap)
    assert not marker.exists(), "a planted ffmpeg was executed"
    assert outcome == "decoded" or outcome.endswith(".")


def test_a07_relative_or_missing_configured_ffmpeg_is_refused(monkeypatch, tmp_path) -> None:
    for value in ("ffmpeg", "./ffmpeg", str(tmp_path / "missing")):
        monkeypatch.setenv("DOSSIER_FFMPEG", value)
        with pytest.raises(ClipUnplayable):
            ffmpeg_path()


@POSIX_ONLY
@pytest.mark.parametrize(("body", "words"), [
    ("exec sleep 999", "too long"),
    ("kill -SEGV $$", "damaged"),
    ("exit 139", "damaged"),
    ("exec cat /dev/zero", "more audio than allowed"),
])
def test_a07_hanging_crashing_and_flooding_decoders_are_contained(monkeypatch, tmp_path, body, words) -> None:
    fake = _fake(tmp_path / "bin", "ffmpeg-fake", body)
    monkeypatch.setenv("DOSSIER_FFMPEG", str(fake))
    monkeypatch.setattr(audio, "FFMPEG_TIMEOUT_S", 2.0)
    start = time.monotonic()
    with pytest.raises(ClipUnplayable) as info:
        decode_pcm(mp3_frames(), max_seconds=5)
    assert words in _sentence(info.value)
    assert time.monotonic() - start < 15


@POSIX_ONLY
def test_a07_real_decoder_gets_whitelist_limits_and_pipes(monkeypatch, tmp_path) -> None:
    """The arguments the configured decoder receives: whitelist, no stdin prompts, duration cap, pipes only."""
    args_file = tmp_path / "args"
    fake = _fake(tmp_path / "bin", "ffmpeg-args", f'printf "%s\\n" "$@" > {args_file}; head -c 3200 /dev/zero')
    monkeypatch.setenv("DOSSIER_FFMPEG", str(fake))
    samples, rate = decode_pcm(mp3_frames(), max_seconds=7)
    assert len(samples) == 1600 and rate == 16000
    args = args_file.read_text().splitlines()
    assert args[args.index("-protocol_whitelist") + 1] == "pipe"
    assert args[args.index("-f") + 1] == "mp3" and args.index("-f") < args.index("-i")
    assert args[args.index("-i") + 1] == "pipe:0" and args[-1] == "pipe:1"
    assert "-nostdin" in args and float(args[args.index("-t") + 1]) == 7


def test_p2_decoding_compressed_clips_writes_no_file_anywhere(tmp_path) -> None:
    """MP3/M4A/OGG go through ffmpeg's pipes: an audit hook sees no file opened for writing, temp stays empty."""
    clips = []
    for ext, codec in (("mp3", []), ("m4a", ["-c:a", "aac"]), ("ogg", ["-c:a", "libvorbis"]), ("flac", [])):
        with contextlib.suppress(subprocess.CalledProcessError):
            clips.append(_ffmpeg("-f", "lavfi", "-i", "sine=f=300:r=22050", "-t", "2", *codec,
                                 out=tmp_path / f"c.{ext}"))
    assert clips
    bundle = tmp_path / "clips.bin"
    bundle.write_bytes(b"".join(len(c).to_bytes(8, "little") + c for c in clips))
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    measured = run_measured(f"""
        import os, sys
        writes = []
        def hook(event, args):
            if event == "open" and not isinstance(args[0], int) and args[0] is not None:
                mode, flags = args[1], args[2]
                if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (mode is None and flags & (
                        os.O_WRONLY | os.O_RDWR | os.O_CREAT)):
                    writes.append(os.fsdecode(args[0]))
        data = open({str(bundle)!r}, "rb").read()
        sys.addaudithook(hook)
        from core.audio.decode import decode_pcm, audio_segment
        pos, seconds = 0, []
        while pos < len(data):
            n = int.from_bytes(data[pos:pos + 8], "little"); clip = data[pos + 8:pos + 8 + n]; pos += 8 + n
            samples, rate = decode_pcm(clip)
            audio_segment(samples, rate)
            seconds.append(round(len(samples) / rate, 1))
        result = [seconds, writes, os.listdir(os.environ["TMPDIR"])]
    """, env=child_env(TMPDIR=str(private_tmp)))
    seconds, writes, temp = measured["result"]
    assert all(s == pytest.approx(2, abs=0.2) for s in seconds) and len(seconds) == len(clips)
    assert writes == [] and temp == []
