"""Timeline tests reuse the GUI test set-up: offscreen Qt, private settings, Qt warnings fail."""

from tests.gui.conftest import private_app_data  # noqa: F401
