import { readPage } from './adapter';
import { isHiddenRepliesText, isLabel } from './labels';
import { threadOf } from './urls';
import { runContentScript } from '@/utils/page/run-content-script';
import { becomeTheOnlyCopy } from '@/utils/page/one-copy';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  runAt: 'document_idle',
  // WXT would also post its start to the page's own scripts, naming the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    becomeTheOnlyCopy(ctx, 'facebook');
    runContentScript(ctx, 'facebook', readPage, {
      isRepliesButton: isHiddenRepliesText, isMoreCommentsButton: (text) => isLabel(text, 'moreComments'), isSeeMoreButton: (text) => isLabel(text, 'seeMore'),
    }, { threadOf });
  },
});
