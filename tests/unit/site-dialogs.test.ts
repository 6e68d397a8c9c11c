// @vitest-environment jsdom
// The site's dialogs are found once on the page, then from what the page adds and takes away.
import { afterEach, describe, expect, it } from 'vitest';
import { SiteDialogs } from '@/utils/page/site-dialogs';

const changesSeen = () => new Promise((resolve) => setTimeout(resolve, 0));
let dialogs: SiteDialogs;
afterEach(() => dialogs?.disconnect());

describe('the site\'s dialogs', () => {
  it('finds those on the page, those it adds later (inside what it adds too), and forgets those it takes away', async () => {
    document.body.innerHTML = '<main><article>En kommentar</article></main><div id="post" role="dialog"></div>';
    dialogs = new SiteDialogs();
    expect(dialogs.current().map((d) => d.id)).toEqual(['post']);
    const layer = document.createElement('div');
    layer.innerHTML = '<div><div id="reply" role="dialog" aria-modal="true"></div></div><ul id="menu" role="menu"></ul>';
    document.body.append(layer);
    const comment = document.createElement('article'); // no dialog
    document.querySelector('main')!.append(comment);
    await changesSeen();
    expect(dialogs.current().map((d) => d.id).sort()).toEqual(['menu', 'post', 'reply']);
    layer.remove();
    await changesSeen();
    expect(dialogs.current().map((d) => d.id)).toEqual(['post']);
  });
});
