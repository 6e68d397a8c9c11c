import { describe, expect, it } from 'vitest';
import type { Category } from '@/rules/categories';
import { detectIntent } from '@/rules/intent';

const flags = (text: string, category: Category) => detectIntent(text, {}).some((f) => f.category === category && f.confidence >= 0.5);

describe('needs-reply', () => {
  it.each([
    'När plogas Storgatan?',
    'Kan ni ringa mig om bygglovet?',
    'Varför är biblioteket stängt idag',
    'hur gör man för att boka lokal i Folkets hus',
    'Vart vänder man sig om man hittat en skadad fågel',
    'Jag undrar om simhallen har öppet på annandagen.',
    'Går det att hämta ut grovsoppåsar på biblioteket',
    'Hej! Finns det lediga tider i tvättstugan på fritidsgården?',
    'När töms containrarna vid återvinningsstationen',
    'Gatlyktan utanför skolan fungerar inte sedan i måndags.',
    'When does the library open on Saturdays?',
    'Can you fix the swings in the park',
    '@kommunen vilka tider gäller för badet i sommar?',
    'Hej, har skickat mejl tre gånger utan svar',
    'Väntar fortfarande på svar från socialtjänsten',
    'Har inte fått något svar på min ansökan',
  ])('flags a question or request to the organisation: %s', (text) => {
    expect(flags(text, 'needs-reply')).toBe(true);
  });

  it.each([
    'Varför är ni så jävla inkompetenta?',
    'Tack för en fin konsert igår!',
    'Bra jobbat med snöröjningen 👏',
    '@anna_b vet du om det finns parkering där?',
    'Någon som vet en bra frisör i centrum?',
    'Vilken underbar dag det blev på torget',
    'Är det sånt här vi betalar skatt för?',
    'Förskolorna behöver mer resurser.',
    'Hon gick därifrån utan svar',
  ])('does not flag insults, thanks, opinions or questions to other readers: %s', (text) => {
    expect(flags(text, 'needs-reply')).toBe(false);
  });

  it('keeps a rhetorical insult as a low-confidence finding the editor can still see', () => {
    const findings = detectIntent('Varför är ni så jävla inkompetenta?', {}).filter((f) => f.category === 'needs-reply');
    expect(findings).toHaveLength(1);
    expect(findings[0].confidence).toBeLessThan(0.5);
  });
});

describe('personal.case', () => {
  it.each([
    'Min ansökan om bygglov har legat i tre månader nu.',
    'Jag har sökt förskoleplats men inte fått något besked.',
    'Vi fick avslag på bostadsanpassningen, hur överklagar vi?',
    'Jag vill överklaga beslutet om skolskjuts.',
    'Handläggaren har inte svarat på mina mejl sedan mars.',
    'Mitt bostadsbidrag har inte kommit den här månaden',
    'Min mamma behöver hemtjänst, vem ska jag kontakta?',
    'Jag har fått en parkeringsbot fast jag hade tillstånd.',
  ])('flags the writer’s own matter: %s', (text) => {
    expect(flags(text, 'personal.case')).toBe(true);
  });

  it.each([
    'Förskolorna behöver mer resurser.',
    'Behöver man bygglov för ett växthus?',
    'Hur ansöker man om färdtjänst?',
    'Jag jobbar inom hemtjänsten och det är tufft just nu.',
    'Bra att ni bygger fler äldreboenden.',
  ])('does not flag general opinions or rule questions: %s', (text) => {
    expect(flags(text, 'personal.case')).toBe(false);
  });

  it('a personal case also needs an answer about where to turn', () => {
    expect(flags('Min ansökan om försörjningsstöd har legat hos er i sex veckor.', 'needs-reply')).toBe(true);
  });
});

describe('confidential', () => {
  it.each([
    'Familjen på tredje våningen har skyddad identitet, de kom i höstas.',
    'Enligt journalen har Sven Olsson i rum 12 demens.',
    'Det här är konfidentiellt och får inte spridas: skolan ska stängas.',
    'Soc har gjort en orosanmälan om familjen Karlsson efter det som hände.',
    'Sekretessbelagd handling: utredningen om pojken på Ekvägen.',
  ])('flags evidently secret information: %s', (text) => {
    expect(flags(text, 'confidential')).toBe(true);
  });

  it.each([
    'Socialtjänsten har sekretess och kan inte kommentera enskilda fall.',
    'Hur lång tid tar en sekretessprövning av allmänna handlingar?',
    'Hur många orosanmälningar kom in förra året?',
  ])('does not flag talk about secrecy that reveals nothing: %s', (text) => {
    expect(flags(text, 'confidential')).toBe(false);
  });
});

describe('offsets and hostile input', () => {
  it('cites the original text exactly, also with decomposed å/ä/ö', () => {
    const text = 'Hej! Na\u0308r o\u0308ppnar badet? Min ansökan om förskoleplats är borta.';
    const findings = detectIntent(text, {});
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.evidence);
    expect(findings.some((f) => f.category === 'needs-reply')).toBe(true);
  });

  it('returns results of the right shape for long and hostile texts', () => {
    for (const input of ['?'.repeat(1_000_000), 'a'.repeat(10_000), 'min '.repeat(10_000), '<script>när?</script>\u202e', 'Kan ni ringa mig? '.repeat(50_000)]) {
      const findings = detectIntent(input, {});
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings) expect(input.slice(f.start, f.end)).toBe(f.evidence);
    }
    expect(detectIntent(null as unknown as string, {})).toEqual([]);
  });
});
