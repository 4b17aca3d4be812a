import { describe, expect, it } from 'vitest';
import { stripJsComments } from './js-comments';

describe('stripJsComments: comments', () => {
  it('removes line comments and keeps the line break', () => {
    expect(stripJsComments("a(); // gtag('config', 'UA-1')\nb();")).toBe('a(); \nb();');
  });

  it('removes block comments, also over several lines', () => {
    expect(stripJsComments("a(); /* fbq('init', '1');\n fbq('track') */ b();")).toBe('a();   b();');
  });

  it('removes an unterminated block comment to the end', () => {
    expect(stripJsComments("live(); /* never closed\ntracker('x');")).toBe('live();  ');
  });

  it('removes HTML-like comment lines: <!-- anywhere, --> at the start of a line', () => {
    const code = "<!-- ga('create', 'UA-OPEN');\nlive();\n  --> fbq('init', 'CLOSE')\nnext();";
    expect(stripJsComments(code)).toBe('\nlive();\n  \nnext();');
  });

  it('keeps --> that is not at the start of a line (a-- > b)', () => {
    expect(stripJsComments('while (a --> 0) go();')).toBe('while (a --> 0) go();');
  });

  it('returns an empty result for empty input or comments only', () => {
    expect(stripJsComments('')).toBe('');
    expect(stripJsComments('// a\n/* b */').trim()).toBe('');
  });
});

describe('stripJsComments: literals are kept', () => {
  it('keeps strings containing // and /*', () => {
    const code = `var u = "https://www.google-analytics.com/collect"; var v = '/* not a comment */'; // real`;
    expect(stripJsComments(code)).toBe(`var u = "https://www.google-analytics.com/collect"; var v = '/* not a comment */'; `);
  });

  it('keeps <!-- inside a string', () => {
    expect(stripJsComments('document.write("<!-- x -->"); go();')).toBe('document.write("<!-- x -->"); go();');
  });

  it('handles escaped quotes and escaped backslashes', () => {
    expect(stripJsComments('var a = "say \\"// hi\\" ok"; // x')).toBe('var a = "say \\"// hi\\" ok"; ');
    expect(stripJsComments("var b = 'it\\'s /* fine */' + y;")).toBe("var b = 'it\\'s /* fine */' + y;");
    // "a\\" is a complete string: what follows is a real comment.
    expect(stripJsComments('var c = "a\\\\"; // gone')).toBe('var c = "a\\\\"; ');
  });

  it('ends an unterminated ordinary string at the line break', () => {
    expect(stripJsComments('var s = "abc\n// gtag(\'x\')\nlive();')).toBe('var s = "abc\n\nlive();');
  });

  it('keeps template literals, including several lines', () => {
    const code = 'var t = `// not a comment\n/* nor this */ line`; // but this is';
    expect(stripJsComments(code)).toBe('var t = `// not a comment\n/* nor this */ line`; ');
  });

  it('strips comments inside ${} of a template, not in its text', () => {
    expect(stripJsComments('var t = `// text ${a /* real */} /* text */`;')).toBe('var t = `// text ${a  } /* text */`;');
  });

  it('handles templates nested in substitutions and braces inside them', () => {
    const code = 'h = `<a href="${base}">${ok ? `//cdn/${ {a: 1}.a }` : "x"}</a>`; // tail';
    expect(stripJsComments(code)).toBe('h = `<a href="${base}">${ok ? `//cdn/${ {a: 1}.a }` : "x"}</a>`; ');
  });

  it('keeps regular-expression literals that contain // or /*', () => {
    expect(stripJsComments('if (/^https?:\\/\\//.test(u)) track(u); // c')).toBe('if (/^https?:\\/\\//.test(u)) track(u); ');
    expect(stripJsComments("s = s.replace(/[/*]+/g, ''); live();")).toBe("s = s.replace(/[/*]+/g, ''); live();");
    expect(stripJsComments('var re = /"/; live(); // c')).toBe('var re = /"/; live(); ');
    expect(stripJsComments('function f(s) { return /\\/\\/x/.test(s); } // c')).toBe('function f(s) { return /\\/\\/x/.test(s); } ');
  });

  it('still treats a division followed by a comment as code then comment', () => {
    expect(stripJsComments('var x = a / b; // c / d')).toBe('var x = a / b; ');
    expect(stripJsComments('var y = (a) / 2 /* half */;')).toBe('var y = (a) / 2  ;');
  });

  it('keeps a commented-out tracker out while keeping the live one', () => {
    const code = [
      '(function(i,s,o,g,r){ /* old: ga("create","UA-OLD-1") */ })(window,document);',
      '// fbq("init", "111111111");',
      'fbq("init", "222222222");',
    ].join('\n');
    const out = stripJsComments(code);
    expect(out).toContain('fbq("init", "222222222");');
    expect(out).not.toContain('UA-OLD-1');
    expect(out).not.toContain('111111111');
  });
});
