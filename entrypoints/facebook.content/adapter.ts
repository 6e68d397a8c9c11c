import type { AdapterResult } from '@/utils/page/adapter';

// Placeholder until the facebook adapter lands.
export function readPage(_doc: Document, url: string, now: Date): AdapterResult {
  return {
    snapshot: {
      platform: 'facebook', pageKind: 'unknown', url, capturedAt: now.toISOString(), pageOwner: null,
      signedIn: null, post: null, comments: [], profileText: null, recentPostTimes: [],
      uiLanguage: _doc.documentElement.lang || 'en', misses: [],
    },
    elements: new Map(),
    composer: null,
  };
}
