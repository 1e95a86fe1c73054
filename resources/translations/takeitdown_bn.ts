<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>ছবি আর ভিডিও যোগ করো</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>যে ছবি বা ভিডিও সরাতে চাও, সেগুলো একটা একটা করে যোগ করো। এগুলো এই কম্পিউটারেই থাকবে: শুধু এদের ডিজিটাল ফিঙ্গারপ্রিন্ট তৈরি হবে। এগুলো ঝাপসা করে রাখা হয়, তাই তোমাকে দেখতে হবে না।</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>ছবি, ভিডিও বা ফোল্ডার এখানে টেনে আনো</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>ছবি আর ভিডিও বেছে নাও…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>যোগ করা ছবি আর ভিডিও</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>বেছে নেওয়াগুলো সরাতে Delete চাপো। একটা দেখতে চাপ দিয়ে ধরে রাখো।</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>এই ছবিগুলো দেখলে খারাপ লাগতে পারে, আর কাছের কেউও দেখে ফেলতে পারে। তোমাকে এগুলো দেখতে হবে না: ফিঙ্গারপ্রিন্ট যেভাবেই হোক তৈরি হবে। তবুও দেখাবে?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>দেখাও</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>ঝাপসাই থাক</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>ছবি লুকাও</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>ছবি দেখাও</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>তুমি দেখতে না চাইলে ছবিগুলো ঝাপসাই থাকবে।</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>সরাও</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>বেছে নেওয়াগুলো সরাও</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>থামাও</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>ফিঙ্গারপ্রিন্ট তৈরি থামাও</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>এগিয়ে যাও</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>আগেই যোগ করা ছিল, তাই আবার যোগ করা হয়নি: %nটি।</numerusform>
            <numerusform>আগেই যোগ করা ছিল, তাই আবার যোগ করা হয়নি: %nটি।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>এখনো কিছু যোগ করা হয়নি।</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>ফিঙ্গারপ্রিন্ট তৈরি হচ্ছে: আর বাকি %nটি।</numerusform>
            <numerusform>ফিঙ্গারপ্রিন্ট তৈরি হচ্ছে: আর বাকি %nটি।</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>ফোল্ডারগুলো দেখা হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>তৈরি: %nটি।</numerusform>
            <numerusform>তৈরি: %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>দুর্বল ফিঙ্গারপ্রিন্ট, তবুও কাজে লাগবে: %nটি।</numerusform>
            <numerusform>দুর্বল ফিঙ্গারপ্রিন্ট, তবুও কাজে লাগবে: %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>পড়া যায়নি: %nটি।</numerusform>
            <numerusform>পড়া যায়নি: %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>অন্য একটা ফাইলের মতো হুবহু, তাই একবার দেখানো হয়েছে: %nটি।</numerusform>
            <numerusform>অন্য একটা ফাইলের মতো হুবহু, তাই একবার দেখানো হয়েছে: %nটি।</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>কিছু ফোল্ডারের ভেতরে দেখা যায়নি। আবার যোগ করে দেখো।</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>তুমি আরও যোগ করতে পারো, অথবা এগিয়ে যেতে পারো।</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>তুমি আরও ফাইল যোগ করতে পারো, অথবা থামাও চাপতে পারো।</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>এই ছবিটা খুব একরঙা বা ঝাপসা, তাই এর ফিঙ্গারপ্রিন্ট দুর্বল আর মেলানো কঠিন। তবুও এটা পাঠানো হবে, আর কাজে লাগতে পারে।</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>এটা ছবি বা ভিডিও নয়, তাই শুধু এই ফাইলের ফিঙ্গারপ্রিন্ট পাঠানো হবে। তবুও এটা দিয়ে এই ফাইলের হুবহু কপি খুঁজে পাওয়া যায়।</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>এই সেবা ১৮ বছরের আগে তোলা ছবির জন্য</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down শুধু সেই ছবি আর ভিডিওর জন্য, যেগুলো কারও বয়স ১৮-র কম থাকার সময় তোলা। কিছুই পাঠানো হয়নি। বড়দের জন্য একই রকম একটা বিনামূল্যের সেবা আছে, আর এমন মানুষও আছে যাদের সঙ্গে তুমি কথা বলতে পারো:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>তখন তোমার বয়স কত ছিল নিশ্চিত না হলে, পেছনে যাও আর “নিশ্চিত নই” বেছে নাও।</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>আবার শুরু করো</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>আগের রিপোর্ট দেখো বা ফিরিয়ে নাও</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>তোমার রসিদে থাকা রিপোর্ট নম্বর আর গোপন কী লেখো, অথবা সেভ করা রসিদ খোলো। রিপোর্ট ফিরিয়ে নিলে এর ফিঙ্গারপ্রিন্টগুলো তালিকা থেকে সরে যায়।</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>রিপোর্ট নম্বর:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>গোপন কী:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>রিপোর্ট নম্বর</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>গোপন কী</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>রিপোর্ট দেখো</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>সেভ করা রসিদ খোলো…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>এই রিপোর্ট ফিরিয়ে নাও…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>এই রিপোর্ট ফিরিয়ে নেবে? এর ফিঙ্গারপ্রিন্টগুলো তালিকা থেকে সরিয়ে দেওয়া হবে, তাই ওয়েবসাইট আর অ্যাপগুলো এই ছবিগুলো আর খুঁজবে না। এটা আর আগের মতো করা যাবে না, তবে তুমি সবসময় নতুন রিপোর্ট পাঠাতে পারো।</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>হ্যাঁ, ফিরিয়ে নাও</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>না, রেখে দাও</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>দেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>ফিরিয়ে নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>এই রিপোর্ট ফিরিয়ে নেওয়া হয়েছে। এর ফিঙ্গারপ্রিন্টগুলো আর তালিকায় নেই। এটা পাওয়া গিয়েছিল %1 তারিখে।</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>এই রিপোর্ট চালু আছে। এটা পাওয়া গেছে %1 তারিখে।</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>এতে ফিঙ্গারপ্রিন্ট করা ফাইল: %nটি।</numerusform>
            <numerusform>এতে ফিঙ্গারপ্রিন্ট করা ফাইল: %nটি।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>তোমার রিপোর্ট পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>কাজ শেষ। এই নাও তোমার রসিদ। পরে রিপোর্ট দেখতে এটা লাগবে।</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>রিপোর্ট নম্বর:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>গোপন কী:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>এই দুটো কোনো নিরাপদ, গোপন জায়গায় রেখো। রিপোর্ট দেখতে বা ফিরিয়ে নিতে দুটোই লাগবে। হারিয়ে ফেললে কেউ আর ফিরিয়ে দিতে পারবে না, আমরাও না। যার কাছে দুটোই আছে, সে-ই রিপোর্ট ফিরিয়ে নিতে পারে।</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>রসিদ কপি করো</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>রসিদ সেভ করো…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>এরপর কী হবে</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC তোমার ডিজিটাল ফিঙ্গারপ্রিন্টগুলো তাদের তালিকায় যোগ করে। যেসব ওয়েবসাইট আর অ্যাপ এতে অংশ নেয়, তারা এই তালিকা দিয়ে কপি খুঁজে সরিয়ে দেয়, অথবা পোস্ট হতে দেয় না। এ নিয়ে তুমি কোনো মেসেজ পাবে না, কারণ তুমি কে তা কেউ জানে না। তুমি যেকোনো সময় এই অ্যাপ দিয়ে রিপোর্ট দেখতে পারো।

দয়া করে ছবি বা ভিডিওগুলো কোথাও শেয়ার কোরো না, রিপোর্ট করার জন্যও না। আবার পাঠালে এগুলো আরও ছড়িয়ে পড়তে পারে।</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>এটা তোমাকে একা সামলাতে হবে না</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>যদি চিন্তা হয়, মন খারাপ লাগে, বা কেউ হুমকি দেয়, এই বিনামূল্যের, গোপনীয় সেবাগুলো সাহায্য করতে পারে:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>আবার শুরু করো</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>অ্যাপ বন্ধ করো</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>হোম ফোল্ডার</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>ডেস্কটপ</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ভিডিও</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ডাউনলোড</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ডকুমেন্ট</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>ছবি, ভিডিও বা পুরো ফোল্ডার বেছে নাও। একাধিক বাছতে Ctrl চেপে ধরে রাখো।</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>আগে সেভ করা ফিঙ্গারপ্রিন্ট ফাইলটা বেছে নাও।</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>একটা ফোল্ডার বেছে নাও, তারপর ফাইলের একটা নাম লেখো।</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>যোগ করো</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খোলো</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সেভ করো</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>দ্রুত বের হও</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>এক ফোল্ডার উপরে</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>জায়গা</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>ফাইল আর ফোল্ডার</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ফাইলের নাম:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ফাইলের নাম</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>এখানে এই নামে একটা ফাইল আগে থেকেই আছে। সেভ করলে সেটা বদলে যাবে।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>এখনই সাহায্য নাও</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>এটা তোমাকে একা সামলাতে হবে না। এই সেবাগুলো বিনামূল্যের আর গোপনীয়। কেউ হুমকি দিলে বা ছবি চাইলে, তুমি এর যেকোনো একটা সেবাকে বা বিশ্বস্ত কোনো বড় মানুষকে জানাতে পারো। এতে তুমি কোনো ঝামেলায় পড়বে না।</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>এটা কীভাবে কাজ করে?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>তোমার ছবি বা ভিডিও এই কম্পিউটারেই থাকে</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>অ্যাপ এখানেই এর ফিঙ্গারপ্রিন্ট তৈরি করে</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Take It Down-এ শুধু ফিঙ্গারপ্রিন্ট পাঠানো হয়</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>ওয়েবসাইট আর অ্যাপ মিল খুঁজে সেগুলো সরিয়ে দেয়</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>ফিঙ্গারপ্রিন্ট কী?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>ডিজিটাল ফিঙ্গারপ্রিন্ট (কম্পিউটারের লোকেরা একে হ্যাশ, hash বলে) হলো একটা ছবি বা ভিডিও থেকে হিসাব করে বের করা ছোট একটা কোড। একই ছবি থেকে সবসময় একই কোড আসে। কোড থেকে আবার ছবি বানানো যায় না, তাই এটা দিয়ে কেউ তোমার ছবি দেখতে পারবে না।</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>ফাইলের ফিঙ্গারপ্রিন্ট (MD5 আর SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>এগুলো একই ফাইলের হুবহু কপির সঙ্গে মেলে। ফাইলের খুব ছোট একটা অংশ বদলালেও কোড বদলে যায়।</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>ছবির ফিঙ্গারপ্রিন্ট (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>এটা ছবিটা দেখতে কেমন তা থেকে হিসাব করা হয়, তাই ছোট করা, আবার সেভ করা বা একটু বদলানো কপিও খুঁজে পেতে পারে। খুব একরঙা বা ঝাপসা ছবি থেকে দুর্বল ফিঙ্গারপ্রিন্ট হয়, যা মেলানো কঠিন। তবুও এটা পাঠানো হয়।</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>বদলানো কপি</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>কপি সাধারণত যেভাবে বদলানো হয়, তার জন্য প্রতিটি ছবির আরও কিছু ফিঙ্গারপ্রিন্টও তৈরি হয়: এক পাশ কেটে ফেলা, জুম করা, চৌকো করা, ঘোরানো, স্টোরিতে বা কোনো লেখার নিচে বসানো। তাই নতুন রিপোর্ট ছাড়াই এমন কপি খুঁজে পাওয়া যায়। কিছু বদল এখনও ধরা পড়ে না: সব দিক থেকে কাটা কপি, স্ক্রিনশট, বা স্টিকার লাগানো কপি। এমন কোনো কপি পেলে তুমি সেটা নতুন রিপোর্টে পাঠাতে পারো।</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>ভিডিওর ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>ভিডিওর জন্য অ্যাপ প্রতি সেকেন্ডে মোটামুটি একটা ফ্রেমের ছবির ফিঙ্গারপ্রিন্ট তৈরি করে, সঙ্গে ফাইলের ফিঙ্গারপ্রিন্টও।</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>ফিঙ্গারপ্রিন্টগুলোর কী হয়?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC এগুলো একটা তালিকায় যোগ করে। যেসব ওয়েবসাইট আর অ্যাপ অংশ নেয়, তারা পোস্টগুলো এই তালিকার সঙ্গে মিলিয়ে দেখে। কিছু মিলে গেলে তারা সেটা সরিয়ে দিতে পারে, বা পোস্ট হতে না দিতে পারে। এই অ্যাপের কারণে কেউ তোমার ছবি দেখে না।</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down যা করতে পারে না</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>যেসব ওয়েবসাইট আর অ্যাপ অংশ নেয় না, সেখান থেকে বা ব্যক্তিগত মেসেজ থেকে এটা ছবি সরাতে পারে না। অনেক বদলে ফেলা ছবি হয়তো মিলবে না।</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>ছবি %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>ভিডিও %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ফাইল %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>অপেক্ষায়</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>ফিঙ্গারপ্রিন্ট… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>ফিঙ্গারপ্রিন্ট হচ্ছে…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>তৈরি: শুধু ফাইলের ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>তৈরি</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>তৈরি (দুর্বল ফিঙ্গারপ্রিন্ট)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>আংশিক তৈরি</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>থামানো হয়েছে</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>এই ফাইলটা পড়া যায়নি</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>এক মিনিটেরও কম বাকি।</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>প্রায় %n মিনিট বাকি।</numerusform>
            <numerusform>প্রায় %n মিনিট বাকি।</numerusform>
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
        <translatorcomment>Bengali ends a sentence with the danda (।).</translatorcomment>
        <translation>%1। %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>ফাইলটা ওখানে খোলা বা সেভ করা যায়নি। অন্য কোনো জায়গায় চেষ্টা করো।</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>কিছু একটা গোলমাল হয়েছে। এতে তোমার কোনো দোষ নেই। আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>সাহায্য নাও</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>কারও সঙ্গে কথা বলার জায়গা</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>দ্রুত বের হও</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>সঙ্গে সঙ্গে অ্যাপ বন্ধ করে আর সব ভুলে যায়। তুমি তিনবার Shift বা দুবার Escape-ও চাপতে পারো।</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>কপি হয়েছে। কোনো গোপন জায়গায় পেস্ট করো। অ্যাপ বন্ধ হওয়ার সময় রসিদ ক্লিপবোর্ডে থাকলে ক্লিপবোর্ড মুছে দেয়।</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>সেভ হয়েছে। ফাইলটা কোনো গোপন জায়গায় রেখো।</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>ফাইলটা খুঁজে পাওয়া যায়নি। হয়তো সরানো বা মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>এটা ছবি বা ভিডিও না, তাই এর ফিঙ্গারপ্রিন্ট তৈরি করা যাবে না। এটা সরিয়ে এগিয়ে যেতে পারো।</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>এই কম্পিউটার আমাদের এই ফোল্ডারটা খুলতে দেয়নি, তাই এর ভেতরের কিছুই যোগ হয়নি।</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>এই কম্পিউটার আমাদের এই ফাইলটা খুলতে দেয়নি। এটা অন্য কোথাও কপি করে আবার চেষ্টা করতে পারো।</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>এই ফাইলটা ফাঁকা, তাই ফিঙ্গারপ্রিন্ট তৈরির মতো কিছু নেই।</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>এই ফাইলটা আমাদের পড়ার পক্ষে খুব বড়। এটা সরিয়ে এগিয়ে যেতে পারো।</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>এই ছবিটা বলছে যে এটা যেকোনো আসল ছবির চেয়ে অনেক বড়, তাই আমরা এটা খুলিনি। এটা সরিয়ে এগিয়ে যেতে পারো।</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>ছবিটা নষ্ট মনে হচ্ছে, তাই এর ছবির ফিঙ্গারপ্রিন্ট তৈরি করা যায়নি। তবে ফাইলের ফিঙ্গারপ্রিন্ট তৈরি হয়েছে।</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>ভিডিওটা নষ্ট মনে হচ্ছে, তাই এর ভিডিওর ফিঙ্গারপ্রিন্ট তৈরি করা যায়নি। তবে ফাইলের ফিঙ্গারপ্রিন্ট তৈরি হয়েছে।</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>এই ধরনের ফাইল আমরা এখনো পড়তে পারি না। এটা সরিয়ে এগিয়ে যেতে পারো।</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>ফাইলটা শেষ হওয়ার আগেই থামানো হয়েছে।</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>ফাইলটা পড়ার সময় কিছু একটা গোলমাল হয়েছে। এটা সরিয়ে এগিয়ে যেতে পারো, বা আবার চেষ্টা করতে পারো।</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Take It Down সেবার সঙ্গে যোগাযোগ করা যায়নি। ইন্টারনেট সংযোগ আছে কি না দেখো, তারপর আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>তোমার নেটওয়ার্কের প্রক্সি আমাদের Take It Down সেবা পর্যন্ত যেতে দেয়নি। অন্য নেটওয়ার্কে আবার চেষ্টা করো, যেমন বাড়ির Wi-Fi বা মোবাইল ডেটা।</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down সেবা উত্তর দিতে অনেক দেরি করেছে। কয়েক মিনিট পরে আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>আমরা নিশ্চিত হতে পারিনি যে আসল Take It Down সেবার সঙ্গেই কথা হচ্ছে, তাই কিছুই পাঠানো হয়নি। স্কুল বা অফিসের নেটওয়ার্কে এমন হতে পারে। অন্য নেটওয়ার্কে আবার চেষ্টা করো, যেমন বাড়ির Wi-Fi বা মোবাইল ডেটা।</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down সেবার দিকে কিছু একটা গোলমাল হয়েছে। এতে তোমার কোনো দোষ নেই। পরে আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>এই মুহূর্তে তোমার নেটওয়ার্ক থেকে অনেক রিপোর্ট আসছে। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করো।</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>এই রিপোর্ট নম্বর আর গোপন কী দিয়ে কোনো রিপোর্ট পাওয়া যায়নি। দুটোই রসিদের সঙ্গে মিলিয়ে দেখো, কোথাও ভুল টাইপ হয়েছে কি না।</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down সেবা এই রিপোর্ট নিতে পারেনি। একবারে কম ফাইল পাঠিয়ে দেখো, অথবা অ্যাপ আপডেট করো।</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>সেবার ঠিকানাটা নিরাপদ (https://) ঠিকানা নয়, তাই কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>প্রক্সির সেটিং ঠিক নেই। এটা socks5://localhost:9050 বা http://proxy.example:8080-এর মতো হওয়া উচিত।</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>তোমার ফিঙ্গারপ্রিন্টগুলো এখনো এখানেই আছে, পাঠানোর জন্য তৈরি।</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down রসিদ

নিচের রিপোর্ট নম্বর (Report number) আর গোপন কী (Secret key) দিয়ে তুমি তোমার রিপোর্ট দেখতে বা ফিরিয়ে নিতে পারো।
এগুলো গোপন রেখো: যার কাছে দুটোই থাকবে, সে-ই রিপোর্ট ফিরিয়ে নিতে পারবে।</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>তোমার রসিদ থেকে গোপন কী লেখো বা পেস্ট করো।</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>তোমার রসিদ থেকে রিপোর্ট নম্বর লেখো বা পেস্ট করো।</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>শুধু শেষ অক্ষরটা * ~ $ = বা U হতে পারে। কী-তে শুধু 0-9 সংখ্যা আর A-Z অক্ষর থাকে (I, L, O আর U ছাড়া), আর কখনো কখনো একদম শেষে * ~ $ = U-এর মধ্যে একটা।</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>এই গোপন কী-তে একটা ভুল টাইপ আছে: অন্তত একটা অক্ষর তোমার রসিদের থেকে আলাদা। প্রতিটা দল আবার মিলিয়ে দেখো।</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>এই রিপোর্ট নম্বরে একটা ভুল টাইপ আছে: অন্তত একটা অক্ষর তোমার রসিদের থেকে আলাদা। আবার মিলিয়ে দেখো।</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>এটা Take It Down-এর রসিদ বলে মনে হচ্ছে না। এতে “Report number:” দিয়ে শুরু একটা লাইন আর “Secret key:” দিয়ে শুরু একটা লাইন থাকার কথা।</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down ১৮ বছরের কম বয়সী কারও ছবি আর ভিডিওর জন্য। নিশ্চিত করো যে ছবি তোলার সময় তাতে থাকা মানুষটির বয়স ১৮-র কম ছিল।</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>এই ফাইলগুলোর কোনোটারই ফিঙ্গারপ্রিন্ট তৈরি করা যায়নি, তাই পাঠানোর মতো কিছু নেই। ছবি বা ভিডিওগুলো আবার যোগ করে দেখো, বা এগুলোর অন্য কপি দিয়ে দেখো।</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>এই ফিঙ্গারপ্রিন্টগুলো একটা রিপোর্টে পাঠানোর পক্ষে খুব বড় (লম্বা ভিডিও থেকে অনেক তৈরি হয়)। একবারে কম ফাইল পাঠাও।</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>এটা Take It Down-এর সেভ করা ফিঙ্গারপ্রিন্টের ফাইল নয়, অথবা সেভ করার পর এটা বদলানো হয়েছে। অ্যাপ তোমার জন্য যে ফাইলটা সেভ করেছিল, সেটা বেছে নাও।</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>ফাইলটা খোলা যায়নি। এটা এখনো ওখানে আছে কি না দেখো।</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>একটা গোপন কী-তে %1টি অক্ষর আর সংখ্যা থাকে, কিন্তু এটায় আছে %2টি। কোনোটা বাদ পড়েছে বা বেশি হয়েছে কি না দেখো।</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>একটা রিপোর্ট নম্বরে %1টি অক্ষর আর সংখ্যা থাকে, কিন্তু এটায় আছে %2টি। কোনোটা বাদ পড়েছে বা বেশি হয়েছে কি না দেখো।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” গোপন কী-তে থাকতে পারে না। কী-তে শুধু 0-9 সংখ্যা আর A-Z অক্ষর থাকে (I, L, O আর U ছাড়া), আর কখনো কখনো একদম শেষে * ~ $ = U-এর মধ্যে একটা।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” রিপোর্ট নম্বরে থাকতে পারে না। রিপোর্ট নম্বরে শুধু 0-9 সংখ্যা আর A-Z অক্ষর থাকে (I, L, O আর U ছাড়া)।</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>একটা রিপোর্টে সবচেয়ে বেশি %1টি ফাইল থাকতে পারে, আর এটায় আছে %2টি। ছোট ছোট দলে ভাগ করে পাঠাও।</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Take It Down-এর এই কপিটা জানে না রিপোর্ট কোথায় পাঠাতে হবে, তাই এটা ব্যবহার করা যাবে না। এতে তোমার কোনো দোষ নেই। কিছুই পাঠানো হয়নি। যারা বা যেখান থেকে অ্যাপটা পেয়েছিলে, সেখান থেকে আবার নাও। এই মেসেজ বন্ধ করলে অ্যাপও বন্ধ হয়ে যাবে।</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>ছোট্ট দুটো প্রশ্ন</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>আমরা তোমার নাম বা এমন কিছু জানতে চাই না, যা থেকে বোঝা যায় তুমি কে।</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>এই ছবি বা ভিডিওতে কি তোমার (বা যাকে সাহায্য করছ তার) বয়স ১৮-র কম?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>হ্যাঁ, ১৮-র কম</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>না, ১৮ বা তার বেশি</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>নিশ্চিত নই</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>কোনো সমস্যা নেই। এগুলো ১৮ বছরের আগে তোলা হয়ে থাকতে পারলে তুমি এগিয়ে যেতে পারো। ১৮ বছরের আগে তোলা হয়ে থাকতে পারে এমন সবকিছুর জন্যই Take It Down।</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>অ্যাপটা কে ব্যবহার করছে?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>ছবি বা ভিডিওতে থাকা মানুষটি আমিই</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>আমি মা-বাবা বা বিশ্বস্ত কোনো বড় মানুষ, একজন কমবয়সীকে সাহায্য করছি</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>আমি কাউন্সেলর বা অন্য কোনো পেশাদার, সাহায্য করছি</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>এগিয়ে যাও</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>যা পাঠানো হবে, তা সবই এখানে</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>নিচে পুরো রিপোর্টটা আছে, ঠিক যেভাবে পাঠানো হবে। এতে শুধু ডিজিটাল ফিঙ্গারপ্রিন্ট আছে: কোনো ছবি নেই, ফাইলের নাম নেই, কারও নাম নেই, কোনো লোকেশনও নেই। “role” বলে কে পাঠাচ্ছে, “attested_under_18” হলো নিচের যে বক্সে টিক দেবে সেটা, আর “key_verifier” দিয়ে তুমি কে তা না বলেই পরে রিপোর্ট দেখতে বা ফিরিয়ে নিতে পারবে।</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>যে রিপোর্ট পাঠানো হবে</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>যা পাঠানো হবে</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>পুরো রিপোর্ট লুকাও</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>পুরো রিপোর্ট দেখাও</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>রিপোর্টের লেখা কপি করো</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>ফিঙ্গারপ্রিন্ট পাঠাও</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>“ফিঙ্গারপ্রিন্ট পাঠাও” না চাপা পর্যন্ত কিছুই পাঠানো হবে না।</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%nটি ফিঙ্গারপ্রিন্ট</numerusform>
            <numerusform>%nটি ফিঙ্গারপ্রিন্ট</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>প্রতিটি ছবির ফিঙ্গারপ্রিন্ট: %1টি। বেশিরভাগই বাড়তি, কেটে ফেলা বা ফ্রেম বদলানো কপির জন্য, যাতে সেগুলোও খুঁজে পাওয়া যায়।</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>শুধু %1-এর মতো ফিঙ্গারপ্রিন্ট পাঠানো হয়: কোনো ছবি, নাম বা জায়গা নয়।</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>কিছু ছবি খুব একরঙা বা ঝাপসা, তাই এদের ফিঙ্গারপ্রিন্ট দুর্বল আর মেলানো কঠিন। তবুও এগুলো পাঠানো হবে, আর কাজে লাগতে পারে।</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>ছবি: %nটি।</numerusform>
            <numerusform>ছবি: %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>ভিডিও: %nটি।</numerusform>
            <numerusform>ভিডিও: %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>অন্য ফাইল: %nটি।</numerusform>
            <numerusform>অন্য ফাইল: %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>পড়া যায়নি বলে বাদ দেওয়া: %nটি।</numerusform>
            <numerusform>পড়া যায়নি বলে বাদ দেওয়া: %nটি।</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>আমি নিশ্চিত করছি যে এই ছবি আর ভিডিওতে ১৮-র কম বয়সের আমি আছি।</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>আমি নিশ্চিত করছি যে এতে আমি যাকে সাহায্য করছি, সে ১৮-র কম বয়সে আছে।</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>তোমার ফিঙ্গারপ্রিন্ট সেভ হয়েছে</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>এগুলো তোমার বেছে নেওয়া ফাইলে আছে। এখনো কিছু পাঠানো হয়নি। পাঠাতে চাইলে ইন্টারনেট আছে এমন যেকোনো কম্পিউটারে Take It Down খোলো, “আগে সেভ করা ফিঙ্গারপ্রিন্ট পাঠাও” বেছে নাও, আর এই ফাইলটা দাও।</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>এই ফাইলে এই রিপোর্টের গোপন কী আছে। এটা গোপন রেখো, আর রিপোর্ট পাঠানো হয়ে গেলে মুছে ফেলো।</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>আবার শুরু করো</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>পেছনে</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>পাঠানো হচ্ছে</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>আবার চেষ্টা করো</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>পরে পাঠাতে সেভ করো…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>কিছুই হারায়নি। তুমি নিজের বেছে নেওয়া একটা ফাইলে ফিঙ্গারপ্রিন্ট সেভ করে রাখতে পারো, আর পরে যেকোনো কম্পিউটার থেকে পাঠাতে পারো।</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>এখনো পাঠানো যায়নি</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>তোমার ফিঙ্গারপ্রিন্ট পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>সাধারণত কয়েক সেকেন্ড লাগে। শুধু ফিঙ্গারপ্রিন্ট পাঠানো হয়।</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>প্রশ্ন</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>যোগ করো</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>দেখো</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>পাঠাও</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ধাপ %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>অ্যাপের ভাষা বেছে নাও। সঙ্গে সঙ্গে বদলে যায়।</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>এই ছবিগুলো ছড়িয়ে পড়া থামাতে আমরা সাহায্য করতে পারি</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>তোমার ১৮ বছর হওয়ার আগের নগ্ন বা যৌন ছবি বা ভিডিও থাকলে, এই অ্যাপ সেগুলো ওয়েবসাইট আর অ্যাপ থেকে সরাতে, বা শেয়ার হওয়া থামাতে সাহায্য করতে পারে। এতে তোমার কোনো দোষ নেই, আর তুমি কোনো ঝামেলায় পড়োনি।</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>তোমার ছবি তোমার কাছেই থাকে</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>তোমার ছবি আর ভিডিও এই কম্পিউটারেই থাকে। কখনো আপলোড করা হয় না।</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>শুধু ফিঙ্গারপ্রিন্ট পাঠানো হয়: ছোট কোড, যা থেকে আর ছবি ফিরিয়ে আনা যায় না।</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>তোমাকে নাম, ইমেল বা ফোন নম্বর দিতে হয় না। এটা বিনামূল্যে।</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>তুমি যেকোনো সময় থামতে পারো। “দ্রুত বের হও” (উপরে ডানদিকে) সঙ্গে সঙ্গে অ্যাপ বন্ধ করে দেয়। তুমি তিনবার Shift বা দুবার Escape-ও চাপতে পারো।</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু করো</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>এটা কীভাবে কাজ করে?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>আগের রিপোর্ট দেখো বা ফিরিয়ে নাও</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>আগে সেভ করা ফিঙ্গারপ্রিন্ট পাঠাও</translation>
    </message>
</context>
</TS>
