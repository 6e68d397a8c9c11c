import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Preset } from '@/rules/presets';
import { publishingFrequency } from '@/rules/monitoring';
import { newest } from '@/utils/accounts/keys';
import { latestEntries } from '@/utils/accounts/latest-entries';
import { db } from '@/utils/db/app-db';
import { sendMessage } from '@/utils/messaging';
import { useFocusFollows } from '@/utils/ui/focus-follows';
import { addAccountToRegister } from '@/utils/ui/background-writes';
import { usePageAccount } from '@/utils/ui/registered-account';
import type { PageReport } from '@/utils/report';
import { STRINGS, type Lang } from '@/utils/ui/strings';
import { reasonText } from '@/utils/ui/reason-text';
import { swedishDateTime } from '@/utils/log/time';
import { shownAccountName } from '@/utils/ui/without-bidi';

/**
 * Which account Uppsikt took as "us" on this page, and where from; lets the editor correct it or add
 * it to the register in one click. With the account's monitoring and publishing at a glance.
 */
export function AccountStatus({ report, tabId, preset, lang }: { report: PageReport; tabId: number; preset: Preset; lang: Lang }) {
  const t = STRINGS[lang];
  const [editing, setEditing] = useState(false);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  /** Why the address typed was refused: said by the field, which it marks invalid. */
  const [refused, setRefused] = useState('');
  const refusedId = useId();
  const messageRef = useFocusFollows<HTMLParagraphElement>(message);
  // Found as the background finds it (by link or handle): rounds are logged under the register's key.
  const { registered, keys } = usePageAccount(report);
  const lastRound = useLiveQuery(async () => {
    const latest = await latestEntries(db(), ['monitoring-round'], keys);
    return newest([...latest.get('monitoring-round')!.values()]);
  }, [keys.join('\n')]);
  const overdue = report.items.filter((i) => i.due === 'overdue').length;
  const frequency = publishingFrequency(report.recentPostTimes, new Date());

  async function correct(value: string) {
    const result = await sendMessage('correctAccount', { tabId, input: value });
    if (!result.ok) {
      setRefused(reasonText(result.reason, lang));
      return;
    }
    setRefused('');
    setEditing(false);
    // Said, and where the keyboard goes as the form closes.
    setMessage(value.trim() ? t.accountCorrected : t.accountCorrectionRemoved);
  }

  async function addToRegister() {
    if (!report.account) return;
    const result = await addAccountToRegister({ platform: report.platform, account: report.account, pageUrl: report.url });
    if (!result.ok) setMessage(reasonText(result.reason, lang));
    else setMessage(lang === 'sv' ? `${shownAccountName(result.account)} finns nu i kontoregistret.` : `${shownAccountName(result.account)} is now in the account register.`);
  }

  return (
    <section aria-labelledby="account-heading" className="account-status">
      <h2 id="account-heading">{t.account}</h2>
      <p>
        <strong>{shownAccountName(report.account)}</strong>{' '}
        <span className="muted">({t.accountFrom[report.accountSource]})</span>{' '}
        <button type="button" className="link-button" aria-expanded={editing} onClick={() => setEditing(!editing)}>{lang === 'sv' ? 'Ändra' : 'Change'}</button>
      </p>
      {editing && (
        <form onSubmit={(e) => { e.preventDefault(); void correct(input); }} className="ask">
          <label>{lang === 'sv' ? 'Kontots adress eller @användarnamn' : "The account's address or @handle"}
            <input value={input} onChange={(e) => { setInput(e.target.value); setRefused(''); }} placeholder="https://www.facebook.com/sjovikskommun"
              aria-invalid={refused !== ''} aria-describedby={refused ? refusedId : undefined} />
          </label>
          {refused && <p id={refusedId} role="alert" className="field-error">{refused}</p>}
          <div className="action-row">
            <button type="submit" className="action-button">{lang === 'sv' ? 'Spara' : 'Save'}</button>
            {report.accountSource === 'editor' && (
              <button type="button" className="action-button" onClick={() => void correct('')}>{lang === 'sv' ? 'Ta bort rättelsen' : 'Undo the correction'}</button>
            )}
          </div>
        </form>
      )}
      {report.account && !registered && (
        <button type="button" className="action-button" onClick={() => void addToRegister()}>{lang === 'sv' ? 'Lägg till i kontoregistret' : 'Add to the account register'}</button>
      )}
      <dl className="facts">
        <dt>{lang === 'sv' ? 'Senaste bevakning' : 'Last monitored'}</dt>
        <dd>{lastRound ? swedishDateTime(lastRound.at) : '—'}</dd>
        <dt>{lang === 'sv' ? 'Försenade svar på sidan' : 'Overdue replies on the page'}</dt>
        <dd>{overdue}</dd>
        {report.recentPostTimes.length > 0 && (
          <>
            {/* Posts are loaded as the page is scrolled: those not loaded are not counted, so these are lower bounds. */}
            <dt>{lang === 'sv' ? 'Inlägg senaste 7 / 30 dagarna (bara inlägg som var inlästa på sidan)' : 'Posts last 7 / 30 days (only posts loaded on the page)'}</dt>
            <dd>
              {lang === 'sv' ? `minst ${frequency.last7} / minst ${frequency.last30}` : `at least ${frequency.last7} / at least ${frequency.last30}`}
              {preset.publishingPostsPerWeek !== null && (
                <span className={frequency.last7 < preset.publishingPostsPerWeek ? 'due' : ''}>
                  {' '}({lang === 'sv' ? 'policyn' : 'policy'}: {preset.publishingPostsPerWeek} {lang === 'sv' ? 'i veckan' : 'a week'})
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
      <p role="status" ref={messageRef} tabIndex={-1}>{message}</p>
    </section>
  );
}
