// The demo's profile of Sjöviks kommun. Its base information is only partly there on purpose: who
// runs it, contact details and the website are given; that posts become public records and when
// the account is monitored are missing, so the checklist shows both found and missing items.
import type { ProfilePage } from './render';
import { sjovikGrid } from './sjovik-post';

export const sjovikProfile: ProfilePage = {
  username: 'sjovikskommun',
  fullName: 'Sjöviks kommun',
  category: 'Myndighet',
  // Instagram allows 150 characters.
  bioHtml: 'Officiellt konto för Sjöviks kommun. Drivs av kommunikationsavdelningen.\nFrågor: kommun@sjovik.se, 0510-77 00 00 📍 Storgatan 1, Sjövik',
  link: { url: 'https://www.sjovik.se/', text: 'www.sjovik.se' },
  posts: '1\u00a0234',
  followers: '5\u00a0678',
  following: '89',
  grid: sjovikGrid,
};
