<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>加入照片和影片</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>把每一張想要移除的照片或每一段影片加進來。它們會留在這台電腦上：只會產生它們的數位指紋。畫面會模糊處理，所以你不用看到它們。</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>把照片、影片或資料夾拖到這裡</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>選擇照片和影片…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>已加入的照片和影片</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>按 Delete 移除選取的項目。按住不放可以查看其中一個。</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>看到這些影像可能會讓你難受，附近的人也可能看到。你不需要看它們：不管怎樣都會產生指紋。還是要顯示嗎？</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>保持模糊</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>隱藏影像</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>顯示影像</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>除非你選擇查看，否則影像會保持模糊。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>移除選取的項目</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>停止產生指紋</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>已經加入過了，所以沒有再次加入：%n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>還沒有加入任何東西。</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>正在產生指紋：還剩 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>正在查看資料夾…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>已完成：%n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>指紋較弱，但仍然有用：%n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>無法讀取：%n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>和另一個檔案相同，所以只顯示一次：%n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>有些資料夾無法查看。請再加入一次試試看。</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>你可以再加入更多，或繼續下一步。</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>你可以繼續加入檔案，或按「停止」。</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>這張影像非常單調或模糊，所以它的指紋較弱，比較難比對。它還是會傳送出去，也仍然可能有幫助。</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>這不是照片或影片，所以只會傳送它的檔案指紋。它仍然可以找到這個檔案一模一樣的副本。</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>這項服務是給未滿 18 歲時拍攝的影像用的</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down 只適用於某人未滿 18 歲時拍攝的照片和影片。什麼都還沒有傳送。有一項運作方式類似的免費服務是給成年人用的，也有人可以陪你聊聊：</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>如果你不確定當時幾歲，請返回並選擇「我不確定」。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>查詢或撤回之前的申請</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>輸入回執上的申請編號和秘密金鑰，或開啟你儲存的回執。撤回申請後，它的指紋就會從清單上移除。</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>申請編號：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>秘密金鑰：</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>申請編號</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密金鑰</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>查詢申請</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>開啟已儲存的回執…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>撤回這份申請…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>要撤回這份申請嗎？它的指紋會從清單上移除，網站和應用程式就不會再尋找這些影像。這個動作無法復原，但你隨時可以再傳送新的申請。</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>是，撤回</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>不，保留</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在查詢…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>正在撤回…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>這份申請已撤回。它的指紋已不在清單上。收到日期：%1。</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>這份申請目前有效。收到日期：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>其中產生指紋的檔案：%n 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>你的申請已傳送</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>完成了。這是你的回執。之後要查詢申請時會用到它。</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>申請編號：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>秘密金鑰：</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>請把這兩樣東西放在安全、私密的地方。查詢或撤回申請時兩樣都需要。如果弄丟了，沒有人能找回來，我們也不行。任何同時擁有這兩樣的人都可以撤回申請。</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>複製回執</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>另存回執…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下來會怎樣</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC 會把你的數位指紋加入它的清單。參與的網站和應用程式會用這份清單找出副本並移除，或阻止它們被張貼。你不會收到相關訊息，因為沒有人知道你是誰。你隨時可以用這個應用程式查詢你的申請。

請不要在任何地方分享這些照片或影片，就算是為了檢舉也不要。再傳送一次可能會讓它們擴散。</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>你不必獨自面對這件事</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>如果你擔心、難過，或有人在威脅你，這些免費、保密的服務可以幫忙：</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>關閉應用程式</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>個人資料夾</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>選擇照片、影片或整個資料夾。按住 Ctrl 可以選擇多個。</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>選擇你之前儲存的指紋檔案。</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>選擇一個資料夾，然後輸入檔案名稱。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速離開</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>上一層資料夾</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>檔案和資料夾</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>檔案名稱：</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>這裡已經有同名的檔案。儲存後會取代它。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>現在尋求協助</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>你不必獨自面對這件事。這些服務是免費且保密的。如果有人威脅你或向你要影像，你可以告訴其中一項服務或你信任的大人。你不會因此惹上麻煩。</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>這是怎麼運作的？</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>你的照片或影片會留在這台電腦上</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>應用程式在這裡產生它的指紋</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>只有指紋會傳送給 Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>網站和應用程式會尋找相符的內容並移除</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>什麼是指紋？</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>數位指紋（電腦專業的人叫它雜湊，hash）是從照片或影片算出來的一段短碼。同一張影像永遠會產生同一段碼。這段碼無法變回影像，所以沒有人能從它看到你的影像。</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>檔案指紋（MD5 和 SHA-256）</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>這些指紋用來比對同一個檔案的完全相同副本。只要檔案有一點點改變，碼也會跟著改變。</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>影像指紋（PDQ）</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>這個指紋是根據影像的樣子算出來的，所以也能找到被縮小、重新儲存或稍微修改過的副本。非常單調或模糊的影像會產生較弱的指紋，比較難比對。它還是會被傳送。</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>被修改的副本</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>每張照片也會額外產生一些指紋，對應副本常被修改的方式：一邊被裁掉、被放大、變成正方形、被旋轉、被放進限時動態，或放在一段文字下面。這樣一來，這些副本不用新的申請也能被找到。有些修改過的副本還是找不到：四邊都被裁掉的副本、螢幕截圖，或貼了貼圖的副本。如果你發現這樣的副本，可以把它放進新的申請傳送。</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>影片指紋</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>對於影片，應用程式大約每秒取一個畫面產生影像指紋，另外還有檔案指紋。</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>指紋會怎麼處理？</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC 會把它們加入一份清單。參與的網站和應用程式會拿貼文和清單比對。如果有相符的內容，它們可以移除，或阻止它被張貼。沒有人會因為這個應用程式而看到你的影像。</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down 做不到的事</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>它無法從沒有參與的網站和應用程式、或私人訊息中移除影像。被大幅修改過的影像可能比對不到。</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>影片 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>檔案 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>指紋… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>正在產生指紋…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>已完成：只有檔案指紋</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>已完成（指紋較弱）</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>無法讀取這個檔案</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>剩不到一分鐘。</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>大約還剩 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>Chinese uses a full-width colon with no space.</translatorcomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translatorcomment>Chinese ends a sentence with 。 and no space.</translatorcomment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>無法在那裡開啟或儲存這個檔案。請換個地方試試看。</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>出了點問題。這不是你的錯。請再試一次。</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>尋求協助</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>可以找人聊聊的地方</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速離開</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>立刻關閉應用程式並忘記一切。你也可以按 Shift 三次，或按 Escape 兩次。</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>已複製。請貼到私密的地方。應用程式關閉時，如果回執還在剪貼簿裡，會把剪貼簿清空。</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>已儲存。請把檔案放在私密的地方。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>找不到這個檔案。它可能被移動或刪除了。</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>這不是照片或影片，所以我們無法產生指紋。你可以移除它，然後繼續。</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>這台電腦不允許我們開啟這個資料夾，所以裡面的東西都沒有加入。</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>這台電腦不允許我們開啟這個檔案。你可以把它複製到別的地方再試一次。</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>這個檔案是空的，所以沒有東西可以產生指紋。</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>這個檔案太大，我們無法讀取。你可以移除它，然後繼續。</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>這張影像聲稱自己比任何真實照片都大得多，所以我們沒有開啟它。你可以移除它，然後繼續。</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>這張影像好像損壞了，所以我們無法產生它的影像指紋。檔案指紋仍然已經產生。</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>這段影片好像損壞了，所以我們無法產生它的影片指紋。檔案指紋仍然已經產生。</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>我們還無法讀取這種檔案。你可以移除它，然後繼續。</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>在這個檔案完成前就停止了。</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>讀取這個檔案時出了點問題。你可以移除它然後繼續，或再試一次。</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>無法連上 Take It Down 服務。請確認你已連上網路，然後再試一次。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>你的網路的 Proxy 不讓我們連到 Take It Down 服務。請換個網路再試，例如家裡的 Wi-Fi 或行動數據。</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down 服務回應太久了。請過幾分鐘再試一次。</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>我們無法確認是在和真正的 Take It Down 服務連線，所以什麼都沒有傳送。在學校或公司的網路上可能會這樣。請換個網路再試，例如家裡的 Wi-Fi 或行動數據。</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down 服務那邊出了點問題。這不是你的錯。請稍後再試。</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>現在有很多申請從你的網路送出。請等幾分鐘再試一次。</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>找不到符合這個申請編號和秘密金鑰的申請。請對照回執檢查兩者，看看有沒有打錯字。</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down 服務無法接受這份申請。請試著一次傳送少一點檔案，或更新應用程式。</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>服務的網址不是安全的（https://）網址，所以什麼都沒有傳送。</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Proxy 設定不正確。它應該像 socks5://localhost:9050 或 http://proxy.example:8080 這樣。</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>你的指紋還在這裡，隨時可以傳送。</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down 回執

用下面的申請編號（Report number）和秘密金鑰（Secret key），你可以查詢或撤回你的申請。
請保密：任何同時擁有這兩樣的人都可以撤回這份申請。</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>請輸入或貼上回執上的秘密金鑰。</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>請輸入或貼上回執上的申請編號。</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>只有最後一個字元可以是 * ~ $ = 或 U。金鑰只使用數字 0-9 和字母 A-Z（沒有 I、L、O 和 U），有時最後面會有 * ~ $ = U 其中之一。</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>這個秘密金鑰有打錯的地方：至少有一個字元和回執上的不同。請再檢查每一組。</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>這個申請編號有打錯的地方：至少有一個字元和回執上的不同。請再檢查一次。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>這看起來不像 Take It Down 回執。它應該有一行以「Report number:」開頭，還有一行以「Secret key:」開頭。</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down 適用於未滿 18 歲者的照片和影片。請確認影像中的人在拍攝時未滿 18 歲。</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>這些檔案都無法產生指紋，所以沒有東西可以傳送。請試著再加入一次這些照片或影片，或加入其他副本。</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>這些指紋太大，無法放在一份申請裡傳送（長影片會產生很多指紋）。請一次傳送少一點檔案。</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>這不是 Take It Down 儲存指紋的檔案，或是儲存後被修改過。請選擇應用程式為你儲存的檔案。</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>無法開啟這個檔案。請確認它還在。</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>秘密金鑰有 %1 個字母和數字，但這個有 %2 個。請檢查是不是少了或多了一個。</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>申請編號有 %1 個字母和數字，但這個有 %2 個。請檢查是不是少了或多了一個。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>秘密金鑰裡不能有「%1」。金鑰只使用數字 0-9 和字母 A-Z（沒有 I、L、O 和 U），有時最後面會有 * ~ $ = U 其中之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>申請編號裡不能有「%1」。申請編號只使用數字 0-9 和字母 A-Z（沒有 I、L、O 和 U）。</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>一份申請最多可以有 %1 個檔案，這份有 %2 個。請分成幾批傳送。</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>這份 Take It Down 不知道要把申請送到哪裡，所以無法使用。這不是你的錯。什麼都沒有傳送。請向給你這個應用程式的人或地方重新取得。關閉這則訊息後，應用程式也會關閉。</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>兩個簡單的問題</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>我們不會問你的名字，或任何可能透露你是誰的資訊。</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>在這些照片或影片裡，你（或你正在幫助的年輕人）未滿 18 歲嗎？</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>是，未滿 18 歲</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>不是，18 歲以上</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>我不確定</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>沒關係。如果它們可能是在 18 歲以前拍的，你可以繼續。Take It Down 適用於任何可能是在 18 歲以前拍的內容。</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>誰在使用這個應用程式？</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>我就是照片或影片裡的人</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>我是家長或信任的大人，正在幫助一位年輕人</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>我是輔導人員或其他提供協助的專業人士</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>這就是會傳送的全部內容</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>下面是完整的申請，和實際傳送的內容完全一樣。裡面只有數位指紋：沒有影像、沒有檔名、沒有姓名，也沒有位置。「role」表示誰在傳送，「attested_under_18」是你在下面勾選的方框，「key_verifier」讓你之後可以查詢或撤回申請，而不必說出你是誰。</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>將會傳送的申請</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>將會傳送的內容</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>隱藏完整申請內容</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>顯示完整申請內容</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>複製申請內容</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>傳送指紋</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>在你按下「傳送指紋」之前，什麼都不會傳送。</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n 個指紋</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>每張照片的指紋：%1 個。大部分是為被裁切或重新取景的副本額外產生的，讓這些副本也能被找到。</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>只會傳送像 %1 這樣的指紋：沒有影像、名字或地點。</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>有些影像非常單調或模糊，所以它們的指紋較弱，比較難比對。它們還是會傳送出去，也仍然可能有幫助。</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>照片：%n 張。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>影片：%n 段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>其他檔案：%n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>因無法讀取而略過：%n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>我確認這些照片和影片是我未滿 18 歲時的樣子。</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>我確認這些照片和影片是我正在幫助的年輕人未滿 18 歲時的樣子。</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>你的指紋已儲存</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>它們在你選擇的檔案裡。什麼都還沒有傳送。要傳送時，在任何能上網的電腦上開啟 Take It Down，選擇「傳送之前儲存的指紋」，再選這個檔案。</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>這個檔案裡有這份申請的秘密金鑰。請保密，並在申請傳送後刪除它。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>傳送中</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>儲存指紋，之後再傳送…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>沒有任何東西遺失。你也可以把指紋存到你選擇的檔案，之後再從任何電腦傳送。</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>還沒能傳送出去</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>正在傳送你的指紋…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>通常只需要幾秒鐘。只會傳送指紋。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>選擇應用程式的語言。會馬上切換。</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>我們可以幫忙阻止這些影像散布</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>如果有你未滿 18 歲時的裸露或性相關照片或影片，這個應用程式可以幫忙把它們從網站和應用程式上移除，或阻止它們被分享。這不是你的錯，你也沒有惹上麻煩。</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>你的影像會留在你身邊</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>你的照片和影片會留在這台電腦上，永遠不會上傳。</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>只會傳送指紋：一些簡短的代碼，無法變回影像。</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>你不用提供名字、電子郵件或電話號碼。完全免費。</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>你隨時可以停下來。「快速離開」（右上角）會立刻關閉應用程式。你也可以按 Shift 三次，或按 Escape 兩次。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>這是怎麼運作的？</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>查詢或撤回之前的申請</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>傳送之前儲存的指紋</translation>
    </message>
</context>
</TS>
