"""How the app looks and reads: light and dark, icons and the severity look, labels and fonts, painted
panels, the matplotlib base, screen-reader names, local times, windows that fit the screen.
"""
