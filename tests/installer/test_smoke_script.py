"""The smoke-test script's own checks catch what they claim to catch (on a fake bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import smoke_test  # noqa: E402


def _fake_bundle(root: Path) -> Path:
    bundle = root / "Dossier"
    internal = bundle / "_internal"
    for rel in ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms/libqxcb.so",
                "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
                "zipfile_deflate64/deflate64.cpython-311-x86_64-linux-gnu.so",
                "imageio_ffmpeg/binaries/ffmpeg-linux-x86_64-v9.0.2", "resources/icons/dossier.svg",
                "resources/demo/amazon-2018/Alexa.zip", "resources/licenses/FFmpeg.txt", "resources/licenses/Qt.txt",
                "LICENSE", "zipfile_deflate64-0.2.0.dist-info/METADATA"):
        (internal / rel).parent.mkdir(parents=True, exist_ok=True)
        (internal / rel).write_bytes(b"x")
    (bundle / "dossier").write_bytes(b"x")
    return bundle


def test_complete_fake_bundle_has_no_content_problems(tmp_path):
    bundle = _fake_bundle(tmp_path)
    assert smoke_test.content_problems(bundle) == []
    assert smoke_test.executable(bundle) == bundle / "dossier"


def test_missing_plugin_and_forbidden_module_are_reported(tmp_path):
    bundle = _fake_bundle(tmp_path)
    (bundle / "_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so").unlink()
    webengine = bundle / "_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6"
    webengine.parent.mkdir(parents=True)
    webengine.write_bytes(b"x")
    (bundle / "_internal/libQt6VirtualKeyboard.so.6").symlink_to("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6")
    problems = "\n".join(smoke_test.content_problems(bundle))
    assert "Qt Multimedia FFmpeg backend" in problems and "Qt WebEngine" in problems
    assert "dangling symbolic link: _internal/libQt6VirtualKeyboard.so.6" in problems


def test_fatal_markers():
    assert smoke_test.fatal_in("Traceback (most recent call last):\nModuleNotFoundError: No module named 'x'")
    assert smoke_test.fatal_in('qt.qpa.plugin: Could not load the Qt platform plugin "xcb"')
    assert smoke_test.fatal_in("dossier: import finished (purchases=1)") is None


def test_foreign_python_files_are_found_in_strace_output(tmp_path):
    bundle = tmp_path / "Dossier"
    venv_file = Path(sys.prefix).resolve() / "lib" / "site.py"
    trace = "\n".join([
        f'123 openat(AT_FDCWD, "{bundle}/_internal/base_library.zip", O_RDONLY) = 3',
        f'123 openat(AT_FDCWD, "{venv_file}", O_RDONLY) = 4',
        '123 openat(AT_FDCWD, "/usr/lib/python3/dist-packages/x.py", O_RDONLY) = -1 ENOENT (No such file)',
        '123 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3',
    ])
    assert smoke_test.foreign_python_files(trace, bundle) == [str(venv_file)]


def test_clean_env_hides_python_and_ffmpeg(tmp_path):
    env = smoke_test.clean_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert env["PATH"] == str(tmp_path / "empty-path") and not any((tmp_path / "empty-path").iterdir())
    assert not {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"} & set(env)
    assert env["DOSSIER_DATA_DIR"].startswith(str(tmp_path)) and env["QT_QPA_PLATFORM"] == "offscreen"


def test_calls_interrupted_by_another_process_are_joined(tmp_path):
    bundle = tmp_path / "Dossier"
    foreign = f"{sys.base_prefix}/lib/tls/libm.so.6"
    trace = "\n".join([
        f'101 openat(AT_FDCWD, "{foreign}", O_RDONLY|O_CLOEXEC <unfinished ...>',
        f'102 openat(AT_FDCWD, "{bundle}/_internal/resources/demo/amazon-2018/Alexa.zip", O_RDONLY) = 5',
        "101 <... openat resumed>) = -1 ENOENT (No such file or directory)",
        f'103 openat(AT_FDCWD, "{bundle}/_internal/resources/demo/amazon-2018/Alexa.zip", O_RDONLY <unfinished ...>',
        "103 <... openat resumed>) = 7",
    ])
    assert smoke_test.foreign_python_files(trace, bundle) == []  # the loader's search, not found: harmless
    assert smoke_test.processes_opening(trace, "Alexa.zip") == {"102", "103"}
    assert smoke_test.foreign_python_files(trace.replace("= -1 ENOENT (No such file or directory)", "= 4"),
                                           bundle) == [foreign]
