import { unfinishedRead, type AdapterResult } from '@/utils/page/adapter';
import { collected, once, type Collection, type ReadMemo } from '@/utils/page/read-memo';
import type { AuthorRef, CommentSnapshot, LayoutMiss, PageKind, PageSnapshot, PostSnapshot } from '@/rules/snapshot';
import { commentCountFromText, isLabel } from './labels';
import { readComments } from './read-comments';
import { postArticles, readPost, readPostTime } from './read-post';
import { commentBox, readFollowersShown, readIntroBio, readProfileOwner, readProfileText, readReplyBoxes, readSignedIn } from './read-profile';
import { button, commentArticle, outsideComments, postArticle } from './selectors';
import { pageKindFromUrl, profileFromHref } from './urls';

const COMMENT = commentArticle.css.join(', ');
const NO_BUTTONS: Collection = { elements: [], appendedFrom: 0, epoch: -1 };

/** Runs one part of the reading; a part that throws becomes a LayoutMiss and a fallback value. */
function part<T>(name: string, misses: LayoutMiss[], fallback: T, read: () => T): T {
  try {
    return read();
  } catch (error) {
    misses.push({ part: name, detail: `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) });
    return fallback;
  }
}

/**
 * Reads a Facebook page (post, page/profile, about) into a snapshot. Read-only, never throws,
 * no browser globals: it also runs under Node with jsdom for the extract CLI.
 */
export function readPage(doc: Document, url: string, now: Date, memo?: ReadMemo): AdapterResult {
  const misses: LayoutMiss[] = [];
  const uiLanguage = part('page', misses, 'en', () => (doc.documentElement.getAttribute('lang') || 'en').trim());
  const posts = part('postArticle', misses, [] as Element[], () => once(memo, 'posts', () => postArticles(collected(memo, 'postArticles', doc, postArticle.css).elements)));
  let pageKind: PageKind = part('page', misses, 'unknown' as PageKind, () => pageKindFromUrl(url));
  const hasComments = part('commentArticle', misses, false, () => collected(memo, 'commentArticles', doc, commentArticle.css).elements.length > 0);
  if (pageKind === 'unknown' && posts.length === 1 && hasComments) pageKind = 'post';

  // The post whose comments are shown: the one holding them, else the first.
  const mainPost = part('postArticle', misses, null as Element | null, () =>
    pageKind === 'post' ? once(memo, 'mainPost', () => posts.find((p) => p.querySelector(COMMENT)) ?? posts[0] ?? null) : null,
  );
  if (pageKind === 'post' && !mainPost) misses.push({ part: 'postArticle', detail: 'no post article on a post page' });
  // A copy: what is found out below about hidden comments belongs to this read only.
  const post: PostSnapshot | null = mainPost ? part('postArticle', misses, null, () => ({ ...once(memo, 'post', () => readPost(doc, mainPost, url, now)) })) : null;
  if (mainPost && post && !post.author) misses.push({ part: 'postAuthorLink', detail: 'the post has no author link' });

  const profileOwner = part('profileName', misses, null as AuthorRef | null, () => (pageKind === 'profile' ? once(memo, 'owner', () => readProfileOwner(doc, url)) : null));
  const postAuthor = post?.author ?? null;

  // The page-level parts before the comments: a pass that reads the last comments then ends with them.
  const profileText = part('profileIntro', misses, null as string | null, () => once(memo, 'profileText', () => readProfileText(doc, memo)));
  const bioText = pageKind === 'profile' ? part('profileIntro', misses, null as string | null, () => once(memo, 'bioText', () => readIntroBio(doc, memo))) : null;
  const followersShown = pageKind === 'profile' ? part('profileName', misses, null as string | null, () => once(memo, 'followersShown', () => readFollowersShown(doc))) : null;
  const signedIn = part('signedInButton', misses, null as AuthorRef | null, () => once(memo, 'signedIn', () => readSignedIn(doc, url)));
  const replyBoxes = part('composer', misses, [] as Element[], () => readReplyBoxes(doc, memo));
  const composer = part('composer', misses, null as Element | null, () => once(memo, 'composer', () => commentBox(replyBoxes)));
  // Buttons outside the comments ("Visa fler kommentarer", the comment counter, "Visa fler svar"), found once.
  const buttonList = part('button', misses, NO_BUTTONS, () => collected(memo, 'buttons', doc, [outsideComments(button.css)]));
  const buttons = buttonList.elements;
  if (memo?.ranOut) return unfinishedRead('facebook', url);
  const read = part('commentArticle', misses, { comments: [] as CommentSnapshot[], elements: new Map<string, Element>(), misses: [] as LayoutMiss[] }, () =>
    pageKind === 'post' || hasComments ? readComments(doc, { url, now, postAuthor: post?.author ?? null, buttons: buttonList }, memo) : { comments: [], elements: new Map(), misses: [] },
  );
  if (memo?.ranOut) return unfinishedRead('facebook', url);
  misses.push(...read.misses);
  const shown = part('button', misses, null as number | null, () => shownCommentCount(mainPost, buttons));
  if (pageKind === 'post' && read.comments.length === 0 && shown && shown > 0) {
    misses.push({ part: 'commentArticle', detail: `the post says ${shown} comments but none were recognised` });
  }
  // More comments than the page shows: a "Visa fler kommentarer" button, or a count above what is listed.
  if (post && mainPost) {
    const moreButton = part('button', misses, false, () => hasMoreCommentsButton(mainPost, buttons));
    if (moreButton || (shown !== null && shown > read.comments.length)) post.hiddenComments = true;
  }

  if (pageKind === 'profile' && !profileText && /\/about/.test(url)) {
    misses.push({ part: 'aboutSection', detail: 'no about section on an about page' });
  }
  const recentPostTimes = part('postPermalink', misses, [] as string[], () =>
    posts.map((p) => (p === mainPost && post ? post.postedAt : readPostTime(p, now).postedAt)).filter((t): t is string => t !== null),
  );

  const pageOwner = pageKind === 'profile' ? profileOwner : pageOfPost(url, postAuthor, signedIn, read.comments) ?? postAuthor;

  const snapshot: PageSnapshot = {
    platform: 'facebook',
    pageKind,
    url,
    capturedAt: Number.isNaN(now.getTime()) ? new Date(0).toISOString() : now.toISOString(),
    pageOwner,
    signedIn,
    post,
    comments: read.comments,
    profileText,
    ...(bioText ? { bioText } : {}),
    ...(followersShown ? { followersShown } : {}),
    recentPostTimes,
    uiLanguage,
    misses,
  };
  return { snapshot, elements: read.elements, composer, replyBoxes };
}

/**
 * The page a post is shown on, when its address names one ("/sjovikskommun/posts/…") and the post's
 * author is someone else: a visitor's post on the page. The page is the one being viewed, so its
 * replies are the page's own. Its name is taken from the signed-in page or a comment it wrote.
 */
function pageOfPost(url: string, author: AuthorRef | null, signedIn: AuthorRef | null, comments: CommentSnapshot[]): AuthorRef | null {
  const onPage = profileFromHref(url, url);
  const handle = onPage?.handle?.toLowerCase();
  // An author known by number only ("profile.php?id=…") may be the page itself: nothing to compare, the author stands.
  // An author not read at all leaves the page in the address ("/sjovikskommun/posts/…").
  if (!onPage || !handle || (author && (!author.handle || author.handle.toLowerCase() === handle))) return null;
  const named = signedIn?.handle?.toLowerCase() === handle ? signedIn : comments.find((c) => c.author.handle?.toLowerCase() === handle)?.author;
  return named ?? { name: onPage.handle!, handle: onPage.handle, url: onPage.url };
}

function hasMoreCommentsButton(post: Element, buttons: Element[]): boolean {
  return buttons.some((b) => post.contains(b) && isLabel(b.textContent, 'moreComments'));
}

/** The post's "28 kommentarer" / "782 comments" counter, when shown. */
function shownCommentCount(post: Element | null, buttons: Element[]): number | null {
  if (!post) return null;
  for (const b of buttons) {
    if (!post.contains(b)) continue;
    for (const el of b.querySelectorAll('span')) {
      const n = commentCountFromText(el.textContent);
      if (n !== null) return n;
    }
  }
  return null;
}
