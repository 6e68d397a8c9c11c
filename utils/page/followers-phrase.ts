// The follower count as a page writes it ("1 234 följare", "5,1 tn följare", "14K Followers"): the
// account's half-year documentation (R13) records it as shown, not as a number read into it.

const FOLLOWERS = /(\d[\d\s.,\u00a0]*(?:\s?(?:tn|mn|k|m))?)\s*(?:följare|followers)/iu;

/** The count and the whole phrase in a text, or null when it names no followers. */
export function followersPhrase(text: string | null | undefined): { count: string; phrase: string } | null {
  const match = text ? FOLLOWERS.exec(text) : null;
  return match ? { count: match[1].trim(), phrase: match[0].trim() } : null;
}
