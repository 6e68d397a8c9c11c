import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '@/utils/ui/strings';
import type { Result } from '@/utils/messaging';
import { reasonText } from '@/utils/ui/reason-text';

const TEXT = {
  sv: {
    mark: 'Markera som skickad till registrator',
    number: 'Diarienummer (om registrator har gett ett)',
    confirm: 'Markera som skickad',
    cancel: 'Avbryt',
    hint: 'När utkastet är skickat eller ZIP-filen lämnad räknas dokumentationen som levererad, och den gallras sedan som annat.',
  },
  en: {
    mark: 'Mark as sent to the registrar',
    number: 'Registration number (diarienummer), if the registrar gave one',
    confirm: 'Mark as sent',
    cancel: 'Cancel',
    hint: 'Once the draft is sent or the ZIP handed over, the documentation counts as delivered and goes by gallring like the rest.',
  },
};

/** The editor's word that documentation reached the registrator (a draft sent, a ZIP handed over), with the diarienummer if given. */
export function ConfirmDelivery({ lang, onConfirm }: { lang: Lang; onConfirm(registrationNumber: string): Promise<Result> }) {
  const t = TEXT[lang];
  const id = useId();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [error, setError] = useState('');
  // Closed unsaved (Avbryt, or Escape as in any dialog), the keyboard goes back to the button it opened from.
  const opener = useRef<HTMLButtonElement>(null);
  const [closedUnsaved, setClosedUnsaved] = useState(false);
  useEffect(() => {
    if (closedUnsaved && !open) opener.current?.focus();
  }, [closedUnsaved, open]);
  const cancel = () => {
    setOpen(false);
    setClosedUnsaved(true);
  };
  if (!open) return <button type="button" className="action-button" ref={opener} onClick={() => { setOpen(true); setClosedUnsaved(false); }}>{t.mark}</button>;

  async function submit() {
    const result = await onConfirm(number);
    if (result.ok) setOpen(false);
    else setError(reasonText(result.reason, lang));
  }

  return (
    <form className="confirm-delivery" aria-label={t.mark} onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={(e) => { if (e.key === 'Escape') cancel(); }}>
      <p className="hint">{t.hint}</p>
      <label htmlFor={id}>{t.number}</label>{' '}
      <input id={id} value={number} maxLength={200} autoFocus onChange={(e) => setNumber(e.target.value)} />{' '}
      <button type="submit" className="action-button primary">{t.confirm}</button>{' '}
      <button type="button" className="action-button" onClick={cancel}>{t.cancel}</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
