import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SELECTOR_CHARS, SelectorBuilder } from './selector';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function page(html: string): Document {
  const w = new Window({ url: 'https://dichvucong.gov.vn/', settings: { disableJavaScriptEvaluation: true } });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}

function bottom(doc: Document): Element {
  let el: Element = doc.documentElement;
  while (el.lastElementChild) el = el.lastElementChild;
  return el;
}

describe('SelectorBuilder', () => {
  it('builds a child path from the root with nth-of-type', () => {
    const doc = page('<body><div></div><p>a</p><div><span></span><b></b><span id="x y"></span></div></body>');
    const target = doc.querySelectorAll('span')[1]!;
    const sel = new SelectorBuilder().of(target);
    expect(sel).toBe('html > body:nth-of-type(1) > div:nth-of-type(2) > span:nth-of-type(2)');
    expect(doc.querySelector(sel)).toBe(target);
  });

  it('gives the same answer whichever element is asked first (cache coherence)', () => {
    const html = '<body><ul><li><a>1</a></li><li><a>2</a></li></ul></body>';
    const d1 = page(html);
    const d2 = page(html);
    const b1 = new SelectorBuilder();
    const b2 = new SelectorBuilder();
    const a1 = d1.querySelectorAll('a')[1]!;
    const a2 = d2.querySelectorAll('a')[1]!;
    const childFirst = [b1.of(a1), b1.of(a1.parentElement!)];
    const parentFirst = [b2.of(a2.parentElement!), b2.of(a2)].reverse();
    expect(childFirst).toEqual(parentFirst);
  });

  it('anchors on a unique id; escapes : and . in it', () => {
    const doc = page('<body><div id="form:tim.kiem"><input></div></body>');
    const input = doc.querySelector('input')!;
    const sel = new SelectorBuilder().of(input);
    expect(sel).toBe('#form\\:tim\\.kiem > input:nth-of-type(1)');
    expect(doc.querySelector(sel)).toBe(input);
  });

  it('does not anchor on ids it is told are duplicated', () => {
    const doc = page('<body><div id="d"><div id="d"><a>trong</a></div><a>ngoai</a></div></body>');
    const outer = doc.querySelectorAll('a')[1]!;
    expect(new SelectorBuilder().of(outer)).toBe('#d > a:nth-of-type(1)');
    const sel = new SelectorBuilder(new Set(['d'])).of(outer);
    expect(sel).toBe('html > body:nth-of-type(1) > div:nth-of-type(1) > a:nth-of-type(1)');
    expect(doc.querySelector(sel)).toBe(outer);
  });

  it('uses *:nth-child for names that are not safe type selectors', () => {
    const doc = page('<body><p></p><x.y></x.y></body>');
    const odd = doc.body.lastElementChild!;
    const sel = new SelectorBuilder().of(odd);
    expect(sel).toBe('html > body:nth-of-type(1) > *:nth-child(2)');
    expect(doc.querySelector(sel)).toBe(odd);
  });

  it(`never returns more than ${MAX_SELECTOR_CHARS} characters, cut at a step boundary`, () => {
    const doc = page(`<body>${'<div><i></i>'.repeat(200)}<a>x</a>`);
    const a = bottom(doc);
    const sel = new SelectorBuilder().of(a);
    expect(sel.length).toBeLessThanOrEqual(MAX_SELECTOR_CHARS);
    expect(sel).toMatch(/^div:nth-of-type\(1\) > (?:div:nth-of-type\(1\) > )*a:nth-of-type\(1\)$/);
    expect(a.matches(sel)).toBe(true);
    // Asking again (cached) gives the same short selector.
    expect(new SelectorBuilder().of(a)).toBe(sel);
  });

  it('does not overflow the stack on a 20,000-level chain built by script', () => {
    const doc = page('<body></body>');
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
    const sel = new SelectorBuilder().of(parent);
    expect(sel.length).toBeLessThanOrEqual(MAX_SELECTOR_CHARS);
    expect(parent.matches(sel)).toBe(true);
    // happy-dom's own teardown recurses: take the chain apart from the bottom.
    while (parent !== doc.body) {
      const up: Element = parent.parentElement!;
      up.removeChild(parent);
      parent = up;
    }
  });
});
