// Watches only the panels the adapter reads (order form, positions, account): their subtree, text and
// typed input. Panels the page re-renders away are found again on a slow tick, which also notices
// in-app navigation (the symbol is in the URL).
export interface PageWatcherOptions {
  /** The containers to observe, found afresh each time. */
  roots(): Element[];
  /** Mutations of our own overlay nodes must not trigger a new read. */
  isOwnNode(node: Node): boolean;
  /**
   * Something in the watched panels changed: `changed` is the node that changed (a mutation's
   * target, an input), or null when it is not known what changed (panels moved, the URL changed).
   */
  onChange(changed: Node | null): void;
  /**
   * True when `node` was reported since the last reading: a record about it that adds no element
   * says nothing new and is skipped before the costlier checks (a busy page re-renders the same
   * cells many times between two readings).
   */
  reported?(node: Node): boolean;
  /** The observer delivered a batch of mutations (once per batch, before onChange): how busy the page is. */
  onBatch?(): void;
  /** The batch's changes were all reported (after its last onChange): what the batch was as a whole. */
  onBatchEnd?(): void;
  /**
   * The trader acted: a key, a pointer press or an input anywhere in the page (before the onChange it
   * may cause). The page's own re-renders of the order form (Max, Cost following the price) are not this.
   */
  onTraderAct?(): void;
  signal: AbortSignal;
  recheckMs?: number;
}

// Tab switches (Limit/Market) often change only a class or aria-selected: watch those few attributes.
export const OBSERVED_ATTRIBUTES = ['class', 'aria-selected', 'hidden'];
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: OBSERVED_ATTRIBUTES };

export interface PageWatch {
  /** True while mutations inside `element` are observed (it is, or is inside, a watched root). */
  covers(element: Element): boolean;
  /** Reports the mutations not yet delivered to onChange now (call before reading the page). */
  flush(): void;
}

export function watchPage(options: PageWatcherOptions): PageWatch {
  let watched: Element[] = [];
  let url = location.href;
  const deliver = (records: MutationRecord[]) => reportRecords(records, options.isOwnNode, options.onChange, options.reported);
  const observer = new MutationObserver((records) => {
    options.onBatch?.();
    deliver(records);
    options.onBatchEnd?.();
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
      options.onChange(null);
    }
  };

  // Typing in an input changes its value, not the DOM: listen for it on the document, in capture.
  const onInput = (event: Event) => {
    options.onTraderAct?.();
    if (event.target instanceof Node && watched.some((root) => root.contains(event.target as Node))) options.onChange(event.target);
  };
  const onAct = () => options.onTraderAct?.();
  const listening = { capture: true, passive: true, signal: options.signal };
  document.addEventListener('input', onInput, listening);
  document.addEventListener('change', onInput, listening);
  document.addEventListener('keydown', onAct, listening);
  document.addEventListener('pointerdown', onAct, listening);

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
  return {
    covers: (element) => element.isConnected && watched.some((root) => root.isConnected && root.contains(element)),
    flush: () => deliver(observer.takeRecords()),
  };
}

/** Reports a batch of mutation records to onChange, as the watcher does (exported for tests). */
export function reportRecords(
  records: readonly MutationRecord[],
  isOwnNode: (node: Node) => boolean,
  onChange: (changed: Node | null) => void,
  reported: (node: Node) => boolean = () => false,
): void {
  let last: Node | null = null;
  for (const record of records) {
    const { target, type } = record;
    // A text changed in place, the commonest record of a busy page: no nodes to look at.
    if (type === 'characterData') {
      if (target === last || reported(target) || isOwnNode(target)) continue;
      last = target;
      onChange(target);
      continue;
    }
    const adds = record.addedNodes.length > 0;
    // Many records share a target (a cell re-rendered): report each one once in a row.
    if (record.target === last && !adds) continue;
    const element = adds && addsElement(record, isOwnNode);
    if (!element && reported(record.target)) continue;
    if (isOwnNode(record.target) || onlyOwnNodes(record, isOwnNode)) continue;
    if (element) {
      // An element added may be a row, a column or a label where the last reading found none:
      // reported as "not known what changed", so the next reading looks for everything afresh.
      onChange(null);
    } else if (record.target !== last) {
      last = record.target;
      onChange(record.target);
    }
  }
}

function onlyOwnNodes(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (record.type !== 'childList') return false;
  // Walked in place, no array copies: this runs for every record of a busy page, and the first node
  // is nearly always the page's own, which ends it.
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if (!isOwn(addedNodes[i] as Node)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isOwn(removedNodes[i] as Node)) return false;
  return true;
}

function addsElement(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  const { addedNodes } = record;
  for (let i = 0; i < addedNodes.length; i++) {
    const node = addedNodes[i] as Node;
    if (node.nodeType === 1 /* ELEMENT_NODE */ && !isOwn(node)) return true;
  }
  return false;
}
