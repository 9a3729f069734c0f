"""What a screen reader says about the controls of the dialogs and panels built elsewhere.

Qt names a button after its text and describes a control by its tooltip; the controls below have neither
a tooltip nor a description of their own, so a screen reader would only read their bare label. Pages owned
by the GUI's page modules describe their controls where they build them; the letter window, the About and
welcome dialogs and the clip player's transport are described here when the window opens them
(``tests/gui/test_accessibility.py`` walks every page and dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialogButtonBox, QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def describe(widget: QWidget | None, description: str, name: str = "") -> None:
    """Give ``widget`` an accessible description (and a name, when given) unless it has one already."""
    if widget is None:
        return
    if name and not widget.accessibleName():
        widget.setAccessibleName(name)
    if not widget.accessibleDescription():
        widget.setAccessibleDescription(description)


def describe_buttons(box: QDialogButtonBox | None, description: str) -> None:
    for button in box.buttons() if box is not None else []:
        describe(button, description)


def describe_letter_dialog(dialog: QWidget) -> None:
    """The letter window: its choices, the complainant's details, what the letter asks, the save buttons."""
    for attr, text in (
            ("kind", translate("Accessibility", "Who the letter goes to: the data protection authority or the "
                               "company")),
            ("residence", translate("Accessibility", "Where you live: it decides which authority handles your "
                                    "complaint")),
            ("authority", translate("Accessibility", "The authority the complaint is addressed to")),
            ("language", translate("Accessibility", "The language the letter is written in")),
            ("preview", translate("Accessibility", "The letter as it will be saved")),
            ("editor", translate("Accessibility", "The letter's text; your changes are kept with this export")),
            ("regenerate_button", translate("Accessibility", "Writes the letter again from your review, "
                                            "replacing your edits")),
            ("pdf_button", translate("Accessibility", "Saves the letter as a PDF file")),
            ("text_button", translate("Accessibility", "Saves the letter as a plain text file")),
            ("fields_button", translate("Accessibility", "Shows the letter's parts one by one, to paste into an "
                                        "authority's web form")),
            ("bundle_button", translate("Accessibility", "Saves a ZIP with the letter, the evidence manifest "
                                        "and its hashes")),
            ("include_clips", translate("Accessibility", "Adds the flagged clips to the evidence bundle"))):
        describe(getattr(dialog, attr, None), text)
    details = getattr(dialog, "details", None)
    for edit in getattr(details, "edits", {}).values():
        describe(edit, translate("Accessibility", "Part of your details as the complainant; kept for all your "
                                 "exports"))
    for attr, text in (
            ("address", translate("Accessibility", "Your postal address as the complainant; kept for all your "
                                  "exports")),
            ("request_date", translate("Accessibility", "A date such as 2018-09-01; leave it empty if you have "
                                       "not asked yet")),
            ("delivery_date", translate("Accessibility", "A date such as 2018-09-01; leave it empty if the "
                                        "export has not arrived")),
            ("notice_date", translate("Accessibility", "A date such as 2018-09-01; leave it empty if there was "
                                      "no notice")),
            ("request_channel", translate("Accessibility", "For example: the company's privacy web form")),
            ("notice_reply", translate("Accessibility", "What the company answered, in your words")),
            ("company_reference", translate("Accessibility", "The company's reference number, if it gave one")),
            ("prior_contact", translate("Accessibility", "Whether and how you already contacted the company "
                                        "about this")),
            ("other_proceedings", translate("Accessibility", "Other complaints or court cases about the same "
                                            "matter, if any")),
            ("consent", translate("Accessibility", "Whether the authority may tell the company who complained")),
            ("no_device", translate("Accessibility", "Your declaration: the letter then says you never owned a "
                                    "voice device"))):
        describe(getattr(details, attr, None), text)
    options = getattr(dialog, "options", None)
    describe(getattr(options, "include_unsure", None), translate("Accessibility", "Adds the findings you marked "
                                                                 "unsure to the letter"))
    describe(getattr(options, "include_unreviewed", None), translate("Accessibility", "Adds high-severity "
                                                                     "findings you have not reviewed"))
    for box in getattr(options, "requests", {}).values():
        describe(box, translate("Accessibility", "Adds this to what the letter asks the authority to do"))
    for box in getattr(options, "evidence", {}).values():
        describe(box, translate("Accessibility", "The letter lists this among the documents you enclose"))
    for box in dialog.findChildren(QCheckBox):
        describe(box, translate("Accessibility", "Changes what the letter says"))


def describe_about(dialog: QWidget) -> None:
    describe(getattr(dialog, "components", None), translate("Accessibility", "The components Dossier is built "
                                                            "from, with their licences"),
             translate("Accessibility", "Components"))
    describe(getattr(dialog, "notice", None), translate("Accessibility", "The licence text of the chosen "
                                                        "component"), translate("Accessibility", "Licence text"))
    for box in dialog.findChildren(QDialogButtonBox):
        describe_buttons(box, translate("Accessibility", "Closes this window"))


def describe_import_report(dialog: QWidget) -> None:
    describe(getattr(dialog, "files", None), translate("Accessibility", "Every file of the export and what "
                                                       "Dossier read from it"),
             translate("Accessibility", "Files in the export"))
    describe(getattr(dialog, "problems", None), translate("Accessibility", "Files Dossier could not read, and "
                                                          "why"), translate("Accessibility", "Problems"))
    for box in dialog.findChildren(QDialogButtonBox):
        describe_buttons(box, translate("Accessibility", "Closes this window"))


def describe_problem_report(dialog: QWidget) -> None:
    describe(getattr(dialog, "text", None), translate("Accessibility", "The report as it will be saved: "
                                                      "technical facts, no export content"),
             translate("Accessibility", "Problem report"))
    describe_buttons(getattr(dialog, "buttons", None), translate("Accessibility", "Saves the report to a file, "
                                                                 "or closes this window"))


def describe_first_run(dialog: QWidget) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        describe_buttons(box, translate("Accessibility", "Closes this introduction and shows the start page"))


def describe_player(player: QWidget) -> None:
    """The clip player's transport and details (its other controls carry tooltips)."""
    transport = getattr(player, "transport", None)
    describe(getattr(transport, "loop", None), translate("Accessibility", "Plays the clip again and again"))
    describe(getattr(transport, "volume", None), translate("Accessibility", "How loud the clip plays"),
             translate("Accessibility", "Volume"))
    for button in transport.findChildren(QAbstractButton) if transport is not None else []:
        describe(button, button.toolTip() or translate("Accessibility", "Controls the clip's playback"))
    transcript = getattr(player, "transcript", None)
    if transcript is not None:  # read-only, but selectable by keyboard: its caret shows where the focus is
        transcript.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
    describe(transcript, translate("Accessibility", "What the export says was heard in "
                                                            "this clip"),
             translate("Accessibility", "Transcript"))
