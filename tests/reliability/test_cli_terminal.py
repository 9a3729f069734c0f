"""``dossier scan``/``letter`` on any input and any terminal: one sentence and an exit code, never a traceback
(issues 16 and 20). Each case runs the real entry point in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from core.cli.terminal import terminal_text
from tests.reliability.helpers import PYTHON, ROOT, child_env
from tests.synth.audio import tools_available
from tests.synth.layouts import gen_a
from tests.synth.spec import Clip, Device, Order, Spec

SPOOF = "Echo\nFindings: none.\x1b[2K\x9b31m\x85\u2028\u2029Küche €"


def dossier(*args: str, stdout=subprocess.PIPE, env: dict[str, str] | None = None,
            code: str = "") -> subprocess.CompletedProcess:
    """``dossier ARGS`` (``code`` runs first in the same process, e.g. to plant a bug)."""
    program = f"import sys\n{code}\nfrom gui.start.launcher import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run([PYTHON, "-c", program, *args], stdout=stdout, stderr=subprocess.PIPE, timeout=300,
                          env=env or child_env(), cwd=ROOT, check=False)


def one_sentence(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and "Exception ignored" not in text, text
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) <= 1, text
    return lines[0] if lines else ""


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    """A small Gen A export whose device name tries to spoof the terminal, with a file name that is not UTF-8."""
    if not tools_available():
        pytest.skip("espeak-ng and sox are needed")
    root = tmp_path_factory.mktemp("cli") / "export"
    when = datetime(2018, 5, 2, 7, 30)
    spec = Spec(owner="Erika Muster", address="Weg 3 37085 Göttingen", export_time=datetime(2018, 8, 14, 9, 30))
    spec.orders.append(Order(order_id="302-0000001-1234567", time=when, title="Tee € Ω 中 ✓", total="11.90",
                             unit_price="10.00", unit_tax="1.90", subtotal="10.00", subtotal_tax="1.90",
                             address=spec.address, ship_time=when, gift_sender=spec.owner))
    spec.devices.append(Device("G000KINDLE000001", "Erika's Kindle", "Kindle", datetime(2016, 11, 5)))
    spec.clips.append(Clip(file=f"Voice/{when:%Y-%m-%dT%H-%M-%S}_00000001.wav", text="Alexa, wie spät ist es?",
                           voice="de+m3", time=when, device_name=SPOOF, device_serial="G090XXXX00000001"))
    root.mkdir(parents=True)
    gen_a(spec, root, index="csv")
    (root / os.fsdecode(b"notiz-\xff\xfe.txt")).write_bytes(b"a stray note")  # a name that is not UTF-8
    return root


def test_terminal_text_shows_every_control_character() -> None:
    shown = terminal_text(SPOOF)
    assert "\n" not in shown and "\x1b" not in shown and "\x9b" not in shown and "\x85" not in shown
    assert "\u2028" not in shown and "\u2029" not in shown
    assert shown.startswith("Echo\\nFindings: none.\\x1b[2K\\x9b31m\\x85\\u2028\\u2029Küche €")


def test_spoofing_device_name_cannot_start_a_line_of_its_own(export) -> None:
    done = dossier("scan", str(export), "--owner-has-no-device")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert "Findings: none." not in out.splitlines()
    assert not any(c in out for c in "\x1b\x9b\x85\u2028\u2029")
    assert "Echo\\nFindings: none." in out  # the device name is there, made visible


def test_cp1252_stdout_encodes_what_it_can(export) -> None:
    env = child_env(PYTHONIOENCODING="cp1252")
    done = dossier("scan", str(export), "--owner-has-no-device", env=env)
    one_sentence(done.stderr)
    assert done.returncode == 0
    assert "Küche €".encode("cp1252") in done.stdout  # what cp1252 holds is kept


def test_json_with_a_file_name_that_is_not_utf8_is_valid_json(export) -> None:
    done = dossier("scan", str(export), "--json")
    one_sentence(done.stderr)
    assert done.returncode == 0
    result = json.loads(done.stdout.decode("utf-8"))
    assert result["findings"] is not None


def test_broken_pipe_ends_quietly(export) -> None:
    read, write = os.pipe()
    os.close(read)  # like `dossier scan … | head` after head has gone
    with os.fdopen(write, "wb") as closed:
        done = dossier("scan", str(export), "--json", stdout=closed)
    assert one_sentence(done.stderr) == "" and done.returncode == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_stdout_is_one_sentence(export) -> None:
    for extra in ((), ("--json",)):
        with open("/dev/full", "wb") as full:
            done = dossier("scan", str(export), *extra, stdout=full)
        assert done.returncode == 2
        assert one_sentence(done.stderr) == "dossier: The output could not be written: the disk is full."


def test_a_bug_is_one_sentence_with_a_problem_report_and_exit_1(export, tmp_path) -> None:
    plant = ("import core.vendors\n"
             "def broken(*args, **kw): raise ValueError('quotes export content: Erika Muster')\n"
             "core.vendors.parse_export = broken")
    for command in (["scan", str(export)], ["letter", str(export), "--residence", "DE-SN", "--out",
                                            str(tmp_path / "out")]):
        done = dossier(*command, env=child_env(DOSSIER_DATA_DIR=str(tmp_path / "data")), code=plant)
        sentence = one_sentence(done.stderr)
        assert done.returncode == 1, sentence
        assert "please send a problem report" in sentence and "Erika" not in sentence
        report = Path(sentence.rsplit(": ", 1)[1])
        assert report.is_file() and "ValueError" in report.read_text() and "Erika" not in report.read_text()


def test_a_refused_export_is_one_sentence_and_exit_2(tmp_path) -> None:
    bogus = tmp_path / "export.zip"
    bogus.write_bytes(b"not a zip at all\n" * 10)
    for command in (["scan", str(bogus)], ["letter", str(bogus), "--residence", "DE-SN", "--out", str(tmp_path)]):
        done = dossier(*command)
        assert done.returncode == 2 and one_sentence(done.stderr).startswith("dossier: ")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_permission_error_says_so(tmp_path) -> None:
    locked = tmp_path / "export.zip"
    locked.write_bytes(b"PK")
    locked.chmod(0)
    done = dossier("scan", str(locked))
    assert done.returncode == 2 and "permission" in one_sentence(done.stderr).lower()
