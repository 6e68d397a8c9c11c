// A page's report the background refused: the side panel says its list may be stale, and why, in the editor's language.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportRefusedNotice } from '@/components/ReportRefusedNotice';

afterEach(cleanup);

describe('ReportRefusedNotice', () => {
  it('says in Swedish that the list may be stale, what to do, and the reason as plain text', () => {
    render(<ReportRefusedNotice reason={'Ogiltig sidrapport: items <b>för många</b> \u202Eabc'} lang="sv" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Sidans senaste rapport togs inte emot, så listan kan vara inaktuell eller saknas.');
    expect(alert.textContent).toContain('Ladda om sidan. Händer det igen, skicka skälet nedan till IT-supporten.');
    const reason = alert.querySelector('code')!;
    expect(reason.textContent).toBe('Ogiltig sidrapport: items <b>för många</b> abc');
    expect(reason.querySelector('b')).toBeNull();
  });

  it('says it in English, and shows nothing when the last report was taken', () => {
    const { container } = render(<ReportRefusedNotice reason={null} lang="en" />);
    expect(container.innerHTML).toBe('');
    render(<ReportRefusedNotice reason="Ogiltig sidrapport: parts" lang="en" />);
    expect(screen.getByRole('alert').textContent).toContain("The page's last report was refused, so this list may be out of date or missing.Reload the page.");
  });
});
