// The demo's post by Sjöviks kommun and its comment thread (invented people, invented numbers).
// It is written to exercise the rules: praise, fair criticism, questions a few hours and several
// days old, replies by the account (signed and unsigned), hidden replies, an edited comment, emoji,
// and comments the rules should flag.
import type { PostPage, ProfilePage, ThreadComment } from './render';

const H = 60;
const D = 24 * H;

export const demoShortcode = 'DHs7kQmNwE2';

/** Sign-offs the account's editors use. */
const anna = '/Anna, kommunikatör';
const johan = '/Johan, webbredaktör';

export const sjovikComments: ThreadComment[] = [
  { id: '17958210453021001', user: 'maria.lindqvist_', html: 'Äntligen! Har väntat på detta i flera år 👏👏', minutesAgo: 2 * D + 3 * H, likes: 14,
    replies: [{ id: '17958210453021002', user: 'sjovikskommun', verified: true, html: `Tack Maria! Vi ser också fram emot det 😊 ${anna}`, minutesAgo: 2 * D + H, likes: 3 }] },
  { id: '17958210453021003', user: 'per_eriksson78', html: 'Hur ska man ta sig till vårdcentralen med rullator när trottoaren på norra sidan är avstängd?', minutesAgo: 26 * H, likes: 9 },
  { id: '17958210453021004', user: 'lisa.bergstrom', html: 'När får vi besked om förskoleplats? Vi har stått i kö för vår dotter sedan januari och jag börjar jobba 1 april.', minutesAgo: 3 * H },
  { id: '17958210453021005', user: 'erik.nyberg', html: 'Bygglovet för vår altan har legat hos er i fyra månader nu. Kan någon ringa mig om det?', minutesAgo: D + 5 * H, likes: 2,
    replies: [{ id: '17958210453021006', user: 'sjovikskommun', verified: true, html: `Hej Erik! Enskilda ärenden kan vi inte hantera här. Kontakta bygglovsenheten på 0510-77 00 00 eller kommun@sjovik.se så hjälper de dig. ${johan}`, minutesAgo: D + 2 * H }] },
  { id: '17958210453021007', user: 'karin_sjoberg', html: 'Min granne Sven på Storgatan 14 har MS och sitter i rullstol sedan i höstas. Hur ska han komma ut under bygget?', minutesAgo: 5 * H, likes: 6 },
  { id: '17958210453021008', user: 'arg_medborgare_91', html: 'Den som stänger av min gata ska få se vad som händer. Jag vet var ni bor.', minutesAgo: 7 * H },
  { id: '17958210453021009', user: 'sanningen.om.sjovik', html: 'Typiskt, det är invandrarna som förstör allt i den här stan. Skicka hem dom allihop.', minutesAgo: 9 * H },
  { id: '17958210453021010', user: 'bengt.holm_', html: 'Kommunalrådet Lena Falk är en inkompetent idiot som borde sparkas på dagen.', minutesAgo: 11 * H, likes: 1 },
  { id: '17958210453021011', user: 'trafikkaos', html: 'Vilken jävla skit, fan också 🤬 Fyra månader med grävmaskiner utanför fönstret.', minutesAgo: 13 * H },
  { id: '17958210453021012', user: 'snabba.pengar.nu', html: '💰 Tjäna 5000 kr om dagen hemifrån! Klicka på länken i min profil 💰💰 bit.ly/snabbcash-se', minutesAgo: 14 * H },
  { id: '17958210453021013', user: 'filmkvall_gratis', html: 'Se nya Bamse-filmen gratis i HD här: dreamfilm-gratis.example/bamse-2025-full-movie 🍿', minutesAgo: 15 * H },
  { id: '17958210453021014', user: 'gunilla.w', html: 'Jag har sökt parkeringstillstånd för rörelsehindrade men inte fått svar. Mitt personnummer är 19121212-1212, kan ni kolla?', minutesAgo: 20 * H },
  { id: '17958210453021015', user: 'olle_snickare', html: 'Ring mig på 070-123 45 67 så berättar jag om hålet i vägen vid bron, det är livsfarligt.', minutesAgo: 22 * H },
  { id: '17958210453021016', user: 'lasse.karlsson', html: 'Han som kör grävskopan är ju med i Pingstkyrkan, så på söndagar händer ingenting där haha', minutesAgo: 30 * H },
  { id: '17958210453021017', user: 'nyfiken_i_sjovik', html: 'Projektledaren Olle lever ju ihop med en man, det vet alla i stan.', minutesAgo: 32 * H },
  { id: '17958210453021018', user: 'torget.bor', html: 'Det var en rom som stal avspärrningarna vid bron igår, jag såg honom.', minutesAgo: 34 * H },
  { id: '17958210453021019', user: 'stina.ek', html: 'Hon som sköter kontot är ju vänsterpartist, det märks på svaren.', minutesAgo: 36 * H },
  { id: '17958210453021020', user: 'mats.berglund', html: 'Min kollega Birgitta är med i Kommunal och har klagat på arbetstiderna hela våren.', minutesAgo: 38 * H },
  { id: '17958210453021021', user: 'ulrika.dahl', html: 'Dålig planering att bygga om mitt i turistsäsongen. Varför inte vänta till september?', minutesAgo: 5 * D + 2 * H, likes: 21 },
  { id: '17958210453021022', user: 'cykel.per', html: 'Blir det cykelbana på båda sidor? Jag menar norra delen, mellan torget och bron.', minutesAgo: 3 * D, edited: true,
    replies: [{ id: '17958210453021023', user: 'sjovikskommun', verified: true, html: 'Ja, det blir cykelbana på båda sidor hela vägen från torget till bron.', minutesAgo: 2 * D + 20 * H }] },
  { id: '17958210453021024', user: 'emma.fors', html: '😍😍😍 Så fint det kommer att bli!', minutesAgo: 40 * H, likes: 4 },
  { id: '17958210453021025', user: 'hans_o', html: 'Bra info, tack för att ni håller oss uppdaterade 🙏', minutesAgo: 45 * H, likes: 2 },
  { id: '17958210453021026', user: 'bussresenar', html: 'Vad händer med busshållplatsen vid torget under ombyggnaden?', minutesAgo: 4 * D + 6 * H, likes: 7 },
  { id: '17958210453021027', user: 'skattebetalare_1', html: 'Vem betalar för det här? Skattepengar rakt i sjön som vanligt.', minutesAgo: 3 * D + 4 * H, likes: 12, hiddenReplies: 4 },
  { id: '17958210453021028', user: 'sofia.lund', html: 'Kommer sophämtningen gå som vanligt på Storgatan?', minutesAgo: 6 * H,
    replies: [{ id: '17958210453021029', user: 'sjovikskommun', verified: true, html: `Hej Sofia! Ja, sophämtningen fungerar som vanligt under hela bygget. ${anna}`, minutesAgo: 4 * H }] },
  { id: '17958210453021030', user: 'maria.lindqvist_', html: '<a href="/lisa.bergstrom/" role="link" tabindex="0">@lisa.bergstrom</a> kolla här, det gäller er gata också!', minutesAgo: 2 * D },
  { id: '17958210453021031', user: 'kvallsvandraren', html: 'Kan ni inte fixa gatlyktorna på Ekvägen också? Det är becksvart på kvällarna.', minutesAgo: 8 * H, likes: 5, hiddenReplies: 2,
    replies: [{ id: '17958210453021032', user: 'annika.stromberg', html: 'Håller med! Min son cyklar där varje morgon.', minutesAgo: 7 * H }] },
  { id: '17958210453021033', user: 'gamla_sjovik', html: 'Jag har bott på Storgatan sedan 1974 och sett den byggas om tre gånger. Varje gång har det lovats att det ska bli bättre, men parkeringen har bara blivit sämre och sämre. Nu tar ni bort tolv platser till. Var ska vi som inte kan gå långt ställa bilen?', minutesAgo: 50 * H, truncated: true },
];

export const sjovikPost: PostPage = {
  shortcode: demoShortcode,
  author: 'sjovikskommun',
  authorName: 'Sjöviks kommun',
  verified: true,
  captionHtml: 'Nu börjar vi bygga om Storgatan! 🚧 Arbetet pågår från 17 mars till oktober. Under tiden leds biltrafiken om via Kyrkvägen. Gående och cyklister kommer fram hela tiden.\n\nLäs mer på sjovik.se/storgatan <a href="/explore/tags/sj%C3%B6vik/">#sjövik</a> <a href="/explore/tags/storgatan/">#storgatan</a>',
  minutesAgo: 5 * D + 5 * H,
  likes: 312,
  imageAlt: 'Foto av Sjöviks kommun. Kan vara en bild av en gata med avspärrningar.',
  image: streetImage(),
  comments: sjovikComments,
  moreComments: true,
};

function svgData(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function streetImage(): string {
  return svgData(`<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080">
<rect width="1080" height="620" fill="#9cc7e6"/><rect y="620" width="1080" height="460" fill="#6b6b6b"/>
<rect x="60" y="300" width="260" height="320" fill="#d9b38c"/><rect x="360" y="250" width="300" height="370" fill="#c96b4f"/><rect x="700" y="320" width="320" height="300" fill="#e8dcc0"/>
<g fill="#fff">${[0, 1, 2].map((i) => `<rect x="${100 + i * 70}" y="360" width="40" height="60"/><rect x="${400 + i * 80}" y="320" width="50" height="70"/><rect x="${740 + i * 90}" y="380" width="50" height="60"/>`).join('')}</g>
<rect x="0" y="840" width="1080" height="14" fill="#fff" opacity=".8"/>
${[0, 1, 2, 3].map((i) => `<g transform="translate(${140 + i * 220} 700)"><rect width="160" height="40" fill="#f47b20"/><rect x="20" width="30" height="40" fill="#fff"/><rect x="90" width="30" height="40" fill="#fff"/><rect x="10" y="40" width="10" height="60" fill="#333"/><rect x="140" y="40" width="10" height="60" fill="#333"/></g>`).join('')}
<text x="540" y="190" font-family="Arial,sans-serif" font-size="72" font-weight="700" text-anchor="middle" fill="#fff">STORGATAN BYGGS OM</text>
<text x="540" y="1010" font-family="Arial,sans-serif" font-size="40" text-anchor="middle" fill="#fff">17 mars – oktober · sjovik.se/storgatan</text></svg>`);
}

function tile(color: string, label: string): string {
  return svgData(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 0 300 300"><rect width="300" height="300" fill="${color}"/><text x="150" y="160" font-family="Arial,sans-serif" font-size="26" font-weight="700" text-anchor="middle" fill="#fff">${label}</text></svg>`);
}

export const sjovikGrid: ProfilePage['grid'] = [
  { shortcode: demoShortcode, minutesAgo: 5 * D + 5 * H, image: tile('#f47b20', 'Storgatan'), alt: 'Kan vara en bild av en gata.' },
  { shortcode: 'DHq1bVzN8aF', minutesAgo: 8 * D, image: tile('#2f7d4a', 'Vårstädning'), alt: 'Kan vara en bild av en park.' },
  { shortcode: 'DHoXe3cNq7M', minutesAgo: 12 * D, image: tile('#2b5fa8', 'Badhuset'), alt: 'Kan vara en bild av en simbassäng.' },
  { shortcode: 'DHm4TyPNxk0', minutesAgo: 15 * D, image: tile('#8a4fa3', 'Kulturnatt'), alt: 'Kan vara en bild av folk på en scen.' },
  { shortcode: 'DHkQ9wLN2rS', minutesAgo: 19 * D, image: tile('#c23b3b', 'Brandövning'), alt: 'Kan vara en bild av en brandbil.' },
  { shortcode: 'DHiA6oJNc5T', minutesAgo: 26 * D, image: tile('#3a8f99', 'Biblioteket'), alt: 'Kan vara en bild av bokhyllor.' },
];
