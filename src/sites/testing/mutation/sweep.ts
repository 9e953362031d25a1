// Test-only: the mutation sweep (issue 17). Each page is a fixture page with 1 to 3 mutations from the
// catalogue, read by the real reader and estimated by the real worker; every number it shows is
// compared with the same pipeline's answer for the unmutated page. Pages are made from (seed, index)
// alone, so any one of them can be made again; nothing is kept between pages but counts and a few examples.
import { estimatePage } from '../../../background/estimate-page';
import { bundledMarket, type MarketLookup } from '../../../market-data/lookup';
import { adapterFor } from '../../index';
import { readPage } from '../../read-page';
import type { SiteAdapter } from '../../types';
import { fixturePage } from '../fixture-pages';
import { CAPTURE_URLS, FIXTURE_URLS } from '../fixture-urls';
import { MUTATIONS, type Mutation } from './mutations';
import { panels } from './page-parts';
import { attributesOf, recordChanges, type Attributes } from './undo';
import { mulberry32, pageSeed } from './prng';
import { compareShown, shownNumbers, type Shown, type Wrong } from './shown-numbers';

export interface SweepBase {
  file: string;
  url: URL;
  adapter: SiteAdapter;
  /** The parsed page. Each mutated page is this page changed, read, and put back (undo.ts). */
  doc: Document;
  /** The panels the reader reads (the body where the page has none): what mutations change. */
  panels: Element[];
  /** Their elements' attributes, to put back after each page. */
  attributes: Attributes;
  /** The panels' markup (canonical), to check that every page was put back. */
  panelsHtml: string;
  snapshotJson: string;
  shown: Shown;
}

export const SWEEP_MARKET: MarketLookup = bundledMarket(Date.parse('2026-09-17T00:00:00Z'));

// Without stylesheet links, scripts and frames: happy-dom would fetch or run them, and the reader
// looks at none of them.
const stripped = (html: string) => html.replace(/<link\b[^>]*>|<script\b[^>]*>[\s\S]*?<\/script>|<iframe\b[^>]*>[\s\S]*?<\/iframe>/gi, '');

/** Every fixture page with its URL (the hostile variant is the hostile-page suite's), and the real captures. */
export function loadBases(): SweepBase[] {
  const pages = { ...FIXTURE_URLS, ...CAPTURE_URLS };
  return Object.keys(pages)
    .sort()
    .map((file) => {
      const url = new URL(pages[file]!);
      const adapter = adapterFor(url);
      if (!adapter) throw new Error(`${file}: no adapter for ${url.href}`);
      const doc = new DOMParser().parseFromString(stripped(fixturePage(file)), 'text/html');
      const snapshot = readPage(adapter, doc, url);
      const found = panels(adapter, doc);
      const scope = found.length > 0 ? found : [doc.body];
      return { file, url, adapter, doc, panels: scope, panelsHtml: canonical(scope), attributes: attributesOf(scope), snapshotJson: JSON.stringify(snapshot), shown: shownNumbers(snapshot && estimatePage(snapshot, SWEEP_MARKET)) };
    });
}

export interface Applied {
  name: string;
  keepsMeaning: boolean;
  what: string;
}

/** The markup of `roots` with each element's attributes in name order (undoing a reorder need not keep the order). */
export function canonical(roots: readonly Node[]): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      const attrs = Array.from(el.attributes).map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      out.push(`<${el.tagName} ${attrs.join(' ')}>`);
      el.childNodes.forEach(walk);
      out.push(`</${el.tagName}>`);
    } else out.push(`${node.nodeType}:${JSON.stringify(node.nodeValue)}`);
  };
  roots.forEach(walk);
  return out.join('');
}

/** The base pages read as they were loaded: no mutation was left behind. */
export function basesUnchanged(bases: readonly SweepBase[]): string[] {
  return bases
    .filter((b) => JSON.stringify(readPage(b.adapter, b.doc, b.url)) !== b.snapshotJson || canonical(b.panels) !== b.panelsHtml)
    .map((b) => b.file);
}

export interface PageOutcome {
  index: number;
  file: string;
  applied: Applied[];
  checks: number;
  stillReads: number;
  baselineFields: number;
  wrong: Wrong[];
  falseAgrees: Wrong[];
}

/** Page `index` of the sweep seeded `seed`: its base, its mutations, and what it shows against the base. */
export function runPage(bases: readonly SweepBase[], seed: number, index: number, mutations: readonly Mutation[] = MUTATIONS): PageOutcome {
  const base = bases[index % bases.length]!;
  const rng = mulberry32(pageSeed(seed, index));
  const doc = base.doc;
  const scope = base.panels;
  const undo = recordChanges(scope, base.attributes);
  // What a mutation puts beside a panel (outside what is recorded), taken out after the read.
  const added: Node[] = [];
  let snapshot;
  const applied: Applied[] = [];
  try {
    const wanted = 1 + rng.int(3);
    // Mutations in random order until `wanted` applied; one the page has nothing for is passed over.
    for (const m of rng.shuffled(mutations)) {
      if (applied.length === wanted) break;
      const what = m.apply(doc, { adapter: base.adapter, rng, scope, added });
      if (what !== null) applied.push({ name: m.name, keepsMeaning: m.keepsMeaning, what });
    }
    snapshot = readPage(base.adapter, doc, base.url);
  } finally {
    for (const node of added) node.parentNode?.removeChild(node);
    undo();
  }
  const json = JSON.stringify(snapshot);
  // The same snapshot gets the same answer: only changed snapshots go to the worker.
  const shown = json === base.snapshotJson ? base.shown : shownNumbers(snapshot && estimatePage(snapshot, SWEEP_MARKET));
  const c = compareShown(base.shown, shown);
  return { index, file: base.file, applied, ...c };
}

interface Tally {
  pages: number;
  /** Wrong numbers laid to this mutation (see runSweep). */
  wrong: number;
  pagesWithWrong: number;
  /** Wrong numbers in pages where this mutation was the only one. */
  wrongAlone: number;
  examples: { outcome: PageOutcome; wrong: Wrong }[];
  baselineFields: number;
  stillReads: number;
  /** The same, over pages with this mutation alone. */
  aloneBaselineFields: number;
  aloneStillReads: number;
}

export interface SweepSummary {
  seed: number;
  pages: number;
  checks: number;
  wrong: number;
  pagesWithWrong: number;
  falseAgrees: number;
  /** Over pages whose every mutation keeps the meaning. */
  keepingBaselineFields: number;
  keepingStillReads: number;
  /** Wrong numbers, and pages with one, among pages whose mutations all keep the meaning. */
  keepingWrong: number;
  keepingPagesWithWrong: number;
  byMutation: Map<string, Tally & { keepsMeaning: boolean }>;
  /** The first pages with a wrong number, in order. */
  firstWrong: { outcome: PageOutcome; wrong: Wrong }[];
}

const EXAMPLES_PER_MUTATION = 2;

export function runSweep(bases: readonly SweepBase[], seed: number, pages: number): SweepSummary {
  const s: SweepSummary = {
    seed, pages, checks: 0, wrong: 0, pagesWithWrong: 0, falseAgrees: 0, keepingBaselineFields: 0, keepingStillReads: 0, keepingWrong: 0, keepingPagesWithWrong: 0,
    byMutation: new Map(MUTATIONS.map((m) => [m.name, { keepsMeaning: m.keepsMeaning, pages: 0, wrong: 0, pagesWithWrong: 0, wrongAlone: 0, examples: [], baselineFields: 0, stillReads: 0, aloneBaselineFields: 0, aloneStillReads: 0 }])),
    firstWrong: [],
  };
  for (let index = 0; index < pages; index++) {
    const o = runPage(bases, seed, index);
    s.checks += o.checks;
    s.wrong += o.wrong.length;
    s.falseAgrees += o.falseAgrees.length;
    if (o.wrong.length > 0) {
      s.pagesWithWrong++;
      if (s.firstWrong.length < 3) s.firstWrong.push({ outcome: o, wrong: o.wrong[0]! });
    }
    const keeping = o.applied.every((a) => a.keepsMeaning);
    if (keeping) {
      s.keepingBaselineFields += o.baselineFields;
      s.keepingStillReads += o.stillReads;
      s.keepingWrong += o.wrong.length;
      if (o.wrong.length > 0) s.keepingPagesWithWrong++;
    }
    // A wrong number is laid to the page's meaning-changing mutations where it has any (a page whose
    // meaning changed may well be read wrong for that reason), else to all of its mutations.
    const suspects = o.applied.some((a) => !a.keepsMeaning) ? o.applied.filter((a) => !a.keepsMeaning) : o.applied;
    for (const a of o.applied) {
      const t = s.byMutation.get(a.name)!;
      t.pages++;
      if (suspects.includes(a)) t.wrong += o.wrong.length;
      if (o.applied.length === 1) t.wrongAlone += o.wrong.length;
      if (o.wrong.length > 0) {
        t.pagesWithWrong++;
        // Examples from pages with this mutation alone first; else from any page with it.
        const alone = o.applied.length === 1;
        if (t.examples.length < EXAMPLES_PER_MUTATION || (alone && t.examples.some((e) => e.outcome.applied.length > 1))) {
          const example = { outcome: o, wrong: o.wrong[0]! };
          if (t.examples.length < EXAMPLES_PER_MUTATION) t.examples.push(example);
          else t.examples[t.examples.findIndex((e) => e.outcome.applied.length > 1)] = example;
        }
      }
      if (keeping) {
        t.baselineFields += o.baselineFields;
        t.stillReads += o.stillReads;
        if (o.applied.length === 1) {
          t.aloneBaselineFields += o.baselineFields;
          t.aloneStillReads += o.stillReads;
        }
      }
    }
  }
  return s;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

export function describeExample(seed: number, { outcome: o, wrong }: { outcome: PageOutcome; wrong: Wrong }): string {
  const muts = o.applied.map((a) => `${a.name} [${a.what}]`).join(' + ');
  return `seed ${seed} page ${o.index} (${o.file}): ${muts}\n      ${wrong.field}: shown ${wrong.shown}, unmutated ${wrong.baseline}`;
}

/** The causes by mutation name, most wrong numbers first. */
export function topCauses(s: SweepSummary, n: number): [string, Tally & { keepsMeaning: boolean }][] {
  return [...s.byMutation].filter(([, t]) => t.pagesWithWrong > 0).sort((a, b) => b[1].wrong - a[1].wrong || b[1].wrongAlone - a[1].wrongAlone).slice(0, n);
}

export function failureReport(s: SweepSummary): string {
  const lines = [
    `${s.wrong} wrong numbers in ${s.pagesWithWrong} of ${s.pages} mutated pages (${s.checks} checks), ${s.falseAgrees} false "agree"`,
    `  of them in pages whose mutations all keep the meaning: ${s.keepingWrong} in ${s.keepingPagesWithWrong} pages`,
    'top causes (mutation: wrong numbers laid to it, in pages with it alone; pages with a wrong number / pages with it):',
    ...topCauses(s, 15).map(([name, t]) => `  ${name}: ${t.wrong} (alone ${t.wrongAlone}), ${t.pagesWithWrong}/${t.pages} pages`),
    'examples (SWEEP_SEED=<seed> SWEEP_PAGE=<page> makes one again):',
    ...s.firstWrong.map((e) => `  ${describeExample(s.seed, e)}`),
  ];
  return lines.join('\n');
}

export function fullReport(s: SweepSummary): string {
  const lines = [
    failureReport(s),
    '',
    'examples per cause:',
    ...topCauses(s, 15).flatMap(([name, t]) => [`  ${name}:`, ...t.examples.map((e) => `    ${describeExample(s.seed, e)}`)]),
    '',
    `still reads (pages whose mutations all keep the meaning): ${pct(s.keepingStillReads, s.keepingBaselineFields)} of ${s.keepingBaselineFields} fields`,
    'per mutation (in any page of keeping mutations; alone):',
    ...[...s.byMutation]
      .filter(([, t]) => t.keepsMeaning)
      .map(([name, t]) => `  ${name}: ${pct(t.stillReads, t.baselineFields)} of ${t.baselineFields} fields; alone ${pct(t.aloneStillReads, t.aloneBaselineFields)} of ${t.aloneBaselineFields}`),
    '',
    'pages per mutation:',
    ...[...s.byMutation].map(([name, t]) => `  ${name}${t.keepsMeaning ? ' (keeps meaning)' : ''}: ${t.pages}`),
  ];
  return lines.join('\n');
}
