// Interface text, Swedish first, in the policies' terms (registrator, allmän handling, basinformation,
// diarieföra, gallring). The English text says registrar and base information, and names a Swedish
// term in brackets where an editor needs it (diarieför).
import type { ExpandedOutcome } from '@/utils/page/site-expanders';
import { groupedNumber } from './grouped-number';

export const STRINGS = {
  sv: {
    workList: 'Att göra på sidan',
    groups: { 'act-now': 'Åtgärda nu', unanswered: 'Obesvarade', case: 'Till ärendehantering', review: 'Granska' },
    empty: 'Inget att åtgärda på den här sidan.',
    // Under the notice that the layout was not recognised: "nothing to act on" would read as all clear.
    emptyUnrecognised: 'Uppsikt hittade inget att åtgärda, men kan ha missat kommentarer: gå igenom sidan själv.',
    loading: 'Laddar …',
    noPage: 'Öppna ett konto på Facebook, Instagram eller X.',
    notScanned: 'Sidan är inte granskad. Ladda om sidan. Är den fortfarande inte granskad kan webbläsarens eller organisationens inställningar hindra Uppsikt från att läsa den: kontakta IT-supporten.',
    scanning: 'Sidan läses in och granskas …',
    layoutUnrecognised: 'Sidans layout kändes inte igen',
    reportRefused: 'Sidans senaste rapport togs inte emot, så listan kan vara inaktuell eller saknas.',
    reportRefusedHelp: 'Ladda om sidan. Händer det igen, skicka skälet nedan till IT-supporten.',
    reportRefusedReason: 'Skäl',
    layoutHelp: 'Uppsikt kan ha missat kommentarer här. Det här har loggats så att det kan rapporteras.',
    layoutDetails: 'Teknisk information till IT-supporten',
    account: 'Konto',
    accountFrom: { editor: 'rättat av dig', register: 'från kontoregistret', page: 'från sidan', none: 'okänt' },
    accountCorrected: 'Kontot är rättat för den här sidan.', accountCorrectionRemoved: 'Rättelsen är borttagen: kontot tas från sidan eller kontoregistret igen.',
    comments: 'kommentarer lästa',
    // As the badge on the page says it: under an hour is '< 1 h', not '0 h'.
    age: (hours: number | null) => (hours === null ? 'tid okänd' : `${hours < 1 ? '< 1' : Math.floor(hours)} h i kontorstid`),
    posted: (when: string) => `publicerad ${when}`,
    due: { ok: 'inom svarstiden', soon: 'snart försenad', overdue: 'försenad' },
    status: { own: 'egen', answered: 'besvarad', unanswered: 'obesvarad', unknown: 'kanske obesvarad' },
    show: 'Visa på sidan',
    showMore: (more: number, left: number) => `Visa ${more} till (${left} kvar)`,
    hiddenReplies: 'Vissa svar är dolda, så Uppsikt vet inte om de är besvarade.',
    truncatedHint: (n: number) => `${n === 1 ? 'En kommentar visar' : `${n} kommentarer visar`} bara början av texten (”Visa mer”). Uppsikt har granskat det som syns; öppna texten på sidan så granskas resten.`,
    truncatedItem: 'Texten är förkortad på sidan (”Visa mer”): bara början är granskad.',
    textLength: (n: number) => `(${groupedNumber(n, 'sv')} tecken)`,
    noText: '(ingen text – bara blanksteg, eller en bild eller länk)',
    longerThanRead: (n: number) => `Texten är längre än Uppsikt läser in: bara de första ${groupedNumber(n, 'sv')} tecknen är lästa och granskade.`,
    expandShortened: 'Visa hela texterna',
    expandingShortened: 'Öppnar förkortade texter …',
    expandedShortened: (n: number, of: number) => [
      n === 0 ? 'Inga förkortade texter kunde öppnas här.'
        : n === 1 ? 'Öppnade 1 förkortad text; den granskas nu i sin helhet.' : `Öppnade ${n} förkortade texter; de granskas nu i sin helhet.`,
      ...(of > n ? [`${of - n} öppnas bara på sin egen sida (sajten länkar dit); öppna ${of - n === 1 ? 'den' : 'dem'} där.`] : []),
    ].join(' '),
    expandReplies: 'Visa alla dolda svar',
    moreCommentsHint: 'Inlägget har fler kommentarer än sidan visar. Uppsikt granskar bara dem som visas, så listan kan sakna några.',
    offPageHint: (n: number) => `X har tagit ut ${n === 1 ? 'ett av svaren i listan ur sidan när du skrollade vidare, så det' : `${n} av svaren i listan ur sidan när du skrollade vidare, så de`} har inget märke på sidan just nu. Klicka på ett svar i listan så skrollar Uppsikt dit.`,
    expandComments: 'Visa fler kommentarer',
    repliesHiddenByAuthorHint: 'Kontot som publicerade inlägget har dolt svar på det. De syns inte i konversationen och granskas inte här: öppna ”Visa dolda svar” på inlägget för att se dem, och dokumentera dem som behöver det.',
    openHiddenReplies: 'Öppna de dolda svaren',
    expandingComments: 'Läser in fler kommentarer …',
    // What the page showed after the clicks, not how many buttons were clicked: a click can load nothing.
    expandedComments: ({ clicked, appeared, stillHidden }: ExpandedOutcome) => (clicked === 0
      ? (stillHidden ? 'Uppsikt hittade ingen knapp för fler kommentarer; läs in dem för hand på sidan.' : 'Sidan visade ingen knapp för fler kommentarer.')
      : appeared === 0 ? 'Sidan visade inga nya kommentarer. Läs in dem för hand på sidan.'
        : `Sidan visar ${appeared === 1 ? '1 ny kommentar; den' : `${appeared} nya kommentarer; de`} granskas nu.${stillHidden ? ' Fler finns kvar att läsa in.' : ''}`),
    expanding: 'Öppnar dolda svar …',
    expanded: ({ clicked, appeared, stillHidden }: ExpandedOutcome) => (clicked === 0
      ? (stillHidden ? 'Uppsikt hittade ingen knapp för de dolda svaren; öppna dem för hand på sidan.' : 'Inga dolda svar att öppna.')
      : appeared === 0 ? 'Sidan visade inga nya svar. Öppna dem för hand på sidan.'
        : `Sidan visar ${appeared === 1 ? '1 nytt svar; det' : `${appeared} nya svar; de`} granskas nu.${stillHidden ? ' Några svar är fortfarande dolda: öppna dem för hand.' : ''}`),
    expandFailed: 'Uppsikt nådde inte sidan. Ladda om sidan och försök igen.',
    logged: (action: string, author: string) => `${action}: loggat för kommentaren från ${author}.`,
    // A supplement goes the way the documentation went; a file in Downloads is the editor's to send, and is listed on the log page.
    supplementQueued: {
      http: 'En komplettering till dokumentationen går till registrator.',
      email: 'En komplettering till dokumentationen sparas som e-postutkast i Hämtade filer: skicka den till registrator och markera den som skickad på loggsidan.',
      download: 'En komplettering till dokumentationen sparas som ZIP i Hämtade filer: lämna den till registrator och markera den som skickad på loggsidan.',
    },
    supplementSent: (number: string | null) => `Kompletteringen till dokumentationen är skickad till registrator${number ? `, diarienummer ${number}` : ''}.`,
    // A supplement is not listed by its comment: where to find it, when it did not go.
    supplementNotReached: (reason: string, then: string) => `Kompletteringen till dokumentationen har inte nått registrator: ${reason} ${then} Den står under Ej levererat till registrator på loggsidan.`,
    documenting: 'Dokumenterar …',
    retrying: 'Försöker igen …',
    // What the status line says after documenting or trying a delivery again: `head` is documented or retried.
    delivery: {
      documented: (author: string) => `Kommentaren från ${author} är dokumenterad och`,
      retried: (author: string) => `Dokumentationen av kommentaren från ${author} är`,
      sent: (head: string, number: string | null) => `${head} skickad till registrator${number ? `, diarienummer ${number}` : ''}.`,
      email: (head: string) => `${head} sparad här; e-postutkastet är sparat i Hämtade filer – öppna det, skicka det till registrator och markera det som skickat.`,
      download: (head: string) => `${head} sparad här; ZIP-filen är sparad i Hämtade filer – lämna den till registrator och markera den som skickad.`,
      notReached: (head: string, reason: string) => `${head} sparad här, men den har inte nått registrator: ${reason}`,
      /** The editor's word that a draft or ZIP reached the registrar: what the status line said before is done. */
      confirmed: (author: string, number: string | null) => `Dokumentationen av kommentaren från ${author} är markerad som skickad till registrator${number ? `, diarienummer ${number}` : ''}.`,
      then: { queued: 'Uppsikt försöker igen automatiskt.', blocked: 'Uppsikt försöker igen när åtkomsten ges.', failed: 'Välj Försök igen när felet är rättat.' },
      pending: {
        http: (head: string) => `${head} sparad här. Den skickas till registrator; hur det går visas vid kommentaren.`,
        email: (head: string) => `${head} sparad här. E-postutkastet sparas i Hämtade filer; hur det går visas vid kommentaren.`,
        download: (head: string) => `${head} sparad här. ZIP-filen sparas i Hämtade filer; hur det går visas vid kommentaren.`,
      },
    },
    decided: {
      'false-alarm': 'Loggat som falsklarm. Fynden visas inte längre för kommentaren.',
      answered: 'Loggat. Kommentaren räknas som besvarad och väntar inte längre på svar.',
      'case-handling': 'Loggat med diarienumret. Kommentaren är flyttad till ärendehantering och väntar inte längre på svar.',
    },
    withdraw: 'Ångra',
    withdrawn: 'Ångrat och loggat. Kommentaren bedöms som förut.',
    noAnswer: 'Uppsikt svarar inte. Försök igen.',
    checklists: 'Checklistor',
    log: 'Logg',
    settings: 'Inställningar',
    policyProblems: (n: number) => `Organisationens policy har ${n === 1 ? 'ett värde' : `${n} värden`} som Uppsikt inte kan använda; be IT-avdelningen rätta ${n === 1 ? 'det' : 'dem'}.`,
    storedProblems: (n: number) => `${n === 1 ? 'En sparad inställning' : `${n} sparade inställningar`} kunde inte användas, och standardvärdet gäller; rätta ${n === 1 ? 'den' : 'dem'} i inställningarna.`,
    showWhich: 'Visa vilka',
    decisionsUnread: 'Uppsikt kunde inte läsa dina beslut om falsklarm och kommentarer hanterade utanför tråden, så de kan visas som flaggade här. Ladda om sidan; hjälper det inte, starta om webbläsaren.',
    pageFailed: 'Uppsikt kunde inte visa sidan.',
    unexpectedFailure: (error: string) => `Ett oväntat fel i Uppsikt (${error}). Ladda om sidan; kvarstår det, ge felet till IT-supporten.`,
    reload: 'Ladda om',
  },
  en: {
    workList: 'To do on this page',
    groups: { 'act-now': 'Act now', unanswered: 'Unanswered', case: 'To case handling', review: 'Review' },
    empty: 'Nothing to act on here.',
    emptyUnrecognised: 'Uppsikt found nothing to act on, but may have missed comments: go through the page yourself.',
    loading: 'Loading …',
    noPage: 'Open an account on Facebook, Instagram or X.',
    notScanned: 'This page has not been checked. Reload it. If it is still not checked, the browser\'s or the organisation\'s settings may keep Uppsikt from reading it: contact IT support.',
    scanning: 'The page is loading and being checked …',
    layoutUnrecognised: "This page's layout was not recognised",
    reportRefused: "The page's last report was refused, so this list may be out of date or missing.",
    reportRefusedHelp: 'Reload the page. If it happens again, send the reason below to IT support.',
    reportRefusedReason: 'Reason',
    layoutHelp: 'Uppsikt may have missed comments here. This has been logged so it can be reported.',
    layoutDetails: 'Technical details for IT support',
    account: 'Account',
    accountFrom: { editor: 'corrected by you', register: 'from the account register', page: 'from the page', none: 'unknown' },
    accountCorrected: 'The account is corrected for this page.', accountCorrectionRemoved: 'The correction is removed: the account comes from the page or the account register again.',
    comments: 'comments read',
    age: (hours: number | null) => (hours === null ? 'time unknown' : hours < 1 ? 'under 1 office hour' : hours < 2 ? '1 office hour' : `${Math.floor(hours)} office hours`),
    posted: (when: string) => `posted ${when}`,
    due: { ok: 'within response time', soon: 'due soon', overdue: 'overdue' },
    status: { own: 'own', answered: 'answered', unanswered: 'unanswered', unknown: 'maybe unanswered' },
    show: 'Show on page',
    showMore: (more: number, left: number) => `Show ${more} more (${left} left)`,
    hiddenReplies: 'Some replies are hidden, so Uppsikt cannot tell whether these are answered.',
    truncatedHint: (n: number) => `${n === 1 ? 'One comment shows' : `${n} comments show`} only the start of the text ("See more"). Uppsikt has checked what is shown; open the text on the page and the rest is checked too.`,
    truncatedItem: 'The text is shortened on the page ("See more"): only its start is checked.',
    textLength: (n: number) => `(${groupedNumber(n, 'en')} characters)`,
    noText: '(no text – only spaces, or a picture or link)',
    longerThanRead: (n: number) => `The text is longer than Uppsikt reads: only its first ${groupedNumber(n, 'en')} characters are read and checked.`,
    expandShortened: 'Show the whole texts',
    expandingShortened: 'Opening shortened texts …',
    expandedShortened: (n: number, of: number) => [
      n === 0 ? 'No shortened texts could be opened here.'
        : n === 1 ? 'Opened 1 shortened text; it is now checked in full.' : `Opened ${n} shortened texts; they are now checked in full.`,
      ...(of - n === 1 ? ['1 opens only on its own page (the site links there); open it there.']
        : of > n ? [`${of - n} open only on their own page (the site links there); open them there.`] : []),
    ].join(' '),
    expandReplies: 'Expand all hidden replies',
    moreCommentsHint: 'The post has more comments than the page shows. Uppsikt checks only those shown, so the list may be missing some.',
    offPageHint: (n: number) => `X has taken ${n === 1 ? 'one of the replies in the list out of the page as you scrolled on, so it has' : `${n} of the replies in the list out of the page as you scrolled on, so they have`} no mark on the page right now. Click a reply in the list and Uppsikt scrolls there.`,
    expandComments: 'Show more comments',
    repliesHiddenByAuthorHint: 'The account that published the post has hidden replies to it. They are not in the conversation and are not checked here: open “View hidden replies” on the post to see them, and document those that need it.',
    openHiddenReplies: 'Open the hidden replies',
    expandingComments: 'Loading more comments …',
    expandedComments: ({ clicked, appeared, stillHidden }: ExpandedOutcome) => (clicked === 0
      ? (stillHidden ? 'Uppsikt found no button for more comments; load them by hand on the page.' : 'The page showed no button for more comments.')
      : appeared === 0 ? 'The site showed no new comments. Load them by hand on the page.'
        : `The page now shows ${appeared === 1 ? '1 new comment; it is' : `${appeared} new comments; they are`} being checked.${stillHidden ? ' There are more to load.' : ''}`),
    expanding: 'Expanding hidden replies …',
    expanded: ({ clicked, appeared, stillHidden }: ExpandedOutcome) => (clicked === 0
      ? (stillHidden ? 'Uppsikt found no button for the hidden replies; open them by hand on the page.' : 'No hidden replies to expand.')
      : appeared === 0 ? 'The site showed no new replies. Open them by hand on the page.'
        : `The page now shows ${appeared === 1 ? '1 new reply; it is' : `${appeared} new replies; they are`} being checked.${stillHidden ? ' Some replies are still hidden: open them by hand.' : ''}`),
    expandFailed: 'Uppsikt could not reach the page. Reload it and try again.',
    logged: (action: string, author: string) => `${action}: logged for the comment by ${author}.`,
    supplementQueued: {
      http: 'A supplement to the documentation goes to the registrar.',
      email: 'A supplement to the documentation is saved as an e-mail draft in Downloads: send it to the registrar and mark it as sent on the log page.',
      download: 'A supplement to the documentation is saved as a ZIP in Downloads: hand it to the registrar and mark it as sent on the log page.',
    },
    supplementSent: (number: string | null) => `The supplement to the documentation is sent to the registrar${number ? `, registration number ${number}` : ''}.`,
    supplementNotReached: (reason: string, then: string) => `The supplement to the documentation has not reached the registrar: ${reason} ${then} It is listed under Not delivered to the registrar on the log page.`,
    documenting: 'Documenting …',
    retrying: 'Trying again …',
    delivery: {
      documented: (author: string) => `The comment by ${author} is documented and`,
      retried: (author: string) => `The documentation of the comment by ${author} is`,
      sent: (head: string, number: string | null) => `${head} sent to the registrar${number ? `, registration number (diarienummer) ${number}` : ''}.`,
      email: (head: string) => `${head} saved here; the email draft is saved in Downloads – open it, send it to the registrar and mark it as sent.`,
      download: (head: string) => `${head} saved here; the ZIP file is saved in Downloads – hand it to the registrar and mark it as sent.`,
      notReached: (head: string, reason: string) => `${head} saved here, but it has not reached the registrar: ${reason}`,
      confirmed: (author: string, number: string | null) => `The documentation of the comment by ${author} is marked as sent to the registrar${number ? `, registration number (diarienummer) ${number}` : ''}.`,
      then: { queued: 'Uppsikt tries again automatically.', blocked: 'Uppsikt tries again once access is granted.', failed: 'Choose Try again once the fault is put right.' },
      pending: {
        http: (head: string) => `${head} saved here. It is being sent to the registrar; how that goes is shown by the comment.`,
        email: (head: string) => `${head} saved here. The email draft is being saved in Downloads; how that goes is shown by the comment.`,
        download: (head: string) => `${head} saved here. The ZIP file is being saved in Downloads; how that goes is shown by the comment.`,
      },
    },
    decided: {
      'false-alarm': 'Logged as a false alarm. Its findings are no longer shown for the comment.',
      answered: 'Logged. The comment counts as answered and no longer waits for a reply.',
      'case-handling': 'Logged with the case number. The comment is moved to case handling and no longer waits for a reply.',
    },
    withdraw: 'Undo',
    withdrawn: 'Undone and logged. The comment is judged as before.',
    noAnswer: 'Uppsikt did not answer. Try again.',
    checklists: 'Checklists',
    log: 'Log',
    settings: 'Settings',
    policyProblems: (n: number) => `The organisation's policy has ${n === 1 ? 'a value' : `${n} values`} Uppsikt cannot use; ask the IT department to correct ${n === 1 ? 'it' : 'them'}.`,
    storedProblems: (n: number) => `${n === 1 ? 'A saved setting' : `${n} saved settings`} could not be used, and the default applies; correct ${n === 1 ? 'it' : 'them'} in the settings.`,
    showWhich: 'Show which',
    decisionsUnread: 'Uppsikt could not read your decisions about false alarms and comments handled outside their thread, so they may show as flagged here. Reload the page; if that does not help, restart the browser.',
    pageFailed: 'Uppsikt could not show the page.',
    unexpectedFailure: (error: string) => `An unexpected error in Uppsikt (${error}). Reload the page; if it stays, give the error to IT support.`,
    reload: 'Reload',
  },
} as const;

export type Lang = keyof typeof STRINGS;
export type UiStrings = (typeof STRINGS)[Lang];
