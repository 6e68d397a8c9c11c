import { FB, esc, icon, pageLogo, postArticle, topBar, type Lang, type PostData } from './markup';
import { sjovik } from './people';

/** Posts on the page's own timeline (feed): no comments shown, numbered with aria-posinset. */
export const timelinePosts: PostData[] = [
  {
    id: '1184736902214587', pfbid: 'pfbid02Sjov1kBadhus7Xq9LmN4aRt2Wc8YpKe5Hd3GvUo1Fz6Bs', by: sjovik,
    time: '3 d', timeLabel: 'för 3 dagar sedan', reactions: 214, commentCount: 32, comments: [],
    lines: ['Nu öppnar Sjövikens bad! 🏊 Från måndag 30 november har badhuset öppet alla dagar 06–21.'],
  },
  {
    id: '1184736902209911', pfbid: 'pfbid02SjovikLucia2026Kq8Tn3Vb6Xc1Zm4Lp7Rw9Ys2', by: sjovik,
    time: '1 v', timeLabel: 'för 1 vecka sedan', reactions: 96, commentCount: 11, comments: [],
    lines: ['Luciatåget går från Storgatan 1 söndag 13 december kl. 17. Välkomna! 🕯️'],
  },
  {
    id: '1184736902201234', pfbid: 'pfbid02SjovikVal2026Hr5Jd8Mf2Qs6Wt9Ye3Ua1', by: sjovik,
    time: '3 v', timeLabel: 'för 3 veckor sedan', reactions: 41, commentCount: 4, comments: [],
    lines: ['Kommunfullmäktige sammanträder torsdag kl. 18.30. Sammanträdet sänds på sjovik.se.'],
  },
];

function header(active: 'posts' | 'about'): string {
  return `<div class="cover"></div><div class="head"><div class="pic">${pageLogo(168)}</div><div>`
    + `<h1>Sjöviks kommun</h1><div class="meta">4,2 tn gillar · 5,1 tn följare</div></div></div>`
    + `<div role="tablist" class="tabs"><a href="${FB}/sjovikskommun" role="tab"${active === 'posts' ? ' aria-current="page"' : ''}>Inlägg</a>`
    + `<a href="${FB}/sjovikskommun/about" role="tab"${active === 'about' ? ' aria-current="page"' : ''}>Om</a>`
    + `<a href="${FB}/sjovikskommun/photos" role="tab">Foton</a><a href="${FB}/sjovikskommun/videos" role="tab">Videor</a></div>`;
}

/** The page's home: intro tiles (base information) and three posts. */
export function pageHome(lang: Lang): string {
  const intro = `<div data-pagelet="ProfileTilesFeed_0"><div class="card"><h2>Presentation</h2>`
    + `<div dir="auto">Välkommen till Sjöviks kommuns officiella Facebooksida! Sidan drivs av kommunikationsavdelningen på Sjöviks kommun. Här berättar vi om vad som händer i kommunen och svarar på dina frågor.</div>`
    + `<ul><li>${icon('info', 20)}<span>Sida · Kommun</span></li>`
    + `<li>${icon('pin', 20)}<span>Storgatan 1, 531 30 Sjövik</span></li>`
    + `<li>${icon('phone', 20)}<span>0510-77 00 00</span></li>`
    + `<li>${icon('mail', 20)}<span>kommun@sjovik.se</span></li>`
    + `<li>${icon('link', 20)}<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.sjovik.se%2F" rel="nofollow noreferrer" role="link" target="_blank">sjovik.se</a></li></ul></div></div>`;
  const feed = `<div role="feed">${timelinePosts.map((post, i) => postArticle(post, lang, { posinset: i + 1, withComments: false, idPrefix: `t${i + 1}` })).join('')}</div>`;
  return topBar(lang, sjovik) + `<div role="main">${header('posts')}<div class="cols"><div>${intro}</div><div>${feed}</div></div></div>`;
}

/**
 * The about page: who runs the page, purpose, contact and website are there; it does not say that
 * posts become public records (allmänna handlingar), when the page is monitored, or where to
 * turn with a personal case.
 */
export function aboutPage(lang: Lang): string {
  const row = (glyph: string, text: string, sub: string) =>
    `<div class="row"><span>${glyph}</span><div><div dir="auto">${esc(text)}</div><div class="sub"><span dir="auto">${esc(sub)}</span></div></div></div>`;
  const section = `<div data-pagelet="ProfileAppSection_0"><section>`
    + `<h3>Kategorier</h3>${row(icon('info', 20), 'Sida · Kommun', 'Kategori')}`
    + `<h3>Om Sjöviks kommun</h3><div dir="auto">Sjöviks kommuns officiella Facebooksida. Sidan drivs av kommunikationsavdelningen på Sjöviks kommun. Här informerar vi om kommunens verksamheter, evenemang och viktiga beslut.</div>`
    + `<div dir="auto">Vi tar bort kommentarer som innehåller personangrepp, hot, reklam eller som bryter mot lagen.</div>`
    + `<h3>Kontaktinformation</h3>${row(icon('pin', 20), 'Storgatan 1, 531 30 Sjövik', 'Adress')}${row(icon('phone', 20), '0510-77 00 00', 'Telefon (växel)')}${row(icon('mail', 20), 'kommun@sjovik.se', 'E-post')}`
    + `<h3>Webbplatser och sociala länkar</h3><div class="row">${icon('link', 20)}<div><a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.sjovik.se%2F" rel="nofollow noreferrer" role="link" target="_blank"><span dir="auto">https://www.sjovik.se</span></a><div class="sub">Webbplats</div></div></div>`
    + `</section></div>`;
  const nav = `<nav aria-label="Om"><a href="${FB}/sjovikskommun/about" aria-current="page">Översikt</a><a href="${FB}/sjovikskommun/about_contact_and_basic_info">Kontaktinformation och grundläggande information</a><a href="${FB}/sjovikskommun/about_profile_transparency">Sidans transparens</a></nav>`;
  return topBar(lang, sjovik) + `<div role="main">${header('about')}<div class="about">${nav}${section}</div></div>`;
}

