// Reads data/sources/<venue>/<name>.json and its sidecar <name>.source.json. A file that can't be
// read, or a sidecar without a request URL, a public source and a YYYY-MM-DD date, is named and
// left out, never fatal.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isObject } from '../../src/market-data/json-fields';
import type { RecordedSource, Refusal } from './recorded-tables';

const SIDECAR = '.source.json';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function sidecarProblem(meta: unknown): string | null {
  if (!isObject(meta)) return 'its sidecar is not a JSON object';
  if (typeof meta.request !== 'string' || !URL.canParse(meta.request)) return 'its sidecar has no request URL';
  if (typeof meta.source !== 'string' || meta.source === '') return 'its sidecar names no public source';
  if (typeof meta.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return 'its sidecar has no YYYY-MM-DD date';
  return null;
}

export function readSources(root: string): { sources: RecordedSource[]; refused: Refusal[] } {
  const sources: RecordedSource[] = [];
  const refused: Refusal[] = [];
  if (!existsSync(root)) return { sources, refused };
  for (const venue of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = join(root, venue.name);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith(SIDECAR)).sort()) {
      const file = relative(root, join(dir, name));
      const sidecar = join(dir, name.replace(/\.json$/, SIDECAR));
      try {
        if (!existsSync(sidecar)) throw new Error(`it has no ${SIDECAR} sidecar`);
        const meta = readJson(sidecar);
        const problem = sidecarProblem(meta);
        if (problem) throw new Error(problem);
        const { request, source, date, note } = meta as { request: string; source: string; date: string; note?: unknown };
        sources.push({ file, request, source, date, ...(typeof note === 'string' ? { note } : {}), body: readJson(join(dir, name)) });
      } catch (error) {
        refused.push({ file, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { sources, refused };
}
