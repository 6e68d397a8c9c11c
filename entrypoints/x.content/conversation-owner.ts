import type { AuthorRef } from '@/rules/snapshot';

function sameHandle(a: AuthorRef | null, b: AuthorRef | null): boolean {
  return !!a?.handle && !!b?.handle && a.handle.toLowerCase() === b.handle.toLowerCase();
}

/**
 * Whose conversation a status page shows. The focused tweet is often a reply (an editor opens one
 * from a notification), and X draws the tweets it answers above it: the conversation is the
 * signed-in account's when it wrote one of those or the focused tweet, else its first tweet's
 * author's. `chain` is the tweets from the top of the page down to the focused one.
 */
export function conversationOwner(chain: Array<AuthorRef | null>, signedIn: AuthorRef | null): AuthorRef | null {
  const own = signedIn && chain.find((author) => sameHandle(author, signedIn));
  return own ?? chain.find((author) => author !== null) ?? null;
}
