"""Anomaly rules: pure functions of the model that return explained :class:`Finding` objects.

Each rule lives in its own module in this package and is registered in :mod:`core.rules.registry`.
"""

from core.rules.finding import SEVERITIES, Finding, ReviewContext

__all__ = ["SEVERITIES", "Finding", "ReviewContext"]
