// One window of a Chrome trace over a CDP session (events reported as they come): shared by the
// outside page's trace tools (outside-trace.ts, outside-main-thread.ts).
import type { CDPSession } from 'playwright-core';
import { sleep } from './busy-page';

/** The fields of the trace event format the tools read. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown> & { src_func?: string; src_file?: string; name?: string; labels?: string };
}

export async function traceWindow(cdp: CDPSession, categories: readonly string[], seconds: number): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types an event's args loosely; the trace format's fields are read as TraceEvent.
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  await sleep(seconds * 1000);
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}
