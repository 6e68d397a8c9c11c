// Interface text, Swedish first. Policy terms stay Swedish in both languages where they are the
// names editors use (registrator, allmän handling, basinformation, diarieföra, gallring).
export const STRINGS = {
  sv: {
    workList: 'Att göra på sidan',
    groups: { 'act-now': 'Åtgärda nu', unanswered: 'Obesvarade', case: 'Till ärendehantering', review: 'Granska' },
    empty: 'Inget att åtgärda på den här sidan.',
    noPage: 'Öppna ett konto på Facebook, Instagram eller X för att se vad som behöver åtgärdas.',
    notScanned: 'Sidan är inte granskad ännu. Ladda om sidan om den var öppen innan Uppsikt installerades.',
    layoutUnrecognised: 'Sidans layout kändes inte igen',
    layoutHelp: 'Uppsikt kan ha missat kommentarer här. Det här har loggats så att det kan rapporteras:',
    account: 'Konto',
    accountFrom: { register: 'från kontoregistret', page: 'från sidan', none: 'okänt' },
    comments: 'kommentarer lästa',
    age: (hours: number | null) => (hours === null ? 'tid okänd' : `${Math.floor(hours)} h i kontorstid`),
    due: { ok: 'inom svarstiden', soon: 'snart försenad', overdue: 'försenad' },
    status: { own: 'eget', answered: 'besvarad', unanswered: 'obesvarad', unknown: 'kanske obesvarad (dolda svar)' },
    actions: {
      answer: 'Svara', 'case-handling': 'Flytta till ärendehantering och diarieför',
      'document-remove': 'Dokumentera, skicka till registrator, ta sedan bort',
      'police-report': 'Dokumentera, skicka till registrator, ta bort; överväg polisanmälan', review: 'Granska',
    },
    show: 'Visa på sidan',
    checklists: 'Checklistor',
    log: 'Logg',
    settings: 'Inställningar',
  },
  en: {
    workList: 'To do on this page',
    groups: { 'act-now': 'Act now', unanswered: 'Unanswered', case: 'To case handling', review: 'Review' },
    empty: 'Nothing to act on on this page.',
    noPage: 'Open an account on Facebook, Instagram or X to see what needs action.',
    notScanned: 'This page has not been checked yet. Reload it if it was open before Uppsikt was installed.',
    layoutUnrecognised: "This page's layout was not recognised",
    layoutHelp: 'Uppsikt may have missed comments here. This has been logged so it can be reported:',
    account: 'Account',
    accountFrom: { register: 'from the account register', page: 'from the page', none: 'unknown' },
    comments: 'comments read',
    age: (hours: number | null) => (hours === null ? 'time unknown' : `${Math.floor(hours)} office hours`),
    due: { ok: 'within response time', soon: 'due soon', overdue: 'overdue' },
    status: { own: 'own', answered: 'answered', unanswered: 'unanswered', unknown: 'maybe unanswered (hidden replies)' },
    actions: {
      answer: 'Answer', 'case-handling': 'Move to case handling and register (diarieför)',
      'document-remove': 'Document, send to the registrator, then remove',
      'police-report': 'Document, send to the registrator, remove; consider a police report', review: 'Review',
    },
    show: 'Show on page',
    checklists: 'Checklists',
    log: 'Log',
    settings: 'Settings',
  },
} as const;

export type Lang = keyof typeof STRINGS;
export type UiStrings = (typeof STRINGS)[Lang];
