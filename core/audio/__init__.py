"""core.audio."""
