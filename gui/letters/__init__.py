"""gui.letters."""
