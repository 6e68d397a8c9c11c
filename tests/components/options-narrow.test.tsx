// The settings page in a window 360 px wide (a window beside the site, a small screen): nothing may be
// wider than the window. The actions per category were selects as wide as their longest option, which
// made the page 792 px wide. jsdom lays nothing out, so the page as rendered here is laid out by
// Chromium (the machine's, as the end-to-end tests use it) with the page's own style sheets.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { chromiumPath } from '../../scripts/lib/browser';

vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => undefined) }));
vi.mock('@/utils/settings/store', () => ({ settingsItem: { getValue: vi.fn(), setValue: vi.fn(), watch: () => () => undefined } }));
vi.mock('@/entrypoints/options/use-options-settings', () => ({
  useOptionsSettings: () => ({
    settings: DEFAULT_SETTINGS, locked: [],
    policyProblems: [{ path: 'organisation.website', message: 'Ange en adress som börjar med https://' }], storedProblems: [], loaded: true,
  }),
}));

const { App } = await import('@/entrypoints/options/App');

const STYLES = ['components/panel.css', 'entrypoints/options/options.css'].map((file) => readFileSync(file, 'utf8')).join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});
afterAll(async () => browser?.close());

/** The page's width in Chromium at `width` px, and the elements that stick out past it. */
async function laidOut(html: string, width: number): Promise<{ pageWidth: number; wider: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  try {
    await page.setContent(`<!doctype html><html lang="sv"><head><meta name="viewport" content="width=device-width, initial-scale=1.0"><style>${STYLES}</style></head>`
      + `<body><div id="root">${html}</div></body></html>`);
    return await page.evaluate((w) => ({
      pageWidth: document.documentElement.scrollWidth,
      wider: [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > w + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`).slice(0, 10),
    }), width);
  } finally {
    await page.close();
  }
}

describe('the settings page at 360 px', () => {
  it('is no wider than the window, in Swedish and in English', async () => {
    const { container } = render(<App />);
    fireEvent.change(screen.getByLabelText(/^Extra HTTP-rubriker/), { target: { value: 'X-Api-Key abc' } });
    expect(await laidOut(container.innerHTML, 360)).toEqual({ pageWidth: 360, wider: [] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Språk' }), { target: { value: 'en' } });
    expect(await laidOut(container.innerHTML, 360)).toEqual({ pageWidth: 360, wider: [] });
    cleanup();
  });
});
