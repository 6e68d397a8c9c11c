import { afterEach, describe, expect, it } from 'vitest';
import { StepClock } from '@/utils/page/step-clock';

/** The measures one flush makes: collected until a sentinel measure made after it arrives. */
async function measuresOn(flush: () => void): Promise<PerformanceEntry[]> {
  const seen: PerformanceEntry[] = [];
  let done: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (done = resolve));
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'step-clock-test:end') done();
      else if (entry.name.startsWith('uppsikt-')) seen.push(entry);
    }
  });
  observer.observe({ entryTypes: ['measure'] });
  flush();
  performance.measure('step-clock-test:end');
  performance.clearMeasures('step-clock-test:end');
  await arrived;
  observer.disconnect();
  return seen;
}

/** The step measures one flush makes, by step. */
async function measuredOn(flush: () => void): Promise<Map<string, number>> {
  const steps = (await measuresOn(flush)).filter((entry) => entry.name.startsWith('uppsikt-step:'));
  return new Map(steps.map((entry) => [entry.name.replace('uppsikt-step:', ''), entry.duration]));
}

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* spends main-thread time, as copying a message does */ }
};

describe('StepClock', () => {
  const restores: Array<() => void> = [];
  afterEach(() => restores.splice(0).forEach((restore) => restore()));

  it('measures the time spent in each step, summed over its runs', async () => {
    const clock = new StepClock();
    clock.run('read', () => busy(4));
    clock.run('read', () => busy(4));
    clock.run('judge', () => busy(2));
    const measured = await measuredOn(() => clock.flush());
    expect(measured.get('read')).toBeGreaterThanOrEqual(8);
    expect(measured.get('judge')).toBeGreaterThanOrEqual(2);
    // Flushed: the next scan starts from zero.
    expect(await measuredOn(() => clock.flush())).toEqual(new Map());
  });

  it('counts a step run inside another once, in the outer step', async () => {
    const clock = new StepClock();
    clock.run('report', () => {
      busy(3);
      clock.run('send', () => busy(3));
    });
    const measured = await measuredOn(() => clock.flush());
    expect(measured.get('report')).toBeGreaterThanOrEqual(6);
    expect(measured.has('send')).toBe(false);
  });

  it('counts the calls of a method in a step, whoever makes them later, with its own this and answer', async () => {
    const clock = new StepClock();
    const runtime = {
      copies: 0,
      sendMessage(message: string) {
        busy(5);
        this.copies++;
        return `sent ${message}`;
      },
    };
    restores.push(clock.countCalls(runtime, 'sendMessage', 'send'));
    // As the messaging library does: the browser's method is looked up and called a microtask later.
    const answer = await Promise.resolve().then(() => runtime.sendMessage('report'));
    expect(answer).toBe('sent report');
    expect(runtime.copies).toBe(1);
    expect((await measuredOn(() => clock.flush())).get('send')).toBeGreaterThanOrEqual(5);
  });

  it('puts the method back when asked, and counts nothing afterwards', async () => {
    const clock = new StepClock();
    const runtime = { sendMessage: () => busy(3) };
    const original = runtime.sendMessage;
    clock.countCalls(runtime, 'sendMessage', 'send')();
    expect(runtime.sendMessage).toBe(original);
    runtime.sendMessage();
    expect(await measuredOn(() => clock.flush())).toEqual(new Map());
  });

  it('leaves alone what is missing, not a method, or cannot be replaced', () => {
    const clock = new StepClock();
    const frozen = Object.freeze({ sendMessage: () => 'kept' });
    expect(() => clock.countCalls(undefined, 'sendMessage', 'send')()).not.toThrow();
    expect(() => clock.countCalls({ sendMessage: 3 }, 'sendMessage', 'send')()).not.toThrow();
    const restore = clock.countCalls(frozen, 'sendMessage', 'send');
    expect(frozen.sendMessage()).toBe('kept');
    expect(() => restore()).not.toThrow();
  });

  it('measures each run on its own too, with its real start, only while the page asks for it', async () => {
    let asked = false;
    const clock = new StepClock(() => asked);
    clock.run('read', () => busy(3));
    asked = true; // from the next flush on: a run made before was not kept
    expect((await measuresOn(() => clock.flush())).filter((e) => e.name.startsWith('uppsikt-run:'))).toEqual([]);

    const before = performance.now();
    clock.run('read', () => busy(3));
    busy(4); // not in any step: the runs are measured apart, not summed
    clock.run('judge', () => busy(2));
    clock.run('read', () => busy(3));
    const runs = (await measuresOn(() => clock.flush())).filter((e) => e.name.startsWith('uppsikt-run:'));
    expect(runs.map((e) => e.name)).toEqual(['uppsikt-run:read', 'uppsikt-run:judge', 'uppsikt-run:read']);
    expect(runs[0].startTime).toBeGreaterThanOrEqual(before - 1);
    expect(runs[1].startTime - (runs[0].startTime + runs[0].duration)).toBeGreaterThanOrEqual(3.5);
    expect(runs.every((e) => e.duration >= 1.5)).toBe(true);
    // The page's list keeps none of them.
    expect(performance.getEntriesByType('measure').filter((e) => e.name.startsWith('uppsikt-'))).toEqual([]);

    // Asked from the start: the first scan's runs are measured too; no longer asked, none after the next flush.
    const fromStart = new StepClock(() => asked);
    fromStart.run('read', () => busy(1));
    asked = false;
    expect((await measuresOn(() => fromStart.flush())).map((e) => e.name)).toContain('uppsikt-run:read');
    fromStart.run('read', () => busy(1));
    expect((await measuresOn(() => fromStart.flush())).filter((e) => e.name.startsWith('uppsikt-run:'))).toEqual([]);
  });
});
