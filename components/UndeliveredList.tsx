import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { categoryLabel, type Lang } from '@/rules/explain';
import type { AppDB } from '@/utils/db/app-db';
import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import type { Result } from '@/utils/messaging';
import type { DeliveryConfirmation } from '@/utils/registrar/confirm-delivery';
import { deliveryState, undeliveredItems } from '@/utils/registrar/outbox-state';
import { swedishDateTime } from '@/utils/log/time';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { reasonText } from '@/utils/ui/reason-text';
import { ConfirmDelivery } from './ConfirmDelivery';
import { DeliveryLine, retryable } from './DeliveryState';
import { withoutBidiControls } from '@/utils/ui/without-bidi';
import { withoutPiledMarks } from '@/utils/ui/display-text';
import { supplementDecisionWords } from '@/utils/evidence/supplement-record';

/** The writes: the page sends them to the background, which alone delivers and writes the outbox. */
export interface DeliveryWrites {
  retry(outboxId: string): Promise<Result>;
  saveAsFile(outboxId: string, transport: 'email' | 'download'): Promise<Result>;
  confirm(request: DeliveryConfirmation): Promise<Result>;
}

const TEXT = {
  sv: {
    title: 'Ej levererat till registrator',
    intro: 'Dokumentation som ännu inte har nått registrator. Den är en allmän handling: den gallras inte förrän den är levererad.',
    account: 'Kontodokumentation',
    supplement: 'Komplettering',
    documented: 'dokumenterad',
    decided: 'beslutad',
    retry: 'Försök igen',
    email: 'Spara som e-postutkast',
    zip: 'Spara som ZIP',
    retrying: 'Försöker igen …',
    saved: 'Sparad i Hämtade filer. Skicka den till registrator och markera den sedan som skickad.',
    confirmed: 'Markerad som skickad till registrator och loggad.',
  },
  en: {
    title: 'Not delivered to the registrar',
    intro: 'Documentation that has not reached the registrar yet. It is a public record (allmän handling): gallring keeps it until it is delivered.',
    account: 'Account documentation',
    supplement: 'Supplement',
    documented: 'documented',
    decided: 'decided',
    retry: 'Try again',
    email: 'Save as e-mail draft',
    zip: 'Save as ZIP',
    retrying: 'Trying again …',
    saved: 'Saved in Downloads. Send it to the registrar, then mark it as sent.',
    confirmed: 'Marked as sent to the registrar and logged.',
  },
};

/** What a delivery documents, for someone who no longer has the comment on screen. */
function What({ evidence, lang }: { evidence: EvidenceRecord | undefined; lang: Lang }) {
  const t = TEXT[lang];
  if (!evidence) return null;
  // A writer's name without bidi controls: one would reorder the platform and account after it; without
  // marks piled on its letters: they painted over the row above.
  const writer = withoutPiledMarks(withoutBidiControls(evidence.author.name || evidence.author.handle || '—'));
  // A supplement says what it tells: two for one comment were otherwise the same row.
  const decided = evidence.kind === 'supplement' ? supplementDecisionWords(evidence.recordJson, lang) : '';
  const who = evidence.kind === 'account' ? t.account : evidence.kind === 'supplement' ? `${t.supplement}${decided ? ` (${decided})` : ''}: ${writer}` : writer;
  return (
    <p>
      <strong>{who}</strong> · {PLATFORM_NAMES[evidence.platform] ?? evidence.platform} · {evidence.account ?? '—'}
      <br />
      <span className="muted">
        {evidence.kind === 'supplement' ? t.decided : t.documented} {swedishDateTime(evidence.at)}
        {evidence.categories.length > 0 && <> · {evidence.categories.map((c) => categoryLabel(c, lang)).join(', ')}</>}
      </span>
    </p>
  );
}

/**
 * Every delivery not yet with the registrator (failed, queued, blocked, saved as a file and not marked
 * as sent), on the log page: once the comment is gone from the site, the side panel no longer shows it.
 */
export function UndeliveredList({ db, lang, canEmail, writes }: { db: AppDB; lang: Lang; canEmail: boolean; writes: DeliveryWrites }) {
  const t = TEXT[lang];
  const id = useId();
  const [message, setMessage] = useState('');
  const rows = useLiveQuery(async () => {
    const items = await undeliveredItems(db);
    const evidence = await db.evidence.bulkGet(items.map((item) => item.evidenceId));
    return items.map((item, i) => ({ item, evidence: evidence[i] }));
  }, [db]);
  if (!rows?.length) return null;

  const act = async (work: Promise<Result>, done: string) => {
    const result = await work;
    setMessage(result.ok ? done : reasonText(result.reason, lang));
    return result;
  };
  const actions = (item: OutboxItem) => {
    const state = deliveryState(item);
    if (state === 'sending') return null;
    return (
      <div className="action-row">
        {retryable(item) && (
          <button type="button" className="action-button" onClick={() => { setMessage(t.retrying); void act(writes.retry(item.id), ''); }}>{t.retry}</button>
        )}
        {canEmail && <button type="button" className="action-button" onClick={() => void act(writes.saveAsFile(item.id, 'email'), t.saved)}>{t.email}</button>}
        <button type="button" className="action-button" onClick={() => void act(writes.saveAsFile(item.id, 'download'), t.saved)}>{t.zip}</button>
        <ConfirmDelivery lang={lang} onConfirm={(registrationNumber) => act(writes.confirm({ outboxId: item.id, registrationNumber }), t.confirmed)} />
      </div>
    );
  };

  return (
    <section className="undelivered notice notice-warning" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title} ({rows.length})</h2>
      <p>{t.intro}</p>
      <ul className="undelivered-list">
        {rows.map(({ item, evidence }) => (
          <li key={item.id} className={`delivery delivery-${deliveryState(item)}`} data-state={deliveryState(item)}>
            <What evidence={evidence} lang={lang} />
            <DeliveryLine item={item} lang={lang} />
            {actions(item)}
          </li>
        ))}
      </ul>
      <p role="status" className="status-message">{message}</p>
    </section>
  );
}
