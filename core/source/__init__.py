"""core.source."""
