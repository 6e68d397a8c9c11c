import { useMemo } from 'react';
import type { Preset } from '@/rules/presets';
import { fillOrganisation } from '@/rules/base-information';
import { signatureFor, unsignedReplies, type EditorName } from '@/rules/signature';
import type { AuthorRef, CommentSnapshot } from '@/rules/snapshot';
import { isSameAccount } from '@/rules/thread-status';
import type { Lang } from '@/utils/ui/strings';
import { ChecklistCopyButton } from './ChecklistCopyButton';
import { shownAccountName } from '@/utils/ui/without-bidi';

export interface SignatureChecklistProps {
  /** settings.editor */
  editor: EditorName;
  preset: Preset;
  /** The comments the page report carries. */
  comments: CommentSnapshot[];
  /** The managed account (PageReport.account). */
  account: AuthorRef | null;
  /** Editors of the account ("Anna Berg, kommunikatör"), from the account register, when known. */
  knownEditors?: string[];
  /** The organisation's name from the settings, for the policy's words about the sender. */
  organisation?: string;
  lang?: Lang;
}

const TEXT = {
  sv: {
    heading: 'Signatur', yours: 'Din signatur', required: 'krävs', recommended: 'rekommenderas',
    noName: 'Ange ditt förnamn, efternamn och din titel i inställningarna för att få en signatur.',
    none: 'Policyn kräver ingen signatur.', unsigned: 'Svar utan signatur', allSigned: 'Alla svar är signerade.',
    noReplies: 'Kontot har inga svar på den här sidan.', unknownTime: 'tid okänd', copy: 'Kopiera signaturen',
    onPage: 'I svarsrutan på sidan lägger knappen ”Lägg till signatur”, eller Alt+Shift+S, till den i slutet av svaret.',
  },
  en: {
    heading: 'Signature', yours: 'Your signature', required: 'required', recommended: 'recommended',
    noName: 'Set your first name, last name and title in the settings to get a signature.',
    none: 'The policy requires no signature.', unsigned: 'Replies without a signature', allSigned: 'All replies are signed.',
    noReplies: 'The account has no replies on this page.', unknownTime: 'time unknown', copy: 'Copy the signature',
    onPage: 'In the reply box on the page, the “Add signature” button, or Alt+Shift+S, adds it at the end of the reply.',
  },
} as const;

const EXCERPT = 140;
const excerpt = (text: string) => (Array.from(text).length > EXCERPT ? `${Array.from(text).slice(0, EXCERPT).join('')}…` : text);

function when(iso: string | null, lang: Lang): string {
  if (!iso) return TEXT[lang].unknownTime;
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/** R3: the editor's signature to copy, and the account's replies on the page that lack one. */
export function SignatureChecklist({ editor, preset, comments, account, knownEditors = [], organisation = '', lang = 'sv' }: SignatureChecklistProps) {
  const t = TEXT[lang];
  // The policy's words in the interface's language only.
  const clause = fillOrganisation(preset.signature.clause[lang], organisation, lang);
  const signature = signatureFor(editor, preset);
  const own = useMemo(() => comments.filter((c) => isSameAccount(c.author, account)), [comments, account]);
  const unsigned = useMemo(() => unsignedReplies(comments, account, preset, knownEditors), [comments, account, preset, knownEditors]);
  if (preset.signature.format === 'none') {
    return (
      <section className="checklist" aria-labelledby="signature-heading">
        <h2 id="signature-heading">{t.heading}</h2>
        <p className="hint">{t.none} <span className="muted">{clause}</span></p>
      </section>
    );
  }
  return (
    <section className="checklist" aria-labelledby="signature-heading">
      <h2 id="signature-heading">{t.heading} <span className="muted">({preset.signature.required ? t.required : t.recommended})</span></h2>
      <p className="muted">{clause}</p>
      {signature ? (
        <p>
          {t.yours}: <code className="signature">{signature}</code> <ChecklistCopyButton text={signature} lang={lang} label={t.copy} />
        </p>
      ) : <p className="hint">{t.noName}</p>}
      {signature && <p className="hint">{t.onPage}</p>}
      {own.length === 0 ? <p className="hint">{t.noReplies}</p> : unsigned.length === 0 ? (
        <p className="status-message"><span aria-hidden="true">✓ </span>{t.allSigned}</p>
      ) : (
        <>
          <h3><span aria-hidden="true">✗ </span>{t.unsigned} ({unsigned.length} / {own.length})</h3>
          <ul className="unsigned-replies">
            {unsigned.map((c) => (
              <li key={c.id} className="item">
                <span className="author"><bdi>{shownAccountName(c.author)}</bdi></span>{' · '}
                <time className="meta" dateTime={c.postedAt ?? undefined}>{when(c.postedAt, lang)}</time>
                <p className="excerpt" dir="auto">{excerpt(c.text)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
