/**
 * Facebook-shaped markup for the demo pages and test fixtures, modelled on the real saved page
 * (tests: /work/shared/fixtures/real/facebook): posts are `[role="article"]` without aria-label,
 * comments `[role="article"]` with one, the comment's block (its parent element) holds its
 * replies, name/avatar links carry `comment_id` (base64), the time link in the action row carries
 * the numeric `comment_id` (+ `reply_comment_id` for replies), text lines are `div[dir="auto"]`.
 * Everything is local: avatars are inline SVG, no external resources.
 */

export type Lang = 'sv' | 'en';

export interface Person {
  name: string;
  /** Vanity name or `profile.php?id=…`. */
  profile: string;
}

export interface ThreadComment {
  id: string;
  by: Person;
  /** Lines of text; a line may hold raw HTML only through `html` below. */
  lines: string[];
  /** The time label as shown ("2 d", "3 tim", "1w"). */
  time: string;
  edited?: boolean;
  seeMore?: boolean;
  /** The "Author"/"Författare" identity badge. */
  badge?: boolean;
  replies?: ThreadComment[];
  /** Hidden replies: "more" → "Visa fler svar" after the shown replies; else "Name svarade · N svar". */
  hidden?: 'more' | { name: string; count: number };
  /** Write reply_comment_id into the time link (true on real pages; false tests the nesting fallback). */
  replyIdInLink?: boolean;
}

export interface PostData {
  id: string;
  pfbid: string;
  by: Person;
  time: string;
  timeLabel: string;
  lines: string[];
  seeMore?: boolean;
  reactions: number;
  commentCount: number;
  /** A "Visa fler kommentarer" button under the list (more top-level comments not loaded). */
  moreComments?: boolean;
  comments: ThreadComment[];
}

const T = {
  sv: {
    commentBy: 'Kommentar från', replyBy: 'Svar från', to: 'på', commentOf: (n: string) => `${n}s kommentar`,
    like: 'Gilla', reply: 'Svara', edited: 'Redigerad', seeMore: 'Visa mer', moreReplies: 'Visa fler svar', moreComments: 'Visa fler kommentarer',
    replied: (n: string, c: number) => [`${n} svarade`, `${c} svar`], comments: (c: number) => `${c} kommentarer`,
    shares: (c: number) => `${c} delningar`, comment: 'Kommentera', share: 'Dela', mostRelevant: 'Mest relevanta',
    writeComment: 'Skriv en kommentar …', badgeInfo: 'Visa information om identitetsmärken', author: 'Författare',
    reacted: 'Se vem som reagerade på detta', allReactions: 'Alla reaktioner:', yourProfile: 'Din profil', public: 'Delas med Alla',
  },
  en: {
    commentBy: 'Comment by', replyBy: 'Reply by', to: 'to', commentOf: (n: string) => `${n}'s comment`,
    like: 'Like', reply: 'Reply', edited: 'Edited', seeMore: 'See more', moreReplies: 'View more replies', moreComments: 'View more comments',
    replied: (n: string, c: number) => [`${n} replied`, `${c} ${c === 1 ? 'reply' : 'replies'}`], comments: (c: number) => `${c} comments`,
    shares: (c: number) => `${c} shares`, comment: 'Comment', share: 'Share', mostRelevant: 'Most relevant',
    writeComment: 'Write a comment…', badgeInfo: 'View information about identity badges', author: 'Author',
    reacted: 'See who reacted to this', allReactions: 'All reactions:', yourProfile: 'Your profile', public: 'Shared with Public',
  },
} as const;

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const PALETTE = ['#1b74e4', '#e4405f', '#2aa876', '#f5a623', '#8e44ad', '#16a085', '#d35400', '#34495e'];

/** A round avatar with initials, as an inline SVG. */
export function avatar(name: string, size = 32): string {
  const initials = name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0] ?? '').join('').toUpperCase();
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  const color = PALETTE[h % PALETTE.length];
  return `<svg aria-hidden="true" role="none" width="${size}" height="${size}" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="${color}"></circle><text x="16" y="20.5" text-anchor="middle" font-size="12" font-family="Helvetica, Arial, sans-serif" font-weight="700" fill="#fff">${esc(initials)}</text></svg>`;
}

/** Sjöviks kommun's logo: a crest-like shape. */
export function pageLogo(size = 40, label = ''): string {
  return `<svg ${label ? `aria-label="${esc(label)}" role="img"` : 'aria-hidden="true" role="none"'} width="${size}" height="${size}" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="#0b5394"></circle><path d="M10 24c4-6 8-6 10-2s6 4 10-2v8H10z" fill="#9fc5e8"></path><path d="M20 8l6 8H14z" fill="#ffd966"></path></svg>`;
}

const ICONS: Record<string, string> = {
  info: '<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"></circle><rect x="9" y="9" width="2" height="6"></rect><rect x="9" y="5" width="2" height="2"></rect>',
  pin: '<path d="M10 1a6 6 0 0 0-6 6c0 5 6 12 6 12s6-7 6-12a6 6 0 0 0-6-6zm0 8.5A2.5 2.5 0 1 1 10 4.5a2.5 2.5 0 0 1 0 5z"></path>',
  phone: '<path d="M5 2h3l1.5 4-2 1.5a10 10 0 0 0 5 5l1.5-2 4 1.5v3a2 2 0 0 1-2 2A15 15 0 0 1 3 4a2 2 0 0 1 2-2z"></path>',
  mail: '<path d="M2 4h16v12H2z" fill="none" stroke="currentColor" stroke-width="2"></path><path d="M2 5l8 6 8-6" fill="none" stroke="currentColor" stroke-width="2"></path>',
  link: '<path d="M8 12l4-4M7 9l-2 2a3 3 0 0 0 4 4l2-2M13 11l2-2a3 3 0 0 0-4-4L9 7" fill="none" stroke="currentColor" stroke-width="2"></path>',
  home: '<path d="M10 2l8 7h-2v8h-4v-5H8v5H4V9H2z"></path>',
  video: '<rect x="2" y="4" width="16" height="12" rx="2"></rect><path d="M8 7l5 3-5 3z" fill="#fff"></path>',
  people: '<circle cx="7" cy="7" r="3"></circle><circle cx="14" cy="8" r="2.5"></circle><path d="M1 17a6 6 0 0 1 12 0zM12 17a5 5 0 0 1 7-4.5V17z"></path>',
  like: '<path d="M2 9h3v9H2zM7 9l4-7c1.5 0 2.5 1 2 3l-1 3h5a2 2 0 0 1 2 2l-2 6a2 2 0 0 1-2 2H7z"></path>',
  comment: '<path d="M10 2c4.4 0 8 3 8 7s-3.6 7-8 7c-1 0-2-.1-2.8-.4L3 17l1-3.5A6.8 6.8 0 0 1 2 9c0-4 3.6-7 8-7z"></path>',
  share: '<path d="M11 3l7 6-7 6v-4c-4 0-7 1-9 5 0-5 3-9 9-10z"></path>',
  globe: '<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="M2 10h16M10 2c3 3 3 13 0 16M10 2c-3 3-3 13 0 16" fill="none" stroke="currentColor" stroke-width="1.5"></path>',
};

/** A small UI icon as inline SVG (the real site uses images; the adapter reads neither). */
export function icon(name: keyof typeof ICONS, size = 16, color = '#65676b'): string {
  return `<svg aria-hidden="true" role="none" width="${size}" height="${size}" viewBox="0 0 20 20" fill="${color}" style="color:${color};vertical-align:-3px">${ICONS[name]}</svg>`;
}

/** Reaction bubbles (like, love) beside the reaction count. */
const REACTIONS = `<svg aria-hidden="true" role="none" width="36" height="18" viewBox="0 0 36 18"><circle cx="9" cy="9" r="9" fill="#0866ff"></circle><path d="M5 8h2v5H5zM8 8l2-4c1 0 1.5.6 1.2 1.6L10.7 7H13a1 1 0 0 1 1 1l-1 4a1 1 0 0 1-1 1H8z" fill="#fff"></path><circle cx="25" cy="9" r="9" fill="#f33e58"></circle><path d="M25 14s-5-3-5-6a2.5 2.5 0 0 1 5-1 2.5 2.5 0 0 1 5 1c0 3-5 6-5 6z" fill="#fff"></path></svg>`;

export const FB = 'https://www.facebook.com';
const CFT = '__cft__[0]=AZUppsiktDemoQx7Lr2k&amp;__tn__=R]-R';

export function profileHref(p: Person): string {
  return `${FB}/${p.profile}`;
}

function withQuery(href: string, query: string): string {
  return href + (href.includes('?') ? '&amp;' : '?') + query;
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Emoji as Facebook draws some of them: an image whose alt is the emoji ("[[emoji:💡]]" in a line). */
function lineHtml(line: string): string {
  return line.split(/(\[\[emoji:[^\]]+\]\])/u).map((part) => {
    const m = /^\[\[emoji:([^\]]+)\]\]$/u.exec(part);
    return m
      ? `<img height="16" width="16" alt="${esc(m[1])}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`
      : esc(part);
  }).join('');
}

function textLines(lines: string[], lang: Lang, seeMore = false): string {
  // Like the real page, "See more" sits at the end of the last line, after an ellipsis.
  const more = `… <div role="button" tabindex="0" class="see-more">${T[lang].seeMore}</div>`;
  const body = lines.map((l, i) => `<div dir="auto" class="tx">${lineHtml(l)}${seeMore && i === lines.length - 1 ? more : ''}</div>`).join('');
  return `<span dir="auto" lang="${lang === 'sv' ? 'sv-SE' : 'en-GB'}" class="txw">${body}</span>`;
}

function commentArticle(post: PostData, c: ThreadComment, lang: Lang, parent: ThreadComment | null, root: ThreadComment | null): string {
  const t = T[lang];
  const aria = parent
    ? `${t.replyBy} ${c.by.name} ${t.to} ${t.commentOf(parent.by.name)} ${longAgo(c.time, lang)}`
    : `${t.commentBy} ${c.by.name} ${longAgo(c.time, lang)}`;
  const idQuery = `comment_id=${encodeURIComponent(b64(`comment:${post.id}_${c.id}`))}&amp;${CFT}`;
  const personHref = withQuery(profileHref(c.by), idQuery);
  // Facebook links a reply (at any depth) as comment_id=<top-level comment>&reply_comment_id=<reply>.
  const replyQuery = root && c.replyIdInLink !== false ? `comment_id=${root.id}&amp;reply_comment_id=${c.id}` : `comment_id=${c.id}`;
  const timeHref = `${FB}/${post.by.profile}/posts/${post.pfbid}?${replyQuery}&amp;${CFT}`;
  const badge = c.badge
    ? `<div aria-label="${t.badgeInfo}" role="button" tabindex="0" class="badge"><span>${t.author}</span></div>`
    : '';
  return `<div aria-label="${esc(aria)}" role="article" tabindex="-1" class="cm">`
    + `<a aria-hidden="true" href="${personHref}" role="link" tabindex="-1" class="av">${c.by.profile === 'sjovikskommun' ? pageLogo(32) : avatar(c.by.name)}</a>`
    + `<div class="cb"><div class="bubble">${badge}<a aria-hidden="false" href="${personHref}" role="link" tabindex="0" class="nm"><span dir="auto">${esc(c.by.name)}</span></a>`
    + textLines(c.lines, lang, c.seeMore) + `</div>`
    + `<ul class="act"><li><a href="${timeHref}" role="link" tabindex="0" class="tm">${esc(c.time)}</a></li>`
    + `<li><div role="button" tabindex="0">${t.like}</div></li><li><div role="button" tabindex="0">${t.reply}</div></li>`
    + (c.edited ? `<li><span class="ed">${t.edited}</span></li>` : '')
    + `</ul></div></div>`;
}

/** A comment with its replies inside its block, like the real page (article + replies area). */
function commentBlock(post: PostData, c: ThreadComment, lang: Lang, parent: ThreadComment | null, root: ThreadComment | null): string {
  const t = T[lang];
  const replies = (c.replies ?? []).map((r) => commentBlock(post, r, lang, c, root ?? c)).join('');
  let hidden = '';
  if (c.hidden === 'more') {
    hidden = `<div role="button" tabindex="0" class="more"><span dir="auto"><span>${t.moreReplies}</span></span></div>`;
  } else if (c.hidden) {
    const [who, count] = t.replied(c.hidden.name, c.hidden.count);
    hidden = `<div role="button" tabindex="0" class="more"><span dir="auto">${avatar(c.hidden.name, 20)}<span>${esc(who)}</span><span aria-hidden="true"> · </span><span>${esc(count)}</span></span></div>`;
  }
  return `<div class="blk">${commentArticle(post, c, lang, parent, root)}<div class="rep">${replies}${hidden}</div></div>`;
}

/** "2 d" → "för 2 dagar sedan" (the long form that aria-labels use). */
function longAgo(short: string, lang: Lang): string {
  const m = /^(\d+)\s*(min|m|tim|h|d|v|w|år|y)$/.exec(short);
  if (!m) return short;
  const n = Number(m[1]);
  const sv: Record<string, [string, string]> = { min: ['minut', 'minuter'], m: ['minut', 'minuter'], tim: ['timme', 'timmar'], h: ['timme', 'timmar'], d: ['dag', 'dagar'], v: ['vecka', 'veckor'], w: ['vecka', 'veckor'], år: ['år', 'år'], y: ['år', 'år'] };
  const en: Record<string, [string, string]> = { min: ['minute', 'minutes'], m: ['minute', 'minutes'], tim: ['hour', 'hours'], h: ['hour', 'hours'], d: ['day', 'days'], v: ['week', 'weeks'], w: ['week', 'weeks'], år: ['year', 'years'], y: ['year', 'years'] };
  if (lang === 'sv') return `för ${n} ${sv[m[2]][n === 1 ? 0 : 1]} sedan`;
  return n === 1 ? `a ${en[m[2]][0]} ago` : `${n} ${en[m[2]][1]} ago`;
}

export function postArticle(post: PostData, lang: Lang, options: { posinset?: number; withComments: boolean; idPrefix: string; composer?: boolean }): string {
  const t = T[lang];
  const p = options.idPrefix;
  const authorHref = withQuery(profileHref(post.by), CFT);
  const postHref = `${FB}/${post.by.profile}/posts/${post.pfbid}?${CFT}`;
  const comments = options.withComments
    ? `<div class="sort"><div aria-expanded="false" aria-haspopup="menu" role="button" tabindex="0"><span dir="auto">${t.mostRelevant} ▾</span></div></div>`
      + `<div class="clist">${post.comments.map((c) => commentBlock(post, c, lang, null, null)).join('')}</div>`
      + (post.moreComments ? `<div role="button" tabindex="0" class="more"><span dir="auto">${t.moreComments}</span></div>` : '')
      + (options.composer === false ? '' : `<div class="compose">${pageLogo(32)}<div aria-label="${t.writeComment}" contenteditable="true" role="textbox" tabindex="0" class="box" data-placeholder="${t.writeComment}"></div></div>`)
    : '';
  return `<div ${options.posinset ? `aria-posinset="${options.posinset}" ` : ''}aria-describedby="${p}-time ${p}-msg" aria-labelledby="${p}-name" role="article" class="post">`
    + `<div class="ph"><a aria-label="${esc(post.by.name)}" href="${authorHref}" role="link" tabindex="0">${pageLogo(40)}</a>`
    + `<div><div data-ad-rendering-role="profile_name"><h3 id="${p}-name"><a href="${authorHref}" role="link" tabindex="0"><span>${esc(post.by.name)}</span></a></h3></div>`
    + `<div id="${p}-time" class="ptime"><a aria-label="${esc(post.timeLabel)}" href="${postHref}" role="link" tabindex="0">${esc(post.time)}</a><span aria-hidden="true"> · </span><span title="${t.public}">${icon('globe', 12)}</span></div></div></div>`
    + `<div dir="auto"><div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message" data-ad-preview="message" id="${p}-msg">${textLines(post.lines, lang, post.seeMore)}</div></div></div>`
    + `<div class="stats"><span aria-label="${t.reacted}" role="toolbar"><span class="rx">${REACTIONS}</span></span><span class="rxn">${post.reactions}</span>`
    + `<div role="button" tabindex="0" class="cc"><span dir="auto"><span>${t.comments(post.commentCount)}</span></span></div></div>`
    + `<div class="btns"><div role="button" tabindex="0"><span dir="auto">${icon('like', 18)} ${t.like}</span></div><div role="button" tabindex="0"><span dir="auto">${icon('comment', 18)} ${t.comment}</span></div><div role="button" tabindex="0"><span dir="auto">${icon('share', 18)} ${t.share}</span></div></div>`
    + comments
    + `</div>`;
}

/** The top bar; `signedIn` adds the "Din profil" button with the account's name on its image. */
export function topBar(lang: Lang, signedIn: Person | null): string {
  const t = T[lang];
  const account = signedIn
    ? `<a href="${profileHref(signedIn)}" role="link" class="me"><div aria-label="${t.yourProfile}" role="button" tabindex="0">${pageLogo(40, signedIn.name)}</div></a>`
    : `<a href="${FB}/login/" role="link" class="login">${lang === 'sv' ? 'Logga in' : 'Log in'}</a>`;
  return `<div role="banner" class="top"><a aria-label="Facebook" href="${FB}/" role="link" class="logo">facebook</a>`
    + `<input type="search" aria-label="${lang === 'sv' ? 'Sök på Facebook' : 'Search Facebook'}" placeholder="${lang === 'sv' ? 'Sök på Facebook' : 'Search Facebook'}">`
    + `<div role="navigation" class="nav">${icon('home', 26, '#0866ff')}${icon('video', 26)}${icon('people', 26)}</div>${account}</div>`;
}

export function page(lang: Lang, title: string, canonical: string, body: string, css: string): string {
  return `<!DOCTYPE html>\n<html id="facebook" lang="${lang}" dir="ltr"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>`
    + `<link rel="canonical" href="${canonical}"><meta property="og:locale" content="${lang === 'sv' ? 'sv_SE' : 'en_GB'}">`
    + `<style>${css}</style></head><body>${body}</body></html>\n`;
}
