// Model throughput: runs bench/model.ts (npm run bench:model, owned by the model's engineer) in a child
// Node process and includes its table as it prints it. No budget in the issue: reported, not judged.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../tests/support/browser';
import type { BenchOptions, Section } from './report';

export function modelSpeed(options: BenchOptions): Promise<Section> {
  const env = { ...process.env, ...(options.quick ? { BENCH_SECONDS: '0.2' } : {}) };
  const output = execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'bench/model.ts')], { cwd: repoRoot, env, encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 });
  const lines = output.trim().split('\n');
  const body = [
    `\`bench/model.ts\` (one core, wall clock${options.quick ? ', 0.2 s per case' : ', its default durations'}), as printed:`,
    '',
    ...lines.filter((line) => !line.startsWith('|')).map((line) => `${line}  `),
    '',
    ...lines.filter((line) => line.startsWith('|')),
  ].join('\n');
  return Promise.resolve({ name: 'model', title: 'Model throughput', body, checks: [] });
}
