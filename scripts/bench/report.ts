// Targets from the issue, the bundle sizes, and the printed table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExtensionRun } from './measure-extension';
import type { FloorRun } from './measure-floor';
import type { PopupRun } from './measure-popup';

export const TARGETS = {
  ratioToFloor: 2,
  longestTaskMs: 50,
  appendMs: 16,
  bundleKbGz: 60,
  popupMs: 100,
} as const;

/** Gzipped size of each content script in the built extension, in KB. */
export function bundleSizes(extensionDir: string): Record<string, number> {
  const dir = path.join(extensionDir, 'content-scripts');
  const sizes: Record<string, number> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    sizes[path.basename(file, '.js')] = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length / 1024;
  }
  return sizes;
}

export interface PlatformRow {
  platform: string;
  extension: ExtensionRun;
  floor: FloorRun;
  bundleKbGz: number | null;
}

export interface Verdicts {
  ratio: boolean | null;
  longestTask: boolean | null;
  append: boolean | null;
  bundle: boolean | null;
}

export function ratioOf(row: PlatformRow): number | null {
  const cs = row.extension.load.contentScriptMs;
  return cs === null || row.floor.walkMs <= 0 ? null : cs / row.floor.walkMs;
}

export function verdicts(row: PlatformRow): Verdicts {
  const ratio = ratioOf(row);
  const longest = Math.max(row.extension.load.longestExtensionTaskMs ?? -1, row.extension.append.longestExtensionTaskMs ?? -1);
  return {
    ratio: ratio === null ? null : ratio <= TARGETS.ratioToFloor,
    longestTask: longest < 0 ? null : longest <= TARGETS.longestTaskMs,
    append: row.extension.append.contentScriptMs === null ? null : row.extension.append.contentScriptMs <= TARGETS.appendMs,
    bundle: row.bundleKbGz === null ? null : row.bundleKbGz <= TARGETS.bundleKbGz,
  };
}

const f = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? '–' : n.toFixed(digits));
const mark = (ok: boolean | null) => (ok === null ? '?' : ok ? '✓' : '✗');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport(rows: PlatformRow[], popup: PopupRun | null, popupError: string | null): string {
  const out: string[] = [];
  out.push(table(
    ['plattform', 'kommentarer', 'laddning→märken ms', 'innehållsskript ms', 'golv ms', 'kvot', 'längsta tilläggsuppgift ms', '100 tillagda ms', 'service worker ms', 'paket KB gz'],
    rows.map((r) => {
      const v = verdicts(r);
      return [
        r.platform,
        `${r.extension.marked}/${r.extension.commentCount}`,
        f(r.extension.load.wallMs),
        f(r.extension.load.contentScriptMs),
        f(r.floor.walkMs, 1),
        `${f(ratioOf(r), 1)}× ${mark(v.ratio)}`,
        r.extension.load.longestExtensionTaskMs === null && r.extension.append.longestExtensionTaskMs === null ? '–' : `${f(Math.max(r.extension.load.longestExtensionTaskMs ?? 0, r.extension.append.longestExtensionTaskMs ?? 0))} ${mark(v.longestTask)}`,
        `${f(r.extension.append.contentScriptMs, 1)} ${mark(v.append)}`,
        `${f(r.extension.load.serviceWorkerMs)} + ${f(r.extension.append.serviceWorkerMs)}`,
        `${f(r.bundleKbGz, 1)} ${mark(v.bundle)}`,
      ];
    }),
  ));
  out.push('');
  out.push(`Mål: innehållsskript ≤ ${TARGETS.ratioToFloor}× golvet · ingen uppgift från tillägget över ${TARGETS.longestTaskMs} ms · 100 tillagda ≤ ${TARGETS.appendMs} ms huvudtrådstid · paket ≤ ${TARGETS.bundleKbGz} KB gz · popup ≤ ${TARGETS.popupMs} ms`);
  out.push('Golv = samma sida utan tillägget, ett skript som bara går igenom adapterns kommentarselektor och läser varje textContent en gång.');
  for (const r of rows) {
    const e = r.extension;
    out.push('');
    out.push(`${r.platform}: märken ${e.badges} (sidrapportens åtgärdspunkter ${e.reportItems ?? '–'}), sidans huvudtråd totalt ${f(e.load.pageTaskMs)} ms med tillägget mot ${f(r.floor.pageTaskMs)} ms utan; `
      + `uppgifter > 50 ms orsakade av tillägget: ${e.load.extensionTasksOver50} vid laddning, ${e.append.extensionTasksOver50} vid tillägg; mest innehållsskript i en uppgift ${f(e.load.maxContentScriptInTaskMs)} ms; `
      + `100 tillagda markerade efter ${f(e.append.wallMs)} ms väggtid (${e.append.marked}/${e.append.count}); `
      + `genomsökningar av sidan: ${e.load.scans ?? '–'} vid laddning, ${e.append.scans ?? '–'} vid tillägg.`);
    const hot = (label: string, frames: typeof e.load.hotFrames, n: number) => {
      if (frames.length) out.push(`  tyngst ${label}:`);
      for (const h of frames.slice(0, n)) out.push(`    ${f(h.ms, 1).padStart(8)} ms  ${h.frame}  ${h.code.slice(0, 70)}`);
    };
    const steps = (label: string, list: typeof e.load.steps) => {
      if (list.length) out.push(`  steg ${label} (skriptets egen mätning): ${list.map((s) => `${s.step} ${f(s.ms, 1)}`).join(' · ')} ms`);
    };
    steps('vid laddning', e.load.steps);
    steps('vid tillägg', e.append.steps);
    hot('vid laddning', e.load.hotFrames, 5);
    hot('vid tillägg', e.append.hotFrames, 3);
    hot('vid tillägg, med anrop', e.append.inclusiveFrames, 12);
    const long = [...e.load.longTasks.map((t) => ({ ...t, when: 'laddning' })), ...e.append.longTasks.map((t) => ({ ...t, when: 'tillägg' }))];
    if (long.length) out.push('  uppgifter över 50 ms:');
    for (const t of long) out.push(`    ${f(t.durMs).padStart(6)} ms (${t.when}): ${t.top.map((h) => `${h.frame} ${f(h.ms, 1)} ms`).join(' · ')}`);
    for (const note of e.notes) out.push(`  OBS: ${note}`);
  }
  out.push('');
  if (popup) {
    out.push(`popup med ${popup.logEntries} loggposter: median ${f(popup.medianMs)} ms, p95 ${f(popup.p95Ms)} ms till första bild med rubrik `
      + `(${mark(popup.p95Ms <= TARGETS.popupMs)} mål ${TARGETS.popupMs} ms; DOMContentLoaded median ${f(popup.domContentLoadedMedianMs)} ms; ${popup.openings.length} öppningar); `
      + `checklistan visad: median ${f(popup.contentMedianMs)} ms, p95 ${f(popup.contentP95Ms)} ms`);
  } else out.push(`popup: kunde inte mätas (${popupError ?? 'okänt fel'})`);
  return out.join('\n');
}
