import { readPage } from './adapter';
import { isLoadMoreCommentsLabel, isMoreLabel, viewRepliesPattern } from './labels';
import { threadOf } from './urls';
import { runContentScript } from '@/utils/page/run-content-script';
import { becomeTheOnlyCopy } from '@/utils/page/one-copy';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  // WXT would also post its start to the page's own scripts, naming the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    becomeTheOnlyCopy(ctx, 'instagram');
    runContentScript(ctx, 'instagram', readPage, {
      isRepliesButton: (text) => viewRepliesPattern.test(text), isMoreCommentsButton: isLoadMoreCommentsLabel, isSeeMoreButton: isMoreLabel,
    }, { threadOf });
  },
});
