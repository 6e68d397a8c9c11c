// One rule family that throws on a text neither stops the others nor passes for a clean text unnoticed.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/rules/identifiers', () => ({ detectIdentifiers: () => { throw new RangeError('trasig regel'); } }));
const { analyze, analyzeMany } = await import('@/rules/analyze');

afterEach(() => vi.restoreAllMocks());

describe('a detector that fails', () => {
  it('leaves the other families\' findings, and says which failed in the console', () => {
    const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const text = 'Jag ska döda dig, ring mig på 070-123 45 67';
    for (const findings of [analyze(text), analyzeMany([text])[0]]) {
      expect(findings.map((f) => f.category)).toContain('prohibited.threat');
      expect(findings.map((f) => f.category)).not.toContain('personal.contact');
    }
    expect(said).toHaveBeenCalledWith('Uppsikt: the identifiers rules failed on a text and found nothing in it', expect.any(RangeError));
  });
});
