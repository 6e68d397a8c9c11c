import { describe, expect, it } from 'vitest';
import { analyze } from '@/rules/analyze';

const flagged = (text: string) => [...new Set(analyze(text).filter((f) => f.confidence >= 0.5).map((f) => f.category))];

// Bugs found on the demo pages; each failed before its fix.
describe('intent regressions', () => {
  it('praise that mentions waiting is not an individual case', () => {
    expect(flagged('Äntligen! Vi har väntat länge på ett nytt badhus 😍 Stort tack till alla som jobbat med det.')).not.toContain('personal.case');
  });

  it('waiting for one’s own decision still is', () => {
    expect(flagged('Jag har väntat på beslut om bygglov sedan i maj, kan ni kolla?')).toContain('personal.case');
  });

  it('a refusal someone else got is not the writer\'s matter; one the writer got is', () => {
    expect(flagged('Jag vet att familjen Hosseini fick avslag på asylen förra veckan.')).not.toContain('personal.case');
    expect(flagged('Grannen har fått avslag på bygglovet.')).not.toContain('personal.case');
    expect(flagged('Vi har fått avslag igen, hur överklagar vi?')).toContain('personal.case');
  });
});
