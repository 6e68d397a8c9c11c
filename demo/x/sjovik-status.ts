// The demo conversation: Sjöviks kommun's tweet about snow clearing and its replies. Invented people
// only; the personnummer 19121212-1212 is the well-known test number with a valid check digit.
import type { Person, TweetSpec } from './markup';

export const sjovik: Person = { name: 'Sjöviks kommun', handle: 'SjovikKommun', colour: '#1d4f91', government: true };

const p = (name: string, handle: string, colour: string): Person => ({ name, handle, colour });
const karin = p('Karin Lindqvist', 'karinlindq', '#b5487a');
const erik = p('Erik Sandberg', 'eriksandb', '#3a7d44');
const lena = p('Lena Holm', 'lenaholm_sjovik', '#8a5a2b');
const olle = p('Olle Berg', 'olleberg', '#2b6f8a');
const mats = p('Mats E', 'mats_ek_64', '#6b6b6b');
const per = p('Per Nyberg', 'pernyberg', '#7a4db5');
const annika = p('Annika Ström', 'annikastrom', '#c0622d');
const ahmed = p('Ahmed Yusuf', 'ahmedy_sjv', '#2d8f6f');
const greta = p('Greta Falk', 'gretafalk', '#a83232');
const viktor = p('Viktor', 'vikt0r_88', '#444');
const sanning = p('Sanningen om Sverige', 'sanningen_sv', '#555');
const krypto = p('Snabba pengar 💰', 'krypto_vinst_24', '#d4a017');
const filmfan = p('Filmfan', 'filmfan_se', '#333');
const mikael = p('Mikael Dahl', 'mikaeldahl', '#4a6fa5');
const eva = p('Birgitta Sund', 'birgittasund', '#9c4f96');
const jonas = p('Jonas Ek', 'jonasek_', '#5b8c2a');
const sara = p('Sara Wik', 'sarawik', '#c2185b');
const bengt = p('Bengt Ålund', 'bengtalund', '#795548');
const maja = p('Maja Lindgren', 'majalindgren_', '#ff7043');
const kristina = p('Kristina Ek', 'kristinaek', '#00838f');
const nils = p('Nils Hagberg', 'nilshagberg', '#5d4037');
const frust = p('Frustrerad Sjöviksbo', 'frustreradsjv', '#607d8b');
const linnea = p('Linnea P', 'linneap', '#8e24aa');
const hassan = p('Hassan Ali', 'hassanali_', '#1565c0');

/** 19-digit ids like X's, in posting order. */
export const statusId = (n: number): string => `19966${String(40000000000000 + n)}`;

export const sjovikPost: TweetSpec = {
  id: statusId(1),
  author: sjovik,
  agoMinutes: 3 * 1440 + 240,
  text: 'Nu har vinterns första snö kommit ❄️ Plogbilarna har varit ute sedan kl. 04.00.\n\nFörst plogar vi huvudgator, busslinjer och gång- och cykelvägar till skolor, sedan bostadsgator. Läs mer om hur vi prioriterar: sjovik.se/vintervaghallning\n\nHar du frågor? Svara här så hjälper vi dig.',
  counts: { replies: 41, reposts: 12, likes: 87 },
};

/**
 * Replies in page order. `lineBelow` joins a reply to the next one (the next one answers it).
 * Comments in the right column say what the rules should see.
 */
export const sjovikReplies: TweetSpec[] = [
  // A question answered by the page (signed), then thanks.
  { id: statusId(10), author: karin, agoMinutes: 300, lineBelow: true, text: 'När plogas Björkvägen? Vi har inte sett en plogbil på två dagar och jag kommer inte ut med bilen 😩', counts: { replies: 1, reposts: 0, likes: 3 } },
  { id: statusId(11), author: sjovik, agoMinutes: 270, lineAbove: true, lineBelow: true, text: 'Hej Karin! Björkvägen ligger i den tredje prioriteringen och ska vara plogad senast i morgon kväll. Tack för ditt tålamod! /Anna, kommunikatör', counts: { replies: 1, reposts: 0, likes: 2 } },
  { id: statusId(12), author: karin, agoMinutes: 250, lineAbove: true, text: 'Tack för snabbt svar! 👍', counts: { replies: 0, reposts: 0, likes: 1 } },
  // Unanswered question, 26 hours old.
  { id: statusId(13), author: erik, agoMinutes: 26 * 60, text: 'Varför är återvinningscentralen stängd idag? Det står inget om det på hemsidan.', counts: { replies: 0, reposts: 0, likes: 4 } },
  // Health data about a person + a question, three days old.
  { id: statusId(14), author: lena, agoMinutes: 3 * 1440 + 60, text: 'Min son har diabetes och måste kunna ta sig till skolan. Busshållplatsen vid Ekbacken är inte plogad. Hur ska han ta sig dit?', counts: { replies: 0, reposts: 1, likes: 9 } },
  // Praise with emoji.
  { id: statusId(15), author: olle, agoMinutes: 120, text: 'Stort tack till alla som jobbar natt med plogningen! Ni gör ett fantastiskt jobb ❄️🚜💪', counts: { replies: 0, reposts: 2, likes: 31 } },
  // Personal attack + obscenity.
  { id: statusId(16), author: mats, agoMinutes: 480, text: 'Era politiker är ena jävla idioter allihop, och Persson i tekniska nämnden är en inkompetent pajas som borde sparkas.', counts: { replies: 0, reposts: 0, likes: 2 } },
  // A private phone number, answered by the page (signed).
  { id: statusId(17), author: per, agoMinutes: 360, lineBelow: true, text: 'Ring mig på 070-123 45 67 så kan jag förklara var det är värst, orkar inte skriva allt här.', counts: { replies: 1, reposts: 0, likes: 0 } },
  { id: statusId(18), author: sjovik, agoMinutes: 330, lineAbove: true, text: 'Hej Per! Vi kan tyvärr inte ringa upp via X. Ring gärna vår kundtjänst på 0510-77 00 00 eller mejla kommun@sjovik.se så hjälper vi dig. /Johan, webbredaktör', counts: { replies: 0, reposts: 0, likes: 1 } },
  // An individual's case with a personnummer, two days old.
  { id: statusId(19), author: annika, agoMinutes: 2 * 1440 + 120, text: 'Jag har sökt förskoleplats för min dotter sedan i augusti och fått besked om plats först i mars. Mitt personnummer är 19121212-1212, kan ni kolla mitt ärende?', counts: { replies: 0, reposts: 0, likes: 5 } },
  // Fair criticism answered by the page without a signature.
  { id: statusId(20), author: ahmed, agoMinutes: 240, lineBelow: true, text: 'Plogningen på Stationsgatan var riktigt dålig i morse. Bussarna fastnade och många kom en halvtimme för sent till jobbet. Hoppas ni ser över rutinerna.', counts: { replies: 1, reposts: 1, likes: 14 } },
  { id: statusId(21), author: sjovik, agoMinutes: 200, lineAbove: true, text: 'Tack för att du hör av dig. Vi har tagit upp det med entreprenören och ser över turordningen.', counts: { replies: 0, reposts: 0, likes: 3 } },
  // Unanswered question, a few hours old.
  { id: statusId(22), author: greta, agoMinutes: 180, text: 'Hej! Gäller det tillfälliga parkeringsförbudet på Kyrkogatan även på helgerna?', counts: { replies: 0, reposts: 0, likes: 0 } },
  // Threat.
  { id: statusId(23), author: viktor, agoMinutes: 1440 + 200, text: 'Om plogbilen kör ner min brevlåda en gång till så kommer jag att slå ihjäl chauffören. Jag vet var han bor.', counts: { replies: 0, reposts: 0, likes: 0 } },
  // Hate.
  { id: statusId(24), author: sanning, agoMinutes: 700, text: 'Alla invandrare borde kastas ut ur Sjövik, de är som råttor som förstör vår stad.', counts: { replies: 0, reposts: 0, likes: 1 } },
  // Spam.
  { id: statusId(25), author: krypto, agoMinutes: 90, text: '💰💰 Tjäna 50 000 kr i veckan hemifrån! Klicka här: bit.ly/snabbvinst-kr Begränsat erbjudande, gäller bara idag!!! 💰💰', counts: { replies: 0, reposts: 0, likes: 0 } },
  // Copyright: pirated film link.
  { id: statusId(26), author: filmfan, agoMinutes: 150, text: 'Inställd skola = filmdag. Se hela nya Avatar-filmen gratis i full HD utan konto här: streama-gratis.example/avatar-3-hela-filmen-1080p', counts: { replies: 0, reposts: 0, likes: 0 } },
  // Union + politics about a named person.
  { id: statusId(27), author: mikael, agoMinutes: 600, text: 'Han som kör plogbilen i Norrby, Roger, är med i Kommunal och sitter i Sverigedemokraternas styrelse här. Det är därför han hoppar över vår gata.', counts: { replies: 0, reposts: 0, likes: 1 } },
  // Health + pregnancy about a neighbour, with a question; answered by the page.
  { id: statusId(28), author: eva, agoMinutes: 1440 + 60, lineBelow: true, text: 'Min granne Eva är gravid och har epilepsi, hon kan inte gå på den här isen. När sandar ni Lärkvägen?', counts: { replies: 1, reposts: 0, likes: 2 } },
  { id: statusId(29), author: sjovik, agoMinutes: 1440, lineAbove: true, text: 'Hej! Lärkvägen sandas under förmiddagen i dag. /Anna, kommunikatör', counts: { replies: 0, reposts: 0, likes: 1 } },
  // Religion + sexuality about the writer.
  { id: statusId(30), author: jonas, agoMinutes: 420, text: 'Som homosexuell katolik som går till mässan varje söndag uppskattar jag att kyrkbacken var skottad i helgen 🙏', counts: { replies: 0, reposts: 0, likes: 6 } },
  // Ethnicity about a person.
  { id: statusId(31), author: hassan, agoMinutes: 520, text: 'Den nya vaktmästaren på Ekbackeskolan är kurd och har inte fattat hur man sandar, säg till honom.', counts: { replies: 0, reposts: 0, likes: 0 } },
  // Edited comment.
  { id: statusId(32), author: sara, agoMinutes: 400, edited: true, text: 'Biblioteket i Norrby har öppet som vanligt idag trots snön, bra jobbat! 📚', counts: { replies: 0, reposts: 0, likes: 8 } },
  // Long comment cut with "Visa mer", containing a question, a day old.
  { id: statusId(33), author: bengt, agoMinutes: 1440 + 400, truncated: true, text: 'Jag har bott i Sjövik i över fyrtio år och kan inte minnas att snöröjningen någonsin har fungerat så dåligt som den här vintern. Förr kom plogbilen innan man hade vaknat, nu får man skotta sig ut själv och sedan kommer plogbilen och lägger en vall framför uppfarten. Varför bytte ni entreprenör?', counts: { replies: 0, reposts: 0, likes: 22 } },
  // Emoji question answered by the page; the page's reply has replies that are not shown.
  { id: statusId(34), author: maja, agoMinutes: 45, lineBelow: true, text: 'Blir det snölyktetävling på torget i helgen? 😍⛄✨', counts: { replies: 1, reposts: 0, likes: 4 } },
  { id: statusId(35), author: sjovik, agoMinutes: 30, lineAbove: true, text: 'Ja! Lördag kl. 12–15 på Stora torget ⛄ Ta med vantar! /Anna, kommunikatör', counts: { replies: 3, reposts: 1, likes: 11 } },
  // An individual's building-permit case, two days old.
  { id: statusId(36), author: nils, agoMinutes: 2 * 1440 + 300, text: 'Vem ska jag kontakta om mitt bygglov för en carport? Skickade in ansökan i oktober och har inte hört något, ärendenummer BN 2026-1234.', counts: { replies: 0, reposts: 0, likes: 0 } },
  // Obscenity not aimed at anyone.
  { id: statusId(37), author: frust, agoMinutes: 75, text: 'Fan också, jävla skit med all snö. Jag stannar hemma idag.', counts: { replies: 0, reposts: 0, likes: 3 } },
  // Praise.
  { id: statusId(38), author: linnea, agoMinutes: 20, text: 'Tack för tydlig info om prioriteringarna, bra att veta var man står i kön 🙂', counts: { replies: 0, reposts: 0, likes: 2 } },
];

/** The reply whose own replies are hidden behind "Visa svar". */
export const repliesHiddenUnder = statusId(35);
