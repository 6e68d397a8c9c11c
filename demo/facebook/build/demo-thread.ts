import type { PostData, ThreadComment } from './markup';
import { people as P, sjovik } from './people';

const c = (id: string, by: ThreadComment['by'], time: string, lines: string[], more: Partial<ThreadComment> = {}): ThreadComment => ({
  id, by, time, lines, ...more,
});

/**
 * The demo's long thread on Sjöviks kommun's post about the new bath house: 26 comments and 6
 * replies. The page answers some (signed "/Anna, kommunikatör", "/Johan, webbredaktör", one
 * unsigned); others wait, a few for hours, some for days; several should be flagged by the rules.
 */
export const demoPost: PostData = {
  id: '1184736902214587',
  pfbid: 'pfbid02Sjov1kBadhus7Xq9LmN4aRt2Wc8YpKe5Hd3GvUo1Fz6Bs',
  by: sjovik,
  time: '3 d',
  timeLabel: 'för 3 dagar sedan',
  lines: [
    'Nu öppnar Sjövikens bad! 🏊 Från måndag 30 november har badhuset öppet alla dagar 06–21.',
    'Under öppningsveckan är entrén gratis för barn och unga upp till 18 år.',
    'Har du frågor om öppettider, priser eller tillgänglighet? Skriv en kommentar så svarar vi under kontorstid (vardagar 8–17). /Anna, kommunikatör',
  ],
  reactions: 214,
  commentCount: 32,
  comments: [
    c('882100100000101', P.karin, '3 d', ['Äntligen! Vi har väntat länge på ett nytt badhus 😍 Stort tack till alla som jobbat med det.'], {
      replies: [c('882100100000102', sjovik, '2 d', ['Tack Karin, vad roligt att höra! Välkommen till badet. /Anna, kommunikatör'], { badge: true })],
    }),
    c('882100100000103', P.mats, '3 d', ['Vad kostar ett årskort för pensionärer?'], {
      replies: [c('882100100000104', sjovik, '2 d', ['Hej Mats! Ett årskort för pensionärer kostar 1 800 kr. Du köper det i kassan eller på sjovik.se/bad. /Johan, webbredaktör'], { badge: true })],
    }),
    c('882100100000105', P.sara, '2 d', ['Är badhuset anpassat för rullstol? Min son Viktor har en CP-skada och vi undrar om det finns lyft vid bassängen.']),
    c('882100100000106', P.per, '2 d', ['Typiskt kommunen att lägga skattepengar på ett lyxbad när äldreomsorgen går på knäna. Dåligt prioriterat.'], {
      replies: [
        c('882100100000107', sjovik, '1 d', ['Hej Per, badhuset är finansierat i investeringsbudgeten som fullmäktige beslutade om 2023. Äldreomsorgens budget påverkas inte.'], { badge: true }),
        c('882100100000108', P.per, '1 d', ['Det ändrar inte att det är fel prioritering.']),
      ],
      hidden: 'more',
    }),
    c('882100100000109', P.ahmed, '2 d', ['Min granne Lena Svensson är alkoholist och borde inte få följa med skolbussen till badet med barnen.'], {
      replies: [c('882100100000110', P.sara, '1 d', ['Så där får man inte skriva om någon offentligt!'])],
    }),
    c('882100100000111', P.ulla, '1 d', ['Blir det några kurser i vattengympa för oss äldre?'], { hidden: { name: 'Eva Holm', count: 2 } }),
    c('882100100000112', P.jonas, '26 tim', ['Jag sökte bygglov för en altan på Ekvägen 4 i augusti och har fortfarande inte fått besked, ärende BN 2026-1142. Kan någon på kommunen kolla varför det dröjer?']),
    c('882100100000113', P.elin, '20 tim', ['Vi har fortfarande inte fått någon förskoleplats för vår dotter trots att vi ansökte i mars. Mitt personnummer är 19121212-1212 om ni vill kolla ärendet.']),
    c('882100100000114', P.lars, '18 tim', ['Ring mig på 070-174 06 42 så kan vi prata om simskolan, jag är hemma efter fem.']),
    c('882100100000115', P.troll, '15 tim', ['Kommunalrådet borde skjutas, hela gänget är förrädare. Vi vet var du bor.']),
    c('882100100000116', P.kent, '12 tim', ['Alla somalier borde kastas ut ur Sjövik, de är parasiter som förstör allt.']),
    c('882100100000117', P.micke, '10 tim', ['Anna på kommunen är en hjärndöd idiot som inte kan svara på en enkel fråga.']),
    c('882100100000118', P.robin, '9 tim', ['Bada i skiten själva, fan vad kass kommunen är. Jävla skit alltihop.']),
    c('882100100000119', P.spam, '8 tim', ['Bästa tipset! Tjäna 5000 kr om dagen hemifrån med Bitcoin 💰💰 Klicka här: bit.ly/snabbapengar-nu']),
    c('882100100000120', P.tobbe, '7 tim', ['Skippa bion, se nya Bamse-filmen gratis här: https://gratisfilmer.to/bamse-2026-full-movie-download']),
    c('882100100000121', P.omar, '6 tim', ['Blir det separata badtider för kvinnor? Min fru Leila är muslim och badar bara med andra kvinnor.']),
    c('882100100000122', P.bengt, '5 tim', ['Badvakten Erik Sandberg är ju öppet homosexuell, är det verkligen lämpligt i omklädningsrummet?']),
    c('882100100000123', P.gunilla, '4 tim', ['Min kollega Sofia Åberg är med i Kommunal och röstar på Vänsterpartiet, och hon säger att personalen på badet är underbemannad.']),
    c('882100100000124', P.maria, '3 tim', ['Så fint det blev! 🎉🎉👏 Barnen älskar vattenrutschkanan.'], {
      edited: true,
      replies: [c('882100100000125', sjovik, '2 tim', ['Vad kul att höra, Maria! 😊 /Anna, kommunikatör'], { badge: true })],
    }),
    c('882100100000126', P.hanna, '3 tim', ['Har ni öppet på julafton och nyårsdagen?']),
    c('882100100000127', P.fredrik, '2 tim', ['Finns det parkering för husbil vid badhuset?']),
    c('882100100000128', P.ingrid, '1 tim', [
      'Synd att det inte finns någon separat bastu för damer. Jag har pratat med flera i min vattengympagrupp och vi tycker alla att det vore bra om ni kunde se över det inför nästa år, det är ju ett nytt bad och då borde det gå att',
    ], { seeMore: true }),
    c('882100100000129', P.ali, '45 min', ['Hur bokar man simskola för vuxna?']),
    c('882100100000130', P.lotta, '20 min', ['Tack för att ni satsar på barnen i Sjövik ❤️']),
    c('882100100000131', P.nils, '5 min', ['Blir det öppet hus med visning av tekniken bakom bassängerna?']),
    c('882100100000132', P.emma, 'Just nu', ['Vilken tid öppnar ni på lördagar?']),
  ],
};
