/**
 * `--explain`: the events module's `explainEvent(record)` renders the rules
 * fired and spans read for one record; the CLI only prints it. Required when
 * the option is given, so the rendering code costs nothing otherwise.
 */
import type { EventRecord } from '../schema/event';
import { UsageError } from './options';

export type Explain = (record: EventRecord) => string;

export function loadExplain(): Explain {
  let explain: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    explain = (require('../events/explain') as { explainEvent?: unknown }).explainEvent;
  } catch {
    explain = undefined;
  }
  if (typeof explain !== 'function') throw new UsageError('--explain is not available in this build (src/events/explain.ts missing)');
  return explain as Explain;
}
