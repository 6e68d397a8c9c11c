// Renders Instagram-like pages (post with comments, profile) for the demo and the test fixtures.
// The markup follows what mature projects describe of the real site: churning short `_a…` classes
// (two class sets, so tests prove the adapter ignores them), <time datetime title>, `/<user>/` and
// `/p/<code>/c/<id>/` links, role="button" "Visa svar (3)", svg[aria-label] icons, main/article,
// ul/li comment lists (or the newer div-only layout), h2/h3 usernames, the caption in an h1.
// Text fields are HTML (already escaped where they should show as text).

export type Lang = 'sv' | 'en';

export interface ThreadComment {
  id: string;
  user: string;
  /** HTML of the comment text. */
  html: string;
  minutesAgo: number;
  likes?: number;
  edited?: boolean;
  /** Shows "… mer" / "… more" after the text. */
  truncated?: boolean;
  verified?: boolean;
  replies?: ThreadComment[];
  /** Replies not shown: renders "Visa svar (n)". */
  hiddenReplies?: number;
  /** Omit the time's permalink (a layout without comment links). */
  noPermalink?: boolean;
}

export interface PostPage {
  shortcode: string;
  author: string;
  authorName: string;
  verified?: boolean;
  captionHtml: string;
  minutesAgo: number;
  likes: number;
  imageAlt: string;
  image: string;
  comments: ThreadComment[];
  /** "Läs in fler kommentarer" below the list. */
  moreComments?: boolean;
}

export interface ProfilePage {
  username: string;
  fullName: string;
  category?: string;
  bioHtml: string;
  link?: { url: string; text: string };
  posts: string;
  followers: string;
  following: string;
  grid: { shortcode: string; minutesAgo: number; image: string; alt: string }[];
}

export interface RenderOptions {
  lang: Lang;
  /** Class set: 'a' (2023 names) or 'b' (after a reshuffle). */
  classes: 'a' | 'b';
  /** 'ul': ul/li comment lists; 'div': the newer layout without lists. */
  list: 'ul' | 'div';
  /** Reply permalinks: `/c/<id>/` or `/c/<parent>/r/<id>/`. */
  replyLinks: 'flat' | 'nested';
  /** The post opens as a dialog over the profile instead of its own page. */
  dialog: boolean;
  /** Signed-in account (sidebar with "Profil"), or null for a logged-out page. */
  signedIn: string | null;
  /** The capture time all "minutes ago" count from. */
  now: Date;
  /** Add the demo's script that moves every time to "now minus minutes ago" when the page opens. */
  liveTimes: boolean;
  title: string;
}

const classSets = {
  a: {
    item: '_a9zj _a9zl', row: '_a9zm', avatar: '_a9zn _a9zo', body: '_a9zr', name: '_a9zc', textWrap: '_a9zs',
    text: '_aacl _aaco _aacu _aacx _aad7 _aade', meta: '_a9zu', time: '_a9ze _a9zf', like: '_a9zk', list: '_a9z6 _a9za',
    group: '_a9ym', replies: '_a9yo', viewReplies: '_acan _acao _acas', side: '_aasi', header: '_aaqw', actions: '_aamu _ae3_',
    composer: '_akhn', post: '_aa6a _aatb', media: '_aatk', nav: '_aa4b', main: '_a993', profile: '_aa_y', counts: '_ac2a',
  },
  b: {
    item: '_ap3a _aaco', row: '_a6hd', avatar: '_aarf _aarg', body: '_ae1k', name: '_aa8u', textWrap: '_aagw',
    text: '_ap3a _aaco _aacu _aacx _aad7', meta: '_ae5v', time: '_aaqe', like: '_abl-', list: '_ae5q _akdn',
    group: '_ae5r', replies: '_ae5s', viewReplies: '_aswp _aswr', side: '_ae2s', header: '_aap6', actions: '_aa9l _aa9m',
    composer: '_aao9', post: '_ab8w _ab94', media: '_ab8x', nav: '_a9-z', main: '_ac7v', profile: '_aa_c', counts: '_ac7x',
  },
} as const;

type Classes = { [K in keyof (typeof classSets)['a']]: string };

const ui = {
  sv: {
    reply: 'Svara', edited: 'Redigerad', more: 'mer', likes: (n: number) => `${group(n)} gilla-markeringar`,
    like: 'Gilla', comment: 'Kommentera', share: 'Dela inlägg', save: 'Spara', options: 'Fler alternativ',
    addComment: 'Lägg till en kommentar…', publish: 'Publicera', follow: 'Följ', message: 'Skicka meddelande',
    editProfile: 'Redigera profil', archive: 'Visa arkiv',
    viewReplies: (n: number) => `Visa svar (${n})`, loadMore: 'Läs in fler kommentarer', verified: 'Verifierad',
    avatar: (u: string) => `${u}s profilbild`, profile: 'Profil', posts: 'inlägg', followers: 'följare', following: 'följer',
    nav: ['Hem', 'Sök', 'Utforska', 'Reels', 'Meddelanden', 'Notiser', 'Skapa'], login: 'Logga in', signup: 'Registrera dig',
    morePosts: (u: string) => `Fler inlägg från ${u}`, photoBy: (n: string, d: string) => `Foto av ${n} den ${d}.`,
  },
  en: {
    reply: 'Reply', edited: 'Edited', more: 'more', likes: (n: number) => `${n.toLocaleString('en-US')} likes`,
    like: 'Like', comment: 'Comment', share: 'Share Post', save: 'Save', options: 'More options',
    addComment: 'Add a comment…', publish: 'Post', follow: 'Follow', message: 'Message',
    editProfile: 'Edit profile', archive: 'View archive',
    viewReplies: (n: number) => `View replies (${n})`, loadMore: 'Load more comments', verified: 'Verified',
    avatar: (u: string) => `${u}'s profile picture`, profile: 'Profile', posts: 'posts', followers: 'followers',
    following: 'following', nav: ['Home', 'Search', 'Explore', 'Reels', 'Messages', 'Notifications', 'Create'],
    login: 'Log in', signup: 'Sign up', morePosts: (u: string) => `More posts from ${u}`,
    photoBy: (n: string, d: string) => `Photo by ${n} on ${d}.`,
  },
} as const;

const svMonths = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

export function absoluteDate(date: Date, lang: Lang): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  return lang === 'sv' ? `${d} ${svMonths[m]} ${y}` : `${enMonths[m]} ${d}, ${y}`;
}

/** Instagram's short labels: "5 min", "3 tim", "2 d", "1 v" / "5m", "3h", "2d", "1w". */
export function shortLabel(minutes: number, lang: Lang): string {
  if (minutes < 60) return lang === 'sv' ? `${Math.max(1, minutes)} min` : `${Math.max(1, minutes)}m`;
  if (minutes < 60 * 24) return lang === 'sv' ? `${Math.floor(minutes / 60)} tim` : `${Math.floor(minutes / 60)}h`;
  if (minutes < 60 * 24 * 7) return lang === 'sv' ? `${Math.floor(minutes / 1440)} d` : `${Math.floor(minutes / 1440)}d`;
  return lang === 'sv' ? `${Math.floor(minutes / 10080)} v` : `${Math.floor(minutes / 10080)}w`;
}

function timeTag(minutesAgo: number, o: RenderOptions, cls: string, long = false): string {
  const date = new Date(o.now.getTime() - minutesAgo * 60_000);
  const label = long
    ? o.lang === 'sv'
      ? `${Math.max(1, Math.floor(minutesAgo / 1440))} dagar sedan`
      : `${Math.max(1, Math.floor(minutesAgo / 1440))} days ago`
    : shortLabel(minutesAgo, o.lang);
  return `<time class="${cls}" datetime="${date.toISOString()}" title="${absoluteDate(date, o.lang)}" data-minutes-ago="${minutesAgo}"${long ? ' data-long="1"' : ''}>${label}</time>`;
}

/** A round avatar as an inline SVG data URI: initials on a colour picked from the username. */
export function avatar(user: string, size = 32): string {
  let hash = 0;
  for (const ch of user) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  const initials = user.replace(/[^a-zåäö]/gi, '').slice(0, 2).toUpperCase() || 'IG';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="hsl(${hue},45%,55%)"/><text x="16" y="21" font-size="12" font-family="Arial,sans-serif" text-anchor="middle" fill="#fff">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const icons = {
  heart: 'M16.792 3.904A4.989 4.989 0 0 1 21.5 9.122c0 3.072-2.652 4.959-5.197 7.222-2.512 2.243-3.865 3.469-4.303 3.752-.477-.309-2.143-1.823-4.303-3.752C5.141 14.072 2.5 12.167 2.5 9.122a4.989 4.989 0 0 1 4.708-5.218 4.21 4.21 0 0 1 3.675 1.941c.84 1.175.98 1.763 1.12 1.763s.278-.588 1.11-1.766a4.17 4.17 0 0 1 3.679-1.938z',
  bubble: 'M20.656 17.008a9.993 9.993 0 1 0-3.59 3.615L22 22z',
  plane: 'M22 3 9.218 10.083M11.698 20.334 22 3.001H2l7.218 7.083 2.48 10.25z',
  save: 'M20 21 12 13.44 4 21V3h16v18z',
  dots: 'M6 12a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zm7.5 0a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zm7.5 0a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0z',
  check: 'M12 2l2.4 2.1 3.1-.4.9 3 2.8 1.5-1 3 1 3-2.8 1.5-.9 3-3.1-.4L12 22l-2.4-2.1-3.1.4-.9-3L2.8 15.8l1-3-1-3L5.6 8.3l.9-3 3.1.4z',
  plus: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 5v10m-5-5h10',
};

function icon(label: string, path: keyof typeof icons, size = 24, fill = 'none'): string {
  return `<svg aria-label="${label}" class="x1lliihq x1n2onr6" fill="${fill}" height="${size}" role="img" viewBox="0 0 24 24" width="${size}"><title>${label}</title><path d="${icons[path]}" stroke="currentColor" stroke-width="2" stroke-linejoin="round"></path></svg>`;
}

function verifiedBadge(o: RenderOptions): string {
  return `<svg aria-label="${ui[o.lang].verified}" class="x1lliihq" fill="rgb(0,149,246)" height="12" role="img" viewBox="0 0 24 24" width="12"><title>${ui[o.lang].verified}</title><path d="${icons.check}"></path></svg>`;
}

function commentLink(shortcode: string, c: ThreadComment, parent: ThreadComment | null, o: RenderOptions): string {
  if (parent && o.replyLinks === 'nested') return `/p/${shortcode}/c/${parent.id}/r/${c.id}/`;
  return `/p/${shortcode}/c/${c.id}/`;
}

function renderItem(post: PostPage, c: ThreadComment, parent: ThreadComment | null, o: RenderOptions, k: Classes): string {
  const t = ui[o.lang];
  const li = o.list === 'ul' ? 'li' : 'div';
  const time = timeTag(c.minutesAgo, o, k.time);
  const linkedTime = c.noPermalink ? `<span>${time}</span>` : `<a class="x1i10hfl ${k.time}" href="${commentLink(post.shortcode, c, parent, o)}" role="link" tabindex="0">${time}</a>`;
  const more = c.truncated ? `<span class="x1lliihq">… </span><span class="x1lliihq" role="button" tabindex="0">${t.more}</span>` : '';
  return `<${li} class="${k.item}"><div class="${k.row}"><div class="${k.avatar}"><a href="/${c.user}/" role="link" tabindex="0"><img alt="${t.avatar(c.user)}" class="xpdipgo" src="${avatar(c.user)}" width="32" height="32"></a></div>`
    + `<div class="${k.body}"><h3 class="${k.name}"><div class="x9f619"><span class="xt0psk2"><a href="/${c.user}/" role="link" tabindex="0">${c.user}</a></span>${c.verified ? verifiedBadge(o) : ''}</div></h3>`
    + `<div class="${k.textWrap}"><span class="${k.text}" dir="auto">${c.html}</span>${more}</div>`
    + `<div class="${k.meta}"><span class="x1lliihq">${linkedTime}</span>`
    + (c.likes ? `<span class="x1lliihq"><button class="_a9ze" type="button">${t.likes(c.likes)}</button></span>` : '')
    + `<button class="_a9ze" type="button"><span class="x1lliihq">${t.reply}</span></button>`
    + (c.edited ? `<span class="x1lliihq">${t.edited}</span>` : '')
    + `</div></div></div><span class="${k.like}"><div class="x6s0dn4" role="button" tabindex="0">${icon(t.like, 'heart', 12)}</div></span></${li}>`;
}

function renderGroup(post: PostPage, c: ThreadComment, o: RenderOptions, k: Classes): string {
  const t = ui[o.lang];
  const ul = o.list === 'ul' ? 'ul' : 'div';
  const li = o.list === 'ul' ? 'li' : 'div';
  const top = `<div class="x1i10hfl" role="button" tabindex="0">${renderItem(post, c, null, o, k)}</div>`;
  const replies = c.replies ?? [];
  if (replies.length === 0 && !c.hiddenReplies) return `<${ul} class="${k.group}">${top}</${ul}>`;
  const button = c.hiddenReplies
    ? `<${li}><div class="${k.viewReplies} ig-view-replies" role="button" tabindex="0"><span class="_a9yu"></span><span class="_a9yi">${t.viewReplies(c.hiddenReplies)}</span></div></${li}>`
    : '';
  const shown = replies
    .map((r) => `<div class="x1i10hfl" role="button" tabindex="0">${renderItem(post, r, c, o, k)}</div>`)
    .join('');
  return `<${ul} class="${k.group}">${top}<${li}><${ul} class="${k.replies} ig-replies">${button}${shown}</${ul}></${li}></${ul}>`;
}

function renderCaption(post: PostPage, o: RenderOptions, k: Classes): string {
  const t = ui[o.lang];
  const li = o.list === 'ul' ? 'li' : 'div';
  return `<div class="x1i10hfl" role="button" tabindex="-1"><${li} class="${k.item}"><div class="${k.row}"><div class="${k.avatar}"><a href="/${post.author}/"><img alt="${t.avatar(post.author)}" src="${avatar(post.author)}" width="32" height="32"></a></div>`
    + `<div class="${k.body}"><h2 class="${k.name}"><div class="x9f619"><span class="xt0psk2"><a href="/${post.author}/" role="link" tabindex="0">${post.author}</a></span>${post.verified ? verifiedBadge(o) : ''}</div></h2>`
    + `<div class="${k.textWrap}"><h1 class="${k.text}" dir="auto">${post.captionHtml}</h1></div>`
    + `<div class="${k.meta}"><span class="x1lliihq">${timeTag(post.minutesAgo, o, k.time)}</span></div></div></div></${li}></div>`;
}

function sidebar(o: RenderOptions, k: Classes): string {
  const t = ui[o.lang];
  if (!o.signedIn) {
    return `<div class="ig-topbar"><a href="/" class="ig-logo">Instagram</a><span class="ig-top-actions"><a class="ig-btn" href="/accounts/login/">${t.login}</a><a href="/accounts/emailsignup/">${t.signup}</a></span></div>`;
  }
  const hrefs = ['/', '#', '/explore/', '/reels/', '/direct/inbox/', '#', '#'];
  const links = t.nav.map((label, i) => `<a class="ig-nav-link" href="${hrefs[i]}" role="link" tabindex="0"><span class="ig-nav-icon">${icon(label, i === 0 ? 'save' : i === 4 ? 'plane' : i === 5 ? 'heart' : i === 6 ? 'plus' : 'bubble')}</span><span class="ig-nav-text">${label}</span></a>`);
  return `<div class="${k.nav} ig-sidebar" role="navigation"><a class="ig-logo" href="/" role="link">Instagram</a>${links.join('')}`
    + `<a class="ig-nav-link" href="/${o.signedIn}/" role="link" tabindex="0"><span class="ig-nav-icon"><img alt="${t.avatar(o.signedIn)}" src="${avatar(o.signedIn, 24)}" width="24" height="24"></span><span class="ig-nav-text">${t.profile}</span></a></div>`;
}

const styles = `
*{box-sizing:border-box}body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#000;background:#fff}
a{color:inherit;text-decoration:none}button{background:none;border:0;padding:0;font:inherit;color:#737373;cursor:pointer;font-size:12px;font-weight:600}
[role=button]{cursor:pointer}ul{list-style:none;margin:0;padding:0}h1,h2,h3{font-size:14px;margin:0;display:inline;font-weight:400}h2 a,h3 a{font-weight:600}
.ig-sidebar{position:fixed;left:0;top:0;bottom:0;width:244px;border-right:1px solid #dbdbdb;padding:24px 12px;display:flex;flex-direction:column;gap:4px}
.ig-logo{font:italic 600 26px "Billabong","Brush Script MT",cursive;padding:8px 12px 24px}
.ig-nav-link{display:flex;align-items:center;gap:16px;padding:12px;border-radius:8px;font-size:16px}.ig-nav-link:hover{background:#f2f2f2}
.ig-nav-icon img{border-radius:50%;display:block}
.ig-topbar{display:flex;justify-content:space-between;align-items:center;padding:0 20px;height:60px;border-bottom:1px solid #dbdbdb}
.ig-btn{background:#0095f6;color:#fff;border-radius:8px;padding:7px 16px;font-weight:600;margin-right:12px}
main{margin-left:244px;padding:24px;display:flex;flex-direction:column;align-items:center}
article{display:flex;border:1px solid #dbdbdb;max-width:1000px;width:100%;height:640px;background:#fff}
article > div:first-child{flex:1 1 60%;background:#000;display:flex;align-items:center;justify-content:center}
article > div:first-child img{max-width:100%;max-height:100%}
article > div:last-child{flex:0 0 405px;display:flex;flex-direction:column;border-left:1px solid #efefef}
article header{display:flex;align-items:center;gap:12px;padding:14px 16px;border-bottom:1px solid #efefef}
article header img{border-radius:50%}.ig-scroll{flex:1;overflow-y:auto;padding:0 16px}
.ig-scroll [role=button] > li,.ig-scroll [role=button] > div{display:flex;justify-content:space-between;padding:12px 0}
.ig-scroll img{border-radius:50%;display:block}
.ig-scroll [role=button] > * > div:first-child{display:flex;gap:14px}
.ig-scroll [dir=auto]{white-space:pre-line;word-break:break-word}
.ig-scroll h3 + div,.ig-scroll h2 + div{display:inline;margin-left:4px}
.ig-scroll [role=button] > * > div > div:last-child > div:last-child{margin-top:6px;display:flex;gap:12px;color:#737373;font-size:12px}
.ig-scroll ul ul,.ig-scroll div > div > div[class] > div > div{}
.ig-replies{margin-left:54px}
.ig-view-replies{color:#737373;font-size:12px;font-weight:600;margin:4px 0 8px 0;display:flex;align-items:center;gap:16px}
.ig-view-replies span:first-child{display:inline-block;width:24px;border-bottom:1px solid #737373}
.ig-actions{display:flex;gap:16px;padding:8px 16px;border-top:1px solid #efefef}.ig-actions .ig-save{margin-left:auto}
.ig-likes{padding:0 16px;font-weight:600}.ig-posttime{padding:4px 16px 12px;color:#737373;font-size:10px;text-transform:uppercase;letter-spacing:.2px}
form{display:flex;border-top:1px solid #efefef;padding:6px 16px}textarea{flex:1;border:0;resize:none;height:18px;font:inherit;outline:none}
form [role=button]{color:#0095f6;font-weight:600;opacity:.5}
.ig-more-posts{max-width:1000px;width:100%;margin-top:48px;border-top:1px solid #dbdbdb;padding-top:20px;color:#737373;font-weight:600}
.ig-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:4px;margin-top:16px;max-width:935px;width:100%}.ig-grid img{width:100%;aspect-ratio:1;display:block;object-fit:cover}
.ig-dialog-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.65);display:flex;align-items:center;justify-content:center;z-index:10}
.ig-dialog-backdrop article{max-width:1100px;width:90%}
.ig-profile header{display:flex;gap:80px;max-width:935px;width:100%;padding:16px 0 44px;border-bottom:1px solid #dbdbdb}
.ig-profile header img{border-radius:50%}.ig-profile section{display:flex;flex-direction:column;gap:18px}
.ig-profile h2{font-size:20px;font-weight:400}.ig-profile header button{background:#0095f6;color:#fff;border-radius:8px;padding:7px 16px;font-size:14px;margin-left:16px}
.ig-profile header ul{display:flex;gap:40px;font-size:16px}.ig-profile header ul span span{font-weight:600}
.ig-bio{line-height:18px}.ig-bio > *{display:block}.ig-bio h1{white-space:pre-line}.ig-bio .ig-fullname{font-weight:600}.ig-bio .ig-category{color:#737373}.ig-bio a{color:#00376b;font-weight:600}
`;

/** Moves each <time> to "now minus its minutes" when the demo opens, so "3 tim" stays three hours old. */
function liveTimesScript(lang: Lang): string {
  const months = JSON.stringify(lang === 'sv' ? svMonths : enMonths);
  return `<script>(function(){var m=${months},sv=${lang === 'sv'};var now=Date.now();
function abs(d){return sv?d.getDate()+' '+m[d.getMonth()]+' '+d.getFullYear():m[d.getMonth()]+' '+d.getDate()+', '+d.getFullYear();}
function short(n){if(n<60)return sv?Math.max(1,n)+' min':Math.max(1,n)+'m';if(n<1440)return Math.floor(n/60)+(sv?' tim':'h');if(n<10080)return Math.floor(n/1440)+(sv?' d':'d');return Math.floor(n/10080)+(sv?' v':'w');}
document.querySelectorAll('time[data-minutes-ago]').forEach(function(t){var n=Number(t.getAttribute('data-minutes-ago'));var d=new Date(now-n*60000);
t.setAttribute('datetime',d.toISOString());t.setAttribute('title',abs(d));t.textContent=t.hasAttribute('data-long')?Math.max(1,Math.floor(n/1440))+(sv?' dagar sedan':' days ago'):short(n);});
document.querySelectorAll('img[data-minutes-ago]').forEach(function(i){var d=new Date(now-Number(i.getAttribute('data-minutes-ago'))*60000);i.setAttribute('alt',i.getAttribute('alt').replace(/(den|on) [^.]+\\./,(sv?'den ':'on ')+abs(d)+'.'));});
})();</script>`;
}

function page(o: RenderOptions, body: string): string {
  return `<!DOCTYPE html>\n<html lang="${o.lang}" class="_9dls"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${o.title}</title><style>${styles}</style></head>\n<body><div id="mount_0_0_Ig"><div class="x9f619 x1n2onr6">${sidebar(o, classSets[o.classes])}\n${body}\n</div></div>${o.liveTimes ? liveTimesScript(o.lang) : ''}</body></html>\n`;
}

export function renderPost(post: PostPage, o: RenderOptions, related: ProfilePage['grid'] = []): string {
  const k = classSets[o.classes];
  const t = ui[o.lang];
  const ul = o.list === 'ul' ? 'ul' : 'div';
  const comments = post.comments.map((c) => renderGroup(post, c, o, k)).join('\n');
  const loadMore = post.moreComments
    ? `<${o.list === 'ul' ? 'li' : 'div'} class="_ae5w"><div class="x6s0dn4" role="button" tabindex="0">${icon(t.loadMore, 'plus')}</div></${o.list === 'ul' ? 'li' : 'div'}>`
    : '';
  const article = `<article class="${k.post}" role="presentation"><div class="${k.media}"><div class="_aagu"><img alt="${post.imageAlt}" src="${post.image}"></div></div>`
    + `<div class="${k.side}"><header class="${k.header}"><a href="/${post.author}/" tabindex="0"><img alt="${t.avatar(post.author)}" src="${avatar(post.author)}" width="32" height="32"></a>`
    + `<div class="_aaqt"><span class="xt0psk2"><a href="/${post.author}/" role="link" tabindex="0" style="font-weight:600">${post.author}</a></span>${post.verified ? ' ' + verifiedBadge(o) : ''}${o.signedIn === post.author ? '' : ` • <button type="button" style="color:#0095f6;font-size:14px">${t.follow}</button>`}</div>`
    + `<div class="x6s0dn4" role="button" tabindex="0" style="margin-left:auto">${icon(t.options, 'dots')}</div></header>`
    + `<div class="ig-scroll"><${ul} class="${k.list}">${renderCaption(post, o, k)}\n${comments}\n${loadMore}</${ul}></div>`
    + `<section class="${k.actions} ig-actions"><span><div role="button" tabindex="0">${icon(t.like, 'heart')}</div></span><span><div role="button" tabindex="0">${icon(t.comment, 'bubble')}</div></span><span><div role="button" tabindex="0">${icon(t.share, 'plane')}</div></span><span class="ig-save"><div role="button" tabindex="0">${icon(t.save, 'save')}</div></span></section>`
    + `<section class="ig-likes"><a href="/p/${post.shortcode}/liked_by/"><span>${t.likes(post.likes)}</span></a></section>`
    + `<div class="ig-posttime"><a href="/p/${post.shortcode}/">${timeTag(post.minutesAgo, o, '_aaqe', true)}</a></div>`
    + `<section class="${k.composer}"><form method="POST"><textarea aria-label="${t.addComment}" placeholder="${t.addComment}" autocomplete="off" autocorrect="off"></textarea><div role="button" tabindex="0">${t.publish}</div></form></section></div></article>`;
  const grid = related.length
    ? `<div class="ig-more-posts">${t.morePosts(post.author)}</div><div class="ig-grid">${related.map((g) => gridCell(g, post.authorName, o)).join('')}</div>`
    : '';
  if (o.dialog) {
    return page(o, `<main class="${k.main}" role="main"><div class="ig-grid">${related.map((g) => gridCell(g, post.authorName, o)).join('')}</div></main><div class="ig-dialog-backdrop"><div role="dialog" aria-modal="true">${article}</div></div>`);
  }
  return page(o, `<main class="${k.main}" role="main"><div class="_aa6b">${article}</div>${grid}</main>`);
}

function gridCell(g: ProfilePage['grid'][number], name: string, o: RenderOptions): string {
  const date = new Date(o.now.getTime() - g.minutesAgo * 60_000);
  return `<a href="/p/${g.shortcode}/" role="link" tabindex="0"><div class="_aagu"><img alt="${ui[o.lang].photoBy(name, absoluteDate(date, o.lang))} ${g.alt}" src="${g.image}" data-minutes-ago="${g.minutesAgo}"></div></a>`;
}

export function renderProfile(p: ProfilePage, o: RenderOptions): string {
  const k = classSets[o.classes];
  const t = ui[o.lang];
  const header = `<header class="${k.profile}"><div><img alt="${t.avatar(p.username)}" src="${avatar(p.username, 150)}" width="150" height="150"></div>`
    + `<section><div><h2 class="_aacl _aacs _aact _aacx _aada" dir="auto">${p.username}</h2>${o.signedIn === p.username ? `<button type="button" style="background:#efefef;color:#000">${t.editProfile}</button><button type="button" style="background:#efefef;color:#000">${t.archive}</button>` : `<button type="button">${t.follow}</button><button type="button" style="background:#efefef;color:#000">${t.message}</button>`}<div class="x6s0dn4" role="button" tabindex="0" style="display:inline-block">${icon(t.options, 'dots')}</div></div>`
    + `<ul class="${k.counts}"><li><span><span class="_ac2a">${p.posts}</span> ${t.posts}</span></li><li><a href="/${p.username}/followers/"><span class="_ac2a" title="${p.followers}"><span>${p.followers}</span></span> ${t.followers}</a></li><li><a href="/${p.username}/following/"><span class="_ac2a"><span>${p.following}</span></span> ${t.following}</a></li></ul>`
    + `<div class="ig-bio"><span class="ig-fullname x1lliihq" dir="auto">${p.fullName}</span>`
    + (p.category ? `<div class="ig-category _aacl _aacp" dir="auto">${p.category}</div>` : '')
    + `<h1 class="_aacl _aaco _aacu _aacx _aad6 _aade" dir="auto">${p.bioHtml}</h1>`
    + (p.link ? `<a href="https://l.instagram.com/?u=${encodeURIComponent(p.link.url)}&amp;e=AT0demo" rel="me nofollow noopener noreferrer" target="_blank"><span dir="auto">${p.link.text}</span></a>` : '')
    + `</div></section></header>`;
  const grid = `<div class="ig-grid">${p.grid.map((g) => gridCell(g, p.fullName, o)).join('')}</div>`;
  return page(o, `<main class="${k.main} ig-profile" role="main">${header}${grid}</main>`);
}
