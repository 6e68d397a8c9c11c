import type { Settings } from './schema';

// The settings a fresh install starts from, and the editor's label: kept apart from the schema so
// the popup and the panels can show them without loading the validation library first.

export const DEFAULT_SETTINGS: Settings = {
  organisation: {
    name: '', department: '', website: '', switchboard: '', email: '', visitingAddress: '', postalAddress: '',
    dataProtectionOfficer: '',
  },
  editor: { firstName: '', lastName: '', title: '' },
  policy: { presetId: 'stockholm' },
  registrar: { transport: 'email', email: '', endpoint: '', headers: {}, attachPdf: false, sendDecisions: true },
  language: 'sv',
  texts: { consent: '' },
  highlight: { facebook: true, instagram: true, x: true },
};

/** The editor's display name for the log: "Anna Berg, kommunikatör". */
export function editorLabel(settings: Settings): string {
  const { firstName, lastName, title } = settings.editor;
  const name = [firstName, lastName].filter(Boolean).join(' ');
  return [name || 'Okänd redaktör', title].filter(Boolean).join(', ');
}
