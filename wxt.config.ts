import { defineConfig } from 'wxt';

// The extension's manifest is built from here; entrypoints add their own parts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'contextMenus',
      'alarms',
      'notifications',
    ],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'uppsikt@uppsikt.se', strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar button opens the side panel (a click that calls sidePanel.open grants activeTab);
    // the popup with the checklists is opened from the side panel instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) delete manifest.action.default_popup;
    },
  },
});
