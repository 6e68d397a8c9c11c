// The side panel's "Visa alla dolda svar", "Visa fler kommentarer" and "Visa hela texterna" click the site's own expanders,
// one at a time with a pause between, and nothing else: never a link that would leave the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expandHidden, expandShortenedTexts, newCommentsShown } from '@/utils/page/site-expanders';
import { STRINGS } from '@/utils/ui/strings';
import { isLoadMoreCommentsLabel, isMoreLabel } from '@/entrypoints/instagram.content/labels';
import { isLabel } from '@/entrypoints/facebook.content/labels';
import { matchesLabel } from '@/entrypoints/x.content/labels';

const clicks: string[] = [];
beforeEach(() => {
  clicks.length = 0;
  Element.prototype.scrollIntoView = vi.fn(); // jsdom has no layout
  document.addEventListener('click', record, true);
});
afterEach(() => {
  document.removeEventListener('click', record, true);
  document.body.innerHTML = '';
});
function record(event: Event) {
  event.preventDefault(); // a link must not be followed in the test either
  clicks.push((event.target as Element).closest('[data-name]')?.getAttribute('data-name') ?? '?');
}

function comment(name: string, inner: string): string {
  return `<div role="article" data-comment="${name}"><span>${name} skriver en lång text</span>${inner}</div>`;
}

describe('opening shortened comments', () => {
  it('clicks the "Visa mer" button of each given comment once, pausing between, and never a link', async () => {
    document.body.innerHTML = [
      comment('a', '<div role="button" data-name="a-more">Visa mer</div><div role="button" data-name="a-like">Gilla</div>'),
      comment('b', '<a href="/p/123/" role="link" data-name="b-link">Visa mer</a>'),
      comment('c', '<span role="button" data-name="c-more">See more</span>'),
      comment('d', '<div role="button" data-name="d-more">Visa mer</div>'),
    ].join('');
    const shortened = ['a', 'b', 'c'].map((name) => document.querySelector(`[data-comment="${name}"]`)!);
    const pause = vi.fn(async () => undefined);
    const clicked = await expandShortenedTexts(shortened, (text) => isLabel(text, 'seeMore'), pause);
    expect(clicked).toBe(2);
    expect(clicks).toEqual(['a-more', 'c-more']); // not the link, not a comment that was not given
    expect(pause).toHaveBeenCalledTimes(2);
  });

  it('reads each site\'s own label, in Swedish and English', () => {
    expect(['… mer', 'mer', 'more', 'Visa mer'].every(isMoreLabel)).toBe(true);
    expect(isMoreLabel('Visa mer om oss och annat')).toBe(false);
    expect(matchesLabel('Visa mer', 'showMore') && matchesLabel('Show more', 'showMore')).toBe(true);
    expect(isLabel('See more', 'seeMore') && !isLabel('Visa fler svar', 'seeMore')).toBe(true);
  });

  it('stops at the most it may click, and skips comments that left the page', async () => {
    document.body.innerHTML = Array.from({ length: 5 }, (_, n) => comment(`c${n}`, `<div role="button" data-name="more-${n}">Visa mer</div>`)).join('');
    const shortened = [...document.querySelectorAll('[data-comment]')];
    shortened[0].remove();
    const clicked = await expandShortenedTexts(shortened, (text) => isLabel(text, 'seeMore'), async () => undefined, 3);
    expect(clicked).toBe(3);
    expect(clicks).toEqual(['more-1', 'more-2', 'more-3']);
  });
});

describe('opening hidden replies', () => {
  it('clicks every "Visa fler svar" button once, and nothing else', async () => {
    document.body.innerHTML = '<div role="button" data-name="r1">Visa fler svar</div><div role="button" data-name="like">Gilla</div>'
      + '<div role="button" data-name="r2">View more replies</div>';
    const clicked = await expandHidden(document, (text) => /^(Visa fler svar|View more replies)$/.test(text), async () => undefined);
    expect(clicked).toBe(2);
    expect(clicks).toEqual(['r1', 'r2']);
  });

  it('follows X\'s "Visa svar" link between the tweets, never a link inside a tweet whose writer named herself so', async () => {
    document.body.innerHTML = [
      '<article data-testid="tweet"><a href="/angripare" role="link" data-name="name-link"><span>Visa svar från kommunen här</span></a> Hej</article>',
      '<article data-testid="tweet"><a href="/angripare2" role="link" data-name="exact-name"><span>Visa svar</span></a> Hej</article>',
      '<div data-testid="cellInnerDiv"><a href="/noravik/status/1777110000000000018" role="link" data-name="show-replies"><span>Visa svar</span></a></div>',
    ].join('');
    const clicked = await expandHidden(document, (text) => matchesLabel(text, 'showReplies'), async () => undefined);
    expect(clicks).toEqual(['show-replies']);
    expect(clicked).toBe(1);
  });
});

describe('loading the comments the page does not show yet', () => {
  it("clicks Instagram's icon button by its label, and again when the site puts a new one back after loading", async () => {
    const loadMore = (name: string) => `<div role="button" data-name="${name}"><svg aria-label="Läs in fler kommentarer"><title>Läs in fler kommentarer</title></svg></div>`;
    document.body.innerHTML = `<ul>${loadMore('load-1')}</ul><div role="button" data-name="like"><svg aria-label="Gilla"></svg></div>`;
    let loads = 0;
    // The site answers a click by loading comments and drawing a new button, twice; then all are shown.
    const afterClick = async () => {
      const button = document.querySelector('[data-name^="load-"]');
      button?.remove();
      loads++;
      if (loads < 3) document.querySelector('ul')!.insertAdjacentHTML('beforeend', loadMore(`load-${loads + 1}`));
    };
    const clicked = await expandHidden(document, isLoadMoreCommentsLabel, afterClick);
    expect(clicked).toBe(3);
    expect(clicks).toEqual(['load-1', 'load-2', 'load-3']);
  });

  it('clicks Facebook\'s "Visa fler kommentarer", not "Visa fler svar" nor a comment saying the words', async () => {
    document.body.innerHTML = '<div role="button" data-name="more">Visa fler kommentarer</div><div role="button" data-name="replies">Visa fler svar</div>'
      + '<div role="button" data-name="comment">Kan ni visa fler kommentarer från nämnden? Jag hittar dem inte.</div>';
    const clicked = await expandHidden(document, (text) => isLabel(text, 'moreComments'), async () => undefined);
    expect(clicked).toBe(1);
    expect(clicks).toEqual(['more']);
  });
});


describe('after the clicks: what the page showed', () => {
  const before = new Set(['a', 'b']);

  it('waits for what the site loads in bursts, and counts the comments it shows that it did not before', async () => {
    const rounds = [['a', 'b'], ['a', 'b', 'r1'], null, ['a', 'b', 'r1', 'r2'], ['a', 'b', 'r1', 'r2'], ['a', 'b', 'r1', 'r2', 'never asked']];
    const pause = vi.fn(async () => undefined);
    const shown = await newCommentsShown(before, async () => rounds.shift()!, pause);
    expect(shown).toBe(2);
    expect(pause).toHaveBeenCalledTimes(5); // stopped once the count held, not at the last round
  });

  it('gives up after its rounds when the site shows nothing new (it failed, or the button did nothing)', async () => {
    const pause = vi.fn(async () => undefined);
    expect(await newCommentsShown(before, async () => ['b', 'a'], pause, 4)).toBe(0);
    expect(pause).toHaveBeenCalledTimes(4);
  });

  it('tells the editor what appeared, or that nothing did and to open them by hand, in Swedish and English', () => {
    const { sv, en } = STRINGS;
    expect(sv.expanded({ clicked: 2, appeared: 0, stillHidden: true })).toBe('Sidan visade inga nya svar. Öppna dem för hand på sidan.');
    expect(en.expanded({ clicked: 2, appeared: 0, stillHidden: true })).toBe('The site showed no new replies. Open them by hand on the page.');
    expect(sv.expanded({ clicked: 2, appeared: 3, stillHidden: false })).toBe('Sidan visar 3 nya svar; de granskas nu.');
    expect(sv.expanded({ clicked: 2, appeared: 1, stillHidden: true })).toBe('Sidan visar 1 nytt svar; det granskas nu. Några svar är fortfarande dolda: öppna dem för hand.');
    expect(en.expanded({ clicked: 1, appeared: 1, stillHidden: false })).toBe('The page now shows 1 new reply; it is being checked.');
    expect(sv.expandedComments({ clicked: 1, appeared: 0, stillHidden: true })).toBe('Sidan visade inga nya kommentarer. Läs in dem för hand på sidan.');
    expect(en.expandedComments({ clicked: 1, appeared: 0, stillHidden: true })).toBe('The site showed no new comments. Load them by hand on the page.');
    expect(sv.expandedComments({ clicked: 3, appeared: 15, stillHidden: false })).toBe('Sidan visar 15 nya kommentarer; de granskas nu.');
    expect(en.expandedComments({ clicked: 1, appeared: 1, stillHidden: true })).toBe('The page now shows 1 new comment; it is being checked. There are more to load.');
    expect(sv.expanded({ clicked: 0, appeared: 0, stillHidden: false })).toBe('Inga dolda svar att öppna.');
  });
});
