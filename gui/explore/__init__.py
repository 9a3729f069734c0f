"""gui.explore."""
