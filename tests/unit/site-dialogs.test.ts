// @vitest-environment jsdom
// The site's dialogs are found in what the page adds once they are watched for, and forgotten when taken away.
import { afterEach, describe, expect, it } from 'vitest';
import { SiteDialogs } from '@/utils/page/site-dialogs';

const changesSeen = () => new Promise((resolve) => setTimeout(resolve, 0));
let dialogs: SiteDialogs;
afterEach(() => dialogs?.disconnect());

describe('the site\'s dialogs', () => {
  it('are those the page adds (inside what it adds too), not what it adds without one, until taken away', async () => {
    document.body.innerHTML = '<main><article>En kommentar</article></main>';
    dialogs = new SiteDialogs();
    dialogs.watch();
    expect(dialogs.current()).toEqual([]);
    const layer = document.createElement('div');
    layer.innerHTML = '<div><div id="reply" role="dialog" aria-modal="true"></div></div><ul id="menu" role="menu"></ul><div id="alert" role="alertdialog"></div>';
    document.body.append(layer);
    document.querySelector('main')!.append(document.createElement('article')); // a comment: no dialog
    await changesSeen();
    expect(dialogs.current().map((d) => d.id).sort()).toEqual(['alert', 'menu', 'reply']);
    layer.querySelector('#menu')!.remove();
    await changesSeen();
    expect(dialogs.current().map((d) => d.id).sort()).toEqual(['alert', 'reply']);
  });

  it('are not looked for in what the page adds to its main content, where a thread grows, but in a new page and beside it', async () => {
    document.body.innerHTML = '<div role="main"><div id="list"></div></div>';
    dialogs = new SiteDialogs();
    dialogs.watch();
    // Comments appended to the thread: not searched, even when one of them says "menu".
    document.getElementById('list')!.insertAdjacentHTML('beforeend', '<article><div id="inline" role="menu"></div></article>');
    // The site's layer beside it, and a whole new page whose main content comes with a dialog of its own.
    document.body.insertAdjacentHTML('beforeend', '<div id="layers"><div id="reply" role="dialog"></div></div>');
    document.body.insertAdjacentHTML('beforeend', '<div id="app"><main><p>Ny sida</p></main><div id="viewer" aria-modal="true"></div></div>');
    await changesSeen();
    expect(dialogs.current().map((d) => d.id).sort()).toEqual(['reply', 'viewer']);
  });

  it('hold nothing the page took out, even while nobody asks for them', async () => {
    document.body.innerHTML = '';
    dialogs = new SiteDialogs();
    dialogs.watch();
    const viewer = document.createElement('div');
    viewer.innerHTML = '<div role="dialog">En bildvisare med kommentarer</div>';
    document.body.append(viewer);
    await changesSeen();
    dialogs.current();
    const thread = document.createElement('main'); // added, never searched
    document.body.append(thread);
    await changesSeen();
    viewer.remove();
    thread.remove();
    await changesSeen();
    const held = dialogs as unknown as { found: Set<Element>; added: Element[] };
    expect([...held.found, ...held.added]).toEqual([]);
  });

  it('are searched at once when the page adds a great deal, so waiting subtrees do not pile up', async () => {
    document.body.innerHTML = '';
    dialogs = new SiteDialogs();
    dialogs.watch();
    const many = Array.from({ length: 2500 }, () => document.createElement('p'));
    many[2400].setAttribute('role', 'dialog');
    for (const p of many) document.body.append(p); // one record each
    await changesSeen();
    expect(dialogs.current()).toEqual([many[2400]]);
  });
});
