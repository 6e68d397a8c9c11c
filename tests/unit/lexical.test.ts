import { describe, expect, it } from 'vitest';
import { detectLexical } from '@/rules/lexical';
import { FLAG_THRESHOLD, type Category } from '@/rules/categories';

function flagged(text: string): Set<Category> {
  return new Set(detectLexical(text, {}).filter((f) => f.confidence >= FLAG_THRESHOLD).map((f) => f.category));
}

function expectFlags(text: string, ...categories: Category[]): void {
  const got = flagged(text);
  for (const c of categories) expect(got, `${c} in: ${text}`).toContain(c);
}

function expectNot(text: string, ...categories: Category[]): void {
  const got = flagged(text);
  for (const c of categories) expect(got, `${c} should not be in: ${text}`).not.toContain(c);
}

describe('sensitive data needs a person', () => {
  it('flags health, religion, sexuality, ethnicity said of a person', () => {
    expectFlags('Min farfar har Parkinson och behöver hjälp med medicinen', 'sensitive.health');
    expectFlags('Grannen är muslim och fastar nu', 'sensitive.religion');
    expectFlags('Jag är gay och vill engagera mig i föreningen', 'sensitive.sexuality');
    expectFlags('Vår nya granne är kurd', 'sensitive.ethnicity');
    expectFlags('Min svåger är med i Unionen sedan länge', 'sensitive.union');
    expectFlags('Rektorn lider av depression, alla vet det', 'sensitive.health');
    expectFlags('Mitt barn har autism och får inget stöd', 'sensitive.health');
    expectFlags('Våra barn har astma', 'sensitive.health');
    expectNot('Barnen på förskolan har löss', 'sensitive.health');
  });

  it('does not flag the same words about a topic', () => {
    expectNot('Cancervården i regionen behöver mer pengar', 'sensitive.health');
    expectNot('Demensboendet på Ekgatan får nya lokaler', 'sensitive.health');
    expectNot('Jag jobbar på ett demensboende och trivs', 'sensitive.health');
    expectFlags('Hon har fått ett cancerbesked', 'sensitive.health');
    expectNot('Moskén har öppet hus på lördag', 'sensitive.religion');
    expectNot('Kommunal och arbetsgivarna har skrivit nytt avtal', 'sensitive.union');
    expectNot('Pride-festivalen kommer tillbaka i år 🌈', 'sensitive.sexuality');
  });

  it('flags politics said of a person but not a writer arguing their own view', () => {
    expectFlags('Hans fru är vänsterpartist, så klart han röstar nej', 'sensitive.politics');
    expectFlags('Bibliotekarien är med i SD, visste ni det?', 'sensitive.politics');
    expectNot('Som moderat tycker jag att skatten ska sänkas', 'sensitive.politics');
  });

  it('flags biometric data of a person, not a debate about the technique', () => {
    expectFlags('Jag har hennes fingeravtryck från dörren', 'sensitive.biometric');
    expectNot('Fingeravtrycksläsare i skolan är ett integritetsproblem', 'sensitive.biometric');
  });
});

describe('prohibited content', () => {
  it('an insult aimed at a person is a personal attack; swearing at nothing is obscenity', () => {
    expectFlags('Du är en jävla pajas', 'prohibited.attack');
    expectFlags('Nämndordföranden är en korrupt lögnare', 'prohibited.attack');
    expectFlags('ni är idioter allihop på förvaltningen', 'prohibited.attack');
    expectFlags('Fan också, bussen är sen igen', 'prohibited.obscene');
    expectNot('Fan också, bussen är sen igen', 'prohibited.attack');
  });

  it('hard but fair criticism of a decision is not an attack', () => {
    expectNot('Beslutet att stänga badhuset är helt fel och dåligt underbyggt', 'prohibited.attack');
    expectNot('Ett korkat och kortsiktigt förslag från nämnden', 'prohibited.attack');
    expectNot('Planeringen av vägarbetet är värdelös', 'prohibited.attack');
  });

  it('a slur for a group is hate; aimed at someone it is an attack too', () => {
    expectFlags('Alla svartskallar borde ut härifrån', 'prohibited.hate');
    expectFlags('Alla muslimer är kriminella', 'prohibited.hate');
    expectFlags('Hon i kassan är en jävla blatte', 'prohibited.hate', 'prohibited.attack');
    expectNot('Fler flyktingar kommer till kommunen i år, hur ska vi ordna boende?', 'prohibited.hate');
  });

  it('flags threats with a victim and leaves idioms alone', () => {
    expectFlags('Jag ska döda dig', 'prohibited.threat');
    expectFlags('vi vet var du bor', 'prohibited.threat');
    expectFlags('Någon borde skjuta honom', 'prohibited.threat');
    expectFlags('Den där chefen borde hängas', 'prohibited.threat');
    expectFlags('Du ska få se 🔪🔪', 'prohibited.threat');
    expectNot('Höstens bästa deckare 📚🔪 finns på biblioteket', 'prohibited.threat');
    expectNot('Kan vi skjuta upp mötet till nästa vecka?', 'prohibited.threat');
    expectNot('Se upp för döda vinkeln vid korsningen', 'prohibited.threat');
    expectNot('Vi slog publikrekordet igen!', 'prohibited.threat');
  });

  it('flags threats against the municipality’s buildings and meetings, not blasting rock or budgets', () => {
    for (const threat of [
      'Jag ska spränga kommunhuset', 'JAG SKA SPRÄNGA KOMMUNHUSET', 'Någon borde bomba stadshuset', 'Sätt eld på socialkontoret!!',
      'Kommunhuset borde sprängas i luften', 'Snart smäller det på kommunhuset', 'Jag kommer med kniven till nästa möte',
      'Jag tar med mig ett gevär till fullmäktigemötet', 'Jag ska skjuta ihjäl hela nämnden',
      'Jag tar med mig kniven till mötet. Tårtan får ni skära själva',
    ]) expectFlags(threat, 'prohibited.threat');
    for (const innocent of [
      'Kommunen spränger berget vid skolan', 'Vi spränger budgeten om vi bygger nytt', 'Vi spränger skolans budget', 'Berget ska sprängas i vår',
      'Det smällde rejält på nyårsafton vid kommunhuset', 'Fyrverkerierna smäller vid stadshuset ikväll', 'Jag såg en man med kniv vid skolan',
      'Ingen tänker spränga skolan, lugna er', 'Vi skjuter på mötet till nästa vecka', 'Jag tar med kniv och gaffel till picknicken',
      'Jag tar med mig kniven till mötet för att skära tårtan', 'Jag kommer med kniven till mötet, till fikat',
    ]) expectNot(innocent, 'prohibited.threat');
  });

  it('flags violence against a group, in Swedish and in short English, and threats ending in exclamation marks', () => {
    expectFlags('Skjut invandrarna', 'prohibited.threat');
    expectFlags('Kill all muslims', 'prohibited.threat');
    expectFlags('kill the jews', 'prohibited.threat');
    expectFlags('Muslims should die', 'prohibited.threat');
    expectFlags('Jag ska döda dig!!', 'prohibited.threat');
    expectFlags('Du är en idiot!!', 'prohibited.attack');
    expectFlags('Du är en idiot!!1', 'prohibited.attack');
    expectFlags('Politikerna borde brinna', 'prohibited.threat');
    expectFlags('Hoppas ni brinner i helvetet', 'prohibited.threat');
    expectNot('Ljusen ska brinna hela natten i kyrkan', 'prohibited.threat');
    expectNot('Kill the lights please', 'prohibited.threat');
    expectNot('Den innehöll en svart "Hervanta must die"-t-shirt', 'prohibited.threat');
  });

  it('flags a named employee called names, people called a rabble, and being told to go back to one’s own country', () => {
    expectFlags('Annika på bygglov är helt inkompetent', 'prohibited.attack');
    expectFlags('Jävla sossepack', 'prohibited.attack');
    expectFlags('Vänsterpacket förstör Sverige', 'prohibited.attack');
    expectFlags('Jävla invandrarpack', 'prohibited.hate');
    expectFlags('Muslimer är en cancer i samhället', 'prohibited.hate');
    expectFlags('Stick tillbaka till ditt eget land', 'prohibited.hate');
    expectFlags('Åk hem till Somalia', 'prohibited.hate');
    expectNot('Kvinnor drabbas oftare av cancer', 'prohibited.hate');
    expectNot('Åk hem till mormor i helgen', 'prohibited.hate');
    expectNot('Köp ett sexpack öl till grillen', 'prohibited.attack');
  });

  it('flags urging others to break the law', () => {
    expectFlags('Bränn ner kommunhuset', 'prohibited.incitement');
    expectFlags('Gå inte och betala skatten, vägra', 'prohibited.incitement');
    expectFlags('Strunta i parkeringsavgiften, ingen kollar ändå', 'prohibited.incitement');
    expectNot('Överklaga beslutet innan fredag!', 'prohibited.incitement');
  });

  it('flags any reference to child abuse material', () => {
    expectFlags('Någon som har barnporr att byta?', 'prohibited.csam');
    expectFlags('Skicka bilder på din dotter naken', 'prohibited.csam');
    expectNot('Förskolan lägger ut bilder på barnen från utflykten', 'prohibited.csam');
  });

  it('flags sexual content and harassment but not the word sexy about a building', () => {
    expectFlags('Vill knulla dig ikväll', 'prohibited.sexual');
    expectFlags('Snygging 😏 skicka nudes', 'prohibited.sexual');
    expectNot('Vilken snygg ny bro!', 'prohibited.sexual');
  });

  it('flags spam and scams from combined signals', () => {
    expectFlags('Tjäna 8000 kr i veckan hemifrån, klicka här: bit.ly/xyz123', 'prohibited.commercial');
    expectFlags('Säljer ved, 500 kr/säck, skriv dm', 'prohibited.commercial');
    expectFlags('Köp bitcoin nu, garanterat 200% vinst', 'prohibited.commercial');
    expectFlags('Bästa erbjudandena: https://a.example/1 https://b.example/2 https://c.example/3', 'prohibited.commercial');
    expectNot('Kostar det 40 kr att parkera vid simhallen?', 'prohibited.commercial');
    expectNot('Läs mer på www.kommun.se', 'prohibited.commercial');
  });

  it('flags pasted articles and piracy links', () => {
    expectFlags('Hela filmen gratis här: film-gratis.xyz', 'prohibited.copyright');
    expectFlags('Torrent till nya säsongen finns i tråden', 'prohibited.copyright');
    expectNot('Filmklubben visar en klassiker på fredag, fri entré', 'prohibited.copyright');
  });
});

describe('evasion and the allow-list', () => {
  it('sees through leetspeak, split letters, repeats, Cyrillic and compounds', () => {
    expectFlags('du är en 1d10t', 'prohibited.attack');
    expectFlags('Du är en i d i o t', 'prohibited.attack');
    expectFlags('Hon i receptionen är en h.o.r.a', 'prohibited.attack', 'prohibited.hate');
    expectFlags('du är en idiiiiiot', 'prohibited.attack');
    expectFlags('Du är en іdіоt', 'prohibited.attack'); // Cyrillic і and о
    expectFlags('jävlaidioter på kontoret', 'prohibited.attack');
    expectFlags('Svinkommunen har höjt avgiften igen', 'prohibited.attack');
    expectNot('Det är svinkallt ute och matsvinnet ökar', 'prohibited.attack');
  });

  it('does not flag place names and innocent compounds', () => {
    for (const text of ['Bussen till Fittja är inställd', 'Vi badade i Kuksjön', 'Slutspelet börjar i morgon', 'Matsvinnet i skolan måste minska', 'Vi åkte förbi Horred', 'En negativ trend i statistiken', 'Kukkolaforsen är fin i juni', 'Chokladbollen hette negerboll förr i tiden', 'Slå upp ordet i ordboken', 'Håret var ett enda knullrufs i morse']) {
      expect(flagged(text).size, text).toBe(0);
    }
  });
});

describe('findings', () => {
  it('cite exact offsets into the original text, a rule and a lexicon entry', () => {
    const texts = ['Du är en i\u200Bd\u200Bi\u200Bo\u200Bt', 'Kоmmunаlrådet är en idiоt', 'hej 😡 j@vla sk1t', 'Min mamma har demens.'];
    for (const text of texts) {
      const findings = detectLexical(text, {});
      expect(findings.length, text).toBeGreaterThan(0);
      for (const f of findings) {
        expect(text.slice(f.start, f.end)).toBe(f.evidence);
        expect(f.rule).toBe(`lex.${f.category}`);
        expect(typeof f.entry).toBe('string');
        expect(f.confidence).toBeGreaterThan(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('returns findings for hostile input without throwing', () => {
    const hostile = [
      'idiot '.repeat(200_000), // over 1 MB
      'jävla idiot, fan! '.repeat(60_000), // over 1 MB of insults and swearing
      'a'.repeat(10_000),
      '1 '.repeat(10_000),
      'e' + '\u0301'.repeat(5_000),
      '\u202Ejävla idiot\u202C'.repeat(100),
      '<script>alert("idiot")</script>',
      '\uD800\uDC00\uD800 lone surrogates \uDC00',
      '"'.repeat(1000) + 'döda dig',
    ];
    for (const text of hostile) {
      const findings = detectLexical(text, {});
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings.slice(0, 50)) expect(text.slice(f.start, f.end)).toBe(f.evidence);
    }
    expect(detectLexical(undefined as unknown as string, {})).toEqual([]);
  }, 60_000);
});
