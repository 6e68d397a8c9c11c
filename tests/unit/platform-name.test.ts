// The side panel tells a Facebook, Instagram or X tab without a report (open before Uppsikt) from any other site by its address.
import { describe, expect, it } from 'vitest';
import { platformOf } from '@/utils/platform-name';

describe('platformOf', () => {
  it('knows the three sites by host, and nothing else', () => {
    expect(platformOf('https://www.facebook.com/sjovikskommun')).toBe('facebook');
    expect(platformOf('https://m.facebook.com/story.php?id=1')).toBe('facebook');
    expect(platformOf('https://www.instagram.com/sjovikskommun/')).toBe('instagram');
    expect(platformOf('https://x.com/SjovikKommun/status/1')).toBe('x');
    expect(platformOf('https://mobile.twitter.com/SjovikKommun')).toBe('x');
    expect(platformOf('https://www.sjovik.se/facebook.com')).toBeNull();
    expect(platformOf('https://notfacebook.com/')).toBeNull();
  });

  it('gives null for no address (a tab the browser does not show Uppsikt) or one that is not a URL', () => {
    expect(platformOf(undefined)).toBeNull();
    expect(platformOf('')).toBeNull();
    expect(platformOf('chrome://newtab')).toBeNull();
  });
});
