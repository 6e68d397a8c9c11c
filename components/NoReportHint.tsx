import { useEffect, useState } from 'react';
import { platformOf } from '@/utils/platform-name';
import { STRINGS, type Lang } from '@/utils/ui/strings';

/**
 * How long a page of the sites may have been loaded without a report before the panel says it was
 * not checked: the content script reads the page once the site has drawn it, a second or two after
 * the load (longer on a long thread).
 */
export const NOT_SCANNED_AFTER_MS = 5_000;

/** The tab as the panel sees it: its address is known on the sites only. */
export interface TabSeen {
  id?: number;
  url?: string;
  status?: string;
}

/**
 * What the panel says when it has no report of the tab: another site; a page still loading or
 * being read; or, only once it has been loaded a while, that it was not checked and needs a reload
 * (the script did not start: site access withheld by the browser or the organisation, or an error;
 * Uppsikt starts itself in tabs open at install or update). Saying that at once told the editor to
 * reload every page she opened.
 */
export function NoReportHint({ tab, lang }: { tab: TabSeen | null; lang: Lang }) {
  const t = STRINGS[lang];
  const ours = platformOf(tab?.url) !== null;
  const loaded = tab?.status !== 'loading';
  const [waitedFor, setWaitedFor] = useState<string | null>(null);
  const page = `${tab?.id} ${tab?.url}`;
  useEffect(() => {
    if (!ours || !loaded) return;
    const timer = setTimeout(() => setWaitedFor(page), NOT_SCANNED_AFTER_MS);
    return () => clearTimeout(timer);
  }, [ours, loaded, page]);
  if (!ours) return <p className="hint">{t.noPage}</p>;
  return <p className="hint" role="status">{loaded && waitedFor === page ? t.notScanned : t.scanning}</p>;
}
