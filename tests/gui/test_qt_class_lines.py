"""No class of the app has two Qt classes among its direct bases (it would reach a Qt class by two paths).

PySide 6.11 gives a wrong C++ pointer for such a class's secondary bases: the main window, when each of its
mixed-in parts derived from its base, segfaulted on ``window.devicePixelRatio()`` and ``QPainter(window)``.
Mixins that need the window's (or a panel's) attributes for the type checker derive from it under
``TYPE_CHECKING`` only (``gui.window.base.WindowPart``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QObject

import gui


def test_no_class_of_the_app_has_two_qt_bases() -> None:
    diamonds = []
    for info in pkgutil.walk_packages(gui.__path__, "gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QObject):
                continue
            if sum(issubclass(base, QObject) for base in cls.__bases__) > 1:
                diamonds.append(f"{module.__name__}.{name}: {[c.__name__ for c in cls.__bases__]}")
    assert not diamonds, diamonds
