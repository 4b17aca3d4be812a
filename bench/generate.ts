/**
 * Synthetic portal pages for the benchmark: what the heaviest pages of a
 * provincial "Cổng Dịch vụ công" look like. A long mega-menu, a search form,
 * a catalogue of administrative procedures as a table of thousands of rows
 * (each with a link, level, agency, fee, badges and a button), news with
 * images, a footer with contacts, and inline scripts (analytics, jQuery
 * init, an EMC monitoring snippet) with comments. Vietnamese text with
 * diacritics throughout, mixing composed and decomposed forms.
 *
 * Deterministic (seeded): the same size gives the same page on every run.
 */

const AGENCIES = [
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài nguyên và Môi trường',
  'Sở Giao thông vận tải',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Văn hoá, Thể thao và Du lịch',
  'Sở Thông tin và Truyền thông',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Công an tỉnh',
  'UBND cấp huyện',
  'UBND cấp xã',
];
const FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Lý lịch tư pháp',
  'Đăng ký doanh nghiệp',
  'Đất đai',
  'Môi trường',
  'Đường bộ',
  'Khám bệnh, chữa bệnh',
  'Dược phẩm',
  'Giáo dục và đào tạo',
  'Người có công',
  'Bảo trợ xã hội',
  'Hoạt động xây dựng',
  'Thương mại quốc tế',
  'Thuỷ lợi',
  'Du lịch',
  'Báo chí',
  'Thi đua - Khen thưởng',
];
const ACTIONS = [
  'Cấp giấy phép',
  'Cấp lại giấy chứng nhận',
  'Đăng ký thay đổi nội dung',
  'Thẩm định hồ sơ',
  'Gia hạn giấy phép',
  'Điều chỉnh giấy chứng nhận',
  'Xác nhận',
  'Công nhận',
  'Thu hồi giấy phép',
  'Cấp bản sao trích lục',
];
const OBJECTS = [
  'kinh doanh dịch vụ lữ hành nội địa',
  'hành nghề khám bệnh, chữa bệnh',
  'xây dựng công trình nhà ở riêng lẻ',
  'khai thác tài nguyên nước mặt',
  'hoạt động của cơ sở giáo dục mầm non',
  'quyền sử dụng đất, quyền sở hữu nhà ở',
  'kết hôn có yếu tố nước ngoài',
  'lưu hành phương tiện giao thông',
  'đủ điều kiện kinh doanh thuốc',
  'thành lập hộ kinh doanh',
  'hoá đơn điện tử cho doanh nghiệp',
  'người hoạt động kháng chiến bị nhiễm chất độc hoá học',
];
const LEVELS = ['Toàn trình', 'Một phần', 'Cung cấp thông tin'];
const MENU = [
  'Trang chủ',
  'Giới thiệu',
  'Thủ tục hành chính',
  'Dịch vụ công trực tuyến',
  'Tra cứu hồ sơ',
  'Thanh toán trực tuyến',
  'Phản ánh kiến nghị',
  'Hỏi đáp',
  'Thống kê',
  'Đánh giá chất lượng',
  'Hướng dẫn sử dụng',
  'Liên hệ',
];
const NEWS = [
  'Hướng dẫn nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia',
  'Tỉnh đẩy mạnh thanh toán phí, lệ phí trực tuyến',
  'Triển khai xác thực tài khoản định danh điện tử VNeID',
  'Kết quả đánh giá chỉ số phục vụ người dân, doanh nghiệp quý III',
  'Thông báo lịch tiếp công dân tháng này',
  'Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính',
];

/** mulberry32: a tiny seeded generator, so pages are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface GeneratedPage {
  html: string;
  /** Elements written (html, head and body included), as the browser will count them. */
  elements: number;
  rows: number;
}

/**
 * A portal page with about `target` elements. The fixed parts (head, menus,
 * forms, news, footer) grow slowly with the size; the catalogue table takes
 * the rest, one row at a time, until the count is reached.
 */
export function generatePortalPage(target: number, seed = 2024): GeneratedPage {
  const r = rng(seed + target);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const out: string[] = [];
  let elements = 0;
  /** Append markup with `n` elements in it. */
  const emit = (markup: string, n: number) => {
    out.push(markup);
    elements += n;
  };

  emit('<!DOCTYPE html><html lang="vi"><head>', 2);
  emit('<meta charset="utf-8">', 1);
  emit('<meta name="viewport" content="width=device-width, initial-scale=1">', 1);
  emit('<title>Cổng Dịch vụ công tỉnh Bình Minh - Danh mục thủ tục hành chính</title>', 1);
  emit('<meta name="description" content="Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử tỉnh Bình Minh">', 1);
  for (const p of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'og:site_name'])
    emit(`<meta property="${p}" content="Cổng Dịch vụ công tỉnh Bình Minh">`, 1);
  for (const css of ['bootstrap.min.css', 'font-awesome.min.css', 'portal.css', 'responsive.css'])
    emit(`<link rel="stylesheet" href="/static/css/${css}">`, 1);
  emit('<link rel="icon" href="/favicon.ico">', 1);
  // Style and scripts are inert: the benchmark serves nothing for them (404), and
  // the inline code only defines functions, so no page code changes the DOM.
  emit('<style>.hidden{display:none}.badge{padding:2px 6px}table.tthc td{padding:4px}</style>', 1);
  for (const js of ['jquery-3.6.0.min.js', 'bootstrap.bundle.min.js', 'select2.min.js', 'portal.js'])
    emit(`<script src="/static/js/${js}"></script>`, 1);
  emit(
    `<script>
  // Google Analytics (gtag.js)
  window.dataLayer = window.dataLayer || [];
  function gtag(){ dataLayer.push(arguments); }
  /* gtag('js', new Date()); gtag('config', 'G-XXXXXXX'); */
  var PORTAL = { ma_tinh: '34', ten: 'Bình Minh', tongDaiHoTro: '1900 1234' };
</script>`,
    1,
  );
  emit('</head><body class="portal">', 1);

  // Header: logo, login with VNeID, search.
  emit(
    '<header id="header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.png" alt="Cổng Dịch vụ công tỉnh Bình Minh"></a>' +
      '<div class="login"><a href="/dang-nhap" class="btn-login">Đăng nhập</a> <a href="https://vneid.gov.vn/" class="btn-vneid">Đăng nhập bằng tài khoản định danh điện tử VNeID</a> <a href="/dang-ky">Đăng ký</a></div>' +
      '<form id="search" action="/tim-kiem" method="get"><label for="q">Tìm kiếm thủ tục</label><input id="q" name="q" type="search" placeholder="Nhập tên thủ tục hành chính"><button type="submit">Tìm kiếm</button></form></div></header>',
    12,
  );

  // A mega-menu: the twelve sections, each with many entries (long on big portals).
  const perSection = Math.max(4, Math.min(120, Math.round(target / 2000)));
  out.push('<nav id="menu" aria-label="Menu chính"><ul class="nav">');
  elements += 2;
  for (const section of MENU) {
    out.push(`<li class="dropdown"><a href="/${slug(section)}">${esc(section)}</a><ul class="sub">`);
    elements += 3;
    for (let i = 0; i < perSection; i++) {
      const label = `${pick(FIELDS)} - ${pick(AGENCIES)}`;
      out.push(`<li><a href="/${slug(section)}/${slug(label)}-${i}">${esc(label)}</a></li>`);
      elements += 2;
    }
    out.push('</ul></li>');
  }
  out.push('</ul></nav>');

  // Filters of the catalogue: selects with many options.
  out.push(
    '<main id="main"><section class="filters"><h1>Danh mục thủ tục hành chính</h1><form id="loc" action="/thu-tuc-hanh-chinh" method="get">',
  );
  elements += 4;
  for (const [name, list] of [
    ['coQuan', AGENCIES],
    ['linhVuc', FIELDS],
    ['mucDo', LEVELS],
  ] as const) {
    out.push(`<label for="${name}">${name === 'coQuan' ? 'Cơ quan thực hiện' : name === 'linhVuc' ? 'Lĩnh vực' : 'Mức độ'}</label><select id="${name}" name="${name}"><option value="">Tất cả</option>`);
    elements += 3;
    for (const item of list) {
      out.push(`<option value="${slug(item)}">${esc(item)}</option>`);
      elements += 1;
    }
    out.push('</select>');
  }
  emit('<input type="text" name="tuKhoa" placeholder="Từ khoá"><button type="submit" class="btn">Lọc</button></form></section>', 2);

  // News with images, before the table (a sidebar on wide screens).
  const newsCount = Math.max(6, Math.min(60, Math.round(target / 4000)));
  out.push('<aside class="news"><h2>Tin tức - Sự kiện</h2><ul>');
  elements += 3;
  for (let i = 0; i < newsCount; i++) {
    const title = NEWS[i % NEWS.length]!;
    out.push(
      `<li><a href="/tin-tuc/${slug(title)}-${i}"><img src="/upload/tin-tuc/${i}.jpg" alt="${esc(title)}" loading="lazy"><span class="t">${esc(title)}</span></a><time datetime="2024-10-${String((i % 28) + 1).padStart(2, '0')}">${(i % 28) + 1}/10/2024</time></li>`,
    );
    elements += 5;
  }
  out.push('</ul></aside>');

  // The footer is fixed: count it now so the table can fill up to the target.
  const footer =
    '</main><footer id="footer"><div class="container"><div class="contact"><h3>Liên hệ</h3>' +
    '<p>Cơ quan chủ quản: <strong>Ủy ban nhân dân tỉnh Bình Minh</strong></p>' +
    '<p>Đơn vị vận hành: Sở Thông tin và Truyền thông tỉnh Bình Minh</p>' +
    '<p>Địa chỉ: Số 1 đường Trần Hưng Đạo, phường Trung Tâm, thành phố Bình Minh</p>' +
    '<p>Điện thoại: <a href="tel:02343822222">0234 382 2222</a> - Tổng đài hỗ trợ: <a href="tel:19001234">1900 1234</a></p>' +
    '<p>Email: <a href="mailto:dichvucong@binhminh.gov.vn">dichvucong@binhminh.gov.vn</a></p></div>' +
    '<ul class="links"><li><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></li><li><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="/dieu-khoan-su-dung">Điều khoản sử dụng</a></li><li><a href="/so-do-trang">Sơ đồ trang</a></li></ul>' +
    '<a class="emc" href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/dichvucongbinhminhgovvn"><img src="/static/img/tin-nhiem-mang.png" alt="Chứng nhận Tín Nhiệm Mạng"></a>' +
    '<p class="copy">© 2024 Cổng Dịch vụ công tỉnh Bình Minh. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></footer>' +
    `<script>
  /* EMC monitoring: do not remove */
  // var emc = document.createElement('script'); emc.src = 'https://emc.gov.vn/emc.js';
  function hoTroTrucTuyen(){ return 'Hỗ trợ trực tuyến: 1900 1234'; }
  $(function(){ $('.dropdown').on('mouseenter', function(){ /* open */ }); });
</script></body></html>`;
  const footerElements = 26;

  // The catalogue: rows until the target is reached.
  out.push(
    '<section class="catalogue"><h2>Danh sách thủ tục</h2><table class="tthc"><caption>Thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh</caption><thead><tr><th>STT</th><th>Tên thủ tục</th><th>Mức độ</th><th>Cơ quan thực hiện</th><th>Lĩnh vực</th><th>Lệ phí</th><th></th></tr></thead><tbody>',
  );
  elements += 14;
  const pagerElements = 2 + 10 * 2 + 1; // nav, ul, ten li>a, a paragraph
  const ROW = 14;
  let rows = 0;
  while (elements + ROW + 2 + pagerElements + footerElements <= target || rows === 0) {
    rows++;
    const name = `${pick(ACTIONS)} ${pick(OBJECTS)}`;
    // Some rows in decomposed Unicode (as pasted from office documents).
    const shown = rows % 7 === 0 ? name.normalize('NFD') : name;
    const level = pick(LEVELS);
    const code = `1.${String(1000 + ((rows * 7919) % 9000)).padStart(6, '0')}`;
    out.push(
      `<tr data-id="${code}"><td>${rows}</td><td><a href="/thu-tuc-hanh-chinh/${code}" title="Xem chi tiết thủ tục">${esc(shown)}</a> <small>Mã: ${code}</small></td>` +
        `<td><span class="badge ${level === 'Toàn trình' ? 'bg-success' : 'bg-info'}">${level}</span></td><td>${esc(pick(AGENCIES))}</td><td>${esc(pick(FIELDS))}</td>` +
        `<td>${rows % 3 === 0 ? 'Không' : `${(rows % 9) * 10 + 20}.000 đồng`}</td><td><button type="button" class="btn-nop" data-ma="${code}">Nộp hồ sơ</button> <a href="/huong-dan/${code}"><i class="fa fa-info"></i></a></td></tr>`,
    );
    elements += ROW;
  }
  out.push('</tbody></table>');
  out.push('<nav class="pager" aria-label="Phân trang"><ul>');
  for (let i = 1; i <= 10; i++) out.push(`<li><a href="?trang=${i}">${i}</a></li>`);
  out.push('</ul></nav><p class="total">Tổng số: ' + rows + ' thủ tục</p></section>');
  elements += pagerElements;
  out.push(footer);
  elements += footerElements;
  return { html: out.join(''), elements, rows };
}
