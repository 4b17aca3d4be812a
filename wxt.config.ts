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
