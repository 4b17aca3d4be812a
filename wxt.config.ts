import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Least privilege: no host permissions, no content script on all pages.
// The audit runs on the active tab only, when the inspector asks for it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'DVC Inspector',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for only when an inspector opts in to auditing while browsing
    // (MV2 keeps optional hosts among optional_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*.gov.vn/*'] }
      : { optional_host_permissions: ['*://*.gov.vn/*'] }),
    action: { default_title: 'DVC Inspector' },
    // A keyboard shortcut is a user gesture: like a click on the toolbar
    // button it grants activeTab on the page, so inspectors can audit
    // without reaching for the mouse. MV2 names the command differently.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Audit this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          // data_collection_permissions ("collects nothing") is understood
          // from Firefox 140 (the ESR since 2025) and Firefox for Android 142:
          // older versions would not show it, and Mozilla's linter warns.
          browser_specific_settings: {
            gecko: {
              id: 'dvc-inspector@dvc-inspector.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Store packages (`npm run zip`): the Chrome zip, the Firefox zip and, for
  // Mozilla's reviewers, the sources zip: exactly what `npm ci && npm run
  // build` reads, and nothing else (no tests, fixtures, tools or outputs).
  // tests/build/packages.test.ts rebuilds the Firefox package from it.
  zip: {
    excludeSources: ['**'],
    includeSources: [
      'package.json',
      'package-lock.json',
      'README.md',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      // The command line's crawl rules and survey: not part of the extension.
      '!lib/crawl/**',
      '!lib/survey/**',
      '!**/*.test.*',
      '!**/*.spec.*',
    ],
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The icon (public/icon/: SVG sources, PNGs drawn by scripts/make-icons.ts):
    // WXT lists the PNGs as the manifest's icons; the toolbar button and
    // Firefox's sidebar show them too.
    'build:manifestGenerated': (_wxt, manifest) => {
      const m = manifest as Record<string, { default_icon?: unknown } | undefined>;
      for (const key of ['action', 'browser_action', 'sidebar_action']) if (m[key]) m[key]!.default_icon = ICONS;
    },
  },
});
