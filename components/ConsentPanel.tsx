import { useState } from 'react';
import type { OrganisationInfo } from '@/rules/base-information';
import { consentTemplate, consentWording, missingSettings } from '@/rules/consent-wording';
import type { Preset } from '@/rules/presets';
import type { ConsentKind, ConsentRecord } from '@/utils/db/records';
import { consentReasonText, type ConsentInput, type RegisterOutcome } from '@/utils/consents/register';
import type { Lang } from '@/utils/ui/strings';
import { ChecklistCopyButton } from './ChecklistCopyButton';
import { swedishDate } from '@/utils/log/time';

export interface ConsentPanelProps {
  preset: Preset;
  organisation: OrganisationInfo;
  /** Profile key of the account the material is published on, when known. */
  accountKey?: string | null;
  /** The organisation's own official text with {placeholders}; the shipped wording when absent. */
  ownTemplate?: string;
  lang?: Lang;
  /** Adds the record (the background does, stamped with the editor, and logs it). */
  register(input: ConsentInput): Promise<RegisterOutcome>;
  onRegistered?: (record: ConsentRecord) => void;
}

const SETTING_LABELS = {
  sv: { organisation: 'organisationens namn', namnd: 'förvaltning eller nämnd', dataskyddsombud: 'dataskyddsombud', epost: 'e-post', webbplats: 'webbplats' },
  en: { organisation: 'the organisation’s name', namnd: 'department or committee', dataskyddsombud: 'data protection officer', epost: 'email', webbplats: 'website' },
} as const;

const TEXT = {
  sv: {
    heading: 'Information vid publicering av personer', basis: { 'public-interest': 'Rättslig grund: uppgift av allmänt intresse', consent: 'Rättslig grund: samtycke (vårdnadshavare för barn under 18 år)' },
    own: 'Organisationens egen text', missing: 'Saknas i inställningarna:', copy: 'Kopiera texten',
    form: 'Registrera skickad information eller samtyckesfråga', person: 'Personens namn', contact: 'Kontaktuppgift (e-post eller telefon)',
    material: 'Material (bild, film eller ljud, och var det publiceras)', sentAt: 'Skickad', submit: 'Registrera', registered: 'Registrerat i samtyckesregistret:',
    kind: 'Vad skickades?', kinds: { information: 'Information (rättslig grund: allmänt intresse), inget svar behövs', request: 'Samtyckesfråga, väntar på svar' },
    minor: 'Personen är under 18 år (vårdnadshavaren ger samtycket)', guardian: 'Vårdnadshavarens namn',
    waiting: 'Väntar på svar; registrera svaret i registret nedan när det kommer.',
    textLang: 'Textens språk', langs: { sv: 'Svenska', en: 'Engelska' },
  },
  en: {
    heading: 'Information when publishing people', basis: { 'public-interest': 'Legal basis: task in the public interest', consent: 'Legal basis: consent (a guardian for children under 18)' },
    own: 'The organisation’s own text', missing: 'Missing in the settings:', copy: 'Copy the text',
    form: 'Register information or a consent request sent', person: 'Name of the person', contact: 'Contact (email or phone)',
    material: 'Material (photo, film or sound, and where it is published)', sentAt: 'Sent', submit: 'Register', registered: 'Registered in the consent register:',
    kind: 'What was sent?', kinds: { information: 'Information (legal basis: public interest), no answer needed', request: 'Consent request, waiting for an answer' },
    minor: 'The person is under 18 (the guardian gives the consent)', guardian: 'The guardian’s name',
    waiting: 'Waiting for an answer; record the answer in the register below when it comes.',
    textLang: 'Language of the text', langs: { sv: 'Swedish', en: 'English' },
  },
} as const;

const today = () => swedishDate(new Date());

/** R12: the information text to send to people in published material, and the form to register it as sent. */
export function ConsentPanel({ preset, organisation, accountKey = null, ownTemplate, lang = 'sv', register, onRegistered }: ConsentPanelProps) {
  const t = TEXT[lang];
  const own = Boolean(ownTemplate?.trim());
  // The text goes to a resident: Swedish unless the editor picks English, whatever the interface's language.
  const [textLang, setTextLang] = useState<Lang>('sv');
  const template = own ? ownTemplate! : consentTemplate(preset).text[textLang];
  const text = consentWording(preset, organisation, textLang, ownTemplate);
  const missing = missingSettings(template, organisation);
  const [form, setForm] = useState({ person: '', contact: '', material: '', sentAt: today(), guardian: '' });
  // What was sent: the preset's legal basis suggests it; the editor says what it was.
  const defaultKind: ConsentKind = !own && consentTemplate(preset).legalBasis === 'public-interest' ? 'information' : 'request';
  const [kind, setKind] = useState<ConsentKind>(defaultKind);
  const [minor, setMinor] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const submit = async () => {
    const { guardian, ...sent } = form;
    const outcome = await register({ ...sent, account: accountKey, kind, minor, ...(minor && guardian.trim() ? { guardian } : {}) });
    if (!outcome.ok) {
      // The form keeps what was typed.
      setMessage({ kind: 'error', text: consentReasonText(outcome.reason, lang) });
      return;
    }
    setMessage({ kind: 'ok', text: `${t.registered} ${outcome.record.person} – ${outcome.record.material}${outcome.record.state === 'asked' ? `. ${t.waiting}` : ''}` });
    setForm({ person: '', contact: '', material: '', sentAt: today(), guardian: '' });
    setMinor(false);
    onRegistered?.(outcome.record);
  };
  return (
    <section className="checklist" aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t.heading}</h2>
      <p className="meta">{own ? t.own : t.basis[consentTemplate(preset).legalBasis]}</p>
      {missing.length > 0 && <p className="notice notice-warning" role="note">{t.missing} {missing.map((m) => SETTING_LABELS[lang][m]).join(', ')}</p>}
      {!own && (
        <fieldset className="consent-text-lang">
          <legend>{t.textLang}</legend>
          {(['sv', 'en'] as const).map((l) => (
            <label key={l}><input type="radio" name="consent-text-lang" value={l} checked={textLang === l} onChange={() => setTextLang(l)} /> {t.langs[l]}</label>
          ))}
        </fieldset>
      )}
      <div className="excerpt consent-text" style={{ whiteSpace: 'pre-wrap' }} lang={own ? undefined : textLang}>{text}</div>
      <ChecklistCopyButton text={text} lang={lang} label={t.copy} />
      <form className="ask" aria-label={t.form} noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h3>{t.form}</h3>
        <label>{t.person}<input {...field('person')} maxLength={200} required autoComplete="off" /></label>
        <label>{t.contact}<input {...field('contact')} maxLength={300} autoComplete="off" /></label>
        <label>{t.material}<input {...field('material')} maxLength={1000} required /></label>
        <fieldset className="consent-kind">
          <legend>{t.kind}</legend>
          {(['information', 'request'] as const).map((k) => (
            <label key={k}><input type="radio" name="consent-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t.kinds[k]}</label>
          ))}
        </fieldset>
        <label><input type="checkbox" checked={minor} onChange={(e) => setMinor(e.target.checked)} /> {t.minor}</label>
        {minor && <label>{t.guardian}<input {...field('guardian')} maxLength={200} autoComplete="off" /></label>}
        <label>{t.sentAt}<input type="date" {...field('sentAt')} required /></label>
        <button type="submit" className="action-button primary">{t.submit}</button>
      </form>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'status-message'}>{message.text}</p>}
    </section>
  );
}
