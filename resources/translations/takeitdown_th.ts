<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>เพิ่มรูปและวิดีโอ</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>เพิ่มรูปหรือวิดีโอทุกชิ้นที่อยากให้ลบออก ไฟล์จะอยู่ในคอมพิวเตอร์เครื่องนี้ แอปสร้างแค่ลายนิ้วมือดิจิทัลของไฟล์เท่านั้น ภาพจะถูกเบลอไว้ คุณจึงไม่ต้องเห็นภาพเหล่านั้น</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>ลากรูป วิดีโอ หรือโฟลเดอร์มาวางที่นี่</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>เลือกรูปและวิดีโอ…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>รูปและวิดีโอที่เพิ่มแล้ว</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>กด Delete เพื่อเอาไฟล์ที่เลือกออก กดค้างไว้เพื่อดูทีละภาพ</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>การเห็นภาพเหล่านี้อาจทำให้ไม่สบายใจ และคนที่อยู่ใกล้ ๆ ก็อาจเห็นได้ด้วย คุณไม่ต้องดูภาพก็ได้ เพราะแอปสร้างลายนิ้วมือได้อยู่แล้ว จะให้แสดงภาพเลยไหม</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>แสดงภาพ</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>เบลอไว้เหมือนเดิม</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>ซ่อนภาพ</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>แสดงภาพ</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>ภาพจะเบลออยู่ เว้นแต่คุณเลือกที่จะดู</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>เอาไฟล์ที่เลือกออก</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>หยุดสร้างลายนิ้วมือดิจิทัล</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ต่อไป</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>เพิ่มไว้แล้ว จึงไม่ได้เพิ่มซ้ำ: %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>ยังไม่ได้เพิ่มอะไรเลย</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>กำลังสร้างลายนิ้วมือดิจิทัล: เหลืออีก %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>กำลังดูในโฟลเดอร์…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>พร้อมแล้ว: %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>ลายนิ้วมืออ่อน แต่ยังใช้ได้: %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>อ่านไม่ได้: %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>แสดงครั้งเดียว เพราะเหมือนกับไฟล์อื่น: %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>มีบางโฟลเดอร์ที่ดูข้างในไม่ได้ ลองเพิ่มอีกครั้ง</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>คุณเพิ่มได้อีก หรือไปต่อก็ได้</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>คุณเพิ่มไฟล์ต่อได้ หรือกด หยุด</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>ภาพนี้เรียบมากหรือเบลอ ลายนิ้วมือดิจิทัลของภาพนี้จึงอ่อน และจับคู่ได้ยากกว่า แต่ก็ยังส่งไปและยังช่วยได้</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>ไฟล์นี้ไม่ใช่รูปหรือวิดีโอ จึงจะส่งเฉพาะลายนิ้วมือของไฟล์ แต่ยังช่วยหาสำเนาที่เหมือนไฟล์นี้ทุกอย่างได้</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>บริการนี้ใช้กับภาพที่ถ่ายก่อนอายุ 18 ปี</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down ใช้ได้กับรูปและวิดีโอ ที่ถ่ายตอนที่คนในภาพอายุต่ำกว่า 18 ปีเท่านั้น ยังไม่มีอะไรถูกส่งไป มีบริการฟรีสำหรับผู้ใหญ่ที่ทำงานคล้ายกัน และมีคนที่คุณคุยด้วยได้</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>ถ้าไม่แน่ใจว่าตอนนั้นอายุเท่าไร ให้ย้อนกลับไปแล้วเลือก “ไม่แน่ใจ”</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>เริ่มใหม่</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>ดูหรือถอนรายงานที่ส่งไปก่อนหน้า</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>พิมพ์หมายเลขรายงานและรหัสลับจากใบยืนยัน หรือเปิดใบยืนยันที่บันทึกไว้ การถอนรายงาน จะเอาลายนิ้วมือของรายงานนั้นออกจากรายการ</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>หมายเลขรายงาน:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>รหัสลับ:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>หมายเลขรายงาน</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>รหัสลับ</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>ดูรายงาน</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>เปิดใบยืนยันที่บันทึกไว้…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>ถอนรายงานนี้…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>จะถอนรายงานนี้ไหม ลายนิ้วมือของรายงานจะถูกเอาออกจากรายการ เว็บไซต์และแอปจะหยุดค้นหาภาพเหล่านี้ ทำย้อนกลับไม่ได้ แต่คุณส่งรายงานใหม่ได้เสมอ</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>ใช่ ถอนเลย</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>ไม่ เก็บไว้</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>กำลังถอน…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>รายงานนี้ถูกถอนแล้ว ลายนิ้วมือไม่อยู่ในรายการแล้ว ได้รับรายงานเมื่อ %1</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>รายงานนี้ยังใช้งานอยู่ ได้รับรายงานเมื่อ %1</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>ไฟล์ที่มีลายนิ้วมือในรายงาน: %n ไฟล์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>ส่งรายงานแล้ว</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>เรียบร้อยแล้ว นี่คือใบยืนยันของคุณ ต้องใช้ใบนี้เพื่อดูรายงานภายหลัง</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>หมายเลขรายงาน:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>รหัสลับ:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>เก็บทั้งสองอย่างนี้ไว้ในที่ปลอดภัยและเป็นส่วนตัว ต้องใช้ทั้งสองอย่างเพื่อดูหรือถอนรายงาน ถ้าทำหาย จะไม่มีใครเอากลับคืนมาได้ แม้แต่เรา ใครก็ตามที่มีทั้งสองอย่างถอนรายงานได้</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>คัดลอกใบยืนยัน</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>บันทึกใบยืนยันเป็น…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ต่อจากนี้จะเกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC จะเพิ่มลายนิ้วมือดิจิทัลของคุณลงในรายการ เว็บไซต์และแอปที่เข้าร่วม ใช้รายการนี้หาภาพที่ถูกคัดลอก แล้วลบออก หรือกันไม่ให้โพสต์ คุณจะไม่ได้รับข้อความเรื่องนี้ เพราะไม่มีใครรู้ว่าคุณเป็นใคร คุณดูรายงานด้วยแอปนี้ได้ทุกเมื่อ

อย่าแชร์รูปหรือวิดีโอเหล่านั้นที่ไหนเลย แม้แต่เพื่อแจ้งรายงาน การส่งต่ออีกครั้งอาจทำให้ภาพแพร่ออกไป</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>คุณไม่ต้องเผชิญเรื่องนี้คนเดียว</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>ถ้ากังวล เสียใจ หรือมีคนข่มขู่คุณ บริการฟรีและเป็นความลับเหล่านี้ช่วยได้</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>เริ่มใหม่</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>ปิดแอป</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>โฟลเดอร์หลัก</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>เดสก์ท็อป</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ดาวน์โหลด</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>เลือกรูป วิดีโอ หรือทั้งโฟลเดอร์ กด Ctrl ค้างไว้เพื่อเลือกหลายรายการ</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>เลือกไฟล์ลายนิ้วมือที่คุณบันทึกไว้ก่อนหน้า</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>เลือกโฟลเดอร์ แล้วพิมพ์ชื่อไฟล์</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ออกทันที</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>ขึ้นไปหนึ่งโฟลเดอร์</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>ไฟล์และโฟลเดอร์</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ชื่อไฟล์</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>มีไฟล์ชื่อนี้อยู่แล้ว ถ้าบันทึก ไฟล์เดิมจะถูกแทนที่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>ขอความช่วยเหลือตอนนี้</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>คุณไม่ต้องเผชิญเรื่องนี้คนเดียว บริการเหล่านี้ฟรีและเป็นความลับ ถ้ามีคนข่มขู่คุณหรือขอภาพจากคุณ คุณเล่าให้บริการเหล่านี้ หรือผู้ใหญ่ที่ไว้ใจได้ฟังก็ได้ คุณจะไม่เดือดร้อน</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>ทำงานอย่างไร</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>รูปหรือวิดีโอ ของคุณอยู่ใน คอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>แอปสร้าง ลายนิ้วมือที่นี่</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>ส่งไปที่ Take It Down แค่ลายนิ้วมือเท่านั้น</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>เว็บไซต์และแอป ค้นหาภาพที่ตรงกัน แล้วลบออก</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>ลายนิ้วมือดิจิทัลคืออะไร</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>ลายนิ้วมือดิจิทัล (คนทำคอมพิวเตอร์เรียกว่า แฮช หรือ hash) คือรหัสสั้น ๆ ที่คำนวณจากรูปหรือวิดีโอ ภาพเดียวกันจะได้รหัสเดียวกันเสมอ รหัสนี้แปลงกลับเป็นภาพไม่ได้ จึงไม่มีใครเห็นภาพของคุณจากรหัสนี้</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>ลายนิ้วมือของไฟล์ (MD5 และ SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>ใช้จับคู่สำเนาที่เหมือนกันทุกอย่าง ของไฟล์เดียวกัน ถ้าไฟล์เปลี่ยนไปแม้แต่นิดเดียว รหัสก็เปลี่ยนด้วย</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>ลายนิ้วมือของภาพ (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>ลายนิ้วมือนี้คำนวณจากหน้าตาของภาพ จึงหาสำเนาที่ถูกย่อขนาด บันทึกใหม่ หรือแก้ไขเล็กน้อยได้ด้วย ภาพที่เรียบมากหรือเบลอจะได้ลายนิ้วมืออ่อน ซึ่งจับคู่ได้ยากกว่า แต่ก็ยังส่งไป</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>สำเนาที่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>แต่ละรูปยังได้ลายนิ้วมือเพิ่ม สำหรับวิธีที่สำเนามักถูกแก้ไข คือ ตัดขอบด้านเดียว ซูมเข้า ทำเป็นสี่เหลี่ยมจัตุรัส หมุน ใส่ในสตอรี่ หรือวางไว้ใต้ข้อความ จึงหาสำเนาเหล่านั้นเจอได้ โดยไม่ต้องส่งรายงานใหม่ แต่บางแบบก็ยังหาไม่เจอ เช่น สำเนาที่ถูกตัดทุกด้าน ภาพหน้าจอ หรือสำเนาที่มีสติกเกอร์แปะ ถ้าคุณเจอสำเนาแบบนั้น คุณส่งสำเนานั้นในรายงานใหม่ได้</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>ลายนิ้วมือของวิดีโอ</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>สำหรับวิดีโอ แอปจะสร้างลายนิ้วมือของภาพ ประมาณวินาทีละหนึ่งเฟรม และสร้างลายนิ้วมือของไฟล์ด้วย</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>ลายนิ้วมือจะถูกนำไปทำอะไร</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC จะเพิ่มลายนิ้วมือลงในรายการ เว็บไซต์และแอปที่เข้าร่วม จะเทียบโพสต์กับรายการนี้ ถ้ามีอะไรตรงกัน ก็ลบออก หรือกันไม่ให้โพสต์ได้ ไม่มีใครเห็นภาพของคุณเพราะแอปนี้</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>สิ่งที่ Take It Down ทำไม่ได้</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>ลบภาพจากเว็บไซต์และแอปที่ไม่ได้เข้าร่วมไม่ได้ และลบจากข้อความส่วนตัวไม่ได้ ภาพที่ถูกแก้ไขไปมากอาจจับคู่ไม่ได้</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>รูป %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>วิดีโอ %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>รออยู่</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>ลายนิ้วมือ… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>กำลังสร้างลายนิ้วมือ…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>พร้อมแล้ว: เฉพาะลายนิ้วมือไฟล์</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อมแล้ว</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>พร้อมแล้ว (ลายนิ้วมืออ่อน)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>พร้อมบางส่วน</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>อ่านไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>เหลือไม่ถึงหนึ่งนาที</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>เหลืออีกประมาณ %n นาที</numerusform>
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
        <translatorcomment>Thai writes no full stop: a space separates the two sentences.</translatorcomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>เปิดหรือบันทึกไฟล์นี้ที่นั่นไม่ได้ ลองที่อื่นดู</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>มีบางอย่างผิดพลาด ไม่ใช่ความผิดของคุณ ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>ขอความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>ที่ที่คุยกับใครสักคนได้</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>ออกทันที</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>ปิดแอปทันทีและลืมทุกอย่าง กด Shift สามครั้ง หรือ Escape สองครั้ง ก็ได้</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>คัดลอกแล้ว วางไว้ในที่ที่เป็นส่วนตัว ตอนปิดแอป แอปจะล้างคลิปบอร์ด ถ้าใบยืนยันยังอยู่ในนั้น</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>บันทึกแล้ว เก็บไฟล์ไว้ในที่ที่เป็นส่วนตัว</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>หาไฟล์นี้ไม่เจอ ไฟล์อาจถูกย้ายหรือลบไปแล้ว</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>ไฟล์นี้ไม่ใช่รูปหรือวิดีโอ จึงสร้างลายนิ้วมือไม่ได้ เอาออกแล้วไปต่อได้</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่ให้เราเปิดโฟลเดอร์นี้ จึงไม่ได้เพิ่มอะไรจากในโฟลเดอร์</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่ให้เราเปิดไฟล์นี้ ลองคัดลอกไปไว้ที่อื่น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>ไฟล์นี้ว่างเปล่า จึงไม่มีอะไรให้สร้างลายนิ้วมือ</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>ไฟล์นี้ใหญ่เกินกว่าที่เราจะอ่านได้ เอาออกแล้วไปต่อได้</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>ภาพนี้บอกว่าตัวเองใหญ่กว่ารูปจริงทุกรูปมาก เราจึงไม่ได้เปิด เอาออกแล้วไปต่อได้</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>ภาพนี้ดูเหมือนเสียหาย เราจึงสร้างลายนิ้วมือของภาพไม่ได้ แต่สร้างลายนิ้วมือของไฟล์ได้แล้ว</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>วิดีโอนี้ดูเหมือนเสียหาย เราจึงสร้างลายนิ้วมือของวิดีโอไม่ได้ แต่สร้างลายนิ้วมือของไฟล์ได้แล้ว</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>เรายังอ่านไฟล์ประเภทนี้ไม่ได้ เอาออกแล้วไปต่อได้</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>หยุดก่อนที่ไฟล์นี้จะเสร็จ</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>มีบางอย่างผิดพลาดตอนอ่านไฟล์นี้ เอาออกแล้วไปต่อ หรือลองอีกครั้งก็ได้</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>ติดต่อบริการ Take It Down ไม่ได้ ตรวจดูว่าต่ออินเทอร์เน็ตอยู่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>พร็อกซีของเครือข่ายไม่ยอมให้เราไปถึงบริการ Take It Down ลองใช้เครือข่ายอื่น เช่น Wi-Fi ที่บ้าน หรืออินเทอร์เน็ตมือถือ</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>บริการ Take It Down ตอบช้าเกินไป ลองอีกครั้งในอีกไม่กี่นาที</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>เรายืนยันไม่ได้ว่ากำลังคุยกับบริการ Take It Down ตัวจริง จึงไม่ได้ส่งอะไรไป เรื่องนี้เกิดได้กับเครือข่าย ของโรงเรียนหรือที่ทำงาน ลองใช้เครือข่ายอื่น เช่น Wi-Fi ที่บ้าน หรืออินเทอร์เน็ตมือถือ</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>มีบางอย่างผิดพลาดที่ฝั่งบริการ Take It Down ไม่ใช่ความผิดของคุณ ลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>ตอนนี้มีรายงานส่งมา จากเครือข่ายของคุณเยอะมาก รอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>ไม่พบรายงานที่มีหมายเลขรายงานและรหัสลับนี้ ลองเทียบทั้งสองอย่างกับใบยืนยัน ว่าพิมพ์ผิดหรือไม่</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>บริการ Take It Down รับรายงานนี้ไม่ได้ ลองส่งไฟล์ให้น้อยลงในแต่ละครั้ง หรืออัปเดตแอป</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>ที่อยู่ของบริการไม่ใช่ที่อยู่ที่ปลอดภัย (https://) จึงไม่ได้ส่งอะไรไป</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>การตั้งค่าพร็อกซีไม่ถูกต้อง ควรเป็นแบบ socks5://localhost:9050 หรือ http://proxy.example:8080</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>ลายนิ้วมือของคุณยังอยู่ที่นี่ พร้อมส่ง</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>ใบยืนยัน Take It Down

ใช้หมายเลขรายงาน (Report number) และรหัสลับ (Secret key) ด้านล่าง เพื่อดูหรือถอนรายงานของคุณ
เก็บเป็นความลับ ใครก็ตามที่มีทั้งสองอย่างถอนรายงานได้</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>พิมพ์หรือวางรหัสลับจากใบยืนยัน</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>พิมพ์หรือวางหมายเลขรายงานจากใบยืนยัน</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>มีแค่ตัวสุดท้ายที่เป็น * ~ $ = หรือ U ได้ รหัสใช้แค่ตัวเลข 0-9 และตัวอักษร A-Z (ไม่มี I, L, O และ U) และบางครั้งมี * ~ $ = U หนึ่งตัวที่ท้ายสุด</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>รหัสลับนี้พิมพ์ผิด มีอย่างน้อยหนึ่งตัวที่ไม่ตรงกับใบยืนยัน ตรวจทีละกลุ่มอีกครั้ง</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>หมายเลขรายงานนี้พิมพ์ผิด มีอย่างน้อยหนึ่งตัวที่ไม่ตรงกับใบยืนยัน ตรวจอีกครั้ง</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>ไฟล์นี้ไม่เหมือนใบยืนยันของ Take It Down ควรมีบรรทัดที่ขึ้นต้นด้วย “Report number:” และบรรทัดที่ขึ้นต้นด้วย “Secret key:”</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down ใช้กับรูปและวิดีโอของคนที่อายุต่ำกว่า 18 ปี ยืนยันว่าคนในภาพอายุต่ำกว่า 18 ปีตอนที่ถ่าย</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>สร้างลายนิ้วมือจากไฟล์เหล่านี้ไม่ได้เลย จึงไม่มีอะไรให้ส่ง ลองเพิ่มรูปหรือวิดีโออีกครั้ง หรือใช้สำเนาอื่น</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>ลายนิ้วมือเหล่านี้ใหญ่เกินกว่า จะส่งในรายงานเดียว (วิดีโอยาวสร้างลายนิ้วมือเยอะ) ส่งไฟล์ให้น้อยลงในแต่ละครั้ง</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ลายนิ้วมือที่ Take It Down บันทึกไว้ หรือถูกแก้ไขหลังบันทึก เลือกไฟล์ที่แอปบันทึกไว้ให้คุณ</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>เปิดไฟล์นี้ไม่ได้ ตรวจดูว่าไฟล์ยังอยู่</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>รหัสลับมีตัวอักษรและตัวเลข %1 ตัว แต่อันนี้มี %2 ตัว ดูว่าขาดหรือเกินไปตัวหนึ่งหรือไม่</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>หมายเลขรายงานมีตัวอักษรและตัวเลข %1 ตัว แต่อันนี้มี %2 ตัว ดูว่าขาดหรือเกินไปตัวหนึ่งหรือไม่</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” อยู่ในรหัสลับไม่ได้ รหัสใช้แค่ตัวเลข 0-9 และตัวอักษร A-Z (ไม่มี I, L, O และ U) และบางครั้งมี * ~ $ = U หนึ่งตัวที่ท้ายสุด</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” อยู่ในหมายเลขรายงานไม่ได้ หมายเลขรายงานใช้แค่ตัวเลข 0-9 และตัวอักษร A-Z (ไม่มี I, L, O และ U)</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>รายงานหนึ่งฉบับมีได้ไม่เกิน %1 ไฟล์ แต่ฉบับนี้มี %2 ไฟล์ ส่งเป็นกลุ่มเล็กลง</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Take It Down ชุดนี้ไม่รู้ว่าจะส่งรายงานไปที่ไหน จึงใช้งานไม่ได้ ไม่ใช่ความผิดของคุณ ยังไม่มีอะไรถูกส่งไป ขอแอปใหม่จากคนหรือที่ที่ให้แอปนี้มา เมื่อปิดข้อความนี้ แอปจะปิดไปด้วย</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>คำถามสั้น ๆ สองข้อ</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>เราไม่ถามชื่อ หรืออะไรที่บอกได้ว่าคุณเป็นใคร</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>ในรูปหรือวิดีโอนี้ คุณ (หรือเด็กที่คุณช่วย) อายุต่ำกว่า 18 ปีไหม</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>ใช่ ต่ำกว่า 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>ไม่ใช่ 18 ขึ้นไป</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>ไม่เป็นไร ถ้าอาจถ่ายไว้ก่อนอายุ 18 ปี ก็ไปต่อได้ Take It Down ใช้กับทุกอย่างที่อาจถ่ายไว้ก่อนอายุ 18 ปี</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>ใครกำลังใช้แอปนี้</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>ฉันเป็นคนในรูปหรือวิดีโอ</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>ฉันเป็นพ่อแม่ หรือผู้ใหญ่ที่ไว้ใจได้ ที่กำลังช่วยเด็ก</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>ฉันเป็นผู้ให้คำปรึกษา หรือผู้เชี่ยวชาญที่กำลังช่วย</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ต่อไป</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>นี่คือทุกอย่างที่จะส่งไป</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>ด้านล่างคือรายงานทั้งหมด ตรงตามที่จะส่งไป มีแค่ลายนิ้วมือดิจิทัล ไม่มีภาพ ไม่มีชื่อไฟล์ ไม่มีชื่อคน และไม่มีตำแหน่ง “role” บอกว่าใครเป็นคนส่ง “attested_under_18” คือช่องที่คุณติ๊กด้านล่าง และ “key_verifier” ช่วยให้คุณดูหรือถอนรายงานภายหลังได้ โดยไม่ต้องบอกว่าคุณเป็นใคร</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>รายงานที่จะส่งไป</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>สิ่งที่จะส่ง</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>ซ่อนรายงานฉบับจริง</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>แสดงรายงานฉบับจริง</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>คัดลอกข้อความรายงาน</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>ส่งลายนิ้วมือ</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>จะไม่มีอะไรถูกส่ง จนกว่าคุณจะกด “ส่งลายนิ้วมือ”</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>ลายนิ้วมือ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>จำนวนลายนิ้วมือของแต่ละรูป: %1 ส่วนใหญ่เป็นลายนิ้วมือเพิ่ม สำหรับสำเนาที่ถูกตัดหรือจัดกรอบใหม่ จึงหาสำเนาเหล่านั้นเจอได้ด้วย</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>ส่งเฉพาะลายนิ้วมืออย่าง %1 ไม่มีรูป ชื่อ หรือสถานที่</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>บางภาพเรียบมากหรือเบลอ ลายนิ้วมือจึงอ่อน และจับคู่ได้ยากกว่า แต่ก็ยังส่งไปและยังช่วยได้</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>รูป: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>วิดีโอ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>ไฟล์อื่น: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>ไม่ได้ใส่ เพราะอ่านไม่ได้: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>ฉันยืนยันว่าคนในรูปและวิดีโอนี้คือฉัน ตอนอายุต่ำกว่า 18 ปี</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>ฉันยืนยันว่าคนในภาพคือเด็กที่ฉันช่วย ตอนอายุต่ำกว่า 18 ปี</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>บันทึกลายนิ้วมือแล้ว</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>ลายนิ้วมืออยู่ในไฟล์ที่คุณเลือก ยังไม่มีอะไรถูกส่งไป ถ้าจะส่ง ให้เปิด Take It Down บนคอมพิวเตอร์เครื่องไหนก็ได้ที่มีอินเทอร์เน็ต เลือก “ส่งลายนิ้วมือที่บันทึกไว้” แล้วเลือกไฟล์นี้</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>ไฟล์นี้มีรหัสลับของรายงานนี้อยู่ เก็บไว้เป็นความลับ และลบทิ้งเมื่อส่งรายงานแล้ว</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>เริ่มใหม่</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>กำลังส่ง</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>บันทึกไว้ส่งทีหลัง…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>ไม่มีอะไรหาย คุณยังบันทึกลายนิ้วมือ ไว้ในไฟล์ที่เลือกเองได้ด้วย แล้วส่งทีหลังจากคอมพิวเตอร์เครื่องไหนก็ได้</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>ยังส่งไม่ได้</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>กำลังส่งลายนิ้วมือของคุณ…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>ปกติใช้เวลาไม่กี่วินาที ส่งไปแค่ลายนิ้วมือเท่านั้น</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ตรวจดู</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ขั้นที่ %1 จาก %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>เลือกภาษาของแอป เปลี่ยนทันที</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>เราช่วยหยุดไม่ให้ภาพเหล่านี้แพร่ออกไปได้</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>ถ้ามีรูปหรือวิดีโอโป๊หรือทางเพศของคุณ ตอนก่อนอายุ 18 ปี แอปนี้ช่วยให้ภาพถูกลบออกจากเว็บไซต์และแอป หรือกันไม่ให้ถูกแชร์ได้ ไม่ใช่ความผิดของคุณ และคุณไม่ได้มีปัญหาอะไร</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>ภาพของคุณอยู่กับคุณ</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>รูปและวิดีโอของคุณอยู่ในคอมพิวเตอร์เครื่องนี้ ไม่มีการอัปโหลดเลย</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>ส่งเฉพาะลายนิ้วมือ ซึ่งเป็นรหัสสั้น ๆ ที่เปลี่ยนกลับเป็นรูปไม่ได้</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>คุณไม่ต้องให้ชื่อ อีเมล หรือเบอร์โทรศัพท์ และไม่มีค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>หยุดได้ทุกเมื่อ ปุ่ม ออกทันที (มุมขวาบน) จะปิดแอปทันที กด Shift สามครั้ง หรือ Escape สองครั้ง ก็ได้</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>ทำงานอย่างไร</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>ดูหรือถอนรายงานที่ส่งไปก่อนหน้า</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>ส่งลายนิ้วมือที่บันทึกไว้</translation>
    </message>
</context>
</TS>
