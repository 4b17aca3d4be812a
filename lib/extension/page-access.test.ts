import { describe, expect, it } from 'vitest';
import { classifyInjectionError, classifyUrl } from './page-access';

describe('pages the browser will not let us audit', () => {
  it.each([
    'chrome://version/',
    'about:robots',
    'moz-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/vi/firefox/',
    'view-source:https://dichvucong.gov.vn/',
    undefined,
  ])('%s is restricted', (url) => {
    expect(classifyUrl(url)).toBe('restricted');
  });

  it('lets portal pages through', () => {
    expect(classifyUrl('https://dichvucong.thanhhoa.gov.vn/portaldvc/home')).toBeNull();
    expect(classifyUrl('http://127.0.0.1:8080/')).toBeNull();
  });

  it('explains a PDF as "not HTML", also where Firefox reports a missing permission', () => {
    expect(classifyInjectionError('Missing host permission for the tab', 'http://127.0.0.1:1/files/bieu-mau.pdf')).toBe('not-html');
    expect(classifyInjectionError('Cannot access a PDF', 'https://x.gov.vn/a')).toBe('not-html');
  });

  it('tells a missing permission from a local file and a browser page', () => {
    expect(classifyInjectionError('Missing host permission for the tab', 'https://x.gov.vn/a')).toBe('permission');
    expect(classifyInjectionError('Cannot access contents of url', 'file:///tmp/a.html')).toBe('file');
    expect(classifyInjectionError('The extensions gallery cannot be scripted.', 'https://chromewebstore.google.com/')).toBe('restricted');
  });
});
