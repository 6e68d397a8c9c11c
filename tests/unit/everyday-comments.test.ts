import { describe, expect, it } from 'vitest';
import { analyze } from '@/rules/analyze';
import { FLAG_THRESHOLD, type Category } from '@/rules/categories';

// Comments written for this test, not taken from the corpus the word lists were written against:
// what a municipality's page gets on an ordinary day. Each case failed before its fix.
const flagged = (text: string): Category[] =>
  [...new Set(analyze(text).filter((f) => f.confidence >= FLAG_THRESHOLD).map((f) => f.category))].sort();

describe('everyday words are not flagged as what they also can mean', () => {
  it.each([
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
  ] as Array<[string, Category[]]>)('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

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
    ['Den som fattade det här beslutet borde få en kula i huvudet.', 'prohibited.threat'],
    ['Jag tänder eld på ditt hus om ni river min friggebod', 'prohibited.threat'],
    ['Akta dig Peter, jag vet vilken bil du kör.', 'prohibited.threat'],
    ['Jävla muslimer, skicka hem allihop', 'prohibited.hate'],
    ['Somalierna borde skickas tillbaka dit de kom ifrån', 'prohibited.hate'],
    ['Invandrarjävlar förstör vårt land', 'prohibited.hate'],
    ['Svarta måste bort från vårt land', 'prohibited.hate'],
    ['Du är sjuk i huvudet', 'prohibited.attack'],
    ['Min pappa låg med feber i en vecka på äldreboendet utan att någon ringde läkare.', 'sensitive.health'],
    ['Innehåller skolmaten nötter? Min son är allergisk.', 'sensitive.health'],
    ['Min mejl är kalle.anka(at)telia.com, hör av er', 'personal.contact'],
  ] as Array<[string, Category]>)('%s is %s', (text, category) => {
    expect(flagged(text)).toContain(category);
  });
});
