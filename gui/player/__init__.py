"""gui.player."""
