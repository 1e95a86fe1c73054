<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>عکس‌ها و ویدیوها را اضافه کن</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>هر عکس یا ویدیویی را که می‌خواهی پاک شود اضافه کن. همه روی همین کامپیوتر می‌مانند: فقط اثر انگشت دیجیتالشان ساخته می‌شود. تار نشان داده می‌شوند تا مجبور نباشی ببینی‌شان.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>عکس‌ها، ویدیوها یا پوشه‌ها را اینجا بکش</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>انتخاب عکس و ویدیو…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>عکس‌ها و ویدیوهای اضافه‌شده</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>برای برداشتن موارد انتخاب‌شده Delete را بزن. برای دیدن یکی، رویش نگه دار.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>دیدن این تصویرها ممکن است حالت را بد کند، و کسی که نزدیکت است هم ممکن است آن‌ها را ببیند. لازم نیست نگاهشان کنی: اثر انگشت‌ها در هر حال ساخته می‌شوند. باز هم نشان داده شوند؟</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>نشان بده</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>تار بمانند</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>پنهان کردن تصویرها</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>نشان دادن تصویرها</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>تصویرها تار می‌مانند، مگر اینکه خودت بخواهی ببینی‌شان.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>برداشتن موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>توقف ساختن اثر انگشت</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>از قبل اضافه شده بود، برای همین دوباره اضافه نشد: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>هنوز چیزی اضافه نشده.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>در حال ساختن اثر انگشت‌ها: %n تای دیگر مانده.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>در حال گشتن پوشه‌ها…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>آماده: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>اثر انگشت ضعیف، ولی باز هم به کار می‌آید: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>خوانده نشد: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>یک بار نشان داده شد، چون با فایل دیگری یکی بود: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>نشد داخل بعضی پوشه‌ها را دید. دوباره اضافه‌شان کن.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>می‌توانی باز هم اضافه کنی، یا ادامه بدهی.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>می‌توانی به اضافه کردن فایل‌ها ادامه بدهی، یا «توقف» را بزنی.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>این تصویر خیلی ساده یا تار است، برای همین اثر انگشتش ضعیف است و پیدا کردنش سخت‌تر. باز هم فرستاده می‌شود و می‌تواند کمک کند.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>این عکس یا ویدیو نیست، برای همین فقط اثر انگشت فایلش فرستاده می‌شود. با این حال می‌تواند نسخه‌های کاملاً یکسان این فایل را پیدا کند.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>این سرویس برای تصویرهایی است که پیش از ۱۸ سالگی گرفته شده‌اند</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>‏Take It Down فقط برای عکس‌ها و ویدیوهایی است که وقتی کسی زیر ۱۸ سال داشته گرفته شده‌اند. چیزی فرستاده نشده. یک سرویس رایگان هست که برای بزرگسالان به همین شکل کار می‌کند، و آدم‌هایی هستند که می‌توانی با آن‌ها حرف بزنی:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>اگر مطمئن نیستی آن موقع چند سالت بود، برگرد و «مطمئن نیستم» را انتخاب کن.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>شروع دوباره</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>بررسی یا پس گرفتن گزارش قبلی</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>شمارهٔ گزارش و کلید مخفی را از رسیدت بنویس، یا رسیدی را که ذخیره کرده‌ای باز کن. با پس گرفتن گزارش، اثر انگشت‌هایش از فهرست برداشته می‌شوند.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>شمارهٔ گزارش:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>کلید مخفی:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>شمارهٔ گزارش</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>کلید مخفی</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>بررسی گزارش</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>باز کردن رسید ذخیره‌شده…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>پس گرفتن این گزارش…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>این گزارش را پس بگیری؟ اثر انگشت‌هایش از فهرست برداشته می‌شوند، پس وب‌سایت‌ها و برنامه‌ها دیگر دنبال این تصویرها نمی‌گردند. این کار برگشت ندارد، ولی همیشه می‌توانی گزارش تازه‌ای بفرستی.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>بله، پس بگیر</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>نه، بماند</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>در حال پس گرفتن…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>این گزارش پس گرفته شد. اثر انگشت‌هایش دیگر در فهرست نیستند. تاریخ دریافت: %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>این گزارش فعال است. تاریخ دریافت: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>فایل‌هایی که اثر انگشتشان در آن است: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>گزارشت فرستاده شد</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>تمام شد. این رسید توست. بعداً برای بررسی گزارش به آن نیاز داری.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>شمارهٔ گزارش:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>کلید مخفی:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>این دو را جایی امن و خصوصی نگه دار. برای بررسی یا پس گرفتن گزارش به هر دو نیاز داری. اگر گمشان کنی، هیچ‌کس نمی‌تواند آن‌ها را برگرداند، حتی ما. هر کسی که هر دو را داشته باشد می‌تواند گزارش را پس بگیرد.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>کپی رسید</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>ذخیرهٔ رسید با نام…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>بعدش چه می‌شود</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>‏NCMEC اثر انگشت‌های دیجیتال تو را به فهرستش اضافه می‌کند. وب‌سایت‌ها و برنامه‌هایی که همکاری می‌کنند با این فهرست نسخه‌های کپی را پیدا و پاک می‌کنند، یا نمی‌گذارند منتشر شوند. پیامی در این باره نمی‌گیری، چون هیچ‌کس نمی‌داند تو کی هستی. هر وقت بخواهی می‌توانی گزارشت را با این برنامه بررسی کنی.

لطفاً عکس‌ها یا ویدیوها را هیچ‌جا به اشتراک نگذار، حتی برای گزارش دادنشان. فرستادن دوباره‌شان ممکن است باعث شود بیشتر پخش شوند.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>لازم نیست با این موضوع تنها کنار بیایی</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>اگر نگرانی، ناراحتی یا کسی تهدیدت می‌کند، این سرویس‌های رایگان و محرمانه می‌توانند کمک کنند:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>شروع دوباره</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>بستن برنامه</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>پوشهٔ خانه</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>دسکتاپ</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ویدیوها</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>دانلودها</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>عکس‌ها، ویدیوها یا کل پوشه‌ها را انتخاب کن. برای انتخاب چند مورد، Ctrl را نگه دار.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>فایل اثر انگشتی را که قبلاً ذخیره کرده‌ای انتخاب کن.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>یک پوشه انتخاب کن، بعد برای فایل اسمی بنویس.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>اضافه کن</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کن</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره کن</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سریع</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>یک پوشه بالاتر</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>مکان‌ها</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>فایل‌ها و پوشه‌ها</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>نام فایل:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام فایل</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>اینجا فایلی با همین نام هست. با ذخیره کردن، جایگزین می‌شود.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>همین حالا کمک بگیر</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>لازم نیست با این موضوع تنها کنار بیایی. این سرویس‌ها رایگان و محرمانه‌اند. اگر کسی تهدیدت می‌کند یا از تو تصویر می‌خواهد، می‌توانی به یکی از این سرویس‌ها یا به بزرگسالی که به او اعتماد داری بگویی. به دردسر نمی‌افتی.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>این چطور کار می‌کند؟</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>عکس یا ویدیوی تو روی همین کامپیوتر می‌ماند</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>برنامه همین‌جا اثر انگشتش را می‌سازد</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>فقط اثر انگشت‌ها به Take It Down فرستاده می‌شوند</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>وب‌سایت‌ها و برنامه‌ها موارد مشابه را پیدا و پاک می‌کنند</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>اثر انگشت دیجیتال چیست؟</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>اثر انگشت دیجیتال (اهل کامپیوتر به آن «هش» یا hash می‌گویند) یک کد کوتاه است که از روی یک عکس یا ویدیو حساب می‌شود. یک تصویر همیشه همان کد را می‌دهد. از روی کد نمی‌شود دوباره به تصویر رسید، پس هیچ‌کس نمی‌تواند از روی کد تصویر تو را ببیند.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>اثر انگشت فایل (MD5 و SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>این‌ها نسخه‌های دقیقاً یکسانِ همان فایل را پیدا می‌کنند. اگر حتی بخش کوچکی از فایل عوض شود، کد هم عوض می‌شود.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>اثر انگشت تصویر (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>این یکی از روی ظاهر تصویر حساب می‌شود، برای همین نسخه‌هایی را هم که کوچک‌تر شده‌اند، دوباره ذخیره شده‌اند یا کمی تغییر کرده‌اند پیدا می‌کند. تصویرهای خیلی ساده یا تار اثر انگشت ضعیفی می‌دهند که پیدا کردنش سخت‌تر است. باز هم فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>نسخه‌های تغییرکرده</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>هر عکس چند اثر انگشت اضافه هم دارد، برای تغییرهایی که معمولاً روی نسخه‌ها می‌دهند: بریدن یک طرف، زوم کردن، مربع کردن، چرخاندن، گذاشتن در استوری یا زیر یک نوشته. برای همین آن نسخه‌ها را بدون گزارش تازه هم می‌شود پیدا کرد. بعضی تغییرها هنوز شناخته نمی‌شوند: نسخه‌ای که از همهٔ طرف‌ها بریده شده، اسکرین‌شات، یا نسخه‌ای که رویش استیکر گذاشته‌اند. اگر چنین نسخه‌ای پیدا کردی، می‌توانی آن را در یک گزارش تازه بفرستی.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>اثر انگشت ویدیو</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>برای ویدیو، برنامه تقریباً از هر ثانیه یک فریم اثر انگشت تصویر می‌سازد، به‌علاوهٔ اثر انگشت‌های فایل.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>چه بر سر اثر انگشت‌ها می‌آید؟</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>‏NCMEC آن‌ها را به یک فهرست اضافه می‌کند. وب‌سایت‌ها و برنامه‌هایی که همکاری می‌کنند پست‌ها را با این فهرست مقایسه می‌کنند. اگر چیزی جور دربیاید، می‌توانند پاکش کنند یا نگذارند منتشر شود. به خاطر این برنامه هیچ‌کس تصویرهای تو را نمی‌بیند.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>کارهایی که Take It Down نمی‌تواند بکند</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>نمی‌تواند تصویرها را از وب‌سایت‌ها و برنامه‌هایی که همکاری نمی‌کنند، یا از پیام‌های خصوصی پاک کند. تصویرهایی که خیلی تغییر کرده‌اند ممکن است جور درنیایند.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>عکس %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>ویدیو %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>فایل %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>اثر انگشت… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>در حال ساختن اثر انگشت…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>آماده: فقط اثر انگشت فایل</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>آماده (اثر انگشت ضعیف)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>تا حدی آماده</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف شد</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>این فایل خوانده نشد</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>کمتر از یک دقیقه مانده.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>حدود %n دقیقه مانده.</numerusform>
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
        <translation>نشد این فایل را آنجا باز یا ذخیره کرد. جای دیگری را امتحان کن.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>مشکلی پیش آمد. تقصیر تو نیست. لطفاً دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>کمک بگیر</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>جاهایی برای حرف زدن با کسی</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سریع</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>برنامه را فوراً می‌بندد و همه‌چیز را فراموش می‌کند. می‌توانی سه بار Shift یا دو بار Escape را هم بزنی.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>کپی شد. آن را جای خصوصی بچسبان. اگر رسید هنوز در کلیپ‌بورد باشد، برنامه موقع بسته شدن آن را پاک می‌کند.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>ذخیره شد. فایل را جای خصوصی نگه دار.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>این فایل را پیدا نکردیم. شاید جابه‌جا یا پاک شده باشد.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>این عکس یا ویدیو نیست، برای همین نمی‌توانیم اثر انگشتش را بسازیم. می‌توانی برش داری و ادامه بدهی.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>این کامپیوتر اجازه نداد این پوشه را باز کنیم، برای همین چیزی از داخلش اضافه نشد.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>این کامپیوتر اجازه نداد این فایل را باز کنیم. می‌توانی آن را جای دیگری کپی کنی و دوباره امتحان کنی.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>این فایل خالی است، پس چیزی برای ساختن اثر انگشت ندارد.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>این فایل برای خواندن ما خیلی بزرگ است. می‌توانی برش داری و ادامه بدهی.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>این تصویر می‌گوید خیلی بزرگ‌تر از هر عکس واقعی است، برای همین بازش نکردیم. می‌توانی برش داری و ادامه بدهی.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>به نظر می‌رسد این تصویر خراب شده، برای همین نتوانستیم اثر انگشت تصویرش را بسازیم. اثر انگشت فایلش ساخته شد.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>به نظر می‌رسد این ویدیو خراب شده، برای همین نتوانستیم اثر انگشت ویدیویش را بسازیم. اثر انگشت فایلش ساخته شد.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>هنوز نمی‌توانیم این نوع فایل را بخوانیم. می‌توانی برش داری و ادامه بدهی.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>پیش از تمام شدن این فایل متوقف شد.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>موقع خواندن این فایل مشکلی پیش آمد. می‌توانی برش داری و ادامه بدهی، یا دوباره امتحان کنی.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>نتوانستیم به سرویس Take It Down وصل شویم. ببین به اینترنت وصلی، بعد دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>پراکسی شبکه‌ات نگذاشت به سرویس Take It Down برسیم. در شبکهٔ دیگری دوباره امتحان کن، مثل وای‌فای خانه یا اینترنت موبایل.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>سرویس Take It Down خیلی دیر جواب داد. لطفاً چند دقیقهٔ دیگر دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>نتوانستیم مطمئن شویم که با سرویس واقعی Take It Down حرف می‌زنیم، برای همین چیزی فرستاده نشد. این در شبکه‌های مدرسه یا محل کار پیش می‌آید. در شبکهٔ دیگری دوباره امتحان کن، مثل وای‌فای خانه یا اینترنت موبایل.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>در سمت سرویس Take It Down مشکلی پیش آمد. تقصیر تو نیست. لطفاً بعداً دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>الان گزارش‌های زیادی از شبکهٔ تو می‌رسد. لطفاً چند دقیقه صبر کن و دوباره امتحان کن.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>گزارشی با این شمارهٔ گزارش و این کلید مخفی پیدا نکردیم. لطفاً هر دو را با رسیدت مقایسه کن؛ شاید غلط تایپی باشد.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>سرویس Take It Down نتوانست این گزارش را بپذیرد. لطفاً هر بار فایل‌های کمتری بفرست، یا برنامه را به‌روز کن.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>نشانی سرویس یک نشانی امن (https://) نیست، برای همین چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>تنظیم پراکسی درست نیست. باید شبیه socks5://localhost:9050 یا http://proxy.example:8080 باشد.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>اثر انگشت‌هایت هنوز اینجاست، آمادهٔ فرستادن.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>رسید Take It Down

با شمارهٔ گزارش («Report number») و کلید مخفی («Secret key») که در زیر آمده، می‌توانی گزارشت را بررسی کنی یا پس بگیری.
آن‌ها را خصوصی نگه دار: هر کسی که هر دو را داشته باشد می‌تواند گزارش را پس بگیرد.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>لطفاً کلید مخفی رسیدت را بنویس یا بچسبان.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>لطفاً شمارهٔ گزارش رسیدت را بنویس یا بچسبان.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>فقط آخرین نویسه می‌تواند * ~ $ = یا U باشد. در کلیدها فقط رقم‌های 0-9 و حرف‌های A-Z هست (بدون I، L، O و U)، و گاهی در آخرِ آخر یکی از * ~ $ = U.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>این کلید مخفی غلط تایپی دارد: دست‌کم یک نویسه با رسیدت فرق دارد. لطفاً هر گروه را دوباره بررسی کن.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>این شمارهٔ گزارش غلط تایپی دارد: دست‌کم یک نویسه با رسیدت فرق دارد. لطفاً دوباره بررسی‌اش کن.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>این شبیه رسید Take It Down نیست. باید یک خط داشته باشد که با «Report number:» شروع شود و یک خط که با «Secret key:» شروع شود.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>‏Take It Down برای عکس‌ها و ویدیوهای کسی است که زیر ۱۸ سال دارد. لطفاً تأیید کن که فرد توی آن‌ها وقتی گرفته شدند زیر ۱۸ سال داشت.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>از هیچ‌کدام از این فایل‌ها نشد اثر انگشت ساخت، پس چیزی برای فرستادن نیست. عکس‌ها یا ویدیوها را دوباره اضافه کن، یا نسخهٔ دیگری از آن‌ها را.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>این اثر انگشت‌ها برای فرستادن در یک گزارش خیلی بزرگ‌اند (ویدیوهای طولانی خیلی اثر انگشت می‌سازند). لطفاً هر بار فایل‌های کمتری بفرست.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>این فایلِ اثر انگشت‌های ذخیره‌شدهٔ Take It Down نیست، یا بعد از ذخیره تغییر کرده. لطفاً فایلی را انتخاب کن که برنامه برایت ذخیره کرد.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>این فایل باز نشد. ببین هنوز آنجا هست یا نه.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>کلید مخفی %1 حرف و رقم دارد، ولی این یکی %2 تا دارد. ببین یکی کم یا زیاد نشده باشد.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>شمارهٔ گزارش %1 حرف و رقم دارد، ولی این یکی %2 تا دارد. ببین یکی کم یا زیاد نشده باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>«%1» نمی‌تواند در کلید مخفی باشد. در کلیدها فقط رقم‌های 0-9 و حرف‌های A-Z هست (بدون I، L، O و U)، و گاهی در آخرِ آخر یکی از * ~ $ = U.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>«%1» نمی‌تواند در شمارهٔ گزارش باشد. در شماره‌های گزارش فقط رقم‌های 0-9 و حرف‌های A-Z هست (بدون I، L، O و U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>یک گزارش حداکثر %1 فایل می‌تواند داشته باشد، و این یکی %2 تا دارد. لطفاً آن‌ها را در گروه‌های کوچک‌تر بفرست.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>این نسخهٔ Take It Down نمی‌داند گزارش‌ها را کجا بفرستد، برای همین نمی‌شود از آن استفاده کرد. تقصیر تو نیست. چیزی فرستاده نشده. لطفاً برنامه را دوباره از کسانی یا جایی که آن را به تو دادند بگیر. وقتی این پیام را ببندی، برنامه هم بسته می‌شود.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>دو سؤال کوتاه</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>اسمت یا هر چیز دیگری را که نشان بدهد کی هستی نمی‌پرسیم.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>در این عکس‌ها یا ویدیوها تو (یا نوجوانی که کمکش می‌کنی) زیر ۱۸ سال داشتی؟</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>بله، زیر ۱۸</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>نه، ۱۸ یا بیشتر</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>مطمئن نیستم</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>اشکالی ندارد. اگر ممکن است پیش از ۱۸ سالگی گرفته شده باشند، می‌توانی ادامه بدهی. ‏Take It Down برای هر چیزی است که شاید پیش از ۱۸ سالگی گرفته شده باشد.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>چه کسی از برنامه استفاده می‌کند؟</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>من همان کسی هستم که در عکس‌ها یا ویدیوهاست</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>من پدر یا مادر یا بزرگسالی مورد اعتمادم و به یک نوجوان کمک می‌کنم</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>من مشاور یا متخصص دیگری هستم و کمک می‌کنم</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>این همهٔ چیزی است که فرستاده می‌شود</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>در زیر کل گزارش آمده، دقیقاً همان‌طور که فرستاده می‌شود. فقط اثر انگشت دیجیتال در آن هست: نه تصویری، نه نام فایلی، نه اسمی و نه مکانی. «role» می‌گوید چه کسی آن را می‌فرستد، «attested_under_18» همان خانه‌ای است که پایین تیک می‌زنی، و «key_verifier» کمک می‌کند بعداً بدون گفتن اینکه کی هستی گزارش را بررسی کنی یا پس بگیری.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>گزارشی که فرستاده می‌شود</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>آنچه فرستاده می‌شود</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>پنهان کردن گزارش دقیق</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>نشان دادن گزارش دقیق</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>کپی متن گزارش</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>فرستادن اثر انگشت‌ها</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>تا «فرستادن اثر انگشت‌ها» را نزنی، چیزی فرستاده نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>‏%n اثر انگشت</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>اثر انگشت برای هر عکس: %1. بیشترشان اضافه‌اند، برای نسخه‌هایی که بریده شده‌اند یا کادرشان عوض شده، تا بشود آن‌ها را هم پیدا کرد.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>فقط اثر انگشت‌هایی مثل %1 فرستاده می‌شوند: بدون تصویر، نام یا مکان.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>بعضی تصویرها خیلی ساده یا تارند، برای همین اثر انگشتشان ضعیف است و پیدا کردنشان سخت‌تر. باز هم فرستاده می‌شوند و می‌توانند کمک کنند.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>عکس‌ها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>ویدیوها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>فایل‌های دیگر: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>کنار گذاشته شد چون خوانده نشد: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>تأیید می‌کنم که در این عکس‌ها و ویدیوها خودم هستم، وقتی زیر ۱۸ سال داشتم.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>تأیید می‌کنم که در آن‌ها نوجوانی است که کمکش می‌کنم، وقتی زیر ۱۸ سال داشت.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>اثر انگشت‌هایت ذخیره شد</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>در فایلی هستند که انتخاب کردی. هنوز چیزی فرستاده نشده. برای فرستادنشان، Take It Down را روی هر کامپیوتری که اینترنت دارد باز کن، «فرستادن اثر انگشت‌هایی که قبلاً ذخیره کردی» را انتخاب کن و این فایل را برگزین.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>این فایل کلید مخفی این گزارش را دارد. آن را خصوصی نگه دار و وقتی گزارش فرستاده شد پاکش کن.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>شروع دوباره</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>در حال فرستادن</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوباره امتحان کن</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>ذخیره برای فرستادن در بعد…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>چیزی از دست نرفته. می‌توانی اثر انگشت‌ها را در فایلی که خودت انتخاب می‌کنی ذخیره کنی و بعداً از هر کامپیوتری بفرستی.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>هنوز نتوانستیم بفرستیمش</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>در حال فرستادن اثر انگشت‌هایت…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>معمولاً چند ثانیه طول می‌کشد. فقط اثر انگشت‌ها فرستاده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>سؤال‌ها</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>اضافه کردن</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>فرستادن</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>مرحلهٔ %1 از %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>زبان برنامه را انتخاب کن. فوراً عوض می‌شود.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>می‌توانیم کمک کنیم این تصویرها پخش نشوند</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>اگر عکس یا ویدیوی برهنه یا جنسی‌ای از تو مربوط به پیش از ۱۸ سالگی‌ات وجود دارد، این برنامه می‌تواند کمک کند از وب‌سایت‌ها و برنامه‌ها پاک شوند، یا جلوی به اشتراک گذاشتنشان گرفته شود. تقصیر تو نیست، و تو به دردسر نیفتاده‌ای.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>تصویرهایت پیش خودت می‌مانند</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>عکس‌ها و ویدیوهایت روی همین کامپیوتر می‌مانند. هیچ‌وقت بارگذاری نمی‌شوند.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>فقط اثر انگشت‌ها فرستاده می‌شوند: کدهای کوتاهی که نمی‌شود دوباره به تصویر تبدیلشان کرد.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>لازم نیست نام، ایمیل یا شماره تلفنت را بدهی. رایگان است.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translatorcomment>In right-to-left layout the Quick exit button is mirrored to the top left, so this says top left.</translatorcomment>
        <translation>هر وقت بخواهی می‌توانی دست نگه داری. «خروج سریع» (بالا سمت چپ) برنامه را فوراً می‌بندد. می‌توانی سه بار Shift یا دو بار Escape را هم بزنی.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>این چطور کار می‌کند؟</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>بررسی یا پس گرفتن گزارش قبلی</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>فرستادن اثر انگشت‌هایی که قبلاً ذخیره کردی</translation>
    </message>
</context>
</TS>
