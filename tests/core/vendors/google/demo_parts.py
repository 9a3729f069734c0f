"""The demo Takeout's two parts: the first holds the activity files, the second the clips they name."""

from __future__ import annotations

from pathlib import Path

DEMO = Path(__file__).resolve().parents[4] / "resources" / "demo" / "google-takeout"
FIRST_PART = DEMO / "takeout-20240301T101500Z-001.zip"
SECOND_PART = DEMO / "takeout-20240301T101500Z-002.zip"
