import type { Lang } from '@/utils/ui/strings';

// The adapters name what they missed by their selectors (commentTimeLink, tweetUserName); the
// editor is told which part of the page that is, in plain words.

type Words = { sv: string; en: string };

const POST: Words = { sv: 'inlägget', en: 'the post' };
const POST_AUTHOR: Words = { sv: 'vem som skrev inlägget', en: 'who wrote the post' };
const COMMENTS: Words = { sv: 'kommentarerna', en: 'the comments' };
const COMMENT_AUTHORS: Words = { sv: 'vem som skrev kommentarerna', en: 'who wrote the comments' };
const COMMENT_TIMES: Words = { sv: 'när kommentarerna skrevs', en: 'when the comments were written' };
const COMMENT_LINKS: Words = { sv: 'kommentarernas länkar', en: "the comments' links" };
const BUTTONS: Words = { sv: 'knapparna för dolda svar och fler kommentarer', en: 'the buttons for hidden replies and more comments' };
const PROFILE: Words = { sv: 'profilen (namn och presentation)', en: 'the profile (name and presentation)' };
const SIGNED_IN: Words = { sv: 'vilket konto du är inloggad som', en: 'which account you are signed in as' };
const COMPOSER: Words = { sv: 'svarsrutan', en: 'the reply box' };
const OTHER: Words = { sv: 'en annan del av sidan', en: 'another part of the page' };
const PAGE: Words = { sv: 'sidan som helhet (läsningen av den avbröts)', en: 'the page as a whole (reading it stopped)' };

/** Each adapter's part names (entrypoints/<platform>.content/selectors.ts and their misses). */
const PARTS: Record<string, Words> = {
  postArticle: POST, postRoot: POST, focusedTweet: POST, postMessage: POST, caption: POST, postPermalink: POST,
  postAuthorLink: POST_AUTHOR,
  commentArticle: COMMENTS, commentItem: COMMENTS, commentText: COMMENTS, textLine: COMMENTS, tweet: COMMENTS, tweetText: COMMENTS,
  cell: COMMENTS, primaryColumn: COMMENTS, quotedTweet: COMMENTS,
  commentAuthorLink: COMMENT_AUTHORS, tweetUserName: COMMENT_AUTHORS, tweetAvatar: COMMENT_AUTHORS,
  commentTime: COMMENT_TIMES, commentTimeLink: COMMENT_TIMES, tweetTime: COMMENT_TIMES, machineTime: COMMENT_TIMES,
  commentIdLink: COMMENT_LINKS, editHistoryLink: COMMENT_LINKS,
  button: BUTTONS, repliesButton: BUTTONS, loadMoreComments: BUTTONS, showMoreLink: BUTTONS,
  profileHeader: PROFILE, profileUserName: PROFILE, profileUsername: PROFILE, profileBio: PROFILE, profileIntro: PROFILE,
  aboutSection: PROFILE, profileName: PROFILE, profileCounts: PROFILE, profileHeaderItems: PROFILE, gridPostLink: PROFILE,
  signedInButton: SIGNED_IN, navLandmark: SIGNED_IN, isSignedInLink: SIGNED_IN, signedInProfileLink: SIGNED_IN, accountSwitcher: SIGNED_IN,
  composer: COMPOSER,
  page: PAGE,
};

/** Which parts of the page were not recognised, in plain words, each once: "Uppsikt kände inte igen: kommentarerna och när kommentarerna skrevs." */
export function unrecognisedParts(parts: readonly string[], lang: Lang): string {
  const words = [...new Set(parts.map((part) => (Object.hasOwn(PARTS, part) ? PARTS[part] : OTHER)[lang]))];
  const and = lang === 'sv' ? ' och ' : ' and ';
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}` : words[0];
  return lang === 'sv' ? `Uppsikt kände inte igen: ${list}.` : `Uppsikt did not recognise: ${list}.`;
}
