import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { OutboxItem, OutboxState } from '@/utils/db/records';
import type { Lang } from '@/utils/ui/strings';
import { describeRecord, mailtoLink } from '@/utils/evidence/package';
import { loadSettings } from '@/utils/settings/store';
import { reasonText } from '@/utils/ui/reason-text';
import { swedishDateTime } from '@/utils/log/time';
import { deliveryState, documentationOf } from '@/utils/registrar/outbox-state';
import type { Result } from '@/utils/messaging';
import { ConfirmDelivery } from './ConfirmDelivery';
import { useDeliveryChange } from './useDeliveryChange';

const LABELS: Record<Lang, Record<OutboxState, string>> = {
  sv: {
    queued: 'I kö till registrator', sending: 'Skickas …', sent: 'Skickad', failed: 'Misslyckades',
    saved: 'Sparad som fil, inte skickad', blocked: 'Stoppad: ingen åtkomst till registratorns adress',
  },
  en: {
    queued: 'Queued for the registrar', sending: 'Sending …', sent: 'Sent', failed: 'Failed',
    saved: 'Saved as a file, not sent', blocked: 'Stopped: no access to the registrar\'s address',
  },
};

/** Failures the settings mend (no address set, no access granted): the reason says "inställd"/"Inställningar". */
const SETTINGS_AT_FAULT = /inställ/i;

/** A file "delivered" is saved in Downloads, not yet with the registrator: the editor sends the draft or hands over the ZIP. */
const SAVED_AS_FILE: Record<Lang, Record<Exclude<OutboxItem['transport'], 'http'>, string>> = {
  sv: { email: 'E-postutkast sparat, inte skickat', download: 'ZIP sparad, inte lämnad' },
  en: { email: 'E-mail draft saved, not sent', download: 'ZIP saved, not handed over' },
};

const CONFIRMED_BY = { sv: (who: string) => `markerad som skickad av ${who}`, en: (who: string) => `marked as sent by ${who}` };

function stateLabel(item: OutboxItem, lang: Lang): string {
  const state = deliveryState(item);
  if (state === 'saved' && item.transport !== 'http') return SAVED_AS_FILE[lang][item.transport];
  return LABELS[lang][state];
}

/** The mailto: fallback when the .eml draft cannot be opened: the record as text, no attachments. */
async function openAsMail(evidenceId: string): Promise<void> {
  const evidence = await db().evidence.get(evidenceId);
  if (!evidence) return;
  const { settings } = await loadSettings();
  const { subject, lines } = describeRecord(evidence.recordJson, evidence.recordSha256);
  window.open(mailtoLink(settings.registrar.email, subject, lines));
}

/** After the state: the receipt, who marked it sent, or why it failed. */
function stateDetails(item: OutboxItem, lang: Lang): Array<{ className: string; text: string }> {
  const state = deliveryState(item);
  return [
    ...(item.receipt && state === 'sent' ? [{ className: 'receipt', text: reasonText(item.receipt, lang) }] : []),
    ...(item.confirmedBy && state === 'sent' ? [{ className: 'muted', text: CONFIRMED_BY[lang](item.confirmedBy) }] : []),
    ...(item.lastError && state !== 'sent' && state !== 'saved' ? [{ className: 'error', text: reasonText(item.lastError, lang) }] : []),
  ];
}

/** One delivery's state in words: when it was saved, where it is, the receipt or why it failed (with the settings when they mend it). */
export function DeliveryLine({ item, lang }: { item: OutboxItem; lang: Lang }) {
  const state = deliveryState(item);
  return (
    <>
      <span>{lang === 'sv' ? 'Sparad' : 'Saved'} {swedishDateTime(item.at)} · {stateLabel(item, lang)}</span>
      {stateDetails(item, lang).map(({ className, text }) => <span key={className} className={className}> · {text}</span>)}
      {(state === 'failed' || state === 'blocked') && SETTINGS_AT_FAULT.test(item.lastError ?? '') && (
        <> <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{lang === 'sv' ? 'Öppna inställningar' : 'Open settings'}</a></>
      )}
    </>
  );
}

/** Whether the editor's "try again" is offered: the delivery stopped, or waits for its next automatic attempt. */
export function retryable(item: OutboxItem): boolean {
  const state = deliveryState(item);
  return state === 'failed' || state === 'blocked' || (state === 'queued' && item.attempts > 0);
}

interface Props {
  by: 'commentKey' | 'evidenceId';
  value: string;
  lang: Lang;
  onRetry(id: string): void;
  /** The editor's word that a saved draft or ZIP reached the registrator. */
  onConfirm?(id: string, registrationNumber: string): Promise<Result>;
  /** Whose comment it documents, for the announcement of a change ("kommentaren från Lisa"). */
  about?: string;
  /** The item's own actions offer "Försök igen" while no delivery is on its way: not offered twice. */
  itemRetries?: boolean;
}

/** Read by screen readers, not shown: the line itself shows the same. */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** A change of a delivery, as announced: whose it is, and its state with the receipt or why. */
function changeText(item: OutboxItem, about: string | undefined, lang: Lang): string {
  const whose = about ? (lang === 'sv' ? `Dokumentationen av kommentaren från ${about}: ` : `The documentation of the comment by ${about}: `) : '';
  return `${whose}${[stateLabel(item, lang), ...stateDetails(item, lang).map((d) => d.text)].join(' · ')}`;
}

/** Where the documentation of one comment is: saved, queued, sent (with the receipt) or failed (with why). */
export function DeliveryState({ by, value, lang, onRetry, onConfirm, about, itemRetries }: Props) {
  const items = useLiveQuery(() => db().outbox.where(by).equals(value).sortBy('at'), [by, value]);
  // A later change is announced (the outcome of documenting is said by the panel's status line); the list as first shown is not.
  const region = useRef<HTMLParagraphElement>(null);
  useDeliveryChange(items, (item) => {
    if (region.current) region.current.textContent = changeText(item, about, lang);
  });
  if (!items || items.length === 0) return null;
  const retriedByItem = itemRetries && documentationOf(items.map((i) => i.state)) === 'undelivered';
  return (
    <>
      <p role="status" style={VISUALLY_HIDDEN} ref={region} />
      <ul className="deliveries" aria-label={lang === 'sv' ? 'Dokumentation' : 'Documentation'}>
        {items.map((item) => (
          <li key={item.id} className={`delivery delivery-${deliveryState(item)}`} data-state={deliveryState(item)}>
            <DeliveryLine item={item} lang={lang} />
            {item.transport === 'email' && deliveryState(item) === 'saved' && (
              <button type="button" className="link-button" onClick={() => void openAsMail(item.evidenceId)}>
                {lang === 'sv' ? 'Öppna som e-post utan bilagor' : 'Open as e-mail without attachments'}
              </button>
            )}
            {retryable(item) && !retriedByItem && (
              <button type="button" className="action-button" onClick={() => onRetry(item.id)}>
                {lang === 'sv' ? 'Försök igen nu' : 'Try again now'}
              </button>
            )}
            {onConfirm && deliveryState(item) === 'saved' && <ConfirmDelivery lang={lang} onConfirm={(number) => onConfirm(item.id, number)} />}
          </li>
        ))}
      </ul>
    </>
  );
}
