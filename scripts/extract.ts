// `npm run --silent extract -- --url URL [--account HANDLE_OR_URL] [--now ISO] FILE.html`
// Runs the platform adapter and the rules under Node on a saved page and prints JSON: the fields the
// issue documents first, in its order, then what else the reading says (edited, cut, the post, misses).
// Relative times ("3 tim", "2d") count back from --now (default: the time the command runs).
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '@/rules/analyze';
import { isSameAccount, threadStatuses } from '@/rules/thread-status';
import type { AuthorRef, PageSnapshot } from '@/rules/snapshot';
import { ADAPTERS, platformOf } from '@/utils/page/adapters';
import { charactersCut } from '@/utils/page/characters-cut';
import { searchWithSelectorsAsWritten } from '@/utils/page/query-fallbacks';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { EXTRACT_USAGE, HelpAsked, parseArguments, readSavedPage, savedFromOtherPlatform, UsageError, withScheme } from './lib/extract-input';

/** Everyone the page names: the account given is printed as the page shows it when it is one of them. */
function peopleOn(snapshot: PageSnapshot): AuthorRef[] {
  return [snapshot.pageOwner, snapshot.signedIn, snapshot.post?.author ?? null, ...snapshot.comments.map((c) => c.author)]
    .filter((person): person is AuthorRef => person !== null);
}

/** `--account`: a profile address (with or without https://) or a handle (with or without @). */
function givenAccount(arg: string, snapshot: PageSnapshot): AuthorRef {
  const address = withScheme(arg);
  const isAddress = /^https?:\/\//i.test(arg) || platformOf(address) !== null;
  if (isAddress && platformOf(address) !== snapshot.platform) {
    throw new UsageError(`--account ${arg} är inte en adress på ${PLATFORM_NAMES[snapshot.platform]}.`);
  }
  const given: AuthorRef = isAddress ? { name: arg, handle: null, url: address } : { name: arg, handle: arg.replace(/^@/, ''), url: null };
  const onPage = peopleOn(snapshot).find((person) => isSameAccount(person, given));
  if (!onPage) process.stderr.write(`Ingen på sidan är ${arg}: alla kommentarer räknas som andras.\n`);
  return onPage ?? given;
}

function main(): void {
  const input = parseArguments(process.argv.slice(2));
  const html = readSavedPage(input.file);
  searchWithSelectorsAsWritten(); // what is quick in jsdom (see query-fallbacks)
  // The saved page's own console and CSS the parser cannot read are not the reader's output.
  const dom = new JSDOM(html, { url: input.url, virtualConsole: new VirtualConsole() });
  const other = savedFromOtherPlatform(dom.window.document, input.platform);
  if (other) {
    throw new UsageError(`Sidan är sparad från ${PLATFORM_NAMES[other.platform]} (${other.address.slice(0, 200)}), men --url är en adress på ${PLATFORM_NAMES[input.platform]}: ange sidans egen adress.`);
  }
  const { snapshot, elements } = ADAPTERS[input.platform](dom.window.document, input.url, input.now);
  // The same account the content script takes when the register does not name one (run-content-script).
  const account = input.account ? givenAccount(input.account, snapshot) : snapshot.pageOwner ?? snapshot.post?.author ?? null;
  const statuses = threadStatuses(snapshot.comments, account);
  const output = {
    platform: snapshot.platform,
    pageKind: snapshot.pageKind,
    account,
    profileText: snapshot.profileText,
    comments: snapshot.comments.map((c) => {
      const status = statuses.get(c.id) ?? 'unanswered';
      const element = elements.get(c.id);
      const cut = element ? charactersCut(snapshot.platform, element, c.text, elements.values()) : undefined;
      return {
        id: c.id, parentId: c.parentId, author: c.author, text: c.text, postedAt: c.postedAt, byAccount: status === 'own',
        hiddenReplies: c.hiddenReplies, status, findings: status === 'own' ? [] : analyze(c.text),
        // Besides: the site's "Edited" and "See more", and about how many characters past Uppsikt's reading limit are left out.
        edited: c.edited, truncated: c.truncated, charactersCut: cut ?? null,
      };
    }),
    signedIn: snapshot.signedIn,
    post: snapshot.post,
    misses: snapshot.misses,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  // Said where a person reads it too: at the end of a long JSON the misses are easily overlooked.
  if (snapshot.misses.length > 0) {
    const parts = snapshot.misses.map((m) => `${m.part} (${m.detail})`).join('; ');
    process.stderr.write(`Uppsikt kände inte igen allt på sidan som ${PLATFORM_NAMES[snapshot.platform]}-sida: ${parts}.\n`);
  }
  // The answer is written: jsdom failing to take down a page nested thousands deep must not make it a failure.
  try {
    dom.window.close();
  } catch {
    // nothing more to do: the process ends
  }
}

/** Why it failed, for a person: a page nested too deep for the parser says so rather than "call stack size". */
function failure(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'extract misslyckades: sidan är nästlad för djupt för att läsas (tusentals element i varandra); spara den igen från webbläsaren.';
  return `extract misslyckades: ${(error as Error).message}`;
}

try {
  main();
} catch (error) {
  if (error instanceof HelpAsked) process.stdout.write(`${EXTRACT_USAGE}\n`);
  else process.stderr.write(`${error instanceof UsageError ? error.message : failure(error)}\n`);
  if (!(error instanceof HelpAsked)) process.exitCode = error instanceof UsageError ? 2 : 1;
}
