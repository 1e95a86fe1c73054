<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>إضافة الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>يمكنك هنا إضافة كل صورة أو فيديو تريد إزالته. تبقى الملفات على هذا الكمبيوتر: تُنشأ بصماتها الرقمية فقط. وتظهر مموّهة، فلا حاجة إلى رؤيتها.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>يمكنك سحب الصور ومقاطع الفيديو والمجلدات إلى هنا</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>اختيار الصور ومقاطع الفيديو…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>الصور ومقاطع الفيديو المضافة</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>الضغط على Delete يزيل العناصر المختارة. الضغط المطوّل على عنصر يعرضه.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>قد تكون رؤية هذه الصور مؤلمة، وقد يراها أيضًا شخص قريب منك. لا حاجة إلى النظر إليها: البصمات الرقمية تُنشأ في كل الأحوال. هل نعرضها رغم ذلك؟</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>عرضها</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>تركها مموّهة</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>إخفاء الصور</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>عرض الصور</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>تظهر الصور مموّهة إلا إذا اخترت رؤيتها.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>إزالة العناصر المختارة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>إيقاف إنشاء البصمات الرقمية</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>مُضاف من قبل، لذلك لم يُضَف مرة أخرى: %n.</numerusform>
            <numerusform>مُضاف من قبل، لذلك لم يُضَف مرة أخرى: %n.</numerusform>
            <numerusform>مُضاف من قبل، لذلك لم يُضَف مرة أخرى: %n.</numerusform>
            <numerusform>مُضاف من قبل، لذلك لم يُضَف مرة أخرى: %n.</numerusform>
            <numerusform>مُضاف من قبل، لذلك لم يُضَف مرة أخرى: %n.</numerusform>
            <numerusform>مُضاف من قبل، لذلك لم يُضَف مرة أخرى: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>لم تتم إضافة أي شيء بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>جارٍ إنشاء البصمات الرقمية: المتبقي %n.</numerusform>
            <numerusform>جارٍ إنشاء البصمات الرقمية: المتبقي %n.</numerusform>
            <numerusform>جارٍ إنشاء البصمات الرقمية: المتبقي %n.</numerusform>
            <numerusform>جارٍ إنشاء البصمات الرقمية: المتبقي %n.</numerusform>
            <numerusform>جارٍ إنشاء البصمات الرقمية: المتبقي %n.</numerusform>
            <numerusform>جارٍ إنشاء البصمات الرقمية: المتبقي %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>جارٍ البحث في المجلدات…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>جاهزة: %n.</numerusform>
            <numerusform>جاهزة: %n.</numerusform>
            <numerusform>جاهزة: %n.</numerusform>
            <numerusform>جاهزة: %n.</numerusform>
            <numerusform>جاهزة: %n.</numerusform>
            <numerusform>جاهزة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>بصمات رقمية ضعيفة لكنها مفيدة: %n.</numerusform>
            <numerusform>بصمة رقمية ضعيفة لكنها مفيدة: %n.</numerusform>
            <numerusform>بصمات رقمية ضعيفة لكنها مفيدة: %n.</numerusform>
            <numerusform>بصمات رقمية ضعيفة لكنها مفيدة: %n.</numerusform>
            <numerusform>بصمات رقمية ضعيفة لكنها مفيدة: %n.</numerusform>
            <numerusform>بصمات رقمية ضعيفة لكنها مفيدة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>تعذّرت قراءتها: %n.</numerusform>
            <numerusform>تعذّرت قراءتها: %n.</numerusform>
            <numerusform>تعذّرت قراءتها: %n.</numerusform>
            <numerusform>تعذّرت قراءتها: %n.</numerusform>
            <numerusform>تعذّرت قراءتها: %n.</numerusform>
            <numerusform>تعذّرت قراءتها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>عُرضت مرة واحدة لأنها تطابق ملفًا آخر: %n.</numerusform>
            <numerusform>عُرضت مرة واحدة لأنها تطابق ملفًا آخر: %n.</numerusform>
            <numerusform>عُرضت مرة واحدة لأنها تطابق ملفًا آخر: %n.</numerusform>
            <numerusform>عُرضت مرة واحدة لأنها تطابق ملفًا آخر: %n.</numerusform>
            <numerusform>عُرضت مرة واحدة لأنها تطابق ملفًا آخر: %n.</numerusform>
            <numerusform>عُرضت مرة واحدة لأنها تطابق ملفًا آخر: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>تعذّر البحث في بعض المجلدات. يمكنك محاولة إضافتها مرة أخرى.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>يمكنك إضافة المزيد، أو المتابعة.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>يمكنك الاستمرار في إضافة الملفات، أو الضغط على «إيقاف».</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>هذه الصورة بسيطة جدًا أو غير واضحة، لذلك بصمتها الرقمية ضعيفة ومطابقتها أصعب. لكنها تُرسل رغم ذلك، ويمكن أن تساعد.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>هذا الملف ليس صورة ولا مقطع فيديو، لذلك ستُرسَل بصمته الرقمية كملف فقط. ويمكنها مع ذلك العثور على النسخ المطابقة تمامًا لهذا الملف.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>هذه الخدمة للصور الملتقطة قبل سن 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>خدمة Take It Down مخصصة فقط للصور ومقاطع الفيديو التي التُقطت عندما كان عمر الشخص أقل من 18 سنة. لم يُرسل أي شيء. توجد خدمة مجانية تعمل بطريقة مشابهة للبالغين، وأشخاص يمكنك التحدث معهم:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>إذا كان عمرك وقتها غير مؤكد، يمكنك الرجوع واختيار «لا أعرف».</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>مراجعة بلاغ سابق أو سحبه</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>يمكنك كتابة رقم البلاغ والمفتاح السري الموجودين في إيصالك، أو فتح إيصال حفظته. سحب البلاغ يزيل بصماته الرقمية من القائمة.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>رقم البلاغ:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>المفتاح السري:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>رقم البلاغ</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>مراجعة البلاغ</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>فتح إيصال محفوظ…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>سحب هذا البلاغ…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>هل نسحب هذا البلاغ؟ ستُزال بصماته الرقمية من القائمة، فتتوقف المواقع والتطبيقات عن البحث عن هذه الصور. لا يمكن التراجع عن ذلك، لكن يمكنك دائمًا إرسال بلاغ جديد.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>نعم، سحب البلاغ</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>لا، الاحتفاظ به</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>جارٍ السحب…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>تم سحب هذا البلاغ. لم تعد بصماته الرقمية في القائمة. وصل البلاغ بتاريخ %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>هذا البلاغ فعّال. وصل بتاريخ %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>عدد الملفات التي فيه بصماتها الرقمية: %n.</numerusform>
            <numerusform>عدد الملفات التي فيه بصماتها الرقمية: %n.</numerusform>
            <numerusform>عدد الملفات التي فيه بصماتها الرقمية: %n.</numerusform>
            <numerusform>عدد الملفات التي فيه بصماتها الرقمية: %n.</numerusform>
            <numerusform>عدد الملفات التي فيه بصماتها الرقمية: %n.</numerusform>
            <numerusform>عدد الملفات التي فيه بصماتها الرقمية: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>تم إرسال بلاغك</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>تمّ بنجاح. هذا إيصالك. يلزمك لمراجعة البلاغ لاحقًا.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>رقم البلاغ:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>المفتاح السري:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>من المهم حفظ هذين الاثنين في مكان آمن وخاص. يلزمك كلاهما لمراجعة بلاغك أو لسحبه. إذا فقدتهما، لا يمكن لأحد استعادتهما، ولا حتى نحن. أي شخص لديه الاثنان يمكنه سحب البلاغ.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>نسخ الإيصال</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>حفظ الإيصال باسم…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>تضيف NCMEC بصماتك الرقمية إلى قائمتها. تستخدم المواقع والتطبيقات المشاركة هذه القائمة للعثور على النسخ وإزالتها، أو لمنع نشرها. لن تصلك رسالة عن ذلك، لأنه لا أحد يعرف من أنت. يمكنك مراجعة بلاغك بهذا التطبيق في أي وقت.

الرجاء عدم مشاركة الصور أو مقاطع الفيديو في أي مكان، ولا حتى للإبلاغ عنها. إرسالها مرة أخرى قد يزيد انتشارها.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>لست وحدك في هذا</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>إذا كان هناك ما يقلقك أو يضايقك، أو كان أحد يهددك، فهذه الخدمات المجانية والخاصة يمكنها مساعدتك:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>إغلاق التطبيق</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>المجلد الشخصي</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>مقاطع الفيديو</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>يمكنك اختيار صور أو مقاطع فيديو أو مجلدات كاملة. لاختيار أكثر من عنصر، يمكنك إبقاء Ctrl مضغوطًا.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>يمكنك اختيار ملف البصمات الرقمية الذي حفظته من قبل.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>يمكنك اختيار مجلد، ثم كتابة اسم للملف.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>إلى المجلد الأعلى</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>الملفات والمجلدات</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>يوجد هنا ملف بهذا الاسم. الحفظ سيستبدله.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>اطلب المساعدة الآن</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>لست وحدك في هذا. هذه الخدمات مجانية وخاصة. إذا كان أحد يهددك أو يطلب منك صورًا، يمكنك إخبار إحدى هذه الخدمات أو شخص بالغ تثق به. لن يسبب لك ذلك أي مشكلة.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>كيف يعمل هذا؟</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>تبقى صورتك أو الفيديو على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>يُنشئ التطبيق بصماتها الرقمية هنا</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>تُرسل البصمات الرقمية فقط إلى Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>تبحث المواقع والتطبيقات عن الصور المطابقة وتزيلها</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>ما هي البصمة الرقمية؟</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>البصمة الرقمية، ويسميها خبراء الكمبيوتر تجزئة (hash)، هي رمز قصير يُحسب من صورة أو فيديو. الصورة نفسها تعطي دائمًا الرمز نفسه. لا يمكن تحويل الرمز إلى الصورة من جديد، لذلك لا يستطيع أحد رؤية صورتك منه.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>بصمات رقمية للملف (MD5 و SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>تجد هذه البصمات النسخ المطابقة تمامًا للملف نفسه. إذا تغيّر ولو جزء صغير جدًا من الملف، يتغيّر الرمز أيضًا.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>بصمات رقمية للصورة (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>تُحسب هذه البصمة من شكل الصورة، لذلك يمكنها أيضًا العثور على نسخ صُغّرت أو حُفظت من جديد أو تغيّرت قليلًا. الصور البسيطة جدًا أو غير الواضحة تعطي بصمة رقمية ضعيفة، ومطابقتها أصعب. لكنها تُرسل رغم ذلك.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>النسخ المعدّلة</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>تحصل كل صورة أيضًا على بصمات رقمية إضافية للطرق التي تُغيَّر بها النسخ غالبًا: قصّ جانب واحد منها، أو تكبيرها، أو جعلها مربعة، أو تدويرها، أو وضعها في قصة (ستوري) أو تحت نص مكتوب. لذلك يمكن العثور على هذه النسخ بدون بلاغ جديد. بعض التغييرات ما زالت لا تُكتشف: نسخة مقصوصة من كل الجوانب، أو لقطة شاشة، أو نسخة عليها ملصقات. إذا وجدت نسخة مثل هذه، يمكنك إرسالها في بلاغ جديد.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>بصمات رقمية للفيديو</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>في الفيديو، يُنشئ التطبيق بصمة رقمية للصورة لإطار واحد تقريبًا كل ثانية، بالإضافة إلى البصمات الرقمية للملف.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>ماذا يحدث للبصمات الرقمية؟</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>تضيفها NCMEC إلى قائمة. تقارن المواقع والتطبيقات المشاركة المنشورات بهذه القائمة. إذا تطابق شيء، يمكنها إزالته أو منع نشره. لا أحد يرى صورك بسبب هذا التطبيق.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>ما لا يستطيع Take It Down فعله</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>لا يستطيع إزالة الصور من المواقع والتطبيقات غير المشاركة، ولا من الرسائل الخاصة. الصور التي تغيّرت كثيرًا قد لا تتطابق.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>فيديو %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>جارٍ إنشاء البصمة الرقمية… %1٪</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>جارٍ إنشاء البصمة الرقمية…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>جاهز: بصمة الملف فقط</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>جاهز (بصمة رقمية ضعيفة)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>جاهز جزئيًا</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>تم الإيقاف</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>تعذّرت قراءة هذا الملف</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>بقيت أقل من دقيقة.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>بقيت %n دقيقة تقريبًا.</numerusform>
            <numerusform>بقيت %n دقيقة تقريبًا.</numerusform>
            <numerusform>بقيت %n دقيقة تقريبًا.</numerusform>
            <numerusform>بقيت %n دقيقة تقريبًا.</numerusform>
            <numerusform>بقيت %n دقيقة تقريبًا.</numerusform>
            <numerusform>بقيت %n دقيقة تقريبًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Arabic writes a colon and a space between the two.</translatorcomment>
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
        <translation>تعذّر فتح هذا الملف أو حفظه هناك. يمكنك تجربة مكان آخر.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>حدثت مشكلة ما. هذا ليس خطأك. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>أماكن للتحدث مع شخص ما</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>يغلق التطبيق فورًا وينسى كل شيء. يمكنك أيضًا الضغط على Shift ثلاث مرات، أو على Escape مرتين.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>تم النسخ. يمكنك لصقه في مكان خاص. عند إغلاق التطبيق، يمسح الحافظة إذا كان الإيصال لا يزال فيها.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>تم الحفظ. من المهم إبقاء الملف في مكان خاص.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>لم نجد هذا الملف. ربما نُقل أو حُذف.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>هذا ليس صورة أو فيديو، لذلك لا نستطيع إنشاء بصمة رقمية له. يمكنك إزالته والمتابعة.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>لم يسمح لنا هذا الكمبيوتر بفتح هذا المجلد، لذلك لم يُضف أي شيء منه.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>لم يسمح لنا هذا الكمبيوتر بفتح هذا الملف. يمكنك نسخه إلى مكان آخر والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>هذا الملف فارغ، لذلك لا يمكن إنشاء بصمة رقمية له.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>هذا الملف أكبر من أن نقرأه. يمكنك إزالته والمتابعة.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>تقول هذه الصورة إنها أكبر بكثير من أي صورة حقيقية، لذلك لم نفتحها. يمكنك إزالتها والمتابعة.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>يبدو أن هذه الصورة تالفة، لذلك لم نتمكن من إنشاء البصمة الرقمية للصورة. لكن البصمة الرقمية للملف أُنشئت رغم ذلك.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>يبدو أن هذا الفيديو تالف، لذلك لم نتمكن من إنشاء البصمة الرقمية للفيديو. لكن البصمة الرقمية للملف أُنشئت رغم ذلك.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>لا نستطيع قراءة هذا النوع من الملفات بعد. يمكنك إزالته والمتابعة.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>تم الإيقاف قبل الانتهاء من هذا الملف.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>حدثت مشكلة أثناء قراءة هذا الملف. يمكنك إزالته والمتابعة، أو المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>لم نتمكن من الوصول إلى خدمة Take It Down. يُرجى التأكد من الاتصال بالإنترنت، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>لم يسمح لنا الخادم الوكيل (proxy) في شبكتك بالوصول إلى خدمة Take It Down. يمكنك المحاولة مرة أخرى على شبكة أخرى، مثل شبكة Wi-Fi في المنزل أو بيانات الهاتف.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>تأخرت خدمة Take It Down كثيرًا في الرد. يُرجى المحاولة مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>لم نتمكن من التأكد من أننا نتواصل مع خدمة Take It Down الحقيقية، لذلك لم يُرسل أي شيء. قد يحدث هذا على شبكات المدارس أو العمل. يمكنك المحاولة مرة أخرى على شبكة أخرى، مثل شبكة Wi-Fi في المنزل أو بيانات الهاتف.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>حدثت مشكلة من جهة خدمة Take It Down. هذا ليس خطأك. يُرجى المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>تصل الآن بلاغات كثيرة من شبكتك. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>لم نجد بلاغًا يطابق رقم البلاغ والمفتاح السري اللذين كتبتهما. يُرجى مقارنتهما بالإيصال للتأكد من عدم وجود أخطاء في الكتابة.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>لم تتمكن خدمة Take It Down من قبول هذا البلاغ. يُرجى محاولة إرسال ملفات أقل في كل مرة، أو تحديث التطبيق.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>عنوان الخدمة ليس عنوانًا آمنًا (https://)، لذلك لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>إعداد الخادم الوكيل (proxy) غير صحيح. يجب أن يكون مثل socks5://localhost:9050 أو http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>بصماتك الرقمية لا تزال هنا، جاهزة للإرسال.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>إيصال Take It Down

برقم البلاغ («Report number») والمفتاح السري («Secret key») المكتوبين في الأسفل، يمكنك مراجعة بلاغك أو سحبه.
من المهم أن يبقى الاثنان سرًّا: أي شخص لديه الاثنان يمكنه سحب البلاغ.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>يُرجى كتابة المفتاح السري من إيصالك أو لصقه.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>يُرجى كتابة رقم البلاغ من إيصالك أو لصقه.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>الحرف الأخير فقط يمكن أن يكون * ~ $ = أو U. تستخدم المفاتيح الأرقام من 0 إلى 9 والحروف من A إلى Z فقط (بدون I أو L أو O أو U)، وأحيانًا أحد الرموز * ~ $ = U في النهاية تمامًا.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>يوجد خطأ في كتابة هذا المفتاح السري: حرف واحد على الأقل يختلف عن إيصالك. يُرجى مراجعة كل مجموعة مرة أخرى.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>يوجد خطأ في كتابة رقم البلاغ هذا: حرف واحد على الأقل يختلف عن إيصالك. يُرجى مراجعته مرة أخرى.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>لا يبدو هذا إيصالًا من Take It Down. يجب أن يحتوي على سطر يبدأ بـ «Report number:» وسطر يبدأ بـ «Secret key:».</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>خدمة Take It Down مخصصة لصور ومقاطع فيديو شخص عمره أقل من 18 سنة. يُرجى تأكيد أن عمر الشخص الظاهر فيها كان أقل من 18 سنة عند التقاطها.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>تعذّر إنشاء بصمة رقمية لأي من هذه الملفات، لذلك لا يوجد شيء لإرساله. يمكنك محاولة إضافة الصور أو مقاطع الفيديو مرة أخرى، أو إضافة نسخ أخرى منها.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>هذه البصمات الرقمية أكبر من أن تُرسل في بلاغ واحد (مقاطع الفيديو الطويلة تُنشئ الكثير منها). يُرجى إرسال ملفات أقل في كل مرة.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>هذا ليس ملف بصمات رقمية محفوظًا من Take It Down، أو أنه تغيّر بعد حفظه. يُرجى اختيار الملف الذي حفظه التطبيق لك.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>تعذّر فتح هذا الملف. يُرجى التأكد من أنه لا يزال موجودًا.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>عدد الحروف والأرقام في المفتاح السري هو %1، لكن في هذا المفتاح %2. يُرجى التحقق من وجود حرف ناقص أو زائد.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>عدد الحروف والأرقام في رقم البلاغ هو %1، لكن في هذا الرقم %2. يُرجى التحقق من وجود حرف ناقص أو زائد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>لا يمكن أن يكون «%1» في المفتاح السري. تستخدم المفاتيح الأرقام من 0 إلى 9 والحروف من A إلى Z فقط (بدون I أو L أو O أو U)، وأحيانًا أحد الرموز * ~ $ = U في النهاية تمامًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>لا يمكن أن يكون «%1» في رقم البلاغ. تستخدم أرقام البلاغات الأرقام من 0 إلى 9 والحروف من A إلى Z فقط (بدون I أو L أو O أو U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>الحد الأقصى لعدد الملفات في البلاغ الواحد هو %1، وفي هذا البلاغ %2. يُرجى إرسالها في مجموعات أصغر.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>هذه النسخة من Take It Down لا تعرف إلى أين ترسل البلاغات، لذلك لا يمكن استخدامها. هذا ليس خطأك. لم يُرسل أي شيء. يُرجى الحصول على التطبيق مرة أخرى من الأشخاص أو المكان الذي حصلت عليه منه. عند إغلاق هذه الرسالة، سيُغلق التطبيق أيضًا.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>سؤالان سريعان</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>لا نطلب اسمك ولا أي شيء آخر قد يكشف من أنت.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>هل كان عمرك (أو عمر الشخص الذي تساعده) أقل من 18 في هذه الصور أو مقاطع الفيديو؟</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>نعم، أقل من 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>لا، 18 أو أكثر</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>لا بأس. إذا كان من الممكن أنها التُقطت قبل سن 18، يمكنك المتابعة. خدمة Take It Down مخصصة لكل ما قد يكون التُقط قبل سن 18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>من يستخدم التطبيق؟</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>أنا الشخص الظاهر في الصور أو مقاطع الفيديو</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translatorcomment>Glossary term adapted for first person: an adult that a young person trusts.</translatorcomment>
        <translation>أنا أحد الوالدين أو شخص بالغ يثق به شخص صغير، وأساعده</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>أعمل في الإرشاد أو في مهنة أخرى، وأقدّم المساعدة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>هذا كل ما سيُرسل</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>في الأسفل البلاغ كاملًا، تمامًا كما سيُرسل. فيه بصمات رقمية فقط: لا صور، ولا أسماء ملفات، ولا أسماء، ولا موقع. الحقل «role» يقول من يرسل البلاغ، والحقل «attested_under_18» هو مربع التأكيد في الأسفل، والحقل «key_verifier» يتيح لك مراجعة البلاغ أو سحبه لاحقًا دون كشف هويتك.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>البلاغ الذي سيُرسل</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>ما سيُرسَل</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>إخفاء البلاغ كما هو بالضبط</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>عرض البلاغ كما هو بالضبط</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>نسخ نص البلاغ</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>إرسال البصمات الرقمية</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>لا يُرسل أي شيء قبل الضغط على «إرسال البصمات الرقمية».</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>بصمات رقمية: %n</numerusform>
            <numerusform>بصمات رقمية: %n</numerusform>
            <numerusform>بصمات رقمية: %n</numerusform>
            <numerusform>بصمات رقمية: %n</numerusform>
            <numerusform>بصمات رقمية: %n</numerusform>
            <numerusform>بصمات رقمية: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>البصمات الرقمية لكل صورة: %1. معظمها بصمات إضافية لنسخ قُصّت أو تغيّر إطارها، حتى يمكن العثور عليها أيضًا.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>تُرسَل بصمات رقمية فقط مثل %1: لا صور ولا أسماء ولا أماكن.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>بعض الصور بسيطة جدًا أو غير واضحة، لذلك بصماتها الرقمية ضعيفة ومطابقتها أصعب. لكنها تُرسل رغم ذلك، ويمكن أن تساعد.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>الصور: %n.</numerusform>
            <numerusform>الصور: %n.</numerusform>
            <numerusform>الصور: %n.</numerusform>
            <numerusform>الصور: %n.</numerusform>
            <numerusform>الصور: %n.</numerusform>
            <numerusform>الصور: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>مقاطع الفيديو: %n.</numerusform>
            <numerusform>مقاطع الفيديو: %n.</numerusform>
            <numerusform>مقاطع الفيديو: %n.</numerusform>
            <numerusform>مقاطع الفيديو: %n.</numerusform>
            <numerusform>مقاطع الفيديو: %n.</numerusform>
            <numerusform>مقاطع الفيديو: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>ملفات أخرى: %n.</numerusform>
            <numerusform>ملفات أخرى: %n.</numerusform>
            <numerusform>ملفات أخرى: %n.</numerusform>
            <numerusform>ملفات أخرى: %n.</numerusform>
            <numerusform>ملفات أخرى: %n.</numerusform>
            <numerusform>ملفات أخرى: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>لم تُضمَّن لأن قراءتها تعذّرت: %n.</numerusform>
            <numerusform>لم تُضمَّن لأن قراءتها تعذّرت: %n.</numerusform>
            <numerusform>لم تُضمَّن لأن قراءتها تعذّرت: %n.</numerusform>
            <numerusform>لم تُضمَّن لأن قراءتها تعذّرت: %n.</numerusform>
            <numerusform>لم تُضمَّن لأن قراءتها تعذّرت: %n.</numerusform>
            <numerusform>لم تُضمَّن لأن قراءتها تعذّرت: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>أؤكد أن هذه الصور ومقاطع الفيديو تُظهرني عندما كان عمري أقل من 18 سنة.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>أؤكد أن هذه الصور ومقاطع الفيديو تُظهر الشخص الصغير الذي أساعده، عندما كان عمره أقل من 18 سنة.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>تم حفظ بصماتك الرقمية</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>إنها في الملف الذي اخترته. لم يُرسل أي شيء بعد. لإرسالها، يمكنك فتح Take It Down على أي كمبيوتر متصل بالإنترنت، واختيار «إرسال بصمات رقمية حفظتها من قبل»، ثم اختيار هذا الملف.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>يحتوي الملف على المفتاح السري لهذا البلاغ. من المهم إبقاؤه خاصًا، وحذفه بعد إرسال البلاغ.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>حفظ البصمات الرقمية لإرسالها لاحقًا…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>لم يضع أي شيء. يمكنك أيضًا حفظ البصمات الرقمية في ملف من اختيارك، وإرسالها لاحقًا من أي كمبيوتر.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>لم نتمكن من إرساله بعد</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>جارٍ إرسال بصماتك الرقمية…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>يستغرق هذا عادةً بضع ثوانٍ. تُرسل البصمات الرقمية فقط.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>الإضافة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>يمكنك اختيار لغة التطبيق. تتغير فورًا.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>يمكننا المساعدة في منع انتشار هذه الصور</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>إذا كانت هناك صور أو مقاطع فيديو عارية أو جنسية لك من قبل بلوغك 18 سنة، يمكن لهذا التطبيق المساعدة في إزالتها من المواقع والتطبيقات، أو منع مشاركتها. هذا ليس خطأك، ولست في ورطة.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>صورك تبقى معك</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>تبقى صورك ومقاطع الفيديو الخاصة بك على هذا الكمبيوتر. لا تُرفَع أبدًا.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>تُرسَل البصمات الرقمية فقط: رموز قصيرة لا يمكن تحويلها إلى صور مرة أخرى.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>لا تعطي اسمك ولا بريدك الإلكتروني ولا رقم هاتفك. الخدمة مجانية.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translatorcomment>In right-to-left layout the Quick exit button is mirrored to the top left, so this says top left.</translatorcomment>
        <translation>يمكنك التوقف في أي وقت. زر «خروج سريع» (أعلى اليسار) يغلق التطبيق فورًا. يمكنك أيضًا الضغط على Shift ثلاث مرات، أو على Escape مرتين.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>كيف يعمل هذا؟</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>مراجعة بلاغ سابق أو سحبه</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>إرسال بصمات رقمية حفظتها من قبل</translation>
    </message>
</context>
</TS>
