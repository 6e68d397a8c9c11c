// The content script's own clock as the page's timeline reported it: its "uppsikt-step:<step>"
// measures summed per step, and its "uppsikt-scan" measures counted, over those that began inside
// a window (page time, ms).

export interface PageMeasure {
  name: string;
  start: number;
  duration: number;
}

export const STEP = 'uppsikt-step:';

export function ownClock(measures: readonly PageMeasure[], window: { from: number; to: number }): { steps: Map<string, number>; scans: number } {
  const steps = new Map<string, number>();
  let scans = 0;
  for (const m of measures) {
    if (m.start < window.from || m.start >= window.to) continue;
    if (m.name === 'uppsikt-scan') scans++;
    else if (m.name.startsWith(STEP)) steps.set(m.name, (steps.get(m.name) ?? 0) + m.duration);
  }
  return { steps, scans };
}
