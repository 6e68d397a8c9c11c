// A Facebook page without a username is /p/<Name>-<id>/ to visitors (and so in the register) and
// profile.php?id=<id> in its comments' links: one account, and two such pages are two accounts.
import { describe, expect, it } from 'vitest';
import { isSameAccount, profileKey } from '@/rules/thread-status';

const REGISTERED = { name: 'Sjöviks kommun', handle: null, url: 'https://www.facebook.com/p/Sjoviks-kommun-100064123456789/' };

describe('a Facebook page registered by its /p/ address', () => {
  it('is the author of its replies, which link to profile.php?id=<id>', () => {
    const reply = { name: 'Sjöviks kommun', handle: null, url: 'https://www.facebook.com/profile.php?id=100064123456789' };
    expect(isSameAccount(reply, REGISTERED)).toBe(true);
  });

  it('is not every other page with a /p/ address (the register keyed them all "facebook.com/p")', () => {
    const other = 'https://www.facebook.com/p/Sjoviks-Bibliotek-100071234567890/';
    expect(profileKey(other)).not.toBe(profileKey(REGISTERED.url));
    expect(isSameAccount({ name: 'Sjöviks bibliotek', handle: null, url: other }, REGISTERED)).toBe(false);
    expect(profileKey('https://m.facebook.com/p/Sjoviks-kommun-100064123456789?ref=x')).toBe('facebook.com/profile.php?id=100064123456789');
  });
});

describe('Facebook groups, /people/ pages and group members', () => {
  it('are each their own account, not all "facebook.com/groups" or "facebook.com/people"', () => {
    expect(profileKey('https://www.facebook.com/groups/sjovikforaldrar')).toBe('facebook.com/groups/sjovikforaldrar');
    expect(profileKey('https://www.facebook.com/groups/sjovikbibliotek/posts/123456789/')).toBe('facebook.com/groups/sjovikbibliotek');
    expect(profileKey('https://www.facebook.com/people/Sjovik-Fritid/100089123456789/')).toBe('facebook.com/profile.php?id=100089123456789');
  });

  it('a member writing in a group is that member, not the group (every commenter was the group before)', () => {
    const group = { name: 'Sjöviks föräldrar', handle: null, url: 'https://www.facebook.com/groups/sjovikforaldrar' };
    const member = { name: 'Lisa Ek', handle: null, url: 'https://www.facebook.com/groups/sjovikforaldrar/user/100012345678901/' };
    expect(isSameAccount(member, group)).toBe(false);
    expect(profileKey(member.url)).toBe('facebook.com/profile.php?id=100012345678901');
  });

  it('a post, a reel or the home timeline is no account', () => {
    expect(['https://www.instagram.com/p/C1a2B3c4D5e/', 'https://www.instagram.com/reel/C9xyz/', 'https://x.com/home', 'https://www.facebook.com/watch/?v=1']
      .map((url) => profileKey(url))).toEqual([null, null, null, null]);
    expect(profileKey('https://x.com/sjovik/status/1234567890')).toBe('x.com/sjovik');
  });
});
