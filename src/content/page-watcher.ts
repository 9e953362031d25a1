// Watches only the panels the adapter reads (order form, positions, account): their subtree, text and
// typed input. Panels the page re-renders away are found again on a slow tick, which also notices
// in-app navigation (the symbol is in the URL).
export interface PageWatcherOptions {
  /** The containers to observe, found afresh each time. */
  roots(): Element[];
  /** Mutations of our own overlay nodes must not trigger a new read. */
  isOwnNode(node: Node): boolean;
  onChange(): void;
  signal: AbortSignal;
  recheckMs?: number;
}

// Tab switches (Limit/Market) often change only a class or aria-selected: watch those few attributes.
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'aria-selected', 'hidden'] };

export function watchPage(options: PageWatcherOptions): void {
  let watched: Element[] = [];
  let url = location.href;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (!options.isOwnNode(record.target) && !onlyOwnNodes(record, options.isOwnNode)) {
        options.onChange();
        return;
      }
    }
  });

  const attach = () => {
    observer.disconnect();
    watched = options.roots();
    for (const root of watched) observer.observe(root, OBSERVE);
  };

  const recheck = () => {
    const roots = options.roots();
    const moved = roots.length !== watched.length || roots.some((root, i) => root !== watched[i] || !root.isConnected);
    if (moved) attach();
    if (moved || location.href !== url) {
      url = location.href;
      options.onChange();
    }
  };

  // Typing in an input changes its value, not the DOM: listen for it on the document, in capture.
  const onInput = (event: Event) => {
    if (event.target instanceof Node && watched.some((root) => root.contains(event.target as Node))) options.onChange();
  };
  document.addEventListener('input', onInput, { capture: true, signal: options.signal });
  document.addEventListener('change', onInput, { capture: true, signal: options.signal });

  attach();
  const timer = setInterval(recheck, options.recheckMs ?? 500);
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(timer);
    },
    { once: true },
  );
}

function onlyOwnNodes(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwn);
}
