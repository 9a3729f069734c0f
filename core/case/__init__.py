"""core.case."""
