import { GatedRegex, TextIndex } from '../normalize/literal-gate';
import { re, words } from './patterns';

/** Matters people have with a municipality: applications, decisions, benefits, care, school, permits, bills. */
const CASE_NOUNS = [
  'ansökan', 'ansökningen', '\\p{L}+ansökan', 'ärende', 'ärendet', 'ärendenummer', 'ärendenumret', 'beslut', 'beslutet', 'överklagande', 'överklagandet', 'klagomål', 'klagomålet', 'anmälan',
  'bygglov\\p{L}*', 'förhandsbesked\\p{L}*', 'rivningslov\\p{L}*', 'marklov\\p{L}*', 'strandskyddsdispens\\p{L}*', '\\p{L}*tillstånd\\p{L}*',
  'försörjningsstöd\\p{L}*', 'ekonomiskt bistånd', 'bistånd\\p{L}*', 'bostadsbidrag\\p{L}*', 'bostadstillägg\\p{L}*', 'bostadsanpassning\\p{L}*', 'bidrag\\p{L}*', 'ersättning\\p{L}*', 'återbetalning\\p{L}*',
  'hemtjänst\\p{L}*', 'färdtjänst\\p{L}*', 'lss\\p{L}*', 'insats\\p{L}*', 'boendestöd\\p{L}*', 'ledsagning\\p{L}*', 'assistans\\p{L}*', 'äldreboende\\p{L}*', 'särskilt boende', 'korttidsboende\\p{L}*', 'trygghetslarm\\p{L}*',
  'skolplacering\\p{L}*', 'förskoleplats\\p{L}*', 'skolplats\\p{L}*', 'fritidsplats\\p{L}*', 'sfi-plats\\p{L}*', 'skolskjuts\\p{L}*', 'skolval\\p{L}*', 'köplats\\p{L}*', 'placering\\p{L}*', 'plats på \\p{L}+',
  // Forms and certificates handed in: "min blankett för bostadsanpassning", "mitt intyg".
  'blankett\\p{L}*', 'intyg\\p{L}*', 'rullstol\\p{L}*', 'hjälpmedel\\p{L}*', 'rollator\\p{L}*', 'beställning\\p{L}*', 'skyddade? identitet\\p{L}*',
  '\\p{L}*faktura\\p{L}*', 'räkning\\p{L}*', 'avgift\\p{L}*', 'parkeringsbot\\p{L}*', 'p-bot\\p{L}*', 'felparkeringsavgift\\p{L}*', 'kontrollavgift\\p{L}*',
  // Bookings of one's own with the library, the arena or the culture house: "min bokning av aulan" (a card lost is no matter).
  'bokning', 'bokningen', 'bokningar', 'bokningarna', 'kursplats\\p{L}*', 'skadeanmälan',
  // Labour-market and integration matters: "min extratjänst", "min jobbcoach", "min socialsekreterare".
  'extratjänst\\p{L}*', 'etableringsjobb\\p{L}*', 'jobbcoach\\p{L}*', 'socialsekreterare\\p{L}*', 'journal\\p{L}*', 'god(?:e)? man', 'gode mannen',
  'lön', 'lönen', 'lönerevision\\p{L}*', 'omplacering\\p{L}*', 'anställning\\p{L}*', 'uppsägning\\p{L}*', 'handläggare\\p{L}*', 'utredning\\p{L}*', 'umgänge\\p{L}*', 'vårdnad\\p{L}*',
  'application', 'decision', 'appeal', 'complaint', 'permit', 'invoice', 'bill', 'fine', 'refund', 'benefit\\p{L}*', 'school placement', 'placement', 'case', 'claim', 'salary',
];
const NOUN = `(?:${CASE_NOUNS.join('|')})`;
/**
 * One's own household's services ("vår soptunna har inte tömts", "min vattenmätare läcker", "plogvallen
 * framför vår uppfart"): a matter only with trouble said, not in thanks ("Tack för att ni tömde vår soptunna").
 * A letterbox run over is left out: it is told in anger as often as claimed for.
 */
const HOUSEHOLD = new GatedRegex(re(
  `${words(['min', 'mitt', 'mina', 'vår', 'vårt', 'våra'])}\\s+(?:\\p{L}+\\s+)?${words([
    'soptunn\\p{L}*', 'sopkärl\\p{L}*', 'vattenmätare\\p{L}*', 'sopabonnemang\\p{L}*', 'nyckelbricka\\p{L}*', 'uppfart\\p{L}*', 'slamavskiljare\\p{L}*', 'avloppsanläggning\\p{L}*', 'grav', 'graven', 'gravplats\\p{L}*',
  ])}`,
));
const HOUSEHOLD_TROUBLE = new GatedRegex(re(words([
  'inte', 'aldrig', 'fel', 'felaktig\\p{L}*', 'trasig\\p{L}*', 'sönder', 'läcker', 'luktar', 'kan ni', 'när kommer', 'varför', 'vem ska', 'ingen', 'vall', 'glömt\\p{L}*', 'missat',
])));

/** Numbers a person is known by in the municipality's records. */
const OWN_NUMBER = ['personnummer', 'pnr', 'personnr', 'samordningsnummer', 'kundnummer', 'kontonr', 'kontonummer'].join('|');
/** A Swedish personal identity number as typed (the identifier rules check it; here it only marks whose matter it is). */
const PERSONAL_NUMBER = '(?:\\d{2})?\\d{6}[- +]?\\d{4}';
/** Relatives named as the one a matter is about ("farfar", "min son"), also as "mammas", "farmors". */
const KIN = ['son', 'sonen', 'dotter', 'dottern', 'barn', 'barnen', 'mamma', 'pappa', 'mor', 'far', 'farmor', 'farfar', 'mormor', 'morfar', 'bror', 'syster', 'man', 'fru', 'sambo', 'make', 'maka'];
const KIN_GENITIVE = ['mammas', 'pappas', 'farmors', 'farfars', 'mormors', 'morfars', 'sonens', 'dotterns', 'makens', 'makans', 'sambons', '(?:min|vår) (?:sons|dotters|mans|frus|brors|systers)'];

/** "min ansökan om bygglov", "mitt bygglov", "vårt ärende", "mitt mejl om bygglovet", "my son's school placement". */
const OWN_MATTER = new GatedRegex(re(
  // The staff of a service are no one's matter ("Vår hemtjänstpersonal är bäst").
  `${words(['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'hennes', 'hans'])}\\s+(?:\\p{L}+\\s+)?${NOUN}(?<!personal)(?![\\p{L}\\p{N}])|` +
  `${words(['min', 'mitt', 'mina', 'vårt', 'vår', 'våra'])}\\s+(?:mejl|mail|brev|meddelande|sms)\\p{L}{0,4}\\s+(?:om|angående|ang|gällande|rörande)\\s+(?:\\p{L}+\\s+)?${NOUN}(?![\\p{L}\\p{N}])|` +
  `${words(['my', 'our'])}\\s+(?:[\\p{L}']+\\s+){0,2}${NOUN}(?![\\p{L}\\p{N}])|` +
  // A relative's matter: "mammas färdtjänstkort", "farfar … har inte fått sitt trygghetslarm", "hon … sin plats".
  `${words(KIN_GENITIVE)}\\s+(?:\\p{L}+\\s+)?${NOUN}(?![\\p{L}\\p{N}])|` +
  `${words([...KIN, 'han', 'hon', 'hen'])}[^.!?\\n]{0,80}?${words(['sin', 'sitt', 'sina'])}\\s+(?:\\p{L}+\\s+)?(?:${NOUN}|plats|platsen)(?![\\p{L}\\p{N}])`,
));

/**
 * First-person acts in a matter: applied, got a refusal, want to appeal, waiting for an answer. In three
 * regexes: V8 compiles a regex to machine code only below a size, and the list as one had grown past it
 * (interpreted, the personal-case test took three times as long on every comment).
 */
const OWN_ACTION = [
  words([
    '(?:jag|vi) har (?:sökt|ansökt|skickat in|lämnat in|mejlat er|mailat er|ringt er|fått avslag|fått ett beslut|fått beslut|fått en faktura|fått (?:en )?p-bot|fått (?:en )?parkeringsbot|anmält(?! (?:det |detta |honom |henne |länken |kommentaren |inlägget |bilden )?(?:till|hos) polisen| (?:kommentaren|kommentarerna|inlägget|inläggen|kontot|profilen|bilden|videon)(?: ovan| nedan| här)?(?![a-zåäö])(?! till (?!facebook|instagram|x |twitter|meta|plattformen))| (?:honom|henne|dem|dom|det|detta) till (?:facebook|instagram|x|twitter|meta|plattformen)(?![a-zåäö]))|överklagat)',
    '(?:jag|vi) (?:sökte|ansökte|överklagade|fick avslag|fick nej|fick ett beslut|blev nekad|blev nekade|blev nekat|nekades)',
    // Papers handed in, said by the writer or with the subject left out: "Skickade in en ansökan om serveringstillstånd …".
    '(?:(?:jag|vi) |^|(?<=[.!?]\\s{1,3}))(?:skickade|lämnade) in (?:en |ett |min |mitt |vår |vårt |den |det |våra |mina )?(?:\\p{L}*ansökan|\\p{L}*ansökningar|anmälan|klagomål|blankett\\p{L}*|överklagande\\p{L}*|papper\\p{L}*|intyg\\p{L}*)',
    // A place refused: "Sonen fick inte plats på Ekbackens förskola", "har inte fått någon plats på äldreboendet".
    '(?:(?:fick|har fått) (?:inte|ingen|aldrig)|har (?:inte|ännu inte|fortfarande inte) fått) (?:någon )?plats på (?:\\p{L}+ )?(?:\\p{L}*förskola\\p{L}*|\\p{L}*skola\\p{L}*|fritids\\p{L}*|\\p{L}*boende\\p{L}*|\\p{L}*hem(?:met)?)',
    // A bill or fine of one's own: "jag fick en p-bot …", "fakturan för barnomsorgen är fel", "hur bestrider jag den?".
    '(?:(?:jag|vi) |^|(?<=[.!?]\\s{1,3}))fick (?:en |ett )?(?:p-bot|parkeringsbot|felparkeringsavgift|kontrollavgift|\\p{L}*faktura|\\p{L}*räkning|föreläggande|vite|beslut|besked)', 'hur bestrider (?:jag|vi)',
    // The number of one's own bill or order, given with it: "Fakturanummer 88012345. Kan någon titta på det?".
    '(?:fakturanummer|fakturanr|ordernummer|ordernr|kundnr|avtalsnummer)\\.?:? ?\\d[\\d-]{3,}',
    // Something of one's own still not had: "har fortfarande inte fått sina inläsningsböcker", "… sitt busskort".
    'har (?:fortfarande|ännu|än) inte fått (?:sin|sitt|sina|min|mitt|mina|vår|vårt|våra) \\p{L}+',
    // A fee on one's own house, moving out: "avgiften på min fastighet", "Jag flyttar från Ågatan 3 B – vart skickar jag …".
    '\\p{L}*(?:avgift|taxa)\\p{L}* (?:på|för) (?:min|mitt|vår|vårt) (?:fastighet|tomt|hus|villa|lägenhet|stuga)', '(?:jag|vi) flyttar från [^.!?\\n]{0,60}(?:vart|var|hur|vem)',
    // A formal letter about a matter, or its number with the office's letters: "Angående bygglovsärende BN 2023/1147", "(ärende SB 2024-0311)".
    '(?:angående|ang\\.?|gällande|rörande) \\p{L}*ärende\\p{L}*', '(?:ärende|ärendenummer|ärendenr)\\.?:? ?[a-zåäö]{1,4}[ -]?\\d[\\d/-]{3,}',
    // Harm at home, nowhere to go, a protected identity, a queue stood in: "Min sambo slår mig", "Vart ska jag vända mig?".
    '(?:min|mitt|vår) (?:sambo|man|make|pojkvän|flickvän|kille|fru|partner|pappa|mamma|styvpappa|styvmamma|bror|brorsa|exman|exfru|förälder) (?:slår|misshandlar|hotar|tafsar på) (?:mig|oss)', 'vart ska (?:jag|vi) (?:vända (?:mig|oss)|ta vägen)',
    '(?:jag|vi) har skyddade? (?:personuppgifter|identitet|adress)', '(?:jag|vi) har stått i (?:\\p{L}+)?kö(?:n)?',
    '(?:jag|vi) (?:fick|har fått) (?:ingen|inte någon|inte min|inte vår) \\p{L}+ från (?:hemtjänsten|skolan|förskolan|kommunen|\\p{L}+förvaltningen)',
    '(?:jag|vi) [^.!?\\n]{0,60} och (?:sökte|ansökte) om',
    // A child or neighbour the social services should look at: "Kan socialtjänsten kolla upp familjen på Björkvägen 22?".
    '(?:kan|kunde|borde|måste|snälla) (?:socialtjänsten|soc|socialen|ni) (?:kolla upp|titta till|åka hem till|göra en orosanmälan om|utreda|gå in och)',
    // A letter's subject line: "Begäran om återbetalning av avgift för inställd kurs", "Ansökan om parkeringstillstånd för rörelsehindrad".
    '(?:^|(?<=[.!?]\\s{1,3}))(?:begäran om|ansökan om|återbetalning av|överklagande av|anmälan till|klagomål på|rättelse av)(?= )', '(?:^|(?<=[.!?]\\s{1,3}))överklagade(?= )', 'ansökan är inne',
    '(?:vi|jag) behöver hjälp med \\p{L}*(?:anpassning|hemtjänst|färdtjänst|stöd|tillstånd)', `(?:min|vår) (?:${KIN.join('|')}) har fått (?:ett |en )?(?:beslut|avslag|faktura|besked)`,
    '(?:jag|vi) har (?:skrivit|mejlat|mailat) (?:till )?er om', 'min bil (?:blev|har blivit) (?:bortforslad|bortbogserad|flyttad)',
    'call me back', "(?:i'?ve|we'?ve|i have|we have) been waiting (?:since|for)", '(?:i|we) paid twice', 'where do (?:i|we) register (?:my|our)',
    // In English: applied, refused, still waiting, paid twice, a complaint of one's own, a bill or a wrong record.
    '(?:(?:i|we) (?:have )?|^)applied for', 'still no (?:decision|answer|reply|response)', "still (?:haven't|have not|hasn't|has not) (?:got|gotten|received|heard)",
    'paid (?:[\\p{L}\\p{N}]+ ){0,6}twice', '(?:can you |please )?refund (?:one|it|them|me|us|my|the)', '(?:i|we) (?:want|would like) to (?:make|file|lodge|submit) a (?:formal )?complaint',
    "(?:i|we)(?:'ve| have) complained", '(?:^|(?:i|we) )got (?:a|an|the) (?:faktura|invoice|bill|fine|parking ticket)', 'has the wrong (?:name|address|passport number|personal number|personnummer|date of birth)',
    // Contact me about the matter, send its papers to me: "kan ni ringa mig om bygglovet", "skicka beslutet till min son".
    '(?:ringa|ring|maila|mejla|kontakta|skriv till) (?:mig|oss)(?: [^!?\\n]{0,60}?)? (?:om|angående|med beskedet om|med beslutet om) (?:det |den )?' + NOUN,
    'skicka (?:beslutet|fakturan|intyget|beskedet|protokollet|kallelsen) (?:till|hem till) (?:mig|oss|min|mitt|vår|vårt)',
    // A place given, letters written again and again, money paid, a paper sent to the wrong home, a caseworker changed.
    '(?:jag|vi|hon|han) har fått (?:en )?(?:placering|plats) (?:i|på)', '(?:jag|vi) har (?:skrivit|mejlat|mailat) (?:till er |er )?(?:\\p{L}+ ){0,2}(?:\\d+|två|tre|fyra|fem|sex|flera|många) gånger',
    '(?:jag|vi) har (?:redan )?betalat (?:\\p{L}+ ){0,2}(?:anslutningen|avgiften|fakturan|räkningen|hyran)', 'skickade (?:min|mitt|mina|vår|vårt|våra|\\p{L}+s) (?:\\p{L}+ ){0,2}till fel (?:adress|person|mottagare)',
    '(?:kan|får) (?:jag|vi) (?:få|behålla) (?:samma|en annan|en ny) (?:handläggare|person|kontaktperson|assistent)',
    '(?:jag|vi) anmälde(?! (?:mig|oss)(?![\\p{L}]))', '(?:jag|vi) (?:vill|ska) begära ut', 'anstånd med', 'kan (?:jag|vi) få (?:anstånd|uppskov|avbetalning)',
    'väntar (?:fortfarande |ännu |än )?på (?:svar|besked|beslut|att (?:någon|nån) ska ringa)', 'beskedet (?:vi|jag) fick', 'blivit placerad\\p{L}*',
    '(?:för|om|gäller) ärendet (?:om|med|kring|gällande)', '(?:ärende|ärendenummer|dnr|diarienummer)(?: nr)? ?[\\d][\\d/-]{3,}[^.!?\\n]{0,60}(?:jag|vi|mig|oss|min|mitt|vår)',
    '(?:fakturan|fakturanummer \\d+|räkningen)(?: \\p{L}+){0,5} (?:stämmer inte|är fel)', '(?:betalade|har betalat)(?: \\p{L}+){0,6} (?:\\p{L}*(?:avgift|avgiften|fakturan|boten)|\\p{L}+-(?:avgiften|fakturan|boten))(?![\\p{L}])', 'sätta tillbaka pengarna',
    'är skyldig (?:mig|oss)', 'för (?:återbetalningen|ersättningen|utbetalningen)', 'skrivit fel på (?:mitt |min |vårt |vår )?(?:intyget|beslutet|fakturan|ansökan)',
    '(?:fakturan|räkningen) (?:\\p{L}+ ){0,5}(?:är|var|blev) (?:fel|felaktig|för hög|dubbel|dubbelt så hög|orimlig)',
    // Bills had, whoever had them ("dödsboet efter min far har fått en faktura", "har fått två fakturor").
    'har (?:jag |vi )?fått (?:en |ett |två |tre |dubbla |flera )?(?:faktura|fakturor|räkning|räkningar|p-bot|parkeringsbot|vite|\\p{L}*föreläggande|inkassokrav|påminnelse)',
    'har (?:inte|ännu inte|aldrig|fortfarande inte) fått (?:någon |min |vår |en )?(?:faktura|räkning|kallelse|\\p{L}*plats|placering)',
    // Damage to make good, money to be paid: "vill ha ersättning!", "sätt in ersättningen där".
    '(?:jag |vi )?(?:vill|kräver att) (?:ha|få) (?:ersättning|skadestånd|kompensation|pengarna tillbaka)', 'sätt in (?:ersättningen|pengarna|bidraget|lönen)',
    'har väntat (?:[\\p{L}\\p{N}]+ ){0,4}på (?:en |ett |vår |min )?(?:ramp\\p{L}*|hjälpmedel\\p{L}*|rullstol\\p{L}*|bostadsanpassning\\p{L}*|hemtjänst\\p{L}*|färdtjänst\\p{L}*|handläggare\\p{L}*|utredning\\p{L}*)',
    // A refusal of one's own, an appeal or a report to come: "nämnden sa nej till vår altan", "jag tänker överklaga".
    '(?:sa|sade|säger|har sagt) nej till (?:vår|vårt|våra|min|mitt|mina)', '(?:jag|vi) tänker (?:överklaga|anmäla|ansöka|söka|klaga)', '(?:jag|vi) (?:kommer att|kommer|ska) överklaga',
    'vill anmäla (?:mig|oss|det|detta|honom|henne|grannen)', '(?:möte|mötet|tid|tiden) (?:med|hos) (?:min |vår )?(?:handläggare|socialsekreterare|jobbcoach|socialtjänsten|soc(?![\\p{L}]))\\p{L}*',
    '(?:slutbesiktning|besiktning|bygglov|ansökan)\\p{L}* (?:av|för|om) (?:vårt|vår|mitt|min|våra|mina)',
    '(?:jag|vi|mina barn|våra barn|min son|min dotter|vårt barn) (?:\\p{L}+ ){0,2}behöver (?:en )?plats (?:i|på) (?:\\p{L}+ )?(?:\\p{L}*skola\\p{L}*|\\p{L}*förskola\\p{L}*|fritids\\p{L}*|\\p{L}*boende\\p{L}*)',
    '(?<!(?:familjen|grannen|grannarna|han|hon|hen|de|dom) (?:\\p{L}+ )?(?:har (?:ju )?)?)(?:har|fick|fått) avslag', 'blev nekad\\p{L}*', 'nekad att', 'har väntat (?:[\\p{L}\\p{N}]+ ){0,4}på (?:svar|beslut|besked|\\p{L}*plats|\\p{L}*tillstånd\\p{L}*|\\p{L}*bidrag\\p{L}*)', 'väntat på (?:svar|besked)',
    '(?:jag |vi )?(?<!man )vill (?:bli familjehem|bli kontaktfamilj|bli jourhem|(?:an)?söka (?:om )?\\p{L}*(?:plats|lov|stöd|bidrag|tillstånd|bistånd|hjälp|tjänst)\\p{L}*)',
    '(?:jag|vi) vill (?:överklaga|ansöka|söka|anmäla|klaga|bli familjehem|bli kontaktfamilj|ha tillbaka|få tillbaka|få träffa|ha hemtjänst|ha färdtjänst|ha hjälp hemma)',
  ]),
  words([
    // Something of one's own not had, an answer not given, a visit stopped: "Jag har inte fått mitt röstkort", "svarat på mitt yttrande".
    '(?:jag|vi) har inte fått (?:mitt|min|mina|vårt|vår|våra) \\p{L}+', 'svarat på (?:mitt|min|mina|vårt|vår|våra) (?!fråg|kommentar|inlägg)\\p{L}+', 'stängt av (?:mig|oss) från', '(?:om ni vill )?kolla upp ärendet',
    'hur överklagar (?:jag|vi)', 'kan inte söka', 'ansökan skickad', 'ansökan inskickad', 'har skickat in',
    'när får jag (?:svar|beslut|besked|pengarna)', '(?<!tack för (?:\\p{L}+ )?)svar på (?:mitt|min|bygglovet|ansökan|ärendet)',
    'ni har inte svarat', 'handläggaren har inte', 'har (?:fortfarande |ännu )?(?:inte|ännu inte) fått (?:något |några )?(?:svar|beslut|pengarna|lönen|lön|ersättningen)', '(?:lönen|ersättningen|pengarna|bidraget|hyran) (?:\\p{L}+ ){0,3}har inte kommit',
    'har legat hos er', 'ärendet gäller', 'sökande', 'har sagt det till handläggaren', 'jag kräver',
    'betala tillbaka', 'hur betalar (?:jag|vi) tillbaka', 'ska (?:in|betalas) (?:på|till)', 'dit ska (?:ersättningen|pengarna|bidraget)', 'should go to my account',
    "(?:i|we) (?:still )?(?:haven't|have not|hasn't) (?:got|gotten|received|heard)", 'i want to appeal', 'i applied', 'we applied',
    'fel (?:adress|namn|uppgifter|personnummer) på (?:mig|oss|min|mitt|sitt|sin|hans|hennes)', '(?:har )?fått fel (?:personnummer|namn|adress|uppgifter)', '(?:vårt |mitt )?kundnummer:? ?\\d+',
    // Money taken or owed: "Mitt kort drogs dubbelt", "Autogirot … dras från fel konto", "sätt tillbaka pengarna på mitt konto".
    '(?:drogs|dras|drar|drog|dragit|dragits|debiterades|debiterade|debiterats) (?:[\\p{L}-]+ ){0,4}(?:två gånger|dubbelt|från fel konto)', 'sätt (?:in|tillbaka) (?:\\p{L}+ ){0,2}(?:på|till) (?:mitt|vårt|mitt \\p{L}+) konto', 'ersättning\\p{L}*[^.!?\\n]{0,80}sätta? in på', 'sätta in (?:ersättningen|pengarna|återbetalningen) på',
    '(?:har inte|inte har|har ännu inte) betalat ut',
    // A number the municipality keeps, with what is awaited: "(dnr MB 2022-0443). När kommer det ett beslut?".
    '(?:dnr|diarienummer|ärendenummer)\\.? ?(?:[a-zåäö]{1,4}[ -]?)?\\d[\\d/-]{3,}[^!?\\n]{0,80}(?:beslut|besked|svar)',
    // Call me about it: "Mitt nummer är 0730-…, ring efter 17 om bygglovet".
    '(?:mitt (?:tele)?(?:fon)?nummer|mitt nr|nå mig på)[^!?\\n]{0,40}ring[^!?\\n]{0,30} om (?:det |den )?' + NOUN,
    'ansökan (?:skickades|lämnades in)', 'fått (?:ett )?(?:fel|felaktigt) beslut', '(?:jag|vi) överklagar',
    // Told with the subject left out, or formally: "Ansökte 3 oktober", "Undertecknad vill härmed framföra klagomål på …".
    '(?:^|(?<=[.!?]\\s{1,3}))(?:sökte|ansökte)(?= )', 'vill (?:härmed )?framföra (?:ett |mitt |vårt )?klagomål', '(?:vi|jag) har fått nej',
    // Money paid wrong, owed back, or to be paid to the writer: "betalat hyran till fel konto", "Återbetalningen … ska till mitt personkonto".
    '(?:betalat|betalade|satt in|sätter in) (?:\\p{L}+ ){0,4}till fel konto', 'återbetalning\\p{L}*[^.!?\\n]{0,80}(?:mitt|vårt) \\p{L}*konto',
    '(?:pengarna|avgiften) för (?:\\p{L}+ ){0,3}(?:jag|vi) (?:köpte|betalade)', 'iban till (?:mig|oss)', '(?:har )?(?:nu |redan )?legat hos er', 'säga upp (?:min |vår |mitt |vårt )?(?:\\p{L}*plats(?:en)?|\\p{L}*insats\\p{L}*)',
    // Called over and over, never called back: "ringt skolkontoret 6 ggr om …", "ingen har ringt mig tillbaka".
    'ringt (?:\\p{L}+ ){0,2}\\d+ (?:ggr|gånger)', 'ingen (?:har )?ring(?:er|t) (?:mig |oss )?tillbaka', 'ringer (?:aldrig|inte) tillbaka',
    'har väntat (?:[\\p{L}\\p{N}]+ ){0,4}på verkställighet\\p{L}*',
    // Money for a cancelled event or course not back, or taken twice: "har fortfarande inte fått tillbaka pengarna", "två dragningar".
    '(?:inte|aldrig) fått tillbaka (?:pengarna|\\p{L}*avgiften|mina pengar|våra pengar)', '(?:kan|får) (?:jag|vi) få (?:tillbaka )?pengarna(?: tillbaka| tbx)?',
    '(?:vill ha|kräver|begär) (?:[\\p{L}]+ ){0,4}pengarna tillbaka', 'fått (?:två|dubbla) dragningar', 'dubbeldrag\\p{L}*', 'ni har dragit (?:pengar|\\d+ ?kr)',
    '(?:jag|vi) (?:har )?betala(?:de|t) för (?:[\\p{L}\\p{N}]+ ){0,5}men', 'har betalat för (?:hela )?(?:säsongen|terminen|året|kursen|\\p{L}*kortet|\\p{L}*avgiften)',
    // Papers or tickets to be sent, a booking to change, a membership to end: "kan ni skicka biljetterna dit", "kan jag byta till en annan föreställning".
    'skicka (?:biljetterna|biljetten|kortet|\\p{L}+kortet|intyget|beslutet|fakturan) (?:dit|hem|till mig|till oss|till min|till vår)', '(?:kan|får) (?:jag|vi) (?:byta|boka om|avboka|flytta) (?:till|min|mitt|mina|vår|vårt|våra|biljett\\p{L}*)',
    '(?:hans|hennes|hens|mitt|min|vårt|vår) \\p{L}+(?: \\p{L}+){0,3} kan (?:avslutas|sägas upp)', '(?:jag|vi) (?:mejlar|mailar|ringer|skriver) (?:till er )?om (?:min |mitt |vår |vårt )?' + NOUN,
    'vill anmäla (?:min|mitt|mina|vår|vårt|våra) (?:\\p{L}+ )?till', '(?:jag|vi) (?:i|på|från) (?:\\p{L}+ ){1,3}(?:sökte|ansökte|har sökt|har ansökt)(?= )',
    '(?:vi|jag) begär (?:ett |en )?(?:formellt |skriftligt |överklagbart )?(?:beslut|omprövning)', 'ni har fel (?:personnummer|adress|namn|uppgifter) på',
    // A protected identity, a picture of one's child published, one's own photo used: a matter for the registry and the consent register.
    // (Someone else's protected identity told is confidential, not their matter: only one's own family's.)
    `(?:min|mitt|vår|vårt) (?:${KIN.join('|')}) har skyddade? (?:personuppgifter|identitet|adress)`, '(?:mitt|min|vårt|vår) \\p{L}*kort (?:är|har blivit|blev) (?:spärrat|spärrad|spärrade|blockerat|avstängt)',
    '(?:lagt upp|publicerat|lagt ut) (?:en )?(?:bild|bilder|foto|film|video)(?:n)? (?:på|av) (?:min|mitt|mina|vår|vårt|våra|mig|oss)(?![\\p{L}])',
    '(?:ta bort|radera) (?:min|mitt|mina|vår|vårt|våra) \\p{L}+ från (?:bilden|bilderna|fotot|filmen)', '(?:bilden|fotot|fotografiet|bilderna) (?:i|på) (?:ert|er|era) (?:[\\p{L}]+ ){0,6}är (?:min|mina|tagen av mig|tagna av mig)',
    "(?:that'?s|that is|it'?s) my (?:photo|picture|image|pic)",
    // After a storm, a flood or a fire: someone from the municipality to come and look, help with a home, compensation, papers to send.
    '(?:kan|kunde) (?:någon|nån|ni) (?:från|på) (?:kommunen|hemtjänsten|socialtjänsten|\\p{L}+förvaltningen) (?:titta till|komma|åka|kolla)', 'vill att (?:någon|nån) (?:från|på) (?:kommunen|\\p{L}+förvaltningen) (?:kommer|tittar|kollar)',
    'ersätta (?:min|mitt|mina|vår|vårt|våra) \\p{L}+', '(?:jag|vi) söker (?:ersättning|bidrag|bistånd|\\p{L}*stöd|skadestånd)', 'vart (?:skickar|lämnar) (?:jag|vi) (?:kvittona|kvittot|ansökan|papperen|intyget|räkningen)',
    '(?:vi|jag) har ingenstans att (?:ta vägen|bo|sova)', 'vem hjälper (?:oss|mig) med', '(?:kan|får) (?:jag|vi) (?:ändå |också )?(?:få|ha) (?:en )?plats på', '(?:få|söka|ansöka om) förtur',
    'får (?:jag|vi) bo kvar', '(?:jag|vi) (?:[\\p{L}]+ ){0,4}har fått lämna (?:lägenheten|huset|bostaden|hemmet|gården)', 'har (?:inte|ännu inte) fått (?:något |några )?(?:besked|svar) om (?:vi|jag)',
    '(?:jag|vi) vill göra en (?:anmälan|skadeanmälan)',
    // Young people's own matters: a summer job's pay or week, a photo of oneself, bullied or thrown out, a place had.
    '(?:kan|får) jag (?:få )?(?:byta|flytta) (?:vecka|veckor|period|pass|arbetsplats|dag)', '(?:ta bort|radera) (?:bilden|bilderna|fotot|videon|filmen) (?:på|av) (?:mig|oss)',
    '(?:jag|vi) har inte (?:sagt ok|godkänt|gett (?:mitt |något )?(?:ok|tillstånd|samtycke))', '(?:jag|vi) (?:har blivit|blev|blir) (?:mobbad|mobbade|trakasserad|trakasserade|utfryst|utfrysta|utslängd|utslängda|vräkt|vräkta)',
    '(?:jag|vi) fick (?:en )?plats (?:i|på) [^.!?\\n]{0,40}men', '(?:jag|vi) har försökt (?:ansöka|söka|anmäla)', '(?:kan|får) ni (?:fixa|ordna|ta fram) [^.!?\\n]{0,40}åt (?:mig|oss)',
    // Papers not had, the subject left out, what the office said of the writer: "Har sökt bostad via soc", "Socialtjänsten säger att jag inte är prioriterad".
    '(?:jag|vi) har inte fått (?:något|några|ett|en) (?:brev|besked|svar|beslut|kallelse)', '(?:^|(?<=[.!?]\\s{1,3}))har (?:sökt|ansökt)(?= )',
    '(?:socialtjänsten|soc|handläggaren|handläggarna|skolan|förskolan|jobbcoachen|socialsekreteraren|arbetsförmedlingen) (?:säger|sa|sade|har sagt) att (?:jag|vi) (?:inte|måste|ska|skulle)',
  ]),
  // Integration, SFI and the labour market; older people's own services. One regex, not one each: every one
  // scans the text, and the commonest openings ("kan jag", "jag vill") let most questions through their gates.
  words([
    // An interpreter, help with a form, a test or meeting moved, a teacher changed: asked for oneself in SFI, school or social services.
    '(?:jag|vi) (?:vill|behöver|måste) (?:ha|få|boka|beställa) (?:en )?(?:\\p{L}+ )?\\p{L}*tolk(?:en)?', '(?:behöver|måste|ska) (?:jag|vi) (?:själva? )?(?:boka|beställa|ordna) (?:en )?\\p{L}*tolk', `(?:min|vår) (?:${KIN.join('|')}) [^.!?\\n]{0,60}behöver (?:en )?\\p{L}*tolk`,
    '(?:kan|får) (?:jag|vi) få hjälp (?:att|med) (?:fylla i|söka|ansöka|skriva)', '(?:kan|kunde) (?:kommunen|ni|socialtjänsten|soc) hjälpa (?:mig|oss) (?:att|med)',
    '(?:jag|vi) har (?:inte|ännu inte|fortfarande inte) fått betalt', '(?:går det att|kan (?:jag|vi)|kan ni) (?:flytta|byta|skjuta upp) (?:mitt |min |vårt |vår )?(?:\\p{L}+-)?(?:provet|mötet|tiden)',
    '(?:kan|går) (?:mötet|provet|tiden|besöket) (?:att )?(?:flyttas|bokas om|skjutas upp)', '(?:kan|får) (?:jag|vi) (?:göra|skriva|ta) (?:det )?(?:\\p{L}+ )?provet',
    '(?:går det att|kan (?:jag|vi)|får (?:jag|vi)) byta (?:\\p{L}+-)?(?:lärare|handläggare|socialsekreterare|jobbcoach|tolk|klass)\\p{L}*',
    '(?:jag|vi) (?:får|har) (?:\\d[\\d ]* ?kr(?:onor)? (?:i|per månad i) )?(?:försörjningsstöd|ekonomiskt bistånd|etableringsersättning|aktivitetsstöd)', '(?:kan|får) (?:jag|vi) (?:söka|ansöka om) ',
    '(?:jag|vi) fick (?:inte|aldrig) (?:\\p{L}*jobbet|tjänsten|extratjänst\\p{L}*|platsen|praktik\\p{L}*)', 'vart anmäler (?:jag|vi)', '(?:vem|vart) klagar (?:jag|vi)',
    '(?:jag|vi) behöver (?:extra |särskilt |mer )?stöd (?:på|i) \\p{L}+', '(?:jag|vi) har (?:en )?(?:extratjänst|etableringsjobb|praktikplats|lönebidragsanställning)',
    '(?:jag |vi )?har klagat (?:\\p{L}+ ){0,2}(?:\\d+|två|tre|fyra|flera|många) gånger', '(?:svara|svarar|svarat) på (?:mitt|min|mina|vårt|vår|våra) (?:mejl|mail|brev|meddelande|sms)\\p{L}{0,4} om',
    // Older people's own services: granted home help that does not come, a bin not emptied, a bill wrong, a refund asked for.
    '(?:jag|vi) har beviljats', 'har fått fel (?:faktura|räkning)', '(?:inga pengar|ingen återbetalning|ingen ersättning) har kommit', 'ber (?:härmed |vänligen )?om (?:återbetalning|ersättning|omprövning|rättelse|anstånd)',
    '(?:måste|kan) (?:det )?vara fel på (?:\\p{L}*mätaren|\\p{L}*räkningen|\\p{L}*fakturan)', '(?:sopbilen|plogbilen|hemtjänsten|färdtjänsten|tömningen|sophämtningen) (?:har )?(?:kommer|kom|kommit) (?:inte|aldrig) (?:\\p{L}+ ){0,2}till (?:oss|mig)',
    '(?:har (?:vi|jag) inte|(?:vi|jag) har inte) fått (?:\\p{L}+ ){0,2}(?:\\p{L}*kärl|\\p{L}*tunn(?:a|or|orna)|kort|kortet)', '(?:det här|detta|det) vill (?:jag|vi) anmäla',
    'göra en \\p{L}*anmälan till (?:kommunen|er)', '(?:jag|vi) har försökt [^.!?\\n]{0,40}för att (?:anmäla|ansöka|söka|beställa|boka)', '(?:jag är|det är jag) [^.!?\\n]{0,30}på (?:bilden|fotot|filmen)(?![\\p{L}])',
    // A child's own school matters: a place offered or given far away, a consent taken back, a child hit, a custody, a payment.
    '(?:jag|vi) (?:har fått|fick) (?:ett )?erbjudande om (?:\\p{L}*plats|placering)', 'tacka nej till (?:platsen|erbjudandet|placeringen)', 'fick (?:en )?(?:skol)?placering (?:på|i) [^.!?\\n]{0,60}(?:trots|bort|långt|fel)',
    '(?:ta|tar) (?:jag|vi) tillbaka (?:mitt |vårt )?samtycke\\p{L}*', '(?:återkalla|dra tillbaka) (?:mitt |vårt )?samtycke\\p{L}*', 'vill inte att (?:min|vår|mitt|vårt) (?:son|dotter|barn|\\p{L}+åring) syns',
    '(?:slår|sparkar|mobbar|hotar|trakasserar|knuffar)(?: och (?:slår|sparkar|mobbar|hotar|trakasserar|knuffar))? (?:min|vår|mitt|vårt) (?:son|dotter|barn|pojke|flicka|grabb|tjej)',
    '(?:jag|vi) har (?:gemensam|delad|ensam) vårdnad', '(?:jag|vi) har (?:bara|inget|inte fått något|inte fått) (?:samordningsnummer|personnummer)',
    'har (?:min |vår )?betalning(?:en)? (?:gått igenom|kommit fram|kommit in)',
    // Streets, water and bins: a bill or a bin of one's own, damage to make good, a subscription of the dead to end.
    'tog betalt (?:[^.!?\\n]{0,40} )?två gånger', '\\p{L}*faktura\\p{L}*,? (?:nr|nummer)\\.? ?\\d+', '(?:fakturan|räkningen|p-boten|boten) (?:står|är ställd|ställdes) på fel',
    '(?:min|vår|mitt|vårt) \\p{L}*(?:tunna|tunnan|kärl|kärlet) (?:har inte|har aldrig|blev inte) (?:tömts|hämtats)', '(?:jag|vi) behöver (?:en |ett )?(?:ny|nytt|nya) \\p{L}*(?:kärl|tunna|mätare|lock)',
    'hur söker (?:jag|vi) (?:skadestånd|ersättning)', 'hur gör (?:jag|vi) en (?:skade)?anmälan', 'skadeanmälan till er', 'vem (?:tar|pratar) (?:jag|vi) (?:det här |detta |det )?med',
    'kan (?:jag|vi) dela upp (?:[\\p{L}-]+ ){0,2}(?:\\p{L}*fakturan|\\p{L}*räkningen|betalningen)', 'som har fått (?:p-boten|boten|fakturan|räkningen)',
    'avsluta (?:hans|hennes|mitt|min|vårt|vår|mammas|pappas) (?:[\\p{L}-]+ ){0,3}\\p{L}*abonnemang\\p{L}*', 'kan ni ha (?:lite )?överseende med',
    'har (?:jag|vi) rätt till (?:\\p{L}+ ){0,2}(?:\\p{L}*färdtjänst|hemtjänst|bostadsanpassning|\\p{L}*bidrag|ersättning|bistånd|\\p{L}*stöd|avlastning|plats)', 'skicka pengarna till (?:mitt|mig|oss|vårt)',
  ]),
].map((source) => new GatedRegex(re(source)));

/**
 * The writer's or a relative's own number given with a matter: "mitt pnr är …", "min son 20140915-7656 har …",
 * "020611-3605 är min dotters personnummer", "det är JAG: 940505 6475", "pnr 7602288610, ni har fel adress på mig".
 */
const OWN_NUMBER_GIVEN = new GatedRegex(re(
  words([
    `(?:mitt|min|vårt|vår|${KIN_GENITIVE.join('|')}) (?:${OWN_NUMBER})`, `(?:min|vår) (?:${KIN.join('|')}) har (?:${OWN_NUMBER})`, `${PERSONAL_NUMBER}\\s*(?:är|e) (?:mitt|min|vår|vårt) `,
    // A phone number is no one's matter: "mitt nummer är 0701234567".
    `(?:min|mitt|vår|vårt) (?!(?:tele|mobil)?(?:fon)?(?:nummer|nr)(?![\\p{L}])|tel(?![\\p{L}])|mobil)\\p{L}+(?: \\p{L}+)?,? \\(?(?:f\\.|född)? ?${PERSONAL_NUMBER}`, `(?:min|vår) (?:${KIN.join('|')}) \\p{L}+ \\p{L}+,? ${PERSONAL_NUMBER}`,
    // "Jag, Elis Nyberg, född 19440508-0377, önskar …".
    `jag[^.!?\\n]{0,60}(?:född|f\\.) ?${PERSONAL_NUMBER}`, `(?:mitt namn är|jag heter) [^.!?\\n]{0,40}${PERSONAL_NUMBER}`, `jag, [^.!?\\n]{2,40}, ${PERSONAL_NUMBER}`, `vårdnadshavare:? (?:\\p{L}+ ){1,3}${PERSONAL_NUMBER}`, `det är jag\\s*:?\\s*${PERSONAL_NUMBER}`,
    `(?:pnr|personnummer|personnr|samordningsnummer)\\s*:?\\s*${PERSONAL_NUMBER}[^.!?\\n]{0,80}(?:mig|min|mitt|jag)(?![\\p{L}])`,
  ]),
));
/** …but not the number itself posted by mistake ("jag skrev mitt personnummer där av misstag, kan ni radera"). */
const NUMBER_BY_MISTAKE = new GatedRegex(re(words(['av misstag', 'skrev fel', 'radera', 'ta bort'])));

/** A relative or the writer, and a care or school service acting in their matter. */
const FAMILY = new GatedRegex(re(
  words([
    '(?:min|mitt|mina|vår|vårt|våra|my|our)\\s+(?:\\p{L}+\\s+)?(?:son|dotter(?:s(?= \\p{L}))?|barn|mamma|pappa|mor|far|man|fru|make|maka|sambo|farmor|farfar|mormor|morfar|bror|syster|svärmor|svärfar|\\d+-åring|son\\p{L}*|daughter|child|children|kids|mother|father|mum|mom|dad|husband|wife|grandfather|grandmother|grandma|grandpa|granddad|brother|sister)',
    '(?:^|(?<=[.!?]\\s{1,3}))(?:pappa|mamma|mormor|morfar|farmor|farfar)', 'sonen', 'dottern', 'pappas', 'mammas', 'farmors', 'farfars', 'mormors', 'morfars',
    // The one a service comes to: "hemtjänsten kom sent till mormor", "vårdbiträdet som kommer till pappa".
    '(?:till|hos|åt) (?:mormor|morfar|farmor|farfar|mamma|pappa|min \\p{L}+|vår \\p{L}+)', '(?:jag|vi) har (?:ett barn|en son|en dotter|två barn|tre barn)',
  ]),
));
const SERVICE = new GatedRegex(re(
  words([
    'hemtjänst\\p{L}*', 'äldreboende\\p{L}*', '\\p{L}*gården', '\\p{L}*boende\\p{L}*', 'lss\\p{L}*', 'personalen', 'skolan', 'förskolan', 'rektorn', 'läraren', 'fritids',
    'vårdbiträde\\p{L}*', 'undersköterska\\p{L}*', '\\p{L}+hemmet', 'avlastning\\p{L}*', 'skolgång\\p{L}*', '\\p{L}*personalen', 'skolskjuts\\p{L}*', '\\p{L}+skola\\p{L}*', 'ungdomsgård\\p{L}*', '\\p{L}*matsal\\p{L}*', 'klass(?:en)?', '\\p{L}*köket', 'pedagog\\p{L}*', 'assistent\\p{L}*', 'mentor\\p{L}*', 'lärare\\p{L}*', 'specialkost\\p{L}*',
    'avd', 'avdelning\\p{L}*', 'korttids\\p{L}*', 'personal', 'assistans\\p{L}*', 'avlösning\\p{L}*', 'ledsag\\p{L}*', 'gruppbostad\\p{L}*', 'socialsekreterare\\p{L}*', 'skola', '(?:skolläkare|skolsköterska|skolkurator|skolpsykolog|skolbuss|skolmat|skolplacering|skolskjuts)\\p{L}*',
    'lärar\\p{L}*', '\\p{L}+lärare\\p{L}*', '(?:skolbibliotek|skolgård|skolhälsovård|skolledning)\\p{L}*', 'lektion\\p{L}*', 'åtgärdsprogram\\p{L}*', 'anpassning\\p{L}*', 'utredning\\p{L}*', 'betyg\\p{L}*',
    'sfi\\p{L}*', 'modersmål\\p{L}*', 'trygghetslarm\\p{L}*', 'färdtjänst\\p{L}*', 'matlåd\\p{L}*', 'grovsop\\p{L}*', 'jobbcoach\\p{L}*', 'vårdcentral\\p{L}*', 'mödravård\\p{L}*',
    'kurator\\p{L}*', 'elevhälsa\\p{L}*', 'hemsjukvård\\p{L}*', 'personalbrist\\p{L}*', 'familjehem\\p{L}*', 'socialtjänst\\p{L}*', 'soc', 'preschool', 'school', 'teacher', 'principal', 'care home', 'home care',
  ]),
));
/** The service refused, failed or must act for this person: the sign of a matter, not a general question. */
const MATTER_SIGN = new GatedRegex(re(
  words([
    'säger nej', 'sa nej', 'gör ingenting', 'gör inget', 'ingen svarar', 'kan (?:han|hon|hen|vi|jag) få (?:prata|träffa|tala|hjälp|stöd|plats)', 'vägrar', 'får inte', 'kan inte hjälpa', "can't help", 'cannot help', 'klarar inte', 'kommer bara',
    'behöver (?:extra )?(?:anpassningar|stöd|hjälp)', 'hjälpa (?:oss|mig)', 'vem (?:på förvaltningen |där )?(?:pratar|talar) (?:vi|jag) med', 'who do i (?:talk|speak) to',
    'vem ska (?:vi|jag) (?:kontakta|vända (?:oss|mig) till)', 'vart vänder (?:vi|jag)', 'vad kan (?:vi|jag) göra', 'ring(?:a)? mig', 'kontakta mig', 'ingen har frågat',
    'vem ansvarar för (?:hennes|hans|mitt|min|vårt|vår) ärende',
    // The service did not come or was taken away: "hemtjänsten har inte kommit", "platsen har dragits in".
    'har inte kommit', 'kom aldrig', 'kom inte(?! ihåg)', 'har inte dykt upp', 'uteblev', 'har dragits in', 'drogs in', 'utan (?:något )?beslut', 'vem tar ansvar',
    // Asking for the relative's care, or why it is so little: "hur ansöker man om hemtjänst när han kommer hem", "varför får hon bara …".
    'hur ansöker (?:man|vi|jag)', '(?:varför )?får (?:hon|han|hen) (?:inte|bara)', 'inget svar', 'utan svar', 'hur tänker ni',
    'behöver (?:vi |jag |han |hon )?(?:hemtjänst|hjälp|stöd|plats|boende)', 'vem (?:på \\p{L}+ )?kan (?:vi|jag) (?:prata|tala) med',
    // Care that came late or went wrong, someone to be replaced: "kom 3 timmar sent", "kan vi få byta?", "kan ni skicka någon annan".
    'kom (?:\\p{L}+ |\\d+ ){0,3}(?:för )?sent', '(?:kan (?:vi|jag|hon|han) få|vill (?:vi|jag)) byta', 'skicka (?:någon|nån) annan', '(?:vågar|törs) inte',
    '(?:har )?(?:blivit|blir|blev) (?:ständigt |hela tiden |ofta |alltid )?(?:trakasserad|mobbad|utslängd|slagen|kränkt|utfryst|hotad|kallad)\\p{L}*', '(?:kallades|har kallats)', 'gjorde (?:ingenting|inget)', 'hämtar inte',
    'vem ansvarar för', 'har legat (?:i|utan)', 'inte fått (?:sin|sitt|sina)', '(?:har|hade) (?:inte|aldrig) fått', 'vad gör (?:rektorn|skolan|ni|förskolan|personalen) (?:åt|för|med)', 'få hjälp att (?:fylla i|söka|ansöka)', '(?:undrar|fråga) om (?:\\p{L}*skolan|\\p{L}*förskolan|fritids|ni|hemtjänsten|boendet) (?:kan|har)', 'vem ska (?:jag|vi) ringa', 'vem ansvarar', 'ingen (?:\\p{L}+ ){0,2}(?:visste|gjorde|sa|märkte|informerade|berättade|meddelade)', 'har inte (?:träffat|sett) (?:sin|sitt|sina)', 'vill inte (?:gå|åka) till (?:skolan|förskolan|fritids)', 'går det att få', 'ingen (?:ringde|hörde av sig|hinner)', 'behöver anpassad\\p{L}*', 'ligger ensam', 'fått ligga', 'hur söker (?:man|vi|jag)', 'har väntat', 'förstår inte svenska',
    '\\p{L}*möte\\p{L}* (?:igår |idag )?(?:om|angående|kring) (?:vår|vårt|min|mitt)',
    // In English: whom to turn to, refused, still waiting, still without a place.
    'who do (?:i|we) (?:contact|call|complain to|talk to|speak to)',
    'kommer aldrig (?:på utsatt tid|i tid|när)', 'hur gör (?:vi|jag) med', 'hur beställer (?:vi|jag)', 'kan inte ta sig till', '(?:inte|aldrig) fått besöka', "(?:can'?t|cannot|won'?t) give (?:him|her|them|us|me)", '(?:is |are )?still waiting', 'who is responsible',
    '(?:still )?(?:has|have) no (?:school )?(?:place|placement|decision)',
    // Care cut or wrong, the same staff asked for, a right asked about, no one who called: "har dragit ner på assistanstimmarna", "Har vi rätt till det?".
    'vill ha (?:ett )?svar', 'kan (?:vi|jag|han|hon) få samma', 'har (?:vi|jag|han|hon|hen) rätt till', 'vad gör (?:kommunen|ni)\\s*\\?', 'vem kontaktar (?:jag|vi)',
    '(?:dragit|drar|drog) ner på', 'kämpat (?:i [\\p{L}\\p{N}]+ (?:år|månader) )?för att få', 'vad (?:gör|ska) (?:vi|jag) (?:göra )?(?:under tiden|nu)', 'svarar inte', 'utan resultat',
    'ingen (?:från \\p{L}+ )?har (?:ringt|hört av sig)', '(?:kan|kunde) ni (?:anställa|ordna|se till|fixa|hämta)', 'ingen kom', 'vart vänder man sig', 'får (?:inte|aldrig) (?:min|mitt|vår|vårt) \\p{L}+',
    'hur anmäler (?:jag|vi)', 'måste (?:vi|jag) (?:meddela|anmäla|säga till)', '(?:kan|kunde) (?:inte )?(?:socialtjänsten|soc|socialen|kommunen|ni) göra (?:något|nåt|någonting)',
    '(?:jag|vi) vill (?:prata|tala) med', '(?:^|(?<=[.!?]\\s{1,3}))vill (?:prata|tala) med', 'vad tänker (?:ni|skolan|rektorn|förskolan|kommunen) göra',
    // A child's school matter: a meeting wanted, nothing done, the school to act: "Vi måste ha ett möte om hennes handlingsplan".
    '(?:vill|måste) (?:ha|boka) (?:ett )?möte', '(?:inget|ingenting) händer', 'måste stoppa', 'vill att (?:detta|det|det här) (?:utreds|raderas|tas bort|slutar)', 'se till att (?:hon|han|hen)',
    'varför får (?:jag|vi) (?:fortfarande )?(?:ingen|inte)', 'hängt ut', 'vem (?:på \\p{L}+ )?ska (?:vi|jag) (?:prata|tala) med', 'har missat', 'omprövning\\p{L}*', 'vill inte (?:gå|åka) dit',
  ]),
));
/** A neighbour reported to a named department: a new supervision matter. */
const NEIGHBOUR_COMPLAINT = new GatedRegex(re(
  `${words(['grannen', 'grannarna', 'granne', 'min granne', 'neighbour', 'neighbor'])}[^]{0,200}?${words(['\\p{L}*förvaltningen', '\\p{L}*nämnden', '\\p{L}*enheten', 'tillsyn\\p{L}*', 'hemtjänst\\p{L}*'])}`,
));

/** A question about rules in general ("Behöver man bygglov …?", "Hur söker man …?") is not anyone's matter. */
const GENERAL_QUESTION = new GatedRegex(re(words(['man', 'finns det', 'is there', 'are there', 'one'])));
/** Working in a service is not a matter with it ("jag jobbar inom hemtjänsten"). */
const OWN_OCCUPATION = new GatedRegex(re(words(['jobbar (?:själv )?(?:inom|på|i)', 'arbetar (?:själv )?(?:inom|på|i)', 'som (?:undersköterska|sjuksköterska|lärare|personal|anställd)'])));

export interface CaseSignal {
  confidence: number;
  rule: string;
  /** Normalised span of the phrase that showed it. */
  start: number;
  end: number;
}

/** The earliest match of any of the patterns. */
function firstOf(patterns: readonly GatedRegex[], index: TextIndex): { start: number; end: number } | null {
  let first: { start: number; end: number } | null = null;
  for (const pattern of patterns) {
    const found = firstMatch(pattern, index);
    if (found && (!first || found.start < first.start)) first = found;
  }
  return first;
}

function firstMatch(pattern: GatedRegex, index: TextIndex): { start: number; end: number } | null {
  const match = pattern.exec(index);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The writer's (or a relative's) own matter with the authority, in the normalised text. */
export function detectPersonalCase(text: string, index: TextIndex = new TextIndex(text)): CaseSignal | null {
  const own = firstMatch(OWN_MATTER, index);
  if (own && !OWN_OCCUPATION.test(index)) return { confidence: 0.8, rule: 'intent.case.own-matter', ...own };
  const household = firstMatch(HOUSEHOLD, index);
  if (household && HOUSEHOLD_TROUBLE.test(index)) return { confidence: 0.8, rule: 'intent.case.own-matter', ...household };
  const action = firstOf(OWN_ACTION, index);
  if (action) return { confidence: 0.8, rule: 'intent.case.own-action', ...action };
  const number = firstMatch(OWN_NUMBER_GIVEN, index);
  if (number && !NUMBER_BY_MISTAKE.test(index)) return { confidence: 0.7, rule: 'intent.case.own-number', ...number };
  const family = firstMatch(FAMILY, index);
  if (family && SERVICE.test(index) && !OWN_OCCUPATION.test(index)) {
    const sign = firstMatch(MATTER_SIGN, index);
    if (sign) return { confidence: 0.65, rule: 'intent.case.relative-care', ...sign };
  }
  const neighbour = firstMatch(NEIGHBOUR_COMPLAINT, index);
  if (neighbour && !GENERAL_QUESTION.test(index, text.slice(neighbour.start, neighbour.end))) {
    return { confidence: 0.6, rule: 'intent.case.neighbour-complaint', ...neighbour };
  }
  return null;
}
