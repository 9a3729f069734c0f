"""gui.timeline."""
