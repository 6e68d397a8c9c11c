import { readPage } from './adapter';
import { matchesLabel } from './labels';
import { opensOver, threadOf } from './urls';
import { runContentScript } from '@/utils/page/run-content-script';

export default defineContentScript({
  matches: ['*://x.com/*', '*://twitter.com/*', '*://mobile.x.com/*', '*://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, 'x', readPage, {
      isRepliesButton: (text) => matchesLabel(text, 'showReplies') || matchesLabel(text, 'showMoreReplies'),
      isMoreCommentsButton: (text) => matchesLabel(text, 'showMoreReplies'), // replies to the post are its comments
      isSeeMoreButton: (text) => matchesLabel(text, 'showMore'),
    }, { threadOf, opensOver });
  },
});
