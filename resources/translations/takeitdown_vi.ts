<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Thêm ảnh và video</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Hãy thêm từng ảnh hoặc video mà bạn muốn gỡ xuống. Chúng vẫn ở trên máy tính này: chỉ dấu vân tay số của chúng được tạo ra. Chúng được làm mờ, nên bạn không phải nhìn thấy chúng.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Kéo ảnh, video hoặc thư mục vào đây</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Chọn ảnh và video…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Ảnh và video đã thêm</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Nhấn Delete để gỡ bỏ các mục đã chọn. Nhấn giữ để xem một mục.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Xem những hình ảnh này có thể làm bạn buồn, và người ở gần bạn cũng có thể nhìn thấy. Bạn không cần phải xem: dấu vân tay vẫn được tạo dù bạn có xem hay không. Vẫn hiện chúng chứ?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Vẫn hiện</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Giữ làm mờ</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Ẩn hình ảnh</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Hiện hình ảnh</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Hình ảnh được làm mờ, trừ khi bạn chọn xem.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Gỡ bỏ các mục đã chọn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Dừng tạo dấu vân tay</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Đã thêm từ trước nên không thêm lại: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Chưa thêm gì.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Đang tạo dấu vân tay: còn %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Đang xem các thư mục…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Sẵn sàng: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Dấu vân tay yếu, vẫn có ích: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Không đọc được: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Chỉ hiện một lần vì trùng với tệp khác: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Không xem được một số thư mục. Hãy thử thêm lại.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Bạn có thể thêm nữa, hoặc tiếp tục.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Bạn có thể tiếp tục thêm tệp, hoặc nhấn “Dừng”.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Hình ảnh này rất đơn điệu hoặc bị mờ, nên dấu vân tay của nó yếu và khó khớp hơn. Nó vẫn được gửi đi và vẫn có thể giúp ích.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Đây không phải ảnh hay video, nên chỉ gửi dấu vân tay của tệp. Nó vẫn có thể tìm ra các bản sao giống hệt của tệp này.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Dịch vụ này dành cho hình ảnh chụp trước 18 tuổi</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down chỉ dành cho ảnh và video chụp khi một người chưa đủ 18 tuổi. Chưa có gì được gửi đi. Có một dịch vụ miễn phí hoạt động tương tự dành cho người lớn, và có những người bạn có thể nói chuyện cùng:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Nếu bạn không chắc lúc đó mình bao nhiêu tuổi, hãy quay lại và chọn “Tôi không chắc”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Kiểm tra hoặc rút lại báo cáo trước đây</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Nhập mã số báo cáo và khóa bí mật trong biên nhận của bạn, hoặc mở biên nhận bạn đã lưu. Khi rút lại một báo cáo, dấu vân tay số của nó sẽ bị xóa khỏi danh sách.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Mã số báo cáo:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Khóa bí mật:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Mã số báo cáo</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Khóa bí mật</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Kiểm tra báo cáo</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Mở biên nhận đã lưu…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Rút lại báo cáo này…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Rút lại báo cáo này? Dấu vân tay của nó sẽ bị xóa khỏi danh sách, nên các trang web và ứng dụng sẽ ngừng tìm những hình ảnh này. Việc này không thể hoàn tác, nhưng bạn luôn có thể gửi một báo cáo mới.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Có, rút lại</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Không, giữ lại</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Đang rút lại…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Báo cáo này đã được rút lại. Dấu vân tay của nó không còn trong danh sách. Báo cáo đã được nhận vào %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Báo cáo này đang có hiệu lực. Báo cáo đã được nhận vào %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Số tệp đã tạo dấu vân tay trong báo cáo: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Báo cáo của bạn đã được gửi</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Xong rồi. Đây là biên nhận của bạn. Bạn cần nó để kiểm tra báo cáo sau này.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Mã số báo cáo:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Khóa bí mật:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Hãy cất hai thứ này ở nơi an toàn và riêng tư. Bạn cần cả hai để kiểm tra hoặc rút lại báo cáo. Nếu bạn làm mất, không ai lấy lại được, kể cả chúng tôi. Ai có cả hai thứ này đều có thể rút lại báo cáo.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Sao chép biên nhận</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Lưu biên nhận thành…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Điều gì sẽ xảy ra tiếp theo</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC thêm dấu vân tay số của bạn vào danh sách của họ. Các trang web và ứng dụng tham gia dùng danh sách này để tìm các bản sao và gỡ chúng xuống, hoặc ngăn chúng bị đăng lên. Bạn sẽ không nhận được tin nhắn nào về việc này, vì không ai biết bạn là ai. Bạn có thể kiểm tra báo cáo bằng ứng dụng này bất cứ lúc nào.

Đừng chia sẻ những ảnh hoặc video này ở bất cứ đâu, kể cả để báo cáo chúng. Gửi chúng đi lần nữa có thể khiến chúng lan rộng hơn.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Bạn không phải đối mặt với chuyện này một mình</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Nếu bạn lo lắng hay buồn, hoặc có ai đang đe dọa bạn, những dịch vụ miễn phí và kín đáo này có thể giúp bạn:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Đóng ứng dụng</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Thư mục chính</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Màn hình nền</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Chọn ảnh, video hoặc cả thư mục. Giữ Ctrl để chọn nhiều mục.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Chọn tệp dấu vân tay bạn đã lưu trước đây.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Chọn một thư mục, rồi nhập tên cho tệp.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Thoát nhanh</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Lên một thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Tệp và thư mục</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Ở đây đã có một tệp cùng tên. Lưu sẽ thay thế tệp đó.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Tìm trợ giúp ngay</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Bạn không phải đối mặt với chuyện này một mình. Các dịch vụ này miễn phí và kín đáo. Nếu có ai đang đe dọa bạn hoặc đòi hình ảnh, bạn có thể kể với một trong các dịch vụ này hoặc với một người lớn đáng tin cậy. Bạn sẽ không gặp rắc rối gì.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Ứng dụng này hoạt động thế nào?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Ảnh hoặc video của bạn ở lại trên máy tính này</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>Ứng dụng tạo dấu vân tay số ngay tại đây</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Chỉ dấu vân tay được gửi đến Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Trang web và ứng dụng tìm nội dung khớp và gỡ xuống</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>Dấu vân tay số là gì?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Dấu vân tay số là một đoạn mã ngắn được tính ra từ một ảnh hoặc video. Dân máy tính gọi nó là mã băm (hash). Cùng một hình ảnh luôn cho ra cùng một mã. Mã này không thể biến ngược lại thành hình ảnh, nên không ai có thể xem hình ảnh của bạn từ nó.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Dấu vân tay tệp (MD5 và SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Chúng khớp với các bản sao y hệt của cùng một tệp. Chỉ cần một phần rất nhỏ của tệp thay đổi, mã cũng thay đổi theo.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Dấu vân tay hình ảnh (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Loại này được tính từ vẻ ngoài của hình ảnh, nên nó cũng tìm được các bản sao đã bị thu nhỏ, lưu lại hoặc chỉnh sửa một chút. Hình ảnh rất đơn điệu hoặc bị mờ sẽ cho dấu vân tay yếu, khó khớp hơn. Nó vẫn được gửi đi.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Bản sao bị thay đổi</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Mỗi ảnh còn có thêm dấu vân tay cho những cách bản sao thường bị thay đổi: bị cắt một bên, phóng to, cắt thành hình vuông, xoay, đưa vào story hoặc đặt dưới một dòng chữ. Nhờ vậy, những bản sao đó có thể được tìm thấy mà không cần báo cáo mới. Một số thay đổi vẫn bị bỏ sót: bản sao bị cắt ở mọi phía, ảnh chụp màn hình, hoặc bản sao có dán sticker. Nếu bạn tìm thấy bản sao như vậy, bạn có thể gửi nó trong một báo cáo mới.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Dấu vân tay video</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Với video, ứng dụng tạo dấu vân tay hình ảnh cho khoảng một khung hình mỗi giây, cùng với các dấu vân tay tệp.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>Dấu vân tay sẽ được dùng thế nào?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC thêm chúng vào một danh sách. Các trang web và ứng dụng tham gia đối chiếu các bài đăng với danh sách này. Nếu có nội dung khớp, họ có thể gỡ xuống hoặc ngăn nó bị đăng lên. Không ai nhìn thấy hình ảnh của bạn vì ứng dụng này.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Những điều Take It Down không làm được</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Nó không thể gỡ hình ảnh khỏi các trang web và ứng dụng không tham gia, hoặc khỏi tin nhắn riêng. Hình ảnh đã bị chỉnh sửa nhiều có thể sẽ không khớp.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translation>Đang tạo dấu vân tay… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translation>Đang tạo dấu vân tay…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Sẵn sàng: chỉ dấu vân tay của tệp</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Sẵn sàng (dấu vân tay yếu)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Sẵn sàng một phần</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Không đọc được tệp này</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Còn chưa đến một phút.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Còn khoảng %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Vietnamese writes a colon and a space between the two.</translatorcomment>
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
        <translation>Không thể mở hoặc lưu tệp này ở đó. Hãy thử chỗ khác.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Đã có lỗi xảy ra. Đó không phải lỗi của bạn. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Tìm trợ giúp</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Những nơi để trò chuyện với ai đó</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Thoát nhanh</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Đóng ứng dụng ngay lập tức và quên mọi thứ. Bạn cũng có thể nhấn Shift ba lần, hoặc Escape hai lần.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Đã sao chép. Hãy dán nó vào một chỗ riêng tư. Khi đóng, ứng dụng sẽ xóa bộ nhớ tạm nếu biên nhận vẫn còn ở đó.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Đã lưu. Hãy cất tệp ở một chỗ riêng tư.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Không tìm thấy tệp này. Có thể nó đã bị di chuyển hoặc bị xóa.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Đây không phải là ảnh hay video, nên chúng tôi không thể tạo dấu vân tay số cho nó. Bạn có thể gỡ bỏ nó và tiếp tục.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Máy tính này không cho phép mở thư mục này, nên không có gì bên trong được thêm vào.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Máy tính này không cho phép mở tệp này. Bạn có thể sao chép nó sang chỗ khác rồi thử lại.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Tệp này trống, nên không có gì để tạo dấu vân tay.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Tệp này quá lớn, chúng tôi không đọc được. Bạn có thể gỡ bỏ nó và tiếp tục.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Hình ảnh này cho biết nó lớn hơn nhiều so với bất kỳ ảnh thật nào, nên chúng tôi đã không mở nó. Bạn có thể gỡ bỏ nó và tiếp tục.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Hình ảnh này có vẻ bị hỏng, nên chúng tôi không tạo được dấu vân tay hình ảnh của nó. Dấu vân tay tệp của nó vẫn được tạo.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Video này có vẻ bị hỏng, nên chúng tôi không tạo được dấu vân tay video của nó. Dấu vân tay tệp của nó vẫn được tạo.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Chúng tôi chưa đọc được loại tệp này. Bạn có thể gỡ bỏ nó và tiếp tục.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Đã dừng trước khi xử lý xong tệp này.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Đã có lỗi khi đọc tệp này. Bạn có thể gỡ bỏ nó và tiếp tục, hoặc thử lại.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Chúng tôi không kết nối được với dịch vụ Take It Down. Hãy kiểm tra xem bạn đã kết nối internet chưa, rồi thử lại.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Proxy của mạng bạn đang dùng không cho chúng tôi kết nối tới dịch vụ Take It Down. Hãy thử lại trên một mạng khác, như Wi-Fi ở nhà hoặc dữ liệu di động.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>Dịch vụ Take It Down trả lời quá lâu. Hãy thử lại sau vài phút.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Chúng tôi không xác nhận được rằng mình đang kết nối với đúng dịch vụ Take It Down thật, nên chưa có gì được gửi đi. Điều này có thể xảy ra trên mạng của trường học hoặc nơi làm việc. Hãy thử lại trên một mạng khác, như Wi-Fi ở nhà hoặc dữ liệu di động.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Đã có lỗi ở phía dịch vụ Take It Down. Đó không phải lỗi của bạn. Hãy thử lại sau.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Hiện có rất nhiều báo cáo được gửi từ mạng của bạn. Hãy đợi vài phút rồi thử lại.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Chúng tôi không tìm thấy báo cáo nào có mã số báo cáo và khóa bí mật đó. Hãy đối chiếu cả hai với biên nhận của bạn để xem có gõ nhầm không.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>Dịch vụ Take It Down không nhận được báo cáo này. Hãy thử gửi ít tệp hơn mỗi lần, hoặc cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>Địa chỉ dịch vụ không phải là địa chỉ an toàn (https://), nên chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>Cài đặt proxy chưa đúng. Nó phải có dạng như socks5://localhost:9050 hoặc http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Dấu vân tay của bạn vẫn còn ở đây, sẵn sàng để gửi.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Biên nhận Take It Down

Với mã số báo cáo (“Report number”) và khóa bí mật (“Secret key”) bên dưới, bạn có thể kiểm tra hoặc rút lại báo cáo.
Hãy giữ kín hai thứ này: ai có cả hai đều có thể rút lại báo cáo.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Hãy nhập hoặc dán khóa bí mật từ biên nhận của bạn.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Hãy nhập hoặc dán mã số báo cáo từ biên nhận của bạn.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Chỉ ký tự cuối cùng mới được là * ~ $ = hoặc U. Khóa chỉ dùng các chữ số 0-9 và các chữ cái A-Z (không có I, L, O hay U), và đôi khi có một trong các ký tự * ~ $ = U ở cuối cùng.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Khóa bí mật này bị gõ nhầm: ít nhất một ký tự khác với biên nhận của bạn. Hãy kiểm tra lại từng nhóm.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Mã số báo cáo này bị gõ nhầm: ít nhất một ký tự khác với biên nhận của bạn. Hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translation>Đây có vẻ không phải là biên nhận của Take It Down. Biên nhận phải có một dòng bắt đầu bằng “Report number:” và một dòng bắt đầu bằng “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down dành cho ảnh và video của người dưới 18 tuổi. Hãy xác nhận rằng người trong đó chưa đủ 18 tuổi khi chúng được chụp.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Không tạo được dấu vân tay cho tệp nào trong số này, nên không có gì để gửi. Hãy thử thêm lại các ảnh hoặc video, hoặc các bản sao khác của chúng.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Những dấu vân tay này quá lớn để gửi trong một báo cáo (video dài tạo ra rất nhiều). Hãy gửi ít tệp hơn mỗi lần.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Đây không phải là tệp dấu vân tay đã lưu của Take It Down, hoặc nó đã bị thay đổi sau khi lưu. Hãy chọn tệp mà ứng dụng đã lưu cho bạn.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Không mở được tệp này. Hãy kiểm tra xem nó có còn ở đó không.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Khóa bí mật có %1 chữ cái và chữ số, nhưng khóa này có %2. Hãy kiểm tra xem có thiếu hay thừa ký tự nào không.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Mã số báo cáo có %1 chữ cái và chữ số, nhưng mã này có %2. Hãy kiểm tra xem có thiếu hay thừa ký tự nào không.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Khóa bí mật không thể chứa “%1”. Khóa chỉ dùng các chữ số 0-9 và các chữ cái A-Z (không có I, L, O hay U), và đôi khi có một trong các ký tự * ~ $ = U ở cuối cùng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>Mã số báo cáo không thể chứa “%1”. Mã số báo cáo chỉ dùng các chữ số 0-9 và các chữ cái A-Z (không có I, L, O hay U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Một báo cáo chứa được tối đa %1 tệp, còn báo cáo này có %2. Hãy gửi chúng theo từng nhóm nhỏ hơn.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Bản Take It Down này không biết phải gửi báo cáo đến đâu, nên không thể dùng được. Đó không phải lỗi của bạn. Chưa có gì được gửi đi. Hãy lấy lại ứng dụng từ những người hoặc nơi đã đưa nó cho bạn. Khi bạn đóng thông báo này, ứng dụng cũng sẽ đóng lại.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Hai câu hỏi nhanh</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Chúng tôi không hỏi tên bạn hay bất cứ điều gì có thể cho biết bạn là ai.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Lúc chụp, bạn (hoặc người trẻ bạn đang giúp) có dưới 18 tuổi không?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Có, dưới 18 tuổi</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Không, từ 18 tuổi trở lên</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Tôi không chắc</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Không sao cả. Nếu chúng có thể đã được chụp trước 18 tuổi, bạn có thể tiếp tục. Take It Down dành cho bất cứ thứ gì có thể đã được chụp trước 18 tuổi.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Ai đang dùng ứng dụng?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Tôi là người trong ảnh hoặc video</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Tôi là cha mẹ hoặc người lớn đáng tin cậy đang giúp một người trẻ</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Tôi là chuyên viên tư vấn hoặc người làm nghề khác đang giúp đỡ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Đây là mọi thứ sẽ được gửi đi</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Dưới đây là toàn bộ báo cáo, đúng y như khi được gửi đi. Nó chỉ có dấu vân tay số: không có hình ảnh, không có tên tệp, không có tên người và không có vị trí. “role” cho biết ai đang gửi, “attested_under_18” là ô bạn đánh dấu bên dưới, và “key_verifier” giúp bạn kiểm tra hoặc rút lại báo cáo sau này mà không cần nói bạn là ai.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>Báo cáo sẽ được gửi đi</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Những gì sẽ được gửi</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Ẩn báo cáo chính xác</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Hiện báo cáo chính xác</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Sao chép nội dung báo cáo</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Gửi dấu vân tay</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Chưa có gì được gửi cho đến khi bạn nhấn “Gửi dấu vân tay”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n dấu vân tay</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Số dấu vân tay cho mỗi ảnh: %1. Phần lớn là dấu vân tay thêm cho các bản sao bị cắt hoặc đổi khung hình, để những bản sao đó cũng được tìm thấy.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Chỉ gửi các dấu vân tay như %1: không có hình ảnh, tên hay địa điểm.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Một số hình ảnh rất đơn điệu hoặc bị mờ, nên dấu vân tay của chúng yếu và khó khớp hơn. Chúng vẫn được gửi đi và vẫn có thể giúp ích.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Ảnh: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Video: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Tệp khác: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Bị bỏ ra vì không đọc được: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Tôi xác nhận những ảnh và video này là tôi khi tôi chưa đủ 18 tuổi.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Tôi xác nhận những ảnh và video này là người trẻ mà tôi đang giúp, khi người đó chưa đủ 18 tuổi.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Dấu vân tay của bạn đã được lưu</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Chúng nằm trong tệp bạn đã chọn. Chưa có gì được gửi đi. Để gửi, hãy mở Take It Down trên bất kỳ máy tính nào có internet, chọn “Gửi dấu vân tay bạn đã lưu trước đây”, rồi chọn tệp này.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>Tệp này chứa khóa bí mật của báo cáo. Hãy giữ kín nó, và xóa nó khi báo cáo đã được gửi.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Lưu dấu vân tay để gửi sau…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Không có gì bị mất. Bạn cũng có thể lưu dấu vân tay vào một tệp bạn chọn, rồi gửi sau từ bất kỳ máy tính nào.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Chưa gửi được</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Đang gửi dấu vân tay của bạn…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Việc này thường chỉ mất vài giây. Chỉ dấu vân tay được gửi đi.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Chọn ngôn ngữ của ứng dụng. Ngôn ngữ sẽ đổi ngay.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Chúng tôi có thể giúp ngăn những hình ảnh này lan truyền</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Nếu có ảnh hoặc video khỏa thân hay có nội dung tình dục của bạn từ khi bạn chưa đủ 18 tuổi, ứng dụng này có thể giúp gỡ chúng khỏi các trang web và ứng dụng, hoặc ngăn chúng bị chia sẻ. Đó không phải lỗi của bạn, và bạn không gặp rắc rối gì cả.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Hình ảnh của bạn vẫn ở bên bạn</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Ảnh và video của bạn ở lại trên máy tính này. Chúng không bao giờ bị tải lên.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Chỉ gửi dấu vân tay: những mã ngắn không thể biến ngược lại thành hình ảnh.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Bạn không cần cho biết tên, email hay số điện thoại. Hoàn toàn miễn phí.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Bạn có thể dừng lại bất cứ lúc nào. Nút Thoát nhanh (góc trên bên phải) sẽ đóng ứng dụng ngay lập tức. Bạn cũng có thể nhấn Shift ba lần, hoặc Escape hai lần.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Ứng dụng này hoạt động thế nào?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Kiểm tra hoặc rút lại báo cáo trước đây</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Gửi dấu vân tay bạn đã lưu trước đây</translation>
    </message>
</context>
</TS>
