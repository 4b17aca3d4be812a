import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxProblems, leastPrivilegeProblems } from './least-privilege';

/** Runs on the built extension: `npm run build` first (npm test does). */
const ROOT = join(__dirname, '../..');
const GECKO_ID = 'dvc-inspector@dvc-inspector.example';
const BUILDS = { chrome: '.output/chrome-mv3/manifest.json', firefox: '.output/firefox-mv2/manifest.json' } as const;
const manifest = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

describe('the built manifests ask for the least privilege', () => {
  for (const [browser, path] of Object.entries(BUILDS)) {
    it(`${browser}: ${path}`, () => {
      expect(leastPrivilegeProblems(manifest(path))).toEqual([]);
    });
  }

  it('firefox: a fixed add-on id, and no data collected', () => {
    expect(firefoxProblems(manifest(BUILDS.firefox), GECKO_ID)).toEqual([]);
  });
});

describe('the icon', () => {
  /** Width and height from a PNG's header. */
  const pngSize = (file: string) => {
    const b = readFileSync(file);
    expect(b.subarray(1, 4).toString('ascii'), file).toBe('PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };

  for (const [browser, path] of Object.entries(BUILDS)) {
    it(`${browser}: 16, 32, 48 and 128 px PNGs, for the store, the extensions page and the toolbar button`, () => {
      const m = manifest(path);
      const icons = m.icons as Record<string, string>;
      expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
      for (const [size, file] of Object.entries(icons)) expect(pngSize(join(ROOT, dirname(path), file))).toEqual([Number(size), Number(size)]);
      const action = (m.action ?? m.browser_action) as { default_icon?: unknown };
      expect(action.default_icon).toEqual(icons);
    });
  }
});

describe('the least-privilege check itself', () => {
  const base = { manifest_version: 3, permissions: ['activeTab', 'scripting', 'storage'] };

  it('accepts the three permissions and optional *.gov.vn hosts', () => {
    expect(leastPrivilegeProblems({ ...base, optional_host_permissions: ['*://*.gov.vn/*', 'https://*.gov.vn/*'] })).toEqual([]);
    expect(leastPrivilegeProblems({ ...base, manifest_version: 2, optional_permissions: ['*://*.gov.vn/*'] })).toEqual([]);
  });

  it.each([
    ['another permission', { ...base, permissions: [...base.permissions, 'tabs'] }],
    ['a host pattern among permissions', { ...base, permissions: [...base.permissions, '<all_urls>'] }],
    ['a host pattern among MV2 permissions', { ...base, permissions: [...base.permissions, 'https://*/*'] }],
    ['host permissions', { ...base, host_permissions: ['*://*.gov.vn/*'] }],
    ['an optional host outside .gov.vn', { ...base, optional_host_permissions: ['*://*/*'] }],
    ['a look-alike of .gov.vn', { ...base, optional_host_permissions: ['*://*.gov.vn.example.com/*'] }],
    ['an optional API permission', { ...base, optional_permissions: ['downloads'] }],
    ['a content script', { ...base, content_scripts: [{ matches: ['https://*.gov.vn/*'], js: ['x.js'] }] }],
    ['unsafe-eval (MV2 string)', { ...base, content_security_policy: "script-src 'self' 'unsafe-eval'; object-src 'self'" }],
    ['unsafe-eval (MV3 object)', { ...base, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
    ['a remote script source', { ...base, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com" } }],
    ['a remote default source', { ...base, content_security_policy: "default-src 'self' https:" }],
  ])('rejects %s', (_what, m) => {
    expect(leastPrivilegeProblems(m)).not.toEqual([]);
  });

  it('accepts a strict CSP', () => {
    expect(leastPrivilegeProblems({ ...base, content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" } })).toEqual([]);
  });

  it.each([
    ['another id', { browser_specific_settings: { gecko: { id: 'x@example.com', data_collection_permissions: { required: ['none'] } } } }],
    ['no data_collection_permissions', { browser_specific_settings: { gecko: { id: GECKO_ID } } }],
    ['data collected', { browser_specific_settings: { gecko: { id: GECKO_ID, data_collection_permissions: { required: ['websiteContent'] } } } }],
    ['optional data collection', { browser_specific_settings: { gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'], optional: ['technicalAndInteraction'] } } } }],
  ])('rejects a Firefox manifest with %s', (_what, m) => {
    expect(firefoxProblems(m, GECKO_ID)).not.toEqual([]);
  });
});
