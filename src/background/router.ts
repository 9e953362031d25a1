// The worker's one message router: every message from any context comes through here, is checked at
// run time, and gets exactly one typed answer. It never throws.
import { errorMessage, parseContentMessage, PROTOCOL_VERSION, type WorkerToContent } from '../protocol/messages';
import { estimatePage } from './estimate-page';

export function route(raw: unknown): WorkerToContent {
  const parsed = parseContentMessage(raw);
  if (!parsed.ok) return parsed.error;
  const message = parsed.message;
  try {
    return { type: 'estimates', v: PROTOCOL_VERSION, seq: message.seq, result: estimatePage(message.snapshot) };
  } catch {
    // A bug, not bad input: answer with a typed error rather than leave the tab waiting.
    return errorMessage('internal', 'message.snapshot', 'the estimate failed unexpectedly', message.seq);
  }
}
