import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/settings/store';
import { excerptOf } from '@/utils/ui/display-text';
import { reasonText } from '@/utils/ui/reason-text';
import { documentComment } from './document-comment';

const MENU_ID = 'uppsikt-document';
/** What the page says once a comment documented from the page itself is saved. */
const DOCUMENTED = {
  sv: (comment: string) => `Dokumenterad och köad till registrator: ${comment}`,
  en: (comment: string) => `Documented and queued for the registrar: ${comment}`,
} as const;
/** Letters of the comment the notice quotes: enough to tell it from its neighbours. */
const QUOTED_LETTERS = 60;
export const DOCUMENT_COMMAND = 'document-comment';
const SITES = ['https://*.facebook.com/*', 'https://*.instagram.com/*', 'https://x.com/*', 'https://*.x.com/*', 'https://twitter.com/*', 'https://*.twitter.com/*'];

/**
 * "Dokumentera" from the page itself: a context-menu item on a comment and a keyboard shortcut.
 * Both grant activeTab, so the capture works without the side panel.
 */
export function registerPageCommands(onResult: (tabId: number, message: string) => void): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      // In the browser's language, as the extension's name and description are.
      id: MENU_ID, title: browser.i18n.getMessage('documentComment'), contexts: ['all'], documentUrlPatterns: SITES,
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void run(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== DOCUMENT_COMMAND || tab?.id === undefined) return;
    void run(tab.id);
  });

  async function run(tabId: number) {
    const result = await documentComment(tabId, null);
    const { language } = (await loadSettings()).settings;
    onResult(tabId, result.ok ? DOCUMENTED[language](`${excerptOf(result.writer, QUOTED_LETTERS)}: ”${excerptOf(result.text, QUOTED_LETTERS)}”`) : reasonText(result.reason, language));
  }
}
