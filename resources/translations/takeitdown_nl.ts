<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Voeg de foto&apos;s en video&apos;s toe</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Voeg elke foto of video toe die je weg wilt laten halen. Ze blijven op deze computer: er worden alleen hun digitale vingerafdrukken gemaakt. Ze zijn wazig gemaakt, zodat je ze niet hoeft te zien.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Sleep foto&apos;s, video&apos;s of mappen hierheen</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Foto&apos;s en video&apos;s kiezen…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Toegevoegde foto&apos;s en video&apos;s</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Druk op Delete om de gekozen bestanden weg te halen. Houd er een ingedrukt om hem te zien.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Deze beelden zien kan naar voelen, en iemand bij je in de buurt kan ze ook zien. Je hoeft ze niet te bekijken: de vingerafdrukken worden hoe dan ook gemaakt. Toch laten zien?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Laten zien</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Wazig laten</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Beelden verbergen</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Beelden laten zien</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>De beelden blijven wazig, tenzij je ervoor kiest ze te zien.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Gekozen bestanden weghalen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Stoppen met vingerafdrukken maken</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Was al toegevoegd, dus niet nog een keer: %n.</numerusform>
            <numerusform>Waren al toegevoegd, dus niet nog een keer: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Nog niets toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Vingerafdrukken maken: nog %n te gaan.</numerusform>
            <numerusform>Vingerafdrukken maken: nog %n te gaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Mappen doorzoeken…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Klaar: %n.</numerusform>
            <numerusform>Klaar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Zwakke vingerafdruk, toch bruikbaar: %n.</numerusform>
            <numerusform>Zwakke vingerafdrukken, toch bruikbaar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Kon niet gelezen worden: %n.</numerusform>
            <numerusform>Konden niet gelezen worden: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Eén keer getoond, omdat ze gelijk waren aan een ander bestand: %n.</numerusform>
            <numerusform>Eén keer getoond, omdat ze gelijk waren aan een ander bestand: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Sommige mappen konden niet doorzocht worden. Probeer ze opnieuw toe te voegen.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Je kunt meer toevoegen, of doorgaan.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Je kunt bestanden blijven toevoegen, of op Stoppen drukken.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Dit beeld is heel egaal of wazig, dus de vingerafdruk is zwak en moeilijker te vinden. Hij wordt toch verstuurd en kan toch helpen.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Dit is geen foto of video, dus alleen de vingerafdruk van het bestand wordt verstuurd. Daarmee kunnen nog steeds exacte kopieën van dit bestand gevonden worden.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Deze dienst is voor beelden van vóór je 18e</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down is alleen voor foto&apos;s en video&apos;s die gemaakt zijn toen iemand jonger dan 18 was. Er is niets verstuurd. Er is een gratis dienst die op een vergelijkbare manier werkt voor volwassenen, en er zijn mensen met wie je kunt praten:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Weet je niet zeker hoe oud je was? Ga dan terug en kies “Ik weet het niet zeker”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Een eerdere melding bekijken of intrekken</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Typ het meldingsnummer en de geheime sleutel van je ontvangstbewijs, of open een ontvangstbewijs dat je hebt bewaard. Als je een melding intrekt, gaan de digitale vingerafdrukken van de lijst af.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Meldingsnummer:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheime sleutel:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Meldingsnummer</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Melding bekijken</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Bewaard ontvangstbewijs openen…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Deze melding intrekken…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Deze melding intrekken? De vingerafdrukken gaan van de lijst af, dus websites en apps stoppen met zoeken naar deze beelden. Dit kan niet ongedaan worden gemaakt, maar je kunt altijd een nieuwe melding versturen.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ja, intrekken</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nee, houden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Deze melding is ingetrokken. De vingerafdrukken staan niet meer op de lijst. Hij is ontvangen op %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Deze melding is actief. Hij is ontvangen op %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Bestanden met vingerafdruk erin: %n.</numerusform>
            <numerusform>Bestanden met vingerafdruk erin: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Je melding is verstuurd</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Het is klaar. Hier is je ontvangstbewijs. Je hebt het nodig om je melding later te bekijken.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Meldingsnummer:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Geheime sleutel:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Bewaar deze twee op een veilige, privéplek. Je hebt ze allebei nodig om je melding te bekijken of in te trekken. Als je ze kwijtraakt, kan niemand ze terughalen, ook wij niet. Iedereen die ze allebei heeft, kan de melding intrekken.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Ontvangstbewijs kopiëren</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Ontvangstbewijs opslaan als…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wat er nu gebeurt</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC zet je digitale vingerafdrukken op zijn lijst. Websites en apps die meedoen gebruiken de lijst om kopieën te vinden en weg te halen, of te voorkomen dat ze geplaatst worden. Je krijgt hier geen bericht over, omdat niemand weet wie je bent. Je kunt je melding altijd met deze app bekijken.

Deel de foto&apos;s of video&apos;s alsjeblieft nergens, ook niet om ze te melden. Als je ze opnieuw verstuurt, kunnen ze zich verder verspreiden.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Je staat hier niet alleen voor</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Maak je je zorgen, voel je je rot of bedreigt iemand je? Deze gratis, vertrouwelijke diensten kunnen helpen:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>App sluiten</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Persoonlijke map</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video&apos;s</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translatorcomment>same as English on purpose: the folder is called Downloads in Dutch Windows and macOS.</translatorcomment>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Kies foto&apos;s, video&apos;s of hele mappen. Houd Ctrl ingedrukt om er meer dan één te kiezen.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Kies het bestand met vingerafdrukken dat je eerder hebt opgeslagen.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Kies een map en typ dan een naam voor het bestand.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Map omhoog</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Bestanden en mappen</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Bestandsnaam:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Hier staat al een bestand met deze naam. Als je opslaat, wordt het vervangen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Nu hulp zoeken</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Je staat hier niet alleen voor. Deze diensten zijn gratis en vertrouwelijk. Als iemand je bedreigt of om beelden vraagt, kun je het aan een van deze diensten vertellen of aan een volwassene die je vertrouwt. Je krijgt geen problemen.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Hoe werkt dit?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Je foto of video blijft op deze computer</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>De app maakt hier de digitale vingerafdrukken</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Alleen de vingerafdrukken gaan naar Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Websites en apps zoeken naar overeenkomsten en halen ze weg</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Wat is een vingerafdruk?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Een digitale vingerafdruk (computermensen noemen het een hash) is een korte code die uit een foto of video wordt berekend. Hetzelfde beeld geeft altijd dezelfde code. Van de code kun je niet terug naar het beeld, dus niemand kan je beeld eruit halen.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Vingerafdrukken van het bestand (MD5 en SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Deze vinden precies dezelfde kopieën van hetzelfde bestand. Als er ook maar een klein stukje van het bestand verandert, verandert de code ook.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Vingerafdruk van het beeld (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Deze wordt berekend uit hoe het beeld eruitziet, dus hij vindt ook kopieën die kleiner gemaakt, opnieuw opgeslagen of een beetje veranderd zijn. Heel egale of wazige beelden geven een zwakke vingerafdruk, die moeilijker te vinden is. Hij wordt toch verstuurd.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Veranderde kopieën</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Elke foto krijgt ook extra vingerafdrukken voor de manieren waarop kopieën vaak veranderd worden: aan één kant afgesneden, ingezoomd, vierkant gemaakt, gedraaid, in een story gezet of onder een tekst. Zo kunnen die kopieën gevonden worden zonder nieuwe melding. Sommige veranderingen worden nog gemist: een kopie die aan alle kanten is afgesneden, een screenshot, of een kopie met stickers erop. Als je zo&apos;n kopie vindt, kun je die in een nieuwe melding versturen.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Vingerafdrukken van video&apos;s</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Voor een video maakt de app van ongeveer één beeld per seconde een vingerafdruk, plus de vingerafdrukken van het bestand.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Wat gebeurt er met de vingerafdrukken?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC zet ze op een lijst. Websites en apps die meedoen vergelijken berichten met de lijst. Als iets overeenkomt, kunnen ze het weghalen of voorkomen dat het geplaatst wordt. Niemand ziet je beelden door deze app.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Wat Take It Down niet kan</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Het kan geen beelden weghalen van websites en apps die niet meedoen, of uit privéberichten. Beelden die veel veranderd zijn, komen misschien niet overeen.</translation>
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
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Dutch word.</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Bestand %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form (allowed after the first mention) so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Vingerafdruk… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Vingerafdruk maken…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Klaar: alleen bestandsvingerafdruk</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Klaar (zwakke vingerafdruk)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Deels klaar</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Kon dit bestand niet lezen</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Nog minder dan een minuut.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Nog ongeveer %n minuut.</numerusform>
            <numerusform>Nog ongeveer %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
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
        <translation>Dit bestand kon daar niet geopend of opgeslagen worden. Probeer een andere plek.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Er ging iets mis. Het is niet jouw schuld. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Hulp zoeken</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Plekken om met iemand te praten</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Sluit de app meteen en vergeet alles. Je kunt ook drie keer op Shift drukken, of twee keer op Escape.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Gekopieerd. Plak het op een privéplek. De app maakt het klembord leeg als hij sluit, als het ontvangstbewijs er nog op staat.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Opgeslagen. Bewaar het bestand op een privéplek.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>We konden dit bestand niet vinden. Misschien is het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Dit is geen foto of video, dus we kunnen er geen vingerafdruk van maken. Je kunt het weghalen en verdergaan.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Deze computer liet ons deze map niet openen, dus er is niets uit toegevoegd.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Deze computer liet ons dit bestand niet openen. Je kunt het naar een andere plek kopiëren en het opnieuw proberen.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Dit bestand is leeg, dus er is niets om een vingerafdruk van te maken.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Dit bestand is te groot voor ons om te lezen. Je kunt het weghalen en verdergaan.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Dit beeld zegt dat het veel groter is dan een echte foto, dus we hebben het niet geopend. Je kunt het weghalen en verdergaan.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Dit beeld lijkt beschadigd, dus we konden geen vingerafdruk van het beeld maken. De vingerafdruk van het bestand is wel gemaakt.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Deze video lijkt beschadigd, dus we konden geen vingerafdruk van de video maken. De vingerafdruk van het bestand is wel gemaakt.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>We kunnen dit soort bestand nog niet lezen. Je kunt het weghalen en verdergaan.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Gestopt voordat dit bestand klaar was.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Er ging iets mis bij het lezen van dit bestand. Je kunt het weghalen en verdergaan, of het opnieuw proberen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>We konden de Take It Down-dienst niet bereiken. Kijk of je verbonden bent met internet en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>De proxy van je netwerk liet ons niet door naar de Take It Down-dienst. Probeer het opnieuw op een ander netwerk, zoals wifi thuis of mobiele data.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>De Take It Down-dienst deed er te lang over om te antwoorden. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>We konden niet controleren of we met de echte Take It Down-dienst praatten, dus er is niets verstuurd. Dit kan gebeuren op netwerken van school of werk. Probeer het opnieuw op een ander netwerk, zoals wifi thuis of mobiele data.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Er ging iets mis aan de kant van de Take It Down-dienst. Het is niet jouw schuld. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Er komen nu veel meldingen van jouw netwerk. Wacht een paar minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>We konden geen melding vinden met dat meldingsnummer en die geheime sleutel. Vergelijk ze allebei met je ontvangstbewijs om te zien of er een typfout in zit.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>De Take It Down-dienst kon deze melding niet aannemen. Probeer minder bestanden tegelijk te versturen, of werk de app bij.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Het adres van de dienst is geen veilig (https://) adres, dus er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>De proxy-instelling klopt niet. Die moet eruitzien als socks5://localhost:9050 of http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Je vingerafdrukken zijn er nog, klaar om te versturen.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Ontvangstbewijs van Take It Down

Met het meldingsnummer (“Report number”) en de geheime sleutel (“Secret key”) hieronder kun je je melding bekijken of intrekken.
Houd ze privé: iedereen die ze allebei heeft, kan de melding intrekken.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Typ of plak de geheime sleutel van je ontvangstbewijs.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Typ of plak het meldingsnummer van je ontvangstbewijs.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Alleen het laatste teken mag * ~ $ = of U zijn. Sleutels gebruiken alleen de cijfers 0-9 en de letters A-Z (geen I, L, O of U), en soms helemaal aan het eind een van * ~ $ = U.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Er zit een typfout in deze geheime sleutel: minstens één teken is anders dan op je ontvangstbewijs. Controleer elke groep nog eens.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Er zit een typfout in dit meldingsnummer: minstens één teken is anders dan op je ontvangstbewijs. Controleer het nog eens.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Dit lijkt geen ontvangstbewijs van Take It Down. Er hoort een regel in te staan die begint met “Report number:” en een die begint met “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down is voor foto&apos;s en video&apos;s van iemand onder de 18. Bevestig dat de persoon erop jonger dan 18 was toen ze gemaakt werden.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Van geen van deze bestanden kon een vingerafdruk gemaakt worden, dus er is niets om te versturen. Probeer de foto&apos;s of video&apos;s opnieuw toe te voegen, of andere kopieën ervan.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Deze vingerafdrukken zijn te groot om in één melding te versturen (lange video&apos;s maken er veel). Verstuur minder bestanden tegelijk.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Dit is geen Take It Down-bestand met opgeslagen vingerafdrukken, of het is veranderd na het opslaan. Kies het bestand dat de app voor je heeft opgeslagen.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Dit bestand kon niet geopend worden. Kijk of het er nog is.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Een geheime sleutel heeft %1 letters en cijfers, maar deze heeft er %2. Kijk of er een ontbreekt of te veel is.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Een meldingsnummer heeft %1 letters en cijfers, maar dit heeft er %2. Kijk of er een ontbreekt of te veel is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” kan niet in een geheime sleutel staan. Sleutels gebruiken alleen de cijfers 0-9 en de letters A-Z (geen I, L, O of U), en soms helemaal aan het eind een van * ~ $ = U.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” kan niet in een meldingsnummer staan. Meldingsnummers gebruiken alleen de cijfers 0-9 en de letters A-Z (geen I, L, O of U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Eén melding kan maximaal %1 bestanden bevatten, en deze heeft er %2. Verstuur ze in kleinere groepen.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Deze kopie van Take It Down weet niet waar meldingen heen moeten, dus je kunt hem niet gebruiken. Het is niet jouw schuld. Er is niets verstuurd. Haal de app opnieuw bij de mensen of de plek waar je hem vandaan hebt. Als je dit bericht sluit, sluit de app ook.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Twee korte vragen</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>We vragen niet naar je naam of iets anders waaraan je herkend kunt worden.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Was jij (of de jongere die je helpt) jonger dan 18 op deze beelden?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Ja, jonger dan 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Nee, 18 of ouder</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Ik weet het niet zeker</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Dat is oké. Als ze misschien gemaakt zijn toen iemand jonger dan 18 was, kun je doorgaan. Take It Down is voor alles wat misschien vóór iemands 18e gemaakt is.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Wie gebruikt de app?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Ik ben degene op de foto&apos;s of video&apos;s</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Ik ben een ouder of volwassene die een jongere helpt</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Ik help als hulpverlener of andere professional</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Dit is alles wat verstuurd wordt</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Hieronder staat de hele melding, precies zoals hij verstuurd wordt. Er staan alleen digitale vingerafdrukken in: geen beelden, geen bestandsnamen, geen namen en geen locatie. “role” zegt wie hem verstuurt, “attested_under_18” is het vakje dat je hieronder aanvinkt, en met “key_verifier” kun je de melding later bekijken of intrekken zonder te zeggen wie je bent.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>De melding die verstuurd wordt</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Wat er verstuurd wordt</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Exacte melding verbergen</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Exacte melding laten zien</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Tekst van de melding kopiëren</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Vingerafdrukken versturen</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Er wordt niets verstuurd tot je op “Vingerafdrukken versturen” drukt.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n vingerafdruk</numerusform>
            <numerusform>%n vingerafdrukken</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Vingerafdrukken per foto: %1. De meeste zijn extra, voor kopieën die zijn bijgesneden of anders ingekaderd, zodat die ook gevonden kunnen worden.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Alleen vingerafdrukken zoals %1 worden verstuurd: geen beelden, namen of plaatsen.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Sommige beelden zijn heel egaal of wazig, dus hun vingerafdrukken zijn zwak en moeilijker te vinden. Ze worden toch verstuurd en kunnen toch helpen.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Foto&apos;s: %n.</numerusform>
            <numerusform>Foto&apos;s: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Video&apos;s: %n.</numerusform>
            <numerusform>Video&apos;s: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Andere bestanden: %n.</numerusform>
            <numerusform>Andere bestanden: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Weggelaten omdat ze niet gelezen konden worden: %n.</numerusform>
            <numerusform>Weggelaten omdat ze niet gelezen konden worden: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Ik bevestig dat ik op deze beelden jonger dan 18 was.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Ik bevestig dat deze beelden de jongere die ik help tonen van toen die jonger dan 18 was.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Je digitale vingerafdrukken zijn opgeslagen</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Ze staan in het bestand dat je hebt gekozen. Er is nog niets verstuurd. Om ze te versturen open je Take It Down op elke computer met internet, kies je “Eerder opgeslagen vingerafdrukken versturen” en kies je dit bestand.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>In het bestand staat de geheime sleutel van deze melding. Houd het privé en verwijder het zodra de melding verstuurd is.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Vingerafdrukken opslaan om later te versturen…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Er is niets verloren gegaan. Je kunt de vingerafdrukken ook opslaan in een bestand dat je zelf kiest, en ze later vanaf elke computer versturen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>We konden hem nog niet versturen</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Je digitale vingerafdrukken worden verstuurd…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Dit duurt meestal een paar seconden. Alleen de vingerafdrukken worden verstuurd.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Kies de taal van de app. Hij verandert meteen.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>We kunnen helpen voorkomen dat deze beelden zich verspreiden</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Als er naakte of seksuele foto&apos;s of video&apos;s van jou zijn van toen je jonger dan 18 was, kan deze app helpen om ze van websites en apps weg te laten halen, of te voorkomen dat ze gedeeld worden. Het is niet jouw schuld, en je zit niet in de problemen.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Je beelden blijven bij jou</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Je foto&apos;s en video&apos;s blijven op deze computer. Ze worden nooit geüpload.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Alleen vingerafdrukken worden verstuurd: korte codes die je niet terug kunt veranderen in beelden.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Je geeft je naam, e-mail of telefoonnummer niet. Het is gratis.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Je kunt altijd stoppen. Snel weg (rechtsboven) sluit de app meteen. Je kunt ook drie keer op Shift drukken, of twee keer op Escape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Hoe werkt dit?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Een eerdere melding bekijken of intrekken</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Eerder opgeslagen vingerafdrukken versturen</translation>
    </message>
</context>
</TS>
