import { describe, expect, it } from 'vitest';
import { criterion, judge } from './support/criteria';

describe('SH-01 digitisation at reception', () => {
  it('is attested by the inspector: no check, never judged from a page', async () => {
    expect(criterion('SH-01').method).toBe('manual');
    expect(criterion('SH-01').check).toBeUndefined();
    expect((await judge('SH-01', '<p>Số hóa hồ sơ: 95%</p>')).state).toBe('not_checked');
  });
});

describe('SH-02 electronic results', () => {
  it('takes an e-result download in the lookup', async () => {
    const f = await judge('SH-02', '<a href="/files/kq.pdf">Tải về kết quả</a>');
    expect(f.state).toBe('needs_review');
    expect(f.evidence[0]!.text).toBe('Tải về kết quả');
  });

  it('does not take a status saying the result was handed over', async () => {
    expect((await judge('SH-02', '<p>Trạng thái: Đã trả kết quả</p>')).state).toBe('not_checked');
  });
});

describe('SH-03 digitisation rate published', () => {
  it('accepts both tone placements of "số hóa"', async () => {
    expect((await judge('SH-03', '<li>Tỷ lệ số hoá hồ sơ: 92,35%</li>')).state).toBe('met');
    expect((await judge('SH-03', '<li>TỶ LỆ SỐ HÓA HỒ SƠ: 92,35%</li>')).state).toBe('met');
  });

  it('takes the 766 score in the next element', async () => {
    const f = await judge('SH-03', '<div><span>Số hóa hồ sơ</span><b>18,5</b><i>/22</i></div>');
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toContain('Số hóa hồ sơ');
  });

  it('does not take a headline with a percentage, a date or a visitor counter', async () => {
    const f = await judge(
      'SH-03',
      `<a href="/tin/1">Phấn đấu 100% hồ sơ được số hóa hồ sơ khi tiếp nhận trong năm 2025 theo kế hoạch</a>
       <div><span>Số hóa hồ sơ</span><span>15/03/2024</span><span>Lượt xem: 1.245</span></div>`,
    );
    expect(f.state).toBe('not_met');
  });
});
