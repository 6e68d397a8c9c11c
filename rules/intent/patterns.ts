// Phrase patterns for intent, on lowercase NFC text. Words are matched with Swedish-safe boundaries
// (GUIDE: no \b; (?<![\p{L}\p{N}]) … (?![\p{L}\p{N}]) with the u flag). Each list says why it exists.

import { latinClasses } from '../normalize/latin-classes';

/** Whole-word alternation; `words` may hold regex syntax. */
export function words(list: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`;
}

export function re(source: string): RegExp {
  return new RegExp(latinClasses(source), 'u');
}

/**
 * Greetings, handles, fillers and apologies that open a comment before the question itself ("Hej! …",
 * "@kommunen när …", "Asså seriöst, när …", "Btw när …", "Okej men vem …", "Sorry for my English, where …").
 */
export const LEADING_NOISE = /^(?:(?:hej|hejsan|hallå|tjena|hi|hello|hey|god ?morgon|god ?dag)(?:\s+(?:på\s+er|kommunen|allihop|\p{L}+enheten|\p{L}+förvaltningen|\p{L}+kontoret))?[\s,!:.-]*|@[\p{L}\p{N}_.]+[\s,:]*|snälla[\s,]+|ursäkta[\s,]+|please[\s,]+|(?:yo|eyy?|asså|alltså|btw|okej|okey|ok|jaha|men|och|seriöst|förresten|fast|nä|näe|ja|hörrni|hörni|hallå där)(?:[\s,!:.]+|$)|(?:sorry|excuse me)(?: for my (?:bad |poor )?english)?[\s,!:.]+|ursäkta (?:min|för min) (?:dåliga )?svenska[\s,!:.]+|(?:en |snabb |kort )?fråga(?: bara)?[\s]*:[\s]*)+/u;

/** Question words that open a question, Swedish (incl. SMS "nr" and dialect "va") and English. */
export const QUESTION_OPENERS = re(
  `^(?:${[
    'när', 'nr(?=\\s+\\p{L}+r(?![\\p{L}]))', 'var', 'vart', 'varifrån', 'varför', 'hur', 'vad', 'vilken', 'vilket', 'vilka', 'vem', 'vems', 'va(?=\\s+(?:är|gäller|händer|kostar|gör))',
    'when', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose',
  ].join('|')})(?![\\p{L}\\p{N}])`,
);

/** Verb-first questions: "går det att", "kan ni", "finns det", "is there", "can you". */
export const VERB_FIRST_QUESTION = re(
  `^(?:${[
    '(?:kan|kunde|skulle|får|går|finns|behöver|måste|ska|skall|bör|borde|gäller|stämmer|är|har|vet|vill|tänker|kommer|blir|hjälper|tar|gör|påverkar|funkar|fungerar|räcker|hinner|öppnar|stänger|hämtas|plogas|sandas)\\s+(?:det|man|ni|jag|vi|du|någon|nån|kommunen|staden|ni\\s+inte|det\\s+inte|\\p{L}{2,}(?:en|et|na|erna|arna|orna)(?![\\p{L}]))',
    '(?:can|could|would|will|is|are|do|does|did|should|may|has|have)\\s+(?:you|i|we|the|there|it|this|that|anyone|someone|my|our)',
  ].join('|')})(?![\\p{L}\\p{N}])`,
);

/**
 * Question openers that also ask without a '?' ("Varför är biblioteket stängt idag"); "vilken/vad" open exclamations too ("vilket väder").
 * A pronoun subject right after the question word makes a subordinate clause, no question ("När vi kom dit var det stängt").
 */
export const UNMARKED_QUESTION_OPENERS = re(
  `^(?!(?:när|vart|varför|hur)\\s+(?:jag|vi|du|ni|han|hon|hen|de|dom)\\s)(?:${[
    'när', 'nr(?=\\s+\\p{L}+r(?![\\p{L}]))', 'vart', 'varifrån', 'varför', 'hur(?!\\s+(?:fint|härligt|mysigt|kul|roligt|vackert|skönt|bra|underbart|gott))', 'vem', 'vems',
    'var(?=\\s+(?:kan|finns|ligger|hittar|får|ska|är|köper|hämtar|lämnar|parkerar|anmäler))', 'vad (?:kostar|gäller|händer|gör|ska|kan|betyder|innebär|heter|tänker)', 'vilka (?:regler|tider|dagar|avgifter|krav)', 'va(?=\\s+(?:kostar|gäller|händer|betyder|innebär))', 'vilken tid', 'vilka tider', '(?:vilken dag|vilka dagar|vilket datum|vilken vecka)(?!\\s+(?:det|du|vi|jag|ni|han|hon|hen|de|dom)\\s)', 'öppettider(?:na)?(?=\\s+(?:på|i|under|för|över))', 'vad är det för \\p{L}+(?= (?:som|vid|på|i|med)(?![\\p{L}]))', 'va (?:e|ere|är) (?:det )?för',
    'when', 'where', 'why', 'how(?!\\s+(?:nice|lovely|great|beautiful))', 'who', 'what time', 'what (?:do|does|should|can|must) (?:i|we|you)',
  ].join('|')})(?![\\p{L}\\p{N}])`,
);

/** Verb-first questions without a '?' need a pronoun subject; "Har en mapp …" is a statement. */
export const UNMARKED_VERB_FIRST = re(
  // "e" is "är" as young people type it ("e det normalt att …", "e den kvar hos er").
  `^(?:kan|kunde|skulle|får|går|finns|behöver|måste|ska|skall|bör|gäller|stämmer|är|e|har|vet|vill|tänker|kommer|hjälper|funkar|fungerar)\\s+(?:det|den|man|ni|jag|vi|någon|nån|kommunen|staden)(?![\\p{L}\\p{N}])|` +
    // "Gäller eldningsförbudet fortfarande", "Stämmer det att …": verbs that open only questions, before a definite noun.
    `^(?:gäller|stämmer|öppnar|stänger|plogas|sandas|hämtas|töms|går|kommer|ska|skall)\\s+\\p{L}{2,}(?:en|et|an|na|erna|arna|orna)(?![\\p{L}\\p{N}])|` +
    // Dialect and quick typing: "finns de nån hundrastgård", "fins det nån turlista", "kommer de nån buss".
    `^(?:finns|fins|kommer|blir|e|är|ska)\\s+(?:de|dä|re)\\s+(?:nån|någon|något|nåt|några)(?![\\p{L}\\p{N}])|^fins\\s+det(?![\\p{L}\\p{N}])|` +
    // "e skolan öppen imon": open or closed asked without its mark.
    `^(?:e|är)\\s+\\p{L}{2,}(?:en|et|an|na)\\s+(?:öppen|öppet|öppna|stängd|stängt|stängda|avstängd|avstängt)(?![\\p{L}\\p{N}])|` +
    // "Tar ni emot kläder …", "Blir det någon julmarknad …": verbs that open a question with its subject after them.
    `^(?:tar|blir|hämtar|plogar|sandar|öppnar|stänger|säljer|erbjuder|ordnar|anordnar|har|skickar|tömmer|lagar)\\s+(?:ni|det|kommunen|staden|biblioteket|skolan)\\s+(?:\\p{L}+)(?![\\p{L}\\p{N}])|^(?:can|could|would|will|is|are|do|does|should)\\s+(?:you|i|we|there|anyone)(?![\\p{L}\\p{N}])` +
    // "Is it allowed to fish …", "Does the library have …": an auxiliary before a thing asks too ("Do the …" is an order, so not 'do').
    `|^(?:is|are|was|does|did|can|could|will|would|should)\\s+(?:it|the|this|that|my|our|your)(?![\\p{L}\\p{N}])`,
);

/**
 * A question after a comma (or at the end, typed without one), with the verb before its subject: "Min fru är gravid, hur anmäler vi oss …",
 * "My wife is pregnant, how do we register …". A subordinate clause keeps the subject first ("…, när vi kom").
 */
export const CLAUSE_QUESTION = re(
  `[,;:]\\s+(?:${[
    '(?:hur|var|vart|när|varför|vem|vilken|vilket|vilka|vad)\\s+(?:kan|ska|skall|får|gör|behöver|måste|bör|söker|ansöker|anmäler|hittar|betalar|hämtar|vänder)\\s+(?:jag|vi|man|ni)',
    // "…, finns det nån hjälp från kommunen", "…, är det farligt", "…, e den kvar hos er", "…, gör ni sånt", "…, går det".
    '(?:finns det|är det(?!\\s+inte)|e det|(?:är|e) den (?:kvar|öppen|stängd|borta|inställd|gratis)|kan ni|kan man|kan vi|kan jag|får man|får vi|får jag|går det|gäller det|gör ni|har ni|tar ni|blir det)(?:\\s+\\p{L}+){0,6}\\s*$',
    '(?:var|vart|när|hur) (?:ligger|finns|är|hittar|öppnar|stänger|kommer|börjar|slutar) (?:den|det|de|dom|ni|man)\\s*$',
    '(?:vem|vart|var) (?:ringer|vänder|mejlar|kontaktar|anmäler) (?:jag|vi|man)', 'gäller (?:den|det|de) (?:\\p{L}+ ){0,3}\\p{L}+\\s*$',
    '(?:how|where|when|why|what|who|which)\\s+(?:do|does|did|can|could|should|will|would|is|are|am)\\s+(?:i|we|you|they|one|the|my|our)',
  ].join('|')})(?![\\p{L}\\p{N}])` +
  // Typed without a comma, at the sentence's end: "min pojkvän vill inte använda kondom vad gör jag", "… 😐 hur gör jag"
  // ("vart ska man va" said of everyone is a complaint).
  `|(?<![\\p{L}\\p{N}])(?:vad|hur|vart|vem)\\s+(?:(?:ska|gör|kan|bör)\\s+(?:jag|vi)|(?:anmäler|vänder|kontaktar|ringer)\\s+(?:jag|vi|man))(?:\\s+\\p{L}+){0,3}[\\s\\p{P}\\p{Extended_Pictographic}]*$`,
);

/** Requests and statements that ask the organisation to act or answer, wherever they sit in a sentence. */
export const REQUEST = re(
  words([
    // A young person's despair written to the account: the organisation must act at once, question or not.
    'ta livet av mig(?! av skratt)', '(?:slår|misshandlar|tafsar på) mig när', 'ni måste göra (?:nåt|något|någonting)', 'tänkt på att ta livet av', 'skär mig(?: igen)?(?! i fingret)', 'skadar mig själv', 'tagit för många tabletter', 'vill inte leva längre', 'orkar inte leva', '(?:vill (?:jag )?inte|lättare att inte) finnas',
    // Told to do something: "Ni måste se till att …", "Nu vill jag ha svar", "någon måste städa", "Kommunen måste sätta upp räcken".
    'ni måste se till', 'vill (?:jag|vi) ha (?:svar|besked|en förklaring)', '(?:någon|nån) (?:måste|borde|får) (?:städa|laga|fixa|ta hand om|åtgärda|tömma|kolla|ta bort)',
    '(?:^|[–:] )(?:kommunen|ni) (?:måste|borde|bör) (?:\\p{L}+ ){0,2}(?:sätta upp|ta ner|ta bort|laga|fixa|städa|bygga|röja|såga ner|se över|åtgärda)', '(?:jag|vi) vill (?:göra|lämna) en (?:anmälan|orosanmälan|skadeanmälan|polisanmälan)',
    'jag undrar', 'vi undrar', 'undrar (?:bara |också |även |mest |nu |fortfarande |lite )?(?:om|hur|när|var|vart|varför|vad|vilken|vilket|vilka|vem|ifall)',
    'vill (?:bara |gärna )?veta (?:om|hur|när|var|vart|varför|vad|vilken|vilket|vilka|vem|ifall)', 'skulle behöva (?:veta|hjälp|svar|få)', 'saknar (?:info|information|besked|svar) om',
    // "vill ha" asks only for an answer or help: "vi vill ha kvar vår skog", "jag vill ha en tydlig flaggpolicy" are opinions.
    'jag vill (?:veta|ha (?:svar|besked|hjälp|info|information|kontakt|tillbaka|ersättning|en förklaring|ett svar|ett möte|en tid|en återuppringning)|att ni|anmäla|överklaga|klaga|ansöka|söka|boka|begära)',
    'vi vill (?:veta|ha (?:svar|besked|hjälp|info|information|kontakt|tillbaka|ersättning|en förklaring|ett svar|ett möte|en tid)|att ni|anmäla|överklaga|ansöka|söka)', 'ni (?:får|kan) (?:gärna )?ringa (?:mig|oss)', '^förklara er(?![\\p{L}])', '^(?:förklara|svara)(?: er)?[!.]*$',
    '(?:och|,) vill ha (?:ett möte|svar|besked|en förklaring)', 'jag kräver', 'vi kräver', 'jag begär', 'begär ut', 'ber (?:om|er|att få)',
    // "Behöver info om vilka papper …" (no subject), "jag behöver hjälp".
    '(?:^|jag |vi )behöver (?:lite |mer |snabbt )?(?:hjälp|veta|svar|info|information|besked)',
    // "Har mejlat tre gånger utan svar", "väntar fortfarande på svar": an answer owed.
    '(?:mejlat|mailat|ringt|skrivit|skickat|frågat|sökt|anmält)[^.!?\\n]{0,40}utan (?:att få )?(?:något )?svar', '(?:inte|aldrig|ännu inte|fortfarande inte) fått (?:något )?svar', 'väntar (?:fortfarande |än |ännu |fortf )?på (?:ett )?svar',
    'kontakta mig', 'kontakta oss', 'ring mig', 'ring upp mig', 'mejla mig', 'maila mig', 'hör av er', 'återkom', 'svara (?:mig|snälla|gärna|nu|oss)', '^svara$',
    'hjälp mig', 'hjälp oss', 'snälla hjälp', '^hjälp[,!]?\\s+(?:hur|var|vem|när|vad)', '(?:någon|nån) (?:på|från) (?:kommunen|er|förvaltningen|\\p{L}+kontoret) som kan',
    '(?:mejlat|mailat|ringt|skrivit|frågat)[^.!?\\n]{0,60}(?:inget|inga|aldrig fått|inte fått) (?:något )?svar', '(?:förklara|berätta|svara) (?:gärna|snälla)', 'gör (?:något|någonting|nåt)(?: åt det| nu)?', 'vill ha ut (?:alla |de )?(?:handlingar\\p{L}*|protokoll\\p{L}*|beslut\\p{L}*|kopi\\p{L}*)',
    'skicka (?:\\p{L}+ ){0,2}(?:till mig|dit|hit|per post|hem till mig)', 'ta bort (?:det|den|dem|dom|detta|kommentaren|inlägget|bilden|numret)', 'ta bort snälla', 'tas bort',
    // Short-message requests: "pls svara", "svara asap", "svara på mitt mejl om bygglovet".
    '(?:pls|plz|please|snälla) svara', 'svara (?:pls|plz|please|asap)', 'svara på (?:mitt|min|mina|vårt|vår|våra) (?:mejl|mail|meddelande|sms|brev|fråga|frågor|ärende|ansökan|dm|pm)\\p{L}{0,4}',
    // An order to fix what the organisation runs, at the start: "ASAP fixa gatlampan på Kvarngatan", "laga gungan".
    // Only with a definite object ("bygg ut skolan istället" is an opinion, and "fixa" alone no request).
    '^(?:(?:asap|pls|plz|snälla|please)[\\s,]+)?(?:fixa|laga|åtgärda|ploga|sanda|salta|skotta|töm|byt ut|hämta|städa|skjut upp|lappa) (?:\\p{L}{2,30}(?:an|en|et|na|arna|erna|orna)|det|den|dem|dom|alla som)',
    // The order alone, or asked for: "Fixa!", "Sanda för guds skull!", "Snälla städa innan någon unge sticker sig", "fixa det plz".
    '^(?:snälla |asap |pls )?(?:fixa|sanda|salta|ploga|skotta|städa|laga)(?: (?:för guds skull|nu|snälla|asap|pls|plz|då))?[!.]*$', '^snälla (?:städa|sanda|salta|ploga|laga|fixa|töm|hämta|stäng)(?![\\p{L}])', '^stäng (?:den|det|dem|dom)(?![\\p{L}])', 'fixa det (?:plz|pls|please|snälla|nu|asap)',
    // For someone else, or by other means: "Hjälp henne först", "Svara honom nån gång!", "Ring hans hemtelefon", "Nås på 070-…", "om ni vill svara där".
    '(?:hjälp|svara) (?:henne|honom|dem|dom)(?![\\p{L}])', 'ring (?:hans|hennes|min|mitt|vår|vårt) (?:\\p{L}*telefon|mobil|nummer)', '(?:^|(?<=[.!?]\\s{1,3}))nås på', 'ni når (?:mig|oss) på', 'om ni vill svara (?:där|dit|på)',
    // Money back, a round threatened: "Sätt tillbaka pengarna på …", "Återbetala till mitt plusgiro", "kan ni sätta in på", "OM NI INTE TÖMMER MIN TUNNA IDAG".
    'sätt tillbaka pengarna', '^återbetala (?:till|pengarna|beloppet|avgiften)', 'om ni inte (?:tömmer|hämtar|plogar|sandar|lagar|fixar|svarar)', 'ingen har hört av sig', 'ska (?:den|det|de|dom) (?:lagas|åtgärdas|fixas|plogas|sandas|tömmas|hämtas)',
    // Orders that are requests whatever follows: "Och sätt upp kameror", "Snälla sanera så barnen slipper", "Förbjud honom från fritidsgården".
    '^(?:(?:och|men|snälla|asap|pls)[\\s,]+)?(?:sätt upp|sanera|förbjud|utred|stäng av|röj|städa upp)(?![\\p{L}])',
    // Wanting someone there to act: "Vill att någon utreder det", "Någon måste komma hit".
    '(?:^|jag |vi )vill att (?:någon|nån|ni|kommunen|\\p{L}+förvaltningen|\\p{L}+nämnden)', '(?:någon|nån|ni) (?:måste|borde|behöver) (?:komma hit|komma ut|åtgärda|fixa|laga|titta på|kolla|ta tag i|göra något)',
    'kan ni (?:ringa|kontakta|hjälpa|svara|ta bort|fixa|laga|kolla|titta|skicka|meddela|återkomma|förklara|sätta in|betala tillbaka|återbetala)', 'kan någon (?:ringa|hjälpa|kontakta|svara|titta|komma|ta)', 'skulle ni kunna', 'vore (?:det )?(?:bra|tacksam) om ni', 'tacksam för svar',
    'please (?:contact|call|help|tell|let|remove|fix|reply|answer|send|moderate|delete|check|look)', 'contact me', 'call me', 'i would like to know', 'i want to know', 'let me know',
    '(?:i|we) need to know', 'need to know (?:if|whether|when|where|how|what|why|who)', 'undrar (?:bara )?if',
    'i wonder', 'wondering (?:if|whether|when|how|why|what)', 'could you', 'can you',
    'betala tillbaka', 'vad händer', 'vad gäller',
    // Indirect questions and polite requests: "vore bra att veta när …", "skulle gärna vilja veta vem …", "ge besked om …".
    'vore (?:bra|skönt|intressant|kul|toppen|trevligt|önskvärt) (?:att )?(?:få )?(?:veta|svar|besked)', '(?:skulle|vill) gärna (?:vilja )?(?:få )?veta', 'skulle (?:verkligen )?vilja (?:få )?veta',
    'ge (?:gärna |oss |mig )*(?:ett )?besked', '(?:meddela|informera|svara) gärna',
    // "Skulle vilja ha svar på varför …", "vore tacksam för info om när …"; "jag är tacksam för allt ni gör" is thanks.
    '(?:skulle|vill) (?:gärna |verkligen )?(?:vilja )?(?:ha|få) (?:ett )?(?:svar|besked|info|information|klarhet)',
    '(?:vore|skulle vara|blir) (?:väldigt |mycket |jätte)?tacksam\\p{L}* (?:för|om)', 'tacksam\\p{L}* för (?:svar|info|information|besked|återkoppling)',
    // Asking where to turn: "jag vet inte vart jag ska vända mig", "vem man ska ringa".
    'vart (?:jag|vi|man) (?:ska|kan|bör) vända (?:mig|oss|sig)', 'vem (?:jag|vi|man) (?:ska|kan|bör) (?:vända (?:mig|oss|sig) till|kontakta|ringa|prata med)',
  ]),
);

/** Fault reports: something the organisation runs has not been done or is broken. */
export const FAULT_REPORT = re(
  words([
    // "Vi har varit på konserten" tells of a visit: 'varit' right before 'på/i' is a fault only when negated.
    '(?:har|har ju|är)\\s+(?:fortfarande\\s+|ännu\\s+|aldrig\\s+)?(?:inte\\s+varit|(?:inte\\s+)?varit(?!\\s+(?:på|i)\\s)|(?:inte\\s+)?(?:kommit|plogat|plogats|sandat|sandats|tömt|tömts|hämtat|hämtats|lagat|lagats|svarat|fått))(?:\\s+\\p{L}+){0,4}\\s+(?:på|i)\\s+(?:\\p{L}+)',
    'fortfarande inte (?:varit|kommit|plogat|plogats|sandat|sandats|tömt|tömts|hämtat|hämtats|lagat|lagats|svarat|fått)',
    '(?:är|står|ligger) (?:helt )?(?:trasig|trasiga|trasigt|sönder|nere|avstängd|avstängt|översvämmad|översvämmat|fullt|fulla|igensatt|igensatta|släckt|släckta)',
    // Damage and bad water: "ett stort hål i asfalten på Kyrkogatan", "vattnet är brunt ur kranen".
    'hål i (?:asfalten|vägen|gatan|gångbanan|gångvägen|cykelbanan|cykelvägen|trottoaren)', 'potthål\\p{L}*',
    '(?:vattnet|kranvattnet|dricksvattnet) (?:är|har varit|blir) (?:brunt|gult|grumligt|missfärgat|smutsigt)', 'luktar (?:avlopp|kloak)',
    '(?:fungerar|funkar|lyser|går) inte', '(?:fungerade|funkade) inte', 'försökt (?:ringa|nå|få tag på|komma fram till) (?:[\\p{L}\\p{N}-]+ ){0,6}utan att',
    // A round skipped: "sopbilen hoppar över vår gata", "plogbilen har missat Tallstigen igen".
    '(?:sopbil(?:en|arna)|sophämtning(?:en)?|sophämtarna|tömningen|plogbil(?:en|arna)|snöröjningen|sandbil(?:en|arna)|buss(?:en|arna)|skolbussen|skolskjutsen|hemtjänsten|färdtjänsten)(?:\\s+\\p{L}+){0,2}\\s+(?:hoppar|hoppade|hoppat|missar|missade|missat|glömmer|glömde|glömt)',
    'har inte (?:fått|kommit)',
    // "det läcker vatten ur en brunn", "här har det inte plogats", "ni har glömt att tömma papperskorgarna".
    'läcker (?:vatten|avlopp|olja)', '(?:har det|det har) inte (?:plogats|sandats|tömts|hämtats|lagats|städats)', 'har glömt att (?:tömma|ploga|sanda|hämta|laga|städa)',
    // Nobody did the round: "Typ ingen har sandat cykelbanan iaf", "ingen plogar här" ("ingen lagar så god mat" is praise, so no 'lagar').
    'ingen (?:har )?(?:plogat|plogar|sandat|sandar|saltat|saltar|skottat|skottar|tömt|tömmer|hämtat)',
    // Broken for long, late, unanswered: "har varit trasig sedan oktober", "45 min försenad", "växeln svarar inte på 40 min".
    'har varit (?:helt )?(?:trasig|trasiga|trasigt|sönder|avstängd|avstängt|stängd|stängt|släckt|släckta|ur funktion)', '(?:\\d+ (?:min|minuter|timmar|tim) )?försenad\\p{L}*', 'svarar inte',
    'ingen info(?:rmation)? (?:nånstans|någonstans|alls)',
    // What the organisation did made it worse, or kept people waiting: "sedan ni tog bort bullerplanket", "fick vänta 7 månader".
    'sedan ni (?:tog bort|stängde|ändrade|byggde|flyttade|drog in|lade ner|la ner|sänkte|höjde)', 'fick vänta (?:\\d+|\\p{L}+) (?:månader|veckor|år|dagar|timmar)',
    // Streets, parks, water and bins: "saknar nedfart", "skyltningen saknas", "har inget tak sen stormen", "lampan … blinkar",
    // "klätterställningen vickar", "asfalten har spruckit", "vattenläcka", "bussen … dyker inte upp", "har varit sen varje dag".
    'saknar (?:nedfart|ramp|tak|räcke|belysning|lock|skyltning)', '(?:skyltning|skylt|skyltar|belysning|räcke|ramp|lock|nedfart)(?:en|arna)? saknas', 'har inget tak',
    '(?:lampan|lamporna|gatlampan|gatlyktan|belysningen|trafikljuset|trafikljusen|ljuset) (?:[\\p{L}\\p{N}]+ ){0,5}(?:blinkar|flimrar|slocknat|har slocknat)', 'vickar', '(?:har )?spruckit',
    'vattenläcka (?:i|på|vid)', 'dyker (?:bara )?(?:inte|aldrig) upp', 'bara (?:inte|aldrig) dyker upp', '(?:har varit|är|var) (?:sen|sena|försenad|försenade) (?:varje|hela|flera|alla)',
    'har inte (?:tömts|hämtats|plogats|sandats|lagats|städats) (?:sen|sedan|på)', 'har inte sett (?:en |någon |nån )?(?:plogbil|sandbil|sopbil|sopbilen|plogbilen)\\p{L}*',
    'kommer inte fram (?:på|i|till)', '(?:är|e|blivit|som) (?:rena |en |ren )?skridskobana\\p{L}*', '(?:står|är ställd|ställdes) på fel (?:person|namn|adress)',
    // A place's need named: "Hundrastgården behöver mer sand", "busshållplatsen vid Ica behöver en bänk", "behöver bättre belysning".
    '\\p{L}+(?:en|et|na|arna|orna|erna) (?:[\\p{L}\\p{N}]+ ){0,4}behöver (?:en |ett |mer |bättre |nya? |nytt )?(?:bänk\\p{L}*|belysning|sand|grus|grind|tak|räcke\\p{L}*|ramp\\p{L}*|skylt\\p{L}*|papperskorg\\p{L}*|lagning|asfalt\\p{L}*|lampor|plogning|sandning|städning|gung\\p{L}*|staket\\p{L}*|rutschkan\\p{L}*|lekredskap\\p{L}*|toalett\\p{L}*)',
    'is broken', 'are broken', 'not working', "doesn't work", "hasn't been",
  ]),
);

/** Questions put to other readers, not the organisation: "någon som har tips?", "anyone else going?". */
export const READER_QUESTION = re(
  words([
    '(?:någon|nån|ngn) som (?:har|vet|kan|ska|vill|är|minns|känner|sett|kör|hänger|följer|saknar|hittat|hittade|tappat|varit|provat|testat|åker|går)',
    // "Kan någon här som bor vid Lillån säga …", "Någon förälder som vet?": asked of the other readers.
    'kan (?:någon|nån|ngn) (?:här|som bor)', '(?:någon|nån) (?:förälder|mamma|pappa|granne|boende|elev|mer) som (?:vet|har|kan|minns)',
    // "Du vet väl att han …, Roger?": said to another reader by name.
    'du vet väl att',
    // "Var ärliga nu: hur många av er har …?", "Vem är med?": a poll of the other readers.
    'hur många av er', '^vem är med[?!.]*$',
    // "vet nån var man hittar …", "har nån länken?", "vem hänger med ikväll?": asked of the other readers.
    'vet (?:någon|nån)(?: här)?(?! (?:på|från) (?:kommunen|er))', 'har (?:någon|nån) (?:länk|länken|tips|koll|erfarenhet|numret|sett)', 'vem (?:hänger|följer|häng|följ) (?:med|på)', 'någon mer', 'nån mer', 'några fler',
    'till dig som', 'till er som', 'du som', 'anyone (?:know|knows|have|has|else|going|tried|been|seen|got|up for|interested|recommend)', 'does anyone', 'anybody',
    // Asked of the other readers in English: "Has anyone tried …?", "Any tips for …?", "Ok who else …", "Is it just me or …".
    'has anyone', 'have any of you', 'is anyone', 'any (?:tips|recommendations|suggestions)', 'who else', 'is it (?:just )?me or', 'would love to hear (?:your|from)', 'did you know',
    "if (?:it'?s|this is) yours",
    'vad tycker ni andra', 'håller ni med', 'visste ni att', '^(?:någon|nån|anyone|anybody)\\?*$', '^om (?:någon|nån) (?:vill|har|vet|behöver|hittar|ska)', 'vem mer (?:ska|har|kommer|går|var|vill)', '^(?:ska|skall) vi(?! (?:verkligen|behöva|betala|få))', '^shall we',
    "what'?s your (?:snap|number|insta|ig)", 'din snap', 'dm me', 'skriv dm', 'dm:a', 'swisha mig',
  ]),
);

/** Rhetorical questions: asked to accuse or mock, not to be answered. */
export const RHETORICAL = re(
  words([
    '(?:vi|jag) betalar skatt för', 'hur kan det vara (?:så|möjligt)', '(?:har|är|kan|gör|vet) (?:ni|du|de|dom|politikerna|han|hon) ens',
    // Debate: "Tror ni på allvar att …", "Kan vi inte bara enas om …", "Såg ni hur ordföranden …", "Är det så konstigt att …".
    'tror ni (?:på )?allvar', 'kan vi inte bara', 'vilket land lever vi i', 'varför ska vi (?:\\p{L}+ ){0,2}alltid', 'varför är det alltid (?:vi|våra|vår|vårt)', 'kan vi hålla (?:en )?(?:god |trevlig |vettig )?ton(?:en)?', 'såg ni (?:hur|att|när)', 'är det så konstigt', 'jag förstår inte hur (?:man|ni|de|dom|politikerna) kan', 'vem frågade (?:dig|er)', 'kanske dags att', 'kan vi (?:vänta|låta bli) med',
    // "Kan vi sluta skälla på fel myndighet nu", "Fattar ni?", "Men det ska vi inte prata om va?".
    'kan vi sluta', 'skulle (?:någon|nån) bli (?:förvånad|ledsen)', '^(?:fattar|förstår|begriper) ni[?!.]*$', 'ska vi inte prata om', 'betalar (?:vi|jag) skatt för', 'våra skattepengar ska gå till', 'hur svårt kan det va(?:ra)?', 'tycker ni verkligen', 'vem (?:fan|tusan|i helvete|jävlar) (?:har|bestämde|kom på|ritade|räknade)', 'hur många gånger ska (?:ni|vi|man) behöva', '(?<=, )(?:nån|någon)\\?+$', 'man undrar (?:ju )?vad', 'skulle (?:politikerna|ni) själva', 'vem (?:fan )?bryr sig',
    'ska (?:han|hon|hen|de|dom) verkligen', '(?:är|var) ni (?:helt )?(?:dumma|galna|korkade|efterblivna|inkompetenta|idioter|dumma i huvudet)',
    'skäms ni inte', 'eller hur', 'hur (?:dum|dumma|korkad|korkade|blåst|naiv) (?:får|kan) man (?:vara|bli)', 'varför blir (?:jag|man) inte förvånad', 'hur som helst',
    '^varför inte[!.]*$', 'vem vet,', 'visste ni det', 'minns ni (?:när|hur|den|det|de|dom|skridsko\\p{L}*)', 'vad (?:fan )?tror ni', 'what did you expect', 'are you (?:stupid|kidding|serious|insane)', 'who cares',
    'how is it (?:even )?possible', 'who (?:exactly|actually|on earth|the hell) (?:thought|decided)', 'genius move', 'can we talk about how', 'why does every', 'is anyone (?:actually |really )?surprised',
  ]),
);

/** Insults and slurs aimed at people; a question made mostly of these is an attack. Profanity alone ("jävla skit") is not. */
export const INSULT = re(
  words([
    'idiot\\p{L}*', 'idi[o0]t\\p{L}*', 'inkompetent\\p{L}*', 'korkad\\p{L}*', 'pucko\\p{L}*', 'clown\\p{L}*', 'pajas\\p{L}*', 'lögnare', 'lögnaktig\\p{L}*',
    'parasit\\p{L}*', 'svin', 'svinen', 'äckel', 'äcklig\\p{L}*', 'fittor?', 'hor(?:a|or|an)', 'kukhuvud\\p{L}*', 'mongo\\p{L}*', 'cp-\\p{L}+', 'efterbliven\\p{L}*',
    'dumjävl\\p{L}*', 'fjant\\p{L}*', 'tönt\\p{L}*', 'blatte\\p{L}*', 'svartskall\\p{L}*', 'n[\\*e]gr\\p{L}*', 'neger', 'zigenare\\p{L}*',
    'förrädare\\p{L}*', 'pedofil\\p{L}*', 'moron\\p{L}*', 'stupid', 'corrupt', 'incompetent', 'clowns?', 'liars?', 'idiots?',
  ]),
);
