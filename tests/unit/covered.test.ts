// @vitest-environment jsdom
// Which comments lie under a dialog of the site's own (the badges are not drawn over it): the
// order the site opened its dialogs in says which lies over which.
import { describe, expect, it } from 'vitest';
import { coveredBy, type OpenDialog } from '@/utils/page/covered';

const box = (top: number, bottom: number) => ({ left: 0, right: 800, top, bottom, width: 800, height: bottom - top }) as DOMRect;

function page(html: string) {
  document.body.innerHTML = html;
  const dialog = (id: string, top = 0, bottom = 600): OpenDialog => ({ element: document.getElementById(id)!, box: box(top, bottom) });
  return { comment: document.getElementById('comment')!, dialog };
}

describe('a comment under the site\'s dialogs', () => {
  it('is covered by a dialog over the thread, where the dialog reaches', () => {
    const { comment, dialog } = page('<main><article id="comment"></article></main><div id="reply" role="dialog"></div>');
    expect(coveredBy([dialog('reply', 300, 600)], comment, 700, 350)).toBe(true);
    expect(coveredBy([dialog('reply', 300, 600)], comment, 700, 250)).toBe(false); // above it
    expect(coveredBy([], comment, 700, 350)).toBe(false);
  });

  it('is not covered by the dialog it is shown in, nor by one opened before that, even when that one was never seen added', () => {
    const { comment, dialog } = page('<div id="earlier" role="dialog"></div><div id="post" role="dialog"><article id="comment"></article></div>');
    expect(coveredBy([dialog('earlier'), dialog('post')], comment, 700, 100)).toBe(false);
    expect(coveredBy([dialog('earlier')], comment, 700, 100)).toBe(false);
  });

  it('is covered by a menu its own dialog opens, and by a dialog opened after it', () => {
    const { comment, dialog } = page('<div id="post" role="dialog"><article id="comment"></article><div id="menu" role="menu"></div></div><div id="later" role="dialog"></div>');
    expect(coveredBy([dialog('post'), dialog('menu')], comment, 700, 100)).toBe(true);
    expect(coveredBy([dialog('post'), dialog('later')], comment, 700, 100)).toBe(true);
  });
});
