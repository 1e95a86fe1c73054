<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Πρόσθεσε τις φωτογραφίες και τα βίντεο</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Πρόσθεσε κάθε φωτογραφία ή βίντεο που θέλεις να κατέβει. Μένουν σε αυτόν τον υπολογιστή: δημιουργούνται μόνο τα ψηφιακά τους αποτυπώματα. Είναι θολά, για να μη χρειαστεί να τα δεις.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Σύρε εδώ φωτογραφίες, βίντεο ή φακέλους</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Διάλεξε φωτογραφίες και βίντεο…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Φωτογραφίες και βίντεο που πρόσθεσες</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Πάτα Delete για να βγάλεις όσα διάλεξες. Κράτα πατημένο για να δεις ένα.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Αν δεις αυτές τις εικόνες, μπορεί να στενοχωρηθείς, και κάποιος κοντά σου μπορεί να τις δει κι αυτός. Δεν χρειάζεται να τις κοιτάξεις: τα αποτυπώματα δημιουργούνται έτσι κι αλλιώς. Να εμφανιστούν παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Εμφάνισέ τις</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Άφησέ τις θολές</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Κρύψε τις εικόνες</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Δείξε τις εικόνες</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Οι εικόνες μένουν θολές, εκτός αν διαλέξεις να τις δεις.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Αφαίρεση όσων διάλεξες</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Διακοπή δημιουργίας ψηφιακών αποτυπωμάτων</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Είχε ήδη προστεθεί, οπότε δεν προστέθηκε ξανά: %n.</numerusform>
            <numerusform>Είχαν ήδη προστεθεί, οπότε δεν προστέθηκαν ξανά: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Δεν έχει προστεθεί τίποτα ακόμα.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Δημιουργία ψηφιακών αποτυπωμάτων: απομένει %n.</numerusform>
            <numerusform>Δημιουργία ψηφιακών αποτυπωμάτων: απομένουν %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Ψάχνω στους φακέλους…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Έτοιμα: %n.</numerusform>
            <numerusform>Έτοιμα: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Αδύναμο αποτύπωμα, αλλά χρήσιμο: %n.</numerusform>
            <numerusform>Αδύναμα αποτυπώματα, αλλά χρήσιμα: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Δεν διαβάστηκαν: %n.</numerusform>
            <numerusform>Δεν διαβάστηκαν: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Εμφανίζονται μία φορά, γιατί ήταν ίδια με άλλο αρχείο: %n.</numerusform>
            <numerusform>Εμφανίζονται μία φορά, γιατί ήταν ίδια με άλλο αρχείο: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Σε κάποιους φακέλους δεν μπορέσαμε να ψάξουμε. Δοκίμασε να τους προσθέσεις ξανά.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Μπορείς να προσθέσεις κι άλλα ή να συνεχίσεις.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Μπορείς να συνεχίσεις να προσθέτεις αρχεία ή να πατήσεις Διακοπή.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Αυτή η εικόνα είναι πολύ απλή ή θολή, οπότε το ψηφιακό της αποτύπωμα είναι αδύναμο και πιο δύσκολο να ταιριάξει. Στέλνεται κανονικά και μπορεί να βοηθήσει.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Αυτό δεν είναι φωτογραφία ούτε βίντεο, οπότε θα σταλεί μόνο το αποτύπωμα του αρχείου. Μπορεί όμως να βρει ακριβή αντίγραφα αυτού του αρχείου.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Αυτή η υπηρεσία είναι για εικόνες πριν από τα 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Το Take It Down είναι μόνο για φωτογραφίες και βίντεο που τραβήχτηκαν όταν κάποιος ήταν κάτω από 18. Δεν στάλθηκε τίποτα. Υπάρχει μια δωρεάν υπηρεσία που λειτουργεί με παρόμοιο τρόπο για ενήλικες, και άνθρωποι που μπορείς να μιλήσεις:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Αν δεν ξέρεις σίγουρα πόσο χρονών ήσουν, γύρνα πίσω και διάλεξε «Δεν ξέρω».</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ξεκίνα από την αρχή</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Έλεγξε ή απόσυρε μια παλιότερη αναφορά</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Γράψε τον αριθμό αναφοράς και το μυστικό κλειδί από το αποδεικτικό σου ή άνοιξε ένα αποδεικτικό που έχεις αποθηκεύσει. Αν αποσύρεις μια αναφορά, τα ψηφιακά της αποτυπώματα βγαίνουν από τη λίστα.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Αριθμός αναφοράς:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Μυστικό κλειδί:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Αριθμός αναφοράς</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Μυστικό κλειδί</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Έλεγχος αναφοράς</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Άνοιγμα αποδεικτικού…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Απόσυρση αναφοράς…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Να αποσυρθεί αυτή η αναφορά; Τα αποτυπώματά της θα βγουν από τη λίστα, οπότε οι ιστότοποι και οι εφαρμογές θα σταματήσουν να ψάχνουν αυτές τις εικόνες. Αυτό δεν αναιρείται, αλλά μπορείς πάντα να στείλεις νέα αναφορά.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ναι, απόσυρέ την</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Όχι, κράτα την</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Έλεγχος…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Απόσυρση…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Αυτή η αναφορά αποσύρθηκε. Τα αποτυπώματά της δεν είναι πια στη λίστα. Είχε παραληφθεί στις %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Αυτή η αναφορά είναι ενεργή. Παραλήφθηκε στις %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Αρχεία με αποτύπωμα σε αυτήν: %n.</numerusform>
            <numerusform>Αρχεία με αποτύπωμα σε αυτήν: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Η αναφορά σου στάλθηκε</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Έγινε. Ορίστε το αποδεικτικό σου. Το χρειάζεσαι για να ελέγξεις την αναφορά αργότερα.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Αριθμός αναφοράς:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Μυστικό κλειδί:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Φύλαξε αυτά τα δύο κάπου ασφαλές και ιδιωτικό. Χρειάζεσαι και τα δύο για να ελέγξεις ή να αποσύρεις την αναφορά σου. Αν τα χάσεις, κανείς δεν μπορεί να τα βρει ξανά, ούτε εμείς. Όποιος έχει και τα δύο μπορεί να αποσύρει την αναφορά.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Αντιγραφή αποδεικτικού</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Αποθήκευση αποδεικτικού ως…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Τι γίνεται μετά</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>Το NCMEC προσθέτει τα ψηφιακά σου αποτυπώματα στη λίστα του. Οι ιστότοποι και οι εφαρμογές που συμμετέχουν χρησιμοποιούν τη λίστα για να βρίσκουν αντίγραφα και να τα κατεβάζουν ή να μην αφήνουν να δημοσιευτούν. Δεν θα λάβεις μήνυμα γι&apos; αυτό, γιατί κανείς δεν ξέρει ποιος είσαι. Μπορείς να ελέγξεις την αναφορά σου με αυτή την εφαρμογή όποτε θέλεις.

Σε παρακαλούμε, μη μοιραστείς τις φωτογραφίες ή τα βίντεο πουθενά, ούτε καν για να τα αναφέρεις. Αν τα στείλεις ξανά, μπορεί να διαδοθούν.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Δεν χρειάζεται να το περάσεις χωρίς βοήθεια</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Αν ανησυχείς, στενοχωριέσαι ή κάποιος σε απειλεί, αυτές οι δωρεάν, εμπιστευτικές υπηρεσίες μπορούν να βοηθήσουν:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ξεκίνα από την αρχή</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Κλείσιμο εφαρμογής</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Προσωπικός φάκελος</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Επιφάνεια εργασίας</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Εικόνες</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Βίντεο</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Λήψεις</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Διάλεξε φωτογραφίες, βίντεο ή ολόκληρους φακέλους. Κράτα πατημένο το Ctrl για να διαλέξεις πολλά.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Διάλεξε το αρχείο με τα αποτυπώματα που αποθήκευσες πριν.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Διάλεξε έναν φάκελο και μετά γράψε ένα όνομα για το αρχείο.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Γρήγορη έξοδος</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Πάνω φάκελος</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Τοποθεσίες</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Αρχεία και φάκελοι</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Όνομα αρχείου:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Όνομα αρχείου</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Υπάρχει ήδη εδώ αρχείο με αυτό το όνομα. Αν αποθηκεύσεις, θα αντικατασταθεί.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Βρες βοήθεια τώρα</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Δεν χρειάζεται να το περάσεις χωρίς βοήθεια. Αυτές οι υπηρεσίες είναι δωρεάν και εμπιστευτικές. Αν κάποιος σε απειλεί ή σου ζητά εικόνες, μπορείς να το πεις σε μία από αυτές ή σε έναν ενήλικα που εμπιστεύεσαι. Δεν θα μπλέξεις.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Πώς λειτουργεί;</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Η φωτογραφία ή το βίντεό σου μένει σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Η εφαρμογή φτιάχνει εδώ τα ψηφιακά αποτυπώματα</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Στο Take It Down στέλνονται μόνο τα αποτυπώματα</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Ιστότοποι και εφαρμογές ψάχνουν ταιριάσματα και τα κατεβάζουν</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Τι είναι ένα ψηφιακό αποτύπωμα;</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Ένα ψηφιακό αποτύπωμα (οι άνθρωποι των υπολογιστών το λένε hash) είναι ένας σύντομος κωδικός που υπολογίζεται από μια φωτογραφία ή ένα βίντεο. Η ίδια εικόνα δίνει πάντα τον ίδιο κωδικό. Ο κωδικός δεν μπορεί να ξαναγίνει εικόνα, οπότε κανείς δεν μπορεί να δει την εικόνα σου από αυτόν.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Αποτυπώματα αρχείου (MD5 και SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Αυτά ταιριάζουν με ακριβή αντίγραφα του ίδιου αρχείου. Αν αλλάξει έστω και ένα μικρό κομμάτι του αρχείου, αλλάζει και ο κωδικός.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Αποτύπωμα εικόνας (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Αυτό υπολογίζεται από το πώς φαίνεται η εικόνα, οπότε βρίσκει και αντίγραφα που μίκρυναν, αποθηκεύτηκαν ξανά ή άλλαξαν λίγο. Πολύ απλές ή θολές εικόνες δίνουν αδύναμο αποτύπωμα, που ταιριάζει πιο δύσκολα. Στέλνεται κανονικά.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Αλλαγμένα αντίγραφα</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Κάθε φωτογραφία παίρνει επίσης επιπλέον αποτυπώματα για τους τρόπους που αλλάζουν συχνά τα αντίγραφα: κομμένα από μία πλευρά, με ζουμ, τετράγωνα, γυρισμένα, μέσα σε story ή κάτω από ένα κείμενο. Έτσι αυτά τα αντίγραφα μπορούν να βρεθούν χωρίς νέα αναφορά. Κάποιες αλλαγές ακόμα δεν εντοπίζονται: ένα αντίγραφο κομμένο από όλες τις πλευρές, ένα στιγμιότυπο οθόνης ή ένα αντίγραφο με αυτοκόλλητα πάνω του. Αν βρεις τέτοιο αντίγραφο, μπορείς να το στείλεις σε νέα αναφορά.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Αποτυπώματα βίντεο</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Για ένα βίντεο, η εφαρμογή φτιάχνει αποτύπωμα εικόνας για περίπου ένα καρέ το δευτερόλεπτο, μαζί με τα αποτυπώματα του αρχείου.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Τι γίνεται με τα αποτυπώματα;</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>Το NCMEC τα προσθέτει σε μια λίστα. Οι ιστότοποι και οι εφαρμογές που συμμετέχουν συγκρίνουν τις αναρτήσεις με τη λίστα. Αν κάτι ταιριάζει, μπορούν να το κατεβάσουν ή να μην αφήσουν να δημοσιευτεί. Κανείς δεν βλέπει τις εικόνες σου εξαιτίας αυτής της εφαρμογής.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Τι δεν μπορεί να κάνει το Take It Down</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Δεν μπορεί να αφαιρέσει εικόνες από ιστότοπους και εφαρμογές που δεν συμμετέχουν, ούτε από προσωπικά μηνύματα. Εικόνες που άλλαξαν πολύ μπορεί να μην ταιριάξουν.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Φωτογραφία %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Βίντεο %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Αρχείο %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Αποτύπωμα… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Αποτύπωμα…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Έτοιμο: μόνο αποτύπωμα αρχείου</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Έτοιμο (αδύναμο αποτύπωμα)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Έτοιμο εν μέρει</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Σταμάτησε</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Δεν διαβάστηκε αυτό το αρχείο</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Απομένει λιγότερο από ένα λεπτό.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Απομένει περίπου %n λεπτό.</numerusform>
            <numerusform>Απομένουν περίπου %n λεπτά.</numerusform>
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
        <translation>Δεν μπορέσαμε να ανοίξουμε ή να αποθηκεύσουμε αυτό το αρχείο εκεί. Δοκίμασε άλλο σημείο.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Κάτι πήγε στραβά. Δεν φταις εσύ. Δοκίμασε ξανά.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Βρες βοήθεια</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Μέρη για να μιλήσεις με κάποιον</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Γρήγορη έξοδος</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Κλείνει αμέσως την εφαρμογή και ξεχνά τα πάντα. Μπορείς επίσης να πατήσεις το Shift τρεις φορές ή το Escape δύο φορές.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Αντιγράφηκε. Επικόλλησέ το κάπου ιδιωτικά. Η εφαρμογή καθαρίζει το πρόχειρο όταν κλείνει, αν το αποδεικτικό είναι ακόμα εκεί.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Αποθηκεύτηκε. Φύλαξε το αρχείο κάπου ιδιωτικά.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Δεν βρήκαμε αυτό το αρχείο. Ίσως μετακινήθηκε ή διαγράφηκε.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Αυτό δεν είναι φωτογραφία ή βίντεο, οπότε δεν μπορούμε να φτιάξουμε αποτύπωμα. Μπορείς να το αφαιρέσεις και να συνεχίσεις.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Αυτός ο υπολογιστής δεν μας άφησε να ανοίξουμε αυτόν τον φάκελο, οπότε δεν προστέθηκε τίποτα από μέσα.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Αυτός ο υπολογιστής δεν μας άφησε να ανοίξουμε αυτό το αρχείο. Μπορείς να το αντιγράψεις κάπου αλλού και να δοκιμάσεις ξανά.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Αυτό το αρχείο είναι άδειο, οπότε δεν υπάρχει κάτι για αποτύπωμα.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Αυτό το αρχείο είναι πολύ μεγάλο για να το διαβάσουμε. Μπορείς να το αφαιρέσεις και να συνεχίσεις.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Αυτή η εικόνα λέει ότι είναι πολύ μεγαλύτερη από κάθε πραγματική φωτογραφία, οπότε δεν την ανοίξαμε. Μπορείς να την αφαιρέσεις και να συνεχίσεις.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Αυτή η εικόνα φαίνεται χαλασμένη, οπότε δεν μπορέσαμε να φτιάξουμε το αποτύπωμα εικόνας. Το αποτύπωμα αρχείου φτιάχτηκε κανονικά.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Αυτό το βίντεο φαίνεται χαλασμένο, οπότε δεν μπορέσαμε να φτιάξουμε το αποτύπωμα βίντεο. Το αποτύπωμα αρχείου φτιάχτηκε κανονικά.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Δεν μπορούμε ακόμα να διαβάσουμε αυτό το είδος αρχείου. Μπορείς να το αφαιρέσεις και να συνεχίσεις.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Σταμάτησε πριν τελειώσει αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Κάτι πήγε στραβά όταν διαβάζαμε αυτό το αρχείο. Μπορείς να το αφαιρέσεις και να συνεχίσεις ή να δοκιμάσεις ξανά.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Δεν μπορέσαμε να φτάσουμε στην υπηρεσία Take It Down. Έλεγξε τη σύνδεσή σου στο διαδίκτυο και δοκίμασε ξανά.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Ο διακομιστής μεσολάβησης (proxy) του δικτύου σου δεν μας άφησε να φτάσουμε στην υπηρεσία Take It Down. Δοκίμασε ξανά σε άλλο δίκτυο, όπως το Wi-Fi του σπιτιού ή τα δεδομένα κινητής.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Η υπηρεσία Take It Down άργησε πολύ να απαντήσει. Δοκίμασε ξανά σε λίγα λεπτά.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Δεν μπορέσαμε να επιβεβαιώσουμε ότι μιλάμε με την πραγματική υπηρεσία Take It Down, οπότε δεν στάλθηκε τίποτα. Αυτό μπορεί να συμβεί σε δίκτυα σχολείου ή δουλειάς. Δοκίμασε ξανά σε άλλο δίκτυο, όπως το Wi-Fi του σπιτιού ή τα δεδομένα κινητής.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Κάτι πήγε στραβά από την πλευρά της υπηρεσίας Take It Down. Δεν φταις εσύ. Δοκίμασε ξανά αργότερα.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Αυτή τη στιγμή έρχονται πολλές αναφορές από το δίκτυό σου. Περίμενε λίγα λεπτά και δοκίμασε ξανά.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Δεν βρήκαμε αναφορά με αυτόν τον αριθμό αναφοράς και αυτό το μυστικό κλειδί. Σύγκρινε και τα δύο με το αποδεικτικό σου, μήπως υπάρχει τυπογραφικό λάθος.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Η υπηρεσία Take It Down δεν μπόρεσε να δεχτεί αυτή την αναφορά. Δοκίμασε να στείλεις λιγότερα αρχεία κάθε φορά ή ενημέρωσε την εφαρμογή.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Η διεύθυνση της υπηρεσίας δεν είναι ασφαλής (https://), οπότε δεν στάλθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Η ρύθμιση του proxy δεν είναι σωστή. Πρέπει να μοιάζει με socks5://localhost:9050 ή http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Τα ψηφιακά σου αποτυπώματα είναι ακόμα εδώ, έτοιμα για αποστολή.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Αποδεικτικό Take It Down

Με τον αριθμό αναφοράς («Report number») και το μυστικό κλειδί («Secret key») παρακάτω, μπορείς να ελέγξεις ή να αποσύρεις την αναφορά σου.
Κράτα τα ιδιωτικά: όποιος έχει και τα δύο μπορεί να αποσύρει την αναφορά.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Γράψε ή επικόλλησε το μυστικό κλειδί από το αποδεικτικό σου.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Γράψε ή επικόλλησε τον αριθμό αναφοράς από το αποδεικτικό σου.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Μόνο ο τελευταίος χαρακτήρας μπορεί να είναι * ~ $ = ή U. Τα κλειδιά έχουν μόνο τους αριθμούς 0-9 και τα γράμματα A-Z (χωρίς I, L, O και U) και κάποιες φορές ένα από τα * ~ $ = U στο τέλος.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Υπάρχει τυπογραφικό λάθος σε αυτό το μυστικό κλειδί: τουλάχιστον ένας χαρακτήρας διαφέρει από το αποδεικτικό σου. Έλεγξε ξανά κάθε ομάδα.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Υπάρχει τυπογραφικό λάθος σε αυτόν τον αριθμό αναφοράς: τουλάχιστον ένας χαρακτήρας διαφέρει από το αποδεικτικό σου. Έλεγξέ τον ξανά.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Αυτό δεν μοιάζει με αποδεικτικό Take It Down. Θα έπρεπε να έχει μια γραμμή που ξεκινά με «Report number:» και μία που ξεκινά με «Secret key:».</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Το Take It Down είναι για φωτογραφίες και βίντεο ατόμου κάτω των 18. Επιβεβαίωσε ότι το άτομο ήταν κάτω από 18 όταν τραβήχτηκαν.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Κανένα από αυτά τα αρχεία δεν πήρε αποτύπωμα, οπότε δεν υπάρχει τίποτα για αποστολή. Δοκίμασε να προσθέσεις ξανά τις φωτογραφίες ή τα βίντεο ή άλλα αντίγραφά τους.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Αυτά τα αποτυπώματα είναι πολύ μεγάλα για μία αναφορά (τα μεγάλα βίντεο φτιάχνουν πολλά). Στείλε λιγότερα αρχεία κάθε φορά.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Αυτό δεν είναι αρχείο Take It Down με αποθηκευμένα αποτυπώματα ή άλλαξε μετά την αποθήκευση. Διάλεξε το αρχείο που αποθήκευσε η εφαρμογή για σένα.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Αυτό το αρχείο δεν άνοιξε. Έλεγξε ότι υπάρχει ακόμα.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Ένα μυστικό κλειδί έχει %1 γράμματα και αριθμούς, αλλά αυτό έχει %2. Έλεγξε αν λείπει κάποιος ή αν περισσεύει.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Ένας αριθμός αναφοράς έχει %1 γράμματα και αριθμούς, αλλά αυτός έχει %2. Έλεγξε αν λείπει κάποιος ή αν περισσεύει.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Το «%1» δεν μπορεί να υπάρχει σε μυστικό κλειδί. Τα κλειδιά έχουν μόνο τους αριθμούς 0-9 και τα γράμματα A-Z (χωρίς I, L, O και U) και κάποιες φορές ένα από τα * ~ $ = U στο τέλος.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>Το «%1» δεν μπορεί να υπάρχει σε αριθμό αναφοράς. Οι αριθμοί αναφοράς έχουν μόνο τους αριθμούς 0-9 και τα γράμματα A-Z (χωρίς I, L, O και U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Μία αναφορά χωρά έως %1 αρχεία, και αυτή έχει %2. Στείλ&apos; τα σε μικρότερες ομάδες.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Αυτό το αντίγραφο του Take It Down δεν ξέρει πού να στείλει τις αναφορές, οπότε δεν μπορεί να χρησιμοποιηθεί. Δεν φταις εσύ. Δεν στάλθηκε τίποτα. Πάρε ξανά την εφαρμογή από τους ανθρώπους ή το μέρος που σου την έδωσαν. Όταν κλείσεις αυτό το μήνυμα, θα κλείσει και η εφαρμογή.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Δύο γρήγορες ερωτήσεις</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Δεν ζητάμε το όνομά σου ούτε κάτι άλλο που θα έδειχνε ποιος είσαι.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Ήσουν εσύ (ή ο νέος που βοηθάς) κάτω από 18 σε αυτές τις εικόνες;</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Ναι, κάτω από 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Όχι, 18 και πάνω</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Δεν ξέρω</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Δεν πειράζει. Αν μπορεί να τραβήχτηκαν πριν από τα 18, μπορείς να συνεχίσεις. Το Take It Down είναι για οτιδήποτε μπορεί να τραβήχτηκε πριν από τα 18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Ποιος χρησιμοποιεί την εφαρμογή;</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Είμαι το άτομο στις φωτογραφίες ή στα βίντεο</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Είμαι γονιός ή ενήλικας εμπιστοσύνης και βοηθάω έναν νέο</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Βοηθάω ως σύμβουλος ή άλλος επαγγελματίας</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Αυτά είναι όλα όσα θα σταλούν</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Παρακάτω είναι όλη η αναφορά, ακριβώς όπως θα σταλεί. Έχει μόνο ψηφιακά αποτυπώματα: καμία εικόνα, κανένα όνομα αρχείου, κανένα όνομα και καμία τοποθεσία. Το «role» λέει ποιος στέλνει, το «attested_under_18» είναι το κουτί που τσεκάρεις παρακάτω, και το «key_verifier» σού επιτρέπει να ελέγξεις ή να αποσύρεις την αναφορά αργότερα χωρίς να πεις ποιος είσαι.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Η αναφορά που θα σταλεί</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Τι θα σταλεί</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Απόκρυψη της ακριβούς αναφοράς</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Εμφάνιση της ακριβούς αναφοράς</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Αντιγραφή κειμένου αναφοράς</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Αποστολή αποτυπωμάτων</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Δεν στέλνεται τίποτα μέχρι να πατήσεις «Αποστολή αποτυπωμάτων».</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n αποτύπωμα</numerusform>
            <numerusform>%n αποτυπώματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Αποτυπώματα για κάθε φωτογραφία: %1. Τα περισσότερα είναι επιπλέον, για αντίγραφα που κόπηκαν ή άλλαξαν κάδρο, ώστε να μπορούν να βρεθούν κι αυτά.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Στέλνονται μόνο αποτυπώματα όπως το %1: καμία εικόνα, κανένα όνομα, κανένα μέρος.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Κάποιες εικόνες είναι πολύ απλές ή θολές, οπότε τα αποτυπώματά τους είναι αδύναμα και πιο δύσκολο να ταιριάξουν. Στέλνονται κανονικά και μπορούν να βοηθήσουν.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Φωτογραφίες: %n.</numerusform>
            <numerusform>Φωτογραφίες: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Βίντεο: %n.</numerusform>
            <numerusform>Βίντεο: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Άλλα αρχεία: %n.</numerusform>
            <numerusform>Άλλα αρχεία: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Έμειναν έξω γιατί δεν διαβάστηκαν: %n.</numerusform>
            <numerusform>Έμειναν έξω γιατί δεν διαβάστηκαν: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Επιβεβαιώνω ότι σε αυτές τις εικόνες είμαι εγώ, πριν από τα 18.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Επιβεβαιώνω ότι σε αυτές είναι ο νέος που βοηθάω, πριν από τα 18.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Τα ψηφιακά σου αποτυπώματα αποθηκεύτηκαν</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Είναι στο αρχείο που διάλεξες. Δεν έχει σταλεί τίποτα ακόμα. Για να τα στείλεις, άνοιξε το Take It Down σε οποιονδήποτε υπολογιστή με internet, διάλεξε «Αποστολή αποθηκευμένων αποτυπωμάτων» και επίλεξε αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Το αρχείο έχει το μυστικό κλειδί αυτής της αναφοράς. Κράτα το ιδιωτικό και σβήσ&apos; το μόλις σταλεί η αναφορά.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Ξεκίνα από την αρχή</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Ξαναδοκίμασε</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Αποθήκευση για αποστολή αργότερα…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Δεν χάθηκε τίποτα. Μπορείς επίσης να αποθηκεύσεις τα αποτυπώματα σε ένα αρχείο που διαλέγεις εσύ και να τα στείλεις αργότερα από οποιονδήποτε υπολογιστή.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Δεν μπορέσαμε να τη στείλουμε ακόμα</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Στέλνονται τα ψηφιακά σου αποτυπώματα…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Συνήθως παίρνει λίγα δευτερόλεπτα. Στέλνονται μόνο τα αποτυπώματα.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Ερωτήσεις</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Βήμα %1 από %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Διάλεξε τη γλώσσα της εφαρμογής. Αλλάζει αμέσως.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Μπορούμε να βοηθήσουμε να σταματήσουν να κυκλοφορούν αυτές οι εικόνες</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Αν υπάρχουν γυμνές ή σεξουαλικές φωτογραφίες ή βίντεο με εσένα από πριν κλείσεις τα 18, αυτή η εφαρμογή μπορεί να βοηθήσει να κατέβουν από ιστότοπους και εφαρμογές ή να μη μοιραστούν. Δεν φταις εσύ και δεν έχεις μπλέξει.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Οι εικόνες σου μένουν σε σένα</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Οι φωτογραφίες και τα βίντεό σου μένουν σε αυτόν τον υπολογιστή. Δεν ανεβαίνουν ποτέ.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Στέλνονται μόνο αποτυπώματα: σύντομοι κωδικοί που δεν μπορούν να ξαναγίνουν εικόνες.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Δεν δίνεις όνομα, email ή αριθμό τηλεφώνου. Είναι δωρεάν.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Μπορείς να σταματήσεις όποτε θέλεις. Η Γρήγορη έξοδος (πάνω δεξιά) κλείνει αμέσως την εφαρμογή. Μπορείς επίσης να πατήσεις το Shift τρεις φορές ή το Escape δύο φορές.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ξεκίνα</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Πώς λειτουργεί;</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Έλεγξε ή απόσυρε μια παλιότερη αναφορά</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Αποστολή αποθηκευμένων αποτυπωμάτων</translation>
    </message>
</context>
</TS>
