import { describe, expect, it } from 'vitest';
import { analyze } from '@/rules/analyze';
import { FLAG_THRESHOLD, type Category } from '@/rules/categories';

// Comments written for this test, not taken from the corpus the word lists were written against:
// what a municipality's page gets on an ordinary day. Each case failed before its fix.
const flagged = (text: string): Category[] =>
  [...new Set(analyze(text).filter((f) => f.confidence >= FLAG_THRESHOLD).map((f) => f.category))].sort();

/** One test per comment: it is flagged for exactly the categories given (none for an innocent one). */
function flagsExactly(cases: Array<[string, Category[]]>): void {
  it.each(cases)('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
}

describe('everyday words are not flagged as what they also can mean', () => {
  flagsExactly([
    ['Kan man bränna ris på tomten nu eller gäller eldningsförbudet fortfarande?', ['needs-reply']],
    ['Kan ni döda getingarna vid lekplatsen? Barnen blir stuckna hela tiden.', ['needs-reply']],
    ['Läraren är sjuk idag, vem vikarierar i 3B?', ['needs-reply']],
    ['Vi är resande från Norge, var kan vi tömma husbilens toa?', ['needs-reply']],
    ['Min son kom ut från skolan kl 15 och fritids var stängt. Varför fick vi ingen information?', ['needs-reply']],
    ['Svarta plastsäckar måste bort från återvinningsstationen, det ser hemskt ut.', []],
    ['Bygg ut skolan istället för att höja skatten!', []],
    ['Jag och min fru var i Rom förra veckan och missade sophämtningen, kan vi ställa ut säckarna nu?', ['needs-reply']],
    ['Min son har skrivit en roman om vår stad, kan biblioteket köpa in den?', ['needs-reply']],
    ['Min chef är väldigt liberal med ledigheter så jag kan komma på föräldramötet.', []],
    ['Vi är beroende av buss 4 för att komma till jobbet, varför dras den in?', ['needs-reply']],
    ['Clownen på barnkalaset i biblioteket var jättebra!', []],
    ['Grisen på 4H-gården är så söt, tack för ett fint besök!', []],
    ['Skitbra jobbat med snöröjningen i år!', []],
    ['Vi ska spöa Hammarby på lördag! Heja IFK!', []],
  ]);

  it.each([
    ['Transport till skolan för min son fungerar inte, bussen kommer aldrig.', 'sensitive.union'],
    ['Min pappa låg med feber i en vecka på äldreboendet utan att någon ringde läkare.', 'sensitive.sexuality'],
    ['Min mamma är sjuk och kan inte hämta sin post, kan hemtjänsten hjälpa till?', 'prohibited.attack'],
    ['Någon tjuv har stulit min cykel vid stationen, vart vänder jag mig?', 'prohibited.attack'],
  ] as Array<[string, Category]>)('%s is not %s', (text, category) => {
    expect(flagged(text)).not.toContain(category);
  });
});

describe('threats, hate and personal data said in everyday words are flagged', () => {
  it.each([
    ['Jag ska hitta dig och slå sönder dig, Göran.', 'prohibited.threat'],
    ['Den som stänger av min gata ska få se vad som händer. Jag vet var ni bor.', 'prohibited.threat'],
    ['Den som fattade det här beslutet borde få en kula i huvudet.', 'prohibited.threat'],
    ['Jag tänder eld på ditt hus om ni river min friggebod', 'prohibited.threat'],
    ['Akta dig Peter, jag vet vilken bil du kör.', 'prohibited.threat'],
    ['Jävla muslimer, skicka hem allihop', 'prohibited.hate'],
    ['Somalierna borde skickas tillbaka dit de kom ifrån', 'prohibited.hate'],
    ['Invandrarjävlar förstör vårt land', 'prohibited.hate'],
    ['Svarta måste bort från vårt land', 'prohibited.hate'],
    ['Du är sjuk i huvudet', 'prohibited.attack'],
    ['Vi ska spöa Göran efter matchen', 'prohibited.threat'],
    ['Min pappa låg med feber i en vecka på äldreboendet utan att någon ringde läkare.', 'sensitive.health'],
    ['Innehåller skolmaten nötter? Min son är allergisk.', 'sensitive.health'],
    ['Min mejl är kalle.anka(at)telia.com, hör av er', 'personal.contact'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });
});

// Round 2: more comments written for this test (questions, praise, complaints, cases, sensitive data,
// threats, hate, attacks, spam and piracy). Each case failed before its fix unless it is listed under
// "Guards", which passed before and hold what the fixes must not break.
describe('round 2: everyday comments are not flagged as what their words also can mean', () => {
  flagsExactly([
    ['Folk plockar inte upp efter sina hundar, det ligger bajs överallt på gångvägen.', []],
    ['Ungdomar slår sönder lekplatsen varje helg, vad gör ni åt det?', ['needs-reply']],
    ['Skjuter ni upp tömningen av bruna kärlet på grund av snön?', ['needs-reply']],
    ['Kommunen borde skjuta till mer pengar till fritidsgårdarna.', []],
    ['Ni måste döda getingarna vid lekplatsen innan någon blir stucken.', []],
    ['Vi ska bränna ris och löv på tomten i helgen, gäller eldningsförbudet?', ['needs-reply']],
    ['Jägarna ska skjuta vildsvinen som bökar upp fotbollsplanen, när sker det?', ['needs-reply']],
    ['Katolska kyrkan har julkonsert på söndag, vi hoppas många kommer.', []],
    ['Jag har en kinesisk elsparkcykel, får jag köra den på cykelbanan?', ['needs-reply']],
    ['Kan ni göra nåt åt kråkorna som skiter ner alla bilar på parkeringen?', ['needs-reply']],
    ['Mitt marsvin har dött, kan man begrava det i trädgården?', ['needs-reply']],
    ['Vi firar kristna högtider i förskolan, varför får vi inte fortsätta med det?', ['needs-reply']],
    // Guards: these passed before and hold what the fixes must not break.
    ['Hej! Vilka öppettider har stadsbiblioteket under jullovet?', ['needs-reply']],
    ['När töms soptunnorna på Björkvägen nu efter helgen?', ['needs-reply']],
    ['Varför har ingen plogat Kyrkogatan? Det går inte att ta sig fram med barnvagn.', ['needs-reply']],
    ['Är simhallen öppen på annandagen?', ['needs-reply']],
    ['Hur ansöker man om plats på förskola till hösten?', ['needs-reply']],
    ['Vart vänder man sig om en gatlampa är trasig?', ['needs-reply']],
    ['Kan man slänga gamla mediciner på återvinningscentralen?', ['needs-reply']],
    ['Var kan man köpa parkeringstillstånd för boende?', ['needs-reply']],
    ['Säljer ni kompostjord till privatpersoner?', ['needs-reply']],
    ['Behöver man bygglov för ett växthus på 12 kvadrat?', ['needs-reply']],
    ['Hur många besökare får det vara i äldreboendets matsal på julafton?', ['needs-reply']],
    ['Var kan jag se gårdagens fullmäktigemöte? Finns det en länk till streamen?', ['needs-reply']],
    ['Kan man bada bastu naken i simhallen eller måste man ha badkläder?', ['needs-reply']],
    ['Tack till personalen på Solgläntans äldreboende som tog så fint hand om min mormor!', []],
    ['Grattis till simklubben som slog rekord på SM i helgen!', []],
    ['Heja damlaget! Hon sköt in 2–1 i sista minuten, vilket mål!', []],
    ['Laget krossade motståndet i finalen, grattis till guldet!', []],
    ['Någon har slagit sönder busskuren vid skolan, glas överallt.', []],
    ['Se upp för döda vinkeln när ni cyklar förbi sopbilarna!', []],
    ['Kommer biblioteket ha öppet under de kristna högtiderna?', ['needs-reply']],
    ['När öppnar kaféet i Vita huset vid hamnen igen?', ['needs-reply']],
    ['Svarta tavlan i klassrummet har varit trasig sedan i höstas.', ['needs-reply']],
    ['Muslimska församlingen bjuder in till iftar i Folkets hus på fredag, alla är välkomna!', []],
    ['Min fru lagar syrisk mat till kulturnatten, behöver vi tillstånd för att sälja?', ['needs-reply']],
    ['Någon har sprayat "bögar" på väggen vid skolan, kan ni sanera?', ['needs-reply']],
    ['Kan man hänga upp julbelysning i träden på allmän mark?', ['needs-reply']],
    ['Min pappa är med i PRO och undrar om träffarna fortsätter i vår?', ['needs-reply']],
    ['Sexåringarna på Solrosens förskola har gjort en fin utställning i biblioteket.', []],
    ['Skytteföreningen har öppet hus på lördag, kom och testa att skjuta lerduvor!', []],
    ['Biblioteket har e-böcker att låna gratis via appen, så bra!', []],
    ['Rosa bandet-insamlingen för bröstcancerforskningen var en succé, tack alla!', []],
    ['Vi dödar tiden på biblioteket medan vi väntar på bussen, så skönt att det finns.', []],
    ['Konserten skjuts fram till nästa lördag på grund av regnet.', []],
    ['Kommunen har satt en kniv i ryggen på föreningarna med de nya hyrorna.', []],
  ]);

  it.each([
    ['Han försökte ta livet av sig förra året och nu får han ingen hjälp av kommunen.', 'prohibited.threat'],
    // Guards: these passed before and hold what the fixes must not break.
    ['Kan ni skicka bilderna från luciafirandet på förskolan privat? Min dotter syns på dem.', 'prohibited.csam'],
    ['Min mamma dog i våras och nu har dödsboet fått en faktura från er.', 'prohibited.threat'],
  ] as Array<[string, Category]>)('%s is not %s', (text, category) => {
    expect(flagged(text)).not.toContain(category);
  });
});

describe('round 2: sensitive data, threats, hate, attacks, spam and piracy are flagged', () => {
  it.each([
    ['Vi har väntat på besked om förskoleplats för vår dotter sedan januari.', 'personal.case'],
    ['Min dotter har magsjuka och kommer inte till förskolan idag, vem ska jag meddela?', 'sensitive.health'],
    ['Min son är förkyld igen, tredje gången den här terminen.', 'sensitive.health'],
    ['Min man har influensa så vi kan inte komma på utvecklingssamtalet.', 'sensitive.health'],
    ['Min son sitter i rullstol och kommer inte in i simhallen, när fixas rampen?', 'sensitive.health'],
    ['Jag har panikångest och klarar inte att ringa, kan jag mejla istället?', 'sensitive.health'],
    ['Min dotter mår psykiskt dåligt och har väntat på BUP i ett halvår.', 'sensitive.health'],
    ['Grannen i trean är alkis och skriker varje natt.', 'sensitive.health'],
    ['Min pappa har fått en hjärnblödning och behöver hemtjänst.', 'sensitive.health'],
    ['Min son har migrän och klarar inte lysrören i klassrummet.', 'sensitive.health'],
    ['Hon är knarkare, alla i huset vet det.', 'sensitive.health'],
    ['Min dotter är mörkhyad och blir kallad saker på rasten.', 'sensitive.ethnicity'],
    ['Vi är judar och undrar om skolan kan ta hänsyn till sabbaten.', 'sensitive.religion'],
    ['Min son fastar under ramadan, kan han slippa idrotten på eftermiddagen?', 'sensitive.religion'],
    ['Min fru bär burkini, får hon bada i simhallen?', 'sensitive.religion'],
    ['Handläggaren röstar på Liberalerna, det vet alla på kontoret.', 'sensitive.politics'],
    ['Min granne är aktiv i SD och sprider lappar i trapphuset.', 'sensitive.politics'],
    ['Vaktmästaren är medlem i Centerpartiet.', 'sensitive.politics'],
    ['Jag är med i Handels och undrar om ni har sommarjobb?', 'sensitive.union'],
    ['Min dotter har kommit ut som bi och vill gå i en HBTQ-grupp, finns det någon?', 'sensitive.sexuality'],
    ['Om ni river vår friggebod sätter jag eld på kommunhuset.', 'prohibited.threat'],
    ['Du är död om du nekar mitt bygglov igen.', 'prohibited.threat'],
    ['Jag ska ha ihjäl dej din jävel', 'prohibited.threat'],
    ['Hoppas nån sticker en kniv i dej', 'prohibited.threat'],
    ['Nästa gång jag ser dej på kommunhuset får du stryk', 'prohibited.threat'],
    ['Dom där somaliska kackerlackorna borde inte få bo här', 'prohibited.hate'],
    ['Invandrarna ska ut ur vårt land', 'prohibited.hate'],
    ['Planka bara på bussen, kontrollanterna kommer aldrig', 'prohibited.incitement'],
    ['Socialsekreteraren Maria är ett as', 'prohibited.attack'],
    ['Hon i kundtjänst är en riktig häxa', 'prohibited.attack'],
    ['Kommunalrådet är en pedofil, det vet alla', 'prohibited.attack'],
    ['Jag erbjuder städning och fönsterputs till bra pris, skicka PM!', 'prohibited.commercial'],
    ['Kolla nya Avatar gratis i HD på film123.top', 'prohibited.copyright'],
    // Guards: these passed before and hold what the fixes must not break.
    ['Min ansökan om bostadsanpassning har legat i tre månader, när får jag svar?', 'personal.case'],
    ['Mitt bygglov för altanen har fortfarande inte behandlats efter åtta veckor.', 'personal.case'],
    ['Min son fick avslag på sin ansökan om skolskjuts, hur överklagar vi?', 'personal.case'],
    ['Hej, jag är gravid och undrar om jag kan ställa barnet i kö till förskolan redan nu?', 'sensitive.health'],
    ['Läraren till min dotter är gravid, vem tar över klassen i vår?', 'sensitive.health'],
    ['Vi väntar barn i mars, när måste vi söka förskoleplats?', 'sensitive.health'],
    ['Min bror har Downs syndrom och vill börja på daglig verksamhet.', 'sensitive.health'],
    ['Vår nya granne är från Syrien, finns det SFI på kvällstid?', 'sensitive.ethnicity'],
    ['Min man har iransk bakgrund och vill läsa svenska på komvux.', 'sensitive.ethnicity'],
    ['Han är av kurdisk härkomst och undrar om det finns modersmålsundervisning?', 'sensitive.ethnicity'],
    ['Min granne är syrisk och har bott här i tio år.', 'sensitive.ethnicity'],
    ['Hon går i katolska kyrkan varje söndag.', 'sensitive.religion'],
    ['Min dotter är muslim och äter inte fläsk, finns det alternativ i skolmaten?', 'sensitive.religion'],
    ['Rektorn är ju vänsterpartist, det märks på undervisningen.', 'sensitive.politics'],
    ['Min fru är med i Kommunal och jobbar på äldreboendet.', 'sensitive.union'],
    ['Min pappa är fackligt aktiv på bruket.', 'sensitive.union'],
    ['Min son är gay och blir mobbad i skolan, vad gör ni åt det?', 'sensitive.sexuality'],
    ['Fritidsledaren är homosexuell, det vet alla ungdomar på gården.', 'sensitive.sexuality'],
    ['Mitt personnummer är 850613-1237, kan ni kolla mitt ärende?', 'personal.id'],
    ['Ring mig på 070-123 45 67 så förklarar jag.', 'personal.contact'],
    ['Ni når mig på anna.svensson77@gmail.com', 'personal.contact'],
    ['Jag bor på Björkvägen 14B, kom och titta på vattenskadan.', 'personal.contact'],
    ['Skicka beslutet till min mamma, hennes personnummer är 19920228-4569.', 'personal.id'],
    ['Ja ska slå ihjäl dej om du rör min tomt igen', 'prohibited.threat'],
    ['Dom som bestämt det här borde skjutas', 'prohibited.threat'],
    ['Vi vet vart du bor Göran, tänk på det.', 'prohibited.threat'],
    ['Jag ska knivhugga handläggaren nästa gång jag är där', 'prohibited.threat'],
    ['Kommunalrådet borde hängas i närmaste lyktstolpe', 'prohibited.threat'],
    ['Ska spöa skiten ur dej när jag ser dej', 'prohibited.threat'],
    ['Muslimer är inte människor', 'prohibited.hate'],
    ['Kasta ut alla afghaner ur kommunen', 'prohibited.hate'],
    ['Alla invandrare är kriminella', 'prohibited.hate'],
    ['Romerna tigger för att dom är lata', 'prohibited.hate'],
    ['Alla bögar är pedofiler', 'prohibited.hate'],
    ['Betala inte parkeringsavgiften, ingen kollar ändå', 'prohibited.incitement'],
    ['Dags att krossa rutorna på kommunhuset, vem hänger med?', 'prohibited.incitement'],
    ['Skit i bygglovet och bygg ändå, kommunen gör ingenting', 'prohibited.incitement'],
    ['Handläggaren Lena Berg är helt inkompetent och borde sparkas', 'prohibited.attack'],
    ['Rektor Svensson är en jävla idiot', 'prohibited.attack'],
    ['Byggnadsinspektören Nilsson är en fuskare och en mutkolv', 'prohibited.attack'],
    ['Du e så jävla dum i huvet', 'prohibited.attack'],
    ['Fy fan vad dåligt plogat det är på Ringvägen', 'prohibited.obscene'],
    ['Helvete, nu har sopbilen missat oss igen', 'prohibited.obscene'],
    ['Vad i helvete håller ni på med?', 'prohibited.obscene'],
    ['Jävla skitväder och ingen sandning på cykelbanan', 'prohibited.obscene'],
    ['Tjäna 5000 kr om dagen hemifrån! Klicka på länken i min bio 💰', 'prohibited.commercial'],
    ['Bästa pizzan i stan hittar du på Pizzeria Roma, 20% rabatt med koden KOMMUN20!', 'prohibited.commercial'],
    ['Investera i bitcoin nu – 300% avkastning garanterat!', 'prohibited.commercial'],
    ['Se hela matchen gratis här: livefotboll-stream.xyz', 'prohibited.copyright'],
    ['Ladda ner nya Bamse-filmen gratis på piratebay', 'prohibited.copyright'],
    ['Streama Melodifestivalen utan SVT Play: iptv-sverige.live', 'prohibited.copyright'],
    ['Jag ska skjuta dig till döds', 'prohibited.threat'],
    ['Jag ska bränna ner ditt hus och döda dig', 'prohibited.threat'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });
});

// Round 3: questions without a question mark, indirect questions, requests and fault reports; one's own
// matter (bill, fine, waiting for a place); secrecy; advertising and piracy; English from tourists and
// expats. Each case failed before its fix unless it is listed under "Guards".
describe('round 3: everyday comments get the categories an editor would give them', () => {
  flagsExactly([
    ['Vore bra att veta när cykelbanan vid ån blir klar', ['needs-reply']],
    ['Skulle gärna vilja veta vem som ansvarar för skötseln av lekparken i Norrby.', ['needs-reply']],
    ['Ge gärna besked om när återvinningscentralen öppnar igen', ['needs-reply']],
    ['Det är ett stort hål i asfalten på Kyrkogatan vid korsningen mot Torget, någon kommer att cykla omkull.', ['needs-reply']],
    ['Vattnet är brunt ur kranen i hela Västerby sedan i morse', ['needs-reply']],
    ['Gatlampan utanför Storgatan 12 är trasig sedan tre veckor.', ['needs-reply']],
    ['Vi har varit på konserten i stadsparken, helt underbart.', []],
    ['Ny frisörsalong har öppnat på Storgatan 5! Boka tid på vår hemsida, första klippningen halva priset.', ['prohibited.commercial']],
    // Guards: these passed before and hold what the fixes must not break.
    ['Undrar om simhallen har öppet på annandag jul', ['needs-reply']],
    ['Kan någon från kommunen återkomma till mig angående vattenläckan på Lindgatan', ['needs-reply']],
    ['Hör av er när ni vet något om bussarna till Ekbacken.', ['needs-reply']],
    ['Ingen har plogat Björkvägen sedan i lördags.', ['needs-reply']],
    ['Gatlyktorna på Tallstigen har varit släckta i två veckor nu', ['needs-reply']],
    ['Soptunnan vid badplatsen har inte tömts på hela sommaren', ['needs-reply']],
    ['Hur gör man för att få parkeringstillstånd för rörelsehindrade', ['needs-reply']],
    ['Finns det några lediga kolonilotter i år', ['needs-reply']],
    ['Går det att hyra Folkets hus till en 50-årsfest', ['needs-reply']],
    ['Hur söker man förskoleplats?', ['needs-reply']],
    ['Vad kostar det att söka bygglov för en altan?', ['needs-reply']],
    ['Varför höjs avgiften för hemtjänst nästa år?', ['needs-reply']],
    ['Hur lång är handläggningstiden för bygglov just nu?', ['needs-reply']],
    ['Avgiften för hemtjänsten är för hög, det drabbar de fattigaste.', []],
    ['Ingen vill veta av oss pensionärer längre.', []],
    ['Vore kul att få se fler konserter i parken i sommar.', []],
    ['Tack för ett fantastiskt nationaldagsfirande i parken!', []],
    ['Så fint det blev på torget med de nya planteringarna.', []],
    ['Härligt att badhuset äntligen har öppnat igen, barnen älskar det!', []],
    ['Bra jobbat med julbelysningen i år, det lyser upp hela centrum.', []],
    ['Äntligen plogat på vår gata, stort tack till förarna!', []],
    ['Soc gör ett bra jobb överlag, tack för ert arbete.', []],
    ['Hi, we are tourists from Germany. Where can we park our camper van overnight', ['needs-reply']],
    ['Is the tap water safe to drink in the archipelago?', ['needs-reply']],
    ['The ticket machine at the central bus stop is broken.', ['needs-reply']],
    ['Lovely town, we had a great time at the Christmas market!', []],
    ['Thank you for the beautiful fireworks last night.', []],
    ['We were in Sweden last summer and it was not too crowded.', []],
    ['The new mayor should shoot some videos of the town for tourists.', []],
  ]);

  it.each([
    ['Fakturan för barnomsorgen i november är fel, vi betalar dubbelt.', 'personal.case'],
    ['Min mamma har väntat i fyra månader på plats på äldreboende.', 'personal.case'],
    ['Jag fick en p-bot på Stortorget trots att jag hade betalat i appen, hur bestrider jag den?', 'personal.case'],
    ['Soc har öppnat en utredning om lille Elias Andersson på Granvägen, mamman dricker.', 'confidential'],
    ['Behöver du hjälp med trädgården? Vi fäller träd och klipper häckar billigt, ring 070-555 12 34 för offert!', 'prohibited.commercial'],
    ['Someone should shoot these politicians.', 'prohibited.threat'],
    ['I will shoot him.', 'prohibited.threat'],
    // Guards: these passed before and hold what the fixes must not break.
    ['Jag sökte bygglov för ett uterum i mars och har fortfarande inte fått något besked.', 'personal.case'],
    ['Min sons skolskjuts har inte kommit på tre dagar, vem ska jag ringa?', 'personal.case'],
    ['Vi har fått avslag på skolplaceringen för vår dotter, hur överklagar vi?', 'personal.case'],
    ['Min dotter har inte fått någon plats på förskolan trots att vi ansökte i januari.', 'personal.case'],
    ['My son was refused a place at the international school, who do I talk to?', 'personal.case'],
    ['Min kompis jobbar på soc och berättade att familjen Karimi har fått barnen omhändertagna.', 'confidential'],
    ['Jag jobbar som undersköterska på Solgården och kan säga att Greta Holm i rum 12 har fått fel medicin i veckor.', 'confidential'],
    ['Läraren sa att Noah Berg i 4B har en orosanmälan hos socialtjänsten.', 'confidential'],
    ['Köp följare och likes billigt på www.superfollowers.biz', 'prohibited.commercial'],
    ['Grattis! Du har vunnit en iPhone 15, klicka här för att hämta ditt pris', 'prohibited.commercial'],
    ['Här är hela artikeln från UNT eftersom den ligger bakom betalvägg: "Kommunen höjer skatten ..." © Upsala Nya Tidning', 'prohibited.copyright'],
    ['Hela nya Harry Potter-ljudboken finns att ladda ner här: mega.nz/folder/abc123', 'prohibited.copyright'],
    ['Gratis nedladdning av alla Astrid Lindgren-filmer, torrent i länken', 'prohibited.copyright'],
    ['I would like to know how to register my child for preschool, we just moved here from India.', 'needs-reply'],
    ['I will find the councillor who made this decision and beat him up.', 'prohibited.threat'],
    ['Send all the Muslims back where they came from.', 'prohibited.hate'],
    ['Immigrants are animals and should be kicked out.', 'prohibited.hate'],
    ['My phone number is +46 70 123 45 67, please call me about the rental apartment.', 'personal.contact'],
    ['You can email me at john.smith@gmail.com about my parking fine.', 'personal.contact'],
    ['You are a bunch of useless idiots.', 'prohibited.attack'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });
});

describe('round 4: identifiers in messy forms, sexual words in school talk, one\'s own sensitive data', () => {
  flagsExactly([
    // Personnummer and samordningsnummer as people write them; dates, times, amounts and case numbers are not.
    ['Mitt personnummer är 811218 9876, kan ni kolla min ansökan?', ['needs-reply', 'personal.case', 'personal.id']],
    ['pnr 19811218-9876 om ni behöver leta upp mig', ['needs-reply', 'personal.case', 'personal.id']],
    ['Min sons personnummer är 201701022384 och han har fortfarande ingen förskoleplats.', ['needs-reply', 'personal.case', 'personal.id']],
    ['Hans personnummer 850314.2385 står på blanketten som låg framme i receptionen.', ['personal.id']],
    ['Samordningsnummer 811278-9873, jag väntar fortfarande på beslut om försörjningsstöd.', ['needs-reply', 'personal.case', 'personal.id']],
    ['Samordningsnumret är 19811278-9873 om ni behöver det.', ['personal.id']],
    ['Skriv in 19811218 9876 i rutan så hittar ni mig.', ['personal.id']],
    ['Mötet 2026-12-05 kl 1400 i stadshuset, blir det av?', ['needs-reply']],
    ['Har ärendenummer 2026-1234, när får jag svar?', ['needs-reply', 'personal.case']],
    ['Dnr 2023-01234, när fattas beslut?', ['needs-reply', 'personal.case']],
    ['Betalade med OCR 1234567890 men fakturan står som obetald.', []],
    ['Fakturanr 8112189876 stämmer inte med beloppet.', ['needs-reply', 'personal.case']], // one's own bill, not a personnummer
    ['Tåget går 08.30 och mötet börjar 10.15, hinner jag?', ['needs-reply']],
    ['Skolbygget kostar 1.250.000 kr enligt beslutet.', []],
    // Accounts and IBAN are flagged; a registration number is no category (categories.md lists none for it).
    ['Mitt konto är Swedbank 8327-9, 123 456 789-0, sätt in ersättningen där.', ['needs-reply', 'personal.case', 'personal.financial']],
    ['Betala tillbaka till SE45 5000 0000 0583 9825 7466 tack.', ['needs-reply', 'personal.case', 'personal.financial']],
    ['Bilen med registreringsnummer ABC 123 står felparkerad på Storgatan varje natt.', []],
    ['Någon med en vit Volvo, reg ABC123, kör för fort förbi skolan varje morgon.', []],
    ['Parkerade bilar, reg. nr KLM 45B, blockerar sopbilen på Björkvägen.', []],
    // A private phone number in any format; the organisation's own numbers are not personal data.
    ['Ring mig på 070-123 45 67 efter kl 17.', ['needs-reply', 'personal.contact']],
    ['Mitt nummer är 0701234567, ring gärna.', ['personal.contact']],
    ['Nå mig på +46 (0)70 123 45 67.', ['personal.contact']],
    ['Ring kommunens växel 08-508 000 00 så kopplar de dig rätt.', []],
    ['Ni kan ringa kontaktcenter på 0771-11 22 33 vardagar.', []],
    // Sex education, six-year-olds, grade six and web filters are school talk.
    ['Vilken klass har sexualundervisning i vår?', ['needs-reply']],
    ['När börjar sexårsverksamheten i höst?', ['needs-reply']],
    ['Sexan på Björkskolan har utflykt på fredag, behöver de ha med matsäck?', ['needs-reply']],
    ['Finns det porrfilter på skolans nät? Min son kom åt konstiga sidor på sin skoldator.', ['needs-reply']],
    ['Sex och samlevnad borde börja tidigare i skolan.', []],
    ['Vi är sex stycken, kan vi boka grillplatsen på lördag?', ['needs-reply']],
    ['Bra att RFSU kom till skolan och pratade om samtycke.', []],
    ['Söker killar 13-14 år till vårt fotbollslag, träning tisdagar.', []],
    ['Mina barn fick se nakna människor på bild i biologin, är det verkligen okej i årskurs 4?', ['needs-reply']],
    // Sexual abuse material and seeking children for sex.
    ['Någon som har bilder på nakna barn att byta? pm', ['prohibited.csam']],
    ['Jag letar efter tjejer 13-14 år som vill träffas och ha sex, skriv privat', ['prohibited.csam']],
    // One's own religion, orientation or origin is the writer's sensitive data (categories.md: "the writer included").
    ['Som muslim undrar jag om skolmaten har halal-alternativ?', ['needs-reply', 'sensitive.religion']],
    ['Finns det halal-alternativ i skolmaten?', ['needs-reply']],
    ['Jag är själv troende kristen och undrar om skolan får ha julavslutning i kyrkan?', ['needs-reply', 'sensitive.religion']],
    ['Får skolan ha julavslutning i kyrkan?', ['needs-reply']],
    ['Jag är gay och undrar om det finns någon HBTQ-träff på fritidsgården?', ['needs-reply', 'sensitive.sexuality']],
    ['Vi är ett lesbiskt par och undrar hur vi anmäler oss till föräldragruppen på BVC?', ['needs-reply', 'sensitive.sexuality']],
    ['Jag är själv same och undrar om det finns samiskundervisning på skolan?', ['needs-reply', 'sensitive.ethnicity']],
    ['Serveras det koshermat på äldreboendet? Min pappa är judisk.', ['needs-reply', 'sensitive.religion']],
    ['Pridetåget var fantastiskt i år, tack kommunen!', []],
  ]);

  it.each([
    ['Min dotters personnummer är 20170102-2384, hon har inte fått sin skolskjuts.', 'personal.id'],
    ['Vill du knulla? Skriv till mig privat snygging', 'prohibited.sexual'],
    ['Säljer nakenbilder, dm för pris 🍆💦', 'prohibited.sexual'],
    ['Skicka nudes till mig så får du 500 kr', 'prohibited.sexual'],
    ['Polisen har gripit en man för barnpornografibrott i kommunen, hur informeras föräldrarna?', 'prohibited.csam'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });
});

// Round 5: questions behind fillers ("asså", "btw", "okej men"), after a comma or in dialect and English; own
// matters said without a subject; health said in compounds and slang; veiled threats; identifiers written
// with spaced dashes or spelled out. Each case failed before its fix unless it is listed under "Guards".
describe('round 5: fillers, clause questions, own matters, veiled threats and identifiers written apart', () => {
  flagsExactly([
    ['Yo när öppnar skateparken', ['needs-reply']],
    ['Asså seriöst, när kommer bussen till Ekbacken', ['needs-reply']],
    ['Btw när är nästa fullmäktigemöte', ['needs-reply']],
    ['Okej men vem ansvarar egentligen för snöröjningen på gångbron', ['needs-reply']],
    ['Sorry for my English, where I can throw old furniture', ['needs-reply']],
    ['Undrar bara vilken dag slamtömningen kommer till Lillby', ['needs-reply']],
    ['Skulle vilja ha svar på varför vattnet var avstängt hela dagen igår', ['needs-reply']],
    ['Behöver info om vilka papper som krävs för att starta ett familjedaghem', ['needs-reply']],
    ['Skulle vara tacksam för info om när vägarbetet på Storgatan är klart.', ['needs-reply']],
    ['Va gäller för sophämtningen i mellandagarna', ['needs-reply']],
    ['Is it allowed to fish in the lake by the church', ['needs-reply']],
    ['Does the library have books in Ukrainian for kids', ['needs-reply']],
    ['Is the pool open on Sundays', ['needs-reply']],
    ['Tredje gången den här månaden som sopbilen hoppar över vår gata. Skärpning!', ['needs-reply']],
    // A question word with its subject right after opens a subordinate clause, not a question.
    ['När vi kom till simhallen i söndags var det fullt, men personalen var supertrevliga.', []],
    // A question after a comma; pregnancy in a compound ("höggravid"); a pupil named by class ("Noah i 4B").
    ['My wife is pregnant and we just moved here, how do we register at the maternity clinic', ['needs-reply', 'sensitive.health']],
    ['Min fru är gravid, hur anmäler vi oss till MVC', ['needs-reply', 'sensitive.health']],
    ['Min fru är höggravid, finns det parkeringsplatser nära BVC?', ['needs-reply', 'sensitive.health']],
    ['Noah i 4B är gay och vill starta en HBTQ-grupp, går det?', ['needs-reply', 'sensitive.sexuality']],
    // One's own matter: an appeal, a refused place, papers sent in (subject left out), one's own form.
    ['Jag överklagade beslutet om försörjningsstöd i oktober och har fortfarande inte fått svar', ['needs-reply', 'personal.case']],
    ['Sonen fick inte plats på Ekbackens förskola fast vi stod i kö i ett år', ['needs-reply', 'personal.case']],
    ['Skickade in en ansökan om serveringstillstånd för tre veckor sen, hur går det?', ['needs-reply', 'personal.case']],
    ['Har ni fått min blankett för bostadsanpassning? Skickade den i maj.', ['needs-reply', 'personal.case']],
    // A business introducing its offer and booking on its own site.
    ['Vi på Nisses Bilvård erbjuder vinterdäcksbyte för 399:-, boka på nissesbilvard.se', ['prohibited.commercial']],
    // Numbers written with a spaced dash.
    ['Mitt pnr är 811218 - 9876', ['needs-reply', 'personal.case', 'personal.id']],
    ['personnummer: 19811218 – 9876', ['personal.id']],
    ['Mitt bankgiro är 5050 - 1055', ['personal.financial']],
    // Guards: these passed before and hold what the fixes must not break.
    ['Men vad fint det blev!', []],
    ['Va kul att ni ordnar julmarknad', []],
    ['Do the right thing and resign', []],
    ['Vi kom dit, när vi skulle gå hem var det mörkt', []],
    ['Jag är tacksam för allt ni gör', []],
    ['Barnen dricker för mycket läsk i skolan', []],
    ['Tonårsgraviditeter har minskat i kommunen', []],
    ['Kvinnor som föder barn på BB har det bättre utan stress', []],
    ['Vi på Solgläntans förskola har nu öppet hus, välkomna!', []],
    ['Min dotter fick plats på Ekbackens förskola, tack!', []],
    ['Öppet 10 - 16 på lördagar', []],
    ['Have a look at google dot com for the map', []],
  ]);

  it.each([
    ['Pappa dricker för mycket och jag vet inte vart jag ska vända mig', 'sensitive.health'],
    ['Pappa dricker för mycket och jag vet inte vart jag ska vända mig', 'needs-reply'],
    ['Elliot i 7C är bög och blir mobbad varje rast, gör något!', 'sensitive.sexuality'],
    ['Min kollega på BUP sa att sonen till rektorn är inlagd för ätstörningar', 'confidential'],
    ['Det vore synd om något hände din bil när du parkerar utanför kommunhuset, Lena.', 'prohibited.threat'],
    ['Folk som du borde inte få leva', 'prohibited.threat'],
    ['Sverige hade varit bättre utan alla dessa araber', 'prohibited.hate'],
    ['ring 070 - 123 45 67 om ni har frågor om valpen', 'personal.contact'],
    ['Maila mig: sara punkt lind snabel-a gmail punkt com', 'personal.contact'],
    ['mejla john at gmail dot com', 'personal.contact'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });

  // Guards: these passed before and hold what the fixes must not break.
  it.each([
    ['Det vore synd om något hände barnen vid övergångsstället', 'prohibited.threat'],
    ['Parken hade varit bättre utan alla dessa bilar', 'prohibited.hate'],
  ] as Array<[string, Category]>)('%s is not %s', (text, category) => {
    expect(flagged(text)).not.toContain(category);
  });
});

// Round 6: English and mixed comments from expats and tourists, short posts in the style of X (handles, "pls",
// "asap", emoji), abuse quoted in order to report it, titles of plays and books, place names that hold a
// trigger word, long comments with the flagged part in the middle, and officials criticised or threatened.
// Each case failed before its fix unless it is listed under "Guards".
describe('round 6: English, short posts, quoted abuse, titles, place names and officials', () => {
  flagsExactly([
    // A group welcomed is about nobody ("here" is no person).
    ['Muslims are welcome here, stop spreading hate.', []],
    // Abuse quoted to report it: graffiti and what a child was called are not the writer's hate.
    ['Someone wrote "kill all muslims" on the bus shelter at Stortorget, please remove it.', ['needs-reply']],
    ["Någon har klottrat 'blattar ut' på tunneln vid Fittja centrum, kan ni sanera asap?", ['needs-reply']],
    // A child abused at school, and the parent asking what the school does: a matter for the school to investigate.
    ['Min son blev kallad "jävla blatte" på rasten, vad gör skolan åt det?', ['needs-reply', 'personal.case']],
    ['Min dotter blev kallad "hora" av en kille i klassen, vad gör skolan åt det?', ['needs-reply', 'personal.case']],
    // Titles of plays and books.
    ['Teatergruppen spelar "Döda mig om du kan" på Stadsteatern i helgen, missa inte!', []],
    ['Läste "Döda mig om du kan" i bokcirkeln, rekommenderas!', []],
    // Short requests and fault reports.
    ['ASAP fixa gatlampan på Kvarngatan, det är kolsvart 😡', ['needs-reply']],
    ['Typ ingen har sandat cykelbanan iaf, nån kommer bryta benet', ['needs-reply']],
    ['Pls svara på mitt mejl om bygglovet, ärendenr 2025-4411', ['needs-reply', 'personal.case']],
    ['@Stadsbyggnad_Sthlm pls svara, bygglovet tar evigheter 😤', ['needs-reply']],
    // Place names and illnesses that hold an insult.
    ['Kön vid Svinesund var två timmar igen, kan ni informera om vägarbetet?', ['needs-reply']],
    ['Min dotter har svinkoppor och är hemma från förskolan idag.', ['sensitive.health']],
    // School health staff passing on a named pupil's illness.
    ['Skolsköterskan sa att Wilma i 5C har löss, så alla föräldrar måste kolla sina barn.', ['confidential', 'sensitive.health']],
    // Guards: these passed before and hold what the fixes must not break.
    ['The old bakery burned down last night, is Main Street still closed?', ['needs-reply']],
    ['Roma families are welcome at the open preschool every Tuesday.', []],
    ['Is there a support group for trans people in town?', ['needs-reply']],
    ['Many refugees are mentally ill after the war and need more support.', []],
    ['When can we stop paying the preschool fee? Our son starts school in June.', ['needs-reply']],
    ['Vi svenskar hatar att stå i kö, öppna fler kassor i simhallen!', []],
    ['Ut med alla gamla möbler till grovsoporna på lördag!', []],
    ['Ge barnen en omgång till på karusellen, de älskar den!', []],
    ['Jag vet var han bor, kan jag lämna hans borttappade plånbok hos er?', ['needs-reply']],
    ['Om någon hittat en grå katt så vet jag var ägaren bor.', []],
    ['Se till att barnen aldrig går ensamma över vägen vid skolan.', []],
    ['Hoppas mamma får komma hem och vila snart.', []],
    ['Bladlöss på rosorna i stadsparken, vad sprutar ni med?', ['needs-reply']],
    ['Vilken clown jag är som glömde mössan på bussen!', []],
    ['Vilken clown på barnkalaset, barnen älskade honom!', []],
    ['Laga mat tillsammans på fritidsgården varje torsdag!', []],
    ['Ingen lagar så god mat som skolkocken Anna, tack!', []],
    ['Skolsköterskan sa att alla i 5C ska ha med sig vaccinationskortet.', []],
    ['Tack för ert mejl om bygglovet, nu förstår jag.', []],
  ]);

  it.each([
    ['I swear I will find that councillor and make him pay with his blood.', 'prohibited.threat'],
    ["I hope someone burns the mayor's house down", 'prohibited.threat'],
    ['These gypsies steal everything, get them out of our town', 'prohibited.hate'],
    ['Trans people are mentally ill and should be kept away from kids', 'prohibited.hate'],
    ["Let's all just stop paying the parking fees, they can't fine everyone", 'prohibited.incitement'],
    ['Check out my OnlyFans 🔥 link in bio', 'prohibited.sexual'],
    ['Check out my OnlyFans 🔥 link in bio', 'prohibited.commercial'],
    ['lol vilken clown kommunalrådet är 🤡', 'prohibited.attack'],
    ['Yallah ut med alla svennar 😂', 'prohibited.hate'],
    ['hoppas du får cancer och dör göran', 'prohibited.threat'],
    ['Om ni lägger ner skolan vet jag var rektorn bor.', 'prohibited.threat'],
    ['Någon borde ge rektorn en ordentlig omgång', 'prohibited.threat'],
    ['Jag ska se till att du aldrig kan gå igen, Mats', 'prohibited.threat'],
    // The threat or the hate in the middle of a long comment.
    ['Jag har bott här i 30 år och aldrig klagat. Men nu när ni stänger biblioteket i Gottsunda får det vara nog. Nästa gång jag ser kommunalrådet ska han få känna på mina nävar. Ni har blivit varnade.', 'prohibited.threat'],
    ['Snöröjningen har varit bra i år, det ska ni ha cred för. Men alla dessa somalier som hänger vid centrum borde deporteras. Sen undrar jag när badhuset öppnar.', 'prohibited.hate'],
    // Guards: these passed before and hold what the fixes must not break.
    ['Her son has autism and needs an assistant at school.', 'sensitive.health'],
    ['Kommunalrådet är ett svin', 'prohibited.attack'],
    ['Du är en "jävla blatte"', 'prohibited.hate'],
    ["I don't care what you say, you're an idiot", 'prohibited.attack'],
    ['Jag ska döda dig, "kommunalråd"', 'prohibited.threat'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });

  // Guard: a wish of illness is a threat, not the reader's health data.
  it('hoppas du får cancer och dör göran is not sensitive.health', () => {
    expect(flagged('hoppas du får cancer och dör göran')).not.toContain('sensitive.health');
  });
});

// Written for this test after a second set of everyday comments showed them: a denial, a whole group
// and a game are not what their words alone would say; the same words said of one person are.
describe('a denial, a group and a game', () => {
  flagsExactly([
    ['Jag är inte gravid, jag har bara ätit för mycket julmat 😅', []],
    ['Jag är gravid i vecka 30, finns det parkering nära BVC?', ['needs-reply', 'sensitive.health']],
    ['Jag är inte med i facket, men vem är skyddsombud på skolan?', ['needs-reply']],
    ['Min son är inte gay, sluta sprida rykten', []],
    ['Min son är gay och blir mobbad på skolan', ['needs-reply', 'personal.case', 'sensitive.sexuality']],
    ['Ingen ska skjutas, det är ett uttryck för att vi är arga på beslutet.', []],
    ['Jag ska döda dig Göran om bygglovet nekas igen', ['prohibited.threat']],
    ['Vi ska krossa dem i kväll, heja Ekeby IF! ⚽', []],
    ['Många invandrare i vår stad vet inte att biblioteket har böcker på arabiska.', []],
    ['Muslimer firar eid den här veckan, har biblioteket öppet då?', ['needs-reply']],
    ['Grannen är muslim och han borde flytta', ['sensitive.religion']],
  ]);
});

// Own matters said in other ways than "min ansökan": a relative's ("sitt trygghetslarm", "pappas
// färdtjänstkort"), a refusal, an appeal to come, a bill, a service that did not come.
describe('an own matter in everyday words', () => {
  flagsExactly([
    ['Farmor har fortfarande inte fått sitt trygghetslarm, det har gått tre veckor', ['needs-reply', 'personal.case']],
    ['Kommunen har lagt ut sina beslut om snöröjningen på hemsidan, bra!', []],
    ['Hon tog sin cykel till biblioteket och den blev stulen', []],
    ['Pappas färdtjänstkort har inte kommit, vem ska vi kontakta?', ['needs-reply', 'personal.case']],
    ['Miljönämnden sa nej till vårt nya staket, hur går vi vidare?', ['needs-reply', 'personal.case']],
    ['Varför har jag fått två fakturor för samma tömning?', ['needs-reply', 'personal.case']],
    ['Hemtjänsten har inte kommit till min mamma idag och hon kan inte laga mat själv', ['needs-reply', 'personal.case']],
    ['Vi har flyttat hit och våra barn behöver plats i förskolan, var anmäler vi det?', ['needs-reply', 'personal.case']],
    ['Hur söker man plats i förskolan?', ['needs-reply']],
    ['Jag missade tiden hos min handläggare, kan jag boka en ny?', ['needs-reply', 'personal.case']],
  ]);
});

// Threats without the usual words, beside the same words in a warning, an accident or a complaint.
describe('a veiled threat, and the same words meaning no harm', () => {
  flagsExactly([
    ['Passa dig noga Göran, vi är många som vet vem du är', ['prohibited.threat']],
    ['Akta dig noga för isen vid bron i morgon', []],
    ['Bussen stod still i en timme med alla inne', []],
    ['Vi höll på att brinna inne när larmet inte gick', []],
    ['hoppas stadshuset brinner ner med alla inne 🔥', ['prohibited.threat']],
    ['Han riskerar att bli misshandlad om ni flyttar honom till det boendet', []],
    ['Politikerna borde få känna på hur det är att bli misshandlad', ['prohibited.threat']],
    ['Man kan aldrig känna sig trygg i centrum på kvällen', []],
    ['Socialsekreteraren ska aldrig känna sig trygg igen', ['prohibited.threat']],
    ['I vår kommer det att hända saker i parken, håll utkik!', []],
    ['Den som stängde badet förtjänar en kula', ['prohibited.threat']],
    ['Det vore synd om något hände med rektorns bil', ['prohibited.threat']],
    ['Det vore synd om något hände barnen vid övergångsstället, sätt upp ett farthinder', []],
    ['Jag tar med mig kniven till soc nästa gång', ['prohibited.threat']],
    ['Kniven till soc-lunchen glömde jag, kan någon ta med en?', ['needs-reply']],
  ]);
});

// A child's photo is ordinary; undressed, or offered for payment, it is abuse material. A seller's
// questions to the reader are the pitch, not something to answer; a customer's question stays.
describe('pictures of children, and questions in a sales pitch', () => {
  flagsExactly([
    ['Har någon bilder från skolans badresa? Helst på de yngsta tjejerna utan kläder', ['needs-reply', 'prohibited.csam']],
    ['Barnen badade utan kläder i plaskdammen, är det okej enligt reglerna?', ['needs-reply']],
    ['Min dotter fick en ny bikini, har ni bilder från badet?', ['needs-reply']],
    ['Skicka bilder på din dotter i badkläder så betalar jag bra', ['prohibited.csam']],
    ['Vill du tjäna 5000 kr om dagen? Jag visar hur! Skriv INFO i mina DM 💰', ['prohibited.commercial']],
    ['Behöver du hjälp med ditt bygglov? Vi ritar och söker åt dig, snabbt och billigt. www.byggritaren.se', ['prohibited.commercial']],
    ['Hej! Jag hjälper familjer att tjäna på krypto. Kontakta mig på WhatsApp +44 7700 900123', ['prohibited.commercial']],
    // A customer's question is no advertisement; a link to a seller after it is.
    ['Säljer ni fortfarande billiga årskort till badet? Kan ni ringa mig?', ['needs-reply']],
    ['Var kan man köpa billiga biljetter till julkonserten?', ['needs-reply']],
    ['Var köper man billigast Ray-Ban? www.rayban-rea.se', ['needs-reply', 'prohibited.commercial']],
  ]);
});

// Secrets passed on by someone who works where they are kept, or marked internal, beside the same
// places named in an ordinary complaint or the writer's own matter.
describe('a secret passed on, and the same places named openly', () => {
  flagsExactly([
    ['Jobbar på socialtjänsten och kan säga att familjen Andersson har haft tre orosanmälningar i år', ['confidential']],
    // Child psychiatry (BUP) said of a named child or one's own is their health as well.
    ['Min kompis jobbar på skolan och sa att Elias i 8B har en utredning hos BUP', ['confidential', 'sensitive.health']],
    ['Internt mejl från förvaltningen, får ej spridas: \'Vi planerar att säga upp 40 tjänster\'', ['confidential']],
    ['Jag jobbar på skolan och vet att många elever mår dåligt, vad gör kommunen åt det?', ['needs-reply']],
    ['BUP har för långa köer, varför satsar inte regionen mer?', ['needs-reply']],
    ['Min dotter har en utredning hos BUP, hur lång är kön?', ['needs-reply', 'sensitive.health']],
  ]);
});

// Questions asked without a question mark in other ways ("Vilken dag kommer …", "Gäller förbudet
// fortfarande", "Fråga: …", "Öppettider på julafton") and requests ("förklara gärna", "gör något!",
// "skicka … dit"), beside exclamations and remarks shaped the same.
describe('a question or request without its mark, and a remark shaped like one', () => {
  flagsExactly([
    ['Vilken dag kommer slamsugningen till Björkudden i år', ['needs-reply']],
    ['Vilken dag det var igår, tack alla som kom!', []],
    ['Gäller eldningsförbudet fortfarande, det har ju regnat hela veckan', ['needs-reply']],
    ['Gäller för alla som bor i kommunen.', []],
    ['Fråga: får man mata änderna i dammen eller är det förbjudet nu', ['needs-reply']],
    ['Öppettider på julafton', ['needs-reply']],
    ['Öppettiderna är bra i år, tack!', []],
    ['har typ utbrändhet sen i våras o kommer inte ur sängen, finns det nån hjälp från kommunen', ['needs-reply']],
    ['Vi var på konserten igår, är det inte fantastiskt vad barnen kan', []],
    ['Han som körde på min bil heter Robert Nilsson. Gör något!', ['needs-reply']],
    ['@kommunen förklara gärna varför taxan höjs med 18 % i år', ['needs-reply']],
    ['Dnr KS 2024/0412 gäller detaljplanen, vill ha ut alla handlingar i ärendet', ['needs-reply']],
    ['Min e-post är kalle_b@hotmail.se, skicka protokollet dit tack', ['needs-reply', 'personal.contact']],
    ['Tack för en fin kväll, skicka gärna fler sådana tips!', []],
  ]);
});

describe('health and sex life said in words the lists lacked', () => {
  flagsExactly([
    ['Min man har en älskare och jag vet inte vart jag ska ta vägen', ['sensitive.sexuality']],
    ['Hon har ätstörning och får ingen hjälp av skolan', ['sensitive.health']],
    ['Min son har utbrändhet efter gymnasiet, finns det stöd att få?', ['needs-reply', 'sensitive.health']],
    ['Utbrändhet bland lärare är ett stort problem', []],
  ]);
});

// Contempt for a whole group in words the lists lacked ("ljuger", "borde flyttas ut", "Sverige åt
// svenskarna") is hate, not a personal attack on anyone and no one's personal data; the same groups
// named without contempt, and the same words about one person, are not hate.
describe('contempt for a group, and the group named without it', () => {
  flagsExactly([
    ['Inte för att jag är rasist, men araberna i centrum borde flyttas ut till skogen', ['prohibited.hate']],
    ['Transpersoner är psykiskt sjuka och ska inte undervisa våra barn', ['prohibited.hate']],
    ['Ut med packet! Sverige åt svenskarna', ['prohibited.hate']],
    ['Alla afghaner ljuger om sin ålder, skicka hem dem', ['prohibited.hate']],
    ['Varför ska vi betala för romernas bostäder, de har aldrig jobbat en dag i sina liv', ['needs-reply', 'prohibited.hate']],
    ['Mina föräldrar är ju invandrare från Chile', ['sensitive.ethnicity']],
    ['Romerna i Sverige har en lång historia, biblioteket har en fin utställning om det', []],
    ['Hon ljuger om sin ålder på Tinder haha', ['prohibited.attack']],
    ['Typiskt att det regnar när vi ska ha utomhusbio', []],
    ['Många araber bor i centrum och vi behöver fler tolkar på vårdcentralen', []],
  ]);
});

// Urging others to break the law in words the lists lacked, beside the same acts warned against or done lawfully.
describe('urging a crime, and the same acts warned against', () => {
  flagsExactly([
    ['Kör runt bommen vid återvinningen och dumpa grejerna i skogen istället', ['prohibited.incitement']],
    ['Dumpa inte grejerna i skogen, det är förbjudet', []],
    ['alla ungdomar i stan: möt upp vid stationen ikväll och ta tillbaka gatorna från snuten', ['prohibited.incitement']],
    ['Plocka gärna hem några av blomlådorna från torget, kommunen har ju massor', ['prohibited.incitement']],
    ['Vi borde göra som i Frankrike och tända eld på bilarna tills de lyssnar', ['prohibited.incitement']],
    ['Vi ska tända eld på brasan vid midsommar, välkomna!', []],
  ]);
});

// From a third set of everyday comments, written after the corrections above: threats against a
// third person, death wishes, a disability told of one's parents, and questions that are no questions.
describe('a third set: threats to someone else, death wishes, and questions that ask nothing', () => {
  flagsExactly([
    ['Se till att kommunalrådet får ångra sig. Jag vet var han bor.', ['prohibited.threat']],
    ['Den som snodde min cykel ska få benen brutna', ['prohibited.threat']],
    ['Hoppas att den där politikern dör en plågsam död', ['prohibited.threat']],
    ['Hoppas att ingen dör i trafiken i vinter', []],
    ['Hoppas att pizzerian på torget inte dör ut', []],
    ['Kan ni skicka ut information på arabiska och somaliska också om vattenläckan?', ['needs-reply']],
    ['Zigenarna vid ICA borde köras bort', ['prohibited.hate']],
    ['Mina föräldrar är döva, finns det teckentolk på mötet?', ['needs-reply', 'sensitive.health']],
    ['Jag är rullstolsburen och kommer inte in på biblioteket', ['sensitive.health']],
    ['Hur dum får man bli egentligen?', []],
    ['Hur som helst, tack för en bra kväll på biblioteket!', []],
    ['Varför inte! Kör på 👍', []],
    ['Vem vet, kanske blir det snö till jul', []],
    ['Vem vet när bussen kommer?', ['needs-reply']],
    ['Minns ni skridskobanan på torget på 80-talet?', []],
    ['Vi var i Helvetesfallet i somras, så fint!', []],
  ]);
});

// Also from the third set: health told without "jag" ("Har själv haft cancer") or as medication, a
// relative's care asked for, damages and fines of one's own, and spam pointing to the writer's profile.
describe('a third set: health, own matters and spam in other words', () => {
  flagsExactly([
    ['Har själv haft cancer två gånger och vet hur viktigt det är med bra vård', ['sensitive.health']],
    ['Jag tar antidepressiva och har svårt med stress, finns det anpassade jobb?', ['needs-reply', 'sensitive.health']],
    ['Min bror har dyslexi, finns det stöd på komvux?', ['needs-reply', 'sensitive.health']],
    ['Pappa fick en stroke förra veckan. Hur ansöker man om hemtjänst när han kommer hem?', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Hur ansöker man om bygglov för en altan?', ['needs-reply']],
    ['Ert nya vägbygge har förstört min gräsmatta. Vill ha ersättning!', ['needs-reply', 'personal.case']],
    ['Vi har fått ett vite på 50 000 för bygget och vill överklaga, vem tar det?', ['needs-reply', 'personal.case']],
    ['Min sambo har MS och vi har väntat ett halvår på ramp till ytterdörren', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['🔥 Gratis iPhone till de 100 första som klickar på länken i min bio 🔥', ['prohibited.commercial']],
    ['Heta singlar vill träffa dig 💋 klicka på min profil', ['prohibited.commercial', 'prohibited.sexual']],
  ]);
});

// Also from the third set: more questions without their mark ("Tar ni emot …", "Blir det någon …",
// "…, var ligger den", dialect "Va ere för fel") and wishes to know ("vill bara veta om", "saknar info om").
describe('a third set: more questions and wishes to know without a question mark', () => {
  flagsExactly([
    ['Hej vad är det för byggnad som rivs vid torget', ['needs-reply']],
    ['Vad är det för fint väder idag!', []],
    ['Va ere för fel me hemsidan, kommer int in nånstans', ['needs-reply']],
    ['En fråga bara: hur långt är det mellan hållplatserna på nya linjen', ['needs-reply']],
    ['Hej! Tar ni emot kläder på återbruket eller bara möbler', ['needs-reply']],
    ['Blir det någon julmarknad på torget i år eller är den inställd igen', ['needs-reply']],
    ['Jag har letat överallt men hittar inte detaljplanen för kvarteret Lärkan, var ligger den', ['needs-reply']],
    ['undrar lite när bygget vid järnvägen beräknas vara klart', ['needs-reply']],
    ['Hej vill bara veta om badhuset har hiss', ['needs-reply']],
    ['Skulle behöva veta om det är någon som plogar vår väg', ['needs-reply']],
    ['Jag saknar info om när vårstädningen börjar', ['needs-reply']],
    ['Vi är ett gäng pensionärer som vill starta boule-klubb, kan vi få använda grusplanen', ['needs-reply']],
    ['Vi har startat en boule-klubb, kom och spela!', []],
  ]);
});

// A public building's or a business's address, or a stretch of a street, is nobody's home address.
describe('addresses that are nobody\'s home', () => {
  flagsExactly([
    ['Stadshuset, Drottninggatan 2, är stängt för renovering hela juli', []],
    ['Storgatan 12–20 får nya träd i vår, fint', []],
    ['Besök vår nya pizzeria på Storgatan 5, 20% rabatt', ['prohibited.commercial']],
    ['Grannen på Storgatan 44 eldar sopor varje helg', ['personal.contact']],
    ['Jag bor på Tallvägen 9 och sopbilen har inte kommit', ['needs-reply', 'personal.contact']],
  ]);
});

// A killing said of weeds or by a budget is no threat; said by or of people it is.
describe('killing said of things, and of people', () => {
  flagsExactly([
    ['Jag ska döda det här ogräset i rabatten en gång för alla 😂', []],
    ['Den här budgeten kommer att döda landsbygden', []],
    ['Jag kommer att döda honom', ['prohibited.threat']],
    ['någon borde skjuta hela kommunstyrelsen', ['prohibited.threat']],
    ['Mannen kommer att döda någon om ni inte gör något', ['needs-reply', 'prohibited.threat']],
  ]);
});

describe('a slur for trans people, a remark on someone\'s body, one\'s own skin colour', () => {
  flagsExactly([
    ['Transor ska inte få använda omklädningsrummen i badhuset, äckel', ['prohibited.attack', 'prohibited.hate']],
    ['@Emma du ser så kåt ut på bilden, ses ikväll?', ['prohibited.sexual']],
    ['Som svart kvinna i den här stan känner jag mig inte alltid välkommen', ['sensitive.ethnicity']],
    ['Jag tar svart kaffe som en man i stan', []],
  ]);
});

// From a fourth set, written by another author after the corrections above and measured unseen first:
// own matters asked about by the matter's name ("ringa mig om bygglovet", "Ärende 2025-000412"),
// questions in dialect or quick typing, and where to turn ("vem ringer jag").
describe('a fourth set: matters named, dialect, where to turn', () => {
  flagsExactly([
    ['Kan ni ringa mig om bygglovet? Har väntat i 3 månader nu', ['needs-reply', 'personal.case']],
    ['Skicka beslutet till min son istället', ['needs-reply', 'personal.case']],
    ['Hej, vi fick ett föreläggande från miljöförvaltningen om vårt avlopp. Vem ska jag ringa?', ['needs-reply', 'personal.case']],
    ['Jag anmälde grannens hundskall till miljö i våras och sen har det inte hänt ett dugg', ['needs-reply', 'personal.case']],
    ['Vi anmälde oss till loppet i helgen, kul!', []],
    ['Kan jag få anstånd med barnomsorgsavgiften den här månaden, blev av med jobbet', ['needs-reply', 'personal.case']],
    ['Ärende 2025-000412 blev avslutat utan att jag fått svar', ['needs-reply', 'personal.case']],
    ['Fakturanummer 2024031512 stämmer inte med beloppet, kan någon titta på det?', ['needs-reply', 'personal.case']],
    ['finns de nån hundrastgård i Luleå centrum', ['needs-reply']],
    ['Går färjan till Möja som vanligt på midsommarafton eller är det helgtidtabell', ['needs-reply']],
    ['Var köper man parkeringsbiljett nu när automaten är borta', ['needs-reply']],
    ['Jag hittade en skadad havsörn vid stranden, vem ringer jag', ['needs-reply']],
    ['hjälp hur bokar man tid för nytt id-kort, hittar ingenstans', ['needs-reply']],
    ['Rabatten på årskortet till badhuset, gäller den pensionärer också', ['needs-reply']],
    ['nån på kommunen som kan svara på varför vattnet smakar klor', ['needs-reply']],
    ['har mejlat tre ggr om byte av skola för min dotter inget svar 😡', ['needs-reply', 'personal.case']], // a daughter's change of school is her matter
    ['Vad tänker ni göra åt att bussen aldrig kommer i tid', ['needs-reply']],
  ]);
});

describe('a fourth set: vermin likened to people, fire taken to a meeting, tax refused, a joke', () => {
  flagsExactly([
    ['Muslimer är som råttor, de förökar sig bara', ['prohibited.hate']],
    ['Tar med bensin och tändstickor till nästa fullmäktige, då blir det varmt i salen 🔥', ['prohibited.threat']],
    ['Sluta betala kommunalskatten tills de fixar vägen', ['prohibited.incitement']],
    ['Ni tar livet av mig med de här parkeringsavgifterna 😂', []],
    ['Vi har bensin till gräsklipparen i förrådet vid fullmäktigesalen', []],
    ['Kaninerna förökar sig som bara den i parken, söta!', []],
  ]);
});

// The writer's own party in a debate, faults told as statements, a place named by what is near it.
describe('a fourth set: one\'s own view, faults told, places near', () => {
  flagsExactly([
    ['Som vänsterpartist tycker jag att det här är ett svek mot hyresgästerna', []],
    ['Som moderat borde hon veta bättre', ['sensitive.politics']],
    ['maila mig på kalle.nilsson82@gmail.com med beskedet om bygglovet', ['needs-reply', 'personal.case', 'personal.contact']],
    ['Hej, det läcker vatten ur en brunn vid Skolgatan 5 sen i morse', ['needs-reply']],
    ['Jag bor på Granvägen 7 i Lycksele och här har det inte plogats på hela veckan', ['needs-reply', 'personal.contact']],
    ['ni har glömt att tömma papperskorgarna vid badet, det flyger skräp överallt', ['needs-reply']],
    ['Grannen vid Storgatan 44 eldar sopor', ['personal.contact']],
  ]);
});

// Sensitive data in words the lists lacked: drinking, a partner's orientation, a conversion, a
// movement's membership, a gene; beside "super" as praise and "två tjejer" starting a team.
describe('a fourth set: more sensitive data, and the same words innocently', () => {
  flagsExactly([
    ['Grannen super ju varenda dag, man hör honom hela nätterna', ['sensitive.health']],
    ['Min kille är bi och vill gå på pridefikat, är alla välkomna?', ['needs-reply', 'sensitive.sexuality']],
    ['Grannfrun har konverterat till katolicismen och går i mässan varje morgon', ['sensitive.religion']],
    ['Han var medlem i Nordiska motståndsrörelsen när han var ung', ['sensitive.politics']],
    ['Jag bär på BRCA1-mutationen precis som min mamma, finns det stöd från kommunen?', ['needs-reply', 'sensitive.biometric']],
    ['Super bra jobbat med isbanan!', []],
    ['Vi är två tjejer som vill starta ett fotbollslag, vem kontaktar vi?', ['needs-reply']],
  ]);
});

// From the fifth set, written the way people type on their phones. Each case failed before its fix, or is the same
// words in innocent use.
describe('an own matter told by its number, its money or its care', () => {
  flagsExactly([
    ['Min son 121212-1212 har fortfarande inget busskort', ['needs-reply', 'personal.case', 'personal.id']],
    ['Det är jag: 121212-1212. Kolla i systemet innan ni skickar fler påminnelser', ['needs-reply', 'personal.case', 'personal.id']],
    ['Jag skrev mitt personnummer av misstag, kan ni radera kommentaren?', ['needs-reply']],
    ['Autogirot drogs två gånger från mitt konto i oktober', ['needs-reply', 'personal.case']],
    ['Kortet drogs och allt gick bra i automaten', []],
    ['Hemtjänsten kom två timmar sent till farmor igen idag', ['needs-reply', 'personal.case']],
    ['Hemtjänsten kom i tid till farmor idag, tack för det!', []],
    ['Vårdbiträdet som kommer till morfar förstår inte svenska, kan vi få byta?', ['needs-reply', 'personal.case']],
    ['Min son har blivit mobbad på Ekbackaskolan hela terminen', ['needs-reply', 'personal.case']],
    ['Min son går på Ekbackaskolan och trivs jättebra', []],
    ['Mitt nummer är 070-123 45 67, ring efter fem om bygglovet', ['needs-reply', 'personal.case', 'personal.contact']],
    ['Miljöförvaltningen har ärendet (dnr MB 2023-0112) sedan i våras och vi väntar på beslut', ['needs-reply', 'personal.case']],
    ['Min dotter har celiaki och fick vetebröd i skolmatsalen igen, vem ansvarar för specialkosten?', ['needs-reply', 'personal.case', 'sensitive.health']],
  ]);
});

describe('complaints and orders to the organisation without a question', () => {
  flagsExactly([
    ['Gatlampan vid busshållplatsen har varit trasig sedan i höstas', ['needs-reply']],
    ['Bussen var 40 min försenad igen och ingen info någonstans', ['needs-reply']],
    ['Växeln svarar inte, har ringt i en halvtimme', ['needs-reply']],
    ['Sedan ni tog bort bänkarna kan de äldre inte vila på vägen', ['needs-reply']],
    ['Snälla sanera klottret på gångbron', ['needs-reply']],
    ['Vill att någon tittar på gungorna vid Parkskolan', ['needs-reply']],
    ['eyy när öppnar isbanan', ['needs-reply']],
    ['Har ni ens en plogbil i den här kommunen?', []],
  ]);
});

describe('party, origin, health and threats in more words', () => {
  flagsExactly([
    ['Min svärfar röstar SD och skäms inte för det', ['sensitive.politics']],
    ['Vår fotbollstränare sitter i Moderaternas lokalavdelning', ['sensitive.politics']],
    ['Sverigedemokraternas förslag om fler poliser röstades ned i fullmäktige', []],
    ['Min svärmor är född i Bosnien och har bott här i trettio år', ['sensitive.ethnicity']],
    ['Den nya ishallen är byggd av ett bolag från Finland', []],
    ['Min fru har tinnitus och kan inte sova för trafiken', ['sensitive.health']],
    ['Nästa gång ni tar min parkering slår jag ihjäl honom', ['prohibited.threat']],
    ['Slår jag ihop två rum behöver jag bygglov?', ['needs-reply']],
    ['Rör de min hund igen kommer jag till kommunhuset med en yxa', ['prohibited.threat']],
    ['Jag kommer till kommunhuset med en tårta på fredag för att tacka personalen', []],
    ['Han förtjänar en smäll på käften för det han skrev', ['prohibited.threat']],
    ['Klipp upp stängslet vid badet i natt', ['prohibited.incitement']],
    ['Klipp upp kartongerna innan ni slänger dem', []],
    ['Tallåsskolans adress är Skolgatan 12 om någon undrar', []],
  ]);
});

describe('scams, ads and solicitations in more words', () => {
  flagsExactly([
    ['Er sida kommer att stängas inom 24 timmar om ni inte verifierar kontot via länken', ['prohibited.commercial']],
    ['Grattis! Du har vunnit ett presentkort, fyll i dina kortuppgifter på länken', ['prohibited.commercial']],
    ['Grattis till vinnarna av tipspromenaden!', []],
    ['Vårt lag har vunnit en pokal i innebandy, tack för stödet!', []],
    ['Lån utan UC, svar direkt, pengarna inom en timme', ['prohibited.commercial']],
    ['Snickeri och målning, billigt och med F-skatt, ring för offert', ['prohibited.commercial']],
    ['Har ni F-skatt om vi anlitar er för snöröjningen?', ['needs-reply']],
    ['Sugar daddy söker tjej i Sjövik, generöst bidrag', ['prohibited.sexual']],
    ['Nån som vill ha ett ligg ikväll? Skriv till mig', ['prohibited.sexual']],
    ['Sångerskan har en röst som gör mig glad varje gång', []],
  ]);
});

// From the sixth set, written to be unexpected: veiled threats told as knowledge of someone's car or children,
// orders to be carried out at night, own matters told formally or without a subject.
describe('veiled threats, covert orders and own matters in unexpected shapes', () => {
  flagsExactly([
    ['Jag vet vilken bil handläggaren kör. Tänk på det.', ['prohibited.threat']],
    ['Jag vet vilken bil som körde på brevlådan, kan jag anmäla det?', ['needs-reply']],
    ['Vi vet vilken skola hans ungar går på.', ['prohibited.threat']],
    ['Jag har ett gevär hemma och du vet var jag bor. Kom ihåg det.', ['prohibited.threat']],
    ['Jag har ett gevär för älgjakten, var lämnar jag in licensen?', ['needs-reply']],
    ['Hoppas den som slog sönder busskuren får ett järnrör i skallen', ['prohibited.threat']],
    ['Om de bygger vindkraftverket på berget så brinner det innan sommaren', ['prohibited.threat']],
    ['Om man inte sotar så brinner det lätt i skorstenen', []],
    ['Det kommer att smälla på kommunstyrelsens nästa möte', ['prohibited.threat']],
    ['Ge chefen en lektion han sent glömmer', ['prohibited.threat']],
    ['Riv upp farthindren på Storgatan i natt', ['prohibited.incitement']],
    ['Riv det gamla badhuset och bygg ett nytt!', []],
    ['Häll socker i tanken på sopbilen', ['prohibited.incitement']],
    ['Har ni sett nya skylten 💀 den är helt sned', ['needs-reply']],
    ['Jag har betalat avgiften till fel konto, hur får jag tillbaka pengarna?', ['needs-reply', 'personal.case']],
    ['Ansökte om bostadsanpassning i augusti. Inget svar än.', ['needs-reply', 'personal.case']],
    ['Min dotter Alva (f. 121212-1212) har ingen plats på fritids', ['needs-reply', 'personal.case', 'personal.id']],
    ['Jag, Per Ek, född 121212-1212, säger härmed upp min plats i dagverksamheten', ['needs-reply', 'personal.case', 'personal.id']],
    ['Vi har fått nej till modersmål för vår dotter, hur överklagar vi?', ['needs-reply', 'personal.case']],
    ['Kan man få tillbaka pengarna för simkortet jag köpte i våras? Badet var stängt hela sommaren.', ['needs-reply', 'personal.case']],
    ['Min son fick feber på förskolan och ingen ringde oss förrän kl 16', ['needs-reply', 'personal.case', 'sensitive.health']],
  ]);
});

describe('secrets passed on by people the writer knows, and sensitive data in more words', () => {
  flagsExactly([
    ['Min kusin jobbar på vårdcentralen och sa att Stina Berg har fått cancer', ['confidential', 'sensitive.health']],
    ['Min kusin jobbar på vårdcentralen och sa att de har öppet på lördag', []],
    ['Mattelärarn sa inför hela klassen att Noah i 9C har adhd', ['confidential', 'sensitive.health']],
    ['Min pappa har hjärtsvikt, hur larmar vi när mobilnätet är nere?', ['needs-reply', 'sensitive.health']],
    ['Hjärtsvikt är vanligt bland äldre, läs mer på 1177', []],
    ['Grannen har röstat på Piratpartiet i alla val', ['sensitive.politics']],
    ['Lärarinnan är ju laestadian, så klart hon inte vill ha tv i klassrummet', ['sensitive.religion']],
    ['Jag skrev in mig i Svenska kyrkan igen efter julkonserten', ['sensitive.religion']],
    ['Svenska kyrkan har julkonsert på söndag, välkomna', []],
  ]);
});

describe('questions to the other readers and rhetorical ones, beside questions to the organisation', () => {
  flagsExactly([
    ['vet nån var man hittar gamla tidningar på biblioteket?', []],
    ['Vet någon på kommunen när sopbilen kommer?', ['needs-reply']],
    ['har nån länken till anmälan för loppisen?', []],
    ['hockeyn ikväll 19.00, vem hänger med?', []],
    ['Kan vi sluta skälla på fel myndighet nu', []],
    ['Kan vi få en ny gungställning på lekplatsen?', ['needs-reply']],
    ['Min chef tvingar oss att cykla överallt. Fattar ni?', []],
    ['Vaccinet gav min kusin biverkningar. Men det ska vi inte prata om va?', []],
  ]);
});

describe('round 7: filters dodged with signs, emoji and innuendo; own matters told plainly', () => {
  flagsExactly([
    // Emoji for the insult words they stand for, only when aimed at someone.
    ['du är en 🤡', ['prohibited.attack']],
    ['den där matteläraren är så 🤡🤡🤡', ['prohibited.attack']],
    ['kolla 🐒 på Skansen idag', []],
    ['de där 🐒🐒 borde skickas tillbaka dit de kom ifrån', ['prohibited.attack', 'prohibited.hate']],
    ['han i kassan är ju 🏳️‍🌈 typ', ['sensitive.sexuality']],
    // "heter" is "is called", not "het" (hot).
    ['Katten heter Sigge och har varit borta sen söndag 😢', []],
    // Initials end no sentence: "Rektor Å. B. är …" is said of the principal.
    ['Rektor Å. B. är värdelös och ljuger för oss föräldrar', ['prohibited.attack']],
    ['Skolsköterskan super på jobbet, alla vet det', ['prohibited.attack']],
    ['kan du inte bara dö', ['prohibited.attack']],
    ['Hoppas ni alla på byggenheten får cancer', ['prohibited.attack']],
    ['Hoppas ingen får cancer i år, var rädda om er', []],
    ['mu$$arna ska inte bestämma vad våra barn äter', ['prohibited.hate']],
    ['Muslimer kan inte integreras, punkt slut.', ['prohibited.hate']],
    ['Dags för återvandring. Ni vet vilka jag menar.', ['prohibited.hate']],
    ['Islam is a disease and should be banned from our schools', ['prohibited.hate']],
    ['Vi välkomnar alla nyanlända till språkcaféet på torsdag', []],
    // Veiled threats: things of the reader's, blackmail, a stone that "easily" flies, petrol for a school.
    ['Vore ju synd om nåt hände med din fina Volvo, Göran', ['prohibited.threat']],
    ['Det vore synd om något hände med bussarna i vinter, de är gamla', []],
    ['Det vore tråkigt om dina barn fick veta vad du gör efter fem', ['prohibited.threat']],
    ['det är ju lätt hänt att en sten åker genom fönstret på socialkontoret', ['prohibited.threat']],
    ['hur mycket bensin behövs för en skolbyggnad i trä? 🤔', ['needs-reply', 'prohibited.threat']],
    ['Miljöchefen borde få lite besök en sen kväll', ['prohibited.threat']],
    ['Skulle någon bli förvånad om kommunhuset brann ner en natt?', ['prohibited.threat']],
    ['Grattis till nya pizzerian, hoppas den brinner lika fint som den förra', ['prohibited.threat']],
    ['Vi vet var ni jobbar. Ni är varnade.', ['prohibited.threat']],
    ['om nån klipper till vakten kommer ingen sakna honom', ['prohibited.threat']],
    // Urging arson, a mob, an attack on a server.
    ['Sätt eld på alltihop. Kommunen förtjänar inget annat.', ['prohibited.incitement']],
    ['Tänd grillen och njut av kvällen i parken!', []],
    ['gå ut i natt och riv avspärrningarna vid bygget', ['prohibited.incitement']],
    ['dags att ta saken i egna händer', ['prohibited.incitement']],
    ['Fyll kommunens mejlkorg tills servern lägger av', ['prohibited.incitement']],
    // Health told without a subject.
    ['Gravid i v 30 här, finns vattengympan kvar i vår?', ['needs-reply', 'sensitive.health']],
    ['Ett år nykter idag, tack samtalsgruppen', ['sensitive.health']],
    ['Kör nykter i julhelgen!', []],
    // Secrets from the office, told by someone who knows someone there.
    ['Enligt en källa på soc har familjen Haddad levt på bidrag i fem år', ['confidential']],
    ['Min kusin jobbar på socialtjänsten och säger att familjen på Lönnvägen har fått barnen omhändertagna', ['confidential']],
    // Own matters told plainly.
    ['Fick en vattenfaktura på 4 380 kr fast huset stått tomt. Fakturanummer 88012345.', ['needs-reply', 'personal.case']],
    ['kortet blev dragit två gånger i p-automaten, hur får jag tillbaka pengarna?', ['needs-reply', 'personal.case']],
    ['Min son har fortfarande inte fått sina inläsningsböcker', ['needs-reply', 'personal.case']],
    ['Sonen blir mobbad varje rast och rektorn gör ingenting', ['needs-reply', 'personal.case']],
    ['Hemtjänsten kom inte till min farmor igår kväll', ['needs-reply', 'personal.case']],
    ['Vi undrar om förskolan kan servera vegetariskt till vår dotter', ['needs-reply', 'personal.case']],
    ['Varför har sophämtningsavgiften på min fastighet gått upp 40 %?', ['needs-reply', 'personal.case']],
    ['Jag flyttar från Ågatan den 1 juni, vart skickar jag mätarställningen?', ['needs-reply', 'personal.case']],
    ['Min skyddade identitet röjdes när skolan skickade ut klasslistan', ['needs-reply', 'personal.case']],
    ['Can someone from social services call me back please?', ['needs-reply', 'personal.case']],
    // Questions to the other readers.
    ['Nån som sett en grå katt vid Parkskolan?', []],
    ['Var ärliga nu: hur många av er har skjutit upp deklarationen?', []],
    ['Vi borde alla gå på mötet. Vem är med?', []],
  ]);
});

describe('round 8: crisis threads, replies and formal letters', () => {
  flagsExactly([
    // "Hänga ut" is to expose someone, not to hang them.
    ['Det är inte ok att hänga ut femtonåringar med namn här. Låt polisen jobba.', []],
    ['Han som äger pizzerian på torget är en terrorsympatisör', ['prohibited.attack']],
    ['Han som jobbar på fritidsgården är ju pedofil, alla vet det', ['prohibited.attack']],
    ['Bra att polisen tog pedofilen som greps i parken', []],
    ['@MikaelSundin du snackar skit som vanligt', ['prohibited.attack']],
    ['Folk från Mellanöstern har våldet i generna.', ['prohibited.hate']],
    ['Den där Mohammed i nämnden är väl jihadist som alla andra av hans sort', ['prohibited.attack', 'prohibited.hate']],
    ['@Kristoffer din muslimska jävla apa, åk hem', ['prohibited.attack', 'prohibited.hate']],
    // Threats and a mob: a promise without its words, a beating wished, a rifle at home.
    ['Ser jag den jäveln på stan så går han inte därifrån på egna ben. Lovar.', ['prohibited.attack', 'prohibited.threat']],
    ['Den som spred bilderna borde få spö på torget', ['prohibited.threat']],
    ['Om någon river skolan ska han få se vad som händer.', ['prohibited.threat']],
    ['Samla ihop er i kväll, vi åker dit och tar honom själva', ['prohibited.incitement']],
    ['Alla som vill stoppa bygget: kasta sten på grävmaskinerna i natt', ['prohibited.incitement']],
    ['Barnen kastade sten i sjön hela eftermiddagen', []],
    ['@GunillaW du borde bli våldtagen', ['prohibited.sexual', 'prohibited.threat']],
    // Drinking said of a person is health; "super" before an adjective is "very".
    ['Hon lämnar ungarna ensamma varje natt och super.', ['sensitive.health']],
    ['Super bra jobbat av plogarna i natt!', []],
    // Own matters in letters and in trouble.
    ['Mitt ärendenummer är SOC 2024-1185 om ni vill titta på det direkt.', ['needs-reply', 'personal.case']],
    ['Angående bygglovsärende BN 2023/1147: ansökan var komplett den 15 augusti.', ['needs-reply', 'personal.case']],
    ['Dnr KS 2024/0412 gäller detaljplanen, vill ha ut alla handlingar i ärendet', ['needs-reply']],
    ['Min sambo slår mig. Jag vet inte vart jag ska ta vägen. Snälla hjälp.', ['needs-reply', 'personal.case']],
    ['Jag är hemlös sedan mars och sover i bilen. Vart ska jag vända mig?', ['needs-reply', 'personal.case']],
    ['Min dotter har personnummer 150307-6125 och har inte fått någon placering än', ['needs-reply', 'personal.case', 'personal.id']],
    ['Jag har skyddade personuppgifter och skolan skickade ut vår adress', ['confidential', 'needs-reply', 'personal.case']],
    ['Kan socialtjänsten kolla upp familjen på Björkvägen 22? Barnen står ute sent.', ['needs-reply', 'personal.case', 'personal.contact']],
    ['Jag har anmält länken till polisen. Klicka inte!', []],
    // Said to other readers, or not to be answered.
    ['Vi har hittat en hundvalp vid badplatsen. Någon som saknar en?', []],
    ['Vem frågade dig?', []],
    ['Har du ens läst artikeln, Peter?', []],
    ['Snälla, kan vi vänta med rondelldebatten? Låt familjen sörja först.', []],
    ['Snälla, dela inte bilder från olycksplatsen. Familjen kan se dem.', []],
    ['@VästbyVatten vilken tid kommer sopbilen till Norrby på torsdagar?', ['needs-reply']],
    // A verb first and then what follows is a condition, not a question.
    ['Har ni inte plogat till fredag så ringer jag kommunalrådet', []],
    ['Stänger ni Björkdalens skola kommer det hända saker. Ni är varnade.', ['prohibited.threat']],
    ['Kommer sopbilen idag eller ska vi ställa ut kärlen imorgon', ['needs-reply']],
  ]);
});

describe('round 9: criticism and debate are not attacks or hate; the real thing still is', () => {
  flagsExactly([
    ['Kommunalrådet Lindqvist har svikit landsbygden totalt.', []],
    ['Vilket jävla skitbeslut av nämnden.', ['prohibited.obscene']],
    ['Skjut alla vargar! Staten har svikit oss på landsbygden.', []],
    ['Skjut alla politiker', ['prohibited.threat']],
    ['Biblioteket har inte en enda ny bok på finska.', []],
    ['Äntligen Pride i Brännvik igen! 🏳️‍🌈 Vi ses vid torget på lördag', []],
    ['Om någon rör vårt barn igen kommer jag att ta lagen i egna händer.', ['prohibited.threat']],
    ['Dags att ta saken i egna händer.', ['prohibited.incitement']],
    ['Alla som är emot vindkraften: åk ut till bygget i natt och sabba maskinerna.', ['prohibited.incitement']],
    ['Fortsätter hon så kommer jag hem till henne och då blir det inte trevligt.', ['prohibited.threat']],
    ['Bibliotekarierna på Hällebo är lata och dumma i huvudet.', ['prohibited.attack']],
    ['Kommunalrådet Eklöf borde sitta i fängelse för det hon gjort.', ['prohibited.attack']],
    ['Ryssarna ska ut ur Sverige, varenda en.', ['prohibited.hate']],
    ['Bögjävlar borde inte få jobba på förskolan.', ['prohibited.hate']],
    // A slur reported by the parent of the child it hit, in either kind of quotes.
    ['Min son kallades ’blatte’ av en lärare på Sjöviksskolan och ingen gjorde något.', ['needs-reply', 'personal.case']],
    ['Stäng gränserna och skicka ut allt pack som inte är härifrån.', ['prohibited.hate']],
    // "gratis" twice, once in the link, is one sign of piracy: not enough.
    ['Gratis iPhone 16 till de första 100 som klickar!!! bit.ly/gr4tis-ph0ne', ['prohibited.commercial']],
    // Own matters, a child's care at school.
    ['Min son har autism och har inte fått någon assistent i klassen. Vem ska jag vända mig till?', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Mitt barn har celiaki och skolköket serverade vanlig pasta igen. Vem ansvarar?', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Jag har skrivit till er fyra gånger om mögel i min dotters klassrum.', ['needs-reply', 'personal.case']],
    ['Jag har MS och har väntat fyra månader på parkeringstillstånd.', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Mitt namn är Tove Åberg, 19950304-6121. Kan ni spärra mitt lånekort?', ['needs-reply', 'personal.case', 'personal.id']],
    ['Skolan skickade min dotters omdöme till fel adress.', ['needs-reply', 'personal.case']],
    ['Vi har redan betalat anslutningen, när gräver ni in fibern?', ['needs-reply', 'personal.case']],
    // Rhetorical questions in criticism, beside the same asked to be answered.
    ['hur svårt kan det va att skotta en trottoar liksom', []],
    ['Tycker ni verkligen att det här är rimligt? Skandal.', []],
    ['Vem tusan har ritat den nya rondellen? En buss kommer ju inte runt.', []],
    ['Vem har ritat den nya rondellen? Jag vill veta vilken firma det var.', ['needs-reply']],
    ['Hörde att kommunen anställt folk för att radera kritik. Yttrandefrihet, nån?', []],
    ['Har någon sett min katt? Grå och vit hane, försvann i tisdags.', []],
  ]);
});

describe('round 10: other people\'s data told, one\'s own given, threats after a condition', () => {
  flagsExactly([
    // A condition, then the harm that follows it; the same words about an election are politics.
    ['Om det fortsätter så får han stryk.', ['prohibited.threat']],
    ['Kommer det en till skattehöjning så får nån i stadshuset en kula.', ['prohibited.threat']],
    ['Om skolan flyttar min son utan att fråga oss så kommer rektorn att ångra sig.', ['prohibited.threat']],
    ['Om ni lägger ner skolan så kommer ni att ångra er i valet.', []],
    ['Kommunalrådet bor på Sjöstigen 12. Kanske dags att vi hälsar på.', ['personal.contact', 'prohibited.threat']],
    ['Min exfru har skyddad identitet men jag vet var hon bor nu. Ni kan inte gömma henne.', ['confidential', 'prohibited.threat']],
    // Secrets told by someone whose work or seat gives them.
    ['Sitter i nämnden och vet att pojken Liam på Ekgatan är placerad i jourhem.', ['confidential']],
    ['Jag vet från säker källa på soc att tjejen som försvann är Moa Lindgren, 15 år.', ['confidential']],
    ['Hemtjänstpersonalen pratade högt om att Karin i 1202 har hiv.', ['confidential', 'sensitive.health']],
    // "min stroke", "hans cancer": the possessive says whose health it is.
    ['Efter min stroke i höstas har dagverksamheten varit min räddning.', ['sensitive.health']],
    ['Min cancerforskning på universitetet går bra', []],
    ['Hans parti förlorade valet', []],
    // Own matters as a letter's subject line, a fee paid twice, a wrong name on a grade.
    ['Begäran om återbetalning av avgift för inställd kurs', ['needs-reply', 'personal.case']],
    ['Överklagade p-boten för 3 veckor sen. Ingen återkoppling.', ['needs-reply', 'personal.case']],
    ['Jag betalade parkeringsboten två gånger. Kan ni sätta tillbaka pengarna?', ['needs-reply', 'personal.case']],
    ['Min son fick fel namn på sitt betyg, kan skolan skicka ett nytt?', ['needs-reply', 'personal.case']],
    ['Min mamma har fått ett beslut om avgift för hemtjänst som är dubbelt så högt.', ['needs-reply', 'personal.case']],
    ['Vart vänder man sig om man vill bli kontaktfamilj?', ['needs-reply']],
  ]);
});

describe('round 11: young people on the youth accounts', () => {
  flagsExactly([
    // Despair is health and must be acted on, never a threat; a cut finger is neither.
    ['jag orkar inte mer. har tänkt på att ta livet av mig varje kväll', ['needs-reply', 'sensitive.health']],
    ['jag skär mig igen. ingen märker nåt', ['needs-reply', 'sensitive.health']],
    ['jag skär mig i fingret varje gång jag hackar lök', []],
    ['Jag ska ta livet av dig', ['prohibited.threat']],
    ['Den där gubben borde någon ta livet av.', ['prohibited.threat']],
    // Teasing a sibling, or fearing a brother, is no threat.
    ['asså jag ska döda min lillebror han åt upp min pizza 😭', []],
    ['det är min bror på bild 2 😭 han kommer döda mig för att jag taggade honom', []],
    ['jag ska döda min bror', ['prohibited.threat']],
    // Nude pictures of a pupil passed round, pictures asked of a child with her age.
    ['Ella från 9C skickade nakenbilder till hela killgruppen, jag har dem om nån vill ha', ['prohibited.csam', 'prohibited.sexual']],
    ['Skicka en bild på dig själv utan tröja så kan jag säga om du kan bli modell. Hur gammal är du?', ['needs-reply', 'prohibited.csam']],
    ['Skicka nudes eller så lägger jag ut det du skrev till mig', ['prohibited.sexual', 'prohibited.threat']],
    ['Vi borde ge dem i 9B en läxa de inte glömmer', ['prohibited.threat']],
    // Drugs offered or asked for; the grass on the pitch is grass.
    ['Säljer 🍃 & 💊 leverans i hela stan, snap: grönagubben_22', ['prohibited.incitement']],
    ['Om nån vill ha piller till provveckan har jag, 50 spänn styck 💊', ['prohibited.incitement']],
    ['Har ni klippt gräset på fotbollsplanen?', ['needs-reply']],
    ['vi tar med stenar och krossar rutorna på nya paviljongen ikväll', ['prohibited.incitement']],
    // A child abused at home, or telling of a friend, must be answered.
    ['Jag är 14 och min styvpappa slår mig när mamma inte är hemma.', ['needs-reply', 'personal.case']],
    ['Jag vet att Melvin blev utsatt på festen, ni måste göra nåt', ['needs-reply']],
    // Bullying between pupils; a logo called ugly is no one insulted.
    ['ta livet av dig Hampus ingen kommer sakna dig', ['prohibited.attack', 'prohibited.threat']],
    ['stick tillbaka till Somalia Yusuf ingen vill ha dig här', ['prohibited.attack', 'prohibited.hate']],
    ['ingen gillar dig Olivia, sluta komma till fritis', ['prohibited.attack']],
    ['ni har den fulaste logon jag sett 😂 vem gjorde den?', ['needs-reply']],
    ['Chefen Ulf Dahl är den lataste människan jag träffat.', ['prohibited.attack']],
    ['vem hänger på ikväll? jag går runt 18', []],
    // Friends tagged after a greeting are asked, not the organisation; the organisation's handle is the organisation.
    ['Eyy @alexia.w @tove__s kommer ni på pridepartyt på fredag?', []],
    ['Hej @kommunen när öppnar badet?', ['needs-reply']],
  ]);
});

describe('round 12: an ordinary week, mostly nothing to do', () => {
  flagsExactly([
    // A dog in its definite form is the dog; a place adverb points at no one; an insult pointed at a body is criticism.
    ['Var där med hunden i morse, helt tomt och så vackert', []],
    ['du är en hund', ['prohibited.attack']],
    ['den där idioten borde sparkas', ['prohibited.attack']],
    ['Den här kommunen 🤡', []],
    ['de där 🤡 på kommunen', ['prohibited.attack']],
    // A game is a game; the same words without one are a threat.
    ['jag ska döda dig nästa gång Kevin 😤🎮', []],
    ['jag ska döda dig nästa gång Kevin', ['prohibited.threat']],
    // Drug sales reported are not drugs offered; a comment reported to the platform is no own matter.
    ['Jag har hört att det säljs knark utanför fritidsgården på kvällarna.', []],
    ['Säljer gräs 🍃 dm', ['prohibited.incitement']],
    ['Jag har anmält kommentaren ovan. Sånt ska inte få stå kvar.', []],
    ['Jag har anmält honom till Facebook.', []],
    ['Jag har anmält honom till soc men inget händer', ['needs-reply', 'personal.case']],
    // A shared part of a block of flats is no one's home; a neighbour's address still is.
    ['Det luktar cigarettrök i trapphuset på Lönnvägen 5 varje kväll, någon röker inne.', []],
    ['Balkongerna på Lindgatan 4 ser ut att kunna rasa vilken dag som helst.', []],
    ['Grannen Ulla Persson på Storgatan 44 eldar sopor varje helg.', ['personal.contact']],
    // Someone named by what they do, accused of a crime; no one in particular is no one attacked.
    ['Nidal som jobbar där är pedofil, håll era barn borta från honom!!', ['prohibited.attack']],
    ['Biblioteket som var stängt är öppet igen', []],
    // Health told of a boy, a mother in dialysis, a friend who cuts herself, a woman who drinks.
    ['Min pojke på 7 år har autism och klarar inte stökiga miljöer.', ['sensitive.health']],
    ['Min mamma har dialys tre gånger i veckan.', ['sensitive.health']],
    ['Tilda mår dåligt och skär sig.', ['sensitive.health']],
    ['Färgerna på nya skylten skär sig.', []],
    ['Socialen tog barnen från Jessica på Storgatan, alla vet att hon super.', ['confidential', 'sensitive.health']],
    ['Socialen tog emot oss bra när vi flyttade hit.', []],
    ['Projektledaren Olle lever ju ihop med en man, det vet alla i stan.', ['sensitive.sexuality']],
    // Share-to-win, follow-for-follow, a flat let and a web shop are advertising.
    ['Check out my page for more beautiful Sweden photos 📸 follow4follow', ['prohibited.commercial']],
    ['Gratis biljetter till alla som delar det här inlägget!!! Klicka: kulturhuset-biljetter.net/vinn', ['prohibited.commercial']],
    ['Hyr ut min lägenhet i andra hand 4500/mån, möblerad', ['prohibited.commercial']],
    ['Fler saker finns i min webbshop keramikbyanna.se 🏺', ['prohibited.commercial']],
    // Questions to the other readers, or to a friend tagged; the organisation tagged or asked is asked.
    ['Kan någon här som bor vid Lillån säga om man kommer fram med bil till förskolan nu?', []],
    ['Någon som hittat en blå vinterjacka strl 140?', []],
    ['ngn som vill plugga ihop på bibblan imorgon?', []],
    ['Så fint 😍 @linnea_k nästa år?', []],
    ['Kan någon från tekniska förvaltningen förklara varför ni asfalterar i regnet', ['needs-reply']],
    ['Hej @sjovikskommun när öppnar badet?', ['needs-reply']],
  ]);
});

describe('round 13: comments in English on Swedish accounts', () => {
  flagsExactly([
    // Swedish list words that are everyday English, and English not read as Swedish typed without å/ä/ö.
    ['@Maria did you get the tickets for the concert? We were too late', []],
    ['Same time next year, thanks for a lovely market!', []],
    ['These refugees are rats and should be sent back.', ['prohibited.hate']],
    ['The Polish bakery on Storgatan is the best thing in town.', []],
    ['He is Polish and works at the library, such a nice guy.', ['sensitive.ethnicity']],
    ['My black dog ran off near the school, has anyone seen him?', []],
    ['That Syrian monkey at the bus stop should go back home.', ['prohibited.hate']],
    ['4 years sober this week. The running club saved me.', ['sensitive.health']],
    ['Came out as gay to my parents last year and this festival meant a lot.', ['sensitive.sexuality']],
    ['Our neighbour is a hardcore Liverpool fan, you can hear every goal.', []],
    // A faith's word inside a party's name is the party.
    ['Our childminder Karin is a proud Christian Democrat member.', ['sensitive.politics']],
    ['As a Christian I pray for everyone affected by the fire.', ['sensitive.religion']],
    ['You are a lying hypocrite and everybody knows it.', ['prohibited.attack']],
    ['Next time you park there I will slash your tyres.', ['prohibited.threat']],
    ['Everyone on Kvarnvägen: the new bollards are a joke. Pull out the posts tonight.', ['prohibited.incitement']],
    ['Had a fab time at the library today, thank you!', []],
    // English is not Swedish typed without å/ä/ö ("migrants" was read as "migränts"); its Swedish words still are.
    ['These migrants are vermin, send them back.', ['prohibited.hate']],
    ['The guy at Bjorkvagen 14 has dumped a sofa in the forest again, can you come and get it?', ['needs-reply', 'personal.contact']],
    // Questions to the other readers, and a follow-up that names no one.
    ['Has anyone tried the new sauna at the beach? Is it worth it?', []],
    ['Is it just me or are the buses always late on Mondays?', []],
    ['Any tips for a good dentist near Centrum? Just moved here.', []],
    ['Has anyone tried the new sauna? Do you know when the council opens it in winter?', ['needs-reply']],
    ['How is it even possible that the pool is closed again? Embarrassing.', []],
    // Own matters and questions to the organisation, said in English.
    ['I applied for a parking permit in May and still no decision. Who do I call?', ['needs-reply', 'personal.case']],
    ['I need to know if the ferry runs on Christmas Eve', ['needs-reply']],
    ['what time does the recycling centre open on Saturday', ['needs-reply']],
    ['Looking for a cleaner? We offer the best prices in Lund, book now at cleanfix-lund.se', ['prohibited.commercial']],
  ]);
});

describe('round 14: an election year and contested decisions', () => {
  flagsExactly([
    // Veiled threats against named politicians, and what only sounds like them.
    ['Det kommer att kosta dig, Bengt. Det vore synd om något hände med ditt hus.', ['prohibited.threat']],
    ['Det kommer att kosta dig i valet, Bengt.', []],
    ['Vi vet var Karin Holm bor.', ['prohibited.threat']],
    ['Vi vet var biblioteket ligger, tack för tipset!', []],
    ['Någon borde ge de där demonstranterna en omgång.', ['prohibited.threat']],
    ['Om vindkraftverket byggs så får det brinna.', ['prohibited.threat']],
    // Sabotage and torn-down posters urged, a meeting "taken into our own hands".
    ['Häll socker i tanken på grävmaskinerna, då står de still.', ['prohibited.incitement']],
    ['Affischerna vid torget är nedrivna igen. Riv alla!', ['prohibited.incitement']],
    ['Nästa möte går vi dit och tar saken i egna händer.', ['prohibited.incitement']],
    // Hate said of one person, a slur, a hate act; an insult of a named official.
    ['Amir Haddad borde åka hem till sitt eget land.', ['prohibited.hate']],
    ['Sätt upp grisfötter på tomten där moskén ska byggas.', ['prohibited.hate']],
    ['Lena Berg på förvaltningen är en kallhjärtad häxa.', ['prohibited.attack']],
    // A mosque is a building: being against one says nothing of anyone's religion; going to one does.
    ['Jag är emot moskén av parkeringsskäl.', []],
    ['Ramadan mubarak till alla!', []],
    ['Han går till moskén varje fredag.', ['sensitive.religion']],
    // Debate: rhetorical questions and opinions are no questions to answer.
    ['Varför hissades inte flaggan lika länge förra året? Dubbelmoral.', []],
    ['Tror ni på allvar att någon vill bo där?', []],
    ['Vi vill ha kvar vår skog.', []],
    ['Jag är själv centerpartist och skäms över budgeten.', []],
    ['Varför stänger simhallen klockan 19 på fredagar?', ['needs-reply']],
    // A relative's care, one's own papers, a leak by care staff.
    ['Min pappa bor på Ekgården och jag har inte fått besöka honom på två veckor på grund av personalbrist.', ['needs-reply', 'personal.case']],
    ['Jag har inte fått mitt röstkort, vart vänder jag mig?', ['needs-reply', 'personal.case']],
    ['Jag jobbar kväll på Ekgården och Berit i rum 4 har inte fått sin medicin på tre dagar.', ['confidential', 'needs-reply', 'sensitive.health']],
    ['Min man har svårt att gå, finns det ramp vid vallokalet?', ['needs-reply', 'sensitive.health']],
  ]);
});

describe('round 15: the culture, events and library accounts', () => {
  flagsExactly([
    // Bookings, refunds and charges of one's own are matters to move to case handling.
    ['Vår bokning av gympasalen på torsdag är borttagen i systemet, vad har hänt?', ['needs-reply', 'personal.case']],
    ['Föreställningen ställdes in i maj och jag har fortfarande inte fått tillbaka pengarna.', ['needs-reply', 'personal.case']],
    ['Kan jag få pengarna tillbaka om jag inte kan gå på lördag?', ['needs-reply', 'personal.case']],
    ['Vi i Norrby fiskeklubb sökte aktivitetsbidrag i mars. När får vi besked?', ['needs-reply', 'personal.case']],
    ['Jag betalade för tre platser på målarkursen men står bara med på en.', ['needs-reply', 'personal.case']],
    ['Mitt bibliotekskort är spärrat och ingen kan förklara varför.', ['needs-reply', 'personal.case']],
    ['Jag tappade mitt lånekort på bussen, kan någon spärra det?', ['needs-reply']],
    ['Min farmor har gått bort och hennes årskort på badhuset kan avslutas.', ['needs-reply', 'personal.case']],
    // A child's picture published, a relative's protected identity: the family's matter. Someone else's told is not.
    ['Ni har publicerat en bild på min son från simskolan utan att fråga.', ['needs-reply', 'personal.case']],
    ['Min syster har skyddad identitet, kan hon låna böcker utan att adressen syns?', ['confidential', 'needs-reply', 'personal.case']],
    // Questions to the other readers, also without their mark; the library's own handle is the organisation.
    ['vad hette bandet som spelade först? nån som vet', []],
    ['Vem mer ska på filmvisningen ikväll?', []],
    ['@Norrbybiblioteket ni har stängt idag?? blir det förseningsavgift', ['needs-reply']],
    ['Funkar det med rullstol i konsthallen eller är det trappor', ['needs-reply']],
    ['Hörslingan i stora salen fungerade inte i söndags.', ['needs-reply']],
    // A "så" that means "so" leaves a question a question; a condition with its consequence is none.
    ['Ska ni inte ha nån sommarbio i år, det var så trevligt förra året', ['needs-reply']],
    ['Stänger ni fritidsgården så flyttar vi ungdomarna till stan', []],
  ]);
});

describe('round 16: storms, floods, fires and boil-water notices', () => {
  flagsExactly([
    // Help asked for one's own home, a relative, a neighbour: matters for case handling.
    ['Kan någon från hemtjänsten åka till min farmor på Åsvägen? Hon har inte haft ström sedan igår.', ['needs-reply', 'personal.case']],
    ['Vi har ingenstans att ta vägen efter branden, vem hjälper oss med boende?', ['needs-reply', 'personal.case']],
    ['Jag söker ersättning för frysen som tinade under avbrottet. Vart skickar jag kvittona?', ['needs-reply', 'personal.case']],
    ['Hemsjukvården har inte kommit med mammas medicin på två dagar. Vem ansvarar?', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Jag lämnade in ett klagomål om trädet i våras och nu har det fallit över bilen. Nu vill jag ha svar.', ['needs-reply', 'personal.case']],
    // Health said of a person in a crisis: an injury, a coma, a drug, a pregnancy.
    ['Min granne bröt benet när hon halkade på isen vid busshållplatsen.', ['sensitive.health']],
    ['Han som skadades ligger i koma på lasarettet.', ['sensitive.health']],
    ['Min man måste ta sin Waran varje kväll, var kan vi få el till kylen?', ['needs-reply', 'sensitive.health']],
    ['Vi väntar vårt första barn i maj och undrar om vattnet är säkert att dricka.', ['needs-reply', 'sensitive.health']],
    // Told to act, asked without a mark, after a filler.
    ['Kommunen måste röja diket vid Ågatan innan nästa skyfall.', ['needs-reply']],
    ['Ni måste se till att de äldre får vatten hem.', ['needs-reply']],
    ['e förskolan stängd imorgon', ['needs-reply']],
    ['nä men hörni när kommer strömmen tillbaka', ['needs-reply']],
    ['Jag har försökt ringa växeln i en timme utan att komma fram', ['needs-reply']],
    // A suggestion is no demand; a lost bicycle with a daughter's name is no matter.
    ['Ni borde ha öppet längre på lördagar.', []],
    ['ring mig om cykeln ni hittade vid skolan, den är min dotters', ['needs-reply']],
  ]);
});

describe('round 17: threats around events and crises, hate at performers, ads in new clothes', () => {
  flagsExactly([
    // Veiled threats: said after a condition, a warning, the place someone lives or parks.
    ['Om ni inte ställer in föreläsningen kan ni räkna med att det smäller.', ['prohibited.threat']],
    ['Jag vet var hon bor.', ['prohibited.threat']],
    ['Jag vet var hon bor, hon är min moster.', []],
    ['Jag vet var den där föreläsaren parkerar.', ['prohibited.threat']],
    ['Fixar ni inte dammen kommer det att hända saker. Ni har blivit varnade.', ['prohibited.threat']],
    ['Hämnden kommer.', ['prohibited.threat']],
    // Urged on others: a false fire alarm, doors blocked, a sledgehammer, torches, refusing to leave.
    ['Vi drar i brandlarmet under konserten, vem hänger på?', ['prohibited.incitement']],
    ['Blockera dörrarna innan sagostunden börjar.', ['prohibited.incitement']],
    ['Alla som bor vid älven: vägra evakuera.', ['prohibited.incitement']],
    // Hate at a group said outright, and what only sounds like it.
    ['Romer är inte riktiga svenskar.', ['prohibited.hate']],
    ['Kvinnor hör hemma vid spisen, inte på scenen.', ['prohibited.hate']],
    ['Min pappa står hemma vid spisen och lagar mat.', []],
    // Ads: a casino link, a discount code, a giveaway for shares, a "collab", a marketing offer.
    ['Kolla in www.svenska-casinot.xyz för de bästa bonusarna!', ['prohibited.commercial']],
    ['Ät hos oss efter matchen, 15% rabatt med koden HEMMA15!', ['prohibited.commercial']],
    ['Dela inlägget och kommentera JA för att vinna ett presentkort!', ['prohibited.commercial']],
    ['Vad kostar det att hyra ut ett torgstånd? Jag säljer kakor.', ['needs-reply']],
  ]);
});

describe('round 18: insults and accusations at named people, and feeling poorly', () => {
  flagsExactly([
    ['Alla som röstade för det här är hjärndöda.', ['prohibited.attack']],
    ['Ordföranden är en hycklare.', ['prohibited.attack']],
    ['Vilken jävla clown han är, kommunalrådet.', ['prohibited.attack']],
    ['Hon i kassan är den otrevligaste människan i stan.', ['prohibited.attack']],
    ['Grannen Per Ek har misshandlat förut, kolla honom.', ['prohibited.attack']],
    ['Vaktmästaren har haft problem med spriten i flera år.', ['sensitive.health']],
    ['Om du känner dig dålig efter badet: ring 1177.', []],
  ]);
});

describe('round 19: chants and cheers on the sports accounts', () => {
  flagsExactly([
    // One word said over and over is a chant, not a full name: no victim, and a goal is a game.
    ['SKJUT SKJUT SKJUT!!! vilket mål', []],
    ['SKJUT SKJUT SKJUT!!! snyggt mål av Elsa', []],
    ['Jag ska skjuta Elsa Berg efter matchen.', ['prohibited.threat']],
    ['Kolla tabellen, vi ska krossa dem på lördag!', []],
  ]);
});

describe('round 20: young people on the youth accounts', () => {
  flagsExactly([
    // "e" for "är", and the question at the end without a comma or its mark.
    ['glömde min mössa på fritids igår, e den kvar', ['needs-reply']],
    ['e det gratis att gå på lägret', ['needs-reply']],
    ['har skrivit på fel datum på lappen 😬 vad gör jag', ['needs-reply']],
    ['fick inget mejl om schemat hur gör jag', ['needs-reply']],
    ['vet inte vad jag ska göra med all ledig tid haha', []],
    // A summer job's pay and week, a photo of oneself, a place to change.
    ['har fortfarande inte fått lön för maj, vem ska jag ringa', ['needs-reply', 'personal.case']],
    ['kan jag byta vecka på feriejobbet? ska bort v.28', ['needs-reply', 'personal.case']],
    ['snälla ta bort bilden på mig från discot', ['needs-reply', 'personal.case']],
    ['Så kul att jag fick plats på dansgruppen!', []],
    // Threats with the verb first ("så slår jag …"), a life made hell, cars to be burnt, a beating promised.
    ['Säger han emot mig en gång till så slår jag ner honom.', ['prohibited.threat']],
    ['Stänger ni fritidsgården så bränner vi ner stadshuset.', ['prohibited.threat']],
    ['Vi ska göra livet till ett helvete för rektorn.', ['prohibited.threat']],
    ['Hela nämnden borde få sina hus uppbrända.', ['prohibited.threat']],
    ['Han ska få så jävla mycket stryk på fredag.', ['prohibited.threat']],
    ['Vi bränner ner gamla löv i trädgården i helgen.', []],
    // Own health told by the young: a phobia, antidepressants, BUP, an infection, not wanting to exist.
    ['min lillebror har socialfobi och vågar inte gå dit', ['sensitive.health']],
    ['jag har gått på BUP sen i höstas', ['sensitive.health']],
    ['tror jag har klamydia, kan man testa sig gratis hos er', ['needs-reply', 'sensitive.health']],
    ['ibland vill jag inte finnas längre', ['needs-reply', 'sensitive.health']],
    ['Jag blev sjuk av att läsa det här beslutet.', []],
    // Ads on the youth accounts: tickets for sale, a giveaway for followers, "follow me for more".
    ['Konsertbiljetter säljes, 250 kr styck', ['prohibited.commercial']],
    ['De första 20 som följer @snygga.kepsar vinner en keps!', ['prohibited.commercial']],
    ['följ mig för fler klipp från skateparken', ['prohibited.commercial']],
    // Spoken spellings read as the words ("e" for "är"), a party's youth wing, a camera to smash.
    ['min bästis e lesbisk men hennes föräldrar vet inte', ['sensitive.sexuality']],
    ['Elvin i elevrådet e med i SSU, därför han tjatar om det', ['sensitive.politics']],
    ['Slå sönder kameran vid skolgården innan lördag.', ['prohibited.incitement']],
    ['Ta med sprayburkar till graffitikursen på lördag!', []],
  ]);
});

describe('round 21: relatives in care, pupils at school', () => {
  flagsExactly([
    ['Min svärfar ska hem från sjukhuset imorgon men ingen från kommunen har hört av sig om hemtjänst.', ['needs-reply', 'personal.case']],
    ['Mina barn har inte fått sina läxor anpassade trots åtgärdsprogrammet. Vem kontaktar jag?', ['needs-reply', 'personal.case']],
    ['Min dotter fick F i svenska fast läraren sa att hon klarat det. Hur begär vi omprövning?', ['needs-reply', 'personal.case']],
    ['Farmor har fått hemtjänst men de kommer bara på förmiddagen.', ['needs-reply', 'personal.case']],
    ['Har sökt bostadsanpassning sedan i våras.', ['needs-reply', 'personal.case']],
    ['Socialtjänsten säger att jag inte har rätt till boende trots att jag är hemlös.', ['needs-reply', 'personal.case']],
    ['Kommunen har dragit ner på ledsagningen för min bror från tio till fyra timmar.', ['needs-reply', 'personal.case']],
    ['Vår personal på Lärkans förskola är fantastisk!', []],
    ['Vår hemtjänstpersonal i Norrby gör ett fantastiskt jobb.', []],
    ['Min mormor bröt benet och har fått en höftfraktur.', ['sensitive.health']],
  ]);
});

describe('round 22: planning, roads and wind power', () => {
  flagsExactly([
    ['Dyker den där exploatören upp här igen så tar han sig inte därifrån med hela benen.', ['prohibited.threat']],
    ['Byggnadsnämndens ordförande borde ha en kniv i magen.', ['prohibited.threat']],
    ['Någon borde ge Kerstin Ahl en rejäl omgång.', ['prohibited.threat']],
    ['Vindkraften ska brinna. Jag vet var handläggaren bor.', ['prohibited.threat']],
    ['Jag vet var handläggaren bor, vi är grannar sedan länge.', []],
    ['Bygger altaner före midsommar. F-skatt och ROT-avdrag, ring Kent.', ['prohibited.commercial']],
    ['Farthindren på Skolvägen är för höga, vem tar ansvar när bilarna går sönder?', ['needs-reply']],
  ]);
});

describe('round 23: integration, SFI, labour market and faith', () => {
  flagsExactly([
    // One's own extratjänst, interpreter, pay, test or caseworker meeting; a relative's interpreter or mother-tongue teacher.
    ['Min extratjänst på biblioteket tar slut i juni, går den att förlänga?', ['needs-reply', 'personal.case']],
    ['Måste jag boka tolk själv till mötet med socialsekreteraren?', ['needs-reply', 'personal.case']],
    ['Jag har inte fått betalt för tolkuppdraget i april. Vem ska jag kontakta?', ['needs-reply', 'personal.case']],
    ['Går det att flytta provet på SFI till fredag? Jag jobbar på torsdag.', ['needs-reply', 'personal.case']],
    ['Min mormor på Ekgårdens äldreboende får ingen tolk, kan ni ordna det?', ['needs-reply', 'personal.case']],
    ['Min son Ali fick ingen modersmålslärare i somaliska i år, vem ansvarar för det?', ['needs-reply', 'personal.case']],
    // A language taught is no one's ethnicity; an SFI graduation is no matter.
    ['Vi har modersmål i arabiska på fredagar och barnen älskar det!', []],
    ['Vi hade SFI-avslutning igår och läraren höll ett fint tal.', []],
    // A group to be sent away, a mosque to be set on fire, a veiled promise, work without papers, an app's free trial.
    ['Skicka hem dem allihop, hela bunten.', ['prohibited.hate']],
    ['Sätt eld på moskén i natt.', ['prohibited.incitement', 'prohibited.threat']],
    ['Fortsätt så här så får ni se vad som händer.', ['prohibited.threat']],
    ['Städjobb, kontant betalt och inga papper behövs. Skriv till mig.', ['prohibited.commercial']],
    ['Lär dig svenska på en månad! Testa vår app, 14 dagar gratis.', ['prohibited.commercial']],
  ]);
});

describe('round 24: older people on everyday services', () => {
  flagsExactly([
    // One's own bin, driveway, home help granted; one's own number in a formal letter.
    ['Vår soptunna har inte tömts på tre veckor, vore tacksam för besked.', ['needs-reply', 'personal.case']],
    ['Plogbilen har lagt en vall framför vår uppfart igen. Kan ni komma och ta bort den?', ['needs-reply', 'personal.case']],
    ['Jag har beviljats hemtjänst varje dag men de kommer bara varannan.', ['needs-reply', 'personal.case']],
    ['Jag, Sture Nilsson, 19400312-1235, begär att få mina handlingar.', ['needs-reply', 'personal.case', 'personal.id']],
    ['Tack för att ni tömde vår soptunna så snabbt!', []],
    // A named neighbour's illness, brittle bones; a shotgun brought to the town hall, a cane to feel.
    ['Gunnar har fått cancer, vi saknar honom på boulen.', ['sensitive.health']],
    ['Hon har benskörhet och får inte ramla.', ['sensitive.health']],
    ['Så kommer jag till kommunhuset med hagelbössan.', ['prohibited.threat']],
    ['Nästa gång han kör på staketet ska han få känna på min käpp.', ['prohibited.threat']],
    // Complaining of a bill one never ordered is no ad.
    ['Jag har fått en räkning på 1 200 kr för en tömning jag aldrig har beställt.', ['needs-reply', 'personal.case']],
  ]);
});

describe('round 25: school and preschool', () => {
  flagsExactly([
    // A child's own school matter: a place offered, a consent taken back, a child hit, a meeting wanted.
    ['Vi fick erbjudande om plats på Tallbacken men vill tacka nej. Står vi kvar i kön då?', ['needs-reply', 'personal.case']],
    ['Hur tar vi tillbaka samtycket till bilderna på vår son?', ['needs-reply', 'personal.case']],
    ['Två killar i 5A mobbar och hotar min dotter på rasterna. Skolan måste stoppa det.', ['needs-reply', 'personal.case']],
    ['Vår son blir hela tiden kallad saker i matsalen. Vad tänker rektorn göra?', ['needs-reply', 'personal.case']],
    ['Min son har diabetes och fick ingen hjälp på fritids i går. Vi måste ha ett möte.', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Vi kommer att överklaga beslutet om skolskjuts.', ['needs-reply', 'personal.case']],
    ['Hej! Ansökan om fritidsplats för Alva har inte kommit fram. Kan ni kolla?', ['needs-reply', 'personal.case']],
    ['Tack för att ni ordnade skolskjutsen så snabbt!', []],
    // Threats to a principal or teacher, a window to smash.
    ['Läraren ska akta sig.', ['prohibited.threat']],
    ['Man ska akta sig för halkan vid skolan.', []],
    ['Jag vet var han bor, och jag kommer dit i kväll.', ['prohibited.threat']],
    ['Jag vet var han bor, han är min granne.', []],
    ['Jag vet var han bor och jag ska hälsa på.', ['prohibited.threat']],
    ['Jag hittar henne utanför skolan i morgon.', ['prohibited.threat']],
    ['Jag hittar henne inte på klasslistan.', []],
    ['Någon borde ge rektorn ett kok stryk.', ['prohibited.threat']],
    ['Kom igen, vi går dit i kväll och slå sönder rutorna.', ['prohibited.incitement', 'prohibited.threat']],
    // Hate: slurs in compounds, a group kept out of school, propaganda said of a minority.
    ['Zigenarungar har inget på vår skola att göra', ['prohibited.hate']],
    ['Somaliejävlar överallt', ['prohibited.hate']],
    ['Muslimer hör inte hemma här', ['prohibited.hate']],
    ['Transpersoner är farliga för barnen', ['prohibited.hate']],
    ['Sluta med homopropaganda på förskolan', ['prohibited.hate']],
    // Child abuse material referred to, a leaked book, a pirate site.
    ['Någon sprider nakenbilder på en elev i 8B, gör något!', ['needs-reply', 'prohibited.csam', 'prohibited.sexual']],
    ['Det finns ett konto som delar sexuella bilder på barn, anmäl det.', ['prohibited.csam']],
    ['Hela filmen finns på piratebay, ingen idé att gå på bio.', ['prohibited.copyright']],
    // Health and the rest said of a named child or teacher; an illness that is no insult.
    ['Ebba i 3C är anorektisk, alla ser det.', ['sensitive.health']],
    ['Kuratorn berättade för mig att Leo i 4A skadar sig själv.', ['confidential', 'sensitive.health']],
    ['Han var dålig i flera dagar efter skolmaten.', []],
    ['Vikarien ser ut som en gris', ['prohibited.attack']],
    ['Skolgården ser ut som en soptipp', []],
    ['Vi ska fira eid med familjen, får barnen vara lediga?', ['needs-reply', 'sensitive.religion']],
    ['Varför ska vi fira eid i skolan?', ['needs-reply']],
  ]);
});

describe('round 26: streets, water, bins and parking', () => {
  flagsExactly([
    // Faults named the way people name them; thanks for a mended leak is no report.
    ['Gatlyktan på Björkstigen blinkar hela nätterna.', ['needs-reply']],
    ['Gungan i parken vid Ekbacken vickar, den kommer ramla.', ['needs-reply']],
    ['Det är en vattenläcka på Storgatan, det bubblar upp ur asfalten!', ['needs-reply']],
    ['Tack till killarna som lagade vattenläckan i natt!', []],
    ['Lekplatsen vid ån behöver nya gungor och bättre belysning.', ['needs-reply']],
    ['Övergångsstället vid skolan saknar belysning sen i höstas.', ['needs-reply']],
    // Orders and requests short as shouts; a refund; a threat to empty the bin at reception is no threat.
    ['Sanda nu!', ['needs-reply']],
    ['Hämta soporna i morgon då, tre veckor har det gått.', ['needs-reply']],
    ['Snälla ploga innan bussen ska fram.', ['needs-reply']],
    ['Sätt tillbaka pengarna, ni tog betalt för hämtningen två gånger.', ['needs-reply', 'personal.case']],
    ['Min mejl är stina.holm@example.se om ni vill svara där.', ['needs-reply', 'personal.contact']],
    // One's own bill, bin, meter; a personkonto written apart from its clearing number is a personnummer.
    ['Vår matavfallstunna har inte tömts sen i måndags.', ['needs-reply', 'personal.case']],
    ['Elfakturan, nr 88004512, stämmer inte med mätaren.', ['needs-reply', 'personal.case']],
    ['Jag behöver ett nytt kärl, det gamla sprack i kylan.', ['needs-reply', 'personal.case']],
    ['Kan ni sätta in ersättningen på Nordea clearing 3300, konto 811218-9876?', ['needs-reply', 'personal.case', 'personal.financial', 'personal.id']],
    ['Ni drog parkeringen två gånger från mitt kort 5412 7534 0012 3457.', ['needs-reply', 'personal.case', 'personal.financial']],
    // A company's own number is no one's contact; a business offering is an ad.
    ['Vi på Takrenen AB rensar hängrännor från 499 kr. Ring 0771-12 12 12.', ['prohibited.commercial']],
    // Threats to a plough driver and the town hall, tyres to slash, a slur for a manager.
    ['Kommer han med plogen igen kör jag över honom.', ['prohibited.threat']],
    ['Snart kommer det smälla på kommunhuset, det är inget skämt.', ['prohibited.threat']],
    ['Punktera däcken på alla som parkerar på cykelbanan!', ['prohibited.incitement']],
    ['Parkeringschefen är en fet gris.', ['prohibited.attack']],
    // Hate said of a group, not of a person; a joke about the winter is no self-harm.
    ['Judarna styr ju hela byggbranschen.', ['prohibited.hate']],
    ['Kvinnor ska inte köra snöplog.', ['prohibited.hate']],
    ['Den här vintern tar livet av mig 😅', []],
    // A union, a rainbow family, an allergy and a back injury of the writer's.
    ['Vi i Kommunal har sagt det i åratal.', ['sensitive.union']],
    ['Vi i kommunal verksamhet får aldrig mer pengar.', []],
    ['Vi är två mammor och vill tacka för den nya lekplatsen.', ['sensitive.sexuality']],
    ['Min son har svår nötallergi, kan ni sätta upp en skylt vid grillplatsen?', ['needs-reply', 'sensitive.health']],
    ['Jag kommer inte åt mätaren pga min ryggskada.', ['sensitive.health']],
  ]);
});
