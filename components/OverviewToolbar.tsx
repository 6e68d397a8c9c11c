import { useId, type RefObject } from 'react';
import type { Platform } from '@/rules/snapshot';
import type { OverviewView } from '@/utils/accounts/overview-view';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';

interface Props {
  view: OverviewView;
  onChange(view: OverviewView): void;
  /** How many open accounts need action: said in the "Att åtgärda" choice. */
  needingAction: number;
  /** An empty register has nothing to search: only its button is shown. */
  searchable: boolean;
  onAdd(): void;
  addButton: RefObject<HTMLButtonElement | null>;
  searchInput: RefObject<HTMLInputElement | null>;
  lang: Lang;
}

/** Above the register: a new account, and finding one among hundreds, before the first row rather than 1,600 Tab stops after it. */
export function OverviewToolbar({ view, onChange, needingAction, searchable, onAdd, addButton, searchInput, lang }: Props) {
  const t = REGISTER_STRINGS[lang].find;
  const id = useId();
  const set = (patch: Partial<OverviewView>) => onChange({ ...view, ...patch });
  return (
    <div className="overview-toolbar no-print">
      <button type="button" className="action-button" ref={addButton} onClick={onAdd}>{REGISTER_STRINGS[lang].addAccount}</button>
      {searchable && (
        <div className="overview-toolbar" role="search">
          <div className="log-filter log-filter-search">
            <label htmlFor={`${id}-search`}>{t.search}</label>
            <input id={`${id}-search`} ref={searchInput} type="search" value={view.query} aria-describedby={`${id}-hint`} onChange={(e) => set({ query: e.target.value })} />
            <small id={`${id}-hint`}>{t.searchHint}</small>
          </div>
          <div className="log-filter">
            <label htmlFor={`${id}-show`}>{t.show}</label>
            <select id={`${id}-show`} value={view.show} onChange={(e) => set({ show: e.target.value as OverviewView['show'] })}>
              {(Object.keys(t.shows) as Array<OverviewView['show']>).map((show) => (
                <option key={show} value={show}>{show === 'action' ? t.withCount(t.shows.action, needingAction) : t.shows[show]}</option>
              ))}
            </select>
          </div>
          <div className="log-filter">
            <label htmlFor={`${id}-platform`}>{t.platform}</label>
            <select id={`${id}-platform`} value={view.platform} onChange={(e) => set({ platform: e.target.value as OverviewView['platform'] })}>
              <option value="all">{t.allPlatforms}</option>
              {(Object.keys(PLATFORM_NAMES) as Platform[]).map((platform) => <option key={platform} value={platform}>{PLATFORM_NAMES[platform]}</option>)}
            </select>
          </div>
          <div className="log-filter">
            <label htmlFor={`${id}-sort`}>{t.sort}</label>
            <select id={`${id}-sort`} value={view.sort} onChange={(e) => set({ sort: e.target.value as OverviewView['sort'] })}>
              {(Object.keys(t.sorts) as Array<OverviewView['sort']>).map((sort) => <option key={sort} value={sort}>{t.sorts[sort]}</option>)}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}
