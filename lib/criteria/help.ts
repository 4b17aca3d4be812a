import type { Localized } from './types';

/**
 * Help on every finding, as the audit tools inspectors know give it (axe's
 * "More info", Lighthouse's "Learn more"): why the criterion matters to
 * citizens and to the ministry's assessment, and, for portal developers,
 * how to fix it. Assisted and manual criteria also carry the steps an
 * inspector follows to verify them (the guided assessment walks through
 * them). Data keyed by criterion id; the legal basis itself is in
 * `sources.ts`.
 */
export interface CriterionHelp {
  why: Localized;
  fix: Localized;
  /** How to verify, step by step (assisted and manual criteria). */
  steps?: { vi: readonly string[]; en: readonly string[] };
}

export const HELP: Readonly<Record<string, CriterionHelp>> = {
  // TK — accounts, e-ID, authentication
  'TK-01': {
    why: {
      vi: 'Công dân dùng một tài khoản định danh điện tử (VNeID) cho mọi dịch vụ công, không phải nhớ tài khoản riêng của từng cổng; danh tính đã được Bộ Công an xác thực.',
      en: 'Citizens use one national e-ID account (VNeID) for every public service instead of one account per portal, with an identity the Ministry of Public Security has verified.',
    },
    fix: {
      vi: 'Tích hợp đăng nhập qua VNeID (OAuth2/OIDC tới sso.dancuquocgia.gov.vn) và đặt nút "Đăng nhập bằng VNeID" rõ ràng trên trang đăng nhập.',
      en: 'Integrate VNeID sign-in (OAuth2/OIDC with sso.dancuquocgia.gov.vn) and put a clear "Đăng nhập bằng VNeID" button on the login page.',
    },
  },
  'TK-02': {
    why: {
      vi: 'Đăng nhập một lần với Cổng DVC quốc gia giúp người dân dùng cùng một phiên đăng nhập ở cổng quốc gia và cổng của tỉnh, bộ.',
      en: 'Single sign-on with the national portal lets citizens use the same session on the national portal and on the province’s or ministry’s portal.',
    },
    fix: {
      vi: 'Kết nối với dịch vụ xác thực của Cổng DVC quốc gia (xacthuc.dichvucong.gov.vn) và hiện lựa chọn "Tài khoản cấp bởi Cổng dịch vụ công quốc gia" trên trang đăng nhập.',
      en: 'Connect to the national portal’s authentication service (xacthuc.dichvucong.gov.vn) and offer "Tài khoản cấp bởi Cổng dịch vụ công quốc gia" on the login page.',
    },
  },
  'TK-03': {
    why: {
      vi: 'Từ năm 2024 tài khoản của công dân thống nhất về VNeID; một biểu mẫu đăng ký riêng của cổng tạo tài khoản trùng lặp, khó quản lý và dễ bị lạm dụng.',
      en: 'Since 2024 citizens’ accounts are unified on VNeID; a portal’s own sign-up form creates duplicate accounts that are hard to manage and easy to abuse.',
    },
    fix: {
      vi: 'Bỏ biểu mẫu đăng ký tài khoản công dân của cổng; cho nút "Đăng ký" dẫn tới hướng dẫn tạo tài khoản VNeID hoặc dangky.dichvucong.gov.vn.',
      en: 'Remove the portal’s own citizen sign-up form; make "Đăng ký" lead to VNeID guidance or dangky.dichvucong.gov.vn.',
    },
    steps: {
      vi: ['Mở trang chủ hoặc trang đăng nhập của cổng.', 'Bấm "Đăng ký" (hoặc "Tạo tài khoản").', 'Xác nhận nó dẫn tới dangky.dichvucong.gov.vn hoặc hướng dẫn dùng VNeID, không phải biểu mẫu mật khẩu riêng của cổng.'],
      en: ['Open the portal’s home or login page.', 'Click "Đăng ký" (sign up, or "create account").', 'Confirm it leads to dangky.dichvucong.gov.vn or VNeID guidance, not to a portal-local password form.'],
    },
  },
  'TK-04': {
    why: {
      vi: 'Tách lối vào của công dân và của cán bộ giúp người dân không nhầm chỗ, và cho phép áp dụng mức xác thực chặt hơn với tài khoản cán bộ xử lý hồ sơ.',
      en: 'Separate entries for citizens and officers keep citizens from the wrong door and let officers’ accounts, which handle dossiers, use stronger authentication.',
    },
    fix: {
      vi: 'Đặt hai lối đăng nhập riêng, ghi rõ "Công dân/Doanh nghiệp đăng nhập" và "Cán bộ đăng nhập".',
      en: 'Provide two separate sign-in entries labelled "Công dân/Doanh nghiệp đăng nhập" (citizens and businesses) and "Cán bộ đăng nhập" (officers).',
    },
  },
  'TK-05': {
    why: {
      vi: 'Kết nối Cơ sở dữ liệu quốc gia về dân cư cho phép xác thực người nộp và điền sẵn thông tin, để người dân không phải khai lại giấy tờ nhà nước đã có.',
      en: 'The connection to the national population database verifies applicants and prefills their data, so citizens do not supply again what the State already holds.',
    },
    fix: {
      vi: 'Kết nối hệ thống với CSDL quốc gia về dân cư qua nền tảng chia sẻ dữ liệu, đáp ứng yêu cầu an toàn thông tin cho hệ thống kết nối; dùng dữ liệu đó để xác thực và điền sẵn biểu mẫu.',
      en: 'Connect the system to the population database through the data-sharing platform, meeting the security requirements for connected systems; use it to verify applicants and prefill forms.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử (VNeID).', 'Mở biểu mẫu nộp hồ sơ của một thủ tục: kiểm tra họ tên, số định danh, ngày sinh, nơi cư trú được điền sẵn.', 'Xem tài liệu kết nối hoặc nhật ký gọi dịch vụ của đơn vị vận hành; ghi số văn bản vào ghi chú.'],
      en: ['Sign in with a test (VNeID) account.', 'Open a procedure’s application form: check name, ID number, date of birth and residence are prefilled.', 'See the operator’s connection documents or service-call logs; put the document number in the note.'],
    },
  },
  'TK-06': {
    why: {
      vi: 'Doanh nghiệp và tổ chức cũng nộp hồ sơ trực tuyến; họ cần tài khoản của tổ chức (định danh điện tử tổ chức, mã số thuế) chứ không dùng tài khoản cá nhân của nhân viên.',
      en: 'Businesses and organisations also apply online; they need an organisation account (organisation e-ID, tax code), not an employee’s personal account.',
    },
    fix: {
      vi: 'Hỗ trợ đăng nhập bằng tài khoản định danh điện tử của tổ chức và hiển thị rõ lựa chọn dành cho doanh nghiệp trên trang đăng nhập.',
      en: 'Support sign-in with organisation e-ID accounts and show the business option clearly on the login page.',
    },
    steps: {
      vi: ['Mở trang đăng nhập: tìm lựa chọn cho tổ chức, doanh nghiệp.', 'Đăng nhập bằng tài khoản thử của một doanh nghiệp.', 'Xác nhận hồ sơ được nộp dưới tên tổ chức.'],
      en: ['Open the login page: look for the organisation/business option.', 'Sign in with a business test account.', 'Confirm dossiers are submitted in the organisation’s name.'],
    },
  },
  'TK-07': {
    why: {
      vi: 'Trang cá nhân là nơi người dân xem lại thông tin, hồ sơ đã nộp và kết quả; thiếu nó, họ phải gọi điện hoặc đến trực tiếp để hỏi.',
      en: 'The personal area is where citizens see their details, their dossiers and results; without it they must phone or come in to ask.',
    },
    fix: {
      vi: 'Cung cấp khu vực "Hồ sơ cá nhân" / "Dịch vụ công của tôi" sau khi đăng nhập: thông tin tài khoản, danh sách hồ sơ đã nộp và trạng thái.',
      en: 'Provide a "Hồ sơ cá nhân" / "Dịch vụ công của tôi" area after sign-in: account details, submitted dossiers and their status.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử.', 'Mở "Hồ sơ cá nhân" hoặc "Dịch vụ công của tôi".', 'Xác nhận xem và sửa được thông tin tài khoản, và thấy danh sách hồ sơ đã nộp.'],
      en: ['Sign in with a test account.', 'Open "Hồ sơ cá nhân" or "Dịch vụ công của tôi".', 'Confirm the account details can be viewed and edited and the submitted dossiers are listed.'],
    },
  },

  // CK — publicity and transparency
  'CK-01': {
    why: {
      vi: 'Người dân cần tìm đúng thủ tục trước khi nộp; danh mục lọc được theo lĩnh vực, cơ quan, mức độ và đối tượng là điều kiện công khai TTHC.',
      en: 'Citizens must find the right procedure before applying; a catalogue filterable by field, agency, online level and audience is what publishing procedures means.',
    },
    fix: {
      vi: 'Công khai danh mục TTHC và DVC trực tuyến, đồng bộ từ CSDL quốc gia về TTHC, với bộ lọc lĩnh vực, cơ quan thực hiện, mức độ (toàn trình/một phần) và đối tượng.',
      en: 'Publish the catalogue of procedures and online services, synchronised from the national database, with filters by field, agency, level (full/partial online) and audience.',
    },
  },
  'CK-02': {
    why: {
      vi: 'Trang chi tiết đủ bộ phận (hồ sơ, thời hạn, phí, căn cứ…) cho người dân chuẩn bị đúng ngay lần đầu, giảm hồ sơ bị trả lại.',
      en: 'A detail page with every part (documents, time limit, fees, legal basis…) lets citizens prepare right the first time and cuts returned dossiers.',
    },
    fix: {
      vi: 'Hiển thị đầy đủ các bộ phận cấu thành của TTHC đã công bố: mã, tên, trình tự, cách thức, thành phần hồ sơ, thời hạn, phí/lệ phí, đối tượng, cơ quan, kết quả, căn cứ pháp lý, yêu cầu điều kiện.',
      en: 'Show every published part of the procedure: code, name, steps, ways of submission, required documents, time limit, fees, audience, agencies, result, legal basis, conditions.',
    },
  },
  'CK-03': {
    why: {
      vi: 'Mã TTHC khớp CSDL quốc gia bảo đảm người dân đọc đúng thủ tục đang có hiệu lực, và hồ sơ đồng bộ đúng lên Cổng DVC quốc gia.',
      en: 'Procedure codes matching the national database make sure citizens read the procedure in force and dossiers sync correctly to the national portal.',
    },
    fix: {
      vi: 'Đồng bộ danh mục và nội dung TTHC từ CSDL quốc gia về TTHC theo mã; cập nhật khi có quyết định công bố mới.',
      en: 'Synchronise the catalogue and the procedures’ content from the national database by code; update when a new publishing decision is issued.',
    },
    steps: {
      vi: ['Mở trang chi tiết một thủ tục, chép mã thủ tục (dạng 1.001234).', 'Mở dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<mã>.', 'So sánh tên, quyết định công bố và nội dung với trang của cổng.'],
      en: ['Open a procedure’s detail page and copy its code (like 1.001234).', 'Open dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<code>.', 'Compare the name, publishing decision and content with the portal’s page.'],
    },
  },
  'CK-04': {
    why: {
      vi: 'Mẫu đơn, tờ khai tải được giúp người dân chuẩn bị hồ sơ mà không phải đến cơ quan xin mẫu.',
      en: 'Downloadable forms let citizens prepare their dossier without going to the office for blank forms.',
    },
    fix: {
      vi: 'Đính kèm mẫu đơn, tờ khai (.doc/.docx/.pdf) ở mục "Mẫu đơn, tờ khai" của từng thủ tục và kiểm tra định kỳ các liên kết không bị lỗi 404.',
      en: 'Attach the forms (.doc/.docx/.pdf) under "Mẫu đơn, tờ khai" for each procedure, and check the links regularly for 404s.',
    },
  },
  'CK-05': {
    why: {
      vi: 'Công khai kết quả giải quyết (đúng hạn, quá hạn) là trách nhiệm giải trình với người dân và là một tiêu chí của Bộ chỉ số 766.',
      en: 'Publishing how dossiers were settled (on time, late) is accountability to citizens and one of the 766 index criteria.',
    },
    fix: {
      vi: 'Xuất bản trang thống kê tình hình giải quyết hồ sơ theo thời gian thực: tổng số, đúng hạn, trước hạn, quá hạn, theo cơ quan và lĩnh vực.',
      en: 'Publish a real-time statistics page of settled dossiers: totals, on time, early, late, by agency and field.',
    },
  },
  'CK-06': {
    why: {
      vi: 'Kết quả Bộ chỉ số 766 cho người dân thấy chất lượng phục vụ của tỉnh, bộ so với nơi khác.',
      en: 'The 766 index results show citizens how well their province or ministry serves them compared with others.',
    },
    fix: {
      vi: 'Nhúng khối "Kết quả đánh giá Bộ chỉ số phục vụ người dân và doanh nghiệp" hoặc liên kết tới trang kết quả của địa phương trên Cổng DVC quốc gia.',
      en: 'Embed the "Kết quả đánh giá Bộ chỉ số phục vụ người dân và doanh nghiệp" block or link the locality’s results page on the national portal.',
    },
  },
  'CK-07': {
    why: {
      vi: 'Công khai hồ sơ trễ hạn kèm thư xin lỗi là cam kết với người dân, và buộc cơ quan hẹn lại ngày trả kết quả.',
      en: 'Publishing overdue dossiers with apology letters is a commitment to citizens and makes the agency set a new date for the result.',
    },
    fix: {
      vi: 'Công khai danh sách hồ sơ quá hạn và phiếu xin lỗi, hẹn lại ngày trả kết quả theo mẫu quy định; cập nhật tự động từ hệ thống một cửa.',
      en: 'Publish the list of overdue dossiers and the apology-and-new-date slips on the prescribed form, updated automatically from the one-stop system.',
    },
    steps: {
      vi: ['Tìm danh sách hồ sơ trễ hạn trên cổng (thường ở trang thống kê).', 'Mở vài hồ sơ: mỗi hồ sơ trễ hạn có phiếu xin lỗi và hẹn lại ngày trả.', 'Xác nhận danh sách được cập nhật gần đây.'],
      en: ['Find the list of overdue dossiers on the portal (usually on the statistics page).', 'Open a few: each overdue dossier has an apology with a new result date.', 'Confirm the list is recent.'],
    },
  },
  'CK-08': {
    why: {
      vi: 'Người dân và cơ quan kiểm tra cần biết ai chịu trách nhiệm về cổng và liên hệ bằng cách nào.',
      en: 'Citizens and inspectors need to know who is responsible for the portal and how to reach them.',
    },
    fix: {
      vi: 'Ghi ở chân trang: cơ quan chủ quản, đơn vị quản lý/vận hành, địa chỉ, điện thoại và thư điện tử liên hệ.',
      en: 'State in the footer: the owning agency, the managing/operating unit, address, phone and contact email.',
    },
  },
  'CK-09': {
    why: {
      vi: 'Trạng thái xử lý chuẩn hoá theo từng bước cho người dân biết hồ sơ đang ở đâu, và cho phép đồng bộ trạng thái giữa các hệ thống.',
      en: 'Standardised per-step statuses tell citizens where their dossier is and let systems synchronise statuses with each other.',
    },
    fix: {
      vi: 'Dùng danh mục trạng thái chuẩn (Phụ lục I Thông tư 22/2019/TT-BTTTT) cho từng bước xử lý và hiển thị lịch sử các bước khi tra cứu.',
      en: 'Use the standard status list (Annex I of Circular 22/2019/TT-BTTTT) for each processing step and show the step history in the lookup.',
    },
    steps: {
      vi: ['Tra cứu một mã hồ sơ thật.', 'Xem trạng thái hiện tại và lịch sử các bước xử lý.', 'So tên các trạng thái với danh mục chuẩn của Phụ lục I.'],
      en: ['Look up a real dossier code.', 'Read its current status and the history of its steps.', 'Compare the status names with the standard list of Annex I.'],
    },
  },
  'CK-10': {
    why: {
      vi: 'Hướng dẫn (tài liệu, video) giúp người lần đầu nộp trực tuyến tự làm được mà không phải gọi tổng đài.',
      en: 'Guides (documents, videos) let first-time users apply online on their own without calling the hotline.',
    },
    fix: {
      vi: 'Có mục "Hướng dẫn sử dụng" với tài liệu hoặc video về tìm thủ tục, nộp, thanh toán và tra cứu hồ sơ; liên kết từ trang chủ.',
      en: 'Provide a "Hướng dẫn sử dụng" section with documents or videos on finding procedures, applying, paying and tracking; link it from the home page.',
    },
  },

  // TT — online service levels and submission
  'TT-01': {
    why: {
      vi: 'Nhãn "Toàn trình"/"Một phần" theo Nghị định 42/2022 cho người dân biết có thể làm trọn trên mạng hay phải đến cơ quan.',
      en: 'The "Toàn trình" / "Một phần" label of Decree 42/2022 tells citizens whether the whole procedure can be done online or they must come in.',
    },
    fix: {
      vi: 'Gắn nhãn "Toàn trình" hoặc "Một phần" cho mọi thủ tục trong danh mục và trang chi tiết; bỏ cách gọi cũ "Mức độ 3/4".',
      en: 'Label every procedure "Toàn trình" or "Một phần" in the catalogue and on its detail page; drop the old "Mức độ 3/4" wording.',
    },
  },
  'TT-02': {
    why: {
      vi: 'Nút "Nộp hồ sơ trực tuyến" ngay trên trang thủ tục là đường ngắn nhất từ đọc thủ tục đến nộp hồ sơ.',
      en: 'A "Nộp hồ sơ trực tuyến" button on the procedure page is the shortest way from reading about a procedure to applying.',
    },
    fix: {
      vi: 'Đặt nút "Nộp hồ sơ trực tuyến" trên trang chi tiết mọi thủ tục toàn trình hoặc một phần, dẫn thẳng vào luồng nộp (của cổng hoặc Cổng DVC quốc gia).',
      en: 'Put a "Nộp hồ sơ trực tuyến" button on the detail page of every full or partial online procedure, leading straight into the submission flow (the portal’s or the national portal’s).',
    },
  },
  'TT-03': {
    why: {
      vi: 'Biểu mẫu điện tử tương tác cho người dân khai trực tiếp, được kiểm tra ngay, thay vì in, điền tay rồi quét tải lên.',
      en: 'Interactive e-forms let citizens fill in and get checked on the page instead of printing, filling in by hand and scanning.',
    },
    fix: {
      vi: 'Xây dựng biểu mẫu điện tử (e-form) cho tờ khai của thủ tục: các trường nhập liệu, kiểm tra dữ liệu, không chỉ tải lên tệp.',
      en: 'Build e-forms for the procedure’s application: input fields with validation, not only a file upload.',
    },
    steps: {
      vi: ['Đăng nhập và bắt đầu nộp một thủ tục.', 'Xác nhận tờ khai là các trường nhập trên trang (họ tên, số định danh, nội dung yêu cầu…).', 'Thử bỏ trống một trường bắt buộc: biểu mẫu phải báo lỗi.'],
      en: ['Sign in and start applying for a procedure.', 'Confirm the application is fields on the page (name, ID number, request…).', 'Leave a required field empty: the form must say so.'],
    },
  },
  'TT-04': {
    why: {
      vi: 'Điền sẵn dữ liệu đã có (từ VNeID, CSDL dân cư) giảm thời gian khai và lỗi nhập, đúng nguyên tắc không yêu cầu cung cấp lại thông tin nhà nước đã có.',
      en: 'Prefilling known data (from VNeID, the population database) saves time and typing errors, and follows the rule of not asking again for what the State holds.',
    },
    fix: {
      vi: 'Lấy thông tin từ tài khoản định danh và CSDL dân cư để điền sẵn họ tên, ngày sinh, số định danh, nơi cư trú vào biểu mẫu.',
      en: 'Use the e-ID account and the population database to prefill name, date of birth, ID number and residence in forms.',
    },
    steps: {
      vi: ['Đăng nhập bằng VNeID (tài khoản thử).', 'Mở biểu mẫu nộp hồ sơ.', 'Xác nhận họ tên, ngày sinh, số định danh, nơi cư trú đã được điền sẵn.'],
      en: ['Sign in with VNeID (a test account).', 'Open an application form.', 'Confirm name, date of birth, ID number and residence are prefilled.'],
    },
  },
  'TT-05': {
    why: {
      vi: 'Dùng lại giấy tờ đã số hoá và kết quả cũ là mục tiêu của số hoá: người dân không phải nộp lại cùng một giấy tờ.',
      en: 'Reusing digitised documents and past results is the point of digitisation: citizens do not hand in the same paper twice.',
    },
    fix: {
      vi: 'Ở bước đính kèm, cho chọn giấy tờ từ kho dữ liệu của người dân hoặc kết quả đã cấp, thay cho tải lên tệp mới.',
      en: 'At the attachments step, let applicants pick from their data store or past results instead of uploading a new file.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử có giấy tờ trong kho.', 'Nộp thử một thủ tục, đến bước thành phần hồ sơ.', 'Chọn "Chọn từ kho" cho một giấy tờ và xác nhận nó được đính kèm mà không tải lên lại.'],
      en: ['Sign in with a test account that has documents in its store.', 'Start an application and reach the documents step.', 'Use "Chọn từ kho" for one document and confirm it is attached without uploading it again.'],
    },
  },
  'TT-06': {
    why: {
      vi: 'Người dân chọn nhận kết quả trực tuyến, qua bưu chính hay trực tiếp; không phải quay lại cơ quan chỉ để lấy kết quả.',
      en: 'Citizens choose to get their result online, by post or in person; nobody has to come back just to collect it.',
    },
    fix: {
      vi: 'Thêm bước "Hình thức nhận kết quả" trong luồng nộp: trực tuyến, bưu chính công ích (kèm địa chỉ nhận), trực tiếp.',
      en: 'Add a "Hình thức nhận kết quả" step in the submission flow: online, public postal service (with a delivery address), in person.',
    },
    steps: {
      vi: ['Bắt đầu nộp một thủ tục.', 'Tìm bước chọn hình thức nhận kết quả.', 'Chọn nhận qua bưu chính: biểu mẫu phải hỏi địa chỉ nhận.'],
      en: ['Start an application.', 'Find the step choosing how to receive the result.', 'Choose post: the form must ask for a delivery address.'],
    },
  },
  'TT-07': {
    why: {
      vi: 'Mã hồ sơ và giấy tiếp nhận, hẹn trả điện tử là bằng chứng người dân đã nộp, và là chìa khoá để tra cứu.',
      en: 'The dossier code and the electronic receipt with appointment prove the application was made and are the key to looking it up.',
    },
    fix: {
      vi: 'Cấp mã hồ sơ theo cấu trúc quy định và phát hành phiếu tiếp nhận, hẹn trả kết quả điện tử (có mã QR) ngay khi tiếp nhận.',
      en: 'Issue a dossier code in the prescribed structure and an electronic receipt with the appointment (with a QR code) as soon as the dossier is received.',
    },
    steps: {
      vi: ['Nộp thử một hồ sơ (hoặc tra cứu một hồ sơ đã nộp).', 'Xác nhận có mã hồ sơ.', 'Tải phiếu tiếp nhận và hẹn trả kết quả: có mã QR và ngày hẹn.'],
      en: ['Submit a test dossier (or look up one already submitted).', 'Confirm it has a dossier code.', 'Download the receipt with appointment: it has a QR code and a due date.'],
    },
  },
  'TT-08': {
    why: {
      vi: 'Yêu cầu bổ sung hồ sơ trực tuyến tránh cho người dân phải đến cơ quan chỉ để nộp thêm một giấy tờ.',
      en: 'Asking for additional documents online saves citizens a trip just to hand in one more paper.',
    },
    fix: {
      vi: 'Gửi yêu cầu bổ sung qua tài khoản (và thông báo), cho người nộp bổ sung giấy tờ trực tuyến ngay trên hồ sơ.',
      en: 'Send requests for more documents through the account (with a notification) and let the applicant add them online on the dossier.',
    },
    steps: {
      vi: ['Dùng một hồ sơ thử đang chờ bổ sung.', 'Mở "Dịch vụ công của tôi": thấy yêu cầu bổ sung.', 'Bổ sung một giấy tờ trực tuyến và xác nhận hồ sơ chuyển trạng thái.'],
      en: ['Use a test dossier awaiting documents.', 'Open "Dịch vụ công của tôi": the request is shown.', 'Add a document online and confirm the dossier moves on.'],
    },
  },
  'TT-09': {
    why: {
      vi: 'Phần lớn người dân truy cập bằng điện thoại; cổng không dùng được trên di động loại họ ra khỏi dịch vụ trực tuyến.',
      en: 'Most citizens use a phone; a portal unusable on mobile shuts them out of online services.',
    },
    fix: {
      vi: 'Thiết kế đáp ứng (responsive) với <meta name="viewport" content="width=device-width, initial-scale=1">; kiểm tra ở bề rộng 375 px không bị tràn ngang.',
      en: 'Use a responsive design with <meta name="viewport" content="width=device-width, initial-scale=1">; check nothing overflows sideways at 375 px.',
    },
  },
  'TT-10': {
    why: {
      vi: 'Thông báo qua email, SMS, Zalo giúp người dân biết ngay khi hồ sơ cần bổ sung hoặc có kết quả.',
      en: 'Email, SMS or Zalo notifications tell citizens at once when a dossier needs documents or has a result.',
    },
    fix: {
      vi: 'Gửi thông báo khi hồ sơ đổi trạng thái qua ít nhất một kênh (email, SMS, Zalo OA, ứng dụng) và cho người dân chọn kênh.',
      en: 'Notify status changes through at least one channel (email, SMS, Zalo OA, app) and let citizens choose.',
    },
    steps: {
      vi: ['Tìm kênh thông báo trên cổng (Zalo OA "Quét để quan tâm", đăng ký SMS/email).', 'Nộp thử một hồ sơ.', 'Xác nhận nhận được tin khi hồ sơ đổi trạng thái.'],
      en: ['Find the notification channels on the portal (Zalo OA "Quét để quan tâm", SMS/email sign-up).', 'Submit a test dossier.', 'Confirm a message arrives when its status changes.'],
    },
  },

  // KS — digital signing
  'KS-01': {
    why: {
      vi: 'Ký số thành phần hồ sơ cho giấy tờ điện tử giá trị pháp lý, để hồ sơ trực tuyến không cần bản giấy đối chiếu.',
      en: 'Digitally signed attachments have legal value, so an online dossier needs no paper copy to compare against.',
    },
    fix: {
      vi: 'Tích hợp ký số khi nộp: nút "Ký số" cho từng tệp đính kèm, dùng plugin ký (Ban Cơ yếu, nhà cung cấp CA) và kiểm tra chữ ký phía máy chủ.',
      en: 'Offer signing at submission: a "Ký số" button per attachment using a signing plugin (Government Cipher Committee, CA providers), with server-side signature checks.',
    },
  },
  'KS-02': {
    why: {
      vi: 'Ký số từ xa cho phép người dân ký bằng điện thoại mà không cần USB token, điều kiện để nhiều thủ tục làm được toàn trình.',
      en: 'Remote signing lets citizens sign from their phone without a USB token, which many procedures need to be fully online.',
    },
    fix: {
      vi: 'Tích hợp ký số từ xa qua các nhà cung cấp dịch vụ tin cậy (VNPT-CA, Viettel-CA, …) hoặc cổng kết nối của NEAC; cho chọn nhà cung cấp.',
      en: 'Integrate remote signing through trust-service providers (VNPT-CA, Viettel-CA, …) or the NEAC gateway; let the user choose the provider.',
    },
    steps: {
      vi: ['Đăng nhập, bắt đầu nộp một thủ tục có tệp đính kèm.', 'Bấm ký số: phải có hộp "Thông tin ký số" cho chọn nhà cung cấp và tài khoản ký.', 'Ký bằng tài khoản ký số từ xa thử và xác nhận tệp đã được ký.'],
      en: ['Sign in and start an application with an attachment.', 'Click sign: a "Thông tin ký số" dialog must offer a provider and a signing account.', 'Sign with a test remote-signing account and confirm the file is signed.'],
    },
  },
  'KS-03': {
    why: {
      vi: 'Doanh nghiệp nộp hồ sơ nhân danh tổ chức cần chữ ký số của tổ chức, không phải của cá nhân nhân viên.',
      en: 'Businesses applying in their own name need the organisation’s signature, not an employee’s.',
    },
    fix: {
      vi: 'Cho tài khoản tổ chức chọn chứng thư số của tổ chức (ký từ xa hoặc token) khi ký hồ sơ.',
      en: 'Let organisation accounts choose the organisation’s certificate (remote or token) when signing.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản tổ chức thử.', 'Ký một tệp đính kèm.', 'Xác nhận chọn được chứng thư số của tổ chức.'],
      en: ['Sign in with a test organisation account.', 'Sign an attachment.', 'Confirm the organisation’s certificate can be chosen.'],
    },
  },
  'KS-04': {
    why: {
      vi: 'Quản lý chữ ký số trong tài khoản giúp người dân đăng ký một lần và ký nhanh ở các lần nộp sau.',
      en: 'Managing one’s signature in the account means registering once and signing quickly every later time.',
    },
    fix: {
      vi: 'Thêm mục "Chữ ký số cá nhân" trong khu vực cá nhân: đăng ký, xem và thu hồi chứng thư dùng để ký.',
      en: 'Add a "Chữ ký số cá nhân" entry to the personal area: register, view and revoke the signing certificate.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử.', 'Mở mục "Chữ ký số cá nhân" trong hồ sơ cá nhân.', 'Xác nhận đăng ký được và xem được chứng thư của mình.'],
      en: ['Sign in with a test account.', 'Open "Chữ ký số cá nhân" in the personal area.', 'Confirm one can register and see one’s certificate.'],
    },
  },
  'KS-05': {
    why: {
      vi: 'Kết quả điện tử có chữ ký số của cơ quan có giá trị như bản giấy; không có chữ ký, người dân vẫn phải lấy bản giấy.',
      en: 'An e-result signed by the agency is worth the paper one; without the signature citizens still need the paper copy.',
    },
    fix: {
      vi: 'Ký số kết quả giải quyết bằng chữ ký số chuyên dùng công vụ của cơ quan trước khi trả trực tuyến.',
      en: 'Sign results with the agency’s official (public-service) digital signature before returning them online.',
    },
    steps: {
      vi: ['Tải một kết quả điện tử mẫu (từ tra cứu hoặc kho dữ liệu).', 'Mở bằng trình đọc PDF hỗ trợ chữ ký số.', 'Xác nhận có chữ ký hợp lệ của cơ quan ra quyết định.'],
      en: ['Download a sample e-result (from the lookup or the data store).', 'Open it in a PDF reader that checks signatures.', 'Confirm a valid signature of the deciding agency.'],
    },
  },

  // TTTT — online payment
  'TTTT-01': {
    why: {
      vi: 'Thanh toán phí, lệ phí trực tuyến qua Nền tảng thanh toán của Cổng DVC quốc gia là điều kiện để thủ tục có phí làm được toàn trình.',
      en: 'Paying fees online through the national portal’s Payment Platform is what makes a fee-bearing procedure fully online.',
    },
    fix: {
      vi: 'Kết nối Nền tảng thanh toán trực tuyến của Cổng DVC quốc gia và đặt lối "Thanh toán trực tuyến" trên cổng và trong hồ sơ có phí.',
      en: 'Connect to the national portal’s Payment Platform and put a "Thanh toán trực tuyến" entry on the portal and in dossiers with fees.',
    },
  },
  'TTTT-02': {
    why: {
      vi: 'Thanh toán ngay trong luồng nộp giúp người dân không phải tìm lại hồ sơ để trả phí, và cơ quan không phải chờ đối soát.',
      en: 'Paying inside the submission flow spares citizens finding the dossier again to pay, and the agency waiting for reconciliation.',
    },
    fix: {
      vi: 'Thêm bước thanh toán trong luồng nộp hồ sơ có phí, hoặc liên kết thẳng tới thanh toán từ hồ sơ "chờ thanh toán".',
      en: 'Add a payment step to the submission flow of fee-bearing procedures, or link straight to payment from dossiers awaiting payment.',
    },
    steps: {
      vi: ['Nộp thử một thủ tục có phí.', 'Xác nhận có bước thanh toán trong luồng nộp, hoặc hồ sơ "chờ thanh toán" dẫn thẳng tới trang thanh toán.'],
      en: ['Submit a test application for a procedure with a fee.', 'Confirm a payment step in the flow, or an awaiting-payment dossier leading straight to payment.'],
    },
  },
  'TTTT-03': {
    why: {
      vi: 'Nghĩa vụ tài chính (thuế, tiền sử dụng đất) thường là bước cuối giữ hồ sơ; thanh toán trực tuyến tránh cho người dân đi nộp tại kho bạc.',
      en: 'Financial obligations (taxes, land-use fees) are often what holds a dossier up; paying online saves a trip to the treasury.',
    },
    fix: {
      vi: 'Kết nối với cơ quan thuế, Kho bạc để hiện thông báo nghĩa vụ tài chính và cho nộp trực tuyến.',
      en: 'Connect with the tax authority and the State Treasury to show the notice of obligations and let it be paid online.',
    },
    steps: {
      vi: ['Tìm mục "Nghĩa vụ tài chính" hoặc liên kết nộp thuế điện tử.', 'Với hồ sơ đất đai thử, xác nhận thông báo của cơ quan thuế hiện ra.', 'Xác nhận nộp được trực tuyến.'],
      en: ['Find the "Nghĩa vụ tài chính" entry or an e-tax payment link.', 'With a test land dossier, confirm the tax authority’s notice appears.', 'Confirm it can be paid online.'],
    },
  },
  'TTTT-04': {
    why: {
      vi: 'Biên lai điện tử tra cứu được là chứng từ người dân cần sau khi đã thanh toán, không phải xin bản giấy.',
      en: 'A retrievable e-receipt is the proof of payment citizens need, without asking for a paper one.',
    },
    fix: {
      vi: 'Phát hành biên lai điện tử cho khoản phí, lệ phí đã nộp và có trang "Tra cứu biên lai điện tử".',
      en: 'Issue e-receipts for fees paid and provide a "Tra cứu biên lai điện tử" lookup page.',
    },
  },
  'TTTT-05': {
    why: {
      vi: 'Người dân cần biết trước số tiền phải nộp và căn cứ thu, để chuẩn bị và tránh bị thu sai.',
      en: 'Citizens need to know the amount and its legal basis beforehand, to prepare and to avoid wrong charges.',
    },
    fix: {
      vi: 'Ghi rõ mức "Phí, lệ phí" (hoặc "Không") và văn bản quy định mức thu trên trang chi tiết thủ tục, đồng bộ với CSDL quốc gia.',
      en: 'State the "Phí, lệ phí" amount (or "Không") and the regulation setting it on the procedure page, in sync with the national database.',
    },
  },

  // KDL — electronic data store
  'KDL-01': {
    why: {
      vi: 'Kho quản lý dữ liệu điện tử của mỗi người dân, tổ chức lưu giấy tờ đã số hoá và kết quả để dùng lại, không phải nộp lại.',
      en: 'Each citizen’s and organisation’s electronic data store keeps digitised papers and results for reuse, so they are not handed in again.',
    },
    fix: {
      vi: 'Cung cấp "Kho quản lý dữ liệu điện tử" trong khu vực cá nhân: xem, tải lên, tải về giấy tờ; gắn với tài khoản định danh.',
      en: 'Provide a "Kho quản lý dữ liệu điện tử" in the personal area: view, upload and download documents, tied to the e-ID account.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử.', 'Mở "Kho tài liệu điện tử" / "Kho quản lý dữ liệu điện tử" trong hồ sơ cá nhân.', 'Xác nhận kho là của tài khoản đó, lưu và hiển thị được giấy tờ.'],
      en: ['Sign in with a test account.', 'Open "Kho tài liệu điện tử" / "Kho quản lý dữ liệu điện tử" in the personal area.', 'Confirm the store belongs to that account and can hold and show documents.'],
    },
  },
  'KDL-02': {
    why: {
      vi: 'Kết quả tự động vào kho của chủ hồ sơ cho họ dùng lại ngay ở thủ tục sau mà không phải tải lên.',
      en: 'Results going into the owner’s store automatically can be reused in the next procedure without uploading.',
    },
    fix: {
      vi: 'Khi trả kết quả điện tử, lưu tự động vào kho dữ liệu của chủ hồ sơ (và đồng bộ lên kho trên Cổng DVC quốc gia).',
      en: 'When returning an e-result, store it automatically in the owner’s data store (and sync it to the national portal’s store).',
    },
    steps: {
      vi: ['Dùng tài khoản thử có hồ sơ đã có kết quả.', 'Mở kho dữ liệu điện tử.', 'Xác nhận kết quả đã có trong kho mà người dùng không tự tải lên.'],
      en: ['Use a test account with a completed dossier.', 'Open the e-data store.', 'Confirm the result is there without the user having uploaded it.'],
    },
  },
  'KDL-03': {
    why: {
      vi: 'Chọn giấy tờ từ kho khi nộp là cách kho dữ liệu thực sự giảm giấy tờ cho người dân.',
      en: 'Picking documents from the store when applying is how the store actually saves citizens paperwork.',
    },
    fix: {
      vi: 'Ở bước thành phần hồ sơ, thêm "Chọn từ kho" để đính kèm giấy tờ đã có trong kho.',
      en: 'At the documents step, add "Chọn từ kho" to attach documents already in the store.',
    },
    steps: {
      vi: ['Nộp thử một thủ tục bằng tài khoản có giấy tờ trong kho.', 'Ở bước đính kèm, chọn một giấy tờ từ kho.', 'Xác nhận giấy tờ được đính kèm mà không phải tải lên lại.'],
      en: ['Apply with an account that has documents in its store.', 'At the attachments step, pick a document from the store.', 'Confirm it is attached without uploading it again.'],
    },
  },

  // SH — digitisation
  'SH-01': {
    why: {
      vi: 'Số hoá hồ sơ ngay khi tiếp nhận là điều kiện để dùng lại giấy tờ và để giải quyết hoàn toàn trên môi trường điện tử.',
      en: 'Digitising dossiers at reception is what makes reuse possible and lets processing be fully electronic.',
    },
    fix: {
      vi: 'Số hoá (quét, ký số, lưu) thành phần hồ sơ nộp trực tiếp tại Bộ phận Một cửa và gắn vào hồ sơ điện tử trên hệ thống.',
      en: 'Digitise (scan, sign, store) the documents of over-the-counter dossiers at the one-stop desk and attach them to the electronic dossier.',
    },
    steps: {
      vi: ['Đề nghị đơn vị cung cấp số liệu số hoá hồ sơ khi tiếp nhận (tỷ lệ, kỳ báo cáo).', 'Chọn vài hồ sơ nộp trực tiếp trong hệ thống một cửa: xác nhận có bản quét đính kèm.', 'Ghi nguồn số liệu (báo cáo, ngày) vào ghi chú.'],
      en: ['Ask the unit for its figures on digitisation at reception (rate, period).', 'Pick a few over-the-counter dossiers in the one-stop back office: confirm scans are attached.', 'Put the source of the figures (report, date) in the note.'],
    },
  },
  'SH-02': {
    why: {
      vi: 'Kết quả điện tử cho người dân nhận kết quả trực tuyến và dùng lại được ở thủ tục khác.',
      en: 'Electronic results let citizens receive them online and reuse them in other procedures.',
    },
    fix: {
      vi: 'Cấp kết quả giải quyết dạng điện tử (có chữ ký số của cơ quan) và cho tải về từ tra cứu hoặc tài khoản.',
      en: 'Issue results electronically (signed by the agency) and let them be downloaded from the lookup or the account.',
    },
    steps: {
      vi: ['Tra cứu một hồ sơ đã có kết quả.', 'Tìm mục "Kết quả điện tử" và tải về.', 'Xác nhận đó là văn bản kết quả, không phải phiếu tiếp nhận.'],
      en: ['Look up a completed dossier.', 'Find the "Kết quả điện tử" entry and download it.', 'Confirm it is the decision itself, not the receipt.'],
    },
  },
  'SH-03': {
    why: {
      vi: 'Công khai tỷ lệ số hoá cho thấy tiến độ chuyển đổi số và là một chỉ số của Bộ chỉ số 766.',
      en: 'Publishing the digitisation rate shows the progress of the digital shift and is one of the 766 index indicators.',
    },
    fix: {
      vi: 'Hiển thị tỷ lệ số hoá hồ sơ và kết quả (số liệu cụ thể) trên trang chủ hoặc trang thống kê, cập nhật theo thời gian thực.',
      en: 'Show the digitisation rate of dossiers and results (actual figures) on the home or statistics page, updated in real time.',
    },
  },

  // TC — lookup and tracking
  'TC-01': {
    why: {
      vi: 'Tra cứu theo mã hồ sơ không cần đăng nhập cho người dân (và người nộp hộ) biết tình trạng hồ sơ mà không phải gọi điện.',
      en: 'Looking up a dossier by code without signing in lets citizens (and those applying for them) see its status without phoning.',
    },
    fix: {
      vi: 'Có trang "Tra cứu hồ sơ" với ô "Mã hồ sơ" dùng được khi chưa đăng nhập (có CAPTCHA), hoặc liên kết tra cứu của Cổng DVC quốc gia.',
      en: 'Provide a "Tra cứu hồ sơ" page with a "Mã hồ sơ" field usable signed out (with a CAPTCHA), or link the national portal’s lookup.',
    },
  },
  'TC-02': {
    why: {
      vi: 'Theo dõi mọi hồ sơ của mình ở một chỗ giúp người dân không phải nhớ từng mã hồ sơ.',
      en: 'Tracking all one’s dossiers in one place spares citizens remembering each dossier code.',
    },
    fix: {
      vi: 'Trong "Dịch vụ công của tôi", liệt kê hồ sơ đã nộp kèm trạng thái xử lý hiện tại và lịch sử các bước.',
      en: 'In "Dịch vụ công của tôi", list submitted dossiers with their current status and step history.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử đã nộp hồ sơ.', 'Mở "Dịch vụ công của tôi".', 'Xác nhận thấy các hồ sơ đã nộp cùng trạng thái xử lý.'],
      en: ['Sign in with a test account that has applied.', 'Open "Dịch vụ công của tôi".', 'Confirm the submitted dossiers are listed with their status.'],
    },
  },
  'TC-03': {
    why: {
      vi: 'Tìm thủ tục theo tên, lĩnh vực, cơ quan giúp người dân tìm đúng thủ tục trong hàng nghìn thủ tục.',
      en: 'Searching by name, field and agency helps citizens find the right one among thousands of procedures.',
    },
    fix: {
      vi: 'Thêm ô tìm kiếm theo tên/từ khoá và bộ lọc (lĩnh vực, cơ quan, cấp thực hiện, mức độ), hoặc nút "Tìm kiếm nâng cao".',
      en: 'Add a name/keyword search with filters (field, agency, level of government, service level), or an advanced search.',
    },
  },

  // HT — interaction and support
  'HT-01': {
    why: {
      vi: 'Kênh phản ánh, kiến nghị cho người dân báo sai sót và vướng mắc về thủ tục hành chính; đó là cách cơ quan biết để sửa.',
      en: 'The feedback channel is how citizens report errors and problems with procedures, and how agencies learn what to fix.',
    },
    fix: {
      vi: 'Có mục "Phản ánh kiến nghị" với biểu mẫu gửi trực tuyến, hoặc liên kết tới chức năng phản ánh, kiến nghị của Cổng DVC quốc gia.',
      en: 'Provide a "Phản ánh kiến nghị" section with an online form, or link the national portal’s feedback function.',
    },
  },
  'HT-02': {
    why: {
      vi: 'Công khai câu trả lời phản ánh, kiến nghị cho người khác có cùng vướng mắc tìm được lời giải, và cho thấy cơ quan có trả lời.',
      en: 'Publishing answers to feedback helps others with the same problem and shows the agency does answer.',
    },
    fix: {
      vi: 'Công khai danh sách phản ánh, kiến nghị đã trả lời, kèm câu trả lời của cơ quan có thẩm quyền.',
      en: 'Publish the list of answered feedback with the competent agency’s answers.',
    },
    steps: {
      vi: ['Tìm danh sách phản ánh, kiến nghị đã trả lời.', 'Mở vài mục.', 'Xác nhận mỗi mục có câu trả lời của cơ quan có thẩm quyền.'],
      en: ['Find the list of answered feedback.', 'Open a few items.', 'Confirm each has the competent agency’s answer.'],
    },
  },
  'HT-03': {
    why: {
      vi: 'Đánh giá mức độ hài lòng sau mỗi hồ sơ là nguồn dữ liệu về chất lượng phục vụ, tính vào Bộ chỉ số 766.',
      en: 'Satisfaction ratings after each dossier are the data on service quality that counts in the 766 index.',
    },
    fix: {
      vi: 'Cho người dân đánh giá mức độ hài lòng về việc giải quyết hồ sơ trên cổng (sau khi có kết quả) và công khai kết quả đánh giá.',
      en: 'Let citizens rate their satisfaction with how their dossier was handled (after the result) and publish the ratings.',
    },
  },
  'HT-04': {
    why: {
      vi: 'Hỏi đáp, câu hỏi thường gặp trả lời sẵn những vướng mắc phổ biến, giảm cuộc gọi tới tổng đài.',
      en: 'A Q&A or FAQ answers common problems up front and cuts calls to the hotline.',
    },
    fix: {
      vi: 'Có mục "Hỏi đáp" / "Câu hỏi thường gặp" được cập nhật từ các câu hỏi người dân hay gửi.',
      en: 'Provide a "Hỏi đáp" / "Câu hỏi thường gặp" section kept up to date from what citizens often ask.',
    },
  },
  'HT-05': {
    why: {
      vi: 'Số tổng đài hỗ trợ cho người dân gặp khó khăn một chỗ để hỏi, thay vì bỏ nộp trực tuyến.',
      en: 'A support hotline gives citizens in difficulty somewhere to ask instead of giving up on applying online.',
    },
    fix: {
      vi: 'Ghi rõ "Tổng đài hỗ trợ" kèm số điện thoại (liên kết tel:) ở chân trang hoặc mục hỗ trợ.',
      en: 'Show "Tổng đài hỗ trợ" with a phone number (a tel: link) in the footer or the support section.',
    },
  },
  'HT-06': {
    why: {
      vi: 'Trợ lý ảo trả lời câu hỏi về thủ tục mọi lúc, kể cả ngoài giờ hành chính.',
      en: 'A virtual assistant answers questions about procedures at any hour, outside office hours too.',
    },
    fix: {
      vi: 'Tích hợp chatbot/trợ lý ảo trả lời về thủ tục (dữ liệu từ CSDL TTHC), có đường chuyển sang người hỗ trợ.',
      en: 'Integrate a chatbot or virtual assistant answering about procedures (from the procedures database), with a hand-over to a person.',
    },
  },
  'HT-07': {
    why: {
      vi: 'Kênh Zalo OA, Facebook của cơ quan đưa thông báo và hỗ trợ tới nơi người dân đã dùng hằng ngày.',
      en: 'The agency’s Zalo OA and Facebook channels bring news and support to where citizens already are.',
    },
    fix: {
      vi: 'Liên kết Zalo Official Account (mã QR "Quét để quan tâm") và trang Facebook chính thức của cơ quan trên cổng.',
      en: 'Link the agency’s Zalo Official Account ("Quét để quan tâm" QR code) and official Facebook page on the portal.',
    },
  },

  // GD — standardised process and interface, accessibility
  'GD-01': {
    why: {
      vi: 'HTTPS bảo vệ thông tin cá nhân và hồ sơ của người dân trên đường truyền, và cho họ biết đang ở đúng cổng của cơ quan nhà nước.',
      en: 'HTTPS protects citizens’ personal data and dossiers in transit and shows them they are on the agency’s real portal.',
    },
    fix: {
      vi: 'Phục vụ mọi trang qua HTTPS với chứng thư hợp lệ, chuyển hướng http:// sang https://, bật HSTS và bỏ mọi tài nguyên http:// (mixed content).',
      en: 'Serve every page over HTTPS with a valid certificate, redirect http:// to https://, enable HSTS and remove every http:// resource (mixed content).',
    },
  },
  'GD-02': {
    why: {
      vi: 'Tên miền .gov.vn cho người dân nhận ra cổng chính thức và khó bị giả mạo.',
      en: 'A .gov.vn domain lets citizens recognise the official portal and is hard to imitate.',
    },
    fix: {
      vi: 'Đặt cổng dưới tên miền .gov.vn của cơ quan (ví dụ dichvucong.<tỉnh>.gov.vn), không dùng tên miền của nhà cung cấp.',
      en: 'Host the portal under the agency’s .gov.vn domain (e.g. dichvucong.<province>.gov.vn), not a vendor’s domain.',
    },
  },
  'GD-03': {
    why: {
      vi: 'Người khuyết tật (khiếm thị, vận động…) cũng phải nộp được hồ sơ trực tuyến; tiêu chuẩn tiếp cận bắt buộc với trang của cơ quan nhà nước.',
      en: 'People with disabilities (blind, motor impaired…) must be able to apply online too; accessibility standards apply to government sites.',
    },
    fix: {
      vi: 'Khai báo lang="vi", đặt văn bản thay thế cho ảnh, nhãn cho trường nhập, đủ tương phản màu, dùng được hoàn toàn bằng bàn phím với viền tiêu điểm rõ.',
      en: 'Declare lang="vi", give images text alternatives and fields labels, keep enough colour contrast, and make everything keyboard-operable with a visible focus.',
    },
    steps: {
      vi: ['Xem các dấu hiệu công cụ đã thấy (lang, alt của ảnh, nhãn trường nhập).', 'Dùng bàn phím (Tab, Enter) đi hết một luồng nộp: mọi nút dùng được, viền tiêu điểm rõ.', 'Kiểm tra tương phản màu và thử với trình đọc màn hình.'],
      en: ['Review the signs the tool found (lang, image alt, field labels).', 'Go through a submission with the keyboard only (Tab, Enter): every control works, the focus is visible.', 'Check colour contrast and try a screen reader.'],
    },
  },
  'GD-04': {
    why: {
      vi: 'Mã hồ sơ đúng cấu trúc quy định cho phép tra cứu và đồng bộ hồ sơ giữa cổng tỉnh, bộ và Cổng DVC quốc gia.',
      en: 'Dossier codes in the prescribed structure make lookup and synchronisation between provincial, ministerial and national portals work.',
    },
    fix: {
      vi: 'Sinh mã hồ sơ theo cấu trúc quy định (mã cơ quan tiếp nhận - ngày - số thứ tự).',
      en: 'Generate dossier codes in the prescribed structure (receiving agency code - date - sequence).',
    },
    steps: {
      vi: ['Tra cứu một hồ sơ hoặc mở một phiếu tiếp nhận.', 'Đọc mã hồ sơ: dạng [mã cơ quan]-[yyMMdd]-[số thứ tự], ví dụ 000.00.15.H29-230512-0003.', 'Đối chiếu với quy định hiện hành; ghi văn bản đối chiếu vào ghi chú.'],
      en: ['Look up a dossier or open a receipt.', 'Read its code: [agency code]-[yyMMdd]-[sequence], e.g. 000.00.15.H29-230512-0003.', 'Check it against the rules in force; note the text you checked against.'],
    },
  },
  'GD-05': {
    why: {
      vi: 'Danh mục điện tử dùng chung (cơ quan, lĩnh vực, địa bàn) giúp dữ liệu giữa các hệ thống khớp nhau khi trao đổi.',
      en: 'Shared e-catalogues (agencies, fields, administrative units) make data match when systems exchange it.',
    },
    fix: {
      vi: 'Dùng các danh mục điện tử dùng chung quốc gia cho mã cơ quan, lĩnh vực, đơn vị hành chính; không tự đặt mã riêng.',
      en: 'Use the national shared catalogues for agency, field and administrative-unit codes; do not invent local codes.',
    },
    steps: {
      vi: ['Đề nghị đơn vị cung cấp tài liệu thiết kế hoặc cấu hình danh mục.', 'Xác nhận mã cơ quan, lĩnh vực, địa bàn lấy từ danh mục dùng chung quốc gia.', 'Ghi số, ngày tài liệu vào ghi chú.'],
      en: ['Ask the unit for its design documents or catalogue configuration.', 'Confirm agency, field and area codes come from the national shared catalogues.', 'Put the document number and date in the note.'],
    },
  },
  'GD-06': {
    why: {
      vi: 'Trang chậm làm người dân bỏ dở khi nộp hồ sơ, nhất là trên điện thoại và mạng yếu.',
      en: 'Slow pages make citizens abandon their application, especially on phones and weak connections.',
    },
    fix: {
      vi: 'Giảm dung lượng trang, bộ nhớ đệm, nén, CDN; đo thời gian phản hồi theo ngưỡng của Phụ lục IV.',
      en: 'Reduce page weight, use caching, compression and a CDN; measure response times against the thresholds of Annex IV.',
    },
    steps: {
      vi: ['Xem thời gian tải công cụ ghi nhận (chỉ để tham khảo: phụ thuộc đường truyền của người kiểm tra).', 'Tải lại vài trang chính, ghi thời gian.', 'So với ngưỡng của Phụ lục IV Thông tư 22/2019/TT-BTTTT.'],
      en: ['Read the load times the tool recorded (indicative: they depend on the inspector’s connection).', 'Reload a few main pages and note the times.', 'Compare with the thresholds of Annex IV of Circular 22/2019/TT-BTTTT.'],
    },
  },
  'GD-07': {
    why: {
      vi: 'Từ giữa năm 2025 người dân nộp hồ sơ qua Cổng DVC quốc gia ("một cửa số"); cổng của tỉnh, bộ phải dẫn về đó thay vì là một lối riêng.',
      en: 'Since mid-2025 citizens apply through the national portal (the "digital one-stop"); provincial and ministerial portals must lead there instead of being a separate way in.',
    },
    fix: {
      vi: 'Chuyển hướng hoặc liên kết sâu chức năng nộp hồ sơ tới Cổng DVC quốc gia, và hướng dẫn người dân nộp ở đó.',
      en: 'Redirect or deep-link submission to the national portal and tell citizens to apply there.',
    },
    steps: {
      vi: ['Bấm nộp hồ sơ trên cổng.', 'Xác nhận được chuyển hoặc liên kết sâu tới dichvucong.gov.vn (đúng thủ tục).', 'Hoặc xác nhận cổng hướng dẫn rõ nộp qua Cổng DVC quốc gia.'],
      en: ['Click apply on the portal.', 'Confirm it redirects or deep-links to dichvucong.gov.vn (the same procedure).', 'Or confirm the portal clearly says to apply on the national portal.'],
    },
  },

  // LT — integration
  'LT-01': {
    why: {
      vi: 'Đồng bộ hồ sơ và trạng thái lên Cổng DVC quốc gia cho người dân tra cứu ở một nơi, và là số liệu để đánh giá theo Bộ chỉ số 766.',
      en: 'Syncing dossiers and statuses to the national portal lets citizens look up in one place and feeds the 766 index.',
    },
    fix: {
      vi: 'Đồng bộ hồ sơ, trạng thái theo thời gian thực lên Cổng DVC quốc gia qua dịch vụ kết nối quy định.',
      en: 'Sync dossiers and statuses in real time to the national portal through the prescribed connection service.',
    },
    steps: {
      vi: ['Lấy mã một hồ sơ mẫu trên cổng.', 'Tra cứu mã đó trên dichvucong.gov.vn.', 'Xác nhận hồ sơ và trạng thái khớp với cổng.'],
      en: ['Take a sample dossier code from the portal.', 'Look it up on dichvucong.gov.vn.', 'Confirm the dossier and its status match the portal.'],
    },
  },
  'LT-02': {
    why: {
      vi: 'Mã theo dõi EMC cho Bộ quản lý giám sát việc sử dụng dịch vụ công trực tuyến trên cả nước.',
      en: 'The EMC tracker lets the ministry monitor the use of online public services nationwide.',
    },
    fix: {
      vi: 'Nhúng mã theo dõi EMC (gov-tracking.min.js từ f-emc.ngsp.gov.vn, với setSiteId của cổng) trên mọi trang; không để trong chú thích.',
      en: 'Embed the EMC tracker (gov-tracking.min.js from f-emc.ngsp.gov.vn with the portal’s setSiteId) on every page; not inside a comment.',
    },
  },
  'LT-03': {
    why: {
      vi: 'Kết nối nền tảng chia sẻ dữ liệu (LGSP, NDXP) là đường để hệ thống lấy dữ liệu từ nơi khác thay vì bắt người dân nộp.',
      en: 'Connection to the data-sharing platforms (LGSP, NDXP) is how the system gets data from elsewhere instead of asking citizens for it.',
    },
    fix: {
      vi: 'Kết nối hệ thống với nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh/bộ (LGSP) và quốc gia (NDXP).',
      en: 'Connect the system to the provincial/ministerial (LGSP) and national (NDXP) data-sharing platforms.',
    },
    steps: {
      vi: ['Đề nghị đơn vị cung cấp văn bản, biên bản kết nối LGSP/NDXP hoặc nhật ký trao đổi.', 'Xác nhận các dịch vụ đang kết nối và còn hoạt động.', 'Ghi số văn bản, ngày vào ghi chú.'],
      en: ['Ask the unit for the LGSP/NDXP connection documents or exchange logs.', 'Confirm which services are connected and working.', 'Put the document number and date in the note.'],
    },
  },
  'LT-04': {
    why: {
      vi: 'Kết nối CSDL chuyên ngành (đất đai, hộ tịch, đăng ký kinh doanh, lý lịch tư pháp…) cho phép tra dữ liệu thay vì đòi bản sao giấy tờ.',
      en: 'Connections to sector databases (land, civil status, business registration, criminal records…) let data be looked up instead of demanding copies.',
    },
    fix: {
      vi: 'Kết nối hệ thống với các CSDL chuyên ngành cần cho thủ tục qua nền tảng chia sẻ dữ liệu.',
      en: 'Connect the system to the sector databases the procedures need, through the data-sharing platform.',
    },
    steps: {
      vi: ['Đề nghị đơn vị cung cấp danh sách kết nối CSDL chuyên ngành và cấu hình.', 'Xác nhận các kết nối đang hoạt động (nhật ký, thử tra cứu).', 'Ghi nguồn vào ghi chú.'],
      en: ['Ask the unit for its list of sector-database connections and their configuration.', 'Confirm they work (logs, a test lookup).', 'Put the source in the note.'],
    },
  },
  'LT-05': {
    why: {
      vi: 'Bưu chính công ích cho người dân ở xa nộp hồ sơ và nhận kết quả mà không phải đến cơ quan.',
      en: 'The public postal service lets citizens far away apply and receive results without travelling.',
    },
    fix: {
      vi: 'Kết nối dịch vụ bưu chính công ích trong luồng nộp và nhận kết quả.',
      en: 'Connect the public postal service in the application and result-delivery flows.',
    },
    steps: {
      vi: ['Mở trang thủ tục hoặc bắt đầu nộp.', 'Tìm lựa chọn nộp hoặc nhận qua bưu chính công ích.', 'Chọn thử và xác nhận hỏi địa chỉ nhận/gửi.'],
      en: ['Open a procedure page or start applying.', 'Find the option to apply or receive by public postal service.', 'Choose it and confirm an address is asked.'],
    },
  },
  'LT-06': {
    why: {
      vi: 'Dịch vụ công liên thông (khai sinh – thường trú – BHYT; khai tử…) cho người dân làm nhiều thủ tục bằng một lần nộp.',
      en: 'Bundled services (birth – residence – health insurance; death…) let citizens complete several procedures with one application.',
    },
    fix: {
      vi: 'Triển khai và công khai các nhóm dịch vụ công liên thông (khai sinh, khai tử) trên cổng.',
      en: 'Provide and publish the bundled services (birth, death registration) on the portal.',
    },
  },
  'LT-07': {
    why: {
      vi: 'Danh mục TTHC đồng bộ từ CSDL quốc gia tránh để cổng hiển thị thủ tục đã hết hiệu lực.',
      en: 'A catalogue synchronised from the national database keeps the portal from showing procedures no longer in force.',
    },
    fix: {
      vi: 'Đồng bộ danh mục TTHC tự động từ CSDL quốc gia về TTHC theo mã thủ tục.',
      en: 'Synchronise the procedure catalogue automatically from the national database by procedure code.',
    },
    steps: {
      vi: ['Đề nghị đơn vị chỉ ra dịch vụ đồng bộ danh mục từ CSDL quốc gia (cấu hình, nhật ký).', 'So vài thủ tục trên cổng với Cổng DVC quốc gia.', 'Ghi nguồn vào ghi chú.'],
      en: ['Ask the unit to show the service syncing the catalogue from the national database (configuration, logs).', 'Compare a few procedures on the portal with the national portal.', 'Put the source in the note.'],
    },
  },

  // AT — security
  'AT-01': {
    why: {
      vi: 'Hệ thống giữ dữ liệu cá nhân của người dân phải được phê duyệt hồ sơ đề xuất cấp độ an toàn và có phương án bảo vệ tương xứng.',
      en: 'A system holding citizens’ personal data must have its security-level dossier approved and a matching protection plan.',
    },
    fix: {
      vi: 'Lập và trình phê duyệt hồ sơ đề xuất cấp độ (cấp độ 3 trở lên) và triển khai phương án bảo đảm an toàn thông tin theo cấp độ.',
      en: 'Prepare and have approved the security-level dossier (level 3 or higher) and implement the security plan for that level.',
    },
    steps: {
      vi: ['Đề nghị đơn vị xuất trình quyết định phê duyệt hồ sơ đề xuất cấp độ.', 'Xác nhận cấp độ từ 3 trở lên và có phương án bảo đảm an toàn kèm theo.', 'Ghi số, ngày quyết định vào ghi chú.'],
      en: ['Ask the unit for the decision approving the security-level dossier.', 'Confirm the level is 3 or higher and a security plan is attached.', 'Put the decision’s number and date in the note.'],
    },
  },
  'AT-02': {
    why: {
      vi: 'Giám sát an toàn thông tin phát hiện tấn công sớm, trước khi dữ liệu của người dân bị lộ.',
      en: 'Security monitoring detects attacks early, before citizens’ data leaks.',
    },
    fix: {
      vi: 'Đưa hệ thống vào giám sát an toàn thông tin (đơn vị giám sát, kết nối với hệ thống giám sát quốc gia) trước khi vận hành.',
      en: 'Put the system under security monitoring (a monitoring unit, connection to the national monitoring system) before it goes live.',
    },
    steps: {
      vi: ['Đề nghị đơn vị cung cấp hợp đồng, biên bản kết nối giám sát.', 'Xác nhận giám sát có từ trước khi vận hành và còn hiệu lực.', 'Ghi nguồn vào ghi chú.'],
      en: ['Ask the unit for the monitoring agreement or connection record.', 'Confirm monitoring started before go-live and is current.', 'Put the source in the note.'],
    },
  },
  'AT-03': {
    why: {
      vi: 'Kiểm tra, đánh giá an toàn trước vận hành và định kỳ tìm ra lỗ hổng trước kẻ tấn công.',
      en: 'Security assessments before go-live and periodically find the holes before attackers do.',
    },
    fix: {
      vi: 'Kiểm tra, đánh giá an toàn thông tin (gồm kiểm thử xâm nhập) trước khi vận hành và định kỳ; khắc phục các phát hiện.',
      en: 'Run security assessments (penetration tests included) before go-live and periodically; fix the findings.',
    },
    steps: {
      vi: ['Xem báo cáo đánh giá trước vận hành và báo cáo định kỳ gần nhất.', 'Xác nhận các phát hiện đã được khắc phục.', 'Ghi ngày, đơn vị đánh giá vào ghi chú.'],
      en: ['Read the pre-go-live assessment report and the latest periodic one.', 'Confirm the findings were fixed.', 'Put the dates and the assessor in the note.'],
    },
  },
  'AT-04': {
    why: {
      vi: 'Hệ thống kết nối CSDL quốc gia về dân cư mở đường tới dữ liệu của toàn dân; yêu cầu an toàn riêng áp dụng cho nó.',
      en: 'A system connected to the population database opens a path to everyone’s data; specific security requirements apply.',
    },
    fix: {
      vi: 'Đáp ứng các yêu cầu an toàn thông tin cho hệ thống kết nối CSDL dân cư theo hướng dẫn của Bộ; lưu hồ sơ chứng minh.',
      en: 'Meet the ministry’s security requirements for systems connected to the population database; keep the evidence.',
    },
    steps: {
      vi: ['Đề nghị đơn vị cung cấp hồ sơ đáp ứng yêu cầu của văn bản 708/BTTTT-CATTT.', 'Đối chiếu từng yêu cầu với bằng chứng.', 'Ghi nguồn vào ghi chú.'],
      en: ['Ask the unit for its evidence of meeting letter 708/BTTTT-CATTT.', 'Check each requirement against the evidence.', 'Put the source in the note.'],
    },
  },
  'AT-05': {
    why: {
      vi: 'Header bảo mật (HSTS, chống nhúng khung, nosniff, CSP) chặn nhiều kiểu tấn công phổ biến vào trình duyệt của người dân.',
      en: 'Security headers (HSTS, framing protection, nosniff, CSP) block common attacks on citizens’ browsers.',
    },
    fix: {
      vi: 'Cấu hình máy chủ trả Strict-Transport-Security, X-Content-Type-Options: nosniff, X-Frame-Options (hoặc CSP frame-ancestors), Content-Security-Policy, Referrer-Policy.',
      en: 'Configure the server to send Strict-Transport-Security, X-Content-Type-Options: nosniff, X-Frame-Options (or CSP frame-ancestors), Content-Security-Policy and Referrer-Policy.',
    },
  },
  'AT-06': {
    why: {
      vi: 'Cookie phiên thiếu HttpOnly, Secure, SameSite có thể bị đánh cắp, cho kẻ khác chiếm phiên đăng nhập của người dân.',
      en: 'Session cookies without HttpOnly, Secure and SameSite can be stolen, letting others take over a citizen’s session.',
    },
    fix: {
      vi: 'Đặt HttpOnly, Secure và SameSite cho cookie phiên và token.',
      en: 'Set HttpOnly, Secure and SameSite on session cookies and tokens.',
    },
    steps: {
      vi: ['Đăng nhập bằng tài khoản thử.', 'Mở DevTools → Application → Cookies.', 'Xác nhận cookie phiên có HttpOnly, Secure và SameSite.'],
      en: ['Sign in with a test account.', 'Open DevTools → Application → Cookies.', 'Confirm the session cookie has HttpOnly, Secure and SameSite.'],
    },
  },
  'AT-07': {
    why: {
      vi: 'Bí mật (client secret, mật khẩu, khoá) gửi xuống trình duyệt thì ai cũng đọc được và dùng để truy cập trái phép hệ thống.',
      en: 'Secrets (client secrets, passwords, keys) sent to the browser can be read by anyone and used to break into the system.',
    },
    fix: {
      vi: 'Bỏ mọi bí mật khỏi mã và cấu hình phía trình duyệt; thu hồi, cấp lại các khoá đã lộ; chỉ giữ bí mật ở máy chủ.',
      en: 'Remove every secret from browser-side code and configuration; revoke and reissue leaked keys; keep secrets on the server only.',
    },
  },
  'AT-08': {
    why: {
      vi: 'CAPTCHA trên biểu mẫu công khai chặn máy dò tìm mã hồ sơ và gửi phản ánh hàng loạt.',
      en: 'A CAPTCHA on public forms stops bots trawling dossier codes and flooding feedback.',
    },
    fix: {
      vi: 'Thêm CAPTCHA (hoặc cơ chế chống tự động tương đương) cho tra cứu hồ sơ, phản ánh kiến nghị, đăng ký.',
      en: 'Add a CAPTCHA (or equivalent bot protection) to record lookup, feedback and sign-up forms.',
    },
  },
  'AT-09': {
    why: {
      vi: 'Thư viện JavaScript lỗi thời có lỗ hổng đã công bố mà kẻ tấn công dùng được ngay.',
      en: 'Outdated JavaScript libraries have published vulnerabilities attackers can use at once.',
    },
    fix: {
      vi: 'Nâng cấp thư viện (ví dụ jQuery ≥ 3.5.0), theo dõi bản vá định kỳ, và tải mọi tài nguyên qua HTTPS.',
      en: 'Upgrade libraries (e.g. jQuery ≥ 3.5.0), track patches regularly, and load every resource over HTTPS.',
    },
  },
  'AT-10': {
    why: {
      vi: 'Nhãn Tín nhiệm mạng cho người dân biết cổng đã đăng ký với cơ quan chức năng; đó là dấu hiệu, không phải bằng chứng an toàn.',
      en: 'The NCSC trust badge tells citizens the portal is registered with the authority; it is a sign, not proof of security.',
    },
    fix: {
      vi: 'Đăng ký Nhãn Tín nhiệm mạng và gắn nhãn (liên kết tới tinnhiemmang.vn) ở chân trang.',
      en: 'Register for the Tín nhiệm mạng badge and show it (linking tinnhiemmang.vn) in the footer.',
    },
  },
  'AT-11': {
    why: {
      vi: 'Tài khoản cán bộ quản lý tập trung cho phép phân quyền đúng và thu hồi ngay khi cán bộ chuyển công tác.',
      en: 'Centrally managed officer accounts allow proper roles and immediate revocation when an officer leaves.',
    },
    fix: {
      vi: 'Quản lý và xác thực tài khoản cán bộ qua hệ thống xác thực tập trung của tỉnh/bộ, có phân quyền và thu hồi.',
      en: 'Manage and authenticate officer accounts through the province’s or ministry’s central identity system, with roles and revocation.',
    },
    steps: {
      vi: ['Đề nghị đơn vị trình bày cách quản lý tài khoản cán bộ (SSO tập trung).', 'Xác nhận có phân quyền và quy trình thu hồi tài khoản.', 'Ghi nguồn vào ghi chú.'],
      en: ['Ask the unit how officer accounts are managed (central SSO).', 'Confirm roles and an account-revocation procedure exist.', 'Put the source in the note.'],
    },
  },
  'AT-12': {
    why: {
      vi: 'Người dân có quyền biết dữ liệu cá nhân của mình được xử lý thế nào; cổng phải thông báo điều đó.',
      en: 'Citizens have the right to know how their personal data is processed; the portal must tell them.',
    },
    fix: {
      vi: 'Công bố chính sách bảo vệ dữ liệu cá nhân (mục đích, loại dữ liệu, thời gian lưu, quyền của chủ thể) và liên kết ở chân trang, trang đăng ký.',
      en: 'Publish a personal-data policy (purposes, data kinds, retention, data subjects’ rights) and link it in the footer and on sign-up.',
    },
  },

  // BC — reporting, operations
  'BC-01': {
    why: {
      vi: 'Báo cáo thống kê theo mẫu cho cơ quan cấp trên số liệu so sánh được giữa các địa phương.',
      en: 'Statistical reports on the prescribed forms give higher authorities figures comparable across localities.',
    },
    fix: {
      vi: 'Cho hệ thống xuất báo cáo theo các mẫu quy định của Văn phòng Chính phủ từ dữ liệu hồ sơ.',
      en: 'Have the system produce the reports on the Government Office’s forms from the dossier data.',
    },
    steps: {
      vi: ['Đề nghị đơn vị xuất báo cáo theo mẫu (ví dụ 06a, 07a, 07b).', 'Đối chiếu vài số liệu với dữ liệu hồ sơ.', 'Ghi kỳ báo cáo vào ghi chú.'],
      en: ['Ask the unit to produce the reports on the forms (e.g. 06a, 07a, 07b).', 'Check a few figures against the dossier data.', 'Put the reporting period in the note.'],
    },
  },
  'BC-02': {
    why: {
      vi: 'Theo dõi, nhắc việc và cảnh báo hạn giúp cán bộ xử lý đúng hạn, giảm hồ sơ trễ.',
      en: 'Tracking, reminders and deadline alerts help officers finish on time and cut late dossiers.',
    },
    fix: {
      vi: 'Có chức năng theo dõi tiến độ, nhắc việc và cảnh báo hồ sơ sắp đến hạn, quá hạn trong hệ thống một cửa.',
      en: 'Provide progress tracking, reminders and alerts for dossiers nearing or past their deadline in the one-stop system.',
    },
    steps: {
      vi: ['Xem màn hình của cán bộ trong hệ thống một cửa.', 'Xác nhận có theo dõi tiến độ, nhắc việc và cảnh báo sắp đến hạn, quá hạn.'],
      en: ['Look at the officers’ screens in the one-stop back office.', 'Confirm progress tracking, reminders and near/past-deadline alerts exist.'],
    },
  },
  'BC-03': {
    why: {
      vi: 'Nhật ký và thống kê truy cập thật (không phải bộ đếm hiển thị) cho biết cổng được dùng thế nào và giúp điều tra sự cố.',
      en: 'Real access logs and statistics (not on-page counters) show how the portal is used and help investigate incidents.',
    },
    fix: {
      vi: 'Ghi nhật ký truy cập phía máy chủ và dùng hệ thống thống kê thật (EMC, Matomo…); không hiển thị bộ đếm ngẫu nhiên.',
      en: 'Keep server-side access logs and use a real statistics system (EMC, Matomo…); do not show randomised counters.',
    },
    steps: {
      vi: ['Bỏ qua bộ đếm "lượt truy cập", "đang online" trên trang: không phải bằng chứng.', 'Xem hệ thống thống kê (EMC, Matomo…) hoặc nhật ký đăng nhập của tài khoản.', 'Xác nhận nhật ký phía máy chủ được lưu; ghi nguồn.'],
      en: ['Ignore on-page "visits" / "online now" counters: they are not evidence.', 'Look at the statistics system (EMC, Matomo…) or an account’s sign-in history.', 'Confirm server-side logs are kept; note the source.'],
    },
  },
  'BC-04': {
    why: {
      vi: 'Cổng phải chịu được lúc đông người dùng (hạn nộp, đầu năm) và hoạt động liên tục.',
      en: 'The portal must cope with peaks (deadlines, the start of the year) and stay up.',
    },
    fix: {
      vi: 'Thử tải với số người dùng đồng thời theo yêu cầu, theo dõi thời gian hoạt động và có phương án dự phòng.',
      en: 'Load-test at the required concurrent users, monitor uptime and have a failover plan.',
    },
    steps: {
      vi: ['Xem kết quả thử tải (số người dùng đồng thời, thời gian phản hồi).', 'Xem số liệu thời gian hoạt động liên tục.', 'So với yêu cầu của Điều 7 Thông tư 22/2019/TT-BTTTT; ghi nguồn.'],
      en: ['Read the load-test results (concurrent users, response times).', 'Read the uptime figures.', 'Compare with Art. 7 of Circular 22/2019/TT-BTTTT; note the source.'],
    },
  },
};

/** Help for one criterion, if there is any. */
export function helpFor(criterionId: string): CriterionHelp | undefined {
  return HELP[criterionId];
}
