<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Додай фото і відео</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Додай кожне фото чи відео, яке хочеш прибрати з інтернету. Вони залишаються на цьому комп&apos;ютері: створюються лише їхні цифрові відбитки. Вони розмиті, тож тобі не треба їх бачити.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Перетягни сюди фото, відео або теки</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Вибрати фото і відео…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Додані фото і відео</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Натисни Delete, щоб прибрати вибрані. Натисни й утримуй, щоб побачити одне.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Дивитися на ці зображення може бути боляче, а хтось поруч теж може їх побачити. Тобі не треба на них дивитися: цифрові відбитки створюються й так. Усе одно показати?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Залишити розмитими</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Сховати зображення</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Показати зображення</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Зображення розмиті, доки ти не вирішиш їх побачити.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Прибрати вибрані</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Зупинити створення цифрових відбитків</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Далі</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Уже додано, тому не додано вдруге: %n.</numerusform>
            <numerusform>Уже додано, тому не додано вдруге: %n.</numerusform>
            <numerusform>Уже додано, тому не додано вдруге: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Поки нічого не додано.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Створюємо цифрові відбитки: ще %n.</numerusform>
            <numerusform>Створюємо цифрові відбитки: ще %n.</numerusform>
            <numerusform>Створюємо цифрові відбитки: ще %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Переглядаємо теки…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Готово: %n.</numerusform>
            <numerusform>Готово: %n.</numerusform>
            <numerusform>Готово: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Слабкий відбиток, але корисний: %n.</numerusform>
            <numerusform>Слабкі відбитки, але корисні: %n.</numerusform>
            <numerusform>Слабкі відбитки, але корисні: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Не вдалося прочитати: %n.</numerusform>
            <numerusform>Не вдалося прочитати: %n.</numerusform>
            <numerusform>Не вдалося прочитати: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Показано один раз, бо збігаються з іншим файлом: %n.</numerusform>
            <numerusform>Показано один раз, бо збігаються з іншим файлом: %n.</numerusform>
            <numerusform>Показано один раз, бо збігаються з іншим файлом: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Деякі теки не вдалося переглянути. Спробуй додати їх ще раз.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Можна додати ще або йти далі.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Можна далі додавати файли або натиснути «Зупинити».</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Це зображення дуже однотонне чи розмите, тому його цифровий відбиток слабкий і його важче знайти. Його все одно буде надіслано, і він може допомогти.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Це не фото і не відео, тому буде надіслано лише цифровий відбиток файлу. Він усе одно може знайти точні копії цього файлу.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Цей сервіс для зображень, зроблених до 18 років</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down лише для фото і відео, зроблених, коли людині було менше 18. Нічого не надіслано. Є безкоштовний сервіс, який працює схоже для дорослих, і люди, з якими можна поговорити:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Якщо не знаєш напевно, скільки тобі було років, повернися й вибери «Не знаю».</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Почати знову</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Перевірити або відкликати попереднє звернення</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Введи номер звернення і секретний ключ із підтвердження або відкрий збережене підтвердження. Відкликане звернення прибирає свої цифрові відбитки зі списку.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Номер звернення:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Секретний ключ:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Номер звернення</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретний ключ</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Перевірити звернення</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Відкрити збережене підтвердження…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Відкликати це звернення…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Відкликати це звернення? Його цифрові відбитки приберуть зі списку, і сайти та застосунки перестануть шукати ці зображення. Це не можна скасувати, але ти завжди можеш надіслати нове звернення.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Так, відкликати</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Ні, залишити</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевіряємо…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Відкликаємо…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Це звернення відкликано. Його цифрових відбитків більше немає в списку. Його отримано %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Це звернення активне. Його отримано %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Файлів із цифровими відбитками в ньому: %n.</numerusform>
            <numerusform>Файлів із цифровими відбитками в ньому: %n.</numerusform>
            <numerusform>Файлів із цифровими відбитками в ньому: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Твоє звернення надіслано</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Готово. Ось твоє підтвердження. Воно знадобиться, щоб потім перевірити звернення.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Номер звернення:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Секретний ключ:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Зберігай ці дві речі в безпечному та приватному місці. Потрібні обидві, щоб перевірити або відкликати звернення. Якщо їх загубити, ніхто не зможе їх відновити, навіть ми. Будь-хто, у кого є обидві, може відкликати звернення.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Скопіювати підтвердження</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Зберегти підтвердження як…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Що буде далі</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC додає твої цифрові відбитки до свого списку. Сайти й застосунки, які беруть участь, за цим списком знаходять копії та видаляють їх або не дають їх опублікувати. Ти не отримаєш про це повідомлення, бо ніхто не знає, хто ти. Ти будь-коли можеш перевірити звернення в цьому застосунку.

Будь ласка, не поширюй ці фото чи відео ніде, навіть щоб поскаржитися на них. Якщо надсилати їх знову, вони можуть поширитися.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Тобі не треба справлятися з цим самотужки</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Якщо тобі тривожно, погано або хтось тобі погрожує, ці безкоштовні й конфіденційні служби можуть допомогти:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Закрити застосунок</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Домашня тека</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Робочий стіл</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Вибери фото, відео або цілі теки. Утримуй Ctrl, щоб вибрати кілька.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Вибери файл із цифровими відбитками, збережений раніше.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Вибери теку, а потім введи назву файлу.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Швидкий вихід</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>На теку вище</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Файли й теки</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Назва файлу:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Тут уже є файл із такою назвою. Якщо зберегти, його буде замінено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Отримати допомогу зараз</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Тобі не треба справлятися з цим самотужки. Ці служби безкоштовні й конфіденційні. Якщо хтось тобі погрожує або просить зображення, можна розповісти про це одній із цих служб або дорослій людині, якій ти довіряєш. У тебе не буде проблем.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Як це працює?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Твоє фото чи відео залишається на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Застосунок створює тут його цифрові відбитки</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>У Take It Down надсилаються лише цифрові відбитки</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Сайти й застосунки шукають збіги та видаляють їх</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Що таке цифровий відбиток?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Цифровий відбиток (айтівці називають його хешем, hash) — це короткий код, обчислений із фото чи відео. Одне й те саме зображення завжди дає той самий код. Із коду не можна відновити зображення, тож ніхто не побачить за ним твоє зображення.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Цифрові відбитки файлу (MD5 і SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Вони збігаються з точними копіями того самого файлу. Якщо змінити навіть крихітну частину файлу, код теж зміниться.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Цифровий відбиток зображення (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Його обчислюють із того, як виглядає зображення, тому він знаходить і копії, які зменшили, зберегли ще раз чи трохи змінили. Дуже однотонні або розмиті зображення дають слабкий цифровий відбиток, який важче знайти. Його все одно надсилають.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Змінені копії</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Кожне фото також отримує додаткові цифрові відбитки для того, як копії часто змінюють: обрізають з одного боку, збільшують, роблять квадратними, повертають, вставляють у сторіс або під підпис. Тож ці копії можна знайти без нового звернення. Деякі зміни все ще не вдається розпізнати: копію, обрізану з усіх боків, скриншот або копію зі стікерами. Якщо ти знайдеш таку копію, можеш надіслати її в новому зверненні.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Цифрові відбитки відео</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Для відео застосунок створює цифровий відбиток зображення приблизно для одного кадру щосекунди, а також цифрові відбитки файлу.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Що відбувається з цифровими відбитками?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC додає їх до списку. Сайти й застосунки, які беруть участь, порівнюють публікації зі списком. Якщо щось збігається, вони можуть це видалити або не дати опублікувати. Через цей застосунок ніхто не бачить твоїх зображень.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Чого Take It Down не може</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Він не може прибрати зображення із сайтів і застосунків, які не беруть участі, або з приватних повідомлень. Сильно змінені зображення можуть не збігтися.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Фото %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Відео %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Відбиток… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Створюємо відбиток…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Готово: лише відбиток файлу</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Готово (слабкий відбиток)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Готово частково</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Зупинено</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Не вдалося прочитати цей файл</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Залишилося менше хвилини.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Залишилася приблизно %n хвилина.</numerusform>
            <numerusform>Залишилося приблизно %n хвилини.</numerusform>
            <numerusform>Залишилося приблизно %n хвилин.</numerusform>
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
        <translation>Цей файл не вдалося відкрити або зберегти там. Спробуй інше місце.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Щось пішло не так. Це не твоя провина. Спробуй ще раз, будь ласка.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Отримати допомогу</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Де можна з кимось поговорити</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Швидкий вихід</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Одразу закриває застосунок і все забуває. Також можна тричі натиснути Shift або двічі Escape.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Скопійовано. Встав це в приватне місце. Під час закриття застосунок очищає буфер обміну, якщо підтвердження ще там.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Збережено. Зберігай файл у приватному місці.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Ми не знайшли цей файл. Можливо, його перемістили або видалили.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Це не фото і не відео, тому ми не можемо створити його цифровий відбиток. Можна прибрати його й іти далі.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Цей комп&apos;ютер не дозволив нам відкрити цю теку, тому з неї нічого не додано.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Цей комп&apos;ютер не дозволив нам відкрити цей файл. Можна скопіювати його в інше місце й спробувати ще раз.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Цей файл порожній, тож нема з чого створити цифровий відбиток.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Цей файл завеликий, щоб ми могли його прочитати. Можна прибрати його й іти далі.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Це зображення заявляє, що воно набагато більше за будь-яке справжнє фото, тому ми його не відкривали. Можна прибрати його й іти далі.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Схоже, це зображення пошкоджене, тому ми не змогли створити його цифровий відбиток зображення. Цифровий відбиток файлу все одно створено.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Схоже, це відео пошкоджене, тому ми не змогли створити його цифровий відбиток відео. Цифровий відбиток файлу все одно створено.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Ми поки не вміємо читати такий тип файлів. Можна прибрати його й іти далі.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Зупинено, перш ніж цей файл було завершено.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Під час читання цього файлу щось пішло не так. Можна прибрати його й іти далі або спробувати ще раз.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Не вдалося з&apos;єднатися з сервісом Take It Down. Перевір підключення до інтернету й спробуй ще раз.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Проксі твоєї мережі не пропустив нас до сервісу Take It Down. Спробуй ще раз в іншій мережі, наприклад через домашній Wi-Fi або мобільний інтернет.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Сервіс Take It Down надто довго не відповідав. Спробуй ще раз за кілька хвилин.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Не вдалося переконатися, що ми говоримо зі справжнім сервісом Take It Down, тому нічого не надіслано. Таке буває в шкільних або робочих мережах. Спробуй ще раз в іншій мережі, наприклад через домашній Wi-Fi або мобільний інтернет.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Щось пішло не так на боці сервісу Take It Down. Це не твоя провина. Спробуй пізніше.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Зараз із твоєї мережі надходить багато звернень. Зачекай кілька хвилин і спробуй ще раз.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Ми не знайшли звернення з таким номером звернення і секретним ключем. Звір обидва з підтвердженням: можливо, там помилка.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Сервіс Take It Down не зміг прийняти це звернення. Спробуй надсилати менше файлів за раз або онови застосунок.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Адреса сервісу не є безпечною адресою (https://), тому нічого не надіслано.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Налаштування проксі неправильне. Воно має виглядати як socks5://localhost:9050 або http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Твої цифрові відбитки досі тут, готові до надсилання.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Підтвердження Take It Down

З номером звернення («Report number») і секретним ключем («Secret key») нижче ти можеш перевірити або відкликати своє звернення.
Тримай їх у таємниці: будь-хто, у кого є обидва, може відкликати звернення.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Введи або встав секретний ключ із підтвердження.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Введи або встав номер звернення з підтвердження.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Лише останній символ може бути * ~ $ = або U. У ключах є лише цифри 0-9 і літери A-Z (без I, L, O та U), а іноді в самому кінці — один із * ~ $ = U.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>У цьому секретному ключі помилка: щонайменше один символ відрізняється від підтвердження. Перевір ще раз кожну групу.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>У цьому номері звернення помилка: щонайменше один символ відрізняється від підтвердження. Перевір його ще раз.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Це не схоже на підтвердження Take It Down. У ньому має бути рядок, що починається з «Report number:», і рядок, що починається з «Secret key:».</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down для фото і відео людини, якій менше 18. Підтверди, що людині на них було менше 18, коли їх зробили.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Для жодного з цих файлів не вдалося створити цифровий відбиток, тож нічого надсилати. Спробуй додати фото чи відео ще раз або інші їхні копії.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Ці цифрові відбитки завеликі, щоб надіслати їх в одному зверненні (довгі відео дають їх багато). Надсилай менше файлів за раз.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Це не файл Take It Down зі збереженими цифровими відбитками, або його змінили після збереження. Вибери файл, який застосунок зберіг для тебе.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Не вдалося відкрити цей файл. Перевір, чи він ще там.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Секретний ключ має %1 літер і цифр, а цей — %2. Перевір, чи нічого не бракує і немає зайвого.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Номер звернення має %1 літер і цифр, а цей — %2. Перевір, чи нічого не бракує і немає зайвого.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>«%1» не може бути в секретному ключі. У ключах є лише цифри 0-9 і літери A-Z (без I, L, O та U), а іноді в самому кінці — один із * ~ $ = U.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>«%1» не може бути в номері звернення. У номерах звернень є лише цифри 0-9 і літери A-Z (без I, L, O та U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>В одному зверненні може бути щонайбільше %1 файлів, а в цьому — %2. Надішли їх меншими групами.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Ця копія Take It Down не знає, куди надсилати звернення, тому нею не можна користуватися. Це не твоя провина. Нічого не надіслано. Будь ласка, візьми застосунок знову в тих людей або там, де його отримано. Коли закриєш це повідомлення, застосунок теж закриється.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Два коротких запитання</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Ми не питаємо твоє ім&apos;я чи щось інше, що могло б видати, хто ти.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Тобі (або тому, кому ти допомагаєш) на цих зображеннях менше 18?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Так, менше 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Ні, 18 або більше</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Нічого страшного. Якщо їх могли зробити до 18 років, можна йти далі. Take It Down для всього, що могли зробити до 18 років.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Хто користується застосунком?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Це я на фото чи відео</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Я батько, мати чи інший дорослий, якому довіряють, і допомагаю підлітку</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Я допомагаю як психолог або інший фахівець</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Далі</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Ось усе, що буде надіслано</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Нижче — усе звернення, точно так, як його буде надіслано. У ньому лише цифрові відбитки: жодних зображень, назв файлів, імен чи місця. «role» каже, хто надсилає, «attested_under_18» — це поле, яке ти позначаєш нижче, а «key_verifier» дає змогу пізніше перевірити або відкликати звернення, не кажучи, хто ти.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Звернення, яке буде надіслано</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Що буде надіслано</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Сховати точне звернення</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Показати точне звернення</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Скопіювати текст звернення</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Надіслати цифрові відбитки</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Нічого не надсилається, доки ти не натиснеш «Надіслати цифрові відбитки».</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n цифровий відбиток</numerusform>
            <numerusform>%n цифрові відбитки</numerusform>
            <numerusform>%n цифрових відбитків</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Цифрових відбитків на кожне фото: %1. Більшість — додаткові, для копій, які обрізали чи кадрували інакше, щоб їх теж можна було знайти.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Надсилаються лише цифрові відбитки, як-от %1: жодних зображень, імен чи місць.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Деякі зображення дуже однотонні чи розмиті, тому їхні цифрові відбитки слабкі й їх важче знайти. Їх усе одно буде надіслано, і вони можуть допомогти.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Фото: %n.</numerusform>
            <numerusform>Фото: %n.</numerusform>
            <numerusform>Фото: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Відео: %n.</numerusform>
            <numerusform>Відео: %n.</numerusform>
            <numerusform>Відео: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Інші файли: %n.</numerusform>
            <numerusform>Інші файли: %n.</numerusform>
            <numerusform>Інші файли: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Пропущено, бо не вдалося прочитати: %n.</numerusform>
            <numerusform>Пропущено, бо не вдалося прочитати: %n.</numerusform>
            <numerusform>Пропущено, бо не вдалося прочитати: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Підтверджую, що на цих фото і відео я, коли мені було менше 18.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Підтверджую, що на них людина, якій я допомагаю, коли їй було менше 18.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Твої цифрові відбитки збережено</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Вони у вибраному файлі. Поки нічого не надіслано. Щоб надіслати їх, відкрий Take It Down на будь-якому комп&apos;ютері з інтернетом, вибери «Надіслати збережені раніше цифрові відбитки» і вкажи цей файл.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>У файлі є секретний ключ цього звернення. Тримай його в таємниці й видали, щойно звернення надіслано.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Почати знову</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Надсилання</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Зберегти, щоб надіслати пізніше…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Нічого не втрачено. Можна також зберегти цифрові відбитки у файл на свій вибір і надіслати їх пізніше з будь-якого комп&apos;ютера.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Поки не вдалося надіслати</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Надсилаємо твої цифрові відбитки…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Зазвичай це займає кілька секунд. Надсилаються лише цифрові відбитки.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Запитання</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Крок %1 з %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Вибери мову застосунку. Вона зміниться одразу.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Ми можемо допомогти зупинити поширення цих зображень</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Якщо є оголені чи сексуальні фото або відео з тобою, зроблені, коли тобі не було 18, цей застосунок може допомогти прибрати їх із сайтів і застосунків або не дати їх поширювати. Це не твоя провина, і в тебе немає проблем.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Твої зображення залишаються з тобою</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Твої фото і відео залишаються на цьому комп&apos;ютері. Їх ніколи не завантажують в інтернет.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Надсилаються лише цифрові відбитки: короткі коди, які не можна знову перетворити на зображення.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Ти не вказуєш ім&apos;я, пошту чи номер телефону. Це безкоштовно.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Можна зупинитися будь-коли. «Швидкий вихід» (угорі праворуч) одразу закриває застосунок. Також можна тричі натиснути Shift або двічі Escape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Як це працює?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Перевірити або відкликати попереднє звернення</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Надіслати збережені раніше цифрові відбитки</translation>
    </message>
</context>
</TS>
