<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Ajoute les photos et les vidéos</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Ajoute chaque photo ou vidéo que tu veux faire supprimer. Elles restent sur cet ordinateur&#xa0;: seules leurs empreintes numériques sont créées. Elles sont floutées, pour que tu n’aies pas à les voir.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Glisse ici des photos, des vidéos ou des dossiers</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Choisir des photos et des vidéos…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Photos et vidéos ajoutées</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Appuie sur Delete pour enlever les éléments choisis. Appuie longuement sur un élément pour le voir.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Voir ces images peut être difficile, et quelqu’un près de toi pourrait aussi les voir. Tu n’as pas besoin de les regarder&#xa0;: les empreintes numériques sont créées dans tous les cas. Les afficher quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Les garder floues</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Masquer les images</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Les images sont floutées, sauf si tu choisis de les voir.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Enlever les éléments choisis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Arrêter de créer les empreintes numériques</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Déjà ajouté, donc pas ajouté une deuxième fois&#xa0;: %n.</numerusform>
            <numerusform>Déjà ajoutés, donc pas ajoutés une deuxième fois&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Rien n’a encore été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Création des empreintes numériques&#xa0;: encore %n.</numerusform>
            <numerusform>Création des empreintes numériques&#xa0;: encore %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Exploration des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Prêt&#xa0;: %n.</numerusform>
            <numerusform>Prêts&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Empreinte numérique faible, mais utile&#xa0;: %n.</numerusform>
            <numerusform>Empreintes numériques faibles, mais utiles&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Illisible&#xa0;: %n.</numerusform>
            <numerusform>Illisibles&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Affiché une seule fois, car identique à un autre fichier&#xa0;: %n.</numerusform>
            <numerusform>Affichés une seule fois, car identiques à un autre fichier&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Certains dossiers n’ont pas pu être parcourus. Essaie de les ajouter à nouveau.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Tu peux en ajouter d’autres, ou continuer.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Tu peux continuer à ajouter des fichiers, ou appuyer sur Arrêter.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Cette image est très simple ou floue, donc son empreinte numérique est faible et plus difficile à reconnaître. Elle est quand même envoyée, et peut quand même aider.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Ce n’est pas une photo ni une vidéo, donc seule son empreinte numérique de fichier sera envoyée. Elle peut quand même trouver les copies exactes de ce fichier.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Ce service est pour les images prises avant 18 ans</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down est seulement pour les photos et vidéos prises quand quelqu’un avait moins de 18 ans. Rien n’a été envoyé. Il existe un service gratuit qui fonctionne de façon similaire pour les adultes, et des personnes à qui tu peux parler&#xa0;:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Si tu ne sais pas quel âge tu avais, reviens en arrière et choisis «&#xa0;Je ne sais pas&#xa0;».</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Vérifier ou retirer un ancien signalement</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Tape le numéro de signalement et la clé secrète de ton reçu, ou ouvre un reçu que tu as enregistré. Retirer un signalement enlève ses empreintes numériques de la liste.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numéro de signalement&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro de signalement</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Vérifier le signalement</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Ouvrir un reçu enregistré…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Retirer ce signalement…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Retirer ce signalement&#xa0;? Ses empreintes numériques seront enlevées de la liste, et les sites et applis arrêteront de chercher ces images. On ne peut pas revenir en arrière, mais tu pourras toujours envoyer un nouveau signalement.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Oui, le retirer</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Retrait en cours…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Ce signalement a été retiré. Ses empreintes numériques ne sont plus sur la liste. Il a été reçu le %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Ce signalement est actif. Il a été reçu le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Fichiers avec empreintes numériques&#xa0;: %n.</numerusform>
            <numerusform>Fichiers avec empreintes numériques&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Ton signalement a été envoyé</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>C’est fait. Voici ton reçu. Tu en as besoin pour vérifier ton signalement plus tard.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numéro de signalement&#xa0;:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Garde ces deux codes dans un endroit sûr et privé. Il te faut les deux pour vérifier ton signalement ou pour le retirer. Si tu les perds, personne ne peut les retrouver, pas même nous. Toute personne qui a les deux peut retirer le signalement.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Copier le reçu</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Enregistrer le reçu sous…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ce qui se passe ensuite</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>Le NCMEC ajoute tes empreintes numériques à sa liste. Les sites et applis participants utilisent cette liste pour trouver les copies et les supprimer, ou pour empêcher leur publication. Tu ne recevras pas de message à ce sujet, car personne ne sait qui tu es. Tu peux vérifier ton signalement avec cette appli à tout moment.

S’il te plaît, ne partage les photos ou vidéos nulle part, même pas pour les signaler. Les envoyer à nouveau peut les faire circuler encore plus.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Tu n’as pas à vivre ça sans aide</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Si quelque chose t’inquiète ou te fait de la peine, ou si quelqu’un te menace, ces services gratuits et confidentiels peuvent t’aider&#xa0;:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Fermer l’appli</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Documents</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Choisis des photos, des vidéos ou des dossiers entiers. Maintiens Ctrl pour en choisir plusieurs.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Choisis le fichier d’empreintes numériques que tu as enregistré.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Choisis un dossier, puis tape un nom pour le fichier.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Fichiers et dossiers</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Il y a déjà un fichier avec ce nom ici. Enregistrer le remplacera.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Trouver de l’aide maintenant</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Tu n’as pas à vivre ça sans aide. Ces services sont gratuits et confidentiels. Si quelqu’un te menace ou te demande des images, tu peux en parler à l’un de ces services ou à un adulte de confiance. Tu n’auras pas d’ennuis.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Comment ça marche&#xa0;?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Ta photo ou ta vidéo reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>L’appli crée ses empreintes numériques ici</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Seules les empreintes numériques sont envoyées à Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Les sites et applis cherchent les correspondances et les suppriment</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>C’est quoi, une empreinte numérique&#xa0;?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Une empreinte numérique (en informatique, on dit un hash) est un code court calculé à partir d’une photo ou d’une vidéo. La même image donne toujours le même code. Le code ne peut pas être retransformé en image, donc personne ne peut s’en servir pour voir ton image.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Empreintes numériques de fichier (MD5 et SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Elles reconnaissent les copies exactes du même fichier. Si même une toute petite partie du fichier change, le code change aussi.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Empreintes numériques d’image (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Celle-ci est calculée à partir de ce que montre l’image, donc elle peut aussi trouver des copies réduites, enregistrées à nouveau ou un peu modifiées. Les images très simples ou floues donnent une empreinte numérique faible, plus difficile à reconnaître. Elle est quand même envoyée.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Copies modifiées</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Chaque photo reçoit aussi des empreintes numériques en plus pour les façons dont les copies sont souvent modifiées&#xa0;: coupées d’un côté, zoomées, recadrées en carré, tournées, mises dans une story ou sous un texte. Ces copies peuvent donc être trouvées sans nouveau signalement. Certains changements ne sont toujours pas repérés&#xa0;: une copie coupée de tous les côtés, une capture d’écran, ou une copie avec des stickers dessus. Si tu trouves une copie comme ça, tu peux l’envoyer dans un nouveau signalement.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Empreintes numériques de vidéo</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Pour une vidéo, l’appli crée une empreinte numérique d’image d’environ une image par seconde, en plus des empreintes numériques de fichier.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Que deviennent les empreintes numériques&#xa0;?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>Le NCMEC les ajoute à une liste. Les sites et applis participants comparent les publications à cette liste. Si quelque chose correspond, ils peuvent le supprimer ou empêcher sa publication. Personne ne voit tes images à cause de cette appli.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Ce que Take It Down ne peut pas faire</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Elle ne peut pas supprimer les images des sites et applis qui ne participent pas, ni des messages privés. Les images très modifiées risquent de ne pas être reconnues.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Vidéo %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Kept short so the percentage fits under the thumbnail (the tile is about 8 lines of text wide); the line above the buttons says fingerprints are being made.</translatorcomment>
        <translation>Création… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translatorcomment>Kept short to fit under the thumbnail, like the one with the percentage.</translatorcomment>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Prêt&#xa0;: empreinte de fichier seulement</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Prêt (empreinte numérique faible)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Prêt en partie</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Impossible de lire ce fichier</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Moins d’une minute restante.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Environ %n minute restante.</numerusform>
            <numerusform>Environ %n minutes restantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Ce fichier n’a pas pu être ouvert ou enregistré à cet endroit. Essaie un autre endroit.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Quelque chose s’est mal passé. Ce n’est pas ta faute. Réessaie, s’il te plaît.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Trouver de l’aide</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Où parler à quelqu’un</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Ferme l’appli tout de suite et oublie tout. Tu peux aussi appuyer trois fois sur Shift, ou deux fois sur Escape.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Copié. Colle-le dans un endroit privé. L’appli vide le presse-papiers en se fermant, si le reçu y est encore.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Enregistré. Garde le fichier dans un endroit privé.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Nous n’avons pas trouvé ce fichier. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Ce n’est ni une photo ni une vidéo, donc nous ne pouvons pas créer son empreinte numérique. Tu peux l’enlever et continuer.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Cet ordinateur ne nous a pas laissé ouvrir ce dossier, donc rien de ce qu’il contient n’a été ajouté.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Cet ordinateur ne nous a pas laissé ouvrir ce fichier. Tu peux le copier ailleurs et réessayer.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Ce fichier est vide, donc il n’y a pas d’empreinte numérique à créer.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Ce fichier est trop gros pour que nous puissions le lire. Tu peux l’enlever et continuer.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Cette image dit être bien plus grande que n’importe quelle vraie photo, donc nous ne l’avons pas ouverte. Tu peux l’enlever et continuer.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Cette image semble abîmée, donc nous n’avons pas pu créer son empreinte numérique d’image. Son empreinte numérique de fichier a quand même été créée.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Cette vidéo semble abîmée, donc nous n’avons pas pu créer son empreinte numérique de vidéo. Son empreinte numérique de fichier a quand même été créée.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Nous ne savons pas encore lire ce type de fichier. Tu peux l’enlever et continuer.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Arrêté avant la fin de ce fichier.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Un problème est survenu pendant la lecture de ce fichier. Tu peux l’enlever et continuer, ou réessayer.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Nous n’avons pas pu joindre le service Take It Down. Vérifie ta connexion à internet, puis réessaie.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Le proxy de ton réseau ne nous a pas laissés accéder au service Take It Down. Réessaie sur un autre réseau, comme le wifi de la maison ou les données mobiles.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Le service Take It Down a mis trop de temps à répondre. Réessaie dans quelques minutes, s’il te plaît.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Nous n’avons pas pu confirmer que nous parlions au vrai service Take It Down, donc rien n’a été envoyé. Ça peut arriver sur les réseaux d’école ou de travail. Réessaie sur un autre réseau, comme le wifi de la maison ou les données mobiles.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Un problème est survenu du côté du service Take It Down. Ce n’est pas ta faute. Réessaie plus tard, s’il te plaît.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Beaucoup de signalements arrivent de ton réseau en ce moment. Attends quelques minutes et réessaie, s’il te plaît.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Nous n’avons trouvé aucun signalement avec ce numéro de signalement et cette clé secrète. Compare les deux avec ton reçu pour repérer une faute de frappe, s’il te plaît.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Le service Take It Down n’a pas pu accepter ce signalement. Essaie d’envoyer moins de fichiers à la fois, ou mets l’appli à jour.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>L’adresse du service n’est pas une adresse sécurisée (https://), donc rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Le réglage du proxy n’est pas correct. Il devrait ressembler à socks5://localhost:9050 ou http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Tes empreintes numériques sont toujours là, prêtes à être envoyées.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Reçu Take It Down

Avec le numéro de signalement («&#xa0;Report number&#xa0;») et la clé secrète («&#xa0;Secret key&#xa0;») ci-dessous, tu peux vérifier ton signalement ou le retirer.
Garde-les pour toi&#xa0;: toute personne qui a les deux peut retirer le signalement.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Tape ou colle la clé secrète de ton reçu, s’il te plaît.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Tape ou colle le numéro de signalement de ton reçu, s’il te plaît.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Seul le dernier caractère peut être * ~ $ = ou U. Les clés n’utilisent que les chiffres 0-9 et les lettres A-Z (sans I, L, O ni U), et parfois un des signes * ~ $ = U tout à la fin.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Il y a une faute de frappe dans cette clé secrète&#xa0;: au moins un caractère est différent de ton reçu. Vérifie chaque groupe encore une fois, s’il te plaît.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Il y a une faute de frappe dans ce numéro de signalement&#xa0;: au moins un caractère est différent de ton reçu. Vérifie-le encore une fois, s’il te plaît.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translatorcomment>The saved receipt file is always written in English, so the two line labels stay in English here.</translatorcomment>
        <translation>Ça ne ressemble pas à un reçu Take It Down. Il devrait avoir une ligne qui commence par «&#xa0;Report number:&#xa0;» et une autre qui commence par «&#xa0;Secret key:&#xa0;».</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down est pour les photos et vidéos d’une personne de moins de 18 ans. Confirme que la personne qu’on y voit avait moins de 18 ans quand elles ont été prises, s’il te plaît.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Aucune empreinte numérique n’a pu être créée pour ces fichiers, donc il n’y a rien à envoyer. Essaie d’ajouter à nouveau les photos ou vidéos, ou d’autres copies.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Ces empreintes numériques sont trop lourdes pour être envoyées dans un seul signalement (les longues vidéos en créent beaucoup). Envoie moins de fichiers à la fois, s’il te plaît.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Ce n’est pas un fichier d’empreintes numériques enregistré par Take It Down, ou il a été modifié après l’enregistrement. Choisis le fichier que l’appli a enregistré pour toi, s’il te plaît.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Ce fichier n’a pas pu être ouvert. Vérifie qu’il est toujours là.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Une clé secrète a %1 lettres et chiffres, mais celle-ci en a %2. Vérifie s’il en manque un ou s’il y en a un de trop.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Un numéro de signalement a %1 lettres et chiffres, mais celui-ci en a %2. Vérifie s’il en manque un ou s’il y en a un de trop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être dans une clé secrète. Les clés n’utilisent que les chiffres 0-9 et les lettres A-Z (sans I, L, O ni U), et parfois un des signes * ~ $ = U tout à la fin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être dans un numéro de signalement. Les numéros de signalement n’utilisent que les chiffres 0-9 et les lettres A-Z (sans I, L, O ni U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Un signalement peut contenir jusqu’à %1 fichiers, et celui-ci en a %2. Envoie-les en plus petits groupes, s’il te plaît.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Cette copie de Take It Down ne sait pas où envoyer les signalements, donc elle ne peut pas être utilisée. Ce n’est pas ta faute. Rien n’a été envoyé. Récupère de nouveau l’appli auprès des personnes ou de l’endroit qui te l’ont donnée, s’il te plaît. Quand tu fermes ce message, l’appli se ferme aussi.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Deux petites questions</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Nous ne te demandons pas ton nom, ni rien qui pourrait dire qui tu es.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Sur ces photos ou vidéos, avais-tu (ou la personne que tu aides) moins de 18 ans&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Oui, moins de 18 ans</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Non, 18 ans ou plus</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Ce n’est pas grave. Si elles ont pu être prises avant 18 ans, tu peux continuer. Take It Down est pour tout ce qui a pu être pris avant 18 ans.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Qui utilise l’appli&#xa0;?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Je suis la personne sur les photos ou vidéos</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Je suis un parent ou un adulte de confiance qui aide une personne jeune</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>J’aide dans le cadre de mon travail (conseil ou autre)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Voici tout ce qui va être envoyé</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Voici le signalement complet, exactement comme il sera envoyé. Il contient seulement des empreintes numériques&#xa0;: pas d’images, pas de noms de fichier, pas de noms et pas de lieu. «&#xa0;role&#xa0;» dit qui envoie, «&#xa0;attested_under_18&#xa0;» est la case que tu coches plus bas, et «&#xa0;key_verifier&#xa0;» te permet de vérifier ou de retirer le signalement plus tard sans dire qui tu es.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Le signalement qui va être envoyé</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Masquer le signalement exact</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Afficher le signalement exact</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Copier le texte du signalement</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Envoyer les empreintes numériques</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Rien n’est envoyé tant que tu n’appuies pas sur «&#xa0;Envoyer les empreintes numériques&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n empreinte numérique</numerusform>
            <numerusform>%n empreintes numériques</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Empreintes numériques pour chaque photo&#xa0;: %1. La plupart sont en plus, pour les copies coupées ou recadrées, pour qu’on puisse les trouver aussi.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Seules des empreintes numériques comme %1 sont envoyées&#xa0;: pas d’images, pas de noms, pas de lieux.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Certaines images sont très simples ou floues, donc leurs empreintes numériques sont faibles et plus difficiles à reconnaître. Elles sont quand même envoyées, et peuvent quand même aider.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Photo&#xa0;: %n.</numerusform>
            <numerusform>Photos&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Vidéo&#xa0;: %n.</numerusform>
            <numerusform>Vidéos&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Autre fichier&#xa0;: %n.</numerusform>
            <numerusform>Autres fichiers&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Laissé de côté car illisible&#xa0;: %n.</numerusform>
            <numerusform>Laissés de côté car illisibles&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Je confirme que ces photos et vidéos me montrent quand j’avais moins de 18 ans.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Je confirme que ces photos et vidéos montrent la personne jeune que j’aide, quand elle avait moins de 18 ans.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Tes empreintes numériques sont enregistrées</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Elles sont dans le fichier que tu as choisi. Rien n’a encore été envoyé. Pour les envoyer, ouvre Take It Down sur n’importe quel ordinateur connecté à internet, choisis «&#xa0;Envoyer les empreintes numériques enregistrées&#xa0;», puis ce fichier.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Le fichier contient la clé secrète de ce signalement. Garde-le privé, et supprime-le une fois le signalement envoyé.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Enregistrer les empreintes numériques pour plus tard…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Rien n’a été perdu. Tu peux aussi enregistrer les empreintes numériques dans un fichier de ton choix, et les envoyer plus tard depuis n’importe quel ordinateur.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Nous n’avons pas encore pu l’envoyer</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Envoi de tes empreintes numériques…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Ça prend en général quelques secondes. Seules les empreintes numériques sont envoyées.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Choisis la langue de l’appli. Elle change tout de suite.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Nous pouvons aider à empêcher la diffusion de ces images</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>S’il existe des photos ou vidéos dénudées ou sexuelles de toi, prises avant tes 18 ans, cette appli peut aider à les faire supprimer des sites et applis, ou à empêcher qu’elles soient partagées. Ce n’est pas ta faute, et tu n’auras pas d’ennuis.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Tes images restent avec toi</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Tes photos et vidéos restent sur cet ordinateur. Elles ne sont jamais envoyées en ligne.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Seules les empreintes numériques sont envoyées&#xa0;: des codes courts qui ne peuvent pas redevenir des images.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Tu ne donnes ni ton nom, ni ton e-mail, ni ton numéro de téléphone. C’est gratuit.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Tu peux arrêter à tout moment. Sortie rapide (en haut à droite) ferme l’appli tout de suite. Tu peux aussi appuyer trois fois sur Shift, ou deux fois sur Escape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Comment ça marche&#xa0;?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Vérifier ou retirer un ancien signalement</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Envoyer les empreintes numériques enregistrées</translation>
    </message>
</context>
</TS>
