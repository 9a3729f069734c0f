import subprocess
import sys

from core import __version__


def test_version() -> None:
    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.strip() == f"Dossier {__version__}"


def test_scan_of_missing_file_is_one_sentence(tmp_path) -> None:
    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(tmp_path / "nope.zip")],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
