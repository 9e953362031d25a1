// Test-only: page drift, the ways a venue's redesign or a half-finished render changes a page under
// an adapter. Each drift is a named change applied to a fresh copy of a fixture document; targets are
// found by position in the document, so the same drift applies to every copy of the same fixture.
import { labelKey, valueAfterLabel, type LabelMatcher } from '../dom/labels';
import { textOf } from '../dom/text';
import { compiledLabels } from '../read-context';
import type { SiteAdapter } from '../types';
import { locatePositions } from '../read-page';

export interface Drift {
  name: string;
  /** Changes the document in place. */
  apply(doc: Document): void;
  /** A position row was duplicated: the page now shows one position twice. */
  duplicatesRow?: boolean;
}

/** Every label the adapter looks for (panel labels, column headers, margin-mode and side words). */
function allLabels(adapter: SiteAdapter): LabelMatcher {
  const c = compiledLabels(adapter);
  const matchers = [
    c.isolated, c.cross, c.long, c.short, c.markPrice, c.fundingRate, c.limitTab, c.marketTab, c.sizeByQuantity, c.sizeByCost,
    c.sizeByValue, c.orderOpen, c.orderClose, c.orderLiquidation, c.countTab, c.walletBalance, c.equity, c.availableBalance,
    c.accountMaintenanceMarginRate, ...Object.values(c.columns),
  ].filter((m): m is LabelMatcher => m !== undefined);
  const keys = new Set(matchers.flatMap((m) => [...m.keys]));
  return { keys, ordered: [...keys].sort((a, b) => b.length - a.length), cores: new Set<string>() };
}

/** "Positions(3)": a count tab's label is a label too. */
const COUNTED = /^(.+?)\s*[(（]\s*\d{1,4}\s*[)）]$/;

function isLabelText(text: string, labels: LabelMatcher): boolean {
  const counted = COUNTED.exec(text);
  return labels.keys.has(labelKey(text)) || (counted !== null && labels.keys.has(labelKey(counted[1]!)));
}

/** Elements showing a label on their own (innermost), or carrying it as their title. */
function labelElements(doc: Document, labels: LabelMatcher): Element[] {
  const all = Array.from(doc.body.querySelectorAll('*')).filter((el) => el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE');
  const own = all.filter((el) => {
    const title = el.getAttribute('title');
    if (title && isLabelText(title, labels)) return true;
    return isLabelText(textOf(el), labels) && !Array.from(el.children).some((child) => isLabelText(textOf(child), labels));
  });
  return own;
}

/** Text nodes where a label runs into its value ("Available6,996.26 USDT"). */
function runTogetherLabels(doc: Document, labels: LabelMatcher): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text !== '' && !isLabelText(text, labels) && valueAfterLabel(text, labels) !== null) found.push(node as Text);
  }
  return found;
}

function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
}

/** The positions grid: its header row (the header cells' common parent) and its data rows. */
export function grid(adapter: SiteAdapter, doc: Document): { header: Element; rows: Element[] } | null {
  // Found as the reader finds it (by its header texts), rows by the structure under the header.
  const g = locatePositions(adapter, doc)?.grid;
  if (!g) return null;
  const { header } = g;
  const rows = g.rows.filter((r) => !r.matches(adapter.positions.skipRows) && r.children.length === header.children.length);
  return { header, rows };
}

function permute(row: Element, order: readonly number[]): void {
  const cells = Array.from(row.children);
  for (const i of order) row.appendChild(cells[i]!);
}

/** Every drift of one fixture, each to be applied to a fresh copy of `doc`. */
export function driftsFor(adapter: SiteAdapter, doc: Document): Drift[] {
  const drifts: Drift[] = [];

  // A rebuild of the page's CSS-in-JS: every class token renamed, consistently.
  drifts.push({
    name: 'every class renamed',
    apply(d) {
      const renamed = new Map<string, string>();
      for (const el of Array.from(d.querySelectorAll('[class]'))) {
        const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
        el.setAttribute('class', tokens.map((t) => renamed.get(t) ?? (renamed.set(t, `css-${renamed.size.toString(36)}x`), renamed.get(t)!)).join(' '));
      }
    },
  });

  const labels = allLabels(adapter);
  const labelled = labelElements(doc, labels);
  const allElements = Array.from(doc.body.querySelectorAll('*'));
  for (const el of labelled) {
    const at = allElements.indexOf(el);
    drifts.push({
      name: `label "${(el.getAttribute('title') ?? textOf(el)).slice(0, 30)}" (element ${at}) removed`,
      apply(d) {
        const target = d.body.querySelectorAll('*')[at];
        if (!target) return;
        target.removeAttribute('title');
        target.textContent = '';
      },
    });
  }
  const texts = textNodes(doc);
  for (const node of runTogetherLabels(doc, labels)) {
    const at = texts.indexOf(node);
    const value = valueAfterLabel((node.nodeValue ?? '').trim(), labels) ?? '';
    drifts.push({
      name: `run-together label "${(node.nodeValue ?? '').trim().slice(0, 30)}" removed`,
      apply(d) {
        const target = textNodes(d)[at];
        if (target) target.nodeValue = value;
      },
    });
  }

  const g = grid(adapter, doc);
  if (g) {
    const n = g.header.children.length;
    const columns = [...Array(n).keys()];
    const reorders: [string, number[]][] = [
      ['columns reversed', [...columns].reverse()],
      ['columns rotated by one', [...columns.slice(1), 0]],
      ['first two columns swapped', n > 1 ? [1, 0, ...columns.slice(2)] : columns],
    ];
    for (const [name, order] of reorders) {
      drifts.push({
        name,
        apply(d) {
          const dg = grid(adapter, d);
          if (!dg) return;
          for (const row of [dg.header, ...dg.rows]) permute(row, order);
        },
      });
    }
    for (const i of columns) {
      drifts.push({
        name: `column ${i} ("${textOf(g.header.children[i]!).slice(0, 20)}") dropped`,
        apply(d) {
          const dg = grid(adapter, d);
          if (!dg) return;
          for (const row of [dg.header, ...dg.rows]) row.children[i]?.remove();
        },
      });
    }
    g.rows.forEach((row, i) => {
      drifts.push({
        name: `position row ${i} ("${textOf(row.children[0]!).slice(0, 20)}") duplicated`,
        duplicatesRow: true,
        apply(d) {
          const target = grid(adapter, d)?.rows[i];
          target?.after(target.cloneNode(true));
        },
      });
    });
  }
  return drifts;
}
