// Exchange pages bind hotkeys (buy, sell, cancel all) on document. Keys typed in or focused inside
// the overlay must not reach them, so these events stop at our host. Page listeners in the capture
// phase on window/document still run first; nothing in the page can be done about those.

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'] as const;

function stop(event: Event): void {
  event.stopPropagation();
}

export function isolateEvents(host: Element): void {
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stop);
}
