// The scan's steps after reading share each task's time: a step only waits for a new task once the
// current one's time is spent, and a long step goes on slice by slice, each in a task of its own.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { TaskSlices } from '@/utils/page/task-slices';

function fakeClock(): { set: (ms: number) => void; advance: (ms: number) => void } {
  let now = 0;
  const spy = vi.spyOn(performance, 'now').mockImplementation(() => now);
  onTestFinished(() => spy.mockRestore());
  return { set: (ms) => { now = ms; }, advance: (ms) => { now += ms; } };
}

describe('TaskSlices', () => {
  it('lets steps share a task while its time lasts, and waits for a new task once it is spent', async () => {
    const clock = fakeClock();
    let tasks = 0;
    const slices = new TaskSlices(10, async () => { tasks++; });
    slices.start();
    clock.set(4);
    await slices.next();
    expect(tasks).toBe(0); // 6 ms left: the next step runs in this task
    clock.set(11);
    await slices.next();
    expect(tasks).toBe(1);
    expect(slices.deadline).toBe(21); // a fresh slice in the new task
  });

  it('runs a long step slice after slice, each with its own deadline in a task of its own', async () => {
    const clock = fakeClock();
    let tasks = 0;
    const slices = new TaskSlices(10, async () => { tasks++; });
    slices.start();
    const deadlines: number[] = [];
    await slices.until((deadline) => {
      deadlines.push(deadline);
      clock.advance(12); // each call spends its slice and a little more
      return deadlines.length === 3;
    });
    expect(deadlines).toEqual([10, 22, 34]);
    expect(tasks).toBe(2);
  });
});
