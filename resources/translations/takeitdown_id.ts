<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Tambahkan foto dan video</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Tambahkan setiap foto atau video yang ingin kamu hapus dari internet. Semuanya tetap di komputer ini: hanya sidik jari digitalnya yang dibuat. Gambarnya diburamkan, jadi kamu tidak perlu melihatnya.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Seret foto, video, atau folder ke sini</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Pilih foto dan video…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Foto dan video yang ditambahkan</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Tekan Delete untuk menghapus yang dipilih. Tekan dan tahan untuk melihat satu.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Melihat gambar-gambar ini bisa membuatmu sedih, dan orang di dekatmu juga bisa ikut melihatnya. Kamu tidak perlu melihatnya: sidik jarinya tetap dibuat. Tetap tampilkan?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Biarkan buram</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Sembunyikan gambar</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Tampilkan gambar</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Gambar tetap buram kecuali kamu memilih untuk melihatnya.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Hentikan pembuatan sidik jari digital</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Sudah ditambahkan, jadi tidak ditambahkan lagi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Belum ada yang ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Membuat sidik jari digital: tinggal %n lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Melihat isi folder…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Siap: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Sidik jari lemah, tetap berguna: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Tidak bisa dibaca: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Ditampilkan sekali karena sama dengan file lain: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Beberapa folder tidak bisa diperiksa. Coba tambahkan lagi.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Kamu bisa menambahkan lagi atau lanjut.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Kamu bisa terus menambahkan file, atau tekan Berhenti.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Gambar ini sangat polos atau buram, jadi sidik jari digitalnya lemah dan lebih sulit dicocokkan. Sidik jari ini tetap dikirim dan tetap bisa membantu.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Ini bukan foto atau video, jadi hanya sidik jari filenya yang akan dikirim. Sidik jari itu tetap bisa menemukan salinan yang sama persis dari file ini.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Layanan ini untuk gambar yang diambil sebelum usia 18 tahun</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down hanya untuk foto dan video yang diambil saat seseorang berusia di bawah 18 tahun. Belum ada yang dikirim. Ada layanan gratis yang bekerja dengan cara serupa untuk orang dewasa, dan ada orang yang bisa kamu ajak bicara:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Kalau kamu tidak yakin berapa usiamu waktu itu, kembali dan pilih “Saya tidak yakin”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Mulai lagi</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Periksa atau tarik kembali laporan sebelumnya</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Ketik nomor laporan dan kunci rahasia dari tanda terimamu, atau buka tanda terima yang sudah kamu simpan. Menarik kembali laporan akan menghapus sidik jari digitalnya dari daftar.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Nomor laporan:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Kunci rahasia:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Nomor laporan</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Kunci rahasia</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Periksa laporan</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Buka tanda terima yang disimpan…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Tarik kembali laporan ini…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Tarik kembali laporan ini? Sidik jarinya akan dihapus dari daftar, jadi situs web dan aplikasi akan berhenti mencari gambar-gambar ini. Ini tidak bisa dibatalkan, tapi kamu selalu bisa mengirim laporan baru.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ya, tarik kembali</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Tidak, simpan</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Menarik kembali…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Laporan ini sudah ditarik kembali. Sidik jarinya tidak ada lagi di daftar. Laporan ini diterima pada %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Laporan ini aktif. Laporan ini diterima pada %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>File dengan sidik jari di dalamnya: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Laporanmu sudah dikirim</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Selesai. Ini tanda terimamu. Kamu memerlukannya untuk memeriksa laporan nanti.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Nomor laporan:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Kunci rahasia:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Simpan keduanya di tempat yang aman dan pribadi. Kamu memerlukan keduanya untuk memeriksa atau menarik kembali laporanmu. Kalau hilang, tidak ada yang bisa mengembalikannya, bahkan kami. Siapa pun yang punya keduanya bisa menarik kembali laporan itu.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Salin tanda terima</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Simpan tanda terima sebagai…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Apa yang terjadi selanjutnya</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC menambahkan sidik jari digitalmu ke daftarnya. Situs web dan aplikasi yang ikut serta memakai daftar itu untuk menemukan salinan dan menghapusnya, atau mencegahnya diunggah. Kamu tidak akan menerima pesan tentang hal ini, karena tidak ada yang tahu siapa kamu. Kamu bisa memeriksa laporanmu dengan aplikasi ini kapan saja.

Tolong jangan bagikan foto atau video itu di mana pun, bahkan untuk melaporkannya. Mengirimnya lagi bisa membuatnya makin tersebar.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Kamu tidak harus menghadapi ini sendirian</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Kalau kamu khawatir, sedih, atau ada yang mengancammu, layanan gratis dan rahasia ini bisa membantu:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Mulai lagi</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Tutup aplikasi</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Folder utama</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translatorcomment>same as English on purpose: the folder is called Desktop in Indonesian Windows.</translatorcomment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Videos</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Indonesian word, and the folder&apos;s name.</translatorcomment>
        <translation>Video</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Unduhan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Pilih foto, video, atau seluruh folder. Tahan Ctrl untuk memilih lebih dari satu.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Pilih file sidik jari yang sudah kamu simpan sebelumnya.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Pilih folder, lalu ketik nama untuk file itu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Keluar cepat</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Naik satu folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>same as English on purpose: &quot;folder&quot; is the Indonesian word.</translatorcomment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>File dan folder</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nama file:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama file</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Sudah ada file dengan nama ini di sini. Menyimpan akan menggantinya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Cari bantuan sekarang</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Kamu tidak harus menghadapi ini sendirian. Layanan ini gratis dan rahasia. Kalau ada yang mengancammu atau meminta gambar darimu, kamu bisa memberi tahu salah satu layanan ini atau orang dewasa yang kamu percaya. Kamu tidak akan kena masalah.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Bagaimana cara kerjanya?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Foto atau videomu tetap di komputer ini</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Aplikasi membuat sidik jarinya di sini</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Hanya sidik jarinya yang dikirim ke Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Situs web dan aplikasi mencari yang cocok dan menghapusnya</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Apa itu sidik jari digital?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Sidik jari digital (orang komputer menyebutnya hash) adalah kode pendek yang dihitung dari foto atau video. Gambar yang sama selalu menghasilkan kode yang sama. Kode itu tidak bisa diubah kembali menjadi gambar, jadi tidak ada yang bisa melihat gambarmu dari kode itu.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Sidik jari file (MD5 dan SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Ini cocok dengan salinan persis dari file yang sama. Kalau bagian kecil saja dari file itu berubah, kodenya juga berubah.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Sidik jari gambar (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Ini dihitung dari tampilan gambarnya, jadi bisa juga menemukan salinan yang diperkecil, disimpan ulang, atau sedikit diubah. Gambar yang sangat polos atau buram menghasilkan sidik jari yang lemah, yang lebih sulit dicocokkan. Sidik jari ini tetap dikirim.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Salinan yang diubah</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Setiap foto juga mendapat sidik jari tambahan untuk cara-cara salinan sering diubah: dipotong di satu sisi, di-zoom, dibuat persegi, diputar, dimasukkan ke story atau ditaruh di bawah teks. Jadi salinan seperti itu bisa ditemukan tanpa laporan baru. Beberapa perubahan masih terlewat: salinan yang dipotong di semua sisi, tangkapan layar, atau salinan yang ditempeli stiker. Kalau kamu menemukan salinan seperti itu, kamu bisa mengirimnya dalam laporan baru.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Sidik jari video</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Untuk video, aplikasi membuat sidik jari gambar dari kira-kira satu bingkai setiap detik, ditambah sidik jari file.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Apa yang terjadi pada sidik jarinya?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC menambahkannya ke sebuah daftar. Situs web dan aplikasi yang ikut serta mencocokkan unggahan dengan daftar itu. Kalau ada yang cocok, mereka bisa menghapusnya atau mencegahnya diunggah. Tidak ada yang melihat gambarmu karena aplikasi ini.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Yang tidak bisa dilakukan Take It Down</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Take It Down tidak bisa menghapus gambar dari situs web dan aplikasi yang tidak ikut serta, atau dari pesan pribadi. Gambar yang banyak diubah mungkin tidak cocok.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translatorcomment>same as English on purpose: &quot;video&quot; is the Indonesian word.</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translatorcomment>same as English on purpose: &quot;file&quot; is the Indonesian word.</translatorcomment>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Sidik jari… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Membuat sidik jari…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Siap: hanya sidik jari file</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Siap (sidik jari lemah)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Sebagian siap</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>File ini tidak bisa dibaca</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Tinggal kurang dari semenit.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Tinggal sekitar %n menit.</numerusform>
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
        <translation>File ini tidak bisa dibuka atau disimpan di sana. Coba tempat lain.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Ada yang salah. Ini bukan salahmu. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Cari bantuan</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Tempat untuk bicara dengan seseorang</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Keluar cepat</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Langsung menutup aplikasi dan melupakan semuanya. Kamu juga bisa menekan Shift tiga kali, atau Escape dua kali.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Sudah disalin. Tempelkan di tempat yang pribadi. Aplikasi akan mengosongkan papan klip saat ditutup, kalau tanda terimanya masih ada di sana.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Sudah disimpan. Simpan file itu di tempat yang pribadi.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Kami tidak bisa menemukan file ini. Mungkin sudah dipindahkan atau dihapus.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Ini bukan foto atau video, jadi kami tidak bisa membuat sidik jarinya. Kamu bisa menghapusnya dan lanjut.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Komputer ini tidak mengizinkan kami membuka folder ini, jadi tidak ada isinya yang ditambahkan.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Komputer ini tidak mengizinkan kami membuka file ini. Kamu bisa menyalinnya ke tempat lain lalu mencoba lagi.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>File ini kosong, jadi tidak ada yang bisa dibuatkan sidik jari.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>File ini terlalu besar untuk kami baca. Kamu bisa menghapusnya dan lanjut.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Gambar ini mengaku jauh lebih besar dari foto asli mana pun, jadi kami tidak membukanya. Kamu bisa menghapusnya dan lanjut.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Gambar ini sepertinya rusak, jadi kami tidak bisa membuat sidik jari gambarnya. Sidik jari filenya tetap dibuat.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Video ini sepertinya rusak, jadi kami tidak bisa membuat sidik jari videonya. Sidik jari filenya tetap dibuat.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Kami belum bisa membaca jenis file ini. Kamu bisa menghapusnya dan lanjut.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Dihentikan sebelum file ini selesai.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Ada yang salah saat membaca file ini. Kamu bisa menghapusnya dan lanjut, atau mencoba lagi.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Kami tidak bisa terhubung ke layanan Take It Down. Periksa koneksi internetmu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Proxy jaringanmu tidak membiarkan kami terhubung ke layanan Take It Down. Coba lagi di jaringan lain, seperti Wi-Fi rumah atau data seluler.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Layanan Take It Down terlalu lama menjawab. Silakan coba lagi beberapa menit lagi.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Kami tidak bisa memastikan bahwa kami terhubung dengan layanan Take It Down yang asli, jadi tidak ada yang dikirim. Ini bisa terjadi di jaringan sekolah atau kantor. Coba lagi di jaringan lain, seperti Wi-Fi rumah atau data seluler.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Ada yang salah di pihak layanan Take It Down. Ini bukan salahmu. Silakan coba lagi nanti.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Saat ini banyak laporan datang dari jaringanmu. Silakan tunggu beberapa menit dan coba lagi.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Kami tidak menemukan laporan dengan nomor laporan dan kunci rahasia itu. Silakan cocokkan keduanya dengan tanda terimamu, mungkin ada salah ketik.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Layanan Take It Down tidak bisa menerima laporan ini. Coba kirim lebih sedikit file sekaligus, atau perbarui aplikasinya.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Alamat layanan bukan alamat yang aman (https://), jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Pengaturan proxy tidak benar. Seharusnya seperti socks5://localhost:9050 atau http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Sidik jari digitalmu masih ada di sini, siap dikirim.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Tanda terima Take It Down

Dengan nomor laporan (“Report number”) dan kunci rahasia (“Secret key”) di bawah, kamu bisa memeriksa laporanmu atau menariknya kembali.
Rahasiakan keduanya: siapa pun yang punya keduanya bisa menarik kembali laporan itu.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Silakan ketik atau tempel kunci rahasia dari tanda terimamu.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Silakan ketik atau tempel nomor laporan dari tanda terimamu.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Hanya karakter terakhir yang boleh * ~ $ = atau U. Kunci hanya memakai angka 0-9 dan huruf A-Z (tanpa I, L, O, dan U), dan kadang salah satu dari * ~ $ = U di paling akhir.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Ada salah ketik di kunci rahasia ini: setidaknya satu karakter berbeda dari tanda terimamu. Silakan periksa lagi setiap kelompok.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Ada salah ketik di nomor laporan ini: setidaknya satu karakter berbeda dari tanda terimamu. Silakan periksa lagi.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Ini sepertinya bukan tanda terima Take It Down. Seharusnya ada baris yang diawali “Report number:” dan satu lagi yang diawali “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down untuk foto dan video seseorang di bawah 18 tahun. Silakan pastikan orang di dalamnya berusia di bawah 18 tahun saat diambil.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Tidak ada satu pun file ini yang bisa dibuatkan sidik jari, jadi tidak ada yang bisa dikirim. Coba tambahkan lagi foto atau videonya, atau salinan lainnya.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Sidik jari ini terlalu besar untuk dikirim dalam satu laporan (video panjang membuat banyak sidik jari). Silakan kirim lebih sedikit file sekaligus.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Ini bukan file sidik jari yang disimpan Take It Down, atau file ini diubah setelah disimpan. Silakan pilih file yang disimpan aplikasi untukmu.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>File ini tidak bisa dibuka. Periksa apakah file itu masih ada.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Kunci rahasia punya %1 huruf dan angka, tapi yang ini punya %2. Periksa apakah ada yang kurang atau lebih.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Nomor laporan punya %1 huruf dan angka, tapi yang ini punya %2. Periksa apakah ada yang kurang atau lebih.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” tidak boleh ada di kunci rahasia. Kunci hanya memakai angka 0-9 dan huruf A-Z (tanpa I, L, O, dan U), dan kadang salah satu dari * ~ $ = U di paling akhir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” tidak boleh ada di nomor laporan. Nomor laporan hanya memakai angka 0-9 dan huruf A-Z (tanpa I, L, O, dan U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Satu laporan bisa berisi paling banyak %1 file, dan yang ini berisi %2. Silakan kirim dalam kelompok yang lebih kecil.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Salinan Take It Down ini tidak tahu ke mana harus mengirim laporan, jadi tidak bisa dipakai. Ini bukan salahmu. Tidak ada yang dikirim. Silakan ambil aplikasinya lagi dari orang atau tempat yang memberikannya kepadamu. Saat kamu menutup pesan ini, aplikasinya juga akan tertutup.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Dua pertanyaan singkat</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Kami tidak menanyakan namamu atau hal lain yang bisa menunjukkan siapa kamu.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Di foto atau video itu, kamu (atau anak yang kamu bantu) di bawah 18?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Ya, di bawah 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Tidak, 18 atau lebih</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Saya tidak yakin</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Tidak apa-apa. Kalau mungkin diambil sebelum usia 18 tahun, kamu bisa lanjut. Take It Down untuk apa saja yang mungkin diambil sebelum usia 18 tahun.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Siapa yang memakai aplikasi ini?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Saya orang yang ada di foto atau video</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Saya orang tua atau orang dewasa tepercaya yang membantu seorang anak</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Saya konselor atau profesional lain yang membantu</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Inilah semua yang akan dikirim</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Di bawah ini seluruh laporannya, persis seperti yang akan dikirim. Isinya hanya sidik jari digital: tanpa gambar, tanpa nama file, tanpa nama, dan tanpa lokasi. “role” menunjukkan siapa yang mengirim, “attested_under_18” adalah kotak yang kamu centang di bawah, dan “key_verifier” memungkinkanmu memeriksa atau menarik kembali laporan nanti tanpa memberi tahu siapa kamu.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Laporan yang akan dikirim</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Yang akan dikirim</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Sembunyikan laporan yang persis</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Tampilkan laporan yang persis</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Salin teks laporan</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Kirim sidik jari</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Tidak ada yang dikirim sampai kamu menekan “Kirim sidik jari”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n sidik jari</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Sidik jari untuk setiap foto: %1. Sebagian besar adalah sidik jari tambahan untuk salinan yang dipotong atau diubah bingkainya, jadi salinan itu juga bisa ditemukan.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Hanya sidik jari seperti %1 yang dikirim: tanpa gambar, nama, atau tempat.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Beberapa gambar sangat polos atau buram, jadi sidik jarinya lemah dan lebih sulit dicocokkan. Sidik jari ini tetap dikirim dan tetap bisa membantu.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Foto: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translatorcomment>same as English on purpose: Indonesian nouns have no plural.</translatorcomment>
        <translation>
            <numerusform>Video: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>File lain: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Tidak disertakan karena tidak bisa dibaca: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Saya memastikan ini adalah saya saat berusia di bawah 18 tahun.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Saya memastikan ini adalah anak yang saya bantu saat di bawah 18 tahun.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Sidik jari digitalmu sudah disimpan</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Sidik jarinya ada di file yang kamu pilih. Belum ada yang dikirim. Untuk mengirimnya, buka Take It Down di komputer mana pun yang terhubung ke internet, pilih “Kirim sidik jari yang disimpan sebelumnya”, lalu pilih file ini.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>File ini berisi kunci rahasia laporan ini. Rahasiakan, dan hapus setelah laporannya terkirim.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Mulai lagi</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Simpan sidik jari untuk dikirim nanti…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Tidak ada yang hilang. Kamu juga bisa menyimpan sidik jari di file yang kamu pilih, lalu mengirimnya nanti dari komputer mana pun.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Kami belum bisa mengirimnya</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Mengirim sidik jari digitalmu…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Biasanya hanya butuh beberapa detik. Hanya sidik jarinya yang dikirim.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Langkah %1 dari %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Pilih bahasa aplikasi. Bahasanya langsung berubah.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Kami bisa membantu menghentikan penyebaran gambar-gambar ini</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Kalau ada foto atau video telanjang atau seksual dirimu dari sebelum kamu berusia 18 tahun, aplikasi ini bisa membantu menurunkannya dari situs web dan aplikasi, atau mencegahnya dibagikan. Ini bukan salahmu, dan kamu tidak sedang dalam masalah.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Gambarmu tetap bersamamu</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Foto dan videomu tetap di komputer ini. Semuanya tidak pernah diunggah.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Hanya sidik jari yang dikirim: kode pendek yang tidak bisa diubah kembali menjadi gambar.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Kamu tidak memberikan nama, email, atau nomor telepon. Ini gratis.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Kamu bisa berhenti kapan saja. Keluar cepat (kanan atas) langsung menutup aplikasi. Kamu juga bisa menekan Shift tiga kali, atau Escape dua kali.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Bagaimana cara kerjanya?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Periksa atau tarik kembali laporan sebelumnya</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Kirim sidik jari yang disimpan sebelumnya</translation>
    </message>
</context>
</TS>
