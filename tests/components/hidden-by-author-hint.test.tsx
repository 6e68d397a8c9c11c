// A post on X whose author hid replies to it ("Visa dolda svar"): the side panel says so, since those
// replies are in no conversation Uppsikt reads, and opens their page in the tab on request.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HiddenByAuthorHint } from '@/components/HiddenByAuthorHint';
import type { PageReport } from '@/utils/report';

const update = vi.fn(async () => ({}));
vi.mock('wxt/browser', () => ({ browser: { tabs: { update: (...args: unknown[]) => update(...(args as [])) } } }));
afterEach(() => {
  cleanup();
  update.mockClear();
});

type Shown = Pick<PageReport, 'platform' | 'url' | 'repliesHiddenByAuthor'>;
const status = (url: string, hidden = true): Shown => ({ platform: 'x', url, repliesHiddenByAuthor: hidden });

describe('HiddenByAuthorHint', () => {
  it('says the author hid replies and opens X\'s page of them in the tab, in Swedish', async () => {
    const user = userEvent.setup();
    render(<HiddenByAuthorHint report={status('https://x.com/SjovikKommun/status/1777110000000000001')} tabId={7} lang="sv" />);
    expect(screen.getByText(/^Kontot som publicerade inlägget har dolt svar på det\. De syns inte i konversationen och granskas inte här/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Öppna de dolda svaren' }));
    expect(update).toHaveBeenCalledWith(7, { url: 'https://x.com/SjovikKommun/status/1777110000000000001/hidden' });
  });

  it('opens the post\'s hidden replies from its photo viewer too, and says it in English', async () => {
    const user = userEvent.setup();
    render(<HiddenByAuthorHint report={status('https://x.com/SjovikKommun/status/1777110000000000001/photo/1?s=20')} tabId={7} lang="en" />);
    expect(screen.getByText(/^The account that published the post has hidden replies to it\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open the hidden replies' }));
    expect(update).toHaveBeenCalledWith(7, { url: 'https://x.com/SjovikKommun/status/1777110000000000001/hidden' });
  });

  it('only says where to find them when the address names no author, and nothing when none are hidden', () => {
    render(<HiddenByAuthorHint report={status('https://x.com/i/status/1777110000000000001')} tabId={7} lang="sv" />);
    expect(screen.getByText(/öppna ”Visa dolda svar” på inlägget/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    const { container } = render(<HiddenByAuthorHint report={status('https://x.com/SjovikKommun/status/1', false)} tabId={7} lang="sv" />);
    expect(container.innerHTML).toBe('');
  });
});
