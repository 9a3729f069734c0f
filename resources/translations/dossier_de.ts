<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="37"/>
        <source>About Dossier</source>
        <translation>Über Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="41"/>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="43"/>
        <source>Review the personal data a company sent you under the GDPR right of access, find what does not belong to you, and draft a complaint. Offline: nothing leaves this computer.
Licence: GPL-3.0-or-later.</source>
        <translation>Prüfen Sie die personenbezogenen Daten, die ein Unternehmen Ihnen nach dem Auskunftsrecht der DSGVO geschickt hat, finden Sie, was nicht zu Ihnen gehört, und entwerfen Sie eine Beschwerde. Offline: nichts verlässt diesen Computer.
Lizenz: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="57"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="57"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="57"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="61"/>
        <source>Choose a component to read its licence notice.</source>
        <translation>Wählen Sie eine Komponente, um ihren Lizenzhinweis zu lesen.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="77"/>
        <source>Bundled components</source>
        <translation>Enthaltene Komponenten</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="91"/>
        <source>No separate notice file; see the project&apos;s home page: %1</source>
        <translation>Keine eigene Hinweisdatei; siehe die Website des Projekts: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../gui/overview.py" line="112"/>
        <source>Review findings</source>
        <translation>Auffälligkeiten prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="133"/>
        <source>Nothing unusual</source>
        <translation>Nichts Ungewöhnliches</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="134"/>
        <source>Dossier found nothing that looks out of place in this export.</source>
        <translation>Dossier hat in diesem Export nichts Ungewöhnliches gefunden.</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="135"/>
        <source>You can still look through everything under Explore.</source>
        <translation>Unter Erkunden können Sie trotzdem alles durchsehen.</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="143"/>
        <source>%1 findings in total. Look at each one and say whether it is yours.</source>
        <translation>%1 Auffälligkeiten insgesamt. Sehen Sie sich jede an und sagen Sie, ob sie von Ihnen stammt.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../gui/overview.py" line="83"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="84"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../gui/crash.py" line="106"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="143"/>
        <source>Dossier ran into a problem</source>
        <translation>Dossier ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="145"/>
        <source>Something went wrong inside Dossier. Your review is saved; you can keep working or restart Dossier.</source>
        <translation>In Dossier ist etwas schiefgegangen. Ihre Prüfung ist gespeichert; Sie können weiterarbeiten oder Dossier neu starten.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="147"/>
        <source>The details below contain no personal data. Copying them helps the developers fix the problem.</source>
        <translation>Die Details unten enthalten keine personenbezogenen Daten. Wenn Sie sie kopieren, hilft das den Entwicklern, das Problem zu beheben.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="150"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="161"/>
        <source>Dossier could not finish this because of a problem in Dossier itself. Help → Create a problem report helps the developers fix it.</source>
        <translation>Dossier konnte das wegen eines Fehlers in Dossier selbst nicht abschließen. Hilfe → Problembericht erstellen hilft den Entwicklern, ihn zu beheben.</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../gui/table_model.py" line="177"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/table_model.py" line="177"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../gui/welcome.py" line="49"/>
        <source>or drop the ZIP files or the folder here</source>
        <translation>oder die ZIP-Dateien oder den Ordner hierher ziehen</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../gui/findings.py" line="413"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="414"/>
        <source>Time taken from</source>
        <translation>Zeit entnommen aus</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="415"/>
        <source>Device lists in the export</source>
        <translation>Gerätelisten im Export</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="416"/>
        <source>Voice devices listed</source>
        <translation>Aufgeführte Sprachgeräte</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="417"/>
        <source>Voice devices bought</source>
        <translation>Gekaufte Sprachgeräte</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="418"/>
        <source>Device serial</source>
        <translation>Seriennummer des Geräts</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="419"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="420"/>
        <source>Length (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="421"/>
        <source>Speech (seconds)</source>
        <translation>Sprache (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="422"/>
        <source>Retention (days)</source>
        <translation>Aufbewahrung (Tage)</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="423"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="424"/>
        <source>Deregistered</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="425"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="426"/>
        <source>Recordings</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="427"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../gui/explore.py" line="24"/>
        <source>The timeline will appear here.</source>
        <translation>Hier erscheint die Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="26"/>
        <location filename="../../gui/explore.py" line="45"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="29"/>
        <source>No orders in this export.</source>
        <translation>Keine Bestellungen in diesem Export.</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="30"/>
        <source>No search history in this export.</source>
        <translation>Kein Suchverlauf in diesem Export.</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="31"/>
        <source>No voice recordings in this export.</source>
        <translation>Keine Sprachaufnahmen in diesem Export.</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="32"/>
        <source>No devices are listed in this export.</source>
        <translation>In diesem Export sind keine Geräte aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="34"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="34"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="35"/>
        <source>Voice recordings</source>
        <translation>Sprachaufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/explore.py" line="35"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../gui/findings_model.py" line="57"/>
        <source>Finding</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="57"/>
        <source>Verdict</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>FindingsSummary</name>
    <message>
        <location filename="../../gui/overview.py" line="178"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="179"/>
        <source>Review: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/about.py" line="100"/>
        <source>Welcome to Dossier</source>
        <translation>Willkommen bei Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="102"/>
        <source>What Dossier does</source>
        <translation>Was Dossier macht</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="105"/>
        <source>1. Open the data export a company sent you (the ZIP files exactly as you downloaded them, or their folder).</source>
        <translation>1. Öffnen Sie den Datenexport, den ein Unternehmen Ihnen geschickt hat (die ZIP-Dateien genau so, wie Sie sie heruntergeladen haben, oder ihren Ordner).</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="107"/>
        <source>2. Dossier shows what is in it — orders, searches, voice recordings, devices — and points out what looks wrong, such as voice recordings from a device you never had.</source>
        <translation>2. Dossier zeigt, was darin steht – Bestellungen, Suchen, Sprachaufnahmen, Geräte – und weist auf Ungereimtheiten hin, etwa Sprachaufnahmen von einem Gerät, das Sie nie hatten.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="109"/>
        <source>3. You decide for each finding whether it is yours. Your review is saved automatically on this computer.</source>
        <translation>3. Sie entscheiden bei jeder Auffälligkeit, ob sie von Ihnen stammt. Ihre Prüfung wird automatisch auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="111"/>
        <source>4. Dossier drafts a complaint to the right data-protection authority, with the evidence.</source>
        <translation>4. Dossier entwirft eine Beschwerde an die zuständige Datenschutzbehörde, mit den Belegen.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="113"/>
        <source>Nothing leaves this computer. Dossier makes no network connection, never changes or unpacks your export, and keeps your review in your own user folder.</source>
        <translation>Nichts verlässt diesen Computer. Dossier baut keine Netzwerkverbindung auf, verändert oder entpackt Ihren Export nie und speichert Ihre Prüfung in Ihrem eigenen Benutzerordner.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="118"/>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../gui/importer.py" line="66"/>
        <source>Checking your files…</source>
        <translation>Ihre Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../gui/importer.py" line="67"/>
        <source>Looking for things that do not belong to you…</source>
        <translation>Es wird nach Dingen gesucht, die nicht zu Ihnen gehören…</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../gui/import_panel.py" line="18"/>
        <source>Opening your export</source>
        <translation>Ihr Export wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/import_panel.py" line="24"/>
        <location filename="../../gui/import_panel.py" line="62"/>
        <source>Checking your files…</source>
        <translation>Ihre Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../gui/import_panel.py" line="26"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location filename="../../gui/import_panel.py" line="31"/>
        <location filename="../../gui/import_panel.py" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../gui/import_panel.py" line="33"/>
        <source>Your export is only read, never changed or uploaded.</source>
        <translation>Ihr Export wird nur gelesen, nie verändert oder hochgeladen.</translation>
    </message>
    <message>
        <location filename="../../gui/import_panel.py" line="73"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../gui/import_panel.py" line="74"/>
        <source>Stopping — nothing has been changed.</source>
        <translation>Wird angehalten – nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../gui/report_dialog.py" line="15"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="18"/>
        <source>Recognised</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="18"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="19"/>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="21"/>
        <location filename="../../gui/report_dialog.py" line="29"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="21"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="21"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="29"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="29"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="39"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="40"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/report_dialog.py" line="45"/>
        <source>Every file of your export, and what Dossier did with it. No row is dropped silently: rows that could not be used are listed under Problems.</source>
        <translation>Jede Datei Ihres Exports und was Dossier damit gemacht hat. Keine Zeile geht stillschweigend verloren: Zeilen, die nicht verwendet werden konnten, stehen unter Probleme.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="85"/>
        <source>Offline — nothing leaves this computer</source>
        <translation>Offline – nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>The clip player will appear here.</source>
        <translation>Hier erscheint der Player für die Aufnahme.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>Open your data export</source>
        <translation>Ihren Datenexport öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Data exports (*.zip *.ZIP);;All files (*)</source>
        <translation>Datenexporte (*.zip *.ZIP);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>Open an unpacked export folder</source>
        <translation>Einen entpackten Exportordner öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>The demo export is not part of this installation.</source>
        <translation>Der Demo-Export ist in dieser Installation nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>Import cancelled — nothing was changed.</source>
        <translation>Import abgebrochen – nichts wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>(no transcript)</source>
        <translation>(kein Transkript)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="404"/>
        <source>Draft letter</source>
        <translation>Brief entwerfen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405"/>
        <source>Letter drafting is not part of this build of Dossier yet.</source>
        <translation>Das Entwerfen von Briefen ist in dieser Version von Dossier noch nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="434"/>
        <source>Clear recent exports</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../gui/menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="31"/>
        <source>&amp;Open export…</source>
        <translation>Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="33"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="37"/>
        <source>&amp;Close export</source>
        <translation>Export &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="41"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="42"/>
        <source>&amp;Find in tables</source>
        <translation>In Tabellen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="44"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="47"/>
        <source>&amp;Review findings</source>
        <translation>Auffälligkeiten &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="48"/>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="50"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="51"/>
        <location filename="../../gui/menus.py" line="53"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="52"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="53"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="54"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="56"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="59"/>
        <source>Next finding</source>
        <translation>Nächste Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="60"/>
        <source>Previous finding</source>
        <translation>Vorige Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="62"/>
        <source>Not mine</source>
        <translation>Nicht meins</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="63"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="66"/>
        <source>&amp;Draft letter…</source>
        <translation>&amp;Brief entwerfen…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="68"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="69"/>
        <source>What Dossier does</source>
        <translation>Was Dossier macht</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="70"/>
        <source>Show &amp;import report</source>
        <translation>&amp;Importbericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="71"/>
        <source>Create a &amp;problem report…</source>
        <translation>&amp;Problembericht erstellen…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="73"/>
        <source>&amp;About Dossier</source>
        <translation>&amp;Über Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="99"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="100"/>
        <source>Dossier will use the new language the next time it starts.</source>
        <translation>Dossier verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../gui/overview.py" line="53"/>
        <source>%1 voice recordings, but this account never had a voice device</source>
        <translation>%1 Sprachaufnahmen, obwohl dieses Konto nie ein Sprachgerät hatte</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="55"/>
        <source>%1 voice recordings from devices that are not on your account</source>
        <translation>%1 Sprachaufnahmen von Geräten, die nicht zu Ihrem Konto gehören</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="57"/>
        <source>%1 voice recordings from times when the device was not registered to you</source>
        <translation>%1 Sprachaufnahmen aus Zeiten, in denen das Gerät nicht auf Sie registriert war</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="59"/>
        <source>%1 recordings are copies of other recordings</source>
        <translation>%1 Aufnahmen sind Kopien anderer Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="60"/>
        <source>%1 recordings with a voice unlike yours</source>
        <translation>%1 Aufnahmen mit einer Stimme, die nicht wie Ihre klingt</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="61"/>
        <source>%1 recordings kept longer than the stated retention period</source>
        <translation>%1 Aufnahmen wurden länger als angegeben aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="64"/>
        <source>%1 findings: %2</source>
        <translation>%1 Auffälligkeiten: %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview.py" line="208"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="209"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="210"/>
        <source>Voice recordings</source>
        <translation>Sprachaufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="211"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="218"/>
        <source>What Dossier found</source>
        <translation>Was Dossier gefunden hat</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="222"/>
        <source>I have never owned an Echo or any other Alexa device, and never used the Alexa app</source>
        <translation>Ich hatte nie einen Echo oder ein anderes Alexa-Gerät und habe die Alexa-App nie benutzt</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="226"/>
        <source>Show import report</source>
        <translation>Importbericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="242"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="247"/>
        <source>Everything on one timeline</source>
        <translation>Alles auf einer Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="258"/>
        <source>What is in your export</source>
        <translation>Was in Ihrem Export steht</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="268"/>
        <source>%1 with voice</source>
        <translation>%1 mit Sprachsteuerung</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="272"/>
        <source>None in this export</source>
        <translation>Keine in diesem Export</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="278"/>
        <source>Import: %1 files recognised, %2 skipped, %3 unreadable, %4 rows could not be used.</source>
        <translation>Import: %1 Dateien erkannt, %2 übersprungen, %3 unlesbar, %4 Zeilen nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <location filename="../../gui/problem_report.py" line="45"/>
        <location filename="../../gui/problem_report.py" line="75"/>
        <source>Create a problem report</source>
        <translation>Problembericht erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="47"/>
        <source>This report describes how your export is organised — file names, sizes, column names and counts — so the developers can teach Dossier new layouts. It contains no values from your files and no audio. Read it, then save it and send it if you are happy with it.</source>
        <translation>Dieser Bericht beschreibt, wie Ihr Export aufgebaut ist – Dateinamen, Größen, Spaltennamen und Anzahlen –, damit die Entwickler Dossier neue Formate beibringen können. Er enthält keine Werte aus Ihren Dateien und keine Tonaufnahmen. Lesen Sie ihn, speichern Sie ihn und schicken Sie ihn, wenn Sie einverstanden sind.</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="53"/>
        <source>Collecting the structure of your export…</source>
        <translation>Der Aufbau Ihres Exports wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="55"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="56"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="82"/>
        <source>The report could not be created.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="91"/>
        <location filename="../../gui/problem_report.py" line="102"/>
        <source>Save problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="93"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/problem_report.py" line="102"/>
        <source>The report could not be saved there.</source>
        <translation>Der Bericht konnte dort nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../gui/findings.py" line="441"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/findings.py" line="101"/>
        <source>Findings</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="107"/>
        <source>Mark this whole group as…</source>
        <translation>Ganze Gruppe markieren als…</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="146"/>
        <source>Press %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="151"/>
        <source>Your note (for example: “that is my neighbour’s voice”)</source>
        <translation>Ihre Notiz (zum Beispiel: „das ist die Stimme meines Nachbarn“)</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="153"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="155"/>
        <source>Previous  K</source>
        <translation>Vorige  K</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="156"/>
        <source>Next  J</source>
        <translation>Nächste  J</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="159"/>
        <source>This export is open in another Dossier window: your verdicts are shown but cannot be changed here.</source>
        <translation>Dieser Export ist in einem anderen Dossier-Fenster geöffnet: Ihre Entscheidungen werden angezeigt, können hier aber nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="162"/>
        <source>No findings. Dossier checked this export and found nothing out of place — nothing to review.</source>
        <translation>Keine Auffälligkeiten. Dossier hat diesen Export geprüft und nichts Ungewöhnliches gefunden – es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="187"/>
        <source>Is this yours?</source>
        <translation>Stammt das von Ihnen?</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="315"/>
        <source>Mark the whole group</source>
        <translation>Ganze Gruppe markieren</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="316"/>
        <source>Mark all %1 findings in “%2” as “%3”?</source>
        <translation>Alle %1 Auffälligkeiten in „%2“ als „%3“ markieren?</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="344"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="363"/>
        <source>Choose a finding on the left</source>
        <translation>Wählen Sie links eine Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="364"/>
        <source>Select a group&apos;s entry to see why Dossier flagged it.</source>
        <translation>Wählen Sie einen Eintrag einer Gruppe, um zu sehen, warum Dossier ihn markiert hat.</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="379"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../gui/findings.py" line="381"/>
        <source>File in the export</source>
        <translation>Datei im Export</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../gui/findings_model.py" line="22"/>
        <source>Most recordings are not this account&apos;s</source>
        <translation>Die meisten Aufnahmen gehören nicht zu diesem Konto</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="23"/>
        <source>Recordings although the account had no voice device</source>
        <translation>Aufnahmen, obwohl das Konto kein Sprachgerät hatte</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="24"/>
        <source>Recordings from a device not on the account</source>
        <translation>Aufnahmen von einem Gerät, das nicht zum Konto gehört</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="25"/>
        <source>Recordings outside the device&apos;s registration</source>
        <translation>Aufnahmen außerhalb der Registrierung des Geräts</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="26"/>
        <source>Recordings at unusual hours</source>
        <translation>Aufnahmen zu ungewöhnlichen Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="27"/>
        <source>Recordings that mention a faraway place</source>
        <translation>Aufnahmen, die einen weit entfernten Ort nennen</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="28"/>
        <source>Recordings that mention unfamiliar names</source>
        <translation>Aufnahmen, die unbekannte Namen nennen</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="29"/>
        <source>The same audio at different times</source>
        <translation>Dieselbe Aufnahme zu verschiedenen Zeiten</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="30"/>
        <source>Recordings with little or no speech</source>
        <translation>Aufnahmen mit wenig oder keiner Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="31"/>
        <source>Kept longer than the stated retention</source>
        <translation>Länger als angegeben aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="32"/>
        <source>A voice unlike yours</source>
        <translation>Eine Stimme, die nicht wie Ihre klingt</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../gui/icons.py" line="47"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../gui/icons.py" line="47"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../gui/icons.py" line="48"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../gui/tables.py" line="40"/>
        <location filename="../../gui/tables.py" line="48"/>
        <location filename="../../gui/tables.py" line="52"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="41"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="42"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="43"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="44"/>
        <location filename="../../gui/tables.py" line="60"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="46"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="47"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="49"/>
        <location filename="../../gui/tables.py" line="100"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="50"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="51"/>
        <location filename="../../gui/tables.py" line="53"/>
        <location filename="../../gui/tables.py" line="104"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="54"/>
        <source>What was heard</source>
        <translation>Was gehört wurde</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="55"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="56"/>
        <source>Time from</source>
        <translation>Zeit aus</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="57"/>
        <location filename="../../gui/tables.py" line="61"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="58"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="62"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="63"/>
        <source>Deregistered</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="64"/>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="65"/>
        <source>Known from</source>
        <translation>Bekannt aus</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="98"/>
        <source>Search this table…</source>
        <translation>Diese Tabelle durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="101"/>
        <location filename="../../gui/tables.py" line="114"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="102"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="107"/>
        <source>Only flagged</source>
        <translation>Nur auffällige</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="114"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="137"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="174"/>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="187"/>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="249"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../gui/tables.py" line="251"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../gui/icons.py" line="52"/>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <location filename="../../gui/icons.py" line="52"/>
        <source>Not mine</source>
        <translation>Nicht meins</translation>
    </message>
    <message>
        <location filename="../../gui/icons.py" line="53"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../gui/icons.py" line="53"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/welcome.py" line="74"/>
        <source>See what a company knows about you</source>
        <translation>Sehen Sie, was ein Unternehmen über Sie weiß</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="77"/>
        <source>Open the data export you received under the GDPR. Dossier shows what is in it, points out what does not belong to you, and helps you complain.</source>
        <translation>Öffnen Sie den Datenexport, den Sie nach der DSGVO erhalten haben. Dossier zeigt, was darin steht, weist auf das hin, was nicht zu Ihnen gehört, und hilft Ihnen bei der Beschwerde.</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="85"/>
        <source>Why the export could not be opened</source>
        <translation>Warum der Export nicht geöffnet werden konnte</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="90"/>
        <location filename="../../gui/welcome.py" line="173"/>
        <location filename="../../gui/welcome.py" line="180"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="105"/>
        <source>Open your data export…</source>
        <translation>Ihren Datenexport öffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="113"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="121"/>
        <source>No export at hand?</source>
        <translation>Kein Export zur Hand?</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="125"/>
        <location filename="../../gui/welcome.py" line="128"/>
        <source>Recent exports</source>
        <translation>Zuletzt geöffnete Exporte</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="137"/>
        <source>Nothing leaves this computer: Dossier works offline and never changes your export.</source>
        <translation>Nichts verlässt diesen Computer: Dossier arbeitet offline und verändert Ihren Export nie.</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="180"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
</TS>
