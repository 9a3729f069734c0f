"""German UI texts, merged into resources/translations/dossier_de.ts by scripts/update_translations.sh.

Keyed by the English source text. Strings missing here stay "unfinished" in the .ts (and show in
English) until someone translates them, e.g. with pyside6-linguist.
"""

DE = {
    "%1 findings in total. Look at each one and say whether it is yours.":
        "%1 Auffälligkeiten insgesamt. Sehen Sie sich jede an und sagen Sie, ob sie von Ihnen stammt.",
    "%1 findings: %2": "%1 Auffälligkeiten: %2",
    "%1 of %2 reviewed": "%1 von %2 geprüft",
    "%1 of %2 rows": "%1 von %2 Zeilen",
    "%1 recordings are copies of other recordings": "%1 Aufnahmen sind Kopien anderer Aufnahmen",
    "%1 recordings kept longer than the stated retention period":
        "%1 Aufnahmen wurden länger als angegeben aufbewahrt",
    "%1 recordings with a voice unlike yours": "%1 Aufnahmen mit einer Stimme, die nicht wie Ihre klingt",
    "%1 rows": "%1 Zeilen",
    "%1 voice recordings from devices that are not on your account":
        "%1 Sprachaufnahmen von Geräten, die nicht zu Ihrem Konto gehören",
    "%1 voice recordings from times when the device was not registered to you":
        "%1 Sprachaufnahmen aus Zeiten, in denen das Gerät nicht auf Sie registriert war",
    "%1 voice recordings, but this account never had a voice device":
        "%1 Sprachaufnahmen, obwohl dieses Konto nie ein Sprachgerät hatte",
    "%1 with voice": "%1 mit Sprachsteuerung",
    "&About Dossier": "&Über Dossier",
    "&Close export": "Export &schließen",
    "&Draft letter…": "&Brief entwerfen…",
    "&Edit": "&Bearbeiten",
    "&Explore": "&Erkunden",
    "&File": "&Datei",
    "&Find in tables": "In Tabellen &suchen",
    "&Help": "&Hilfe",
    "&Language": "&Sprache",
    "&Open export…": "Export ö&ffnen…",
    "&Overview": "Ü&bersicht",
    "&Quit": "&Beenden",
    "&Review": "&Prüfen",
    "&Review findings": "Auffälligkeiten &prüfen",
    "&Theme": "&Farbschema",
    "&View": "&Ansicht",
    "(no transcript)": "(kein Transkript)",
    "1. Open the data export a company sent you (the ZIP files exactly as you downloaded them, or their folder).":
        "1. Öffnen Sie den Datenexport, den ein Unternehmen Ihnen geschickt hat (die ZIP-Dateien genau so, wie Sie "
        "sie heruntergeladen haben, oder ihren Ordner).",
    "2. Dossier shows what is in it — orders, searches, voice recordings, devices — and points out what looks "
    "wrong, such as voice recordings from a device you never had.":
        "2. Dossier zeigt, was darin steht – Bestellungen, Suchen, Sprachaufnahmen, Geräte – und weist auf "
        "Ungereimtheiten hin, etwa Sprachaufnahmen von einem Gerät, das Sie nie hatten.",
    "3. You decide for each finding whether it is yours. Your review is saved automatically on this computer.":
        "3. Sie entscheiden bei jeder Auffälligkeit, ob sie von Ihnen stammt. Ihre Prüfung wird automatisch auf "
        "diesem Computer gespeichert.",
    "4. Dossier drafts a complaint to the right data-protection authority, with the evidence.":
        "4. Dossier entwirft eine Beschwerde an die zuständige Datenschutzbehörde, mit den Belegen.",
    "A voice unlike yours": "Eine Stimme, die nicht wie Ihre klingt",
    "About Dossier": "Über Dossier",
    "About you": "Über Sie",
    "All devices": "Alle Geräte",
    "Amount": "Betrag",
    "Bundled components": "Enthaltene Komponenten",
    "Cancel": "Abbrechen",
    "Cancelling…": "Wird abgebrochen…",
    "Checking your files…": "Ihre Dateien werden geprüft…",
    "Choose a component to read its licence notice.": "Wählen Sie eine Komponente, um ihren Lizenzhinweis zu lesen.",
    "Choose a finding on the left": "Wählen Sie links eine Auffälligkeit",
    "Clear recent exports": "Liste leeren",
    "Collecting the structure of your export…": "Der Aufbau Ihres Exports wird erfasst…",
    "Component": "Komponente",
    "Copy": "Kopieren",
    "Copy details": "Details kopieren",
    "Create a &problem report…": "&Problembericht erstellen…",
    "Create a problem report": "Problembericht erstellen",
    "Dark": "Dunkel",
    "Data exports (*.zip *.ZIP);;All files (*)": "Datenexporte (*.zip *.ZIP);;Alle Dateien (*)",
    "Date": "Datum",
    "Demo": "Demo",
    "Deregistered": "Abgemeldet",
    "Device": "Gerät",
    "Devices": "Geräte",
    "Dossier %1": "Dossier %1",
    "Dossier could not finish this because of a problem in Dossier itself. Help → Create a problem report helps "
    "the developers fix it.":
        "Dossier konnte das wegen eines Fehlers in Dossier selbst nicht abschließen. Hilfe → Problembericht "
        "erstellen hilft den Entwicklern, ihn zu beheben.",
    "Dossier found nothing that looks out of place in this export.":
        "Dossier hat in diesem Export nichts Ungewöhnliches gefunden.",
    "Dossier ran into a problem": "Dossier ist auf ein Problem gestoßen",
    "Dossier will use the new language the next time it starts.":
        "Dossier verwendet die neue Sprache beim nächsten Start.",
    "Draft letter": "Brief entwerfen",
    "Every file of your export, and what Dossier did with it. No row is dropped silently: rows that could not be "
    "used are listed under Problems.":
        "Jede Datei Ihres Exports und was Dossier damit gemacht hat. Keine Zeile geht stillschweigend verloren: "
        "Zeilen, die nicht verwendet werden konnten, stehen unter Probleme.",
    "Everything on one timeline": "Alles auf einer Zeitleiste",
    "Explore": "Erkunden",
    "File": "Datei",
    "File in the export": "Datei im Export",
    "Files (%1)": "Dateien (%1)",
    "Finding": "Auffälligkeit",
    "Findings": "Auffälligkeiten",
    "From": "Von",
    "Get started": "Los geht’s",
    "High": "Hoch",
    "I have never owned an Echo or any other Alexa device, and never used the Alexa app":
        "Ich hatte nie einen Echo oder ein anderes Alexa-Gerät und habe die Alexa-App nie benutzt",
    "Import cancelled — nothing was changed.": "Import abgebrochen – nichts wurde verändert.",
    "Import report": "Importbericht",
    "Import status": "Importstatus",
    "Import: %1 files recognised, %2 skipped, %3 unreadable, %4 rows could not be used.":
        "Import: %1 Dateien erkannt, %2 übersprungen, %3 unlesbar, %4 Zeilen nicht verwendbar.",
    "Is this yours?": "Stammt das von Ihnen?",
    "Item": "Artikel",
    "Kept longer than the stated retention": "Länger als angegeben aufbewahrt",
    "Kind": "Art",
    "Known from": "Bekannt aus",
    "Language": "Sprache",
    "Length": "Dauer",
    "Letter drafting is not part of this build of Dossier yet.":
        "Das Entwerfen von Briefen ist in dieser Version von Dossier noch nicht enthalten.",
    "Licence": "Lizenz",
    "Light": "Hell",
    "Line": "Zeile",
    "Looking for things that do not belong to you…": "Es wird nach Dingen gesucht, die nicht zu Ihnen gehören…",
    "Low": "Niedrig",
    "Mark all %1 findings in “%2” as “%3”?": "Alle %1 Auffälligkeiten in „%2“ als „%3“ markieren?",
    "Mark the whole group": "Ganze Gruppe markieren",
    "Mark this whole group as…": "Ganze Gruppe markieren als…",
    "Medium": "Mittel",
    "Mine": "Meins",
    "Most recordings are not this account's": "Die meisten Aufnahmen gehören nicht zu diesem Konto",
    "Name": "Name",
    "Next  J": "Nächste  J",
    "Next finding": "Nächste Auffälligkeit",
    "No devices are listed in this export.": "In diesem Export sind keine Geräte aufgeführt.",
    "No export at hand?": "Kein Export zur Hand?",
    "No findings. Dossier checked this export and found nothing out of place — nothing to review.":
        "Keine Auffälligkeiten. Dossier hat diesen Export geprüft und nichts Ungewöhnliches gefunden – es gibt "
        "nichts zu prüfen.",
    "No orders in this export.": "Keine Bestellungen in diesem Export.",
    "No search history in this export.": "Kein Suchverlauf in diesem Export.",
    "No separate notice file; see the project's home page: %1":
        "Keine eigene Hinweisdatei; siehe die Website des Projekts: %1",
    "No voice recordings in this export.": "Keine Sprachaufnahmen in diesem Export.",
    "None in this export": "Keine in diesem Export",
    "Not mine": "Nicht meins",
    "Not reviewed": "Nicht geprüft",
    "Note": "Notiz",
    "Nothing leaves this computer. Dossier makes no network connection, never changes or unpacks your export, "
    "and keeps your review in your own user folder.":
        "Nichts verlässt diesen Computer. Dossier baut keine Netzwerkverbindung auf, verändert oder entpackt Ihren "
        "Export nie und speichert Ihre Prüfung in Ihrem eigenen Benutzerordner.",
    "Nothing leaves this computer: Dossier works offline and never changes your export.":
        "Nichts verlässt diesen Computer: Dossier arbeitet offline und verändert Ihren Export nie.",
    "Nothing unusual": "Nichts Ungewöhnliches",
    "Offline — nothing leaves this computer": "Offline – nichts verlässt diesen Computer",
    "Only flagged": "Nur auffällige",
    "Open &folder…": "&Ordner öffnen…",
    "Open &recent": "&Zuletzt geöffnet",
    "Open an unpacked export folder": "Einen entpackten Exportordner öffnen",
    "Open the data export you received under the GDPR. Dossier shows what is in it, points out what does not "
    "belong to you, and helps you complain.":
        "Öffnen Sie den Datenexport, den Sie nach der DSGVO erhalten haben. Dossier zeigt, was darin steht, weist "
        "auf das hin, was nicht zu Ihnen gehört, und hilft Ihnen bei der Beschwerde.",
    "Open your data export": "Ihren Datenexport öffnen",
    "Open your data export…": "Ihren Datenexport öffnen…",
    "Opening your export": "Ihr Export wird geöffnet",
    "Order": "Bestellung",
    "Orders": "Bestellungen",
    "Overview": "Übersicht",
    "Press %1": "Taste %1",
    "Previous  K": "Vorige  K",
    "Previous finding": "Vorige Auffälligkeit",
    "Problem": "Problem",
    "Problems (%1)": "Probleme (%1)",
    "Qty": "Menge",
    "Recent exports": "Zuletzt geöffnete Exporte",
    "Recognised": "Erkannt",
    "Recordings although the account had no voice device": "Aufnahmen, obwohl das Konto kein Sprachgerät hatte",
    "Recordings at unusual hours": "Aufnahmen zu ungewöhnlichen Uhrzeiten",
    "Recordings from a device not on the account": "Aufnahmen von einem Gerät, das nicht zum Konto gehört",
    "Recordings outside the device's registration": "Aufnahmen außerhalb der Registrierung des Geräts",
    "Recordings that mention a faraway place": "Aufnahmen, die einen weit entfernten Ort nennen",
    "Recordings that mention unfamiliar names": "Aufnahmen, die unbekannte Namen nennen",
    "Recordings with little or no speech": "Aufnahmen mit wenig oder keiner Sprache",
    "Registered": "Registriert",
    "Review": "Prüfen",
    "Review findings": "Auffälligkeiten prüfen",
    "Review the personal data a company sent you under the GDPR right of access, find what does not belong to "
    "you, and draft a complaint. Offline: nothing leaves this computer.\nLicence: GPL-3.0-or-later.":
        "Prüfen Sie die personenbezogenen Daten, die ein Unternehmen Ihnen nach dem Auskunftsrecht der DSGVO "
        "geschickt hat, finden Sie, was nicht zu Ihnen gehört, und entwerfen Sie eine Beschwerde. Offline: nichts "
        "verlässt diesen Computer.\nLizenz: GPL-3.0-or-later.",
    "Review: %1": "Prüfen: %1",
    "Rows": "Zeilen",
    "Same as the system": "Wie das System",
    "Save problem report": "Problembericht speichern",
    "Save…": "Speichern…",
    "Search": "Suche",
    "Search this table…": "Diese Tabelle durchsuchen…",
    "Searches": "Suchen",
    "See what a company knows about you": "Sehen Sie, was ein Unternehmen über Sie weiß",
    "Select a group's entry to see why Dossier flagged it.":
        "Wählen Sie einen Eintrag einer Gruppe, um zu sehen, warum Dossier ihn markiert hat.",
    "Serial": "Seriennummer",
    "Shop": "Shop",
    "Show": "Anzeigen",
    "Show %1": "%1 anzeigen",
    "Show details": "Details anzeigen",
    "Hide details": "Details ausblenden",
    "Show &import report": "&Importbericht anzeigen",
    "Show import report": "Importbericht anzeigen",
    "Skipped": "Übersprungen",
    "Something went wrong inside Dossier. Your review is saved; you can keep working or restart Dossier.":
        "In Dossier ist etwas schiefgegangen. Ihre Prüfung ist gespeichert; Sie können weiterarbeiten oder "
        "Dossier neu starten.",
    "Status": "Status",
    "Stopping — nothing has been changed.": "Wird angehalten – nichts wurde verändert.",
    "Table": "Tabelle",
    "Text files (*.txt)": "Textdateien (*.txt)",
    "The clip player will appear here.": "Hier erscheint der Player für die Aufnahme.",
    "The demo export is not part of this installation.": "Der Demo-Export ist in dieser Installation nicht enthalten.",
    "The details below contain no personal data. Copying them helps the developers fix the problem.":
        "Die Details unten enthalten keine personenbezogenen Daten. Wenn Sie sie kopieren, hilft das den "
        "Entwicklern, das Problem zu beheben.",
    "The report could not be created.": "Der Bericht konnte nicht erstellt werden.",
    "The report could not be saved there.": "Der Bericht konnte dort nicht gespeichert werden.",
    "The same audio at different times": "Dieselbe Aufnahme zu verschiedenen Zeiten",
    "The timeline will appear here.": "Hier erscheint die Zeitleiste.",
    "This export is open in another Dossier window: your verdicts are shown but cannot be changed here.":
        "Dieser Export ist in einem anderen Dossier-Fenster geöffnet: Ihre Entscheidungen werden angezeigt, "
        "können hier aber nicht geändert werden.",
    "This report describes how your export is organised — file names, sizes, column names and counts — so the "
    "developers can teach Dossier new layouts. It contains no values from your files and no audio. Read it, then "
    "save it and send it if you are happy with it.":
        "Dieser Bericht beschreibt, wie Ihr Export aufgebaut ist – Dateinamen, Größen, Spaltennamen und Anzahlen –, "
        "damit die Entwickler Dossier neue Formate beibringen können. Er enthält keine Werte aus Ihren Dateien und "
        "keine Tonaufnahmen. Lesen Sie ihn, speichern Sie ihn und schicken Sie ihn, wenn Sie einverstanden sind.",
    "Time from": "Zeit aus",
    "Timeline": "Zeitleiste",
    "To": "Bis",
    "Try the &demo": "&Demo ausprobieren",
    "Try the demo": "Demo ausprobieren",
    "Unreadable": "Unlesbar",
    "Unsure": "Unsicher",
    "Verdict": "Entscheidung",
    "Version": "Version",
    "Voice": "Sprache",
    "Voice recordings": "Sprachaufnahmen",
    "Welcome to Dossier": "Willkommen bei Dossier",
    "What Dossier does": "Was Dossier macht",
    "What Dossier found": "Was Dossier gefunden hat",
    "What is in your export": "Was in Ihrem Export steht",
    "What was heard": "Was gehört wurde",
    "When": "Wann",
    "Where": "Wo",
    "Why": "Grund",
    "Why the export could not be opened": "Warum der Export nicht geöffnet werden konnte",
    "You can still look through everything under Explore.": "Unter Erkunden können Sie trotzdem alles durchsehen.",
    "Your export is only read, never changed or uploaded.":
        "Ihr Export wird nur gelesen, nie verändert oder hochgeladen.",
    "Your note (for example: “that is my neighbour’s voice”)": "Ihre Notiz (zum Beispiel: „das ist die Stimme "
                                                               "meines Nachbarn“)",
    "any date": "beliebig",
    "no": "nein",
    "none": "keine",
    "or drop the ZIP files or the folder here": "oder die ZIP-Dateien oder den Ordner hierher ziehen",
    "to": "bis",
    "yes": "ja",
    "Basis": "Grundlage",
    "Time taken from": "Zeit entnommen aus",
    "Device lists in the export": "Gerätelisten im Export",
    "Voice devices listed": "Aufgeführte Sprachgeräte",
    "Voice devices bought": "Gekaufte Sprachgeräte",
    "Device serial": "Seriennummer des Geräts",
    "Device name": "Gerätename",
    "Length (seconds)": "Dauer (Sekunden)",
    "Speech (seconds)": "Sprache (Sekunden)",
    "Retention (days)": "Aufbewahrung (Tage)",
    "Transcript": "Transkript",
    "Recordings": "Aufnahmen",
    "Threshold": "Schwelle",
    "Not done": "Nicht ausgeführt",
}


def merge(ts_path: str) -> tuple[int, int]:
    """Fill unfinished translations in a .ts file from :data:`DE`; returns (translated, missing)."""
    import html
    import re
    from pathlib import Path

    path = Path(ts_path)
    text = path.read_text(encoding="utf-8")
    done = missing = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal done, missing
        source = html.unescape(match.group(2))
        german = DE.get(source)
        if german is None:
            missing += 1
            return match.group(0)
        done += 1
        escaped = html.escape(german, quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return f"{match.group(1)}<translation>{escaped}</translation>"

    text = re.sub(r"(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)<translation type=\"unfinished\">"
                  r"[^<]*</translation>", fill, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    return done, missing


if __name__ == "__main__":
    import sys

    done, missing = merge(sys.argv[1])
    print(f"translated {done}, missing {missing}")
