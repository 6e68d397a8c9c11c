// Writes the X demo pages: `npx tsx demo/x/generate.ts`. The pages carry a small script that moves
// every time to "now minus its age" when opened, so "26 tim" stays 26 hours old; without the script
// (as the tests read them) the times count from demoReference.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buttonCell, columnHeader, composerCell, focusedArticle, page, showRepliesCell, tweetCell } from './markup';
import { profileCss, profileHeader } from './profile-markup';
import { sjovikBio, sjovikCounts, sjovikHeaderItems, sjovikRecentPosts } from './sjovik-profile';
import { repliesHiddenUnder, sjovik, sjovikPost, sjovikReplies } from './sjovik-status';

/** Static times in the files count back from this moment (a Friday afternoon). */
export const demoReference = new Date('2026-11-20T14:00:00Z');

export function statusPage(): string {
  const ui = 'sv';
  const cells: string[] = [];
  cells.push(`<div data-testid="cellInnerDiv" class="cell"><div class="cell-in">${focusedArticle(sjovikPost, ui, demoReference, '12,4 tn')}</div></div>`);
  cells.push(composerCell(ui, sjovik));
  cells.push(`<div data-testid="cellInnerDiv" class="cell"><div class="cell-in border"><div class="sort"><span>Mest relevant</span></div></div></div>`);
  for (const reply of sjovikReplies) {
    cells.push(tweetCell(reply, ui, demoReference));
    if (reply.id === repliesHiddenUnder) cells.push(showRepliesCell(ui, reply));
  }
  cells.push(buttonCell('Visa fler svar'));
  cells.push(buttonCell('Visa ytterligare svar, inklusive sådana som kan innehålla stötande innehåll'));
  const primary = columnHeader(ui, 'Posta')
    + `<section aria-labelledby="conv-head" role="region"><h1 id="conv-head" aria-level="1" role="heading" hidden>Konversation</h1><div aria-label="Tidslinje: Konversation">${cells.join('')}</div></section>`;
  return page({ ui, title: 'Sjöviks kommun på X: ”Nu har vinterns första snö kommit ❄️ …” / X', me: sjovik, primary, liveTimes: true });
}

export function profilePage(): string {
  const ui = 'sv';
  const header = profileHeader({ person: sjovik, bio: sjovikBio, items: sjovikHeaderItems, counts: sjovikCounts, own: true }, ui);
  const cells = sjovikRecentPosts.map((t) => tweetCell(t, ui, demoReference)).join('');
  const primary = columnHeader(ui, 'Sjöviks kommun', '2 481 inlägg') + header
    + `<section aria-labelledby="tl-head" role="region"><h1 id="tl-head" aria-level="1" role="heading" hidden>Sjöviks kommuns inlägg</h1><div aria-label="Tidslinje: Sjöviks kommuns inlägg">${cells}</div></section>`;
  return page({ ui, title: 'Sjöviks kommun (@SjovikKommun) / X', me: sjovik, primary, liveTimes: true, css: profileCss });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const here = import.meta.dirname;
  writeFileSync(join(here, 'status.html'), statusPage());
  writeFileSync(join(here, 'profile.html'), profilePage());
}
