import { z } from 'zod';
import { analyzeMany } from '@/rules/analyze';
import type { Finding, OwnContacts } from '@/rules/types';
import type { Result } from '@/utils/messaging';

const requestSchema = z.object({
  presetId: z.string().max(50),
  texts: z.array(z.object({ id: z.string().max(500), text: z.string().max(2_000_000) })).max(1000),
});

/** Runs the rules on texts a content script sent (untrusted: validated and bounded). */
export function analyzeTexts(input: unknown, own: OwnContacts): Result<{ findings: Finding[][] }> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'Ogiltig begäran om analys.' };
  const { texts } = parsed.data;
  return { ok: true, findings: analyzeMany(texts.map(({ text }) => text), { own }) };
}
