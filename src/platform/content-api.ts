// The few browser APIs the content script uses, without webextension-polyfill: the polyfill is about
// 3 KB of every venue page's 30 KB budget, and the content script needs it for one thing only, an
// onMessage listener that answers with a promise, which Chrome's callback API does not take. Firefox
// (and any browser with a promise-based `browser`) is used as is.
import type { Browser, Runtime } from 'webextension-polyfill';

type Answer = (message: unknown) => Promise<unknown> | undefined;

interface NativeRuntime {
  id?: string;
  lastError?: { message?: string };
  connect(info: { name: string }): Runtime.Port;
  onMessage: {
    addListener(listener: (...args: never[]) => unknown): void;
    removeListener(listener: (...args: never[]) => unknown): void;
  };
}
/** What storage.ts needs: the same promise-returning calls in Firefox and in Chrome's MV3 `chrome`. */
export type NativeStorage = Browser['storage'];
interface NativeApi {
  runtime: NativeRuntime;
  storage: NativeStorage;
  i18n: { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string };
}

const globals = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
/** Firefox's promise-based `browser`, else Chrome's `chrome` (looked up at each call, as the polyfill did at load). */
const promiseBased = (): boolean => globals.browser?.runtime !== undefined;
const api = (): NativeApi => (promiseBased() ? globals.browser! : globals.chrome!);

// Chrome: a listener keeps the channel open by returning true and answers through sendResponse.
const wrapped = new Map<Answer, (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined>();
function forChrome(listener: Answer) {
  return (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    const answer = listener(message);
    if (answer === undefined) return undefined;
    void answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

/** storage.local, .sync, .session and onChanged: promise-based in both browsers (MV3). */
export const nativeStorage = (): NativeStorage => api().storage;

export const contentApi = {
  /** Undefined once the extension was reloaded or removed under the page. */
  runtimeId: (): string | undefined => api().runtime?.id,
  connect: (name: string): Runtime.Port => api().runtime.connect({ name }),
  lastError: (): { message?: string } | undefined => api().runtime.lastError ?? undefined,
  addMessageListener(listener: Answer): void {
    if (promiseBased()) return api().runtime.onMessage.addListener(listener as never);
    const chromeListener = forChrome(listener);
    wrapped.set(listener, chromeListener);
    api().runtime.onMessage.addListener(chromeListener as never);
  },
  removeMessageListener(listener: Answer): void {
    if (promiseBased()) return api().runtime.onMessage.removeListener(listener as never);
    const chromeListener = wrapped.get(listener);
    if (chromeListener) api().runtime.onMessage.removeListener(chromeListener as never);
    wrapped.delete(listener);
  },
  getMessage: (key: string, substitutions?: string | string[]): string => api().i18n.getMessage(key, substitutions),
  getUILanguage: (): string => api().i18n.getUILanguage(),
};
