import { useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import type { Lang } from '@/utils/ui/strings';
import { DeliveryState } from './DeliveryState';
import { reasonText } from '@/utils/ui/reason-text';
import { confirmDelivery } from '@/utils/ui/background-writes';

const TEXT = {
  sv: { title: 'Dokumentera kontot', halfYear: 'Dokumentera (halvår)', closing: 'Dokumentera inför avslut', working: 'Dokumenterar …',
    done: 'Dokumentationen är sparad som PDF; leveransen till registrator visas nedan.',
    confirmed: (number: string) => `Dokumentationen är markerad som skickad till registrator${number ? `, diarienummer ${number}` : ''}.`,
    closed: (on: string) => `Kontot är avslutat i kontoregistret${on ? ` (${on})` : ''}: det bevakas inte och ska inte halvårsdokumenteras. Dokumentera inför avslut om det inte redan är gjort.`,
    hint: 'Skärmbilden visar bara den del av startsidan som syns i fönstret just nu, inte hela sidan: scrolla till toppen så att namn, '
      + 'profilbild och antal följare syns. Antal följare och inlägg senaste månaden skrivs in om sidan visar dem; inläggen räknas bara bland dem som är inlästa på sidan.' },
  en: { title: 'Document the account', halfYear: 'Document (half-year)', closing: 'Document before closing', working: 'Documenting …',
    done: 'The documentation is saved as a PDF; its delivery to the registrar is shown below.',
    confirmed: (number: string) => `The documentation is marked as sent to the registrar${number ? `, registration number (diarienummer) ${number}` : ''}.`,
    closed: (on: string) => `The account is closed in the account register${on ? ` (${on})` : ''}: it is not monitored and needs no half-year documentation. Document it before closing if that is not done yet.`,
    hint: 'The screenshot shows only the part of the start page visible in the window right now, not the whole page: scroll to the top so that the name, '
      + 'profile picture and number of followers show. Followers and posts last month are written in if the page shows them; posts are counted only among those loaded on the page.' },
} as const;

/**
 * "Dokumentera kontot" on an account's start page: half-year documentation or before closing. A
 * closed account (`closedOn` not null) is documented only before closing: it is no longer watched.
 */
export function AccountDocumentation({ tabId, lang, closedOn = null }: { tabId: number; lang: Lang; closedOn?: string | null }) {
  const t = TEXT[lang];
  const [status, setStatus] = useState('');
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const run = async (reason: 'half-year' | 'closing') => {
    setStatus(t.working);
    const result = await sendMessage('documentAccount', { tabId, reason }).catch((e: unknown) => ({ ok: false as const, reason: String(e) }));
    if (result.ok) setEvidenceId(result.evidenceId);
    setStatus(result.ok ? t.done : reasonText(result.reason, lang));
  };
  // A draft or ZIP is the editor's to send: marked as sent here as for a comment, not only on the log page.
  const confirm = async (outboxId: string, registrationNumber: string) => {
    const result = await confirmDelivery({ outboxId, registrationNumber });
    if (result.ok) setStatus(t.confirmed(registrationNumber.trim()));
    return result;
  };
  return (
    <section className="account-documentation" aria-labelledby="account-doc">
      <h2 id="account-doc">{t.title}</h2>
      {closedOn !== null && <p className="notice">{t.closed(closedOn)}</p>}
      <p className="muted">{t.hint}</p>
      <div className="action-row">
        {closedOn === null && <button type="button" className="action-button primary" onClick={() => void run('half-year')}>{t.halfYear}</button>}
        <button type="button" className={`action-button${closedOn === null ? '' : ' primary'}`} onClick={() => void run('closing')}>{t.closing}</button>
      </div>
      <p role="status">{status}</p>
      {evidenceId && <DeliveryState by="evidenceId" value={evidenceId} lang={lang} onRetry={(id) => void sendMessage('retryDelivery', id)} onConfirm={confirm} />}
    </section>
  );
}
