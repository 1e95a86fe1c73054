<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Ongeza picha na video</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Ongeza kila picha au video unayotaka iondolewe. Zinabaki kwenye kompyuta hii: ni alama zake za kidijitali tu zinazotengenezwa. Zimefifishwa, kwa hiyo huhitaji kuziona.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Buruta picha, video au folda hapa</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Chagua picha na video…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Picha na video zilizoongezwa</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Bonyeza Delete kuondoa ulizochagua. Bonyeza na ushikilie kuona moja.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Kuona picha hizi kunaweza kukuumiza, na mtu aliye karibu nawe anaweza kuziona pia. Huhitaji kuziangalia: alama zinatengenezwa hata hivyo. Zionyeshwe hata hivyo?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Zionyeshe</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Ziache zimefifia</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Ficha picha</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Onyesha picha</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Picha zinabaki zimefifishwa, isipokuwa ukichagua kuziona.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Ondoa ulizochagua</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Simamisha kutengeneza alama za kidijitali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Endelea</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Tayari kimeongezwa, kwa hiyo hakijaongezwa tena: %n.</numerusform>
            <numerusform>Tayari vimeongezwa, kwa hiyo havijaongezwa tena: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Bado hakuna kilichoongezwa.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Inatengeneza alama za kidijitali: zimebaki %n.</numerusform>
            <numerusform>Inatengeneza alama za kidijitali: zimebaki %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Inaangalia ndani ya folda…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Tayari: %n.</numerusform>
            <numerusform>Tayari: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Alama dhaifu, bado inafaa: %n.</numerusform>
            <numerusform>Alama dhaifu, bado zinafaa: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Haikuweza kusomwa: %n.</numerusform>
            <numerusform>Hazikuweza kusomwa: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Imeonyeshwa mara moja, kwa sababu ilikuwa sawa na faili nyingine: %n.</numerusform>
            <numerusform>Zimeonyeshwa mara moja, kwa sababu zilikuwa sawa na faili nyingine: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Baadhi ya folda hazikuweza kuangaliwa. Jaribu kuziongeza tena.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Unaweza kuongeza zaidi, au kuendelea.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Unaweza kuendelea kuongeza faili, au ubonyeze Simamisha.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Picha hii ni ya rangi moja sana au imefifia, kwa hiyo alama yake ya kidijitali ni dhaifu na ni ngumu zaidi kulinganisha. Bado inatumwa, na bado inaweza kusaidia.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Hii si picha wala video, kwa hiyo alama ya faili pekee ndiyo itatumwa. Bado inaweza kupata nakala zilizo sawa kabisa na faili hii.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Huduma hii ni ya picha zilizopigwa kabla ya miaka 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down ni ya picha na video zilizopigwa mtu akiwa na umri chini ya miaka 18 tu. Hakuna kilichotumwa. Kuna huduma ya bure inayofanya kazi kwa njia inayofanana kwa watu wazima, na watu unaoweza kuzungumza nao:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Kama huna uhakika ulikuwa na umri gani, rudi nyuma uchague “Sina uhakika”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Anza upya</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Angalia au ondoa ripoti ya awali</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Andika namba ya ripoti na ufunguo wa siri kutoka kwenye risiti yako, au fungua risiti uliyohifadhi. Kuondoa ripoti kunaondoa alama zake za kidijitali kwenye orodha.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Namba ya ripoti:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Ufunguo wa siri:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Namba ya ripoti</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Ufunguo wa siri</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Angalia ripoti</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Fungua risiti iliyohifadhiwa…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Ondoa ripoti hii…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Uondoe ripoti hii? Alama zake zitaondolewa kwenye orodha, kwa hiyo tovuti na programu zitaacha kutafuta picha hizi. Hili haliwezi kutenduliwa, lakini unaweza kutuma ripoti mpya wakati wowote.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ndiyo, iondoe</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Hapana, iache</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Inaangalia…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Inaondoa…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Ripoti hii imeondolewa. Alama zake hazipo tena kwenye orodha. Ilipokelewa tarehe %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Ripoti hii inafanya kazi. Ilipokelewa tarehe %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Faili zenye alama ndani yake: %n.</numerusform>
            <numerusform>Faili zenye alama ndani yake: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Ripoti yako imetumwa</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Imekamilika. Hii ni risiti yako. Utaihitaji kuangalia ripoti baadaye.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Namba ya ripoti:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Ufunguo wa siri:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Weka hivi viwili mahali salama na pa faragha. Unahitaji vyote viwili kuangalia ripoti yako au kuiondoa. Ukivipoteza, hakuna anayeweza kuvirudisha, hata sisi. Mtu yeyote mwenye vyote viwili anaweza kuondoa ripoti.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Nakili risiti</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Hifadhi risiti kama…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Kitakachotokea sasa</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC huongeza alama zako za kidijitali kwenye orodha yake. Tovuti na programu zinazoshiriki hutumia orodha hiyo kupata nakala na kuziondoa, au kuzizuia zisichapishwe. Hutapata ujumbe kuhusu hili, kwa sababu hakuna anayejua wewe ni nani. Unaweza kuangalia ripoti yako kwa programu hii wakati wowote.

Tafadhali usishiriki picha au video hizo popote, hata kwa ajili ya kuziripoti. Kuzituma tena kunaweza kuzifanya zienee.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Huhitaji kukabiliana na hili peke yako</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Kama una wasiwasi, una huzuni, au mtu anakutishia, huduma hizi za bure na za siri zinaweza kusaidia:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Anza upya</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Funga programu</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Folda ya nyumbani</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Eneo-kazi</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Videos</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Swahili word, and the folder&apos;s name.</translatorcomment>
        <translation>Video</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Vipakuliwa</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Nyaraka</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Chagua picha, video au folda nzima. Shikilia Ctrl kuchagua zaidi ya moja.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Chagua faili ya alama uliyohifadhi awali.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Chagua folda, kisha andika jina la faili.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Toka haraka</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Folda ya juu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folda</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Faili na folda</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Jina la faili:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Jina la faili</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Tayari kuna faili lenye jina hili hapa. Ukihifadhi, litabadilishwa.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Pata msaada sasa</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Huhitaji kukabiliana na hili peke yako. Huduma hizi ni za bure na za siri. Kama mtu anakutishia au anakuomba picha, unaweza kuiambia mojawapo ya huduma hizi au mtu mzima unayemwamini. Hutapata matatizo.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Hii inafanyaje kazi?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Picha au video yako inabaki kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Programu inatengeneza alama zake hapa</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Take It Down inapokea alama tu</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Tovuti na programu zinatafuta zinazolingana na kuziondoa</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Alama ya kidijitali ni nini?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Alama ya kidijitali (watu wa kompyuta huiita hash) ni msimbo mfupi unaotokana na picha au video. Picha ile ile hutoa msimbo ule ule kila mara. Msimbo hauwezi kugeuzwa kuwa picha tena, kwa hiyo hakuna anayeweza kuona picha yako kupitia msimbo huo.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Alama za faili (MD5 na SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Hizi hulingana na nakala halisi za faili lile lile. Hata sehemu ndogo sana ya faili ikibadilika, msimbo pia hubadilika.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Alama za picha (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Hii inatokana na jinsi picha inavyoonekana, kwa hiyo inaweza pia kupata nakala zilizopunguzwa ukubwa, zilizohifadhiwa upya au zilizobadilishwa kidogo. Picha za rangi moja sana au zilizofifia hutoa alama dhaifu, ambayo ni ngumu zaidi kulinganisha. Bado inatumwa.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Nakala zilizobadilishwa</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Kila picha pia inapata alama za ziada kwa njia ambazo nakala hubadilishwa mara nyingi: kukatwa upande mmoja, kukuzwa, kufanywa mraba, kuzungushwa, kuwekwa kwenye stori au chini ya maandishi. Kwa hiyo nakala hizo zinaweza kupatikana bila ripoti mpya. Baadhi ya mabadiliko bado hayagunduliwi: nakala iliyokatwa pande zote, picha ya skrini, au nakala yenye vibandiko. Ukipata nakala kama hiyo, unaweza kuituma kwenye ripoti mpya.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Alama za video</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Kwa video, programu hutengeneza alama ya picha ya takriban fremu moja kila sekunde, pamoja na alama za faili.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Nini kinatokea kwa alama?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC huziongeza kwenye orodha. Tovuti na programu zinazoshiriki hulinganisha machapisho na orodha hiyo. Kitu kikilingana, zinaweza kukiondoa au kukizuia kisichapishwe. Hakuna anayeona picha zako kwa sababu ya programu hii.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Kile ambacho Take It Down haiwezi kufanya</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Haiwezi kuondoa picha kwenye tovuti na programu zisizoshiriki, au kwenye ujumbe wa faragha. Picha zilizobadilishwa sana huenda zisilingane.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Picha %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Swahili word.</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Faili %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Inasubiri</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Alama… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Inatengeneza alama…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Tayari: alama ya faili pekee</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Tayari</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Tayari (alama dhaifu)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Tayari kiasi</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Imesimamishwa</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Faili hili halikuweza kusomwa</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Imebaki chini ya dakika moja.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Imebaki takriban dakika %n.</numerusform>
            <numerusform>Zimebaki takriban dakika %n.</numerusform>
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
        <translation>Faili hili halikuweza kufunguliwa au kuhifadhiwa hapo. Jaribu mahali pengine.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Kuna kitu kimeharibika. Si kosa lako. Tafadhali jaribu tena.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Pata msaada</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Mahali pa kuzungumza na mtu</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Toka haraka</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Inafunga programu mara moja na kusahau kila kitu. Unaweza pia kubonyeza Shift mara tatu, au Escape mara mbili.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Imenakiliwa. Ibandike mahali pa faragha. Programu husafisha ubao wa kunakili inapofungwa, kama risiti bado iko hapo.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Imehifadhiwa. Weka faili mahali pa faragha.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Hatukuweza kupata faili hili. Huenda limehamishwa au kufutwa.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Hii si picha wala video, kwa hiyo hatuwezi kutengeneza alama yake. Unaweza kuiondoa na kuendelea.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Kompyuta hii haikuturuhusu kufungua folda hii, kwa hiyo hakuna kilichoongezwa kutoka ndani yake.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Kompyuta hii haikuturuhusu kufungua faili hili. Unaweza kulinakili mahali pengine na kujaribu tena.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Faili hili ni tupu, kwa hiyo hakuna cha kutengenezea alama.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Faili hili ni kubwa mno kwetu kulisoma. Unaweza kuliondoa na kuendelea.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Picha hii inadai ni kubwa zaidi kuliko picha yoyote halisi, kwa hiyo hatukuifungua. Unaweza kuiondoa na kuendelea.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Picha hii inaonekana imeharibika, kwa hiyo hatukuweza kutengeneza alama yake ya picha. Alama yake ya faili ilitengenezwa hata hivyo.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Video hii inaonekana imeharibika, kwa hiyo hatukuweza kutengeneza alama yake ya video. Alama yake ya faili ilitengenezwa hata hivyo.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Bado hatuwezi kusoma aina hii ya faili. Unaweza kuliondoa na kuendelea.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Ilisimamishwa kabla faili hili halijakamilika.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Kuna kitu kimeharibika wakati wa kusoma faili hili. Unaweza kuliondoa na kuendelea, au kujaribu tena.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Hatukuweza kufikia huduma ya Take It Down. Hakikisha umeunganishwa na intaneti, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Proksi ya mtandao wako haikuturuhusu kufikia huduma ya Take It Down. Jaribu tena kwenye mtandao mwingine, kama Wi-Fi ya nyumbani au data ya simu.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Huduma ya Take It Down ilichukua muda mrefu mno kujibu. Tafadhali jaribu tena baada ya dakika chache.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Hatukuweza kuthibitisha kwamba tunawasiliana na huduma halisi ya Take It Down, kwa hiyo hakuna kilichotumwa. Hii inaweza kutokea kwenye mitandao ya shule au kazini. Jaribu tena kwenye mtandao mwingine, kama Wi-Fi ya nyumbani au data ya simu.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Kuna kitu kimeharibika upande wa huduma ya Take It Down. Si kosa lako. Tafadhali jaribu tena baadaye.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Ripoti nyingi zinatoka kwenye mtandao wako sasa hivi. Tafadhali subiri dakika chache, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Hatukupata ripoti yenye namba hiyo ya ripoti na ufunguo huo wa siri. Tafadhali linganisha vyote viwili na risiti yako, huenda kuna kosa la kuandika.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Huduma ya Take It Down haikuweza kupokea ripoti hii. Tafadhali jaribu kutuma faili chache kwa wakati mmoja, au usasishe programu.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Anwani ya huduma si anwani salama (https://), kwa hiyo hakuna kilichotumwa.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Mpangilio wa proksi si sahihi. Unapaswa kuonekana kama socks5://localhost:9050 au http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Alama zako za kidijitali bado ziko hapa, tayari kutumwa.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Risiti ya Take It Down

Kwa namba ya ripoti (“Report number”) na ufunguo wa siri (“Secret key”) hapa chini, unaweza kuangalia ripoti yako au kuiondoa.
Viweke siri: mtu yeyote mwenye vyote viwili anaweza kuondoa ripoti.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Tafadhali andika au bandika ufunguo wa siri kutoka kwenye risiti yako.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Tafadhali andika au bandika namba ya ripoti kutoka kwenye risiti yako.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Herufi ya mwisho tu ndiyo inaweza kuwa * ~ $ = au U. Funguo hutumia tarakimu 0-9 na herufi A-Z tu (bila I, L, O na U), na wakati mwingine moja ya * ~ $ = U mwishoni kabisa.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Kuna kosa la kuandika kwenye ufunguo huu wa siri: angalau herufi moja ni tofauti na ile ya risiti yako. Tafadhali angalia kila kikundi tena.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Kuna kosa la kuandika kwenye namba hii ya ripoti: angalau herufi moja ni tofauti na ile ya risiti yako. Tafadhali iangalie tena.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Hii haionekani kama risiti ya Take It Down. Inapaswa kuwa na mstari unaoanza na “Report number:” na mwingine unaoanza na “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down ni ya picha na video za mtu aliye chini ya miaka 18. Tafadhali thibitisha kwamba mtu aliye ndani yake alikuwa chini ya miaka 18 zilipopigwa.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Hakuna faili lolote kati ya haya lililoweza kutengenezewa alama, kwa hiyo hakuna cha kutuma. Jaribu kuongeza picha au video tena, au nakala nyingine zake.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Alama hizi ni kubwa mno kutumwa kwenye ripoti moja (video ndefu hutengeneza nyingi). Tafadhali tuma faili chache kwa wakati mmoja.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Hili si faili la Take It Down lenye alama zilizohifadhiwa, au lilibadilishwa baada ya kuhifadhiwa. Tafadhali chagua faili ambalo programu ilikuhifadhia.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Faili hili halikuweza kufunguliwa. Hakikisha bado liko hapo.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Ufunguo wa siri una herufi na tarakimu %1, lakini huu una %2. Angalia kama moja inakosekana au imezidi.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Namba ya ripoti ina herufi na tarakimu %1, lakini hii ina %2. Angalia kama moja inakosekana au imezidi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” haiwezi kuwa kwenye ufunguo wa siri. Funguo hutumia tarakimu 0-9 na herufi A-Z tu (bila I, L, O na U), na wakati mwingine moja ya * ~ $ = U mwishoni kabisa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” haiwezi kuwa kwenye namba ya ripoti. Namba za ripoti hutumia tarakimu 0-9 na herufi A-Z tu (bila I, L, O na U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Ripoti moja inaweza kuwa na faili %1 tu, na hii ina %2. Tafadhali zitume kwa vikundi vidogo.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Nakala hii ya Take It Down haijui itume ripoti wapi, kwa hiyo haiwezi kutumika. Si kosa lako. Hakuna kilichotumwa. Tafadhali pata programu tena kutoka kwa watu au mahali ulipoipata. Ukifunga ujumbe huu, programu pia itafungwa.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Maswali mawili mafupi</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Hatukuulizi jina lako wala kitu kingine chochote kinachoweza kuonyesha wewe ni nani.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Wewe (au kijana unayemsaidia) ulikuwa chini ya miaka 18 kwenye picha hizi?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Ndiyo, chini ya 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Hapana, 18 au zaidi</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Sina uhakika</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Hakuna shida. Kama huenda zilipigwa kabla ya miaka 18, unaweza kuendelea. Take It Down ni ya chochote ambacho huenda kilipigwa kabla ya miaka 18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Nani anatumia programu?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Mimi ndiye niliye kwenye picha au video</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Mimi ni mzazi au mtu mzima anayeaminika, ninamsaidia kijana</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Mimi ni mshauri au mtaalamu mwingine, ninasaidia</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Endelea</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Hiki ndicho kitakachotumwa chote</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Hapa chini kuna ripoti nzima, kama itakavyotumwa hasa. Ina alama za kidijitali tu: hakuna picha, hakuna majina ya faili, hakuna majina na hakuna mahali. “role” inasema nani anatuma, “attested_under_18” ni kisanduku unachoweka alama hapa chini, na “key_verifier” inakuwezesha kuangalia au kuondoa ripoti baadaye bila kusema wewe ni nani.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Ripoti itakayotumwa</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Kitakachotumwa</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Ficha ripoti halisi</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Onyesha ripoti halisi</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Nakili maandishi ya ripoti</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Tuma alama</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Hakuna kinachotumwa hadi ubonyeze “Tuma alama”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>Alama %n</numerusform>
            <numerusform>Alama %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Alama kwa kila picha: %1. Sehemu kubwa ya alama hizo ni za ziada kwa nakala zilizokatwa au kubadilishwa fremu, ili nazo ziweze kupatikana.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Ni alama kama %1 pekee zinazotumwa: hakuna picha, majina wala mahali.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Baadhi ya picha ni za rangi moja sana au zimefifia, kwa hiyo alama zake ni dhaifu na ni ngumu zaidi kulinganisha. Bado zinatumwa, na bado zinaweza kusaidia.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Picha: %n.</numerusform>
            <numerusform>Picha: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Swahili word, singular and plural.</translatorcomment>
        <translation>
            <numerusform>Video: %n.</numerusform>
            <numerusform>Video: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Faili nyingine: %n.</numerusform>
            <numerusform>Faili nyingine: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Zimeachwa kwa sababu hazikuweza kusomwa: %n.</numerusform>
            <numerusform>Zimeachwa kwa sababu hazikuweza kusomwa: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Ninathibitisha kwamba kwenye picha na video hizi ni mimi, nikiwa chini ya miaka 18.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Ninathibitisha kwamba humo ni kijana ninayemsaidia, akiwa chini ya miaka 18.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Alama zako za kidijitali zimehifadhiwa</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Ziko kwenye faili uliyochagua. Hakuna kilichotumwa bado. Ili kuzituma, fungua Take It Down kwenye kompyuta yoyote yenye intaneti, chagua “Tuma alama ulizohifadhi awali”, na uchague faili hili.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Faili hili lina ufunguo wa siri wa ripoti hii. Liweke siri, na ulifute ripoti ikishatumwa.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Anza upya</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Inatuma</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Hifadhi alama ili uzitume baadaye…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Hakuna kilichopotea. Unaweza pia kuhifadhi alama kwenye faili utakalochagua, na kuzituma baadaye kutoka kompyuta yoyote.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Hatujaweza kuituma bado</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Inatuma alama zako za kidijitali…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Kwa kawaida inachukua sekunde chache. Ni alama tu zinazotumwa.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Maswali</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Angalia</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Hatua %1 kati ya %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Chagua lugha ya programu. Inabadilika papo hapo.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Tunaweza kusaidia kuzuia picha hizi zisienee</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Kama kuna picha au video za uchi au za ngono zako kutoka kabla hujafikisha miaka 18, programu hii inaweza kusaidia ziondolewe kwenye tovuti na programu, au zizuiwe zisishirikiwe. Si kosa lako, na huna matatizo.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Picha zako zinabaki kwako</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Picha na video zako zinabaki kwenye kompyuta hii. Hazipakiwi mtandaoni kamwe.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Alama pekee ndizo zinazotumwa: misimbo mifupi isiyoweza kugeuzwa kuwa picha tena.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Hutoi jina lako, barua pepe wala nambari ya simu. Ni bure.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Unaweza kusimama wakati wowote. Toka haraka (juu kulia) inafunga programu mara moja. Unaweza pia kubonyeza Shift mara tatu, au Escape mara mbili.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Hii inafanyaje kazi?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Angalia au ondoa ripoti ya awali</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Tuma alama ulizohifadhi awali</translation>
    </message>
</context>
</TS>
