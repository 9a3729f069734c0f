"""The main window's parts: opening an export, showing it, and selection across its pages.

Each part is a mixin of :class:`gui.main_window.MainWindow` (which composes the pages, menus and window
chrome); their methods are typed with the window as ``self``.
"""
