<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>添加照片和视频</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>把你想从网上删除的每张照片、每个视频都添加进来。它们会一直留在这台电脑上：这里只生成它们的数字指纹。它们会被模糊显示，所以你不用看到它们。</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>把照片、视频或文件夹拖到这里</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>选择照片和视频…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>已添加的照片和视频</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>按 Delete 键可以移除选中的项目。按住一个项目可以查看它。</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>看到这些图片可能会让你难过，而且你身边的人也可能看到。你不需要看它们：不管看不看，指纹都会照常生成。还是要显示吗？</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>仍然显示</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>保持模糊</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>隐藏图片</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>显示图片</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>除非你选择查看，图片都会保持模糊。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>移除选中的项目</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>停止生成指纹</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>已经添加过了，所以没有再次添加：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>还没有添加任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>正在生成指纹：还剩 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>正在查看文件夹…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>已就绪：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>弱指纹，但仍然有用：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>无法读取：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>与其他文件相同，只显示一次：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>有些文件夹没法查看。请试着再添加一次。</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>你可以继续添加，或者进入下一步。</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>你可以继续添加文件，或者按“停止”。</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>这张图片画面很单调或很模糊，所以它的指纹是弱指纹，比较难匹配。它仍然会被发送，也仍然能帮上忙。</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>这不是照片或视频，所以只会发送它的文件指纹。它仍然可以找到这个文件的完全相同的副本。</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>这项服务适用于 18 岁以前拍的图片</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down 只用于某人未满 18 岁时拍的照片和视频。什么都没有发送。有一个类似的免费服务是给成年人用的，也有可以和你聊聊的人：</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>如果你不确定当时几岁，请返回并选择“我不确定”。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>查看或撤回以前的报告</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>输入回执上的报告编号和密钥，或者打开你保存的回执。撤回报告会把它的数字指纹从列表中移除。</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>报告编号：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>打开保存的回执…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>撤回这份报告…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>要撤回这份报告吗？它的指纹会从列表中移除，网站和应用就不会再查找这些图片。撤回后无法恢复，但你随时可以发送一份新报告。</translation>
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
        <translation>正在查看…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>正在撤回…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>这份报告已撤回。它的指纹已经不在列表上了。它是在 %1 收到的。</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>这份报告正在生效。它是在 %1 收到的。</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>其中已生成指纹的文件：%n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>你的报告已发送</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>完成了。这是你的回执。以后查看报告时需要用到它。</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>报告编号：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>请把这两样保存在安全、私密的地方。查看或撤回报告时，两样都需要。如果弄丢了，谁都找不回来，我们也不行。任何同时拥有这两样的人都可以撤回这份报告。</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>复制回执</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>将回执另存为…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下来会怎样</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC 会把你的数字指纹加到它的列表里。参与的网站和应用会用这个列表查找副本并删除，或者阻止它们被发布。你不会收到相关消息，因为没有人知道你是谁。你随时可以用这个应用查看你的报告。

请不要在任何地方分享这些照片或视频，即使是为了举报也不要。再次发送它们可能会让它们传播得更广。</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>你不必独自面对这件事</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>如果你感到担心或难过，或者有人在威胁你，这些免费、保密的服务可以帮助你：</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>关闭应用</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>主文件夹</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>选择照片、视频或整个文件夹。按住 Ctrl 可以选择多个。</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>选择你之前保存的指纹文件。</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>选择一个文件夹，然后输入文件名。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>上一级文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>文件和文件夹</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>这里已经有同名文件了。保存会替换它。</translation>
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
        <translation>现在就获取帮助</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>你不必独自面对这件事。这些服务是免费、保密的。如果有人在威胁你或向你要图片，你可以告诉其中一个服务，或者告诉一位信任的成年人。你不会因此惹上麻烦。</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>这是怎么运作的？</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>你的照片或视频留在这台电脑上</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>应用在这里生成数字指纹</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>只有指纹会发送给 Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>网站和应用查找相符的内容并删除</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>什么是数字指纹？</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>数字指纹是根据照片或视频算出来的一串短代码。懂电脑的人叫它哈希 (hash)。同一张图片总是得到同样的代码。这串代码无法变回图片，所以没有人能通过它看到你的图片。</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>文件指纹（MD5 和 SHA-256）</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>它们能匹配同一个文件的完全相同的副本。只要文件改动了一点点，代码也会跟着变。</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>图片指纹（PDQ）</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>它是根据图片的样子算出来的，所以也能找到被缩小、重新保存或稍微改动过的副本。画面很单调或很模糊的图片会得到弱指纹，比较难匹配。弱指纹仍然会被发送。</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>被改动的副本</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>每张照片还会额外生成一些指纹，对应副本常见的改动方式：一边被裁掉、被放大、变成正方形、被旋转、被放进快拍（Story）或放在一段文字下面。这样，这些副本不用新报告也能被找到。有些改过的副本还是找不到：四边都被裁掉的副本、截图，或者贴了贴纸的副本。如果你发现这样的副本，可以在新报告里发送它。</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>视频指纹</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>对于视频，应用大约每秒取一帧画面生成图片指纹，另外还会生成文件指纹。</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>指纹会被怎样处理？</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC 会把它们加入一个列表。参与的网站和应用会用这个列表核对发布的内容。如果有相符的内容，它们可以把它删除，或者阻止它被发布。没有人会因为这个应用而看到你的图片。</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down 做不到的事</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>它无法从没有参与的网站和应用中删除图片，也无法从私信中删除。改动很大的图片可能匹配不上。</translation>
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
        <translation>视频 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>正在生成指纹… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>正在生成指纹…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>已就绪：只有文件指纹</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>已就绪（弱指纹）</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>部分就绪</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>无法读取这个文件</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>还剩不到一分钟。</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>还剩大约 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>这个文件无法在那里打开或保存。请换个位置试试。</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>出了点问题。这不是你的错。请再试一次。</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>获取帮助</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>可以找人聊聊的地方</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>立即关闭应用，并忘掉所有内容。你也可以按三次 Shift，或按两次 Escape。</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>已复制。请把它粘贴到私密的地方。应用关闭时，如果剪贴板里还有回执，应用会清空剪贴板。</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>已保存。请把这个文件放在私密的地方。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>我们找不到这个文件。它可能被移动或删除了。</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>这不是照片或视频，所以我们无法为它生成指纹。你可以移除它，然后继续。</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>这台电脑不允许我们打开这个文件夹，所以里面的内容都没有添加。</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>这台电脑不允许我们打开这个文件。你可以把它复制到别的地方，再试一次。</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>这个文件是空的，所以没有可以生成指纹的内容。</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>这个文件太大了，我们读取不了。你可以移除它，然后继续。</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>这张图片标注的尺寸比任何真实照片都大得多，所以我们没有打开它。你可以移除它，然后继续。</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>这张图片好像损坏了，所以我们无法生成它的图片指纹。它的文件指纹还是生成了。</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>这个视频好像损坏了，所以我们无法生成它的视频指纹。它的文件指纹还是生成了。</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>我们暂时还读不了这种文件。你可以移除它，然后继续。</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>这个文件还没处理完就停止了。</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>读取这个文件时出了点问题。你可以移除它然后继续，或者再试一次。</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>我们无法连接到 Take It Down 服务。请检查你是否已连上网络，然后再试一次。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>你所在网络的代理不让我们连接到 Take It Down 服务。请换一个网络再试，比如家里的 Wi-Fi 或手机流量。</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down 服务太久没有回应。请过几分钟再试。</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>我们无法确认连接的是真正的 Take It Down 服务，所以什么都没有发送。在学校或单位的网络上可能会出现这种情况。请换一个网络再试，比如家里的 Wi-Fi 或手机流量。</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down 服务那边出了点问题。这不是你的错。请稍后再试。</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>现在有很多报告来自你所在的网络。请等几分钟再试。</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>我们找不到与这个报告编号和密钥对应的报告。请对照你的回执，检查两者有没有输错。</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down 服务无法接收这份报告。请试着一次少发送一些文件，或者更新应用。</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>服务地址不是安全的（https://）地址，所以什么都没有发送。</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>代理设置不正确。它应该类似 socks5://localhost:9050 或 http://proxy.example:8080。</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>你的指纹还在这里，随时可以发送。</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down 回执

用下面的报告编号（Report number）和密钥（Secret key），你可以查看或撤回你的报告。
请保密：任何同时拥有这两样的人都可以撤回这份报告。</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>请输入或粘贴回执上的密钥。</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>请输入或粘贴回执上的报告编号。</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>只有最后一个字符可以是 * ~ $ = 或 U。密钥只使用数字 0-9 和字母 A-Z（没有 I、L、O 和 U），有时在最末尾会有 * ~ $ = U 中的一个。</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>这个密钥里有输错的地方：至少有一个字符和你的回执不一样。请再逐组检查一遍。</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>这个报告编号里有输错的地方：至少有一个字符和你的回执不一样。请再检查一遍。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>这看起来不像 Take It Down 的回执。回执里应该有一行以“Report number:”开头，还有一行以“Secret key:”开头。</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down 用于未满 18 岁的人的照片和视频。请确认拍摄时，里面的人未满 18 岁。</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>这些文件都无法生成指纹，所以没有可以发送的内容。请试着重新添加这些照片或视频，或者添加它们的其他副本。</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>这些指纹太大，无法放进一份报告里发送（长视频会生成很多指纹）。请一次少发送一些文件。</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>这不是 Take It Down 保存指纹的文件，或者它在保存后被改动过。请选择应用为你保存的那个文件。</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>无法打开这个文件。请检查它是否还在原来的位置。</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>密钥有 %1 个字母和数字，但这个有 %2 个。请检查是不是少了或多了一个。</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>报告编号有 %1 个字母和数字，但这个有 %2 个。请检查是不是少了或多了一个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>密钥里不能有“%1”。密钥只使用数字 0-9 和字母 A-Z（没有 I、L、O 和 U），有时在最末尾会有 * ~ $ = U 中的一个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>报告编号里不能有“%1”。报告编号只使用数字 0-9 和字母 A-Z（没有 I、L、O 和 U）。</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>一份报告最多可以包含 %1 个文件，而这份有 %2 个。请分成几小批发送。</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>这个 Take It Down 应用不知道要把报告发送到哪里，所以无法使用。这不是你的错。什么都没有发送。请从给你这个应用的人或地方重新获取它。关闭这条消息后，应用也会关闭。</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>两个简单的问题</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>我们不会问你的名字，也不会问任何能看出你是谁的信息。</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>在这些照片或视频里，你（或你正在帮助的年轻人）未满 18 岁吗？</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>是，未满 18 岁</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>不，18 岁或以上</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>我不确定</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>没关系。如果它们可能是 18 岁以前拍的，你可以继续。Take It Down 适用于任何可能在 18 岁以前拍的内容。</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>谁在使用这个应用？</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>我是照片或视频里的人</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>我是帮助年轻人的家长或信任的成年人</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>我是提供帮助的辅导员或其他专业人士</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>这就是将要发送的全部内容</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>下面是完整的报告，和将要发送的内容一模一样。里面只有数字指纹：没有图片、没有文件名、没有姓名，也没有位置。“role”表示是谁在发送，“attested_under_18”是你在下面勾选的框，“key_verifier”让你以后可以查看或撤回报告，而不用说出你是谁。</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>将要发送的报告</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>将要发送的内容</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>隐藏完整报告</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>显示完整报告</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>复制报告内容</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>发送指纹</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>在你按下“发送指纹”之前，什么都不会发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n 个指纹</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>每张照片的指纹：%1 个。大多数是为被裁剪或重新构图的副本额外生成的，这样这些副本也能被找到。</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>只发送像 %1 这样的指纹：没有图片、姓名或地点。</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>有些图片画面很单调或很模糊，所以它们的指纹是弱指纹，比较难匹配。它们仍然会被发送，也仍然能帮上忙。</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>照片：%n 张。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>视频：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>其他文件：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>因无法读取而未包含：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>我确认这些照片和视频拍的是未满 18 岁时的我。</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>我确认这些照片和视频拍的是我正在帮助的年轻人，拍摄时对方未满 18 岁。</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>你的指纹已保存</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>它们在你选择的文件里。还没有发送任何内容。要发送它们，请在任何一台能上网的电脑上打开 Take It Down，选择“发送你之前保存的指纹”，然后选中这个文件。</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>这个文件里有这份报告的密钥。请把它放在私密的地方，报告发送后就删除它。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
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
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>保存指纹，以后再发送…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>什么都没有丢失。你也可以把指纹保存到你选择的文件里，以后在任何一台电脑上发送。</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>暂时还没能发送</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>正在发送你的指纹…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>这通常只需要几秒钟。只有指纹会被发送。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>选择应用的语言。会立即切换。</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>我们可以帮助阻止这些图片传播</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>如果有你 18 岁以前的裸露或涉及性的照片或视频，这个应用可以帮助把它们从网站和应用上删除，或者阻止它们被分享。这不是你的错，你也不会惹上麻烦。</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>你的图片只留在你这里</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>你的照片和视频留在这台电脑上，永远不会被上传。</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>只发送指纹：一些简短的代码，无法变回图片。</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>你不用提供姓名、电子邮箱或电话号码。完全免费。</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>你随时可以停下来。“快速退出”（右上角）会立即关闭应用。你也可以按三次 Shift，或按两次 Escape。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>这是怎么运作的？</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>查看或撤回以前的报告</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>发送你之前保存的指纹</translation>
    </message>
</context>
</TS>
