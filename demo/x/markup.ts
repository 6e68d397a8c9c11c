// Builds x.com-shaped HTML: the same data-testids, roles, aria-labels, <time datetime> links, avatar
// column with thread lines and cell structure as the real site (see shared/fixtures/real/x/), with a
// plain stylesheet instead of X's atomic classes. Used for the demo pages and the test fixtures.
// Everything is escaped: comment text that looks like HTML ends up as text, as on the real site.

export type Ui = 'sv' | 'en';

export interface Person {
  name: string;
  handle: string;
  /** Avatar background colour. */
  colour: string;
  /** Grey government badge (the municipality). */
  government?: boolean;
}

export interface TweetSpec {
  id: string;
  author: Person;
  /** Text with emoji, @mentions and links written plainly; newlines kept. */
  text: string;
  /** Minutes before the page's reference time. */
  agoMinutes: number;
  edited?: boolean;
  /** Text cut with "Visa mer" / "Show more". */
  truncated?: boolean;
  /** Thread line down to the next tweet (the next reply answers this one). */
  lineBelow?: boolean;
  /** Thread line in from the tweet above. */
  lineAbove?: boolean;
  /** Repost / pinned line. */
  socialContext?: string;
  counts?: { replies: number; reposts: number; likes: number };
  /** A tweet quoted inside this one. */
  quote?: TweetSpec;
}

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const strings = {
  sv: {
    reply: 'Svara', repost: 'Reposta', like: 'Gilla', bookmark: 'Bokmärke', more: 'Mer', showMore: 'Visa mer',
    edited: 'Senast redigerad', views: 'Visningar', postReply: 'Posta ditt svar', replyButton: 'Svara',
    months: ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    min: 'min', h: 'tim', d: 'd', verifiedGov: 'Verifierat konto: myndighet', post: 'Posta', home: 'Hem', explore: 'Utforska',
    notifications: 'Aviseringar', messages: 'Meddelanden', profile: 'Profil', accountMenu: 'Kontomeny', search: 'Sök',
    back: 'Tillbaka', whatsHappening: 'Vad händer', mostRelevant: 'Mest relevant', quote: 'Citera',
  },
  en: {
    reply: 'Reply', repost: 'Repost', like: 'Like', bookmark: 'Bookmark', more: 'More', showMore: 'Show more',
    edited: 'Last edited', views: 'Views', postReply: 'Post your reply', replyButton: 'Reply',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    min: 'm', h: 'h', d: 'd', verifiedGov: 'Verified account: government', post: 'Post', home: 'Home', explore: 'Explore',
    notifications: 'Notifications', messages: 'Messages', profile: 'Profile', accountMenu: 'Account menu', search: 'Search',
    back: 'Back', whatsHappening: "What's happening", mostRelevant: 'Most relevant', quote: 'Quote',
  },
} as const;

export function uiStrings(ui: Ui) {
  return strings[ui];
}

/** The short label X shows next to the name ("26 min", "3 tim", "2 d", "12 nov."), as the page script also does. */
export function shortLabel(ui: Ui, agoMinutes: number, at: Date): string {
  const s = strings[ui];
  if (agoMinutes < 60) return ui === 'sv' ? `${Math.max(1, agoMinutes)} ${s.min}` : `${Math.max(1, agoMinutes)}${s.min}`;
  if (agoMinutes < 24 * 60) return ui === 'sv' ? `${Math.floor(agoMinutes / 60)} ${s.h}` : `${Math.floor(agoMinutes / 60)}${s.h}`;
  if (agoMinutes < 7 * 24 * 60) return ui === 'sv' ? `${Math.floor(agoMinutes / 1440)} ${s.d}` : `${Math.floor(agoMinutes / 1440)}${s.d}`;
  return ui === 'sv' ? `${at.getUTCDate()} ${s.months[at.getUTCMonth()]}` : `${s.months[at.getUTCMonth()]} ${at.getUTCDate()}`;
}

/** The focused tweet's long label ("10:21 · 20 nov. 2026"). */
export function longLabel(ui: Ui, at: Date): string {
  const s = strings[ui];
  const hh = String(at.getUTCHours()).padStart(2, '0');
  const mm = String(at.getUTCMinutes()).padStart(2, '0');
  return ui === 'sv'
    ? `${hh}:${mm} · ${at.getUTCDate()} ${s.months[at.getUTCMonth()]} ${at.getUTCFullYear()}`
    : `${hh}:${mm} · ${s.months[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0] ?? '').join('').toUpperCase();
}

export function avatarSvg(p: Person, size = 40): string {
  if (p.government) {
    // A simple coat of arms: blue shield with a white wave and three stars.
    return `<svg viewBox="0 0 40 40" width="${size}" height="${size}" aria-hidden="true"><rect width="40" height="40" fill="#e8eef6"/><path d="M10 8h20v13c0 7-5 10-10 12-5-2-10-5-10-12z" fill="#1d4f91"/><path d="M11 21c3-2 6 2 9 0s6-2 9 0" stroke="#fff" stroke-width="2" fill="none"/><circle cx="15" cy="13" r="1.6" fill="#f2c230"/><circle cx="20" cy="12" r="1.6" fill="#f2c230"/><circle cx="25" cy="13" r="1.6" fill="#f2c230"/></svg>`;
  }
  return `<svg viewBox="0 0 40 40" width="${size}" height="${size}" aria-hidden="true"><circle cx="20" cy="20" r="20" fill="${esc(p.colour)}"/><text x="20" y="25" text-anchor="middle" font-size="14" font-family="sans-serif" fill="#fff">${esc(initials(p.name))}</text></svg>`;
}

const emojiPattern = /(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)/u;
const tokenPattern = /(https?:\/\/[^\s]+|(?<![\p{L}\p{N}@.])(?:[a-z0-9-]+\.)+(?:se|com|nu|example|ly)\/[^\s]*|(?<![\p{L}\p{N}])@[A-Za-z0-9_]{1,15}|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)/u;

function emojiImg(e: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><text x="0" y="16" font-size="16">${esc(e)}</text></svg>`;
  return `<img alt="${esc(e)}" draggable="false" src="data:image/svg+xml,${encodeURIComponent(svg)}" class="emoji">`;
}

let linkCounter = 0;
/** Tweet text as X renders it: spans, links with hidden "https://", mentions as links, emoji as <img alt>. */
export function richText(text: string): string {
  const parts = text.split(new RegExp(tokenPattern.source, 'gu'));
  return parts.map((part) => {
    if (!part) return '';
    if (/^@[A-Za-z0-9_]{1,15}$/.test(part)) {
      return `<div class="mention"><span dir="ltr"><a href="/${esc(part.slice(1))}" dir="ltr" role="link">${esc(part)}</a></span></div>`;
    }
    if (emojiPattern.test(part) && part.match(emojiPattern)?.[0] === part) return emojiImg(part);
    if (/^(https?:\/\/|(?:[a-z0-9-]+\.)+(?:se|com|nu|example|ly)\/)/.test(part)) {
      const bare = part.replace(/^https?:\/\//, '');
      const shown = bare.length > 26 ? bare.slice(0, 26) : bare;
      const rest = bare.slice(shown.length);
      linkCounter++;
      return `<a dir="ltr" href="https://t.co/${(1000000 + linkCounter * 7919).toString(36)}" rel="noopener noreferrer nofollow" target="_blank" role="link"><span aria-hidden="true" class="gone">https://</span>${esc(shown)}${rest ? `<span aria-hidden="true" class="gone">${esc(rest)}</span><span aria-hidden="true">…</span>` : ''}</a>`;
    }
    return `<span>${esc(part)}</span>`;
  }).join('');
}

function timeAt(reference: Date, agoMinutes: number): Date {
  return new Date(reference.getTime() - agoMinutes * 60_000);
}

function verifiedBadge(ui: Ui): string {
  return `<svg viewBox="0 0 22 22" aria-label="${esc(strings[ui].verifiedGov)}" role="img" class="badge-gov" data-testid="icon-verified"><path d="M20.4 11c0-.6-.2-1.3-.6-1.8-.3-.5-.8-1-1.4-1.2.2-.6.3-1.3.1-1.9-.1-.6-.4-1.2-.9-1.7-.5-.4-1-.7-1.7-.9-.6-.1-1.3-.1-1.9.1-.3-.6-.7-1-1.2-1.4-.6-.4-1.2-.6-1.8-.6-.6 0-1.3.2-1.8.6-.5.3-1 .8-1.2 1.4-.6-.2-1.3-.3-1.9-.1-.6.1-1.2.4-1.7.9-.4.5-.7 1-.9 1.7-.1.6-.1 1.3.1 1.9-.6.3-1.1.7-1.4 1.2-.4.6-.6 1.2-.6 1.8 0 .6.2 1.3.6 1.8.3.5.8 1 1.4 1.2-.2.6-.3 1.3-.1 1.9.1.6.4 1.2.9 1.7.5.4 1 .7 1.7.9.6.1 1.3.1 1.9-.1.3.6.7 1.1 1.2 1.4.6.4 1.2.6 1.8.6.6 0 1.3-.2 1.8-.6.5-.3 1-.8 1.2-1.4.6.2 1.3.3 1.9.2.6-.1 1.2-.4 1.7-.9.5-.5.8-1 .9-1.7.1-.6.1-1.3-.2-1.9.6-.3 1.1-.7 1.4-1.2.4-.6.6-1.2.6-1.8zM9.7 14.9l-3.4-3.4 1.3-1.3 2.1 2.1 4.4-4.8 1.3 1.2z" fill="#829aab"/></svg>`;
}

function actionBar(ui: Ui, counts: TweetSpec['counts']): string {
  const s = strings[ui];
  const c = counts ?? { replies: 0, reposts: 0, likes: 0 };
  const label = ui === 'sv'
    ? `${c.replies} svar, ${c.reposts} reposts, ${c.likes} gilla-markeringar`
    : `${c.replies} replies, ${c.reposts} reposts, ${c.likes} likes`;
  const icon = (d: string) => `<svg viewBox="0 0 24 24" aria-hidden="true" width="18" height="18"><path d="${d}" fill="currentColor"/></svg>`;
  const n = (v: number) => (v ? `<span class="count">${v}</span>` : '');
  return `<div aria-label="${esc(label)}" role="group" class="actions">`
    + `<button aria-label="${c.replies} ${esc(s.reply)}" role="button" data-testid="reply" type="button">${icon('M1.8 10c0-4.4 3.6-8 8-8h4.4c4.4 0 8 3.6 8 8 0 4.5-3.7 8.1-8.2 8l-4 2.2v-3.7C5.3 15.3 1.8 12.9 1.8 10z')}${n(c.replies)}</button>`
    + `<button aria-label="${c.reposts} ${esc(s.repost)}" role="button" data-testid="retweet" type="button">${icon('M4.5 3.9l4.4 4.1-1.4 1.5-2-1.9V16c0 1.1.9 2 2 2H13v2H7.5c-2.2 0-4-1.8-4-4V7.6l-2 1.9L.1 8zM16.5 6H11V4h5.5c2.2 0 4 1.8 4 4v8.4l2-1.9 1.4 1.5-4.4 4.1-4.4-4.1 1.4-1.5 2 1.9V8c0-1.1-.9-2-2-2z')}${n(c.reposts)}</button>`
    + `<button aria-label="${c.likes} ${esc(s.like)}" role="button" data-testid="like" type="button">${icon('M16.7 5.5c-1.1-.1-2.5.6-3.9 2.5l-.8 1.1-.8-1.1C9.8 6.1 8.4 5.4 7.3 5.5 6.2 5.5 5.3 6 4.6 6.9c-1.5 1.9-.8 4.9 2.2 7.8 1.4 1.3 3.2 2.6 5.2 3.8 2-1.2 3.8-2.5 5.2-3.8 3-2.9 3.7-5.9 2.2-7.8-.7-.9-1.6-1.4-2.7-1.4z')}${n(c.likes)}</button>`
    + `<button aria-label="${esc(s.bookmark)}" role="button" data-testid="bookmark" type="button">${icon('M4 4.5C4 3.1 5.1 2 6.5 2h11C18.9 2 20 3.1 20 4.5v18.4l-8-5.7-8 5.7z')}</button>`
    + `</div>`;
}

function userName(t: TweetSpec, ui: Ui, timeLink: string): string {
  const a = t.author;
  return `<div data-testid="User-Name" class="user-name">`
    + `<div class="name-line"><a href="/${esc(a.handle)}" role="link" class="name"><div dir="ltr"><span><span>${esc(a.name)}</span></span></div>${a.government ? `<div dir="ltr"><span>${verifiedBadge(ui)}</span></div>` : ''}</a></div>`
    + `<div class="handle-line"><div><a href="/${esc(a.handle)}" role="link" tabindex="-1" class="handle"><div dir="ltr"><span>@${esc(a.handle)}</span></div></a></div>`
    + (timeLink ? `<div dir="ltr" aria-hidden="true" class="dot"><span>·</span></div><div class="when">${timeLink}</div>` : '')
    + `</div></div>`;
}

function caret(ui: Ui): string {
  return `<button aria-label="${esc(strings[ui].more)}" role="button" data-testid="caret" type="button" class="caret"><svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2zm9 2c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm7 0c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z" fill="currentColor"/></svg></button>`;
}

function editedMark(t: TweetSpec, ui: Ui, at: Date): string {
  if (!t.edited) return '';
  return `<a href="/${esc(t.author.handle)}/status/${esc(t.id)}/history" dir="ltr" aria-label="${esc(strings[ui].edited)} ${esc(longLabel(ui, at))}" role="link" class="edited"><svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M14.2 2.5l7.3 7.3L9.3 22H2v-7.3zM4 15.5V20h4.5l9.8-9.8-4.5-4.5z" fill="currentColor"/></svg></a>`;
}

function topRow(t: TweetSpec): string {
  const line = t.lineAbove ? `<div class="line-col"><div class="thread-line up"></div></div>` : '';
  const context = t.socialContext
    ? `<div class="social"><svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M7 4.5C7 3.1 8.1 2 9.5 2h5C15.9 2 17 3.1 17 4.5v5.3l3 3V15h-7v7l-1 1-1-1v-7H4v-2.2l3-3z" fill="currentColor"/></svg><span data-testid="socialContext" dir="ltr">${esc(t.socialContext)}</span></div>`
    : '';
  return `<div class="top"><div class="top-row">${line}<div class="spacer">${context}</div></div></div>`;
}

/** A quoted tweet: a role="link" card with its own User-Name, unlinked time and text. */
function quoteCard(q: TweetSpec, ui: Ui, reference: Date): string {
  const at = timeAt(reference, q.agoMinutes);
  const time = `<time datetime="${at.toISOString()}">${esc(shortLabel(ui, q.agoMinutes, at))}</time>`;
  return `<div role="link" tabindex="0" class="quote"><div data-testid="Tweet-User-Avatar" class="quote-avatar">${avatarSvg(q.author, 20)}</div>`
    + `<div data-testid="User-Name" class="user-name"><div class="name-line"><div dir="ltr" class="name"><span><span>${esc(q.author.name)}</span></span></div></div><div class="handle-line"><div dir="ltr"><span>@${esc(q.author.handle)}</span></div><div dir="ltr" aria-hidden="true"><span>·</span></div><div>${time}</div></div></div>`
    + `<div dir="auto" lang="${ui}" data-testid="tweetText" class="text">${richText(q.text)}</div></div>`;
}

/** A tweet in a list (timeline, profile, replies under a conversation). */
export function tweetArticle(t: TweetSpec, ui: Ui, reference: Date): string {
  const at = timeAt(reference, t.agoMinutes);
  const s = strings[ui];
  const timeLink = `<a href="/${esc(t.author.handle)}/status/${esc(t.id)}" dir="ltr" aria-label="${esc(longLabel(ui, at))}" role="link" class="time"><time datetime="${at.toISOString()}" data-ago-minutes="${t.agoMinutes}">${esc(shortLabel(ui, t.agoMinutes, at))}</time></a>`;
  const more = t.truncated
    ? `<a href="/${esc(t.author.handle)}/status/${esc(t.id)}" dir="ltr" role="link" data-testid="tweet-text-show-more-link" class="show-more"><span>${esc(s.showMore)}</span></a>`
    : '';
  const label = `id__${t.id}`;
  return `<article aria-labelledby="${label}" role="article" tabindex="0" data-testid="tweet" class="tweet">`
    + `<div class="t-outer"><div class="t-inner">${topRow(t)}`
    + `<div class="t-main"><div class="avatar-col"><div data-testid="Tweet-User-Avatar" class="avatar"><div data-testid="UserAvatar-Container-${esc(t.author.handle)}"><a href="/${esc(t.author.handle)}" role="link" aria-hidden="true" tabindex="-1">${avatarSvg(t.author)}</a></div></div>${t.lineBelow ? '<div class="thread-line down"></div>' : ''}</div>`
    + `<div class="t-body"><div class="t-head">${userName(t, ui, timeLink)}${editedMark(t, ui, at)}${caret(ui)}</div>`
    + `<div class="t-text"><div dir="auto" lang="${ui}" data-testid="tweetText" id="${label}" class="text">${richText(t.text)}</div>${more}</div>`
    + `${t.quote ? quoteCard(t.quote, ui, reference) : ''}${actionBar(ui, t.counts)}</div></div></div></div></article>`;
}

/** The tweet a status page is about: bigger text, the long time under it, tabindex="-1". */
export function focusedArticle(t: TweetSpec, ui: Ui, reference: Date, views: string): string {
  const at = timeAt(reference, t.agoMinutes);
  const s = strings[ui];
  const label = `id__${t.id}`;
  const edited = t.edited
    ? `<div class="edited-note"><a href="/${esc(t.author.handle)}/status/${esc(t.id)}/history" role="link"><span>${esc(s.edited)} ${esc(longLabel(ui, at))}</span></a></div>`
    : '';
  return `<article aria-labelledby="${label}" role="article" tabindex="-1" data-testid="tweet" class="tweet focused">`
    + `<div class="t-outer"><div class="t-inner">${topRow(t)}`
    + `<div class="t-main"><div class="avatar-col"><div data-testid="Tweet-User-Avatar" class="avatar"><div data-testid="UserAvatar-Container-${esc(t.author.handle)}"><a href="/${esc(t.author.handle)}" role="link" aria-hidden="true" tabindex="-1">${avatarSvg(t.author)}</a></div></div></div>`
    + `<div class="t-body"><div class="t-head">${userName(t, ui, '')}${caret(ui)}</div></div></div>`
    + `<div class="f-body"><div dir="auto" lang="${ui}" data-testid="tweetText" id="${label}" class="text big">${richText(t.text)}</div>`
    + `<div class="f-meta"><div><a href="/${esc(t.author.handle)}/status/${esc(t.id)}" dir="ltr" aria-describedby="${label}" role="link" class="time"><time datetime="${at.toISOString()}" data-ago-minutes="${t.agoMinutes}" data-long="1">${esc(longLabel(ui, at))}</time></a></div><span aria-hidden="true">·</span><span><span class="strong">${esc(views)}</span> ${esc(s.views)}</span></div>`
    + edited
    + actionBar(ui, t.counts)
    + `</div></div></div></article>`;
}

/** A cell of X's virtual list. `border` draws the separator (absent between tweets joined by a thread line). */
export function cellOf(inner: string, border = true): string {
  return `<div data-testid="cellInnerDiv" class="cell"><div class="${border ? 'cell-in border' : 'cell-in'}"><div>${inner}</div></div></div>`;
}

/** "Visa svar" under a reply: a link to that reply's own page. */
export function showRepliesCell(ui: Ui, target: TweetSpec): string {
  const text = ui === 'sv' ? 'Visa svar' : 'Show replies';
  return `<div data-testid="cellInnerDiv" class="cell"><div class="cell-in border"><a href="/${esc(target.author.handle)}/status/${esc(target.id)}" role="link" class="show-replies"><div class="line-stub"></div><span>${esc(text)}</span></a></div></div>`;
}

/** A button at the end of the conversation that loads more replies to the post. */
export function buttonCell(text: string): string {
  return `<div data-testid="cellInnerDiv" class="cell"><div class="cell-in border"><button role="button" type="button" class="more-replies"><div dir="ltr"><span>${esc(text)}</span></div></button></div></div>`;
}

/** A tweet cell; joined to the next by a thread line when the tweet says lineBelow. */
export function tweetCell(t: TweetSpec, ui: Ui, reference: Date): string {
  return cellOf(tweetArticle(t, ui, reference), !t.lineBelow);
}

export function composerCell(ui: Ui, me: Person): string {
  const s = strings[ui];
  return cellOf(`<div class="composer"><div class="avatar">${avatarSvg(me)}</div><div class="composer-box"><div aria-label="${esc(s.postReply)}" aria-multiline="true" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0" class="textbox" data-placeholder="${esc(s.postReply)}"></div></div><button data-testid="tweetButtonInline" role="button" type="button" class="reply-btn" disabled>${esc(s.replyButton)}</button></div>`);
}

export interface ShellSpec {
  ui: Ui;
  title: string;
  /** The signed-in account, or null for a logged-out page. */
  me: Person | null;
  /** The primary column's content (header + list). */
  primary: string;
  /** Add the script that moves every <time> to "now minus data-ago-minutes". */
  liveTimes: boolean;
  /** Extra CSS. */
  css?: string;
}

function navIcon(d: string): string {
  return `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path d="${d}" fill="currentColor"/></svg>`;
}

function sideNav(ui: Ui, me: Person | null): string {
  const s = strings[ui];
  const logo = `<a href="/home" aria-label="X" role="link" class="logo"><svg viewBox="0 0 24 24" width="30" height="30" aria-hidden="true"><path d="M18.2 2.3h3.3l-7.2 8.3 8.5 11.2h-6.7l-5.2-6.8-6 6.8H1.7l7.7-8.8L1.3 2.3H8l4.7 6.2zm-1.2 17.5h1.9L7.1 4.2H5.1z" fill="currentColor"/></svg></a>`;
  const items = [
    ['/home', s.home, 'AppTabBar_Home_Link', 'M21.6 10.5 12 3 2.4 10.5l1.2 1.6L5 11v10h5v-6h4v6h5V11l1.4 1.1z'],
    ['/explore', s.explore, 'AppTabBar_Explore_Link', 'M10.3 3.8a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zm-8.5 6.5a8.5 8.5 0 1 1 15.2 5.3l4.4 4.4-1.4 1.4-4.4-4.4a8.5 8.5 0 0 1-13.8-6.7z'],
    ['/notifications', s.notifications, 'AppTabBar_Notifications_Link', 'M19.9 17.1 18 13.2V9c0-3.3-2.7-6-6-6S6 5.7 6 9v4.2l-1.9 3.9H9c0 1.7 1.3 3 3 3s3-1.3 3-3z'],
    ['/messages', s.messages, 'AppTabBar_DirectMessage_Link', 'M1.998 5.5c0-1.4 1.1-2.5 2.5-2.5h15c1.4 0 2.5 1.1 2.5 2.5v13c0 1.4-1.1 2.5-2.5 2.5h-15c-1.4 0-2.5-1.1-2.5-2.5zm2 .3V18.5c0 .3.2.5.5.5h15c.3 0 .5-.2.5-.5V5.8l-8 5.1z'],
  ];
  const links = items.map(([href, text, testid, d]) => `<a href="${href}" aria-label="${esc(text)}" role="link" data-testid="${testid}" class="nav-item">${navIcon(d)}<span>${esc(text)}</span></a>`).join('');
  const profile = me
    ? `<a href="/${esc(me.handle)}" aria-label="${esc(s.profile)}" role="link" data-testid="AppTabBar_Profile_Link" class="nav-item">${navIcon('M5.7 21.5c.5-3.2 3.2-5.5 6.3-5.5s5.8 2.3 6.3 5.5h-2c-.5-2.1-2.3-3.5-4.3-3.5s-3.8 1.4-4.3 3.5zM12 4a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9z')}<span>${esc(s.profile)}</span></a>`
      + `<a href="/compose/post" aria-label="${esc(s.post)}" role="link" data-testid="SideNav_NewTweet_Button" class="post-btn">${esc(s.post)}</a>`
    : '';
  const switcher = me
    ? `<button aria-label="${esc(s.accountMenu)}" role="button" data-testid="SideNav_AccountSwitcher_Button" type="button" class="switcher"><div data-testid="UserAvatar-Container-${esc(me.handle)}">${avatarSvg(me)}</div><div class="who"><div dir="ltr"><span><span>${esc(me.name)}</span></span></div><div tabindex="-1"><div dir="ltr"><span>@${esc(me.handle)}</span></div></div></div></button>`
    : '';
  return `<header role="banner" class="banner"><div class="nav-wrap"><div>${logo}<nav aria-label="${ui === 'sv' ? 'Primär' : 'Primary'}" role="navigation" class="nav">${links}${profile}</nav></div>${switcher}</div></header>`;
}

function sidebar(ui: Ui): string {
  const s = strings[ui];
  const trends = ui === 'sv'
    ? [['Trendar i Sverige', '#snöoväder', '2 140 inlägg'], ['Inrikes · Trendar', 'Plogbilar', '812 inlägg'], ['Sport · Trendar', 'Vasaloppet', '5 900 inlägg']]
    : [['Trending in Sweden', '#snowstorm', '2,140 posts'], ['Trending', 'Snowploughs', '812 posts']];
  return `<div data-testid="sidebarColumn" class="sidebar"><div class="search"><form role="search" aria-label="${esc(s.search)}"><input aria-label="${esc(s.search)}" placeholder="${esc(s.search)}" role="combobox" data-testid="SearchBox_Search_Input" type="text"></form></div>`
    + `<section aria-labelledby="trend-head" role="region" class="box"><h2 id="trend-head" aria-level="2" role="heading"><span>${esc(s.whatsHappening)}</span></h2>`
    + trends.map(([a, b, c]) => `<div data-testid="trend" role="link" tabindex="0" class="trend"><div class="muted">${esc(a)}</div><div class="strong">${esc(b)}</div><div class="muted">${esc(c)}</div></div>`).join('')
    + `</section></div>`;
}

const baseCss = `
*{box-sizing:border-box}html{font-size:15px;-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:rgb(15,20,25);font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:20px}
a{color:inherit;text-decoration:none}button{font:inherit;background:none;border:0;color:inherit;cursor:pointer;padding:0}
#react-root{display:flex;justify-content:center;min-height:100vh}
.banner{width:275px;display:flex;justify-content:flex-end;position:sticky;top:0;height:100vh}
.nav-wrap{width:259px;display:flex;flex-direction:column;justify-content:space-between;padding:0 12px 12px 0;height:100%}
.logo{display:inline-flex;padding:12px;margin-top:2px;border-radius:50%}
.nav{display:flex;flex-direction:column}.nav-item{display:flex;align-items:center;gap:20px;padding:12px;font-size:20px;line-height:24px;border-radius:9999px;width:max-content}
.nav-item:hover{background:rgba(15,20,25,.1)}
.post-btn{display:block;margin-top:16px;background:rgb(15,20,25);color:#fff;text-align:center;font-weight:700;font-size:17px;padding:15px;border-radius:9999px;width:233px}
.switcher{display:flex;align-items:center;gap:12px;padding:12px;border-radius:9999px;text-align:left}.switcher svg{border-radius:50%}
.who span{font-weight:700}.who [tabindex] span{font-weight:400;color:rgb(83,100,113)}
main{display:flex;width:990px}
[data-testid="primaryColumn"]{width:600px;border-left:1px solid rgb(239,243,244);border-right:1px solid rgb(239,243,244);min-height:100vh}
.col-head{position:sticky;top:0;background:rgba(255,255,255,.85);backdrop-filter:blur(12px);display:flex;align-items:center;gap:24px;padding:0 16px;height:53px;z-index:2}
.col-head h2{font-size:20px;margin:0}
.back{width:34px;height:34px;border-radius:50%;display:flex;align-items:center;justify-content:center}
.sidebar{width:350px;margin-left:30px;padding-top:4px}.search input{width:100%;border-radius:9999px;border:1px solid rgb(207,217,222);padding:11px 16px;font-size:15px;background:#fff}
.box{border:1px solid rgb(239,243,244);border-radius:16px;margin-top:16px;overflow:hidden}.box h2{font-size:20px;margin:0;padding:12px 16px}
.trend{padding:12px 16px}.muted{color:rgb(83,100,113);font-size:13px}.strong{font-weight:700}
.cell-in.border{border-bottom:1px solid rgb(239,243,244)}
.tweet{display:block;padding:0 16px;cursor:pointer}.tweet:hover{background:rgba(0,0,0,.03)}
.top-row{display:flex;min-height:12px}.line-col{width:40px;margin-right:8px;display:flex;justify-content:center}
.thread-line{width:2px;background:rgb(207,217,222)}.thread-line.up{height:8px}.spacer{flex:1;padding-top:4px}
.social{display:flex;gap:8px;align-items:center;color:rgb(83,100,113);font-size:13px;font-weight:700;margin-left:28px}
.t-main{display:flex}.avatar-col{width:40px;margin-right:8px;display:flex;flex-direction:column;align-items:center}
.avatar svg{border-radius:50%;display:block}.thread-line.down{flex:1;margin-top:4px;min-height:12px}
.t-body{flex:1;min-width:0;padding-bottom:12px}.t-head{display:flex;align-items:flex-start;gap:4px}
.user-name{display:flex;flex-wrap:wrap;gap:4px;flex:1;min-width:0}.name{display:flex;gap:2px;align-items:center;font-weight:700}
.name:hover{text-decoration:underline}.badge-gov{width:18px;height:18px;vertical-align:text-bottom}
.handle-line{display:flex;gap:4px;color:rgb(83,100,113)}.time:hover{text-decoration:underline}
.edited{color:rgb(83,100,113);display:inline-flex;align-items:center}.caret{color:rgb(83,100,113);border-radius:50%}
.text{white-space:pre-wrap;word-wrap:break-word;overflow-wrap:anywhere}.text a,.mention a{color:rgb(29,155,240)}
.mention{display:inline}.text.big{font-size:17px;line-height:24px;margin-top:12px}
.emoji{height:1.2em;width:1.2em;vertical-align:-20%;margin:0 .05em}
.show-more{color:rgb(29,155,240)}
.quote{display:block;border:1px solid rgb(207,217,222);border-radius:16px;padding:12px;margin-top:12px}.quote-avatar{display:inline-block;vertical-align:middle;margin-right:4px}.quote-avatar svg{border-radius:50%}.quote .user-name{display:inline-flex}
.gone{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.actions{display:flex;justify-content:space-between;max-width:425px;margin-top:12px;color:rgb(83,100,113)}
.actions button{display:flex;gap:4px;align-items:center;font-size:13px}
.f-body{padding-bottom:4px}.f-meta{display:flex;gap:4px;color:rgb(83,100,113);margin:16px 0;}
.edited-note{color:rgb(83,100,113);font-size:13px;margin-bottom:8px}.focused .actions{border-top:1px solid rgb(239,243,244);border-bottom:1px solid rgb(239,243,244);padding:12px 4px;max-width:none;margin:0}
.composer{display:flex;gap:8px;padding:12px 16px;align-items:center}.composer-box{flex:1}
.textbox{min-height:24px;font-size:20px;outline:none}.textbox:empty:before{content:attr(data-placeholder);color:rgb(83,100,113)}
.reply-btn{background:rgb(15,20,25);color:#fff;font-weight:700;padding:8px 16px;border-radius:9999px;opacity:.5}
.show-replies{display:flex;align-items:center;gap:16px;padding:12px 16px;color:rgb(29,155,240)}.line-stub{width:40px}
.more-replies{width:100%;padding:16px;color:rgb(29,155,240);text-align:left}.more-replies:hover{background:rgba(0,0,0,.03)}
.sort{display:flex;justify-content:flex-end;padding:8px 16px;color:rgb(83,100,113);font-size:13px}
`;

/** Moves every <time data-ago-minutes> to "now minus that many minutes" and relabels it, so the demo never ages. */
function liveTimesScript(ui: Ui): string {
  const s = strings[ui];
  return `<script>(function(){var ui=${JSON.stringify(ui)};var m=${JSON.stringify(s.months)};var now=Date.now();
function pad(n){return String(n).padStart(2,'0')}
function shortL(a,d){if(a<60)return ui==='sv'?Math.max(1,a)+' min':Math.max(1,a)+'m';if(a<1440)return ui==='sv'?Math.floor(a/60)+' tim':Math.floor(a/60)+'h';if(a<10080)return ui==='sv'?Math.floor(a/1440)+' d':Math.floor(a/1440)+'d';return ui==='sv'?d.getDate()+' '+m[d.getMonth()]:m[d.getMonth()]+' '+d.getDate()}
function longL(d){var t=pad(d.getHours())+':'+pad(d.getMinutes());return ui==='sv'?t+' · '+d.getDate()+' '+m[d.getMonth()]+' '+d.getFullYear():t+' · '+m[d.getMonth()]+' '+d.getDate()+', '+d.getFullYear()}
document.querySelectorAll('time[data-ago-minutes]').forEach(function(el){var a=Number(el.getAttribute('data-ago-minutes'));var d=new Date(now-a*60000);el.setAttribute('datetime',d.toISOString());el.textContent=el.hasAttribute('data-long')?longL(d):shortL(a,d);var l=el.closest('a');if(l&&l.hasAttribute('aria-label'))l.setAttribute('aria-label',longL(d));});
})();</script>`;
}

export function page(spec: ShellSpec): string {
  return `<!DOCTYPE html>
<html dir="ltr" lang="${spec.ui}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(spec.title)}</title>
<style>${baseCss}${spec.css ?? ''}</style></head>
<body><div id="react-root">${sideNav(spec.ui, spec.me)}<main role="main"><div data-testid="primaryColumn">${spec.primary}</div>${sidebar(spec.ui)}</main></div>
${spec.liveTimes ? liveTimesScript(spec.ui) : ''}</body></html>
`;
}

export function columnHeader(ui: Ui, title: string, subtitle?: string): string {
  const s = strings[ui];
  return `<div class="col-head"><button aria-label="${esc(s.back)}" role="button" data-testid="app-bar-back" class="back" type="button"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M7.4 13l5.1 5.1-1.4 1.4L3.6 12l7.5-7.5 1.4 1.4L7.4 11H21v2z" fill="currentColor"/></svg></button><div><h2 aria-level="2" role="heading">${esc(title)}</h2>${subtitle ? `<div class="muted">${esc(subtitle)}</div>` : ''}</div></div>`;
}
