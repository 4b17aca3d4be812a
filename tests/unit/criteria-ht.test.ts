import { describe, expect, it } from 'vitest';
import { hasPhoneNumber } from '../../lib/criteria/checks/ht';
import { HOME, judge } from './support/criteria';

describe('HT-01 feedback (PAKN)', () => {
  it('takes the label in capitals and the diacritic-less route', async () => {
    expect((await judge('HT-01', '<a href="/x">PHẢN ÁNH KIẾN NGHỊ</a>')).state).toBe('met');
    expect((await judge('HT-01', '<a href="/web/site/phan-anh-kien-nghi"><i></i></a>')).state).toBe('met');
  });

  it('records the national feedback form as delegated, text of the link included', async () => {
    const f = await judge('HT-01', '<a href="https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html">Phản ánh kiến nghị</a>');
    expect(f.state).toBe('met');
    expect(f.message?.en).toMatch(/national portal/);
  });

  it('does not take "Góp ý" or "Liên hệ"', async () => {
    expect((await judge('HT-01', '<a href="/gop-y">Góp ý</a><a href="/lien-he">Liên hệ</a>')).state).toBe('not_met');
  });
});

describe('HT-03 satisfaction rating', () => {
  it('does not take the 766 satisfaction score', async () => {
    expect((await judge('HT-03', '<div><span>Mức độ hài lòng</span><b>17,9</b></div>')).state).toBe('not_met');
  });

  it('takes a survey', async () => {
    expect((await judge('HT-03', '<a href="/ks">Khảo sát ý kiến người dân</a>')).state).toBe('met');
  });
});

describe('HT-04 Q&A', () => {
  it('takes "Hỏi - đáp" and the /faq route', async () => {
    expect((await judge('HT-04', '<a href="/x">Hỏi - đáp</a>')).state).toBe('met');
    expect((await judge('HT-04', '<a href="/faq"><i></i></a>')).state).toBe('met');
  });
});

describe('Vietnamese phone numbers', () => {
  it.each(['0293.3554567', '024.668.22443', '02373 900 900', '0912 345 678', '(0237) 3852 123', '+84 24 3822 1234', '1900 1234', '1800.1096'])(
    'reads %s as a phone number',
    (n) => expect(hasPhoneNumber(n)).toBe(true),
  );

  it.each(['12.05.2024', '01/07/2025', '1.000123', '000.00.47.H55-240515-0012', '1022', '1.254.872', '0123'])(
    'does not read %s as one',
    (n) => expect(hasPhoneNumber(n)).toBe(false),
  );
});

describe('HT-05 support hotline', () => {
  it('takes a hotline label with the number in the next element', async () => {
    const f = await judge('HT-05', '<div><b>Hotline:</b> <span>024.668.22443</span></div>');
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toBe('Hotline: 024.668.22443');
  });

  it('takes a short service number next to its label, but not alone', async () => {
    expect((await judge('HT-05', '<p>Tổng đài 1022</p>')).state).toBe('met');
    expect((await judge('HT-05', '<p>1022</p>')).state).toBe('not_met');
  });

  it('takes a tel: link', async () => {
    expect((await judge('HT-05', '<a href="tel:1022">Gọi</a>')).state).toBe('met');
  });

  it('does not take a visitor counter next to a support label, or dates', async () => {
    const f = await judge('HT-05', `<div><span>Hỗ trợ sử dụng</span><span>Đang online: 1022</span><span>Lượt truy cập: 0245678912</span><span>12.05.2024</span></div>`);
    expect(f.state).toBe('not_met');
  });

  it('takes an office number under a plain phone label as weak evidence, for review', async () => {
    const f = await judge('HT-05', '<footer><p>Địa chỉ: 18 Nguyễn Du</p><p>Điện thoại: 0293.3852123</p></footer>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toBe('Điện thoại: 0293.3852123');
    expect(f.message?.vi).toMatch(/^Chỉ thấy số điện thoại chung/);
  });

  it('reads a number in a sibling element under a support heading (the heading and its siblings)', async () => {
    const f = await judge('HT-05', '<div class="col"><h4>Bộ phận hỗ trợ</h4><p><i class="fa fa-phone"></i> 024.3556 3462</p><p>hotrodvc@mic.gov.vn</p></div>');
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toBe('Bộ phận hỗ trợ 024.3556 3462');
  });

  it('does not pair a support heading with a number in another block', async () => {
    const f = await judge('HT-05', '<div><h4>Hỗ trợ</h4><p>Gửi câu hỏi cho chúng tôi</p></div><div><h4>Trụ sở</h4><p>Điện thoại 0293.3852123</p></div>');
    expect(f.state).toBe('needs_review');
  });

  it('takes a bare 1900 number, and an old-style Hanoi number under a label', async () => {
    expect((await judge('HT-05', '<div><i class="fa fa-phone"></i><span>1900 0318</span></div>')).state).toBe('met');
    expect((await judge('HT-05', '<p>Hotline: (+84 4) 3.7993125</p>')).state).toBe('met');
  });

  it('reads the hotline before the counters on one footer line', async () => {
    expect((await judge('HT-05', '<p>Tổng đài hỗ trợ: 1022 | Lượt truy cập: 1.254.872</p>')).state).toBe('met');
    expect((await judge('HT-05', '<p>Tổng đài hỗ trợ | Lượt truy cập: 0245678912</p>')).state).toBe('not_met');
  });
});

describe('HT-06 chatbot', () => {
  it('takes the Facebook Messenger chat plugin', async () => {
    const f = await judge('HT-06', '<div id="fb-root"></div>', HOME, '<script src="https://connect.facebook.net/vi_VN/sdk/xfbml.customerchat.js"></script>');
    expect(f.state).toBe('met');
  });

  it('takes a chatbot address configured in inline code', async () => {
    const f = await judge('HT-06', `<script>loadWidget({ url: 'https://chatbot.example.gov.vn/embed.js' });</script>`);
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toContain('chatbot.example.gov.vn');
  });

  it('does not take a news headline about a virtual assistant, or the Zalo SDK alone', async () => {
    const f = await judge(
      'HT-06',
      '<h1>Thí điểm trợ lý ảo hỗ trợ người dân tra cứu thủ tục hành chính trên Cổng Dịch vụ công tỉnh</h1>',
      HOME,
      '<script src="https://sp.zalo.me/plugins/sdk.js"></script>',
    );
    expect(f.state).toBe('not_met');
  });
});

describe('HT-07 social channels', () => {
  it('takes a Facebook page link but not a share button', async () => {
    expect((await judge('HT-07', '<a href="https://www.facebook.com/trungtamhcc.example">Fanpage</a>')).state).toBe('met');
    expect((await judge('HT-07', '<a href="https://www.facebook.com/sharer/sharer.php?u=x"><img src="/fb.png" alt="Facebook"></a>')).state).toBe(
      'not_met',
    );
  });

  it('takes an OA link but not a Zalo share link', async () => {
    expect((await judge('HT-07', '<a href="https://zalo.me/1234567890"><img src="/zalo.png" alt="Zalo"></a>')).state).toBe('met');
    expect((await judge('HT-07', '<a href="https://sp.zalo.me/share_inline?url=x">Zalo</a>')).state).toBe('not_met');
  });
});

describe('HT-05 menu links are not labels', () => {
  it('does not read a "Hướng dẫn sử dụng" menu link as the label of the office phone below it', async () => {
    const f = await judge('HT-05', '<footer><div class="col"><a href="/huong-dan-su-dung">Hướng dẫn sử dụng</a><p>Điện thoại: 0293.3852123</p></div></footer>');
    expect(f.state).toBe('needs_review');
  });

  it('reads a link whose own words hold the number', async () => {
    expect((await judge('HT-05', '<a href="tel:1900866699">Tổng đài giải đáp : 1900.86.66.99</a>')).state).toBe('met');
  });
});
