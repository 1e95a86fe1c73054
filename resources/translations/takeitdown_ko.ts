<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>사진과 동영상 추가</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>삭제되길 원하는 사진이나 동영상을 하나씩 추가해 주세요. 파일은 이 컴퓨터에 그대로 남고, 디지털 지문만 만들어져요. 흐리게 보이니까 직접 보지 않아도 돼요.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>사진, 동영상 또는 폴더를 여기로 끌어 오세요</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>사진과 동영상 선택…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>추가한 사진과 동영상</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Delete 키를 누르면 선택한 항목이 빠져요. 하나를 길게 누르면 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>이 이미지를 보면 마음이 힘들 수 있고, 주변 사람이 같이 볼 수도 있어요. 보지 않아도 괜찮아요: 지문은 어느 쪽이든 만들어져요. 그래도 표시할까요?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>그래도 보기</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>흐리게 두기</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>이미지 숨기기</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>이미지 보기</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>직접 보기를 선택하지 않으면 이미지는 흐리게 보여요.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>선택한 항목 제거</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>지문 만들기 중지</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>이미 추가되어 다시 추가하지 않았어요: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>아직 추가한 게 없어요.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>지문 만드는 중: %n개 남았어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>폴더를 살펴보는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>준비됨: %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>약한 지문이지만 도움이 돼요: %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>읽을 수 없음: %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>다른 파일과 같아서 한 번만 표시됨: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>일부 폴더를 살펴볼 수 없었어요. 다시 추가해 보세요.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>더 추가하거나 계속할 수 있어요.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>파일을 계속 추가하거나 “중지”를 누를 수 있어요.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>이 이미지는 아주 단순하거나 흐릿해서 지문이 약하고, 일치하는 것을 찾기 더 어려워요. 그래도 보내지고, 여전히 도움이 될 수 있어요.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>사진이나 동영상이 아니어서 파일 지문만 보내요. 그래도 이 파일과 똑같은 복사본은 찾을 수 있어요.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>이 서비스는 18세 전에 찍힌 이미지를 위한 거예요</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down은 18세 미만일 때 찍힌 사진과 동영상만 다뤄요. 아무것도 보내지 않았어요. 성인을 위해 비슷하게 작동하는 무료 서비스가 있고, 이야기를 나눌 수 있는 사람들도 있어요:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>몇 살이었는지 잘 모르겠다면, 뒤로 가서 “잘 모르겠어요”를 선택하세요.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>이전 신고 확인 또는 철회</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>접수증에 있는 신고 번호와 비밀 키를 입력하거나, 저장해 둔 접수증을 여세요. 신고를 철회하면 그 디지털 지문이 목록에서 빠져요.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>신고 번호:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>비밀 키:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>신고 번호</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>비밀 키</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>신고 확인</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>저장한 접수증 열기…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>이 신고 철회…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>이 신고를 철회할까요? 지문이 목록에서 빠지기 때문에, 웹사이트와 앱이 더 이상 이 이미지를 찾지 않아요. 되돌릴 수는 없지만, 언제든 새로 신고를 보낼 수 있어요.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>네, 철회할게요</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>아니요, 그대로 둘게요</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>철회하는 중…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>이 신고는 철회되었어요. 지문이 더 이상 목록에 없어요. %1에 접수되었어요.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>이 신고는 지금 유효해요. %1에 접수되었어요.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>지문을 만든 파일 수: %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>신고를 보냈어요</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>다 됐어요. 여기 접수증이 있어요. 나중에 신고를 확인하려면 이게 필요해요.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>신고 번호:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>비밀 키:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>이 두 가지를 안전하고 남들이 볼 수 없는 곳에 보관해 주세요. 신고를 확인하거나 철회하려면 둘 다 필요해요. 잃어버리면 아무도 되찾아 줄 수 없어요. 저희도 할 수 없어요. 둘 다 가진 사람은 누구나 신고를 철회할 수 있어요.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>접수증 복사</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>접수증을 다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>다음에 일어나는 일</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC가 디지털 지문을 목록에 추가해요. 참여하는 웹사이트와 앱은 이 목록으로 복사본을 찾아서 삭제하거나, 게시되지 않게 막아요. 누가 보냈는지 아무도 모르기 때문에 이에 대한 메시지는 받지 않아요. 이 앱으로 언제든 신고를 확인할 수 있어요.

신고하기 위해서라도 사진이나 동영상을 어디에도 공유하지 말아 주세요. 다시 보내면 더 퍼질 수 있어요.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>혼자 감당하지 않아도 돼요</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>걱정되거나 속상할 때, 또는 누군가 위협할 때, 이런 무료 비밀 보장 서비스가 도와줄 수 있어요:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>앱 닫기</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>바탕 화면</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>사진, 동영상 또는 폴더 전체를 선택하세요. 여러 개를 선택하려면 Ctrl 키를 누른 채로 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>전에 저장한 지문 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>폴더를 선택한 다음 파일 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>빠른 종료</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>상위 폴더</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>파일 및 폴더</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>파일 이름:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>여기에 이미 같은 이름의 파일이 있어요. 저장하면 그 파일을 덮어써요.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>지금 도움 받기</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>혼자 감당하지 않아도 돼요. 이 서비스들은 무료이고 비밀이 보장돼요. 누군가 위협하거나 이미지를 보내라고 한다면 이 서비스 중 한 곳이나 믿을 수 있는 어른에게 이야기해도 돼요. 그렇다고 곤란해지지 않아요.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>어떻게 작동하나요?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>사진이나 동영상은 이 컴퓨터에 남아요</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>앱이 여기서 디지털 지문을 만들어요</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>지문만 Take It Down에 보내져요</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>웹사이트와 앱이 일치하는 것을 찾아 삭제해요</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>디지털 지문이 뭔가요?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>디지털 지문은 사진이나 동영상으로 계산해 낸 짧은 코드예요. 컴퓨터 전문가들은 이걸 해시 (hash)라고 불러요. 같은 이미지는 항상 같은 코드가 나와요. 이 코드는 이미지로 되돌릴 수 없어서, 아무도 이걸로 이미지를 볼 수 없어요.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>파일 지문(MD5와 SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>같은 파일의 똑같은 복사본을 찾아요. 파일이 아주 조금만 바뀌어도 코드가 달라져요.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>이미지 지문(PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>이건 이미지가 어떻게 보이는지로 계산해서, 작게 줄이거나 다시 저장하거나 조금 바꾼 복사본도 찾을 수 있어요. 아주 단순하거나 흐릿한 이미지는 약한 지문이 나와서 일치하는 것을 찾기 더 어려워요. 그래도 보내져요.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>바뀐 복사본</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>사진마다 복사본이 자주 바뀌는 방식에 맞춘 추가 지문도 만들어져요: 한쪽이 잘리거나, 확대되거나, 정사각형이 되거나, 회전되거나, 스토리나 글 아래에 들어간 경우예요. 그래서 이런 복사본은 새 신고 없이도 찾을 수 있어요. 그래도 아직 놓치는 변화가 있어요: 사방이 다 잘린 복사본, 스크린샷, 스티커가 붙은 복사본이에요. 이런 복사본을 찾으면 새 신고로 보낼 수 있어요.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>동영상 지문</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>동영상은 약 1초마다 한 프레임씩 이미지 지문을 만들고, 파일 지문도 함께 만들어요.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>지문은 어떻게 되나요?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC가 지문을 목록에 추가해요. 참여하는 웹사이트와 앱은 게시물을 이 목록과 비교해요. 일치하는 게 있으면 삭제하거나 게시되지 않게 막을 수 있어요. 이 앱 때문에 누군가 이미지를 보게 되는 일은 없어요.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Take It Down이 할 수 없는 것</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>참여하지 않는 웹사이트와 앱, 또는 개인 메시지에서는 이미지를 삭제할 수 없어요. 많이 바뀐 이미지는 일치하지 않을 수도 있어요.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>사진 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>동영상 %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>지문 만드는 중… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>지문 만드는 중…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>준비됨: 파일 지문만</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>준비됨(약한 지문)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>일부 준비됨</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>이 파일을 읽을 수 없어요</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>1분도 안 남았어요.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>약 %n분 남았어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Korean writes a colon and a space between the two.</translatorcomment>
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
        <translation>이 파일을 그곳에서 열거나 저장할 수 없었어요. 다른 위치에서 해 보세요.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>문제가 생겼어요. 당신 잘못이 아니에요. 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>도움 받기</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>이야기할 수 있는 곳</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>빠른 종료</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>앱을 바로 닫고 모든 것을 잊어요. Shift를 세 번 누르거나 Escape를 두 번 눌러도 돼요.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>복사했어요. 남들이 볼 수 없는 곳에 붙여 넣으세요. 앱을 닫을 때 클립보드에 접수증이 아직 있으면 앱이 지워요.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>저장했어요. 파일을 남들이 볼 수 없는 곳에 보관하세요.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>파일을 찾을 수 없어요. 옮겨졌거나 삭제되었을 수 있어요.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>사진이나 동영상이 아니라서 지문을 만들 수 없어요. 제거하고 계속해도 돼요.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>이 컴퓨터에서 이 폴더를 열 수 없게 되어 있어서, 안에 있는 건 아무것도 추가되지 않았어요.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>이 컴퓨터에서 이 파일을 열 수 없게 되어 있어요. 다른 곳에 복사한 다음 다시 해 볼 수 있어요.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>이 파일은 비어 있어서 지문을 만들 것이 없어요.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>이 파일은 너무 커서 읽을 수 없어요. 제거하고 계속해도 돼요.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>이 이미지는 실제 사진보다 훨씬 크다고 되어 있어서 열지 않았어요. 제거하고 계속해도 돼요.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>이 이미지가 손상된 것 같아서 이미지 지문을 만들 수 없었어요. 파일 지문은 만들었어요.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>이 동영상이 손상된 것 같아서 동영상 지문을 만들 수 없었어요. 파일 지문은 만들었어요.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>이런 종류의 파일은 아직 읽을 수 없어요. 제거하고 계속해도 돼요.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>이 파일을 끝내기 전에 중지했어요.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>이 파일을 읽는 중에 문제가 생겼어요. 제거하고 계속하거나, 다시 해 볼 수 있어요.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Take It Down 서비스에 연결할 수 없었어요. 인터넷에 연결되어 있는지 확인한 다음 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>지금 네트워크의 프록시 때문에 Take It Down 서비스에 연결할 수 없었어요. 집 Wi-Fi나 모바일 데이터 같은 다른 네트워크에서 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Take It Down 서비스가 응답하는 데 너무 오래 걸렸어요. 몇 분 뒤에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>진짜 Take It Down 서비스와 연결됐는지 확인할 수 없어서 아무것도 보내지 않았어요. 학교나 회사 네트워크에서 이런 일이 생길 수 있어요. 집 Wi-Fi나 모바일 데이터 같은 다른 네트워크에서 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Take It Down 서비스 쪽에 문제가 생겼어요. 당신 잘못이 아니에요. 나중에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>지금 사용 중인 네트워크에서 신고가 많이 들어오고 있어요. 몇 분 기다린 다음 다시 해 보세요.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>이 신고 번호와 비밀 키로 된 신고를 찾을 수 없었어요. 접수증과 비교해서 둘 다 잘못 입력한 곳이 없는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Take It Down 서비스가 이 신고를 받을 수 없었어요. 한 번에 더 적은 파일을 보내거나, 앱을 업데이트해 보세요.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>서비스 주소가 안전한(https://) 주소가 아니라서 아무것도 보내지 않았어요.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>프록시 설정이 올바르지 않아요. socks5://localhost:9050 또는 http://proxy.example:8080 같은 형태여야 해요.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>지문은 아직 여기 있고, 보낼 준비가 되어 있어요.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Take It Down 접수증

아래의 신고 번호(Report number)와 비밀 키(Secret key)로 신고를 확인하거나 철회할 수 있어요.
남들이 모르게 보관해 주세요. 둘 다 가진 사람은 누구나 신고를 철회할 수 있어요.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>접수증에 있는 비밀 키를 입력하거나 붙여 넣어 주세요.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>접수증에 있는 신고 번호를 입력하거나 붙여 넣어 주세요.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>* ~ $ = 또는 U는 맨 마지막 글자에만 쓸 수 있어요. 키에는 숫자 0-9와 알파벳 A-Z(I, L, O, U 제외)만 쓰이고, 가끔 맨 끝에 * ~ $ = U 중 하나가 붙어요.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>비밀 키에 오타가 있어요: 적어도 한 글자가 접수증과 달라요. 각 묶음을 다시 확인해 주세요.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>신고 번호에 오타가 있어요: 적어도 한 글자가 접수증과 달라요. 다시 확인해 주세요.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Take It Down 접수증이 아닌 것 같아요. ‘Report number:’로 시작하는 줄과 ‘Secret key:’로 시작하는 줄이 있어야 해요.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down은 18세 미만인 사람의 사진과 동영상을 위한 서비스예요. 찍힐 때 그 안의 사람이 18세 미만이었는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>이 파일들은 하나도 지문을 만들 수 없어서 보낼 것이 없어요. 사진이나 동영상을 다시 추가하거나, 다른 복사본을 추가해 보세요.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>이 지문들은 한 번의 신고로 보내기에 너무 커요(긴 동영상은 지문을 많이 만들어요). 한 번에 더 적은 파일을 보내 주세요.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>저장한 지문이 담긴 Take It Down 파일이 아니거나, 저장한 뒤에 바뀌었어요. 앱이 저장해 준 파일을 선택해 주세요.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>이 파일을 열 수 없었어요. 파일이 아직 그 자리에 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>비밀 키는 글자와 숫자가 %1개인데, 이건 %2개예요. 빠졌거나 더 들어간 게 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>신고 번호는 글자와 숫자가 %1개인데, 이건 %2개예요. 빠졌거나 더 들어간 게 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1”은(는) 비밀 키에 들어갈 수 없어요. 키에는 숫자 0-9와 알파벳 A-Z(I, L, O, U 제외)만 쓰이고, 가끔 맨 끝에 * ~ $ = U 중 하나가 붙어요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1”은(는) 신고 번호에 들어갈 수 없어요. 신고 번호에는 숫자 0-9와 알파벳 A-Z(I, L, O, U 제외)만 쓰여요.</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>신고 하나에는 파일을 %1개까지 담을 수 있는데, 이건 %2개예요. 더 작은 묶음으로 나눠서 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>이 Take It Down 앱은 신고를 어디로 보내야 하는지 몰라서 쓸 수 없어요. 당신 잘못이 아니에요. 아무것도 보내지 않았어요. 이 앱을 준 사람이나 곳에서 앱을 다시 받아 주세요. 이 메시지를 닫으면 앱도 닫혀요.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>간단한 질문 두 개</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>이름이나 누구인지 알 수 있는 다른 정보는 묻지 않아요.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>이 사진이나 동영상 속 사람(본인 또는 도와주고 있는 청소년)은 18세 미만이었나요?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>네, 18세 미만이에요</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>아니요, 18세 이상이에요</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>잘 모르겠어요</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>괜찮아요. 18세 전에 찍혔을 수도 있다면 계속해도 돼요. Take It Down은 18세 전에 찍혔을 수 있는 모든 것을 위한 서비스예요.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>누가 앱을 사용하나요?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>제가 사진이나 동영상 속 사람이에요</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>청소년을 돕는 부모님 또는 믿을 수 있는 어른이에요</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>도움을 주는 상담사 또는 다른 전문가예요</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>보내질 내용 전체예요</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>아래는 보내질 그대로의 신고 전체 내용이에요. 디지털 지문만 들어 있어요: 이미지, 파일 이름, 이름, 위치는 없어요. “role”은 누가 보내는지를 나타내고, “attested_under_18”은 아래에서 체크하는 칸이에요. “key_verifier”는 누구인지 밝히지 않고도 나중에 신고를 확인하거나 철회할 수 있게 해 줘요.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>보내질 신고</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>보낼 내용</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>정확한 신고 내용 숨기기</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>정확한 신고 내용 보기</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>신고 내용 복사</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>지문 보내기</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>“지문 보내기”를 누르기 전에는 아무것도 보내지 않아요.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>지문 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>사진마다 만든 지문: %1개. 대부분은 잘리거나 구도가 바뀐 복사본을 위한 추가 지문이라, 그런 복사본도 찾을 수 있어요.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>%1 같은 지문만 보내요. 이미지, 이름, 장소는 보내지 않아요.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>일부 이미지는 아주 단순하거나 흐릿해서 지문이 약하고, 일치하는 것을 찾기 더 어려워요. 그래도 보내지고, 여전히 도움이 될 수 있어요.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>사진: %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>동영상: %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>기타 파일: %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>읽을 수 없어서 빠진 파일: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>이 사진과 동영상이 18세 미만일 때의 저라는 것을 확인해요.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>이 사진과 동영상이 제가 돕고 있는 청소년의 18세 미만일 때 모습이라는 것을 확인해요.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>지문을 저장했어요</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>선택한 파일에 들어 있어요. 아직 아무것도 보내지 않았어요. 보내려면 인터넷이 되는 아무 컴퓨터에서 Take It Down을 열고, “전에 저장한 지문 보내기”를 선택한 다음 이 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>이 파일에는 이 신고의 비밀 키가 들어 있어요. 남들이 보지 못하게 보관하고, 신고를 보낸 뒤에는 삭제하세요.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>지문을 저장해서 나중에 보내기…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>잃어버린 건 없어요. 지문을 원하는 파일에 저장해서 나중에 아무 컴퓨터에서나 보낼 수도 있어요.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>아직 보내지 못했어요</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>지문을 보내는 중…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>보통 몇 초면 끝나요. 지문만 보내져요.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>앱의 언어를 선택하세요. 바로 바뀌어요.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>이런 이미지가 퍼지지 않게 도와줄 수 있어요</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>18세가 되기 전 모습이 담긴 누드 사진이나 성적인 사진, 동영상이 있다면, 이 앱이 그것을 웹사이트와 앱에서 내리거나 공유되지 않게 막도록 도와줄 수 있어요. 당신 잘못이 아니고, 곤란해질 일도 없어요.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>이미지는 당신 곁에 남아요</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>사진과 동영상은 이 컴퓨터에만 있어요. 절대 업로드되지 않아요.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>지문만 보내요. 지문은 짧은 코드라서 다시 이미지로 바꿀 수 없어요.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>이름, 이메일, 전화번호를 알려 주지 않아도 돼요. 무료예요.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>언제든 멈출 수 있어요. 빠른 종료(오른쪽 위)를 누르면 앱이 바로 닫혀요. Shift를 세 번 누르거나 Escape를 두 번 눌러도 돼요.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>어떻게 작동하나요?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>이전 신고 확인 또는 철회</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>전에 저장한 지문 보내기</translation>
    </message>
</context>
</TS>
