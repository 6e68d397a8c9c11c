import { useId, useState } from 'react';
import { Lock } from '@/components/Field';
import type { Lang } from '@/utils/ui/strings';

/**
 * A number as people write it: "2,5" and "2.5" are both two and a half, "36 500" is thirty-six
 * thousand five hundred. A type="number" input reads "2,5" by the browser's locale instead: under an
 * English locale it became 25, in silence. Here the text is read by these rules; what cannot be read
 * becomes NaN, which the settings schema refuses with a message on the field, so nothing odd is saved.
 */
export function readNumber(text: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00A0\u202F]/gu, '');
  if (!compact) return undefined;
  if (!/^[-−]?\d+(?:[.,]\d+)?$/u.test(compact)) return NaN;
  return Number(compact.replace('−', '-').replace(',', '.'));
}

/** "2,5" in Swedish, "2.5" in English. */
export function writeNumber(value: number | undefined, lang: Lang): string {
  if (value === undefined || Number.isNaN(value)) return '';
  return lang === 'sv' ? String(value).replace('.', ',') : String(value);
}

const same = (a: number | undefined, b: number | undefined) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** A labelled number field with the same parts as components/Field (label, lock, hint, message). */
export function NumberField({ label, value, onChange, error, locked, hint, decimals, lang }: {
  label: string; value: number | undefined; onChange(value: number | undefined): void; error?: string; locked?: boolean;
  hint?: string; decimals?: boolean; lang: Lang;
}) {
  const id = useId();
  // What the editor wrote, while it still reads as the value (a value set elsewhere, by an import, replaces it).
  const [written, setWritten] = useState<string | null>(null);
  const shown = written !== null && same(readNumber(written), value) ? written : writeNumber(value, lang);
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : '', locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}{locked && <Lock id={`${id}-locked`} lang={lang} />}</label>
      <input id={id} type="text" inputMode={decimals ? 'decimal' : 'numeric'} autoComplete="off" value={shown} disabled={locked}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        onChange={(event) => {
          setWritten(event.target.value);
          onChange(readNumber(event.target.value));
        }} />
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && <small className="error" id={`${id}-error`} role="alert">{error}</small>}
    </div>
  );
}
