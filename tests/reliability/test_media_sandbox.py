"""Nothing in an export reaches the network or another file through media (issue 20).

Exports (Google Takeout and Amazon) whose "MP3" clips are an SDP description behind an ID3 tag (multicast),
a DASH manifest, an ffconcat list and an HLS playlist — each naming a secret file outside the export, by
absolute path and relative to the working directory, and a network address. The app opens each export
offscreen under ``strace -f`` and plays every clip; the trace must show no AF_INET/AF_INET6 socket, no
bind or multicast join of any kind of socket but local ones, and no open of a file outside the export,
the app's data folder and the libraries. A real MP3 in the same export must play (so the test can fail).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from core.audio.containers import container_format
from core.audio.decode import decode_pcm, playable_wav, wav_bytes
from core.errors import ClipUnplayable
from tests.reliability.helpers import PYTHON, ROOT, child_env
from tests.reliability.privacy_session import STRACE, pulse_env
from tests.synth.audio import mp3_frames, tools_available
from tests.synth.layouts import gen_a
from tests.synth.spec import Clip, Spec

pytestmark = pytest.mark.skipif(STRACE is None or not tools_available(), reason="needs strace, espeak-ng and sox")
ID3 = b"ID3\x04\x00\x00\x00\x00\x00\x15TIT2\x00\x00\x00\x0b\x00\x00\x03clip title"
SOCKET_INET = re.compile(r"socket\(AF_INET6?\b")
JOIN = re.compile(r"(IP_ADD_MEMBERSHIP|IPV6_ADD_MEMBERSHIP|MCAST_JOIN|IP_ADD_SOURCE_MEMBERSHIP)")
BIND = re.compile(r"bind\(\d+, \{sa_family=AF_(?!UNIX|NETLINK)")
OPEN = re.compile(r'open(?:at)?\((?:AT_FDCWD|\d+), "([^"]+)"')


def hostile_bodies(secret: Path) -> dict[str, bytes]:
    """Clip files that are descriptions of other media, not media."""
    return {
        "sdp.mp3": ID3 + (b"v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=clip\r\nc=IN IP4 239.255.42.42/32\r\nt=0 0\r\n"
                          b"m=audio 5004 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"),
        "dash.mp3": (f'<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" '
                     f'mediaPresentationDuration="PT2S" minBufferTime="PT1S"><Period><AdaptationSet '
                     f'mimeType="audio/wav"><Representation id="1" bandwidth="256000"><BaseURL>file://{secret}'
                     f'</BaseURL></Representation></AdaptationSet></Period></MPD>').encode(),
        "concat.mp3": f"ffconcat version 1.0\nfile 'secret-in-cwd.wav'\nfile '{secret}'\n".encode(),
        "hls.mp3": (f"#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nhttp://127.0.0.1:9/seg.ts\n#EXTINF:2,\n"
                    f"{secret}\n#EXT-X-ENDLIST\n").encode(),
        "id3-frames-then-sdp.mp3": ID3 + b"\xff\xfb\x90\x00" + b"v=0\r\nc=IN IP4 239.255.42.43\r\n"
                                                           b"m=audio 5006 RTP/AVP 0\r\n",
    }


def takeout(root: Path, secret: Path) -> Path:
    from tests.core.vendors.google.synth import as_json, mp3_clip, write_folder

    bodies = hostile_bodies(secret)
    entries = [{"header": "Assistant", "title": f"Said clip {n}", "time": f"2023-08-2{n}T03:49:28Z",
                "products": ["Assistant"], "audioFiles": [name]} for n, name in enumerate(["real.mp3", *bodies])]
    tree = {"My Activity/Assistant/MyActivity.json": as_json(entries), "My Activity/Assistant/real.mp3":
            mp3_clip("this clip is real"), **{f"My Activity/Assistant/{k}": v for k, v in bodies.items()}}
    return write_folder(tree, root)


def amazon(root: Path, secret: Path) -> Path:
    spec = Spec(owner="Erika Muster", address="Weg 3", export_time=datetime(2018, 8, 14, 9, 30))
    spec.clips.append(Clip(file="Voice/2018-05-02T07-30-00_00000000.wav", text="Alexa, wie spät ist es?",
                           voice="de+m3", time=datetime(2018, 5, 2, 7, 30)))
    root.mkdir(parents=True)
    gen_a(spec, root, index="csv")
    with zipfile.ZipFile(root / "Alexa.zip", "a") as zf:
        for n, (name, body) in enumerate(hostile_bodies(secret).items()):
            zf.writestr(f"Voice/2018-05-0{3 + n}T07-30-00_{name}", body)
    return root


def run_traced(export: Path, base: Path) -> tuple[dict, list[str], Path, Path]:
    home, appdata, cwd = base / "home", base / "appdata", base / "cwd"
    for folder in (home, cwd, base / "tmp"):
        folder.mkdir(parents=True, exist_ok=True)
    (cwd / "secret-in-cwd.wav").write_bytes(wav_bytes(np.sin(np.arange(32000) / 3) * 0.5, 16000))
    env = child_env(HOME=str(home), TMPDIR=str(base / "tmp"), DOSSIER_DATA_DIR=str(appdata), **pulse_env())
    trace = base / "media.trace"
    cmd = [STRACE, "-f", "-qq", "-e", "trace=network,open,openat", "-o", str(trace),
           PYTHON, "-m", "tests.reliability.media_session", str(export)]
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=cwd)
    marker = [line for line in done.stdout.splitlines() if line.startswith("@@MEDIA@@")]
    assert done.returncode == 0 and marker, f"session failed ({done.returncode}):\n{done.stderr[-4000:]}"
    return json.loads(marker[-1][len("@@MEDIA@@"):]), trace.read_text().splitlines(), cwd, appdata


def allowed_roots(export: Path, base: Path, appdata: Path) -> tuple[str, ...]:
    libraries = {sys.prefix, sys.base_prefix, str(ROOT), "/usr", "/lib", "/lib64", "/etc", "/proc", "/sys",
                 "/dev", "/run", "/var/cache/fontconfig", "/var/lib/dbus", str(base / "home"), str(base / "tmp")}
    pulse = pulse_env().get("PULSE_RUNTIME_PATH")
    return (str(export), str(appdata), *(p for p in libraries | ({pulse} if pulse else set())))


@pytest.mark.parametrize("make", [takeout, amazon], ids=["google-takeout", "amazon"])
def test_clips_that_describe_other_media_open_no_socket_and_no_outside_file(tmp_path, make) -> None:
    secret = tmp_path / "outside" / "secret.wav"
    secret.parent.mkdir()
    secret.write_bytes(wav_bytes(np.sin(np.arange(32000) / 5) * 0.5, 16000))
    export = make(tmp_path / "export", secret)
    result, trace, cwd, appdata = run_traced(export, tmp_path / "run")
    clips = result["clips"]
    print("media session:", json.dumps(clips, indent=1), f"{len(trace)} traced calls")
    real = "real.mp3" if make is takeout else "2018-05-02T07-30-00_00000000.wav"
    assert clips[real] == "played", clips
    hostile = {name: outcome for name, outcome in clips.items() if name != real}
    # both imports skip a text that only has an audio name (playlists, descriptions); the two that pass as audio
    # by their first bytes reach the player, which refuses them
    assert len(hostile) == 2 and all("cannot be played" in o for o in hostile.values()), hostile
    assert [line for line in trace if SOCKET_INET.search(line)] == []
    assert [line for line in trace if BIND.search(line) or JOIN.search(line)] == []
    roots = allowed_roots(export, tmp_path / "run", appdata)
    outside = sorted({path for line in trace if (m := OPEN.search(line)) and "ENOENT" not in line
                      for path in [m.group(1) if m.group(1).startswith("/") else str(cwd / m.group(1))]
                      if not path.startswith(roots) and path != str(cwd)})  # python -m lists its cwd
    assert outside == [], outside
    assert not [line for line in trace if "secret.wav" in line or "secret-in-cwd" in line], "followed a reference"


def test_strace_control_sees_a_socket_and_an_outside_open(tmp_path) -> None:
    """The trace patterns match what they must catch (so the empty lists above mean something)."""
    trace = tmp_path / "control.trace"
    code = ("import socket, struct; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('0.0.0.0', 0)); "
            "s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, struct.pack('4s4s', "
            "socket.inet_aton('239.255.42.42'), socket.inet_aton('0.0.0.0'))); open('/etc/hostname').close()")
    subprocess.run([STRACE, "-f", "-qq", "-e", "trace=network,open,openat", "-o", str(trace), sys.executable, "-c",
                    code], check=False, timeout=60)
    lines = trace.read_text().splitlines()
    assert any(SOCKET_INET.search(line) for line in lines)
    assert any(BIND.search(line) for line in lines) and any(JOIN.search(line) for line in lines)
    assert any((m := OPEN.search(line)) and m.group(1) == "/etc/hostname" for line in lines)


@pytest.mark.parametrize("name", ["sdp.mp3", "dash.mp3", "concat.mp3", "hls.mp3", "id3-frames-then-sdp.mp3"])
def test_descriptions_of_media_are_refused_before_any_decoder(tmp_path, name) -> None:
    body = hostile_bodies(tmp_path / "secret.wav")[name]
    for call in (container_format, decode_pcm, playable_wav):
        with pytest.raises(ClipUnplayable, match="cannot be played"):
            call(body)


def test_real_containers_are_recognised() -> None:
    from tests.core.vendors.google.synth import mp3_clip

    assert container_format(mp3_clip("hello")) == "mp3"
    assert container_format(mp3_frames()) == "mp3"
    assert container_format(wav_bytes(np.zeros(1600), 16000)) == "wav"
    assert playable_wav(mp3_clip("hello"))[:4] == b"RIFF"
