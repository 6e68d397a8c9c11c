import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/utils/db/app-db';
import type { OutboxItem } from '@/utils/db/records';
import type { Lang } from '@/utils/ui/strings';

const LABELS: Record<Lang, Record<OutboxItem['state'], string>> = {
  sv: { queued: 'I kö till registrator', sending: 'Skickas …', sent: 'Skickad', failed: 'Misslyckades' },
  en: { queued: 'Queued for the registrar', sending: 'Sending …', sent: 'Sent', failed: 'Failed' },
};

/** Where the documentation of one comment is: saved, queued, sent (with the receipt) or failed (with why). */
export function DeliveryState({ by, value, lang, onRetry }: { by: 'commentKey' | 'evidenceId'; value: string; lang: Lang; onRetry(id: string): void }) {
  const items = useLiveQuery(() => db().outbox.where(by).equals(value).sortBy('at'), [by, value]);
  if (!items || items.length === 0) return null;
  return (
    <ul className="deliveries" aria-label={lang === 'sv' ? 'Dokumentation' : 'Documentation'}>
      {items.map((item) => (
        <li key={item.id} className={`delivery delivery-${item.state}`} data-state={item.state}>
          <span>{lang === 'sv' ? 'Sparad' : 'Saved'} {item.at.slice(0, 16).replace('T', ' ')} · {LABELS[lang][item.state]}</span>
          {item.receipt && item.state === 'sent' && <span className="receipt"> · {item.receipt}</span>}
          {item.lastError && item.state !== 'sent' && <span className="error"> · {item.lastError}</span>}
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
