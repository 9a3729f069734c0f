"""core.reading."""
