// Background worker (Chrome service worker, Firefox event page). Listeners are registered at top
// level so a wake-up event is never missed; the worker keeps no state it can't rebuild.
import browser, { type Runtime } from '../platform/browser';
import { PORT_NAME } from '../protocol/messages';
import { route } from './router';

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== PORT_NAME) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((raw: unknown) => {
    try {
      port.postMessage(route(raw));
    } catch {
      // The tab went away between question and answer; nothing to tell.
    }
  });
});

// One-off messages (popup, tests) go through the same router.
browser.runtime.onMessage.addListener((raw: unknown) => Promise.resolve(route(raw)));
