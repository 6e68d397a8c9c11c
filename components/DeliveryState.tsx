import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/app-db';
import type { OutboxItem } from '@/utils/db/records';
import type { Lang } from '@/utils/ui/strings';
import { describeRecord, mailtoLink } from '@/utils/evidence/package';
import { loadSettings } from '@/utils/settings/store';
import { reasonText } from '@/utils/ui/reason-text';
import { swedishDateTime } from '@/utils/log/time';

const LABELS: Record<Lang, Record<OutboxItem['state'], string>> = {
  sv: { queued: 'I kö till registrator', sending: 'Skickas …', sent: 'Skickad', failed: 'Misslyckades' },
  en: { queued: 'Queued for the registrar', sending: 'Sending …', sent: 'Sent', failed: 'Failed' },
};

/** The mailto: fallback when the .eml draft cannot be opened: the record as text, no attachments. */
async function openAsMail(evidenceId: string): Promise<void> {
  const evidence = await db().evidence.get(evidenceId);
  if (!evidence) return;
  const { settings } = await loadSettings();
  const { subject, lines } = describeRecord(evidence.recordJson, evidence.recordSha256);
  window.open(mailtoLink(settings.registrar.email, subject, lines));
}

/** Where the documentation of one comment is: saved, queued, sent (with the receipt) or failed (with why). */
export function DeliveryState({ by, value, lang, onRetry }: { by: 'commentKey' | 'evidenceId'; value: string; lang: Lang; onRetry(id: string): void }) {
  const items = useLiveQuery(() => db().outbox.where(by).equals(value).sortBy('at'), [by, value]);
  if (!items || items.length === 0) return null;
  return (
    <ul className="deliveries" aria-label={lang === 'sv' ? 'Dokumentation' : 'Documentation'}>
      {items.map((item) => (
        <li key={item.id} className={`delivery delivery-${item.state}`} data-state={item.state}>
          <span>{lang === 'sv' ? 'Sparad' : 'Saved'} {swedishDateTime(item.at)} · {LABELS[lang][item.state]}</span>
          {item.receipt && item.state === 'sent' && <span className="receipt"> · {item.receipt}</span>}
          {item.lastError && item.state !== 'sent' && <span className="error"> · {reasonText(item.lastError, lang)}</span>}
          {item.transport === 'email' && item.state === 'sent' && (
            <button type="button" className="link-button" onClick={() => void openAsMail(item.evidenceId)}>
              {lang === 'sv' ? 'Öppna som e-post utan bilagor' : 'Open as e-mail without attachments'}
            </button>
          )}
          {(item.state === 'failed' || (item.state === 'queued' && item.attempts > 0)) && (
            <button type="button" className="action-button" onClick={() => onRetry(item.id)}>
              {lang === 'sv' ? 'Försök igen nu' : 'Retry now'}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
