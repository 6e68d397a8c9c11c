import type { Lang } from './strings';

// The background and the stores say why something failed in Swedish (the log keeps their words).
// The English interface shows the same reasons in English: the fixed texts one for one, the texts
// with a variable part (a number, a name, the browser's own error) by their shape. A reason not
// known here is shown as it is rather than not at all.

const EXACT: Record<string, string> = {
  'Bara Uppsikts egna sidor får ändra registren.': 'Only Uppsikt\'s own pages may change the registers.',
  'Ogiltig begäran om analys.': 'Invalid request for analysis.',
  'Rapporten kom inte från en flik.': 'The report did not come from a tab.',
  'Ingen mottagande adress för registratorn är inställd.': 'No receiving address for the registrar is set.',
  'Registratorns e-postadress är inte inställd.': 'The registrar\'s email address is not set.',
  'Dokumentationen saknas i databasen.': 'The documentation is missing from the database.',
  'Utskicket finns inte längre i Uppsikt.': 'The delivery is no longer in Uppsikt.',
  'Dokumentationen är redan markerad som levererad till registrator.': 'The documentation is already marked as delivered to the registrar.',
  'Dokumentationen skickas just nu; vänta tills sändningen är klar.': 'The documentation is being sent right now; wait until that is done.',
  'Dokumentationen är redan levererad eller skickas just nu.': 'The documentation is already delivered or being sent right now.',
  'Filen kunde inte sparas i Hämtade filer.': 'The file could not be saved in Downloads.',
  'Fliken stängdes innan skärmbilden togs; inget sparades.': 'The tab was closed before the screenshot was taken; nothing was saved.',
  // A receipt: the editor marked the delivery as sent without a diarienummer.
  'Skickad till registrator enligt redaktören': 'Sent to the registrar, as the editor says',
  'Uppgifterna om samtycket är ofullständiga.': 'The details of the consent are incomplete.',
  'Samtycket finns inte i registret.': 'The consent is not in the register.',
  'Filen kunde inte läsas. Inget har importerats.': 'The file could not be read. Nothing was imported.',
  'Beslutet att ångra var inte läsbart; inget har ändrats.': 'The decision to withdraw could not be read; nothing was changed.',
  'Uppsikt har inte läst sidan ännu. Ladda om den och försök igen.': 'Uppsikt has not read the page yet. Reload it and try again.',
  'Sidan visar inget konto att rätta.': 'The page shows no account to correct.',
  'Kom med en säkerhetskopia och har inte skickats härifrån. Skicka den med Försök igen om den ska till registrator.':
    'Came with a backup and has not been sent from here. Send it with Try again if it is to go to the registrar.',
  'Skriv varför kontot avslutas utan dokumentation hos registrator, eller dokumentera det först.':
    'Write why the account is closed without documentation with the registrar, or document it first.',
  'Ange kontots adress (https://…) eller @användarnamn.': 'Give the account\'s address (https://…) or @username.',
  'Ange kontots adress (https://…) eller användarnamn.': 'Give the account\'s address (https://…) or username.',
  'Kontot har ingen adress eller användarnamn att känna igen det på.': 'The account has no address or username to recognise it by.',
  'Sidan svarar inte. Ladda om den och försök igen.': 'The page does not answer. Reload it and try again.',
  'Registratorn svarade inte i tid.': 'The registrar did not answer in time.',
  'Filen blev inte sparad i Hämtade filer i tid; nedladdningen avbröts.': 'The file was not saved in Downloads in time; the download was cancelled.',
  // Why the browser stopped a download (utils/registrar/download.ts), inside the reason below.
  'disken är full': 'the disk is full',
  'webbläsaren får inte skriva i mappen': 'the browser may not write in the folder',
  'webbläsaren eller organisationens inställningar stoppade filen': 'the browser or the organisation\'s settings stopped the file',
  'ett antivirusprogram stoppade filen': 'an antivirus program stopped the file',
  'nedladdningen avbröts': 'the download was cancelled',
  'Registratorn skickade vidare till en annan sida, troligen en inloggningssida. Inget har levererats; kontrollera registratorns mottagande adress.':
    'The registrar redirected to another page, probably a login page. Nothing was delivered; check the registrar\'s receiving address.',
  'Registratorn svarade med en webbsida, inte ett kvitto, troligen en inloggningssida. Inget har levererats; kontrollera registratorns mottagande adress.':
    'The registrar answered with a web page, not a receipt, probably a login page. Nothing was delivered; check the registrar\'s receiving address.',
  'Det fanns inget beslut att ångra för kommentaren.': 'There was no decision to withdraw for the comment.',
  'Filen kunde inte läsas som JSON. Inget har importerats.': 'The file could not be read as JSON. Nothing was imported.',
  'Filen är inte en säkerhetskopia från Uppsikt. Inget har importerats.': 'The file is not a backup from Uppsikt. Nothing was imported.',
  'En skärmbild i säkerhetskopian kunde inte avkodas. Inget har importerats.': 'A screenshot in the backup could not be decoded. Nothing was imported.',
  'Importen avbröts: Uppsikt startades om eller en annan import började. Inget har importerats; försök igen.':
    'The import was cut off: Uppsikt restarted or another import began. Nothing was imported; try again.',
  'Säkerhetskopian kom inte fram hel till Uppsikt. Inget har importerats; försök igen.': 'The backup did not reach Uppsikt whole. Nothing was imported; try again.',
  'Kontot är okänt; öppna kontots sida och försök igen.': 'The account is unknown; open the account\'s page and try again.',
  'Fliken som skulle fotograferas visades inte när skärmbilden skulle tas. Gå tillbaka till fliken och dokumentera igen.':
    'The tab to be photographed was not shown when the screenshot was to be taken. Go back to the tab and document again.',
  'Kommentaren finns inte längre på sidan.': 'The comment is no longer on the page.',
  'Hittade ingen kommentar att dokumentera: högerklicka på själva kommentaren eller välj den i sidopanelen.':
    'Found no comment to document: right-click the comment itself or choose it in the side panel.',
  'Lagringsutrymmet är fullt. Frigör diskutrymme eller exportera och gallra loggen; inget har skrivits över.':
    'The storage is full. Free disk space, or export the log and run gallring; nothing was overwritten.',
  ['Webbläsaren har inte gett Uppsikt lov att ta en skärmbild av fliken: klicka på Uppsikts knapp i verktygsfältet '
    + '(eller högerklicka på kommentaren och välj "Dokumentera") och försök igen.']:
    'The browser has not allowed Uppsikt to take a screenshot of the tab: click Uppsikt\'s button in the toolbar '
    + '(or right-click the comment and choose "Document") and try again.',
};

/** Reasons with a variable part; `inner` is a reason inside a reason (a failed write's own cause). */
const SHAPES: Array<[RegExp, (parts: string[], inner: (reason: string) => string) => string]> = [
  [/^Beslutet sparades inte: (.+)$/s, ([cause], inner) => `The decision was not saved: ${inner(cause)}`],
  [/^Kontrollen sparades inte: (.+)$/s, ([cause], inner) => `The check was not saved: ${inner(cause)}`],
  [/^Kontrollen kunde inte sparas: (.+)$/s, ([cause]) => `The check could not be saved: ${cause}`],
  [/^Kontot kunde inte sparas: (.+)$/s, ([cause]) => `The account could not be saved: ${cause}`],
  [/^Kunde inte spara i den lokala databasen \((.+)\)\. Webbläsaren kunde inte skriva till disken; oftast är den full\. Frigör diskutrymme och försök igen\.$/s,
    ([cause]) => `Could not save in the local database (${cause}). The browser could not write to the disk; most often it is full. Free disk space and try again.`],
  [/^Kunde inte spara i den lokala databasen \((.+)\)\.$/s, ([cause]) => `Could not save in the local database (${cause}).`],
  [/^Skärmbilden kunde inte tas: (.+)$/s, ([cause]) => `The screenshot could not be taken: ${cause}`],
  [/^Gallringstiden är nu (\d+) dagar, inte (\d+)\. Ladda om sidan och granska vad som gallras\. Inget har tagits bort\.$/,
    ([now, was]) => `The gallring period is now ${now} days, not ${was}. Reload the page and review what is purged. Nothing was removed.`],
  [/^Gallringen kunde inte genomföras \((.+)\)\. Inget har tagits bort\.$/s, ([cause]) => `The gallring could not be done (${cause}). Nothing was removed.`],
  [/^Ogiltig loggpost: (.+)$/s, ([cause]) => `Invalid log entry: ${cause}`],
  [/^Dokumentationen i säkerhetskopian stämmer inte med sin kontrollsumma \((.+)\): filen är ändrad eller skadad\. Inget har importerats\.$/,
    ([where]) => `The documentation in the backup does not match its checksum (${where}): the file was changed or is damaged. Nothing was imported.`],
  [/^Ogiltig sidrapport: (.+)$/s, ([cause]) => `Invalid page report: ${cause}`],
  [/^(.+) styrs av organisationens policy och kan inte ändras här\.$/s, ([name]) => `${name} is managed by the organisation's policy and cannot be changed here.`],
  [/^(.+) finns redan i registret med samma adress\.$/s, ([name]) => `${name} is already in the register with the same address.`],
  [/^Registratorn kunde inte nås \((.+)\)\.$/s, ([cause]) => `The registrar could not be reached (${cause}).`],
  [/^(Registratorn kunde inte nås \(.+\)\.) Datorn är inte ansluten till nätverket\.$/s,
    ([unreached], inner) => `${inner(unreached)} The computer is not connected to the network.`],
  [/^(Registratorn kunde inte nås \(.+\)\.) Uppsikt har inte behörighet till registratorns adress: öppna Inställningar och klicka Ge åtkomst\.$/s,
    ([unreached], inner) => `${inner(unreached)} Uppsikt has no permission for the registrar's address: open Settings and click Grant access.`],
  [/^Filen kunde inte sparas i Hämtade filer: (.+) \(([A-Z_]+)\)\.$/s, ([why, code], inner) => `The file could not be saved in Downloads: ${inner(why)} (${code}).`],
  [/^Filen kunde inte sparas i Hämtade filer \(([A-Z_]+)\)\.$/, ([code]) => `The file could not be saved in Downloads (${code}).`],
  // The browser's own words, in its language, kept as they are.
  [/^Filen kunde inte sparas i Hämtade filer \((.+)\)\.$/s, ([message]) => `The file could not be saved in Downloads (${message}).`],
  [/^Registratorn tog inte emot nyckeln – kontakta IT \(HTTP (\d+)\)\.$/, ([status]) => `The registrar did not accept the key – contact IT (HTTP ${status}).`],
  // Receipts (utils/registrar/http.ts, confirm-delivery.ts): the registrar's number is its own.
  [/^Diarienummer (.+)$/s, ([number]) => `Registration number (diarienummer) ${number}`],
  [/^Mottaget \(HTTP (\d+)\)$/, ([status]) => `Received (HTTP ${status})`],
  [/^Registratorn svarade HTTP (\d+)(.*)$/s, ([status, rest]) => `The registrar answered HTTP ${status}${rest}`],
  [/^Säkerhetskopian är ogiltig \((.+)\)\. Inget har importerats\.$/s, ([issues]) => `The backup is invalid (${issues}). Nothing was imported.`],
  [/^Säkerhetskopian kommer från en nyare version av Uppsikt \(databasversion (\d+)\)\. Uppdatera Uppsikt och försök igen\. Inget har importerats\.$/,
    ([version]) => `The backup comes from a newer version of Uppsikt (database version ${version}). Update Uppsikt and try again. Nothing was imported.`],
  [/^Samtycket är redan återkallat \((.+)\)\.$/, ([date]) => `The consent is already withdrawn (${date}).`],
  [/^Uppsikt svarade inte \((.+)\)\. Inget har sparats; försök igen\.$/s, ([cause]) => `Uppsikt did not answer (${cause}). Nothing was saved; try again.`],
  [/^Dokumentationen kunde inte sparas i Uppsikt: (.+) Skärmbilden och handlingen sparades i stället i Hämtade filer \((.+)\); lämna filen till registrator\.$/s,
    ([cause, file], inner) => `The documentation could not be saved in Uppsikt: ${inner(cause)} The screenshot and the record were saved in Downloads instead (${file}); hand the file to the registrar.`],
  [/^Dokumentationen kunde inte sparas i Uppsikt: (.+?) (Filen .+) Inget har sparats; frigör diskutrymme och dokumentera igen\.$/s,
    ([cause, why], inner) => `The documentation could not be saved in Uppsikt: ${inner(cause)} ${inner(why)} Nothing was saved; free disk space and document again.`],
  [/^Kompletteringen till registrator kunde inte sparas i Uppsikt: (.+) Den sparades i stället i Hämtade filer \((.+)\); lämna filen till registrator\.$/s,
    ([cause, file], inner) => `The supplement to the registrar could not be saved in Uppsikt: ${inner(cause)} It was saved in Downloads instead (${file}); hand the file to the registrar.`],
  [/^Kompletteringen till registrator kunde inte sparas i Uppsikt: (.+?) (Filen .+) Den har inte sparats; beslutet är loggat\.$/s,
    ([cause, why], inner) => `The supplement to the registrar could not be saved in Uppsikt: ${inner(cause)} ${inner(why)} It was not saved; the decision is logged.`],
];

function inEnglish(reason: string): string {
  const exact = EXACT[reason];
  if (exact !== undefined) return exact;
  for (const [shape, say] of SHAPES) {
    const match = shape.exec(reason);
    if (match) return say(match.slice(1), inEnglish);
  }
  return reason;
}

/** A reason from the background or a store, in the interface's language. */
export function reasonText(reason: string, lang: Lang): string {
  return lang === 'en' ? inEnglish(reason) : reason;
}
