import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, waitForScan } from '../../scripts/lib/browser';
import { axeRun } from './axe';
import { lowContrastTexts } from './contrast';
import { demoPost, openWorkList } from './helpers';

// The extension's own pages, in the browser's light and dark mode: every text readable (WCAG AA
// contrast), no WCAG 2.2 A/AA rule axe-core knows broken (there and in the badges on a site's page),
// and the file choosers reachable with the keyboard.
let context: BrowserContext;
const pages = new Map<string, Page>();
let site: Page;

beforeAll(async () => {
  let worker, extensionId: string;
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-readable-')), headless: true }));
  site = await context.newPage();
  await site.goto(demoPost('facebook').url);
  await waitForScan(site);
  pages.set('sidopanelen', await openWorkList(context, worker, site, extensionId));
  const tab = await tabIdOf(worker, site);
  for (const [name, file] of [['popupen', `popup.html?tab=${tab}`], ['loggen', 'log.html'], ['inställningarna', 'options.html'], ['kontoregistret', 'overview.html']]) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    pages.set(name, page);
  }
  // Every page has drawn its content (the work list its items, the popup its checklist), with the
  // texts that only show now and then: a field's error, an account's row with what it lacks.
  await pages.get('sidopanelen')!.locator('li.item').nth(5).waitFor({ timeout: 30_000 });
  await pages.get('popupen')!.locator('.checklist-item').nth(3).waitFor({ timeout: 30_000 });
  // The popup's other tabs, each with what shows only there (the account's facts, the consent register).
  for (const [name, tabName, shown] of [['popupens kontoflik', 'Konto', '.facts dt'], ['popupens samtyckesflik', 'Samtycke', '.consent-text']]) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab}`);
    await page.getByRole('tab', { name: tabName }).click();
    await page.locator(shown).first().waitFor({ timeout: 30_000 });
    pages.set(name, page);
  }
  const options = pages.get('inställningarna')!;
  await options.getByLabel('Webbplats').fill('ftp://sjovik.se');
  await options.getByText('Ange en adress som börjar med https://').waitFor();
  const overview = pages.get('kontoregistret')!;
  await overview.getByRole('button', { name: 'Lägg till konto' }).click();
  await overview.getByLabel('Namn', { exact: true }).fill('Sjöviks bibliotek');
  await overview.getByLabel('Plattform').selectOption('instagram');
  await overview.getByLabel('Länk till kontot').fill('https://www.instagram.com/sjoviksbibliotek/');
  await overview.getByRole('button', { name: 'Spara' }).click();
  await overview.locator('tr[data-account]').waitFor({ timeout: 20_000 });
});
afterAll(async () => { await context?.close(); });

describe('readable in light and dark mode', () => {
  it.each(['light', 'dark'] as const)('%s: no text on any of the extension\'s pages is below WCAG AA contrast', async (scheme) => {
    const low: Record<string, unknown[]> = {};
    for (const [name, page] of pages) {
      await page.emulateMedia({ colorScheme: scheme });
      // The buttons for actions on an item are folded away: opened, so their colours are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const found = await page.evaluate(lowContrastTexts);
      if (found.length) low[name] = found.slice(0, 5);
    }
    expect(low).toEqual({});
  });
});

describe('a narrow window (360 px: the side panel at its narrowest, a page beside the site)', () => {
  it('no page of the extension is wider than the window', async () => {
    const wider: Record<string, number> = {};
    // The popup keeps its own size, whatever the window.
    for (const [name, page] of [...pages].filter(([name]) => !name.startsWith('popupen'))) {
      await page.setViewportSize({ width: 360, height: 800 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wider[name] = width;
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(wider).toEqual({});
  });

  it('the popup\'s account facts stay inside the popup (400 px): a long label wraps, its value keeps room', async () => {
    const popup = pages.get('popupens kontoflik')!;
    await popup.setViewportSize({ width: 400, height: 600 });
    const facts = await popup.evaluate(() => {
      const edge = document.querySelector('.facts')!.getBoundingClientRect().right;
      return [...document.querySelectorAll('.facts dd')].map((value) => {
        const box = value.getBoundingClientRect();
        return { text: value.textContent, outside: box.right > edge + 0.5, width: box.width };
      });
    });
    await popup.setViewportSize({ width: 1280, height: 900 });
    expect(facts.length).toBeGreaterThan(2);
    // Cut off at the popup's edge, or one word a line, before.
    expect(facts.filter((f) => f.outside || f.width < 100)).toEqual([]);
  });

  it('the side panel\'s header wraps at 200 % zoom of its narrowest (160 CSS px) instead of running out of the panel', async () => {
    const panel = pages.get('sidopanelen')!;
    await panel.setViewportSize({ width: 160, height: 800 });
    const outside = await panel.evaluate(() => [...document.querySelectorAll('.panel-header *')]
      .filter((part) => part.getBoundingClientRect().right > innerWidth + 0.5).map((part) => part.textContent));
    await panel.setViewportSize({ width: 1280, height: 900 });
    expect(outside).toEqual([]);
  });

  it('each work item\'s lines stay inside its card in a panel 320 px wide', async () => {
    const panel = pages.get('sidopanelen')!;
    await panel.setViewportSize({ width: 320, height: 800 });
    const outside = await panel.evaluate(() => [...document.querySelectorAll('li.item')].flatMap((card) => {
      const edge = card.getBoundingClientRect().right;
      return [...card.querySelectorAll('.reveal span')].filter((line) => line.getBoundingClientRect().right > edge + 0.5).map((line) => line.textContent);
    }));
    await panel.setViewportSize({ width: 1280, height: 900 });
    expect(outside).toEqual([]);
  });

  it('the side panel stays within the window when a commenter writes a long name and word without a break', async () => {
    const panel = pages.get('sidopanelen')!;
    await site.evaluate(() => {
      const last = [...document.querySelectorAll('[data-uppsikt-status="unanswered"]')].at(-1)!;
      const clone = last.cloneNode(true) as Element;
      clone.removeAttribute('data-uppsikt-status');
      clone.setAttribute('data-test-added', '');
      for (const a of clone.querySelectorAll('a[href*="comment_id="]')) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=[^&]+/, 'comment_id=4444444444'));
      }
      const name = `Lång${'x'.repeat(400)}`;
      clone.querySelector('.nm span')!.textContent = name;
      clone.setAttribute('aria-label', `Kommentar från ${name} Just nu`);
      [...clone.querySelectorAll('div[dir="auto"]')].at(-1)!.textContent = `Varför svarar ni inte? ${'y'.repeat(400)}`;
      last.parentElement!.append(clone);
    });
    await panel.locator('li.item', { hasText: 'Långxxx' }).waitFor({ timeout: 30_000 });
    await panel.setViewportSize({ width: 360, height: 800 });
    const width = await panel.evaluate(() => document.documentElement.scrollWidth);
    await panel.setViewportSize({ width: 1280, height: 900 });
    await site.evaluate(() => document.querySelector('[data-test-added]')!.remove());
    await panel.locator('li.item', { hasText: 'Långxxx' }).waitFor({ state: 'detached', timeout: 30_000 });
    expect(width).toBeLessThanOrEqual(360);
  });
});

describe('where the keyboard is', () => {
  it('every control reached with Tab shows a focus ring, on every page of the extension', async () => {
    const unseen: Record<string, string[]> = {};
    for (const [name, page] of pages) {
      await page.bringToFront();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const missing = new Set<string>();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const shown = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (!focused || focused === document.body) return null;
          const style = getComputedStyle(focused);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          // A date or time field shows the focus on its part being edited (the day, the hour), not round it.
          if (focused instanceof HTMLInputElement && (focused.type === 'date' || focused.type === 'time')) return '';
          return ring ? '' : `${focused.tagName.toLowerCase()}.${focused.className}: ${(focused.textContent ?? '').trim().slice(0, 40)}`;
        });
        if (shown) missing.add(shown);
      }
      if (missing.size) unseen[name] = [...missing];
    }
    expect(unseen).toEqual({});
  });
});

describe('the side panel\'s status line', () => {
  it('never hides the control the keyboard reaches, in a panel 320 px wide (WCAG 2.4.11)', async () => {
    const panel = pages.get('sidopanelen')!;
    await panel.bringToFront();
    const size = panel.viewportSize()!;
    await panel.setViewportSize({ width: 320, height: 600 });
    try {
      // Every action leaves a message at the panel's foot, and it stays there.
      const item = panel.locator('li.item').filter({ has: panel.getByRole('button', { name: 'Markera som besvarad' }) }).first();
      await item.getByRole('button', { name: 'Markera som besvarad' }).click();
      await item.getByRole('button', { name: 'Per telefon' }).click();
      await expect.poll(() => panel.locator('.panel-status').textContent(), { timeout: 20_000 }).toMatch(/Loggat/);
      await panel.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); scrollTo(0, 0); });
      const hidden: string[] = [];
      for (let i = 0; i < 60; i++) {
        await panel.keyboard.press('Tab');
        const covered = await panel.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (!focused || focused === document.body || focused.closest('.panel-status')) return null;
          const r = focused.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return at?.closest('.panel-status') ? (focused.textContent ?? '').trim().slice(0, 40) : null;
        });
        if (covered) hidden.push(covered);
      }
      expect(hidden).toEqual([]);
      await panel.locator('.panel-status').getByRole('button', { name: 'Ångra' }).click();
    } finally {
      await panel.setViewportSize(size);
    }
  });
});

describe('the file choosers', () => {
  it.each([['inställningarna', 'Importera inställningar'], ['loggen', 'Importera säkerhetskopia']])('%s: "%s" is reached with the Tab key', async (name, label) => {
    const page = pages.get(name)!;
    await page.bringToFront();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 150 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((text) => {
        const focused = document.activeElement;
        return focused instanceof HTMLInputElement && focused.type === 'file' && (focused.labels?.[0]?.textContent ?? '').includes(text);
      }, label);
    }
    expect(reached).toBe(true);
  });
});

describe('accessible (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(['light', 'dark'] as const)('%s: no page of the extension breaks a rule', async (scheme) => {
    const found: Record<string, unknown> = {};
    for (const [name, page] of pages) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const { violations, namedButtons } = await axeRun(page);
      expect(namedButtons, name).toBeGreaterThan(0);
      if (violations.length) found[name] = violations;
    }
    expect(found).toEqual({});
  });

  it('the badges drawn on a site\'s page, inside their shadow root, break no rule', async () => {
    await site.bringToFront();
    // The badges near the view are built and shown; axe looks at what is shown.
    const badges = await site.evaluate(() => [...document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button') ?? []].filter((b) => b.checkVisibility()).length);
    expect(badges).toBeGreaterThan(0);
    const { violations, namedButtons } = await axeRun(site, ['uppsikt-overlay']);
    expect(namedButtons).toBe(badges);
    expect(violations).toEqual([]);
    // With a badge's explanation open (it opens on focus).
    await site.evaluate(() => document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelector<HTMLElement>('button')!.focus());
    await expect.poll(() => site.evaluate(() => document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelector('[role="tooltip"]')!.checkVisibility())).toBe(true);
    expect((await axeRun(site, ['uppsikt-overlay'])).violations).toEqual([]);
  });

  it('on a page written right to left the badges still read left to right, from the start of their label', async () => {
    await site.bringToFront();
    const directions = await site.evaluate(async () => {
      document.documentElement.dir = 'rtl';
      await new Promise((r) => requestAnimationFrame(r));
      const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
      const seen = [...root.querySelectorAll<HTMLElement>('button.badge, [role="tooltip"]')].map((el) => getComputedStyle(el).direction);
      document.documentElement.dir = 'ltr';
      return seen;
    });
    expect(directions.length).toBeGreaterThan(1);
    expect(new Set(directions)).toEqual(new Set(['ltr']));
  });

  it('every shown badge\'s explanation opens whole inside the window, in the badges\' font, and a long label ends in an ellipsis', async () => {
    await site.bringToFront();
    await site.setViewportSize({ width: 800, height: 700 });
    await site.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    await site.waitForTimeout(500);
    const seen = await site.evaluate(async () => {
      const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
      const out: Array<{ inside: boolean; font: string; cut: boolean; ellipsis: boolean }> = [];
      const onScreen = (b: Element) => {
        const r = b.getBoundingClientRect();
        return b.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight;
      };
      for (const badge of [...root.querySelectorAll<HTMLButtonElement>('button.badge')].filter(onScreen)) {
        badge.focus();
        await new Promise((r) => requestAnimationFrame(r));
        const box = tip.getBoundingClientRect();
        const label = badge.querySelector<HTMLElement>('.label')!;
        out.push({
          inside: box.top >= 0 && box.bottom <= innerHeight && box.height > 0,
          font: getComputedStyle(tip).fontFamily,
          cut: label.scrollWidth > label.clientWidth,
          ellipsis: getComputedStyle(label).textOverflow === 'ellipsis',
        });
      }
      return out;
    });
    await site.setViewportSize({ width: 1280, height: 900 });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.filter((b) => !b.inside)).toEqual([]);
    expect(new Set(seen.map((b) => b.font))).toEqual(new Set(['system-ui, sans-serif']));
    expect(seen.filter((b) => b.cut && !b.ellipsis)).toEqual([]);
  });

  it('at 200 % zoom (a window 450 px high) no explanation lies over its badge, and each scrolls to its end with the arrow keys', async () => {
    await site.bringToFront();
    await site.setViewportSize({ width: 640, height: 450 });
    await site.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    await site.waitForTimeout(500);
    const seen = await site.evaluate(async () => {
      const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const out: Array<{ over: boolean; inside: boolean; scrolls: boolean; reachedEnd: boolean }> = [];
      const onScreen = (b: Element) => {
        const r = b.getBoundingClientRect();
        return b.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight;
      };
      for (const badge of [...root.querySelectorAll<HTMLButtonElement>('button.badge')].filter(onScreen)) {
        badge.focus();
        await frame();
        const box = tip.getBoundingClientRect();
        const own = badge.getBoundingClientRect();
        const scrolls = tip.scrollHeight > tip.clientHeight;
        for (let i = 0; i < 40 && tip.scrollTop + tip.clientHeight < tip.scrollHeight - 1; i++) {
          badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
          await frame();
        }
        out.push({
          over: box.top < own.bottom && box.bottom > own.top && box.left < own.right && box.right > own.left,
          inside: box.top >= 0 && box.bottom <= innerHeight,
          scrolls,
          reachedEnd: tip.scrollTop + tip.clientHeight >= tip.scrollHeight - 1,
        });
      }
      return out;
    });
    await site.setViewportSize({ width: 1280, height: 900 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((b) => b.over || !b.inside || !b.reachedEnd)).toEqual([]);
    expect(seen.some((b) => b.scrolls)).toBe(true); // some explanation was taller than the room beside its badge
  });

  it('an explanation stays while the pointer moves from its badge onto it, and goes when the pointer leaves it', async () => {
    await site.bringToFront();
    // No badge keeps the focus (its explanation would show whatever the pointer does), and the badges have
    // settled where the window, resized by the tests before, puts them.
    await site.evaluate(() => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelector<HTMLElement>(':focus')?.blur());
    await site.mouse.move(1, 1);
    await site.waitForTimeout(800);
    const badge = await site.evaluate(() => {
      const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
      // One the pointer reaches (not one riding a bar, which lets clicks through to the site).
      const shown = [...root.querySelectorAll<HTMLElement>('button.badge')].find((b) => {
        const r = b.getBoundingClientRect();
        return b.checkVisibility() && r.top > 0 && r.bottom < innerHeight
          && root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('button.badge') === b;
      })!;
      const r = shown.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const tipBox = () => site.evaluate(() => {
      const tip = document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
      if (!tip.checkVisibility()) return null;
      const r = tip.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + 10 };
    });
    await site.mouse.move(badge.x, badge.y, { steps: 4 });
    await expect.poll(tipBox).not.toBeNull();
    const tip = (await tipBox())!;
    await site.mouse.move(tip.x, tip.y, { steps: 8 });
    await site.waitForTimeout(600);
    expect(await tipBox()).not.toBeNull();
    await site.mouse.move(5, 5);
    await expect.poll(tipBox).toBeNull();
  });
});
