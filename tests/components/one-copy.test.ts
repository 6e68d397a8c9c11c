import { describe, expect, it, vi } from 'vitest';

// A page's own script must not be able to stop Uppsikt: WXT stops a copy of a content script when a DOM
// event on the page says a newer copy started, and any script of the page can send that event.

const runtime: { id?: string } = { id: 'uppsikt-test-id' };
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

const { ContentScriptContext } = await import('wxt/utils/content-script-context');
const { becomeTheOnlyCopy } = await import('@/utils/page/one-copy');

function copy(): InstanceType<typeof ContentScriptContext> {
  const ctx = new ContentScriptContext('x');
  becomeTheOnlyCopy(ctx, 'x');
  return ctx;
}

/** What a page's script can send: WXT's event, by its name (the extension's id is public), from "another copy". */
function pageSaysANewerCopyStarted(): void {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'x', messageId: 'forged' } }));
}

describe('the one copy of the content script on a page', () => {
  it('goes on when a page\'s script says a newer copy started', () => {
    const ctx = copy();
    pageSaysANewerCopyStarted();
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  it('gives way to a real newer copy of itself, which goes on', () => {
    const older = copy();
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = copy();
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isValid).toBe(true);
    newer.notifyInvalidated();
  });

  it('gives way to the event once its extension was reloaded or removed', () => {
    const ctx = copy();
    runtime.id = undefined;
    try {
      pageSaysANewerCopyStarted();
      expect(ctx.signal.aborted).toBe(true);
    } finally {
      runtime.id = 'uppsikt-test-id';
    }
  });

  it('starts on a clean page where a copy that could not clean up left its badges and marks (Firefox ends a reloaded extension\'s scripts without their cleanup)', () => {
    document.body.innerHTML = '<article data-uppsikt-status="unanswered" data-uppsikt-categories="prohibited.threat">Jag vet var du bor</article>';
    const layer = document.createElement('uppsikt-overlay');
    layer.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { className: 'uppsikt-signature-hint' }));
    document.documentElement.append(layer);
    document.documentElement.setAttribute('data-uppsikt-platform', 'x');
    document.documentElement.setAttribute('data-uppsikt-layout', 'unrecognised');
    const ctx = copy();
    expect(document.querySelectorAll('uppsikt-overlay, [data-uppsikt-status], [data-uppsikt-categories]')).toHaveLength(0);
    expect(document.documentElement.hasAttribute('data-uppsikt-platform')).toBe(false);
    expect(document.documentElement.hasAttribute('data-uppsikt-layout')).toBe(false);
    expect(document.body.textContent).toBe('Jag vet var du bor');
    ctx.notifyInvalidated();
  });

  it('takes away a layer left before the copy marked the page', () => {
    document.documentElement.append(document.createElement('uppsikt-overlay'));
    const ctx = copy();
    expect(document.querySelectorAll('uppsikt-overlay')).toHaveLength(0);
    ctx.notifyInvalidated();
  });
});
