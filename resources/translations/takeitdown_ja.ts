<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>写真と動画を追加</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>消してほしい写真や動画を一つずつ追加してください。写真や動画はこのパソコンに残ったままで、作られるのはデジタル指紋だけです。ぼかして表示するので、見なくても大丈夫です。</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>写真、動画、フォルダーをここにドラッグ</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>写真と動画を選ぶ…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>追加した写真と動画</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Delete キーを押すと、選んだものを外せます。長押しすると一つだけ見られます。</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>これらの画像を見ると、つらい気持ちになるかもしれません。近くにいる人に見られることもあります。見なくても指紋は作られます。それでも表示しますか？</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>表示する</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>ぼかしたままにする</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>画像を隠す</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>画像を表示</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>見ることを選ばない限り、画像はぼかしたままです。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>選んだものを外す</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>止める</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>指紋づくりを止める</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>すでに追加されているので、もう一度は追加しませんでした：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>まだ何も追加されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>指紋を作っています：残り %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>フォルダーの中を見ています…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>準備完了：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>弱い指紋（それでも役に立ちます）：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>読み込めなかったもの：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>ほかのファイルと同じだったため 1 回だけ表示：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>中を見られなかったフォルダーがあります。もう一度追加してみてください。</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>さらに追加することも、次へ進むこともできます。</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>ファイルの追加を続けることも、「止める」を押すこともできます。</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>この画像はとても単調か、ぼやけているため、指紋が弱く、見つけにくくなります。それでも送信され、役に立つことがあります。</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>これは写真でも動画でもないので、ファイルの指紋だけを送ります。それでも、このファイルとまったく同じコピーは見つけられます。</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>このサービスは 18 歳になる前の画像のためのものです</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down は、18 歳未満のときに撮られた写真と動画だけが対象です。何も送信されていません。大人向けに同じような仕組みの無料サービスがあり、話を聞いてくれる人もいます：</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>何歳だったかはっきりしないときは、前に戻って「わからない」を選んでください。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>前の報告を確認・取り下げる</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>受付票にある報告番号と秘密キーを入力するか、保存した受付票を開いてください。報告を取り下げると、その指紋はリストから外されます。</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>報告番号：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>秘密キー：</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>報告番号</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>報告を確認</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>保存した受付票を開く…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>この報告を取り下げる…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>この報告を取り下げますか？ 指紋がリストから外され、ウェブサイトやアプリはこれらの画像を探さなくなります。元には戻せませんが、新しい報告はいつでも送れます。</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>はい、取り下げる</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>いいえ、残す</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>取り下げています…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>この報告は取り下げられました。指紋はもうリストにありません。受け付けた日：%1。</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>この報告は有効です。受け付けた日：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>指紋を作ったファイル：%n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>報告を送信しました</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>完了です。これが受付票です。あとで報告を確認するときに必要です。</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>報告番号：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>秘密キー：</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>この二つは、安全で人に見られない場所に保管してください。報告の確認や取り下げには両方が必要です。なくすと、誰にも取り戻せません。私たちにもできません。両方を持っている人なら誰でも報告を取り下げられます。</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>受付票をコピー</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>受付票を保存…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>このあとどうなるか</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC があなたの指紋をリストに加えます。参加しているウェブサイトやアプリは、そのリストを使ってコピーを見つけて削除したり、投稿されないようにしたりします。誰があなたなのか誰も知らないので、これについてのメッセージは届きません。このアプリでいつでも報告を確認できます。

写真や動画はどこにも共有しないでください。報告のためでも共有しないでください。もう一度送ると、さらに広がってしまうことがあります。</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>一人でかかえこまなくて大丈夫です</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>不安なとき、つらいとき、誰かにおどされているときは、無料で秘密が守られるこちらの窓口が力になります：</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>アプリを閉じる</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>ピクチャ</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>写真、動画、またはフォルダーごと選んでください。Ctrl キーを押しながらで複数選べます。</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>前に保存した指紋のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>フォルダーを選んでから、ファイル名を入力してください。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>すぐに終了</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>一つ上のフォルダー</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>ファイルとフォルダー</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ファイル名：</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>ここには同じ名前のファイルがすでにあります。保存すると置き換わります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>今すぐ相談する</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>一人でかかえこまなくて大丈夫です。こちらの窓口は無料で、秘密も守られます。誰かにおどされたり、画像を求められたりしているなら、ここに相談するか、信頼できる大人に話してください。あなたが困ることにはなりません。</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>どういう仕組み？</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>写真や動画はこのパソコンに残ります</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>アプリがここで指紋を作ります</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Take It Down に送られるのは指紋だけです</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>ウェブサイトやアプリが一致するものを探して削除します</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>指紋とは？</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>デジタル指紋（コンピューターの世界ではハッシュ、hash と呼びます）は、写真や動画から計算される短いコードです。同じ画像からは、いつも同じコードが出ます。コードから画像に戻すことはできないので、誰もコードからあなたの画像を見ることはできません。</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>ファイルの指紋（MD5 と SHA-256）</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>まったく同じファイルのコピーを見つけるためのものです。ファイルがほんの少しでも変わると、コードも変わります。</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>画像の指紋（PDQ）</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>画像の見た目から計算するので、小さくされたり、保存し直されたり、少し変えられたりしたコピーも見つけられます。とても単調な画像やぼやけた画像は指紋が弱くなり、見つけにくくなります。それでも送信されます。</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>変えられたコピー</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>写真ごとに、コピーによくある変え方に合わせた追加の指紋も作られます：片側を切る、拡大する、正方形にする、回転させる、ストーリーに入れる、文字の下に置く。そのため、こうしたコピーは新しい報告をしなくても見つけられます。それでも見つけられないコピーもあります：すべての辺を切ったコピー、スクリーンショット、スタンプを貼ったコピーです。このようなコピーを見つけたら、新しい報告で送れます。</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>動画の指紋</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>動画の場合、アプリはおよそ 1 秒に 1 コマずつ画像の指紋を作り、ファイルの指紋も作ります。</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>指紋はどうなるの？</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC が指紋をリストに加えます。参加しているウェブサイトやアプリは、投稿をそのリストと照らし合わせます。一致するものがあれば、削除したり、投稿されないようにしたりできます。このアプリのせいで誰かがあなたの画像を見ることはありません。</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down にできないこと</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>参加していないウェブサイトやアプリの画像や、個人あてのメッセージの中の画像は消せません。大きく変えられた画像は一致しないことがあります。</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>写真 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>動画 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Short form so the percentage fits under the thumbnail.</translatorcomment>
        <translation>指紋… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>指紋を作成中…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>準備完了：ファイルの指紋のみ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>準備完了（弱い指紋）</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>一部のみ完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>このファイルを読み込めません</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>残り 1 分以内です。</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>残り約 %n 分です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>Japanese uses a full-width colon with no space.</translatorcomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translatorcomment>Japanese ends a sentence with 。 and no space.</translatorcomment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>このファイルをそこで開くか保存することができませんでした。別の場所を試してください。</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>問題が起きました。あなたのせいではありません。もう一度試してください。</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>相談する</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>話を聞いてくれる窓口</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>すぐに終了</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>すぐにアプリを閉じ、すべてを忘れます。Shift キーを 3 回、または Escape キーを 2 回押しても閉じられます。</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>コピーしました。人に見られない場所に貼り付けてください。受付票がまだクリップボードにあれば、アプリを閉じるときに消去します。</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>保存しました。ファイルは人に見られない場所に置いてください。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>このファイルが見つかりません。移動されたか、削除された可能性があります。</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>これは写真や動画ではないため、指紋を作れません。外して先に進めます。</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>このパソコンでこのフォルダーを開けなかったため、中のものは何も追加されていません。</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>このパソコンでこのファイルを開けませんでした。別の場所にコピーしてから、もう一度試してみてください。</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>このファイルは空なので、指紋を作るものがありません。</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>このファイルは大きすぎて読み込めません。外して先に進めます。</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>この画像は本物の写真よりもはるかに大きいと書かれているため、開きませんでした。外して先に進めます。</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>この画像は壊れているようなので、画像の指紋を作れませんでした。ファイルの指紋は作りました。</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>この動画は壊れているようなので、動画の指紋を作れませんでした。ファイルの指紋は作りました。</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>この種類のファイルはまだ読み込めません。外して先に進めます。</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>このファイルが終わる前に止めました。</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>このファイルを読み込んでいる間に問題が起きました。外して先に進むか、もう一度試してください。</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Take It Down のサービスにつながりませんでした。インターネットにつながっているか確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>ネットワークのプロキシのせいで、Take It Down のサービスにつながりませんでした。家の Wi-Fi やモバイルデータなど、別のネットワークでもう一度試してください。</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down のサービスの応答に時間がかかりすぎました。数分たってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>本物の Take It Down のサービスと通信していることを確認できなかったため、何も送信していません。学校や職場のネットワークでは、こうなることがあります。家の Wi-Fi やモバイルデータなど、別のネットワークでもう一度試してください。</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down のサービス側で問題が起きました。あなたのせいではありません。しばらくしてから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>今、あなたのネットワークからたくさんの報告が届いています。数分待ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>その報告番号と秘密キーの報告が見つかりません。打ち間違いがないか、両方を受付票と見比べてください。</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down のサービスがこの報告を受け付けられませんでした。一度に送るファイルを減らすか、アプリを更新してください。</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>サービスのアドレスが安全な（https://）アドレスではないため、何も送信していません。</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>プロキシの設定が正しくありません。socks5://localhost:9050 や http://proxy.example:8080 のような形にしてください。</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>指紋はまだここにあり、いつでも送信できます。</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down 受付票

下の報告番号（Report number）と秘密キー（Secret key）で、報告の確認や取り下げができます。
人に見せないでください：両方を持っている人なら誰でも報告を取り下げられます。</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>受付票の秘密キーを入力するか、貼り付けてください。</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>受付票の報告番号を入力するか、貼り付けてください。</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>* ~ $ = や U にできるのは最後の 1 文字だけです。キーに使われるのは数字 0-9 とアルファベット A-Z（I、L、O、U は除く）だけで、いちばん最後に * ~ $ = U のどれかが付くことがあります。</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>この秘密キーに打ち間違いがあります。受付票と違う文字が少なくとも 1 つあります。グループごとにもう一度確認してください。</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>この報告番号に打ち間違いがあります。受付票と違う文字が少なくとも 1 つあります。もう一度確認してください。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Take It Down の受付票ではないようです。「Report number:」で始まる行と、「Secret key:」で始まる行があるはずです。</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down は 18 歳未満の人の写真や動画のためのものです。撮られたとき、写っている人が 18 歳未満だったことを確認してください。</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>どのファイルからも指紋を作れなかったため、送信するものがありません。写真や動画をもう一度追加するか、別のコピーを追加してみてください。</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>指紋が多すぎて、一つの報告では送れません（長い動画はたくさん作られます）。一度に送るファイルを減らしてください。</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>これは Take It Down が指紋を保存したファイルではないか、保存のあとで変更されています。アプリが保存したファイルを選んでください。</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>このファイルを開けませんでした。まだそこにあるか確認してください。</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>秘密キーは %1 文字の英数字ですが、これは %2 文字です。足りない文字や余分な文字がないか確認してください。</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>報告番号は %1 文字の英数字ですが、これは %2 文字です。足りない文字や余分な文字がないか確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>「%1」は秘密キーには使えません。キーに使われるのは数字 0-9 とアルファベット A-Z（I、L、O、U は除く）だけで、いちばん最後に * ~ $ = U のどれかが付くことがあります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>「%1」は報告番号には使えません。報告番号に使われるのは数字 0-9 とアルファベット A-Z（I、L、O、U は除く）だけです。</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>一つの報告に入れられるファイルは %1 件までですが、これは %2 件あります。小さく分けて送ってください。</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>この Take It Down は報告の送り先を知らないため、使えません。あなたのせいではありません。何も送信されていません。アプリをくれた人や、手に入れた場所から、もう一度アプリを入手してください。このメッセージを閉じると、アプリも閉じます。</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>かんたんな質問が二つあります</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>名前など、あなたが誰かわかることは聞きません。</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>この写真や動画のとき、あなた（または助けている子）は 18 歳未満でしたか？</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>はい、18 歳未満</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>いいえ、18 歳以上</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>大丈夫です。18 歳になる前に撮られたかもしれないなら、先に進めます。Take It Down は、18 歳になる前に撮られたかもしれないものすべてが対象です。</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>アプリを使っているのは誰ですか？</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>写真や動画に写っている本人です</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>子どもを助けている親、または信頼できる大人です</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>助けているカウンセラーなどの専門家です</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>送信される内容はこれですべてです</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>下にあるのが、送信されるとおりの報告の全体です。入っているのは指紋だけで、画像、ファイル名、名前、場所は入っていません。「role」は誰が送るか、「attested_under_18」は下でチェックする欄、「key_verifier」は、あなたが誰かを言わずにあとで報告を確認したり取り下げたりするためのものです。</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>送信される報告</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>送られるもの</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>正確な報告を隠す</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>正確な報告を表示</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>報告のテキストをコピー</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>指紋を送信</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>「指紋を送信」を押すまでは、何も送信されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>指紋 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>写真ごとの指紋：%1 個。ほとんどは、切り取られたり構図を変えられたりしたコピーのための追加の指紋なので、そうしたコピーも見つけられます。</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>送られるのは %1 のような指紋だけです。画像、名前、場所は送られません。</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>とても単調な画像やぼやけた画像があるため、その指紋は弱く、見つけにくくなります。それでも送信され、役に立つことがあります。</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>写真：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>動画：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>その他のファイル：%n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>読み込めなかったため除外：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>この写真や動画は、18 歳未満のときの私であることを確認します。</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>この写真や動画は、私が助けている子が 18 歳未満のときのものだと確認します。</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>指紋を保存しました</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>選んだファイルに入っています。まだ何も送信されていません。送信するには、インターネットにつながったパソコンならどれでもいいので、そこで Take It Down を開き、「前に保存した指紋を送信」を選んで、このファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>このファイルには、この報告の秘密キーが入っています。人に見せず、報告を送信したら削除してください。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>指紋を保存してあとで送る…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>何も失われていません。指紋を好きなファイルに保存して、あとでどのパソコンからでも送信できます。</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>まだ送信できていません</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>指紋を送信しています…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>ふつうは数秒で終わります。送られるのは指紋だけです。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2：%3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>アプリの言語を選んでください。すぐに切り替わります。</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>画像が広がるのを止めるお手伝いができます</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>18 歳になる前のあなたの裸の写真や動画、性的な写真や動画があるなら、このアプリで、ウェブサイトやアプリから消してもらったり、共有されないようにしたりできます。あなたのせいではありません。あなたが困ったことになることもありません。</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>画像はあなたの手元に残ります</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>写真や動画はこのパソコンに残ります。アップロードされることはありません。</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>送られるのは指紋だけです。指紋は短いコードで、画像に戻すことはできません。</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>名前、メールアドレス、電話番号を伝える必要はありません。無料です。</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>いつでもやめられます。「すぐに終了」（右上）を押すと、すぐにアプリが閉じます。Shift キーを 3 回、または Escape キーを 2 回押しても閉じられます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>どういう仕組み？</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>前の報告を確認・取り下げる</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>前に保存した指紋を送信</translation>
    </message>
</context>
</TS>
