import { QUICK_MS } from '@/utils/settings/managed-policy';
import { useSettings } from '@/utils/ui/hooks';

/**
 * The settings page's settings: the editor's own at once, with the organisation's policy as last
 * read (or none), and the browser's answer laid over them when it comes (the hook hears the copy change).
 *
 * Other pages wait for the browser's policy service on the first start after installing, with no
 * copy of it yet: 3–8 s and up to FIRST_MS. The form then said only "Läser inställningarna …" all
 * that time. The editor's own values do not need the policy; the App keeps the editor's edits when
 * it comes, except where the policy now decides.
 */
export const useOptionsSettings = () => useSettings(QUICK_MS);
