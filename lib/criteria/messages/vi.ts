/**
 * Lời của các thông báo, theo mã. `{tên}` được thay bằng dữ liệu của thông
 * báo (danh sách được nối bằng dấu phẩy). Bảng tiếng Anh (./en.ts) có đúng
 * các mã này; một bài kiểm thử giữ hai bảng khớp nhau.
 */
export const vi: Readonly<Record<string, string>> = {
  // Engine and portal-level messages
  'engine.error': 'Lỗi khi kiểm tra: {detail}',
  'page.appShell':
    'Trang là khung ứng dụng: nội dung do script ({bundles}) dựng nên nên không đọc được từ mã HTML tĩnh. Hãy kiểm tra trang đã hiển thị trong trình duyệt (hoặc dòng lệnh ở chế độ hiển thị).',
  'page.openPageType': 'Tiêu chí này chỉ thể hiện trên {pageTypes}; trang này là {pageType}. Hãy mở một trang như vậy của cổng.',
  'weak.default': 'Có dấu hiệu nhưng chưa đủ để kết luận: người kiểm tra xác nhận.',
  'default.notSeenYet': 'Chưa thấy trên các trang đã kiểm tra; hãy mở trang liên quan của cổng.',
  'default.noEvidence': 'Không tìm thấy dấu hiệu trên các trang đã kiểm tra.',
  'default.needsInspector': 'Cần người kiểm tra xác nhận.',
  'default.manual': 'Thông tin phía máy chủ: người kiểm tra xác nhận kèm ghi chú.',
  'default.noPage': 'Chưa kiểm tra trang nào.',
  'added2024.pending': 'Tiêu chí của thang 2024 chưa được đánh giá ở bản này.',
  'HN.measuredMet': '{metric} trung vị {value} qua {runs} lần đo bằng dòng lệnh, dưới ngưỡng {threshold} (ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025).',
  'HN.measuredNotMet': '{metric} trung vị {value} qua {runs} lần đo bằng dòng lệnh, không dưới ngưỡng {threshold} (ngưỡng mượn từ bộ tiêu chí cổng thông tin điện tử 2025).',
  'HN.indicative': '{metric} của lần tải này trong trình duyệt là {value} (ngưỡng mượn {threshold}): chỉ để tham khảo. Đo bằng dòng lệnh, nhiều lần, trên các trang chính: dvc-inspector audit <địa chỉ> --perf-runs 3.',
  'HN.noTiming': 'Trình duyệt không ghi nhận {metric} cho trang này: đo bằng dòng lệnh (dvc-inspector audit <địa chỉ> --perf-runs 3).',
  'HN.noValue': 'Dòng lệnh đã đo trang nhưng không ghi nhận được {metric} (trang không vẽ nội dung nào?).',
  'HN.speedIndexNotMeasured': 'Chưa đo Speed Index: chỉ số này cần quay lại từng khung hình khi trang tải (như Lighthouse), bản này không làm. Ngưỡng mượn: {threshold}.',
  'HN.notKeyPage': 'Không phải trang chính được đo (trang chủ, danh mục, thủ tục, tra cứu): hiệu năng của cổng được đánh giá trên các trang đó.',
  'AT-13.injected': 'Trang có dấu hiệu bị chèn nội dung rác ({kinds}): {count} chỗ; trang đích: {hosts}; cách giấu: {techniques}.',
  'AT-13.someWords': 'Trang có từ ngữ cờ bạc, cá cược hoặc tín dụng đen không nằm trong văn bản pháp luật hay tin tức ({count} chỗ; {hosts}): người kiểm tra xem có phải nội dung bị chèn không.',
  'AT-13.linkFarm': 'Trang có nhiều liên kết bị giấu dẫn ra ngoài cổng ({hosts}) dù không có từ ngữ cờ bạc: người kiểm tra xem có phải liên kết bị chèn không.',
  'AT-13.clean': 'Không thấy từ ngữ, liên kết cờ bạc, cá cược, tín dụng đen hay liên kết bị giấu dẫn ra ngoài cổng ({hidden} khối ẩn đã xem).',
  'TN.noHost': 'Trang không có tên miền (tệp cục bộ).',
  'TN.localHost': '{host} là địa chỉ cục bộ hoặc thử nghiệm, không phải tên miền của cổng.',
  'TN-01.notLookedUp': 'Chưa tra được bản ghi IPv6 (AAAA) của {host}: tiện ích trình duyệt không tra DNS được; dùng dòng lệnh (dvc-inspector audit hoặc crawl).',
  'TN-01.found': '{host} có địa chỉ IPv6 (bản ghi AAAA).',
  'TN-01.none': '{host} không có bản ghi AAAA: cổng không truy cập được qua IPv6.',
  'TN-01.lookupFailed': 'Không tra được bản ghi AAAA của {host} ({error}).',
  'TN-02.govVn': '{host} thuộc tên miền .gov.vn.',
  'TN-02.notGovVn': '{host} không thuộc tên miền .gov.vn.',
  delegated: 'Chức năng được cung cấp qua Cổng Dịch vụ công quốc gia (cổng liên kết tới dichvucong.gov.vn).',
  'code.onlyInScript': 'Chỉ thấy trong mã script, không có nút hay liên kết nào trên trang dẫn tới: người kiểm tra bấm thử để xác nhận.',
  'code.uncalled': 'Địa chỉ chỉ có trong một hàm script mà không nút, liên kết hay đoạn mã nào gọi tới: mã không được dùng không phải là chức năng.',

  // Page types
  'pageType.home': 'trang chủ',
  'pageType.catalogue': 'trang danh mục thủ tục',
  'pageType.procedure': 'trang chi tiết thủ tục',
  'pageType.lookup': 'trang tra cứu hồ sơ',
  'pageType.sign-in': 'trang đăng nhập',
  'pageType.submission': 'trang nộp hồ sơ',
  'pageType.my-dossiers': 'trang hồ sơ của tôi',
  'pageType.support': 'trang liên hệ, hỗ trợ',
  'pageType.statistics': 'trang thống kê',
  'pageType.other': 'trang khác',

  // TK
  'TK-03.localForm': 'Cổng có biểu mẫu tự đăng ký tài khoản riêng (mật khẩu, nhập lại mật khẩu); tài khoản công dân phải dùng VNeID/Cổng DVC quốc gia.',
  'TK-03.localLink': 'Nút "Đăng ký" dẫn tới trang của chính cổng: mở trang đó để xem có tạo tài khoản công dân riêng không.',
  'TK-04.onlyCitizen': 'Chỉ thấy lối đăng nhập của công dân/doanh nghiệp, chưa thấy lối riêng cho cán bộ.',
  'TK-04.onlyOfficer': 'Chỉ thấy lối đăng nhập của cán bộ, chưa thấy lối riêng cho công dân/doanh nghiệp.',

  // CK
  'CK-01.noFacets': 'Có trang danh mục TTHC nhưng chưa thấy bộ lọc theo lĩnh vực, cơ quan, mức độ, đối tượng.',
  'CK-01.oneFacet': 'Danh mục TTHC chỉ lọc được theo {facet}; còn thiếu bộ lọc theo các tiêu chí khác.',
  'CK-02.emptyParts': 'Các bộ phận cấu thành chỉ có tiêu đề, không có nội dung: {empty}.',
  'CK-02.scriptFilled': 'Các bộ phận cấu thành có nhãn nhưng nội dung do script của trang điền từ dữ liệu ({empty}): mở trang đã hiển thị đầy đủ để kiểm đếm.',
  'CK-02.tooFew': 'Trang chỉ có {found}/{total} bộ phận cấu thành của TTHC (cần ít nhất {min}); thiếu: {missing}.',
  'CK-02.incomplete': 'Có {found}/{total} bộ phận cấu thành, chưa đủ; còn thiếu: {missing}.',
  'CK-02.almost': 'Có {found}/{total} bộ phận cấu thành; còn thiếu: {missing}.',
  'CK-03.crossCheck': 'Đối chiếu mã {code} với CSDL quốc gia về TTHC: {url}',
  'CK-03.otherFormat': 'Có mã thủ tục nhưng không theo định dạng của CSDL quốc gia về TTHC (1.001234): kiểm tra mã còn là mã hiện hành.',
  'CK-08.missing': 'Thông tin liên hệ chưa đủ: thiếu {missing}.',

  // TT
  'TT-01.alsoLegacy': 'Có nhãn toàn trình/một phần, nhưng trang vẫn dùng cách gọi cũ "Mức độ 3/4" (lỗi thời theo Nghị định 42/2022).',
  'TT-01.legacyOnly': 'TTHC chỉ được gắn mức theo cách gọi cũ "Mức độ 3/4", đã lỗi thời; Nghị định 42/2022 dùng "toàn trình" và "một phần".',
  'TT-09.fixedWidth': 'Thẻ viewport đặt độ rộng cố định, không theo màn hình thiết bị (width=device-width): trang không co giãn trên di động.',

  // KS
  'KS-05.checkThePdf': 'Tải một tệp kết quả điện tử mẫu và kiểm tra chữ ký số của cơ quan trong phần mềm đọc PDF (có /ByteRange, /Contents và tên đơn vị ký).',

  // TC
  'TC-01.elsewhere': 'Tra cứu hồ sơ nằm ở cổng khác ({host}): hãy kiểm tra cổng đó.',

  // HT
  'HT-05.plainPhone': 'Chỉ thấy số điện thoại chung (không ghi là tổng đài hay đường dây hỗ trợ): người kiểm tra xác nhận đó có phải số hỗ trợ người dùng không.',

  // GD
  'GD-01.notHttps': 'Trang được tải qua {protocol}, không mã hóa: dữ liệu người dùng có thể bị đọc hoặc sửa trên đường truyền.',
  'GD-01.mixed': 'Trang HTTPS nhưng nạp {count} tài nguyên qua http:// (nội dung hỗn hợp), kể cả từ CSS và mã script viết trong trang.',
  'GD-01.ok': 'Trang tải qua HTTPS, không có nội dung hỗn hợp. Trình duyệt đã chấp nhận chứng thư; chuyển hướng HTTP→HTTPS cần thử bằng địa chỉ http://.',
  'GD-02.vendorFunctions': 'Cổng chạy trên tên miền .gov.vn ({host}); một số chức năng trỏ tới tên miền của nhà cung cấp: {hosts}.',
  'GD-02.notGovVn': 'Trang chạy trên tên miền "{host}", không phải tên miền .gov.vn chính thức.',
  'GD-02.vendorHost': 'Trang chạy trên tên miền "{host}" của nhà cung cấp nền tảng (*.vnptigate.vn), không phải tên miền .gov.vn chính thức.',
  'GD-03.failures': 'Chỉ báo tự động cho thấy lỗi tiếp cận: {problems}. Người kiểm tra vẫn cần đánh giá toàn diện (tương phản, bàn phím, trình đọc màn hình).',
  'GD-03.indicatorsPass': 'Các chỉ báo tự động đạt (chỉ là chỉ báo). Người kiểm tra xác nhận độ tương phản, thao tác bằng bàn phím và trình đọc màn hình.',
  'GD-04.codes': '{conforming} mã theo cấu trúc [mã cơ quan]-[yyMMdd]-[số thứ tự], {other} mã có dạng khác. Người kiểm tra đối chiếu với quy định hiện hành.',
  'GD-06.noTiming': 'Không có số đo thời gian tải (chỉ trình duyệt cung cấp khi mở trang).',
  'GD-06.indicative': 'Số đo chỉ mang tính tham khảo (một lần tải, trên đường truyền của người kiểm tra); người kiểm tra đánh giá theo ngưỡng quy định.',

  // AT
  'AT-05.noHeaders': 'Trình duyệt không cho đọc header phản hồi: chỉ dòng lệnh (tự tải trang) đọc được, hoặc người kiểm tra xem trong DevTools → Network và xác nhận.',
  'AT-05.missing': 'Thiếu hoặc không hiệu lực: {missing}.',
  'AT-05.missingAndAdvised': 'Thiếu hoặc không hiệu lực: {missing}. Nên có thêm: {advised}.',
  'AT-05.ok': 'Có đủ các header bảo mật bắt buộc.',
  'AT-05.okAdvised': 'Có đủ các header bảo mật bắt buộc. Nên có thêm: {advised}.',
  'AT-06.readable': 'Cookie phiên đọc được từ script, tức thiếu HttpOnly: {cookies}.',
  'AT-06.notSignedIn': 'Chưa thấy phiên đăng nhập trên trang này; hãy đăng nhập rồi kiểm tra lại. Cookie đọc được từ script: {cookies}.',
  'AT-06.signedIn': 'Đang đăng nhập nhưng không cookie phiên nào đọc được từ script (có thể đã đặt HttpOnly). Người kiểm tra xác nhận Secure, HttpOnly, SameSite trong DevTools → Application → Cookies.',
  'AT-07.exposed': 'Trang để lộ {count} giá trị giống khóa bí mật phía trình duyệt (giá trị đã được ẩn). Cần thu hồi và đổi khóa.',
  'AT-07.browserKey': 'Trang có {count} khóa API của Google (công khai theo thiết kế): xác nhận khóa đã được giới hạn theo địa chỉ cổng trong Google Cloud.',
  'AT-07.none': 'Không thấy khóa bí mật trong mã nhúng và địa chỉ trên trang này. Tệp cấu hình tải riêng (ví dụ /vi/assets/app.config.json) cần mở để kiểm tra.',
  'AT-09.outdated': 'Phát hiện thư viện lỗi thời: {libraries}.',
  'AT-09.mixed': 'Phát hiện {count} tài nguyên http:// trên trang HTTPS.',
  'AT-09.outdatedAndMixed': 'Phát hiện thư viện lỗi thời: {libraries}; và {count} tài nguyên http:// trên trang HTTPS.',
  'AT-09.versionUnknown': 'Không đọc được phiên bản của {libraries} từ địa chỉ script (phiên bản không rõ): người kiểm tra xem phiên bản trong DevTools.',
  'AT-09.current': 'Các thư viện nhận ra được đều ở phiên bản không có lỗ hổng đã biết; không có nội dung hỗn hợp.',
  'AT-09.noneRecognised': 'Không nhận ra thư viện lỗi thời nào qua địa chỉ script; không có nội dung hỗn hợp. Thư viện trong bundle cần kiểm tra thêm.',
  'AT-10.presenceOnly': 'Có nhãn Tín nhiệm mạng; nhãn chỉ cho biết sự hiện diện, không chứng minh hệ thống an toàn.',

  // BC
  'BC-03.countersOnly': 'Trang chỉ có bộ đếm lượt truy cập; bộ đếm không phải bằng chứng ghi nhật ký, thống kê truy cập.',
  'BC-03.nothing': 'Chưa thấy hệ thống thống kê truy cập hay nhật ký truy cập trên trang này.',
  'BC-03.confirm': 'Trang gửi lượt truy cập tới hệ thống thống kê hoặc có nhật ký truy cập; người kiểm tra xác nhận cổng ghi và lưu nhật ký truy cập phía máy chủ.',
  'CK-04.scriptFilled': 'Danh sách mẫu đơn, tờ khai do script của trang điền từ dữ liệu: mở trang đã hiển thị đầy đủ để xem các tệp tải về.',
  'TTTT-05.scriptFilled': 'Dòng phí, lệ phí có mức thu do script của trang điền từ dữ liệu: mở trang đã hiển thị đầy đủ để đọc.',
  'TT-02.scripted': 'Nút "Nộp hồ sơ" do script của trang vẽ ra (với thủ tục có mức độ cho phép): xác nhận trên trang đã hiển thị đầy đủ.',
  'CK-05.noFigures': 'Trang mang tên thống kê tình hình giải quyết (hoặc nhúng khung của hệ thống khác) nhưng nội dung không có số liệu đúng hạn / quá hạn: mở chính trang số liệu để kiểm tra.',
  'TC-03.keywordOnly': 'Có ô tìm thủ tục theo tên nhưng không có tiêu chí (lĩnh vực, cơ quan, mức độ): xác nhận việc tìm kiếm theo tiêu chí.',

  // Page warnings
  'warning.app-shell': 'Trang là khung ứng dụng (nội dung do script dựng): các tiêu chí về nội dung chưa được kiểm tra.',
};
