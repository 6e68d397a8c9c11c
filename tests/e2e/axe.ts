// axe-core, the accessibility rules engine, run in a page of the built extension or a site's page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFindings {
  /** Each broken rule with a few of its elements. */
  violations: Array<{ rule: string; help: string; elements: string[] }>;
  /** How many buttons it found named: a check that saw nothing shows here. */
  namedButtons: number;
}

/** axe-core's WCAG 2.2 A and AA findings in `include` (CSS selectors; the whole page when empty). */
export async function axeRun(page: Page, include: string[] = []): Promise<AxeFindings> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(include.length ? { include: include.map((css) => [css]) } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return {
      violations: result.violations.map((v) => ({ rule: v.id, help: v.help, elements: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) })),
      namedButtons: result.passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0,
    };
  }, include);
}
