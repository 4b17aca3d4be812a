import { describe, expect, it } from 'vitest';
import { judge } from './support/criteria';

describe('TTTT-01 online payment', () => {
  it('does not take the bare word "Thanh toán"', async () => {
    const f = await judge('TTTT-01', '<button>Thanh toán</button><p>Hình thức thanh toán: tiền mặt</p>');
    expect(f.state).toBe('not_checked');
  });

  it('takes the legacy /portaldvc/KenhTin/thanh-toan.aspx route', async () => {
    const f = await judge('TTTT-01', '<a href="/portaldvc/KenhTin/thanh-toan.aspx?mahoso=H55.12">Nộp tiền</a>');
    expect(f.state).toBe('met');
  });

  it('takes "THANH TOÁN TRỰC TUYẾN" in capitals', async () => {
    expect((await judge('TTTT-01', '<h3>THANH TOÁN TRỰC TUYẾN</h3>')).state).toBe('met');
  });

  it('records a link to the national Payment Platform as delegated', async () => {
    const f = await judge('TTTT-01', '<a href="https://dichvucong.gov.vn/p/home/dvc-thanh-toan-phi-le-phi-ho-so.html">Nộp phí</a>');
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toBe('Nộp phí');
    expect(f.message?.en).toMatch(/national portal/);
  });

  it('does not call it delegated when the portal has its own payment page too', async () => {
    const f = await judge(
      'TTTT-01',
      `<a href="/portaldvc/thanh-toan">Thanh toán trực tuyến</a>
       <a href="https://dichvucong.gov.vn/p/home/dvc-thanh-toan-phi-le-phi-ho-so.html">Thanh toán phí, lệ phí</a>`,
    );
    expect(f.state).toBe('met');
    expect(f.message).toBeUndefined();
  });

  it('takes the payment platform partner value in the page configuration', async () => {
    const f = await judge('TTTT-01', `<script>var cfg = { doiTacThanhToan: 'paymentplatform' };</script>`);
    expect(f.state).toBe('met');
  });
});

describe('TTTT-02 payment inside the submission flow', () => {
  it('takes a payment step of the wizard', async () => {
    const f = await judge('TTTT-02', '<ol><li>Bước 1: Thông tin</li><li>Bước 3 - Thanh toán lệ phí</li></ol>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toBe('Bước 3 - Thanh toán lệ phí');
  });

  it('does not take the national payment page or a payment menu', async () => {
    const f = await judge(
      'TTTT-02',
      `<a href="https://dichvucong.gov.vn/p/home/dvc-thanh-toan-phi-le-phi-ho-so.html">Thanh toán phí, lệ phí</a>
       <a href="/portaldvc/thanh-toan">Thanh toán trực tuyến</a>`,
    );
    expect(f.state).toBe('not_checked');
  });
});

describe('TTTT-03 financial obligations (treasury, tax)', () => {
  it('takes a menu entry but not a procedure named after the obligation', async () => {
    const menu = await judge('TTTT-03', '<a href="/portaldvc/nghia-vu-tai-chinh">Tra cứu nghĩa vụ tài chính</a>');
    expect(menu.state).toBe('needs_review');
    const procedure = await judge(
      'TTTT-03',
      '<a href="/portaldvc/chi-tiet-thu-tuc?ma=1.0034">Xác định nghĩa vụ tài chính khi giao đất</a>',
    );
    expect(procedure.state).toBe('not_checked');
  });

  it('takes a link to the tax authority\'s e-tax portal', async () => {
    expect((await judge('TTTT-03', '<a href="https://thuedientu.gdt.gov.vn/">Nộp thuế</a>')).state).toBe('needs_review');
  });
});

describe('TTTT-04 e-receipts', () => {
  it('accepts both tone placements of "hóa đơn"', async () => {
    expect((await judge('TTTT-04', '<a href="/tc">Tra cứu hoá đơn điện tử</a>')).state).toBe('met');
    expect((await judge('TTTT-04', '<a href="/tc">Tra cứu hóa đơn điện tử</a>')).state).toBe('met');
  });

  it('takes a link to the e-invoice provider', async () => {
    expect((await judge('TTTT-04', '<a href="https://vinvoice.viettel.vn/utilities/invoice-search">Biên lai</a>')).state).toBe('met');
  });

  it('does not take a receipt listed as a document of the dossier', async () => {
    expect((await judge('TTTT-04', '<td>Biên lai thu phí, lệ phí (bản sao)</td>')).state).toBe('not_met');
  });
});

describe('TTTT-05 fee amounts', () => {
  const DETAIL = 'https://dichvucong.example.gov.vn/portaldvc/chi-tiet-thu-tuc?ma=1.001234';

  it('takes a fee label with its amount, in one cell or the next', async () => {
    const same = await judge('TTTT-05', '<td>Phí : 0 Đồng</td>', DETAIL);
    expect(same.state).toBe('met');
    const next = await judge('TTTT-05', '<table><tr><th>Lệ phí</th></tr><tr><td>50.000 đồng/hồ sơ</td></tr></table>', DETAIL);
    expect(next.state).toBe('met');
    expect(next.evidence[0]!.text).toBe('Lệ phí 50.000 đồng/hồ sơ');
  });

  it('does not take a headline that mentions a fee, or a fee label without an amount', async () => {
    expect((await judge('TTTT-05', '<a href="/tin/1">Lệ phí trước bạ được miễn đến hết năm</a>', DETAIL)).state).toBe('not_met');
    expect((await judge('TTTT-05', '<dt>Phí, lệ phí</dt><dd>Theo quy định</dd><dt>Thời hạn</dt><dd>15 ngày</dd>', DETAIL)).state).toBe(
      'not_met',
    );
  });
});
