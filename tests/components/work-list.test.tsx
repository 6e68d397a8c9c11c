// The side panel's work list on a thread of thousands of comments: each group shows its most urgent
// items first and the rest on request, while its heading counts them all.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHOWN_PER_GROUP, WorkList } from '@/components/WorkList';
import type { PageReport, WorkItem } from '@/utils/report';

const item = (n: number, over: Partial<WorkItem> = {}): WorkItem => ({
  commentId: `c${n}`, author: { name: `Person ${n}`, handle: null }, text: `Kommentar nummer ${n}`, status: 'unanswered',
  ageOfficeHours: 30 - n / 1000, due: 'overdue', group: 'unanswered', categories: ['needs-reply'], action: 'answer', followUps: [], truncated: false, postedAt: null, ...over,
});

const report = (items: WorkItem[]): PageReport => ({
  platform: 'facebook', pageKind: 'post', url: 'https://www.facebook.com/sjovikskommun/posts/1', scannedAt: '2026-12-03T10:00:00.000Z',
  account: null, pageOwner: null, accountSource: 'page', commentCount: items.length, truncatedCount: 0, hiddenComments: false, offPageCount: 0, items, profileText: null, ownComments: [], recentPostTimes: [], misses: [],
});

afterEach(cleanup);

const section = (name: RegExp) => screen.getByRole('region', { name });
const shownIn = (region: HTMLElement) => within(region).getAllByRole('listitem').filter((li) => li.classList.contains('item'));

describe('WorkList', () => {
  it('shows the first items of a long group, counts them all, and shows more on request', async () => {
    const user = userEvent.setup();
    const items = [...Array.from({ length: 120 }, (_, n) => item(n)), item(1000, { group: 'act-now', action: 'document-remove', status: 'answered', due: null, categories: ['prohibited.threat'] })];
    render(<WorkList report={report(items)} lang="sv" onReveal={vi.fn()} />);
    const unanswered = section(/^Obesvarade/);
    expect(within(unanswered).getByText('120')).toBeTruthy();
    expect(shownIn(unanswered).map((li) => li.dataset.commentId)).toEqual(items.slice(0, SHOWN_PER_GROUP).map((i) => i.commentId));
    expect(shownIn(section(/^Åtgärda nu/)).length).toBe(1);

    await user.click(within(unanswered).getByRole('button', { name: `Visa ${SHOWN_PER_GROUP} till (70 kvar)` }));
    expect(shownIn(unanswered).length).toBe(2 * SHOWN_PER_GROUP);
    await user.click(within(unanswered).getByRole('button', { name: 'Visa 20 till (20 kvar)' }));
    expect(shownIn(unanswered).length).toBe(120);
    expect(within(unanswered).queryByRole('button', { name: /^Visa \d+ till/ })).toBeNull();
  });

  it('keeps what was shown when the report grows, and shows no button for a short group', async () => {
    const user = userEvent.setup();
    const items = Array.from({ length: 60 }, (_, n) => item(n));
    const { rerender } = render(<WorkList report={report(items)} lang="en" onReveal={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Show 10 more (10 left)' }));
    rerender(<WorkList report={report([...items, item(60)])} lang="en" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Unanswered/)).length).toBe(61);
    rerender(<WorkList report={report(items.slice(0, 3))} lang="en" onReveal={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('says a comment has no text rather than show an empty line (a comment of only spaces)', () => {
    render(<WorkList report={report([item(1, { text: '   \u00a0\u2003  ' }), item(2)])} lang="sv" onReveal={vi.fn()} />);
    const [first, second] = shownIn(section(/^Obesvarade/));
    expect(first.textContent).toContain('(ingen text – bara blanksteg, eller en bild eller länk)');
    expect(second.textContent).not.toContain('ingen text');
  });

  it('notes on an item when the site shows only the start of its text', () => {
    render(<WorkList report={report([item(1, { truncated: true }), item(2)])} lang="sv" onReveal={vi.fn()} />);
    const [first, second] = shownIn(section(/^Obesvarade/));
    expect(first.querySelector('.truncated')?.textContent).toBe('Texten är förkortad på sidan (”Visa mer”): bara början är granskad.');
    expect(second.querySelector('.truncated')).toBeNull();
  });

  it('says when flagged content was posted (how long it has been up), in Swedish time', () => {
    const threat = item(1, {
      group: 'act-now', status: 'answered', due: null, ageOfficeHours: null, categories: ['prohibited.threat'], action: 'police-report',
      postedAt: '2026-12-03T10:02:00.000Z', postedShown: { label: '', precision: 'exact' },
    });
    render(<WorkList report={report([threat, item(2, { postedAt: '2026-12-03T10:02:00.000Z' })])} lang="sv" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Åtgärda nu/))[0].querySelector('.meta')?.textContent).toBe('besvarad · publicerad 2026-12-03 11:02');
    // A comment waiting for a reply says how long it has waited, in office hours, instead.
    expect(shownIn(section(/^Obesvarade/))[0].querySelector('.meta')?.textContent).toBe('obesvarad · 29 h i kontorstid · försenad');
  });

  it('says when it was posted no more precisely than the page did: "3 d" is a day, with what the page showed', () => {
    const flagged = (n: number, postedShown: WorkItem['postedShown']) => item(n, {
      group: 'act-now', status: 'answered', due: null, ageOfficeHours: null, categories: ['prohibited.threat'], action: 'police-report',
      postedAt: '2026-12-02T13:14:00.000Z', postedShown,
    });
    const { unmount } = render(<WorkList report={report([flagged(1, { label: '3 d', precision: 'day' }), flagged(2, { label: '2 dec', precision: 'date' })])} lang="sv" onReveal={vi.fn()} />);
    const [aged, dated] = shownIn(section(/^Åtgärda nu/)).map((li) => li.querySelector('.meta')?.textContent);
    expect(aged).toBe('besvarad · publicerad omkring 2026-12-02 (sidan: ”3 d”)');
    expect(dated).toBe('besvarad · publicerad 2026-12-02');
    unmount();
    render(<WorkList report={report([flagged(1, { label: '45m', precision: 'minute' })])} lang="en" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Act now/))[0].querySelector('.meta')?.textContent).toBe('answered · posted around 2026-12-02 (the page: "45m")');
  });

  it('says what is left after removing a comment: the question it asked still wants an answer, in either language', () => {
    const question = item(1, { group: 'act-now', action: 'document-remove', followUps: ['answer'], categories: ['needs-reply', 'personal.id'] });
    const { unmount } = render(<WorkList report={report([question])} lang="sv" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Åtgärda nu/))[0].querySelector('.action')?.textContent)
      .toBe('Dokumentera, skicka till registrator, ta sedan bort. Sedan: svara på frågan utan att upprepa det som togs bort.');
    unmount();
    render(<WorkList report={report([{ ...question, followUps: ['case-handling'] }])} lang="en" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Act now/))[0].querySelector('.action')?.textContent)
      .toBe('Document, send to the registrar, then remove. Then: register (diarieför) and move the case to case handling; answer where to turn.');
  });

  it('shows a commenter\'s name as written, not reordered by bidi controls in it (a name cannot pass for the municipality\'s)', () => {
    // U+202E reverses what follows: shown as is, "\u202Enummok skivöjS" reads "Sjöviks kommun".
    render(<WorkList report={report([item(1, { author: { name: '\u202Enummok skivöjS', handle: null } })])} lang="sv" onReveal={vi.fn()} />);
    const author = shownIn(section(/^Obesvarade/))[0].querySelector('.author')!;
    expect(author.textContent).toBe('nummok skivöjS');
  });

  it('shows a "Zalgo" comment\'s words, not a pile of marks that paints over the item above, and keeps the accents of real text', () => {
    const piled = (word: string) => [...word].map((c) => c + '\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307'.repeat(4)).join('');
    const zalgo = item(1, { text: `Hej ${piled('idiot du är')} slut`, author: { name: piled('Gun'), handle: null } });
    render(<WorkList report={report([zalgo, item(2, { text: 'Phở và bánh mì ở Hà Nội' })])} lang="sv" onReveal={vi.fn()} />);
    const [first, second] = shownIn(section(/^Obesvarade/));
    const shown = first.querySelector('.excerpt')!.textContent!;
    // Every letter of the comment shows (it was 'Hej idiö…'), with no more than a few marks on any of them.
    expect(shown.replace(/\p{M}/gu, '')).toBe('Hej idiot du är slut');
    expect(shown).not.toMatch(/\p{M}{5}/u);
    expect(first.querySelector('.author')!.textContent).not.toMatch(/\p{M}{5}/u);
    expect(second.querySelector('.excerpt')!.textContent).toBe('Phở và bánh mì ở Hà Nội');
  });

  it('says how long a shortened comment is, and that only the start of one longer than Uppsikt reads is checked', () => {
    // The report carries the start of each text; a 1 MB comment of one word looked like any other.
    const huge = item(1, { text: `${'A'.repeat(300)}…`, textLength: 200_000, longerThanRead: true });
    const long = item(2, { text: `Jag har mycket att säga. ${'Om budgeten. '.repeat(20)}`, textLength: 285 });
    const short = item(3, { text: 'Kort fråga?', textLength: 11 });
    render(<WorkList report={report([huge, long, short])} lang="sv" onReveal={vi.fn()} />);
    const [first, second, third] = shownIn(section(/^Obesvarade/));
    expect(first.querySelector('.excerpt')!.textContent).toMatch(/^A{159}… \(200\u00a0000 tecken\)$/);
    expect(first.querySelector('.read-limit')?.textContent).toBe('Texten är längre än Uppsikt läser in: bara de första 200\u00a0000 tecknen är lästa och granskade.');
    expect(second.querySelector('.excerpt')!.textContent).toMatch(/… \(285 tecken\)$/);
    expect(second.querySelector('.read-limit')).toBeNull();
    expect(third.querySelector('.excerpt')!.textContent).toBe('Kort fråga?');
    cleanup();
    render(<WorkList report={report([huge])} lang="en" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Unanswered/))[0].querySelector('.excerpt')!.textContent).toMatch(/… \(200,000 characters\)$/);
  });

  it('cuts a long comment of emoji between emoji: never half a family or a broken character', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 👩‍👩‍👧‍👦, 11 code units
    const rainbow = '\u{1F3F3}\uFE0F\u200D\u{1F308}'; // 🏳️‍🌈
    for (const text of [family.repeat(100), `${rainbow}x`.repeat(100), `a${'\u{1F600}'.repeat(100)}`]) {
      cleanup();
      render(<WorkList report={report([item(1, { text })])} lang="sv" onReveal={vi.fn()} />);
      const shown = shownIn(section(/^Obesvarade/))[0].querySelector('.excerpt')!.textContent!;
      expect(shown.endsWith('…')).toBe(true);
      const kept = shown.slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      // The cut ends a whole character as the reader sees it: nothing of the next one is left hanging.
      const segments = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index);
      expect(segments).toContain(kept.length);
    }
  });

  it('says a comment has waited under an hour as the badge on the page does, not "0 h"', () => {
    const { unmount } = render(<WorkList report={report([item(1, { ageOfficeHours: 0.4, due: null })])} lang="sv" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Obesvarade/))[0].querySelector('.meta')?.textContent).toBe('obesvarad · < 1 h i kontorstid');
    unmount();
    render(<WorkList report={report([item(1, { ageOfficeHours: 0.4, due: null })])} lang="en" onReveal={vi.fn()} />);
    expect(shownIn(section(/^Unanswered/))[0].querySelector('.meta')?.textContent).toBe('unanswered · under 1 office hour');
  });

  it('does not call a page all clear when its layout was not recognised: comments may have been missed', () => {
    const { unmount } = render(<WorkList report={report([])} lang="sv" onReveal={vi.fn()} />);
    expect(screen.getByText('Inget att åtgärda på den här sidan.')).toBeTruthy();
    unmount();
    render(<WorkList report={{ ...report([]), misses: [{ part: 'commentArticle', detail: 'no comments' }] }} lang="sv" onReveal={vi.fn()} />);
    expect(screen.queryByText('Inget att åtgärda på den här sidan.')).toBeNull();
    expect(screen.getByText('Uppsikt hittade inget att åtgärda, men kan ha missat kommentarer: gå igenom sidan själv.')).toBeTruthy();
  });
});
