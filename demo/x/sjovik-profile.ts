// The demo profile: bio (at most 160 characters) that names who runs the account and how to reach
// the municipality, but not that posts become public records nor when the account is monitored.
import { sjovik, sjovikPost, statusId } from './sjovik-status';
import type { TweetSpec } from './markup';

export const sjovikBio = 'Sjöviks kommuns officiella konto. Drivs av kommunikationsenheten. Frågor? Ring 0510-77 00 00 eller mejla kommun@sjovik.se';

export const sjovikHeaderItems = { location: 'Sjövik', url: 'sjovik.se', category: 'Myndighet', joined: 'Gick med mars 2012' };

export const sjovikCounts = { following: '312', followers: '1 234', posts: '2 481' };

/** Recent posts, newest first after the pinned one. */
export const sjovikRecentPosts: TweetSpec[] = [
  {
    id: statusId(900), author: sjovik, agoMinutes: 60 * 24 * 40, socialContext: 'Fäst',
    text: 'Välkommen till Sjöviks kommun på X! Här berättar vi om det som händer i kommunen. För ärenden: ring 0510-77 00 00 eller besök sjovik.se/kontakt',
    counts: { replies: 4, reposts: 3, likes: 25 },
  },
  { ...sjovikPost, counts: { replies: 41, reposts: 12, likes: 87 } },
  {
    id: statusId(901), author: sjovik, agoMinutes: 60 * 24 * 5,
    text: 'Biblioteket på Storgatan 1 har förlängda öppettider i december: vardagar 10–20 📚 sjovik.se/bibliotek',
    counts: { replies: 2, reposts: 1, likes: 19 },
  },
  {
    id: statusId(902), author: sjovik, agoMinutes: 60 * 24 * 9,
    text: 'Tyck till om den nya lekplatsen i Norrby! Enkäten är öppen till 30 november: sjovik.se/lekplats',
    counts: { replies: 7, reposts: 5, likes: 33 },
  },
  {
    id: statusId(903), author: sjovik, agoMinutes: 60 * 24 * 16,
    text: 'Kommunfullmäktige sammanträder torsdag kl. 18.00 i stadshuset. Mötet sänds direkt på sjovik.se/fullmaktige',
    counts: { replies: 1, reposts: 2, likes: 8 },
  },
  {
    id: statusId(904), author: sjovik, agoMinutes: 60 * 24 * 23,
    text: 'Nu är höstens lövsugning igång 🍂 Kratta ut löven till trottoarkanten senast söndag så hämtar vi dem.',
    counts: { replies: 3, reposts: 0, likes: 12 },
  },
];
