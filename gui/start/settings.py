"""Every setting of the app, declared once with its type and default, over ``QSettings``.

Tests point ``QSettings`` at a temporary INI folder (see ``tests/gui/conftest.py``) so they never
read or write the developer's real settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    """One setting: its key, Python type and default."""

    key: str
    type: type
    default: Any


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("window/geometry", QByteArray, QByteArray()),
    Option("window/state", QByteArray, QByteArray()),       # dock and toolbar layout
    Option("window/review_splitter", QByteArray, QByteArray()),
    Option("recent/exports", list, []),                      # list of lists of paths (one export each)
    Option("ui/language", str, "system"),                    # "system" | "en" | "de"
    Option("ui/theme", str, "system"),                       # "system" | "light" | "dark"
    Option("ui/first_run_done", bool, False),
    Option("player/volume", float, 0.8),
    Option("settings/version", int, 1),
)}


class Settings:
    """Typed access to :data:`OPTIONS`; unknown keys are a programming error."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._qs = backend or QSettings()

    def __repr__(self) -> str:
        return f"<Settings {self._qs.fileName()}>"

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value: Any = self._qs.value(key, option.default)  # whatever the settings file holds
        if value is None:
            return option.default
        if option.type is bool:
            return value in (True, "true", "1", 1)
        if option.type is list:
            return value if isinstance(value, list) else [value]
        if option.type in (int, float, str):
            try:
                return option.type(value)
            except (TypeError, ValueError):
                return option.default
        return value

    def set(self, key: str, value: Any) -> None:
        _ = OPTIONS[key]  # KeyError for undeclared settings
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    # ---- recent exports --------------------------------------------------------------------------
    def recent_exports(self) -> list[list[str]]:
        """Most recent first; each entry is the list of paths that formed one export."""
        entries: list[list[str]] = []
        for raw in self.get("recent/exports"):
            if isinstance(raw, str):
                paths = [p for p in raw.split("\n") if p]
            elif isinstance(raw, list):
                paths = [str(p) for p in raw]
            else:
                continue
            if paths:
                entries.append(paths)
        return entries

    def add_recent_export(self, paths: list[str]) -> None:
        joined = "\n".join(paths)
        entries = ["\n".join(p) for p in self.recent_exports() if "\n".join(p) != joined]
        self.set("recent/exports", [joined, *entries][:MAX_RECENT])

    def clear_recent_exports(self) -> None:
        self.set("recent/exports", [])
