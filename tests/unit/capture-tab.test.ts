// The browser photographs a window's active tab, whichever it is: documentation of a comment must
// hold the comment's page, not the tab the editor switched to while it was being prepared.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabs = vi.hoisted(() => ({
  states: [] as Array<{ active: boolean; url: string }>,
  get: vi.fn(async () => ({ windowId: 1, ...tabs.states.shift() })),
  captureVisibleTab: vi.fn(async () => `data:image/png;base64,${btoa('png')}`),
}));
vi.mock('wxt/browser', () => ({ browser: { tabs } }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: vi.fn() }));
const { captureTab, NOT_SHOWN, TAB_CLOSED } = await import('@/entrypoints/background/capture');

const post = 'https://www.facebook.com/sjovikskommun/posts/1';
beforeEach(() => tabs.captureVisibleTab.mockClear());

describe('captureTab', () => {
  it('photographs the comment\'s tab while it is shown', async () => {
    tabs.states = [{ active: true, url: post }, { active: true, url: post }];
    expect(await captureTab(7)).toEqual({ ok: true, image: new TextEncoder().encode('png') });
  });

  it('refuses when the tab is not the one shown: the picture of another tab is dropped', async () => {
    tabs.states = [{ active: false, url: post }, { active: false, url: post }];
    expect(await captureTab(7)).toEqual({ ok: false, reason: NOT_SHOWN });
  });

  it('refuses when the editor switched tab or page while it was taken', async () => {
    tabs.states = [{ active: true, url: post }, { active: false, url: post }];
    expect(await captureTab(7)).toEqual({ ok: false, reason: NOT_SHOWN });
    tabs.states = [{ active: true, url: post }, { active: true, url: 'https://www.facebook.com/sjovikskommun' }];
    expect(await captureTab(7)).toEqual({ ok: false, reason: NOT_SHOWN });
  });

  it('says the tab was closed, not the browser\'s "No tab with id", when it closed during the capture', async () => {
    tabs.states = [{ active: true, url: post }];
    tabs.get.mockImplementationOnce(async () => ({ windowId: 1, active: true, url: post }))
      .mockImplementationOnce(async () => { throw new Error('No tab with id: 875323639.'); });
    expect(await captureTab(875323639)).toEqual({ ok: false, reason: TAB_CLOSED });
    expect(TAB_CLOSED).toBe('Fliken stängdes innan skärmbilden togs; inget sparades.');
  });
});
