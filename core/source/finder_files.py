"""Files macOS adds when a folder is compressed or copied on a Mac, left out of the export's members.

Finder's "Compress" puts an AppleDouble twin of every file under ``__MACOSX/`` (``__MACOSX/Takeout/…/._clip.mp3``),
copies to a USB stick or network share leave ``._clip.mp3`` beside ``clip.mp3``, and every folder a Mac has
shown may hold a ``.DS_Store``. They carry Finder information, not the company's data — but their names end in
``.mp3``/``.wav`` like the clips, so read as export data they would appear as recordings that play nothing and
raise anomalies that are not there. They are left out, and one note per export file says how many.
"""

from __future__ import annotations

from collections.abc import Collection

from core.i18n import ngettext
from core.model import APPLE_DOUBLE_PREFIX, FINDER_STATE, MAC_FOLDER


def is_finders(folders: list[str], name: str, siblings: Collection[str]) -> bool:
    """Whether a file ``name`` in the folder ``folders`` (its path parts), beside ``siblings``, is Finder's: under
    ``__MACOSX``, a ``.DS_Store``, or a ``._name`` beside a file ``name`` (an unpaired ``._`` file is kept: it may
    be data)."""
    if MAC_FOLDER in folders or name == FINDER_STATE:
        return True
    return name.startswith(APPLE_DOUBLE_PREFIX) and name[len(APPLE_DOUBLE_PREFIX):] in siblings


def finder_note(count: int) -> str:
    return ngettext(
        "{n} file of the kind macOS adds when a folder is compressed or copied on a Mac (the __MACOSX folder, "
        "“._” files, .DS_Store) was not read as export data.",
        "{n} files of the kind macOS adds when a folder is compressed or copied on a Mac (the __MACOSX folder, "
        "“._” files, .DS_Store) were not read as export data.", count).format(n=f"{count:,}")


def finder_metadata(paths: list[str]) -> set[str]:
    """The member paths (``label/folder/…/name``) that are Finder's (:func:`is_finders`)."""
    by_folder: dict[str, set[str]] = {}
    for path in paths:
        folder, _sep, name = path.rpartition("/")
        by_folder.setdefault(folder, set()).add(name)
    found: set[str] = set()
    for path in paths:
        folder, _sep, name = path.rpartition("/")
        if is_finders(folder.split("/"), name, by_folder[folder]):
            found.add(path)
    return found
