<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>הוספת תמונות וסרטונים</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>אפשר להוסיף כל תמונה או סרטון שרוצים להוריד. הם נשארים במחשב הזה: נוצרות רק טביעות האצבע הדיגיטליות שלהם. הם מטושטשים, כך שלא צריך לראות אותם.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>אפשר לגרור לכאן תמונות, סרטונים או תיקיות</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>לבחור תמונות וסרטונים…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>תמונות וסרטונים שנוספו</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>‏Delete מסיר את מה שנבחר. לחיצה ארוכה מציגה פריט אחד.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>לראות את התמונות האלה יכול להיות קשה, ומישהו שנמצא קרוב עלול לראות אותן. לא צריך להסתכל עליהן: טביעות האצבע נוצרות בכל מקרה. להציג אותן בכל זאת?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>להציג</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>להשאיר מטושטש</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>להסתיר תמונות</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>להציג תמונות</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>התמונות נשארות מטושטשות, אלא אם בוחרים לראות אותן.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>להסיר</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>להסיר את הנבחרים</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>לעצור</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>לעצור את יצירת טביעות האצבע</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>להמשיך</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>כבר נוסף, ולכן לא נוסף שוב: %n.</numerusform>
            <numerusform>כבר נוספו, ולכן לא נוספו שוב: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>עוד לא נוסף כלום.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>יוצרים טביעות אצבע: נשארה %n.</numerusform>
            <numerusform>יוצרים טביעות אצבע: נשארו %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>מחפשים בתיקיות…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>מוכנים: %n.</numerusform>
            <numerusform>מוכנים: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>טביעת אצבע חלשה, אבל עדיין מועילה: %n.</numerusform>
            <numerusform>טביעות אצבע חלשות, אבל עדיין מועילות: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>לא נקרא: %n.</numerusform>
            <numerusform>לא נקראו: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>מוצג פעם אחת, כי הוא זהה לקובץ אחר: %n.</numerusform>
            <numerusform>מוצגים פעם אחת, כי הם זהים לקובץ אחר: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>לא הצלחנו לחפש בחלק מהתיקיות. אפשר לנסות להוסיף אותן שוב.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>אפשר להוסיף עוד, או להמשיך.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>אפשר להמשיך להוסיף קבצים, או ללחוץ על &quot;לעצור&quot;.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>התמונה הזאת מאוד אחידה או מטושטשת, ולכן טביעת האצבע שלה חלשה וקשה יותר למצוא לה התאמה. היא נשלחת בכל זאת ועדיין יכולה לעזור.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>זה לא תמונה ולא סרטון, ולכן תישלח רק טביעת האצבע של הקובץ. בעזרתה עדיין אפשר למצוא עותקים זהים בדיוק של הקובץ הזה.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>השירות הזה מיועד לתמונות שצולמו לפני גיל 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>‏Take It Down מיועד רק לתמונות וסרטונים שצולמו כשאדם היה מתחת לגיל 18. שום דבר לא נשלח. יש שירות חינמי שעובד בדרך דומה למבוגרים, ויש אנשים שאפשר לדבר איתם:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>אם לא ידוע לך בדיוק בן או בת כמה היית, אפשר לחזור ולבחור &quot;לא ידוע לי&quot;.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>להתחיל מחדש</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>לבדוק או להסיר דיווח קודם</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>אפשר להקליד את מספר הדיווח ואת המפתח הסודי מהאישור, או לפתוח אישור ששמרת. הסרת דיווח מוציאה את טביעות האצבע שלו מהרשימה.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>מספר דיווח:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>מפתח סודי:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>מספר דיווח</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>מפתח סודי</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>לבדוק את הדיווח</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>לפתוח אישור שמור…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>להסיר את הדיווח הזה…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>להסיר את הדיווח הזה? טביעות האצבע שלו יוצאו מהרשימה, ואתרים ואפליקציות יפסיקו לחפש את התמונות האלה. אי אפשר לבטל את זה, אבל תמיד אפשר לשלוח דיווח חדש.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>כן, להסיר</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>לא, להשאיר</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בודקים…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>מסירים…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>הדיווח הזה הוסר. טביעות האצבע שלו כבר לא ברשימה. הוא התקבל ב-%1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>הדיווח הזה פעיל. הוא התקבל ב-%1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>קבצים עם טביעות אצבע בדיווח: %n.</numerusform>
            <numerusform>קבצים עם טביעות אצבע בדיווח: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>הדיווח שלך נשלח</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>זהו, זה נעשה. הנה האישור שלך. צריך אותו כדי לבדוק את הדיווח בהמשך.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>מספר דיווח:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>מפתח סודי:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>כדאי לשמור את שני אלה במקום בטוח ופרטי. צריך את שניהם כדי לבדוק את הדיווח או להסיר אותו. אם הם הולכים לאיבוד, אף אחד לא יכול לשחזר אותם, גם לא אנחנו. כל מי שיש לו את שניהם יכול להסיר את הדיווח.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>להעתיק את האישור</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>לשמור את האישור בשם…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>מה קורה עכשיו</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>‏NCMEC מוסיף את טביעות האצבע הדיגיטליות שלך לרשימה שלו. אתרים ואפליקציות שמשתתפים משתמשים ברשימה כדי למצוא עותקים ולהוריד אותם, או למנוע את הפרסום שלהם. לא תגיע אלייך או אליך הודעה על זה, כי אף אחד לא יודע מי את או אתה. אפשר לבדוק את הדיווח עם האפליקציה הזאת מתי שרוצים.

בבקשה לא לשתף את התמונות או הסרטונים בשום מקום, גם לא כדי לדווח עליהם. שליחה שלהם שוב יכולה לגרום להם להתפשט.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>לא צריך להתמודד עם זה לבד</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>אם יש דאגה, עצב, או שמישהו מאיים עלייך או עליך, השירותים החינמיים והדיסקרטיים האלה יכולים לעזור:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>להתחיל מחדש</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>לסגור את האפליקציה</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>תיקיית הבית</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>שולחן העבודה</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>סרטונים</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>הורדות</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>מסמכים</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>אפשר לבחור תמונות, סרטונים או תיקיות שלמות. כדי לבחור יותר מאחד, מחזיקים את Ctrl.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>צריך לבחור את קובץ טביעות האצבע ששמרת קודם.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>בוחרים תיקייה, ואז מקלידים שם לקובץ.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>להוסיף</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>לפתוח</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>לשמור</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>יציאה מהירה</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>תיקייה אחת למעלה</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>קבצים ותיקיות</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>שם הקובץ:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>שם הקובץ</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>כבר יש כאן קובץ בשם הזה. שמירה תחליף אותו.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>לקבל עזרה עכשיו</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>לא צריך להתמודד עם זה לבד. השירותים האלה חינמיים ודיסקרטיים. אם מישהו מאיים או מבקש תמונות, אפשר לספר לאחד מהשירותים האלה או למבוגר שאפשר לסמוך עליו. זה לא יסבך אותך.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>איך זה עובד?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>התמונה או הסרטון נשארים במחשב הזה</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>האפליקציה יוצרת כאן את טביעות האצבע</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>רק טביעות האצבע נשלחות ל-Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>אתרים ואפליקציות מחפשים התאמות ומורידים אותן</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>מה זו טביעת אצבע דיגיטלית?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>טביעת אצבע דיגיטלית (אנשי מחשבים קוראים לזה hash) היא קוד קצר שמחושב מתמונה או מסרטון. אותה תמונה נותנת תמיד אותו קוד. אי אפשר להפוך את הקוד בחזרה לתמונה, כך שאף אחד לא יכול לראות ממנו את התמונה.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>טביעות אצבע של הקובץ (MD5 ו-SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>הן מתאימות לעותקים זהים בדיוק של אותו קובץ. אם אפילו חלק קטן מהקובץ משתנה, גם הקוד משתנה.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>טביעת אצבע של התמונה (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>היא מחושבת ממה שרואים בתמונה, ולכן יכולה למצוא גם עותקים שהוקטנו, נשמרו מחדש או שונו קצת. תמונות מאוד אחידות או מטושטשות נותנות טביעת אצבע חלשה, שקשה יותר למצוא לה התאמה. היא נשלחת בכל זאת.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>עותקים ששונו</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>כל תמונה מקבלת גם טביעות אצבע נוספות לדרכים שבהן עותקים משתנים לרוב: חיתוך של צד אחד, זום, הפיכה לריבוע, סיבוב, הכנסה לסטורי או מתחת לכיתוב. כך אפשר למצוא את העותקים האלה בלי דיווח חדש. יש שינויים שעדיין מתפספסים: עותק שנחתך מכל הצדדים, צילום מסך, או עותק עם מדבקות עליו. אם מוצאים עותק כזה, אפשר לשלוח אותו בדיווח חדש.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>טביעות אצבע של סרטונים</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>בסרטון, האפליקציה יוצרת טביעת אצבע של תמונה לבערך פריים אחד בכל שנייה, ובנוסף טביעות אצבע של הקובץ.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>מה קורה לטביעות האצבע?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>‏NCMEC מוסיף אותן לרשימה. אתרים ואפליקציות שמשתתפים משווים פוסטים לרשימה. אם משהו מתאים, הם יכולים להוריד אותו או למנוע את הפרסום שלו. אף אחד לא רואה את התמונות בגלל האפליקציה הזאת.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>מה Take It Down לא יכול לעשות</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>הוא לא יכול להסיר תמונות מאתרים ואפליקציות שלא משתתפים, או מהודעות פרטיות. תמונות ששונו הרבה אולי לא יתאימו.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>תמונה %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>סרטון %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>קובץ %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>בהמתנה</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>טביעה… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>יוצרים טביעת אצבע…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>מוכן: טביעת אצבע של הקובץ בלבד</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>מוכן</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>מוכן (טביעת אצבע חלשה)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>מוכן בחלקו</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>נעצר</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>לא הצלחנו לקרוא את הקובץ</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>נשארה פחות מדקה.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>נשארו בערך %n דקות.</numerusform>
            <numerusform>נשארו בערך %n דקות.</numerusform>
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
        <translation>לא הצלחנו לפתוח או לשמור את הקובץ שם. אפשר לנסות מקום אחר.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>משהו השתבש. זו לא אשמתך. אפשר לנסות שוב.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>לקבל עזרה</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>מקומות לדבר עם מישהו</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>יציאה מהירה</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>סוגר את האפליקציה מיד ושוכח הכול. אפשר גם ללחוץ שלוש פעמים על Shift, או פעמיים על Escape.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>הועתק. כדאי להדביק במקום פרטי. כשהאפליקציה נסגרת היא מנקה את הלוח, אם האישור עדיין שם.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>נשמר. כדאי לשמור את הקובץ במקום פרטי.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>לא מצאנו את הקובץ הזה. אולי הוא הועבר או נמחק.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>זה לא תמונה או סרטון, ולכן אי אפשר ליצור לו טביעת אצבע. אפשר להסיר אותו ולהמשיך.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>המחשב הזה לא אפשר לנו לפתוח את התיקייה, ולכן שום דבר ממנה לא נוסף.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>המחשב הזה לא אפשר לנו לפתוח את הקובץ. אפשר להעתיק אותו למקום אחר ולנסות שוב.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>הקובץ הזה ריק, ולכן אין ממה ליצור טביעת אצבע.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>הקובץ הזה גדול מדי בשבילנו. אפשר להסיר אותו ולהמשיך.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>התמונה הזאת טוענת שהיא גדולה בהרבה מכל תמונה אמיתית, ולכן לא פתחנו אותה. אפשר להסיר אותה ולהמשיך.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>נראה שהתמונה הזאת פגומה, ולכן לא הצלחנו ליצור לה טביעת אצבע של תמונה. טביעת האצבע של הקובץ נוצרה בכל זאת.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>נראה שהסרטון הזה פגום, ולכן לא הצלחנו ליצור לו טביעת אצבע של סרטון. טביעת האצבע של הקובץ נוצרה בכל זאת.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>אנחנו עוד לא יודעים לקרוא סוג קובץ כזה. אפשר להסיר אותו ולהמשיך.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>נעצר לפני שהקובץ הזה הסתיים.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>משהו השתבש בזמן קריאת הקובץ. אפשר להסיר אותו ולהמשיך, או לנסות שוב.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>לא הצלחנו להגיע לשירות Take It Down. כדאי לבדוק שיש חיבור לאינטרנט, ואז לנסות שוב.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>ה-Proxy של הרשת לא נתן לנו להגיע לשירות Take It Down. אפשר לנסות שוב ברשת אחרת, כמו ה-Wi-Fi בבית או גלישה בסלולר.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>לשירות Take It Down לקח יותר מדי זמן לענות. אפשר לנסות שוב בעוד כמה דקות.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>לא הצלחנו לוודא שאנחנו מדברים עם שירות Take It Down האמיתי, ולכן שום דבר לא נשלח. זה יכול לקרות ברשתות של בית ספר או עבודה. אפשר לנסות שוב ברשת אחרת, כמו ה-Wi-Fi בבית או גלישה בסלולר.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>משהו השתבש בצד של שירות Take It Down. זו לא אשמתך. אפשר לנסות שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>כרגע מגיעים הרבה דיווחים מהרשת שלך. כדאי לחכות כמה דקות ולנסות שוב.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>לא מצאנו דיווח עם מספר הדיווח והמפתח הסודי האלה. כדאי להשוות את שניהם לאישור ולבדוק שאין טעות הקלדה.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>שירות Take It Down לא הצליח לקבל את הדיווח הזה. אפשר לנסות לשלוח פחות קבצים בכל פעם, או לעדכן את האפליקציה.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>כתובת השירות היא לא כתובת מאובטחת (https://), ולכן שום דבר לא נשלח.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>הגדרת ה-Proxy לא נכונה. היא צריכה להיראות כמו socks5://localhost:9050 או http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>טביעות האצבע שלך עדיין כאן, מוכנות לשליחה.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>אישור של Take It Down

עם מספר הדיווח (&quot;Report number&quot;) והמפתח הסודי (&quot;Secret key&quot;) שלמטה, אפשר לבדוק את הדיווח או להסיר אותו.
חשוב לשמור אותם בסוד: כל מי שיש לו את שניהם יכול להסיר את הדיווח.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>צריך להקליד או להדביק את המפתח הסודי מהאישור.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>צריך להקליד או להדביק את מספר הדיווח מהאישור.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>רק התו האחרון יכול להיות * ~ $ = או U. במפתחות יש רק ספרות 0-9 ואותיות A-Z (בלי I, L, O ו-U), ולפעמים אחד מ-* ~ $ = U ממש בסוף.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>יש טעות הקלדה במפתח הסודי הזה: לפחות תו אחד שונה מהאישור. כדאי לבדוק שוב כל קבוצה.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>יש טעות הקלדה במספר הדיווח הזה: לפחות תו אחד שונה מהאישור. כדאי לבדוק אותו שוב.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>זה לא נראה כמו אישור של Take It Down. צריכה להיות בו שורה שמתחילה ב-&quot;Report number:&quot; ושורה שמתחילה ב-&quot;Secret key:&quot;.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>‏Take It Down מיועד לתמונות ולסרטונים של מי שמתחת לגיל 18. צריך לאשר שהאדם שבהם היה מתחת לגיל 18 כשצולמו.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>לא הצלחנו ליצור טביעת אצבע לאף אחד מהקבצים האלה, ולכן אין מה לשלוח. אפשר לנסות להוסיף שוב את התמונות או הסרטונים, או עותקים אחרים שלהם.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>טביעות האצבע האלה גדולות מדי לשליחה בדיווח אחד (סרטונים ארוכים יוצרים הרבה). כדאי לשלוח פחות קבצים בכל פעם.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>זה לא קובץ של טביעות אצבע ששמר Take It Down, או שהוא שונה אחרי השמירה. צריך לבחור את הקובץ שהאפליקציה שמרה.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>לא הצלחנו לפתוח את הקובץ הזה. כדאי לבדוק שהוא עדיין שם.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>במפתח סודי יש %1 אותיות וספרות, אבל בזה יש %2. כדאי לבדוק אם משהו חסר או מיותר.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>במספר דיווח יש %1 אותיות וספרות, אבל בזה יש %2. כדאי לבדוק אם משהו חסר או מיותר.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>&quot;%1&quot; לא יכול להופיע במפתח סודי. במפתחות יש רק ספרות 0-9 ואותיות A-Z (בלי I, L, O ו-U), ולפעמים אחד מ-* ~ $ = U ממש בסוף.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>&quot;%1&quot; לא יכול להופיע במספר דיווח. במספרי דיווח יש רק ספרות 0-9 ואותיות A-Z (בלי I, L, O ו-U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>בדיווח אחד יכולים להיות עד %1 קבצים, ובזה יש %2. כדאי לשלוח אותם בקבוצות קטנות יותר.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>העותק הזה של Take It Down לא יודע לאן לשלוח דיווחים, ולכן אי אפשר להשתמש בו. זו לא אשמתך. שום דבר לא נשלח. אפשר לקבל את האפליקציה שוב מהאנשים או מהמקום שנתנו אותה. כשסוגרים את ההודעה הזאת, גם האפליקציה נסגרת.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>שתי שאלות קצרות</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>אנחנו לא שואלים לשם או לשום דבר אחר שיכול לגלות מי את או אתה.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>בתמונות או בסרטונים האלה, הגיל שלך (או של מי שמקבל ממך עזרה) היה מתחת ל-18?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>כן, מתחת ל-18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>לא, 18 ומעלה</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>לא ידוע לי</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>זה בסדר. אם ייתכן שהם צולמו לפני גיל 18, אפשר להמשיך. ‏Take It Down מיועד לכל מה שייתכן שצולם לפני גיל 18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>מי משתמש באפליקציה?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>זה אני בתמונות או בסרטונים</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>הורה או מבוגר שסומכים עליו, שעוזר לצעיר או לצעירה</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>יועץ או איש מקצוע אחר שעוזר</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>להמשיך</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>זה כל מה שיישלח</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>למטה מופיע הדיווח המלא, בדיוק כפי שיישלח. יש בו רק טביעות אצבע דיגיטליות: אין תמונות, אין שמות קבצים, אין שמות ואין מיקום. &quot;role&quot; אומר מי שולח, &quot;attested_under_18&quot; הוא התיבה שמסמנים למטה, ו-&quot;key_verifier&quot; מאפשר לבדוק או להסיר את הדיווח בהמשך בלי לגלות מי את או אתה.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>הדיווח שיישלח</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>מה יישלח</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>להסתיר את הדיווח המדויק</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>להציג את הדיווח המדויק</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>להעתיק את טקסט הדיווח</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>לשלוח את טביעות האצבע</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>שום דבר לא נשלח עד שלוחצים על &quot;לשלוח את טביעות האצבע&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>‏%n טביעות אצבע</numerusform>
            <numerusform>‏%n טביעות אצבע</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>טביעות אצבע לכל תמונה: %1. רובן נוספות, לעותקים שנחתכו או שהמסגור שלהם השתנה, כדי שגם אותם יהיה אפשר למצוא.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>נשלחות רק טביעות אצבע כמו %1: בלי תמונות, שמות או מקומות.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>חלק מהתמונות מאוד אחידות או מטושטשות, ולכן טביעות האצבע שלהן חלשות וקשה יותר למצוא להן התאמה. הן נשלחות בכל זאת ועדיין יכולות לעזור.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>תמונות: %n.</numerusform>
            <numerusform>תמונות: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>סרטונים: %n.</numerusform>
            <numerusform>סרטונים: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>קבצים אחרים: %n.</numerusform>
            <numerusform>קבצים אחרים: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>לא נכללו כי לא הצלחנו לקרוא אותם: %n.</numerusform>
            <numerusform>לא נכללו כי לא הצלחנו לקרוא אותם: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>כן, בתמונות ובסרטונים האלה זה אני, לפני גיל 18.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>כן, בתמונות ובסרטונים האלה מופיע הצעיר שבעזרתי, לפני גיל 18.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>טביעות האצבע שלך נשמרו</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>הן בקובץ שבחרת. עוד לא נשלח כלום. כדי לשלוח אותן, פותחים את Take It Down בכל מחשב עם אינטרנט, בוחרים &quot;לשלוח טביעות אצבע ששמרת קודם&quot;, ובוחרים את הקובץ הזה.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>בקובץ יש את המפתח הסודי של הדיווח הזה. חשוב לשמור אותו בסוד ולמחוק אותו אחרי שהדיווח נשלח.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>להתחיל מחדש</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>חזרה</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>שולחים</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>לנסות שוב</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>לשמור ולשלוח אחר כך…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>שום דבר לא אבד. אפשר גם לשמור את טביעות האצבע בקובץ לבחירתך, ולשלוח אותן אחר כך מכל מחשב.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>עוד לא הצלחנו לשלוח</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>שולחים את טביעות האצבע שלך…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>זה לוקח בדרך כלל כמה שניות. רק טביעות האצבע נשלחות.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>שאלות</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>שלב %1 מתוך %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>כאן בוחרים את שפת האפליקציה. היא מתחלפת מיד.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>אנחנו יכולים לעזור לעצור את ההפצה של התמונות האלה</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>אם יש תמונות או סרטונים בעירום או מיניים שלך מלפני גיל 18, האפליקציה הזאת יכולה לעזור להוריד אותם מאתרים ומאפליקציות, או למנוע את השיתוף שלהם. זו לא אשמתך, וזה לא יסבך אותך.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>התמונות שלך נשארות אצלך</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>התמונות והסרטונים נשארים במחשב הזה. הם אף פעם לא מועלים.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>נשלחות רק טביעות אצבע: קודים קצרים שאי אפשר להפוך בחזרה לתמונות.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>לא צריך לתת שם, אימייל או מספר טלפון. זה בחינם.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translatorcomment>In right-to-left layout the Quick exit button is mirrored to the top left, so this says top left.</translatorcomment>
        <translation>אפשר לעצור בכל רגע. &quot;יציאה מהירה&quot; (למעלה משמאל) סוגר את האפליקציה מיד. אפשר גם ללחוץ שלוש פעמים על Shift, או פעמיים על Escape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>להתחיל</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>איך זה עובד?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>לבדוק או להסיר דיווח קודם</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>לשלוח טביעות אצבע ששמרת קודם</translation>
    </message>
</context>
</TS>
