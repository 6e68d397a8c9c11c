import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
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

/** Failures the settings mend (no address set, no access granted): the reason says "inställd"/"Inställningar". */
const SETTINGS_AT_FAULT = /inställ/i;

/** A file "delivered" is saved in Downloads, not yet with the registrator: the editor sends the draft or hands over the ZIP. */
const SAVED_AS_FILE: Record<Lang, Record<Exclude<OutboxItem['transport'], 'http'>, string>> = {
  sv: { email: 'E-postutkast sparat, inte skickat', download: 'ZIP sparad, inte lämnad' },
  en: { email: 'E-mail draft saved, not sent', download: 'ZIP saved, not handed over' },
};

function stateLabel(item: OutboxItem, lang: Lang): string {
  return item.state === 'sent' && item.transport !== 'http' ? SAVED_AS_FILE[lang][item.transport] : LABELS[lang][item.state];
}

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
          <span>{lang === 'sv' ? 'Sparad' : 'Saved'} {swedishDateTime(item.at)} · {stateLabel(item, lang)}</span>
          {item.receipt && item.state === 'sent' && <span className="receipt"> · {item.receipt}</span>}
          {item.lastError && item.state !== 'sent' && <span className="error"> · {reasonText(item.lastError, lang)}</span>}
          {item.state === 'failed' && SETTINGS_AT_FAULT.test(item.lastError ?? '') && (
            <> <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{lang === 'sv' ? 'Öppna inställningar' : 'Open settings'}</a></>
          )}
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
