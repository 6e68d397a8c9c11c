import { browser } from 'wxt/browser';
import { readAddress } from '@/entrypoints/x.content/urls';
import type { PageReport } from '@/utils/report';
import { STRINGS, type Lang } from '@/utils/ui/strings';

/**
 * X's page of the replies a post's author hid (/<handle>/status/<id>/hidden), built from the
 * report's own address, never from a link on the page. Null when the address names no author
 * (/i/status/<id>): the hint then says where to find them on the post.
 */
export function hiddenRepliesUrl(report: Pick<PageReport, 'platform' | 'url'>): string | null {
  if (report.platform !== 'x') return null;
  const { kind, handle, statusId } = readAddress(report.url);
  return kind === 'status' && handle && statusId ? `https://x.com/${handle}/status/${statusId}/hidden` : null;
}

/**
 * Says the post's author hid replies to it (X's "Visa dolda svar"): they are in no conversation
 * Uppsikt reads, yet may need documenting. The button opens their page in the tab, as X's own link does.
 */
export function HiddenByAuthorHint({ report, tabId, lang }: { report: Pick<PageReport, 'platform' | 'url' | 'repliesHiddenByAuthor'>; tabId: number | undefined; lang: Lang }) {
  if (!report.repliesHiddenByAuthor) return null;
  const t = STRINGS[lang];
  const url = hiddenRepliesUrl(report);
  return (
    <p className="hint hidden-by-author">
      {t.repliesHiddenByAuthorHint}
      {url && tabId !== undefined && (
        <>{' '}<button type="button" className="action-button" onClick={() => void browser.tabs.update(tabId, { url }).catch(() => undefined)}>{t.openHiddenReplies}</button></>
      )}
    </p>
  );
}
