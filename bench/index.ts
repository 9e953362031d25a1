// npm run bench: the issue's measurements, each against its budget, written to bench/results.md.
//   bundle-size   every bundle of dist/chrome and dist/firefox, raw and gzip (content script < 30 KB gzip)
//   model         bench/model.ts's table (estimates per second)
//   content-cost  main-thread time the content script adds on a busy page (< 1 % of one core), with a
//                 CPU profile of where it goes
//   latency       page change -> new estimate in the overlay (p95 < 50 ms warm, < 300 ms cold)
//   memory        JS heap growth from minute 1 to minute 10 (< 2 MB)
//   outside       issue 22 measured from outside: an independently written busy page, extension on vs
//                 its venue off, page and whole-browser CPU, typed and page-made change -> overlay p95
// The full run takes about 28 minutes (the memory run alone is 10, outside about 5). Options:
//   --quick            short durations, for a smoke run
//   --only <names>     comma-separated, e.g. --only latency,bundle-size
//   --from-head        run everything (build and bench) from an export of the last commit (git archive)
//   --dist <dir>       measure an existing build (<dir>/chrome, <dir>/firefox) instead of building; the
//                      CPU profile then needs --readable <dir> with a LIQCHECK_MINIFY=false chrome build
//   --out <file>       where to write; default bench/results.md for a full run, else a temp file
// Benchmarks, not tests: nothing here is in npm test. Exit code 0 even when a budget fails (results.md
// says FAIL); non-zero only when a measurement could not run.
import { mkdirSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../tests/support/browser';
import { build, runFromHead } from './build';
import { bundleSize } from './bundle-size';
import { contentCost } from './content-cost';
import { latency } from './latency';
import { memory } from './memory';
import { modelSpeed } from './model-speed';
import { outsideRow } from './outside-row';
import { checksTable, loadAverage, machine, verdictOf, type BenchOptions, type Section } from './report';

const MEASUREMENTS: Record<string, (options: BenchOptions) => Promise<Section>> = {
  'bundle-size': bundleSize,
  model: modelSpeed,
  'content-cost': contentCost,
  latency,
  memory,
  outside: outsideRow,
};

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'from-head': { type: 'boolean', default: false },
    dist: { type: 'string' },
    readable: { type: 'string' },
    out: { type: 'string' },
  },
});

const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(repoRoot, path));
const names = values.only ? values.only.split(',').map((n) => n.trim()) : Object.keys(MEASUREMENTS);
for (const name of names) {
  if (!MEASUREMENTS[name]) {
    console.error(`bench: unknown measurement "${name}" (one of ${Object.keys(MEASUREMENTS).join(', ')})`);
    process.exit(2);
  }
}
const full = !values.quick && !values.only;
const out = values.out ? fromRoot(values.out) : full ? join(repoRoot, 'bench/results.md') : join(tmpdir(), 'liqcheck-bench', 'results.md');

if (values['from-head']) {
  process.exit(runFromHead(process.argv.slice(2).filter((arg) => arg !== '--from-head'), out));
}

const startedAt = new Date();
const loadBefore = loadAverage();
let source: string;
let distRoot: string;
let readableDistRoot: string;
if (values.dist) {
  distRoot = fromRoot(values.dist);
  readableDistRoot = fromRoot(values.readable ?? values.dist);
  source = `an existing build in ${distRoot}`;
} else {
  distRoot = join(tmpdir(), 'liqcheck-bench-dist');
  readableDistRoot = join(tmpdir(), 'liqcheck-bench-dist-readable');
  console.log(`bench: building ${repoRoot} into ${distRoot} ...`);
  source = (await build(distRoot, readableDistRoot)).source;
}
const options: BenchOptions = { quick: values.quick, distRoot, readableDistRoot };

const sections: Section[] = [];
const timings: string[] = [];
for (const name of names) {
  console.log(`bench: ${name} ...`);
  const begin = performance.now();
  const section = await MEASUREMENTS[name]!(options);
  const seconds = (performance.now() - begin) / 1000;
  timings.push(`${name} ${seconds.toFixed(0)} s (1-min load average after it: ${os.loadavg()[0]!.toFixed(1)})`);
  sections.push(section);
  for (const c of section.checks) console.log(`  ${verdictOf(c, false).toUpperCase()}  ${c.name}: ${c.value} (budget ${c.budget})`);
}

const checks = sections.flatMap((s) => s.checks);
// As the user typed it: a --from-head run re-runs itself from the export with --out added.
const shownArgs = process.env.LIQCHECK_BENCH_SNAPSHOT
  ? ['--from-head', ...process.argv.slice(2).filter((arg, i, all) => arg !== '--out' && all[i - 1] !== '--out')]
  : process.argv.slice(2);
const judged = checks.filter((c) => !c.reported);
const failed = judged.filter((c) => !c.pass && !c.inconclusive).length;
const inconclusive = judged.filter((c) => c.inconclusive).length;
const markdown = [
  '# Liqcheck benchmarks',
  '',
  `Produced by \`npm run bench${shownArgs.length ? ` -- ${shownArgs.join(' ')}` : ''}\` on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${values.quick ? ' (QUICK run: short durations, not the real numbers)' : ''}. Budgets from issue 7. Benchmarks, not tests: rerun them on a quiet machine before reading much into a few tenths of a percent.`,
  '',
  '## Machine',
  '',
  ...machine(),
  `- Load average (1 / 5 / 15 min) at the start: ${loadBefore}; at the end: ${loadAverage()} (a shared machine: other work was running)`,
  `- Extension built from ${source}; minified, as shipped`,
  `- Time per measurement: ${timings.join('; ')}. The machine has ${os.cpus().length} cores; wall-clock numbers (latency) suffer when the load is above that, CPU-time numbers (content cost) much less`,
  '',
  '## Summary',
  '',
  checksTable(checks),
  '',
  (failed === 0 && inconclusive === 0
    ? `Every budget holds (${judged.length} judged).`
    : `${failed} of ${judged.length} budget(s) FAIL, ${inconclusive} inconclusive (the interval contains the budget); see the sections below for what costs the time.`) +
    (checks.length > judged.length ? ` ${checks.length - judged.length} row(s) reported beside the budgets, judged against none.` : ''),
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.body, '', ...(s.checks.length ? [checksTable(s.checks), ''] : [])]),
].join('\n');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, markdown);
console.log(`bench: ${judged.length - failed - inconclusive} PASS, ${failed} FAIL, ${inconclusive} inconclusive, ${checks.length - judged.length} reported; wrote ${out}`);
