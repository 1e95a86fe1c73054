<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos and videos never leave this computer. They are not uploaded, and the app doesn&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app makes a fingerprint of each one: a short code worked out from the picture. A fingerprint can&apos;t be turned back into the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fingerprints are sent, to Take It Down. It is run by NCMEC, a US charity that helps children and young people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites and apps that take part use the fingerprints to find copies and remove them, or to stop them from being posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s free. You don&apos;t give your name, email or phone number, so nobody knows who sent the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
