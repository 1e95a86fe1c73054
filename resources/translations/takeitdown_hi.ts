<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>फ़ोटो और वीडियो जोड़ें</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>हर वह फ़ोटो या वीडियो जोड़ें जिसे हटवाना है। ये इसी कंप्यूटर पर रहते हैं: सिर्फ़ इनके डिजिटल फ़िंगरप्रिंट बनाए जाते हैं। ये धुंधले दिखते हैं, इसलिए आपको इन्हें देखना नहीं पड़ेगा।</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>फ़ोटो, वीडियो या फ़ोल्डर यहाँ खींचकर लाएँ</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>फ़ोटो और वीडियो चुनें…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>जोड़े गए फ़ोटो और वीडियो</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>चुने हुए हटाने के लिए Delete दबाएँ। किसी एक को देखने के लिए उसे दबाकर रखें।</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>इन तस्वीरों को देखकर आपको बुरा लग सकता है, और आपके पास कोई और भी इन्हें देख सकता है। इन्हें देखना ज़रूरी नहीं है: फ़िंगरप्रिंट तो हर हाल में बनेंगे। फिर भी दिखाएँ?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>धुंधला ही रखें</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>तस्वीरें छिपाएँ</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>तस्वीरें दिखाएँ</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>तस्वीरें तब तक धुंधली रहती हैं, जब तक आप उन्हें देखना न चुनें।</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>चुनी हुई चीज़ें हटाएँ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>फ़िंगरप्रिंट बनाना रोकें</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>आगे बढ़ें</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>पहले से जोड़ा हुआ था, इसलिए दोबारा नहीं जोड़ा गया: %n।</numerusform>
            <numerusform>पहले से जोड़े हुए थे, इसलिए दोबारा नहीं जोड़े गए: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>अभी तक कुछ नहीं जोड़ा गया है।</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>फ़िंगरप्रिंट बन रहे हैं: %n बाकी है।</numerusform>
            <numerusform>फ़िंगरप्रिंट बन रहे हैं: %n बाकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>फ़ोल्डर देखे जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>तैयार: %n।</numerusform>
            <numerusform>तैयार: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>कमज़ोर फ़िंगरप्रिंट, फिर भी काम का: %n।</numerusform>
            <numerusform>कमज़ोर फ़िंगरप्रिंट, फिर भी काम के: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>पढ़ा नहीं जा सका: %n।</numerusform>
            <numerusform>पढ़े नहीं जा सके: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>एक ही बार दिखाया गया, क्योंकि यह किसी दूसरी फ़ाइल जैसा ही था: %n।</numerusform>
            <numerusform>एक ही बार दिखाए गए, क्योंकि ये किसी दूसरी फ़ाइल जैसे ही थे: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>कुछ फ़ोल्डर देखे नहीं जा सके। उन्हें फिर से जोड़कर देखें।</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>चाहें तो और जोड़ें, या आगे बढ़ें।</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>चाहें तो फ़ाइलें जोड़ते रहें, या “रोकें” दबाएँ।</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>यह तस्वीर बहुत सादी या धुंधली है, इसलिए इसका फ़िंगरप्रिंट कमज़ोर है और इसका मिलान मुश्किल है। यह फिर भी भेजा जाता है, और मदद कर सकता है।</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>यह फ़ोटो या वीडियो नहीं है, इसलिए सिर्फ़ इसकी फ़ाइल का फ़िंगरप्रिंट भेजा जाएगा। इससे भी इस फ़ाइल की बिल्कुल वैसी ही कॉपियाँ मिल सकती हैं।</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>यह सेवा 18 साल से पहले ली गई तस्वीरों के लिए है</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down सिर्फ़ उन फ़ोटो और वीडियो के लिए है जो किसी की 18 साल से कम उम्र में लिए गए हों। कुछ भी नहीं भेजा गया है। बड़ों के लिए एक मुफ़्त सेवा है जो इसी तरह काम करती है, और ऐसे लोग भी हैं जिनसे आप बात कर सकें:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>अगर पक्का नहीं पता कि तब आपकी उम्र क्या थी, तो पीछे जाएँ और “पक्का नहीं पता” चुनें।</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>फिर से शुरू करें</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>पहले की रिपोर्ट जाँचें या वापस लें</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>अपनी रसीद से रिपोर्ट नंबर और गुप्त कुंजी लिखें, या सहेजी हुई रसीद खोलें। रिपोर्ट वापस लेने पर उसके डिजिटल फ़िंगरप्रिंट सूची से हट जाते हैं।</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>रिपोर्ट नंबर:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>गुप्त कुंजी:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>रिपोर्ट नंबर</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>गुप्त कुंजी</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>रिपोर्ट जाँचें</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>सहेजी हुई रसीद खोलें…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>यह रिपोर्ट वापस लें…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>यह रिपोर्ट वापस लें? इसके फ़िंगरप्रिंट सूची से हटा दिए जाएँगे, इसलिए वेबसाइटें और ऐप इन तस्वीरों को ढूँढना बंद कर देंगे। इसे पलटा नहीं जा सकता, लेकिन नई रिपोर्ट कभी भी भेजी जा सकती है।</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>हाँ, वापस लें</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>नहीं, रहने दें</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>वापस ली जा रही है…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>यह रिपोर्ट वापस ले ली गई है। इसके फ़िंगरप्रिंट अब सूची में नहीं हैं। यह %1 को मिली थी।</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>यह रिपोर्ट चालू है। यह %1 को मिली थी।</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>इसमें फ़िंगरप्रिंट वाली फ़ाइल: %n।</numerusform>
            <numerusform>इसमें फ़िंगरप्रिंट वाली फ़ाइलें: %n।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>आपकी रिपोर्ट भेज दी गई</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>हो गया। यह रही आपकी रसीद। बाद में रिपोर्ट जाँचने के लिए इसकी ज़रूरत होगी।</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>रिपोर्ट नंबर:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>गुप्त कुंजी:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>इन दोनों को किसी सुरक्षित और निजी जगह रखें। अपनी रिपोर्ट जाँचने या वापस लेने के लिए दोनों की ज़रूरत होगी। अगर ये खो गए, तो कोई इन्हें वापस नहीं ला सकता, हम भी नहीं। ये दोनों जिसके भी पास हों, वह रिपोर्ट वापस ले सकता है।</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>रसीद कॉपी करें</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>रसीद सहेजें…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>आगे क्या होगा</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC आपके डिजिटल फ़िंगरप्रिंट अपनी सूची में जोड़ता है। इसमें शामिल वेबसाइटें और ऐप इस सूची से कॉपियाँ ढूँढकर हटाते हैं, या उन्हें पोस्ट होने से रोकते हैं। आपको इस बारे में कोई मैसेज नहीं आएगा, क्योंकि किसी को नहीं पता कि आप कौन हैं। जब चाहें, इस ऐप से अपनी रिपोर्ट जाँच लें।

कृपया ये फ़ोटो या वीडियो कहीं भी शेयर न करें, रिपोर्ट करने के लिए भी नहीं। इन्हें फिर से भेजने से ये और फैल सकते हैं।</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>आपको यह सब अकेले नहीं झेलना है</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>अगर आपको चिंता है या बुरा लग रहा है, या कोई आपको धमका रहा है, तो ये मुफ़्त और निजी सेवाएँ मदद कर सकती हैं:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>ऐप बंद करें</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>होम फ़ोल्डर</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>डेस्कटॉप</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोड</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>फ़ोटो, वीडियो या पूरे फ़ोल्डर चुनें। एक से ज़्यादा चुनने के लिए Ctrl दबाकर रखें।</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>पहले सहेजी गई फ़िंगरप्रिंट फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>कोई फ़ोल्डर चुनें, फिर फ़ाइल का नाम लिखें।</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>तुरंत बाहर निकलें</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>एक फ़ोल्डर ऊपर</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>जगहें</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>फ़ाइलें और फ़ोल्डर</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>फ़ाइल का नाम:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>फ़ाइल का नाम</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>यहाँ इस नाम की एक फ़ाइल पहले से है। सहेजने पर उसकी जगह नई फ़ाइल आ जाएगी।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>अभी मदद लें</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>आपको यह सब अकेले नहीं झेलना है। ये सेवाएँ मुफ़्त और निजी हैं। अगर कोई आपको धमका रहा है या तस्वीरें माँग रहा है, तो आप इनमें से किसी सेवा को या किसी भरोसेमंद बड़े व्यक्ति को बता सकते हैं। इससे आप पर कोई मुसीबत नहीं आएगी।</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>यह कैसे काम करता है?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>आपका फ़ोटो या वीडियो इसी कंप्यूटर पर रहता है</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>ऐप यहीं उसके डिजिटल फ़िंगरप्रिंट बनाता है</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Take It Down को सिर्फ़ फ़िंगरप्रिंट भेजे जाते हैं</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>वेबसाइटें और ऐप मेल खाती कॉपियाँ ढूँढकर हटाते हैं</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>डिजिटल फ़िंगरप्रिंट क्या है?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>डिजिटल फ़िंगरप्रिंट — कंप्यूटर वाले इसे हैश (hash) कहते हैं — एक छोटा कोड है, जो किसी फ़ोटो या वीडियो से निकाला जाता है। एक ही तस्वीर से हमेशा एक ही कोड बनता है। इस कोड से वापस तस्वीर नहीं बनाई जा सकती, इसलिए इससे कोई आपकी तस्वीर नहीं देख सकता।</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>फ़ाइल के फ़िंगरप्रिंट (MD5 और SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>ये उसी फ़ाइल की हूबहू कॉपियों से मेल खाते हैं। अगर फ़ाइल का ज़रा-सा हिस्सा भी बदले, तो कोड भी बदल जाता है।</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>तस्वीर के फ़िंगरप्रिंट (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>यह इस बात से निकाला जाता है कि तस्वीर दिखती कैसी है, इसलिए यह उन कॉपियों को भी ढूँढ सकता है जिन्हें छोटा किया गया, दोबारा सहेजा गया या थोड़ा बदला गया। बहुत सादी या धुंधली तस्वीरों का फ़िंगरप्रिंट कमज़ोर होता है, जिसका मिलान मुश्किल होता है। फिर भी वह भेजा जाता है।</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>बदली हुई कॉपियाँ</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>कॉपियाँ अक्सर जिन तरीक़ों से बदली जाती हैं, उनके लिए हर फ़ोटो के कुछ और फ़िंगरप्रिंट भी बनते हैं: एक तरफ़ से काटना, ज़ूम करना, चौकोर बनाना, घुमाना, स्टोरी में या किसी कैप्शन के नीचे लगाना। इसलिए ऐसी कॉपियाँ बिना नई रिपोर्ट के मिल सकती हैं। कुछ बदलाव अब भी पकड़ में नहीं आते: हर तरफ़ से कटी कॉपी, स्क्रीनशॉट, या ऐसी कॉपी जिस पर स्टिकर लगे हों। अगर आपको ऐसी कोई कॉपी मिले, तो उसे नई रिपोर्ट में भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>वीडियो के फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>वीडियो के लिए ऐप लगभग हर सेकंड के एक फ़्रेम का तस्वीर फ़िंगरप्रिंट बनाता है, और साथ में फ़ाइल के फ़िंगरप्रिंट भी।</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>फ़िंगरप्रिंट का क्या होता है?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC इन्हें एक सूची में जोड़ता है। इसमें शामिल वेबसाइटें और ऐप पोस्ट को इस सूची से मिलाकर देखते हैं। अगर कुछ मेल खाता है, तो वे उसे हटा सकते हैं या पोस्ट होने से रोक सकते हैं। इस ऐप की वजह से कोई आपकी तस्वीरें नहीं देखता।</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down क्या नहीं कर सकता</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>यह उन वेबसाइटों और ऐप से तस्वीरें नहीं हटा सकता जो इसमें शामिल नहीं हैं, और न ही निजी मैसेज से। जिन तस्वीरों को बहुत बदला गया हो, वे शायद मेल न खाएँ।</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>फ़ोटो %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>वीडियो %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>फ़ाइल %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>फ़िंगरप्रिंट बन रहा है… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>फ़िंगरप्रिंट बन रहा है…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>तैयार: सिर्फ़ फ़ाइल का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>तैयार (कमज़ोर फ़िंगरप्रिंट)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>कुछ हद तक तैयार</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>यह फ़ाइल पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>एक मिनट से कम बाकी है।</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>लगभग %n मिनट बाकी है।</numerusform>
            <numerusform>लगभग %n मिनट बाकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Hindi writes a colon and a space between the two.</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translation>%1। %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>यह फ़ाइल वहाँ खोली या सहेजी नहीं जा सकी। कोई दूसरी जगह आज़माएँ।</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>कुछ गड़बड़ हो गई। इसमें आपकी कोई गलती नहीं है। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>मदद लें</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>किसी से बात करने की जगहें</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>तुरंत बाहर निकलें</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>ऐप को तुरंत बंद करता है और सब कुछ भूल जाता है। Shift तीन बार या Escape दो बार दबाने से भी यही होता है।</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>कॉपी हो गई। इसे किसी निजी जगह पेस्ट करें। ऐप बंद होते समय क्लिपबोर्ड साफ़ कर देता है, अगर रसीद तब भी वहाँ हो।</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>सहेज लिया गया। फ़ाइल को किसी निजी जगह रखें।</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>हमें यह फ़ाइल नहीं मिली। शायद इसे कहीं और ले जाया गया या मिटा दिया गया है।</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>यह फ़ोटो या वीडियो नहीं है, इसलिए हम इसका फ़िंगरप्रिंट नहीं बना सकते। चाहें तो इसे हटाकर आगे बढ़ें।</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>इस कंप्यूटर ने हमें यह फ़ोल्डर खोलने नहीं दिया, इसलिए इसमें से कुछ नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>इस कंप्यूटर ने हमें यह फ़ाइल खोलने नहीं दी। चाहें तो इसे कहीं और कॉपी करके फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>यह फ़ाइल खाली है, इसलिए इसका फ़िंगरप्रिंट बनाने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>यह फ़ाइल हमारे पढ़ने के लिए बहुत बड़ी है। चाहें तो इसे हटाकर आगे बढ़ें।</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>यह तस्वीर बताती है कि यह किसी भी असली फ़ोटो से बहुत बड़ी है, इसलिए हमने इसे नहीं खोला। चाहें तो इसे हटाकर आगे बढ़ें।</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>यह तस्वीर खराब लगती है, इसलिए हम इसका तस्वीर फ़िंगरप्रिंट नहीं बना सके। इसका फ़ाइल फ़िंगरप्रिंट फिर भी बन गया।</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>यह वीडियो खराब लगता है, इसलिए हम इसका वीडियो फ़िंगरप्रिंट नहीं बना सके। इसका फ़ाइल फ़िंगरप्रिंट फिर भी बन गया।</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>हम अभी इस तरह की फ़ाइल नहीं पढ़ सकते। चाहें तो इसे हटाकर आगे बढ़ें।</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>इस फ़ाइल का काम पूरा होने से पहले ही रोक दिया गया।</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>यह फ़ाइल पढ़ते समय कुछ गड़बड़ हो गई। चाहें तो इसे हटाकर आगे बढ़ें, या फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>हम Take It Down सेवा तक नहीं पहुँच सके। देख लें कि इंटरनेट चल रहा है, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>आपके नेटवर्क की प्रॉक्सी ने हमें Take It Down सेवा तक पहुँचने नहीं दिया। किसी दूसरे नेटवर्क पर फिर से कोशिश करें, जैसे घर का Wi-Fi या मोबाइल डेटा।</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down सेवा ने जवाब देने में बहुत देर लगा दी। कृपया कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>हम पक्का नहीं कर सके कि हम असली Take It Down सेवा से ही जुड़े थे, इसलिए कुछ भी नहीं भेजा गया। स्कूल या दफ़्तर के नेटवर्क पर ऐसा हो सकता है। किसी दूसरे नेटवर्क पर फिर से कोशिश करें, जैसे घर का Wi-Fi या मोबाइल डेटा।</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down सेवा की तरफ़ से कुछ गड़बड़ हो गई। इसमें आपकी कोई गलती नहीं है। कृपया थोड़ी देर बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>अभी आपके नेटवर्क से बहुत सारी रिपोर्ट आ रही हैं। कृपया कुछ मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>हमें इस रिपोर्ट नंबर और गुप्त कुंजी वाली कोई रिपोर्ट नहीं मिली। कृपया दोनों को अपनी रसीद से मिलाकर देखें कि कहीं टाइप करने में चूक तो नहीं हुई।</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down सेवा यह रिपोर्ट स्वीकार नहीं कर सकी। कृपया एक बार में कम फ़ाइलें भेजकर देखें, या ऐप अपडेट करें।</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>सेवा का पता सुरक्षित (https://) पता नहीं है, इसलिए कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>प्रॉक्सी की सेटिंग सही नहीं है। यह कुछ ऐसी दिखनी चाहिए: socks5://localhost:9050 या http://proxy.example:8080</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>आपके फ़िंगरप्रिंट अभी भी यहीं हैं, भेजने के लिए तैयार।</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down की रसीद

नीचे दिए गए रिपोर्ट नंबर (Report number) और गुप्त कुंजी (Secret key) से आप अपनी रिपोर्ट जाँच सकते हैं या उसे वापस ले सकते हैं।
इन्हें निजी रखें: जिसके पास भी ये दोनों हों, वह रिपोर्ट वापस ले सकता है।</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>कृपया अपनी रसीद से गुप्त कुंजी लिखें या पेस्ट करें।</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>कृपया अपनी रसीद से रिपोर्ट नंबर लिखें या पेस्ट करें।</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>सिर्फ़ आखिरी अक्षर * ~ $ = या U हो सकता है। कुंजियों में सिर्फ़ 0-9 तक के अंक और A-Z तक के अक्षर होते हैं (I, L, O या U नहीं), और कभी-कभी बिल्कुल आखिर में * ~ $ = U में से कोई एक।</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>इस गुप्त कुंजी में टाइप करने में चूक हुई है: कम से कम एक अक्षर आपकी रसीद से अलग है। कृपया हर समूह को फिर से जाँचें।</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>इस रिपोर्ट नंबर में टाइप करने में चूक हुई है: कम से कम एक अक्षर आपकी रसीद से अलग है। कृपया इसे फिर से जाँचें।</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translatorcomment>The saved receipt file is always written in English, so the two line labels stay in English here.</translatorcomment>
        <translation>यह Take It Down की रसीद नहीं लगती। इसमें एक लाइन “Report number:” से और एक लाइन “Secret key:” से शुरू होनी चाहिए।</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down 18 साल से कम उम्र के किसी व्यक्ति के फ़ोटो और वीडियो के लिए है। कृपया पुष्टि करें कि इन्हें लेते समय इनमें दिख रहे व्यक्ति की उम्र 18 साल से कम थी।</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>इनमें से किसी भी फ़ाइल का फ़िंगरप्रिंट नहीं बन सका, इसलिए भेजने के लिए कुछ नहीं है। फ़ोटो या वीडियो फिर से जोड़कर देखें, या उनकी दूसरी कॉपियाँ।</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>ये फ़िंगरप्रिंट एक रिपोर्ट में भेजने के लिए बहुत बड़े हैं (लंबे वीडियो से बहुत सारे बनते हैं)। कृपया एक बार में कम फ़ाइलें भेजें।</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>यह Take It Down की सहेजे गए फ़िंगरप्रिंट वाली फ़ाइल नहीं है, या सहेजने के बाद इसे बदला गया है। कृपया वही फ़ाइल चुनें जो ऐप ने आपके लिए सहेजी थी।</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>यह फ़ाइल खोली नहीं जा सकी। देख लें कि यह अभी भी वहीं है।</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>गुप्त कुंजी में %1 अक्षर और अंक होते हैं, लेकिन इसमें %2 हैं। देख लें कि कहीं कोई छूट तो नहीं गया या ज़्यादा तो नहीं है।</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>रिपोर्ट नंबर में %1 अक्षर और अंक होते हैं, लेकिन इसमें %2 हैं। देख लें कि कहीं कोई छूट तो नहीं गया या ज़्यादा तो नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” गुप्त कुंजी में नहीं हो सकता। कुंजियों में सिर्फ़ 0-9 तक के अंक और A-Z तक के अक्षर होते हैं (I, L, O या U नहीं), और कभी-कभी बिल्कुल आखिर में * ~ $ = U में से कोई एक।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” रिपोर्ट नंबर में नहीं हो सकता। रिपोर्ट नंबर में सिर्फ़ 0-9 तक के अंक और A-Z तक के अक्षर होते हैं (I, L, O या U नहीं)।</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>एक रिपोर्ट में ज़्यादा से ज़्यादा %1 फ़ाइलें हो सकती हैं, और इसमें %2 हैं। कृपया इन्हें छोटे-छोटे समूहों में भेजें।</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Take It Down की इस कॉपी को नहीं पता कि रिपोर्ट कहाँ भेजनी है, इसलिए इसे इस्तेमाल नहीं किया जा सकता। इसमें आपकी कोई गलती नहीं है। कुछ भी नहीं भेजा गया। कृपया यह ऐप फिर से उन्हीं लोगों या उसी जगह से लें, जहाँ से आपको यह मिला था। यह संदेश बंद करने पर ऐप भी बंद हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>दो छोटे सवाल</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>हम आपका नाम या ऐसी कोई भी बात नहीं पूछते जिससे पता चले कि आप कौन हैं।</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>इन फ़ोटो या वीडियो में क्या आपकी (या जिस युवा की मदद की जा रही है, उसकी) उम्र 18 साल से कम थी?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>हाँ, 18 से कम</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>नहीं, 18 या ज़्यादा</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>पक्का नहीं पता</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>कोई बात नहीं। अगर ये 18 साल से पहले लिए गए हो सकते हैं, तो आगे बढ़ें। Take It Down हर उस चीज़ के लिए है जो शायद 18 साल से पहले ली गई हो।</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>ऐप कौन इस्तेमाल कर रहा है?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>फ़ोटो या वीडियो में मैं हूँ</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>मैं माता-पिता या भरोसेमंद बड़ा व्यक्ति हूँ, किसी युवा की मदद के लिए</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>मैं काउंसलर या कोई और प्रोफ़ेशनल हूँ, मदद के लिए</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>आगे बढ़ें</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>बस यही सब भेजा जाएगा</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>नीचे पूरी रिपोर्ट है, ठीक वैसी ही जैसी भेजी जाएगी। इसमें सिर्फ़ डिजिटल फ़िंगरप्रिंट हैं: कोई तस्वीर नहीं, कोई फ़ाइल का नाम नहीं, कोई नाम नहीं और कोई लोकेशन नहीं। “role” बताता है कि कौन भेज रहा है, “attested_under_18” वह बॉक्स है जिस पर नीचे टिक करना है, और “key_verifier” की मदद से बाद में रिपोर्ट जाँची या वापस ली जा सकती है, बिना यह बताए कि आप कौन हैं।</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>भेजी जाने वाली रिपोर्ट</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>क्या भेजा जाएगा</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>पूरी रिपोर्ट छिपाएँ</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>पूरी रिपोर्ट दिखाएँ</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>रिपोर्ट का टेक्स्ट कॉपी करें</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>फ़िंगरप्रिंट भेजें</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>“फ़िंगरप्रिंट भेजें” दबाने से पहले कुछ भी नहीं भेजा जाता।</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n फ़िंगरप्रिंट</numerusform>
            <numerusform>%n फ़िंगरप्रिंट</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>हर फ़ोटो के फ़िंगरप्रिंट: %1। इनमें से ज़्यादातर उन कॉपियों के लिए और फ़िंगरप्रिंट हैं जिन्हें काटा गया या जिनका फ़्रेम बदला गया, ताकि वे भी मिल सकें।</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>सिर्फ़ %1 जैसे फ़िंगरप्रिंट भेजे जाते हैं: कोई तस्वीर, नाम या जगह नहीं।</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>कुछ तस्वीरें बहुत सादी या धुंधली हैं, इसलिए उनके फ़िंगरप्रिंट कमज़ोर हैं और उनका मिलान मुश्किल है। फिर भी वे भेजे जाते हैं, और मदद कर सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>फ़ोटो: %n।</numerusform>
            <numerusform>फ़ोटो: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>वीडियो: %n।</numerusform>
            <numerusform>वीडियो: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>दूसरी फ़ाइल: %n।</numerusform>
            <numerusform>दूसरी फ़ाइलें: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>छोड़ दिया गया, क्योंकि पढ़ा नहीं जा सका: %n।</numerusform>
            <numerusform>छोड़ दिए गए, क्योंकि पढ़े नहीं जा सके: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>मेरी पुष्टि है कि इन फ़ोटो और वीडियो में मैं हूँ, जब मेरी उम्र 18 साल से कम थी।</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>मेरी पुष्टि है कि इन फ़ोटो और वीडियो में वही युवा है जिसकी मदद के लिए मैं यहाँ हूँ, जब उसकी उम्र 18 साल से कम थी।</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>आपके डिजिटल फ़िंगरप्रिंट सहेज लिए गए हैं</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>ये आपकी चुनी हुई फ़ाइल में हैं। अभी तक कुछ भी नहीं भेजा गया है। इन्हें भेजने के लिए इंटरनेट वाले किसी भी कंप्यूटर पर Take It Down खोलें, “पहले सहेजे गए फ़िंगरप्रिंट भेजें” चुनें, और यह फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>इस फ़ाइल में इस रिपोर्ट की गुप्त कुंजी है। इसे निजी रखें, और रिपोर्ट भेजने के बाद इसे मिटा दें।</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>फिर से शुरू करें</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>बाद में भेजने के लिए फ़िंगरप्रिंट सहेजें…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>कुछ भी खोया नहीं है। चाहें तो फ़िंगरप्रिंट अपनी चुनी हुई फ़ाइल में सहेज लें, और बाद में किसी भी कंप्यूटर से भेज दें।</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>अभी भेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>आपके डिजिटल फ़िंगरप्रिंट भेजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>इसमें आम तौर पर कुछ सेकंड लगते हैं। सिर्फ़ फ़िंगरप्रिंट भेजे जाते हैं।</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँचें</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>चरण %1 / %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>ऐप की भाषा चुनें। यह तुरंत बदल जाती है।</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>हम इन तस्वीरों को फैलने से रोकने में मदद कर सकते हैं</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>अगर 18 साल से पहले के आपके न्यूड या सेक्शुअल फ़ोटो या वीडियो हैं, तो यह ऐप उन्हें वेबसाइटों और ऐप से हटवाने में, या उन्हें शेयर होने से रोकने में मदद कर सकता है। इसमें आपकी कोई गलती नहीं है, और आप किसी मुसीबत में नहीं हैं।</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>आपकी तस्वीरें आपके पास ही रहती हैं</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>आपकी फ़ोटो और वीडियो इसी कंप्यूटर पर रहते हैं। उन्हें कभी अपलोड नहीं किया जाता।</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>सिर्फ़ फ़िंगरप्रिंट भेजे जाते हैं: छोटे कोड, जिनसे तस्वीर वापस नहीं बनाई जा सकती।</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>आपको अपना नाम, ईमेल या फ़ोन नंबर नहीं देना होता। यह मुफ़्त है।</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>रुकना हो, तो कभी भी रुक जाएँ। “तुरंत बाहर निकलें” (ऊपर दाईं ओर) ऐप को फ़ौरन बंद कर देता है। Shift तीन बार या Escape दो बार दबाने से भी ऐसा होता है।</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>यह कैसे काम करता है?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>पहले की रिपोर्ट जाँचें या वापस लें</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>पहले सहेजे गए फ़िंगरप्रिंट भेजें</translation>
    </message>
</context>
</TS>
