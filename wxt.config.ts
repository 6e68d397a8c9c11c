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
      'downloads',
      // Chrome and Edge start no content script in the sites' tabs already open when Uppsikt is
      // installed or updated: the background starts it there (on the content scripts' own hosts only,
      // see host_permissions below).
      ...(browser === 'firefox' ? [] : ['scripting']),
    ],
    // The registrar's intake is asked for when the organisation enters its address (least privilege).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The toolbar button opens the side panel with sidePanel.open, which Chrome and Edge have from 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // IT departments set the organisation's values for every browser through policy (locked in the UI).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    commands: {
      'document-comment': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_documentCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'uppsikt@uppsikt.se', strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  // The Firefox sources zip holds what builds the extension, not local output (demo screenshots, bench results).
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', 'web-ext-artifacts/**', '**/*.log', 'stats.html'] },
  hooks: {
    // The toolbar button opens the side panel (a click that calls sidePanel.open grants activeTab);
    // the popup with the checklists is opened from the side panel instead.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.action) delete manifest.action.default_popup;
      // Chrome lets scripting.executeScript into a tab only with a host permission (a content script's
      // matches are none): exactly the content scripts' own sites, which Chrome already names at install.
      if (wxt.config.browser !== 'firefox') {
        manifest.host_permissions = [...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []))];
      }
    },
  },
});
