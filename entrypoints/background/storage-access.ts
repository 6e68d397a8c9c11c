import { browser } from 'wxt/browser';

type RestrictableArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Closes extension storage (the settings, among them the registrator's address and key) to the
 * content scripts, which run in pages the sites control: they ask the background for what they need.
 * Chrome and Edge can do this for `local`; Firefox cannot yet (bug 1724754), and says so by lacking
 * the method. Chrome keeps the level across restarts; setting it at each start costs nothing.
 */
export async function closeStorageToContentScripts(): Promise<'closed' | 'unsupported'> {
  const local = browser.storage.local as unknown as RestrictableArea;
  if (typeof local.setAccessLevel !== 'function') return 'unsupported';
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return 'closed';
  } catch (error) {
    // Older Chrome has the method on `session` only and refuses it here.
    console.warn('Uppsikt: kunde inte stänga lagringen för innehållsskripten:', error);
    return 'unsupported';
  }
}
