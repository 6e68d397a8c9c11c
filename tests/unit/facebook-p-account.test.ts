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
