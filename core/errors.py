"""The one family of errors Dossier shows to people.

Every failure that reaches a user becomes a :class:`DossierError` whose ``str()`` is one plain
sentence a non-expert understands. Technical detail goes to ``detail`` (for "Show details" and logs,
never containing export content).
"""

from __future__ import annotations

from core.i18n import N_, _


class DossierError(Exception):
    """Base class: ``message`` is the user-facing sentence, ``detail`` the technical cause."""

    category = "error"
    default_message = N_("Dossier could not complete this.")

    def __init__(self, message: str | None = None, *, member: str | None = None, detail: str = "") -> None:
        self.message = message or _(self.default_message)
        self.member = member
        self.detail = detail
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class ExportRefused(DossierError):
    """The export as a whole cannot be opened (not a ZIP, damaged, bomb, encrypted …)."""

    category = "refused"
    default_message = N_("This export cannot be opened.")


class NotAZip(ExportRefused):
    category = "not-a-zip"
    default_message = N_("This file is not a ZIP archive.")


class ExportDamaged(ExportRefused):
    category = "damaged"
    default_message = N_("The download is incomplete or damaged — download it again.")


class ZipBomb(ExportRefused):
    category = "zip-bomb"
    default_message = N_("This archive looks like a zip bomb and was not opened.")


class ExportTooLarge(ExportRefused):
    category = "too-large"
    default_message = N_("This export is larger than Dossier can safely open.")


class EncryptedExport(ExportRefused):
    category = "encrypted"
    default_message = N_("Password-protected files are not part of a genuine export.")


class UnsupportedArchive(ExportRefused):
    category = "unsupported"
    default_message = N_("This archive uses a compression or encryption method Dossier cannot read.")


class SplitArchive(ExportRefused):
    category = "split"
    default_message = N_("This archive is split into parts — join the parts (.z01, .z02 …) into one file first.")


class ExportUnreadable(ExportRefused):
    category = "unreadable"
    default_message = N_("Dossier cannot read the export — check that the file is still there and readable.")


class ExportVanished(ExportUnreadable):
    """The export file disappeared, shrank or changed while Dossier was reading it."""

    category = "vanished"
    default_message = N_("The export became unreadable during import — check that the file is still there.")


class UnreadableNames(ExportDamaged):
    category = "unreadable-names"
    default_message = N_("This archive has file names that cannot be read — it is damaged or not a genuine export.")


class NotEnoughMemory(ExportRefused):
    category = "memory"
    default_message = N_("There is not enough memory to open this export — close other programs and try again.")


class ExportChanged(DossierError):
    category = "changed"
    default_message = N_("The export has changed since it was imported.")


class ImportCancelled(DossierError):
    category = "cancelled"
    default_message = N_("The import was cancelled.")


class AnalysisCancelled(ImportCancelled):
    """A background analysis (e.g. the voice comparison) was stopped by the user."""

    default_message = N_("The analysis was cancelled.")


class MemberUnreadable(DossierError):
    """One member of an otherwise readable export cannot be read; it goes to the import report."""

    category = "member-damaged"
    default_message = N_("This file inside the export is damaged.")


class ClipUnplayable(DossierError):
    category = "clip"
    default_message = N_("This clip cannot be played.")


def os_error_sentence(exc: OSError, name: str) -> str:
    """What really happened to ``name`` (already safe to show), in one sentence: permission, path too long …"""
    import errno

    code = exc.errno
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return _("Dossier is not allowed to read “{name}” — check its permissions, or whether another program "
                 "keeps it locked.").format(name=name)
    if code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return _("The path of “{name}” is too long for this system — move the export to a folder with a shorter "
                 "path.").format(name=name)
    if isinstance(exc, FileNotFoundError):
        return _("Dossier cannot find “{name}” — check that it is still there.").format(name=name)
    if code == errno.EIO:
        return _("Dossier could not read “{name}” from the disk (input/output error) — the disk may be "
                 "failing.").format(name=name)
    if code == errno.ELOOP:
        return _("Dossier does not follow “{name}”: it is a loop of links.").format(name=name)
    return _("Dossier cannot read “{name}” ({reason}).").format(name=name, reason=exc.strerror or type(exc).__name__)
