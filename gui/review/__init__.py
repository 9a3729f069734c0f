"""gui.review."""
