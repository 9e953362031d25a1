// Watches only the panels the adapter reads (order form, positions, account): their subtree, text and
// typed input, and the viewport's size. Panels the page re-renders away are found again on a slow
// tick, which also notices in-app navigation (the symbol is in the URL). On a streaming page, the
// cells re-rendered on nearly every commit are left unobserved and looked at on a timer instead.
import { BusyCells } from './busy-cells';
import { OBSERVED_ATTRIBUTES, shownContent } from './cell-content';
import { observeAround, type ObserveOptions } from './observe-around';
import { textReplacement } from './text-replacement';

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
  /** How often the busy cells left unobserved on a streaming page are looked at (default 1000 ms). */
  busyEveryMs?: number;
  /** Busy cells were left unobserved (true), or every cell is observed again (false): the page streams, or slowed down. */
  onStreaming?(streaming: boolean): void;
}

// The old values let a record that set a text or an attribute to what it already was be dropped
// before anything else looks at it (a page that renders every cell on every tick).
export const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeOldValue: true,
  attributeFilter: OBSERVED_ATTRIBUTES,
};

/** The same, around the busy cells of a streaming page (observe-around.ts). */
const AROUND: ObserveOptions = {
  whole: OBSERVE,
  itself: { childList: true, attributes: true, attributeOldValue: true, attributeFilter: OBSERVED_ATTRIBUTES },
  text: { characterData: true, characterDataOldValue: true },
};

export interface PageWatch {
  /**
   * True while mutations inside `element` are observed (it is, or is inside, a watched root). The busy
   * cells of a streaming page count as observed: their changes are reported, on the timer.
   */
  covers(element: Element): boolean;
  /**
   * Reports the mutations not yet delivered to onChange now, and the busy cells that changed since
   * they were last looked at (call before reading the page).
   */
  flush(): void;
  /** Looks for the roots afresh (call after a reading that looked for every panel afresh). */
  refresh(): void;
}

export function watchPage(options: PageWatcherOptions): PageWatch {
  let watched: Element[] = [];
  let url = location.href;
  /** On a streaming page, the busy cells left unobserved, with what each showed when last looked at. */
  let busy = new Map<Element, string>();
  /** Their ancestors, observed on their own: a child added to one of them is not observed. */
  let ancestors = new Set<Element>();
  let busyTimer: ReturnType<typeof setInterval> | undefined;
  /** The busy cells that changed since the timer last ticked. */
  const movedSinceTick = new Set<Element>();
  const learner = new BusyCells();
  const deliver = (records: MutationRecord[]) => reportRecords(records, options.isOwnNode, options.onChange, options.reported);
  const observer = new MutationObserver((records) => {
    options.onBatch?.();
    // A text added to an element observed on its own is not observed: not known what changed, so the
    // next reading looks for everything afresh and refresh() observes anew. (An element added is
    // reported so anyway.)
    if (ancestors.size > 0 && records.some((record) => ancestors.has(record.target as Element) && addsText(record))) options.onChange(null);
    deliver(records);
    options.onBatchEnd?.();
    const found = learner.note(records, Date.now());
    if (found.length > 0) attach(watched, [...busy.keys(), ...found]);
  });

  /** Observes `roots`, all but the busy cells `leftOut` (none: all of them). */
  const attach = (roots: Element[], leftOut: Element[] = []) => {
    // What was recorded under the old registrations is delivered, not dropped with them.
    const pending = observer.takeRecords();
    if (pending.length > 0) deliver(pending);
    observer.disconnect();
    watched = roots;
    const before = busy;
    busy = new Map();
    for (const cell of leftOut) if (cell.isConnected && roots.some((root) => root !== cell && root.contains(cell))) busy.set(cell, before.get(cell) ?? shownContent(cell));
    ancestors = new Set();
    const leftOutSet = new Set(busy.keys());
    for (const root of watched) {
      if (leftOutSet.size === 0) observer.observe(root, OBSERVE);
      else for (const el of observeAround(observer, root, leftOutSet, AROUND, options.isOwnNode)) ancestors.add(el);
    }
    learner.reset();
    movedSinceTick.clear();
    clearInterval(busyTimer);
    busyTimer = busy.size > 0 ? setInterval(tickBusy, options.busyEveryMs ?? 1000) : undefined;
    options.onStreaming?.(busy.size > 0);
  };

  /** The busy cells whose content changed since they were last looked at (each then noted as seen). */
  const busyChanged = (): Element[] => {
    const changed: Element[] = [];
    for (const [cell, was] of busy) {
      if (!cell.isConnected) continue;
      const now = shownContent(cell);
      if (now === was) continue;
      busy.set(cell, now);
      movedSinceTick.add(cell);
      changed.push(cell);
    }
    return changed;
  };

  /**
   * On the timer: the busy cells that changed are reported as one batch. One that did not change since
   * the last tick (or left the page) means the page slowed down: every cell is observed again.
   */
  const tickBusy = () => {
    const changed = busyChanged();
    if (changed.length > 0) {
      options.onBatch?.();
      for (const cell of changed) options.onChange(cell);
      options.onBatchEnd?.();
    }
    const slowed = movedSinceTick.size < busy.size;
    movedSinceTick.clear();
    if (slowed) attach(watched);
  };

  /** The roots looked for afresh: when they moved, or the URL changed, "not known what changed". */
  const refresh = () => {
    const roots = options.roots();
    const moved = roots.length !== watched.length || roots.some((root, i) => root !== watched[i] || !root.isConnected);
    // Moved: the busy cells are learnt again. Else observed anew around the same ones (children added since).
    if (moved) attach(roots);
    else if (busy.size > 0) attach(roots, [...busy.keys()]);
    if (moved || location.href !== url) {
      url = location.href;
      options.onChange(null);
    }
  };
  // The slow tick asks only what is cheap: a watched root gone from the page, or a new URL. Looking for
  // the roots afresh (a few selector queries over the whole page) waits for refresh(), which the
  // content script calls whenever its reader has looked for the panels afresh.
  const tick = () => {
    if (location.href !== url || watched.some((root) => !root.isConnected)) refresh();
  };

  // Typing in an input changes its value, not the DOM: listen for it on the document, in capture.
  const onInput = (event: Event) => {
    options.onTraderAct?.();
    if (event.target instanceof Node && watched.some((root) => root.contains(event.target as Node))) options.onChange(event.target);
  };
  const onAct = () => options.onTraderAct?.();
  // A new viewport (a window resized, zoomed, turned) may apply other media queries: columns and
  // figures shown or hidden by CSS alone, which no mutation record tells. Not known what changed.
  const onResize = () => options.onChange(null);
  const listening = { capture: true, passive: true, signal: options.signal };
  document.addEventListener('input', onInput, listening);
  document.addEventListener('change', onInput, listening);
  document.addEventListener('keydown', onAct, listening);
  document.addEventListener('pointerdown', onAct, listening);
  window.addEventListener('resize', onResize, { passive: true, signal: options.signal });

  attach(options.roots());
  const timer = setInterval(tick, options.recheckMs ?? 500);
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(timer);
      clearInterval(busyTimer);
    },
    { once: true },
  );
  return {
    covers: (element) => element.isConnected && watched.some((root) => root.isConnected && root.contains(element)),
    // The busy cells too: a panel re-read for another change (a typed size, margin added) is then
    // read with them as they are now, not as the last tick saw them.
    flush: () => {
      deliver(observer.takeRecords());
      for (const cell of busyChanged()) options.onChange(cell);
    },
    refresh,
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
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as MutationRecord;
    const { target, type } = record;
    // A text changed in place, the commonest record of a busy page: no nodes to look at. One set to
    // what it was changed nothing (a record without its old value counts as a change). The lookups go
    // first: bringing the two texts across from the page costs more (bench/results.md, 2026-12-06).
    if (type === 'characterData') {
      if (target === last || reported(target) || isOwnNode(target) || record.oldValue === (target as CharacterData).data) continue;
      last = target;
      onChange(target);
      continue;
    }
    // Only a childList record adds nodes: an attribute record's empty list is not asked for (a page
    // that sets a class on every tick makes one such record a batch).
    const adds = type === 'childList' && record.addedNodes.length > 0;
    // Many records share a target (a cell re-rendered): report each one once in a row.
    if (target === last && !adds) continue;
    const element = adds && addsElement(record, isOwnNode);
    if (!element) {
      if (reported(target)) continue;
      // An attribute set to what it was; a cell's only text replaced by the same text, in one record
      // (`el.textContent = text`) or in a removal and an addition in a row.
      if (type === 'attributes' && record.oldValue === (target as Element).getAttribute(record.attributeName ?? '')) continue;
      const replaced = textReplacement(records, i);
      if (replaced && replaced.was.data === replaced.now.data) {
        i += replaced.taken - 1;
        continue;
      }
    }
    if (isOwnNode(target) || onlyOwnNodes(record, isOwnNode)) continue;
    if (element) {
      // An element added may be a row, a column or a label where the last reading found none:
      // reported as "not known what changed", so the next reading looks for everything afresh.
      onChange(null);
    } else if (target !== last) {
      last = target;
      onChange(target);
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

function addsText(record: MutationRecord): boolean {
  const { addedNodes } = record;
  for (let i = 0; i < addedNodes.length; i++) if ((addedNodes[i] as Node).nodeType === 3 /* TEXT_NODE */) return true;
  return false;
}

function addsElement(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  const { addedNodes } = record;
  for (let i = 0; i < addedNodes.length; i++) {
    const node = addedNodes[i] as Node;
    if (node.nodeType === 1 /* ELEMENT_NODE */ && !isOwn(node)) return true;
  }
  return false;
}
