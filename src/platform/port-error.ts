// Why a port closed. Reading it is also what marks Chrome's runtime.lastError as checked: unread,
// Chrome logs "Unchecked runtime.lastError: Could not establish connection. Receiving end does not
// exist." into the page's console when the worker is stopped while the port is in use.
import type { Runtime } from 'webextension-polyfill';
import { contentApi } from './content-api';

/** Call from the port's onDisconnect listener: the error message, or undefined for a plain close. */
export function portDisconnectError(port: Runtime.Port): string | undefined {
  // Firefox puts it on the port; Chrome only in runtime.lastError, set while onDisconnect runs.
  const error = port.error ?? readRuntimeLastError();
  return error?.message;
}

function readRuntimeLastError(): { message?: string } | undefined {
  try {
    return contentApi.lastError();
  } catch {
    return undefined;
  }
}
