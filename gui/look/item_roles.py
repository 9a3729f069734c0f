"""A cell's roles in one call (Qt's ``multiData``), for the big item models.

Qt's item delegates ask a cell for ~7 roles (text, font, alignment, colours, icon, check state) in one
``multiData`` call; a model that only implements ``data`` answers each with a call from C++ into Python. The
tables and the findings list implement ``multiData`` and look their row up once per cell instead.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan


def role_slots(roles: QModelRoleDataSpan | QModelRoleData) -> list[QModelRoleData]:
    """The slots of a ``multiData`` call, each with the role asked for and room for its answer."""
    if isinstance(roles, QModelRoleData):
        return [roles]
    span = cast(Any, roles)  # (PySide's stubs leave out its indexing)
    return [span[i] for i in range(span.size())]
