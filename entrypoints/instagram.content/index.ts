import { readPage } from './adapter';
import { isLoadMoreCommentsLabel, isMoreLabel, viewRepliesPattern } from './labels';
import { threadOf } from './urls';
import { runContentScript } from '@/utils/page/run-content-script';

export default defineContentScript({
  matches: ['*://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, 'instagram', readPage, {
      isRepliesButton: (text) => viewRepliesPattern.test(text), isMoreCommentsButton: isLoadMoreCommentsLabel, isSeeMoreButton: isMoreLabel,
    }, { threadOf });
  },
});
