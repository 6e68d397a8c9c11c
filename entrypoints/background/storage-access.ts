import { browser } from 'wxt/browser';

type RestrictableArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Closes extension storage to the content scripts, which run in pages the sites control: they ask
 * the background for what they need. Both areas hold the registrator's address and key: `local` the
 * editor's settings, `managed` the organisation's policy. Chrome and Edge can do this; Firefox cannot
 * yet (bug 1724754), and says so by lacking the method. Chrome keeps the level across restarts;
 * setting it at each start costs nothing.
 */
export async function closeStorageToContentScripts(): Promise<'closed' | 'unsupported'> {
  const areas = [browser.storage.local, browser.storage.managed] as unknown as Array<RestrictableArea | undefined>;
  const closed = await Promise.all(areas.map(closeArea));
  return closed.every(Boolean) ? 'closed' : 'unsupported';
}

async function closeArea(area: RestrictableArea | undefined): Promise<boolean> {
  if (typeof area?.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    // Older Chrome has the method on `session` only and refuses it elsewhere.
    console.warn('Uppsikt: kunde inte stänga lagringen för innehållsskripten:', error);
    return false;
  }
}
