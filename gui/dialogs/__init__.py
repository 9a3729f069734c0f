"""The app's own dialogs: About, the message boxes (one home, switchable in tests), the problem report
and the import report.
"""
