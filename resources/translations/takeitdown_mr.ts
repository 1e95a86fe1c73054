<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>फोटो आणि व्हिडिओ जोडा</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>जे फोटो किंवा व्हिडिओ काढून टाकायचे आहेत, ते प्रत्येक जोडा. ते याच कॉम्प्युटरवर राहतात: फक्त त्यांचे डिजिटल फिंगरप्रिंट तयार होतात. ते धूसर केलेले असतात, त्यामुळे तुम्हाला ते पाहावे लागत नाहीत.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>फोटो, व्हिडिओ किंवा फोल्डर इथे ओढून आणा</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>फोटो आणि व्हिडिओ निवडा…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>जोडलेले फोटो आणि व्हिडिओ</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>निवडलेले काढण्यासाठी Delete दाबा. एखादा पाहण्यासाठी दाबून धरा.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>ही चित्रे पाहून तुम्हाला त्रास होऊ शकतो, आणि जवळच्या कोणालाही ती दिसू शकतात. ती पाहण्याची गरज नाही: फिंगरप्रिंट तसेही तयार होतात. तरीही दाखवायची का?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>दाखवा</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>धूसरच राहू द्या</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>चित्रे लपवा</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>चित्रे दाखवा</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>तुम्ही पाहायचे ठरवले नाही तर चित्रे धूसरच राहतात.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>काढा</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>निवडलेले काढा</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>फिंगरप्रिंट तयार करणे थांबवा</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>पुढे चला</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>आधीच जोडलेले होते, म्हणून पुन्हा जोडले नाही: %n.</numerusform>
            <numerusform>आधीच जोडलेले होते, म्हणून पुन्हा जोडले नाही: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>अजून काहीही जोडलेले नाही.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>फिंगरप्रिंट तयार होत आहेत: अजून %n बाकी.</numerusform>
            <numerusform>फिंगरप्रिंट तयार होत आहेत: अजून %n बाकी.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>फोल्डर पाहत आहोत…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>तयार: %n.</numerusform>
            <numerusform>तयार: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>कमकुवत फिंगरप्रिंट, तरीही उपयोगी: %n.</numerusform>
            <numerusform>कमकुवत फिंगरप्रिंट, तरीही उपयोगी: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>वाचता आले नाहीत: %n.</numerusform>
            <numerusform>वाचता आले नाहीत: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>दुसऱ्या फाइलसारखेच होते म्हणून एकदाच दाखवले: %n.</numerusform>
            <numerusform>दुसऱ्या फाइलसारखेच होते म्हणून एकदाच दाखवले: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>काही फोल्डर पाहता आले नाहीत. ते पुन्हा जोडून पाहा.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>तुम्ही आणखी जोडू शकता, किंवा पुढे जाऊ शकता.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>तुम्ही फाइल जोडत राहू शकता, किंवा थांबवा दाबू शकता.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>हे चित्र खूप साधे किंवा धूसर आहे, त्यामुळे त्याचा फिंगरप्रिंट कमकुवत आहे आणि जुळवणे अवघड आहे. तरीही तो पाठवला जातो, आणि उपयोगी पडू शकतो.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>हा फोटो किंवा व्हिडिओ नाही, म्हणून फक्त या फाइलचा फिंगरप्रिंट पाठवला जाईल. तरीही त्याने या फाइलच्या अगदी तशाच प्रती सापडू शकतात.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>ही सेवा 18 वर्षांच्या आधी काढलेल्या चित्रांसाठी आहे</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down फक्त एखादी व्यक्ती 18 वर्षांखालील असताना काढलेल्या फोटो आणि व्हिडिओंसाठी आहे. काहीही पाठवलेले नाही. मोठ्यांसाठी अशाच पद्धतीने काम करणारी एक मोफत सेवा आहे, आणि बोलण्यासाठी माणसेही आहेत:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>तेव्हा तुमचे वय किती होते याची खात्री नसेल, तर मागे जा आणि “खात्री नाही” निवडा.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>पुन्हा सुरू करा</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>आधीचा रिपोर्ट तपासा किंवा मागे घ्या</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>तुमच्या पावतीवरील रिपोर्ट क्रमांक आणि गुप्त कोड टाइप करा, किंवा सेव्ह केलेली पावती उघडा. रिपोर्ट मागे घेतल्यावर त्याचे फिंगरप्रिंट यादीतून काढले जातात.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>रिपोर्ट क्रमांक:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>गुप्त कोड:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>रिपोर्ट क्रमांक</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>गुप्त कोड</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>रिपोर्ट तपासा</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>सेव्ह केलेली पावती उघडा…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>हा रिपोर्ट मागे घ्या…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>हा रिपोर्ट मागे घ्यायचा? त्याचे फिंगरप्रिंट यादीतून काढले जातील, त्यामुळे वेबसाइट आणि ॲप ही चित्रे शोधणे थांबवतील. हे परत आधीसारखे करता येणार नाही, पण तुम्ही कधीही नवीन रिपोर्ट पाठवू शकता.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>हो, मागे घ्या</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>नाही, राहू द्या</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>तपासत आहोत…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>मागे घेत आहोत…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>हा रिपोर्ट मागे घेतला आहे. त्याचे फिंगरप्रिंट आता यादीत नाहीत. तो %1 रोजी मिळाला होता.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>हा रिपोर्ट सुरू आहे. तो %1 रोजी मिळाला.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>यातील फिंगरप्रिंट केलेल्या फाइल: %n.</numerusform>
            <numerusform>यातील फिंगरप्रिंट केलेल्या फाइल: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>तुमचा रिपोर्ट पाठवला</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>झाले. ही तुमची पावती. नंतर रिपोर्ट तपासण्यासाठी ती लागेल.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>रिपोर्ट क्रमांक:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>गुप्त कोड:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>या दोन्ही गोष्टी सुरक्षित आणि खासगी ठिकाणी ठेवा. रिपोर्ट तपासण्यासाठी किंवा मागे घेण्यासाठी दोन्ही लागतात. त्या हरवल्या तर कोणीही त्या परत मिळवू शकत नाही, आम्हीही नाही. ज्याच्याकडे दोन्ही आहेत, तो कोणीही रिपोर्ट मागे घेऊ शकतो.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>पावती कॉपी करा</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>पावती सेव्ह करा…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>पुढे काय होते</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC तुमचे डिजिटल फिंगरप्रिंट त्यांच्या यादीत जोडते. सहभागी वेबसाइट आणि ॲप या यादीचा वापर करून प्रती शोधतात आणि काढून टाकतात, किंवा त्या पोस्ट होऊ देत नाहीत. याबद्दल तुम्हाला कोणताही मेसेज येणार नाही, कारण तुम्ही कोण आहात हे कोणालाही माहीत नाही. तुम्ही कधीही या ॲपने रिपोर्ट तपासू शकता.

कृपया ते फोटो किंवा व्हिडिओ कुठेही शेअर करू नका, रिपोर्ट करण्यासाठीसुद्धा नाही. ते पुन्हा पाठवल्याने ते आणखी पसरू शकतात.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>हे तुम्हाला एकट्याने सहन करावे लागणार नाही</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>तुम्हाला काळजी वाटत असेल, वाईट वाटत असेल, किंवा कोणी धमकी देत असेल, तर या मोफत, गोपनीय सेवा मदत करू शकतात:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>पुन्हा सुरू करा</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>ॲप बंद करा</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>होम फोल्डर</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>डेस्कटॉप</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>चित्रे</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>व्हिडिओ</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोड</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तऐवज</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>फोटो, व्हिडिओ किंवा संपूर्ण फोल्डर निवडा. एकापेक्षा जास्त निवडण्यासाठी Ctrl दाबून धरा.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>आधी सेव्ह केलेली फिंगरप्रिंटची फाइल निवडा.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>एक फोल्डर निवडा, मग फाइलचे नाव टाइप करा.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोडा</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव्ह करा</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>लगेच बाहेर पडा</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>एक फोल्डर वर</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फोल्डर</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>ठिकाणे</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>फाइल आणि फोल्डर</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>फाइलचे नाव:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>फाइलचे नाव</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>इथे या नावाची फाइल आधीच आहे. सेव्ह केल्यास ती बदलली जाईल.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>आता मदत घ्या</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>हे तुम्हाला एकट्याने सहन करावे लागणार नाही. या सेवा मोफत आणि गोपनीय आहेत. कोणी धमकी देत असेल किंवा चित्रे मागत असेल, तर तुम्ही यापैकी एखाद्या सेवेला किंवा विश्वासातील मोठ्या व्यक्तीला सांगू शकता. तुम्ही अडचणीत येणार नाही.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>हे कसे काम करते?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>तुमचा फोटो किंवा व्हिडिओ याच कॉम्प्युटरवर राहतो</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>ॲप इथेच त्याचे फिंगरप्रिंट तयार करते</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Take It Down कडे फक्त फिंगरप्रिंट पाठवले जातात</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>वेबसाइट आणि ॲप जुळणारे शोधतात आणि काढून टाकतात</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>फिंगरप्रिंट म्हणजे काय?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>डिजिटल फिंगरप्रिंट (कॉम्प्युटरमधील लोक त्याला हॅश, hash म्हणतात) म्हणजे फोटो किंवा व्हिडिओवरून मोजून काढलेला एक छोटा कोड. एकाच चित्रापासून नेहमी तोच कोड मिळतो. कोडपासून पुन्हा चित्र बनवता येत नाही, त्यामुळे त्यावरून कोणीही तुमचे चित्र पाहू शकत नाही.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>फाइलचे फिंगरप्रिंट (MD5 आणि SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>हे एकाच फाइलच्या हुबेहूब प्रतींशी जुळतात. फाइलचा अगदी छोटा भाग बदलला तरी कोडही बदलतो.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>चित्राचा फिंगरप्रिंट (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>हा चित्र कसे दिसते यावरून मोजला जातो, त्यामुळे लहान केलेल्या, पुन्हा सेव्ह केलेल्या किंवा थोड्या बदललेल्या प्रतीही तो शोधू शकतो. खूप साध्या किंवा धूसर चित्रांचा फिंगरप्रिंट कमकुवत असतो, जो जुळवणे अवघड असते. तरीही तो पाठवला जातो.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>बदललेल्या प्रती</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>प्रती अनेकदा ज्या प्रकारे बदलल्या जातात, त्यासाठी प्रत्येक फोटोचे आणखी काही फिंगरप्रिंटही तयार होतात: एका बाजूने कापणे, झूम करणे, चौकोनी करणे, फिरवणे, स्टोरीमध्ये किंवा एखाद्या मजकुराखाली ठेवणे. त्यामुळे अशा प्रती नवीन रिपोर्टशिवाय सापडू शकतात. काही बदल अजूनही पकडले जात नाहीत: सगळ्या बाजूंनी कापलेली प्रत, स्क्रीनशॉट, किंवा स्टिकर लावलेली प्रत. अशी प्रत तुम्हाला सापडली, तर तुम्ही ती नवीन रिपोर्टमध्ये पाठवू शकता.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>व्हिडिओचे फिंगरप्रिंट</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>व्हिडिओसाठी ॲप साधारण दर सेकंदाला एका फ्रेमचा चित्र-फिंगरप्रिंट तयार करते, आणि फाइलचे फिंगरप्रिंटही.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>फिंगरप्रिंटचे पुढे काय होते?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC ते एका यादीत जोडते. सहभागी वेबसाइट आणि ॲप पोस्ट या यादीशी जुळवून पाहतात. काही जुळले तर ते काढून टाकू शकतात, किंवा पोस्ट होऊ देत नाहीत. या ॲपमुळे कोणीही तुमची चित्रे पाहत नाही.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down काय करू शकत नाही</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>सहभागी नसलेल्या वेबसाइट आणि ॲपवरून, किंवा खासगी मेसेजमधून ते चित्रे काढू शकत नाही. खूप बदललेली चित्रे कदाचित जुळणार नाहीत.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>फोटो %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>व्हिडिओ %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>फाइल %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>वाट पाहत आहे</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>फिंगरप्रिंट… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>फिंगरप्रिंट तयार होत आहे…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>तयार: फक्त फाइलचा फिंगरप्रिंट</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तयार</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>तयार (कमकुवत फिंगरप्रिंट)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>अंशतः तयार</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>थांबवले</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>ही फाइल वाचता आली नाही</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>एक मिनिटापेक्षा कमी वेळ उरला आहे.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>सुमारे %n मिनिट उरले आहे.</numerusform>
            <numerusform>सुमारे %n मिनिटे उरली आहेत.</numerusform>
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
        <translation>ही फाइल तिथे उघडता किंवा सेव्ह करता आली नाही. दुसरी जागा वापरून पाहा.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>काहीतरी चुकले. यात तुमची काहीही चूक नाही. कृपया पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>मदत घ्या</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>कोणाशी तरी बोलण्याच्या जागा</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>लगेच बाहेर पडा</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>ॲप लगेच बंद करते आणि सगळे विसरते. तुम्ही Shift तीन वेळा किंवा Escape दोन वेळा दाबू शकता.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>कॉपी झाले. खासगी ठिकाणी पेस्ट करा. पावती क्लिपबोर्डवर अजून असेल, तर ॲप बंद होताना क्लिपबोर्ड रिकामा करते.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>सेव्ह झाले. फाइल खासगी ठिकाणी ठेवा.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>ही फाइल सापडली नाही. ती हलवली किंवा हटवली असावी.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>हा फोटो किंवा व्हिडिओ नाही, त्यामुळे त्याचा फिंगरप्रिंट तयार करता येत नाही. तुम्ही तो काढून पुढे जाऊ शकता.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>या कॉम्प्युटरने हे फोल्डर उघडू दिले नाही, त्यामुळे त्यातील काहीही जोडले नाही.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>या कॉम्प्युटरने ही फाइल उघडू दिली नाही. तुम्ही ती दुसरीकडे कॉपी करून पुन्हा प्रयत्न करू शकता.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>ही फाइल रिकामी आहे, त्यामुळे फिंगरप्रिंट तयार करण्यासारखे काहीच नाही.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>ही फाइल आम्हाला वाचता येण्यासाठी खूप मोठी आहे. तुम्ही ती काढून पुढे जाऊ शकता.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>हे चित्र कोणत्याही खऱ्या फोटोपेक्षा खूप मोठे असल्याचे सांगते, त्यामुळे आम्ही ते उघडले नाही. तुम्ही ते काढून पुढे जाऊ शकता.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>हे चित्र खराब झालेले दिसते, त्यामुळे त्याचा चित्र-फिंगरप्रिंट तयार करता आला नाही. फाइलचा फिंगरप्रिंट मात्र तयार झाला.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>हा व्हिडिओ खराब झालेला दिसतो, त्यामुळे त्याचा व्हिडिओ-फिंगरप्रिंट तयार करता आला नाही. फाइलचा फिंगरप्रिंट मात्र तयार झाला.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>या प्रकारची फाइल आम्हाला अजून वाचता येत नाही. तुम्ही ती काढून पुढे जाऊ शकता.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>ही फाइल पूर्ण होण्याआधीच थांबवले.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>ही फाइल वाचताना काहीतरी चुकले. तुम्ही ती काढून पुढे जाऊ शकता, किंवा पुन्हा प्रयत्न करू शकता.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Take It Down सेवेपर्यंत पोहोचता आले नाही. इंटरनेट जोडलेले आहे का ते तपासा, मग पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>तुमच्या नेटवर्कच्या प्रॉक्सीने आम्हाला Take It Down सेवेपर्यंत जाऊ दिले नाही. घरचे Wi-Fi किंवा मोबाइल डेटा अशा दुसऱ्या नेटवर्कवर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down सेवेने उत्तर द्यायला खूप वेळ लावला. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>आम्ही खऱ्या Take It Down सेवेशीच बोलत आहोत याची खात्री करता आली नाही, त्यामुळे काहीही पाठवले नाही. शाळेच्या किंवा कामाच्या नेटवर्कवर असे होऊ शकते. घरचे Wi-Fi किंवा मोबाइल डेटा अशा दुसऱ्या नेटवर्कवर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down सेवेच्या बाजूने काहीतरी चुकले. यात तुमची काहीही चूक नाही. कृपया नंतर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>आत्ता तुमच्या नेटवर्कवरून खूप रिपोर्ट येत आहेत. कृपया काही मिनिटे थांबा आणि पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>या रिपोर्ट क्रमांक आणि गुप्त कोडचा रिपोर्ट सापडला नाही. कृपया दोन्ही तुमच्या पावतीशी जुळवून पाहा, टाइप करताना चूक झाली असेल.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down सेवा हा रिपोर्ट स्वीकारू शकली नाही. एका वेळी कमी फाइल पाठवून पाहा, किंवा ॲप अपडेट करा.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>सेवेचा पत्ता सुरक्षित (https://) पत्ता नाही, त्यामुळे काहीही पाठवले नाही.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>प्रॉक्सीची सेटिंग बरोबर नाही. ती socks5://localhost:9050 किंवा http://proxy.example:8080 अशी दिसायला हवी.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>तुमचे फिंगरप्रिंट अजून इथेच आहेत, पाठवण्यासाठी तयार.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down पावती

खालील रिपोर्ट क्रमांक (Report number) आणि गुप्त कोड (Secret key) वापरून तुम्ही तुमचा रिपोर्ट तपासू शकता किंवा मागे घेऊ शकता.
हे खासगी ठेवा: ज्याच्याकडे दोन्ही आहेत, तो कोणीही रिपोर्ट मागे घेऊ शकतो.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>कृपया तुमच्या पावतीवरील गुप्त कोड टाइप किंवा पेस्ट करा.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>कृपया तुमच्या पावतीवरील रिपोर्ट क्रमांक टाइप किंवा पेस्ट करा.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>फक्त शेवटचे अक्षर * ~ $ = किंवा U असू शकते. कोडमध्ये फक्त 0-9 अंक आणि A-Z अक्षरे असतात (I, L, O आणि U नाहीत), आणि कधीकधी अगदी शेवटी * ~ $ = U पैकी एक.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>या गुप्त कोडमध्ये टाइपिंगची चूक आहे: किमान एक अक्षर तुमच्या पावतीपेक्षा वेगळे आहे. कृपया प्रत्येक गट पुन्हा तपासा.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>या रिपोर्ट क्रमांकात टाइपिंगची चूक आहे: किमान एक अक्षर तुमच्या पावतीपेक्षा वेगळे आहे. कृपया तो पुन्हा तपासा.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>ही Take It Down पावती दिसत नाही. तिच्यात “Report number:” ने सुरू होणारी एक ओळ आणि “Secret key:” ने सुरू होणारी एक ओळ असायला हवी.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down 18 वर्षांखालील व्यक्तीच्या फोटो आणि व्हिडिओंसाठी आहे. कृपया खात्री करा की ते काढले तेव्हा त्यातील व्यक्ती 18 वर्षांखालील होती.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>यापैकी कोणत्याही फाइलचा फिंगरप्रिंट तयार करता आला नाही, त्यामुळे पाठवण्यासारखे काहीच नाही. फोटो किंवा व्हिडिओ पुन्हा जोडून पाहा, किंवा त्यांच्या दुसऱ्या प्रती वापरा.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>हे फिंगरप्रिंट एकाच रिपोर्टमध्ये पाठवण्यासाठी खूप मोठे आहेत (लांब व्हिडिओंचे खूप फिंगरप्रिंट होतात). कृपया एका वेळी कमी फाइल पाठवा.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>ही Take It Down ने सेव्ह केलेल्या फिंगरप्रिंटची फाइल नाही, किंवा सेव्ह केल्यानंतर ती बदलली आहे. कृपया ॲपने तुमच्यासाठी सेव्ह केलेली फाइल निवडा.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>ही फाइल उघडता आली नाही. ती अजून तिथे आहे का ते तपासा.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>गुप्त कोडमध्ये %1 अक्षरे आणि अंक असतात, पण यात %2 आहेत. एखादे कमी आहे की जास्त, ते तपासा.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>रिपोर्ट क्रमांकात %1 अक्षरे आणि अंक असतात, पण यात %2 आहेत. एखादे कमी आहे की जास्त, ते तपासा.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” गुप्त कोडमध्ये असू शकत नाही. कोडमध्ये फक्त 0-9 अंक आणि A-Z अक्षरे असतात (I, L, O आणि U नाहीत), आणि कधीकधी अगदी शेवटी * ~ $ = U पैकी एक.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” रिपोर्ट क्रमांकात असू शकत नाही. रिपोर्ट क्रमांकात फक्त 0-9 अंक आणि A-Z अक्षरे असतात (I, L, O आणि U नाहीत).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>एका रिपोर्टमध्ये जास्तीत जास्त %1 फाइल असू शकतात, आणि यात %2 आहेत. कृपया त्या लहान गटांमध्ये पाठवा.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Take It Down च्या या प्रतीला रिपोर्ट कुठे पाठवायचे ते माहीत नाही, त्यामुळे ती वापरता येत नाही. यात तुमची काहीही चूक नाही. काहीही पाठवले नाही. कृपया ज्यांनी हे ॲप दिले त्यांच्याकडून किंवा जिथून मिळाले तिथून ते पुन्हा घ्या. हा मेसेज बंद केल्यावर ॲपही बंद होईल.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>दोन छोटे प्रश्न</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>आम्ही तुमचे नाव किंवा तुम्ही कोण आहात हे सांगू शकेल असे काहीही विचारत नाही.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>या फोटो किंवा व्हिडिओमध्ये तुम्ही (किंवा तुम्ही मदत करत असलेली व्यक्ती) 18 पेक्षा लहान आहात का?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>हो, 18 पेक्षा लहान</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>नाही, 18 किंवा जास्त</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>खात्री नाही</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>काही हरकत नाही. ते 18 वर्षांच्या आधी काढलेले असू शकतात, तर तुम्ही पुढे जाऊ शकता. 18 वर्षांच्या आधी काढलेले असू शकेल अशा सगळ्यासाठी Take It Down आहे.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>ॲप कोण वापरत आहे?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>फोटो किंवा व्हिडिओमधील व्यक्ती मीच आहे</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>मी पालक किंवा विश्वासातील मोठी व्यक्ती आहे, एका मुलाला मदत करत आहे</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>मी समुपदेशक किंवा इतर व्यावसायिक आहे, मदत करत आहे</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>पुढे चला</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>पाठवले जाईल ते सगळे हेच आहे</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>खाली संपूर्ण रिपोर्ट आहे, अगदी जसा पाठवला जाईल तसा. त्यात फक्त डिजिटल फिंगरप्रिंट आहेत: कोणतेही चित्र नाही, फाइलची नावे नाहीत, नावे नाहीत आणि ठिकाणही नाही. “role” सांगते की कोण पाठवत आहे, “attested_under_18” म्हणजे खाली तुम्ही टिक करता तो बॉक्स, आणि “key_verifier” मुळे तुम्ही कोण आहात हे न सांगता नंतर रिपोर्ट तपासता किंवा मागे घेता येतो.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>पाठवला जाणारा रिपोर्ट</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>काय पाठवले जाईल</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>नेमका रिपोर्ट लपवा</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>नेमका रिपोर्ट दाखवा</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>रिपोर्टचा मजकूर कॉपी करा</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>फिंगरप्रिंट पाठवा</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>“फिंगरप्रिंट पाठवा” दाबेपर्यंत काहीही पाठवले जात नाही.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n फिंगरप्रिंट</numerusform>
            <numerusform>%n फिंगरप्रिंट</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>प्रत्येक फोटोचे फिंगरप्रिंट: %1. यातले बहुतेक जादा आहेत, कापलेल्या किंवा फ्रेम बदललेल्या प्रतींसाठी, म्हणजे त्याही सापडू शकतील.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>फक्त %1 सारखे फिंगरप्रिंट पाठवले जातात: कोणतेही चित्र, नाव किंवा ठिकाण नाही.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>काही चित्रे खूप साधी किंवा धूसर आहेत, त्यामुळे त्यांचे फिंगरप्रिंट कमकुवत आहेत आणि जुळवणे अवघड आहे. तरीही ते पाठवले जातात, आणि उपयोगी पडू शकतात.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>फोटो: %n.</numerusform>
            <numerusform>फोटो: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>व्हिडिओ: %n.</numerusform>
            <numerusform>व्हिडिओ: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>इतर फाइल: %n.</numerusform>
            <numerusform>इतर फाइल: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>वाचता न आल्याने वगळलेले: %n.</numerusform>
            <numerusform>वाचता न आल्याने वगळलेले: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>हे फोटो आणि व्हिडिओ मी 18 पेक्षा लहान असतानाचे आहेत, हे खरे आहे.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>हे फोटो आणि व्हिडिओ मी मदत करत असलेली व्यक्ती 18 पेक्षा लहान असतानाचे आहेत.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>तुमचे फिंगरप्रिंट सेव्ह झाले</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>ते तुम्ही निवडलेल्या फाइलमध्ये आहेत. अजून काहीही पाठवलेले नाही. ते पाठवण्यासाठी इंटरनेट असलेल्या कोणत्याही कॉम्प्युटरवर Take It Down उघडा, “आधी सेव्ह केलेले फिंगरप्रिंट पाठवा” निवडा आणि ही फाइल निवडा.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>या फाइलमध्ये या रिपोर्टचा गुप्त कोड आहे. ती खासगी ठेवा, आणि रिपोर्ट पाठवल्यावर हटवा.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>पुन्हा सुरू करा</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>मागे</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>पाठवत आहोत</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>पुन्हा प्रयत्न करा</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>नंतर पाठवण्यासाठी सेव्ह करा…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>काहीही हरवलेले नाही. तुम्ही फिंगरप्रिंट तुमच्या आवडीच्या फाइलमध्ये सेव्ह करून नंतर कोणत्याही कॉम्प्युटरवरून पाठवू शकता.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>अजून पाठवता आले नाही</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>तुमचे फिंगरप्रिंट पाठवत आहोत…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>साधारण काही सेकंद लागतात. फक्त फिंगरप्रिंट पाठवले जातात.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोडा</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>तपासा</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>पाठवा</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>पायरी %1 / %2: %3</translation>
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
        <translation>ॲपची भाषा निवडा. ती लगेच बदलते.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>ही चित्रे पसरणे थांबवायला आम्ही मदत करू शकतो</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>तुम्ही 18 वर्षांचे होण्याआधीचे तुमचे नग्न किंवा लैंगिक फोटो किंवा व्हिडिओ असतील, तर हे ॲप ते वेबसाइट आणि ॲपवरून काढून टाकायला, किंवा शेअर होणे थांबवायला मदत करू शकते. यात तुमची काहीही चूक नाही, आणि तुम्ही अडचणीत नाही.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>तुमची चित्रे तुमच्याकडेच राहतात</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>तुमचे फोटो आणि व्हिडिओ याच संगणकावर राहतात. ते कधीही अपलोड केले जात नाहीत.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>फक्त फिंगरप्रिंट पाठवले जातात: छोटे कोड, ज्यांच्यापासून पुन्हा चित्र बनवता येत नाही.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>तुम्ही तुमचे नाव, ईमेल किंवा फोन नंबर देत नाही. हे मोफत आहे.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>तुम्ही कधीही थांबू शकता. “लगेच बाहेर पडा” (वर उजवीकडे) ॲप लगेच बंद करते. तुम्ही Shift तीन वेळा किंवा Escape दोन वेळा दाबू शकता.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>सुरू करा</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>हे कसे काम करते?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>आधीचा रिपोर्ट तपासा किंवा मागे घ्या</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>आधी सेव्ह केलेले फिंगरप्रिंट पाठवा</translation>
    </message>
</context>
</TS>
