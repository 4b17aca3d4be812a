import { describe, expect, it } from 'vitest';
import { judge } from './support/criteria';

describe('TC-01 public lookup by dossier code', () => {
  it('takes a dossier-code box known only by its name', async () => {
    const f = await judge('TC-01', '<form><input name="maHoSo"><button>Tìm</button></form>');
    expect(f.state).toBe('met');
    expect(f.evidence[0]!.text).toBe('maHoSo');
  });

  it('takes the OpenCPS lookup route and a diacritic-less slug', async () => {
    expect((await judge('TC-01', '<a href="/web/cong-dich-vu-cong/tracuu-ho-so">›</a>')).state).toBe('met');
    expect((await judge('TC-01', '<a href="/tra-cuu-ho-so"><img src="/i.png" alt=""></a>')).state).toBe('met');
  });

  it('records the national portal\'s lookup as delegated', async () => {
    const f = await judge('TC-01', '<a href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ</a>');
    expect(f.state).toBe('met');
    expect(f.evidence).toHaveLength(1);
    expect(f.message?.vi).toContain('Cổng Dịch vụ công quốc gia');
  });

  it('judges the national portal itself as providing its own lookup', async () => {
    const f = await judge('TC-01', '<a href="/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ</a>', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html');
    expect(f.state).toBe('met');
    expect(f.message).toBeUndefined();
  });

  it('does not take procedure or receipt lookups, or a code column', async () => {
    const f = await judge(
      'TC-01',
      `<h2>Tra cứu thủ tục hành chính</h2><input placeholder="Nhập tên thủ tục">
       <a href="/portaldvc/tra-cuu-bien-lai-dien-tu">Tra cứu biên lai</a><table><tr><th>Mã hồ sơ</th></tr></table>`,
    );
    expect(f.state).toBe('not_met');
  });
});

describe('TC-02 my dossiers', () => {
  it('takes "Dịch vụ công của tôi" in capitals', async () => {
    expect((await judge('TC-02', '<a href="/x">DỊCH VỤ CÔNG CỦA TÔI</a>')).state).toBe('needs_review');
  });

  it('does not take a dossier count', async () => {
    expect((await judge('TC-02', '<p>Số hồ sơ đã tiếp nhận: 12.345</p>')).state).toBe('not_checked');
  });
});

describe('TC-03 procedure search by criteria', () => {
  it('needs a keyword box and a facet in the same form', async () => {
    const split = await judge(
      'TC-03',
      `<form><input placeholder="Nhập từ khóa"></form>
       <form><label for="lv">Lĩnh vực</label><select id="lv"></select></form>`,
    );
    expect(split.state).toBe('not_met');
    const together = await judge(
      'TC-03',
      '<form><input placeholder="Nhập tên thủ tục"><label for="cq">Cơ quan</label><select id="cq"></select></form>',
    );
    expect(together.state).toBe('met');
  });

  it('takes "TÌM KIẾM NÂNG CAO"', async () => {
    expect((await judge('TC-03', '<button>TÌM KIẾM NÂNG CAO</button>')).state).toBe('met');
  });
});
