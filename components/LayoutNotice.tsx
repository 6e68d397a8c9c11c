import type { LayoutMiss } from '@/rules/snapshot';
import { STRINGS, type Lang } from '@/utils/ui/strings';
import { unrecognisedParts } from './layout-parts';

/**
 * Says plainly when the adapter did not recognise the page and which part of it, in the editor's
 * words; the adapter's own (English, technical) names are folded away for IT support.
 */
export function LayoutNotice({ misses, lang }: { misses: LayoutMiss[]; lang: Lang }) {
  if (misses.length === 0) return null;
  const t = STRINGS[lang];
  return (
    <div role="alert" className="notice notice-warning">
      <strong>{t.layoutUnrecognised}</strong>
      <p>{unrecognisedParts(misses.map((m) => m.part), lang)}</p>
      <p>{t.layoutHelp}</p>
      <details>
        <summary>{t.layoutDetails}</summary>
        <ul lang="en">{misses.map((m) => <li key={m.part}><code>{m.part}</code>: {m.detail}</li>)}</ul>
      </details>
    </div>
  );
}
