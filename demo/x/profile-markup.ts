// The header of an x.com profile: banner, avatar, UserName, UserDescription, UserProfileHeader_Items,
// following/followers links and the tabs, shaped like shared/fixtures/real/x/profile-loggedout-en-2025.html.
import { avatarSvg, esc, richText, type Person, type Ui } from './markup';

export interface ProfileSpec {
  person: Person;
  bio: string;
  items: { location?: string; url?: string; category?: string; joined: string };
  counts: { following: string; followers: string };
  /** The signed-in account is this profile (shows "Redigera profil" instead of "Följ"). */
  own: boolean;
}

const words = {
  sv: { following: 'Följer', followers: 'Följare', edit: 'Redigera profil', follow: 'Följ', tabs: ['Inlägg', 'Svar', 'Höjdpunkter', 'Media'], posts: 'inlägg' },
  en: { following: 'Following', followers: 'Followers', edit: 'Edit profile', follow: 'Follow', tabs: ['Posts', 'Replies', 'Highlights', 'Media'], posts: 'posts' },
} as const;

const icon = (d: string) => `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="${d}" fill="currentColor"/></svg>`;

export function profileHeader(spec: ProfileSpec, ui: Ui): string {
  const w = words[ui];
  const h = esc(spec.person.handle);
  const items = [
    spec.items.category ? `<span data-testid="UserProfessionalCategory" class="item">${icon('M12 2 2 7l10 5 10-5z')}<span>${esc(spec.items.category)}</span></span>` : '',
    spec.items.location ? `<span dir="ltr" role="presentation" data-testid="UserLocation" class="item">${icon('M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z')}<span><span>${esc(spec.items.location)}</span></span></span>` : '',
    spec.items.url ? `<a dir="ltr" href="https://t.co/sjovik1" rel="noopener noreferrer nofollow" target="_blank" role="none" data-testid="UserUrl" class="item link">${icon('M18.4 14.8 17 13.4l1.4-1.4a3.5 3.5 0 0 0-5-5L12 8.4 10.6 7 12 5.6a5.5 5.5 0 0 1 7.8 7.8zM5.6 9.2 7 10.6 5.6 12a3.5 3.5 0 0 0 5 5l1.4-1.4 1.4 1.4-1.4 1.4a5.5 5.5 0 0 1-7.8-7.8z')}<span>${esc(spec.items.url)}</span></a>` : '',
    `<span dir="ltr" role="presentation" data-testid="UserJoinDate" class="item">${icon('M7 4V3h2v1h6V3h2v1h1.5C19.9 4 21 5.1 21 6.5v12c0 1.4-1.1 2.5-2.5 2.5h-13C4.1 21 3 19.9 3 18.5v-12C3 5.1 4.1 4 5.5 4zm-2 6v8.5c0 .3.2.5.5.5h13c.3 0 .5-.2.5-.5V10z')}<span>${esc(spec.items.joined)}</span></span>`,
  ].join('');
  return `<div class="profile">`
    + `<a href="/${h}/header_photo" role="link" class="banner-photo"><svg viewBox="0 0 600 200" width="100%" height="200" preserveAspectRatio="none" aria-hidden="true"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3e6"/><stop offset="1" stop-color="#e6f0f8"/></linearGradient></defs><rect width="600" height="200" fill="url(#sky)"/><path d="M0 150 Q150 110 300 140 T600 130 V200 H0z" fill="#2f6b3a"/><path d="M0 170 Q200 150 400 170 T600 165 V200 H0z" fill="#3f88c5"/><rect x="380" y="95" width="60" height="50" fill="#c94c3c"/><path d="M375 97 410 70 445 97z" fill="#7a2e25"/></svg></a>`
    + `<div class="p-top"><a href="/${h}/photo" role="link" class="p-avatar">${avatarSvg(spec.person, 134)}</a>`
    + `<div class="p-actions">${spec.own ? `<a href="/settings/profile" role="link" data-testid="editProfileButton" class="btn-outline"><span>${esc(w.edit)}</span></a>` : `<button role="button" data-testid="follow" type="button" class="btn-dark"><span>${esc(w.follow)}</span></button>`}</div></div>`
    + `<div class="p-info"><div data-testid="UserName" class="p-name"><div><div><div><div><div><div dir="ltr"><span><span>${esc(spec.person.name)}</span><span><span><span><div><button aria-label="${ui === 'sv' ? 'Visar information om verifierade konton.' : 'Provides details about verified accounts.'}" role="button" type="button" class="badge-btn">${avatarBadge()}</button></div></span></span></span></span></div></div></div><div><div tabindex="-1"><div><div dir="ltr"><span>@${h}</span></div></div></div></div></div></div></div></div>`
    + `<div dir="auto" data-testid="UserDescription" class="p-bio">${richText(spec.bio)}</div>`
    + `<div dir="ltr" data-testid="UserProfileHeader_Items" class="p-items">${items}</div>`
    + `<div class="p-counts"><a href="/${h}/following" dir="ltr" role="link"><span><span class="strong">${esc(spec.counts.following)}</span></span> <span><span>${esc(w.following)}</span></span></a><a href="/${h}/verified_followers" dir="ltr" role="link"><span><span class="strong">${esc(spec.counts.followers)}</span></span> <span><span>${esc(w.followers)}</span></span></a></div></div>`
    + `<nav aria-live="polite" role="navigation" class="tabs"><div role="tablist" data-testid="ScrollSnap-List">${w.tabs.map((t, i) => `<div role="presentation"><a href="/${h}${['', '/with_replies', '/highlights', '/media'][i]}" aria-selected="${i === 0}" role="tab" class="tab${i === 0 ? ' on' : ''}"><span>${esc(t)}</span></a></div>`).join('')}</div></nav>`
    + `</div>`;
}

function avatarBadge(): string {
  return `<svg viewBox="0 0 22 22" width="20" height="20" aria-hidden="true" data-testid="icon-verified"><circle cx="11" cy="11" r="10" fill="#829aab"/><path d="M9.7 14.9l-3.4-3.4 1.3-1.3 2.1 2.1 4.4-4.8 1.3 1.2z" fill="#fff"/></svg>`;
}

export const profileCss = `
.banner-photo{display:block;height:200px;overflow:hidden}
.p-top{display:flex;justify-content:space-between;align-items:flex-start;padding:0 16px}
.p-avatar{margin-top:-68px;border:4px solid #fff;border-radius:50%;overflow:hidden;display:block;width:142px;height:142px}
.p-avatar svg{display:block}.p-actions{padding-top:12px}
.btn-outline{display:inline-block;border:1px solid rgb(207,217,222);border-radius:9999px;padding:7px 16px;font-weight:700}
.btn-dark{background:rgb(15,20,25);color:#fff;border-radius:9999px;padding:8px 16px;font-weight:700}
.p-info{padding:12px 16px 0}.p-name span{font-size:20px;font-weight:800;line-height:24px}.p-name [tabindex] span{font-size:15px;font-weight:400;color:rgb(83,100,113)}
.p-name [dir="ltr"] div{display:inline-block}.badge-btn{vertical-align:middle;margin-left:2px}.p-bio{margin:12px 0;white-space:pre-wrap}.p-bio a{color:rgb(29,155,240)}
.p-items{display:flex;flex-wrap:wrap;gap:12px;color:rgb(83,100,113);margin-bottom:12px}.p-items .item{display:inline-flex;gap:4px;align-items:center}.p-items .link span{color:rgb(29,155,240)}
.p-counts{display:flex;gap:20px;color:rgb(83,100,113);margin-bottom:12px}.p-counts .strong{color:rgb(15,20,25)}
.tabs [role=tablist]{display:flex;border-bottom:1px solid rgb(239,243,244)}.tabs [role=presentation]{flex:1;text-align:center}
.tab{display:inline-block;padding:16px 0;color:rgb(83,100,113);font-weight:500}.tab.on{color:rgb(15,20,25);font-weight:700;border-bottom:4px solid rgb(29,155,240)}
`;
