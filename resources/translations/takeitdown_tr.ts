<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Fotoğrafları ve videoları ekle</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Kaldırılmasını istediğin her fotoğrafı ya da videoyu ekle. Bu bilgisayarda kalırlar: yalnızca dijital parmak izleri oluşturulur. Bulanık gösterilirler, böylece onları görmek zorunda kalmazsın.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Fotoğrafları, videoları ya da klasörleri buraya sürükle</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Fotoğraf ve video seç…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Eklenen fotoğraflar ve videolar</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Seçtiklerini kaldırmak için Delete&apos;e bas. Birini görmek için üzerine basılı tut.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Bu görüntüleri görmek seni üzebilir ve yakınındaki biri de onları görebilir. Onlara bakman gerekmiyor: parmak izleri her durumda oluşturulur. Yine de gösterilsin mi?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Bulanık kalsın</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Görüntüleri gizle</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Görüntüleri göster</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Görüntüler, sen görmek istemedikçe bulanık kalır.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Seçilenleri kaldır</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Parmak izi oluşturmayı durdur</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Zaten eklenmişti, bu yüzden tekrar eklenmedi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Henüz bir şey eklenmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Parmak izleri oluşturuluyor: %n kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Klasörlere bakılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Hazır: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Zayıf parmak izi, yine de işe yarar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Okunamadı: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Başka bir dosyayla aynı olduğu için bir kez gösterildi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Bazı klasörlere bakılamadı. Onları yeniden eklemeyi dene.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Daha fazla ekleyebilir ya da devam edebilirsin.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Dosya eklemeye devam edebilir ya da Durdur&apos;a basabilirsin.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Bu görüntü çok düz ya da bulanık, bu yüzden parmak izi zayıf ve eşleşmesi daha zor. Yine de gönderilir ve yine de işe yarayabilir.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Bu bir fotoğraf ya da video değil, bu yüzden yalnızca dosya parmak izi gönderilecek. Yine de bu dosyanın birebir kopyalarını bulabilir.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Bu hizmet 18 yaşından önce çekilmiş görüntüler içindir</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down yalnızca biri 18 yaşından küçükken çekilmiş fotoğraflar ve videolar içindir. Hiçbir şey gönderilmedi. Yetişkinler için benzer şekilde çalışan ücretsiz bir hizmet ve konuşabileceğin kişiler var:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Kaç yaşında olduğundan emin değilsen geri dön ve “Emin değilim”i seç.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Önceki bir bildirimi kontrol et ya da geri çek</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Alındı belgendeki bildirim numarasını ve gizli anahtarı yaz ya da kaydettiğin bir alındı belgesini aç. Bir bildirimi geri çekmek, parmak izlerini listeden çıkarır.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Bildirim numarası:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Gizli anahtar:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Bildirim numarası</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Gizli anahtar</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Bildirimi kontrol et</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Kayıtlı alındı belgesini aç…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Bu bildirimi geri çek…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Bu bildirim geri çekilsin mi? Parmak izleri listeden çıkarılır, yani web siteleri ve uygulamalar bu görüntüleri aramayı bırakır. Bu geri alınamaz ama her zaman yeni bir bildirim gönderebilirsin.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Evet, geri çek</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Hayır, kalsın</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Geri çekiliyor…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Bu bildirim geri çekildi. Parmak izleri artık listede değil. %1 tarihinde alınmıştı.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Bu bildirim etkin. %1 tarihinde alındı.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>İçindeki parmak izi alınmış dosyalar: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Bildirimin gönderildi</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Tamamdır. İşte alındı belgen. Bildirimini daha sonra kontrol etmek için buna ihtiyacın var.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Bildirim numarası:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Gizli anahtar:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Bu ikisini güvenli ve gizli bir yerde sakla. Bildirimini kontrol etmek ya da geri çekmek için ikisine de ihtiyacın var. Kaybedersen kimse onları geri getiremez, biz bile. İkisine birden sahip olan herkes bildirimi geri çekebilir.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Alındı belgesini kopyala</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Alındı belgesini farklı kaydet…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Bundan sonra ne olacak</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC parmak izlerini kendi listesine ekler. Katılan web siteleri ve uygulamalar bu listeyi kopyaları bulup kaldırmak ya da paylaşılmalarını engellemek için kullanır. Bununla ilgili bir mesaj almayacaksın, çünkü kimse kim olduğunu bilmiyor. Bildirimini bu uygulamayla istediğin zaman kontrol edebilirsin.

Lütfen fotoğrafları ya da videoları hiçbir yerde paylaşma, bildirmek için bile. Onları yeniden göndermek daha çok yayılmalarına yol açabilir.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Bununla tek başına uğraşmak zorunda değilsin</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Endişeliysen, üzgünsen ya da biri seni tehdit ediyorsa bu ücretsiz ve gizli hizmetler yardım edebilir:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Uygulamayı kapat</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Ana klasör</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Masaüstü</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Resimler</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videolar</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>İndirilenler</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Fotoğraf, video ya da klasörün tamamını seç. Birden fazla seçmek için Ctrl&apos;ye basılı tut.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Daha önce kaydettiğin parmak izi dosyasını seç.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Bir klasör seç, sonra dosya için bir ad yaz.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Hızlı çıkış</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Bir üst klasör</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Konumlar</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Dosyalar ve klasörler</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dosya adı:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dosya adı</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Burada bu adda bir dosya zaten var. Kaydedersen onun yerini alır.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Şimdi yardım al</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Bununla tek başına uğraşmak zorunda değilsin. Bu hizmetler ücretsiz ve gizli. Biri seni tehdit ediyorsa ya da senden görüntü istiyorsa bunu bu hizmetlerden birine ya da güvendiğin bir yetişkine anlatabilirsin. Başın derde girmez.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Bu nasıl çalışıyor?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Fotoğrafın ya da videon bu bilgisayarda kalır</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Uygulama parmak izlerini burada oluşturur</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Take It Down&apos;a yalnızca parmak izleri gönderilir</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Web siteleri ve uygulamalar eşleşenleri arar ve kaldırır</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Parmak izi nedir?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Dijital parmak izi (bilgisayarcılar buna hash der), bir fotoğraftan ya da videodan hesaplanan kısa bir koddur. Aynı görüntü her zaman aynı kodu verir. Kod tekrar görüntüye dönüştürülemez, yani kimse ondan görüntünü göremez.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Dosya parmak izleri (MD5 ve SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Bunlar aynı dosyanın birebir kopyalarını bulur. Dosyanın çok küçük bir parçası bile değişirse kod da değişir.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Görüntü parmak izi (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Bu, görüntünün nasıl göründüğünden hesaplanır; bu yüzden küçültülmüş, yeniden kaydedilmiş ya da biraz değiştirilmiş kopyaları da bulabilir. Çok düz ya da bulanık görüntüler zayıf bir parmak izi verir, eşleşmesi daha zordur. Yine de gönderilir.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Değiştirilmiş kopyalar</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Her fotoğraf, kopyaların sık değiştirildiği yollar için ek parmak izleri de alır: bir kenarından kesilmiş, yakınlaştırılmış, kare yapılmış, döndürülmüş, bir hikayeye ya da bir yazının altına konmuş. Böylece bu kopyalar yeni bir bildirim olmadan bulunabilir. Bazı değişiklikler hâlâ yakalanmaz: her kenarından kesilmiş bir kopya, bir ekran görüntüsü ya da üzerine çıkartma konmuş bir kopya. Böyle bir kopya bulursan onu yeni bir bildirimle gönderebilirsin.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Video parmak izleri</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Bir video için uygulama, yaklaşık saniyede bir kareden görüntü parmak izi oluşturur, ayrıca dosya parmak izlerini de.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Parmak izlerine ne olur?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC onları bir listeye ekler. Katılan web siteleri ve uygulamalar paylaşımları bu listeyle karşılaştırır. Bir şey eşleşirse onu kaldırabilir ya da paylaşılmasını engelleyebilirler. Bu uygulama yüzünden kimse görüntülerini görmez.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down&apos;ın yapamadıkları</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Katılmayan web sitelerinden ve uygulamalardan ya da özel mesajlardan görüntü kaldıramaz. Çok değiştirilmiş görüntüler eşleşmeyebilir.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Fotoğraf %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Turkish word.</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Dosya %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Parmak izi… %%1</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Parmak izi alınıyor…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Hazır: yalnızca dosya parmak izi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Hazır (zayıf parmak izi)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Kısmen hazır</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Bu dosya okunamadı</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Bir dakikadan az kaldı.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Yaklaşık %n dakika kaldı.</numerusform>
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
        <translation>Bu dosya orada açılamadı ya da kaydedilemedi. Başka bir yer dene.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Bir şeyler ters gitti. Bu senin suçun değil. Lütfen yeniden dene.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Yardım al</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Biriyle konuşabileceğin yerler</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Hızlı çıkış</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Uygulamayı hemen kapatır ve her şeyi unutur. Shift&apos;e üç kez ya da Escape&apos;e iki kez de basabilirsin.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Kopyalandı. Gizli bir yere yapıştır. Uygulama kapanırken alındı belgesi hâlâ oradaysa panoyu temizler.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Kaydedildi. Dosyayı gizli bir yerde sakla.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Bu dosyayı bulamadık. Taşınmış ya da silinmiş olabilir.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Bu bir fotoğraf ya da video değil, bu yüzden parmak izini oluşturamıyoruz. Onu kaldırıp devam edebilirsin.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Bu bilgisayar bu klasörü açmamıza izin vermedi, bu yüzden içinden hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Bu bilgisayar bu dosyayı açmamıza izin vermedi. Onu başka bir yere kopyalayıp yeniden deneyebilirsin.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Bu dosya boş, bu yüzden parmak izi oluşturulacak bir şey yok.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Bu dosya okuyamayacağımız kadar büyük. Onu kaldırıp devam edebilirsin.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Bu görüntü, gerçek bir fotoğraftan çok daha büyük olduğunu söylüyor, bu yüzden onu açmadık. Onu kaldırıp devam edebilirsin.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Bu görüntü bozuk görünüyor, bu yüzden görüntü parmak izini oluşturamadık. Dosya parmak izi yine de oluşturuldu.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Bu video bozuk görünüyor, bu yüzden video parmak izini oluşturamadık. Dosya parmak izi yine de oluşturuldu.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Bu tür dosyaları henüz okuyamıyoruz. Onu kaldırıp devam edebilirsin.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Bu dosya bitmeden durduruldu.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Bu dosya okunurken bir şeyler ters gitti. Onu kaldırıp devam edebilir ya da yeniden deneyebilirsin.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Take It Down hizmetine ulaşamadık. İnternete bağlı olduğunu kontrol et, sonra yeniden dene.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Ağının proxy sunucusu Take It Down hizmetine ulaşmamıza izin vermedi. Evdeki Wi-Fi ya da mobil veri gibi başka bir ağda yeniden dene.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down hizmeti yanıt vermekte çok gecikti. Lütfen birkaç dakika sonra yeniden dene.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Gerçek Take It Down hizmetiyle konuştuğumuzu doğrulayamadık, bu yüzden hiçbir şey gönderilmedi. Bu, okul ya da iş ağlarında olabilir. Evdeki Wi-Fi ya da mobil veri gibi başka bir ağda yeniden dene.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down hizmeti tarafında bir şeyler ters gitti. Bu senin suçun değil. Lütfen daha sonra yeniden dene.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Şu anda ağından çok sayıda bildirim geliyor. Lütfen birkaç dakika bekle ve yeniden dene.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Bu bildirim numarası ve gizli anahtarla bir bildirim bulamadık. Lütfen ikisini de alındı belgenle karşılaştır, yazım hatası olabilir.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down hizmeti bu bildirimi kabul edemedi. Lütfen bir seferde daha az dosya göndermeyi dene ya da uygulamayı güncelle.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Hizmet adresi güvenli (https://) bir adres değil, bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Proxy ayarı doğru değil. socks5://localhost:9050 ya da http://proxy.example:8080 gibi görünmeli.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Parmak izlerin hâlâ burada, gönderilmeye hazır.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down alındı belgesi

Aşağıdaki bildirim numarası (“Report number”) ve gizli anahtarla (“Secret key”) bildirimini kontrol edebilir ya da geri çekebilirsin.
Bunları gizli tut: ikisine birden sahip olan herkes bildirimi geri çekebilir.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Lütfen alındı belgendeki gizli anahtarı yaz ya da yapıştır.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Lütfen alındı belgendeki bildirim numarasını yaz ya da yapıştır.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Yalnızca son karakter * ~ $ = ya da U olabilir. Anahtarlarda yalnızca 0-9 rakamları ve A-Z harfleri (I, L, O ve U yok) bulunur, bazen de en sonda * ~ $ = U işaretlerinden biri.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Bu gizli anahtarda bir yazım hatası var: en az bir karakter alındı belgendekinden farklı. Lütfen her grubu yeniden kontrol et.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Bu bildirim numarasında bir yazım hatası var: en az bir karakter alındı belgendekinden farklı. Lütfen yeniden kontrol et.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Bu bir Take It Down alındı belgesine benzemiyor. İçinde “Report number:” ile başlayan bir satır ve “Secret key:” ile başlayan bir satır olmalı.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down, 18 yaşından küçük birinin fotoğrafları ve videoları içindir. Lütfen içindeki kişinin, çekildikleri sırada 18 yaşından küçük olduğunu onayla.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Bu dosyaların hiçbirinin parmak izi oluşturulamadı, bu yüzden gönderilecek bir şey yok. Fotoğrafları ya da videoları yeniden eklemeyi ya da başka kopyalarını denemeyi dene.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Bu parmak izleri tek bir bildirimde gönderilemeyecek kadar büyük (uzun videolar çok parmak izi oluşturur). Lütfen bir seferde daha az dosya gönder.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Bu, kayıtlı parmak izleri içeren bir Take It Down dosyası değil ya da kaydedildikten sonra değiştirilmiş. Lütfen uygulamanın senin için kaydettiği dosyayı seç.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Bu dosya açılamadı. Hâlâ orada olup olmadığını kontrol et.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Bir gizli anahtarda %1 harf ve rakam vardır, ama bunda %2 var. Eksik ya da fazla bir karakter olup olmadığını kontrol et.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Bir bildirim numarasında %1 harf ve rakam vardır, ama bunda %2 var. Eksik ya da fazla bir karakter olup olmadığını kontrol et.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” bir gizli anahtarda bulunamaz. Anahtarlarda yalnızca 0-9 rakamları ve A-Z harfleri (I, L, O ve U yok) bulunur, bazen de en sonda * ~ $ = U işaretlerinden biri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” bir bildirim numarasında bulunamaz. Bildirim numaralarında yalnızca 0-9 rakamları ve A-Z harfleri (I, L, O ve U yok) bulunur.</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Bir bildirimde en fazla %1 dosya olabilir, bunda ise %2 var. Lütfen onları daha küçük gruplar hâlinde gönder.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Take It Down&apos;ın bu kopyası bildirimleri nereye göndereceğini bilmiyor, bu yüzden kullanılamıyor. Bu senin suçun değil. Hiçbir şey gönderilmedi. Lütfen uygulamayı sana verenlerden ya da aldığın yerden yeniden edin. Bu mesajı kapattığında uygulama da kapanır.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>İki kısa soru</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Adını ya da kim olduğunu gösterebilecek başka bir şeyi sormuyoruz.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Bu görüntülerde sen (ya da yardım ettiğin genç) 18 yaşından küçük müydün?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Evet, 18&apos;den küçük</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Hayır, 18 ya da üstü</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Emin değilim</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Sorun değil. 18 yaşından önce çekilmiş olabilirlerse devam edebilirsin. Take It Down, 18 yaşından önce çekilmiş olabilecek her şey içindir.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Uygulamayı kim kullanıyor?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Fotoğraflardaki ya da videolardaki kişi benim</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Bir gence yardım eden ebeveyn ya da güvenilir bir yetişkinim</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Yardım eden bir danışman ya da başka bir uzmanım</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Gönderilecek olan her şey bu</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Aşağıda, tam olarak gönderileceği hâliyle bildirimin tamamı var. İçinde yalnızca parmak izleri var: görüntü yok, dosya adı yok, isim yok, konum yok. “role” kimin gönderdiğini söyler, “attested_under_18” aşağıda işaretlediğin kutudur, “key_verifier” ise kim olduğunu söylemeden bildirimi daha sonra kontrol etmeni ya da geri çekmeni sağlar.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Gönderilecek bildirim</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Gönderilecekler</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Bildirimin tam hâlini gizle</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Bildirimin tam hâlini göster</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Bildirim metnini kopyala</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Parmak izlerini gönder</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>“Parmak izlerini gönder”e basana kadar hiçbir şey gönderilmez.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n parmak izi</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Her fotoğraf için parmak izi: %1. Çoğu, kesilmiş ya da farklı çerçevelenmiş kopyalar için ek parmak izleridir, böylece o kopyalar da bulunabilir.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Yalnızca %1 gibi parmak izleri gönderilir: görüntü, isim ya da yer yok.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Bazı görüntüler çok düz ya da bulanık, bu yüzden parmak izleri zayıf ve eşleşmesi daha zor. Yine de gönderilirler ve yine de işe yarayabilirler.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Fotoğraflar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Videolar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Diğer dosyalar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Okunamadığı için dışarıda bırakılanlar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Bu fotoğraf ve videolarda 18 yaşından küçükken ben olduğumu onaylıyorum.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Bunlarda 18 yaşından küçükken yardım ettiğim gencin olduğunu onaylıyorum.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Parmak izlerin kaydedildi</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Seçtiğin dosyadalar. Henüz hiçbir şey gönderilmedi. Göndermek için internete bağlı herhangi bir bilgisayarda Take It Down&apos;ı aç, “Daha önce kaydettiğin parmak izlerini gönder”i seç ve bu dosyayı seç.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Dosyada bu bildirimin gizli anahtarı var. Onu gizli tut ve bildirim gönderildikten sonra sil.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Parmak izlerini sonra göndermek için kaydet…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Hiçbir şey kaybolmadı. Parmak izlerini seçtiğin bir dosyaya da kaydedebilir, sonra herhangi bir bilgisayardan gönderebilirsin.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Henüz gönderemedik</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Parmak izlerin gönderiliyor…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Bu genellikle birkaç saniye sürer. Yalnızca parmak izleri gönderilir.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Adım %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Uygulamanın dilini seç. Hemen değişir.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Bu görüntülerin yayılmasını durdurmana yardım edebiliriz</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>18 yaşından önceki hâline ait çıplak ya da cinsel fotoğraflar veya videolar varsa bu uygulama, onların web sitelerinden ve uygulamalardan kaldırılmasına ya da paylaşılmasının engellenmesine yardım edebilir. Bu senin suçun değil ve başın dertte değil.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Görüntülerin sende kalır</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Fotoğrafların ve videoların bu bilgisayarda kalır. Asla yüklenmez.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Yalnızca parmak izleri gönderilir: tekrar görüntüye dönüştürülemeyen kısa kodlar.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Adını, e-postanı ya da telefon numaranı vermezsin. Ücretsizdir.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>İstediğin zaman durabilirsin. Hızlı çıkış (sağ üstte) uygulamayı hemen kapatır. Shift&apos;e üç kez ya da Escape&apos;e iki kez de basabilirsin.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Bu nasıl çalışıyor?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Önceki bir bildirimi kontrol et ya da geri çek</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Daha önce kaydettiğin parmak izlerini gönder</translation>
    </message>
</context>
</TS>
