import { useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import type { Lang } from '@/utils/ui/strings';
import { DeliveryState } from './DeliveryState';
import { reasonText } from '@/utils/ui/reason-text';

const TEXT = {
  sv: { title: 'Dokumentera kontot', halfYear: 'Halvårsdokumentation', closing: 'Inför avslut', working: 'Dokumenterar …',
    done: 'Sparad som PDF och köad till registrator.',
    hint: 'Startsidan fotograferas som den visas nu, med följare och inlägg senaste månaden där sidan visar dem (R13, R14).' },
  en: { title: 'Document the account', halfYear: 'Half-year documentation', closing: 'Before closing', working: 'Documenting …',
    done: 'Saved as PDF and queued for the registrar.',
    hint: 'The start page is captured as shown now, with followers and posts last month where the page shows them (R13, R14).' },
} as const;

/** "Dokumentera kontot" on an account's start page: half-year documentation or before closing. */
export function AccountDocumentation({ tabId, lang }: { tabId: number; lang: Lang }) {
  const t = TEXT[lang];
  const [status, setStatus] = useState('');
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const run = async (reason: 'half-year' | 'closing') => {
    setStatus(t.working);
    const result = await sendMessage('documentAccount', { tabId, reason }).catch((e: unknown) => ({ ok: false as const, reason: String(e) }));
    if (result.ok) setEvidenceId(result.evidenceId);
    setStatus(result.ok ? t.done : reasonText(result.reason, lang));
  };
  return (
    <section className="account-documentation" aria-labelledby="account-doc">
      <h2 id="account-doc">{t.title}</h2>
      <p className="muted">{t.hint}</p>
      <div className="action-row">
        <button type="button" className="action-button primary" onClick={() => void run('half-year')}>{t.halfYear}</button>
        <button type="button" className="action-button" onClick={() => void run('closing')}>{t.closing}</button>
      </div>
      <p role="status">{status}</p>
      {evidenceId && <DeliveryState by="evidenceId" value={evidenceId} lang={lang} onRetry={(id) => void sendMessage('retryDelivery', id)} />}
    </section>
  );
}
