import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '@/utils/ui/strings';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';
import { originPattern } from '@/utils/registrar/origin-pattern';

/**
 * Says when Uppsikt may not send to the registrar's address, with a button that asks for it. The
 * address may come from the organisation's policy, which cannot grant access itself, and the
 * browser asks only on a click; without this an editor would see only failed deliveries.
 */
export function RegistrarAccess({ endpoint, lang }: { endpoint: string; lang: Lang }) {
  const t = SETTINGS_STRINGS[lang];
  const origin = safeOrigin(endpoint);
  // What the browser said, and for which origin: an answer for the previous address says nothing.
  const [known, setKnown] = useState<{ origin: string; granted: boolean } | null>(null);
  const granted = known && known.origin === origin ? known.granted : null;
  useEffect(() => {
    if (!origin) return;
    let current = true;
    const set = (has: boolean) => current && setKnown({ origin, granted: has });
    const check = () => browser.permissions.contains({ origins: [origin] }).then(set, () => set(false));
    void check();
    // Granted on Save, or taken back on chrome://extensions: the notice follows.
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      current = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [origin]);
  if (!origin || granted !== false) return null;
  const ask = () => browser.permissions.request({ origins: [origin] }).then((has) => setKnown({ origin, granted: has }), () => setKnown({ origin, granted: false }));
  return (
    <p className="notice notice-warning" role="status">
      {t.registrarAccess(new URL(endpoint).origin)}{' '}
      <button type="button" className="action-button" onClick={() => void ask()}>{t.grantAccess}</button>
    </p>
  );
}

function safeOrigin(endpoint: string): string | null {
  try {
    return endpoint ? originPattern(endpoint) : null;
  } catch {
    return null;
  }
}
