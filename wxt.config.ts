import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: no host permissions, no content script on all pages.
// The audit runs on the active tab only, when the inspector asks for it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'DVC Inspector',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['activeTab', 'scripting', 'storage'],
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
          browser_specific_settings: {
            gecko: {
              id: 'dvc-inspector@dvc-inspector.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
