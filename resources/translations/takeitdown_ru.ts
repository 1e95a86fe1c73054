<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Добавь фото и видео</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Добавь каждое фото или видео, которое хочешь убрать из интернета. Они остаются на этом компьютере: создаются только их цифровые отпечатки. Они размыты, так что тебе не нужно их видеть.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Перетащи сюда фото, видео или папки</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Выбрать фото и видео…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Добавленные фото и видео</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Нажми Delete, чтобы убрать выбранные. Нажми и удерживай, чтобы посмотреть одно.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Смотреть на эти изображения может быть тяжело, а кто-то рядом тоже может их увидеть. Тебе не нужно на них смотреть: цифровые отпечатки создаются в любом случае. Всё равно показать?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Оставить размытыми</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Скрыть изображения</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Показать изображения</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Изображения размыты, пока ты не решишь их посмотреть.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Убрать выбранные</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Остановить создание цифровых отпечатков</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Дальше</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Уже добавлено, поэтому не добавлено повторно: %n.</numerusform>
            <numerusform>Уже добавлено, поэтому не добавлено повторно: %n.</numerusform>
            <numerusform>Уже добавлено, поэтому не добавлено повторно: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Пока ничего не добавлено.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Создаём цифровые отпечатки: ещё %n.</numerusform>
            <numerusform>Создаём цифровые отпечатки: ещё %n.</numerusform>
            <numerusform>Создаём цифровые отпечатки: ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Просматриваем папки…</translation>
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
            <numerusform>Слабый отпечаток, но полезный: %n.</numerusform>
            <numerusform>Слабые отпечатки, но полезные: %n.</numerusform>
            <numerusform>Слабые отпечатки, но полезные: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Не удалось прочитать: %n.</numerusform>
            <numerusform>Не удалось прочитать: %n.</numerusform>
            <numerusform>Не удалось прочитать: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Показаны один раз, потому что совпадают с другим файлом: %n.</numerusform>
            <numerusform>Показаны один раз, потому что совпадают с другим файлом: %n.</numerusform>
            <numerusform>Показаны один раз, потому что совпадают с другим файлом: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Некоторые папки не удалось просмотреть. Попробуй добавить их ещё раз.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Можно добавить ещё или идти дальше.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Можно продолжать добавлять файлы или нажать «Остановить».</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Это изображение очень однотонное или размытое, поэтому его цифровой отпечаток слабый и его труднее найти. Его всё равно отправят, и он может помочь.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Это не фото и не видео, поэтому будет отправлен только цифровой отпечаток файла. Он всё равно может найти точные копии этого файла.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Этот сервис для изображений, сделанных до 18 лет</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down только для фото и видео, сделанных, когда человеку было меньше 18. Ничего не отправлено. Есть бесплатный сервис, который работает похоже для взрослых, и люди, с которыми можно поговорить:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Если не знаешь точно, сколько тебе было лет, вернись и выбери «Не знаю».</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Проверить или отозвать прошлое обращение</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Введи номер обращения и секретный ключ из подтверждения или открой сохранённое подтверждение. Если отозвать обращение, его цифровые отпечатки уберут из списка.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Номер обращения:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Проверить обращение</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Открыть сохранённое подтверждение…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Отозвать это обращение…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Отозвать это обращение? Его цифровые отпечатки уберут из списка, и сайты и приложения перестанут искать эти изображения. Это нельзя отменить, но ты всегда можешь отправить новое обращение.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Да, отозвать</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Нет, оставить</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Отзываем…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Это обращение отозвано. Его цифровых отпечатков больше нет в списке. Оно было получено %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Это обращение действует. Оно получено %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Файлов с цифровыми отпечатками в нём: %n.</numerusform>
            <numerusform>Файлов с цифровыми отпечатками в нём: %n.</numerusform>
            <numerusform>Файлов с цифровыми отпечатками в нём: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Твоё обращение отправлено</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Готово. Вот твоё подтверждение. Оно понадобится, чтобы потом проверить обращение.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Номер обращения:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Храни эти две вещи в безопасном и личном месте. Нужны обе, чтобы проверить или отозвать обращение. Если их потерять, никто не сможет их восстановить, даже мы. Любой, у кого есть обе, может отозвать обращение.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Скопировать подтверждение</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Сохранить подтверждение как…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC добавляет твои цифровые отпечатки в свой список. Сайты и приложения, которые участвуют, по этому списку находят копии и удаляют их или не дают их опубликовать. Ты не получишь об этом сообщения, потому что никто не знает, кто ты. Ты в любое время можешь проверить обращение в этом приложении.

Пожалуйста, не выкладывай эти фото или видео нигде, даже чтобы пожаловаться на них. Если отправлять их снова, они могут распространиться.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Тебе не нужно справляться с этим в одиночку</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Если тебе тревожно, плохо или кто-то тебе угрожает, эти бесплатные и конфиденциальные службы могут помочь:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Закрыть приложение</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Домашняя папка</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Выбери фото, видео или целые папки. Удерживай Ctrl, чтобы выбрать несколько.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Выбери файл с цифровыми отпечатками, сохранённый раньше.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Выбери папку, а потом введи имя файла.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>На папку выше</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Файлы и папки</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Здесь уже есть файл с таким именем. Если сохранить, он будет заменён.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Получить помощь сейчас</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Тебе не нужно справляться с этим в одиночку. Эти службы бесплатные и конфиденциальные. Если кто-то тебе угрожает или просит изображения, можно рассказать об этом одной из этих служб или взрослому, которому ты доверяешь. У тебя не будет проблем.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Как это работает?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Твоё фото или видео остаётся на этом компьютере</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Приложение создаёт здесь его цифровые отпечатки</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>В Take It Down отправляются только цифровые отпечатки</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Сайты и приложения ищут совпадения и удаляют их</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Что такое цифровой отпечаток?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Цифровой отпечаток (айтишники называют его хешем, hash) — это короткий код, вычисленный из фото или видео. Одно и то же изображение всегда даёт один и тот же код. Из кода нельзя восстановить изображение, поэтому никто не увидит по нему твоё изображение.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Цифровые отпечатки файла (MD5 и SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Они совпадают с точными копиями того же файла. Если изменить даже крошечную часть файла, код тоже изменится.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Цифровой отпечаток изображения (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Его вычисляют по тому, как выглядит изображение, поэтому он находит и копии, которые уменьшили, сохранили заново или немного изменили. Очень однотонные или размытые изображения дают слабый цифровой отпечаток, который труднее найти. Его всё равно отправляют.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Изменённые копии</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Каждое фото также получает дополнительные цифровые отпечатки для того, как копии часто меняют: обрезают с одной стороны, увеличивают, делают квадратными, поворачивают, вставляют в сторис или под подпись. Так эти копии можно найти без нового обращения. Некоторые изменения пока не распознаются: копия, обрезанная со всех сторон, скриншот или копия со стикерами. Если найдёшь такую копию, можешь отправить её в новом обращении.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Цифровые отпечатки видео</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Для видео приложение создаёт цифровой отпечаток изображения примерно для одного кадра в секунду, а также цифровые отпечатки файла.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Что происходит с цифровыми отпечатками?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC добавляет их в список. Сайты и приложения, которые участвуют, сравнивают публикации со списком. Если что-то совпадает, они могут это удалить или не дать опубликовать. Из-за этого приложения никто не видит твоих изображений.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Чего Take It Down не может</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Он не может убрать изображения с сайтов и из приложений, которые не участвуют, или из личных сообщений. Сильно изменённые изображения могут не совпасть.</translation>
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
        <translation>Видео %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>Отпечаток… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Создаём отпечаток…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Готово: только отпечаток файла</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Готово (слабый отпечаток)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Готово частично</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Не удалось прочитать этот файл</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Осталось меньше минуты.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Осталась примерно %n минута.</numerusform>
            <numerusform>Осталось примерно %n минуты.</numerusform>
            <numerusform>Осталось примерно %n минут.</numerusform>
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
        <translation>Этот файл не удалось открыть или сохранить там. Попробуй другое место.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Что-то пошло не так. Это не твоя вина. Попробуй ещё раз, пожалуйста.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Получить помощь</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Где можно с кем-то поговорить</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Сразу закрывает приложение и всё забывает. Ещё можно трижды нажать Shift или дважды Escape.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Скопировано. Вставь это в личное место. При закрытии приложение очищает буфер обмена, если подтверждение ещё там.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Сохранено. Храни файл в личном месте.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Мы не нашли этот файл. Возможно, его переместили или удалили.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Это не фото и не видео, поэтому мы не можем создать его цифровой отпечаток. Можно убрать его и идти дальше.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Этот компьютер не разрешил нам открыть эту папку, поэтому из неё ничего не добавлено.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Этот компьютер не разрешил нам открыть этот файл. Можно скопировать его в другое место и попробовать ещё раз.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Этот файл пустой, так что не из чего создать цифровой отпечаток.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Этот файл слишком большой, чтобы мы могли его прочитать. Можно убрать его и идти дальше.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Это изображение утверждает, что оно намного больше любого настоящего фото, поэтому мы его не открывали. Можно убрать его и идти дальше.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Похоже, это изображение повреждено, поэтому мы не смогли создать его цифровой отпечаток изображения. Цифровой отпечаток файла всё равно создан.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Похоже, это видео повреждено, поэтому мы не смогли создать его цифровой отпечаток видео. Цифровой отпечаток файла всё равно создан.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Мы пока не умеем читать такой тип файлов. Можно убрать его и идти дальше.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Остановлено, прежде чем этот файл был готов.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>При чтении этого файла что-то пошло не так. Можно убрать его и идти дальше или попробовать ещё раз.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Не удалось связаться с сервисом Take It Down. Проверь подключение к интернету и попробуй ещё раз.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Прокси твоей сети не пропустил нас к сервису Take It Down. Попробуй ещё раз в другой сети, например через домашний Wi-Fi или мобильный интернет.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Сервис Take It Down слишком долго не отвечал. Попробуй ещё раз через несколько минут.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Не удалось убедиться, что мы связались с настоящим сервисом Take It Down, поэтому ничего не отправлено. Такое бывает в школьных или рабочих сетях. Попробуй ещё раз в другой сети, например через домашний Wi-Fi или мобильный интернет.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Что-то пошло не так на стороне сервиса Take It Down. Это не твоя вина. Попробуй позже.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Сейчас из твоей сети приходит много обращений. Подожди несколько минут и попробуй ещё раз.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Мы не нашли обращение с таким номером обращения и секретным ключом. Сверь оба с подтверждением: возможно, там опечатка.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Сервис Take It Down не смог принять это обращение. Попробуй отправлять меньше файлов за раз или обнови приложение.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Адрес сервиса не является безопасным адресом (https://), поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Настройка прокси неверная. Она должна выглядеть как socks5://localhost:9050 или http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Твои цифровые отпечатки всё ещё здесь и готовы к отправке.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Подтверждение Take It Down

С номером обращения («Report number») и секретным ключом («Secret key») ниже ты можешь проверить или отозвать своё обращение.
Храни их в тайне: любой, у кого есть оба, может отозвать обращение.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Введи или вставь секретный ключ из подтверждения.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Введи или вставь номер обращения из подтверждения.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Только последний символ может быть * ~ $ = или U. В ключах есть только цифры 0-9 и буквы A-Z (без I, L, O и U), а иногда в самом конце — один из * ~ $ = U.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>В этом секретном ключе опечатка: хотя бы один символ отличается от подтверждения. Проверь ещё раз каждую группу.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>В этом номере обращения опечатка: хотя бы один символ отличается от подтверждения. Проверь его ещё раз.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Это не похоже на подтверждение Take It Down. В нём должна быть строка, которая начинается с «Report number:», и строка, которая начинается с «Secret key:».</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down для фото и видео человека младше 18. Подтверди, что человеку на них было меньше 18, когда их сделали.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Ни для одного из этих файлов не удалось создать цифровой отпечаток, так что отправлять нечего. Попробуй добавить фото или видео ещё раз или другие их копии.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Эти цифровые отпечатки слишком большие, чтобы отправить их в одном обращении (длинные видео дают их много). Отправляй меньше файлов за раз.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Это не файл Take It Down с сохранёнными цифровыми отпечатками, или его изменили после сохранения. Выбери файл, который приложение сохранило для тебя.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Не удалось открыть этот файл. Проверь, что он всё ещё там.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>В секретном ключе %1 букв и цифр, а в этом — %2. Проверь, не пропущено ли что-то и нет ли лишнего.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>В номере обращения %1 букв и цифр, а в этом — %2. Проверь, не пропущено ли что-то и нет ли лишнего.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>«%1» не может быть в секретном ключе. В ключах есть только цифры 0-9 и буквы A-Z (без I, L, O и U), а иногда в самом конце — один из * ~ $ = U.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>«%1» не может быть в номере обращения. В номерах обращений есть только цифры 0-9 и буквы A-Z (без I, L, O и U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>В одном обращении может быть не больше %1 файлов, а в этом — %2. Отправь их группами поменьше.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Эта копия Take It Down не знает, куда отправлять обращения, поэтому ей нельзя пользоваться. Это не твоя вина. Ничего не отправлено. Пожалуйста, возьми приложение ещё раз у тех людей или там, где его получили. Когда закроешь это сообщение, приложение тоже закроется.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Два коротких вопроса</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Мы не спрашиваем твоё имя или что-то ещё, что могло бы выдать, кто ты.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Тебе (или тому, кому ты помогаешь) на этих изображениях меньше 18?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Да, меньше 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Нет, 18 или больше</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Ничего страшного. Если их могли сделать до 18 лет, можно идти дальше. Take It Down для всего, что могли сделать до 18 лет.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Кто пользуется приложением?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Это я на фото или видео</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Я родитель или другой взрослый, которому доверяют, и помогаю подростку</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Я помогаю как психолог или другой специалист</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Дальше</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Вот всё, что будет отправлено</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Ниже — всё обращение, точно так, как его отправят. В нём только цифровые отпечатки: никаких изображений, имён файлов, имён или местоположения. «role» говорит, кто отправляет, «attested_under_18» — это флажок, который ты отмечаешь ниже, а «key_verifier» позволяет позже проверить или отозвать обращение, не говоря, кто ты.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Обращение, которое будет отправлено</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Скрыть точное обращение</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Показать точное обращение</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Скопировать текст обращения</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Отправить цифровые отпечатки</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Ничего не отправляется, пока ты не нажмёшь «Отправить цифровые отпечатки».</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n цифровой отпечаток</numerusform>
            <numerusform>%n цифровых отпечатка</numerusform>
            <numerusform>%n цифровых отпечатков</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Цифровых отпечатков на каждое фото: %1. Большинство — дополнительные, для копий, которые обрезали или кадрировали по-другому, чтобы их тоже можно было найти.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Отправляются только цифровые отпечатки, например %1: никаких изображений, имён или мест.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Некоторые изображения очень однотонные или размытые, поэтому их цифровые отпечатки слабые и их труднее найти. Их всё равно отправят, и они могут помочь.</translation>
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
            <numerusform>Видео: %n.</numerusform>
            <numerusform>Видео: %n.</numerusform>
            <numerusform>Видео: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Другие файлы: %n.</numerusform>
            <numerusform>Другие файлы: %n.</numerusform>
            <numerusform>Другие файлы: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Пропущены, потому что не удалось прочитать: %n.</numerusform>
            <numerusform>Пропущены, потому что не удалось прочитать: %n.</numerusform>
            <numerusform>Пропущены, потому что не удалось прочитать: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Подтверждаю, что на этих фото и видео я, когда мне было меньше 18.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Подтверждаю, что на них тот, кому я помогаю, когда ему было меньше 18.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Твои цифровые отпечатки сохранены</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Они в выбранном файле. Пока ничего не отправлено. Чтобы отправить их, открой Take It Down на любом компьютере с интернетом, выбери «Отправить сохранённые раньше цифровые отпечатки» и укажи этот файл.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>В файле есть секретный ключ этого обращения. Храни его в тайне и удали, как только обращение отправлено.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
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
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Сохранить, чтобы отправить позже…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Ничего не потеряно. Можно также сохранить цифровые отпечатки в файл на свой выбор и отправить их позже с любого компьютера.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Пока не удалось отправить</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Отправляем твои цифровые отпечатки…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Обычно это занимает несколько секунд. Отправляются только цифровые отпечатки.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Выбери язык приложения. Он сменится сразу.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Мы можем помочь остановить распространение этих изображений</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Если есть обнажённые или сексуальные фото или видео с тобой, сделанные, когда тебе не было 18, это приложение может помочь убрать их с сайтов и из приложений или не дать их распространять. Это не твоя вина, и у тебя нет проблем.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Твои изображения остаются с тобой</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Твои фото и видео остаются на этом компьютере. Их никогда не загружают в интернет.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Отправляются только цифровые отпечатки: короткие коды, которые нельзя снова превратить в изображения.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Ты не указываешь имя, почту или номер телефона. Это бесплатно.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Можно остановиться в любой момент. «Быстрый выход» (вверху справа) сразу закрывает приложение. Ещё можно трижды нажать Shift или дважды Escape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Как это работает?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Проверить или отозвать прошлое обращение</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Отправить сохранённые раньше цифровые отпечатки</translation>
    </message>
</context>
</TS>
