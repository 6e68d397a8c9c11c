import { GatedRegex, TextIndex } from '../normalize/literal-gate';
import { re, words } from './patterns';
import type { CaseSignal } from './personal-case';

/** The text says it is secret or must not spread. */
const MARKED_SECRET = new GatedRegex(re(
  words([
    'sekretessbelagd\\p{L}*', 'sekretessbelagt', 'sekretessmarkerad\\p{L}*', 'sekretessmarkering\\p{L}*', 'omfattas av sekretess', 'belagd med sekretess',
    'konfidentiell\\p{L}*', 'confidential', 'får (?:inte|ej) spridas', 'får (?:inte|ej) delas', '(?:sprid|dela) inte (?:detta|det här|vidare|informationen|uppgifterna|namnet|namnen)', 'internt mejl', 'internt mail', 'intern information', "don't share", 'do not share', 'not for distribution',
    'skyddad identitet', 'skyddade personuppgifter', 'skyddat boende', 'skyddade adress\\p{L}*', 'kvarskrivning\\p{L}*',
  ]),
));

/** Records of social services, healthcare and school, secret by law (OSL) when about a person. */
const SECRET_RECORD = new GatedRegex(re(
  words([
    'journal\\p{L}*', 'lvu\\p{L}*', 'lvm\\p{L}*', 'lpt', 'orosanmälan\\p{L}*', 'orosanmälning\\p{L}*', 'orosanmält', 'bup', 'utredning hos \\p{L}+', 'faderskapsutredning\\p{L}*', 'familjerätt\\p{L}*', 'vårdnadsutredning\\p{L}*',
    'barnavårdsutredning\\p{L}*', 'socialutredning\\p{L}*', 'utredningen', 'gentest\\p{L}*', 'provsvar\\p{L}*', 'medical record\\p{L}*', 'patient record\\p{L}*',
    // "Soc har öppnat en utredning om lille Elias Andersson": an investigation of a named child.
    '(?:soc|socialen|socialtjänsten) (?:har )?(?:öppnat|inlett|startat|gör|gjort) (?:en )?utredning',
    // "Socialen tog barnen från Jessica på Storgatan": children taken into care.
    '(?:soc|socialen|socialtjänsten) (?:har )?(?:tog|tagit|omhändertog|omhändertagit|placerade|placerat) (?:\\p{L}+ )?(?:barnen|barnet|dottern|sonen|ungarna|flickan|pojken|tjejen|killen)',
  ]),
));

/** Someone who got the information through their job or from staff who did. */
const INSIDER_DISCLOSURE = new GatedRegex(re(
  words([
    // School health staff too: "Skolsköterskan sa att Wilma i 5C har löss".
    '(?:handläggaren|socialsekreteraren|socialtjänsten|soc|läkaren|doktorn|sjuksköterskan|undersköterskan|kuratorn|skolsköterskan|skolkuratorn|skolläkaren|skolpsykologen|elevhälsan|\\p{L}*läraren|\\p{L}*lärarn|fröken|mentorn|rektorn|\\p{L}*personalen|kollega\\p{L}*)(?:\\s+\\p{L}+){0,3}\\s+(?:har )?(?:berättade|berättat|sa|sade|sagt|skickade|visade|avslöjade|läste|skrev|nämnde|skvallrade|skvallrat|pratade)',
    // Working at the office that holds the records: "Jobbar på socialtjänsten och kan säga att …".
    '(?:jag )?(?:jobbar|arbetar) (?:på|inom|i) (?:soc|socialen|socialtjänsten|\\p{L}*skolan|vårdcentralen|bup|psykiatrin|elevhälsan|hemtjänsten|\\p{L}*boendet|vården|akuten|sjukhuset)(?:\\s+\\p{L}+){0,6}\\s+(?:kan säga|kan berätta|vet|såg|har sett|ska veta|måste säga|vill berätta)',
    // A seat on the board that decides: "Sitter i nämnden och vet att pojken …".
    'sitter i (?:\\p{L}*nämnden)(?:\\s+\\p{L}+){0,3}\\s+(?:vet|kan säga|kan berätta)',
    // Someone the writer knows, who works there: "min kusin jobbar på vårdcentralen och sa att …", "min kompis mamma jobbar på socialen".
    '(?:min|mitt|en|ett) (?:\\p{L}+ ){0,2}(?:som )?(?:jobbar|arbetar) (?:på|inom|i) \\p{L}+(?:\\s+\\p{L}+){0,3}\\s+(?:sa|sade|berättade|säger|har sagt|har berättat|råkade säga|råkade berätta|nämnde)',
    // "Enligt en källa på soc har familjen Haddad …".
    '(?:enligt|från) (?:en |min )?(?:säker )?(?:källa|kontakt|kompis|bekant) (?:på|inom|i) (?:soc|socialen|socialtjänsten|vårdcentralen|bup|psykiatrin|skolan|elevhälsan|försäkringskassan|kommunen)',
    '(?:som|jag är|jag jobbar som|jag arbetar som)\\s+(?:\\p{L}+\\s+)?(?:undersköterska|sjuksköterska|läkare|socialsekreterare|handläggare|lärare|kurator|skyddsombud|personal|vårdbiträde|\\p{L}*assistent|god man|kontaktfamilj|stödfamilj|kontaktperson|familjehem|jourhem)',
    // Care staff naming a resident: "Jag jobbar natt på Solgården och Gösta i rum 7 …", "Brukaren i rum 12 … Jag vet för jag jobbade där".
    '(?:jobbar|arbetar)(?: natt| kväll| dag| helg| extra)? (?:på|inom|i) (?:\\p{L}*boendet|\\p{L}+gården|\\p{L}*hemmet|hemtjänsten|avdelning\\p{L}*)[^.!?\\n]{0,120}?(?:rum \\d+|brukaren|patienten|en av de boende)',
    'jag vet (?:för|eftersom) jag (?:jobbar|jobbade|arbetar|arbetade)',
    'kan jag berätta att', 'told me that', 'the (?:doctor|nurse|social worker|caseworker) (?:told|said)',
  ]),
));

/** A particular third person: a name, a room, a pupil by class ("Wilma i 5C"), "familjen X", "grannes", "rektorns son", "sonen till rektorn". */
const THIRD_PERSON = /(?<![\p{L}\p{N}])(?:rum|room|avdelning|lgh)\s+\d+|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ i \d{1,2}[A-Za-zÅÄÖåäö](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ i \d{3,4}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:pojken|flickan|tjejen|killen|mannen|kvinnan|barnet|eleven) \p{Lu}\p{Ll}+|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ på \p{Lu}\p{Ll}+(?:gatan|vägen|stigen|gränd)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:familjen|fru|herr|mr|mrs|ms|grannen)\s+\p{Lu}|(?<![\p{L}\p{N}])(?:familjen|grannen|grannarna) (?:på|i) \p{Lu}\p{Ll}+|(?<![.!?]\s|^)(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:s)?\s+\p{Lu}\p{Ll}+|(?<![\p{L}\p{N}])(?:\p{L}+s (?:pappa|mamma|son|dotter|barn|fru|man|sambo|bror|syster)|min grannes|hans|hennes|min exman|min exfru|exmannen|exfrun)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:sonen|dottern|barnet|barnen|frun|mannen|sambon|pappan|mamman) (?:till|åt) (?:rektorn|läraren|grannen|grannarna|chefen|handläggaren|kommunalrådet|politikern|prästen|ordföranden|\p{L}+s (?:ordförande|chef|rektor)|\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;

const OWN_JOURNAL = /(?<![\p{L}\p{N}])(?:min|mitt|mina)\s+journal/u;

/** NFC form of the original text for the capital-letter checks; text below U+0300 is NFC already. */
function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return text.normalize('NFC');
  return text;
}

/**
 * Evidently secret information: text marked secret, or social-services, healthcare or school records
 * about a particular person, or an insider passing them on. `original` is the text as written (names
 * need capitals; read in NFC), `lower` its normalised form and `index` that prepared once.
 */
export function detectConfidential(original: string, lower: string, index: TextIndex = new TextIndex(lower)): CaseSignal | null {
  const marked = MARKED_SECRET.exec(index, lower);
  if (marked) return { confidence: 0.8, rule: 'intent.confidential.marked', start: marked.index, end: marked.index + marked[0].length };
  const record = SECRET_RECORD.exec(index, lower);
  const insider = record ? null : INSIDER_DISCLOSURE.exec(index, lower);
  if (!record && !insider) return null;
  // Looking for a particular person is the costly part: only done when a record or insider is there.
  const aboutSomeone = THIRD_PERSON.test(nfc(original));
  if (record && (aboutSomeone || OWN_JOURNAL.test(lower))) {
    return { confidence: 0.75, rule: 'intent.confidential.record', start: record.index, end: record.index + record[0].length };
  }
  const insiderHit = record ? INSIDER_DISCLOSURE.exec(index, lower) : insider;
  if (insiderHit && aboutSomeone) {
    return { confidence: 0.7, rule: 'intent.confidential.insider', start: insiderHit.index, end: insiderHit.index + insiderHit[0].length };
  }
  if (record) return { confidence: 0.4, rule: 'intent.confidential.record-general', start: record.index, end: record.index + record[0].length };
  return null;
}
