import { useState } from 'react';
import type { Lang } from '@/utils/ui/strings';

const TEXT = {
  sv: { copy: 'Kopiera', copied: 'Kopierat.', failed: 'Kunde inte kopiera; markera texten och kopiera den för hand.' },
  en: { copy: 'Copy', copied: 'Copied.', failed: 'Could not copy; select the text and copy it by hand.' },
} as const;

/** Copies a text to the clipboard and says whether it worked. */
export function ChecklistCopyButton({ text, lang = 'sv', label }: { text: string; lang?: Lang; label?: string }) {
  const t = TEXT[lang];
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="action-button" onClick={() => void copy()}>{label ?? t.copy}</button>
      <span role="status" className={state === 'failed' ? 'error' : 'muted'}>{state === 'idle' ? '' : t[state]}</span>
    </span>
  );
}
