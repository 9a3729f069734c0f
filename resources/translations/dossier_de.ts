<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="37"/>
        <source>About Dossier</source>
        <translation>Über Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="41"/>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="43"/>
        <source>Review the personal data a company sent you under the GDPR right of access, find what does not belong to you, and draft a complaint. Offline: nothing leaves this computer.
Licence: GPL-3.0-or-later.</source>
        <translation>Prüfen Sie die personenbezogenen Daten, die ein Unternehmen Ihnen nach dem Auskunftsrecht der DSGVO geschickt hat, finden Sie, was nicht zu Ihnen gehört, und entwerfen Sie eine Beschwerde. Offline: nichts verlässt diesen Computer.
Lizenz: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="57"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="57"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="57"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="61"/>
        <source>Choose a component to read its licence notice.</source>
        <translation>Wählen Sie eine Komponente, um ihren Lizenzhinweis zu lesen.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="77"/>
        <source>Bundled components</source>
        <translation>Enthaltene Komponenten</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="91"/>
        <source>No separate notice file; see the project&apos;s home page: %1</source>
        <translation>Keine eigene Hinweisdatei; siehe die Website des Projekts: %1</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../gui/look/accessibility.py" line="36"/>
        <source>Who the letter goes to: the data protection authority or the company</source>
        <translation>An wen das Schreiben geht: an die Datenschutzbehörde oder an das Unternehmen</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="38"/>
        <source>Where you live: it decides which authority handles your complaint</source>
        <translation>Wo Sie wohnen: davon hängt ab, welche Behörde Ihre Beschwerde bearbeitet</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="40"/>
        <source>The authority the complaint is addressed to</source>
        <translation>Die Behörde, an die sich die Beschwerde richtet</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="41"/>
        <source>The language the letter is written in</source>
        <translation>Die Sprache, in der das Schreiben verfasst ist</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="42"/>
        <source>The letter as it will be saved</source>
        <translation>Das Schreiben, wie es gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="43"/>
        <source>The letter&apos;s text; your changes are kept with this export</source>
        <translation>Der Text des Schreibens; Ihre Änderungen werden mit diesem Export gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="44"/>
        <source>Writes the letter again from your review, replacing your edits</source>
        <translation>Schreibt das Schreiben neu aus Ihrer Prüfung und ersetzt dabei Ihre Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="46"/>
        <source>Saves the letter as a PDF file</source>
        <translation>Speichert das Schreiben als PDF-Datei</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="47"/>
        <source>Saves the letter as a plain text file</source>
        <translation>Speichert das Schreiben als reine Textdatei</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="48"/>
        <source>Shows the letter&apos;s parts one by one, to paste into an authority&apos;s web form</source>
        <translation>Zeigt die Teile des Schreibens einzeln, zum Einfügen in das Webformular einer Behörde</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="50"/>
        <source>Saves a ZIP with the letter, the evidence manifest and its hashes</source>
        <translation>Speichert ein ZIP mit dem Schreiben, dem Beweisverzeichnis und seinen Prüfsummen</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="52"/>
        <source>Adds the flagged clips to the evidence bundle</source>
        <translation>Legt die markierten Clips dem Beweispaket bei</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="56"/>
        <source>Part of your details as the complainant; kept for all your exports</source>
        <translation>Teil Ihrer Angaben als Beschwerdeführer; für alle Ihre Exporte gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="59"/>
        <source>Your postal address as the complainant; kept for all your exports</source>
        <translation>Ihre Postanschrift als Beschwerdeführer; für alle Ihre Exporte gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="61"/>
        <source>A date such as 2018-09-01; leave it empty if you have not asked yet</source>
        <translation>Ein Datum wie 01.09.2018; leer lassen, wenn Sie noch nicht angefragt haben</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="63"/>
        <source>A date such as 2018-09-01; leave it empty if the export has not arrived</source>
        <translation>Ein Datum wie 01.09.2018; leer lassen, wenn der Export noch nicht angekommen ist</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="65"/>
        <source>A date such as 2018-09-01; leave it empty if there was no notice</source>
        <translation>Ein Datum wie 01.09.2018; leer lassen, wenn es keine Benachrichtigung gab</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="67"/>
        <source>For example: the company&apos;s privacy web form</source>
        <translation>Zum Beispiel: das Datenschutz-Webformular des Unternehmens</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="68"/>
        <source>What the company answered, in your words</source>
        <translation>Was das Unternehmen geantwortet hat, in Ihren Worten</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="69"/>
        <source>The company&apos;s reference number, if it gave one</source>
        <translation>Das Aktenzeichen des Unternehmens, falls es eines nannte</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="70"/>
        <source>Whether and how you already contacted the company about this</source>
        <translation>Ob und wie Sie sich deswegen schon an das Unternehmen gewandt haben</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="72"/>
        <source>Other complaints or court cases about the same matter, if any</source>
        <translation>Andere Beschwerden oder Gerichtsverfahren in derselben Sache, falls es welche gibt</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="74"/>
        <source>Whether the authority may tell the company who complained</source>
        <translation>Ob die Behörde dem Unternehmen sagen darf, wer sich beschwert hat</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="75"/>
        <source>Your declaration: the letter then says you never owned a voice device</source>
        <translation>Ihre Erklärung: das Schreiben sagt dann, dass Sie nie ein Sprachgerät besessen haben</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="79"/>
        <source>Adds the findings you marked unsure to the letter</source>
        <translation>Nimmt die Auffälligkeiten, die Sie als „unsicher“ markiert haben, in das Schreiben auf</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="81"/>
        <source>Adds high-severity findings you have not reviewed</source>
        <translation>Nimmt schwerwiegende Auffälligkeiten auf, die Sie noch nicht geprüft haben</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="84"/>
        <source>Adds this to what the letter asks the authority to do</source>
        <translation>Nimmt dies in die Bitten an die Behörde auf</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="86"/>
        <source>The letter lists this among the documents you enclose</source>
        <translation>Das Schreiben führt dies unter den beigefügten Unterlagen auf</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="88"/>
        <source>Changes what the letter says</source>
        <translation>Ändert, was im Schreiben steht</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="92"/>
        <source>The components Dossier is built from, with their licences</source>
        <translation>Die Bestandteile, aus denen Dossier gebaut ist, mit ihren Lizenzen</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="94"/>
        <source>Components</source>
        <translation>Bestandteile</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="95"/>
        <source>The licence text of the chosen component</source>
        <translation>Der Lizenztext des gewählten Bestandteils</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="96"/>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="98"/>
        <location filename="../../gui/look/accessibility.py" line="108"/>
        <source>Closes this window</source>
        <translation>Schließt dieses Fenster</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="102"/>
        <source>Every file of the export and what Dossier read from it</source>
        <translation>Jede Datei des Exports und was Dossier daraus gelesen hat</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="104"/>
        <source>Files in the export</source>
        <translation>Dateien im Export</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="105"/>
        <source>Files Dossier could not read, and why</source>
        <translation>Dateien, die Dossier nicht lesen konnte, und warum</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="106"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="112"/>
        <source>The report as it will be saved: technical facts, no export content</source>
        <translation>Der Bericht, wie er gespeichert wird: technische Angaben, kein Inhalt des Exports</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="114"/>
        <source>Problem report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="115"/>
        <source>Saves the report to a file, or closes this window</source>
        <translation>Speichert den Bericht in einer Datei oder schließt dieses Fenster</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="121"/>
        <source>Closes this introduction and shows the start page</source>
        <translation>Schließt diese Einführung und zeigt die Startseite</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="127"/>
        <source>Plays the clip again and again</source>
        <translation>Spielt den Clip immer wieder ab</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="128"/>
        <source>How loud the clip plays</source>
        <translation>Wie laut der Clip spielt</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="129"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="131"/>
        <source>Controls the clip&apos;s playback</source>
        <translation>Steuert die Wiedergabe des Clips</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="136"/>
        <source>What the export says was heard in this clip</source>
        <translation>Was laut Export in diesem Clip zu hören war</translation>
    </message>
    <message>
        <location filename="../../gui/look/accessibility.py" line="138"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="63"/>
        <source>Review findings</source>
        <translation>Auffälligkeiten prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="66"/>
        <source>Opens the Review page to say which findings are yours</source>
        <translation>Öffnet die Seite „Prüfen“, um zu sagen, welche Auffälligkeiten von Ihnen stammen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="85"/>
        <source>Nothing unusual</source>
        <translation>Nichts Ungewöhnliches</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="86"/>
        <source>Dossier found nothing that looks out of place in this export.</source>
        <translation>Dossier hat in diesem Export nichts Ungewöhnliches gefunden.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="87"/>
        <source>You can still look through everything under Explore.</source>
        <translation>Unter Erkunden können Sie trotzdem alles durchsehen.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="95"/>
        <source>One finding. Look at it and say whether it is yours.</source>
        <translation>Eine Auffälligkeit. Sehen Sie sie sich an und sagen Sie, ob sie von Ihnen stammt.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="96"/>
        <source>%1 findings in total. Look at each one and say whether it is yours.</source>
        <translation>%1 Auffälligkeiten insgesamt. Sehen Sie sich jede an und sagen Sie, ob sie von Ihnen stammt.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="33"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="34"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="35"/>
        <source>Opens this table on the Explore page</source>
        <translation>Öffnet diese Tabelle auf der Seite „Erkunden“</translation>
    </message>
</context>
<context>
    <name>ComplainantForm</name>
    <message>
        <location filename="../../gui/letters/panels.py" line="50"/>
        <source>About you (name and address kept for all your exports)</source>
        <translation>Über Sie (Name und Anschrift für alle Ihre Exporte gespeichert)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="61"/>
        <location filename="../../gui/letters/panels.py" line="64"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="68"/>
        <source>Date of your access request</source>
        <translation>Datum Ihres Auskunftsersuchens</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="69"/>
        <source>Date you received the export</source>
        <translation>Datum, an dem Sie den Export erhalten haben</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="70"/>
        <source>Date you told the company</source>
        <translation>Datum, an dem Sie das Unternehmen informiert haben</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="71"/>
        <source>YYYY-MM-DD (leave empty if not yet)</source>
        <translation>JJJJ-MM-TT (leer lassen, falls noch nicht)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="76"/>
        <source>e.g. the “Request Your Data” page, e-mail, letter</source>
        <translation>z. B. die Seite „Meine Daten anfordern“, E-Mail, Brief</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="78"/>
        <source>their answer in one sentence, or leave empty if none</source>
        <translation>die Antwort in einem Satz, oder leer lassen, falls keine</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="80"/>
        <source>their case or ticket number, or “none”</source>
        <translation>Aktenzeichen oder Ticketnummer, oder „keines“</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="82"/>
        <source>what you asked the company since, and its answer; or “none”</source>
        <translation>was Sie das Unternehmen seither gefragt haben und seine Antwort; oder „keiner“</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="84"/>
        <source>“none”, or which other authority or court</source>
        <translation>„keine“, oder welche andere Behörde bzw. welches Gericht</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="85"/>
        <source>How you asked</source>
        <translation>Wie Sie angefragt haben</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="86"/>
        <source>The company&apos;s reply</source>
        <translation>Antwort des Unternehmens</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="87"/>
        <source>The company&apos;s reference</source>
        <translation>Zeichen des Unternehmens</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="88"/>
        <source>Contact with the company since</source>
        <translation>Kontakt mit dem Unternehmen seither</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="89"/>
        <source>Another authority or court involved?</source>
        <translation>Andere Behörde oder Gericht befasst?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="94"/>
        <location filename="../../gui/letters/panels.py" line="98"/>
        <source>May the authority disclose your identity to the company?</source>
        <translation>Darf die Behörde dem Unternehmen Ihre Identität offenlegen?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="95"/>
        <source>— please answer —</source>
        <translation>— bitte beantworten —</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="95"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="95"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="99"/>
        <source>I never had a voice-controlled device on this account</source>
        <translation>Ich hatte nie ein sprachgesteuertes Gerät in diesem Konto</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="119"/>
        <source>Correspondence</source>
        <translation>Schriftverkehr</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="122"/>
        <source>Letters and answers</source>
        <translation>Schreiben und Antworten</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="127"/>
        <source>from the company</source>
        <translation>vom Unternehmen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="128"/>
        <source>from the authority</source>
        <translation>von der Behörde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="130"/>
        <source>Mark as sent on this day</source>
        <translation>An diesem Tag versandt</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="132"/>
        <source>Attach an answer…</source>
        <translation>Antwort beifügen…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="135"/>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="143"/>
        <source>Draft %1…</source>
        <translation>%1 entwerfen…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="148"/>
        <source>Answers you attach stay in your case on this computer; Dossier never opens or sends them.</source>
        <translation>Antworten, die Sie beifügen, bleiben in Ihrem Fall auf diesem Computer; Dossier öffnet und versendet sie nie.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="162"/>
        <source>to the company</source>
        <translation>an das Unternehmen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="162"/>
        <source>to the authority</source>
        <translation>an die Behörde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="164"/>
        <source>sent %1</source>
        <translation>versandt am %1</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="164"/>
        <source>not marked as sent</source>
        <translation>nicht als versandt markiert</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="165"/>
        <source>drafted %1</source>
        <translation>entworfen am %1</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="169"/>
        <source>Answer from the company</source>
        <translation>Antwort des Unternehmens</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="169"/>
        <source>Answer from the authority</source>
        <translation>Antwort der Behörde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="171"/>
        <source>received %1</source>
        <translation>erhalten am %1</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="186"/>
        <source>Choose a letter first.</source>
        <translation>Wählen Sie zuerst ein Schreiben.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="193"/>
        <source>Marked L%1 as sent.</source>
        <translation>L%1 ist als versandt markiert.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="201"/>
        <source>Attach an answer</source>
        <translation>Antwort beifügen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="202"/>
        <source>Answers (*.pdf *.eml *.txt *.msg);;All files (*)</source>
        <translation>Antworten (*.pdf *.eml *.txt *.msg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="212"/>
        <source>Kept the answer as R%1.</source>
        <translation>Die Antwort ist als R%1 im Fall gespeichert.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="221"/>
        <source>Folder for the letter</source>
        <translation>Ordner für das Schreiben</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="228"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="231"/>
        <source>Saved L%1: %2. Mark it as sent once you have sent it.</source>
        <translation>L%1 gespeichert: %2. Markieren Sie es als versandt, sobald Sie es versandt haben.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../gui/start/crash.py" line="81"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../gui/start/crash.py" line="111"/>
        <source>Dossier ran into a problem</source>
        <translation>Dossier ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <location filename="../../gui/start/crash.py" line="113"/>
        <source>Something went wrong inside Dossier. Your review is saved; you can keep working or restart Dossier.</source>
        <translation>In Dossier ist etwas schiefgegangen. Ihre Prüfung ist gespeichert; Sie können weiterarbeiten oder Dossier neu starten.</translation>
    </message>
    <message>
        <location filename="../../gui/start/crash.py" line="115"/>
        <source>The details below contain no personal data. Copying them helps the developers fix the problem.</source>
        <translation>Die Details unten enthalten keine personenbezogenen Daten. Wenn Sie sie kopieren, hilft das den Entwicklern, das Problem zu beheben.</translation>
    </message>
    <message>
        <location filename="../../gui/start/crash.py" line="118"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/start/crash.py" line="129"/>
        <source>Dossier could not finish this because of a problem in Dossier itself. Help → Create a problem report helps the developers fix it.</source>
        <translation>Dossier konnte das wegen eines Fehlers in Dossier selbst nicht abschließen. Hilfe → Problembericht erstellen hilft den Entwicklern, ihn zu beheben.</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../gui/explore/table_model.py" line="137"/>
        <source>%1 (local time)</source>
        <translation>%1 (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_model.py" line="140"/>
        <source>Times in this computer&apos;s time zone (%1); the export itself gives them in UTC, shown beside each moment in the review and the player.</source>
        <translation>Zeiten in der Zeitzone dieses Computers (%1); der Export selbst gibt sie in UTC an, was in der Prüfung und im Player neben jedem Zeitpunkt steht.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/cell_text.py" line="106"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../gui/explore/cell_text.py" line="106"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="72"/>
        <location filename="../../gui/letters/followup_panel.py" line="98"/>
        <source>A deadline in your case is due or has passed</source>
        <translation>Eine Frist in Ihrem Fall ist fällig oder abgelaufen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="77"/>
        <source>Correspondence…</source>
        <translation>Schriftverkehr…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="99"/>
        <source>Following up on your request</source>
        <translation>Ihr Antrag und wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="102"/>
        <source>No deadline is running.</source>
        <translation>Keine Frist läuft.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="104"/>
        <source>Open the export to draft the next step.</source>
        <translation>Öffnen Sie den Export, um den nächsten Schritt zu entwerfen.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="108"/>
        <source>Draft %1…</source>
        <translation>%1 entwerfen…</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../gui/pages/welcome.py" line="34"/>
        <source>or drop the ZIP files or the folder here</source>
        <translation>oder die ZIP-Dateien oder den Ordner hierher ziehen</translation>
    </message>
</context>
<context>
    <name>Embedding</name>
    <message>
        <location filename="../../gui/window/embedding.py" line="96"/>
        <source>The clip player will appear here.</source>
        <translation>Hier erscheint der Player für die Aufnahme.</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../../gui/explore/page.py" line="24"/>
        <source>The timeline will appear here.</source>
        <translation>Hier erscheint die Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="26"/>
        <location filename="../../gui/explore/page.py" line="45"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="29"/>
        <source>No orders in this export.</source>
        <translation>Keine Bestellungen in diesem Export.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="30"/>
        <source>No search history in this export.</source>
        <translation>Kein Suchverlauf in diesem Export.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="31"/>
        <source>No voice recordings in this export.</source>
        <translation>Keine Sprachaufnahmen in diesem Export.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="32"/>
        <source>No devices are listed in this export.</source>
        <translation>In diesem Export sind keine Geräte aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="34"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="34"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="35"/>
        <source>Voice recordings</source>
        <translation>Sprachaufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/explore/page.py" line="35"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../gui/review/findings_model.py" line="124"/>
        <source>Verdict</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../gui/review/findings_model.py" line="124"/>
        <source>Finding · local time</source>
        <translation>Auffälligkeit · Ortszeit</translation>
    </message>
</context>
<context>
    <name>FindingsSummary</name>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="133"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="134"/>
        <source>Review: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview_panels.py" line="135"/>
        <source>Opens this group of findings on the Review page</source>
        <translation>Öffnet diese Gruppe von Auffälligkeiten auf der Seite „Prüfen“</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="100"/>
        <source>Welcome to Dossier</source>
        <translation>Willkommen bei Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="102"/>
        <source>What Dossier does</source>
        <translation>Was Dossier macht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="105"/>
        <source>1. Open the data export a company sent you (the ZIP files exactly as you downloaded them, or their folder).</source>
        <translation>1. Öffnen Sie den Datenexport, den ein Unternehmen Ihnen geschickt hat (die ZIP-Dateien genau so, wie Sie sie heruntergeladen haben, oder ihren Ordner).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="107"/>
        <source>2. Dossier shows what is in it — orders, searches, voice recordings, devices — and points out what looks wrong, such as voice recordings from a device you never had.</source>
        <translation>2. Dossier zeigt, was darin steht – Bestellungen, Suchen, Sprachaufnahmen, Geräte – und weist auf Ungereimtheiten hin, etwa Sprachaufnahmen von einem Gerät, das Sie nie hatten.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="109"/>
        <source>3. You decide for each finding whether it is yours. Your review is saved automatically on this computer.</source>
        <translation>3. Sie entscheiden bei jeder Auffälligkeit, ob sie von Ihnen stammt. Ihre Prüfung wird automatisch auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="111"/>
        <source>4. Dossier drafts a complaint to the right data-protection authority, with the evidence.</source>
        <translation>4. Dossier entwirft eine Beschwerde an die zuständige Datenschutzbehörde, mit den Belegen.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="113"/>
        <source>Nothing leaves this computer. Dossier makes no network connection, never changes or unpacks your export, and keeps your review in your own user folder.</source>
        <translation>Nichts verlässt diesen Computer. Dossier baut keine Netzwerkverbindung auf, verändert oder entpackt Ihren Export nie und speichert Ihre Prüfung in Ihrem eigenen Benutzerordner.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="118"/>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="42"/>
        <source>a reminder to the company</source>
        <translation>eine Erinnerung an das Unternehmen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="43"/>
        <source>a complaint for non-answer</source>
        <translation>eine Beschwerde wegen Nichtbeantwortung</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="44"/>
        <source>a follow-up to the authority</source>
        <translation>eine Nachfrage bei der Behörde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="45"/>
        <source>your complaint</source>
        <translation>Ihre Beschwerde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="50"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="50"/>
        <source>Access follow-up</source>
        <translation>Auskunft (Nachfrage)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="51"/>
        <source>Erasure or restriction</source>
        <translation>Löschung oder Einschränkung</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="52"/>
        <source>Breach inquiry</source>
        <translation>Anfrage zur Datenpanne</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="52"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="53"/>
        <source>Complaint for non-answer</source>
        <translation>Beschwerde wegen Nichtbeantwortung</translation>
    </message>
    <message>
        <location filename="../../gui/letters/followup_panel.py" line="54"/>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
</context>
<context>
    <name>FormFieldsDialog</name>
    <message>
        <location filename="../../gui/letters/panels.py" line="214"/>
        <source>Copy form fields</source>
        <translation>Formularfelder kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="220"/>
        <source>Web form: </source>
        <translation>Webformular: </translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="222"/>
        <source>Paste each part into the matching field of the form. Upload the PDF and the evidence manifest as attachments.</source>
        <translation>Fügen Sie jeden Teil in das passende Feld des Formulars ein. Laden Sie das PDF und das Beweisverzeichnis als Anhänge hoch.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="233"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="236"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../gui/work/importer.py" line="32"/>
        <source>Checking your files…</source>
        <translation>Ihre Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../gui/work/importer.py" line="33"/>
        <source>Looking for things that do not belong to you…</source>
        <translation>Es wird nach Dingen gesucht, die nicht zu Ihnen gehören…</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="19"/>
        <source>Opening your export</source>
        <translation>Ihr Export wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="25"/>
        <location filename="../../gui/pages/import_panel.py" line="63"/>
        <source>Checking your files…</source>
        <translation>Ihre Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="27"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="32"/>
        <location filename="../../gui/pages/import_panel.py" line="66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="34"/>
        <source>Your export is only read, never changed or uploaded.</source>
        <translation>Ihr Export wird nur gelesen, nie verändert oder hochgeladen.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="74"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/import_panel.py" line="75"/>
        <source>Stopping — nothing has been changed.</source>
        <translation>Wird angehalten – nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="76"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="79"/>
        <source>Recognised</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="79"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="80"/>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="95"/>
        <location filename="../../gui/dialogs/report_dialog.py" line="101"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="95"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="95"/>
        <source>What Dossier read, or why not</source>
        <translation>Was Dossier gelesen hat, oder warum nicht</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="101"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="101"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="105"/>
        <source>Files (%1)</source>
        <translation>Dateien (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="106"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/report_dialog.py" line="111"/>
        <source>Every file of your export, and what Dossier did with it. No row is dropped silently: rows that could not be used are listed under Problems.</source>
        <translation>Jede Datei Ihres Exports und was Dossier damit gemacht hat. Keine Zeile geht stillschweigend verloren: Zeilen, die nicht verwendet werden konnten, stehen unter Probleme.</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <location filename="../../gui/letters/editor.py" line="54"/>
        <source>Complaint to the data-protection authority</source>
        <translation>Beschwerde bei der Datenschutzaufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="55"/>
        <source>To the company: access request follow-up (Art. 15)</source>
        <translation>An das Unternehmen: Nachfrage zur Auskunft (Art. 15)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="56"/>
        <source>To the company: restriction now, erasure later (Art. 18/17)</source>
        <translation>An das Unternehmen: jetzt Einschränkung, später Löschung (Art. 18/17)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="57"/>
        <source>To the company: data-breach questions (Art. 33/34)</source>
        <translation>An das Unternehmen: Fragen zur Datenpanne (Art. 33/34)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="35"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="36"/>
        <source>Your e-mail</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="37"/>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="38"/>
        <source>E-mail of the account</source>
        <translation>E-Mail-Adresse des Kontos</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="39"/>
        <source>Site (e.g. amazon.de)</source>
        <translation>Website (z. B. amazon.de)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="131"/>
        <source>Investigate the processing and the export process</source>
        <translation>die Verarbeitung und den Exportvorgang zu untersuchen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="132"/>
        <source>Establish whether a breach occurred and was notified</source>
        <translation>festzustellen, ob eine Datenpanne vorlag und gemeldet wurde</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="133"/>
        <source>Order a proper answer to my access request</source>
        <translation>eine ordnungsgemäße Antwort auf mein Auskunftsersuchen anzuordnen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="134"/>
        <source>Order correction or removal of wrongly attached data</source>
        <translation>die Berichtigung oder Entfernung fälschlich zugeordneter Daten anzuordnen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="135"/>
        <source>Find out whether my data went to someone else</source>
        <translation>zu klären, ob meine Daten an andere gelangt sind</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="136"/>
        <source>Consider corrective measures and a fine</source>
        <translation>Abhilfemaßnahmen und ein Bußgeld zu prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="137"/>
        <source>Say how to hand over or delete others&apos; recordings</source>
        <translation>mitzuteilen, wie ich fremde Aufnahmen übergeben oder löschen soll</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="138"/>
        <source>Keep me informed (Art. 77(2))</source>
        <translation>mich auf dem Laufenden zu halten (Art. 77 Abs. 2)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="140"/>
        <source>I attach my access request</source>
        <translation>Ich füge mein Auskunftsersuchen bei</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="141"/>
        <source>I attach the delivery notice</source>
        <translation>Ich füge die Bereitstellungsmitteilung bei</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="142"/>
        <source>I attach screenshots of my device list</source>
        <translation>Ich füge Bildschirmfotos meiner Geräteliste bei</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="143"/>
        <source>I attach my order history</source>
        <translation>Ich füge meinen Bestellverlauf bei</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="144"/>
        <source>I attach my correspondence with the company</source>
        <translation>Ich füge meinen Schriftwechsel mit dem Unternehmen bei</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="186"/>
        <source>Attach: the evidence manifest (in the bundle), your access request, the delivery notice, screenshots of your device list.</source>
        <translation>Beifügen: das Beweisverzeichnis (im Paket), Ihr Auskunftsersuchen, die Bereitstellungsmitteilung, Bildschirmfotos Ihrer Geräteliste.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="188"/>
        <source>Send: by post to the address in the letter, or through the authority&apos;s web form (use “Copy form fields”), or by e-mail where the authority takes e-mail.</source>
        <translation>Senden: per Post an die Adresse im Brief, über das Webformular der Behörde (mit „Formularfelder kopieren“) oder per E-Mail, wo die Behörde E-Mails annimmt.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="190"/>
        <source>Send the letter to the company&apos;s data protection officer as well, or before.</source>
        <translation>Senden Sie den Brief auch – oder vorher – an den Datenschutzbeauftragten des Unternehmens.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="191"/>
        <source>Keep the export exactly as you downloaded it — its SHA-256 hash is quoted in the letter.</source>
        <translation>Bewahren Sie den Export genau so auf, wie Sie ihn heruntergeladen haben – sein SHA-256-Hash steht im Brief.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="193"/>
        <source>Do not share or publish other people&apos;s recordings; give them to the authority only if it asks.</source>
        <translation>Geben Sie Aufnahmen anderer Menschen nicht weiter und veröffentlichen Sie sie nicht; übergeben Sie sie der Behörde nur auf Nachfrage.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="195"/>
        <source>If the authority gives you no news within three months, you may go to court (Art. 78(2) GDPR).</source>
        <translation>Hören Sie binnen drei Monaten nichts von der Behörde, können Sie klagen (Art. 78 Abs. 2 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="202"/>
        <source>What to attach and what to do next</source>
        <translation>Was beizufügen ist und wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="52"/>
        <source>The disk is full — nothing was changed; free some space and save again.</source>
        <translation>Der Datenträger ist voll – nichts wurde geändert; schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="53"/>
        <source>Dossier cannot write to this folder.</source>
        <translation>Dossier kann in diesen Ordner nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/languages.py" line="27"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../gui/letters/languages.py" line="52"/>
        <source>The letter as sent</source>
        <translation>Der Brief, wie er verschickt wird</translation>
    </message>
    <message>
        <location filename="../../gui/letters/languages.py" line="53"/>
        <source>Copy in your language (not sent)</source>
        <translation>Kopie in Ihrer Sprache (wird nicht verschickt)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/languages.py" line="66"/>
        <source>The letter is already in your language.</source>
        <translation>Der Brief ist bereits in Ihrer Sprache.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/languages.py" line="69"/>
        <source>Left: the letter as it is sent ({sent}). Right: the same letter in {own}, for you to read — it is not sent.</source>
        <translation>Links: der Brief, wie er verschickt wird ({sent}). Rechts: derselbe Brief auf {own}, zum Lesen – er wird nicht verschickt.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../gui/letters/editor.py" line="68"/>
        <source>Draft letter</source>
        <translation>Brief entwerfen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="87"/>
        <source>— choose where you live —</source>
        <translation>— wählen Sie Ihren Wohnort —</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="94"/>
        <source>Letter kind</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="94"/>
        <source>Where you live</source>
        <translation>Wohnort</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="95"/>
        <source>Authority to send the complaint to</source>
        <translation>Behörde, an die die Beschwerde geht</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="101"/>
        <source>Letter language</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="102"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="103"/>
        <source>You live in</source>
        <translation>Sie wohnen in</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="104"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="106"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="120"/>
        <source>Letter preview</source>
        <translation>Briefvorschau</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="125"/>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="126"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="127"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="129"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="134"/>
        <location filename="../../gui/letters/editor.py" line="212"/>
        <source>Regenerate</source>
        <translation>Neu erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="135"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="136"/>
        <source>Save text…</source>
        <translation>Text speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="137"/>
        <source>Copy form fields…</source>
        <translation>Formularfelder kopieren…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="138"/>
        <source>Save evidence bundle…</source>
        <translation>Beweispaket speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="139"/>
        <source>Include the flagged clips</source>
        <translation>Die auffälligen Clips beilegen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="154"/>
        <source>Before you send this letter</source>
        <translation>Bevor Sie diesen Brief senden</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="158"/>
        <source>How to send it</source>
        <translation>So verschicken Sie ihn</translation>
    </message>
    <message>
        <location filename="../../gui/letters/routing.py" line="101"/>
        <location filename="../../gui/letters/routing.py" line="125"/>
        <source>Suggested: </source>
        <translation>Vorgeschlagen: </translation>
    </message>
    <message>
        <location filename="../../gui/letters/routing.py" line="103"/>
        <source>Choose where you live: you can complain to the authority of your country (for Germany, of your federal state), in your language. Until then the lead authority is shown.</source>
        <translation>Wählen Sie Ihren Wohnort: Sie können sich bei der Behörde Ihres Landes (in Deutschland: Ihres Bundeslandes) in Ihrer Sprache beschweren. Bis dahin wird die federführende Behörde angezeigt.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/routing.py" line="122"/>
        <source>You chose this authority instead of the suggested one (</source>
        <translation>Sie haben diese Behörde statt der vorgeschlagenen gewählt (</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="213"/>
        <source>Replace your edits with a freshly drafted letter?</source>
        <translation>Ihre Änderungen durch einen neu erstellten Brief ersetzen?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="236"/>
        <source>The letter names {n} recordings.</source>
        <translation>Der Brief nennt {n} Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="237"/>
        <source>No finding is included yet — review findings or include unreviewed ones.</source>
        <translation>Noch keine Auffälligkeit enthalten – prüfen Sie Auffälligkeiten oder nehmen Sie ungeprüfte auf.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="239"/>
        <source>Your edits are kept; press Regenerate to draft the letter afresh.</source>
        <translation>Ihre Änderungen bleiben erhalten; mit „Neu erstellen“ wird der Brief neu entworfen.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/editor.py" line="242"/>
        <source>{company} takes privacy requests through its web form: {url}</source>
        <translation>{company} nimmt Datenschutzanfragen über sein Webformular entgegen: {url}</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="102"/>
        <source>The export has changed</source>
        <translation>Der Export hat sich geändert</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="80"/>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="107"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="111"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="141"/>
        <location filename="../../gui/letters/output.py" line="208"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="157"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="164"/>
        <source>Save text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="174"/>
        <source>Your edited letter (whole text)</source>
        <translation>Ihr bearbeiteter Brief (ganzer Text)</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="185"/>
        <source>Include clips?</source>
        <translation>Clips beilegen?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="182"/>
        <source>Save evidence bundle</source>
        <translation>Beweispaket speichern</translation>
    </message>
    <message>
        <location filename="../../gui/letters/output.py" line="215"/>
        <source>Kept in your case as L{n} — mark it as sent under Correspondence once you have sent it.</source>
        <translation>In Ihrem Fall als L{n} gespeichert — markieren Sie es unter Schriftverkehr als versandt, sobald Sie es versandt haben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="80"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="81"/>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89"/>
        <source>Offline — nothing leaves this computer</source>
        <translation>Offline – nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>Clear recent exports</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../gui/window/menus.py" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="29"/>
        <source>&amp;Open export…</source>
        <translation>Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="30"/>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="31"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="33"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="35"/>
        <source>&amp;Close export</source>
        <translation>Export &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="39"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="43"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="50"/>
        <source>&amp;Find in tables</source>
        <translation>In Tabellen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="52"/>
        <source>Forget my name and address…</source>
        <translation>Meinen Namen und meine Anschrift vergessen…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="54"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="56"/>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="57"/>
        <source>&amp;Review findings</source>
        <translation>Auffälligkeiten &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="58"/>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="60"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="61"/>
        <location filename="../../gui/window/menus.py" line="63"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="62"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="63"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="64"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="66"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="69"/>
        <source>Next finding</source>
        <translation>Nächste Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="70"/>
        <source>Previous finding</source>
        <translation>Vorige Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="71"/>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="72"/>
        <source>Not mine</source>
        <translation>Nicht meins</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="73"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="76"/>
        <source>&amp;Draft letter…</source>
        <translation>&amp;Brief entwerfen…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="78"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="79"/>
        <source>What Dossier does</source>
        <translation>Was Dossier macht</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="80"/>
        <source>Show &amp;import report</source>
        <translation>&amp;Importbericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="81"/>
        <source>Create a &amp;problem report…</source>
        <translation>&amp;Problembericht erstellen…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="83"/>
        <source>&amp;About Dossier</source>
        <translation>&amp;Über Dossier</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="109"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="110"/>
        <source>Dossier will use the new language the next time it starts.</source>
        <translation>Dossier verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="119"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="120"/>
        <source>Dossier no longer keeps your name, address and where you live for new letters. Letters you already drafted keep theirs in their export&apos;s review.</source>
        <translation>Dossier bewahrt Ihren Namen, Ihre Anschrift und Ihren Wohnort für neue Schreiben nicht mehr auf. Schon entworfene Schreiben behalten ihre Angaben in der Prüfung ihres Exports.</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="122"/>
        <source>Dossier keeps no name, address or residence of yours.</source>
        <translation>Dossier bewahrt keinen Namen, keine Anschrift und keinen Wohnort von Ihnen auf.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../gui/window/opening.py" line="34"/>
        <source>Open your data export</source>
        <translation>Ihren Datenexport öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="35"/>
        <source>Data exports (*.zip *.ZIP *.tgz *.tar.gz *.csv);;All files (*)</source>
        <translation>Datenexporte (*.zip *.ZIP *.tgz *.tar.gz *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="40"/>
        <source>Open an unpacked export folder</source>
        <translation>Einen entpackten Exportordner öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="47"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="47"/>
        <source>The demo export is not part of this installation.</source>
        <translation>Der Demo-Export ist in dieser Installation nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="111"/>
        <source>An earlier review of this export</source>
        <translation>Eine frühere Prüfung dieses Exports</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="112"/>
        <source>This export is not the same as one you reviewed before, but %1 of its recordings are the same (matched by their fingerprints). Carry your earlier review over — %2 verdicts and notes, your declarations and letter drafts?</source>
        <translation>Dieser Export ist nicht derselbe wie einer, den Sie schon geprüft haben, aber %1 seiner Aufnahmen sind dieselben (anhand ihrer Fingerabdrücke erkannt). Ihre frühere Prüfung übernehmen — %2 Entscheidungen und Notizen, Ihre Erklärungen und Briefentwürfe?</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="115"/>
        <source>Carry it over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="115"/>
        <source>Start afresh</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="120"/>
        <source>%1 verdicts and notes carried over.</source>
        <translation>%1 Entscheidungen und Notizen übernommen.</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="149"/>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../gui/window/opening.py" line="158"/>
        <source>Import cancelled — nothing was changed.</source>
        <translation>Import abgebrochen – nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../gui/letters/panels.py" line="153"/>
        <source>What the letter says</source>
        <translation>Was der Brief enthält</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="155"/>
        <source>Include findings I marked “unsure”</source>
        <translation>Auffälligkeiten aufnehmen, die ich als „unsicher“ markiert habe</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="156"/>
        <source>Include unreviewed high-severity findings</source>
        <translation>Ungeprüfte Auffälligkeiten hoher Schwere aufnehmen</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="157"/>
        <source>The letter then says that these were identified automatically and not yet reviewed one by one.</source>
        <translation>Der Brief sagt dann, dass diese automatisch erkannt und noch nicht einzeln geprüft wurden.</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="162"/>
        <source>Ask the authority to:</source>
        <translation>Die Behörde bitten,</translation>
    </message>
    <message>
        <location filename="../../gui/letters/panels.py" line="170"/>
        <source>Enclosures besides the evidence manifest:</source>
        <translation>Anlagen neben dem Beweisverzeichnis:</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../core/rules/duplicates.py" line="23"/>
        <source>%1 recordings are copies of other recordings</source>
        <translation>%1 Aufnahmen sind Kopien anderer Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../core/rules/voice.py" line="42"/>
        <source>%1 recordings with a voice unlike yours</source>
        <translation>%1 Aufnahmen mit einer Stimme, die nicht wie Ihre klingt</translation>
    </message>
    <message>
        <location filename="../../core/rules/retention.py" line="23"/>
        <source>%1 recordings kept longer than the stated retention period</source>
        <translation>%1 Aufnahmen wurden länger als angegeben aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="63"/>
        <source>%1 findings: %2</source>
        <translation>%1 Auffälligkeiten: %2</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="65"/>
        <source>%1 voice recordings, although you declare never having had a voice device</source>
        <translation>%1 Sprachaufnahmen, obwohl Sie erklären, nie ein Sprachgerät gehabt zu haben</translation>
    </message>
    <message>
        <location filename="../../core/rules/without_device.py" line="43"/>
        <source>%1 voice recordings, but the export&apos;s device lists show no voice device for that time</source>
        <translation>%1 Sprachaufnahmen, obwohl die Gerätelisten des Exports für diese Zeit kein Sprachgerät zeigen</translation>
    </message>
    <message>
        <location filename="../../core/rules/device_period.py" line="28"/>
        <source>%1 voice recordings from times the export shows their device not registered to your account</source>
        <translation>%1 Sprachaufnahmen aus Zeiten, in denen ihr Gerät laut Export nicht auf Ihr Konto registriert war</translation>
    </message>
    <message>
        <location filename="../../core/rules/unknown_device.py" line="33"/>
        <source>%1 voice recordings from devices the export does not list for your account</source>
        <translation>%1 Sprachaufnahmen von Geräten, die der Export nicht für Ihr Konto aufführt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/pages/overview.py" line="94"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="95"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="96"/>
        <source>Voice recordings</source>
        <translation>Sprachaufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="97"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="104"/>
        <source>What Dossier found</source>
        <translation>Was Dossier gefunden hat</translation>
    </message>
    <message>
        <location filename="../../core/vendors/amazon/__init__.py" line="45"/>
        <source>I have never owned an Echo or any other Alexa device, and never used the Alexa app</source>
        <translation>Ich hatte nie einen Echo oder ein anderes Alexa-Gerät und habe die Alexa-App nie benutzt</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="109"/>
        <source>Your declaration; Dossier checks the export again with it</source>
        <translation>Ihre Erklärung; Dossier prüft den Export damit erneut</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="112"/>
        <source>Show import report</source>
        <translation>Importbericht anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="113"/>
        <source>Lists every file of the export and what Dossier read from it</source>
        <translation>Listet jede Datei des Exports auf und was Dossier daraus gelesen hat</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="133"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="138"/>
        <source>Everything on one timeline</source>
        <translation>Alles auf einer Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="151"/>
        <source>What is in your export</source>
        <translation>Was in Ihrem Export steht</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="160"/>
        <source>This export contains no device list</source>
        <translation>Dieser Export enthält keine Geräteliste</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="162"/>
        <source>%1 with voice</source>
        <translation>%1 mit Sprachsteuerung</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="169"/>
        <source>The export records no times</source>
        <translation>Der Export nennt keine Zeitpunkte</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="169"/>
        <source>None in this export</source>
        <translation>Keine in diesem Export</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="171"/>
        <source>%1 without a time of their own</source>
        <translation>%1 ohne eigene Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="173"/>
        <source>%1 with no audio in the export</source>
        <translation>%1 ohne Audio im Export</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="189"/>
        <source>No order history Dossier could read</source>
        <translation>Keine Bestellhistorie, die Dossier lesen konnte</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="190"/>
        <source>This export contains no order history</source>
        <translation>Dieser Export enthält keine Bestellhistorie</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="191"/>
        <source>No search history Dossier could read</source>
        <translation>Kein Suchverlauf, den Dossier lesen konnte</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="192"/>
        <source>This export contains no search history</source>
        <translation>Dieser Export enthält keinen Suchverlauf</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="199"/>
        <source>1 file recognised</source>
        <translation>1 Datei erkannt</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="200"/>
        <source>%1 files recognised</source>
        <translation>%1 Dateien erkannt</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="201"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="202"/>
        <source>%1 unreadable</source>
        <translation>%1 unlesbar</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="203"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="204"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <location filename="../../gui/pages/overview.py" line="205"/>
        <source>Import: %1.</source>
        <translation>Import: %1.</translation>
    </message>
    <message>
        <location filename="../../core/vendors/google/__init__.py" line="24"/>
        <source>I have never used a voice assistant (such as Google Assistant) on any device of this account</source>
        <translation>Ich habe mit diesem Konto nie einen Sprachassistenten (etwa Google Assistant) auf einem Gerät benutzt</translation>
    </message>
    <message>
        <location filename="../../core/vendors/vendor.py" line="51"/>
        <source>I have never used a voice assistant on any device of this account</source>
        <translation>Ich habe mit diesem Konto nie einen Sprachassistenten auf einem Gerät benutzt</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../gui/player/panel.py" line="59"/>
        <source>Clip player</source>
        <translation>Clip-Player</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="81"/>
        <location filename="../../gui/player/panel.py" line="179"/>
        <source>Select a voice recording to play it.</source>
        <translation>Wählen Sie eine Sprachaufnahme, um sie abzuspielen.</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="92"/>
        <source>No audio output available — you can still read the transcript, see the waveform and give your verdict.</source>
        <translation>Keine Audioausgabe verfügbar – Sie können trotzdem das Transkript lesen, die Wellenform sehen und Ihr Urteil abgeben.</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="102"/>
        <location filename="../../gui/player/panel.py" line="118"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="119"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="120"/>
        <source>Findings for this clip</source>
        <translation>Auffälligkeiten zu diesem Clip</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="277"/>
        <source>(archive entry date)</source>
        <translation>(Datum des Archiveintrags)</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="104"/>
        <source>Reading the clip…</source>
        <translation>Clip wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="107"/>
        <source>No audio for this recording</source>
        <translation>Kein Ton zu dieser Aufnahme</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="108"/>
        <source>This recording has no audio in the export.</source>
        <translation>Zu dieser Aufnahme enthält der Export keinen Ton.</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="109"/>
        <source>Open the export to play its clips.</source>
        <translation>Öffnen Sie den Export, um seine Clips abzuspielen.</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="114"/>
        <source>The clip cannot be read</source>
        <translation>Der Clip kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="149"/>
        <source>the clip cannot be decoded</source>
        <translation>der Clip kann nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../../gui/player/playback.py" line="150"/>
        <source>No waveform: %1</source>
        <translation>Keine Wellenform: %1</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="278"/>
        <source>Voice recording · %1</source>
        <translation>Sprachaufnahme · %1</translation>
    </message>
    <message>
        <location filename="../../gui/player/panel.py" line="283"/>
        <source>(The export has no transcript for this recording.)</source>
        <translation>(Der Export enthält kein Transkript zu dieser Aufnahme.)</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="48"/>
        <source>unknown device</source>
        <translation>unbekanntes Gerät</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="66"/>
        <source>These may be a stranger’s private recordings. Listen only as far as you need to judge whether they are yours, and do not share them.</source>
        <translation>Dies können private Aufnahmen einer fremden Person sein. Hören Sie nur so weit hinein, wie nötig, um zu beurteilen, ob sie von Ihnen stammen, und geben Sie sie nicht weiter.</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="69"/>
        <source>Don’t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="72"/>
        <source>Play the clip</source>
        <translation>Clip abspielen</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="73"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="91"/>
        <source>Plays the clip now (Enter)</source>
        <translation>Spielt den Clip jetzt ab (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="92"/>
        <source>Closes this notice without playing (Escape)</source>
        <translation>Schließt diesen Hinweis ohne Wiedergabe (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="51"/>
        <source>Previous flagged clip</source>
        <translation>Vorheriger auffälliger Clip</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="52"/>
        <location filename="../../gui/player/transport.py" line="133"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="54"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="55"/>
        <source>Next flagged clip</source>
        <translation>Nächster auffälliger Clip</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="57"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="60"/>
        <location filename="../../gui/player/transport.py" line="61"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="68"/>
        <location filename="../../gui/player/transport.py" line="71"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="72"/>
        <source>Boost quiet clips</source>
        <translation>Leise Clips verstärken</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="73"/>
        <source>Raise the level of very quiet recordings (the clip itself is not changed)</source>
        <translation>Sehr leise Aufnahmen lauter abspielen (der Clip selbst bleibt unverändert)</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="82"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../gui/player/transport.py" line="133"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="113"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="113"/>
        <source>Recorded</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="114"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="114"/>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="115"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="129"/>
        <source>(serial %1)</source>
        <translation>(Seriennummer %1)</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="132"/>
        <location filename="../../gui/player/parts.py" line="135"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="138"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="145"/>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="146"/>
        <source>very quiet</source>
        <translation>sehr leise</translation>
    </message>
    <message>
        <location filename="../../gui/player/parts.py" line="165"/>
        <source>None — nothing unusual was found about this clip.</source>
        <translation>Keine – an diesem Clip fiel nichts Ungewöhnliches auf.</translation>
    </message>
    <message>
        <location filename="../../gui/player/service.py" line="177"/>
        <source>No audio output available.</source>
        <translation>Keine Audioausgabe verfügbar.</translation>
    </message>
    <message>
        <location filename="../../gui/player/service.py" line="165"/>
        <location filename="../../gui/player/service.py" line="231"/>
        <location filename="../../gui/player/service.py" line="242"/>
        <source>This clip cannot be played.</source>
        <translation>Dieser Clip kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/player/waveform_view.py" line="38"/>
        <location filename="../../gui/player/waveform_view.py" line="70"/>
        <source>No clip selected</source>
        <translation>Kein Clip ausgewählt</translation>
    </message>
    <message>
        <location filename="../../gui/player/waveform_view.py" line="43"/>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <location filename="../../gui/player/waveform_view.py" line="44"/>
        <source>Click to seek; left and right arrow keys skip 5 seconds</source>
        <translation>Klicken zum Springen; Pfeiltasten links und rechts springen 5 Sekunden</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="45"/>
        <location filename="../../gui/dialogs/problem_report.py" line="75"/>
        <source>Create a problem report</source>
        <translation>Problembericht erstellen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="47"/>
        <source>This report describes how your export is organised — file names, sizes, column names and counts — so the developers can teach Dossier new layouts. It contains no values from your files and no audio. Read it, then save it and send it if you are happy with it.</source>
        <translation>Dieser Bericht beschreibt, wie Ihr Export aufgebaut ist – Dateinamen, Größen, Spaltennamen und Anzahlen –, damit die Entwickler Dossier neue Formate beibringen können. Er enthält keine Werte aus Ihren Dateien und keine Tonaufnahmen. Lesen Sie ihn, speichern Sie ihn und schicken Sie ihn, wenn Sie einverstanden sind.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="53"/>
        <source>Collecting the structure of your export…</source>
        <translation>Der Aufbau Ihres Exports wird erfasst…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="55"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="56"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="82"/>
        <source>The report could not be created.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="91"/>
        <location filename="../../gui/dialogs/problem_report.py" line="102"/>
        <source>Save problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="93"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/problem_report.py" line="102"/>
        <source>The report could not be saved there.</source>
        <translation>Der Bericht konnte dort nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Residence</name>
    <message>
        <location filename="../../gui/letters/residence.py" line="27"/>
        <source>— choose where you live —</source>
        <translation>— wählen Sie Ihren Wohnort —</translation>
    </message>
    <message>
        <location filename="../../gui/letters/residence.py" line="33"/>
        <source>Where do you live?</source>
        <translation>Wo wohnen Sie?</translation>
    </message>
    <message>
        <location filename="../../gui/letters/residence.py" line="34"/>
        <source>Dossier addresses your complaint to the data protection authority where you live, in its language. You are asked once: Dossier keeps your answer for all your exports (Edit ▸ Forget my name and address deletes it).</source>
        <translation>Dossier richtet Ihre Beschwerde an die Datenschutzbehörde Ihres Wohnorts, in deren Sprache. Sie werden nur einmal gefragt: Dossier bewahrt Ihre Antwort für alle Ihre Exporte auf (Bearbeiten ▸ Meinen Namen und meine Anschrift vergessen löscht sie).</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../gui/review/voice.py" line="47"/>
        <source>My voice</source>
        <translation>Meine Stimme</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="48"/>
        <source>This clip is in your own voice: Dossier compares every other clip with the clips you mark (press %1)</source>
        <translation>Diese Aufnahme ist Ihre eigene Stimme: Dossier vergleicht jede andere Aufnahme mit den markierten (Taste %1)</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="107"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="108"/>
        <source>Cancel the voice comparison</source>
        <translation>Stimmenvergleich abbrechen</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="118"/>
        <source>Comparing voices…</source>
        <translation>Stimmen werden verglichen…</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="174"/>
        <source>Voice comparison cancelled — your marks are saved; mark or unmark a clip to compare again.</source>
        <translation>Stimmenvergleich abgebrochen – Ihre Markierungen sind gespeichert; markieren Sie eine Aufnahme oder heben Sie eine Markierung auf, um erneut zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="233"/>
        <location filename="../../gui/review/voice.py" line="255"/>
        <source>Mark as my voice</source>
        <translation>Als meine Stimme markieren</translation>
    </message>
    <message>
        <location filename="../../gui/review/voice.py" line="234"/>
        <location filename="../../gui/review/voice.py" line="256"/>
        <source>Remove the “my voice” mark</source>
        <translation>Markierung „meine Stimme“ entfernen</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/review/page.py" line="80"/>
        <source>Findings</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="81"/>
        <source>Findings grouped by what Dossier noticed. J next, K previous, 1 mine, 2 not mine, 3 unsure, Space plays the clip</source>
        <translation>Auffälligkeiten, gruppiert nach dem, was Dossier bemerkt hat. J nächste, K vorige, 1 meins, 2 nicht meins, 3 unsicher, Leertaste spielt den Clip</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="90"/>
        <source>Mark this whole group as…</source>
        <translation>Ganze Gruppe markieren als…</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="96"/>
        <source>Gives every finding of the selected group the same verdict; asks before replacing verdicts you gave one by one</source>
        <translation>Gibt allen Auffälligkeiten der gewählten Gruppe dieselbe Entscheidung; fragt, bevor einzeln getroffene Entscheidungen ersetzt werden</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="91"/>
        <source>Press %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="99"/>
        <source>Your note (for example: “that is my neighbour’s voice”)</source>
        <translation>Ihre Notiz (zum Beispiel: „das ist die Stimme meines Nachbarn“)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="101"/>
        <location filename="../../gui/review/verdicts.py" line="127"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="103"/>
        <source>Saved as you type. Tab leaves the note, Escape returns to the findings list.</source>
        <translation>Wird beim Tippen gespeichert. Tab verlässt die Notiz, Esc kehrt zur Liste der Auffälligkeiten zurück.</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="107"/>
        <source>Previous  K</source>
        <translation>Vorige  K</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="108"/>
        <source>Next  J</source>
        <translation>Nächste  J</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="109"/>
        <source>Shows the previous finding (K)</source>
        <translation>Zeigt die vorige Auffälligkeit (K)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="110"/>
        <source>Shows the next finding (J)</source>
        <translation>Zeigt die nächste Auffälligkeit (J)</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="113"/>
        <source>This export is open in another Dossier window: your verdicts are shown but cannot be changed here.</source>
        <translation>Dieser Export ist in einem anderen Dossier-Fenster geöffnet: Ihre Entscheidungen werden angezeigt, können hier aber nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="116"/>
        <source>No findings. Dossier checked this export and found nothing out of place — nothing to review.</source>
        <translation>Keine Auffälligkeiten. Dossier hat diesen Export geprüft und nichts Ungewöhnliches gefunden – es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="142"/>
        <source>Is this yours?</source>
        <translation>Stammt das von Ihnen?</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="68"/>
        <source>Verdict “%1”</source>
        <translation>Entscheidung „%1“</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="69"/>
        <source>Clear verdict</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="95"/>
        <source>Mark the whole group as “%1”</source>
        <translation>Ganze Gruppe als „%1“ markieren</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="106"/>
        <source>You already gave %1 of them another verdict one by one.</source>
        <translation>Für %1 davon haben Sie bereits einzeln anders entschieden.</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="108"/>
        <source>Mark the whole group</source>
        <translation>Ganze Gruppe markieren</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="111"/>
        <source>Keep my verdicts, mark the rest</source>
        <translation>Meine Entscheidungen behalten, den Rest markieren</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="112"/>
        <source>Mark all</source>
        <translation>Alle markieren</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="114"/>
        <source>Replace my verdicts too</source>
        <translation>Auch meine Entscheidungen ersetzen</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="170"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/review/verdicts.py" line="102"/>
        <source>Mark all %1 findings in “%2” as “%3”?</source>
        <translation>Alle %1 Auffälligkeiten in „%2“ als „%3“ markieren?</translation>
    </message>
    <message>
        <location filename="../../gui/review/page.py" line="245"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="177"/>
        <source>Choose a finding on the left</source>
        <translation>Wählen Sie links eine Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="178"/>
        <source>Select a group&apos;s entry to see why Dossier flagged it.</source>
        <translation>Wählen Sie einen Eintrag einer Gruppe, um zu sehen, warum Dossier ihn markiert hat.</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="193"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../gui/review/detail.py" line="195"/>
        <source>File in the export</source>
        <translation>Datei im Export</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../core/rules/unknown_device.py" line="32"/>
        <source>Recordings from a device not on the account</source>
        <translation>Aufnahmen von einem Gerät, das nicht zum Konto gehört</translation>
    </message>
    <message>
        <location filename="../../core/rules/device_period.py" line="27"/>
        <source>Recordings outside the device&apos;s registration</source>
        <translation>Aufnahmen außerhalb der Registrierung des Geräts</translation>
    </message>
    <message>
        <location filename="../../core/rules/active_hours.py" line="24"/>
        <source>Recordings at unusual hours</source>
        <translation>Aufnahmen zu ungewöhnlichen Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../core/rules/place_mismatch.py" line="32"/>
        <source>Recordings that mention a faraway place</source>
        <translation>Aufnahmen, die einen weit entfernten Ort nennen</translation>
    </message>
    <message>
        <location filename="../../core/rules/unfamiliar_name.py" line="41"/>
        <source>Recordings that mention unfamiliar names</source>
        <translation>Aufnahmen, die unbekannte Namen nennen</translation>
    </message>
    <message>
        <location filename="../../core/rules/duplicates.py" line="22"/>
        <source>The same audio at different times</source>
        <translation>Dieselbe Aufnahme zu verschiedenen Zeiten</translation>
    </message>
    <message>
        <location filename="../../core/rules/false_wake.py" line="24"/>
        <source>Recordings with little or no speech</source>
        <translation>Aufnahmen mit wenig oder keiner Sprache</translation>
    </message>
    <message>
        <location filename="../../core/rules/retention.py" line="22"/>
        <source>Kept longer than the stated retention</source>
        <translation>Länger als angegeben aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../core/rules/voice.py" line="41"/>
        <source>A voice unlike yours</source>
        <translation>Eine Stimme, die nicht wie Ihre klingt</translation>
    </message>
    <message>
        <location filename="../../core/rules/without_device.py" line="42"/>
        <source>Recordings without a voice device to explain them</source>
        <translation>Aufnahmen ohne ein Sprachgerät, das sie erklärt</translation>
    </message>
    <message>
        <location filename="../../core/rules/summary.py" line="29"/>
        <source>Most recordings may not be yours</source>
        <translation>Die meisten Aufnahmen stammen womöglich nicht von Ihnen</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../gui/look/icons.py" line="58"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../gui/look/icons.py" line="58"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../gui/look/icons.py" line="59"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>Showing</name>
    <message>
        <location filename="../../gui/window/showing.py" line="81"/>
        <source>Your review was recovered</source>
        <translation>Ihre Prüfung wurde wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../gui/window/showing.py" line="191"/>
        <source>(no transcript)</source>
        <translation>(kein Transkript)</translation>
    </message>
    <message>
        <location filename="../../gui/window/showing.py" line="193"/>
        <source>(archive entry date)</source>
        <translation>(Datum des Archiveintrags)</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../gui/explore/tables.py" line="57"/>
        <location filename="../../gui/explore/tables.py" line="65"/>
        <location filename="../../gui/explore/tables.py" line="69"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="58"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="59"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="60"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="61"/>
        <location filename="../../gui/explore/tables.py" line="77"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="63"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="64"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="57"/>
        <location filename="../../gui/explore/tables.py" line="66"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="67"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="62"/>
        <location filename="../../gui/explore/tables.py" line="68"/>
        <location filename="../../gui/explore/tables.py" line="70"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="71"/>
        <source>What was heard</source>
        <translation>Was gehört wurde</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="72"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="73"/>
        <source>Time from</source>
        <translation>Zeit aus</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="74"/>
        <location filename="../../gui/explore/tables.py" line="78"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="75"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="79"/>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="80"/>
        <source>Deregistered</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="81"/>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="82"/>
        <source>Known from</source>
        <translation>Bekannt aus</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="55"/>
        <source>Search this table…</source>
        <translation>Diese Tabelle durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="58"/>
        <source>Shows only the rows that contain these words</source>
        <translation>Zeigt nur die Zeilen, die diese Wörter enthalten</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="59"/>
        <location filename="../../gui/explore/table_filters.py" line="79"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="60"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="63"/>
        <source>Shows only the rows of one device</source>
        <translation>Zeigt nur die Zeilen eines Geräts</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="66"/>
        <source>Only flagged</source>
        <translation>Nur auffällige</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="68"/>
        <source>Shows only the recordings with a finding</source>
        <translation>Zeigt nur die Aufnahmen mit einer Auffälligkeit</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="75"/>
        <source>Date not accepted</source>
        <translation>Datum nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="79"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="125"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="127"/>
        <source>Enter, Space or a double click plays a recording&apos;s clip</source>
        <translation>Eingabetaste, Leertaste oder Doppelklick spielen den Clip einer Aufnahme ab</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="128"/>
        <source>Choosing a row shows it on the timeline</source>
        <translation>Eine gewählte Zeile wird auf der Zeitleiste gezeigt</translation>
    </message>
    <message>
        <location filename="../../gui/explore/tables.py" line="144"/>
        <source>Nothing matches — change or clear the search and filters.</source>
        <translation>Nichts passt — ändern oder leeren Sie die Suche und die Filter.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="104"/>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="108"/>
        <source>Type a date the way you write it, or choose one from the calendar</source>
        <translation>Tippen Sie ein Datum so, wie Sie es schreiben, oder wählen Sie es im Kalender</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="126"/>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="191"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="192"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../gui/explore/table_filters.py" line="193"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../../gui/explore/day_edit.py" line="116"/>
        <source>%1 is outside this table&apos;s dates (%2 to %3). The filter is unchanged.</source>
        <translation>%1 liegt außerhalb der Daten dieser Tabelle (%2 bis %3). Der Filter bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../gui/explore/day_edit.py" line="119"/>
        <source>“%1” is not a date this filter understands — type it like %2 or pick it in the calendar. The filter is unchanged.</source>
        <translation>„%1“ ist kein Datum, das dieser Filter versteht — tippen Sie es wie %2 oder wählen Sie es im Kalender. Der Filter bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../gui/timeline/view.py" line="48"/>
        <location filename="../../gui/timeline/view.py" line="84"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/view.py" line="231"/>
        <source>No dated purchases, searches or recordings in this export</source>
        <translation>Dieser Export enthält keine datierten Käufe, Suchen oder Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/view.py" line="277"/>
        <source>%1 events in view</source>
        <translation>%1 Ereignisse sichtbar</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/view.py" line="281"/>
        <source>%1 events · counts per %2 · zoom in for single events</source>
        <translation>%1 Ereignisse · Anzahl je %2 · hineinzoomen für einzelne Ereignisse</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="66"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="66"/>
        <source>Flagged (medium/low)</source>
        <translation>Auffällig (mittel/niedrig)</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="67"/>
        <source>Flagged (high)</source>
        <translation>Auffällig (hoch)</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="74"/>
        <source>Number of events</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="75"/>
        <source>Flagged recordings</source>
        <translation>Auffällige Aufnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="77"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/legend.py" line="94"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/artists.py" line="186"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/artists.py" line="189"/>
        <source>%1 flagged</source>
        <translation>%1 auffällig</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/artists.py" line="190"/>
        <source>Click to zoom in</source>
        <translation>Klicken zum Hineinzoomen</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="35"/>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="35"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="36"/>
        <source>Voice recording</source>
        <translation>Sprachaufnahme</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="42"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="42"/>
        <source>3 hours</source>
        <translation>3 Stunden</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="43"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="43"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="44"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="44"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="45"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="45"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="50"/>
        <source>Voice · %1</source>
        <translation>Sprache · %1</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="131"/>
        <source>Unknown device</source>
        <extracomment>events of this lane with no time of their own (none, or only the archive entry&apos;s date): not drawn</extracomment>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="138"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="139"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="153"/>
        <source>Other devices</source>
        <translation>Andere Geräte</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="168"/>
        <source>1 recording has no time of its own and is not shown</source>
        <translation>1 Aufnahme hat keinen eigenen Zeitpunkt und wird nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/data.py" line="169"/>
        <source>%1 recordings have no time of their own and are not shown</source>
        <translation>%1 Aufnahmen haben keinen eigenen Zeitpunkt und werden nicht gezeigt</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/interaction.py" line="112"/>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/interaction.py" line="113"/>
        <source>Nothing selected. Choose an event in a table, or click a dot.</source>
        <translation>Nichts ausgewählt. Wählen Sie ein Ereignis in einer Tabelle oder klicken Sie auf einen Punkt.</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/interaction.py" line="129"/>
        <source>(no transcript)</source>
        <translation>(kein Transkript)</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/interaction.py" line="134"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/interaction.py" line="138"/>
        <source>Flagged: high — see Findings</source>
        <translation>Auffällig: hoch – siehe Auffälligkeiten</translation>
    </message>
    <message>
        <location filename="../../gui/timeline/interaction.py" line="139"/>
        <source>Flagged: medium or low — see Findings</source>
        <translation>Auffällig: mittel oder niedrig – siehe Auffälligkeiten</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../gui/look/icons.py" line="63"/>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <location filename="../../gui/look/icons.py" line="63"/>
        <source>Not mine</source>
        <translation>Nicht meins</translation>
    </message>
    <message>
        <location filename="../../gui/look/icons.py" line="64"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../gui/look/icons.py" line="64"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/pages/welcome.py" line="59"/>
        <source>See what a company knows about you</source>
        <translation>Sehen Sie, was ein Unternehmen über Sie weiß</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="62"/>
        <source>Open the data export you received under the GDPR. Dossier shows what is in it, points out what does not belong to you, and helps you complain.</source>
        <translation>Öffnen Sie den Datenexport, den Sie nach der DSGVO erhalten haben. Dossier zeigt, was darin steht, weist auf das hin, was nicht zu Ihnen gehört, und hilft Ihnen bei der Beschwerde.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="70"/>
        <source>Why the export could not be opened</source>
        <translation>Warum der Export nicht geöffnet werden konnte</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="75"/>
        <location filename="../../gui/pages/welcome.py" line="179"/>
        <location filename="../../gui/pages/welcome.py" line="186"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="77"/>
        <source>Shows or hides the technical details of the problem</source>
        <translation>Zeigt oder verbirgt die technischen Einzelheiten des Problems</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="91"/>
        <source>Open your data export…</source>
        <translation>Ihren Datenexport öffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="97"/>
        <source>Choose the ZIP files or the folder the company sent you; Dossier only reads them</source>
        <translation>Wählen Sie die ZIP-Dateien oder den Ordner, den Ihnen das Unternehmen geschickt hat; Dossier liest sie nur</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="102"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="106"/>
        <source>Opens a made-up export to show how Dossier works</source>
        <translation>Öffnet einen erfundenen Export, um zu zeigen, wie Dossier arbeitet</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="110"/>
        <source>No export at hand?</source>
        <translation>Kein Export zur Hand?</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="114"/>
        <location filename="../../gui/pages/welcome.py" line="117"/>
        <source>Recent exports</source>
        <translation>Zuletzt geöffnete Exporte</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="118"/>
        <source>Exports you opened before; Enter opens one again</source>
        <translation>Exporte, die Sie schon geöffnet haben; die Eingabetaste öffnet einen erneut</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="127"/>
        <source>Nothing leaves this computer: Dossier works offline and never changes your export.</source>
        <translation>Nichts verlässt diesen Computer: Dossier arbeitet offline und verändert Ihren Export nie.</translation>
    </message>
    <message>
        <location filename="../../gui/pages/welcome.py" line="186"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
</TS>
