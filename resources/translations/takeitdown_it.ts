<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Aggiungi le foto e i video</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Aggiungi ogni foto o video che vuoi far togliere. Restano su questo computer: vengono create solo le loro impronte digitali. Sono sfocati, così non devi vederli.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Trascina qui foto, video o cartelle</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Scegli foto e video…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Foto e video aggiunti</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Premi Delete per togliere quelli scelti. Tieni premuto per vederne uno.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Vedere queste immagini potrebbe farti stare male, e qualcuno vicino a te potrebbe vederle. Non devi guardarle: le impronte digitali vengono create comunque. Vuoi mostrarle lo stesso?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrale</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Lasciale sfocate</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Nascondi le immagini</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Mostra le immagini</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Le immagini restano sfocate, a meno che tu non scelga di vederle.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Togli quelli scelti</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Ferma la creazione delle impronte digitali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Era già stato aggiunto, quindi non è stato aggiunto di nuovo: %n.</numerusform>
            <numerusform>Erano già stati aggiunti, quindi non sono stati aggiunti di nuovo: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Non hai ancora aggiunto niente.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Creazione delle impronte digitali: ne manca %n.</numerusform>
            <numerusform>Creazione delle impronte digitali: ne mancano %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Sto guardando nelle cartelle…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Pronti: %n.</numerusform>
            <numerusform>Pronti: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Impronta digitale debole, ma comunque utile: %n.</numerusform>
            <numerusform>Impronta digitale debole, ma comunque utile: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Non leggibili: %n.</numerusform>
            <numerusform>Non leggibili: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Mostrati una volta sola, perché uguali a un altro file: %n.</numerusform>
            <numerusform>Mostrati una volta sola, perché uguali a un altro file: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Non è stato possibile guardare in alcune cartelle. Prova ad aggiungerle di nuovo.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Puoi aggiungerne altri o continuare.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Puoi continuare ad aggiungere file, oppure premi Ferma.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Questa immagine è molto uniforme o sfocata, quindi la sua impronta digitale è debole e più difficile da trovare. Viene inviata comunque e può comunque aiutare.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Questo non è una foto né un video, quindi verrà inviata solo la sua impronta del file. Può comunque trovare le copie identiche di questo file.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Questo servizio è per immagini fatte prima dei 18 anni</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down è solo per foto e video fatti quando una persona aveva meno di 18 anni. Non è stato inviato niente. C&apos;è un servizio gratuito che funziona in modo simile per gli adulti, e ci sono persone con cui puoi parlare:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Se non sai con certezza quanti anni avevi, torna indietro e scegli “Non lo so”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Controlla o ritira una segnalazione precedente</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Scrivi il numero della segnalazione e la chiave segreta della tua ricevuta, oppure apri una ricevuta che hai salvato. Ritirare una segnalazione toglie le sue impronte digitali dalla lista.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numero della segnalazione:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chiave segreta:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numero della segnalazione</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chiave segreta</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Controlla la segnalazione</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Apri una ricevuta salvata…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Ritira questa segnalazione…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Vuoi ritirare questa segnalazione? Le sue impronte digitali verranno tolte dalla lista, quindi siti e app smetteranno di cercare queste immagini. Non si può annullare, ma puoi sempre inviare una nuova segnalazione.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Sì, ritirala</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, tienila</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Ritiro in corso…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Questa segnalazione è stata ritirata. Le sue impronte digitali non sono più nella lista. Era stata ricevuta il %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Questa segnalazione è attiva. È stata ricevuta il %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>File con impronta digitale: %n.</numerusform>
            <numerusform>File con impronta digitale: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>La tua segnalazione è stata inviata</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Fatto. Ecco la tua ricevuta. Ti servirà per controllare la segnalazione più avanti.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numero della segnalazione:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chiave segreta:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Tieni questi due dati in un posto sicuro e privato. Ti servono entrambi per controllare la segnalazione o per ritirarla. Se li perdi, nessuno può recuperarli, nemmeno noi. Chiunque li abbia tutti e due può ritirare la segnalazione.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Copia la ricevuta</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Salva la ricevuta come…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Cosa succede adesso</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC aggiunge le tue impronte digitali alla sua lista. I siti e le app che partecipano usano la lista per trovare le copie e toglierle, o per impedire che vengano pubblicate. Non riceverai messaggi su questo, perché nessuno sa chi sei. Puoi controllare la tua segnalazione con questa app quando vuoi.

Per favore non condividere le foto o i video da nessuna parte, nemmeno per segnalarli. Inviarli di nuovo può farli diffondere.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Non devi affrontare tutto questo senza aiuto</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Se sei in ansia, stai male o qualcuno ti minaccia, questi servizi gratuiti e riservati possono aiutarti:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Chiudi l&apos;app</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translatorcomment>same as English on purpose: the home folder is called Home in Italian too.</translatorcomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Scrivania</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Scegli foto, video o intere cartelle. Tieni premuto Ctrl per sceglierne più di uno.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Scegli il file di impronte digitali che hai salvato prima.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Scegli una cartella, poi scrivi un nome per il file.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Uscita rapida</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Cartella superiore</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posizioni</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>File e cartelle</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome del file:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Qui c&apos;è già un file con questo nome. Salvando, verrà sostituito.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Chiedi aiuto adesso</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Non devi affrontare tutto questo senza aiuto. Questi servizi sono gratuiti e riservati. Se qualcuno ti minaccia o ti chiede immagini, puoi dirlo a uno di questi servizi o a un adulto di fiducia. Non finirai nei guai.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Come funziona?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>La tua foto o il tuo video resta su questo computer</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>L&apos;app crea qui le sue impronte digitali</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>A Take It Down vengono inviate solo le impronte digitali</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Siti e app cercano le corrispondenze e le tolgono</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Che cos&apos;è un&apos;impronta digitale?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Un&apos;impronta digitale (chi lavora con i computer la chiama hash) è un codice breve ricavato da una foto o da un video. La stessa immagine dà sempre lo stesso codice. Dal codice non si può tornare all&apos;immagine, quindi nessuno può vedere la tua immagine a partire da lì.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Impronte digitali del file (MD5 e SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Servono a trovare le copie identiche dello stesso file. Se cambia anche solo una piccola parte del file, cambia anche il codice.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Impronte digitali dell&apos;immagine (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Questa viene ricavata da come appare l&apos;immagine, quindi può trovare anche copie rimpicciolite, salvate di nuovo o un po&apos; modificate. Le immagini molto uniformi o sfocate danno un&apos;impronta digitale debole, più difficile da trovare. Viene inviata comunque.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Copie modificate</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Ogni foto riceve anche impronte digitali in più per i modi in cui le copie vengono spesso cambiate: tagliate da un lato, ingrandite, rese quadrate, ruotate, messe in una storia o sotto una scritta. Così quelle copie si possono trovare senza una nuova segnalazione. Alcune modifiche sfuggono ancora: una copia tagliata su tutti i lati, uno screenshot o una copia con degli sticker sopra. Se trovi una copia così, puoi inviarla in una nuova segnalazione.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Impronte digitali dei video</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Per un video, l&apos;app crea un&apos;impronta digitale dell&apos;immagine per circa un fotogramma al secondo, più le impronte digitali del file.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Cosa succede alle impronte digitali?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC le aggiunge a una lista. I siti e le app che partecipano confrontano i post con la lista. Se qualcosa corrisponde, possono toglierlo o impedire che venga pubblicato. Nessuno vede le tue immagini a causa di questa app.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Cosa non può fare Take It Down</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Non può togliere immagini da siti e app che non partecipano, né dai messaggi privati. Le immagini cambiate molto potrebbero non corrispondere.</translation>
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
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Italian word.</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translatorcomment>same as English on purpose: &quot;file&quot; is the Italian word.</translatorcomment>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form (allowed after the first mention) so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Impronta… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Creo le impronte…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Pronto: solo impronta del file</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Pronto (impronta debole)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Pronto in parte</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Impossibile leggere questo file</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Manca meno di un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Manca circa %n minuto.</numerusform>
            <numerusform>Mancano circa %n minuti.</numerusform>
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
        <translation>Non è stato possibile aprire o salvare il file lì. Prova un altro posto.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Qualcosa è andato storto. Non è colpa tua. Riprova.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Chiedi aiuto</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Persone con cui parlare</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Uscita rapida</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Chiude subito l&apos;app e dimentica tutto. Puoi anche premere Shift tre volte, o Escape due volte.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Copiata. Incollala in un posto privato. Quando si chiude, l&apos;app svuota gli appunti, se la ricevuta è ancora lì.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Salvata. Tieni il file in un posto privato.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Non troviamo questo file. Forse è stato spostato o eliminato.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Questo non è una foto né un video, quindi non possiamo crearne l&apos;impronta digitale. Puoi toglierlo e andare avanti.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Questo computer non ci ha permesso di aprire questa cartella, quindi non è stato aggiunto niente di ciò che contiene.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Questo computer non ci ha permesso di aprire questo file. Potresti copiarlo in un altro posto e riprovare.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Questo file è vuoto, quindi non c&apos;è niente di cui creare l&apos;impronta digitale.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Questo file è troppo grande da leggere per noi. Puoi toglierlo e andare avanti.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Questa immagine dice di essere molto più grande di qualsiasi foto vera, quindi non l&apos;abbiamo aperta. Puoi toglierla e andare avanti.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Questa immagine sembra danneggiata, quindi non abbiamo potuto creare la sua impronta digitale dell&apos;immagine. L&apos;impronta digitale del file è stata creata comunque.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Questo video sembra danneggiato, quindi non abbiamo potuto creare la sua impronta digitale del video. L&apos;impronta digitale del file è stata creata comunque.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Non sappiamo ancora leggere questo tipo di file. Puoi toglierlo e andare avanti.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Fermato prima di finire questo file.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Qualcosa è andato storto durante la lettura di questo file. Puoi toglierlo e andare avanti, oppure riprovare.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Non riusciamo a raggiungere il servizio Take It Down. Controlla che la connessione a internet funzioni, poi riprova.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Il proxy della tua rete non ci ha fatto arrivare al servizio Take It Down. Riprova con un&apos;altra rete, come il Wi-Fi di casa o i dati mobili.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Il servizio Take It Down ci ha messo troppo a rispondere. Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Non abbiamo potuto confermare di parlare con il vero servizio Take It Down, quindi non è stato inviato niente. Può succedere sulle reti della scuola o del lavoro. Riprova con un&apos;altra rete, come il Wi-Fi di casa o i dati mobili.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Qualcosa è andato storto dalla parte del servizio Take It Down. Non è colpa tua. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>In questo momento arrivano molte segnalazioni dalla tua rete. Aspetta qualche minuto e riprova.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Non troviamo una segnalazione con quel numero della segnalazione e quella chiave segreta. Controlla tutti e due sulla tua ricevuta: potrebbe esserci un errore di battitura.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Il servizio Take It Down non ha potuto accettare questa segnalazione. Prova a inviare meno file alla volta, oppure aggiorna l&apos;app.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>L&apos;indirizzo del servizio non è un indirizzo sicuro (https://), quindi non è stato inviato niente.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>L&apos;impostazione del proxy non è giusta. Dovrebbe essere come socks5://localhost:9050 o http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Le tue impronte digitali sono ancora qui, pronte da inviare.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Ricevuta di Take It Down

Con il numero della segnalazione (“Report number”) e la chiave segreta (“Secret key”) qui sotto, puoi controllare la tua segnalazione o ritirarla.
Tienili privati: chiunque li abbia tutti e due può ritirare la segnalazione.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Scrivi o incolla la chiave segreta della tua ricevuta.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Scrivi o incolla il numero della segnalazione della tua ricevuta.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Solo l&apos;ultimo carattere può essere * ~ $ = o U. Le chiavi usano solo i numeri 0-9 e le lettere A-Z (senza I, L, O e U), e a volte uno tra * ~ $ = U proprio alla fine.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>C&apos;è un errore di battitura in questa chiave segreta: almeno un carattere è diverso da quello della tua ricevuta. Controlla di nuovo ogni gruppo.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>C&apos;è un errore di battitura in questo numero della segnalazione: almeno un carattere è diverso da quello della tua ricevuta. Controllalo di nuovo.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Questa non sembra una ricevuta di Take It Down. Dovrebbe avere una riga che inizia con “Report number:” e una che inizia con “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down è per foto e video di una persona con meno di 18 anni. Conferma che la persona aveva meno di 18 anni quando sono stati fatti.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Non è stato possibile creare l&apos;impronta digitale di nessuno di questi file, quindi non c&apos;è niente da inviare. Prova ad aggiungere di nuovo le foto o i video, oppure altre copie.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Queste impronte digitali sono troppo grandi da inviare in una sola segnalazione (i video lunghi ne creano molte). Invia meno file alla volta.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Questo non è un file di impronte digitali salvato da Take It Down, oppure è stato cambiato dopo il salvataggio. Scegli il file che l&apos;app ha salvato per te.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Non è stato possibile aprire questo file. Controlla che ci sia ancora.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Una chiave segreta ha %1 lettere e numeri, ma questa ne ha %2. Controlla se ne manca uno o ce n&apos;è uno in più.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Un numero della segnalazione ha %1 lettere e numeri, ma questo ne ha %2. Controlla se ne manca uno o ce n&apos;è uno in più.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” non può esserci in una chiave segreta. Le chiavi usano solo i numeri 0-9 e le lettere A-Z (senza I, L, O e U), e a volte uno tra * ~ $ = U proprio alla fine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” non può esserci in un numero della segnalazione. I numeri delle segnalazioni usano solo i numeri 0-9 e le lettere A-Z (senza I, L, O e U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Una segnalazione può contenere al massimo %1 file, e questa ne ha %2. Inviali in gruppi più piccoli.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Questa copia di Take It Down non sa dove inviare le segnalazioni, quindi non si può usare. Non è colpa tua. Non è stato inviato niente. Procurati di nuovo l&apos;app dalle persone o dal posto che te l&apos;hanno data. Quando chiudi questo messaggio, si chiude anche l&apos;app.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Due domande veloci</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Non ti chiediamo il nome né altro che possa dire chi sei.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>In queste foto o video tu (o chi stai aiutando) avevi meno di 18 anni?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Sì, meno di 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>No, 18 o più</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Non lo so</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Va bene. Se potrebbero essere stati fatti prima dei 18 anni, puoi andare avanti. Take It Down è per tutto ciò che potrebbe essere stato fatto prima dei 18 anni.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Chi sta usando l&apos;app?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Sono la persona nelle foto o nei video</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Sono un genitore o un adulto di fiducia che aiuta una persona giovane</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Sono un consulente o un altro professionista che aiuta</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Questo è tutto ciò che verrà inviato</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Qui sotto c&apos;è l&apos;intera segnalazione, esattamente come verrà inviata. Contiene solo impronte digitali: nessuna immagine, nessun nome di file, nessun nome e nessuna posizione. “role” dice chi la invia, “attested_under_18” è la casella che spunti qui sotto, e “key_verifier” ti permette di controllare o ritirare la segnalazione più avanti senza dire chi sei.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>La segnalazione che verrà inviata</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Cosa verrà inviato</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Nascondi la segnalazione esatta</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Mostra la segnalazione esatta</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Copia il testo della segnalazione</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Invia le impronte digitali</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Non viene inviato niente finché non premi “Invia le impronte digitali”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n impronta</numerusform>
            <numerusform>%n impronte</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Impronte digitali per ogni foto: %1. La maggior parte sono in più, per le copie tagliate o inquadrate in modo diverso, così si possono trovare anche quelle.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Vengono inviate solo impronte come %1: niente immagini, nomi o luoghi.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Alcune immagini sono molto uniformi o sfocate, quindi le loro impronte digitali sono deboli e più difficili da trovare. Vengono inviate comunque e possono comunque aiutare.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Foto: %n.</numerusform>
            <numerusform>Foto: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Italian word, singular and plural.</translatorcomment>
        <translation>
            <numerusform>Video: %n.</numerusform>
            <numerusform>Video: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Altri file: %n.</numerusform>
            <numerusform>Altri file: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Lasciati fuori perché non leggibili: %n.</numerusform>
            <numerusform>Lasciati fuori perché non leggibili: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Confermo che in queste foto e video ci sono io, quando avevo meno di 18 anni.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Confermo che foto e video mostrano la persona che aiuto, quando aveva meno di 18 anni.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Le tue impronte digitali sono salvate</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Sono nel file che hai scelto. Non è stato ancora inviato niente. Per inviarle, apri Take It Down su qualsiasi computer con internet, scegli “Invia le impronte digitali salvate prima” e scegli questo file.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Il file contiene la chiave segreta di questa segnalazione. Tienilo privato e cancellalo quando la segnalazione è stata inviata.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Salva le impronte digitali per inviarle dopo…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Non è andato perso niente. Puoi anche salvare le impronte digitali in un file che scegli tu e inviarle più tardi da qualsiasi computer.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Non siamo ancora riusciti a inviarla</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Invio delle tue impronte digitali…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Di solito ci vogliono pochi secondi. Vengono inviate solo le impronte digitali.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controlla</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Scegli la lingua dell&apos;app. Cambia subito.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Possiamo aiutarti a fermare la diffusione di queste immagini</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Se esistono foto o video nudi o sessuali di te di quando avevi meno di 18 anni, questa app può aiutarti a farli togliere da siti e app, o a impedire che vengano condivisi. Non è colpa tua e non sei nei guai.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Le tue immagini restano con te</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Le tue foto e i tuoi video restano su questo computer. Non vengono mai caricati.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Vengono inviate solo le impronte: codici brevi che non possono ridiventare immagini.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Non dai il tuo nome, la tua email o il tuo numero di telefono. È gratis.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Puoi fermarti quando vuoi. Uscita rapida (in alto a destra) chiude subito l&apos;app. Puoi anche premere Shift tre volte, o Escape due volte.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Come funziona?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Controlla o ritira una segnalazione precedente</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Invia le impronte digitali salvate prima</translation>
    </message>
</context>
</TS>
