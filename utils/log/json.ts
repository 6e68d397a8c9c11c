import type { LogEntry } from '@/utils/db/records';
import type { LogFilter } from './query';

export const LOG_EXPORT_FORMAT = 'uppsikt-logg';

export interface LogExport {
  format: typeof LOG_EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  exportedBy: string;
  /** The filter the entries were chosen by, so a reader knows what is left out. */
  filter: LogFilter;
  entries: LogEntry[];
}

/** The log (or the filtered part of it) as JSON, the entries exactly as stored. */
export function logToJson(entries: LogEntry[], meta: { by: string; filter: LogFilter; now?: Date }): string {
  const doc: LogExport = {
    format: LOG_EXPORT_FORMAT, version: 1, exportedAt: (meta.now ?? new Date()).toISOString(), exportedBy: meta.by,
    filter: meta.filter, entries,
  };
  return JSON.stringify(doc, null, 2);
}
