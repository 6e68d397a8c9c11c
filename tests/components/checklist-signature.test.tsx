// The popup's signature checklist (R3): the editor's signature to copy and the unsigned replies.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SignatureChecklist } from '@/components/SignatureChecklist';
import { getPreset } from '@/rules/presets';
import type { CommentSnapshot } from '@/rules/snapshot';

afterEach(cleanup);

const account = { name: 'Sjöviks kommun', handle: 'SjovikKommun', url: 'https://x.com/SjovikKommun' };
const editor = { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' };
const comment = (id: string, handle: string, text: string, postedAt: string | null = '2026-11-20T10:00:00Z'): CommentSnapshot => ({
  id, parentId: null, author: { name: handle === 'SjovikKommun' ? 'Sjöviks kommun' : handle, handle, url: `https://x.com/${handle}` }, text,
  truncated: false, postedAt, edited: false, hiddenReplies: false, permalink: null,
});
const thread = [
  comment('1', 'karin', 'När plogas Björkvägen?'),
  comment('2', 'SjovikKommun', 'I morgon kväll. /Anna, kommunikatör'),
  comment('3', 'SjovikKommun', 'Vi återkommer om sandningen <b>snart</b>.'),
];

describe('SignatureChecklist', () => {
  it('lists the account\'s unsigned replies with author, time and text, shown as text', () => {
    render(<SignatureChecklist editor={editor} preset={getPreset('helsingborg')} comments={thread} account={account} />);
    expect(screen.getByRole('heading', { name: /Svar utan signatur \(1 \/ 2\)/ })).toBeTruthy();
    const list = screen.getByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Sjöviks kommun');
    expect(rows[0].textContent).toContain('2026-11-20 11:00');
    expect(rows[0].textContent).toContain('Vi återkommer om sandningen <b>snart</b>.');
    expect(rows[0].querySelector('b')).toBeNull();
  });

  it('shows the signature in the preset\'s format and copies it', async () => {
    const user = userEvent.setup();
    render(<SignatureChecklist editor={editor} preset={getPreset('perstorp')} comments={thread} account={account} />);
    expect(screen.getByText('/Anna Berg, kommunikatör')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Signatur \(krävs\)/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kopiera signaturen' }));
    expect(await navigator.clipboard.readText()).toBe('/Anna Berg, kommunikatör');
    expect(screen.getByText(/Alt\+Shift\+S/).textContent).toBe('I svarsrutan på sidan lägger knappen ”Lägg till signatur”, eller Alt+Shift+S, till den i slutet av svaret.');
    // Perstorp needs the last name too: both replies lack it.
    expect(screen.getByRole('heading', { name: /Svar utan signatur \(2 \/ 2\)/ })).toBeTruthy();
  });

  it('says all replies are signed when they are', () => {
    render(<SignatureChecklist editor={editor} preset={getPreset('helsingborg')} comments={thread.slice(0, 2)} account={account} />);
    expect(screen.getByText('Alla svar är signerade.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Signatur \(rekommenderas\)/ })).toBeTruthy();
  });

  it('says the policy needs no signature (Stockholm), and asks for the name when it is not set', () => {
    const { unmount } = render(<SignatureChecklist editor={editor} preset={getPreset('stockholm')} comments={thread} account={account} />);
    expect(screen.getByText(/Policyn kräver ingen signatur\./)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    unmount();
    render(<SignatureChecklist editor={{ firstName: '', lastName: '', title: '' }} preset={getPreset('helsingborg')} comments={[]} account={account} />);
    expect(screen.getByText(/Ange ditt förnamn, efternamn och din titel i inställningarna/)).toBeTruthy();
    expect(screen.getByText('Kontot har inga svar på den här sidan.')).toBeTruthy();
  });

  it('names the organisation from the settings as the sender, not Stockholm, and in English shows no Swedish sentence', () => {
    const { unmount } = render(<SignatureChecklist editor={editor} preset={getPreset('stockholm')} comments={thread} account={account} organisation="Sjöviks kommun" />);
    const sv = screen.getByRole('region', { name: 'Signatur' }).textContent!;
    expect(sv).toBe('SignaturPolicyn kräver ingen signatur. Det ska vara tydligt att Sjöviks kommun är avsändare (Samordning och tydlighet).');
    expect(sv).not.toMatch(/staden|Stockholm/);
    unmount();
    const english = render(<SignatureChecklist editor={editor} preset={getPreset('stockholm')} comments={thread} account={account} organisation="Sjöviks kommun" lang="en" />);
    const en = screen.getByRole('region', { name: 'Signature' }).textContent!;
    expect(en).toBe('SignatureThe policy requires no signature. It must be clear that Sjöviks kommun is the sender (section “Samordning och tydlighet”).');
    expect(en).not.toMatch(/Policyn|underskrift|avsändare/);
    english.unmount();
    // A preset that asks for a signature says its rule in English too.
    render(<SignatureChecklist editor={editor} preset={getPreset('perstorp')} comments={thread} account={account} lang="en" />);
    expect(screen.getByText('Make clear who you are, with your first and last name and your title (section “Generella riktlinjer”).')).toBeTruthy();
    expect(screen.queryByText(/Klargör/)).toBeNull();
  });

  it('words the sender in general terms when the settings give no name', () => {
    render(<SignatureChecklist editor={editor} preset={getPreset('stockholm')} comments={thread} account={account} />);
    expect(screen.getByText(/Det ska vara tydligt att organisationen är avsändare/)).toBeTruthy();
  });
});
