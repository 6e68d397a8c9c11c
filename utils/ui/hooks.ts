import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { PageReport } from '@/utils/report';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { LoadedSettings } from '@/utils/settings/store';
import type { Lang } from './strings';

/**
 * The tab the panel or popup belongs to: the active tab of its window, followed as it changes;
 * or the tab named by `?tab=ID` when the page was opened for one tab (in its own window or a test).
 */
export function useActiveTab(): chrome.tabs.Tab | null {
  const [tab, setTab] = useState<chrome.tabs.Tab | null>(null);
  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    const current = (): Promise<chrome.tabs.Tab | undefined> => pinned
      ? browser.tabs.get(pinned).then((t) => t as chrome.tabs.Tab, () => undefined)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t as chrome.tabs.Tab | undefined);
    const refresh = () => void current().then((t) => setTab(t ?? null));
    refresh();
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => { if (change.url || change.status === 'complete') refresh(); };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}

interface PageReportState {
  report: PageReport | null;
  /** Why the page's last report was refused (the report shown, if any, is older); null when it was taken. */
  refused: string | null;
  loading: boolean;
}

/** The newest report of a tab's content script, live. */
export function usePageReport(tabId: number | undefined): PageReportState {
  const [state, setState] = useState<PageReportState>({ report: null, refused: null, loading: true });
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const load = () => Promise.all([sendMessage('getPageReport', tabId), sendMessage('getReportRefusal', tabId).catch(() => null)])
      .then(([report, refused]) => alive && setState({ report, refused, loading: false }))
      .catch(() => alive && setState({ report: null, refused: null, loading: false }));
    void load();
    const remove = onMessage('pageReportChanged', ({ data }) => { if (data === tabId) void load(); });
    return () => { alive = false; remove(); };
  }, [tabId]);
  return state;
}

/**
 * Settings with managed values applied, and which paths are locked by the organisation.
 * `policyWaitMs`: how long to wait for the browser's policy before taking the copy last read (or none).
 */
export function useSettings(policyWaitMs?: number): LoadedSettings & { loaded: boolean } {
  const [state, setState] = useState<LoadedSettings & { loaded: boolean }>({ settings: DEFAULT_SETTINGS, locked: [], policyProblems: [], storedProblems: [], loaded: false });
  useEffect(() => {
    // Loaded after the first paint: validating settings needs the schema library (90 KB), which
    // would otherwise hold up the popup's first frame.
    let alive = true;
    let unwatch = () => {};
    void Promise.all([import('@/utils/settings/store'), import('@/utils/settings/managed-policy')]).then(([{ loadSettings, settingsItem }, { watchManagedPolicy }]) => {
      if (!alive) return;
      const load = () => void loadSettings({ policyWaitMs }).then((next) => alive && setState({ ...next, loaded: true }));
      load();
      const unwatchOwn = settingsItem.watch(load);
      const unwatchPolicy = watchManagedPolicy(load);
      unwatch = () => {
        unwatchOwn();
        unwatchPolicy();
      };
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [policyWaitMs]);
  return state;
}

/**
 * The language the editor chose, read straight from storage without the settings' validation (a
 * library of 90 KB, loaded after the first paint): a page's frame is drawn in it at once, and its
 * content once the settings are loaded. Swedish when none is stored; null until storage answered.
 */
export function useStoredLanguage(): Lang | null {
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    let alive = true;
    const stored = (value: Record<string, unknown>) => (value.settings as { language?: unknown } | undefined)?.language;
    void browser.storage.local.get('settings').then(
      (value) => alive && setLang(stored(value) === 'en' ? 'en' : 'sv'),
      () => alive && setLang('sv'),
    );
    return () => { alive = false; };
  }, []);
  return lang;
}

/**
 * The page's language and, when given, its title in the editor's language: the tab's title and a
 * screen reader's voice follow it (the HTML files are written in Swedish).
 */
export function useDocumentLanguage(lang: string, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    if (title) document.title = title;
  }, [lang, title]);
}
