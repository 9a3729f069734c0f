"""PySide6's check of each imported module keeps no module text in memory (gui.start.app)."""

from __future__ import annotations

import linecache
import sys
import uuid
from pathlib import Path

import pytest

from gui.start.app import create_application, lighten_pyside_module_check

pytestmark = pytest.mark.gui


def test_new_modules_are_checked_alike_without_keeping_their_text(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    create_application()
    lighten_pyside_module_check()  # once more: a second call changes nothing
    feature = sys.modules["shibokensupport.feature"]
    tag = uuid.uuid4().hex
    uses, plain = f"uses_qt_{tag}", f"plain_{tag}"
    (tmp_path / f"{uses}.py").write_text("from PySide6 import QtCore  # noqa\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / f"{plain}.py").write_text("# sans Qt: äöü\nVALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in (uses, plain):
        __import__(name)  # an import statement: what PySide6 hooks (importlib.import_module passes it by)
    assert feature.pyside_feature_dict[uses] == 0  # uses PySide: "no feature" by default, as PySide6 decides
    assert feature.pyside_feature_dict[plain] == -1  # ignored by the feature switch
    assert not [key for key in linecache.cache if tag in key]  # neither file's lines kept
    for name in (uses, plain):
        sys.modules.pop(name, None)
