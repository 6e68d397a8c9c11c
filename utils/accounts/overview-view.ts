import type { Platform } from '@/rules/snapshot';
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

/** Case and direction controls do not count: "KULTUR" finds "Kulturhuset", and a pasted name with an LRM finds it too. */
const folded = (text: string) => withoutBidiControls(text).toLocaleLowerCase('sv');

/** What the search looks in: who the account is, and who runs it. */
function searchable({ account }: OverviewRow): string {
  return folded([account.name, account.handle ?? '', account.url, account.responsible, account.substitute, ...account.editors].join('\n'));
}

const matches = (row: OverviewRow, words: string[]) => {
  const text = searchable(row);
  return words.every((word) => text.includes(word));
};

/** Never watched or never documented is the longest ago of all. */
const oldestFirst = (at: (row: OverviewRow) => string | undefined) => (a: OverviewRow, b: OverviewRow) =>
  (at(a) ? Date.parse(at(a)!) : -Infinity) - (at(b) ? Date.parse(at(b)!) : -Infinity) || byName(a.account, b.account);

const ORDER: Record<OverviewView['sort'], (a: OverviewRow, b: OverviewRow) => number> = {
  name: (a, b) => byName(a.account, b.account),
  lastRound: oldestFirst((row) => row.lastRound?.at),
  documented: oldestFirst((row) => row.lastDocumented?.at),
};

/** The rows the view shows, in its order; the states are the rows' own (see rowState). */
export function visibleRows<R extends { row: OverviewRow; state: RowState }>(rows: readonly R[], view: OverviewView): R[] {
  // "@kulturhuset" finds the account by its handle or by its link.
  const words = folded(view.query).split(/\s+/).map((word) => word.replace(/^@/, '')).filter(Boolean);
  return rows
    .filter(({ row, state }) => (view.platform === 'all' || row.account.platform === view.platform)
      && (view.show === 'all' || (view.show === 'action' ? state.needsAction : row.account.status === view.show))
      && matches(row, words))
    .sort((a, b) => ORDER[view.sort](a.row, b.row));
}
