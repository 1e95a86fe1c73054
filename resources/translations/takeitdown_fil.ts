<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Idagdag ang mga litrato at video</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Idagdag ang bawat litrato o video na gusto mong matanggal. Mananatili sila sa computer na ito: ang digital na fingerprint lang nila ang gagawin. Naka-blur sila, kaya hindi mo kailangang makita sila.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>I-drag dito ang mga litrato, video o folder</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Pumili ng litrato at video…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Mga idinagdag na litrato at video</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Pindutin ang Delete para alisin ang mga napili. Pindutin nang matagal ang isa para makita ito.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Baka hindi maganda ang maramdaman mo kapag nakita mo ang mga larawang ito, at baka makita rin sila ng taong malapit sa iyo. Hindi mo kailangang tingnan sila: magagawa pa rin ang mga fingerprint. Ipakita pa rin?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Panatilihing naka-blur</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Itago ang mga larawan</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Ipakita ang mga larawan</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Naka-blur ang mga larawan maliban kung piliin mong makita ang mga ito.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Alisin ang mga napili</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Itigil ang paggawa ng fingerprint</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Naidagdag na ito dati, kaya hindi na idinagdag ulit: %n.</numerusform>
            <numerusform>Naidagdag na ang mga ito dati, kaya hindi na idinagdag ulit: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Wala pang naidagdag.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Gumagawa ng fingerprint: %n pa ang natitira.</numerusform>
            <numerusform>Gumagawa ng fingerprint: %n pa ang natitira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Tinitingnan ang mga folder…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Handa na: %n.</numerusform>
            <numerusform>Handa na: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Mahinang fingerprint, pero makakatulong pa rin: %n.</numerusform>
            <numerusform>Mahinang fingerprint, pero makakatulong pa rin: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Hindi mabasa: %n.</numerusform>
            <numerusform>Hindi mabasa: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Isang beses lang ipinakita, dahil kapareho ng ibang file: %n.</numerusform>
            <numerusform>Isang beses lang ipinakita, dahil kapareho ng ibang file: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>May mga folder na hindi matingnan. Subukang idagdag ulit ang mga ito.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Puwede kang magdagdag pa, o magpatuloy.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Puwede kang magdagdag pa ng file, o pindutin ang “Itigil”.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Napakasimple o napakalabo ng larawang ito, kaya mahina ang fingerprint nito at mas mahirap itugma. Ipapadala pa rin ito, at makakatulong pa rin.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Hindi ito litrato o video, kaya ang file fingerprint lang nito ang ipapadala. Makakahanap pa rin ito ng eksaktong kopya ng file na ito.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Para sa mga larawang kinuha bago mag-18 ang serbisyong ito</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Ang Take It Down ay para lang sa mga litrato at video na kinuha noong wala pang 18 ang tao. Walang naipadala. May libreng serbisyo na gumagana sa katulad na paraan para sa mga nasa hustong gulang, at may mga taong puwede mong makausap:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Kung hindi ka sigurado kung ilang taon ka noon, bumalik at piliin ang “Hindi ako sigurado”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Magsimula muli</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Tingnan o bawiin ang naunang ulat</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>I-type ang numero ng ulat at ang lihim na susi mula sa resibo mo, o buksan ang resibong na-save mo. Kapag binawi mo ang isang ulat, aalisin sa listahan ang mga digital na fingerprint nito.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numero ng ulat:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Lihim na susi:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numero ng ulat</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Lihim na susi</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Tingnan ang ulat</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Buksan ang na-save na resibo…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Bawiin ang ulat na ito…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Bawiin ang ulat na ito? Aalisin sa listahan ang mga fingerprint nito, kaya hihinto na ang mga website at app sa paghahanap sa mga larawang ito. Hindi na ito maibabalik, pero puwede kang magpadala ng bagong ulat anumang oras.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Oo, bawiin ito</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Hindi, huwag bawiin</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tinitingnan…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Binabawi…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Binawi na ang ulat na ito. Wala na sa listahan ang mga fingerprint nito. Natanggap ito noong %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Aktibo ang ulat na ito. Natanggap ito noong %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Mga file na may fingerprint dito: %n.</numerusform>
            <numerusform>Mga file na may fingerprint dito: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Naipadala na ang ulat mo</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Tapos na. Narito ang resibo mo. Kailangan mo ito para matingnan ang ulat sa susunod.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numero ng ulat:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Lihim na susi:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Itago ang dalawang ito sa ligtas at pribadong lugar. Kailangan mo ang dalawa para matingnan o mabawi ang ulat mo. Kapag nawala ang mga ito, wala nang makakakuha ulit sa kanila, kahit kami. Kahit sino na may hawak ng dalawa ay puwedeng bumawi sa ulat.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Kopyahin ang resibo</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>I-save ang resibo bilang…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ano ang susunod na mangyayari</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>Idadagdag ng NCMEC ang mga fingerprint mo sa listahan nito. Ginagamit ng mga kasaling website at app ang listahan para makita ang mga kopya at tanggalin ang mga ito, o pigilang mai-post ang mga ito. Hindi ka makakatanggap ng mensahe tungkol dito, dahil walang nakakaalam kung sino ka. Puwede mong tingnan ang ulat mo gamit ang app na ito anumang oras.

Pakiusap, huwag mong ibahagi kahit saan ang mga litrato o video, kahit para i-report ang mga ito. Kapag ipinadala ulit ang mga ito, puwede silang lalong kumalat.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Hindi mo kailangang harapin ito nang mag-isa</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Kung nag-aalala ka o nalulungkot, o may nagbabanta sa iyo, makakatulong ang mga libre at pribadong serbisyong ito:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Magsimula muli</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Isara ang app</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Pangunahing folder</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translatorcomment>same as English on purpose; Filipino computers call this folder Desktop.</translatorcomment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Mga Larawan</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Mga Video</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Mga Download</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Mga Dokumento</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Pumili ng mga litrato, video o buong folder. Pindutin nang matagal ang Ctrl para pumili ng higit sa isa.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Piliin ang file ng fingerprint na na-save mo dati.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Pumili ng folder, tapos mag-type ng pangalan para sa file.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Umalis agad</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Umakyat ng isang folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>same as English on purpose; Folder is the everyday Filipino word.</translatorcomment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mga lugar</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Mga file at folder</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Pangalan ng file:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Pangalan ng file</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>May file na rito na may ganitong pangalan. Kapag nag-save ka, mapapalitan ito.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Humingi ng tulong ngayon</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Hindi mo kailangang harapin ito nang mag-isa. Libre at pribado ang mga serbisyong ito. Kung may nagbabanta sa iyo o humihingi ng mga larawan, puwede mo itong sabihin sa isa sa mga serbisyong ito o sa isang pinagkakatiwalaang nakatatanda. Hindi ka magkakaproblema.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Paano ito gumagana?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Nananatili sa computer na ito ang litrato o video mo</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Dito ginagawa ng app ang mga digital na fingerprint nito</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Ang mga fingerprint lang ang ipinapadala sa Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Naghahanap ng katugma ang mga website at app at tinatanggal ang mga ito</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Ano ang digital na fingerprint?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Ang digital na fingerprint (hash ang tawag dito ng mga taga-computer) ay isang maikling code na kinukuha mula sa isang litrato o video. Laging parehong code ang ibinibigay ng parehong larawan. Hindi maibabalik ang code para maging larawan ulit, kaya walang makakakita ng larawan mo mula rito.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Mga fingerprint ng file (MD5 at SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Tumutugma ang mga ito sa eksaktong kopya ng parehong file. Kahit napakaliit na bahagi lang ng file ang magbago, magbabago rin ang code.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Mga fingerprint ng larawan (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Kinukuha ito mula sa itsura ng larawan, kaya nakakakita rin ito ng mga kopyang pinaliit, ni-save ulit o binago nang kaunti. Mahinang fingerprint ang ibinibigay ng napakasimple o napakalabong larawan, at mas mahirap itong itugma. Ipinapadala pa rin ito.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Mga binagong kopya</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>May dagdag na fingerprint din ang bawat litrato para sa mga karaniwang pagbabago sa mga kopya: pinutol sa isang gilid, ni-zoom, ginawang parisukat, inikot, inilagay sa story o sa ilalim ng caption. Kaya makikita ang mga kopyang iyon kahit walang bagong ulat. May mga pagbabagong hindi pa rin nahuhuli: kopyang pinutol sa lahat ng gilid, screenshot, o kopyang may sticker. Kung makakita ka ng ganoong kopya, puwede mo itong ipadala sa bagong ulat.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Mga fingerprint ng video</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Para sa video, gumagawa ang app ng fingerprint ng larawan para sa mga isang frame bawat segundo, kasama ang mga fingerprint ng file.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Ano ang mangyayari sa mga fingerprint?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>Idinadagdag ng NCMEC ang mga ito sa isang listahan. Inihahambing ng mga kasaling website at app ang mga post sa listahan. Kapag may tumugma, puwede nila itong tanggalin o pigilang mai-post. Walang makakakita ng mga larawan mo dahil sa app na ito.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Ang hindi kayang gawin ng Take It Down</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Hindi nito kayang tanggalin ang mga larawan sa mga website at app na hindi kasali, o sa mga pribadong mensahe. Baka hindi tumugma ang mga larawang binago nang husto.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Litrato %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translatorcomment>same as English on purpose; Video is the glossary word.</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translatorcomment>same as English on purpose; File is the everyday Filipino word.</translatorcomment>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Naghihintay</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>Gumagawa ng fingerprint… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Gumagawa ng fingerprint…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Handa na: file fingerprint lang</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Handa na</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Handa na (mahinang fingerprint)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Bahagyang handa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Itinigil</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Hindi mabasa ang file na ito</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Wala nang isang minuto ang natitira.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Mga %n minuto na lang ang natitira.</numerusform>
            <numerusform>Mga %n minuto na lang ang natitira.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Filipino writes a colon and a space between the two.</translatorcomment>
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
        <translation>Hindi mabuksan o ma-save doon ang file na ito. Subukan sa ibang lugar.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>May nangyaring mali. Hindi mo ito kasalanan. Pakisubukan ulit.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Humingi ng tulong</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Mga puwedeng makausap</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Umalis agad</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Agad na isinasara ang app at kinakalimutan ang lahat. Puwede mo ring pindutin ang Shift nang tatlong beses, o ang Escape nang dalawang beses.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Nakopya na. I-paste ito sa pribadong lugar. Buburahin ng app ang clipboard pagsara nito, kung naroon pa ang resibo.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Na-save na. Itago ang file sa pribadong lugar.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Hindi namin makita ang file na ito. Baka nailipat o nabura ito.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Hindi ito litrato o video, kaya hindi kami makakagawa ng fingerprint nito. Puwede mo itong alisin at magpatuloy.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Hindi kami pinayagan ng computer na ito na buksan ang folder na ito, kaya walang naidagdag mula rito.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Hindi kami pinayagan ng computer na ito na buksan ang file na ito. Puwede mo itong kopyahin sa ibang lugar at subukan ulit.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Walang laman ang file na ito, kaya walang magagawan ng fingerprint.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Masyadong malaki ang file na ito para mabasa namin. Puwede mo itong alisin at magpatuloy.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Sinasabi ng larawang ito na mas malaki ito nang sobra kaysa sa anumang totoong litrato, kaya hindi namin ito binuksan. Puwede mo itong alisin at magpatuloy.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Mukhang sira ang larawang ito, kaya hindi namin nagawa ang fingerprint ng larawan nito. Nagawa pa rin ang fingerprint ng file nito.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Mukhang sira ang video na ito, kaya hindi namin nagawa ang fingerprint ng video nito. Nagawa pa rin ang fingerprint ng file nito.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Hindi pa namin kayang basahin ang ganitong uri ng file. Puwede mo itong alisin at magpatuloy.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Itinigil bago natapos ang file na ito.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>May nangyaring mali habang binabasa ang file na ito. Puwede mo itong alisin at magpatuloy, o subukan ulit.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Hindi namin maabot ang serbisyo ng Take It Down. Tingnan kung nakakonekta ka sa internet, tapos subukan ulit.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Hindi kami pinadaan ng proxy ng network mo papunta sa serbisyo ng Take It Down. Subukan ulit sa ibang network, gaya ng Wi-Fi sa bahay o mobile data.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Masyadong natagalan bago sumagot ang serbisyo ng Take It Down. Pakisubukan ulit pagkalipas ng ilang minuto.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Hindi namin matiyak na ang totoong serbisyo ng Take It Down ang kausap namin, kaya walang naipadala. Puwede itong mangyari sa network ng paaralan o trabaho. Subukan ulit sa ibang network, gaya ng Wi-Fi sa bahay o mobile data.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>May nangyaring mali sa panig ng serbisyo ng Take It Down. Hindi mo ito kasalanan. Pakisubukan ulit mamaya.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Maraming ulat ang dumarating mula sa network mo ngayon. Maghintay ng ilang minuto at subukan ulit.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Wala kaming makitang ulat na may ganyang numero ng ulat at lihim na susi. Pakitingnan ang dalawa sa resibo mo kung may mali sa pag-type.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Hindi matanggap ng serbisyo ng Take It Down ang ulat na ito. Subukang magpadala ng mas kaunting file bawat beses, o i-update ang app.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Hindi ligtas (https://) na address ang address ng serbisyo, kaya walang naipadala.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Hindi tama ang setting ng proxy. Dapat ganito ang itsura nito: socks5://localhost:9050 o http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Narito pa rin ang mga fingerprint mo, handa nang ipadala.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Resibo ng Take It Down

Gamit ang numero ng ulat (“Report number”) at lihim na susi (“Secret key”) sa ibaba, puwede mong tingnan o bawiin ang ulat mo.
Itago mo ang mga ito: kahit sino na may hawak ng dalawa ay puwedeng bumawi sa ulat.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Paki-type o i-paste ang lihim na susi mula sa resibo mo.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Paki-type o i-paste ang numero ng ulat mula sa resibo mo.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Ang huling character lang ang puwedeng * ~ $ = o U. Ang mga susi ay gumagamit lang ng mga numerong 0-9 at mga letrang A-Z (walang I, L, O o U), at minsan ng isa sa * ~ $ = U sa pinakadulo.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>May mali sa pag-type ng lihim na susi na ito: may kahit isang character na iba sa nasa resibo mo. Pakitingnan ulit ang bawat grupo.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>May mali sa pag-type ng numero ng ulat na ito: may kahit isang character na iba sa nasa resibo mo. Pakitingnan ulit ito.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translatorcomment>The saved receipt file is always written in English, so the two line labels stay in English here.</translatorcomment>
        <translation>Mukhang hindi ito resibo ng Take It Down. Dapat may linya itong nagsisimula sa “Report number:” at isa pang nagsisimula sa “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Para sa mga litrato at video ng taong wala pang 18 ang Take It Down. Pakikumpirma na wala pang 18 ang tao sa mga ito noong kinuha ang mga ito.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Walang nagawang fingerprint mula sa mga file na ito, kaya walang maipapadala. Subukang idagdag ulit ang mga litrato o video, o ibang kopya ng mga ito.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Masyadong malaki ang mga fingerprint na ito para ipadala sa iisang ulat (marami ang nagagawa ng mahahabang video). Pakipadala ang mas kaunting file bawat beses.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Hindi ito file ng Take It Down na may mga na-save na fingerprint, o binago ito pagkatapos ma-save. Pakipili ang file na na-save ng app para sa iyo.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Hindi mabuksan ang file na ito. Tingnan kung naroon pa ito.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>May %1 na letra at numero ang lihim na susi, pero %2 ang nasa isang ito. Tingnan kung may kulang o sobra.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>May %1 na letra at numero ang numero ng ulat, pero %2 ang nasa isang ito. Tingnan kung may kulang o sobra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Hindi puwede ang “%1” sa lihim na susi. Ang mga susi ay gumagamit lang ng mga numerong 0-9 at mga letrang A-Z (walang I, L, O o U), at minsan ng isa sa * ~ $ = U sa pinakadulo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>Hindi puwede ang “%1” sa numero ng ulat. Ang mga numero ng ulat ay gumagamit lang ng mga numerong 0-9 at mga letrang A-Z (walang I, L, O o U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Hanggang %1 file lang ang kaya ng isang ulat, at %2 ang nasa isang ito. Pakipadala ang mga ito sa mas maliliit na grupo.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Hindi alam ng kopyang ito ng Take It Down kung saan ipapadala ang mga ulat, kaya hindi ito magagamit. Hindi mo ito kasalanan. Walang naipadala. Pakikuha ulit ang app mula sa mga tao o lugar na nagbigay nito sa iyo. Kapag isinara mo ang mensaheng ito, magsasara rin ang app.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Dalawang mabilis na tanong</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Hindi namin hinihingi ang pangalan mo o anumang bagay na makapagsasabi kung sino ka.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Wala ka pa bang 18 noon (o ang tinutulungan mo) sa mga litrato o video?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Oo, wala pang 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Hindi, 18 o higit pa</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Hindi ako sigurado</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Ayos lang iyan. Kung baka kinuha ang mga ito bago mag-18, puwede kang magpatuloy. Para ang Take It Down sa anumang maaaring kinuha bago mag-18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Sino ang gumagamit ng app?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Ako ang tao sa mga litrato o video</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Magulang o pinagkakatiwalaang nakatatanda akong tumutulong sa kabataan</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Counselor o ibang propesyonal ako na tumutulong</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Ito ang lahat ng ipapadala</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Nasa ibaba ang buong ulat, eksakto kung paano ito ipapadala. Mga digital na fingerprint lang ang laman nito: walang larawan, walang pangalan ng file, walang pangalan at walang lokasyon. Sinasabi ng “role” kung sino ang nagpapadala, ang “attested_under_18” ay ang kahong lalagyan mo ng tsek sa ibaba, at ang “key_verifier” ay para matingnan o mabawi mo ang ulat sa susunod nang hindi sinasabi kung sino ka.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Ang ulat na ipapadala</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ang ipapadala</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Itago ang eksaktong ulat</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Ipakita ang eksaktong ulat</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Kopyahin ang teksto ng ulat</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Ipadala ang mga fingerprint</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Walang ipapadala hangga&apos;t hindi mo pinipindot ang “Ipadala ang mga fingerprint”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n fingerprint</numerusform>
            <numerusform>%n fingerprint</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Mga fingerprint sa bawat litrato: %1. Karamihan ay dagdag para sa mga kopyang pinutol o iniba ang frame, para makita rin ang mga iyon.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Mga fingerprint lang tulad ng %1 ang ipinapadala: walang larawan, pangalan o lugar.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Napakasimple o napakalabo ng ilang larawan, kaya mahina ang mga fingerprint nila at mas mahirap itugma. Ipapadala pa rin ang mga ito, at makakatulong pa rin.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Mga litrato: %n.</numerusform>
            <numerusform>Mga litrato: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Mga video: %n.</numerusform>
            <numerusform>Mga video: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Ibang file: %n.</numerusform>
            <numerusform>Ibang file: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Hindi isinama dahil hindi mabasa: %n.</numerusform>
            <numerusform>Hindi isinama dahil hindi mabasa: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Kinukumpirma kong wala pa akong 18 sa mga litrato at video na ito.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Kinukumpirma kong wala pang 18 ang kabataang tinutulungan ko, sa mga litrato at video na ito.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Na-save na ang mga fingerprint mo</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Nasa file na pinili mo ang mga ito. Wala pang naipapadala. Para ipadala ang mga ito, buksan ang Take It Down sa kahit anong computer na may internet, piliin ang “Ipadala ang na-save na fingerprint”, at piliin ang file na ito.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Nasa file ang lihim na susi ng ulat na ito. Panatilihin itong pribado, at burahin ito kapag naipadala na ang ulat.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Magsimula muli</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Ipinapadala</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>I-save ang mga fingerprint para ipadala mamaya…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Walang nawala. Puwede mo ring i-save ang mga fingerprint sa file na pipiliin mo, at ipadala ang mga ito sa ibang oras mula sa kahit anong computer.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Hindi pa namin ito maipadala</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Ipinapadala ang mga fingerprint mo…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Karaniwang ilang segundo lang ito. Mga fingerprint lang ang ipinapadala.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Mga tanong</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tingnan</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Hakbang %1 sa %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Piliin ang wika ng app. Agad itong magbabago.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Matutulungan ka naming pigilan ang pagkalat ng mga larawang ito</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Kung may mga hubad o sekswal na litrato o video mo mula noong wala ka pang 18, makakatulong ang app na ito para matanggal ang mga ito sa mga website at app, o mapigilang maibahagi. Hindi mo ito kasalanan, at hindi ka magkakaproblema.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Nananatili sa iyo ang mga larawan mo</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Nananatili sa computer na ito ang mga litrato at video mo. Hindi kailanman ina-upload ang mga ito.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Mga fingerprint lang ang ipinapadala: maiikling code na hindi na maibabalik sa larawan.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Hindi mo ibinibigay ang pangalan, email o numero ng telepono mo. Libre ito.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Puwede kang tumigil anumang oras. Agad na isinasara ng “Umalis agad” (sa kanang itaas) ang app. Puwede mo ring pindutin ang Shift nang tatlong beses, o ang Escape nang dalawang beses.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Magsimula</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Paano ito gumagana?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Tingnan o bawiin ang naunang ulat</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Ipadala ang na-save na fingerprint</translation>
    </message>
</context>
</TS>
