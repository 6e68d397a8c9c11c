import type { Platform } from '@/rules/snapshot';
import { profileKey } from '@/rules/thread-status';
import { accountKeys } from '@/utils/accounts/keys';
import { byName } from '@/utils/accounts/name-order';
import { withoutBidiControls } from '@/utils/ui/without-bidi';
import type { OverviewRow, RowState } from '@/utils/accounts/overview-row';

/** Which accounts the overview shows, and in which order: 800 accounts are too many to read through. */
export interface OverviewView {
  /** Words to find in the name, handle, link or the people of the account. */
  query: string;
  show: 'all' | 'action' | 'active' | 'paused' | 'closed';
  platform: Platform | 'all';
  /** Name in Swedish order; or the longest unwatched, the longest undocumented first. */
  sort: 'name' | 'lastRound' | 'documented';
}

export const ALL_ACCOUNTS: OverviewView = { query: '', show: 'all', platform: 'all', sort: 'name' };

export const isFiltered = (view: OverviewView): boolean =>
  view.query.trim() !== '' || view.show !== 'all' || view.platform !== 'all';

/** Case, direction controls and how the letters were stored do not count: "KULTUR" finds "Kulturhuset", and so does a pasted name with an LRM or a decomposed "ä". */
const folded = (text: string) => withoutBidiControls(text).normalize('NFC').toLocaleLowerCase('sv');

/** What the search looks in: who the account is, and who runs it. */
function searchable({ account }: OverviewRow): string {
  return folded([account.name, account.handle ?? '', account.url, account.responsible, account.substitute, ...account.editors].join('\n'));
}

/** The search as asked: words that must all be there, or, for a link, the account any link to it is written as. */
interface Search { key: string | null; words: string[] }

function searchOf(query: string): Search {
  const trimmed = query.trim();
  // "https://www.instagram.com/sthlm_bibliotek2/", "m.facebook.com/sjovikskommun?locale=sv_SE": the account the link goes to.
  const key = /^(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/\S/i.test(trimmed) ? profileKey(/^https?:/i.test(trimmed) ? trimmed : `https://${trimmed}`) : null;
  // "@kulturhuset" finds the account by its handle or by its link.
  return { key, words: folded(trimmed).split(/\s+/).map((word) => word.replace(/^@/, '')).filter(Boolean) };
}

function matches(row: OverviewRow, search: Search): boolean {
  if (search.key && accountKeys(row.account).includes(search.key)) return true;
  const text = searchable(row);
  return search.words.every((word) => text.includes(word));
}

/** Never watched or never documented is the longest ago of all; a closed account owes neither, and comes last. */
const oldestFirst = (at: (row: OverviewRow) => string | undefined) => (a: OverviewRow, b: OverviewRow) => {
  const closed = Number(a.account.status === 'closed') - Number(b.account.status === 'closed');
  const time = (row: OverviewRow) => (at(row) ? Date.parse(at(row)!) : -Infinity);
  return closed || (time(a) === time(b) ? 0 : time(a) - time(b)) || byName(a.account, b.account);
};

const ORDER: Record<OverviewView['sort'], (a: OverviewRow, b: OverviewRow) => number> = {
  name: (a, b) => byName(a.account, b.account),
  lastRound: oldestFirst((row) => row.lastRound?.at),
  documented: oldestFirst((row) => row.lastDocumented?.at),
};

/**
 * The rows the view shows, in its order (the states are the rows' own, see rowState), and how many of those its
 * search and platform leave that need action: what "Att åtgärda (N)" would show.
 */
export function visibleRows<R extends { row: OverviewRow; state: RowState }>(rows: readonly R[], view: OverviewView): { shown: R[]; needingAction: number } {
  const search = searchOf(view.query);
  const found = rows.filter(({ row }) => (view.platform === 'all' || row.account.platform === view.platform) && matches(row, search));
  const shown = found
    .filter(({ row, state }) => view.show === 'all' || (view.show === 'action' ? state.needsAction : row.account.status === view.show))
    .sort((a, b) => ORDER[view.sort](a.row, b.row));
  return { shown, needingAction: found.filter(({ state }) => state.needsAction).length };
}
