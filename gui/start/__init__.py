"""Starting the app: its entry points, the QApplication, the crash handler, the settings, the
background preload of heavy modules and the frozen app's smoke hook.
"""
