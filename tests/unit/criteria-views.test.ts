import { describe, expect, it } from 'vitest';
import { findLabelledValues, sameBlock } from '../../lib/criteria/find';
import { phrase, start } from '../../lib/criteria/match';
import { viewOf } from '../../lib/criteria/views';
import { snapshotFromHtml } from '../../lib/snapshot/from-html';
import { HOME, portalHtml } from './support/criteria';

const view = async (body: string, url = HOME) => viewOf(await snapshotFromHtml(portalHtml(body), url));
const phone = (s: string) => /\d{3}[.\s]?\d{3}/.test(s);

describe('views of a snapshot, made once and shared', () => {
  it('gives the same views for the same snapshot object, and fresh ones for another', async () => {
    const snap = await snapshotFromHtml(portalHtml('<p>Tra cứu hồ sơ</p>'), HOME);
    const v = viewOf(snap);
    expect(viewOf(snap)).toBe(v);
    expect(v.texts).toBe(v.texts);
    expect(viewOf({ ...snap })).not.toBe(v);
  });

  it('normalises every visible string once, with its kind', async () => {
    const v = await view('<p>TRA CỨU HỒ SƠ</p><a href="/x" title="Trợ giúp">?</a><button>Tìm</button><input placeholder="Nhập mã hồ sơ">');
    expect(v.texts.map((t) => [t.kind, t.norm])).toEqual(
      expect.arrayContaining([
        ['text', 'tra cứu hồ sơ'],
        ['link', 'trợ giúp'],
        ['button', 'tìm'],
        ['placeholder', 'nhập mã hồ sơ'],
        ['title', 'cổng dịch vụ công'],
      ]),
    );
  });

  it('splits links to the national portal from the portal\'s own, and their words from its texts', async () => {
    const v = await view('<a href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ</a><a href="/tra-cuu">Tra cứu</a>');
    expect(v.nationalLinks.map((l) => l.href)).toEqual(['https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html']);
    expect(v.ownLinks.map((l) => l.path)).toEqual(['/tra-cuu']);
    expect(v.ownTexts.some((t) => t.norm === 'tra cứu hồ sơ')).toBe(false);
    expect(v.linksByHost.get('dichvucong.example.gov.vn')).toHaveLength(1);
  });

  it('knows which functions visible controls run, and a signed-in page', async () => {
    const v = await view('<a href="#" onclick="loginDvcqg(); return false">Đăng nhập</a><a href="javascript:moTrang(2)">2</a><a href="/c/portal/logout">Thoát</a>');
    expect([...v.calledFromControls]).toEqual(['loginDvcqg', 'moTrang']);
    expect(v.signedIn).toBe(true);
  });
});

describe('a label and its value, read by block', () => {
  it('takes a heading and the paragraph after it (a footer column)', async () => {
    const v = await view('<footer><div class="col"><h4>Bộ phận hỗ trợ</h4><p><i class="fa fa-phone"></i> 024.3556 3462</p></div></footer>');
    const found = findLabelledValues(v, { label: phrase(['Bộ phận hỗ trợ']), value: phone });
    expect(found.map((f) => f.evidence.text)).toEqual(['Bộ phận hỗ trợ 024.3556 3462']);
  });

  it('takes a definition row and a table row', async () => {
    const dl = await view('<dl><dt>Điện thoại</dt><dd>0293.3554567</dd></dl>');
    expect(findLabelledValues(dl, { label: start(['Điện thoại']), value: phone })).toHaveLength(1);
    const tr = await view('<table><tr><td>Hướng dẫn TTHC</td><td>0243.9760271</td></tr></table>');
    expect(findLabelledValues(tr, { label: start(['Hướng dẫn TTHC']), value: phone })).toHaveLength(1);
  });

  it('takes a value nested one block deeper under the heading\'s container', async () => {
    const v = await view('<div><h4>Hotline</h4><div><p>1900 0318</p></div></div>');
    expect(findLabelledValues(v, { label: phrase(['Hotline']), value: phone })).toHaveLength(1);
  });

  it('does not pair a label with a value of the next column', async () => {
    const v = await view('<div class="row"><div class="col"><div><h4>Hỗ trợ</h4><p>Gửi câu hỏi</p></div></div><div class="col"><div><h4>Trụ sở</h4><p>0293.3852123</p></div></div></div>');
    expect(findLabelledValues(v, { label: phrase(['Hỗ trợ']), value: phone })).toHaveLength(0);
  });

  it('falls back to nearness in order for snapshots made before blocks were gathered', async () => {
    const snap = await snapshotFromHtml(portalHtml('<div><h4>Hỗ trợ</h4></div><div><p>0293.3852123</p></div>'), HOME);
    const old = { ...snap, texts: snap.texts.map(({ blocks: _b, ...t }) => t) };
    expect(findLabelledValues(viewOf(old), { label: phrase(['Hỗ trợ']), value: phone })).toHaveLength(1);
  });

  it('relates blocks as documented', () => {
    expect(sameBlock({ blocks: [1, 2] }, { blocks: [1, 2] })).toBe(true);
    expect(sameBlock({ blocks: [3, 2] }, { blocks: [4, 2] })).toBe(true);
    expect(sameBlock({ blocks: [3, 2] }, { blocks: [5, 4, 2] })).toBe(true);
    expect(sameBlock({ blocks: [3, 2, 9] }, { blocks: [5, 4, 9] })).toBe(false);
    expect(sameBlock({ blocks: [3, 2, 9], tag: 'th' }, { blocks: [5, 4, 9] })).toBe(true);
    expect(sameBlock({ blocks: [] }, { blocks: [1] })).toBe(false);
  });
});
