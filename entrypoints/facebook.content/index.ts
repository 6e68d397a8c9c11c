import { readPage } from './adapter';
import { isHiddenRepliesText, isLabel } from './labels';
import { threadOf } from './urls';
import { runContentScript } from '@/utils/page/run-content-script';

export default defineContentScript({
  matches: ['*://www.facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, 'facebook', readPage, {
      isRepliesButton: isHiddenRepliesText, isMoreCommentsButton: (text) => isLabel(text, 'moreComments'), isSeeMoreButton: (text) => isLabel(text, 'seeMore'),
    }, { threadOf });
  },
});
