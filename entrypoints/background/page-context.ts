import type { AuthorRef, Platform } from '@/rules/snapshot';
import { profileKey } from '@/rules/thread-status';
import { db } from '@/utils/db/app-db';
import { swedishNonWorkingDays } from '@/utils/holidays';
import { stockholmDate } from '@/rules/stockholm-time';
import type { PageContext } from '@/utils/messaging';
import { effectivePolicy } from '@/utils/policy';
import { loadSettings } from '@/utils/settings/store';
import { ownContacts } from '@/utils/settings/own-contacts';
import { accountKey } from '@/utils/accounts/register';
import { signatureFor } from '@/rules/signature';
import { getPreset } from '@/rules/presets';
import { accountOverrides } from '@/utils/accounts/overrides';
import { stepsOn } from './comment-steps';

/**
 * Who "us" is on a page: the editor's own correction first, then the account register (matched by
 * profile URL or handle, never by display name), then the page itself (the page or profile being
 * viewed, or the post's author).
 */
export async function resolveAccount(platform: Platform, pageOwner: AuthorRef | null): Promise<Pick<PageContext, 'account' | 'accountSource'>> {
  const pageKey = pageOwner ? accountKey(pageOwner) : null;
  const corrected = pageKey ? (await accountOverrides.getValue())[`${platform}:${pageKey}`] : undefined;
  if (corrected) return { account: corrected, accountSource: 'editor' };
  const keys = [profileKey(pageOwner?.url), pageOwner?.handle?.replace(/^@/, '').toLowerCase()].filter((k): k is string => Boolean(k));
  for (const key of keys) {
    const registered = await db().accounts.where('key').equals(key).first();
    if (registered && registered.platform === platform)
      return { account: { name: registered.name, handle: registered.handle, url: registered.url }, accountSource: 'register' };
  }
  if (pageOwner) return { account: pageOwner, accountSource: 'page' };
  return { account: null, accountSource: 'none' };
}

/**
 * The editor's false alarms and handled comments on this platform (the page's comments are keyed
 * "<platform>:<id>"). Null when they cannot be read: unreadable is not none, so the page's panel
 * says so rather than show the comments they settled as flagged again without a word.
 */
async function decisionsOn(platform: Platform) {
  const onPlatform = `${platform}:`;
  try {
    return await Promise.all([
      db().ignored.where('commentKey').startsWith(onPlatform).toArray(),
      db().handled.where('commentKey').startsWith(onPlatform).toArray(),
    ]);
  } catch {
    return null;
  }
}

export async function pageContext(request: { platform: Platform; url: string; pageOwner: AuthorRef | null }): Promise<PageContext> {
  const { settings } = await loadSettings();
  const policy = effectivePolicy(settings);
  // The year in Sweden (a UTC clock is still in the old year on New Year's night), and two before it: a comment from
  // the year before last counted its Christmas as working days.
  const year = Number(stockholmDate(Date.now()).slice(0, 4));
  const decisions = await decisionsOn(request.platform);
  const [ignored, handled] = decisions ?? [[], []];
  return {
    ...(await resolveAccount(request.platform, request.pageOwner)),
    highlight: settings.highlight[request.platform],
    presetId: policy.presetId,
    actionOverrides: settings.policy.categoryActions ?? {},
    responseHours: policy.responseHours,
    office: policy.office,
    holidays: swedishNonWorkingDays([year - 2, year - 1, year]),
    ignored: ignored.map((entry) => entry.commentKey),
    handled: handled.map((entry) => entry.commentKey),
    movedToCase: handled.filter((entry) => entry.how === 'case-handling').map((entry) => entry.commentKey),
    own: ownContacts(settings),
    language: settings.language,
    signature: signatureFor(settings.editor, getPreset(policy.presetId)),
    steps: await stepsOn(request.platform, settings.language).catch(() => ({})),
    ...(decisions ? {} : { decisionsUnread: true }),
  };
}
