<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Adaugă pozele și videoclipurile</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Adaugă fiecare poză sau videoclip pe care vrei să le scoți de pe internet. Rămân pe acest computer: se creează doar amprentele lor digitale. Sunt încețoșate, ca să nu trebuiască să le vezi.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Trage aici poze, videoclipuri sau dosare</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Alege poze și videoclipuri…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Poze și videoclipuri adăugate</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Apasă Delete ca să le scoți pe cele alese. Ține apăsat ca să vezi una.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Să vezi aceste imagini te poate supăra, și cineva de lângă tine le-ar putea vedea și el. Nu trebuie să te uiți la ele: amprentele digitale se creează oricum. Le arăți totuși?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Arată-le</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Lasă-le încețoșate</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Ascunde imaginile</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Arată imaginile</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Imaginile sunt încețoșate, doar dacă nu alegi să le vezi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Scoate-le pe cele alese</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Oprește crearea amprentelor digitale</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Era deja adăugat, așa că nu a fost adăugat din nou: %n.</numerusform>
            <numerusform>Erau deja adăugate, așa că nu au fost adăugate din nou: %n.</numerusform>
            <numerusform>Erau deja adăugate, așa că nu au fost adăugate din nou: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Încă nu ai adăugat nimic.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Se creează amprentele digitale: mai rămân %n.</numerusform>
            <numerusform>Se creează amprentele digitale: mai rămân %n.</numerusform>
            <numerusform>Se creează amprentele digitale: mai rămân %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Se caută prin dosare…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Gata: %n.</numerusform>
            <numerusform>Gata: %n.</numerusform>
            <numerusform>Gata: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Amprentă digitală slabă, dar utilă: %n.</numerusform>
            <numerusform>Amprente digitale slabe, dar utile: %n.</numerusform>
            <numerusform>Amprente digitale slabe, dar utile: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Nu au putut fi citite: %n.</numerusform>
            <numerusform>Nu au putut fi citite: %n.</numerusform>
            <numerusform>Nu au putut fi citite: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Arătate o singură dată, fiindcă erau la fel ca alt fișier: %n.</numerusform>
            <numerusform>Arătate o singură dată, fiindcă erau la fel ca alt fișier: %n.</numerusform>
            <numerusform>Arătate o singură dată, fiindcă erau la fel ca alt fișier: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Unele dosare nu au putut fi verificate. Încearcă să le adaugi din nou.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Poți adăuga mai multe sau poți continua.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Poți adăuga în continuare fișiere sau poți apăsa Oprește.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Această imagine este foarte uniformă sau neclară, așa că amprenta ei digitală e slabă și mai greu de potrivit. Se trimite oricum și poate ajuta.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Acesta nu este o poză sau un videoclip, așa că se va trimite doar amprenta fișierului. Ea poate găsi totuși copiile identice ale acestui fișier.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Acest serviciu este pentru imagini făcute înainte de 18 ani</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down este doar pentru poze și videoclipuri făcute când cineva avea sub 18 ani. Nu s-a trimis nimic. Există un serviciu gratuit care funcționează la fel pentru adulți, și oameni cu care poți vorbi:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Dacă nu știi sigur ce vârstă aveai, întoarce-te și alege „Nu știu”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Începe din nou</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Verifică sau retrage un raport mai vechi</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Scrie numărul raportului și cheia secretă din confirmarea ta sau deschide o confirmare salvată. Dacă retragi un raport, amprentele lui digitale sunt scoase de pe listă.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numărul raportului:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Cheia secretă:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numărul raportului</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Cheia secretă</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Verifică raportul</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Deschide o confirmare salvată…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Retrage acest raport…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Retragi acest raport? Amprentele lui digitale vor fi scoase de pe listă, așa că site-urile și aplicațiile nu vor mai căuta aceste imagini. Nu se poate anula, dar poți oricând trimite un raport nou.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Da, retrage-l</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nu, păstrează-l</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Se retrage…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Acest raport a fost retras. Amprentele lui digitale nu mai sunt pe listă. A fost primit pe %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Acest raport este activ. A fost primit pe %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Fișiere cu amprentă digitală în el: %n.</numerusform>
            <numerusform>Fișiere cu amprentă digitală în el: %n.</numerusform>
            <numerusform>Fișiere cu amprentă digitală în el: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Raportul tău a fost trimis</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Gata. Aceasta este confirmarea ta. Ai nevoie de ea ca să verifici raportul mai târziu.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numărul raportului:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Cheia secretă:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Păstrează-le pe amândouă într-un loc sigur și privat. Ai nevoie de amândouă ca să verifici sau să retragi raportul. Dacă le pierzi, nimeni nu le poate recupera, nici măcar noi. Oricine le are pe amândouă poate retrage raportul.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Copiază confirmarea</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Salvează confirmarea ca…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ce urmează</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC îți adaugă amprentele digitale pe lista sa. Site-urile și aplicațiile care participă folosesc lista ca să găsească copiile și să le scoată sau să împiedice postarea lor. Nu vei primi niciun mesaj despre asta, pentru că nimeni nu știe cine ești. Poți verifica raportul cu această aplicație oricând.

Te rugăm să nu distribui pozele sau videoclipurile nicăieri, nici măcar ca să le raportezi. Dacă le trimiți din nou, se pot răspândi.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Nu trebuie să treci prin asta fără ajutor</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Dacă ți-e teamă, te simți rău sau cineva te amenință, aceste servicii gratuite și confidențiale te pot ajuta:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Începe din nou</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Închide aplicația</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Dosarul personal</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translatorcomment>same as English on purpose: the folder is called Desktop in Romanian Windows.</translatorcomment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videoclipuri</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descărcări</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Alege poze, videoclipuri sau dosare întregi. Ține apăsat Ctrl ca să alegi mai multe.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Alege fișierul cu amprente digitale pe care l-ai salvat mai devreme.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Alege un dosar, apoi scrie un nume pentru fișier.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Ieșire rapidă</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Un dosar mai sus</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dosar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Fișiere și dosare</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Numele fișierului:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Numele fișierului</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Aici există deja un fișier cu acest nume. Dacă salvezi, va fi înlocuit.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Cere ajutor acum</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Nu trebuie să treci prin asta fără ajutor. Aceste servicii sunt gratuite și confidențiale. Dacă cineva te amenință sau îți cere imagini, poți spune unuia dintre aceste servicii sau unui adult de încredere. Nu vei avea probleme.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Cum funcționează?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Poza sau videoclipul tău rămâne pe acest computer</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Aplicația îi creează aici amprentele digitale</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Doar amprentele digitale sunt trimise la Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Site-urile și aplicațiile caută potriviri și le scot</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Ce este o amprentă digitală?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>O amprentă digitală (oamenii de la calculatoare îi spun hash) este un cod scurt calculat dintr-o poză sau un videoclip. Aceeași imagine dă mereu același cod. Codul nu poate fi transformat înapoi în imagine, deci nimeni nu-ți poate vedea imaginea din el.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Amprentele digitale ale fișierului (MD5 și SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Acestea găsesc copiile exacte ale aceluiași fișier. Dacă se schimbă chiar și o mică parte a fișierului, se schimbă și codul.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Amprenta digitală a imaginii (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Aceasta se calculează din felul în care arată imaginea, așa că găsește și copii micșorate, salvate din nou sau puțin schimbate. Imaginile foarte uniforme sau neclare dau o amprentă digitală slabă, mai greu de potrivit. Se trimite oricum.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Copii modificate</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Fiecare poză primește și amprente digitale în plus pentru felurile în care copiile sunt des schimbate: tăiate pe o parte, cu zoom, făcute pătrate, rotite, puse într-un story sau sub un text. Așa, aceste copii pot fi găsite fără un raport nou. Unele schimbări tot nu sunt recunoscute: o copie tăiată pe toate părțile, o captură de ecran sau o copie cu stickere pe ea. Dacă găsești o astfel de copie, o poți trimite într-un raport nou.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Amprentele digitale ale videoclipurilor</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Pentru un videoclip, aplicația creează o amprentă digitală a imaginii pentru aproximativ un cadru pe secundă, plus amprentele digitale ale fișierului.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Ce se întâmplă cu amprentele digitale?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC le adaugă pe o listă. Site-urile și aplicațiile care participă compară postările cu lista. Dacă ceva se potrivește, îl pot scoate sau pot împiedica postarea lui. Nimeni nu-ți vede imaginile din cauza acestei aplicații.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Ce nu poate face Take It Down</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Nu poate scoate imagini de pe site-uri și aplicații care nu participă și nici din mesajele private. Imaginile schimbate mult s-ar putea să nu se potrivească.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Poza %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Videoclipul %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fișierul %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Așteaptă</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Amprentă… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Se creează amprenta…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Gata: doar amprenta fișierului</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Gata (amprentă slabă)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Parțial gata</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Oprit</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Fișierul nu a putut fi citit</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>A mai rămas mai puțin de un minut.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>A mai rămas cam %n minut.</numerusform>
            <numerusform>Au mai rămas cam %n minute.</numerusform>
            <numerusform>Au mai rămas cam %n de minute.</numerusform>
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
        <translation>Fișierul nu a putut fi deschis sau salvat acolo. Încearcă alt loc.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Ceva n-a mers bine. Nu e vina ta. Te rugăm să încerci din nou.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Cere ajutor</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Locuri unde poți vorbi cu cineva</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Ieșire rapidă</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Închide aplicația imediat și uită tot. Poți apăsa și Shift de trei ori sau Escape de două ori.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Copiat. Lipește-l undeva privat. Aplicația golește clipboardul când se închide, dacă confirmarea e încă acolo.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Salvat. Păstrează fișierul într-un loc privat.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Nu am găsit acest fișier. Poate a fost mutat sau șters.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Aceasta nu e o poză sau un videoclip, așa că nu-i putem crea amprenta digitală. Poți să-l scoți și să mergi mai departe.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Acest computer nu ne-a lăsat să deschidem acest dosar, așa că nu s-a adăugat nimic din el.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Acest computer nu ne-a lăsat să deschidem acest fișier. Poți să-l copiezi în alt loc și să încerci din nou.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Acest fișier e gol, așa că nu avem din ce crea o amprentă digitală.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Acest fișier e prea mare ca să-l putem citi. Poți să-l scoți și să mergi mai departe.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Această imagine spune că e mult mai mare decât orice poză adevărată, așa că nu am deschis-o. Poți s-o scoți și să mergi mai departe.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Această imagine pare deteriorată, așa că nu i-am putut crea amprenta digitală a imaginii. Amprenta digitală a fișierului a fost creată totuși.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Acest videoclip pare deteriorat, așa că nu i-am putut crea amprenta digitală a videoclipului. Amprenta digitală a fișierului a fost creată totuși.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Încă nu putem citi acest tip de fișier. Poți să-l scoți și să mergi mai departe.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Oprit înainte ca acest fișier să fie gata.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Ceva n-a mers bine la citirea acestui fișier. Poți să-l scoți și să mergi mai departe sau să încerci din nou.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Nu am putut ajunge la serviciul Take It Down. Verifică conexiunea la internet, apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Proxy-ul rețelei tale nu ne-a lăsat să ajungem la serviciul Take It Down. Încearcă din nou pe altă rețea, de exemplu Wi-Fi-ul de acasă sau datele mobile.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Serviciul Take It Down a răspuns prea greu. Te rugăm să încerci din nou peste câteva minute.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Nu am putut confirma că vorbim cu adevăratul serviciu Take It Down, așa că nu s-a trimis nimic. Asta se poate întâmpla pe rețelele de la școală sau de la serviciu. Încearcă din nou pe altă rețea, de exemplu Wi-Fi-ul de acasă sau datele mobile.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Ceva n-a mers bine la serviciul Take It Down. Nu e vina ta. Te rugăm să încerci din nou mai târziu.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Chiar acum vin multe rapoarte din rețeaua ta. Te rugăm să aștepți câteva minute și să încerci din nou.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Nu am găsit niciun raport cu acest număr al raportului și această cheie secretă. Te rugăm să le compari pe amândouă cu confirmarea ta, poate e o greșeală de scriere.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Serviciul Take It Down nu a putut accepta acest raport. Încearcă să trimiți mai puține fișiere odată sau actualizează aplicația.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Adresa serviciului nu este o adresă sigură (https://), așa că nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Setarea proxy nu e corectă. Ar trebui să arate ca socks5://localhost:9050 sau http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Amprentele tale digitale sunt încă aici, gata de trimis.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Confirmare Take It Down

Cu numărul raportului („Report number”) și cheia secretă („Secret key”) de mai jos, îți poți verifica sau retrage raportul.
Păstrează-le private: oricine le are pe amândouă poate retrage raportul.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Te rugăm să scrii sau să lipești cheia secretă din confirmare.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Te rugăm să scrii sau să lipești numărul raportului din confirmare.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Doar ultimul caracter poate fi * ~ $ = sau U. Cheile folosesc doar cifrele 0-9 și literele A-Z (fără I, L, O și U) și uneori unul dintre * ~ $ = U chiar la sfârșit.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Există o greșeală în această cheie secretă: cel puțin un caracter e diferit de cel din confirmare. Verifică din nou fiecare grup.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Există o greșeală în acest număr al raportului: cel puțin un caracter e diferit de cel din confirmare. Verifică-l din nou.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Asta nu pare o confirmare Take It Down. Ar trebui să aibă un rând care începe cu „Report number:” și unul care începe cu „Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down este pentru poze și videoclipuri cu cineva sub 18 ani. Te rugăm să confirmi că persoana din ele avea sub 18 ani când au fost făcute.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Nu s-a putut crea amprenta digitală pentru niciunul dintre aceste fișiere, așa că nu e nimic de trimis. Încearcă să adaugi din nou pozele sau videoclipurile, ori alte copii ale lor.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Aceste amprente digitale sunt prea mari ca să fie trimise într-un singur raport (videoclipurile lungi creează multe). Te rugăm să trimiți mai puține fișiere odată.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Acesta nu e un fișier Take It Down cu amprente digitale salvate sau a fost schimbat după salvare. Te rugăm să alegi fișierul salvat de aplicație pentru tine.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Acest fișier nu a putut fi deschis. Verifică dacă mai există.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>O cheie secretă are %1 litere și cifre, dar aceasta are %2. Verifică dacă lipsește una sau e una în plus.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Un număr al raportului are %1 litere și cifre, dar acesta are %2. Verifică dacă lipsește una sau e una în plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>„%1” nu poate apărea într-o cheie secretă. Cheile folosesc doar cifrele 0-9 și literele A-Z (fără I, L, O și U) și uneori unul dintre * ~ $ = U chiar la sfârșit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>„%1” nu poate apărea într-un număr al raportului. Numerele rapoartelor folosesc doar cifrele 0-9 și literele A-Z (fără I, L, O și U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Un raport poate avea cel mult %1 fișiere, iar acesta are %2. Te rugăm să le trimiți în grupuri mai mici.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Această copie Take It Down nu știe unde să trimită rapoartele, așa că nu poate fi folosită. Nu e vina ta. Nu s-a trimis nimic. Te rugăm să iei aplicația din nou de la oamenii sau de la locul de unde ai primit-o. Când închizi acest mesaj, se închide și aplicația.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Două întrebări scurte</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Nu îți cerem numele sau altceva care ar putea spune cine ești.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Tu (sau persoana pe care o ajuți) aveai sub 18 ani în aceste imagini?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Da, sub 18 ani</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Nu, 18 ani sau mai mult</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Nu știu</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>E în regulă. Dacă e posibil să fi fost făcute înainte de 18 ani, poți continua. Take It Down este pentru orice ar fi putut fi făcut înainte de 18 ani.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Cine folosește aplicația?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Eu sunt persoana din poze sau videoclipuri</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Sunt părinte sau un adult de încredere care ajută o persoană tânără</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Sunt consilier sau alt profesionist care ajută</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Asta e tot ce se va trimite</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Mai jos e tot raportul, exact așa cum va fi trimis. Are doar amprente digitale: nicio imagine, niciun nume de fișier, niciun nume și nicio locație. „role” spune cine trimite, „attested_under_18” e căsuța pe care o bifezi mai jos, iar „key_verifier” îți permite să verifici sau să retragi raportul mai târziu fără să spui cine ești.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Raportul care va fi trimis</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce se va trimite</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Ascunde raportul exact</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Arată raportul exact</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Copiază textul raportului</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Trimite amprentele digitale</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Nu se trimite nimic până nu apeși „Trimite amprentele digitale”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n amprentă</numerusform>
            <numerusform>%n amprente</numerusform>
            <numerusform>%n de amprente</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Amprente digitale pentru fiecare poză: %1. Cele mai multe sunt în plus, pentru copiile tăiate sau încadrate altfel, ca să poată fi găsite și ele.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Se trimit doar amprente ca %1: fără imagini, nume sau locuri.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Unele imagini sunt foarte uniforme sau neclare, așa că amprentele lor digitale sunt slabe și mai greu de potrivit. Se trimit oricum și pot ajuta.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Poze: %n.</numerusform>
            <numerusform>Poze: %n.</numerusform>
            <numerusform>Poze: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Videoclipuri: %n.</numerusform>
            <numerusform>Videoclipuri: %n.</numerusform>
            <numerusform>Videoclipuri: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Alte fișiere: %n.</numerusform>
            <numerusform>Alte fișiere: %n.</numerusform>
            <numerusform>Alte fișiere: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Lăsate deoparte fiindcă nu au putut fi citite: %n.</numerusform>
            <numerusform>Lăsate deoparte fiindcă nu au putut fi citite: %n.</numerusform>
            <numerusform>Lăsate deoparte fiindcă nu au putut fi citite: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Confirm că în aceste poze și videoclipuri sunt eu, când aveam sub 18 ani.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Confirm că în ele e persoana pe care o ajut, când avea sub 18 ani.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Amprentele tale digitale sunt salvate</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Sunt în fișierul pe care l-ai ales. Încă nu s-a trimis nimic. Ca să le trimiți, deschide Take It Down pe orice computer cu internet, alege „Trimite amprentele salvate mai devreme” și alege acest fișier.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Fișierul conține cheia secretă a acestui raport. Păstrează-l privat și șterge-l după ce raportul a fost trimis.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Începe din nou</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Salvează amprentele digitale ca să le trimiți mai târziu…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Nu s-a pierdut nimic. Poți și să salvezi amprentele digitale într-un fișier ales de tine și să le trimiți mai târziu de pe orice computer.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Încă nu l-am putut trimite</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Se trimit amprentele tale digitale…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>De obicei durează câteva secunde. Se trimit doar amprentele digitale.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Întrebări</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifică</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Pasul %1 din %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Alege limba aplicației. Se schimbă imediat.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Te putem ajuta să oprești răspândirea acestor imagini</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Dacă există poze sau videoclipuri nud ori sexuale cu tine de dinainte să împlinești 18 ani, această aplicație te poate ajuta să fie scoase de pe site-uri și aplicații sau să nu mai fie distribuite. Nu e vina ta și nu ai probleme.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Imaginile tale rămân la tine</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Pozele și videoclipurile tale rămân pe acest calculator. Nu sunt încărcate niciodată.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Se trimit doar amprentele: coduri scurte care nu pot fi transformate înapoi în imagini.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Nu îți dai numele, e-mailul sau numărul de telefon. Este gratuit.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Poți să te oprești oricând. Ieșire rapidă (dreapta sus) închide imediat aplicația. Poți apăsa și Shift de trei ori sau Escape de două ori.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Cum funcționează?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Verifică sau retrage un raport mai vechi</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Trimite amprentele salvate mai devreme</translation>
    </message>
</context>
</TS>
