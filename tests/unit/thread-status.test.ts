import { describe, expect, it } from 'vitest';
import { dueState, isSameAccount, profileKey, responseAge, ThreadIndex, threadStatuses, waitHeadroomSeconds } from '@/rules/thread-status';
import type { AuthorRef, CommentSnapshot } from '@/rules/snapshot';
import { DEFAULT_OFFICE_HOURS } from '@/rules/office-hours';
import { random } from '@/utils/random';

const page: AuthorRef = { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' };
const anna: AuthorRef = { name: 'Anna Berg', handle: null, url: 'https://www.facebook.com/anna.berg.123' };
const impostor: AuthorRef = { name: 'Sjöviks kommun', handle: 'sjoviks.kommun.fake', url: 'https://www.facebook.com/sjoviks.kommun.fake' };

function comment(id: string, author: AuthorRef, parentId: string | null = null, hiddenReplies = false): CommentSnapshot {
  return { id, parentId, author, text: 't', truncated: false, postedAt: null, edited: false, hiddenReplies, permalink: null };
}

describe('who is the managed account', () => {
  it('matches by profile URL across www/m hosts and by handle, never by display name', () => {
    expect(isSameAccount({ name: 'x', handle: null, url: 'https://m.facebook.com/SjovikSkommun?ref=1' }, page)).toBe(true);
    expect(isSameAccount({ name: 'x', handle: '@SjovikSKOMMUN', url: null }, page)).toBe(true);
    expect(isSameAccount(impostor, page)).toBe(false);
    expect(profileKey('https://twitter.com/SjovikKommun/status/1')).toBe('x.com/sjovikkommun');
  });
});

describe('unanswered comments', () => {
  it('marks a comment answered only by a later reply from the account in its thread', () => {
    const statuses = threadStatuses([
      comment('a', anna),
      comment('a1', page, 'a'),
      comment('a2', anna, 'a'), // follow-up after the page's reply: unanswered again
      comment('b', anna),
      comment('c', impostor),
      comment('p', page),
    ], page);
    expect(Object.fromEntries(statuses)).toEqual({ a: 'answered', a1: 'own', a2: 'unanswered', b: 'unanswered', c: 'unanswered', p: 'own' });
  });

  it('says unknown when replies are hidden and none visible is by the account', () => {
    const statuses = threadStatuses([comment('a', anna, null, true), comment('a1', anna, 'a')], page);
    expect(statuses.get('a')).toBe('unknown');
    expect(statuses.get('a1')).toBe('unknown');
  });

  it('says unknown, not unanswered, where a writer is a name without a link: it may be the account (never matched by name)', () => {
    const named: AuthorRef = { name: 'Sjöviks kommun', handle: null, url: null };
    const statuses = threadStatuses([
      comment('a', anna), comment('a1', named, 'a'), // the page's reply, read without its link
      comment('b', anna), comment('b1', page, 'b'), comment('b2', named, 'b'),
      comment('c', anna),
    ], page);
    expect(Object.fromEntries(statuses)).toEqual({ a: 'unknown', a1: 'unknown', b: 'answered', b1: 'own', b2: 'unknown', c: 'unanswered' });
  });

  it('treats every comment as unanswered when no account is known', () => {
    expect(threadStatuses([comment('a', page)], null).get('a')).toBe('unanswered');
  });
});

describe('response time', () => {
  const rule = { responseHours: 24, office: DEFAULT_OFFICE_HOURS, holidays: new Set<string>() };
  it('is overdue after 24 office hours, due soon from 75 %', () => {
    const now = new Date('2026-11-27T15:00:00Z'); // Friday 16:00
    expect(responseAge('2026-11-23T08:00:00Z', now, rule)?.due).toBe('overdue'); // Mon 09:00 → 43 h
    expect(responseAge('2026-11-25T09:00:00Z', now, rule)?.due).toBe('soon'); // Wed 10:00 → exactly 24 h: not yet over
    expect(responseAge('2026-11-27T08:00:00Z', now, rule)).toEqual({ hours: 7, due: 'ok' });
    expect(responseAge(null, now, rule)).toBeNull();
  });
});

describe('profile keys read without the URL parser', () => {
  // The reference: what the URL parser makes of the link.
  function byUrlParser(url: string): string | null {
    try {
      const u = new URL(url, 'https://invalid.example');
      const host = u.hostname.replace(/^(www|web|m|mobile)\./, '').replace(/^twitter\.com$/, 'x.com');
      if (u.pathname === '/profile.php') return u.searchParams.get('id') ? `${host}/profile.php?id=${u.searchParams.get('id')}` : null;
      const first = u.pathname.split('/').filter(Boolean)[0];
      return first ? `${host}/${first.toLowerCase()}` : null;
    } catch {
      return null;
    }
  }

  it('agree with the URL parser on every shape of link', () => {
    const hosts = ['www.facebook.com', 'm.facebook.com', 'WWW.Instagram.com', 'twitter.com', 'mobile.twitter.com', 'x.com', 'web.facebook.com', 'www.m.facebook.com', '127.0.0.1', 'a..b.com', 'exa_mple.com', 'xn--sjvik-kua.se', 'host.com:443', 'user@host.com'];
    const paths = ['SjovikKommun', 'anna.berg.5', 'profile.php?id=100012345', 'profile.php', '..', '.', '.hidden', 'a..b', 'Åsa', '%41nna', 'anna%20berg', 'anna\\berg', '', 'anna?x=1', 'anna#top', 'anna/status/1', '_x-y'];
    let compared = 0;
    for (const scheme of ['https://', 'http://', 'HTTPS://', '//', '']) {
      for (const host of hosts) {
        for (const path of paths) {
          const url = scheme === '' ? `/${path}` : `${scheme}${host}/${path}`;
          expect(profileKey(url), url).toBe(byUrlParser(url));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('thread statuses on long, untidy threads', () => {
  /** The rule as written: walk each comment up to its thread's root, then look for a later reply by the account. */
  function byDefinition(comments: CommentSnapshot[], account: AuthorRef): Map<string, string> {
    const byId = new Map(comments.map((c) => [c.id, c]));
    const rootOf = (c: CommentSnapshot) => {
      let cur = c;
      for (let depth = 0; cur.parentId && byId.has(cur.parentId) && depth < 50; depth++) cur = byId.get(cur.parentId)!;
      return cur.id;
    };
    return new Map(comments.map((c, i) => {
      const root = rootOf(c);
      const thread = comments.filter((o) => rootOf(o) === root);
      const own = isSameAccount(c.author, account);
      const answered = comments.slice(i + 1).some((o) => rootOf(o) === root && isSameAccount(o.author, account));
      return [c.id, own ? 'own' : answered ? 'answered' : thread.some((o) => o.hiddenReplies) ? 'unknown' : 'unanswered'];
    }));
  }

  it('match the rule as written, with replies shown before their parents, unknown parents and self-references', () => {
    const rand = random(4242);
    for (let round = 0; round < 40; round++) {
      const count = 1 + Math.floor(rand() * 40);
      // A forest (each reply to a comment made before it), then shown in a shuffled order.
      const made = Array.from({ length: count }, (_, i) => {
        const r = rand();
        const parentId = r < 0.3 || i === 0 ? null : r < 0.9 ? `c${Math.floor(rand() * i)}` : r < 0.95 ? 'gone' : `c${i}`;
        return comment(`c${i}`, rand() < 0.2 ? page : anna, parentId, rand() < 0.05);
      });
      const comments = made.map((c) => ({ c, key: rand() < 0.8 ? made.indexOf(c) : rand() * count })).sort((a, b) => a.key - b.key).map((x) => x.c);
      expect(Object.fromEntries(threadStatuses(comments, page)), `round ${round}`).toEqual(Object.fromEntries(byDefinition(comments, page)));
    }
  });
});

describe('an answer that also answers comments in other threads', () => {
  const pelle: AuthorRef = { name: 'Pelle', handle: null, url: 'https://www.facebook.com/pelle' };
  it('answers each earlier comment it names, not a later one, nor when it is not the account\'s', () => {
    const both = { ...comment('ans', page, 'a'), alsoAnswers: ['b', 'late'] };
    const fake = { ...comment('fake', impostor, 'c'), alsoAnswers: ['d'] };
    const statuses = threadStatuses([comment('a', anna), comment('b', pelle), comment('b1', pelle, 'b'), comment('c', anna), comment('d', pelle), both, fake, comment('late', anna)], page);
    expect(Object.fromEntries(statuses)).toEqual({
      a: 'answered', b: 'answered', b1: 'answered', c: 'unanswered', d: 'unanswered', ans: 'own', fake: 'unanswered', late: 'unanswered',
    });
  });

  it('names the comments it answered as changed when it is appended', () => {
    const threads = new ThreadIndex(page);
    threads.add([comment('a', anna), comment('b', pelle), comment('c', anna)]);
    expect(threads.add([{ ...comment('ans', page, 'a'), alsoAnswers: ['c'] }])).toEqual([0, 2]);
    expect([0, 1, 2, 3].map((i) => threads.status(i))).toEqual(['answered', 'unanswered', 'answered', 'own']);
  });
});

describe('threads grown as comments are appended', () => {
  it('give the statuses of the whole page, and name every earlier comment whose status changed', () => {
    const next = random(7);
    for (let run = 0; run < 40; run++) {
      // Comments that answer an earlier one, now and then one further down, by the account or others, some hiding replies.
      const all = Array.from({ length: 60 }, (_, i) => {
        const parent = next() < 0.5 || i === 0 ? null : `c${next() < 0.1 ? i + 1 + Math.floor(next() * 5) : Math.floor(next() * i)}`;
        return comment(`c${i}`, next() < 0.25 ? page : anna, parent, next() < 0.05);
      });
      const threads = new ThreadIndex(page);
      let shown: CommentSnapshot[] = [];
      let before = new Map<string, string>();
      while (shown.length < all.length) {
        const added = all.slice(shown.length, shown.length + 1 + Math.floor(next() * 8));
        const changed = threads.add(added);
        shown = [...shown, ...added];
        const whole = threadStatuses(shown, page);
        if (changed === null) break; // a comment further down named as a parent came: worked out afresh instead
        expect(shown.map((c, i) => threads.status(i))).toEqual(shown.map((c) => whole.get(c.id)));
        const moved = shown.slice(0, shown.length - added.length).flatMap((c, i) => (before.get(c.id) !== whole.get(c.id) ? [i] : []));
        for (const position of moved) expect(changed).toContain(position);
        before = new Map(whole);
      }
    }
  });
});

describe('how long a wait can grow before what is shown of it changes', () => {
  // As the judgement shows a wait: tenths of an hour from whole seconds, and the due state.
  const shown = (hours: number, responseHours: number) => {
    const seconds = Math.round(hours * 3600);
    return `${Math.round(seconds / 360) / 10} ${dueState(seconds / 3600, responseHours)}`;
  };

  it('is never so long that the age or due state changes within it, and never much shorter', () => {
    const rand = random(7);
    for (let i = 0; i < 5000; i++) {
      const responseHours = [24, 8, 1.5, 0.3][i % 4];
      const hours = rand() * 40;
      const headroom = waitHeadroomSeconds(hours, responseHours);
      expect(headroom).toBeGreaterThanOrEqual(-1.5);
      expect(shown(hours + Math.max(0, headroom) / 3600, responseHours)).toBe(shown(hours, responseHours));
      expect(shown(hours + (Math.max(0, headroom) + 2) / 3600, responseHours)).not.toBe(shown(hours, responseHours));
    }
  });
});
