// With no report of the tab, the side panel says why: a page of the sites still loading or being read
// is not called "not checked" (which tells the editor to reload it); only one loaded a while without a
// report is, and another site is named as such.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOT_SCANNED_AFTER_MS, NoReportHint } from '@/components/NoReportHint';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const post = 'https://www.facebook.com/sjovikskommun/posts/1';
const hint = () => document.querySelector('.hint')!.textContent;

describe('NoReportHint', () => {
  it('says a loading page is being checked, and calls it not checked only once it has been loaded a while', () => {
    const { rerender } = render(<NoReportHint tab={{ id: 1, url: post, status: 'loading' }} lang="sv" />);
    expect(hint()).toBe('Sidan läses in och granskas …');
    act(() => { vi.advanceTimersByTime(NOT_SCANNED_AFTER_MS * 2); });
    expect(hint()).toBe('Sidan läses in och granskas …');
    rerender(<NoReportHint tab={{ id: 1, url: post, status: 'complete' }} lang="sv" />);
    act(() => { vi.advanceTimersByTime(NOT_SCANNED_AFTER_MS - 100); });
    expect(hint()).toBe('Sidan läses in och granskas …');
    act(() => { vi.advanceTimersByTime(200); });
    expect(screen.getByRole('status').textContent).toBe('Sidan är inte granskad. Ladda om sidan. Är den fortfarande inte granskad kan webbläsarens eller organisationens inställningar hindra Uppsikt från att läsa den: kontakta IT-supporten.');
  });

  it('waits afresh for another page in the tab, and says so in English', () => {
    const { rerender } = render(<NoReportHint tab={{ id: 1, url: post, status: 'complete' }} lang="en" />);
    act(() => { vi.advanceTimersByTime(NOT_SCANNED_AFTER_MS + 100); });
    expect(hint()).toBe("This page has not been checked. Reload it. If it is still not checked, the browser's or the organisation's settings may keep Uppsikt from reading it: contact IT support.");
    rerender(<NoReportHint tab={{ id: 1, url: 'https://x.com/SjovikKommun', status: 'complete' }} lang="en" />);
    expect(hint()).toBe('The page is loading and being checked …');
  });

  it('names another site as not one of the sites, at once', () => {
    render(<NoReportHint tab={{ id: 1, url: undefined, status: 'complete' }} lang="sv" />);
    expect(hint()).toBe('Öppna ett konto på Facebook, Instagram eller X.');
  });
});
