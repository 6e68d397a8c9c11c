import { readPage } from './adapter';
import { runContentScript } from '@/utils/page/run-content-script';

export default defineContentScript({
  matches: ['*://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, 'instagram', readPage);
  },
});
