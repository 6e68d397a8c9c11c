import { useId } from 'react';
import { CATEGORIES, type Category } from '@/rules/categories';
import { categoryLabel, type Lang } from '@/rules/explain';
import type { LogAction } from '@/utils/db/records';
import { LOG_ACTIONS, logActionLabel } from '@/utils/log/actions';
import type { LogFilter } from '@/utils/log/query';
import { LOG_STRINGS } from '@/utils/log/strings';
import { bidiControlsShown } from '@/utils/ui/without-bidi';

interface Props {
  filter: LogFilter;
  accounts: string[];
  /** The register's name for an account key, where it has one: "Sjöviks kommun (facebook.com/sjovikskommun)". */
  names?: ReadonlyMap<string, string>;
  lang: Lang;
  onChange(filter: LogFilter): void;
}

/** The log's filters: free text, account, category, action and a date range (Swedish days). */
export function LogFilters({ filter, accounts, names, lang, onChange }: Props) {
  const t = LOG_STRINGS[lang];
  const id = useId();
  const set = (patch: Partial<LogFilter>) => {
    const next: LogFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof LogFilter>) if (!next[key]) delete next[key];
    onChange(next);
  };
  const hasFilter = Object.values(filter).some(Boolean);
  return (
    <fieldset className="log-filters">
      <legend>{t.filters}</legend>
      <div className="log-filter log-filter-search">
        <label htmlFor={`${id}-search`}>{t.search}</label>
        <input id={`${id}-search`} type="search" value={filter.search ?? ''} aria-describedby={`${id}-search-hint`}
          onChange={(e) => set({ search: e.target.value })} />
        <small id={`${id}-search-hint`}>{t.searchHint}</small>
      </div>
      <div className="log-filter">
        <label htmlFor={`${id}-account`}>{t.account}</label>
        <select id={`${id}-account`} value={filter.account ?? ''} onChange={(e) => set({ account: e.target.value })}>
          <option value="">{t.all}</option>
          {accounts.map((account) => <option key={account} value={account}>{names?.has(account) ? `${bidiControlsShown(names.get(account)!)} (${account})` : account}</option>)}
        </select>
      </div>
      <div className="log-filter">
        <label htmlFor={`${id}-category`}>{t.category}</label>
        <select id={`${id}-category`} value={filter.category ?? ''} onChange={(e) => set({ category: (e.target.value || undefined) as Category | undefined })}>
          <option value="">{t.all}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c, lang)}</option>)}
        </select>
      </div>
      <div className="log-filter">
        <label htmlFor={`${id}-action`}>{t.action}</label>
        <select id={`${id}-action`} value={filter.action ?? ''} onChange={(e) => set({ action: (e.target.value || undefined) as LogAction | undefined })}>
          <option value="">{t.all}</option>
          {LOG_ACTIONS.map((a) => <option key={a} value={a}>{logActionLabel(a, lang)}</option>)}
        </select>
      </div>
      <div className="log-filter">
        <label htmlFor={`${id}-from`}>{t.from}</label>
        <input id={`${id}-from`} type="date" value={filter.from ?? ''} max={filter.to} onChange={(e) => set({ from: e.target.value })} />
      </div>
      <div className="log-filter">
        <label htmlFor={`${id}-to`}>{t.to}</label>
        <input id={`${id}-to`} type="date" value={filter.to ?? ''} min={filter.from} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <button type="button" className="action-button" disabled={!hasFilter} onClick={() => onChange({})}>{t.clear}</button>
    </fieldset>
  );
}
