/**
 * Writes the Facebook demo pages (demo/facebook/*.html) and test fixtures
 * (tests/fixtures/facebook/*.html) from the markup templates. Run: npx tsx demo/facebook/build/build.ts
 * The outputs are committed; tests assert on them with hand-written expectations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPost } from './demo-thread';
import { hostileSv, postEn, postSv } from './fixture-threads';
import { FB, page, postArticle, topBar, type Lang, type PostData } from './markup';
import { sjovik } from './people';
import { aboutPage, pageHome } from './profile-pages';
import { demoCss, fixtureCss } from './styles';

const here = path.dirname(fileURLToPath(import.meta.url));
const demoDir = path.resolve(here, '..');
const fixtureDir = path.resolve(here, '../../../tests/fixtures/facebook');

function postPage(post: PostData, lang: Lang, signedIn: boolean, css: string): string {
  const body = topBar(lang, signedIn ? sjovik : null)
    + `<div role="main"><div class="wrap">${postArticle(post, lang, { withComments: true, idPrefix: 'p1', composer: signedIn })}</div></div>`;
  const title = `${post.lines[0].slice(0, 40)}… - ${post.by.name} | Facebook`;
  return page(lang, title, `${FB}/${post.by.profile}/posts/${post.id}/`, body, css);
}

function write(dir: string, file: string, html: string): void {
  fs.writeFileSync(path.join(dir, file), html);
  console.log(`${path.relative(process.cwd(), path.join(dir, file))} (${html.length} chars)`);
}

write(demoDir, 'post.html', postPage(demoPost, 'sv', true, demoCss));
write(demoDir, 'page.html', page('sv', 'Sjöviks kommun | Facebook', `${FB}/sjovikskommun/`, pageHome('sv'), demoCss));
write(demoDir, 'about.html', page('sv', 'Sjöviks kommun | Facebook', `${FB}/sjovikskommun/about`, aboutPage('sv'), demoCss));

write(fixtureDir, 'post-sv.html', postPage(postSv, 'sv', true, fixtureCss));
write(fixtureDir, 'post-en.html', postPage(postEn, 'en', false, fixtureCss));
write(fixtureDir, 'hostile-sv.html', postPage(hostileSv, 'sv', true, fixtureCss));
write(fixtureDir, 'page-sv.html', page('sv', 'Sjöviks kommun | Facebook', `${FB}/sjovikskommun/`, pageHome('sv'), fixtureCss));
