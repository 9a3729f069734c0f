"""Work off the window's turn: background tasks with progress and cancel, work cut into event-loop
steps, and what opening an export runs.
"""
