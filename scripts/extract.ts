// `npm run --silent extract -- --url URL [--account HANDLE_OR_URL] [--now ISO] FILE.html`
// Runs the platform adapter and the rules under Node on a saved page and prints JSON.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '@/rules/analyze';
import { threadStatuses } from '@/rules/thread-status';
import type { AuthorRef } from '@/rules/snapshot';
import { ADAPTERS, platformOf } from '@/utils/page/adapters';
import { searchWithSelectorsAsWritten } from '@/utils/page/query-fallbacks';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const url = option('url') ?? fail('Ange sidans adress med --url (t.ex. https://www.facebook.com/sjovikskommun/posts/1).');
const file = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')).at(-1)
  ?? fail('Ange den sparade sidans fil.');
const platform = platformOf(url) ?? fail(`Okänd plattform för ${url}: Facebook, Instagram och X stöds.`);
const now = new Date(option('now') ?? Date.now());
const accountArg = option('account');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`Kunde inte läsa ${file}: ${(error as Error).message}`);
}
searchWithSelectorsAsWritten(); // what is quick in jsdom (see query-fallbacks)
// The saved page's own console and CSS the parser cannot read are not the reader's output.
const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
const { snapshot } = ADAPTERS[platform](dom.window.document, url, now);

function accountFrom(arg: string): AuthorRef {
  return /^https?:\/\//.test(arg) ? { name: arg, handle: null, url: arg } : { name: arg, handle: arg.replace(/^@/, ''), url: null };
}
const account = accountArg ? accountFrom(accountArg) : snapshot.pageOwner ?? snapshot.post?.author ?? null;
const statuses = threadStatuses(snapshot.comments, account);

const output = {
  platform: snapshot.platform,
  pageKind: snapshot.pageKind,
  account,
  signedIn: snapshot.signedIn,
  profileText: snapshot.profileText,
  post: snapshot.post,
  misses: snapshot.misses,
  comments: snapshot.comments.map((c) => {
    const status = statuses.get(c.id) ?? 'unanswered';
    return {
      id: c.id, parentId: c.parentId, author: c.author, text: c.text, postedAt: c.postedAt, edited: c.edited,
      truncated: c.truncated, byAccount: status === 'own', hiddenReplies: c.hiddenReplies, status,
      findings: status === 'own' ? [] : analyze(c.text),
    };
  }),
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
dom.window.close();
