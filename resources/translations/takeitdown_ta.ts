<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>புகைப்படங்களையும் வீடியோக்களையும் சேர்க்கவும்</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>நீக்க வேண்டிய ஒவ்வொரு புகைப்படத்தையும் வீடியோவையும் சேர்க்கவும். அவை இந்தக் கணினியிலேயே இருக்கும்: அவற்றின் டிஜிட்டல் கைரேகைகள் மட்டுமே உருவாக்கப்படும். அவை மங்கலாக்கப்பட்டிருக்கும், அதனால் நீங்கள் அவற்றைப் பார்க்க வேண்டியதில்லை.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>புகைப்படங்கள், வீடியோக்கள் அல்லது கோப்புறைகளை இங்கே இழுத்து விடவும்</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>புகைப்படம், வீடியோ தேர்வு…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>சேர்த்த புகைப்படங்களும் வீடியோக்களும்</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>தேர்ந்தெடுத்தவற்றை நீக்க Delete அழுத்தவும். ஒன்றைப் பார்க்க அழுத்திப் பிடிக்கவும்.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>இந்தப் படங்களைப் பார்ப்பது மனதை வருத்தலாம், அருகில் உள்ள யாராவதும் பார்க்கக்கூடும். நீங்கள் அவற்றைப் பார்க்கத் தேவையில்லை: எப்படியும் கைரேகைகள் உருவாக்கப்படும். இருந்தாலும் காட்டவா?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>காட்டு</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>மங்கலாகவே இருக்கட்டும்</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>படங்களை மறை</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>படங்களைக் காட்டு</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>நீங்கள் பார்க்கத் தேர்ந்தெடுக்கும் வரை படங்கள் மங்கலாகவே இருக்கும்.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>தேர்ந்தவற்றை நீக்கு</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>கைரேகை உருவாக்குவதை நிறுத்து</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>தொடர்க</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>ஏற்கனவே சேர்க்கப்பட்டது, அதனால் மீண்டும் சேர்க்கவில்லை: %n.</numerusform>
            <numerusform>ஏற்கனவே சேர்க்கப்பட்டது, அதனால் மீண்டும் சேர்க்கவில்லை: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>இன்னும் எதுவும் சேர்க்கப்படவில்லை.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>கைரேகைகள் உருவாகின்றன: இன்னும் %n உள்ளன.</numerusform>
            <numerusform>கைரேகைகள் உருவாகின்றன: இன்னும் %n உள்ளன.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>கோப்புறைகளைப் பார்க்கிறது…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>தயார்: %n.</numerusform>
            <numerusform>தயார்: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>பலவீனமான கைரேகை, ஆனாலும் பயன்படும்: %n.</numerusform>
            <numerusform>பலவீனமான கைரேகைகள், ஆனாலும் பயன்படும்: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>படிக்க முடியவில்லை: %n.</numerusform>
            <numerusform>படிக்க முடியவில்லை: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>வேறொரு கோப்பைப் போலவே இருந்ததால் ஒருமுறை காட்டப்பட்டது: %n.</numerusform>
            <numerusform>வேறொரு கோப்பைப் போலவே இருந்ததால் ஒருமுறை காட்டப்பட்டன: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>சில கோப்புறைகளுக்குள் பார்க்க முடியவில்லை. அவற்றை மீண்டும் சேர்த்துப் பாருங்கள்.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>இன்னும் சேர்க்கலாம், அல்லது தொடரலாம்.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>கோப்புகளைத் தொடர்ந்து சேர்க்கலாம், அல்லது நிறுத்து என்பதை அழுத்தலாம்.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>இந்தப் படம் மிகவும் வெறுமையாக அல்லது மங்கலாக உள்ளது, அதனால் இதன் கைரேகை பலவீனமாக உள்ளது, பொருத்துவது கடினம். இருந்தாலும் இது அனுப்பப்படும், உதவவும் கூடும்.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>இது புகைப்படமோ வீடியோவோ இல்லை, அதனால் இதன் கோப்புக் கைரேகை மட்டுமே அனுப்பப்படும். அதைக் கொண்டு இந்தக் கோப்பின் அப்படியே உள்ள நகல்களைக் கண்டுபிடிக்க முடியும்.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>இந்தச் சேவை 18 வயதுக்கு முன் எடுத்த படங்களுக்கானது</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>ஒருவர் 18 வயதுக்குக் குறைவாக இருந்தபோது எடுத்த புகைப்படங்களுக்கும் வீடியோக்களுக்கும் மட்டுமே Take It Down. எதுவும் அனுப்பப்படவில்லை. பெரியவர்களுக்கு இதே போல் வேலை செய்யும் ஓர் இலவசச் சேவை இருக்கிறது, பேசுவதற்கு ஆட்களும் இருக்கிறார்கள்:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>அப்போது உங்கள் வயது எவ்வளவு என்று உறுதியாகத் தெரியாவிட்டால், பின்னால் சென்று “உறுதியாகத் தெரியவில்லை” என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>மீண்டும் தொடங்கு</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>முந்தைய கோரிக்கையைப் பார்க்கவும் அல்லது திரும்பப் பெறவும்</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>உங்கள் ரசீதில் உள்ள கோரிக்கை எண்ணையும் ரகசியக் குறியீட்டையும் உள்ளிடுங்கள், அல்லது சேமித்த ரசீதைத் திறங்கள். ஒரு கோரிக்கையைத் திரும்பப் பெற்றால் அதன் கைரேகைகள் பட்டியலிலிருந்து நீக்கப்படும்.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>கோரிக்கை எண்:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>ரகசியக் குறியீடு:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>கோரிக்கை எண்</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>ரகசியக் குறியீடு</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>கோரிக்கையைப் பார்</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>சேமித்த ரசீதைத் திற…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>இதைத் திரும்பப் பெறு…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>இந்தக் கோரிக்கையைத் திரும்பப் பெறவா? அதன் கைரேகைகள் பட்டியலிலிருந்து நீக்கப்படும், அதனால் இணையதளங்களும் செயலிகளும் இந்தப் படங்களைத் தேடுவதை நிறுத்திவிடும். இதை மாற்ற முடியாது, ஆனால் நீங்கள் எப்போதும் புதிய கோரிக்கையை அனுப்பலாம்.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>ஆம், திரும்பப் பெறு</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>வேண்டாம், வைத்திரு</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>பார்க்கிறது…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>திரும்பப் பெறுகிறது…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>இந்தக் கோரிக்கை திரும்பப் பெறப்பட்டது. அதன் கைரேகைகள் இப்போது பட்டியலில் இல்லை. இது %1 அன்று பெறப்பட்டது.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>இந்தக் கோரிக்கை நடப்பில் உள்ளது. இது %1 அன்று பெறப்பட்டது.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>இதில் கைரேகை எடுத்த கோப்புகள்: %n.</numerusform>
            <numerusform>இதில் கைரேகை எடுத்த கோப்புகள்: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>உங்கள் கோரிக்கை அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>முடிந்தது. இதோ உங்கள் ரசீது. பின்னர் கோரிக்கையைப் பார்க்க இது தேவைப்படும்.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>கோரிக்கை எண்:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>ரகசியக் குறியீடு:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>இந்த இரண்டையும் பாதுகாப்பான, தனிப்பட்ட இடத்தில் வையுங்கள். கோரிக்கையைப் பார்க்கவோ திரும்பப் பெறவோ இரண்டும் தேவை. இவற்றைத் தொலைத்துவிட்டால் யாராலும் திரும்பப் பெற முடியாது, எங்களாலும் முடியாது. இரண்டும் வைத்திருக்கும் எவரும் கோரிக்கையைத் திரும்பப் பெறலாம்.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>ரசீதை நகலெடு</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>ரசீதைச் சேமி…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>அடுத்து என்ன நடக்கும்</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC உங்கள் டிஜிட்டல் கைரேகைகளைத் தன் பட்டியலில் சேர்க்கும். பங்கேற்கும் இணையதளங்களும் செயலிகளும் இந்தப் பட்டியலைக் கொண்டு நகல்களைக் கண்டுபிடித்து நீக்கும், அல்லது பதிவிடப்படாமல் தடுக்கும். நீங்கள் யார் என்று யாருக்கும் தெரியாததால், இதைப் பற்றி உங்களுக்குச் செய்தி வராது. இந்தச் செயலியில் உங்கள் கோரிக்கையை எப்போது வேண்டுமானாலும் பார்க்கலாம்.

தயவுசெய்து அந்தப் புகைப்படங்களையோ வீடியோக்களையோ எங்கும் பகிராதீர்கள், புகார் செய்வதற்காகக்கூட. மீண்டும் அனுப்பினால் அவை இன்னும் பரவக்கூடும்.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>இதை நீங்கள் தனியாகச் சமாளிக்க வேண்டியதில்லை</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>கவலையாக இருந்தாலோ, மனம் வருந்தினாலோ, யாராவது மிரட்டினாலோ, இந்த இலவசமான, ரகசியமான சேவைகள் உதவும்:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>செயலியை மூடு</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>முகப்புக் கோப்புறை</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>டெஸ்க்டாப்</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>படங்கள்</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>வீடியோக்கள்</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>பதிவிறக்கங்கள்</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ஆவணங்கள்</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>புகைப்படங்கள், வீடியோக்கள் அல்லது முழுக் கோப்புறைகளைத் தேர்ந்தெடுங்கள். பலவற்றைத் தேர்ந்தெடுக்க Ctrl அழுத்திப் பிடியுங்கள்.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>முன்பு சேமித்த கைரேகைக் கோப்பைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>ஒரு கோப்புறையைத் தேர்ந்தெடுத்து, பிறகு கோப்புக்கு ஒரு பெயரை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>உடனே வெளியேறு</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>மேல் கோப்புறை</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>கோப்புறை</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>இடங்கள்</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>கோப்புகளும் கோப்புறைகளும்</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>கோப்பின் பெயர்:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>கோப்பின் பெயர்</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>இந்தப் பெயரில் ஒரு கோப்பு ஏற்கெனவே இங்கே உள்ளது. சேமித்தால் அது மாற்றப்படும்.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>இப்போதே உதவி பெறுங்கள்</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>இதை நீங்கள் தனியாகச் சமாளிக்க வேண்டியதில்லை. இந்தச் சேவைகள் இலவசமானவை, ரகசியமானவை. யாராவது உங்களை மிரட்டினாலோ படங்கள் கேட்டாலோ, இந்தச் சேவைகளில் ஒன்றிடமோ நம்பிக்கையான பெரியவரிடமோ சொல்லலாம். இதனால் உங்களுக்குப் பிரச்சினை வராது.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>இது எப்படி வேலை செய்கிறது?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>உங்கள் படம் அல்லது வீடியோ இந்தக் கணினியில் இருக்கும்</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>செயலி இங்கே அதன் கைரேகையை எடுக்கும்</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>கைரேகை மட்டும் Take It Down-க்குச் செல்லும்</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>தளங்களும் செயலிகளும் அதைத் தேடி நீக்கும்</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>கைரேகை என்றால் என்ன?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>டிஜிட்டல் கைரேகை (கணினித் துறையினர் இதை ஹாஷ், hash என்பார்கள்) என்பது ஒரு புகைப்படம் அல்லது வீடியோவிலிருந்து கணக்கிடப்படும் சிறிய குறியீடு. ஒரே படம் எப்போதும் ஒரே குறியீட்டைத் தரும். குறியீட்டிலிருந்து படத்தை மீண்டும் உருவாக்க முடியாது, அதனால் அதை வைத்து யாரும் உங்கள் படத்தைப் பார்க்க முடியாது.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>கோப்புக் கைரேகைகள் (MD5, SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>இவை ஒரே கோப்பின் அச்சு அசலான நகல்களுடன் பொருந்தும். கோப்பின் ஒரு சிறு பகுதி மாறினாலும் குறியீடும் மாறும்.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>படக் கைரேகை (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>இது படம் எப்படித் தெரிகிறது என்பதிலிருந்து கணக்கிடப்படுகிறது, அதனால் சிறிதாக்கப்பட்ட, மீண்டும் சேமிக்கப்பட்ட அல்லது சற்று மாற்றப்பட்ட நகல்களையும் கண்டுபிடிக்கும். மிகவும் வெறுமையான அல்லது மங்கலான படங்கள் பலவீனமான கைரேகையைத் தரும், அதைப் பொருத்துவது கடினம். இருந்தாலும் அது அனுப்பப்படும்.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>மாற்றப்பட்ட நகல்கள்</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>நகல்கள் அடிக்கடி மாற்றப்படும் வழிகளுக்காக, ஒவ்வொரு புகைப்படத்துக்கும் கூடுதல் கைரேகைகளும் உருவாக்கப்படும்: ஒரு பக்கம் வெட்டுவது, பெரிதாக்குவது, சதுரமாக்குவது, சுழற்றுவது, ஸ்டோரியில் அல்லது ஒரு வாசகத்தின் கீழ் வைப்பது. அதனால் புதிய கோரிக்கை இல்லாமலே அந்த நகல்களைக் கண்டுபிடிக்க முடியும். சில மாற்றங்கள் இன்னும் கண்டுபிடிக்கப்படுவதில்லை: எல்லாப் பக்கமும் வெட்டப்பட்ட நகல், ஸ்கிரீன்ஷாட், அல்லது ஸ்டிக்கர் ஒட்டப்பட்ட நகல். அப்படி ஒரு நகலைக் கண்டால், அதைப் புதிய கோரிக்கையில் அனுப்பலாம்.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>வீடியோக் கைரேகைகள்</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>ஒரு வீடியோவுக்கு, செயலி ஏறக்குறைய ஒவ்வொரு நொடிக்கும் ஒரு சட்டகத்தின் படக் கைரேகையை உருவாக்கும், அதோடு கோப்புக் கைரேகைகளையும்.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>கைரேகைகளுக்கு என்ன ஆகும்?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC அவற்றை ஒரு பட்டியலில் சேர்க்கும். பங்கேற்கும் இணையதளங்களும் செயலிகளும் பதிவுகளை அந்தப் பட்டியலுடன் ஒப்பிடும். ஏதாவது பொருந்தினால், அதை நீக்கலாம் அல்லது பதிவிடப்படாமல் தடுக்கலாம். இந்தச் செயலியால் யாரும் உங்கள் படங்களைப் பார்ப்பதில்லை.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down-ஆல் செய்ய முடியாதவை</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>பங்கேற்காத இணையதளங்கள், செயலிகள் அல்லது தனிப்பட்ட செய்திகளிலிருந்து இது படங்களை நீக்க முடியாது. அதிகம் மாற்றப்பட்ட படங்கள் பொருந்தாமல் போகலாம்.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>புகைப்படம் %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>வீடியோ %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>கோப்பு %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>கைரேகை… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>கைரேகை உருவாகிறது…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>தயார்: கோப்புக் கைரேகை மட்டும்</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>தயார்</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>தயார் (பலவீனமான கைரேகை)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>பகுதி தயார்</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>இந்தக் கோப்பைப் படிக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>ஒரு நிமிடத்துக்கும் குறைவாக உள்ளது.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>சுமார் %n நிமிடம் உள்ளது.</numerusform>
            <numerusform>சுமார் %n நிமிடங்கள் உள்ளன.</numerusform>
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
        <translation>இந்தக் கோப்பை அங்கே திறக்கவோ சேமிக்கவோ முடியவில்லை. வேறு இடத்தில் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>ஏதோ தவறாகிவிட்டது. இது உங்கள் தவறு அல்ல. மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>உதவி பெறுங்கள்</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>யாருடனாவது பேசக்கூடிய இடங்கள்</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>உடனே வெளியேறு</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>செயலியை உடனே மூடி, எல்லாவற்றையும் மறந்துவிடும். Shift-ஐ மூன்று முறை அல்லது Escape-ஐ இரண்டு முறை அழுத்தியும் மூடலாம்.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>நகலெடுக்கப்பட்டது. தனிப்பட்ட இடத்தில் ஒட்டுங்கள். ரசீது கிளிப்போர்டில் இன்னும் இருந்தால், செயலி மூடும்போது அதை அழித்துவிடும்.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>சேமிக்கப்பட்டது. கோப்பைத் தனிப்பட்ட இடத்தில் வையுங்கள்.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>இந்தக் கோப்பைக் கண்டுபிடிக்க முடியவில்லை. அது நகர்த்தப்பட்டிருக்கலாம் அல்லது நீக்கப்பட்டிருக்கலாம்.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>இது புகைப்படமோ வீடியோவோ அல்ல, அதனால் இதற்குக் கைரேகை உருவாக்க முடியாது. இதை நீக்கிவிட்டுத் தொடரலாம்.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>இந்தக் கணினி இந்தக் கோப்புறையைத் திறக்க அனுமதிக்கவில்லை, அதனால் இதிலிருந்து எதுவும் சேர்க்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>இந்தக் கணினி இந்தக் கோப்பைத் திறக்க அனுமதிக்கவில்லை. இதை வேறு இடத்துக்கு நகலெடுத்து மீண்டும் முயலலாம்.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>இந்தக் கோப்பு காலியாக உள்ளது, அதனால் கைரேகை உருவாக்க எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>இந்தக் கோப்பு நாங்கள் படிக்க முடியாத அளவுக்குப் பெரியது. இதை நீக்கிவிட்டுத் தொடரலாம்.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>இந்தப் படம் எந்த உண்மையான புகைப்படத்தையும் விட மிகப் பெரியது என்று சொல்கிறது, அதனால் நாங்கள் அதைத் திறக்கவில்லை. இதை நீக்கிவிட்டுத் தொடரலாம்.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>இந்தப் படம் சேதமடைந்திருப்பது போலத் தெரிகிறது, அதனால் இதன் படக் கைரேகையை உருவாக்க முடியவில்லை. ஆனால் கோப்புக் கைரேகை உருவாக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>இந்த வீடியோ சேதமடைந்திருப்பது போலத் தெரிகிறது, அதனால் இதன் வீடியோக் கைரேகையை உருவாக்க முடியவில்லை. ஆனால் கோப்புக் கைரேகை உருவாக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>இந்த வகைக் கோப்பை எங்களால் இன்னும் படிக்க முடியாது. இதை நீக்கிவிட்டுத் தொடரலாம்.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>இந்தக் கோப்பு முடிவதற்கு முன்பே நிறுத்தப்பட்டது.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>இந்தக் கோப்பைப் படிக்கும்போது ஏதோ தவறாகிவிட்டது. இதை நீக்கிவிட்டுத் தொடரலாம், அல்லது மீண்டும் முயலலாம்.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Take It Down சேவையை அடைய முடியவில்லை. இணைய இணைப்பு உள்ளதா என்று பார்த்துவிட்டு, மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>உங்கள் நெட்வொர்க்கின் ப்ராக்ஸி எங்களை Take It Down சேவைக்குச் செல்ல விடவில்லை. வீட்டு Wi-Fi அல்லது மொபைல் டேட்டா போன்ற வேறு நெட்வொர்க்கில் மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down சேவை பதில் தர மிகவும் தாமதமானது. சில நிமிடங்கள் கழித்து மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>உண்மையான Take It Down சேவையுடன்தான் பேசுகிறோமா என்று உறுதிசெய்ய முடியவில்லை, அதனால் எதுவும் அனுப்பப்படவில்லை. பள்ளி அல்லது அலுவலக நெட்வொர்க்குகளில் இப்படி நடக்கலாம். வீட்டு Wi-Fi அல்லது மொபைல் டேட்டா போன்ற வேறு நெட்வொர்க்கில் மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down சேவையின் பக்கத்தில் ஏதோ தவறாகிவிட்டது. இது உங்கள் தவறு அல்ல. பிறகு மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>இப்போது உங்கள் நெட்வொர்க்கிலிருந்து நிறைய கோரிக்கைகள் வருகின்றன. சில நிமிடங்கள் காத்திருந்து மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>அந்தக் கோரிக்கை எண்ணும் ரகசியக் குறியீடும் கொண்ட கோரிக்கை எதுவும் கிடைக்கவில்லை. தட்டச்சுப் பிழை உள்ளதா என்று இரண்டையும் உங்கள் ரசீதுடன் ஒப்பிட்டுப் பாருங்கள்.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down சேவையால் இந்தக் கோரிக்கையை ஏற்க முடியவில்லை. ஒரே நேரத்தில் குறைவான கோப்புகளை அனுப்பிப் பாருங்கள், அல்லது செயலியைப் புதுப்பியுங்கள்.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>சேவையின் முகவரி பாதுகாப்பான (https://) முகவரி அல்ல, அதனால் எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>ப்ராக்ஸி அமைப்பு சரியில்லை. அது socks5://localhost:9050 அல்லது http://proxy.example:8080 போல இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>உங்கள் கைரேகைகள் இன்னும் இங்கே உள்ளன, அனுப்பத் தயாராக.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down ரசீது

கீழே உள்ள கோரிக்கை எண் (Report number), ரகசியக் குறியீடு (Secret key) மூலம் உங்கள் கோரிக்கையைப் பார்க்கலாம் அல்லது திரும்பப் பெறலாம்.
இவற்றை ரகசியமாக வையுங்கள்: இரண்டும் வைத்திருக்கும் எவரும் கோரிக்கையைத் திரும்பப் பெறலாம்.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>உங்கள் ரசீதில் உள்ள ரகசியக் குறியீட்டை உள்ளிடுங்கள் அல்லது ஒட்டுங்கள்.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>உங்கள் ரசீதில் உள்ள கோரிக்கை எண்ணை உள்ளிடுங்கள் அல்லது ஒட்டுங்கள்.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>கடைசி எழுத்து மட்டுமே * ~ $ = அல்லது U ஆக இருக்கலாம். குறியீடுகளில் 0-9 எண்களும் A-Z எழுத்துகளும் மட்டுமே இருக்கும் (I, L, O, U இல்லை), சில நேரம் கடைசியில் * ~ $ = U இவற்றில் ஒன்று.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>இந்த ரகசியக் குறியீட்டில் தட்டச்சுப் பிழை உள்ளது: குறைந்தது ஓர் எழுத்து உங்கள் ரசீதிலிருந்து வேறுபடுகிறது. ஒவ்வொரு குழுவையும் மீண்டும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>இந்தக் கோரிக்கை எண்ணில் தட்டச்சுப் பிழை உள்ளது: குறைந்தது ஓர் எழுத்து உங்கள் ரசீதிலிருந்து வேறுபடுகிறது. மீண்டும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>இது Take It Down ரசீது போலத் தெரியவில்லை. இதில் “Report number:” என்று தொடங்கும் ஒரு வரியும், “Secret key:” என்று தொடங்கும் ஒரு வரியும் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down, 18 வயதுக்குக் குறைவான ஒருவரின் புகைப்படங்களுக்கும் வீடியோக்களுக்குமானது. அவை எடுக்கப்பட்டபோது அதில் உள்ளவருக்கு 18 வயதுக்குக் குறைவு என்று உறுதிசெய்யுங்கள்.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>இந்தக் கோப்புகள் எதற்கும் கைரேகை உருவாக்க முடியவில்லை, அதனால் அனுப்ப எதுவும் இல்லை. புகைப்படங்களையோ வீடியோக்களையோ மீண்டும் சேர்த்துப் பாருங்கள், அல்லது அவற்றின் வேறு நகல்களைச் சேருங்கள்.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>இந்தக் கைரேகைகள் ஒரே கோரிக்கையில் அனுப்ப முடியாத அளவுக்குப் பெரியவை (நீண்ட வீடியோக்கள் நிறைய உருவாக்கும்). ஒரே நேரத்தில் குறைவான கோப்புகளை அனுப்புங்கள்.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>இது Take It Down சேமித்த கைரேகைக் கோப்பு அல்ல, அல்லது சேமித்த பிறகு மாற்றப்பட்டுள்ளது. செயலி உங்களுக்காகச் சேமித்த கோப்பைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>இந்தக் கோப்பைத் திறக்க முடியவில்லை. அது இன்னும் அங்கே உள்ளதா என்று பாருங்கள்.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>ஒரு ரகசியக் குறியீட்டில் %1 எழுத்துகளும் எண்களும் இருக்கும், ஆனால் இதில் %2 உள்ளன. ஏதாவது விடுபட்டுள்ளதா அல்லது கூடுதலாக உள்ளதா என்று பாருங்கள்.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>ஒரு கோரிக்கை எண்ணில் %1 எழுத்துகளும் எண்களும் இருக்கும், ஆனால் இதில் %2 உள்ளன. ஏதாவது விடுபட்டுள்ளதா அல்லது கூடுதலாக உள்ளதா என்று பாருங்கள்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” ரகசியக் குறியீட்டில் இருக்க முடியாது. குறியீடுகளில் 0-9 எண்களும் A-Z எழுத்துகளும் மட்டுமே இருக்கும் (I, L, O, U இல்லை), சில நேரம் கடைசியில் * ~ $ = U இவற்றில் ஒன்று.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” கோரிக்கை எண்ணில் இருக்க முடியாது. கோரிக்கை எண்களில் 0-9 எண்களும் A-Z எழுத்துகளும் மட்டுமே இருக்கும் (I, L, O, U இல்லை).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>ஒரு கோரிக்கையில் அதிகபட்சம் %1 கோப்புகள் இருக்கலாம், இதில் %2 உள்ளன. சிறு குழுக்களாக அனுப்புங்கள்.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Take It Down-இன் இந்த நகலுக்குக் கோரிக்கைகளை எங்கே அனுப்புவது என்று தெரியவில்லை, அதனால் இதைப் பயன்படுத்த முடியாது. இது உங்கள் தவறு அல்ல. எதுவும் அனுப்பப்படவில்லை. இந்தச் செயலியைத் தந்தவர்களிடமிருந்தோ கிடைத்த இடத்திலிருந்தோ மீண்டும் பெறுங்கள். இந்தச் செய்தியை மூடியதும் செயலியும் மூடிவிடும்.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>இரண்டு சிறிய கேள்விகள்</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>உங்கள் பெயரையோ, நீங்கள் யார் என்று காட்டக்கூடிய வேறு எதையுமோ நாங்கள் கேட்பதில்லை.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>இந்தப் படங்களில் நீங்கள் (அல்லது நீங்கள் உதவுபவர்) 18 வயதுக்குக் கீழா?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>ஆம், 18-க்குக் கீழ்</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>இல்லை, 18 அல்லது மேல்</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>உறுதியாகத் தெரியவில்லை</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>பரவாயில்லை. அவை 18 வயதுக்கு முன் எடுக்கப்பட்டிருக்கலாம் என்றால், நீங்கள் தொடரலாம். 18 வயதுக்கு முன் எடுக்கப்பட்டிருக்கக்கூடிய எதற்கும் Take It Down உள்ளது.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>செயலியைப் பயன்படுத்துவது யார்?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>புகைப்படங்களில் அல்லது வீடியோக்களில் இருப்பது நான்தான்</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>நான் உதவும் பெற்றோர் அல்லது நம்பிக்கையான பெரியவர்</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>நான் உதவும் ஆலோசகர் அல்லது பிற நிபுணர்</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>தொடர்க</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>அனுப்பப்படுவது இவ்வளவுதான்</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>கீழே முழுக் கோரிக்கையும் உள்ளது, அனுப்பப்படும் அதே வடிவில். இதில் டிஜிட்டல் கைரேகைகள் மட்டுமே உள்ளன: படங்கள் இல்லை, கோப்புப் பெயர்கள் இல்லை, பெயர்கள் இல்லை, இருப்பிடமும் இல்லை. “role” யார் அனுப்புகிறார் என்பதைச் சொல்கிறது, “attested_under_18” என்பது கீழே நீங்கள் குறியிடும் பெட்டி, “key_verifier” மூலம் நீங்கள் யார் என்று சொல்லாமலே பின்னர் கோரிக்கையைப் பார்க்கலாம் அல்லது திரும்பப் பெறலாம்.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>அனுப்பப்படும் கோரிக்கை</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>அனுப்பப்படுபவை</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>சரியான கோரிக்கையை மறை</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>சரியான கோரிக்கையைக் காட்டு</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>கோரிக்கை உரையை நகலெடு</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>கைரேகைகளை அனுப்பு</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>“கைரேகைகளை அனுப்பு” என்பதை அழுத்தும் வரை எதுவும் அனுப்பப்படாது.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n கைரேகை</numerusform>
            <numerusform>%n கைரேகைகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>ஒவ்வொரு புகைப்படத்துக்கும் கைரேகைகள்: %1. இவற்றில் பெரும்பாலானவை வெட்டப்பட்ட அல்லது சட்டகம் மாற்றப்பட்ட நகல்களுக்கான கூடுதல் கைரேகைகள், அதனால் அவற்றையும் கண்டுபிடிக்க முடியும்.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>%1 போன்ற கைரேகைகள் மட்டுமே அனுப்பப்படும்: படங்கள், பெயர்கள், இடங்கள் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>சில படங்கள் மிகவும் வெறுமையாக அல்லது மங்கலாக உள்ளன, அதனால் அவற்றின் கைரேகைகள் பலவீனமாக உள்ளன, பொருத்துவது கடினம். இருந்தாலும் அவை அனுப்பப்படும், உதவவும் கூடும்.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>புகைப்படங்கள்: %n.</numerusform>
            <numerusform>புகைப்படங்கள்: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>வீடியோக்கள்: %n.</numerusform>
            <numerusform>வீடியோக்கள்: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>பிற கோப்புகள்: %n.</numerusform>
            <numerusform>பிற கோப்புகள்: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>படிக்க முடியாததால் விடப்பட்டவை: %n.</numerusform>
            <numerusform>படிக்க முடியாததால் விடப்பட்டவை: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>இவற்றில் 18 வயதுக்குக் கீழ் இருப்பது நான்தான் என்று உறுதிசெய்கிறேன்.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>இவற்றில் 18 வயதுக்குக் கீழ் இருப்பது நான் உதவுபவர் என்று உறுதிசெய்கிறேன்.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>உங்கள் கைரேகைகள் சேமிக்கப்பட்டன</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>அவை நீங்கள் தேர்ந்தெடுத்த கோப்பில் உள்ளன. இன்னும் எதுவும் அனுப்பப்படவில்லை. அனுப்ப, இணையம் உள்ள எந்தக் கணினியிலும் Take It Down-ஐத் திறந்து, “சேமித்த கைரேகைகளை அனுப்பு” என்பதைத் தேர்ந்தெடுத்து, இந்தக் கோப்பைத் தேர்வுசெய்யுங்கள்.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>இந்தக் கோப்பில் இந்தக் கோரிக்கையின் ரகசியக் குறியீடு உள்ளது. இதை ரகசியமாக வையுங்கள், கோரிக்கை அனுப்பியதும் நீக்கிவிடுங்கள்.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>மீண்டும் தொடங்கு</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>அனுப்புகிறது</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>மீண்டும் முயல்</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>பிறகு அனுப்பச் சேமி…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>எதுவும் இழக்கப்படவில்லை. நீங்கள் தேர்ந்தெடுக்கும் கோப்பில் கைரேகைகளைச் சேமித்து, பிறகு எந்தக் கணினியிலிருந்தும் அனுப்பலாம்.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>இன்னும் அனுப்ப முடியவில்லை</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>உங்கள் கைரேகைகளை அனுப்புகிறது…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>பொதுவாக இதற்குச் சில நொடிகள் ஆகும். கைரேகைகள் மட்டுமே அனுப்பப்படும்.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>கேள்விகள்</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>சரிபார்</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>படி %1 / %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>செயலியின் மொழியைத் தேர்ந்தெடுங்கள். உடனே மாறும்.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>இந்தப் படங்கள் பரவுவதைத் தடுக்க நாங்கள் உதவ முடியும்</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>நீங்கள் 18 வயதுக்குக் கீழ் இருந்தபோதைய உங்கள் நிர்வாண அல்லது பாலியல் புகைப்படங்களோ வீடியோக்களோ இருந்தால், அவற்றை இணையதளங்களிலிருந்தும் செயலிகளிலிருந்தும் நீக்கவோ, பகிரப்படாமல் தடுக்கவோ இந்தச் செயலி உதவும். இது உங்கள் தவறு அல்ல, நீங்கள் எந்தப் பிரச்சினையிலும் இல்லை.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>உங்கள் படங்கள் உங்களிடமே இருக்கும்</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>உங்கள் புகைப்படங்களும் வீடியோக்களும் இந்தக் கணினியிலேயே இருக்கும். அவை ஒருபோதும் பதிவேற்றப்படாது.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>கைரேகைகள் மட்டுமே அனுப்பப்படும்: மீண்டும் படங்களாக மாற்ற முடியாத சிறிய குறியீடுகள்.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>உங்கள் பெயர், மின்னஞ்சல், தொலைபேசி எண் எதையும் தர வேண்டாம். இது இலவசம்.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>எப்போது வேண்டுமானாலும் நிறுத்தலாம். “உடனே வெளியேறு” (மேலே வலதுபுறம்) செயலியை உடனே மூடும். Shift-ஐ மூன்று முறை அல்லது Escape-ஐ இரண்டு முறை அழுத்தியும் மூடலாம்.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>தொடங்கு</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>இது எப்படி வேலை செய்கிறது?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>முந்தைய கோரிக்கையைப் பார்க்கவும் அல்லது திரும்பப் பெறவும்</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>சேமித்த கைரேகைகளை அனுப்பு</translation>
    </message>
</context>
</TS>
