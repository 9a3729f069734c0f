"""German UI texts, merged into resources/translations/dossier_de.ts by scripts/update_translations.sh.

Keyed by the English source text. Strings missing here stay "unfinished" in the .ts (and show in
English) until someone translates them, e.g. with pyside6-linguist.
"""

DE = {
    "%1 findings in total. Look at each one and say whether it is yours.":
        "%1 Auffälligkeiten insgesamt. Sehen Sie sich jede an und sagen Sie, ob sie von Ihnen stammt.",
    "%1 findings: %2": "%1 Auffälligkeiten: %2",
    "One finding. Look at it and say whether it is yours.":
        "Eine Auffälligkeit. Sehen Sie sie sich an und sagen Sie, ob sie von Ihnen stammt.",
    "%1 of %2 reviewed": "%1 von %2 geprüft",
    "%1 of %2 rows": "%1 von %2 Zeilen",
    "%1 recordings are copies of other recordings": "%1 Aufnahmen sind Kopien anderer Aufnahmen",
    "%1 recordings kept longer than the stated retention period":
        "%1 Aufnahmen wurden länger als angegeben aufbewahrt",
    "%1 recordings with a voice unlike yours": "%1 Aufnahmen mit einer Stimme, die nicht wie Ihre klingt",
    "%1 rows": "%1 Zeilen",
    "1 row": "1 Zeile",
    "This export contains no device list": "Dieser Export enthält keine Geräteliste",
    "This export contains no order history": "Dieser Export enthält keine Bestellhistorie",
    "No order history Dossier could read": "Keine Bestellhistorie, die Dossier lesen konnte",
    "This export contains no search history": "Dieser Export enthält keinen Suchverlauf",
    "No search history Dossier could read": "Kein Suchverlauf, den Dossier lesen konnte",
    "The export records no times": "Der Export nennt keine Zeitpunkte",
    "%1 voice recordings from devices the export does not list for your account":
        "%1 Sprachaufnahmen von Geräten, die der Export nicht für Ihr Konto aufführt",
    "%1 voice recordings from times the export shows their device not registered to your account":
        "%1 Sprachaufnahmen aus Zeiten, in denen ihr Gerät laut Export nicht auf Ihr Konto registriert war",
    "%1 voice recordings, but the export's device lists show no voice device for that time":
        "%1 Sprachaufnahmen, obwohl die Gerätelisten des Exports für diese Zeit kein Sprachgerät zeigen",
    "%1 voice recordings, although you declare never having had a voice device":
        "%1 Sprachaufnahmen, obwohl Sie erklären, nie ein Sprachgerät gehabt zu haben",
    "— please answer —": "— bitte beantworten —",
    "Yes": "Ja",
    "No": "Nein",
    "May the authority disclose your identity to the company?":
        "Darf die Behörde dem Unternehmen Ihre Identität offenlegen?",
    "The company's reference": "Zeichen des Unternehmens",
    "their case or ticket number, or “none”": "Aktenzeichen oder Ticketnummer, oder „keines“",
    "Contact with the company since": "Kontakt mit dem Unternehmen seither",
    "what you asked the company since, and its answer; or “none”":
        "was Sie das Unternehmen seither gefragt haben und seine Antwort; oder „keiner“",
    "Another authority or court involved?": "Andere Behörde oder Gericht befasst?",
    "“none”, or which other authority or court": "„keine“, oder welche andere Behörde bzw. welches Gericht",
    "Before you send this letter": "Bevor Sie diesen Brief senden",
    # following up (gui/letters/followup_panel.py)
    "A deadline in your case is due or has passed": "Eine Frist in Ihrem Fall ist fällig oder abgelaufen",
    "Following up on your request": "Ihr Antrag und wie es weitergeht",
    "No deadline is running.": "Keine Frist läuft.",
    "Open the export to draft the next step.": "Öffnen Sie den Export, um den nächsten Schritt zu entwerfen.",
    "Correspondence…": "Schriftverkehr…",
    "Correspondence": "Schriftverkehr",
    "Draft %1…": "%1 entwerfen…",
    "Letters and answers": "Schreiben und Antworten",
    "from the company": "vom Unternehmen",
    "from the authority": "von der Behörde",
    "Mark as sent on this day": "An diesem Tag versandt",
    "Attach an answer…": "Antwort beifügen…",
    "Attach an answer": "Antwort beifügen",
    "Day:": "Tag:",
    "Answers you attach stay in your case on this computer; Dossier never opens or sends them.":
        "Antworten, die Sie beifügen, bleiben in Ihrem Fall auf diesem Computer; Dossier öffnet und versendet sie nie.",
    "sent %1": "versandt am %1",
    "not marked as sent": "nicht als versandt markiert",
    "drafted %1": "entworfen am %1",
    "received %1": "erhalten am %1",
    "to the company": "an das Unternehmen",
    "to the authority": "an die Behörde",
    "Answer from the company": "Antwort des Unternehmens",
    "Answer from the authority": "Antwort der Behörde",
    "Complaint": "Beschwerde",
    "Access follow-up": "Auskunft (Nachfrage)",
    "Erasure or restriction": "Löschung oder Einschränkung",
    "Breach inquiry": "Anfrage zur Datenpanne",
    "Reminder": "Erinnerung",
    "Complaint for non-answer": "Beschwerde wegen Nichtbeantwortung",
    "Follow-up": "Nachfrage",
    "Choose a letter first.": "Wählen Sie zuerst ein Schreiben.",
    "Marked L%1 as sent.": "L%1 ist als versandt markiert.",
    "Answers (*.pdf *.eml *.txt *.msg);;All files (*)": "Antworten (*.pdf *.eml *.txt *.msg);;Alle Dateien (*)",
    "Kept the answer as R%1.": "Die Antwort ist als R%1 im Fall gespeichert.",
    "Folder for the letter": "Ordner für das Schreiben",
    "Not saved: %1": "Nicht gespeichert: %1",
    "Saved L%1: %2. Mark it as sent once you have sent it.":
        "L%1 gespeichert: %2. Markieren Sie es als versandt, sobald Sie es versandt haben.",
    "Kept in your case as L{n} — mark it as sent under Correspondence once you have sent it.":
        "In Ihrem Fall als L{n} gespeichert — markieren Sie es unter Schriftverkehr als versandt, sobald Sie es "
        "versandt haben.",
    "a reminder to the company": "eine Erinnerung an das Unternehmen",
    "a complaint for non-answer": "eine Beschwerde wegen Nichtbeantwortung",
    "a follow-up to the authority": "eine Nachfrage bei der Behörde",
    "your complaint": "Ihre Beschwerde",
    "{company} takes privacy requests through its web form: {url}":
        "{company} nimmt Datenschutzanfragen über sein Webformular entgegen: {url}",
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
    "1 recording has no time of its own and is not shown": "1 Aufnahme hat keinen eigenen Zeitpunkt und wird nicht "
                                                             "gezeigt",
    "%1 recordings have no time of their own and are not shown": "%1 Aufnahmen haben keinen eigenen Zeitpunkt und "
                                                                 "werden nicht gezeigt",
    "(archive entry date)": "(Datum des Archiveintrags)",
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
    "Data exports (*.zip *.ZIP *.tgz *.tar.gz *.csv);;All files (*)":
        "Datenexporte (*.zip *.ZIP *.tgz *.tar.gz *.csv);;Alle Dateien (*)",
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
    "I have never used a voice assistant on any device of this account":
        "Ich habe mit diesem Konto nie einen Sprachassistenten auf einem Gerät benutzt",
    "I have never used a voice assistant (such as Google Assistant) on any device of this account":
        "Ich habe mit diesem Konto nie einen Sprachassistenten (etwa Google Assistant) auf einem Gerät benutzt",
    "Import cancelled — nothing was changed.": "Import abgebrochen – nichts wurde verändert.",
    "Import report": "Importbericht",
    "Import status": "Importstatus",
    "Import: %1.": "Import: %1.",
    "Legend": "Legende",
    "1 file recognised": "1 Datei erkannt",
    "%1 files recognised": "%1 Dateien erkannt",
    "%1 skipped": "%1 übersprungen",
    "%1 unreadable": "%1 unlesbar",
    "1 problem": "1 Problem",
    "%1 with no audio in the export": "%1 ohne Audio im Export",
    "%1 without a time of their own": "%1 ohne eigene Aufnahmezeit",
    "%1 problems": "%1 Probleme",
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
    "Most recordings may not be yours": "Die meisten Aufnahmen stammen womöglich nicht von Ihnen",
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
    "Recordings without a voice device to explain them": "Aufnahmen ohne ein Sprachgerät, das sie erklärt",
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
    "What Dossier read, or why not": "Was Dossier gelesen hat, oder warum nicht",
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
    # ---- letter editor ----
    "About you (name and address kept for all your exports)":
        "Über Sie (Name und Anschrift für alle Ihre Exporte gespeichert)",
    "Postal address": "Postanschrift",
    "Date of your access request": "Datum Ihres Auskunftsersuchens",
    "Date you received the export": "Datum, an dem Sie den Export erhalten haben",
    "Date you told the company": "Datum, an dem Sie das Unternehmen informiert haben",
    "YYYY-MM-DD (leave empty if not yet)": "JJJJ-MM-TT (leer lassen, falls noch nicht)",
    "e.g. the “Request Your Data” page, e-mail, letter": "z. B. die Seite „Meine Daten anfordern“, E-Mail, Brief",
    "their answer in one sentence, or leave empty if none": "die Antwort in einem Satz, oder leer lassen, falls keine",
    "How you asked": "Wie Sie angefragt haben",
    "The company's reply": "Antwort des Unternehmens",
    "I never had a voice-controlled device on this account":
        "Ich hatte nie ein sprachgesteuertes Gerät in diesem Konto",
    "Copy form fields": "Formularfelder kopieren",
    "Web form: ": "Webformular: ",
    "Paste each part into the matching field of the form. Upload the PDF and the evidence manifest as attachments.":
        "Fügen Sie jeden Teil in das passende Feld des Formulars ein. Laden Sie das PDF und das Beweisverzeichnis "
        "als Anhänge hoch.",
    "characters": "Zeichen",
    "Complaint to the data-protection authority": "Beschwerde bei der Datenschutzaufsichtsbehörde",
    "To the company: access request follow-up (Art. 15)": "An das Unternehmen: Nachfrage zur Auskunft (Art. 15)",
    "To the company: restriction now, erasure later (Art. 18/17)":
        "An das Unternehmen: jetzt Einschränkung, später Löschung (Art. 18/17)",
    "To the company: data-breach questions (Art. 33/34)": "An das Unternehmen: Fragen zur Datenpanne (Art. 33/34)",
    "Your name": "Ihr Name",
    "Your e-mail": "Ihre E-Mail-Adresse",
    "Phone (optional)": "Telefon (optional)",
    "E-mail of the account": "E-Mail-Adresse des Kontos",
    "Site (e.g. amazon.de)": "Website (z. B. amazon.de)",
    "Investigate the processing and the export process": "die Verarbeitung und den Exportvorgang zu untersuchen",
    "Establish whether a breach occurred and was notified":
        "festzustellen, ob eine Datenpanne vorlag und gemeldet wurde",
    "Order a proper answer to my access request": "eine ordnungsgemäße Antwort auf mein Auskunftsersuchen anzuordnen",
    "Order correction or removal of wrongly attached data":
        "die Berichtigung oder Entfernung fälschlich zugeordneter Daten anzuordnen",
    "Find out whether my data went to someone else": "zu klären, ob meine Daten an andere gelangt sind",
    "Consider corrective measures and a fine": "Abhilfemaßnahmen und ein Bußgeld zu prüfen",
    "Say how to hand over or delete others' recordings":
        "mitzuteilen, wie ich fremde Aufnahmen übergeben oder löschen soll",
    "Keep me informed (Art. 77(2))": "mich auf dem Laufenden zu halten (Art. 77 Abs. 2)",
    "I attach my access request": "Ich füge mein Auskunftsersuchen bei",
    "I attach the delivery notice": "Ich füge die Bereitstellungsmitteilung bei",
    "I attach screenshots of my device list": "Ich füge Bildschirmfotos meiner Geräteliste bei",
    "I attach my order history": "Ich füge meinen Bestellverlauf bei",
    "I attach my correspondence with the company": "Ich füge meinen Schriftwechsel mit dem Unternehmen bei",
    "Attach: the evidence manifest (in the bundle), your access request, the delivery notice, screenshots of your "
    "device list.":
        "Beifügen: das Beweisverzeichnis (im Paket), Ihr Auskunftsersuchen, die Bereitstellungsmitteilung, "
        "Bildschirmfotos Ihrer Geräteliste.",
    "Send: by post to the address in the letter, or through the authority's web form (use “Copy form fields”), or "
    "by e-mail where the authority takes e-mail.":
        "Senden: per Post an die Adresse im Brief, über das Webformular der Behörde (mit „Formularfelder "
        "kopieren“) oder per E-Mail, wo die Behörde E-Mails annimmt.",
    "Send the letter to the company's data protection officer as well, or before.":
        "Senden Sie den Brief auch – oder vorher – an den Datenschutzbeauftragten des Unternehmens.",
    "Keep the export exactly as you downloaded it — its SHA-256 hash is quoted in the letter.":
        "Bewahren Sie den Export genau so auf, wie Sie ihn heruntergeladen haben – sein SHA-256-Hash steht im Brief.",
    "Do not share or publish other people's recordings; give them to the authority only if it asks.":
        "Geben Sie Aufnahmen anderer Menschen nicht weiter und veröffentlichen Sie sie nicht; übergeben Sie sie der "
        "Behörde nur auf Nachfrage.",
    "If the authority gives you no news within three months, you may go to court (Art. 78(2) GDPR).":
        "Hören Sie binnen drei Monaten nichts von der Behörde, können Sie klagen (Art. 78 Abs. 2 DSGVO).",
    "What to attach and what to do next": "Was beizufügen ist und wie es weitergeht",
    "The disk is full — nothing was changed; free some space and save again.":
        "Der Datenträger ist voll – nichts wurde geändert; schaffen Sie Platz und speichern Sie erneut.",
    "Dossier cannot write to this folder.": "Dossier kann in diesen Ordner nicht schreiben.",
    "— choose where you live —": "— wählen Sie Ihren Wohnort —",
    "Letter kind": "Art des Briefs",
    "Where you live": "Wohnort",
    "Authority to send the complaint to": "Behörde, an die die Beschwerde geht",
    "Letter language": "Sprache des Briefs",
    "Letter": "Brief",
    "You live in": "Sie wohnen in",
    "Send to": "Senden an",
    "Letter preview": "Briefvorschau",
    "Letter text": "Brieftext",
    "Preview": "Vorschau",
    "Edit": "Bearbeiten",
    "Regenerate": "Neu erstellen",
    "Save PDF…": "PDF speichern…",
    "Save text…": "Text speichern…",
    "Copy form fields…": "Formularfelder kopieren…",
    "Save evidence bundle…": "Beweispaket speichern…",
    "Include the flagged clips": "Die auffälligen Clips beilegen",
    "Suggested: ": "Vorgeschlagen: ",
    "Choose where you live: you can complain to the authority of your country (for Germany, of your federal state), "
    "in your language. Until then the lead authority is shown.":
        "Wählen Sie Ihren Wohnort: Sie können sich bei der Behörde Ihres Landes (in Deutschland: Ihres "
        "Bundeslandes) in Ihrer Sprache beschweren. Bis dahin wird die federführende Behörde angezeigt.",
    "You chose this authority instead of the suggested one (":
        "Sie haben diese Behörde statt der vorgeschlagenen gewählt (",
    "Replace your edits with a freshly drafted letter?": "Ihre Änderungen durch einen neu erstellten Brief ersetzen?",
    "The letter names {n} recordings.": "Der Brief nennt {n} Aufnahmen.",
    "No finding is included yet — review findings or include unreviewed ones.":
        "Noch keine Auffälligkeit enthalten – prüfen Sie Auffälligkeiten oder nehmen Sie ungeprüfte auf.",
    "Your edits are kept; press Regenerate to draft the letter afresh.":
        "Ihre Änderungen bleiben erhalten; mit „Neu erstellen“ wird der Brief neu entworfen.",
    "The export has changed": "Der Export hat sich geändert",
    "Save anyway?": "Trotzdem speichern?",
    "Not saved": "Nicht gespeichert",
    "Saved {name}.": "{name} gespeichert.",
    "Cancelled.": "Abgebrochen.",
    "Save PDF": "PDF speichern",
    "Save text": "Text speichern",
    "Your edited letter (whole text)": "Ihr bearbeiteter Brief (ganzer Text)",
    "Include clips?": "Clips beilegen?",
    "Save evidence bundle": "Beweispaket speichern",
    "What the letter says": "Was der Brief enthält",
    "Include findings I marked “unsure”": "Auffälligkeiten aufnehmen, die ich als „unsicher“ markiert habe",
    "Include unreviewed high-severity findings": "Ungeprüfte Auffälligkeiten hoher Schwere aufnehmen",
    "The letter then says that these were identified automatically and not yet reviewed one by one.":
        "Der Brief sagt dann, dass diese automatisch erkannt und noch nicht einzeln geprüft wurden.",
    "The authority may disclose my identity to the company":
        "Die Behörde darf dem Unternehmen meine Identität offenlegen",
    "Ask the authority to:": "Die Behörde bitten,",
    "Enclosures besides the evidence manifest:": "Anlagen neben dem Beweisverzeichnis:",
    # ---- player ----
    "Clip player": "Clip-Player",
    "Select a voice recording to play it.": "Wählen Sie eine Sprachaufnahme, um sie abzuspielen.",
    "No audio output available — you can still read the transcript, see the waveform and give your verdict.":
        "Keine Audioausgabe verfügbar – Sie können trotzdem das Transkript lesen, die Wellenform sehen und Ihr "
        "Urteil abgeben.",
    "Details": "Details",
    "Findings for this clip": "Auffälligkeiten zu diesem Clip",
    "Reading the clip…": "Clip wird gelesen…",
    "No audio for this recording": "Kein Ton zu dieser Aufnahme",
    "This recording has no audio in the export.": "Zu dieser Aufnahme enthält der Export keinen Ton.",
    "Open the export to play its clips.": "Öffnen Sie den Export, um seine Clips abzuspielen.",
    "The clip cannot be read": "Der Clip kann nicht gelesen werden",
    "the clip cannot be decoded": "der Clip kann nicht dekodiert werden",
    "No waveform: %1": "Keine Wellenform: %1",
    "Voice recording · %1": "Sprachaufnahme · %1",
    "(The export has no transcript for this recording.)": "(Der Export enthält kein Transkript zu dieser Aufnahme.)",
    "unknown device": "unbekanntes Gerät",
    "These may be a stranger’s private recordings. Listen only as far as you need to judge whether they are yours, "
    "and do not share them.":
        "Dies können private Aufnahmen einer fremden Person sein. Hören Sie nur so weit hinein, wie nötig, um zu "
        "beurteilen, ob sie von Ihnen stammen, und geben Sie sie nicht weiter.",
    "Don’t show this again": "Nicht mehr anzeigen",
    "Play the clip": "Clip abspielen",
    "Not now": "Jetzt nicht",
    "Previous flagged clip": "Vorheriger auffälliger Clip",
    "Play": "Abspielen",
    "Stop": "Stopp",
    "Next flagged clip": "Nächster auffälliger Clip",
    "Position": "Position",
    "Playback speed": "Wiedergabegeschwindigkeit",
    "Loop": "Schleife",
    "Boost quiet clips": "Leise Clips verstärken",
    "Raise the level of very quiet recordings (the clip itself is not changed)":
        "Sehr leise Aufnahmen lauter abspielen (der Clip selbst bleibt unverändert)",
    "Volume": "Lautstärke",
    "Pause": "Pause",
    "Recorded": "Aufgenommen",
    "Level": "Pegel",
    "(serial %1)": "(Seriennummer %1)",
    "unknown": "unbekannt",
    "silence": "Stille",
    "very quiet": "sehr leise",
    "None — nothing unusual was found about this clip.": "Keine – an diesem Clip fiel nichts Ungewöhnliches auf.",
    "No audio output available.": "Keine Audioausgabe verfügbar.",
    "This clip cannot be played.": "Dieser Clip kann nicht abgespielt werden.",
    "No clip selected": "Kein Clip ausgewählt",
    "Waveform": "Wellenform",
    "Click to seek; left and right arrow keys skip 5 seconds":
        "Klicken zum Springen; Pfeiltasten links und rechts springen 5 Sekunden",
    # ---- timeline ----
    "No dated purchases, searches or recordings in this export":
        "Dieser Export enthält keine datierten Käufe, Suchen oder Aufnahmen",
    "%1 events in view": "%1 Ereignisse sichtbar",
    "%1 events · counts per %2 · zoom in for single events":
        "%1 Ereignisse · Anzahl je %2 · hineinzoomen für einzelne Ereignisse",
    "Event": "Ereignis",
    "Flagged (medium/low)": "Auffällig (mittel/niedrig)",
    "Flagged (high)": "Auffällig (hoch)",
    "Number of events": "Anzahl der Ereignisse",
    "Flagged recordings": "Auffällige Aufnahmen",
    "Selected": "Ausgewählt",
    "%1 events": "%1 Ereignisse",
    "%1 flagged": "%1 auffällig",
    "Click to zoom in": "Klicken zum Hineinzoomen",
    "Purchase": "Kauf",
    "Voice recording": "Sprachaufnahme",
    "hour": "Stunde",
    "3 hours": "3 Stunden",
    "6 hours": "6 Stunden",
    "day": "Tag",
    "week": "Woche",
    "month": "Monat",
    "quarter": "Quartal",
    "year": "Jahr",
    "Voice · %1": "Sprache · %1",
    "Unknown device": "Unbekanntes Gerät",
    "Purchases": "Käufe",
    "Other devices": "Andere Geräte",
    "Device: %1": "Gerät: %1",
    "Flagged: high — see Findings": "Auffällig: hoch – siehe Auffälligkeiten",
    "Flagged: medium or low — see Findings": "Auffällig: mittel oder niedrig – siehe Auffälligkeiten",
    "My voice": "Meine Stimme",
    "Mark as my voice": "Als meine Stimme markieren",
    "Remove the “my voice” mark": "Markierung „meine Stimme“ entfernen",
    "This clip is in your own voice: Dossier compares every other clip with the clips you mark (press %1)":
        "Diese Aufnahme ist Ihre eigene Stimme: Dossier vergleicht jede andere Aufnahme mit den markierten "
        "(Taste %1)",
    "Comparing voices…": "Stimmen werden verglichen…",
    "Cancel the voice comparison": "Stimmenvergleich abbrechen",
    "Voice comparison cancelled — your marks are saved; mark or unmark a clip to compare again.":
        "Stimmenvergleich abgebrochen – Ihre Markierungen sind gespeichert; markieren Sie eine Aufnahme oder "
        "heben Sie eine Markierung auf, um erneut zu vergleichen.",
    "not verified": "nicht geprüft",
    "The letter as sent": "Der Brief, wie er verschickt wird",
    "Copy in your language (not sent)": "Kopie in Ihrer Sprache (wird nicht verschickt)",
    "The letter is already in your language.": "Der Brief ist bereits in Ihrer Sprache.",
    "Left: the letter as it is sent ({sent}). Right: the same letter in {own}, for you to read — it is not sent.":
        "Links: der Brief, wie er verschickt wird ({sent}). Rechts: derselbe Brief auf {own}, zum Lesen – er wird "
        "nicht verschickt.",
    "Side by side": "Nebeneinander",
    "How to send it": "So verschicken Sie ihn",
    # ---- a journey without traps: undo, dates, tables, accessibility ----
    "%1 is outside this table's dates (%2 to %3). The filter is unchanged.":
        "%1 liegt außerhalb der Daten dieser Tabelle (%2 bis %3). Der Filter bleibt unverändert.",
    "Controls the clip's playback": "Steuert die Wiedergabe des Clips",
    "Enter, Space or a double click plays a recording's clip":
        "Eingabetaste, Leertaste oder Doppelklick spielen den Clip einer Aufnahme ab",
    "For example: the company's privacy web form": "Zum Beispiel: das Datenschutz-Webformular des Unternehmens",
    "Shows the letter's parts one by one, to paste into an authority's web form":
        "Zeigt die Teile des Schreibens einzeln, zum Einfügen in das Webformular einer Behörde",
    "The company's reference number, if it gave one": "Das Aktenzeichen des Unternehmens, falls es eines nannte",
    "The letter's text; your changes are kept with this export":
        "Der Text des Schreibens; Ihre Änderungen werden mit diesem Export gespeichert",
    "&Redo": "&Wiederherstellen",
    "&Undo": "&Rückgängig",
    "A date such as 2018-09-01; leave it empty if the export has not arrived":
        "Ein Datum wie 01.09.2018; leer lassen, wenn der Export noch nicht angekommen ist",
    "A date such as 2018-09-01; leave it empty if there was no notice":
        "Ein Datum wie 01.09.2018; leer lassen, wenn es keine Benachrichtigung gab",
    "A date such as 2018-09-01; leave it empty if you have not asked yet":
        "Ein Datum wie 01.09.2018; leer lassen, wenn Sie noch nicht angefragt haben",
    "Adds high-severity findings you have not reviewed":
        "Nimmt schwerwiegende Auffälligkeiten auf, die Sie noch nicht geprüft haben",
    "Adds the findings you marked unsure to the letter":
        "Nimmt die Auffälligkeiten, die Sie als „unsicher“ markiert haben, in das Schreiben auf",
    "Adds the flagged clips to the evidence bundle": "Legt die markierten Clips dem Beweispaket bei",
    "Adds this to what the letter asks the authority to do":
        "Nimmt dies in die Bitten an die Behörde auf",
    "Changes what the letter says": "Ändert, was im Schreiben steht",
    "Choose the ZIP files or the folder the company sent you; Dossier only reads them":
        "Wählen Sie die ZIP-Dateien oder den Ordner, den Ihnen das Unternehmen geschickt hat; Dossier liest sie nur",
    "Choosing a row shows it on the timeline": "Eine gewählte Zeile wird auf der Zeitleiste gezeigt",
    "Clear verdict": "Entscheidung löschen",
    "Closes this introduction and shows the start page": "Schließt diese Einführung und zeigt die Startseite",
    "Closes this notice without playing (Escape)": "Schließt diesen Hinweis ohne Wiedergabe (Esc)",
    "Closes this window": "Schließt dieses Fenster",
    "Components": "Bestandteile",
    "Could not open": "Öffnen nicht möglich",
    "Date not accepted": "Datum nicht angenommen",
    "Every file of the export and what Dossier read from it":
        "Jede Datei des Exports und was Dossier daraus gelesen hat",
    "Exports you opened before; Enter opens one again":
        "Exporte, die Sie schon geöffnet haben; die Eingabetaste öffnet einen erneut",
    "Files Dossier could not read, and why": "Dateien, die Dossier nicht lesen konnte, und warum",
    "Files in the export": "Dateien im Export",
    "Findings grouped by what Dossier noticed. J next, K previous, 1 mine, 2 not mine, 3 unsure, Space plays the clip":
        "Auffälligkeiten, gruppiert nach dem, was Dossier bemerkt hat. J nächste, K vorige, 1 meins, 2 nicht meins, "
        "3 unsicher, Leertaste spielt den Clip",
    "Gives every finding of the selected group the same verdict; asks before replacing verdicts you gave one by one":
        "Gibt allen Auffälligkeiten der gewählten Gruppe dieselbe Entscheidung; fragt, bevor einzeln getroffene "
        "Entscheidungen ersetzt werden",
    "How loud the clip plays": "Wie laut der Clip spielt",
    "Keep my verdicts, mark the rest": "Meine Entscheidungen behalten, den Rest markieren",
    "Licence text": "Lizenztext",
    "Lists every file of the export and what Dossier read from it":
        "Listet jede Datei des Exports auf und was Dossier daraus gelesen hat",
    "Mark all": "Alle markieren",
    "Mark the whole group as “%1”": "Ganze Gruppe als „%1“ markieren",
    "Nothing matches — change or clear the search and filters.":
        "Nichts passt — ändern oder leeren Sie die Suche und die Filter.",
    "Opens a made-up export to show how Dossier works":
        "Öffnet einen erfundenen Export, um zu zeigen, wie Dossier arbeitet",
    "Opens the Review page to say which findings are yours":
        "Öffnet die Seite „Prüfen“, um zu sagen, welche Auffälligkeiten von Ihnen stammen",
    "Opens this group of findings on the Review page": "Öffnet diese Gruppe von Auffälligkeiten auf der Seite „Prüfen“",
    "Opens this table on the Explore page": "Öffnet diese Tabelle auf der Seite „Erkunden“",
    "Other complaints or court cases about the same matter, if any":
        "Andere Beschwerden oder Gerichtsverfahren in derselben Sache, falls es welche gibt",
    "Part of your details as the complainant; kept for all your exports":
        "Teil Ihrer Angaben als Beschwerdeführer; für alle Ihre Exporte gespeichert",
    "Plays the clip again and again": "Spielt den Clip immer wieder ab",
    "Plays the clip now (Enter)": "Spielt den Clip jetzt ab (Eingabetaste)",
    "Problem report": "Fehlerbericht",
    "Problems": "Probleme",
    "Replace my verdicts too": "Auch meine Entscheidungen ersetzen",
    "Saved as you type. Tab leaves the note, Escape returns to the findings list.":
        "Wird beim Tippen gespeichert. Tab verlässt die Notiz, Esc kehrt zur Liste der Auffälligkeiten zurück.",
    "Saves a ZIP with the letter, the evidence manifest and its hashes":
        "Speichert ein ZIP mit dem Schreiben, dem Beweisverzeichnis und seinen Prüfsummen",
    "Saves the letter as a PDF file": "Speichert das Schreiben als PDF-Datei",
    "Saves the letter as a plain text file": "Speichert das Schreiben als reine Textdatei",
    "Saves the report to a file, or closes this window":
        "Speichert den Bericht in einer Datei oder schließt dieses Fenster",
    "Shows only the recordings with a finding": "Zeigt nur die Aufnahmen mit einer Auffälligkeit",
    "Shows only the rows of one device": "Zeigt nur die Zeilen eines Geräts",
    "Shows only the rows that contain these words": "Zeigt nur die Zeilen, die diese Wörter enthalten",
    "Shows or hides the technical details of the problem":
        "Zeigt oder verbirgt die technischen Einzelheiten des Problems",
    "Shows the next finding (J)": "Zeigt die nächste Auffälligkeit (J)",
    "Shows the previous finding (K)": "Zeigt die vorige Auffälligkeit (K)",
    "The authority the complaint is addressed to": "Die Behörde, an die sich die Beschwerde richtet",
    "The components Dossier is built from, with their licences":
        "Die Bestandteile, aus denen Dossier gebaut ist, mit ihren Lizenzen",
    "The language the letter is written in": "Die Sprache, in der das Schreiben verfasst ist",
    "The letter as it will be saved": "Das Schreiben, wie es gespeichert wird",
    "The letter lists this among the documents you enclose":
        "Das Schreiben führt dies unter den beigefügten Unterlagen auf",
    "The licence text of the chosen component": "Der Lizenztext des gewählten Bestandteils",
    "The report as it will be saved: technical facts, no export content":
        "Der Bericht, wie er gespeichert wird: technische Angaben, kein Inhalt des Exports",
    "Type a date the way you write it, or choose one from the calendar":
        "Tippen Sie ein Datum so, wie Sie es schreiben, oder wählen Sie es im Kalender",
    "Verdict “%1”": "Entscheidung „%1“",
    "What the company answered, in your words": "Was das Unternehmen geantwortet hat, in Ihren Worten",
    "What the export says was heard in this clip": "Was laut Export in diesem Clip zu hören war",
    "Where you live: it decides which authority handles your complaint":
        "Wo Sie wohnen: davon hängt ab, welche Behörde Ihre Beschwerde bearbeitet",
    "Whether and how you already contacted the company about this":
        "Ob und wie Sie sich deswegen schon an das Unternehmen gewandt haben",
    "Whether the authority may tell the company who complained":
        "Ob die Behörde dem Unternehmen sagen darf, wer sich beschwert hat",
    "Who the letter goes to: the data protection authority or the company":
        "An wen das Schreiben geht: an die Datenschutzbehörde oder an das Unternehmen",
    "Writes the letter again from your review, replacing your edits":
        "Schreibt das Schreiben neu aus Ihrer Prüfung und ersetzt dabei Ihre Änderungen",
    "You already gave %1 of them another verdict one by one.":
        "Für %1 davon haben Sie bereits einzeln anders entschieden.",
    "Your declaration: the letter then says you never owned a voice device":
        "Ihre Erklärung: das Schreiben sagt dann, dass Sie nie ein Sprachgerät besessen haben",
    "Your declaration; Dossier checks the export again with it":
        "Ihre Erklärung; Dossier prüft den Export damit erneut",
    "Your postal address as the complainant; kept for all your exports":
        "Ihre Postanschrift als Beschwerdeführer; für alle Ihre Exporte gespeichert",
    "“%1” is not a date this filter understands — type it like %2 or pick it in the calendar. "
    "The filter is unchanged.":
        "„%1“ ist kein Datum, das dieser Filter versteht — tippen Sie es wie %2 oder wählen Sie es im Kalender. "
        "Der Filter bleibt unverändert.",
    "Forget my name and address…": "Meinen Namen und meine Anschrift vergessen…",
    "Your details": "Ihre Angaben",
    "Dossier no longer keeps your name, address and where you live for new letters. Letters you already drafted "
    "keep theirs in their export's review.":
        "Dossier bewahrt Ihren Namen, Ihre Anschrift und Ihren Wohnort für neue Schreiben nicht mehr auf. Schon "
        "entworfene Schreiben behalten ihre Angaben in der Prüfung ihres Exports.",
    "Dossier keeps no name, address or residence of yours.":
        "Dossier bewahrt keinen Namen, keine Anschrift und keinen Wohnort von Ihnen auf.",
    "Selected: %1": "Ausgewählt: %1",
    "Nothing selected. Choose an event in a table, or click a dot.":
        "Nichts ausgewählt. Wählen Sie ein Ereignis in einer Tabelle oder klicken Sie auf einen Punkt.",
    "%1 (local time)": "%1 (Ortszeit)",
    "Times in this computer's time zone (%1); the export itself gives them in UTC, shown beside each moment in "
    "the review and the player.":
        "Zeiten in der Zeitzone dieses Computers (%1); der Export selbst gibt sie in UTC an, was in der Prüfung "
        "und im Player neben jedem Zeitpunkt steht.",
    "Where do you live?": "Wo wohnen Sie?",
    "Dossier addresses your complaint to the data protection authority where you live, in its language. You are "
    "asked once: Dossier keeps your answer for all your exports (Edit ▸ Forget my name and address deletes it).":
        "Dossier richtet Ihre Beschwerde an die Datenschutzbehörde Ihres Wohnorts, in deren Sprache. Sie werden "
        "nur einmal gefragt: Dossier bewahrt Ihre Antwort für alle Ihre Exporte auf (Bearbeiten ▸ Meinen Namen und "
        "meine Anschrift vergessen löscht sie).",
    "Finding · local time": "Auffälligkeit · Ortszeit",
    "Your review was recovered": "Ihre Prüfung wurde wiederhergestellt",
    "An earlier review of this export": "Eine frühere Prüfung dieses Exports",
    "This export is not the same as one you reviewed before, but %1 of its recordings are the same (matched by "
    "their fingerprints). Carry your earlier review over — %2 verdicts and notes, your declarations and letter "
    "drafts?":
        "Dieser Export ist nicht derselbe wie einer, den Sie schon geprüft haben, aber %1 seiner Aufnahmen sind "
        "dieselben (anhand ihrer Fingerabdrücke erkannt). Ihre frühere Prüfung übernehmen — %2 Entscheidungen und "
        "Notizen, Ihre Erklärungen und Briefentwürfe?",
    "Carry it over": "Übernehmen",
    "Start afresh": "Neu beginnen",
    "%1 verdicts and notes carried over.": "%1 Entscheidungen und Notizen übernommen.",
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
