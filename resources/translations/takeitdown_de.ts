<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Fotos und Videos hinzufügen</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Füge jedes Foto und Video hinzu, das entfernt werden soll. Sie bleiben auf diesem Computer: Es werden nur ihre digitalen Fingerabdrücke erstellt. Sie sind verschwommen, damit du sie nicht sehen musst.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Zieh Fotos, Videos oder Ordner hierher</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Fotos und Videos auswählen…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Hinzugefügte Fotos und Videos</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Drück Delete, um die ausgewählten zu entfernen. Halte eins gedrückt, um es zu sehen.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Diese Bilder zu sehen, kann belastend sein, und jemand in deiner Nähe könnte sie auch sehen. Du musst sie nicht anschauen: Die Fingerabdrücke werden so oder so erstellt. Trotzdem anzeigen?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Verschwommen lassen</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Bilder ausblenden</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Die Bilder bleiben verschwommen, außer du willst sie sehen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Erstellen der Fingerabdrücke anhalten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Schon hinzugefügt, darum nicht noch einmal: %n.</numerusform>
            <numerusform>Schon hinzugefügt, darum nicht noch einmal: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Noch nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Fingerabdrücke werden erstellt: noch %n.</numerusform>
            <numerusform>Fingerabdrücke werden erstellt: noch %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Ordner werden durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Fertig: %n.</numerusform>
            <numerusform>Fertig: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Schwacher Fingerabdruck, trotzdem nützlich: %n.</numerusform>
            <numerusform>Schwache Fingerabdrücke, trotzdem nützlich: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Konnte nicht gelesen werden: %n.</numerusform>
            <numerusform>Konnten nicht gelesen werden: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Nur einmal angezeigt, weil identisch mit einer anderen Datei: %n.</numerusform>
            <numerusform>Nur einmal angezeigt, weil identisch mit einer anderen Datei: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Einige Ordner konnten nicht durchsucht werden. Versuch, sie noch einmal hinzuzufügen.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Du kannst mehr hinzufügen oder weitermachen.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Du kannst weitere Dateien hinzufügen oder „Anhalten“ drücken.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Dieses Bild ist sehr schlicht oder unscharf, deshalb ist sein Fingerabdruck schwach und schwerer zu erkennen. Er wird trotzdem gesendet und kann trotzdem helfen.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Das ist kein Foto und kein Video, darum wird nur sein Datei-Fingerabdruck gesendet. Damit lassen sich trotzdem genaue Kopien dieser Datei finden.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Dieser Dienst ist für Bilder aus der Zeit vor 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down ist nur für Fotos und Videos, die entstanden sind, als jemand unter 18 war. Es wurde nichts gesendet. Es gibt einen kostenlosen Dienst, der für Erwachsene ähnlich funktioniert, und Menschen, mit denen du reden kannst:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Wenn du nicht sicher bist, wie alt du warst, geh zurück und wähle „Ich bin nicht sicher“.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Frühere Meldung prüfen oder zurückziehen</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Gib die Meldungsnummer und den geheimen Schlüssel von deinem Beleg ein, oder öffne einen gespeicherten Beleg. Wenn du eine Meldung zurückziehst, werden ihre digitalen Fingerabdrücke von der Liste genommen.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Meldungsnummer:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Meldungsnummer</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Meldung prüfen</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Gespeicherten Beleg öffnen…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Meldung zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Diese Meldung zurückziehen? Ihre Fingerabdrücke werden von der Liste genommen, und Websites und Apps suchen nicht mehr nach diesen Bildern. Das lässt sich nicht rückgängig machen, aber du kannst jederzeit eine neue Meldung senden.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ja, zurückziehen</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nein, behalten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Wird zurückgezogen…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Diese Meldung wurde zurückgezogen. Ihre Fingerabdrücke sind nicht mehr auf der Liste. Sie ist am %1 eingegangen.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Diese Meldung ist aktiv. Sie ist am %1 eingegangen.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Dateien mit Fingerabdruck: %n.</numerusform>
            <numerusform>Dateien mit Fingerabdruck: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Deine Meldung wurde gesendet</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Geschafft. Hier ist dein Beleg. Du brauchst ihn, um die Meldung später zu prüfen.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Meldungsnummer:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Bewahre diese beiden Angaben sicher und privat auf. Du brauchst beide, um deine Meldung zu prüfen oder zurückzuziehen. Wenn du sie verlierst, kann sie niemand wiederherstellen, auch wir nicht. Wer beide hat, kann die Meldung zurückziehen.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Beleg kopieren</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Beleg speichern unter…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC nimmt deine digitalen Fingerabdrücke in seine Liste auf. Teilnehmende Websites und Apps nutzen die Liste, um Kopien zu finden und zu entfernen oder um zu verhindern, dass sie gepostet werden. Du bekommst dazu keine Nachricht, weil niemand weiß, wer du bist. Du kannst deine Meldung jederzeit mit dieser App prüfen.

Bitte teile die Fotos oder Videos nirgendwo, auch nicht, um sie zu melden. Wenn sie noch einmal verschickt werden, können sie sich weiter verbreiten.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Damit musst du nicht allein klarkommen</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Wenn du dir Sorgen machst, es dir schlecht geht oder dich jemand bedroht, können dir diese kostenlosen, vertraulichen Angebote helfen:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>App schließen</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translatorcomment>same as English on purpose; The folder is called Desktop in German Windows.</translatorcomment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Videos</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translatorcomment>same as English on purpose; The folder is called Downloads in German Windows and macOS.</translatorcomment>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Wähle Fotos, Videos oder ganze Ordner. Halte Ctrl gedrückt, um mehrere auszuwählen.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Wähle die Datei mit den digitalen Fingerabdrücken, die du vorher gespeichert hast.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Wähle einen Ordner und gib dann einen Namen für die Datei ein.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell beenden</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Einen Ordner höher</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Hier gibt es schon eine Datei mit diesem Namen. Beim Speichern wird sie ersetzt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Damit musst du nicht allein klarkommen. Diese Angebote sind kostenlos und vertraulich. Wenn dich jemand bedroht oder nach Bildern fragt, kannst du es einem dieser Angebote oder einer Vertrauensperson erzählen. Du bekommst keinen Ärger.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Wie funktioniert das?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Dein Foto oder Video bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Die App erstellt hier die digitalen Fingerabdrücke</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Nur die Fingerabdrücke werden an Take It Down gesendet</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Websites und Apps suchen nach Treffern und entfernen sie</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Was ist ein digitaler Fingerabdruck?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Ein digitaler Fingerabdruck (Fachleute sagen Hash) ist ein kurzer Code, der aus einem Foto oder Video berechnet wird. Dasselbe Bild ergibt immer denselben Code. Aus dem Code lässt sich das Bild nicht zurückgewinnen, also kann niemand damit dein Bild sehen.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Datei-Fingerabdrücke (MD5 und SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Sie finden exakte Kopien derselben Datei. Wenn sich auch nur ein winziger Teil der Datei ändert, ändert sich auch der Code.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Bild-Fingerabdrücke (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Dieser wird daraus berechnet, wie das Bild aussieht, und findet deshalb auch Kopien, die verkleinert, neu gespeichert oder leicht verändert wurden. Sehr schlichte oder unscharfe Bilder ergeben einen schwachen Fingerabdruck, der schwerer zu erkennen ist. Er wird trotzdem gesendet.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Veränderte Kopien</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Jedes Foto bekommt außerdem zusätzliche Fingerabdrücke für die Arten, wie Kopien oft verändert werden: an einer Seite abgeschnitten, herangezoomt, quadratisch gemacht, gedreht, in eine Story oder unter einen Text gesetzt. So können diese Kopien ohne neue Meldung gefunden werden. Manche Änderungen werden trotzdem noch nicht erkannt: eine Kopie, die an allen Seiten abgeschnitten ist, ein Screenshot oder eine Kopie mit Stickern darauf. Wenn du so eine Kopie findest, kannst du sie in einer neuen Meldung senden.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Video-Fingerabdrücke</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Bei einem Video erstellt die App etwa für ein Einzelbild pro Sekunde einen Bild-Fingerabdruck, dazu die Datei-Fingerabdrücke.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Was passiert mit den Fingerabdrücken?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC nimmt sie in eine Liste auf. Teilnehmende Websites und Apps gleichen Beiträge mit der Liste ab. Wenn etwas passt, können sie es entfernen oder verhindern, dass es gepostet wird. Durch diese App sieht niemand deine Bilder.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Was Take It Down nicht kann</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Bilder können nicht von Websites und Apps entfernt werden, die nicht teilnehmen, und auch nicht aus privaten Nachrichten. Bilder, die stark verändert wurden, werden vielleicht nicht erkannt.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form (allowed after the first mention) so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Fingerabdruck… %1 %</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Fingerabdruck…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Fertig: nur Datei-Fingerabdruck</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Fertig (schwacher Fingerabdruck)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Teilweise fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Weniger als eine Minute übrig.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Etwa %n Minute übrig.</numerusform>
            <numerusform>Etwa %n Minuten übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: German writes a colon and a space between the two.</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>Die Datei konnte dort nicht geöffnet oder gespeichert werden. Versuch einen anderen Ort.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Es ist nicht deine Schuld. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Stellen, wo du mit jemandem reden kannst</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell beenden</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Schließt die App sofort und vergisst alles. Du kannst auch dreimal Shift oder zweimal Escape drücken.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Kopiert. Füge ihn an einem privaten Ort ein. Die App leert beim Schließen die Zwischenablage, wenn der Beleg noch darin ist.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Gespeichert. Bewahre die Datei an einem privaten Ort auf.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Wir konnten diese Datei nicht finden. Vielleicht wurde sie verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Das ist kein Foto und kein Video, deshalb können wir keinen Fingerabdruck erstellen. Du kannst es entfernen und weitermachen.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Dieser Computer hat uns den Ordner nicht öffnen lassen, deshalb wurde nichts daraus hinzugefügt.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Dieser Computer hat uns die Datei nicht öffnen lassen. Du kannst sie woandershin kopieren und es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Diese Datei ist leer, deshalb kann kein Fingerabdruck erstellt werden.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Diese Datei ist zu groß, um sie zu lesen. Du kannst sie entfernen und weitermachen.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Dieses Bild gibt an, viel größer als jedes echte Foto zu sein, deshalb haben wir es nicht geöffnet. Du kannst es entfernen und weitermachen.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Dieses Bild scheint beschädigt zu sein, deshalb konnten wir keinen Bild-Fingerabdruck erstellen. Der Datei-Fingerabdruck wurde trotzdem erstellt.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Dieses Video scheint beschädigt zu sein, deshalb konnten wir keinen Video-Fingerabdruck erstellen. Der Datei-Fingerabdruck wurde trotzdem erstellt.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Diese Art von Datei können wir noch nicht lesen. Du kannst sie entfernen und weitermachen.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Angehalten, bevor diese Datei fertig war.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Beim Lesen dieser Datei ist etwas schiefgelaufen. Du kannst sie entfernen und weitermachen oder es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Wir konnten den Take-It-Down-Dienst nicht erreichen. Prüf, ob du mit dem Internet verbunden bist, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Der Proxy deines Netzwerks hat uns nicht zum Take-It-Down-Dienst durchgelassen. Versuch es in einem anderen Netzwerk, zum Beispiel im WLAN zu Hause oder mit mobilen Daten.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Der Take-It-Down-Dienst hat zu lange nicht geantwortet. Bitte versuch es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Wir konnten nicht bestätigen, dass wir mit dem echten Take-It-Down-Dienst verbunden waren, deshalb wurde nichts gesendet. Das kann in Schul- oder Firmennetzwerken passieren. Versuch es in einem anderen Netzwerk, zum Beispiel im WLAN zu Hause oder mit mobilen Daten.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Beim Take-It-Down-Dienst ist etwas schiefgelaufen. Es ist nicht deine Schuld. Bitte versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Gerade kommen sehr viele Meldungen aus deinem Netzwerk. Bitte warte ein paar Minuten und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Wir konnten keine Meldung mit dieser Meldungsnummer und diesem geheimen Schlüssel finden. Bitte vergleiche beide mit deinem Beleg, ob sich ein Tippfehler eingeschlichen hat.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Der Take-It-Down-Dienst konnte diese Meldung nicht annehmen. Bitte sende weniger Dateien auf einmal oder aktualisiere die App.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Die Adresse des Dienstes ist keine sichere (https://) Adresse, deshalb wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Die Proxy-Einstellung stimmt nicht. Sie sollte so aussehen wie socks5://localhost:9050 oder http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Deine Fingerabdrücke sind noch da und bereit zum Senden.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take-It-Down-Beleg

Mit der Meldungsnummer („Report number“) und dem geheimen Schlüssel („Secret key“) unten kannst du deine Meldung prüfen oder zurückziehen.
Behalte beide für dich: Wer beide hat, kann die Meldung zurückziehen.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Bitte tippe oder füge den geheimen Schlüssel von deinem Beleg ein.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Bitte tippe oder füge die Meldungsnummer von deinem Beleg ein.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Nur das letzte Zeichen darf * ~ $ = oder U sein. Schlüssel bestehen nur aus den Ziffern 0–9 und den Buchstaben A–Z (ohne I, L, O und U) und haben manchmal ganz am Ende eines von * ~ $ = U.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>In diesem geheimen Schlüssel ist ein Tippfehler: Mindestens ein Zeichen ist anders als auf deinem Beleg. Bitte prüf jede Gruppe noch einmal.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>In dieser Meldungsnummer ist ein Tippfehler: Mindestens ein Zeichen ist anders als auf deinem Beleg. Bitte prüf sie noch einmal.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translatorcomment>The saved receipt file is always written in English, so the two line labels stay in English here.</translatorcomment>
        <translation>Das sieht nicht wie ein Take-It-Down-Beleg aus. Er sollte eine Zeile haben, die mit „Report number:“ beginnt, und eine, die mit „Secret key:“ beginnt.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down ist für Fotos und Videos von Personen unter 18. Bitte bestätige, dass die Person darauf unter 18 war, als sie entstanden sind.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Für keine dieser Dateien konnte ein Fingerabdruck erstellt werden, deshalb gibt es nichts zu senden. Versuch, die Fotos oder Videos noch einmal hinzuzufügen, oder andere Kopien davon.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Diese Fingerabdrücke sind zu groß für eine einzige Meldung (lange Videos ergeben viele). Bitte sende weniger Dateien auf einmal.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Das ist keine Take-It-Down-Datei mit gespeicherten Fingerabdrücken, oder sie wurde nach dem Speichern verändert. Bitte wähle die Datei, die die App für dich gespeichert hat.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Die Datei konnte nicht geöffnet werden. Prüf, ob sie noch da ist.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Ein geheimer Schlüssel hat %1 Buchstaben und Ziffern, dieser hat aber %2. Prüf, ob eins fehlt oder zu viel ist.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Eine Meldungsnummer hat %1 Buchstaben und Ziffern, diese hat aber %2. Prüf, ob eins fehlt oder zu viel ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>„%1“ kann nicht in einem geheimen Schlüssel vorkommen. Schlüssel bestehen nur aus den Ziffern 0–9 und den Buchstaben A–Z (ohne I, L, O und U) und haben manchmal ganz am Ende eines von * ~ $ = U.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>„%1“ kann nicht in einer Meldungsnummer vorkommen. Meldungsnummern bestehen nur aus den Ziffern 0–9 und den Buchstaben A–Z (ohne I, L, O und U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Eine Meldung kann bis zu %1 Dateien enthalten, diese hat %2. Bitte sende sie in kleineren Gruppen.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Diese Kopie von Take It Down weiß nicht, wohin sie Meldungen senden soll. Deshalb kann sie nicht benutzt werden. Es ist nicht deine Schuld. Es wurde nichts gesendet. Bitte hol dir die App noch einmal von den Menschen oder der Stelle, von denen du sie bekommen hast. Wenn du diese Nachricht schließt, wird auch die App geschlossen.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Zwei kurze Fragen</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Wir fragen nicht nach deinem Namen oder nach irgendetwas anderem, das verraten könnte, wer du bist.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Warst du (oder die junge Person, der du hilfst) auf den Fotos oder Videos unter 18?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Ja, unter 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Nein, 18 oder älter</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Ich bin nicht sicher</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Das ist okay. Wenn sie vielleicht vor 18 entstanden sind, kannst du weitermachen. Take It Down ist für alles, was vielleicht vor 18 entstanden ist.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Wer benutzt die App?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Ich bin die Person auf den Fotos oder Videos</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Ich bin ein Elternteil oder eine Vertrauensperson und helfe einer jungen Person</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Ich helfe beruflich, z. B. in einer Beratungsstelle</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Das ist alles, was gesendet wird</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Unten steht die ganze Meldung, genau so, wie sie gesendet wird. Sie enthält nur digitale Fingerabdrücke: keine Bilder, keine Dateinamen, keine Namen und keinen Standort. „role“ sagt, wer sendet, „attested_under_18“ ist das Kästchen, das du unten ankreuzt, und mit „key_verifier“ kannst du die Meldung später prüfen oder zurückziehen, ohne zu sagen, wer du bist.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Die Meldung, die gesendet wird</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Das wird gesendet</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Genaue Meldung ausblenden</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Genaue Meldung anzeigen</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Meldungstext kopieren</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Fingerabdrücke senden</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Es wird nichts gesendet, bevor du auf „Fingerabdrücke senden“ drückst.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n Fingerabdruck</numerusform>
            <numerusform>%n Fingerabdrücke</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Fingerabdrücke pro Foto: %1. Die meisten sind zusätzliche für Kopien, die abgeschnitten oder anders eingerahmt wurden, damit auch diese gefunden werden können.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Gesendet werden nur Fingerabdrücke wie %1: keine Bilder, keine Namen, keine Orte.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Einige Bilder sind sehr schlicht oder unscharf, deshalb sind ihre Fingerabdrücke schwach und schwerer zu erkennen. Sie werden trotzdem gesendet und können trotzdem helfen.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Fotos: %n.</numerusform>
            <numerusform>Fotos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>
            <numerusform>Videos: %n.</numerusform>
            <numerusform>Videos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Andere Dateien: %n.</numerusform>
            <numerusform>Andere Dateien: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Weggelassen, weil nicht lesbar: %n.</numerusform>
            <numerusform>Weggelassen, weil nicht lesbar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Ich bestätige, dass diese Fotos und Videos mich zeigen, als ich unter 18 war.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Ich bestätige, dass diese Fotos und Videos die junge Person zeigen, der ich helfe, als sie unter 18 war.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Deine Fingerabdrücke sind gespeichert</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Sie sind in der Datei, die du gewählt hast. Es wurde noch nichts gesendet. Um sie zu senden, öffne Take It Down auf einem beliebigen Computer mit Internet, wähle „Gespeicherte Fingerabdrücke senden“ und dann diese Datei.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Die Datei enthält den geheimen Schlüssel für diese Meldung. Halte sie privat und lösche sie, sobald die Meldung gesendet ist.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch mal versuchen</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Zum späteren Senden speichern…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Es ist nichts verloren gegangen. Du kannst die digitalen Fingerabdrücke auch in einer Datei deiner Wahl speichern und sie später von jedem Computer aus senden.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Wir konnten sie noch nicht senden</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Deine digitalen Fingerabdrücke werden gesendet…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Das dauert meist nur ein paar Sekunden. Es werden nur die Fingerabdrücke gesendet.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Wähle die Sprache der App. Sie ändert sich sofort.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Wir können helfen, dass sich diese Bilder nicht verbreiten</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Wenn es Nacktbilder oder sexuelle Fotos oder Videos von dir aus der Zeit vor deinem 18. Geburtstag gibt, kann diese App helfen, dass sie von Websites und Apps entfernt werden oder nicht geteilt werden. Es ist nicht deine Schuld, und du bekommst keinen Ärger.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Deine Bilder bleiben bei dir</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Deine Fotos und Videos bleiben auf diesem Computer. Sie werden nie hochgeladen.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Nur Fingerabdrücke werden gesendet: kurze Codes, aus denen man keine Bilder zurückbekommt.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Du gibst keinen Namen, keine E-Mail und keine Telefonnummer an. Es ist kostenlos.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Du kannst jederzeit aufhören. „Schnell beenden“ (oben rechts) schließt die App sofort. Du kannst auch dreimal Shift oder zweimal Escape drücken.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Wie funktioniert das?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Frühere Meldung prüfen oder zurückziehen</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Gespeicherte Fingerabdrücke senden</translation>
    </message>
</context>
</TS>
