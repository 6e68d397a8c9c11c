import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusLine } from '@/components/StatusLine';

afterEach(cleanup);

/** What a screen reader is told of a live region: the nodes added to it. */
function additionsTo(region: Element): () => number {
  const added: Node[] = [];
  const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return () => {
    added.push(...observer.takeRecords().flatMap((r) => [...r.addedNodes]));
    return added.length;
  };
}

describe('the side panel\'s status line', () => {
  it('says the same words again as a new message (the second "Loggat …" in a row went unsaid)', () => {
    const { rerender, getByRole } = render(<StatusLine text="Loggat. Kommentaren räknas som besvarad." n={1} />);
    const region = getByRole('status');
    const added = additionsTo(region);
    rerender(<StatusLine text="Loggat. Kommentaren räknas som besvarad." n={2} />);
    expect(added()).toBeGreaterThan(0);
    expect(region.textContent).toBe('Loggat. Kommentaren räknas som besvarad.');
  });

  it('adds nothing when it is drawn again for another reason, with the same message', () => {
    const { rerender, getByRole } = render(<StatusLine text="Dokumenterar …" n={3} />);
    const added = additionsTo(getByRole('status'));
    rerender(<StatusLine text="Dokumenterar …" n={3} />);
    expect(added()).toBe(0);
  });
});
