<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>تصویریں اور ویڈیوز شامل کریں</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>ہر وہ تصویر یا ویڈیو شامل کریں جسے آپ ہٹوانا چاہیں۔ یہ اسی کمپیوٹر پر رہتی ہیں: صرف ان کے ڈیجیٹل فنگر پرنٹ بنتے ہیں۔ یہ دھندلی دکھائی دیتی ہیں، اس لیے آپ کو انہیں دیکھنا نہیں پڑے گا۔</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>تصویریں، ویڈیوز یا فولڈر یہاں گھسیٹ کر لائیں</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>تصویریں اور ویڈیوز چنیں…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>شامل کی گئی تصویریں اور ویڈیوز</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>چنی ہوئی چیزیں ہٹانے کے لیے Delete دبائیں۔ کوئی ایک دیکھنے کے لیے اسے دبا کر رکھیں۔</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>یہ تصویریں دیکھ کر دل دکھ سکتا ہے، اور آپ کے آس پاس کوئی اور بھی انہیں دیکھ سکتا ہے۔ انہیں دیکھنا ضروری نہیں: فنگر پرنٹ ہر حال میں بن جاتے ہیں۔ پھر بھی دکھائیں؟</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>دھندلی رہنے دیں</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>تصویریں چھپائیں</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>تصویریں دکھائیں</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>تصویریں دھندلی رہتی ہیں، جب تک آپ انہیں دیکھنے کا فیصلہ نہ کریں۔</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>چنی ہوئی چیزیں ہٹائیں</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>فنگر پرنٹ بنانا روکیں</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>آگے بڑھیں</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>پہلے سے شامل تھا، اس لیے دوبارہ شامل نہیں کیا گیا: %n۔</numerusform>
            <numerusform>پہلے سے شامل تھے، اس لیے دوبارہ شامل نہیں کیے گئے: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>ابھی تک کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>فنگر پرنٹ بن رہے ہیں: %n باقی ہے۔</numerusform>
            <numerusform>فنگر پرنٹ بن رہے ہیں: %n باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>فولڈر دیکھے جا رہے ہیں…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>تیار: %n۔</numerusform>
            <numerusform>تیار: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>کمزور فنگر پرنٹ، پھر بھی کارآمد: %n۔</numerusform>
            <numerusform>کمزور فنگر پرنٹ، پھر بھی کارآمد: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>پڑھی نہیں جا سکی: %n۔</numerusform>
            <numerusform>پڑھی نہیں جا سکیں: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>ایک ہی بار دکھائی گئی، کیونکہ یہ کسی اور فائل جیسی تھی: %n۔</numerusform>
            <numerusform>ایک ہی بار دکھائی گئیں، کیونکہ یہ کسی اور فائل جیسی تھیں: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>کچھ فولڈر دیکھے نہیں جا سکے۔ انہیں دوبارہ شامل کر کے دیکھیں۔</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>چاہیں تو مزید شامل کریں، یا آگے بڑھیں۔</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>چاہیں تو فائلیں شامل کرتے رہیں، یا “روکیں” دبائیں۔</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>یہ تصویر بہت سادہ یا دھندلی ہے، اس لیے اس کا فنگر پرنٹ کمزور ہے اور اس کا میل ڈھونڈنا زیادہ مشکل ہے۔ یہ پھر بھی بھیجا جاتا ہے، اور پھر بھی مدد کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>یہ تصویر یا ویڈیو نہیں ہے، اس لیے صرف اس فائل کا فنگر پرنٹ بھیجا جائے گا۔ اس سے بھی اس فائل کی بالکل ویسی ہی کاپیاں مل سکتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>یہ سروس 18 سال سے پہلے لی گئی تصویروں کے لیے ہے</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>‏Take It Down صرف ان تصویروں اور ویڈیوز کے لیے ہے جو کسی کی 18 سال سے کم عمر میں لی گئیں۔ کچھ نہیں بھیجا گیا۔ بالغوں کے لیے ایک مفت سروس ہے جو ملتے جلتے طریقے سے کام کرتی ہے، اور ایسے لوگ بھی جن سے آپ بات کر سکیں:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>اگر آپ کو یقین نہیں کہ اُس وقت آپ کی عمر کیا تھی، تو واپس جائیں اور “مجھے یقین نہیں” چنیں۔</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>پچھلی رپورٹ دیکھیں یا واپس لیں</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>اپنی رسید سے رپورٹ نمبر اور خفیہ کلید لکھیں، یا محفوظ کی ہوئی رسید کھولیں۔ رپورٹ واپس لینے سے اس کے ڈیجیٹل فنگر پرنٹ فہرست سے ہٹ جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>رپورٹ نمبر:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>خفیہ کلید:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>رپورٹ نمبر</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>خفیہ کلید</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>رپورٹ دیکھیں</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>محفوظ کی ہوئی رسید کھولیں…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>یہ رپورٹ واپس لیں…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>یہ رپورٹ واپس لیں؟ اس کے فنگر پرنٹ فہرست سے ہٹا دیے جائیں گے، اس لیے ویب سائٹس اور ایپس ان تصویروں کو ڈھونڈنا بند کر دیں گی۔ یہ عمل پلٹا نہیں جا سکتا، لیکن نئی رپورٹ کبھی بھی بھیجی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>ہاں، واپس لیں</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>نہیں، رہنے دیں</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>واپس لی جا رہی ہے…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>یہ رپورٹ واپس لے لی گئی ہے۔ اس کے فنگر پرنٹ اب فہرست میں نہیں ہیں۔ یہ %1 کو موصول ہوئی تھی۔</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>یہ رپورٹ فعال ہے۔ یہ %1 کو موصول ہوئی تھی۔</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>اس میں فنگر پرنٹ والی فائلیں: %n۔</numerusform>
            <numerusform>اس میں فنگر پرنٹ والی فائلیں: %n۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>آپ کی رپورٹ بھیج دی گئی</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>ہو گیا۔ یہ رہی آپ کی رسید۔ بعد میں رپورٹ دیکھنے کے لیے آپ کو اس کی ضرورت ہوگی۔</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>رپورٹ نمبر:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>خفیہ کلید:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>ان دونوں کو کسی محفوظ اور نجی جگہ رکھیں۔ اپنی رپورٹ دیکھنے یا واپس لینے کے لیے آپ کو دونوں کی ضرورت ہوگی۔ اگر یہ کھو جائیں تو کوئی انہیں دوبارہ حاصل نہیں کر سکتا، ہم بھی نہیں۔ جس کے پاس بھی یہ دونوں ہوں، وہ رپورٹ واپس لے سکتا ہے۔</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>رسید کاپی کریں</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>رسید محفوظ کریں…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>آگے کیا ہوگا</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>‏NCMEC آپ کے ڈیجیٹل فنگر پرنٹ اپنی فہرست میں شامل کرتا ہے۔ حصہ لینے والی ویب سائٹس اور ایپس اس فہرست سے کاپیاں ڈھونڈ کر ہٹا دیتی ہیں، یا انہیں پوسٹ ہونے سے روک دیتی ہیں۔ آپ کو اس بارے میں کوئی پیغام نہیں آئے گا، کیونکہ کوئی نہیں جانتا کہ آپ کون ہیں۔ آپ کسی بھی وقت اس ایپ سے اپنی رپورٹ دیکھ سکتے ہیں۔

براہِ کرم یہ تصویریں یا ویڈیوز کہیں بھی شیئر نہ کریں، رپورٹ کرنے کے لیے بھی نہیں۔ انہیں دوبارہ بھیجنے سے یہ اور پھیل سکتی ہیں۔</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>آپ کو اس کا اکیلے سامنا نہیں کرنا</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>اگر آپ کو فکر ہے یا دل پریشان ہے، یا کوئی آپ کو دھمکا رہا ہے، تو یہ مفت اور نجی سروسز مدد کر سکتی ہیں:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>ایپ بند کریں</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>ڈیسک ٹاپ</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>تصویریں</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ویڈیوز</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ڈاؤن لوڈز</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>تصویریں، ویڈیوز یا پورے فولڈر چنیں۔ ایک سے زیادہ چننے کے لیے Ctrl دبا کر رکھیں۔</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>فنگر پرنٹ کی وہ فائل چنیں جو آپ نے پہلے محفوظ کی تھی۔</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>ایک فولڈر چنیں، پھر فائل کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>فوری باہر نکلیں</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>ایک فولڈر اوپر</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>فائلیں اور فولڈر</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>فائل کا نام:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>فائل کا نام</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>یہاں اس نام کی ایک فائل پہلے سے موجود ہے۔ محفوظ کرنے سے اس کی جگہ نئی فائل آ جائے گی۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>ابھی مدد حاصل کریں</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>آپ کو اس کا اکیلے سامنا نہیں کرنا۔ یہ سروسز مفت اور نجی ہیں۔ اگر کوئی آپ کو دھمکا رہا ہے یا تصویریں مانگ رہا ہے، تو آپ ان میں سے کسی سروس کو یا کسی قابلِ اعتماد بڑے کو بتا سکتے ہیں۔ آپ کو کوئی سزا نہیں ملے گی۔</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>یہ کیسے کام کرتا ہے؟</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>آپ کی تصویر یا ویڈیو اسی کمپیوٹر پر رہتی ہے</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>ایپ اس کے ڈیجیٹل فنگر پرنٹ یہیں بناتی ہے</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>صرف فنگر پرنٹ Take It Down کو بھیجے جاتے ہیں</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>ویب سائٹس اور ایپس ملتی کاپیاں ڈھونڈ کر ہٹا دیتی ہیں</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>ڈیجیٹل فنگر پرنٹ کیا ہے؟</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>ڈیجیٹل فنگر پرنٹ — کمپیوٹر والے اسے ہیش (hash) کہتے ہیں — ایک چھوٹا سا کوڈ ہے جو کسی تصویر یا ویڈیو سے نکالا جاتا ہے۔ ایک ہی تصویر سے ہمیشہ ایک ہی کوڈ بنتا ہے۔ اس کوڈ کو دوبارہ تصویر میں نہیں بدلا جا سکتا، اس لیے اس سے کوئی آپ کی تصویر نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>فائل کے فنگر پرنٹ (MD5 اور SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>یہ ایک ہی فائل کی ہو بہو کاپیوں سے ملتے ہیں۔ اگر فائل کا ذرا سا حصہ بھی بدل جائے، تو کوڈ بھی بدل جاتا ہے۔</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>تصویر کے فنگر پرنٹ (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>یہ اس سے نکالا جاتا ہے کہ تصویر دیکھنے میں کیسی ہے، اس لیے یہ ان کاپیوں کو بھی ڈھونڈ سکتا ہے جنہیں چھوٹا کیا گیا، دوبارہ محفوظ کیا گیا یا تھوڑا بدلا گیا۔ بہت سادہ یا دھندلی تصویروں سے کمزور فنگر پرنٹ بنتا ہے، جس کا میل ڈھونڈنا زیادہ مشکل ہوتا ہے۔ یہ پھر بھی بھیجا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>بدلی ہوئی کاپیاں</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>کاپیاں اکثر جن طریقوں سے بدلی جاتی ہیں، ان کے لیے ہر تصویر کے کچھ اور فنگر پرنٹ بھی بنتے ہیں: ایک طرف سے کاٹنا، زوم کرنا، چوکور بنانا، گھمانا، اسٹوری میں یا کسی کیپشن کے نیچے لگانا۔ اس لیے ایسی کاپیاں نئی رپورٹ کے بغیر مل سکتی ہیں۔ کچھ تبدیلیاں اب بھی پکڑ میں نہیں آتیں: ہر طرف سے کٹی ہوئی کاپی، اسکرین شاٹ، یا ایسی کاپی جس پر اسٹیکر لگے ہوں۔ اگر آپ کو ایسی کوئی کاپی ملے تو اسے نئی رپورٹ میں بھیجا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>ویڈیو کے فنگر پرنٹ</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>ویڈیو کے لیے ایپ تقریباً ہر سیکنڈ کے ایک فریم کا تصویر والا فنگر پرنٹ بناتی ہے، اور ساتھ میں فائل کے فنگر پرنٹ بھی۔</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>فنگر پرنٹ کے ساتھ کیا ہوتا ہے؟</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>‏NCMEC انہیں ایک فہرست میں شامل کرتا ہے۔ حصہ لینے والی ویب سائٹس اور ایپس پوسٹس کو اس فہرست سے ملا کر دیکھتی ہیں۔ اگر کچھ مل جائے، تو وہ اسے ہٹا سکتی ہیں یا پوسٹ ہونے سے روک سکتی ہیں۔ اس ایپ کی وجہ سے کوئی آپ کی تصویریں نہیں دیکھتا۔</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>‏Take It Down کیا نہیں کر سکتا</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>یہ ان ویب سائٹس اور ایپس سے تصویریں نہیں ہٹا سکتا جو حصہ نہیں لیتیں، اور نہ ہی نجی پیغامات سے۔ جن تصویروں کو بہت زیادہ بدلا گیا ہو، شاید ان کا میل نہ ملے۔</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>تصویر %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>ویڈیو %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>فائل %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>انتظار میں</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>فنگر پرنٹ بن رہا ہے… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>فنگر پرنٹ بن رہا ہے…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>تیار: صرف فائل کا فنگر پرنٹ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>تیار</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>تیار (کمزور فنگر پرنٹ)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>کچھ حد تک تیار</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>یہ فائل پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>ایک منٹ سے کم باقی ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>تقریباً %n منٹ باقی ہے۔</numerusform>
            <numerusform>تقریباً %n منٹ باقی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Urdu writes a colon and a space between the two.</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translation>%1۔ %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>یہ فائل وہاں کھولی یا محفوظ نہیں کی جا سکی۔ کوئی اور جگہ آزمائیں۔</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>کچھ گڑبڑ ہو گئی۔ اس میں آپ کا کوئی قصور نہیں۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>مدد حاصل کریں</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>کسی سے بات کرنے کی جگہیں</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>فوری باہر نکلیں</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>ایپ کو فوراً بند کر کے سب کچھ بھلا دیتا ہے۔ آپ Shift تین بار، یا Escape دو بار بھی دبا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>کاپی ہو گئی۔ اسے کسی نجی جگہ پیسٹ کریں۔ ایپ بند ہوتے وقت کلپ بورڈ صاف کر دیتی ہے، اگر رسید ابھی تک وہاں ہو۔</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>محفوظ ہو گئی۔ فائل کسی نجی جگہ رکھیں۔</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>ہمیں یہ فائل نہیں ملی۔ شاید اسے کہیں اور منتقل کر دیا گیا ہے یا مٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>یہ تصویر یا ویڈیو نہیں ہے، اس لیے ہم اس کا فنگر پرنٹ نہیں بنا سکتے۔ آپ اسے ہٹا کر آگے بڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>اس کمپیوٹر نے ہمیں یہ فولڈر کھولنے نہیں دیا، اس لیے اس میں سے کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>اس کمپیوٹر نے ہمیں یہ فائل کھولنے نہیں دی۔ آپ اسے کسی اور جگہ کاپی کر کے دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>یہ فائل خالی ہے، اس لیے فنگر پرنٹ بنانے کے لیے اس میں کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>یہ فائل ہمارے پڑھنے کے لیے بہت بڑی ہے۔ آپ اسے ہٹا کر آگے بڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>یہ تصویر خود کو کسی بھی اصل تصویر سے کہیں بڑا بتاتی ہے، اس لیے ہم نے اسے نہیں کھولا۔ آپ اسے ہٹا کر آگے بڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>یہ تصویر خراب لگتی ہے، اس لیے ہم اس کا تصویر والا فنگر پرنٹ نہیں بنا سکے۔ اس کی فائل کا فنگر پرنٹ پھر بھی بن گیا۔</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>یہ ویڈیو خراب لگتی ہے، اس لیے ہم اس کا ویڈیو والا فنگر پرنٹ نہیں بنا سکے۔ اس کی فائل کا فنگر پرنٹ پھر بھی بن گیا۔</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>ہم ابھی اس قسم کی فائل نہیں پڑھ سکتے۔ آپ اسے ہٹا کر آگے بڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>یہ فائل مکمل ہونے سے پہلے ہی کام روک دیا گیا۔</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>یہ فائل پڑھتے ہوئے کچھ گڑبڑ ہو گئی۔ آپ اسے ہٹا کر آگے بڑھ سکتے ہیں، یا دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>ہم Take It Down سروس تک نہیں پہنچ سکے۔ دیکھیں کہ انٹرنیٹ چل رہا ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>آپ کے نیٹ ورک کی پراکسی نے ہمیں Take It Down سروس تک جانے نہیں دیا۔ کسی اور نیٹ ورک پر دوبارہ کوشش کریں، جیسے گھر کا Wi-Fi یا موبائل ڈیٹا۔</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>‏Take It Down سروس نے جواب دینے میں بہت دیر لگا دی۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>ہم یہ پکا نہیں کر سکے کہ ہماری بات اصل Take It Down سروس سے ہو رہی تھی، اس لیے کچھ نہیں بھیجا گیا۔ اسکول یا دفتر کے نیٹ ورک پر ایسا ہو سکتا ہے۔ کسی اور نیٹ ورک پر دوبارہ کوشش کریں، جیسے گھر کا Wi-Fi یا موبائل ڈیٹا۔</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>‏Take It Down سروس کی طرف کچھ گڑبڑ ہو گئی۔ اس میں آپ کا کوئی قصور نہیں۔ براہِ کرم کچھ دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>اس وقت آپ کے نیٹ ورک سے بہت سی رپورٹیں آ رہی ہیں۔ براہِ کرم چند منٹ انتظار کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>ہمیں اس رپورٹ نمبر اور خفیہ کلید والی کوئی رپورٹ نہیں ملی۔ براہِ کرم دونوں کو اپنی رسید سے ملا کر دیکھیں کہ کہیں لکھنے میں غلطی تو نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>‏Take It Down سروس یہ رپورٹ قبول نہیں کر سکی۔ براہِ کرم ایک وقت میں کم فائلیں بھیج کر دیکھیں، یا ایپ اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>سروس کا پتا محفوظ (https://) پتا نہیں ہے، اس لیے کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>پراکسی کی سیٹنگ درست نہیں ہے۔ یہ socks5://localhost:9050 یا http://proxy.example:8080 جیسی ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>آپ کے فنگر پرنٹ ابھی یہیں ہیں، بھیجنے کے لیے تیار۔</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>‏Take It Down کی رسید

نیچے دیے گئے رپورٹ نمبر (Report number) اور خفیہ کلید (Secret key) سے آپ اپنی رپورٹ دیکھ سکتے ہیں یا واپس لے سکتے ہیں۔
انہیں نجی رکھیں: جس کے پاس بھی یہ دونوں ہوں، وہ رپورٹ واپس لے سکتا ہے۔</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>براہِ کرم اپنی رسید سے خفیہ کلید لکھیں یا پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>براہِ کرم اپنی رسید سے رپورٹ نمبر لکھیں یا پیسٹ کریں۔</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>صرف آخری حرف * ~ $ = یا U ہو سکتا ہے۔ کلیدوں میں صرف 0 سے 9 تک کے نمبر اور A سے Z تک کے انگریزی حروف ہوتے ہیں (I، L، O اور U نہیں)، اور کبھی کبھی بالکل آخر میں * ~ $ = U میں سے کوئی ایک۔</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>اس خفیہ کلید میں لکھنے کی غلطی ہے: کم از کم ایک حرف آپ کی رسید سے مختلف ہے۔ براہِ کرم ہر گروپ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>اس رپورٹ نمبر میں لکھنے کی غلطی ہے: کم از کم ایک حرف آپ کی رسید سے مختلف ہے۔ براہِ کرم اسے دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>یہ Take It Down کی رسید نہیں لگتی۔ اس میں ایک لائن “Report number:” سے اور ایک لائن “Secret key:” سے شروع ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>‏Take It Down کسی 18 سال سے کم عمر فرد کی تصویروں اور ویڈیوز کے لیے ہے۔ براہِ کرم تصدیق کریں کہ جب یہ لی گئیں تو ان میں نظر آنے والے فرد کی عمر 18 سال سے کم تھی۔</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>ان میں سے کسی بھی فائل کا فنگر پرنٹ نہیں بن سکا، اس لیے بھیجنے کو کچھ نہیں ہے۔ تصویریں یا ویڈیوز دوبارہ شامل کر کے دیکھیں، یا ان کی کوئی اور کاپیاں۔</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>یہ فنگر پرنٹ ایک رپورٹ میں بھیجنے کے لیے بہت زیادہ ہیں (لمبی ویڈیوز کے بہت سے فنگر پرنٹ بنتے ہیں)۔ براہِ کرم ایک وقت میں کم فائلیں بھیجیں۔</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>یہ Take It Down کی محفوظ کیے گئے فنگر پرنٹ والی فائل نہیں ہے، یا محفوظ ہونے کے بعد اسے بدلا گیا ہے۔ براہِ کرم وہ فائل چنیں جو ایپ نے آپ کے لیے محفوظ کی تھی۔</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>یہ فائل کھولی نہیں جا سکی۔ دیکھیں کہ یہ ابھی تک وہیں موجود ہے۔</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>خفیہ کلید میں %1 حروف اور نمبر ہوتے ہیں، لیکن اس میں %2 ہیں۔ دیکھیں کہ کوئی کم یا زیادہ تو نہیں۔</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>رپورٹ نمبر میں %1 حروف اور نمبر ہوتے ہیں، لیکن اس میں %2 ہیں۔ دیکھیں کہ کوئی کم یا زیادہ تو نہیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” خفیہ کلید میں نہیں ہو سکتا۔ کلیدوں میں صرف 0 سے 9 تک کے نمبر اور A سے Z تک کے انگریزی حروف ہوتے ہیں (I، L، O اور U نہیں)، اور کبھی کبھی بالکل آخر میں * ~ $ = U میں سے کوئی ایک۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” رپورٹ نمبر میں نہیں ہو سکتا۔ رپورٹ نمبر میں صرف 0 سے 9 تک کے نمبر اور A سے Z تک کے انگریزی حروف ہوتے ہیں (I، L، O اور U نہیں)۔</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>ایک رپورٹ میں زیادہ سے زیادہ %1 فائلیں ہو سکتی ہیں، اور اس میں %2 ہیں۔ براہِ کرم انہیں چھوٹے گروپس میں بھیجیں۔</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>‏Take It Down کی اس کاپی کو معلوم نہیں کہ رپورٹ کہاں بھیجنی ہے، اس لیے اسے استعمال نہیں کیا جا سکتا۔ اس میں آپ کا کوئی قصور نہیں۔ کچھ نہیں بھیجا گیا۔ براہِ کرم یہ ایپ دوبارہ انہی لوگوں یا اسی جگہ سے لیں جہاں سے آپ کو یہ ملی تھی۔ یہ پیغام بند کرنے پر ایپ بھی بند ہو جائے گی۔</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>دو مختصر سوال</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>ہم آپ کا نام یا کوئی بھی ایسی بات نہیں پوچھتے جس سے پتا چلے کہ آپ کون ہیں۔</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>ان تصویروں یا ویڈیوز میں آپ کی (یا جس نوجوان کی مدد کر رہے ہیں) عمر 18 سے کم تھی؟</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>ہاں، 18 سے کم</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>نہیں، 18 یا زیادہ</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>مجھے یقین نہیں</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>کوئی بات نہیں۔ اگر ہو سکتا ہے کہ یہ 18 سال سے پہلے لی گئی ہوں، تو آپ آگے بڑھ سکتے ہیں۔ Take It Down ہر اس چیز کے لیے ہے جو شاید 18 سال سے پہلے لی گئی ہو۔</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>ایپ کون استعمال کر رہا ہے؟</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>میں خود ان تصویروں یا ویڈیوز میں ہوں</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>میں والدین میں سے یا قابلِ اعتماد بڑا ہوں، کسی نوجوان کی مدد کے لیے</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>میں کونسلر یا کوئی اور پیشہ ور مددگار ہوں</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>آگے بڑھیں</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>بس یہی سب کچھ بھیجا جائے گا</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>نیچے پوری رپورٹ ہے، بالکل ویسی جیسی یہ بھیجی جائے گی۔ اس میں صرف ڈیجیٹل فنگر پرنٹ ہیں: نہ تصویریں، نہ فائلوں کے نام، نہ کسی کا نام اور نہ جگہ۔ “role” بتاتا ہے کہ کون بھیج رہا ہے، “attested_under_18” وہ خانہ ہے جس پر نیچے نشان لگانا ہے، اور “key_verifier” کی مدد سے آپ بعد میں، یہ بتائے بغیر کہ آپ کون ہیں، رپورٹ دیکھ یا واپس لے سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>جو رپورٹ بھیجی جائے گی</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>کیا بھیجا جائے گا</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>پوری رپورٹ چھپائیں</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>پوری رپورٹ دکھائیں</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>رپورٹ کا متن کاپی کریں</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>فنگر پرنٹ بھیجیں</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>جب تک آپ “فنگر پرنٹ بھیجیں” نہ دبائیں، کچھ نہیں بھیجا جائے گا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>‏%n فنگر پرنٹ</numerusform>
            <numerusform>‏%n فنگر پرنٹ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>ہر تصویر کے فنگر پرنٹ: %1۔ ان میں سے زیادہ تر اضافی ہیں، ان کاپیوں کے لیے جنہیں کاٹا گیا یا جن کا فریم بدلا گیا، تاکہ وہ بھی مل سکیں۔</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>صرف %1 جیسے فنگر پرنٹ بھیجے جاتے ہیں: کوئی تصویر، نام یا جگہ نہیں۔</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>کچھ تصویریں بہت سادہ یا دھندلی ہیں، اس لیے ان کے فنگر پرنٹ کمزور ہیں اور ان کا میل ڈھونڈنا زیادہ مشکل ہے۔ یہ پھر بھی بھیجے جاتے ہیں، اور پھر بھی مدد کر سکتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>تصویر: %n۔</numerusform>
            <numerusform>تصویریں: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>ویڈیو: %n۔</numerusform>
            <numerusform>ویڈیوز: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>دوسری فائل: %n۔</numerusform>
            <numerusform>دوسری فائلیں: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>پڑھی نہ جا سکنے کی وجہ سے چھوڑ دی گئی: %n۔</numerusform>
            <numerusform>پڑھی نہ جا سکنے کی وجہ سے چھوڑ دی گئیں: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>میری تصدیق ہے کہ ان تصویروں اور ویڈیوز میں میری عمر 18 سال سے کم تھی۔</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>میری تصدیق ہے کہ ان تصویروں اور ویڈیوز میں وہی نوجوان ہے جس کی مدد کے لیے میں یہاں ہوں، اور تب اس کی عمر 18 سال سے کم تھی۔</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>آپ کے ڈیجیٹل فنگر پرنٹ محفوظ ہو گئے</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>یہ اس فائل میں ہیں جو آپ نے چنی تھی۔ ابھی کچھ نہیں بھیجا گیا۔ انہیں بھیجنے کے لیے انٹرنیٹ والے کسی بھی کمپیوٹر پر Take It Down کھولیں، “پہلے محفوظ کیے گئے فنگر پرنٹ بھیجیں” چنیں، اور یہ فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>اس فائل میں اس رپورٹ کی خفیہ کلید ہے۔ اسے نجی رکھیں، اور رپورٹ بھیج دی جائے تو اسے مٹا دیں۔</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>بھیجا جا رہا ہے</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>فنگر پرنٹ بعد میں بھیجنے کے لیے محفوظ کریں…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>کچھ ضائع نہیں ہوا۔ آپ فنگر پرنٹ اپنی چنی ہوئی فائل میں محفوظ بھی کر سکتے ہیں، اور بعد میں کسی بھی کمپیوٹر سے بھیج سکتے ہیں۔</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>ہم ابھی اسے بھیج نہیں سکے</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>آپ کے فنگر پرنٹ بھیجے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>اس میں عام طور پر چند سیکنڈ لگتے ہیں۔ صرف فنگر پرنٹ بھیجے جاتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>دیکھیں</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>مرحلہ %1 از %2: %3</translation>
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
        <translation>ایپ کی زبان چنیں۔ یہ فوراً بدل جاتی ہے۔</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>ہم ان تصویروں کو پھیلنے سے روکنے میں مدد کر سکتے ہیں</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>اگر 18 سال کی عمر سے پہلے کی آپ کی برہنہ یا جنسی تصویریں یا ویڈیوز موجود ہیں، تو یہ ایپ انہیں ویب سائٹس اور ایپس سے ہٹوانے، یا شیئر ہونے سے روکنے میں مدد کر سکتی ہے۔ اس میں آپ کا کوئی قصور نہیں، اور آپ کو کوئی سزا نہیں ملے گی۔</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>آپ کی تصویریں آپ کے پاس رہتی ہیں</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>آپ کی تصویریں اور ویڈیوز اسی کمپیوٹر پر رہتی ہیں۔ انہیں کبھی اپ لوڈ نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>صرف فنگر پرنٹ بھیجے جاتے ہیں: چھوٹے کوڈ جن سے تصویر واپس نہیں بن سکتی۔</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>آپ اپنا نام، ای میل یا فون نمبر نہیں دیتے۔ یہ مفت ہے۔</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>کسی بھی وقت رکنا آپ کی مرضی ہے۔ “فوری باہر نکلیں” (اوپر بائیں طرف) ایپ کو فوراً بند کر دیتا ہے۔ آپ Shift تین بار، یا Escape دو بار بھی دبا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع کریں</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>یہ کیسے کام کرتا ہے؟</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>پچھلی رپورٹ دیکھیں یا واپس لیں</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>پہلے محفوظ کیے گئے فنگر پرنٹ بھیجیں</translation>
    </message>
</context>
</TS>
