<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Dodaj zdjęcia i filmy</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Dodaj każde zdjęcie lub film, które ma zniknąć z sieci. Zostają na tym komputerze: tworzone są tylko ich odciski cyfrowe. Są rozmazane, więc nie musisz ich oglądać.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Przeciągnij tutaj zdjęcia, filmy lub foldery</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Wybierz zdjęcia i filmy…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Dodane zdjęcia i filmy</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Naciśnij Delete, aby usunąć wybrane. Przytrzymaj, aby zobaczyć jedno.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Oglądanie tych zdjęć może być przykre, a ktoś obok może je też zobaczyć. Nie musisz na nie patrzeć: odciski cyfrowe powstają i tak. Pokazać je mimo to?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Pokaż je</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Zostaw rozmazane</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Ukryj zdjęcia</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Pokaż zdjęcia</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Zdjęcia są rozmazane, chyba że zdecydujesz się je zobaczyć.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Usuń wybrane</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Zatrzymaj tworzenie odcisków cyfrowych</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Już dodane, więc nie dodano ponownie: %n.</numerusform>
            <numerusform>Już dodane, więc nie dodano ponownie: %n.</numerusform>
            <numerusform>Już dodane, więc nie dodano ponownie: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Nic jeszcze nie dodano.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Tworzenie odcisków cyfrowych: jeszcze %n.</numerusform>
            <numerusform>Tworzenie odcisków cyfrowych: jeszcze %n.</numerusform>
            <numerusform>Tworzenie odcisków cyfrowych: jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Przeglądanie folderów…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Gotowe: %n.</numerusform>
            <numerusform>Gotowe: %n.</numerusform>
            <numerusform>Gotowe: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Słaby odcisk cyfrowy, ale przydatny: %n.</numerusform>
            <numerusform>Słabe odciski cyfrowe, ale przydatne: %n.</numerusform>
            <numerusform>Słabe odciski cyfrowe, ale przydatne: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Nie da się odczytać: %n.</numerusform>
            <numerusform>Nie da się odczytać: %n.</numerusform>
            <numerusform>Nie da się odczytać: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Pokazane raz, bo były takie same jak inny plik: %n.</numerusform>
            <numerusform>Pokazane raz, bo były takie same jak inny plik: %n.</numerusform>
            <numerusform>Pokazane raz, bo były takie same jak inny plik: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Nie udało się przejrzeć niektórych folderów. Spróbuj dodać je jeszcze raz.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Możesz dodać więcej albo przejść dalej.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Możesz dalej dodawać pliki albo nacisnąć Zatrzymaj.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>To zdjęcie jest bardzo jednolite albo rozmazane, więc jego odcisk cyfrowy jest słaby i trudniej go dopasować. I tak zostanie wysłany i może pomóc.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>To nie jest zdjęcie ani film, więc zostanie wysłany tylko odcisk cyfrowy pliku. Nadal pozwala on znaleźć dokładne kopie tego pliku.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Ta usługa jest dla zdjęć zrobionych przed 18. rokiem życia</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down jest tylko dla zdjęć i filmów zrobionych, gdy ktoś miał mniej niż 18 lat. Nic nie zostało wysłane. Jest bezpłatna usługa dla dorosłych, która działa podobnie, i są ludzie, z którymi możesz porozmawiać:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Jeśli nie wiesz na pewno, ile było ci lat, wróć i wybierz „Nie wiem”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Sprawdź lub wycofaj wcześniejsze zgłoszenie</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Wpisz numer zgłoszenia i tajny klucz z potwierdzenia albo otwórz zapisane potwierdzenie. Wycofanie zgłoszenia usuwa jego odciski cyfrowe z listy.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numer zgłoszenia:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Tajny klucz:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Tajny klucz</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Sprawdź zgłoszenie</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Otwórz zapisane potwierdzenie…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Wycofaj to zgłoszenie…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Wycofać to zgłoszenie? Jego odciski cyfrowe zostaną usunięte z listy, więc strony i aplikacje przestaną szukać tych zdjęć. Tego nie da się cofnąć, ale zawsze możesz wysłać nowe zgłoszenie.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Tak, wycofaj</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nie, zostaw</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Wycofywanie…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>To zgłoszenie zostało wycofane. Jego odcisków cyfrowych nie ma już na liście. Otrzymano je %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>To zgłoszenie jest aktywne. Otrzymano je %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Pliki z odciskami cyfrowymi: %n.</numerusform>
            <numerusform>Pliki z odciskami cyfrowymi: %n.</numerusform>
            <numerusform>Pliki z odciskami cyfrowymi: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Twoje zgłoszenie zostało wysłane</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Gotowe. Oto twoje potwierdzenie. Będzie ci potrzebne, żeby później sprawdzić zgłoszenie.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Numer zgłoszenia:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Tajny klucz:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Przechowuj te dwie rzeczy w bezpiecznym, prywatnym miejscu. Potrzebujesz obu, żeby sprawdzić lub wycofać zgłoszenie. Jeśli je zgubisz, nikt ich nie odzyska, nawet my. Każdy, kto ma obie, może wycofać zgłoszenie.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Skopiuj potwierdzenie</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Zapisz potwierdzenie jako…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC dodaje twoje odciski cyfrowe do swojej listy. Strony i aplikacje, które biorą udział, używają tej listy, żeby znajdować kopie i je usuwać albo nie dopuszczać do ich publikacji. Nie dostaniesz o tym wiadomości, bo nikt nie wie, kim jesteś. W każdej chwili możesz sprawdzić zgłoszenie w tej aplikacji.

Prosimy, nie udostępniaj tych zdjęć ani filmów nigdzie, nawet żeby je zgłosić. Ponowne wysyłanie może sprawić, że rozejdą się dalej.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Nie musisz radzić sobie z tym w pojedynkę</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Jeśli się martwisz, jest ci źle albo ktoś ci grozi, te bezpłatne, poufne usługi mogą pomóc:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Zamknij aplikację</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Folder domowy</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Pobrane</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Wybierz zdjęcia, filmy lub całe foldery. Przytrzymaj Ctrl, żeby wybrać więcej niż jeden.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Wybierz plik z odciskami cyfrowymi, który zapisano wcześniej.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Wybierz folder, a potem wpisz nazwę pliku.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Szybkie wyjście</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Folder wyżej</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>same as English on purpose: &quot;folder&quot; is the Polish word.</translatorcomment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Pliki i foldery</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nazwa pliku:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Jest tu już plik o tej nazwie. Zapisanie go zastąpi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Znajdź pomoc teraz</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Nie musisz radzić sobie z tym w pojedynkę. Te usługi są bezpłatne i poufne. Jeśli ktoś ci grozi albo prosi o zdjęcia, możesz powiedzieć o tym jednej z tych usług albo zaufanej osobie dorosłej. Nie będziesz mieć kłopotów.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Jak to działa?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Twoje zdjęcie lub film zostaje na tym komputerze</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Aplikacja tworzy tutaj jego odciski cyfrowe</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Do Take It Down wysyłane są tylko odciski cyfrowe</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Strony i aplikacje szukają dopasowań i je usuwają</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Co to jest odcisk cyfrowy?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Odcisk cyfrowy (informatycy mówią na to hash) to krótki kod wyliczony ze zdjęcia lub filmu. To samo zdjęcie zawsze daje ten sam kod. Z kodu nie da się odtworzyć zdjęcia, więc nikt nie zobaczy dzięki niemu twojego zdjęcia.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Odciski cyfrowe pliku (MD5 i SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Pasują do dokładnych kopii tego samego pliku. Jeśli zmieni się choćby mała część pliku, kod też się zmienia.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Odcisk cyfrowy obrazu (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Ten jest wyliczany z tego, jak obraz wygląda, więc znajduje też kopie pomniejszone, zapisane ponownie albo trochę zmienione. Bardzo jednolite lub rozmazane zdjęcia dają słaby odcisk cyfrowy, który trudniej dopasować. I tak zostaje wysłany.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Zmienione kopie</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Każde zdjęcie dostaje też dodatkowe odciski cyfrowe na typowe zmiany w kopiach: przycięcie z jednej strony, przybliżenie, kwadratowy kadr, obrót, wstawienie do relacji albo pod napis. Dzięki temu takie kopie można znaleźć bez nowego zgłoszenia. Niektóre zmiany nadal nie są rozpoznawane: kopia przycięta ze wszystkich stron, zrzut ekranu albo kopia z naklejkami. Jeśli znajdziesz taką kopię, możesz wysłać ją w nowym zgłoszeniu.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Odciski cyfrowe filmów</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Dla filmu aplikacja tworzy odcisk cyfrowy obrazu mniej więcej jednej klatki na sekundę, do tego odciski cyfrowe pliku.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Co dzieje się z odciskami cyfrowymi?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC dodaje je do listy. Strony i aplikacje, które biorą udział, porównują posty z tą listą. Jeśli coś pasuje, mogą to usunąć albo nie dopuścić do publikacji. Nikt nie zobaczy twoich zdjęć przez tę aplikację.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Czego Take It Down nie potrafi</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Nie usunie zdjęć ze stron i aplikacji, które nie biorą udziału, ani z prywatnych wiadomości. Mocno zmienione zdjęcia mogą nie pasować.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Zdjęcie %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Plik %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Odcisk… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Tworzenie odcisku…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Gotowe: tylko odcisk pliku</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Gotowe (słaby odcisk)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Częściowo gotowe</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Nie da się odczytać tego pliku</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Zostało mniej niż minutę.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Została około %n minuta.</numerusform>
            <numerusform>Zostały około %n minuty.</numerusform>
            <numerusform>Zostało około %n minut.</numerusform>
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
        <translation>Nie udało się tam otworzyć ani zapisać tego pliku. Spróbuj w innym miejscu.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Coś poszło nie tak. To nie twoja wina. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Znajdź pomoc</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Gdzie z kimś porozmawiać</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Szybkie wyjście</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Od razu zamyka aplikację i zapomina wszystko. Możesz też nacisnąć trzy razy Shift albo dwa razy Escape.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Skopiowano. Wklej to w prywatnym miejscu. Przy zamykaniu aplikacja wyczyści schowek, jeśli potwierdzenie nadal tam jest.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Zapisano. Przechowuj plik w prywatnym miejscu.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Nie możemy znaleźć tego pliku. Może został przeniesiony albo usunięty.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>To nie jest zdjęcie ani film, więc nie możemy utworzyć jego odcisku cyfrowego. Możesz go usunąć i iść dalej.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Ten komputer nie pozwolił nam otworzyć tego folderu, więc nic z niego nie zostało dodane.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Ten komputer nie pozwolił nam otworzyć tego pliku. Możesz skopiować go w inne miejsce i spróbować jeszcze raz.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Ten plik jest pusty, więc nie ma z czego utworzyć odcisku cyfrowego.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Ten plik jest dla nas za duży do odczytania. Możesz go usunąć i iść dalej.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>To zdjęcie twierdzi, że jest dużo większe niż jakiekolwiek prawdziwe zdjęcie, więc go nie otworzyliśmy. Możesz je usunąć i iść dalej.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>To zdjęcie wygląda na uszkodzone, więc nie udało się utworzyć jego odcisku cyfrowego obrazu. Odcisk cyfrowy pliku i tak powstał.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Ten film wygląda na uszkodzony, więc nie udało się utworzyć jego odcisku cyfrowego filmu. Odcisk cyfrowy pliku i tak powstał.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Nie umiemy jeszcze odczytać tego rodzaju pliku. Możesz go usunąć i iść dalej.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Zatrzymano, zanim ten plik był gotowy.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Coś poszło nie tak podczas odczytu tego pliku. Możesz go usunąć i iść dalej albo spróbować jeszcze raz.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Nie udało się połączyć z usługą Take It Down. Sprawdź połączenie z internetem i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Serwer proxy w twojej sieci nie przepuścił nas do usługi Take It Down. Spróbuj w innej sieci, na przykład w domowym Wi-Fi albo przez dane komórkowe.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Usługa Take It Down odpowiadała zbyt długo. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Nie udało się potwierdzić, że łączymy się z prawdziwą usługą Take It Down, więc nic nie zostało wysłane. Może się tak zdarzyć w sieci szkolnej lub firmowej. Spróbuj w innej sieci, na przykład w domowym Wi-Fi albo przez dane komórkowe.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Coś poszło nie tak po stronie usługi Take It Down. To nie twoja wina. Spróbuj później.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Z twojej sieci przychodzi teraz dużo zgłoszeń. Poczekaj kilka minut i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Nie znaleźliśmy zgłoszenia z takim numerem zgłoszenia i tajnym kluczem. Porównaj oba z potwierdzeniem i sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Usługa Take It Down nie mogła przyjąć tego zgłoszenia. Spróbuj wysyłać mniej plików naraz albo zaktualizuj aplikację.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Adres usługi nie jest bezpiecznym adresem (https://), więc nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Ustawienie proxy jest niepoprawne. Powinno wyglądać tak: socks5://localhost:9050 albo http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Twoje odciski cyfrowe wciąż tu są, gotowe do wysłania.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Potwierdzenie Take It Down

Z numerem zgłoszenia („Report number”) i tajnym kluczem („Secret key”) poniżej możesz sprawdzić lub wycofać swoje zgłoszenie.
Zachowaj je dla siebie: każdy, kto ma oba, może wycofać zgłoszenie.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Wpisz albo wklej tajny klucz z potwierdzenia.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Wpisz albo wklej numer zgłoszenia z potwierdzenia.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Tylko ostatni znak może być jednym z * ~ $ = lub U. Klucze mają tylko cyfry 0-9 i litery A-Z (bez I, L, O i U), a czasem na samym końcu jeden z * ~ $ = U.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>W tym tajnym kluczu jest literówka: co najmniej jeden znak różni się od potwierdzenia. Sprawdź jeszcze raz każdą grupę.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>W tym numerze zgłoszenia jest literówka: co najmniej jeden znak różni się od potwierdzenia. Sprawdź go jeszcze raz.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>To nie wygląda na potwierdzenie Take It Down. Powinien być w nim wiersz zaczynający się od „Report number:” i wiersz zaczynający się od „Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down jest dla zdjęć i filmów osoby poniżej 18 lat. Potwierdź, że ta osoba miała mniej niż 18 lat, gdy je zrobiono.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Nie udało się utworzyć odcisków cyfrowych żadnego z tych plików, więc nie ma czego wysłać. Spróbuj dodać zdjęcia lub filmy jeszcze raz albo inne ich kopie.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Te odciski cyfrowe są za duże, żeby wysłać je w jednym zgłoszeniu (długie filmy dają ich dużo). Wysyłaj mniej plików naraz.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>To nie jest plik Take It Down z zapisanymi odciskami cyfrowymi albo zmieniono go po zapisaniu. Wybierz plik, który zapisała dla ciebie aplikacja.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Nie udało się otworzyć tego pliku. Sprawdź, czy nadal istnieje.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Tajny klucz ma %1 liter i cyfr, a ten ma %2. Sprawdź, czy czegoś nie brakuje albo nie ma za dużo.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Numer zgłoszenia ma %1 liter i cyfr, a ten ma %2. Sprawdź, czy czegoś nie brakuje albo nie ma za dużo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>„%1” nie może być w tajnym kluczu. Klucze mają tylko cyfry 0-9 i litery A-Z (bez I, L, O i U), a czasem na samym końcu jeden z * ~ $ = U.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>„%1” nie może być w numerze zgłoszenia. Numery zgłoszeń mają tylko cyfry 0-9 i litery A-Z (bez I, L, O i U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Jedno zgłoszenie może mieć najwyżej %1 plików, a to ma %2. Wyślij je w mniejszych grupach.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Ta kopia Take It Down nie wie, dokąd wysyłać zgłoszenia, więc nie da się jej używać. To nie twoja wina. Nic nie zostało wysłane. Zdobądź aplikację jeszcze raz od osób albo z miejsca, od których ją masz. Gdy zamkniesz tę wiadomość, aplikacja też się zamknie.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Dwa krótkie pytania</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Nie pytamy o imię ani o nic, co mogłoby zdradzić, kim jesteś.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Czy na tych zdjęciach ty (lub osoba, której pomagasz) masz mniej niż 18 lat?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Tak, mniej niż 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Nie, 18 lub więcej</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Nic nie szkodzi. Jeśli mogły powstać przed 18. rokiem życia, możesz iść dalej. Take It Down jest dla wszystkiego, co mogło powstać przed 18. rokiem życia.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Kto korzysta z aplikacji?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>To ja jestem na tych zdjęciach lub filmach</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Jestem rodzicem lub zaufaną osobą dorosłą i pomagam młodej osobie</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Pomagam zawodowo (np. jako pedagog lub psycholog)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>To jest wszystko, co zostanie wysłane</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Poniżej jest całe zgłoszenie, dokładnie tak, jak zostanie wysłane. Są w nim tylko odciski cyfrowe: żadnych zdjęć, nazw plików, imion ani lokalizacji. „role” mówi, kto wysyła, „attested_under_18” to pole, które zaznaczasz poniżej, a „key_verifier” pozwala później sprawdzić lub wycofać zgłoszenie bez mówienia, kim jesteś.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Zgłoszenie, które zostanie wysłane</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Co zostanie wysłane</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Ukryj dokładne zgłoszenie</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Pokaż dokładne zgłoszenie</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Skopiuj tekst zgłoszenia</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Wyślij odciski cyfrowe</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Nic nie zostanie wysłane, dopóki nie naciśniesz „Wyślij odciski cyfrowe”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n odcisk cyfrowy</numerusform>
            <numerusform>%n odciski cyfrowe</numerusform>
            <numerusform>%n odcisków cyfrowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Odciski cyfrowe na każde zdjęcie: %1. Większość to dodatkowe odciski dla kopii przyciętych lub inaczej wykadrowanych, żeby je też można było znaleźć.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Wysyłane są tylko odciski cyfrowe, takie jak %1: żadnych zdjęć, imion ani miejsc.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Niektóre zdjęcia są bardzo jednolite albo rozmazane, więc ich odciski cyfrowe są słabe i trudniej je dopasować. I tak zostaną wysłane i mogą pomóc.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Zdjęcia: %n.</numerusform>
            <numerusform>Zdjęcia: %n.</numerusform>
            <numerusform>Zdjęcia: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Filmy: %n.</numerusform>
            <numerusform>Filmy: %n.</numerusform>
            <numerusform>Filmy: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Inne pliki: %n.</numerusform>
            <numerusform>Inne pliki: %n.</numerusform>
            <numerusform>Inne pliki: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Pominięte, bo nie dało się ich odczytać: %n.</numerusform>
            <numerusform>Pominięte, bo nie dało się ich odczytać: %n.</numerusform>
            <numerusform>Pominięte, bo nie dało się ich odczytać: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Potwierdzam, że na tych zdjęciach i filmach to ja przed 18. rokiem życia.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Potwierdzam, że to osoba, której pomagam, przed 18. rokiem życia.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Twoje odciski cyfrowe są zapisane</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Są w pliku, który wybrano. Nic jeszcze nie zostało wysłane. Żeby je wysłać, otwórz Take It Down na dowolnym komputerze z internetem, wybierz „Wyślij zapisane wcześniej odciski cyfrowe” i wskaż ten plik.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>W pliku jest tajny klucz tego zgłoszenia. Zachowaj go dla siebie i usuń, gdy zgłoszenie zostanie wysłane.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Zapisz odciski cyfrowe, żeby wysłać je później…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Nic nie przepadło. Możesz też zapisać odciski cyfrowe w wybranym pliku i wysłać je później z dowolnego komputera.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Nie udało się jeszcze wysłać</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Wysyłanie twoich odcisków cyfrowych…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>To zwykle trwa kilka sekund. Wysyłane są tylko odciski cyfrowe.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Krok %1 z %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Wybierz język aplikacji. Zmieni się od razu.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Możemy pomóc zatrzymać rozsyłanie tych zdjęć</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Jeśli istnieją nagie lub seksualne zdjęcia lub filmy z tobą sprzed twoich 18. urodzin, ta aplikacja może pomóc usunąć je ze stron i aplikacji albo nie dopuścić do ich udostępniania. To nie twoja wina i nie masz żadnych kłopotów.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Twoje zdjęcia zostają z tobą</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Twoje zdjęcia i filmy zostają na tym komputerze. Nigdy nie są wysyłane do internetu.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Wysyłane są tylko odciski cyfrowe: krótkie kody, których nie da się zamienić z powrotem w zdjęcia.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Nie podajesz imienia, e-maila ani numeru telefonu. To nic nie kosztuje.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Możesz przerwać w każdej chwili. Szybkie wyjście (w prawym górnym rogu) od razu zamyka aplikację. Możesz też nacisnąć trzy razy Shift albo dwa razy Escape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Zacznij</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Jak to działa?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Sprawdź lub wycofaj wcześniejsze zgłoszenie</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Wyślij zapisane wcześniej odciski cyfrowe</translation>
    </message>
</context>
</TS>
