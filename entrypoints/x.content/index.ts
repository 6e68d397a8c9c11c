import { readPage } from './adapter';
import { matchesLabel } from './labels';
import { opensOver, threadOf } from './urls';
import { runContentScript } from '@/utils/page/run-content-script';
import { becomeTheOnlyCopy } from '@/utils/page/one-copy';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  // WXT would also post its start to the page's own scripts, naming the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    becomeTheOnlyCopy(ctx, 'x');
    runContentScript(ctx, 'x', readPage, {
      isRepliesButton: (text) => matchesLabel(text, 'showReplies') || matchesLabel(text, 'showMoreReplies'),
      isMoreCommentsButton: (text) => matchesLabel(text, 'showMoreReplies'), // replies to the post are its comments
      isSeeMoreButton: (text) => matchesLabel(text, 'showMore'),
    }, { threadOf, opensOver });
  },
});
