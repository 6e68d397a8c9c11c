// Documenting from the page itself (right-click item, Alt+Shift+D): the page is told how it went,
// in the language of the settings.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';

let settings: Settings;
let outcome: { ok: true; evidenceId: string; writer: string; text: string } | { ok: false; reason: string };
let command: ((name: string, tab?: { id?: number }) => void) | null = null;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { onInstalled: { addListener: () => undefined } },
    contextMenus: { onClicked: { addListener: () => undefined } },
    commands: { onCommand: { addListener: (listener: typeof command) => { command = listener; } } },
    i18n: { getMessage: (key: string) => key },
  },
}));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));
vi.mock('@/entrypoints/background/document-comment', () => ({ documentComment: async () => outcome }));

const { registerPageCommands, DOCUMENT_COMMAND } = await import('@/entrypoints/background/page-commands');

const told: Array<[number, string]> = [];
registerPageCommands((tabId, message) => told.push([tabId, message]));

async function press(): Promise<string> {
  told.length = 0;
  command!(DOCUMENT_COMMAND, { id: 7 });
  await vi.waitFor(() => expect(told).toHaveLength(1));
  return told[0][1];
}

beforeEach(() => { settings = structuredClone(DEFAULT_SETTINGS); });

describe('the keyboard shortcut', () => {
  it('tells the page the comment was documented, or why not, in Swedish', async () => {
    // The notice names the comment it documented: a page's scripts must not make it another one unseen.
    outcome = { ok: true, evidenceId: 'e1', writer: 'Sara \u202ENilsson', text: 'Vilken tid öppnar ni på lördagar? Jag har försökt ringa hela veckan men ingen svarar.' };
    expect(await press()).toBe('Dokumenterad och köad till registrator: Sara Nilsson: ”Vilken tid öppnar ni på lördagar? Jag har försökt ringa hel…”');
    outcome = { ok: false, reason: 'Kommentaren finns inte längre på sidan.' };
    expect(await press()).toBe('Kommentaren finns inte längre på sidan.');
  });

  it('and in English when the settings say so', async () => {
    settings.language = 'en';
    outcome = { ok: true, evidenceId: 'e1', writer: 'Sara Nilsson', text: 'Hej!' };
    expect(await press()).toBe('Documented and queued for the registrar: Sara Nilsson: ”Hej!”');
    outcome = { ok: false, reason: 'Kommentaren finns inte längre på sidan.' };
    expect(await press()).toBe('The comment is no longer on the page.');
  });
});
