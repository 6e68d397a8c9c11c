import type { LogAction } from '@/utils/db/records';
import type { Lang } from '@/rules/explain';
import type { CommentDecision } from '@/utils/messaging';

/** What each log action means to an editor, Swedish and English side by side. */
export const LOG_ACTION_LABELS: Record<LogAction, { sv: string; en: string }> = {
  'finding.flagged': { sv: 'Markerad av Uppsikt', en: 'Flagged by Uppsikt' },
  answered: { sv: 'Besvarad', en: 'Answered' },
  removed: { sv: 'Borttagen', en: 'Removed' },
  documented: { sv: 'Dokumenterad', en: 'Documented' },
  'delivery.queued': { sv: 'Köad till registrator', en: 'Queued for the registrar' },
  'delivery.sent': { sv: 'Skickad till registrator', en: 'Sent to the registrar' },
  // An .eml draft or a ZIP in Downloads: the editor still sends or hands it over.
  'delivery.saved': { sv: 'Sparad som fil till registrator', en: 'Saved as a file for the registrar' },
  'delivery.failed': { sv: 'Sändning till registrator misslyckades', en: 'Delivery to the registrar failed' },
  // The editor's word that a draft or ZIP reached the registrar (with the diarienummer, if given).
  'delivery.confirmed': { sv: 'Markerad som skickad till registrator', en: 'Marked as sent to the registrar' },
  'case-handling': { sv: 'Flyttad till ärendehantering', en: 'Moved to case handling' },
  'police-report.considered': { sv: 'Polisanmälan övervägd', en: 'Police report considered' },
  'police-report.made': { sv: 'Polisanmäld', en: 'Reported to the police' },
  'false-alarm': { sv: 'Falsklarm', en: 'False alarm' },
  'monitoring-round': { sv: 'Bevakningsrunda', en: 'Monitoring round' },
  'checklist.saved': { sv: 'Checklista sparad', en: 'Checklist saved' },
  'consent.registered': { sv: 'Samtycke registrerat', en: 'Consent registered' },
  'consent.withdrawn': { sv: 'Samtycke återkallat', en: 'Consent withdrawn' },
  'layout.unrecognised': { sv: 'Sidans layout kändes inte igen', en: 'Page layout not recognised' },
  'retention.purged': { sv: 'Gallring', en: 'Gallring (retention disposal)' },
  'settings.changed': { sv: 'Inställningar ändrade', en: 'Settings changed' },
  'account.registered': { sv: 'Konto registrerat', en: 'Account registered' },
  'account.closed': { sv: 'Konto avslutat', en: 'Account closed' },
  'account.changed': { sv: 'Konto ändrat', en: 'Account changed' },
  'account.documented': { sv: 'Kontot dokumenterat', en: 'Account documented' },
  'register.reported': { sv: 'Kontoförteckning rapporterad', en: 'Account register reported' },
  'decision.withdrawn': { sv: 'Beslut ångrat', en: 'Decision withdrawn' },
  note: { sv: 'Anteckning', en: 'Note' },
};

/** Every action, in the order the filter lists them. */
export const LOG_ACTIONS = Object.keys(LOG_ACTION_LABELS) as LogAction[];

export function logActionLabel(action: LogAction, lang: Lang): string {
  const labels = LOG_ACTION_LABELS[action];
  if (!labels) return String(action);
  return lang === 'en' ? labels.en : labels.sv;
}

/** The actions that handle a comment outside its thread (R1 "answer or forward"): it no longer waits for a reply. */
export const HANDLING_ACTIONS: ReadonlySet<LogAction> = new Set<LogAction>(['answered', 'case-handling']);

/** The decision a logged action makes about its comment's judgement, if any. */
export function decisionOf(action: LogAction): CommentDecision | null {
  if (action === 'false-alarm') return 'false-alarm';
  return HANDLING_ACTIONS.has(action) ? 'handled' : null;
}
