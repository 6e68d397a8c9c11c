import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '@/rules/snapshot';
import type { Adapter } from './adapter';

export function runContentScript(_ctx: ContentScriptContext, platform: Platform, readPage: Adapter): void {
  const result = readPage(document, location.href, new Date());
  document.documentElement.dataset.uppsiktPlatform = platform;
  void result;
}
