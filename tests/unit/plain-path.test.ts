import { describe, expect, it } from 'vitest';
import { plainPathname } from '@/utils/page/plain-path';

describe('plain site-relative link paths', () => {
  it('reads the common link shapes exactly as URL parsing would', () => {
    for (const href of ['/p/ABC_d-1/c/17900000000000001/', '/sjovik.kommun/', '/sjovikskommun/status/1860000000000000001', '/a.b/c..d/']) {
      expect(plainPathname(href)).toBe(new URL(href, 'https://www.instagram.com').pathname);
    }
  });

  it('leaves every other shape to the URL parser', () => {
    for (const href of ['//evil.example/x', '/a/../b', '/a/./b', '/.', '/p/x?y=1', '/p/x#c', '/p/%41/', 'https://x.com/a', 'p/relative', '/a\\b']) {
      expect(plainPathname(href)).toBeNull();
    }
  });
});
